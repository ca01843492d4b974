"""alliancecalc close-quarter against a real headless office, on the sample
portfolio: two quarters closed in a row keep History and the counters as the
rules say, with the health `score` shows; a quarter History holds is refused, and
so is a workbook with errors; --in-place keeps the old workbook byte for byte
and replaces it in one step, so a kill mid-write leaves the old workbook or the
new one, never a mix; text from the sheet is written as text."""

import json
import os
import shutil
import signal
import subprocess
import sys
import time

import pytest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "integration"))
from office import file_url, props  # noqa: E402
# The CLI tests' runner, their check of the environment and their office.
from test_qbr import BINARY, PROFILE, run, setup_module, sha256  # noqa: E402,F401

SAMPLE = os.path.normpath(os.path.join(HERE, "..", "..", "examples", "sample-portfolio.ods"))
HEADER_ROW = 3  # 0-based: row 4


def used_rows(sheet):
    """The rows of the sheet's used area as lists of cell strings and values."""
    cursor = sheet.createCursor()
    cursor.gotoEndOfUsedArea(False)
    end = cursor.getRangeAddress()
    data = sheet.getCellRangeByPosition(0, 0, end.EndColumn, end.EndRow).getDataArray()
    return [list(row) for row in data]


def read_state(office, path):
    """What a close changes: History's rows, the Portfolio's counters by partner,
    and the current quarter."""
    doc = office.open(path, ReadOnly=True)
    try:
        doc.calculateAll()
        history = used_rows(doc.Sheets.getByName("History"))
        header = history[0]
        snapshots = [dict(zip(header, row)) for row in history[1:] if row[0] and row[1]]
        portfolio = doc.Sheets.getByName("Portfolio")
        rows = used_rows(portfolio)
        columns = {name: c for c, name in enumerate(rows[HEADER_ROW]) if name}
        partners = {}
        for row in rows[HEADER_ROW + 1:]:
            if row[0]:
                partners[row[0]] = {name: row[c] for name, c in columns.items()}
        settings = doc.Sheets.getByName("Settings")
        quarter = settings.getCellRangeByName("B11").getString()
        history_types = {}
        last = len(history) - 1
        for c, name in enumerate(header):
            if name:
                history_types[name] = doc.Sheets.getByName("History") \
                    .getCellByPosition(c, last).getType().value
        return {"snapshots": snapshots, "partners": partners, "quarter": quarter,
                "last_types": history_types}
    finally:
        doc.close(True)


def scores(path):
    result = run("score", path, "--json")
    assert result.returncode == 0, result.stderr
    return {p["partner"]: p for p in json.loads(result.stdout)}


@pytest.fixture(scope="module")
def two_quarters(office, tmp_path_factory):
    folder = tmp_path_factory.mktemp("close")
    source = str(folder / "portfolio.ods")
    shutil.copy2(SAMPLE, source)
    before = read_state(office, source)
    scored_q4 = scores(source)
    first = str(folder / "closed-q4.ods")
    one = run("close-quarter", source, "--out", first)
    after_one = read_state(office, first)
    scored_q1 = scores(first)
    input_hash = sha256(first)
    two = run("close-quarter", first, "--in-place")
    after_two = read_state(office, first)
    backup = str(folder / "closed-q4.before-close-2027-Q1.ods")
    return {"folder": folder, "source": source, "before": before, "scored_q4": scored_q4,
            "one": one, "after_one": after_one, "scored_q1": scored_q1, "two": two,
            "after_two": after_two, "first": first, "backup": backup,
            "input_hash": input_hash}


def test_both_closes_succeed_and_say_what_they_did(two_quarters):
    assert two_quarters["one"].returncode == 0, two_quarters["one"].stderr
    assert "Closed 2026-Q4: 12 partners added to History" in two_quarters["one"].stdout
    assert "the current quarter is now 2027-Q1" in two_quarters["one"].stdout
    assert two_quarters["two"].returncode == 0, two_quarters["two"].stderr
    assert "Closed 2027-Q1" in two_quarters["two"].stdout
    assert two_quarters["backup"] in two_quarters["two"].stdout


def test_history_grows_by_one_row_per_partner_each_quarter(two_quarters):
    before = two_quarters["before"]["snapshots"]
    one = two_quarters["after_one"]["snapshots"]
    two = two_quarters["after_two"]["snapshots"]
    partners = sorted(two_quarters["before"]["partners"])
    assert len(one) == len(before) + len(partners)
    assert len(two) == len(one) + len(partners)
    assert sorted(s["Partner"] for s in one[len(before):]) == partners
    assert {s["Quarter"] for s in one[len(before):]} == {"2026-Q4"}
    assert {s["Quarter"] for s in two[len(one):]} == {"2027-Q1"}
    assert one[:len(before)] == before  # nothing earlier is touched


