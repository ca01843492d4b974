"""Writes partner-scorecard.fods, the partner scorecard template: one partner in
depth. The Scorecard sheet holds the metrics block (names in A9:A24, values in
B9:B24) and its results: health, status, the five dimensions, the warning signs,
ALLIANCE_CHECK's verdict and a paragraph for the QBR. Four sheets feed it: the
Shared Strategic Map (map_elements, exec_signoff), the twelve trust principles
rated by both companies (trust, and the perception gap between the two), the
goals rated by both (goal_alignment), and the joint business plan. Run with an
office profile that has the extension installed:

    python3 make_partner_scorecard.py PROFILE_DIR partner-scorecard.fods
    python3 make_partner_scorecard.py PROFILE_DIR partner-scorecard-de.fods de

The German variant has the same cells. It keeps in English what the functions
and formulas read: the sheet names, the metric names (A9:A24), the answers yes
and no, and the plan statuses the summary counts.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import template_helpers as t  # noqa: E402
from office import Office  # noqa: E402

LANGUAGES = ("en", "de")

BLOCK = "$A$9:$B$24"  # metric names and values
FIRST_METRIC = 9
ANY_KNOWN = "SUMPRODUCT(LEN($B$9:$B$24))>0"  # some metric has a value

# Metric name (the contract's: the functions match it) and where its value comes
# from (a formula) or None (typed in). How to fill each in is in TEXTS["metric help"].
METRICS = [
    ("Map elements", "=$'Strategic map'.$E$22"),
    ("Exec signoff", "=$'Strategic map'.$E$23"),
    ("Goal alignment", "=$Goals.$E$17"),
    ("Revenue target", None),
    ("Revenue actual", None),
    ("Pipeline", None),
    ("Resources committed", None),
    ("Resources actual", None),
    ("Exec sponsor", None),
    ("Sales sponsor", None),
    ("Manager changes", None),
    ("Trust", "=$Trust.$E$18"),
    ("JBP", None),
    ("Days since QBR", None),
    ("Exit plan", None),
    ("Account conflicts", None),
]
YES_NO = ["Exec sponsor", "Sales sponsor", "JBP", "Exit plan"]

PLAN_STATUSES = ["Not started", "On track", "At risk", "Late", "Done"]  # the summary counts them
PLAN_ROWS = 30
DIMENSIONS = ["Strategy", "Execution", "Commitment", "Trust", "Governance"]

# Every text of the scorecard: key -> (English, German).
TEXTS = {
    "document title": ("Alliance partner scorecard", "Allianz-Partner-Scorecard"),
    "title": ("Partner scorecard", "Partner-Scorecard"),
    "guidance": (
        "One partner in depth. Work through the Strategic map, Trust and Goals sheets "
        "with the partner: they fill the values marked \"From ...\" below. Type the other "
        "values into the yellow cells (numbers, or yes / no); an empty cell means not "
        "known. The results on the right follow at once; if one shows an error, Check "
        "says why.",
        "Ein Partner im Detail. Bearbeiten Sie die Blätter Strategic map, Trust und Goals "
        "gemeinsam mit dem Partner: Sie liefern die unten mit \"Aus ...\" markierten Werte. "
        "Tragen Sie die übrigen Werte in die gelben Zellen ein (Zahlen oder yes / no für ja / "
        "nein); eine leere Zelle bedeutet unbekannt. Die Ergebnisse rechts folgen sofort; "
        "zeigt eines einen Fehler, nennt Prüfung den Grund."),
    "header rows": ([
        ("Partner", "The partner's name."),
        ("Quarter", "The quarter this scorecard is for, like 2026-Q4."),
        ("Previous health", "Last quarter's health, for the change the summary reports."),
    ], [
        ("Partner", "Name des Partners."),
        ("Quartal", "Das Quartal dieser Scorecard, etwa 2026-Q4."),
        ("Health-Score Vorquartal", "Der Health-Score des letzten Quartals, für die "
                                   "Veränderung, die die Zusammenfassung nennt."),
    ]),
    "metric headings": (["Metric", "Value", "How to fill it in"],
                        ["Kennzahl", "Wert", "So füllen Sie sie aus"]),
    # How to fill in each metric, in the order of METRICS.
    "metric help": ([
        "From the Strategic map sheet: the elements both companies say are documented.",
        "From the Strategic map sheet: yes when both companies' executives signed it off.",
        "From the Goals sheet: how closely the two companies rate the same goals, 0 to 1.",
        "Partner-sourced revenue target for the period.",
        "Partner-sourced revenue so far in the period.",
        "Open joint pipeline.",
        "People (or budget) the two companies committed.",
        "People (or budget) in place now.",
        "yes when a named executive sponsors the alliance.",
        "yes when a named sales executive sponsors the joint initiatives.",
        "Changes of alliance manager in the last 12 months.",
        "From the Trust sheet: the mean of both companies' ratings, 1 to 5.",
        "yes when the joint business plan (Plan sheet) is written down and agreed.",
        "Days since the last quarterly business review.",
        "yes when the two companies agreed how to end the alliance cleanly.",
        "Accounts both companies claim as their own (the account mapping template counts "
        "them).",
    ], [
        "Aus dem Blatt Strategic map: die Elemente, die laut beiden Unternehmen dokumentiert "
        "sind.",
        "Aus dem Blatt Strategic map: yes, wenn die Geschäftsleitungen beider Unternehmen "
        "sie freigegeben haben.",
        "Aus dem Blatt Goals: wie ähnlich beide Unternehmen dieselben Ziele bewerten, 0 bis 1.",
        "Umsatzziel aus dem Partnergeschäft für den Zeitraum.",
        "Bisheriger Umsatz aus dem Partnergeschäft im Zeitraum.",
        "Offene gemeinsame Pipeline.",
        "Personal (oder Budget), das beide Unternehmen zugesagt haben.",
        "Personal (oder Budget), das jetzt tatsächlich bereitsteht.",
        "yes, wenn eine namentlich benannte Führungskraft die Allianz unterstützt.",
        "yes, wenn eine namentlich benannte Vertriebsleitung die gemeinsamen Initiativen "
        "unterstützt.",
        "Wechsel des Alliance Managers in den letzten 12 Monaten.",
        "Aus dem Blatt Trust: der Mittelwert der Bewertungen beider Unternehmen, 1 bis 5.",
        "yes, wenn der gemeinsame Geschäftsplan (Blatt Plan) schriftlich vorliegt und "
        "abgestimmt ist.",
        "Tage seit dem letzten Quartals-Review.",
        "yes, wenn beide Unternehmen vereinbart haben, wie sich die Allianz geordnet beenden "
        "lässt.",
        "Kunden, die beide Unternehmen für sich beanspruchen (die Vorlage für den "
        "Kundenabgleich zählt sie).",
    ]),
    "result headings": (["Result", "Value"], ["Ergebnis", "Wert"]),
    "Health": ("Health", "Health-Score"),
    "Status": ("Status", "Status"),
    "Strategy": ("Strategy", "Strategie"),
    "Execution": ("Execution", "Umsetzung"),
    "Commitment": ("Commitment", "Engagement"),
    "Trust": ("Trust", "Vertrauen"),
    "Governance": ("Governance", "Steuerung"),
    "not known": ("not known", "nicht bekannt"),
    "Warning signs": ("Warning signs", "Warnsignale"),
    "Trust perception gap": ("Trust perception gap", "Wahrnehmungslücke Vertrauen"),
    "Check": ("Check", "Prüfung"),
    "nothing to check": ("Nothing to check yet: fill in the metrics.",
                         "Noch nichts zu prüfen: Tragen Sie die Kennzahlen ein."),
    "QBR summary": ("QBR summary", "Zusammenfassung für das Review"),
    "gap note": ("Trust perception gap: how closely the two companies' trust ratings "
                 "agree (1: the same, 0: opposite). Below about 0.8, talk about the "
                 "principles with the largest gaps.",
                 "Wahrnehmungslücke Vertrauen: wie weit die Vertrauensbewertungen beider "
                 "Unternehmen übereinstimmen (1: gleich, 0: gegensätzlich). Liegt sie unter etwa "
                 "0,8, sprechen Sie über die Prinzipien mit den größten Abständen."),

    "map title": ("Shared Strategic Map", "Gemeinsame strategische Landkarte"),
    "map guidance": (
        "Draft the map with the partner, and have both companies' senior leaders discuss "
        "it openly. For each element, each company answers yes when it is documented. An "
        "element counts when both say yes. Both executive sponsors then sign the map off; "
        "until they do, the alliance should not move forward.",
        "Entwerfen Sie die Landkarte mit dem Partner und lassen Sie die oberen Führungskräfte "
        "beider Unternehmen offen darüber sprechen. Für jedes Element antwortet jedes "
        "Unternehmen mit yes (ja), wenn es dokumentiert ist. Ein Element zählt, wenn beide yes "
        "sagen. Danach geben beide Executive Sponsors die Landkarte frei; bis dahin sollte die "
        "Allianz nicht weiter vorangetrieben werden."),
    "map headings": (["#", "Element", "Documented: our view", "Documented: their view",
                      "Both agree", "Where it is written down"],
                     ["#", "Element", "Dokumentiert: unsere Sicht", "Dokumentiert: Partnersicht",
                      "Beide einig", "Wo es festgehalten ist"]),
    "map elements": ([
        "Alliance team members on both sides",
        "Vision, strategy and mission of the alliance",
        "What draws the two companies together",
        "Value proposition to the customer",
        "Opportunities to work together, and the liabilities they could bring",
        "How well the two companies' goals fit",
        "Possible joint solutions",
        "Target accounts",
        "How delivery, service and support will work",
        "What success means: metrics and milestones",
    ], [
        "Mitglieder des Allianzteams auf beiden Seiten",
        "Vision, Strategie und Mission der Allianz",
        "Was die beiden Unternehmen zusammenführt",
        "Nutzenversprechen für den Kunden",
        "Chancen der Zusammenarbeit und die Risiken, die sie mit sich bringen können",
        "Wie gut die Ziele beider Unternehmen zusammenpassen",
        "Mögliche gemeinsame Lösungen",
        "Zielkunden",
        "Wie Lieferung, Service und Support ablaufen",
        "Was Erfolg bedeutet: Kennzahlen und Meilensteine",
    ]),
    "signoff": ("Executive sign-off", "Freigabe durch die Geschäftsleitung"),
    "signoff headings": (["Sponsor", "Name", "Signed off", "Date"],
                         ["Sponsor", "Name", "Freigegeben", "Datum"]),
    "our sponsor": ("Our executive sponsor", "Unser Executive Sponsor"),
    "their sponsor": ("Their executive sponsor", "Executive Sponsor des Partners"),
    "elements both": ("Elements documented by both (map elements)",
                      "Von beiden dokumentierte Elemente (map elements)"),
    "signed both": ("Signed off by both executives (exec signoff)",
                    "Von beiden Geschäftsleitungen freigegeben (exec signoff)"),

    "trust title": ("Twelve principles of trust", "Zwölf Prinzipien des Vertrauens"),
    "trust guidance": (
        "Trust has two parts: trust in the partner's competence, and in its intentions. "
        "Each company rates every principle on its own, from 1 (not at all) to 5 (fully), "
        "before the two compare. Trust is the mean of all the ratings given; the gap "
        "column shows where the two companies see the relationship differently: discuss "
        "the largest gaps first.",
        "Vertrauen hat zwei Seiten: Vertrauen in die Kompetenz des Partners und in seine "
        "Absichten. Jedes Unternehmen bewertet jedes Prinzip zunächst für sich, von 1 (gar "
        "nicht) bis 5 (voll und ganz), bevor beide vergleichen. Vertrauen ist der Mittelwert "
        "aller abgegebenen Bewertungen; die Spalte Abstand zeigt, wo die beiden Unternehmen "
        "die Beziehung unterschiedlich sehen: Besprechen Sie die größten Abstände zuerst."),
    "trust headings": (["#", "Principle", "Our rating (1-5)", "Their rating (1-5)", "Gap"],
                       ["#", "Prinzip", "Unsere Bewertung (1-5)", "Bewertung Partner (1-5)",
                        "Abstand"]),
    "trust principles": ([
        "Both companies say openly that building trust matters",
        "Integrity, shown clearly and often",
        "Consistency: the same approach, plans and people",
        "Open and discreet communication; sharing is the norm",
        "The customer comes first",
        "Each adds value to the other's business, not only its own",
        "Disagreements resolved openly and honestly, foreseen where possible",
        "Conflict treated as a way to move forward",
        "Empathy: seeing things from the partner's side",
        "Pragmatism and flexibility",
        "A shared view of objectives, market, intentions and expectations",
        "Accepting that give and take will not always balance",
    ], [
        "Beide Unternehmen sagen offen, dass ihnen der Aufbau von Vertrauen wichtig ist",
        "Integrität, klar und immer wieder gezeigt",
        "Beständigkeit: gleiches Vorgehen, gleiche Pläne, gleiche Ansprechpartner",
        "Offene und vertrauliche Kommunikation; Informationen zu teilen ist selbstverständlich",
        "Der Kunde steht an erster Stelle",
        "Jeder bringt das Geschäft des anderen voran, nicht nur das eigene",
        "Meinungsverschiedenheiten offen und ehrlich klären, möglichst schon vorher erkennen",
        "Konflikte als Chance verstehen, weiterzukommen",
        "Empathie: die Dinge aus der Sicht des Partners sehen",
        "Pragmatismus und Flexibilität",
        "Ein gemeinsames Bild von Zielen, Markt, Absichten und Erwartungen",
        "Akzeptieren, dass Geben und Nehmen nicht immer ausgeglichen sind",
    ]),
    "trust rows": ([
        "Trust: the mean of all ratings (trust)",
        "Perception gap: how closely the two companies agree (1: the same, 0: opposite)",
        "Our mean rating",
        "Their mean rating",
    ], [
        "Vertrauen: der Mittelwert aller Bewertungen (trust)",
        "Wahrnehmungslücke: wie weit beide Unternehmen übereinstimmen (1: gleich, "
        "0: gegensätzlich)",
        "Unsere mittlere Bewertung",
        "Mittlere Bewertung des Partners",
    ]),

    "goals title": ("Goals", "Ziele"),
    "goals guidance": (
        "List the goals the alliance serves, both companies' goals, with a number to "
        "measure each where you can (revenue, new customers among the target accounts, a "
        "joint solution launched, a name that opens doors). Each company rates how much "
        "each goal matters to it, from 1 (hardly) to 5 (essential). Goal alignment is how "
        "closely the ratings agree; a goal one side rates 5 and the other 1 needs talking "
        "through before it costs money.",
        "Listen Sie die Ziele auf, denen die Allianz dient, und zwar die beider Unternehmen, "
        "jeweils möglichst mit einer messbaren Größe (Umsatz, Neukunden unter den Zielkunden, "
        "eine gestartete gemeinsame Lösung, ein Name, der Türen öffnet). Jedes Unternehmen "
        "bewertet, wie wichtig ihm jedes Ziel ist, von 1 (kaum) bis 5 (unverzichtbar). Die "
        "Zielübereinstimmung zeigt, wie ähnlich die Bewertungen sind; ein Ziel, das die eine "
        "Seite mit 5 und die andere mit 1 bewertet, muss besprochen werden, bevor es Geld "
        "kostet."),
    "goals headings": (["#", "Goal", "Matters to us (1-5)", "Matters to them (1-5)", "Gap",
                        "Measure and target"],
                       ["#", "Ziel", "Wichtig für uns (1-5)", "Wichtig für Partner (1-5)",
                        "Abstand", "Messgröße und Zielwert"]),
    "goal alignment": ("Goal alignment (goal alignment), 0 to 1",
                       "Zielübereinstimmung (goal alignment), 0 bis 1"),

    "plan title": ("Joint business plan", "Gemeinsamer Geschäftsplan"),
    "plan guidance": (
        "The milestones both companies agreed: what, who owns it (name and company), when "
        "it is due, and where it stands. Inspect it at every quarterly business review and "
        "correct course when it drifts. Status: " + ", ".join(PLAN_STATUSES) + ".",
        "Die Meilensteine, auf die sich beide Unternehmen geeinigt haben: was, wer "
        "verantwortlich ist (Name und Unternehmen), bis wann und wie der Stand ist. Prüfen "
        "Sie den Plan in jedem Quartals-Review und steuern Sie nach, wenn er abweicht. Status: "
        "Not started (nicht begonnen), On track (im Plan), At risk (gefährdet), Late "
        "(verspätet), Done (erledigt)."),
    "plan headings": (["Milestone", "Owner", "Due date", "Status", "Notes"],
                      ["Meilenstein", "Verantwortlich", "Fällig am", "Status", "Notizen"]),
    "summary headings": (["Summary", ""], ["Übersicht", ""]),
    "plan summary": (["Milestones", "Done", "Overdue (due, not done)", "At risk or late"],
                     ["Meilensteine", "Erledigt", "Überfällig (fällig, nicht erledigt)",
                      "Gefährdet oder verspätet"]),
}


def texts(language):
    """The scorecard's texts in one language: {key: text}."""
    index = LANGUAGES.index(language)
    return {key: pair[index] for key, pair in TEXTS.items()}


