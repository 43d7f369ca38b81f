#!/usr/bin/env python3
"""How much of the wrong-place problem the evidence word lists can see.

usage: names_coverage.py GOLD.jsonl [--names FILE] [--rules FILE] [--examples N]
                         -- COMMAND [ARG...]
       names_coverage.py --collisions [--names FILE] [--lexicon FILE] [--miltag BIN]

With a gold file (the format of ../shared/eval/places.py), COMMAND tags the
texts as places.py does; each place tag is right or wrong by the same rule,
and a wrong one falls in a gold PER(S), ORG or other entity, or in plain
words.  For every tag the words around it are looked up in the evidence lists
(data/src/names-generated.tsv, through `miltag explain` on the lists alone)
and the rules (data/src/name-rules.tsv), and the tag gets the evidence found:

  person: the tag is a first name followed by a capitalized word; a first name
          or an initial (В., Ів., J.) before it; a patronymic after it; a title
          before it; a speech verb within two words (no sentence end between)
  org:    an organisation word before it (directly or before an opening quote);
          an organisation suffix after it; inside <...> (a ticker)
  place:  a locative preposition or a generic place word before it, or a
          generic place word after it
  name:   the tag's text is itself a first-name or surname form

RULE counts the tags a simple combination would reject: strong evidence (a
first name or initial before, a first name + capitalized word, a patronymic,
an organisation word before a quote, a suffix, a ticker), or a title or
speech verb next to a word that is itself a name form; never with place
evidence beside it.

It prints, per kind of tag (right, wrong in PER, wrong in ORG, ...), how many
tags have each kind of evidence: the coverage the evidence module can reach,
and how often it would fire on right place tags.

With --collisions, the place rows of the lexicon whose term is a first-name
or surname form are counted, by the flags they carry.
"""
import argparse
import collections
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
WORD = re.compile(r"[^\W_]+(?:['’ʼ`][^\W_]+)*|\S", re.U)
QUOTES = "«»„“”\"'‘’‹›"
SENTENCE_END = {".", "!", "?", ";", "…"}


def norm(w):
    return w.lower().replace("ё", "е").replace("’", "'").replace("ʼ", "'")


def load_names(path):
    rows = [l.split("\t") for l in Path(path).read_text(encoding="utf-8").splitlines()
            if l and not l.startswith("#")]
    header, rows = rows[0], rows[1:]
    by_id = collections.defaultdict(list)
    for r in rows:
        by_id[r[2]].append("\t".join(r))
    return "\t".join(header), by_id


def lookup(miltag, names, words):
    """word -> set of roles ('first-name', ...) whose lists give it (one
    compiled entry at a time, so that a word found is a form of that entry)."""
    header, by_id = load_names(names)
    words = sorted({w for w in words if re.fullmatch(r"[^\W_]+(?:'[^\W_]+)*", w)})
    found = collections.defaultdict(set)
    with tempfile.TemporaryDirectory() as tmp:
        lex = Path(tmp) / "one.tsv"
        for eid, rows in by_id.items():
            lex.write_text(header + "\n" + "\n".join(rows) + "\n", encoding="utf-8")
            role = eid.split(".")[1]
            lang = eid.split(".")[2]
            for i in range(0, len(words), 20000):
                text = " , ".join(words[i:i + 20000])
                p = subprocess.run([miltag, "explain", "--lexicon", str(lex), "-"], input=text.encode(),
                                   capture_output=True)
                if p.returncode:
                    sys.exit(p.stderr.decode()[:500])
                for m in re.finditer(r"^\s*\d+\s+\S+\s+\S+\s+(\S+)\s+key (\S+)\s+in the lexicon",
                                     p.stdout.decode(), re.M):
                    found[norm(m.group(1))] |= {role, f"{role}.{lang}"}
    return found


def load_rules(path):
    rules = collections.defaultdict(list)
    for l in Path(path).read_text(encoding="utf-8").splitlines():
        if l and not l.startswith("#") and not l.startswith("rule\t"):
            rule, lang, value, attrs = l.split("\t")
            rules[rule].append((value, dict(a.split("=") for a in attrs.split(";"))))
    return rules


def is_patronymic(tok, rules):
    if not tok[:1].isupper():
        return False
    k = norm(tok)
    return any(k.endswith(v) and len(k) - len(v) >= int(a.get("min_stem", 2)) and a.get("strength") == "strong"
               for v, a in rules["patronymic"])


