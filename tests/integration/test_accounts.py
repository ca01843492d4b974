"""Account mapping in real Calc: keys, overlap, the overlap list as an array
result, match with #N/A, and hashed keys checked against Python's own HMAC."""

import hashlib
import hmac
import time

import pytest

from calc_helpers import ERR_ILLEGAL_ARGUMENT, ERR_NOT_AVAILABLE, ERR_PARAMETER_LIST, evaluate, put


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
    assert evaluate(doc, sheet, "=ALLIANCE_OVERLAP(A1:A8; B1:B8)").getError() == ERR_PARAMETER_LIST


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
