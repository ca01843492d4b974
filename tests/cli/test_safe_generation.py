"""Generation is safe for the user's files, in a real headless office:

- killing the generator part-way leaves no partial file under a final name (SIGKILL),
  and an interrupted run (SIGTERM) cleans up its temporary file and its office;
- an output folder that cannot be written to is refused with a clear message, before
  any office work, and nothing is written into it;
- partner names that look like formulas, control characters and a 50,000-character
  name end up in the generated workbooks as exactly the portfolio cell's text, never as
  a formula. (ODF is XML 1.0: Calc keeps a line break in a saved cell but drops the
  other control characters, tab included, so those never reach the generator.)
"""

import glob
import os
import shutil
import signal
import stat
import subprocess
import tempfile
import time

import pytest

from test_qbr import (BINARY, HEALTHY, PROFILE, STRUGGLING, make_portfolio, read_qbr, run,
                      sha256)
from office import Office  # noqa: E402  (on the path test_qbr sets)

HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLE = os.path.join(HERE, "..", "..", "examples", "sample-portfolio.ods")

PLAIN = "Plain Partner Ltd"
HOSTILE = [
    "=cmd|' /C calc'!A0",
    "+1",
    "-2",
    "@SUM(1)",
    "=HYPERLINK(\"http://example.invalid\";\"click\")",
    "Tab\there, line\nbreak",
    "Bell\x07 and \x01 start-of-heading",
    "L" + "o" * 49_998 + "ng",
    # Two names that give one file name: each partner still gets its own file.
    "Acme/Beta",
    "Acme_Beta",
    # 720 bytes of UTF-8: cut between characters under the 255-byte file name limit.
    "株式会社アライアンス・パートナーズ・ジャパン" * 11,
]


def setup_module():
    if not os.access(BINARY, os.X_OK) or not os.path.isdir(PROFILE):
        pytest.exit("ALLIANCECALC and ALLIANCE_TEST_PROFILE must be set; run through ctest",
                    returncode=2)


