"""Account mapping in real Calc: keys, overlap, the overlap list as an array
result, match with #N/A, and hashed keys checked against Python's own HMAC."""

import hashlib
import hmac
import os
import time

import pytest

from calc_helpers import ERR_ILLEGAL_ARGUMENT, ERR_NOT_AVAILABLE, ERR_PARAMETER_LIST, evaluate, put
from office import Office


@pytest.mark.parametrize("name,key", [
    ("The Coca-Cola Company", "cocacola"),
    ("AB Volvo", "volvo"),
    ("A B Volvo", "volvo"),
    ("Société Générale S.A.", "societegenerale"),
    ("https://www.stock.walmart.com/x", "walmart"),
    ("jane@walmart.com", "walmart"),
    ("tesco.co.uk", "tesco"),
    ("someone@gmail.com", ""),
    ("ACME Inc.", "acme"),
    ("Acme, Incorporated", "acme"),
    ("Müller & Söhne GmbH", "mullerandsohne"),
    ("Ørsted A/S", "orsted"),
    ("Łódź Logistics Sp. z o.o.", "lodzlogistics"),
    ("Toyota Motor Corporation", "toyotamotor"),
    ("   ", ""),
])
def test_account_key(calc, sheet, name, key):
    put(sheet.getCellByPosition(0, 0), name)
    cell = evaluate(calc, sheet, "=ALLIANCE_ACCOUNT_KEY(A1)")
    assert cell.getError() == 0
    assert cell.getString() == key


OURS = ["ACME Inc.", "Globex Corporation", "acme.com", "Initech LLC", "jane@gmail.com",
        "Umbrella plc", "", "Stark Industries"]
THEIRS = ["Acme, Incorporated", "Initech", "Wayne Enterprises", "bob@umbrella.co.uk",
          "Hooli", "Globex Corp.", "Initech Ltd"]


@pytest.fixture()
def lists(calc, sheet):
    for i, name in enumerate(OURS):
        put(sheet.getCellByPosition(0, i), name or None)
    for i, name in enumerate(THEIRS):
        put(sheet.getCellByPosition(1, i), name)
    return calc, sheet


def test_overlap_counts_distinct_shared_keys(lists):
    doc, sheet = lists
    # acme, globex, initech, umbrella; the free-mail address and the empty cell count for nothing
    assert evaluate(doc, sheet, "=ALLIANCE_OVERLAP(A1:A8; B1:B7)").getValue() == 4
    assert evaluate(doc, sheet, "=ALLIANCE_OVERLAP(B1:B7; A1:A8)").getValue() == 4


def test_overlap_list_is_an_array_in_the_order_of_ours(lists):
    doc, sheet = lists
    target = sheet.getCellRangeByName("D1:D6")
    target.setArrayFormula("ALLIANCE_OVERLAP_LIST(A1:A8; B1:B7)")
    doc.calculateAll()
    shown = [sheet.getCellByPosition(3, r).getString() for r in range(6)]
    # first occurrence of each key, as written in ours; the array has four rows
    assert shown[:4] == ["ACME Inc.", "Globex Corporation", "Initech LLC", "Umbrella plc"]
    assert sheet.getCellByPosition(3, 4).getError() == ERR_NOT_AVAILABLE  # beyond the array


def test_overlap_list_without_overlap_is_one_empty_cell(lists):
    doc, sheet = lists
    cell = evaluate(doc, sheet, "=ALLIANCE_OVERLAP_LIST(A1:A2; B3:B3)")
    assert cell.getError() == 0
    assert cell.getString() == ""


def test_match_position_or_not_available(lists):
    doc, sheet = lists
    put(sheet.getCellByPosition(2, 0), "Initech Incorporated")
    assert evaluate(doc, sheet, "=ALLIANCE_MATCH(C1; B1:B7)").getValue() == 2
    assert evaluate(doc, sheet, '=ALLIANCE_MATCH("Globex"; B1:B7)').getValue() == 6
    assert evaluate(doc, sheet, '=ALLIANCE_MATCH("Cyberdyne"; B1:B7)').getError() == ERR_NOT_AVAILABLE
    assert evaluate(doc, sheet, '=ALLIANCE_MATCH("x@gmail.com"; A1:A8)').getError() == ERR_NOT_AVAILABLE


