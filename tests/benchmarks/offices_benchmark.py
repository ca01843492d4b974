"""Scripted benchmark of `alliancecalc qbr --all --pdf` spread over several offices:
one private office (--jobs 1), two (--jobs 2), and two office servers listening on
127.0.0.1 sockets (--connect twice), on the sample portfolio filled to N partners.

For each run: the wall time, the speed-up over one office, and each office's memory
(VmRSS of its soffice.bin, sampled every 0.5 s: the peak and the mean over the run).
Every run must make every review; the files of the runs are compared by name.

    /usr/bin/python3 tests/benchmarks/offices_benchmark.py --profile build/test-profile \
        --partners 1000
"""

import argparse
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
SAMPLE = os.path.join(ROOT, "examples", "sample-portfolio.ods")
TOOL = os.path.join(ROOT, "build", "bin", "alliancecalc")
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, "..", "integration"))
import portfolio_scale_benchmark as scale  # noqa: E402
from office import Office, file_url, props  # noqa: E402


def processes():
    """pid -> (parent pid, command name) of every process."""
    found = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat", encoding="ascii", errors="replace") as f:
                    stat = f.read()
                name = stat[stat.index("(") + 1:stat.rindex(")")]
                found[int(entry)] = (int(stat.rsplit(")", 1)[1].split()[1]), name)
            except (OSError, ValueError, IndexError):
                pass
    return found


def offices_below(roots):
    """The soffice.bin processes below any of `roots`."""
    table = processes()
    tree, grew = set(roots), True
    while grew:
        below = {pid for pid, (parent, _) in table.items() if parent in tree} - tree
        tree |= below
        grew = bool(below)
    return [pid for pid in tree if table.get(pid, (0, ""))[1] == "soffice.bin"]


def resident_kib(pid):
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


class Sampler(threading.Thread):
    """Samples the memory of the offices below `roots` until stopped."""

    def __init__(self, roots):
        super().__init__(daemon=True)
        self.roots = roots
        self.samples = {}  # pid -> [KiB, ...]
        self.done = threading.Event()

    def run(self):
        while not self.done.wait(0.5):
            for pid in offices_below(self.roots()):
                kib = resident_kib(pid)
                if kib:
                    self.samples.setdefault(pid, []).append(kib)

    def summary(self):
        # Offices alive for most of the run (one replaced mid-run would show as two).
        longest = max((len(s) for s in self.samples.values()), default=0)
        kept = [s for s in self.samples.values() if len(s) >= longest / 2]
        return [(max(s) / 1024, sum(s) / len(s) / 1024) for s in kept]


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def timed_run(args, roots_of_servers=()):
    process = subprocess.Popen([TOOL] + args, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               text=True)
    sampler = Sampler(lambda: [process.pid] + list(roots_of_servers))
    start = time.perf_counter()
    sampler.start()
    out, err = process.communicate()
    wall = time.perf_counter() - start
    sampler.done.set()
    sampler.join()
    if process.returncode != 0:
        raise SystemExit(f"{' '.join(args)} failed ({process.returncode}): {err[-500:]}")
    return wall, len(out.splitlines()), sampler.summary()


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--profile", required=True)
    parser.add_argument("--partners", type=int, default=1000)
    parser.add_argument("--keep", action="store_true", help="keep the files made")
    args = parser.parse_args()
    work = tempfile.mkdtemp(prefix="alliancecalc-offices-")
    try:
        path = os.path.join(work, "portfolio.ods")
        shutil.copy(SAMPLE, path)
        with Office(args.profile, timeout=120) as office:
            doc = office.open(path)
            scale.grow(doc, args.partners)
            doc.storeToURL(file_url(path), props(FilterName="calc8"))
            doc.close(True)
        runs = []
        for label, extra in (("one private office (--jobs 1)", ["--jobs", "1"]),
                             ("two private offices (--jobs 2)", ["--jobs", "2"])):
            out = os.path.join(work, label.split()[0])
            runs.append((label,) + timed_run(["qbr", path, "--all", "--pdf", "--out", out,
                                             "--profile", args.profile] + extra))
            print(runs[-1][:3], file=sys.stderr, flush=True)
        with Office(args.profile, port=free_port(), timeout=120) as first, \
                Office(args.profile, port=free_port(), timeout=120) as second:
            out = os.path.join(work, "servers")
            servers = [first._process.pid, second._process.pid]
            runs.append(("two office servers on 127.0.0.1",) + timed_run(
                ["qbr", path, "--all", "--pdf", "--out", out, "--connect", first.url,
                 "--connect", second.url], servers))
        names = [sorted(os.listdir(os.path.join(work, d))) for d in ("one", "two", "servers")]
        assert names[0] == names[1] == names[2] and len(names[0]) == 2 * args.partners
        base = runs[0][1]
        print(f"\n{args.partners:,} partners, `qbr --all --pdf`, "
              f"load average at the end {scale.load_average()}\n")
        print("| Offices | Time | Per review | Speed-up | Files | Each office: peak | "
              "Each office: mean |")
        print("|---|---:|---:|---:|---:|---:|---:|")
        for label, wall, files, memory in runs:
            peaks = ", ".join(f"{p:,.0f}" for p, _ in memory)
            means = ", ".join(f"{m:,.0f}" for _, m in memory)
            print(f"| {label} | {wall:,.0f} s | {1000 * wall / args.partners:,.0f} ms | "
                  f"{base / wall:.2f}x | {files:,} | {peaks} MiB | {means} MiB |")
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
        else:
            print("kept in", work, file=sys.stderr)


if __name__ == "__main__":
    main()
