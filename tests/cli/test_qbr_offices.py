"""qbr over several offices: private ones (--jobs) give the same files as one,
and office servers (--connect, sockets on 127.0.0.1) keep a run going when one
of them, or a private office, dies half-way: every review is made once, nothing
half-written remains, and the exit code says when something was not made."""

import os
import re
import subprocess
import sys
import threading
import time

import pytest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "integration"))
from office import Office, file_url, props  # noqa: E402

BINARY = os.environ.get("ALLIANCECALC", "")
PROFILE = os.environ.get("ALLIANCE_TEST_PROFILE", "")
SAMPLE = os.path.normpath(os.path.join(HERE, "..", "..", "examples", "sample-portfolio.ods"))
SAMPLE_PARTNERS = 12
FILLED_PARTNERS = 40
FIRST_ROW = 4  # the sample's first partner row (row 5)
# The columns a user fills in (A:R and T:V); S and W:Z are the template's formulas.
TYPED_COLUMNS = [(0, 17), (19, 21)]


def setup_module():
    if not os.access(BINARY, os.X_OK) or not os.path.isdir(PROFILE):
        pytest.exit("ALLIANCECALC and ALLIANCE_TEST_PROFILE must be set; run through ctest",
                    returncode=2)


def run(*args, profile=True):
    extra = ["--profile", PROFILE] if profile else []
    return subprocess.run([BINARY, *args, *extra], capture_output=True, text=True, timeout=900,
                          check=False)


