"""The install script in both roles: as root (through nobody) and as an
ordinary user, into an isolated profile; and removal, after which Calc no
longer knows the functions."""

import os
import pwd
import shutil
import subprocess
import tempfile

import pytest

from calc_helpers import ERR_NAME
from office import Office

HERE = os.path.dirname(os.path.abspath(__file__))
SCRIPT = os.path.join(HERE, "..", "..", "scripts", "install-extension.sh")


def install(profile, *args, user=None, cwd=None):
    command = ["bash", SCRIPT, "--profile", profile, *args]
    if user is not None:
        command = ["runuser", "-u", user, "--", "env", "HOME=" + profile + "-home"] + command
    result = subprocess.run(command, capture_output=True, text=True, timeout=180, cwd=cwd)
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


def health_in(office):
    """(error code, value) of ALLIANCE_HEALTH on trust 5 in a running office."""
    doc = office.new_calc()
    try:
        sheet = doc.Sheets.getByIndex(0)
        sheet.getCellByPosition(0, 0).setString("trust")
        sheet.getCellByPosition(1, 0).setValue(5)
        cell = sheet.getCellByPosition(2, 0)
        cell.setFormula("=ALLIANCE_HEALTH(A1:B1)")
        doc.calculateAll()
        return cell.getError(), cell.getValue()
    finally:
        doc.close(True)


def health_of_trust_5(profile):
    with Office(profile) as office:
        return health_in(office)


def test_install_use_remove(oxt):
    with tempfile.TemporaryDirectory() as tmp:
        profile = os.path.join(tmp, "profile")
        install(profile, "--fresh", oxt)
        assert health_of_trust_5(profile) == (0, 100.0)
        install(profile, "--remove")
        assert health_of_trust_5(profile)[0] == ERR_NAME


@pytest.mark.skipif(os.geteuid() != 0, reason="needs root to act as another user")
def test_install_as_an_ordinary_user(oxt):
    # The script runs unopkg directly for a non-root user; nobody stands in for one.
    tmp = tempfile.mkdtemp(prefix="alliancecalc-user-")
    try:
        nobody = pwd.getpwnam("nobody")
        shutil.copy(oxt, os.path.join(tmp, "AllianceCalc.oxt"))
        os.makedirs(os.path.join(tmp, "profile-home"))
        for path in (tmp, os.path.join(tmp, "profile-home"), os.path.join(tmp, "AllianceCalc.oxt")):
            os.chown(path, nobody.pw_uid, nobody.pw_gid)
        profile = os.path.join(tmp, "profile")
        install(profile, "--fresh", os.path.join(tmp, "AllianceCalc.oxt"), user="nobody")
        assert os.stat(os.path.join(profile, "user")).st_uid == nobody.pw_uid
        assert health_of_trust_5(profile) == (0, 100.0)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


@pytest.mark.skipif(os.geteuid() != 0, reason="needs root: the script runs unopkg as nobody")
def test_install_as_root_from_a_folder_nobody_can_enter(oxt):
    # Like /root: unopkg, run as nobody, must not need to enter the caller's folder.
    private = tempfile.mkdtemp(prefix="alliancecalc-private-")
    try:
        os.chmod(private, 0o700)
        shutil.copy(oxt, os.path.join(private, "AllianceCalc.oxt"))
        install("profile", "--fresh", "AllianceCalc.oxt", cwd=private)
        profile = os.path.join(private, "profile")
        assert os.stat(os.path.join(profile, "user")).st_uid == 0
        assert health_of_trust_5(profile) == (0, 100.0)
    finally:
        shutil.rmtree(private, ignore_errors=True)
