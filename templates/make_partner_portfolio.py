"""Writes partner-portfolio.fods, the partner portfolio template: one row per
partner with the contract's sixteen metrics and live formulas for health,
status, warning signs and action; a Settings sheet (dimension weights, status
bands, the current quarter); a History sheet of quarterly snapshots; and a Plan
sheet of the joint business plans' milestones. examples/make_sample_portfolio.py
fills the same layout with sample partners. Run with an office profile that has
the extension installed:

    python3 make_partner_portfolio.py PROFILE_DIR partner-portfolio.fods
    python3 make_partner_portfolio.py PROFILE_DIR partner-portfolio-de.fods de

The German variant has the same cells. It keeps in English what the functions,
the QBR generator and the workbook check read: the sheet names, the heading rows
of Portfolio, History and Plan (the metric names among them), the Current quarter
label on Settings, the answers yes and no, and the plan statuses. Its titles,
guidance, notes on the headings and the other Settings labels are German.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import template_helpers as t  # noqa: E402
from office import Office  # noqa: E402

LANGUAGES = ("en", "de")

# Row 4 of the Portfolio sheet. Columns B..Q are the contract's metrics in its order.
METRICS = ["Map elements", "Exec signoff", "Goal alignment", "Revenue target", "Revenue actual",
           "Pipeline", "Resources committed", "Resources actual", "Exec sponsor",
           "Sales sponsor", "Manager changes", "Trust", "JBP", "Days since QBR", "Exit plan",
           "Account conflicts"]
HEADER = ["Partner"] + METRICS + ["Previous health", "Quarters red", "Health", "Status",
                                  "Warning signs", "Action"]
YES_NO_COLUMNS = ["C", "J", "K", "N", "P"]
HEADER_ROW = 4
FIRST_ROW = 5  # the first partner row
ROWS = 50  # partner rows prepared with formulas

# Settings: the five dimensions' weights (their labels and meanings are in TEXTS).
# The Portfolio's formulas read B4:B8, B9 and B10.
WEIGHTS = [("Strategy", 0.25), ("Execution", 0.30), ("Commitment", 0.20), ("Trust", 0.15),
           ("Governance", 0.10)]
WEIGHTS_RANGE = "$Settings.$B$4:$B$8"
GREEN_AT = "$Settings.$B$9"
AMBER_AT = "$Settings.$B$10"
CURRENT_QUARTER = "2026-Q4"

HISTORY_HEADER = ["Quarter", "Partner", "Health", "Status", "Strategy", "Execution", "Commitment",
                  "Trust", "Governance", "Revenue target", "Revenue actual", "Pipeline"]
PLAN_HEADER = ["Partner", "Milestone", "Owner", "Due date", "Status"]
PLAN_STATUSES = ["Not started", "On track", "At risk", "Late", "Done"]  # formulas count them
HISTORY_ROWS = 400  # rows formatted for snapshots (a year of 100 partners)
PLAN_ROWS = 300

# Every text of the portfolio: key -> (English, German).
TEXTS = {
    "document title": ("Alliance partner portfolio", "Allianz-Partnerportfolio"),
    "title": ("Partner portfolio", "Partnerportfolio"),
    "guidance": (
        "One row per partner from row 5. Type the numbers into columns B to Q (yes or no "
        "where the column asks; leave a cell empty when you do not know). Health, Status, "
        "Warning signs and Action are computed: the weights and bands are on Settings, "
        "last quarters on History, the milestones of each joint business plan on Plan. "
        "Rest the pointer on a heading to see what it means.",
        "Ein Partner je Zeile ab Zeile 5. Tragen Sie die Zahlen in die Spalten B bis Q ein "
        "(yes oder no für ja oder nein, wo die Spalte danach fragt; lassen Sie eine Zelle leer, "
        "wenn der Wert unbekannt ist). Health (Health-Score), Status, Warning signs "
        "(Warnsignale) und Action (Maßnahme) werden berechnet: Gewichte und Schwellen stehen "
        "auf Settings, die Vorquartale auf History, die Meilensteine der gemeinsamen "
        "Geschäftspläne auf Plan. Die Spaltenköpfe bleiben englisch, weil die Funktionen sie "
        "lesen; zeigen Sie mit der Maus auf einen Spaltenkopf, um zu sehen, was er bedeutet."),
    # What each column holds, shown as a comment on its heading.
    "notes": ({
        "Partner": "The partner's name, one partner a row. Rows without metrics stay blank.",
        "Map elements": "How many of the 10 Shared Strategic Map elements both companies have "
                        "documented: 0 to 10.",
        "Exec signoff": "yes when the executives of both companies signed off the strategic "
                        "map.",
        "Goal alignment": "How closely the two companies' goals agree, 0 to 1 (the scorecard "
                          "template computes it from goals both sides rated).",
        "Revenue target": "Partner-sourced revenue target for the period.",
        "Revenue actual": "Partner-sourced revenue so far in the period.",
        "Pipeline": "Open joint pipeline.",
        "Resources committed": "People (or budget) the two companies committed to the "
                               "alliance.",
        "Resources actual": "People (or budget) in place now.",
        "Exec sponsor": "yes when a named executive sponsors the alliance.",
        "Sales sponsor": "yes when a named sales executive sponsors the joint initiatives.",
        "Manager changes": "Changes of alliance manager in the last 12 months.",
        "Trust": "Mean rating of the twelve trust principles by both companies, 1 to 5.",
        "JBP": "yes when a joint business plan is documented (milestones on the Plan sheet).",
        "Days since QBR": "Days since the last quarterly business review.",
        "Exit plan": "yes when the two companies agreed how to end the alliance cleanly.",
        "Account conflicts": "Accounts both companies claim as their own (the account mapping "
                             "template counts them).",
        "Previous health": "Last quarter's health (from the History sheet); a drop of 5 or "
                           "more turns Sustain into Fix.",
        "Quarters red": "Quarters in a row the partner has been Red, this one included; from 2 "
                        "on, a Red partner gets Exit review.",
        "Health": "0 to 100: the weighted mean of the five dimensions (weights on Settings).",
        "Status": "Green, Amber or Red by the bands on Settings.",
        "Warning signs": "The warning signs of a failing alliance that fire for this partner.",
        "Action": "The portfolio course correction: Grow, Sustain, Fix or Exit review.",
    }, {
        "Partner": "Name des Partners, ein Partner je Zeile. Zeilen ohne Kennzahlen bleiben "
                   "leer.",
        "Map elements": "Wie viele der 10 Elemente der gemeinsamen strategischen Landkarte "
                        "beide Unternehmen dokumentiert haben: 0 bis 10.",
        "Exec signoff": "yes, wenn die Geschäftsleitungen beider Unternehmen die strategische "
                        "Landkarte freigegeben haben.",
        "Goal alignment": "Wie gut die Ziele beider Unternehmen übereinstimmen, 0 bis 1 (die "
                          "Scorecard-Vorlage berechnet den Wert aus den Zielen, die beide "
                          "Seiten bewertet haben).",
        "Revenue target": "Umsatzziel aus dem Partnergeschäft für den Zeitraum.",
        "Revenue actual": "Bisheriger Umsatz aus dem Partnergeschäft im Zeitraum.",
        "Pipeline": "Offene gemeinsame Pipeline.",
        "Resources committed": "Personal (oder Budget), das beide Unternehmen der Allianz "
                               "zugesagt haben.",
        "Resources actual": "Personal (oder Budget), das jetzt tatsächlich bereitsteht.",
        "Exec sponsor": "yes, wenn eine namentlich benannte Führungskraft die Allianz "
                        "unterstützt.",
        "Sales sponsor": "yes, wenn eine namentlich benannte Vertriebsleitung die gemeinsamen "
                         "Initiativen unterstützt.",
        "Manager changes": "Wechsel des Alliance Managers in den letzten 12 Monaten.",
        "Trust": "Mittlere Bewertung der zwölf Vertrauensprinzipien durch beide Unternehmen, "
                 "1 bis 5.",
        "JBP": "yes, wenn ein gemeinsamer Geschäftsplan dokumentiert ist (Meilensteine auf dem "
               "Blatt Plan).",
        "Days since QBR": "Tage seit dem letzten Quartals-Review.",
        "Exit plan": "yes, wenn beide Unternehmen vereinbart haben, wie sich die Allianz "
                     "geordnet beenden lässt.",
        "Account conflicts": "Kunden, die beide Unternehmen für sich beanspruchen (die Vorlage "
                             "für den Kundenabgleich zählt sie).",
        "Previous health": "Health-Score des Vorquartals (aus dem Blatt History); ein Rückgang "
                           "um 5 oder mehr macht aus Sustain (halten) ein Fix (sanieren).",
        "Quarters red": "Wie viele Quartale in Folge der Partner Red (rot) war, dieses "
                        "eingeschlossen; ab 2 erhält ein roter Partner Exit review "
                        "(Ausstieg prüfen).",
        "Health": "Health-Score von 0 bis 100: der gewichtete Mittelwert der fünf Dimensionen "
                  "(Gewichte auf Settings).",
        "Status": "Green, Amber oder Red (grün, gelb, rot) nach den Schwellen auf Settings.",
        "Warning signs": "Die Warnsignale einer scheiternden Allianz, die bei diesem Partner "
                         "anschlagen.",
        "Action": "Die Maßnahme für das Portfolio: Grow (ausbauen), Sustain (halten), Fix "
                  "(sanieren) oder Exit review (Ausstieg prüfen).",
    }),
    "settings title": ("Settings", "Einstellungen"),
    "settings guidance": (
        "The weights of the five dimensions in the health score (numbers of 0 or more, "
        "not all 0; they need not add up to 1), the status bands, and the quarter the "
        "Portfolio shows. The Portfolio's formulas read these cells: change a value and "
        "every partner is scored again.",
        "Die Gewichte der fünf Dimensionen im Health-Score (Zahlen ab 0, nicht alle 0; sie "
        "müssen nicht 1 ergeben), die Statusschwellen und das Quartal, das das Portfolio "
        "zeigt. Die Formeln im Portfolio lesen diese Zellen: Ändern Sie einen Wert, wird "
        "jeder Partner neu bewertet."),
    "settings headings": (["Setting", "Value", "Meaning"],
                          ["Einstellung", "Wert", "Bedeutung"]),
    # The weights: label and meaning, in the order of WEIGHTS.
    "weights": ([
        ("Strategy", "Weight of strategy: Shared strategic map, executive sign-off, goal "
                     "alignment."),
        ("Execution", "Weight of execution: Revenue against target, and pipeline to cover "
                      "the rest."),
        ("Commitment", "Weight of commitment: Resources in place, executive and sales "
                       "sponsors, a steady manager."),
        ("Trust", "Weight of trust: The twelve trust principles, rated by both companies."),
        ("Governance", "Weight of governance: Joint business plan, recent QBR, an agreed exit "
                       "plan."),
    ], [
        ("Strategie", "Gewicht der Strategie: gemeinsame strategische Landkarte, Freigabe "
                      "durch die Geschäftsleitung, Zielübereinstimmung."),
        ("Umsetzung", "Gewicht der Umsetzung: Umsatz gegen Ziel und Pipeline für den Rest."),
        ("Engagement", "Gewicht des Engagements: bereitgestellte Ressourcen, Sponsoren in "
                       "Geschäftsleitung und Vertrieb, ein beständiger Manager."),
        ("Vertrauen", "Gewicht des Vertrauens: die zwölf Vertrauensprinzipien, von beiden "
                      "Unternehmen bewertet."),
        ("Steuerung", "Gewicht der Steuerung: gemeinsamer Geschäftsplan, aktuelles "
                      "Quartals-Review, vereinbarter Ausstiegsplan."),
    ]),
    "green at": ("Green at", "Green (grün) ab"),
    "green meaning": ("Health from this value on is Green.",
                      "Ein Health-Score ab diesem Wert ist Green (grün)."),
    "amber at": ("Amber at", "Amber (gelb) ab"),
    "amber meaning": ("Health from this value on (and below Green) is Amber; below it, Red.",
                      "Ein Health-Score ab diesem Wert (und unter Green) ist Amber (gelb); "
                      "darunter Red (rot)."),
    "quarter meaning": ("The quarter the Portfolio shows, written like 2026-Q4. At the end of "
                        "each quarter copy every partner's row to History, then move this on.",
                        "Das Quartal, das das Portfolio zeigt, geschrieben wie 2026-Q4. "
                        "Kopieren Sie am Ende jedes Quartals die Zeile jedes Partners nach "
                        "History und stellen Sie dann diesen Wert weiter."),
    "history guidance": (
        ("One row per partner per quarter, kept as values: at the end of a "
         "quarter, copy each partner's health, status, dimensions and revenue "
         "here (Paste Special > Values Only)."),
        ("Eine Zeile je Partner und Quartal, als Werte gespeichert: Kopieren Sie am Ende "
         "eines Quartals Health-Score, Status, Dimensionen und Umsatz jedes Partners hierher "
         "(Inhalte einfügen > Nur Werte einfügen).")),
    "history quarters": (
        ("Write the quarter as text, like 2026-Q3. The QBR workbooks compare "
         "each partner with its previous quarter and chart its quarters."),
        ("Schreiben Sie das Quartal als Text, etwa 2026-Q3. Die Quartals-Reviews vergleichen "
         "jeden Partner mit seinem Vorquartal und zeigen seine Quartale im Diagramm. Die "
         "Spaltenköpfe bleiben englisch: Die Reviews finden die Spalten über sie.")),
    "plan guidance": (
        ("The milestones of each partner's joint business plan, one a row: "
         "what, who owns it (name and company), when it is due, and where it "
         "stands."),
        ("Die Meilensteine des gemeinsamen Geschäftsplans jedes Partners, einer je Zeile: "
         "was, wer verantwortlich ist (Name und Unternehmen), bis wann und wie der Stand ist. "
         "Die Spaltenköpfe bleiben englisch: Die Quartals-Reviews finden die Spalten über "
         "sie.")),
    "plan statuses": (
        "Status: " + ", ".join(PLAN_STATUSES) + ". Review it at every QBR; "
        "a plan nobody inspects drifts.",
        "Status: Not started (nicht begonnen), On track (im Plan), At risk (gefährdet), Late "
        "(verspätet), Done (erledigt). Prüfen Sie den Plan in jedem Quartals-Review; ein Plan, "
        "den niemand prüft, läuft aus dem Ruder."),
}


def texts(language):
    """The portfolio's texts in one language: {key: text}."""
    index = LANGUAGES.index(language)
    return {key: pair[index] for key, pair in TEXTS.items()}


