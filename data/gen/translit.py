#!/usr/bin/env python3
"""Generate data/src/translit-generated.tsv: Russian and Ukrainian words as
people write them in Latin letters ("pod Bakhmutom", "iz Buryatii",
"dvukhsotykh", "ptichka vse vidit").

usage: translit.py [--forms build/miltag-forms] [--output FILE] [--stats]

Telegram comments and chat logs are often Russian or Ukrainian typed on a
Latin keyboard.  The English rows of a place give its name in the
nominative only (Bakhmut, Pskov); the case forms of a Latin line (Bakhmutom,
Pskova, Buryatii, Pokrovskom) come from the Cyrillic rows: every form the
lexicon compiler generates for them (`miltag-forms`, tools/forms.c, so the
paradigms are the compiler's own) is spelled in the common ways of writing
Russian or Ukrainian in Latin letters, and each spelling becomes a row of
the same entry with `inflect` = `none`.

What is spelled:
  * casualty and slang rows of Russian and Ukrainian (data/src/casualty.tsv,
    slang.tsv): all their forms; alternatives `(a|b)` are expanded first,
    rows with other patterns ({num}, [..]) are skipped;
  * places of Russia, Ukraine and Belarus with a population of at least
    MIN_POP, their first-level regions (entries with an ISO 3166-2 code or
    of a region's type),
    and the countries of the world.  Small villages are left out: their
    Latin forms would be many and rare.

The spellings (one choice per letter kind, all combinations, at most
MAX_VARIANTS a form): х kh/h, щ shch/sch, й y/i, ь dropped or ', я ya/ja
(Ukrainian ia/ya), ю yu/ju (Ukrainian iu/yu), е after a vowel e/ye, ия
iya/ia, ж zh, ц ts, ч ch, ш sh, ы y, и i (Ukrainian y), э e, ъ dropped;
Ukrainian г h, ґ g, і i, ї yi/i, є ye/ie.  ё is already е in the keys.

A spelling that is an English word (wamerican's list, any case) is not
generated: English text would get false tags (Rossii is fine, "Rosa" or
"Kita" would not be); nor is a code's number with a case suffix that is an
English word alone (200 togo: "200 Togo soldiers").  Nor are words of three letters or fewer, or tokens
that mix digits and letters (200kh reads as 200 hours).  A row whose key an
existing row of the same entry already has (Bakhmut, Kherson) is not
repeated.  Places keep the `cap` flag (a Latin place name counts only with
its capital), every row keeps its source row's `amb`/`ctx`.

Inputs: data/src/*.tsv (read only), /usr/share/dict/american-english
(Debian `wamerican`), build/miltag-forms (build the project first).
"""
import argparse
import itertools
import re
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
SRC = ROOT / "data" / "src"
OUT = SRC / "translit-generated.tsv"
HEADER = "term\tcategory\tid\tlabel\tlang\tinflect\tflags\tattrs"
WORDS = Path("/usr/share/dict/american-english")
MIN_POP = 20000
MAX_VARIANTS = 16
MAX_PLACE_VARIANTS = 4
COUNTRIES = {"RU", "UA", "BY"}
# kinds of regions (Ukraine's oblasts and Russia's border oblasts have no
# ISO code in data/src: places.py's)
REGION_TYPES = {"oblast", "region", "republic", "krai", "autonomous okrug", "former-region",
                "self-declared", "occupied-area", "historical-region"}
PLACE_FILES = ["places.tsv", "places-generated.tsv", "world-generated.tsv"]
OTHER_FILES = ["casualty.tsv", "slang.tsv"]
ALL_FILES = ["casualty.tsv", "units.tsv", "units-grammar-generated.tsv", "places.tsv",
             "places-generated.tsv", "world-generated.tsv", "slang.tsv", "context.tsv",
             "names-generated.tsv"]

VOWELS = set("аеёиоуыэюяіїєaeiouy")

# letter -> spellings; the first is the BGN/PCGN-like one
COMMON = {
    "а": ["a"], "б": ["b"], "в": ["v"], "д": ["d"], "ж": ["zh"], "з": ["z"],
    "к": ["k"], "л": ["l"], "м": ["m"], "н": ["n"], "о": ["o"], "п": ["p"],
    "р": ["r"], "с": ["s"], "т": ["t"], "у": ["u"], "ф": ["f"], "х": ["kh", "h"],
    "ц": ["ts"], "ч": ["ch"], "ш": ["sh"], "щ": ["shch", "sch"], "ъ": [""],
    "ь": ["", "'"], "'": [""], "ʼ": [""], "’": [""],
}
RU = dict(COMMON, **{"г": ["g"], "е": ["e"], "и": ["i"], "й": ["y", "i"], "ы": ["y"],
                     "э": ["e"], "ю": ["yu", "ju"], "я": ["ya", "ja"]})
