"""The office's UI language in real Calc: a German office shows the German
Function Wizard texts from the one function catalogue, an English office the
English ones, and in both the function names and the text results are the same."""

import os
import xml.etree.ElementTree as ET
import zipfile

import pytest

from calc_helpers import put_rows
from office import Office

OOR = "{http://openoffice.org/2001/registry}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def catalogue_texts(oxt, language):
    """{display name: (description, [(argument, help), ...])} in one language, read
    from the CalcAddIns.xcu the build generated into the package."""
    with zipfile.ZipFile(oxt) as z:
        root = ET.fromstring(z.read("CalcAddIns.xcu"))

    def text(node, prop):
        values = node.find("prop[@%sname='%s']" % (OOR, prop))
        for value in values.findall("value"):
            if value.get(XML_LANG, "").split("-")[0] == language:
                return value.text or ""
        raise AssertionError("no %s text for %s" % (language, prop))

    out = {}
    for function in root.iter("node"):
        if function.find("prop[@%sname='CompatibilityName']" % OOR) is None:
            continue
        parameters = function.find("node[@%sname='Parameters']" % OOR)
        arguments = [(p.get(OOR + "name"), text(p, "Description")) for p in parameters]
        name = function.find("prop[@%sname='DisplayName']/value" % OOR).text
        out[name] = (text(function, "Description"), arguments)
    return out


def wizard_texts(office, prefix="ALLIANCE_"):
    """What the Function Wizard shows for our functions, through the office's API."""
    descriptions = office.service("com.sun.star.sheet.FunctionDescriptions")
    out = {}
    for i in range(descriptions.getCount()):
        entry = {p.Name: p.Value for p in descriptions.getByIndex(i)}
        if entry["Name"].startswith(prefix):
            out[entry["Name"]] = (entry["Description"],
                                  [(a.Name, a.Description) for a in entry["Arguments"]])
    return out


@pytest.fixture(scope="module")
def german_office():
    with Office(os.environ["ALLIANCE_TEST_PROFILE"], ui_locale="de-DE") as running:
        # Calc's own functions show that the office really runs in German; without
        # the German langpack (Debian package libreoffice-l10n-de) it stays English.
        assert "SUMME" in wizard_texts(running, prefix="SUMME"), \
            "the office did not switch to German: is libreoffice-l10n-de installed?"
        yield running


def test_catalogue_has_both_languages(oxt):
    english = catalogue_texts(oxt, "en")
    german = catalogue_texts(oxt, "de")
    assert len(english) == 17
    assert sorted(german) == sorted(english)
    for name in english:
        assert german[name][0] != english[name][0], name
        assert [a for a, _ in german[name][1]] == [a for a, _ in english[name][1]], name


def test_german_office_shows_german_function_wizard(german_office, oxt):
    shown = wizard_texts(german_office)
    assert shown == catalogue_texts(oxt, "de")
    health, arguments = shown["ALLIANCE_HEALTH"]
    assert health.startswith("Gibt den Health-Score einer Allianz")
    assert arguments[0] == ("metrics", arguments[0][1])
    assert "Kennzahlen des Partners" in arguments[0][1]


def test_english_office_shows_english_function_wizard(office, oxt):
    shown = wizard_texts(office)
    assert shown == catalogue_texts(oxt, "en")
    assert shown["ALLIANCE_HEALTH"][0].startswith("Returns the health score of an alliance")


def results(office):
    """Text results and formulas of a small scorecard, as the office computes them."""
    doc = office.new_calc()
    try:
        sheet = doc.Sheets.getByIndex(0)
        put_rows(sheet, 0, 0, [["map_elements", 5], ["exec_signoff", "no"], ["trust", 4],
                               ["jbp", "yes"], ["exit_plan", "no"]])
        formulas = ["=ALLIANCE_STATUS(ALLIANCE_HEALTH(A1:B5))", "=ALLIANCE_WARNINGS(A1:B5)",
                    "=ALLIANCE_ACTION(40; 50; 3)", "=ALLIANCE_MATURITY_LEVEL(6)",
                    "=ALLIANCE_QBR_SUMMARY(A1:B5)", "=ALLIANCE_CHECK(A1:B5)",
                    '=IF(ALLIANCE_STATUS(80)="Green"; "same"; "different")']
        for row, formula in enumerate(formulas):
            sheet.getCellByPosition(3, row).setFormula(formula)
        doc.calculateAll()
        return [(sheet.getCellByPosition(3, row).getString(),
                 sheet.getCellByPosition(3, row).getPropertyValue("FormulaLocal"))
                for row in range(len(formulas))]
    finally:
        doc.close(True)


def test_names_and_results_are_the_same_in_both_languages(office, german_office):
    english = results(office)
    german = results(german_office)
    assert [text for text, _ in german] == [text for text, _ in english]
    assert english[0][0] == "Red"
    assert english[1][0] == "Strategic map incomplete; No executive sign-off; No exit plan"
    assert english[2][0] == "Exit review"
    assert english[3][0] == "Defined"
    assert english[4][0].startswith("Alliance health is ")
    assert english[5][0] == "OK"
    assert english[6][0] == "same"
    # The names people type are the same in the German office's formulas.
    for _, formula in german:
        assert "ALLIANCE_" in formula
