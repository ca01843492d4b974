"""Reads the product's text catalogue: po/alliancecalc.pot (every text, in English,
each under a context that names it) and po/LANG.po (the same texts in one more
language). The C++ build (make_catalog.py) and the template scripts
(templates/template_helpers.py) both read it through this module, so every text
of the product comes from one place.

The files are ordinary gettext PO files, the format translators' tools and
LibreOffice itself use. What this reader relies on:
- every entry has a msgctxt, "Domain.Name"; the context, not the English, is the
  text's identity, so correcting an English text keeps its translations;
- a header (the entry with an empty msgid) with "Language: de" and
  "X-Language-Name: German";
- plural entries (msgid_plural) in languages with two forms: Plural-Forms
  "nplurals=2; plural=(n != 1);" or "nplurals=2; plural=(n > 1);".
Fuzzy entries count as not translated; an untranslated text falls back to English.
"""

import glob
import os
import re

CATALOGUE_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "po")
SOURCE = "alliancecalc.pot"

# The plural rules a two-form language may use, by the expression in its header.
PLURAL_RULES = {"(n != 1)": "one_other", "n != 1": "one_other",
                "(n > 1)": "zero_one_other", "n > 1": "zero_one_other"}


class CatalogueError(Exception):
    """A file of the catalogue cannot be used; the message names file and line."""


class Entry:
    def __init__(self, context, english, english_plural, line):
        self.context = context
        self.english = english
        self.english_plural = english_plural
        self.line = line
        self.translation = None          # str, or None when not translated
        self.translation_plural = None   # the second form, for plural entries


class Language:
    def __init__(self, code, name, plural_rule, path):
        self.code = code
        self.name = name
        self.plural_rule = plural_rule
        self.path = path
        self.entries = {}  # context -> Entry (with the translation filled in)


def _unquote(text, path, line):
    text = text.strip()
    if len(text) < 2 or text[0] != '"' or text[-1] != '"':
        raise CatalogueError(f"{path}:{line}: expected a quoted string, found {text!r}")
    body = text[1:-1]
    out = []
    i = 0
    escapes = {"n": "\n", "t": "\t", '"': '"', "\\": "\\"}
    while i < len(body):
        c = body[i]
        if c == "\\":
            if i + 1 >= len(body) or body[i + 1] not in escapes:
                raise CatalogueError(f"{path}:{line}: unknown escape in {text!r}")
            out.append(escapes[body[i + 1]])
            i += 2
        else:
            out.append(c)
            i += 1
    return "".join(out)


def _read_entries(path):
    """The entries of one PO file as dicts: msgctxt, msgid, msgid_plural, msgstr,
    msgstr[0], msgstr[1], fuzzy, line."""
    entries = []
    current = None
    key = None

    def finish():
        nonlocal current
        if current is not None and "msgid" in current:
            entries.append(current)
        elif current is not None and len(current) > 2:
            raise CatalogueError(f"{path}:{current['line']}: an entry without msgid")
        current = None

    with open(path, encoding="utf-8") as f:
        for number, raw in enumerate(f, start=1):
            line = raw.rstrip("\n")
            stripped = line.strip()
            if not stripped:
                finish()
                continue
            if stripped.startswith("#"):
                if current is not None and "msgid" in current:
                    finish()
                if current is None:
                    current = {"line": number, "fuzzy": False}
                if stripped.startswith("#,") and any(
                        flag.strip() == "fuzzy" for flag in stripped[2:].split(",")):
                    current["fuzzy"] = True
                continue
            match = re.match(r"(msgctxt|msgid_plural|msgid|msgstr(?:\[\d\])?)\s+(.*)$", stripped)
            if match:
                keyword, rest = match.groups()
                if keyword == "msgctxt" and current is not None and "msgid" in current:
                    finish()
                if current is None:
                    current = {"line": number, "fuzzy": False}
                if keyword in current:
                    raise CatalogueError(f"{path}:{number}: {keyword} given twice in one entry")
                key = keyword
                current[key] = _unquote(rest, path, number)
                continue
            if stripped.startswith('"') and current is not None and key is not None:
                current[key] += _unquote(stripped, path, number)
                continue
            raise CatalogueError(f"{path}:{number}: cannot read {stripped!r}")
    finish()
    return entries


def _header(entries, path):
    for e in entries:
        if e.get("msgid") == "" and "msgctxt" not in e:
            fields = {}
            for line in e.get("msgstr", "").split("\n"):
                if ":" in line:
                    name, value = line.split(":", 1)
                    fields[name.strip()] = value.strip()
            return fields
    raise CatalogueError(f"{path}: no header entry (msgid \"\")")