def test_history_holds_the_health_and_status_score_shows(two_quarters):
    added = {s["Partner"]: s for s in two_quarters["after_one"]["snapshots"][
        len(two_quarters["before"]["snapshots"]):]}
    for name, score in two_quarters["scored_q4"].items():
        assert added[name]["Health"] == pytest.approx(score["health"], abs=1e-9), name
        assert added[name]["Status"] == score["status"], name
        # A dimension the partner's metrics leave unavailable is left empty.
        dimensions = [added[name][d] for d in
                      ("Strategy", "Execution", "Commitment", "Trust", "Governance")]
        assert all(isinstance(d, float) or d == "" for d in dimensions), (name, dimensions)
        assert sum(isinstance(d, float) for d in dimensions) >= 4, (name, dimensions)
    # Written as values: numbers and texts, no formula.
    types = two_quarters["after_two"]["last_types"]
    assert types["Quarter"] == "TEXT" and types["Partner"] == "TEXT"
    assert types["Health"] == "VALUE" and types["Status"] == "TEXT"


def test_counters_follow_the_rules(two_quarters):
    before = two_quarters["before"]["partners"]
    one = two_quarters["after_one"]["partners"]
    two = two_quarters["after_two"]["partners"]
    for name, score in two_quarters["scored_q1"].items():
        # After the second close: Previous health is Q1's health.
        assert two[name]["Previous health"] == pytest.approx(score["health"], abs=1e-9), name
    for name, score in two_quarters["scored_q4"].items():
        assert one[name]["Previous health"] == pytest.approx(score["health"], abs=1e-9), name
        red_before = before[name]["Quarters red"] or 0
        expected_red = red_before + 1 if score["status"] == "Red" else 0
        assert one[name]["Quarters red"] == expected_red, name
        if "Quarters declining" in one[name]:
            previous = before[name]["Previous health"]
            declining = before[name]["Quarters declining"] or 0
            fell = previous != "" and score["health"] < previous
            assert one[name]["Quarters declining"] == (declining + 1 if fell else 0), name
    # Nothing changed between the quarters but the counters: health stays, so the
    # second close finds no fall and a Red partner counts one more Red quarter.
    for name, score in two_quarters["scored_q1"].items():
        if "Quarters declining" in two[name]:
            assert two[name]["Quarters declining"] == 0, name
        if score["status"] == "Red":
            assert two[name]["Quarters red"] == one[name]["Quarters red"] + 1, name


def test_the_current_quarter_advances(two_quarters):
    assert two_quarters["before"]["quarter"] == "2026-Q4"
    assert two_quarters["after_one"]["quarter"] == "2027-Q1"
    assert two_quarters["after_two"]["quarter"] == "2027-Q2"


def test_in_place_keeps_the_input_byte_for_byte_beside_it(two_quarters):
    assert sha256(two_quarters["backup"]) == two_quarters["input_hash"]
    assert sha256(two_quarters["first"]) != two_quarters["input_hash"]
    leftovers = [n for n in os.listdir(two_quarters["folder"]) if n.startswith(".~")]
    assert leftovers == []


def test_a_quarter_history_holds_is_refused_and_nothing_is_written(office, two_quarters,
                                                                   tmp_path):
    # The closed workbook with its current quarter set back to one History holds.
    path = str(tmp_path / "again.ods")
    shutil.copy2(two_quarters["first"], path)
    doc = office.open(path)
    try:
        doc.Sheets.getByName("Settings").getCellRangeByName("B11").setString("2026-Q4")
        doc.storeToURL(file_url(path), props(FilterName="calc8"))
    finally:
        doc.close(True)
    before = sha256(path)
    result = run("close-quarter", path, "--in-place")
    assert result.returncode == 8, result.stderr
    assert "History already holds 12 snapshots of 2026-Q4" in result.stderr
    assert sha256(path) == before
    assert sorted(os.listdir(tmp_path)) == ["again.ods"]
    result = run("close-quarter", path, "--out", str(tmp_path / "new.ods"))
    assert result.returncode == 8, result.stderr
    assert not os.path.exists(tmp_path / "new.ods")


