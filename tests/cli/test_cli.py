"""alliancecalc against a real headless office: what `score` reports for the
sample portfolio, its two output formats, and its exit codes."""

import hashlib
import json
import os
import shutil
import subprocess

import pytest

BINARY = os.environ.get("ALLIANCECALC", "")
PROFILE = os.environ.get("ALLIANCE_TEST_PROFILE", "")
SAMPLE = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..",
                                       "examples", "sample-portfolio.ods"))

PARTNERS = [
    "Northwind Systems", "Bluefin Analytics", "Cedar & Stone Consulting", "Helios Cloud GmbH",
    "Kestrel Data Ltd", "Lumen Retail Software", "Maple Ridge IT", "Orbital Payments S.A.",
    "Pinecrest Security", "Quantum Harbor AB", "Riverbend Logistics Tech",
    "Summit Health Systems Pty",
]


def setup_module():
    if not os.access(BINARY, os.X_OK) or not os.path.isdir(PROFILE):
        pytest.exit("ALLIANCECALC must name the alliancecalc binary and ALLIANCE_TEST_PROFILE a "
                    "profile with the extension installed; run the tests through ctest",
                    returncode=2)


def run(*args, env=None):
    """Runs alliancecalc; ALLIANCECALC_PROFILE is never inherited by accident."""
    environment = {k: v for k, v in os.environ.items() if k != "ALLIANCECALC_PROFILE"}
    environment.update(env or {})
    return subprocess.run([BINARY, *args], capture_output=True, text=True, env=environment,
                          timeout=300, check=False)


