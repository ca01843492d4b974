"""With the extension installed, Calc knows its templates: the package's
templates folder is one of the office's template folders (Paths.xcu), the
template service lists every template under AllianceCalc with its title, as
File > New > Templates shows them, and each one makes a new, untitled
spreadsheet with the template's sheets."""

import glob
import os
import urllib.parse
import xml.etree.ElementTree as ElementTree

import pytest
import uno
from office import Office
from com.sun.star.ucb import Command, OpenCommandArgument2

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
ALL_SOURCES = sorted(glob.glob(os.path.join(ROOT, "templates", "*.fods")))
# German variants (NAME-de.fods) are packed into localized-templates/de, which the
# office reads only when its user interface is German (extension/Paths.xcu).
GERMAN_SOURCES = [p for p in ALL_SOURCES if p.endswith("-de.fods")]
SOURCES = [p for p in ALL_SOURCES if p not in GERMAN_SOURCES]
GROUP = "AllianceCalc"  # the folder in the package, and the category in the dialog
EXPAND = "vnd.sun.star.expand:"

# The titles of our own templates; a template without a title of its own
# (another team's) shows one made from its file name.
TITLES = {
    "account-mapping": "Alliance account mapping",
    "health-check": "Alliance health check",
    "partner-portfolio": "Alliance partner portfolio",
    "partner-scorecard": "Alliance partner scorecard",
    "programme-checklist": "Alliance programme checklist",
}
# The German templates: the title the dialog lists, and the title on the first sheet.
GERMAN_TITLES = {
    "account-mapping-de": ("Allianz-Kundenabgleich", "Kundenabgleich"),
    "health-check-de": ("Allianz-Gesundheitscheck", "Allianz-Gesundheitscheck"),
    "partner-portfolio-de": ("Allianz-Partnerportfolio", "Partnerportfolio"),
    "partner-scorecard-de": ("Allianz-Partner-Scorecard", "Partner-Scorecard"),
    "programme-checklist-de": ("Checkliste Allianzprogramm", "Checkliste Allianzprogramm"),
    "qbr-de": ("Allianz-Quartals-Review", "Quartals-Review"),
}


def stem(path):
    return os.path.splitext(os.path.basename(path))[0]


def source_sheets(path):
    ns = {"office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
          "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0"}
    body = ElementTree.parse(path).getroot().find("office:body/office:spreadsheet", ns)
    return [t.get("{%s}name" % ns["table"]) for t in body.findall("table:table", ns)]


def expand(office, url):
    """A configured path as a file URL: %origin% in Paths.xcu becomes a
    vnd.sun.star.expand: URL into the installed package."""
    if not url.startswith(EXPAND):
        return url
    expander = office.context.getValueByName("/singletons/com.sun.star.util.theMacroExpander")
    return expander.expandMacros(urllib.parse.unquote(url[len(EXPAND):]))


@pytest.fixture(scope="module")
def template_folder(office):
    """The package's template folder as the office's path settings name it."""
    settings = office.service("com.sun.star.util.PathSettings")
    internal = [expand(office, u) for u in settings.getPropertyValue("Template_internal")]
    ours = [u for u in internal if "AllianceCalc.oxt" in u and "/localized-templates/" not in u]
    assert len(ours) == 1, internal
    # Template lists every template folder, the internal ones included.
    assert ours[0].rstrip("/").endswith("/templates")
    return uno.fileUrlToSystemPath(ours[0])


def children(content, properties):
    """The children of a UCB folder, each as the values of `properties`."""
    argument = OpenCommandArgument2()
    argument.Mode = uno.getConstantByName("com.sun.star.ucb.OpenMode.ALL")
    argument.Priority = 32768
    wanted = []
    for name in properties:
        p = uno.createUnoStruct("com.sun.star.beans.Property")
        p.Name = name
        p.Handle = -1
        wanted.append(p)
    argument.Properties = tuple(wanted)
    command = Command("open", -1, uno.Any("com.sun.star.ucb.OpenCommandArgument2", argument))
    rows = content.execute(command, 0, None).getStaticResultSet()
    found = []
    while rows.next():
        # The identifier, not the content: queryContent() deadlocks in this result set.
        found.append([rows.getString(i + 1) for i in range(len(properties))]
                     + [rows.queryContentIdentifierString()])
    return found


@pytest.fixture(scope="module")
def listed(office):
    return listing(office)


@pytest.fixture(scope="module")
def german_office():
    with Office(os.environ["ALLIANCE_TEST_PROFILE"], ui_locale="de-DE") as running:
        settings = running.service("com.sun.star.util.PathSettings")
        # The office's own German template folder shows that it really runs in German.
        assert any(u.endswith("/share/template/de")
                   for u in settings.getPropertyValue("Template").split(";")), \
            "the office did not switch to German: is libreoffice-l10n-de installed?"
        yield running


