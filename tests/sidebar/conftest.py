"""Fixtures: one real Calc window on its own Xvfb display per test module, on a
copy of the profile that has the built extension installed (prepared by the
CTest fixture of tests/integration), with the sample portfolio open and the
Alliance deck shown."""

import os
import shutil
import tempfile

import pytest

from visible_office import Display, VisibleOffice
from office import version
from pyuno_repr import make_pyuno_reprs_safe

make_pyuno_reprs_safe()

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
SAMPLE = os.path.join(ROOT, "examples", "sample-portfolio.ods")


def pytest_terminal_summary(terminalreporter):
    # Which office the results are from: the tests run against more than one version.
    terminalreporter.write_line("office under test: " + version())


def _profile():
    profile = os.environ.get("ALLIANCE_TEST_PROFILE")
    if not profile or not os.path.isdir(profile):
        pytest.exit("ALLIANCE_TEST_PROFILE must name a LibreOffice profile with the extension "
                    "installed; run the tests through ctest", returncode=2)
    return profile


@pytest.fixture(scope="module")
def workdir():
    path = tempfile.mkdtemp(prefix="alliancecalc-sidebar-test-")
    yield path
    shutil.rmtree(path, ignore_errors=True)


@pytest.fixture(scope="module")
def qbr_folder(workdir):
    path = os.path.join(workdir, "qbr")
    os.makedirs(path)
    return path


@pytest.fixture(scope="module")
def display():
    with Display() as running:
        yield running


@pytest.fixture(scope="module")
def office(display, qbr_folder):
    # Generate QBR writes into this folder instead of asking (office_environment.h).
    with VisibleOffice(display.name, _profile(), env={"ALLIANCECALC_QBR_FOLDER": qbr_folder}) \
            as running:
        yield running
        assert running.alive(), "the office died during the tests"


@pytest.fixture(scope="module")
def portfolio(office, workdir):
    """The sample portfolio (a copy) in a Calc window."""
    path = os.path.join(workdir, "portfolio.ods")
    shutil.copy(SAMPLE, path)
    doc = office.open(path)
    yield doc
    try:
        doc.close(True)
    except Exception:  # a test may have closed it already
        pass
