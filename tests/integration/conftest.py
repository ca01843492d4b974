"""Fixtures: one real headless office per test session, on a copy of a profile
that has the built extension installed (prepared by the CTest fixture)."""

import os

import pytest

from office import Office, version
from pyuno_repr import make_pyuno_reprs_safe

make_pyuno_reprs_safe()


def pytest_terminal_summary(terminalreporter):
    # Which office the results are from: the tests run against more than one version.
    terminalreporter.write_line("office under test: " + version())


def _profile():
    profile = os.environ.get("ALLIANCE_TEST_PROFILE")
    if not profile or not os.path.isdir(profile):
        pytest.exit("ALLIANCE_TEST_PROFILE must name a LibreOffice profile with the extension "
                    "installed; run the tests through ctest", returncode=2)
    return profile


@pytest.fixture(scope="session")
def oxt():
    """The built package (build/AllianceCalc.oxt)."""
    path = os.environ.get("ALLIANCE_OXT")
    if not path or not os.path.isfile(path):
        pytest.fail("ALLIANCE_OXT must name the built extension; run the tests through ctest")
    return path


@pytest.fixture(scope="session")
def office():
    with Office(_profile()) as running:
        yield running
        assert running.alive(), "the office died during the tests"


@pytest.fixture()
def calc(office):
    """A new, hidden spreadsheet document, closed after the test."""
    doc = office.new_calc()
    yield doc
    doc.close(True)


@pytest.fixture()
def sheet(calc):
    return calc.Sheets.getByIndex(0)
