"""Writes account-mapping.fods, the account mapping template: our customers and
prospects against the partner's, the four overlap counts, the accounts both
sides claim (feeding the account_conflicts metric), and a sheet for comparing
lists through hashes without showing them. Run with an office profile that has
the extension installed:

    python3 make_account_mapping.py PROFILE_DIR account-mapping.fods
    python3 make_account_mapping.py PROFILE_DIR account-mapping-de.fods de

The German variant has the same cells; it keeps the sheet names and the metric
name account_conflicts (G16) in English.
"""

import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests",
                                "integration"))
from office import Office, file_url, props  # noqa: E402

FIRST, LAST = 10, 1009  # list rows (1-based): room for 1,000 accounts per list
BOLD = 150.0
LANGUAGES = ("en", "de")

# Every text of the template: key -> (English, German).
TEXTS = {
    "document title": ("Alliance account mapping", "Allianz-Kundenabgleich"),
    "title": ("Account mapping", "Kundenabgleich"),
    "paste": ("Paste each list into its column from row 10. Names, web domains and "
              "e-mail addresses all work: \"ACME Inc.\", \"acme.com\" and "
              "\"jane@acme.com\" are one account. Free-mail addresses match nothing.",
              "Fügen Sie jede Liste ab Zeile 10 in ihre Spalte ein. Namen, Webdomains und "
              "E-Mail-Adressen funktionieren gleichermaßen: \"ACME Inc.\", \"acme.com\" und "
              "\"jane@acme.com\" sind ein Kunde. Adressen von Freemail-Anbietern passen zu "
              "nichts."),
    "conflicts": ("Accounts both companies count as customers are conflicts: agree who "
                  "leads on each before the sales teams meet. Their prospects among our "
                  "customers are where we can open doors for them, and the other way round.",
                  "Kunden, die beide Unternehmen zu ihren Kunden zählen, sind Konflikte: "
                  "Klären Sie für jeden, wer die Führung hat, bevor sich die Vertriebsteams "
                  "treffen. Wo Interessenten des Partners unsere Kunden sind, können wir ihm "
                  "Türen öffnen, und umgekehrt."),
    "list headings": (["Our customers", "Our prospects", "Their customers", "Their prospects"],
                      ["Unsere Kunden", "Unsere Interessenten", "Kunden des Partners",
                       "Interessenten des Partners"]),
    "our customer": ("Our customer at the partner", "Unser Kunde beim Partner"),
    "overlap": ("Overlap", "Überschneidung"),
    "overlap rows": ([
        "Our customers who are their customers (conflicts)",
        "Our customers who are their prospects",
        "Our prospects who are their customers",
        "Our prospects who are their prospects",
    ], [
        "Unsere Kunden, die auch Kunden des Partners sind (Konflikte)",
        "Unsere Kunden, die Interessenten des Partners sind",
        "Unsere Interessenten, die Kunden des Partners sind",
        "Unsere Interessenten, die auch Interessenten des Partners sind",
    ]),
    "for scorecard": ("For the scorecard", "Für die Scorecard"),
    "reference": ("Reference G16:H16 from a scorecard block, or copy the number into the "
                  "portfolio's account conflicts column.",
                  "Verweisen Sie aus dem Kennzahlenblock einer Scorecard auf G16:H16, oder "
                  "übernehmen Sie die Zahl in die Spalte Account conflicts des Portfolios."),
    "co-sell": ("Their prospect: co-sell", "Interessent des Partners: gemeinsam verkaufen"),
    "conflict": ("Their customer too: conflict", "Auch Kunde des Partners: Konflikt"),
    "hashed title": ("Comparing account lists without showing them",
                     "Kundenlisten vergleichen, ohne sie offenzulegen"),
    "steps": ([
        "1. Agree a secret text with the partner by phone or in person. Never write it in a "
        "file you send.",
        "2. Type the secret into B4. Both companies must use exactly the same one.",
        "3. Paste your accounts into column A from row 10; column B shows each one's hash.",
        "4. Send the partner column B only: copy it and paste it as values (Paste Special > "
        "Values Only) into a new file. The hashes cannot be turned back into names.",
        "5. Paste the partner's hashes into column D. H10 counts the accounts you share, and "
        "column C marks yours that the partner also has.",
        "Remove the secret from B4 before you save or send this workbook.",
    ], [
        "1. Vereinbaren Sie mit dem Partner telefonisch oder persönlich einen geheimen Text. "
        "Schreiben Sie ihn nie in eine Datei, die Sie versenden.",
        "2. Geben Sie den geheimen Text in B4 ein. Beide Unternehmen müssen genau denselben "
        "verwenden.",
        "3. Fügen Sie Ihre Kunden ab Zeile 10 in Spalte A ein; Spalte B zeigt zu jedem den "
        "Hashwert.",
        "4. Senden Sie dem Partner nur Spalte B: Kopieren Sie sie und fügen Sie sie als Werte "
        "(Inhalte einfügen > Nur Werte einfügen) in eine neue Datei ein. Aus den Hashwerten "
        "lassen sich keine Namen zurückgewinnen.",
        "5. Fügen Sie die Hashwerte des Partners in Spalte D ein. H10 zählt die gemeinsamen "
        "Kunden, und Spalte C markiert Ihre Kunden, die der Partner auch hat.",
        "Entfernen Sie den geheimen Text aus B4, bevor Sie diese Arbeitsmappe speichern oder "
        "versenden.",
    ]),
    "secret": ("Secret", "Geheimer Text"),
    "our accounts": ("Our accounts", "Unsere Kunden"),
    "hash": ("Hash (send this)", "Hashwert (diesen senden)"),
    "shared": ("Shared", "Gemeinsam"),
    "partner hashes": ("Partner's hashes", "Hashwerte des Partners"),
    "we share": ("Accounts we share", "Gemeinsame Kunden"),
    "shared mark": ("shared", "gemeinsam"),
}