def _plural_rule(fields, path):
    forms = fields.get("Plural-Forms", "nplurals=2; plural=(n != 1);")
    match = re.match(r"nplurals\s*=\s*2\s*;\s*plural\s*=\s*(.*?);?\s*$", forms)
    if not match or match.group(1).strip() not in PLURAL_RULES:
        raise CatalogueError(
            f"{path}: Plural-Forms {forms!r} is not one of the two-form rules "
            f"(n != 1) or (n > 1) that the catalogue supports")
    return PLURAL_RULES[match.group(1).strip()]


def _language(fields, path):
    code = fields.get("Language", "")
    name = fields.get("X-Language-Name", "")
    if not re.fullmatch(r"[a-z]{2,3}", code):
        raise CatalogueError(f"{path}: the header's Language must be a code like de, found {code!r}")
    if not re.fullmatch(r"[A-Z][A-Za-z]+", name):
        raise CatalogueError(
            f"{path}: the header's X-Language-Name must be the language's English name, "
            f"like German, found {name!r}")
    return code, name


PLACEHOLDER = re.compile(r"\{(\d+)\}")


def placeholders(text):
    return sorted(set(PLACEHOLDER.findall(text)))


def read_catalogue(directory=CATALOGUE_DIR):
    """[English, other languages sorted by code]; each Language's entries hold
    every text of the source, translated where the language's file has it.
    Raises CatalogueError for a file that cannot be used."""
    source_path = os.path.join(directory, SOURCE)
    raw = _read_entries(source_path)
    fields = _header(raw, source_path)
    code, name = _language(fields, source_path)
    english = Language(code, name, _plural_rule(fields, source_path), source_path)
    for e in raw:
        if e.get("msgid") == "" and "msgctxt" not in e:
            continue
        context = e.get("msgctxt")
        if not context:
            raise CatalogueError(f"{source_path}:{e['line']}: every text needs a msgctxt")
        if context in english.entries:
            raise CatalogueError(f"{source_path}:{e['line']}: the context {context} is used twice")
        entry = Entry(context, e["msgid"], e.get("msgid_plural"), e["line"])
        entry.translation = entry.english
        entry.translation_plural = entry.english_plural
        english.entries[context] = entry

    languages = [english]
    for path in sorted(glob.glob(os.path.join(directory, "*.po"))):
        raw = _read_entries(path)
        fields = _header(raw, path)
        code, name = _language(fields, path)
        if code in (l.code for l in languages):
            raise CatalogueError(f"{path}: a second catalogue for the language {code}")
        language = Language(code, name, _plural_rule(fields, path), path)
        translated = {}
        for e in raw:
            context = e.get("msgctxt")
            if context is None:
                continue
            if context not in english.entries:
                raise CatalogueError(
                    f"{path}:{e['line']}: {context} is not a text of {SOURCE} "
                    f"(update the file with msgmerge)")
            source = english.entries[context]
            if e["fuzzy"]:
                continue
            if source.english_plural is not None:
                one, other = e.get("msgstr[0]", ""), e.get("msgstr[1]", "")
                if one and other:
                    translated[context] = (one, other)
            elif e.get("msgstr"):
                translated[context] = (e["msgstr"], None)
        for context, source in english.entries.items():
            entry = Entry(context, source.english, source.english_plural, source.line)
            if context in translated:
                entry.translation, entry.translation_plural = translated[context]
                for form, english_form in ((entry.translation, source.english),
                                           (entry.translation_plural, source.english_plural)):
                    if form is not None and placeholders(form) != placeholders(english_form):
                        raise CatalogueError(
                            f"{path}: {context}: the translation's placeholders "
                            f"{placeholders(form)} differ from the English "
                            f"{placeholders(english_form)}")
            language.entries[context] = entry
        languages.append(language)
    return languages


def texts(prefix, code, directory=CATALOGUE_DIR):
    """{name: text} of every context "prefix.name", in the language `code`
    (English where a text is not translated)."""
    for language in read_catalogue(directory):
        if language.code == code:
            out = {}
            for context, entry in language.entries.items():
                if context.startswith(prefix + "."):
                    out[context[len(prefix) + 1:]] = entry.translation or entry.english
            return out
    raise CatalogueError(f"no catalogue for the language {code}")


def language_codes(directory=CATALOGUE_DIR):
    return [language.code for language in read_catalogue(directory)]
