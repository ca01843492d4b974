"""alliancecalc qbr --language de against a real headless office: the German
review holds German titles, labels, course corrections and summary, the words the
functions compute stay the contract's English, and every number is the one the
English review shows for the same partner."""

import os

import pytest

from test_qbr import PARTNERS, WARNINGS_STRUGGLING, make_portfolio, qbr_path, rows_below, run

BINARY = os.environ.get("ALLIANCECALC", "")
PROFILE = os.environ.get("ALLIANCE_TEST_PROFILE", "")
# The review's numbers, computed or written: on the review (the internal version's
# rows) and on the workings.
NUMBER_AREAS = [(0, "B7:D24"), (1, "B5:B29"), (1, "D5:H12")]
INTERNAL = " internal"


def setup_module():
    if not os.access(BINARY, os.X_OK) or not os.path.isdir(PROFILE):
        pytest.exit("ALLIANCECALC and ALLIANCE_TEST_PROFILE must be set; run through ctest",
                    returncode=2)


@pytest.fixture(scope="module")
def reviews(office, tmp_path_factory):
    """The same portfolio reviewed in English and in German, our internal
    preparation (de, en) and the review for the partner (de-partner)."""
    folder = tmp_path_factory.mktemp("qbr-de")
    source = str(folder / "portfolio.ods")
    make_portfolio(office, source)
    out = {}
    for key, language, extra in (("en", "en", ["--internal"]), ("de", "de", ["--internal"]),
                                 ("de-partner", "de", [])):
        out[key] = folder / key
        out[key].mkdir()
        result = run("qbr", source, "--all", "--language", language, "--out", str(out[key]),
                     *extra)
        assert result.returncode == 0, result.stderr
    return out


def read(office, path):
    """Texts, numbers and error cells of a review, reopened from its file."""
    doc = office.open(path, ReadOnly=True)
    try:
        doc.calculateAll()
        sheet = doc.Sheets.getByName("QBR")
        work = doc.Sheets.getByIndex(1)
        cell = sheet.getCellRangeByName
        numbers = []
        for index, area in NUMBER_AREAS:
            block = doc.Sheets.getByIndex(index).getCellRangeByName(area)
            for row in block.getDataArray():
                numbers.append([v if isinstance(v, float) else None for v in row])
        errors = []
        for s in (sheet, work):
            cursor = s.createCursor()
            cursor.gotoEndOfUsedArea(False)
            used = cursor.getRangeAddress()
            # J5:L9 of the workings: #N/A where a dimension has no score, a gap in
            # the chart drawn from them, not an error.
            errors += [s.getCellByPosition(c, r).AbsoluteName
                       for r in range(used.EndRow + 1) for c in range(used.EndColumn + 1)
                       if s.getCellByPosition(c, r).getError() != 0
                       and not (s == work and 9 <= c <= 11 and 4 <= r <= 8)]
        column = [cell(f"A{r}").getString() for r in range(1, 120)]
        internal = cell("A14").getString() in ("Action", "Maßnahme")
        heading = cell("A30" if internal else "A28").getString()
        _, topics = rows_below(sheet, heading, "AB")
        milestones_heading = [t for t in column if t.startswith(("Joint", "Meilensteine"))][0]
        _, milestones = rows_below(sheet, milestones_heading, "ABCD")
        return {
            "title": cell("A1").getString(),
            "labels": [cell(a).getString() for a in ("A7", "A9", "A14", "A27")] + [
                heading, cell("B31" if internal else "B29").getString()]
            + [milestones_heading, [t for t in column if t.startswith(("Commitments for",
                                                                        "Zusagen für"))][0],
               work.getCellRangeByName("A4").getString()],
            "metric_names": [work.getCellRangeByName(f"A{r}").getString() for r in range(5, 21)],
            "computed_words": [cell(a).getString() for a in ("B8", "C8", "B14")],
            "summary": cell("A28" if internal else "A26").getString(),
            "summary_type": cell("A28" if internal else "A26").getType().value,
            "live_summary": work.getCellRangeByName("A32").getString(),
            "warnings": [t[0] for t in topics],
            "corrections": [t[1] for t in topics if t[1]],
            "milestone": milestones[0][1],
            "numbers": numbers,
            "errors": errors,
            "title_of_document": doc.getDocumentProperties().Title,
        }
    finally:
        doc.close(True)


