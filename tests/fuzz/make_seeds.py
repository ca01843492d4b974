#!/usr/bin/env python3
"""Writes the fuzzers' seed corpus (corpus/<target>/) and dictionaries (dict/).

The files are committed; run this again after changing it:
    python3 tests/fuzz/make_seeds.py
Formats are described at the top of each fuzz_*.cc.
"""

import os
import shutil
import struct

HERE = os.path.dirname(os.path.abspath(__file__))

METRICS = ["map_elements", "exec_signoff", "goal_alignment", "revenue_target", "revenue_actual",
           "pipeline", "resources_committed", "resources_actual", "exec_sponsor", "sales_sponsor",
           "manager_changes", "trust", "jbp", "days_since_qbr", "exit_plan", "account_conflicts",
           "trust_gap", "open_changes", "quarters_declining"]
GOOD = ["=8", "yes", "=0.8", "=100", "=90", "=50", "=4", "=4", "yes", "y", "=0", "=4", "TRUE",
        "=30", "=1", "=0", "=0.5", "=0", "=1"]
NONE3 = [None, None, None]  # the version-2 metrics, not known


def grid(rows):
    return "\n".join("\t".join(row) for row in rows).encode("utf-8")


def metrics_seeds():
    block = [[name, value] for name, value in zip(METRICS, GOOD)]
    yield "block", grid(block)
    yield "block_weights_previous", grid(block + [["=0.25", "=0.3", "=0.2", "=0.15", "=0.1"],
                                                  ["", "=55"]])
    yield "portfolio_row", grid([["Partner"] + [n.replace("_", " ").title() for n in METRICS]
                                 + ["Region"], ["Northwind"] + GOOD + ["EMEA"]])
    yield "spellings", grid([["Revenue target", "REVENUE-TARGET", "revenue\u00a0actual",
                              "\u201ctrust\u201d", "Exec\u2013Sponsor", "jbp\u3002", "x" * 40],
                             ["=100", "=100", "=80", "=5", "no", " Yes ", "=3"]])
    yield "bad_values", grid([["trust", "=7"], ["jbp", "maybe"], ["exit_plan", "#"],
                              ["manager_changes", "=1.5"], ["revenue_target", "=0"],
                              ["pipeline", "=-1"], ["goal_alignment", "12"]])
    # version 2: the warning signs' boundaries, and values out of range
    yield "version_2", grid([["Trust gap", "=1"], ["Open changes", "=1"],
                             ["Quarters declining", "=2"], ["trust", "=3"]])
    yield "version_2_bad", grid([["trust_gap", "=4.5"], ["open_changes", "=0.5"],
                                 ["quarters_declining", "=-1"], ["jbp", "yes"]])
    yield "twice", grid([["trust", "=4"], ["Trust", "=5"], ["jbp", ""], ["JBP", "yes"]])
    yield "nothing_known", grid([["Notes", "none"], ["", "=3"], ["=4", "trust"]])
    yield "three_columns", grid([["trust", "=4", "=5"], ["jbp", "yes", "no"]])
    # findings (docs/reliability.md): five weights of 1e308 overflowed the health
    yield "regression_huge_weights", grid(block + [["=1e308"] * 5])


def programme_seeds():
    yield "ratings", grid([["=4", "=3", "=5", "", "=2"], ["=2", "=3", "=4", "=1", ""],
                           ["=1", "=5", "=55", "=60", "=2", "=70", "=50"]])
    yield "custom_scale", grid([["=10", "=0"], ["=5", "=0"], ["=0", "=10", "=49.999999999999993"]])
    yield "answers", grid([["yes", "partial", "no", "", "y", "n", "TRUE", "=0.5", "=1", "=0"]])
    yield "dimensions", grid([["strategy", " Execution ", "TRUST", "governance", "commitment",
                               "risk"]])
    yield "weights", grid([["=0.25", "=0.3", "=0.2", "=0.15", "=0.1"], ["=0", "=0", "=0", "=0",
                                                                       "=0"]])
    # findings: ratings at both ends of the largest scale overflowed the alignment
    yield "regression_extremes", grid([["=-1.7976931348623157e308", "=1.7976931348623157e308"],
                                       ["=1.7976931348623157e308", "=-1.7976931348623157e308"],
                                       ["=-1.7976931348623157e308", "=1.7976931348623157e308"]])
    yield "texts", grid([["\u00e9\u00e8 \U0001F600 \u200b\ufeff", "\u0301", "A" * 60,
                          "\u682a\u5f0f\u4f1a\u793e"]]) + b"\t\xff\xfe\xed\xa0\x80"


def utf16(text):
    return text.encode("utf-16-le", "surrogatepass")