def evidence(tokens, i, j, roles, rules):
    """Evidence for the tag made of tokens[i:j] (each (text, start, end))."""
    ev = set()
    text = lambda t: t[0]
    r = lambda t: roles.get(norm(t[0]), set())
    cap = lambda t: t[0][:1].isupper()
    prev = [t for t in tokens[max(0, i - 4):i]]
    nxt = tokens[j:j + 3]
    # words before, skipping quotes
    before = [t for t in prev if text(t) not in QUOTES]
    quoted = bool(prev) and text(prev[-1]) in QUOTES
    b1 = before[-1] if before else None
    b2 = before[-2] if len(before) > 1 else None
    a1 = nxt[0] if nxt else None
    a2 = nxt[1] if len(nxt) > 1 else None
    first = tokens[i]
    # person
    if "first-name" in r(first) and cap(first) and j - i == 1 and a1 and cap(a1) and text(a1) not in QUOTES:
        ev.add("person:first-name+capitalized")
    if b1 and "first-name" in r(b1) and cap(b1) and not quoted:
        ev.add("person:first-name-before")
    if b1 and text(b1) == "." and b2 and re.fullmatch(r"[^\W\d_]{1,2}", text(b2)) and text(b2)[0].isupper():
        ev.add("person:initial-before")
    if a1 and is_patronymic(text(a1), rules):
        ev.add("person:patronymic-after")
    if b1 and "title" in r(b1) or (b2 and b1 and text(b1) == "." and "title" in r(b2)):
        ev.add("person:title-before")

    def window(ts):
        for t in ts:
            if text(t) in SENTENCE_END:
                return
            yield t
    if any("speech" in r(t) for t in window(list(reversed(prev[-3:])))) or \
            any("speech" in r(t) for t in window(nxt[:3])):
        ev.add("person:speech-verb")
    # organisation
    if b1 and "org-word" in r(b1):
        ev.add("org:org-word-before" + ("-quote" if quoted else ""))
    if a1 and (text(a1) in QUOTES and a2 and "org-suffix" in r(a2) or "org-suffix" in r(a1)) and \
            (cap(a1) or text(a1) in QUOTES):
        ev.add("org:suffix-after")
    if b1 and text(b1) == "<" or (prev and text(prev[-1]) == "<"):
        ev.add("org:ticker")
    # place
    if b1 and ("locative" in r(b1) or "generic-place" in r(b1)):
        ev.add("place:before")
    # the same before a first name of the tag's (вул. Богдана Хмельницького)
    k = len(before) - 1
    while k >= 0 and ("first-name" in r(before[k]) or text(before[k]) == "." or
                      re.fullmatch(r"[^\W\d_]{1,2}", text(before[k]))):
        k -= 1
    if 0 <= k < len(before) - 1 and ("locative" in r(before[k]) or "generic-place" in r(before[k])):
        ev.add("place:before-name")
    if a1 and "generic-place" in r(a1):
        ev.add("place:generic-after")
    # capitals that prove nothing (issue 12, item 4)
    if i == 0 or text(tokens[i - 1]) in SENTENCE_END | set(QUOTES) | {"—", "–", "-", ":", "(", "•"}:
        ev.add("caps:sentence-or-quote-start")
    if all(t[0].isupper() and len(t[0]) > 1 for t in tokens[i:j]) and any(len(t[0]) > 3 for t in tokens[i:j]):
        ev.add("caps:all-caps")
    # the name itself
    if j - i == 1 and r(first) & {"first-name", "surname"}:
        ev.add("name:is-name-form")
    return ev


def score(gold_path, cmd, names, rules_path, miltag, nex):
    gold = [json.loads(l) for l in open(gold_path, encoding="utf-8") if l.strip()]
    data = "".join(g["text"].replace("\n", " ") + "\n" for g in gold).encode()
    p = subprocess.run(cmd, input=data, capture_output=True)
    if p.returncode:
        sys.exit(p.stderr.decode()[:500])
    preds = [[] for _ in gold]
    for raw in p.stdout.decode().splitlines():
        o = json.loads(raw)
        b = gold[o["line"] - 1]["text"].encode()
        for t in o["tags"]:
            if t["category"] == "place":
                preds[o["line"] - 1].append((len(b[:t["start"]].decode(errors="replace")),
                                             len(b[:t["end"]].decode(errors="replace"))))
    ov = lambda a, b: a[0] < b[1] and b[0] < a[1]
    items = []          # (kind, tokens, i, j, text)
    for g, pred in zip(gold, preds):
        text = g["text"]
        toks = [(m.group(), m.start(), m.end()) for m in WORD.finditer(text)]
        locs = [tuple(l["span"]) for l in g["loc"]]
        for q in pred:
            hits = sum(ov(q, l) for l in locs)
            if hits == 1:
                kind = "right"
            else:
                o = [x[2] for x in g.get("other", []) if ov(q, (x[0], x[1]))]
                kind = "wrong " + (("PER" if o[0].startswith("PER") else o[0]) if o else "plain")
            idx = [k for k, t in enumerate(toks) if ov((t[1], t[2]), q)]
            if idx:
                items.append((kind, toks, idx[0], idx[-1] + 1, text[q[0]:q[1]]))
    words = set()
    for _, toks, i, j, _ in items:
        words |= {norm(t[0]) for t in toks[max(0, i - 4):j + 3]}
    roles = lookup(miltag, names, words)
    rules = load_rules(rules_path)
    table = collections.defaultdict(collections.Counter)
    examples = collections.defaultdict(list)
    for kind, toks, i, j, text in items:
        ev = evidence(toks, i, j, roles, rules)
        c = table[kind]
        c["tags"] += 1
        for e in ev:
            c[e] += 1
        groups = {e.split(":")[0] for e in ev}
        for gname in ("person", "org", "place", "name", "caps"):
            if gname in groups:
                c[f"any {gname}"] += 1
        strong = ev & {"person:first-name+capitalized", "person:first-name-before", "person:initial-before",
                       "person:patronymic-after", "org:org-word-before-quote", "org:suffix-after", "org:ticker"}
        weak = ev & {"person:title-before", "person:speech-verb"}
        if (strong or (weak and "name:is-name-form" in ev)) and "place" not in groups:
            # a rule the evidence module could start from: strong evidence, or a
            # title or speech verb next to a word that is itself a name form,
            # and no place evidence beside it
            c["RULE: strong, or weak + name form; no place"] += 1
        if "person" in groups or "org" in groups:
            c["any person or org"] += 1
            if "place" not in groups:
                c["person or org, no place evidence"] += 1
        rule = (strong or (weak and "name:is-name-form" in ev)) and "place" not in groups
        if len(examples[kind]) < nex and (kind == "right") == bool(rule):
            ctx = " ".join(t[0] for t in toks[max(0, i - 3):j + 3])
            examples[kind].append(f"{text} [{', '.join(sorted(ev)) or '-'}] ... {ctx}")
    print(f"{gold_path}: {len(items)} place tags")
    for kind in sorted(table, key=lambda k: (k != "right", k)):
        c = table[kind]
        n = c["tags"]
        print(f"  {kind}: {n} tags")
        for e, v in sorted(c.items(), key=lambda kv: (-kv[1], kv[0])):
            if e != "tags":
                print(f"    {e:36} {v:5}  {v / n:6.1%}")
        for ex in examples[kind]:
            print(f"      e.g. {ex}")