@pytest.mark.parametrize("partner", [p[0] for p in PARTNERS])
def test_german_review_has_the_english_reviews_numbers(office, reviews, partner):
    english = read(office, qbr_path(reviews["en"], partner, INTERNAL))
    german = read(office, qbr_path(reviews["de"], partner, INTERNAL))
    assert german["numbers"] == english["numbers"]
    assert any(v is not None for row in german["numbers"] for v in row)
    # Status and action are function results: the contract's words in both.
    assert german["computed_words"] == english["computed_words"]
    assert german["metric_names"] == english["metric_names"]  # the functions match these
    assert german["errors"] == [] and english["errors"] == []
    # The summary is the generator's paragraph, as text, in both; the function's live
    # English paragraph is on the workings, and says the same with these Settings.
    assert german["live_summary"] == english["live_summary"] == english["summary"]
    assert german["summary_type"] == english["summary_type"] == "TEXT"


def test_german_review_texts(office, reviews):
    q = read(office, qbr_path(reviews["de"], "Northwind Systems", INTERNAL))
    assert q["title"] == "Quartals-Review: Northwind Systems, 2026-Q4"
    assert q["labels"] == ["Health-Score", "Strategie", "Maßnahme", "Zusammenfassung",
                           "Warnsignale und unsere Gegenmaßnahmen", "Unsere Gegenmaßnahme",
                           "Meilensteine des gemeinsamen Geschäftsplans",
                           "Zusagen für das nächste Quartal", "Kennzahl"]
    assert q["summary"].startswith(
        "Der Health-Score der Allianz liegt bei 95 (grün), 5 Punkte mehr als im Vorquartal (90).")
    assert q["summary"].endswith("Kein Warnsignal schlägt an.")
    assert q["warnings"] == ["Kein Warnsignal schlägt an."]
    # A German office lists the German template by this title.
    assert q["title_of_document"] == "Allianz-Quartals-Review"


def test_german_course_corrections_keep_the_contracts_warning_titles(office, reviews):
    english = read(office, qbr_path(reviews["en"], "=1+1", INTERNAL))
    german = read(office, qbr_path(reviews["de"], "=1+1", INTERNAL))
    assert german["warnings"] == english["warnings"] == WARNINGS_STRUGGLING
    assert len(german["corrections"]) == len(english["corrections"])
    for de, en in zip(german["corrections"], english["corrections"]):
        assert de and de != en
    assert "Warnsignale: " + "; ".join(WARNINGS_STRUGGLING) + "." in german["summary"]
    fallback = read(office, qbr_path(reviews["de"], "@SUM(1)", INTERNAL))
    assert fallback["milestone"] == "Für diesen Partner ist kein Meilenstein erfasst."


def test_german_review_for_the_partner_names_joint_topics(office, reviews):
    q = read(office, qbr_path(reviews["de-partner"], "=1+1"))
    assert q["labels"][4] == "Themen dieses Reviews"
    assert "Personal und Budget für den Plan" in q["warnings"]  # W06
    assert not set(q["warnings"]) & set(WARNINGS_STRUGGLING)
    assert q["summary"].endswith("6 Themen unten brauchen eine gemeinsame Kurskorrektur.")
    assert q["live_summary"] == ""  # the English paragraph names the verdicts


def test_english_stays_the_default(office, reviews):
    q = read(office, qbr_path(reviews["en"], "Northwind Systems", INTERNAL))
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


def test_german_reviews_print_on_two_pages_and_only_ours_holds_our_verdicts(tmp_path):
    """Maple Ridge IT (Red, exit review) in German, for the partner and for us: both
    on at most two pages under a German header, the verdicts in ours only. The pages
    are rendered to PNG beside the PDFs, to be looked at."""
    import re
    import subprocess
    from test_qbr import SAMPLE
    texts = {}
    for version, extra, suffix in (("partner", [], ""), ("internal", ["--internal"], " internal")):
        out = tmp_path / version
        r = run("qbr", SAMPLE, "--partner", "Maple Ridge IT", "--language", "de", "--pdf",
                "--out", str(out), *extra)
        assert r.returncode == 0, r.stderr
        pdf = qbr_path(out, "Maple Ridge IT", suffix)[:-4] + ".pdf"
        info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True, check=True)
        assert int(re.search(r"^Pages:\s+(\d+)", info.stdout, re.M).group(1)) <= 2
        subprocess.run(["pdftoppm", "-r", "60", "-png", pdf, pdf[:-4]], check=True)
        texts[version] = re.sub(r"\s+", " ", subprocess.run(
            ["pdftotext", "-raw", pdf, "-"], capture_output=True, text=True, check=True).stdout)
    for text in texts.values():
        assert "Seite 1 von 2" in text and "Aurora Software · Maple Ridge IT" in text
        assert "Reset workshop with both executive sponsors" in text  # the plan, in full
    verdicts = ["Exit review", "Quartale rot", "Fragen für das Gespräch", "Interne Vorbereitung",
                "Resources withdrawn", "Unsere Gegenmaßnahme"]
    assert not [v for v in verdicts if v in texts["partner"]]
    assert all(v in texts["internal"] for v in verdicts)
    assert "Personal und Budget für den Plan" in texts["partner"]  # W06, as a joint topic