UK = dict(COMMON, **{"г": ["h"], "ґ": ["g"], "е": ["e"], "є": ["ye", "ie"], "и": ["y"],
                     "і": ["i"], "ї": ["yi", "i"], "й": ["y", "i"], "ю": ["yu", "iu"],
                     "я": ["ya", "ia"]})


def fields(line):
    p = line.rstrip("\n").split("\t")
    return p + [""] * (8 - len(p))


def read_rows(name):
    path = SRC / name
    header = False
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        if not header:
            header = True
            continue
        yield fields(line)


def expand_alternatives(term):
    """(a|b)c -> [ac, bc]; None for other patterns."""
    if "{" in term or "[" in term:
        return None
    parts = re.split(r"\(([^()]*)\)", term)
    choices = [[p] if i % 2 == 0 else p.split("|") for i, p in enumerate(parts)]
    return ["".join(c) for c in itertools.product(*choices)]


def simple_key(s):
    """The normalizer's key, near enough for Latin and Cyrillic words."""
    s = s.lower().replace("ё", "е").replace("’", "'").replace("ʼ", "'")
    return " ".join(re.findall(r"[\w']+", s))


def spell_word(word, lang, lean=False):
    """The Latin spellings of one normalized word (at most MAX_VARIANTS).
    lean: only the first spelling of every letter but х, й and е after a
    vowel (place names: many rows, each of them rare in Latin)."""
    table = UK if lang == "uk" else RU
    if lean:
        table = {k: (v if k in "хйї" else v[:1]) for k, v in table.items()}
    slots = []
    for i, ch in enumerate(word):
        prev = word[i - 1] if i else ""
        nxt = word[i + 1] if i + 1 < len(word) else ""
        if ch.isdigit() or ("a" <= ch <= "z"):
            slots.append([ch])
        elif ch == "е" and lang == "ru" and (not prev or prev in VOWELS or prev in "ьъ"):
            slots.append(["e", "ye"])
        elif ch == "я" and prev and prev in "иі":
            slots.append(table["я"][:1] + ["a"])
        elif ch in table:
            slots.append(table[ch])
        else:
            return []  # a letter of another alphabet: leave the word alone
        if ch == "ь" and nxt and nxt in "еяюёи" and lang == "ru" and not lean:
            slots[-1] = ["", "'", "y" if nxt != "и" else ""]
    out = []
    for combo in itertools.product(*slots):
        s = "".join(combo)
        if s not in out:
            out.append(s)
        if len(out) >= MAX_VARIANTS:
            break
    return out


def spell(form, lang, lean=False):
    words = form.split(" ")
    spelled = [spell_word(w, lang, lean) for w in words]
    if any(not s for s in spelled):
        return []
    out = []
    for combo in itertools.product(*spelled):
        out.append(" ".join(combo))
        if len(out) >= (MAX_VARIANTS if not lean else 1 if len(words) > 1 else MAX_PLACE_VARIANTS):
            break
    return out


def english_words():
    words = set()
    for w in WORDS.read_text(encoding="utf-8").split():
        words.add(w.lower().replace("'s", ""))
    return words


def run_forms(forms_bin, queries):
    """queries: list of (lang, cat, inflect, term); returns list of form lists."""
    text = "".join(f"{l}\t{c}\t{i}\t{t}\n" for l, c, i, t in queries)
    r = subprocess.run([forms_bin], input=text.encode(), capture_output=True, check=True)
    out = [[] for _ in queries]
    for line in r.stdout.decode().splitlines():
        n, form = line.split("\t", 1)
        if form.startswith("!"):
            continue
        out[int(n) - 1].append(form.replace("-", ""))
    return out