def test_a_workbook_with_errors_is_not_closed_and_the_errors_are_listed(office, tmp_path):
    path = str(tmp_path / "bad.ods")
    shutil.copy2(SAMPLE, path)
    doc = office.open(path)
    try:
        sheet = doc.Sheets.getByName("Portfolio")
        header = [sheet.getCellByPosition(c, HEADER_ROW).getString() for c in range(30)]
        trust = header.index("Trust")
        sheet.getCellByPosition(trust, HEADER_ROW + 2).setValue(9)  # row 6: trust of 1..5
        doc.storeToURL(file_url(path), props(FilterName="calc8"))
        name = sheet.getCellByPosition(0, HEADER_ROW + 2).getString()
    finally:
        doc.close(True)
    before = sha256(path)
    result = run("close-quarter", path, "--in-place")
    assert result.returncode == 1, result.stderr
    column = chr(ord("A") + trust)
    assert f"Portfolio!{column}6: error: {name}:" in result.stderr, result.stderr
    assert "nothing was changed" in result.stderr
    assert sha256(path) == before
    assert sorted(os.listdir(tmp_path)) == ["bad.ods"]


def test_text_from_the_sheet_is_written_as_text(office, tmp_path):
    path = str(tmp_path / "formula-name.ods")
    shutil.copy2(SAMPLE, path)
    doc = office.open(path)
    try:
        doc.Sheets.getByName("Portfolio").getCellByPosition(0, HEADER_ROW + 1) \
            .setString("=1+1")
        doc.storeToURL(file_url(path), props(FilterName="calc8"))
    finally:
        doc.close(True)
    out = str(tmp_path / "closed.ods")
    result = run("close-quarter", path, "--out", out)
    assert result.returncode == 0, result.stderr
    doc = office.open(out, ReadOnly=True)
    try:
        history = doc.Sheets.getByName("History")
        found = history.createSearchDescriptor()
        found.setSearchString("=1+1")
        cell = history.findFirst(found)
        assert cell is not None, "the partner's name is not in History"
        assert cell.getType().value == "TEXT" and cell.getString() == "=1+1"
    finally:
        doc.close(True)


def kill_when(path, condition, deadline):
    """Runs close-quarter on `path` in place and kills it with SIGKILL as soon as
    condition(folder's names) holds, or after `deadline` seconds."""
    process = subprocess.Popen([BINARY, "close-quarter", path, "--in-place", "--profile",
                                PROFILE], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    folder = os.path.dirname(path)
    end = time.monotonic() + deadline
    while process.poll() is None and time.monotonic() < end \
            and not condition(os.listdir(folder)):
        time.sleep(0.002)
    if process.poll() is None:
        process.send_signal(signal.SIGKILL)
    process.wait(timeout=60)


def test_a_kill_mid_write_leaves_the_old_workbook_or_the_new_one(office, tmp_path):
    # One kill at a known point before the rename (the backup is made before the
    # new workbook is stored), then kills spread over a whole close as it takes
    # here: the workbook must be the old one or a complete new one after each.
    timed = str(tmp_path / "timed.ods")
    shutil.copy2(SAMPLE, timed)
    start = time.monotonic()
    assert run("close-quarter", timed, "--in-place").returncode == 0
    duration = time.monotonic() - start
    old = sha256(SAMPLE)
    outcomes = {}
    backup_made = ("backup made", lambda names: len(names) > 1, 120)
    timed_kills = [(f"{fraction:.0%} of a close", lambda names: False, duration * fraction)
                   for fraction in (0.5, 0.7, 0.8, 0.85, 0.9, 0.95, 0.98)]
    for number, (when, condition, deadline) in enumerate([backup_made, *timed_kills]):
        folder = tmp_path / f"kill-{number}"
        folder.mkdir()
        path = str(folder / "portfolio.ods")
        shutil.copy2(SAMPLE, path)
        kill_when(path, condition, deadline)
        if sha256(path) == old:
            outcomes[when] = "old"
        else:
            outcomes[when] = "new"
            state = read_state(office, path)
            assert state["quarter"] == "2027-Q1", when
            assert len([s for s in state["snapshots"] if s["Quarter"] == "2026-Q4"]) == 12
        # Beside it at most the backup and hidden temporary parts, never a
        # half-written workbook under a name of its own.
        assert all(n.startswith(".~") or n.startswith("portfolio.")
                   for n in os.listdir(folder)), os.listdir(folder)
    # Killed before the rename, the workbook is untouched.
    assert outcomes["backup made"] == "old", outcomes