def package_paths(office):
    """The office's template folders inside the package, as file system paths."""
    settings = office.service("com.sun.star.util.PathSettings")
    paths = [expand(office, u) for u in settings.getPropertyValue("Template").split(";")]
    return [uno.fileUrlToSystemPath(u) for u in paths if "AllianceCalc.oxt" in u]


def listing(office):
    """Our category in the template service, as File > New > Templates lists it:
    {title: file URL}."""
    templates = office.service("com.sun.star.frame.DocumentTemplates")
    templates.update()
    groups = {title: url for title, url in children(templates.getContent(), ["Title"])}
    assert GROUP in groups, sorted(groups)
    broker = office.service("com.sun.star.ucb.UniversalContentBroker")
    group = broker.queryContent(broker.createContentIdentifier(groups[GROUP]))
    return {title: target for title, target, _ in children(group, ["Title", "TargetURL"])}


def test_the_office_has_the_package_template_folder(template_folder):
    installed = sorted(os.listdir(os.path.join(template_folder, GROUP)))
    assert installed == sorted(stem(p) + ".ots" for p in SOURCES)


def test_the_template_folder_is_among_the_template_paths(office, template_folder):
    settings = office.service("com.sun.star.util.PathSettings")
    paths = [expand(office, u) for u in settings.getPropertyValue("Template").split(";")]
    assert uno.systemPathToFileUrl(template_folder) in paths


def test_the_templates_are_listed_with_their_titles(listed):
    by_file = {stem(uno.fileUrlToSystemPath(target)): title for title, target in listed.items()}
    assert sorted(by_file) == sorted(stem(p) for p in SOURCES)
    for name, title in TITLES.items():
        assert by_file[name] == title
    for title, target in listed.items():
        assert target.endswith(".ots") and os.path.isfile(uno.fileUrlToSystemPath(target)), title


@pytest.mark.parametrize("source", SOURCES, ids=os.path.basename)
def test_a_template_makes_an_untitled_spreadsheet(office, template_folder, source):
    path = os.path.join(template_folder, GROUP, stem(source) + ".ots")
    doc = office.open(path, AsTemplate=True)
    try:
        assert doc.supportsService("com.sun.star.sheet.SpreadsheetDocument")
        assert not doc.hasLocation() and doc.getURL() == ""  # saving asks for a new name
        assert [s.Name for s in doc.Sheets] == source_sheets(source)
        if stem(source) in TITLES:
            assert doc.getDocumentProperties().Title == TITLES[stem(source)]
    finally:
        doc.close(True)


def test_an_english_office_reads_no_german_folder(office):
    folders = package_paths(office)
    assert [os.path.basename(f) for f in folders] == ["templates", "en-US"]
    assert not os.path.exists(folders[1])  # no folder for en-US: nothing added


def test_a_german_office_reads_the_german_folder(german_office):
    folders = package_paths(german_office)
    assert [os.path.basename(f) for f in folders] == ["templates", "de"]
    assert sorted(os.listdir(os.path.join(folders[1], GROUP))) == sorted(
        stem(p) + ".ots" for p in GERMAN_SOURCES)


def test_a_german_office_lists_the_german_templates_beside_the_english_ones(german_office):
    shown = listing(german_office)
    by_file = {stem(uno.fileUrlToSystemPath(target)): title for title, target in shown.items()}
    assert sorted(by_file) == sorted(stem(p) for p in ALL_SOURCES)
    for name, (title, _) in GERMAN_TITLES.items():
        assert by_file[name] == title
    assert sorted(GERMAN_TITLES) == sorted(stem(p) for p in GERMAN_SOURCES)


def test_an_english_office_lists_no_german_template(listed):
    assert not [t for t in listed.values() if stem(uno.fileUrlToSystemPath(t)).endswith("-de")]


@pytest.mark.parametrize("source", GERMAN_SOURCES, ids=os.path.basename)
def test_a_german_template_opens_clean_with_german_titles(german_office, source):
    folder = package_paths(german_office)[1]
    doc = german_office.open(os.path.join(folder, GROUP, stem(source) + ".ots"), AsTemplate=True)
    try:
        doc.calculateAll()
        assert not doc.hasLocation()
        assert [s.Name for s in doc.Sheets] == source_sheets(source)
        title, heading = GERMAN_TITLES[stem(source)]
        assert doc.getDocumentProperties().Title == title
        assert doc.Sheets.getByIndex(0).getCellRangeByName("A1").getString() == heading
        errors = []
        for sheet in doc.Sheets:
            cursor = sheet.createCursor()
            cursor.gotoEndOfUsedArea(False)
            end = cursor.getRangeAddress()
            data = sheet.getCellRangeByPosition(0, 0, end.EndColumn, end.EndRow)
            for r in range(end.EndRow + 1):
                for c in range(end.EndColumn + 1):
                    if data.getCellByPosition(c, r).getError() != 0:
                        errors.append("%s.%s" % (sheet.Name, data.getCellByPosition(c, r)
                                                 .AbsoluteName))
        assert errors == []
    finally:
        doc.close(True)