def account_seeds():
    yield "lists", utf16("k3y\nACME Inc.\nAcme, Incorporated\nacme.com\njane@acme.com\n\u0001\n"
                         "\u000c\nAcme GmbH\nhttps://www.stock.walmart.com/x\nsomeone@gmail.com\n"
                         "\u00034711\nInitech LLC")
    yield "names", utf16("secret\nThe Coca-Cola Company\nA B Volvo\nSoci\u00e9t\u00e9 "
                         "G\u00e9n\u00e9rale S.A.\n\u00d8rsted A/S\n"
                         "\u0141\u00f3d\u017a Logistics Sp. z o.o.\n"
                         "Toyota Motor Corporation\nM\u00fcller & S\u00f6hne GmbH")
    yield "cjk", utf16("\u682a\u5f0f\u4f1a\u793e \u6771\u4eac\u96fb\u6a5f\n\u30c8\u30e8\u30bf"
                       "\u81ea\u52d5\u8eca\u682a\u5f0f\u4f1a\u793e\n\uc0bc\uc131\uc804\uc790 "
                       "\uc8fc\uc2dd\ud68c\uc0ac")
    yield "scripts", utf16("\u0e1a\u0e23\u0e34\u0e29\u0e31\u0e17 \u0e44\u0e17\u0e22 \u0e08\u0e33"
                           "\u0e01\u0e31\u0e14\n\u0917\u0942\u0917\u0932 \u0907\u0902\u0921\u093f"
                           "\u092f\u093e\n\u0413\u0430\u0437\u043f\u0440\u043e\u043c \u041f\u0410"
                           "\u041e\n\u05d0\u05b5\u05dc \u05e2\u05b7\u05dc \u05d1\u05e2\"\u05de")
    yield "addresses", utf16("\nJane Doe <jane@walmart.com>\nmailto:x@y.co.uk?subject=1\n"
                             "tesco.co.uk\nhttp://[::1]:80/\nhttps://user:pw@10.0.0.1/x\n"
                             "Amazon.com, Inc.\nS.Com.\nwww.example.org.")
    yield "odd_units", utf16("\ud800\n\udc00x\n\ufeff\u202eAcme\u200d\n\u0001\n\u0002\n\u0003"
                             "1e308\n\u0003-0\n&\n'''\n\ufdfa")


def qbr_seed(values, previous=None, weights=None):
    out = b""
    for v in values:
        out += b"\x00" if v is None else b"\x80" + struct.pack("<d", v)
    out += b"\x00" if previous is None else b"\x80" + struct.pack("<d", previous)
    if weights:
        for w in weights:
            out += b"\x80" + struct.pack("<d", w)
    return out


def qbr_seeds():
    yield "scorecard", qbr_seed([8, 1, 0.7, 100, 50, 120, 10, 8, 1, 0, 1, 4.2, 1, 150, 0, 2]
                                + NONE3, 64)
    yield "scorecard_version_2", qbr_seed([8, 1, 0.7, 100, 50, 120, 10, 8, 1, 0, 1, 4.2, 1, 150,
                                           0, 2, 1, 1, 2], 64)
    yield "revenue_only", qbr_seed([None, None, None, 100, 120, 5] + [None] * 13)
    yield "weights", qbr_seed([10, 1, 1, 100, 100, 0, 4, 4, 1, 1, 0, 5, 1, 10, 1, 0] + NONE3, 100,
                              [0, 1, 0, 0, 0])
    yield "interesting", bytes(range(1, 25))
    # findings: "-9223372036854775808% of target", "covers inf times", "covers -0.0 times"
    none3 = [None, None, None]
    yield "regression_huge_over_tiny", qbr_seed(none3 + [1e-300, 1e308, 1e308] + [None] * 13)
    yield "regression_inf_coverage", qbr_seed(none3 + [100, 99.9999999, 1e308] + [None] * 13)
    yield "regression_minus_zero", qbr_seed(none3 + [100, 50, -0.0] + [None] * 13)


def dictionary(name, tokens):
    with open(os.path.join(HERE, "dict", name), "w", encoding="ascii") as f:
        for token in tokens:
            escaped = "".join(c if 0x20 <= ord(c) < 0x7f and c not in '"\\' else "\\x%02x" % ord(c)
                              for c in token)
            f.write('"%s"\n' % escaped)


def main():
    for target, seeds in (("fuzz_metrics", metrics_seeds()), ("fuzz_programme", programme_seeds()),
                          ("fuzz_account_key", account_seeds()),
                          ("fuzz_account_lists", account_seeds()),
                          ("fuzz_qbr_summary", qbr_seeds())):
        folder = os.path.join(HERE, "corpus", target)
        shutil.rmtree(folder, ignore_errors=True)
        os.makedirs(folder)
        for name, data in seeds:
            with open(os.path.join(folder, name), "wb") as f:
                f.write(data)
    os.makedirs(os.path.join(HERE, "dict"), exist_ok=True)
    grid_tokens = METRICS + ["yes", "no", "partial", "TRUE", "false", "#", "\t", "\n", "=0", "=1",
                             "=-1", "=0.5", "=100", "=1e308", "=-1e308", "=1.7976931348623157e308",
                             "=5e-324", "=inf", "=-inf", "=nan",
                             "=-0", "strategy", "execution", "commitment", "governance",
                             "\xc2\xa0", "\xe2\x80\x93", "\xed\xa0\x80"]
    dictionary("grid.dict", grid_tokens)
    account_tokens = ["Inc", "GmbH", "S.A.", "Ltd", "The ", " Co", "Corporation", "&", "'",
                      ".com", ".co.uk", "@", "://", "www.", "mailto:", "<", ">", "\n", "\x0c",
                      "\x01", "\x02", "\x03", "gmail", ":", "/", "?", "#", "[", "."]
    dictionary("accounts.dict",
               ["".join(chr(b) for b in token.encode("utf-16-le")) for token in account_tokens])


if __name__ == "__main__":
    main()