def main(argv):
    ap = argparse.ArgumentParser()
    ap.add_argument("--forms", default=str(ROOT / "build" / "miltag-forms"))
    ap.add_argument("--output", default=str(OUT))
    ap.add_argument("--stats", action="store_true")
    args = ap.parse_args(argv)

    attrs = defaultdict(dict)
    place_rows = []
    for name in PLACE_FILES:
        for p in read_rows(name):
            if p[1] != "place":
                continue
            for kv in p[7].split(";"):
                if "=" in kv:
                    k, v = kv.split("=", 1)
                    attrs[p[2]].setdefault(k, v)
            if p[4] in ("ru", "uk"):
                place_rows.append(p)

    def wanted(pid):
        a = attrs[pid]
        if a.get("type") == "country":
            return True
        if a.get("country") not in COUNTRIES:
            return False
        try:
            pop = int(a.get("pop", "0"))
        except ValueError:
            pop = 0
        return pop >= MIN_POP or "iso" in a or a.get("type") in REGION_TYPES

    # Ukrainian spellings only for Ukraine's places (Pid Pokrovskom); a
    # Latin line about Buryatia or America is Russian (iz Buryatii).  No
    # acronyms (США: "Ssha").
    sources = [p for p in place_rows if wanted(p[2]) and "not" not in p[6].split(",")
               and (p[4] == "ru" or attrs[p[2]].get("country") == "UA")
               and not re.fullmatch(r"[А-ЯЁІЇЄҐ]{2,}", p[0])]
    queries, origin = [], []
    for p in sources:
        queries.append((p[4], "place", p[5] or "auto", p[0]))
        origin.append(p)
    for name in OTHER_FILES:
        for p in read_rows(name):
            if p[4] not in ("ru", "uk") or p[1] not in ("casualty", "slang"):
                continue
            if "not" in p[6].split(","):
                continue
            for t in expand_alternatives(p[0]) or []:
                queries.append((p[4], p[1], p[5] or "auto", t))
                origin.append(p)

    forms = run_forms(args.forms, queries)
    english = english_words()
    # candidate rows, then their keys as the compiler makes them (a final
    # apostrophe is no part of a word: Nikopil' is Nikopil)
    cands = []
    for p, fl in zip(origin, forms):
        cat, pid, lang = p[1], p[2], p[4]
        flags = [f for f in p[6].split(",") if f in ("amb", "ctx", "cap", "quoted")]
        if cat == "place" and "cap" not in flags:
            flags.append("cap")
        cap_words = [w[:1].isupper() for w in re.findall(r"[\w'’ʼ]+", p[0])]
        for form in fl:
            if re.search(r"\d[^\W\d]|[^\W\d]\d", form):
                continue
            for latin in spell(form, lang, cat == "place"):
                words = latin.split(" ")
                if all(len(w.strip("'")) <= 3 for w in words):
                    continue
                if len(cap_words) == len(words):
                    words = [w[:1].upper() + w[1:] if c else w for w, c in zip(words, cap_words)]
                cands.append((" ".join(words), cat, pid, "", lang, "none", ",".join(flags), ""))

    # every key each entry already has, so that no row is repeated
    ids = {c[2] for c in cands}
    old = []
    for name in ALL_FILES:
        for p in read_rows(name):
            if p[2] in ids:
                old += [(p[2], t) for t in expand_alternatives(p[0]) or []]
    keys = run_forms(args.forms, [("en", "place", "none", t) for _, t in old] +
                     [("en", "place", "none", c[0]) for c in cands])
    # (and the entry's own words run together: киллзона, Killzone, is the
    # English kill zone, and in English text a video game)
    have = defaultdict(set)
    for (pid, _), k in zip(old, keys):
        have[pid].update(k[:1])
        have[pid].update(x.replace(" ", "") for x in k[:1])
    rows, skipped_en = [], 0
    for c, k in zip(cands, keys[len(old):]):
        if not k:
            continue
        key = k[0]
        if key in have[c[2]] or key.replace(" ", "") in have[c[2]]:
            continue
        # (a code in digits and its case suffix: the suffix alone an English
        # word is English text's, "200 Togo soldiers")
        words = key.split(" ")
        if key in english or (len(words) == 2 and words[0].isdigit() and words[1] in english):
            skipped_en += 1
            if args.stats:
                print(f"English word left out: {c[0]} ({c[2]})", file=sys.stderr)
            continue
        have[c[2]].add(key)
        rows.append(c)

    with open(args.output, "w", encoding="utf-8") as f:
        f.write("# Russian and Ukrainian forms in Latin letters: GENERATED by data/gen/translit.py\n")
        f.write("# from the Cyrillic rows of data/src (casualty, slang; places of RU/UA/BY of at\n")
        f.write(f"# least {MIN_POP} people, their regions, the countries); see that script.\n")
        f.write(HEADER + "\n")
        for r in rows:
            f.write("\t".join(r) + "\n")
    if args.stats:
        cats = defaultdict(int)
        for r in rows:
            cats[r[1]] += 1
        print(f"{len(rows)} rows ({dict(cats)}); {skipped_en} English words left out; "
              f"{len(sources)} place rows spelled", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