def sha256(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def by_name(partners):
    return {p["partner"]: p for p in partners}


@pytest.fixture(scope="module")
def json_run():
    """One office run shared by the checks of the JSON output."""
    before = sha256(SAMPLE)
    result = run("score", SAMPLE, "--json", "--profile", PROFILE)
    return result, before, sha256(SAMPLE)


@pytest.fixture(scope="module")
def partners(json_run):
    result = json_run[0]
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_json_lists_the_partners_in_sheet_order(partners):
    assert [p["partner"] for p in partners] == PARTNERS
    for p in partners:
        assert set(p) == {"partner", "health", "status", "action", "warnings", "problem"}
        assert p["problem"] is None


def test_status_follows_the_70_50_bands(partners):
    assert len(partners) == len(PARTNERS)
    for p in partners:
        health = p["health"]
        assert 0 <= health <= 100, p
        expected = "Green" if health >= 70 else "Amber" if health >= 50 else "Red"
        assert p["status"] == expected, p


def test_known_partners(partners):
    partner = by_name(partners)
    assert partner["Maple Ridge IT"]["action"] == "Exit review"
    assert partner["Northwind Systems"]["warnings"] == []
    assert partner["Lumen Retail Software"]["status"] == "Green"
    assert all(isinstance(w, str) and w for p in partners for w in p["warnings"])


def test_health_matches_a_hand_computation(partners):
    # Lumen Retail Software: strategy (1 + 0.95)/2*100 = 97.5; execution 100
    # (attainment clamped to 1, nothing left to cover); commitment 100;
    # trust 100*3.8/4 = 95; governance 100.
    expected = 0.25 * 97.5 + 0.3 * 100 + 0.2 * 100 + 0.15 * 95 + 0.1 * 100
    assert expected == pytest.approx(98.625)
    assert by_name(partners)["Lumen Retail Software"]["health"] == pytest.approx(expected,
                                                                                 abs=1e-9)


def test_the_workbook_is_not_changed(json_run):
    _, before, after = json_run
    assert after == before


def test_text_table_with_the_profile_from_the_environment():
    before = sha256(SAMPLE)
    result = run("score", SAMPLE, env={"ALLIANCECALC_PROFILE": PROFILE})
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["Partner", "Health", "Status", "Action", "Warnings"]
    for name in PARTNERS:
        assert any(line.startswith(name + " ") for line in lines), name
    assert lines[-1].startswith("12 partners: ")
    assert sha256(SAMPLE) == before


def test_a_partner_row_with_a_problem_exits_1(tmp_path):
    workbook = tmp_path / "problem.csv"
    workbook.write_text("Partner,Trust,Exec sponsor,Map elements\n"
                        "Bad Trust Inc,9,yes,8\n"
                        "Fine Co,4,yes,8\n")
    result = run("score", str(workbook), "--json", "--profile", PROFILE)
    assert result.returncode == 1, result.stderr
    bad, fine = json.loads(result.stdout)
    assert bad["health"] is None and "trust" in bad["problem"]
    assert fine["health"] is not None and fine["problem"] is None


def test_control_characters_in_a_name_are_printed_escaped(tmp_path):
    """A name with a terminal escape sequence (clear the screen, turn red) and a C1
    control character cannot change the user's terminal or break a table row."""
    workbook = tmp_path / "hostile.csv"
    workbook.write_text("Partner,Trust,Exec sponsor,Map elements\n"
                        "Evil\x1b[2J\x1b[31mCorp\u009b1m,4,yes,8\n"
                        "Fine Co,4,yes,8\n", encoding="utf-8")
    result = run("score", str(workbook), "--profile", PROFILE)
    assert result.returncode == 0, result.stderr
    assert "\x1b" not in result.stdout and "\u009b" not in result.stdout
    lines = result.stdout.splitlines()
    assert any(line.startswith("Evil\\x1b[2J\\x1b[31mCorp\\u009b1m ") for line in lines), lines
    assert len(lines) == 4, lines  # the header, two partners, the summary
    # The JSON output keeps the name exactly, as JSON escapes.
    result = run("score", str(workbook), "--json", "--profile", PROFILE)
    assert json.loads(result.stdout)[0]["partner"] == "Evil\x1b[2J\x1b[31mCorp\u009b1m"


def test_missing_workbook_exits_4_naming_it(tmp_path):
    missing = tmp_path / "no-such-portfolio.ods"
    result = run("score", str(missing), "--profile", PROFILE)
    assert result.returncode == 4
    assert str(missing) in result.stderr


def test_workbook_without_partner_header_exits_4(tmp_path):
    workbook = tmp_path / "no-header.csv"
    workbook.write_text("Name,Trust,Exec sponsor\nAcme,4,yes\n")
    result = run("score", str(workbook), "--profile", PROFILE)
    assert result.returncode == 4, result.stderr
    assert '"Partner"' in result.stderr
    assert str(workbook) in result.stderr


def test_unknown_option_exits_2():
    result = run("score", SAMPLE, "--frobnicate", "--profile", PROFILE)
    assert result.returncode == 2
    assert "--frobnicate" in result.stderr
    assert result.stdout == ""


def test_profile_without_the_extension_exits_3(tmp_path):
    empty_profile = tmp_path / "profile"
    empty_profile.mkdir()
    result = run("score", SAMPLE, "--profile", str(empty_profile))
    assert result.returncode == 3
    assert "extension is missing" in result.stderr
    assert result.stdout == ""


def test_no_profile_and_none_of_the_users_own_exits_3_saying_how_to_install(tmp_path):
    (tmp_path / ".config" / "libreoffice" / "4" / "user").mkdir(parents=True)
    result = run("score", SAMPLE, env={"HOME": str(tmp_path), "XDG_CONFIG_HOME": ""})
    assert result.returncode == 3
    assert "not installed in your LibreOffice profile" in result.stderr
    # The message names the package that sits beside the tool.
    package = result.stderr.split("unopkg add ", 1)[1].split("\n", 1)[0]
    assert os.path.isfile(package) and package.endswith("AllianceCalc.oxt")


def test_without_a_profile_the_users_own_is_used_and_left_as_it_is(tmp_path):
    own = tmp_path / "config" / "libreoffice" / "4"
    shutil.copytree(PROFILE, own, symlinks=True)
    before = sorted(str(p.relative_to(own)) for p in own.rglob("*"))
    result = run("score", SAMPLE, "--json",
                 env={"HOME": str(tmp_path / "home"), "XDG_CONFIG_HOME": str(tmp_path / "config")})
    assert result.returncode == 0, result.stderr
    assert [p["partner"] for p in json.loads(result.stdout)] == PARTNERS
    assert sorted(str(p.relative_to(own)) for p in own.rglob("*")) == before


def test_help_and_version():
    assert "score" in run("--help").stdout
    score_help = run("score", "--help")
    assert score_help.returncode == 0 and "--profile" in score_help.stdout
    version = run("--version")
    assert version.returncode == 0 and version.stdout.startswith("alliancecalc ")