def row_formulas(row):
    """Health, Status, Warning signs and Action of one partner row; a row with
    no metric shows empty text, not an error."""
    metrics = f"B{row}:R{row}"
    labels = f"B${HEADER_ROW}:R${HEADER_ROW}"
    empty = f"COUNTA(B{row}:Q{row})=0"
    return [
        f'=IF({empty};"";ALLIANCE_HEALTH({metrics}; {labels}; {WEIGHTS_RANGE}))',
        f'=IF(T{row}="";"";ALLIANCE_STATUS(T{row}; {GREEN_AT}; {AMBER_AT}))',
        f'=IF({empty};"";ALLIANCE_WARNINGS({metrics}; {labels}))',
        f'=IF(T{row}="";"";ALLIANCE_ACTION(T{row}; R{row}; S{row}))',
    ]


def portfolio_sheet(doc, sheet, rows, heading, s):
    sheet.setName("Portfolio")
    t.title(sheet, "A1", heading)
    t.widths(sheet, [5600] + [2300] * 18 + [1900, 1900, 12000, 2500])
    t.guidance(sheet, "A2:K2", s["guidance"])
    t.headings(sheet, f"A{HEADER_ROW}", HEADER)  # English in every language: formulas read it
    for column, name in enumerate(HEADER):
        t.note(sheet, f"{chr(ord('A') + column)}{HEADER_ROW}", s["notes"][name])
    last = FIRST_ROW + rows - 1
    block = sheet.getCellRangeByName(f"T{FIRST_ROW}:W{last}")
    block.setFormulaArray(tuple(tuple(row_formulas(r)) for r in range(FIRST_ROW, last + 1)))
    t.inputs(sheet, f"A{FIRST_ROW}:S{last}")
    t.results(sheet, f"T{FIRST_ROW}:W{last}")
    for column in YES_NO_COLUMNS:
        t.choices(sheet, f"{column}{FIRST_ROW}:{column}{last}", ["yes", "no"])
    t.number_format(doc, sheet, f"T{FIRST_ROW}:T{last}", "0.0")
    t.number_format(doc, sheet, f"E{FIRST_ROW}:G{last}", "#,##0")
    t.status_colours(doc, sheet, f"U{FIRST_ROW}:U{last}")
    sheet.getCellRangeByName(f"B{HEADER_ROW}:W{HEADER_ROW}").setPropertyValue("IsTextWrapped",
                                                                            True)
    t.freeze(doc, sheet, 1, HEADER_ROW)


