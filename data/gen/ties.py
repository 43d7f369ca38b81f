#!/usr/bin/env python3
"""List the place names whose likeliest entries tie (docs/places.md,
"Prominence").

usage: ties.py [--extend FILE]... [--all] [--max N] [LEXICON]

Where several place entries share a surface form (the compiler's key, as
placelib.key approximates it), the compiler ranks an unambiguous row
before an ambiguous one, then by the entry's `prior`, and only then by
source order.  A tie on both at the top of a name means the tag's id is
decided by the order of the rows in the files: this lists every such name
with the tied entries, one line each (term, prior, ids).  LEXICON defaults
to data/lexicon.tsv; --extend adds a file on top of it (the optional
layer, data/extra/world-extra.tsv).  The exit status is 1 when a tie is
found among entries of tier 1 or 2 (places a reader may mean without
further evidence), 0 otherwise; --all lists the ties of tier-3 places
too.  --max N lists at most N lines.

The generators (data/gen/world.py, data/gen/places.py) are meant to leave
no tie; the test suite runs this on the built-in lexicon.
"""
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from placelib import key  # noqa: E402

DATA = Path(__file__).resolve().parent.parent


def attrs_of(field):
    out = {}
    for part in field.split(";"):
        if "=" in part:
            k, v = part.split("=", 1)
            out[k] = v
    return out


def read(paths):
    """(rows: key -> {id: best amb}, prior: id -> float, tier: id -> str)"""
    rows = defaultdict(dict)
    prior, tier = {}, {}
    for path in paths:
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.startswith("#") or line.startswith("term\t"):
                    continue
                c = line.rstrip("\n").split("\t")
                if len(c) < 3 or c[1] != "place":
                    continue
                c += [""] * (8 - len(c))
                term, eid, flags, attrs = c[0], c[2], c[6].split(","), attrs_of(c[7])
                if "prior" in attrs:
                    prior[eid] = float(attrs["prior"])
                if "tier" in attrs:
                    tier[eid] = attrs["tier"]
                if "not" in flags or "{" in term:
                    continue
                amb = int("amb" in flags or "ctx" in flags)
                k = key(term)
                rows[k][eid] = min(rows[k].get(eid, 1), amb)
    return rows, prior, tier


def ties(paths, every=False):
    rows, prior, tier = read(paths)
    out = []
    for k in sorted(rows):
        ents = rows[k]
        if len(ents) < 2:
            continue
        ranked = sorted(ents, key=lambda e: (ents[e], -prior.get(e, 0)))
        top = ranked[0]
        best = (ents[top], prior.get(top, 0))
        tied = [e for e in ranked if (ents[e], prior.get(e, 0)) == best]
        if len(tied) < 2:
            continue
        small = all(tier.get(e, "3") == "3" for e in tied)
        if small and not every:
            continue
        out.append((k, best[1], sorted(tied), small))
    return out


def main(argv):
    base, extend, every, limit = None, [], False, None
    it = iter(argv)
    for a in it:
        if a == "--extend":
            extend.append(next(it))
        elif a == "--all":
            every = True
        elif a == "--max":
            limit = int(next(it))
        else:
            base = a
    paths = [base or str(DATA / "lexicon.tsv")] + extend
    found = ties(paths, every)
    for n, (k, p, ids, small) in enumerate(found):
        if limit is not None and n >= limit:
            print(f"... and {len(found) - limit} more")
            break
        print(f"{k}\t{p:.0f}\t{' '.join(ids)}{'  (tier 3)' if small else ''}")
    print(f"{len(found)} tied names", file=sys.stderr)
    return 1 if any(not s for *_, s in found) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