def scorecard_sheet(doc, sheet, s):
    sheet.setName("Scorecard")
    t.title(sheet, "A1", s["title"])
    t.widths(sheet, [3800, 2800, 9000, 600, 4200, 11000])
    t.guidance(sheet, "A2:F2", s["guidance"])
    for row, (label, help_text) in enumerate(s["header rows"]):
        t.text(sheet, f"A{4 + row}", label, bold=True)
        t.text(sheet, f"C{4 + row}", help_text)
    t.inputs(sheet, "B4:B6")

    t.headings(sheet, "A8", s["metric headings"])
    for i, ((name, source), help_text) in enumerate(zip(METRICS, s["metric help"])):
        row = FIRST_METRIC + i
        t.text(sheet, f"A{row}", name)
        t.text(sheet, f"C{row}", help_text)
        if source is None:
            t.inputs(sheet, f"B{row}")
        else:
            t.formula(sheet, f"B{row}", source)
            t.results(sheet, f"B{row}")
        if name in YES_NO:
            t.choices(sheet, f"B{row}", ["yes", "no"])
    t.number_format(doc, sheet, "B12:B14", "#,##0")
    t.number_format(doc, sheet, "B20", "0.00")
    t.number_format(doc, sheet, "B11", "0.00")

    t.headings(sheet, "E8", s["result headings"])
    results = [
        (s["Health"], f'=IF({ANY_KNOWN};ALLIANCE_HEALTH({BLOCK});"")'),
        (s["Status"], '=IF($F$9="";"";ALLIANCE_STATUS($F$9))'),
    ]
    for name in DIMENSIONS:
        dimension = f'ALLIANCE_DIMENSION({BLOCK}; "{name.lower()}")'
        results.append((s[name], f'=IF($F$9="";"";IF(ISNA({dimension});"{s["not known"]}";'
                                 f'{dimension}))'))
    results += [
        (s["Warning signs"], f'=IF({ANY_KNOWN};ALLIANCE_WARNINGS({BLOCK});"")'),
        (s["Trust perception gap"], "=$Trust.$E$19"),
        (s["Check"], f'=IF({ANY_KNOWN};ALLIANCE_CHECK({BLOCK});"{s["nothing to check"]}")'),
        (s["QBR summary"], f'=IF($F$9="";"";IF($B$6="";ALLIANCE_QBR_SUMMARY({BLOCK});'
                           f'ALLIANCE_QBR_SUMMARY({BLOCK}; ; $B$6)))'),
    ]
    for i, (name, cell_formula) in enumerate(results):
        t.text(sheet, f"E{9 + i}", name)
        t.formula(sheet, f"F{9 + i}", cell_formula)
    t.results(sheet, "F9:F19")
    t.number_format(doc, sheet, "F9", "0.0")
    t.number_format(doc, sheet, "F11:F15", "0.0")
    t.number_format(doc, sheet, "F17", "0.00")
    t.status_colours(doc, sheet, "F10")
    t.text(sheet, "E21", s["gap note"])
    t.wrap(sheet, "F16:F19")
    t.wrap(sheet, "E21")
    sheet.getCellRangeByName("E21:F21").merge(True)
    t.wrap(sheet, "C9:C24")