def settings_sheet(doc, sheet, s):
    t.title(sheet, "A1", s["settings title"])
    t.widths(sheet, [3800, 2500, 17000])
    t.guidance(sheet, "A2:C2", s["settings guidance"])
    t.headings(sheet, "A3", s["settings headings"])
    for i, ((_, weight), (label, meaning)) in enumerate(zip(WEIGHTS, s["weights"])):
        t.text(sheet, f"A{4 + i}", label)
        t.value(sheet, f"B{4 + i}", weight)
        t.text(sheet, f"C{4 + i}", meaning)
    t.text(sheet, "A9", s["green at"])
    t.value(sheet, "B9", 70)
    t.text(sheet, "C9", s["green meaning"])
    t.text(sheet, "A10", s["amber at"])
    t.value(sheet, "B10", 50)
    t.text(sheet, "C10", s["amber meaning"])
    t.text(sheet, "A11", "Current quarter")  # English in every language: the QBRs find it
    t.text(sheet, "B11", CURRENT_QUARTER)
    t.text(sheet, "C11", s["quarter meaning"])
    t.inputs(sheet, "B4:B11")


def history_sheet(doc, sheet, s):
    t.headings(sheet, "A1", HISTORY_HEADER)
    last = 1 + HISTORY_ROWS
    t.number_format(doc, sheet, f"C2:C{last}", "0.0")
    t.number_format(doc, sheet, f"E2:I{last}", "0.0")
    t.number_format(doc, sheet, f"J2:L{last}", "#,##0")
    t.number_format(doc, sheet, f"A2:A{last}", "@")  # quarters stay text: 2026-Q3
    t.status_colours(doc, sheet, f"D2:D{last}")
    t.guidance(sheet, "N2", s["history guidance"])
    t.guidance(sheet, "N3", s["history quarters"])
    t.widths(sheet, [2200, 5600] + [2300] * 10 + [600, 16000])
    t.freeze(doc, sheet, 0, 1)