def descendants(pid):
    """Every process below pid (the office the generator started, and its children)."""
    children = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as f:
                    ppid = int(f.read().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(ppid, []).append(int(entry))
    found, todo = [], [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            found.append(child)
            todo.append(child)
    return found


def alive(pid):
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def start_generation(out, scratch=None):
    """`scratch`: the temporary folder the tool gets (TMPDIR), for its profile copy."""
    env = dict(os.environ, TMPDIR=str(scratch)) if scratch else None
    return subprocess.Popen([BINARY, "qbr", SAMPLE, "--all", "--out", str(out),
                             "--profile", PROFILE],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)


def wait_for(predicate, process, timeout=240.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        if process.poll() is not None:
            return False
        time.sleep(0.005)
    return False


def socket_files(pids):
    """The paths of the Unix sockets the processes pids hold open (the office's
    own pipes: its --accept pipe and its single-instance pipe), from /proc."""
    inodes = set()
    for pid in pids:
        try:
            for fd in os.listdir(f"/proc/{pid}/fd"):
                target = os.readlink(f"/proc/{pid}/fd/{fd}")
                if target.startswith("socket:["):
                    inodes.add(target[8:-1])
        except OSError:
            continue
    paths = set()
    with open("/proc/net/unix") as table:
        next(table)
        for line in table:
            fields = line.split()
            if len(fields) >= 8 and fields[6] in inodes and fields[7].startswith("/"):
                paths.add(fields[7])
    return sorted(paths)


def final_files(out):
    return sorted(n for n in os.listdir(out) if not n.startswith(".~"))


def partial_files(out):
    return sorted(n for n in os.listdir(out) if n.startswith(".~"))


def test_sigkill_mid_write_leaves_only_complete_files_under_final_names(office, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    process = start_generation(out, scratch)
    offices = []
    try:
        # Wait until one workbook is complete: the next one is being made. (The office
        # writes into the tool's private folder; the output folder sees a hidden part
        # only while the finished file is copied in.)
        reached = wait_for(lambda: len(final_files(out)) >= 1, process)
        offices = descendants(process.pid)
        pipes = glob.glob(f"/tmp/OSL_PIPE_*_alliancecalc_{process.pid}_*")
        # Every pipe the office listens on, its single-instance pipe among them.
        sockets = socket_files(offices)
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
        assert reached, f"the generator ended before the kill: {process.stderr.read()}"
        # The office dies with the generator, and takes its profile copy and pipe along.
        assert offices and pipes
        assert [p for p in sockets if "SingleOfficeIPC" in p], sockets
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline and (
                [pid for pid in offices if alive(pid)] or os.listdir(scratch)
                or [p for p in pipes + sockets if os.path.exists(p)]):
            time.sleep(0.1)
        assert not [pid for pid in offices if alive(pid)], "the office outlived the generator"
        assert os.listdir(scratch) == [], "the office's profile copy was left behind"
        assert not [p for p in pipes + sockets if os.path.exists(p)], \
            "the office's pipes were left behind"
    finally:
        for pid in offices:  # should the office have outlived it, do not leave it running
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
    names = final_files(out)
    assert names, "nothing was completed before the kill"
    assert len(names) < 12, "the kill came after the last workbook"
    for name in names:
        assert name.endswith(" QBR 2026-Q4.ods"), name
        q = read_qbr(office, os.path.join(str(out), name))
        # a complete workbook: its partner, a computed health, the summary paragraph
        assert q["partner"] and name.startswith(q["partner"][:20].replace("/", "_"))
        assert q["health_error"] == 0 and 0 <= q["health"] <= 100
        assert q["summary"].startswith("Alliance health is ")
    # What the kill interrupted stays under its temporary, hidden name; the office's
    # own temporary files (lu*.tmp) and lock files stay in the tool's private folder.
    assert all(n.startswith(".~") and n.endswith(".part")
               for n in partial_files(out)), partial_files(out)
    assert sorted(os.listdir(out)) == sorted(names + partial_files(out)), os.listdir(out)


def test_sigterm_cleans_up_its_temporary_file_and_its_office(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    process = start_generation(out)
    reached = wait_for(lambda: len(final_files(out)) >= 1, process)
    offices = descendants(process.pid)
    process.send_signal(signal.SIGTERM)
    process.wait(timeout=60)
    assert reached, f"the generator ended before the signal: {process.stderr.read()}"
    assert process.returncode == -signal.SIGTERM
    assert partial_files(out) == []
    assert offices
    deadline = time.monotonic() + 15
    while [pid for pid in offices if alive(pid)] and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not [pid for pid in offices if alive(pid)], "the office outlived the generator"
    for name in final_files(out):
        assert name.endswith(" QBR 2026-Q4.ods"), name


def run_as_nobody(args, workdir):
    """Runs the tool as the unprivileged user nobody (root writes into any folder)."""
    return subprocess.run(["setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups",
                           "--reset-env", "env", f"HOME={workdir}", *args],
                          capture_output=True, text=True, timeout=600, check=False)


def test_read_only_output_folder_is_refused_and_left_empty():
    # A folder of its own that every user can reach: the tool may have to run as nobody.
    work = tempfile.mkdtemp(prefix="alliancecalc-readonly-")
    try:
        os.chmod(work, 0o755)
        # The tool finds its templates beside it, in ../share/alliancecalc.
        os.makedirs(os.path.join(work, "bin"))
        binary = os.path.join(work, "bin", "alliancecalc")
        shutil.copy2(BINARY, binary)
        os.makedirs(os.path.join(work, "share"))
        os.symlink(os.path.realpath(os.path.join(os.path.dirname(BINARY), "..", "share",
                                                 "alliancecalc")),
                   os.path.join(work, "share", "alliancecalc"))
        source = os.path.join(work, "portfolio.ods")
        shutil.copy2(SAMPLE, source)
        profile = os.path.join(work, "profile")
        shutil.copytree(PROFILE, profile, symlinks=True)
        out = os.path.join(work, "out")
        os.mkdir(out)
        for root, dirs, files in os.walk(work):
            for name in dirs + files:
                path = os.path.join(root, name)
                if not os.path.islink(path):
                    os.chmod(path, os.stat(path).st_mode | stat.S_IROTH
                             | (stat.S_IXOTH if os.path.isdir(path) else 0))
        os.chmod(out, 0o555)
        before = sha256(source)
        args = [binary, "qbr", source, "--all", "--out", out, "--profile", profile]
        if os.geteuid() == 0:
            result = run_as_nobody(args, work)
        else:
            result = subprocess.run(args, capture_output=True, text=True, timeout=600,
                                    check=False)
        assert result.returncode == 5, result.stderr
        assert f"The output folder {out} cannot be written to." in result.stderr
        assert os.listdir(out) == []
        assert sha256(source) == before
    finally:
        os.chmod(os.path.join(work, "out"), 0o755)
        shutil.rmtree(work, ignore_errors=True)


def test_ctrl_c_with_connect_leaves_nothing_open_or_partial_in_the_users_office(tmp_path):
    # The user's own office: alliancecalc only connects to it, so a Ctrl-C must close
    # the review it has open there and remove its partial file, and leave it running.
    out = tmp_path / "out"
    out.mkdir()
    with Office(PROFILE) as users:
        before = users.documents()
        tool = subprocess.Popen([BINARY, "qbr", SAMPLE, "--all", "--out", str(out),
                                 "--connect", users.url], stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True)
        deadline = time.monotonic() + 120
        while not final_files(out) and tool.poll() is None and time.monotonic() < deadline:
            time.sleep(0.02)
        assert tool.poll() is None, "the run ended before it could be interrupted"
        tool.send_signal(signal.SIGINT)
        stdout, stderr = tool.communicate(timeout=60)
        assert tool.returncode == -signal.SIGINT, stderr
        made = final_files(out)
        assert 0 < len(made) < 12, made
        assert partial_files(out) == [], partial_files(out)
        assert sorted(os.path.basename(line) for line in stdout.splitlines()) == made
        assert "more partners' reviews were not made" in stderr
        # The office still runs, with what it had open before and nothing of ours.
        assert users.alive()
        assert users.documents() == before
        for name in made:
            assert read_qbr(users, str(out / name))["partner"]


def run_on_small_disk(size_kib, args, copy_to):
    """Runs alliancecalc with args, where "{disk}" stands for the mount point of a
    fresh tmpfs of size_kib KiB, in a mount namespace of its own (the file system
    is seen by nothing else and gone afterwards). What the disk holds afterwards
    (hidden files too) is copied to copy_to. Returns the CompletedProcess."""
    disk = tempfile.mkdtemp(prefix="alliancecalc-small-disk-")
    script = ('mount -t tmpfs -o size="$1"k tmpfs "$2" || exit 90; disk="$2"; '
              'shift 2; "$@"; rc=$?; cp -a "$disk"/. "$COPY_TO"/; exit $rc')
    namespace = ["unshare", "--mount", "--propagation", "private"]
    if os.geteuid() != 0:  # an unprivileged user maps itself to root in a user namespace
        namespace[1:1] = ["--user", "--map-root-user"]
    command = [*namespace, "sh", "-c", script, "sh", str(size_kib), disk, BINARY,
               *[a.replace("{disk}", disk) for a in args], "--profile", PROFILE]
    try:
        result = subprocess.run(command, capture_output=True, text=True, timeout=600,
                                check=False, env={**os.environ, "COPY_TO": str(copy_to)})
    finally:
        shutil.rmtree(disk, ignore_errors=True)
    assert result.returncode != 90, f"no tmpfs could be mounted: {result.stderr}"
    return result, disk


def test_full_disk_stops_with_a_clear_message_and_leaves_no_partial_file(office, tmp_path):
    # Room for a few of the twelve reviews and their PDFs, not for all of them.
    copy = tmp_path / "disk"
    copy.mkdir()
    source = tmp_path / "portfolio.ods"
    shutil.copy2(SAMPLE, source)
    before = sha256(source)
    result, disk = run_on_small_disk(
        400, ["qbr", str(source), "--all", "--pdf", "--out", "{disk}"], copy)
    assert result.returncode == 7, result.stderr
    assert f"No space left in {disk}" in result.stderr
    # Nothing partial or locked remains, and the portfolio is untouched.
    assert partial_files(copy) == [], partial_files(copy)
    assert sha256(source) == before
    made = final_files(copy)
    workbooks = [n for n in made if n.endswith(".ods")]
    assert 0 < len(workbooks) < 12, made
    # What is there is whole: every workbook opens and names its partner, and every
    # file listed on stdout is on the disk.
    for name in workbooks:
        review = read_qbr(office, str(copy / name))
        assert review["partner"] and name.startswith(review["partner"][:10]), name
    listed = [os.path.basename(line) for line in result.stdout.splitlines()]
    assert sorted(listed) == made
    # The partners being made when the disk filled failed (one per office at
    # most); the rest were not begun.
    failed = result.stderr.count(f"No space left in {disk}")
    assert 1 <= failed <= 2, result.stderr
    not_made = 12 - len(workbooks) - failed
    assert f"stopped: {not_made} more partners' reviews were not made" in result.stderr


def test_an_output_folder_named_in_latin_1_is_refused_before_anything_is_made(tmp_path):
    # b"\xff" is not UTF-8: the office would write into "out\ufffd" instead.
    out = os.path.join(os.fsencode(tmp_path), b"out-\xff")
    before = sorted(os.listdir(tmp_path))
    result = subprocess.run([BINARY, "qbr", SAMPLE, "--partner", "Northwind Systems",
                             "--out", out, "--profile", PROFILE],
                            capture_output=True, timeout=600, check=False)
    stderr = result.stderr.decode("utf-8", "replace")
    assert result.returncode == 5, stderr
    assert "is not UTF-8 text" in stderr
    assert sorted(os.listdir(tmp_path)) == before, "a folder was made anyway"


def test_a_workbook_named_in_latin_1_is_read(tmp_path):
    workbook = os.path.join(os.fsencode(tmp_path), b"portfolio-\xe9t\xe9.ods")
    shutil.copy2(SAMPLE, workbook)
    out = tmp_path / "out"
    result = subprocess.run([BINARY, "qbr", workbook, "--partner", "Northwind Systems",
                             "--out", str(out), "--profile", PROFILE],
                            capture_output=True, timeout=600, check=False)
    assert result.returncode == 0, result.stderr.decode("utf-8", "replace")
    assert final_files(out) == ["Northwind Systems QBR 2026-Q4.ods"]


def formula_cells(doc):
    """(sheet, cell, formula) of every formula cell of the workbook."""
    found = set()
    for s in range(doc.Sheets.getCount()):
        sheet = doc.Sheets.getByIndex(s)
        cells = sheet.queryContentCells(16).getCells().createEnumeration()  # CellFlags.FORMULA
        while cells.hasMoreElements():
            cell = cells.nextElement()
            address = cell.getCellAddress()
            found.add((sheet.getName(), address.Column, address.Row, cell.getFormula()))
    return found


@pytest.fixture(scope="module")
def hostile(office, tmp_path_factory):
    folder = tmp_path_factory.mktemp("hostile")
    source = str(folder / "portfolio.ods")
    metrics = [HEALTHY, STRUGGLING]
    partners = [(name, metrics[i % 2], "", "") for i, name in enumerate([PLAIN] + HOSTILE)]
    make_portfolio(office, source, partners=partners)
    saved = office.open(source, ReadOnly=True)
    try:  # the names as the saved portfolio holds them
        sheet = saved.Sheets.getByName("Portfolio")
        names = {name: sheet.getCellByPosition(0, 5 + i).getString()
                 for i, name in enumerate(HOSTILE)}
    finally:
        saved.close(True)
    out = folder / "out"
    out.mkdir()
    before = sha256(source)
    result = run("qbr", source, "--all", "--out", str(out))
    workbooks = {}  # partner cell text -> what the workbook holds
    for name in final_files(out):
        doc = office.open(os.path.join(str(out), name), ReadOnly=True)
        try:
            sheet = doc.Sheets.getByName("QBR")
            partner = sheet.getCellRangeByName("B3")
            title = sheet.getCellRangeByName("A1")
            workbooks[partner.getString()] = {
                "file": name,
                "types": (partner.getType().value, title.getType().value),
                "title": title.getString(),
                "formulas": formula_cells(doc),
            }
        finally:
            doc.close(True)
    return {"result": result, "out": out, "source": source, "before": before,
            "workbooks": workbooks, "names": names}


def test_hostile_names_generate_one_workbook_each(hostile):
    assert hostile["result"].returncode == 0, hostile["result"].stderr
    names = final_files(hostile["out"])
    assert len(names) == len(HOSTILE) + 1, names
    assert partial_files(hostile["out"]) == []
    assert sha256(hostile["source"]) == hostile["before"]
    for name in names:  # file names hold no path separator or control character
        assert "/" not in name and not any(ord(c) < 32 for c in name), repr(name)
        assert len(name.encode()) <= 255


def test_colliding_names_get_their_own_files_and_the_mapping_is_shown(hostile):
    files = {held["file"] for held in hostile["workbooks"].values()}
    assert "Acme_Beta QBR 2026-Q4.ods" in files and "Acme_Beta QBR 2026-Q4 (2).ods" in files
    assert hostile["workbooks"]["Acme/Beta"]["file"] == "Acme_Beta QBR 2026-Q4.ods"
    assert hostile["workbooks"]["Acme_Beta"]["file"] == "Acme_Beta QBR 2026-Q4 (2).ods"
    assert "Acme_Beta's review is Acme_Beta QBR 2026-Q4 (2).ods" in hostile["result"].stderr


@pytest.mark.parametrize("partner", HOSTILE, ids=lambda p: repr(p[:24]))
def test_hostile_name_is_exactly_that_text_in_the_workbook(hostile, partner):
    workbooks = hostile["workbooks"]
    saved = hostile["names"][partner]
    assert saved == partner or saved == "".join(
        c for c in partner if c == "\n" or ord(c) >= 32), repr(saved[:40])
    partner = saved
    assert partner in workbooks, f"no workbook shows {partner[:40]!r}"
    held = workbooks[partner]
    assert held["types"] == ("TEXT", "TEXT")
    assert held["title"] == f"Quarterly business review: {partner}, 2026-Q4"
    # The same formulas as the plain partner's workbook: none was made from the name.
    # (Where they are depends on how many rows the partner's tables take.)
    assert sorted((s, f) for s, _, _, f in held["formulas"]) == sorted(
        (s, f) for s, _, _, f in workbooks[PLAIN]["formulas"])