def collisions(names, lexicon, miltag):
    rows = [l.split("\t") for l in Path(lexicon).read_text(encoding="utf-8").splitlines()
            if l and not l.startswith("#")]
    header, rows = rows[0], rows[1:]
    col = {c: i for i, c in enumerate(header)}
    places = [r for r in rows if r[col["category"]] == "place" and " " not in r[col["term"]]
              and "-" not in r[col["term"]]]
    roles = lookup(miltag, names, {norm(r[col["term"]]) for r in places})
    prior = {}
    for r in rows:
        for a in r[col["attrs"]].split(";"):
            if a.startswith("prior="):
                prior[r[col["id"]]] = float(a[6:])
    c = collections.Counter()
    ex = collections.defaultdict(list)
    for r in places:
        rl = roles.get(norm(r[col["term"]]), set()) & {"first-name", "surname"}
        if not rl:
            continue
        flags = set(filter(None, r[col["flags"]].split(",")))
        how = "ctx" if "ctx" in flags else "amb" if "amb" in flags else "cap only" if "cap" in flags else "unflagged"
        size = "prior>=20000" if prior.get(r[col["id"]], 0) >= 20000 else "prior<20000"
        own = roles.get(norm(r[col["term"]]), set()) & {f"first-name.{r[col['lang']]}", f"surname.{r[col['lang']]}"}
        role = "+".join(sorted(rl)) + (" (same lang)" if own else " (other lang only)")
        c[("all", "same lang" if own else "other lang only")] += 1
        c[(r[col["lang"]], role, how, size)] += 1
        c[("all", how)] += 1
        c[("all", size)] += 1
        c[("all",)] += 1
        if len(ex[(r[col["lang"]], how)]) < 12:
            ex[(r[col["lang"]], how)].append(r[col["term"]])
    print(f"single-word place rows: {len(places)}; rows whose term is a first-name or surname form: {c[('all',)]}")
    for k, v in sorted(c.items(), key=lambda kv: (len(kv[0]) != 2, kv[0])):
        if k != ("all",):
            print(f"  {' / '.join(k):52} {v}")
    for k, v in sorted(ex.items()):
        print(f"  e.g. {' / '.join(k)}: {' '.join(v)}")


def main():
    argv = sys.argv[1:]
    cmd = []
    if "--" in argv:
        cmd, argv = argv[argv.index("--") + 1:], argv[:argv.index("--")]
    ap = argparse.ArgumentParser()
    ap.add_argument("gold", nargs="?")
    ap.add_argument("--names", default=str(REPO / "data" / "src" / "names-generated.tsv"))
    ap.add_argument("--rules", default=str(REPO / "data" / "src" / "name-rules.tsv"))
    ap.add_argument("--lexicon", default=str(REPO / "data" / "lexicon.tsv"))
    ap.add_argument("--miltag", default=str(REPO / "build" / "miltag"))
    ap.add_argument("--examples", type=int, default=0)
    ap.add_argument("--collisions", action="store_true")
    a = ap.parse_args(argv)
    if a.collisions:
        collisions(a.names, a.lexicon, a.miltag)
    elif a.gold and cmd:
        score(a.gold, cmd, a.names, a.rules, a.miltag, a.examples)
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main()