def map_sheet(doc, sheet, s):
    t.title(sheet, "A1", s["map title"])
    t.widths(sheet, [800, 9500, 3000, 3000, 2600, 8000])
    t.guidance(sheet, "A2:F2", s["map guidance"])
    t.headings(sheet, "A4", s["map headings"])
    for i, element in enumerate(s["map elements"]):
        row = 5 + i
        t.value(sheet, f"A{row}", i + 1)
        t.text(sheet, f"B{row}", element)
        t.formula(sheet, f"E{row}",
                  f'=IF(OR(C{row}="";D{row}="");"";'
                  f'IF(AND(LOWER(C{row})="yes";LOWER(D{row})="yes");"yes";"no"))')
    t.inputs(sheet, "C5:D14")
    t.inputs(sheet, "F5:F14")
    t.results(sheet, "E5:E14")
    t.choices(sheet, "C5:D14", ["yes", "no"])

    t.text(sheet, "A16", s["signoff"], bold=True)
    t.headings(sheet, "B17", s["signoff headings"])
    t.text(sheet, "B18", s["our sponsor"])
    t.text(sheet, "B19", s["their sponsor"])
    t.inputs(sheet, "C18:E19")
    t.choices(sheet, "D18:D19", ["yes", "no"])
    t.number_format(doc, sheet, "E18:E19", "YYYY-MM-DD")

    t.text(sheet, "B22", s["elements both"], bold=True)
    t.formula(sheet, "E22", '=IF(COUNTA(C5:D14)=0;"";COUNTIF(E5:E14;"yes"))')
    t.text(sheet, "B23", s["signed both"], bold=True)
    t.formula(sheet, "E23", '=IF(OR(LOWER(D18)="no";LOWER(D19)="no");"no";'
                            'IF(AND(LOWER(D18)="yes";LOWER(D19)="yes");"yes";""))')
    t.results(sheet, "E22:E23")
    t.wrap(sheet, "B5:B14")