def texts(language):
    """The template's texts in one language: {key: text}."""
    index = LANGUAGES.index(language)
    return {key: pair[index] for key, pair in TEXTS.items()}


def text(sheet, cell, value, bold=False):
    c = sheet.getCellRangeByName(cell)
    c.setString(value)
    if bold:
        c.setPropertyValue("CharWeight", BOLD)


def formula(sheet, cell, value):
    sheet.getCellRangeByName(cell).setFormula(value)


def lists_sheet(doc, sheet, s):
    sheet.setName("Account mapping")
    text(sheet, "A1", s["title"], bold=True)
    sheet.getCellRangeByName("A1").setPropertyValue("CharHeight", 16.0)
    text(sheet, "A2", s["paste"])
    text(sheet, "A3", s["conflicts"])
    for col, head in zip("ABCD", s["list headings"]):
        text(sheet, f"{col}9", head, bold=True)
    text(sheet, "E9", s["our customer"], bold=True)

    text(sheet, "G5", s["overlap"], bold=True)
    pairs = [("A", "C"), ("A", "D"), ("B", "C"), ("B", "D")]
    for i, (label, (ours, theirs)) in enumerate(zip(s["overlap rows"], pairs)):
        r = 10 + i
        text(sheet, f"G{r}", label)
        formula(sheet, f"H{r}", f"=ALLIANCE_OVERLAP({ours}${FIRST}:{ours}${LAST}; "
                                f"{theirs}${FIRST}:{theirs}${LAST})")
    text(sheet, "G15", s["for scorecard"], bold=True)
    text(sheet, "G16", "account_conflicts")  # the metric's name: a scorecard block matches it
    formula(sheet, "H16", "=H10")
    text(sheet, "G17", s["reference"])

    for r in range(FIRST, LAST + 1):
        formula(sheet, f"E{r}",
                f'=IF(A{r}="";"";IF(ISNA(ALLIANCE_MATCH(A{r};C${FIRST}:C${LAST}));'
                f'IF(ISNA(ALLIANCE_MATCH(A{r};D${FIRST}:D${LAST}));"";"{s["co-sell"]}");'
                f'"{s["conflict"]}"))')

    columns = sheet.getColumns()
    for i, width in enumerate([5500, 5500, 5500, 5500, 6000, 800, 9500, 2500]):
        columns.getByIndex(i).setPropertyValue("Width", width)


def hashed_sheet(doc, sheet, s):
    text(sheet, "A1", s["hashed title"], bold=True)
    sheet.getCellRangeByName("A1").setPropertyValue("CharHeight", 16.0)
    for i, step in enumerate(s["steps"]):
        text(sheet, f"D{2 + i}", step)
    text(sheet, "A4", s["secret"], bold=True)
    text(sheet, "A9", s["our accounts"], bold=True)
    text(sheet, "B9", s["hash"], bold=True)
    text(sheet, "C9", s["shared"], bold=True)
    text(sheet, "D9", s["partner hashes"], bold=True)
    text(sheet, "G10", s["we share"])
    formula(sheet, "H10", f"=ALLIANCE_OVERLAP(B${FIRST}:B${LAST}; D${FIRST}:D${LAST})")
    for r in range(FIRST, LAST + 1):
        formula(sheet, f"B{r}", f'=IF(OR(A{r}="";$B$4="");"";ALLIANCE_ACCOUNT_HASH(A{r};$B$4))')
        formula(sheet, f"C{r}", f'=IF(B{r}="";"";IF(ISNA(ALLIANCE_MATCH(B{r};D${FIRST}:D${LAST}));'
                                f'"";"{s["shared mark"]}"))')
    columns = sheet.getColumns()
    for i, width in enumerate([5500, 4500, 2000, 4500, 800, 800, 4500, 2500]):
        columns.getByIndex(i).setPropertyValue("Width", width)


def main():
    profile, output = sys.argv[1], sys.argv[2]
    language = sys.argv[3] if len(sys.argv) > 3 else "en"
    if language not in LANGUAGES:
        sys.exit("language must be one of " + ", ".join(LANGUAGES))
    s = texts(language)
    with Office(profile) as office:
        doc = office.new_calc()
        if language == "de":  # the language of its text and number formats
            from com.sun.star.lang import Locale
            doc.CharLocale = Locale("de", "DE", "")
        sheets = doc.Sheets
        lists_sheet(doc, sheets.getByIndex(0), s)
        sheets.insertNewByName("Hashed exchange", 1)
        hashed_sheet(doc, sheets.getByName("Hashed exchange"), s)
        doc.getDocumentProperties().Title = s["document title"]  # its template name
        doc.calculateAll()
        doc.storeToURL(file_url(output), props(FilterName="OpenDocument Spreadsheet Flat XML"))
        doc.close(True)


if __name__ == "__main__":
    main()