def plan_sheet(doc, sheet, s):
    t.headings(sheet, "A1", PLAN_HEADER)
    last = 1 + PLAN_ROWS
    t.number_format(doc, sheet, f"D2:D{last}", "YYYY-MM-DD")
    t.choices(sheet, f"E2:E{last}", PLAN_STATUSES)
    t.guidance(sheet, "G2", s["plan guidance"])
    t.guidance(sheet, "G3", s["plan statuses"])
    t.widths(sheet, [5600, 8000, 4500, 2600, 2600, 600, 16000])
    t.freeze(doc, sheet, 0, 1)


def build(doc, rows=ROWS, heading=None, language="en"):
    """Lays out the four sheets of the portfolio in a new spreadsheet, in
    `language`; heading replaces the title in A1."""
    s = texts(language)
    sheets = doc.Sheets
    for i, name in enumerate(["Settings", "History", "Plan"]):
        sheets.insertNewByName(name, 1 + i)  # first: the Portfolio's formulas name Settings
    portfolio_sheet(doc, sheets.getByIndex(0), rows, heading or s["title"], s)
    settings_sheet(doc, sheets.getByName("Settings"), s)
    history_sheet(doc, sheets.getByName("History"), s)
    plan_sheet(doc, sheets.getByName("Plan"), s)


def main():
    profile, output = sys.argv[1], sys.argv[2]
    language = sys.argv[3] if len(sys.argv) > 3 else "en"
    if language not in LANGUAGES:
        sys.exit("language must be one of " + ", ".join(LANGUAGES))
    with Office(profile) as office:
        doc = t.new_document(office)
        t.set_language(doc, language)
        build(doc, language=language)
        t.store(doc, output, texts(language)["document title"])
        doc.close(True)


if __name__ == "__main__":
    main()