def trust_sheet(doc, sheet, s):
    t.title(sheet, "A1", s["trust title"])
    t.widths(sheet, [800, 11000, 3000, 3000, 2400])
    t.guidance(sheet, "A2:E2", s["trust guidance"])
    t.headings(sheet, "A4", s["trust headings"])
    for i, principle in enumerate(s["trust principles"]):
        row = 5 + i
        t.value(sheet, f"A{row}", i + 1)
        t.text(sheet, f"B{row}", principle)
        t.formula(sheet, f"E{row}",
                  f'=IF(OR(C{row}="";D{row}="");"";ABS(C{row}-D{row}))')
    t.inputs(sheet, "C5:D16")
    t.results(sheet, "E5:E16")
    t.choices(sheet, "C5:D16", [1, 2, 3, 4, 5])

    rows = [
        '=IF(COUNT(C5:D16)=0;"";AVERAGE(C5:D16))',
        '=IF(SUMPRODUCT(ISNUMBER(C5:C16)*ISNUMBER(D5:D16))=0;"";'
        'ALLIANCE_ALIGNMENT(C5:C16; D5:D16))',
        '=IF(COUNT(C5:C16)=0;"";AVERAGE(C5:C16))',
        '=IF(COUNT(D5:D16)=0;"";AVERAGE(D5:D16))',
    ]
    for i, (label, cell_formula) in enumerate(zip(s["trust rows"], rows)):
        t.text(sheet, f"B{18 + i}", label, bold=i < 2)
        t.formula(sheet, f"E{18 + i}", cell_formula)
    t.results(sheet, "E18:E21")
    t.number_format(doc, sheet, "E18:E21", "0.00")
    t.wrap(sheet, "B5:B21")


