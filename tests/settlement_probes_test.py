#!/usr/bin/env python3
"""The settlement patterns (data/src/places.tsv, "Settlements") on real and
written sentences: tests/probes/settlements.tsv gives each sentence's place
tags exactly (text=id, joined by |).  Positives are names after a settlement
word that the gazetteer lacks (place.pattern.*: the name alone is the tag);
negatives are names the gazetteer knows, which keep their own entry, and
settlement words before no village's name (a year's г., господин's г.,
metres' м., a first name, a quotation, capitals).

usage: settlement_probes_test.py BUILD_DIR SOURCE_DIR

Prints 'N passed, N failed'.
"""
import json
import subprocess
import sys
from pathlib import Path


def main():
    build, source = Path(sys.argv[1]), Path(sys.argv[2])
    probes = []
    for line in (source / "tests" / "probes" / "settlements.tsv").read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        text, want = line.split("\t")
        probes.append((text, want))
    out = subprocess.run([str(build / "miltag"), "--format", "jsonl"],
                         input="".join(t + "\n" for t, _ in probes), capture_output=True,
                         text=True, check=True).stdout.splitlines()
    assert len(out) == len(probes), (len(out), len(probes))
    passed = failed = 0
    for (text, want), rec in zip(probes, out):
        tags = [t for t in json.loads(rec)["tags"] if t["category"] == "place"]
        got = "|".join("%s=%s" % (t["text"], t["id"]) for t in tags)
        if got == want:
            passed += 1
        else:
            failed += 1
            print("FAIL: %s\n  want %s\n  got  %s" % (text, want or "(none)", got or "(none)"))
    npos = sum("place.pattern." in w for _, w in probes)
    print("%d passed, %d failed (%d positives, %d negatives)" % (passed, failed, npos, len(probes) - npos))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
