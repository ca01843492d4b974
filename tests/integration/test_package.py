"""The package as the Extension Manager sees it: description.xml names every
field an administrator judges the extension by, the files it points at are in
the .oxt, and the office's deployment service (the one behind Tools > Extension
Manager > Add) installs it after showing the licence."""

import os
import re
import shutil
import tempfile
import xml.etree.ElementTree as ET
import zipfile

import pytest
import uno
import unohelper
from com.sun.star.task import XInteractionHandler
from com.sun.star.ucb import XCommandEnvironment, XProgressHandler

from office import Office, file_url
from test_install import health_in

D = "{http://openoffice.org/extensions/description/2006}"
LO = "{http://libreoffice.org/extensions/description/2011}"
XLINK = "{http://www.w3.org/1999/xlink}href"
MANIFEST = "{urn:oasis:names:tc:opendocument:xmlns:manifest:1.0}"
IDENTIFIER = "org.alliancecalc.extension"


@pytest.fixture(scope="module")
def package(oxt):
    with zipfile.ZipFile(oxt) as z:
        return {name: z.read(name) for name in z.namelist()}


@pytest.fixture(scope="module")
def description(package):
    return ET.fromstring(package["description.xml"])


def by_language(elements):
    return {e.get("lang"): e for e in elements}


def test_identifier_version_platform_and_minimal_office(description):
    assert description.find(D + "identifier").get("value") == IDENTIFIER
    assert re.fullmatch(r"\d+\.\d+\.\d+", description.find(D + "version").get("value"))
    assert description.find(D + "platform").get("value") == "linux_x86_64"
    minimal = description.find(D + "dependencies/" + LO + "LibreOffice-minimal-version")
    assert minimal.get("value") == "7.4"


def test_publisher_and_display_name_in_english_and_german(description):
    publisher = by_language(description.findall(D + "publisher/" + D + "name"))
    assert set(publisher) == {"en", "de"}
    for name in publisher.values():
        assert name.text.strip()
        assert name.get(XLINK).startswith("https://")
    display = by_language(description.findall(D + "display-name/" + D + "name"))
    assert set(display) == {"en", "de"}
    assert display["en"].text.startswith("AllianceCalc")
    assert display["de"].text.startswith("AllianceCalc")
    assert display["de"].text != display["en"].text


def test_every_referenced_file_is_in_the_package(description, package):
    sources = by_language(description.findall(D + "extension-description/" + D + "src"))
    assert set(sources) == {"en", "de"}
    for src in sources.values():
        text = package[src.get(XLINK)].decode("utf-8")
        assert "ALLIANCE_HEALTH" in text
    assert "Partnerschaften" in package[sources["de"].get(XLINK)].decode("utf-8")

    icons = description.find(D + "icon")
    for kind in ("default", "high-contrast"):
        assert package[icons.find(D + kind).get(XLINK)].startswith(b"\x89PNG"), kind

    licence = description.find(D + "registration/" + D + "simple-license")
    # The one installing accepts it: a user for their profile, the administrator for a
    # shared install, where a licence each user must accept would stop an office that
    # nobody answers (LibreOfficeKit on a server, docs/server.md).
    assert licence.get("accept-by") == "admin"
    text = package[licence.find(D + "license-text").get(XLINK)].decode("utf-8")
    assert text.startswith("MIT License")

    manifest = ET.fromstring(package["META-INF/manifest.xml"])
    for entry in manifest.iter(MANIFEST + "file-entry"):
        assert entry.get(MANIFEST + "full-path") in package


class _Answer(unohelper.Base, XInteractionHandler):
    """Answers the office's questions during installation in turn, as a person
    clicking Accept (True) or Decline (False) would, and counts them. The
    Extension Manager asks first whether to install, then shows the licence."""

    def __init__(self, *answers):
        self._answers = list(answers)
        self.questions = 0

    def handle(self, request):
        accept = self._answers[self.questions] if self.questions < len(self._answers) else True
        self.questions += 1
        wanted = uno.getTypeByName("com.sun.star.task.XInteractionApprove" if accept
                                   else "com.sun.star.task.XInteractionAbort")
        for continuation in request.getContinuations():
            if continuation.queryInterface(wanted) is not None:
                continuation.select()
                return


class _Progress(unohelper.Base, XProgressHandler):
    def push(self, status):
        pass

    def update(self, status):
        pass

    def pop(self):
        pass


class _Environment(unohelper.Base, XCommandEnvironment):
    def __init__(self, handler):
        self._handler = handler

    def getInteractionHandler(self):
        return self._handler

    def getProgressHandler(self):
        return _Progress()


def deployed(office):
    manager = office.context.getValueByName(
        "/singletons/com.sun.star.deployment.ExtensionManager")
    return [p for p in manager.getDeployedExtensions("user", None, None)
            if p.getIdentifier().Value == IDENTIFIER]


def add_through_extension_manager(office, oxt, handler):
    manager = office.context.getValueByName(
        "/singletons/com.sun.star.deployment.ExtensionManager")
    return manager.addExtension(file_url(oxt), (), "user", None, _Environment(handler))


def try_adding(office, oxt, handler):
    """The added package, or None when the installation was cancelled."""
    try:
        return add_through_extension_manager(office, oxt, handler)
    except Exception:  # a cancelled installation may also raise
        return None


def without_licence(oxt, directory):
    """A copy of the package whose description.xml asks for no licence."""
    copy = os.path.join(directory, "no-licence.oxt")
    with zipfile.ZipFile(oxt) as source, zipfile.ZipFile(copy, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "description.xml":
                data = re.sub(rb"<registration>.*</registration>", b"", data, flags=re.S)
            target.writestr(item, data)
    return copy


def test_the_licence_is_asked_for_and_declining_it_installs_nothing(oxt):
    with Office() as office, tempfile.TemporaryDirectory() as tmp:
        # Without a licence the office asks one question (install?), with ours two.
        plain = _Answer(False)
        assert try_adding(office, without_licence(oxt, tmp), plain) is None
        assert plain.questions == 1
        declined = _Answer(True, False)  # install: yes; licence: decline
        assert try_adding(office, oxt, declined) is None
        assert declined.questions == 2
        assert deployed(office) == []


def test_extension_manager_installs_after_the_licence(oxt):
    workdir = tempfile.mkdtemp(prefix="alliancecalc-manager-")
    profile = os.path.join(workdir, "profile")
    try:
        with Office(profile=profile) as office:
            handler = _Answer(True, True)
            added = add_through_extension_manager(office, oxt, handler)
            assert added.getIdentifier().Value == IDENTIFIER
            assert handler.questions == 2  # install?, then the licence
            assert added.getLicenseText().startswith("MIT License")
        # Calc registers the add-in's functions when the office starts again; a
        # German office shows the German name and publisher.
        with Office(profile=profile, ui_locale="de-DE") as office:
            packages = deployed(office)
            assert len(packages) == 1
            assert packages[0].getDisplayName() == (
                "AllianceCalc: Scorecards für Partnerschaften in Calc")
            assert packages[0].getPublisherInfo().First == "AllianceCalc-Mitwirkende"
            assert packages[0].getPublisherInfo().Second == "https://alliancecalc.org/"
            assert health_in(office) == (0, 100.0)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