def fill_sample(office, path, partners=FILLED_PARTNERS):
    """The sample with its twelve partners repeated, under new names, to `partners`."""
    doc = office.open(SAMPLE)
    try:
        sheet = doc.Sheets.getByName("Portfolio")
        for n in range(SAMPLE_PARTNERS, partners):
            source = FIRST_ROW + n % SAMPLE_PARTNERS
            target = FIRST_ROW + n
            for first, last in TYPED_COLUMNS:
                values = sheet.getCellRangeByPosition(first, source, last, source).getDataArray()
                sheet.getCellRangeByPosition(first, target, last, target).setDataArray(values)
            name = sheet.getCellByPosition(0, source).getString()
            sheet.getCellByPosition(0, target).setString("%s %d" % (name, n // SAMPLE_PARTNERS + 1))
        doc.storeToURL(file_url(path), props(FilterName="calc8"))
    finally:
        doc.close(True)


def reviews(folder):
    return sorted(name for name in os.listdir(folder))


def contents(office, path):
    """Every sheet's cells as the office reads them back: formulas, values and
    texts (file bytes differ by zip timestamps)."""
    doc = office.open(path, ReadOnly=True)
    try:
        out = []
        for i in range(doc.Sheets.getCount()):
            sheet = doc.Sheets.getByIndex(i)
            cursor = sheet.createCursor()
            cursor.gotoEndOfUsedArea(False)
            end = cursor.getRangeAddress()
            cells = sheet.getCellRangeByPosition(0, 0, end.EndColumn, end.EndRow)
            out.append((sheet.getName(), cells.getFormulaArray(), cells.getDataArray()))
        return out
    finally:
        doc.close(True)


@pytest.fixture(scope="module")
def filled(office, tmp_path_factory):
    path = str(tmp_path_factory.mktemp("filled") / "portfolio.ods")
    fill_sample(office, path)
    return path


def test_two_offices_make_the_same_files_as_one(office, filled, tmp_path):
    one, two = tmp_path / "one", tmp_path / "two"
    by_one = run("qbr", filled, "--all", "--out", str(one), "--jobs", "1")
    assert by_one.returncode == 0, by_one.stderr
    by_two = run("qbr", filled, "--all", "--out", str(two), "--jobs", "2")
    assert by_two.returncode == 0, by_two.stderr
    # The same files, listed in the same (the portfolio's) order.
    assert len(by_one.stdout.splitlines()) == FILLED_PARTNERS
    assert ([os.path.basename(p) for p in by_one.stdout.splitlines()]
            == [os.path.basename(p) for p in by_two.stdout.splitlines()])
    assert reviews(one) == reviews(two)
    assert len(reviews(two)) == FILLED_PARTNERS
    # One progress line per partner, and one more for each made again after its
    # office stopped (which the tool notes).
    progress = [line for line in by_two.stderr.splitlines() if line.startswith("[")]
    again = by_two.stderr.count("stopped")
    assert len(progress) == FILLED_PARTNERS + again, by_two.stderr
    assert sorted({int(line[1:line.index("/")]) for line in progress}) == list(
        range(1, FILLED_PARTNERS + 1))
    for name in reviews(one):
        assert contents(office, str(one / name)) == contents(office, str(two / name)), name


def wait_for_files(folder, count, timeout=300):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if os.path.isdir(folder) and len(os.listdir(folder)) >= count:
            return
        time.sleep(0.05)
    raise AssertionError("no %d files in %s" % (count, folder))


def check_every_review_made_once(office, folder, stdout, partners=SAMPLE_PARTNERS):
    names = reviews(folder)
    # .ods and .pdf for each, no temporary or partial file beside them.
    assert len(names) == 2 * partners, names
    assert all(n.endswith(" QBR 2026-Q4.ods") or n.endswith(" QBR 2026-Q4.pdf") for n in names)
    listed = stdout.splitlines()
    assert len(listed) == len(set(listed)) == 2 * partners
    shown = []
    for name in names:
        if name.endswith(".ods"):
            doc = office.open(str(folder / name), ReadOnly=True)
            try:
                shown.append(doc.Sheets.getByName("QBR").getCellRangeByName("B3").getString())
            finally:
                doc.close(True)
        else:
            with open(folder / name, "rb") as f:
                assert f.read(5) == b"%PDF-"
    assert sorted(shown) == sorted(sample_partners(office))


def sample_partners(office):
    doc = office.open(SAMPLE, ReadOnly=True)
    try:
        cells = doc.Sheets.getByName("Portfolio").getCellRangeByPosition(
            0, FIRST_ROW, 0, FIRST_ROW + SAMPLE_PARTNERS - 1)
        return [row[0] for row in cells.getDataArray()]
    finally:
        doc.close(True)


def free_port():
    import socket
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_a_server_killed_mid_run_leaves_its_partners_to_the_other(office, tmp_path):
    out = tmp_path / "out"
    with Office(PROFILE, port=free_port()) as first, Office(PROFILE, port=free_port()) as second:
        killer = threading.Thread(
            target=lambda: (wait_for_files(out, 3), second.kill()), daemon=True)
        killer.start()
        made = run("qbr", SAMPLE, "--all", "--pdf", "--out", str(out), "--connect", first.url,
                   "--connect", second.url, profile=False)
        killer.join()
        assert first.alive() and not second.alive()
    assert made.returncode == 0, made.stderr
    assert "The office server %s stopped answering" % second.url in made.stderr
    check_every_review_made_once(office, out, made.stdout)


def test_a_private_office_that_dies_is_replaced(office, tmp_path):
    out = tmp_path / "out"
    process = subprocess.Popen(
        [BINARY, "qbr", SAMPLE, "--all", "--pdf", "--out", str(out), "--jobs", "2",
         "--profile", PROFILE], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    wait_for_files(out, 3)
    offices = [pid for pid in child_groups(process.pid)]
    assert len(offices) == 2, offices
    os.killpg(offices[1], 9)
    stdout, stderr = process.communicate(timeout=600)
    assert process.returncode == 0, stderr
    # Offices are numbered in the order they started; which of the two pids is which
    # is not known here (pids wrap), so either may be the one named.
    assert re.search(r"The private office [12] stopped \(it was killed by signal 9\); a new one "
                     r"took its place\.", stderr), stderr
    check_every_review_made_once(office, out, stdout)


def child_groups(parent):
    """The process groups led by children of `parent`: its offices (the
    watchdogs, shells, are left out)."""
    groups = []
    for pid in os.listdir("/proc"):
        if not pid.isdigit():
            continue
        try:
            with open("/proc/%s/stat" % pid) as f:
                fields = f.read().rsplit(")", 1)[1].split()
            with open("/proc/%s/cmdline" % pid, "rb") as f:
                command = f.read().split(b"\0")[0]
        except OSError:
            continue
        if int(fields[1]) == parent and int(fields[2]) == int(pid) and b"/bin/sh" != command:
            groups.append(int(pid))
    return sorted(groups)


def test_when_every_server_is_gone_the_run_says_so_and_leaves_nothing_partial(office, tmp_path):
    out = tmp_path / "out"
    with Office(PROFILE, port=free_port()) as server:
        killer = threading.Thread(target=lambda: (wait_for_files(out, 3), server.kill()),
                                  daemon=True)
        killer.start()
        made = run("qbr", SAMPLE, "--all", "--pdf", "--out", str(out), "--connect", server.url,
                   profile=False)
        killer.join()
    assert made.returncode == 3, made.stderr
    assert "no office was left to make them" in made.stderr
    names = reviews(out)
    # Whole reviews only: each one listed has both its files, nothing else is there.
    assert names and len(names) % 2 == 0 and len(names) < 2 * SAMPLE_PARTNERS
    assert sorted(os.path.basename(p) for p in made.stdout.splitlines()) == names


def test_a_server_without_the_extension_is_named(tmp_path):
    with Office(PROFILE, port=free_port()) as good, Office(None, port=free_port()) as bare:
        made = run("qbr", SAMPLE, "--all", "--out", str(tmp_path / "out"), "--connect",
                   good.url, "--connect", bare.url, profile=False)
    assert made.returncode == 3, made.stderr
    assert ("the office server %s does not know the AllianceCalc functions" % bare.url
            in made.stderr)
    assert not os.path.exists(tmp_path / "out") or not os.listdir(tmp_path / "out")


def test_jobs_and_connect_together_are_a_usage_error():
    made = run("qbr", SAMPLE, "--all", "--jobs", "2", "--connect", "uno:pipe,name=x;urp;",
               profile=False)
    assert made.returncode == 2
    assert "give either --jobs or --connect" in made.stderr
    made = run("qbr", SAMPLE, "--all", "--jobs", "0")
    assert made.returncode == 2
    assert "--jobs needs at least one office" in made.stderr
