"""The package's life in one profile: installed, used, removed and installed again ten
times, and installed over the previous version. The functions work after every
install, are gone (#NAME?) after every removal, and after the last removal nothing of
AllianceCalc is left in the profile."""

import os
import re
import shutil
import tempfile
import zipfile

import pytest

from calc_helpers import ERR_NAME
from test_install import health_of_trust_5, install

CYCLES = 10
PREVIOUS_VERSION = "0.0.1"


@pytest.fixture()
def workdir():
    folder = tempfile.mkdtemp(prefix="alliancecalc-lifecycle-")
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


def version_of(description):
    return re.search(r'<version value="([^"]+)"', description).group(1)


def as_previous_version(oxt, path):
    """The same package marked as an older version: what a user upgrading has installed."""
    with zipfile.ZipFile(oxt) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "description.xml":
                text = data.decode()
                data = text.replace(f'<version value="{version_of(text)}"/>',
                                    f'<version value="{PREVIOUS_VERSION}"/>').encode()
            out.writestr(item, data)
    return path


def installed_versions(profile):
    """The versions of AllianceCalc unpacked in the profile's package cache."""
    found = []
    cache = os.path.join(profile, "user", "uno_packages", "cache", "uno_packages")
    for root, _, files in os.walk(cache):
        if "description.xml" in files:
            with open(os.path.join(root, "description.xml"), encoding="utf-8") as f:
                text = f.read()
            if "org.alliancecalc.extension" in text:
                found.append(version_of(text))
    return found


def traces(profile):
    """Files of the profile whose name or content mentions AllianceCalc."""
    found = []
    for root, _, files in os.walk(profile):
        for name in files:
            path = os.path.join(root, name)
            if "alliance" in name.lower():
                found.append(path)
                continue
            try:
                with open(path, "rb") as f:
                    if b"alliancecalc" in f.read().lower():
                        found.append(path)
            except OSError:
                pass
    return found


def test_ten_install_use_remove_cycles_leave_nothing_behind(oxt, workdir):
    profile = os.path.join(workdir, "profile")
    for cycle in range(CYCLES):
        install(profile, *(["--fresh"] if cycle == 0 else []), oxt)
        assert installed_versions(profile) != [], f"cycle {cycle + 1}: not installed"
        assert health_of_trust_5(profile) == (0, 100.0), f"cycle {cycle + 1}: installed"
        install(profile, "--remove")
        assert health_of_trust_5(profile)[0] == ERR_NAME, f"cycle {cycle + 1}: removed"
    assert installed_versions(profile) == []
    assert traces(profile) == []


def test_upgrade_from_the_previous_version(oxt, workdir):
    with zipfile.ZipFile(oxt) as package:
        current = version_of(package.read("description.xml").decode())
    assert current != PREVIOUS_VERSION
    previous = as_previous_version(oxt, os.path.join(workdir, "AllianceCalc-previous.oxt"))
    profile = os.path.join(workdir, "profile")

    install(profile, "--fresh", previous)
    assert installed_versions(profile) == [PREVIOUS_VERSION]
    assert health_of_trust_5(profile) == (0, 100.0)

    install(profile, oxt)  # the upgrade: the newer version replaces the older one
    assert installed_versions(profile) == [current]
    assert health_of_trust_5(profile) == (0, 100.0)

    install(profile, "--remove")
    assert health_of_trust_5(profile)[0] == ERR_NAME
    assert installed_versions(profile) == []
    assert traces(profile) == []
