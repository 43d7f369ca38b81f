#!/usr/bin/env python3
"""The tags the seed articles must yield (standard library only).

usage: seeds_test.py BUILD_DIR SEEDS_DIR

The seed articles live outside the project (../shared/corpus/seeds).  When
SEEDS_DIR is not there the test exits with status 77, which ctest reports
as skipped (SKIP_RETURN_CODE): never a silent pass.
"""
import json
import os
import sys
import unittest

BUILD, SEEDS = sys.argv[1], sys.argv[2]
SKIPPED = 77

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cliutil import Miltag  # noqa: E402

run = Miltag(os.environ.get("MILTAG_CLI") or os.path.join(BUILD, "miltag")).run


def jsonl(data):
    out = run(["--format", "jsonl"], data).stdout.decode("utf-8")
    return [json.loads(line) for line in out.splitlines()]


class Seeds(unittest.TestCase):
    def test_seed_tags(self):
        got = set()
        names = sorted(os.listdir(SEEDS))
        self.assertTrue(names, f"{SEEDS} is empty")
        for name in names:
            with open(os.path.join(SEEDS, name), "rb") as f:
                data = f.read()
            objs = jsonl(data)
            lines = data.split(b"\n")
            if lines and lines[-1] == b"":
                lines.pop()
            self.assertEqual(len(objs), len(lines))
            for i, o in enumerate(objs):
                raw = lines[i].rstrip(b"\r")
                for t in o["tags"]:
                    self.assertTrue(0 <= t["start"] < t["end"] <= len(raw))
                    self.assertEqual(raw[t["start"]:t["end"]].decode("utf-8", errors="replace"),
                                     t["text"])
            got |= {(t["category"], t["text"]) for o in objs for t in o["tags"]}
        for text in ("200s", "300s", "500s"):
            self.assertIn(("casualty", text), got)
        for text in ("Wagner", "K Battalion"):
            self.assertIn(("unit", text), got)
        for text in ("Kharkiv", "Luhansk", "Donetsk", "Bakhmut", "Kursk", "Postoyalye Dvory",
                     "Ukraine", "Pyongyang", "Kazan"):
            self.assertIn(("place", text), got)


if __name__ == "__main__":
    if not os.path.isdir(SEEDS):
        print(f"skipped: the seed articles are not at {SEEDS}", file=sys.stderr)
        sys.exit(SKIPPED)
    unittest.main(argv=[sys.argv[0], "-v"])
