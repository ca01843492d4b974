"""The catalogue's files and its compiler (src/text/make_catalog.py): a new
language is one new file, and a file that would break a text stops the build with
a message naming it."""

import os
import shutil
import subprocess
import sys

import pytest

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
sys.path.insert(0, os.path.join(ROOT, "src", "text"))
import po  # noqa: E402

FRENCH = """msgid ""
msgstr ""
"Language: fr\\n"
"X-Language-Name: French\\n"
"Content-Type: text/plain; charset=UTF-8\\n"
"Plural-Forms: nplurals=2; plural=(n > 1);\\n"

msgctxt "Dimension.Trust"
msgid "Trust"
msgstr "Confiance"

#, fuzzy
msgctxt "Dimension.Strategy"
msgid "Strategy"
msgstr "Stratégie"

msgctxt "Summary.Up"
msgid "up {0} point from {1} last quarter"
msgid_plural "up {0} points from {1} last quarter"
msgstr[0] "en hausse de {0} point par rapport à {1}"
msgstr[1] "en hausse de {0} points par rapport à {1}"
"""


def catalogue_with(tmp_path, name, content):
    folder = tmp_path / "po"
    shutil.copytree(os.path.join(ROOT, "po"), folder)
    (folder / name).write_text(content, encoding="utf-8")
    return folder


def compile_catalogue(folder, out):
    env = dict(os.environ, ALLIANCE_CATALOGUE_DIR=str(folder))
    return subprocess.run([sys.executable, os.path.join(ROOT, "src", "text", "make_catalog.py"),
                           str(out)], capture_output=True, text=True, env=env)


def test_the_shipped_files_pass_gettexts_own_check():
    for name in sorted(os.listdir(os.path.join(ROOT, "po"))):
        path = os.path.join(ROOT, "po", name)
        result = subprocess.run(["msgfmt", "--check", "-o", os.devnull, path],
                                capture_output=True, text=True)
        assert result.returncode == 0, result.stderr


def test_every_shipped_language_translates_every_text():
    for language in po.read_catalogue()[1:]:
        missing = [c for c, e in language.entries.items() if e.translation is None]
        assert not missing, f"{language.path}: {missing[:5]}"


def test_a_new_language_is_one_new_file(tmp_path):
    folder = catalogue_with(tmp_path, "fr.po", FRENCH)
    result = compile_catalogue(folder, tmp_path / "out")
    assert result.returncode == 0, result.stderr
    languages_h = (tmp_path / "out" / "text" / "languages.h").read_text(encoding="utf-8")
    assert "enum class Language : std::uint8_t { English, German, French }" in languages_h
    data = (tmp_path / "out" / "catalog_data.cc").read_text(encoding="utf-8")
    assert '"Confiance"' in data
    assert "PluralRule::ZeroOneOther" in data
    assert '"Stratégie"' not in data  # fuzzy: not yet a translation, English is used
    assert "have no French translation yet" in result.stdout
    assert [l.code for l in po.read_catalogue(str(folder))] == ["en", "de", "fr"]


@pytest.mark.parametrize("broken, message", [
    ('msgctxt "Sidebar.Health"\nmsgid "Health {0}: {1}"\nmsgstr "Santé {0}"\n',
     "placeholders"),
    ('msgctxt "Sidebar.NoSuchText"\nmsgid "x"\nmsgstr "y"\n', "is not a text of"),
])
def test_a_translation_that_would_break_a_text_stops_the_build(tmp_path, broken, message):
    header = FRENCH.split("\n\n")[0] + "\n\n"
    folder = catalogue_with(tmp_path, "fr.po", header + broken)
    result = compile_catalogue(folder, tmp_path / "out")
    assert result.returncode != 0
    assert message in result.stderr and "fr.po" in result.stderr, result.stderr
    assert not (tmp_path / "out" / "catalog_data.cc").exists()


def test_a_plural_rule_the_catalogue_cannot_apply_is_refused(tmp_path):
    folder = catalogue_with(tmp_path, "pl.po", FRENCH.replace("Language: fr", "Language: pl")
                            .replace("French", "Polish")
                            .replace("nplurals=2; plural=(n > 1);", "nplurals=3; plural=(n==1 ? 0 : 1);"))
    result = compile_catalogue(folder, tmp_path / "out")
    assert result.returncode != 0
    assert "Plural-Forms" in result.stderr and "pl.po" in result.stderr
