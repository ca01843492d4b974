"""alliancecalc qbr --language de against a real headless office: the German
review holds German titles, labels, course corrections and summary, the words the
functions compute stay the contract's English, and every number is the one the
English review shows for the same partner."""

import os

import pytest

from test_qbr import PARTNERS, WARNINGS_STRUGGLING, make_portfolio, qbr_path, run

BINARY = os.environ.get("ALLIANCECALC", "")
PROFILE = os.environ.get("ALLIANCE_TEST_PROFILE", "")
NUMBER_AREAS = ["B8:C23", "H5:H20", "J5:N12"]  # the review's numbers, computed or written


def setup_module():
    if not os.access(BINARY, os.X_OK) or not os.path.isdir(PROFILE):
        pytest.exit("ALLIANCECALC and ALLIANCE_TEST_PROFILE must be set; run through ctest",
                    returncode=2)


@pytest.fixture(scope="module")
def office():
    from office import Office
    with Office(PROFILE) as running:
        yield running


@pytest.fixture(scope="module")
def reviews(office, tmp_path_factory):
    """The same portfolio reviewed in English and in German."""
    folder = tmp_path_factory.mktemp("qbr-de")
    source = str(folder / "portfolio.ods")
    make_portfolio(office, source)
    out = {}
    for language in ("en", "de"):
        out[language] = folder / language
        out[language].mkdir()
        result = run("qbr", source, "--all", "--language", language, "--out", str(out[language]))
        assert result.returncode == 0, result.stderr
    return out


def read(office, path):
    """Texts, numbers and error cells of a review, reopened from its file."""
    doc = office.open(path, ReadOnly=True)
    try:
        doc.calculateAll()
        sheet = doc.Sheets.getByName("QBR")
        cell = sheet.getCellRangeByName
        numbers = []
        for area in NUMBER_AREAS:
            block = cell(area)
            for row in block.getDataArray():
                numbers.append([v if isinstance(v, float) else None for v in row])
        cursor = sheet.createCursor()
        cursor.gotoEndOfUsedArea(False)
        used = cursor.getRangeAddress()
        errors = [sheet.getCellByPosition(c, r).AbsoluteName
                  for r in range(used.EndRow + 1) for c in range(used.EndColumn + 1)
                  if sheet.getCellByPosition(c, r).getError() != 0]
        return {
            "title": cell("A1").getString(),
            "labels": [cell(a).getString() for a in ("A8", "A10", "A15", "A25", "A28", "B29",
                                                     "A45", "A60", "G4")],
            "metric_names": [cell(f"G{r}").getString() for r in range(5, 21)],
            "computed_words": [cell(a).getString() for a in ("B9", "C9", "B15")],
            "summary": cell("A26").getString(),
            "summary_type": cell("A26").getType().value,
            "live_summary": cell("G23").getString(),
            "warnings": [cell(f"A{r}").getString() for r in range(30, 40)
                         if cell(f"A{r}").getString()],
            "corrections": [cell(f"B{r}").getString() for r in range(30, 40)
                            if cell(f"B{r}").getString()],
            "milestone": cell("A47").getString(),
            "numbers": numbers,
            "errors": errors,
            "title_of_document": doc.getDocumentProperties().Title,
        }
    finally:
        doc.close(True)


@pytest.mark.parametrize("partner", [p[0] for p in PARTNERS])
def test_german_review_has_the_english_reviews_numbers(office, reviews, partner):
    english = read(office, qbr_path(reviews["en"], partner))
    german = read(office, qbr_path(reviews["de"], partner))
    assert german["numbers"] == english["numbers"]
    assert any(v is not None for row in german["numbers"] for v in row)
    # Status and action are function results: the contract's words in both.
    assert german["computed_words"] == english["computed_words"]
    assert german["metric_names"] == english["metric_names"]  # the functions match these
    assert german["errors"] == [] and english["errors"] == []
    # The summary is the generator's paragraph, as text, in both; the function's live
    # English paragraph is beside the metrics, and says the same with these Settings.
    assert german["live_summary"] == english["live_summary"] == english["summary"]
    assert german["summary_type"] == english["summary_type"] == "TEXT"


def test_german_review_texts(office, reviews):
    q = read(office, qbr_path(reviews["de"], "Northwind Systems"))
    assert q["title"] == "Quartals-Review: Northwind Systems, 2026-Q4"
    assert q["labels"] == ["Health-Score", "Strategie", "Maßnahme", "Zusammenfassung",
                           "Warnsignale und Gegenmaßnahmen", "Gegenmaßnahme",
                           "Meilensteine des gemeinsamen Geschäftsplans",
                           "Zusagen für das nächste Quartal", "Kennzahl"]
    assert q["summary"].startswith(
        "Der Health-Score der Allianz liegt bei 95 (grün), 5 Punkte mehr als im Vorquartal (90).")
    assert q["summary"].endswith("Kein Warnsignal schlägt an.")
    assert q["warnings"] == ["Kein Warnsignal schlägt an."]
    # A German office lists the German template by this title.
    assert q["title_of_document"] == "Allianz-Quartals-Review"


def test_german_course_corrections_keep_the_contracts_warning_titles(office, reviews):
    english = read(office, qbr_path(reviews["en"], "=1+1"))
    german = read(office, qbr_path(reviews["de"], "=1+1"))
    assert german["warnings"] == english["warnings"] == WARNINGS_STRUGGLING
    assert len(german["corrections"]) == len(english["corrections"])
    for de, en in zip(german["corrections"], english["corrections"]):
        assert de and de != en
    assert "Warnsignale: " + "; ".join(WARNINGS_STRUGGLING) + "." in german["summary"]
    fallback = read(office, qbr_path(reviews["de"], "@SUM(1)"))
    assert fallback["milestone"] == "Für diesen Partner ist kein Meilenstein erfasst."


def test_english_stays_the_default(office, reviews):
    q = read(office, qbr_path(reviews["en"], "Northwind Systems"))
    assert q["title"] == "Quarterly business review: Northwind Systems, 2026-Q4"
    assert q["summary"].startswith("Alliance health is 95 (Green)")


def test_language_option_is_checked_and_documented(office, tmp_path):
    source = str(tmp_path / "portfolio.ods")
    make_portfolio(office, source)
    r = run("qbr", source, "--all", "--language", "fr", "--out", str(tmp_path))
    assert r.returncode == 2 and "--language fr" in r.stderr
    assert not [n for n in os.listdir(tmp_path) if n.endswith("QBR 2026-Q4.ods")]
    helped = run("qbr", "--help")
    assert helped.returncode == 0 and "--language" in helped.stdout
