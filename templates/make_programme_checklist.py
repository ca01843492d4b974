"""Writes programme-checklist.fods, the alliance programme checklist template:
ten questions about how a company runs its alliances as a whole, answered
yes / partial / no, scored by ALLIANCE_MATURITY (0 to 10) and named by
ALLIANCE_MATURITY_LEVEL. Run with an office profile that has the extension
installed:

    python3 make_programme_checklist.py PROFILE_DIR programme-checklist.fods
    python3 make_programme_checklist.py PROFILE_DIR programme-checklist-de.fods de

The German variant has the same cells; its answers stay yes / partial / no, the
words ALLIANCE_MATURITY reads, and its level is the function's English word.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import template_helpers as t  # noqa: E402
from office import Office  # noqa: E402

LANGUAGES = ("en", "de")

# Every text of the checklist: key -> (English, German).
TEXTS = {
    "document title": ("Alliance programme checklist", "Checkliste Allianzprogramm"),
    "title": ("Alliance programme checklist", "Checkliste Allianzprogramm"),
    "guidance": (
        "Ten questions about how the company runs its alliances as a whole, not one "
        "partner. Answer each yes, partial or no in column C. Yes counts 1 and partial "
        "0.5, so the maturity score runs from 0 to 10; an unanswered question counts 0. "
        "Work on the questions answered no first: each is a known reason alliances fail.",
        "Zehn Fragen dazu, wie das Unternehmen seine Allianzen insgesamt führt, nicht eine "
        "einzelne Partnerschaft. Beantworten Sie jede Frage in Spalte C mit yes (ja), partial "
        "(teilweise) oder no (nein). Yes zählt 1, partial 0,5, der Reifegrad reicht also von 0 "
        "bis 10; eine offene Frage zählt 0. Gehen Sie zuerst die mit no beantworteten Fragen "
        "an: Jede ist ein bekannter Grund, an dem Allianzen scheitern."),
    "headings": (["#", "Question", "Answer", "What yes looks like", "Notes"],
                 ["#", "Frage", "Antwort", "So sieht ein Ja aus", "Notizen"]),
    "score": ("Maturity score (0 to 10)", "Reifegrad (0 bis 10)"),
    "level": ("Maturity level", "Reifestufe"),
    "answered": ("Questions answered", "Beantwortete Fragen"),
    "of 10": (" of 10", " von 10"),
    "levels": ("Levels: Ad hoc below 3, Developing below 5, Defined below 7, Managed below 9, "
               "Optimised from 9.",
               "Stufen: Ad hoc unter 3, Developing (im Aufbau) unter 5, Defined (festgelegt) "
               "unter 7, Managed (gesteuert) unter 9, Optimised (optimiert) ab 9."),
    # The question, and what a "yes" looks like in practice.
    "questions": ([
        ("Do partners and joint initiatives go through one formal, consistent process to "
         "qualify, develop and run them?",
         "A written playbook, from the first contact to the launch, that every alliance follows."),
        ("Does every new partner venture need a formal approval?",
         "A named person or board approves each venture against set criteria before money or "
         "people go in."),
        ("Are the roles and responsibilities of the internal stakeholders defined, written down "
         "and agreed?",
         "Sales, marketing, product, legal and finance know their part, and their heads signed "
         "it."),
        ("Are alliance managers treated as professionals, with a career path, training and "
         "development?",
         "Alliance roles with levels, a training budget and a development plan for each manager."),
        ("Is the company a member of the alliance professionals' association, with certified "
         "alliance professionals on staff?",
         "A current membership, and at least one certified professional in the team."),
        ("Are the alliance teams staffed with the right skills and experience?",
         "Each team has what its partners need: technical depth, selling, contracts."),
        ("Are alliances measured formally, and the results reported to executives?",
         "A scorecard per partner (such as the health score) reviewed by executives every "
         "quarter."),
        ("Do partners understand clearly what is expected of them?",
         "Each partner has its expectations in writing: targets, certifications, joint "
         "activities."),
        ("Do the most strategic partners have documented joint business plans and quarterly "
         "business reviews?",
         "A plan agreed with each top partner, inspected at a review held every quarter."),
        ("Are alliances managed as a portfolio, inspected periodically, with poor performers "
         "fixed or exited?",
         "A regular portfolio review that ends with an action for every partner: grow, sustain, "
         "fix or exit. No partner checks in and never checks out."),
    ], [
        ("Durchlaufen Partner und gemeinsame Initiativen einen einheitlichen, formalen Prozess, "
         "in dem sie qualifiziert, entwickelt und geführt werden?",
         "Ein schriftliches Vorgehensmodell vom ersten Kontakt bis zum Start, dem jede Allianz "
         "folgt."),
        ("Muss jedes neue Partnervorhaben formal genehmigt werden?",
         "Eine benannte Person oder ein Gremium genehmigt jedes Vorhaben nach festen Kriterien, "
         "bevor Geld oder Personal fließt."),
        ("Sind die Rollen und Zuständigkeiten der internen Beteiligten festgelegt, schriftlich "
         "festgehalten und abgestimmt?",
         "Vertrieb, Marketing, Produkt, Recht und Finanzen kennen ihren Teil, und ihre "
         "Leitungen haben ihn unterschrieben."),
        ("Werden Alliance Manager als Fachleute behandelt, mit Karrierepfad, Schulung und "
         "Weiterentwicklung?",
         "Allianzrollen mit Stufen, ein Schulungsbudget und ein Entwicklungsplan für jeden "
         "Manager."),
        ("Ist das Unternehmen Mitglied im Fachverband der Alliance-Professionals und "
         "beschäftigt es zertifizierte Alliance-Professionals?",
         "Eine laufende Mitgliedschaft und mindestens eine zertifizierte Fachkraft im Team."),
        ("Haben die Allianzteams die passenden Fähigkeiten und Erfahrungen?",
         "Jedes Team bringt mit, was seine Partner brauchen: technische Tiefe, Vertrieb, "
         "Verträge."),
        ("Werden Allianzen formal gemessen und die Ergebnisse an die Geschäftsleitung berichtet?",
         "Eine Scorecard je Partner (etwa der Health-Score), die die Geschäftsleitung jedes "
         "Quartal prüft."),
        ("Wissen die Partner genau, was von ihnen erwartet wird?",
         "Jeder Partner hat seine Erwartungen schriftlich: Ziele, Zertifizierungen, gemeinsame "
         "Aktivitäten."),
        ("Haben die strategisch wichtigsten Partner dokumentierte gemeinsame Geschäftspläne und "
         "Quartals-Reviews?",
         "Ein mit jedem Top-Partner abgestimmter Plan, der in einem Review jedes Quartal "
         "geprüft wird."),
        ("Werden Allianzen als Portfolio geführt, regelmäßig geprüft und schwache Partner "
         "saniert oder beendet?",
         "Ein regelmäßiges Portfolio-Review, das für jeden Partner mit einer Maßnahme endet: "
         "ausbauen, halten, sanieren oder beenden. Kein Partner kommt hinein und nie wieder "
         "heraus."),
    ]),
}


def texts(language):
    """The checklist's texts in one language: {key: text}."""
    index = LANGUAGES.index(language)
    return {key: pair[index] for key, pair in TEXTS.items()}