def goals_sheet(doc, sheet, s):
    t.title(sheet, "A1", s["goals title"])
    t.widths(sheet, [800, 9500, 3000, 3000, 2400, 7000])
    t.guidance(sheet, "A2:F2", s["goals guidance"])
    t.headings(sheet, "A4", s["goals headings"])
    for i in range(10):
        row = 5 + i
        t.value(sheet, f"A{row}", i + 1)
        t.formula(sheet, f"E{row}", f'=IF(OR(C{row}="";D{row}="");"";ABS(C{row}-D{row}))')
    t.inputs(sheet, "B5:D14")
    t.inputs(sheet, "F5:F14")
    t.results(sheet, "E5:E14")
    t.choices(sheet, "C5:D14", [1, 2, 3, 4, 5])
    t.text(sheet, "B17", s["goal alignment"], bold=True)
    t.formula(sheet, "E17", '=IF(SUMPRODUCT(ISNUMBER(C5:C14)*ISNUMBER(D5:D14))=0;"";'
                            'ALLIANCE_ALIGNMENT(C5:C14; D5:D14))')
    t.results(sheet, "E17")
    t.number_format(doc, sheet, "E17", "0.00")


def plan_sheet(doc, sheet, s):
    t.title(sheet, "A1", s["plan title"])
    t.widths(sheet, [8500, 5000, 2600, 2600, 7000, 600, 4800, 1800])
    t.guidance(sheet, "A2:E2", s["plan guidance"])
    t.headings(sheet, "A4", s["plan headings"])
    last = 4 + PLAN_ROWS
    t.inputs(sheet, f"A5:E{last}")
    t.number_format(doc, sheet, f"C5:C{last}", "YYYY-MM-DD")
    t.choices(sheet, f"D5:D{last}", PLAN_STATUSES)
    t.headings(sheet, "G4", s["summary headings"])
    summary = [
        f"=COUNTA(A5:A{last})",
        f'=COUNTIF(D5:D{last};"Done")',
        f'=SUMPRODUCT(ISNUMBER(C5:C{last})*(C5:C{last}<TODAY())*(LOWER(D5:D{last})<>"done"))',
        f'=COUNTIF(D5:D{last};"At risk")+COUNTIF(D5:D{last};"Late")',
    ]
    for i, (label, cell_formula) in enumerate(zip(s["plan summary"], summary)):
        t.text(sheet, f"G{5 + i}", label)
        t.formula(sheet, f"H{5 + i}", cell_formula)
    t.results(sheet, "H5:H8")


def build(doc, language="en"):
    s = texts(language)
    sheets = doc.Sheets
    for i, name in enumerate(["Strategic map", "Trust", "Goals", "Plan"]):
        sheets.insertNewByName(name, 1 + i)  # first: the Scorecard's formulas name them
    map_sheet(doc, sheets.getByName("Strategic map"), s)
    trust_sheet(doc, sheets.getByName("Trust"), s)
    goals_sheet(doc, sheets.getByName("Goals"), s)
    plan_sheet(doc, sheets.getByName("Plan"), s)
    scorecard_sheet(doc, sheets.getByIndex(0), s)


def main():
    profile, output = sys.argv[1], sys.argv[2]
    language = sys.argv[3] if len(sys.argv) > 3 else "en"
    if language not in LANGUAGES:
        sys.exit("language must be one of " + ", ".join(LANGUAGES))
    with Office(profile) as office:
        doc = t.new_document(office)
        t.set_language(doc, language)
        build(doc, language)
        t.store(doc, output, texts(language)["document title"])
        doc.close(True)


if __name__ == "__main__":
    main()
