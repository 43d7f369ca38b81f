#!/usr/bin/env python3
"""`miltag explain` marks as TAG exactly what the scan reports (standard
library only).

usage: explain_agree_test.py BUILD_DIR PATH [MAX_LINES]

Every line of the files at PATH (a file, or a directory of them: the seed
articles in ../shared/corpus/seeds) is one text: the spans explain marks
TAG must be the tags `miltag --format tsv` prints for it, span, category
and id.  The texts live outside the project: when PATH is not there the
test exits with status 77, which ctest reports as skipped.  MAX_LINES (0:
all) caps the lines read from each file, to run it by hand on a large
corpus.
"""
import os
import re
import sys
import unittest

BUILD = sys.argv[1]
PATH = sys.argv[2]
MAX_LINES = int(sys.argv[3]) if len(sys.argv) > 3 else 0
SKIPPED = 77

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cliutil import Miltag  # noqa: E402

run = Miltag(os.path.join(BUILD, "miltag")).run

TAG = re.compile(r"^  TAG +(\d+)-(\d+) +(\S+) +(\S+) ")


def texts():
    names = [PATH] if os.path.isfile(PATH) else [os.path.join(PATH, n) for n in sorted(os.listdir(PATH))]
    for name in names:
        with open(name, "rb") as f:
            lines = f.read().split(b"\n")
        if MAX_LINES:
            lines = lines[:MAX_LINES]
        for i, line in enumerate(lines):
            line = line.rstrip(b"\r")
            if line.strip():
                yield f"{os.path.basename(name)}:{i + 1}", line


def scanned(text):
    out = run(["--format", "tsv"], text + b"\n").stdout.decode("utf-8")
    got = set()
    for row in out.splitlines():
        f = row.split("\t")
        got.add((int(f[1]), int(f[2]), f[3], f[4]))
    return got


def explained(text):
    out = run(["explain", "-"], text).stdout.decode("utf-8")
    tags = {}
    for row in out.splitlines():
        m = TAG.match(row)
        if m:
            tags.setdefault((int(m[1]), int(m[2]), m[3]), set()).add(m[4])
    return tags


class ExplainAgreesWithScan(unittest.TestCase):
    def test_every_line(self):
        n = 0
        bad = []
        for where, text in texts():
            n += 1
            scan = scanned(text)
            expl = explained(text)
            spans = {(s, e, c) for s, e, c, _ in scan}
            # a tag of several readings is one span of explain's TAG rows; the
            # scan prints its first id
            if spans != set(expl) or any(i not in expl[(s, e, c)] for s, e, c, i in scan):
                only_scan = sorted(spans - set(expl))
                only_expl = sorted(set(expl) - spans)
                bad.append(f"{where}: scan only {only_scan}, explain only {only_expl}: "
                           f"{text[:200].decode('utf-8', 'replace')}")
        self.assertTrue(n, f"no text at {PATH}")
        self.assertFalse(bad, f"{len(bad)} of {n} texts disagree:\n" + "\n".join(bad[:40]))


if __name__ == "__main__":
    if not os.path.exists(PATH):
        print(f"skipped: the texts are not at {PATH}", file=sys.stderr)
        sys.exit(SKIPPED)
    unittest.main(argv=[sys.argv[0], "-v"])