FIRST, LAST = 5, 14  # question rows


def checklist_sheet(doc, sheet, language="en"):
    s = texts(language)
    sheet.setName("Checklist")
    t.title(sheet, "A1", s["title"])
    t.widths(sheet, [800, 11000, 2600, 9000, 6000])
    t.guidance(sheet, "A2:E2", s["guidance"])
    t.headings(sheet, "A4", s["headings"])
    for i, (question, yes_looks_like) in enumerate(s["questions"]):
        row = FIRST + i
        t.value(sheet, f"A{row}", i + 1)
        t.text(sheet, f"B{row}", question)
        t.text(sheet, f"D{row}", yes_looks_like)
    answers = f"C{FIRST}:C{LAST}"
    t.inputs(sheet, answers)
    t.inputs(sheet, f"E{FIRST}:E{LAST}")
    t.choices(sheet, answers, ["yes", "partial", "no"])  # the words ALLIANCE_MATURITY reads

    t.text(sheet, "B16", s["score"], bold=True)
    t.formula(sheet, "C16", f'=IF(COUNTA({answers})=0;"";ALLIANCE_MATURITY({answers}))')
    t.text(sheet, "B17", s["level"], bold=True)
    t.formula(sheet, "C17", '=IF(C16="";"";ALLIANCE_MATURITY_LEVEL(C16))')
    t.text(sheet, "B18", s["answered"])
    t.formula(sheet, "C18", f'=COUNTA({answers})&"{s["of 10"]}"')
    t.results(sheet, "C16:C18")
    t.number_format(doc, sheet, "C16", "0.0")
    t.text(sheet, "B20", s["levels"])
    t.wrap(sheet, f"B{FIRST}:B{LAST}")
    t.wrap(sheet, f"D{FIRST}:E{LAST}")


def main():
    profile, output = sys.argv[1], sys.argv[2]
    language = sys.argv[3] if len(sys.argv) > 3 else "en"
    if language not in LANGUAGES:
        sys.exit("language must be one of " + ", ".join(LANGUAGES))
    with Office(profile) as office:
        doc = t.new_document(office)
        t.set_language(doc, language)
        checklist_sheet(doc, doc.Sheets.getByIndex(0), language)
        t.store(doc, output, texts(language)["document title"])
        doc.close(True)


if __name__ == "__main__":
    main()