def test_hash_is_hmac_sha256_of_the_key(calc, sheet):
    put(sheet.getCellByPosition(0, 0), "https://www.walmart.com/store")
    put(sheet.getCellByPosition(1, 0), "shared secret")
    cell = evaluate(calc, sheet, "=ALLIANCE_ACCOUNT_HASH(A1; B1)")
    expected = hmac.new(b"shared secret", b"walmart", hashlib.sha256).hexdigest()
    assert cell.getString() == expected


def test_overlap_of_hashes_equals_overlap_of_keys(lists):
    doc, sheet = lists
    for r in range(len(OURS)):
        sheet.getCellByPosition(4, r).setFormula(f'=ALLIANCE_ACCOUNT_HASH(A{r + 1}; "k3y")')
    for r in range(len(THEIRS)):
        sheet.getCellByPosition(5, r).setFormula(f'=ALLIANCE_ACCOUNT_HASH(B{r + 1}; "k3y")')
    doc.calculateAll()
    hashed = evaluate(doc, sheet, "=ALLIANCE_OVERLAP(E1:E8; F1:F7)")
    plain = evaluate(doc, sheet, "=ALLIANCE_OVERLAP(A1:A8; B1:B7)", where=(30, 1))
    assert hashed.getValue() == plain.getValue() == 4
    # the hash of a free-mail address is empty text, and matches nothing
    assert sheet.getCellByPosition(4, 4).getString() == ""


def test_bad_account_input(lists):
    doc, sheet = lists
    assert evaluate(doc, sheet, '=ALLIANCE_ACCOUNT_HASH("Acme"; "")').getError() == ERR_ILLEGAL_ARGUMENT
    put(sheet.getCellByPosition(1, 7), "=1/0")
    assert evaluate(doc, sheet, "=ALLIANCE_OVERLAP(A1:A8; B1:B8)").getError() == ERR_ILLEGAL_ARGUMENT
    # a list is a cell range: Calc refuses a text or an array in its place
    assert evaluate(doc, sheet, '=ALLIANCE_MATCH("Acme"; "Acme")').getError() == ERR_PARAMETER_LIST


def test_huge_and_odd_names_neither_crash_nor_hang(office, calc, sheet):
    put(sheet.getCellByPosition(0, 0), "Acme " * 20000)  # 100,000 characters
    # control characters and a replacement character, made in Calc itself
    put(sheet.getCellByPosition(0, 1), '=CHAR(1)&CHAR(7)&UNICHAR(65533)&" Inc"')
    put(sheet.getCellByPosition(0, 2), "株式会社 東京電機")
    put(sheet.getCellByPosition(0, 3), "Газпром ПАО")
    start = time.monotonic()
    for r in range(4):
        sheet.getCellByPosition(1, r).setFormula(f"=ALLIANCE_ACCOUNT_KEY(A{r + 1})")
    calc.calculateAll()
    assert time.monotonic() - start < 10
    assert sheet.getCellByPosition(1, 0).getError() == 0
    assert sheet.getCellByPosition(1, 2).getString() != ""
    assert sheet.getCellByPosition(1, 3).getString() != ""
    assert office.alive()


def _office_processes(root_pid):
    """The office's process and its children (soffice starts soffice.bin under it)."""
    pids, todo = [], [root_pid]
    while todo:
        pid = todo.pop()
        pids.append(pid)
        for entry in os.listdir("/proc"):
            if entry.isdigit():
                try:
                    with open("/proc/%s/stat" % entry) as f:
                        if int(f.read().rsplit(")", 1)[1].split()[1]) == pid:
                            todo.append(int(entry))
                except (OSError, ValueError, IndexError):
                    pass
    return pids


