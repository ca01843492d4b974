#!/usr/bin/env python3
"""The man page and the bash completion of alliancecalc, made from the built
tool's own --help texts, so that neither can drift from the options.

    make_cli_docs.py BINARY VERSION MAN_PAGE COMPLETION
"""

import re
import subprocess
import sys


def help_text(binary, *command):
    return subprocess.run([binary, *command, "--help"], capture_output=True, text=True,
                          check=True, timeout=60).stdout


def commands(top_help):
    """[(name, summary)] from the "Commands:" block of the top-level help."""
    block = top_help.split("Commands:", 1)[1].split("\n\n", 1)[0]
    found = []
    for line in block.splitlines():
        match = re.match(r"  (\w[\w-]*)\s+(.*)", line)
        if match:
            found.append(match.groups())
    return found


def options(command_help):
    """{option: value name or None} from a command's "Options:" block."""
    block = command_help.split("Options:", 1)[1].split("\n\n", 1)[0]
    found = {}
    for line in block.splitlines():
        match = re.match(r"  (?:-\w \[ )?(--[\w-]+)(?: \])?(?: ([A-Z][\w|-]*|[a-z]+\|[\w|]+))?",
                         line)
        if match:
            found[match.group(1)] = match.group(2)
    return found


def roff(text):
    """Text set verbatim (.nf) in a man page."""
    lines = []
    for line in text.rstrip("\n").splitlines():
        line = line.replace("\\", "\\e")
        if line.startswith((".", "'")):
            line = "\\&" + line
        lines.append(line)
    return "\n".join(lines)


def man_page(binary, version):
    top = help_text(binary)
    description = top.split("\n\n")[1].strip()
    out = [
        '.TH ALLIANCECALC 1 "" "alliancecalc %s" "User Commands"' % version,
        ".SH NAME",
        "alliancecalc \\- alliance scorecards from LibreOffice Calc portfolio workbooks",
        ".SH SYNOPSIS",
        ".B alliancecalc",
        "[\\-\\-help] [\\-\\-version]",
        ".I COMMAND",
        "[ARGS]",
        ".SH DESCRIPTION",
        roff(description),
        ".PP",
        "It drives a headless LibreOffice with the AllianceCalc extension installed; the",
        "office runs on a copy of a profile, so the user's own office and profile are never",
        "changed, and the workbooks given to it are only read.",
        ".SH COMMANDS",
    ]
    for name, summary in commands(top):
        out += [".SS %s" % name, roff(summary) + ".", ".nf", roff(help_text(binary, name)), ".fi"]
    out += [
        ".SH ENVIRONMENT",
        ".TP",
        ".B ALLIANCECALC_PROFILE",
        "the LibreOffice profile to use when \\-\\-profile is not given",
        ".SH FILES",
        ".TP",
        ".I /usr/share/alliancecalc/templates",
        "the QBR and portfolio templates",
        ".TP",
        ".I /usr/share/alliancecalc/AllianceCalc.oxt",
        "the extension package, for installing into a profile with unopkg or the Extension "
        "Manager",
        ".TP",
        ".I ~/.config/libreoffice/4",
        "the user's own profile, used (as a copy) when AllianceCalc is installed there",
        "",
    ]
    return "\n".join(out)


def completion(binary):
    top = help_text(binary)
    names = [name for name, _ in commands(top)]
    cases = []
    for name in names:
        opts = options(help_text(binary, name))
        words = " ".join(sorted(opts))
        dirs = "|".join(o for o, v in sorted(opts.items()) if v == "DIR")
        files = "|".join(o for o, v in sorted(opts.items()) if v == "FILE")
        values = "|".join(o for o, v in sorted(opts.items()) if v and v not in ("DIR", "FILE"))
        lines = ["    %s)" % name, "      case \"$prev\" in"]
        if dirs:
            lines.append("        %s) COMPREPLY=($(compgen -d -- \"$cur\")); return ;;" % dirs)
        if files:
            lines.append("        %s) COMPREPLY=($(compgen -f -- \"$cur\")); return ;;" % files)
        if values:
            lines.append("        %s) return ;;" % values)
        lines += ["      esac",
                  "      if [[ $cur == -* ]]; then",
                  "        COMPREPLY=($(compgen -W \"%s\" -- \"$cur\"))" % words,
                  "      else",
                  "        COMPREPLY=($(compgen -f -- \"$cur\"))",
                  "      fi",
                  "      ;;"]
        cases += lines
    return "\n".join([
        "# bash completion for alliancecalc (made from its --help by scripts/make_cli_docs.py)",
        "_alliancecalc() {",
        "  local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]}",
        "  if [ \"$COMP_CWORD\" -eq 1 ]; then",
        "    COMPREPLY=($(compgen -W \"%s --help --version\" -- \"$cur\"))" % " ".join(names),
        "    return",
        "  fi",
        "  compopt -o filenames 2>/dev/null",
        "  case ${COMP_WORDS[1]} in",
        *cases,
        "  esac",
        "}",
        "complete -F _alliancecalc alliancecalc",
        "",
    ])


def main():
    binary, version, man_path, completion_path = sys.argv[1:5]
    with open(man_path, "w", encoding="utf-8") as f:
        f.write(man_page(binary, version))
    with open(completion_path, "w", encoding="utf-8") as f:
        f.write(completion(binary))


if __name__ == "__main__":
    main()