def _peak_memory_mib(office):
    """The largest resident size any of the office's processes has reached (VmHWM)."""
    peak = 0
    for pid in _office_processes(office._process.pid):
        try:
            with open("/proc/%d/status" % pid) as f:
                for line in f:
                    if line.startswith("VmHWM:"):
                        peak = max(peak, int(line.split()[1]) // 1024)
        except OSError:
            pass
    return peak


def _fill_column(sheet, column, texts):
    """Writes texts into a column from row 1, in one call."""
    sheet.getCellRangeByName("%s1:%s%d" % (column, column, len(texts))).setDataArray(
        tuple((t,) for t in texts))


@pytest.fixture()
def own_office():
    """An office of its own, so that its peak memory is this test's."""
    with Office(os.environ["ALLIANCE_TEST_PROFILE"]) as running:
        yield running


def test_whole_columns_and_a_whole_sheet_cost_what_they_hold(own_office):
    # 20,000 accounts in A, 20,000 in B (every other one shared), one far-away cell in the
    # sheet's last cell. Read as values, $A$1:$XFD$1048576 alone is 17 billion cells.
    doc = own_office.new_calc()
    try:
        lists = doc.Sheets.getByIndex(0)
        doc.Sheets.insertNewByName("Results", 1)
        results = doc.Sheets.getByName("Results")
        n = 20000
        _fill_column(lists, "A", ["Company %d GmbH" % i for i in range(n)])
        _fill_column(lists, "B", ["company %d" % (2 * i) for i in range(n)])
        lists.getCellRangeByName("XFD1048576").setString("Company 1 AG")
        results.getCellRangeByName("Z1:Z2").setDataArray((("Company 1",), ("company 19999",)))
        whole = "$Sheet1.$A$1:$XFD$1048576"
        formulas = {
            "A1": "=ALLIANCE_OVERLAP($Sheet1.A:A; $Sheet1.B:B)",
            "A2": "=ROWS(ALLIANCE_OVERLAP_LIST($Sheet1.A:A; $Sheet1.B:B))",
            "A3": "=ALLIANCE_OVERLAP(%s; Z1:Z2)" % whole,
            "A4": "=ALLIANCE_OVERLAP($Sheet1.XFD:XFD; $Sheet1.A:A)",
            "A5": '=ALLIANCE_MATCH("company 1"; %s)' % whole,
            "A6": '=ALLIANCE_MATCH("Company 1"; $Sheet1.XFD:XFD)',
            "A7": '=ALLIANCE_MATCH("company 39998"; $Sheet1.B:B)',
            "A8": "=ALLIANCE_OVERLAP(%s; %s)" % (whole, whole),
        }
        start = time.monotonic()
        for address, formula in formulas.items():
            results.getCellRangeByName(address).setFormula(formula)
        doc.calculateAll()
        seconds = time.monotonic() - start
        value = {a: results.getCellRangeByName(a).getValue() for a in formulas}
        assert value["A1"] == 10000
        assert value["A2"] == 10000
        assert value["A3"] == 2
        assert value["A4"] == 1
        assert value["A5"] == 16384 + 1          # A2, counted row by row over 16,384 columns
        assert value["A6"] == 1048576
        assert value["A7"] == 20000
        assert value["A8"] == 30000              # company 0 .. 39998 and the odd ones of A
        print("whole columns and a whole sheet: %.2f s, office peak %d MiB"
              % (seconds, _peak_memory_mib(own_office)))
        # Before: the whole sheet ran for minutes and took the office past 5 GB.
        assert seconds < 30, seconds
        assert _peak_memory_mib(own_office) < 1500, _peak_memory_mib(own_office)
    finally:
        doc.close(True)


def test_match_filled_down_a_whole_column_and_positions_after_an_inserted_row(calc):
    lists = calc.Sheets.getByIndex(0)
    calc.Sheets.insertNewByName("Lookups", 1)
    lookups = calc.Sheets.getByName("Lookups")
    _fill_column(lists, "B", ["Partner %d Ltd" % i for i in range(10000)])
    rows = 2000
    _fill_column(lookups, "A", ["partner %d" % (5 * i) for i in range(rows)])
    formulas = tuple(('=ALLIANCE_MATCH(A%d; $Sheet1.$B:$B)' % (r + 1),) for r in range(rows))
    start = time.monotonic()
    lookups.getCellRangeByName("B1:B%d" % rows).setFormulaArray(formulas)
    calc.calculateAll()
    seconds = time.monotonic() - start
    assert [lookups.getCellByPosition(1, r).getValue() for r in (0, 1, 1999)] == [1, 6, 9996]
    print("ALLIANCE_MATCH over $B:$B filled down %d rows: %.2f s" % (rows, seconds))
    assert seconds < 60, seconds  # was a third of a second a row: 11 minutes
    # One row inserted above the list: every position moves by one, though the list's
    # entries (and the index kept for them) are the same.
    lists.getRows().insertByIndex(0, 1)
    calc.calculateAll()
    assert [lookups.getCellByPosition(1, r).getValue() for r in (0, 1, 1999)] == [2, 7, 9997]
