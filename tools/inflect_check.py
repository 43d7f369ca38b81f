#!/usr/bin/env python3
"""Check the Russian and Ukrainian paradigms of lib/inflect.c against the
Hunspell dictionaries (Debian hunspell-ru, hunspell-uk).

usage: tools/inflect_check.py [--forms build/miltag-forms] [--lexicon FILE]...
                              [--examples N] [--list CLASS] [--words W,W...]

Every ru/uk row of the lexicon files (default: the place rows of
data/lexicon.tsv and the name rows of data/src/names-generated.tsv) whose
`inflect` is not `none` is expanded by the compiler's own code
(`miltag-forms`, tools/forms.c), word by word.  Each word that the
dictionary has as an entry (the capitalized entry for a capitalized word)
is compared with the forms Hunspell's affix rules make of that entry:

* missing: a case form of the entry, of the number the row is expanded in
  (places: singular, or plural for plural-only names; name rows: both), that
  the engine does not give.  Vocatives and derived words (possessive
  adjectives, demonyms) are not case forms; adjectives are compared with
  the forms of their own gender.
* spurious: a form the engine gives that the dictionary does not have as a
  form of the entry; "other word" when it is a form of another entry of the
  dictionary (the expensive kind: Зелене, нового).

Results are grouped by paradigm class: language, the word's spec (or auto)
and the ending of the word.  The dictionaries are an oracle for this check,
never a dependency of the library.

Hunspell is read directly: only suffix rules (neither dictionary has
prefixes or continuation classes), applied to the entry when the rule's
condition matches.  The Ukrainian dictionary (dict_uk) gives each group of
cases its own flag, so the flags say which forms are singular, plural or
vocative (VOC, PLURAL below); the Russian one mixes the numbers in a flag, so
plural forms are told by their endings.
"""
import argparse
import collections
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HUNSPELL = Path("/usr/share/hunspell")

# Ukrainian flags by what they make (read off the rules of hunspell-uk
# 7.5.0: the examples are the dictionary's).
UK_VOC = set("hx6z!Kg>il")            # Тарасе, Харкове, Оксано
UK_PLURAL = set("$wW;STodn(m-IOBb.f[8v\\U9{p_<")  # Харкови..., adjectives' -і
UK_DERIVED = set("jRHc+")             # possessives (Миколаєвий), demonyms
UK_ADJ_MN = set("E")                  # adjective: masculine and neuter oblique
UK_ADJ_F = set("e")                   # adjective: feminine
# everything else that makes forms of a noun is singular: 1 : % 3 ` 4 " 0 u
# 2 @ A D Q r s * F V & a C (C: -ов/-ін surnames, every gender and number)

RU_PLURAL_END = re.compile(r"(ам|ям|ами|ями|ах|ях)$")


def key(w):
    """The library's key of a word, as far as these dictionaries need."""
    w = w.lower().replace("ё", "е")
    for a in "’ʼ‘`´":
        w = w.replace(a, "'")
    return w


class Hunspell:
    def __init__(self, base):
        self.rules = collections.defaultdict(list)
        for line in (base.with_suffix(".aff")).read_text(encoding="utf-8").splitlines():
            f = line.split()
            if len(f) >= 5 and f[0] == "SFX":
                strip = "" if f[2] == "0" else f[2]
                add = "" if f[3] == "0" else f[3].split("/")[0]
                self.rules[f[1]].append((strip, add, re.compile("(?:" + f[4] + ")$")))
        self.by_key = collections.defaultdict(list)   # key -> [(entry, flags)]
        self.rev = collections.defaultdict(list)      # added suffix -> [(flag, strip, cond)]
        for flag, rs in self.rules.items():
            for strip, add, cond in rs:
                self.rev[add].append((flag, strip, cond))
        lines = (base.with_suffix(".dic")).read_text(encoding="utf-8").splitlines()[1:]
        self.flags_of = collections.defaultdict(str)
        for line in lines:
            e = line.split()
            if not e:
                continue
            w, _, fl = e[0].partition("/")
            w = w.replace("ʼ", "'").replace("’", "'")
            self.by_key[key(w)].append((w, fl))
            self.flags_of[w] += fl

    def forms(self, entry, flags):
        """{flag: set of forms} of one entry."""
        out = collections.defaultdict(set)
        for c in flags:
            for strip, add, cond in self.rules.get(c, ()):
                if entry.endswith(strip) and cond.search(entry):
                    out[c].add(entry[:len(entry) - len(strip)] + add)
        return out

    def is_word(self, form):
        """Is this key a form of some entry (of any case)?"""
        if form in self.by_key:
            return True
        for cut in range(1, len(form) + 1):
            for flag, strip, cond in self.rev.get(form[cut:], ()):
                stem = form[:cut] + strip
                for e, fl in self.by_key.get(stem, ()):
                    if flag in fl and cond.search(e):
                        return True
        return False

    def lookup(self, written):
        """The entries for a word as written in a term: a capitalized word
        takes the capitalized entries (names), a lower-case one the others;
        either falls back to the other kind."""
        cands = self.by_key.get(key(written), [])
        cap = written[:1].isupper()
        same = [(e, f) for e, f in cands if e[:1].isupper() == cap]
        return same or cands


RU_ADJ = re.compile(r"(ый|ий|ой|ая|яя|ое|ее|ые|ие)$")
UK_ADJ = re.compile(r"(ий|ій|а|я|е|є|і)$")


def ru_singular(lemma, form):
    """Is a form of a Russian noun entry singular?  By its ending, since a
    flag of the Russian dictionary gives both numbers."""
    form, lemma = key(form), key(lemma)
    if RU_PLURAL_END.search(form):
        return False
    if re.search(r"[ыи]$", lemma):
        return True                       # plural-only: every form counts
    if lemma.endswith(("а", "я")):
        st = lemma[:-1]
        return form == lemma or (form.startswith(st) and form[len(st):] in (
            "ы", "и", "е", "у", "ю", "ой", "ою", "ей", "ею"))
    if lemma.endswith("ь") and form.endswith("ей"):
        return False
    if re.search(r"[бвгджзклмнпрстфхцчшщй]$", lemma) or lemma.endswith("ь"):
        st = lemma[:-1] if lemma.endswith(("й", "ь")) else lemma
        if form.endswith(("ов", "ев", "ей")) or (form[:-1] == st and form[-1:] in "ыи" and
                                                   not lemma.endswith("ий")):
            return False
        if lemma.endswith("ь") and form == st + "и":
            return True
    return True


def ru_adj_gender_forms(forms, gender, lemma):
    ends = {"m": ("ый", "ий") + (("ой",) if lemma.endswith("ой") else ()) + ("ого", "его", "ому", "ему", "ым", "им", "ом", "ем"),
            "f": ("ая", "яя", "ой", "ей", "ую", "юю", "ою", "ею"),
            "n": ("ое", "ее", "ого", "его", "ому", "ему", "ым", "им", "ом", "ем"),
            "pl": ("ые", "ие", "ых", "их", "ым", "им", "ыми", "ими")}[gender]
    return {f for f in forms if f.endswith(ends)}


def adj_gender(w, lang):
    w = key(w)
    if lang == "ru":
        return "f" if w.endswith(("ая", "яя")) else "n" if w.endswith(("ое", "ее")) else \
            "pl" if w.endswith(("ые", "ие")) else "m"
    return "f" if w.endswith(("а", "я")) else "n" if w.endswith(("е", "є")) else \
        "pl" if w.endswith("і") else "m"


RU_NOUN_FLAGS = set("JKHIEFNOG")     # the others: verbs (L B R P M W U T D Q Y V), short adjectives (S X Z)


def expected(hs, lang, written, plural, spec):
    """(entries, the case forms a row should give, every form of the
    entries), as keys; None if the dictionary has no entry for the word or
    lists it without forms (Печерськ, Білогірськ)."""
    entries = [(e, f) for e, f in hs.lookup(written) if f]
    is_adj = spec == "adj" or (spec == "auto" and (RU_ADJ if lang == "ru" else UK_ADJ).search(key(written))
                               and len(written) > 3)
    g = adj_gender(written, lang)
    fallback = False
    if is_adj and lang == "uk" and not any("E" in f for _, f in entries):
        entries = []            # Донецька the surname: the adjective is the masculine's entry
    if is_adj and lang == "ru" and not any("A" in f for _, f in entries):
        entries = []
    if not entries and is_adj:
        # a feminine, neuter or plural adjective: the entry is the masculine
        w = key(written)
        stem = re.sub(r"(ая|яя|ое|ее|ые|ие|ый|ий|ой)$" if lang == "ru" else r"(ий|ій|а|я|е|є|і)$", "", w)
        for m in (("ый", "ий", "ой") if lang == "ru" else ("ий", "ій")):
            entries = [(e, f) for e, f in hs.by_key.get(stem + m, []) if "A" in f or "E" in f]
            if entries:
                fallback = True
                break
    if not entries:
        return None
    want, every = set(), set()
    for entry, flags in entries:
        by = hs.forms(entry, flags)
        every.add(key(entry))
        every |= {key(f) for fs in by.values() for f in fs}
        if lang == "uk":
            adj = "E" in flags
            if adj and is_adj:
                # E: the entry's own gender; e: the feminine and _: the
                # plural of a masculine entry
                own = {"E"} if not fallback else {"f": {"e"}, "pl": {"_"}}.get(g, {"E"})
                if not fallback:
                    want.add(key(entry))
                else:
                    want.add(key(written))
                for c in own:
                    want |= {key(f) for f in by.get(c, ())}
                continue
            for c, fs in by.items():
                if c in UK_VOC or c in UK_DERIVED:
                    continue
                if c in UK_PLURAL and not plural and not re.search(r"[иі]$", key(entry)):
                    continue
                for f in fs:
                    k = key(f)
                    # vocatives inside a case flag: Гаврило: Гавриле; Пєсков: Пєскове
                    if (key(entry).endswith("о") and k == key(entry)[:-1] + "е") or \
                            (c == "C" and k == key(entry) + "е"):
                        continue
                    want.add(k)
            want.add(key(entry))
        else:
            if is_adj and "A" in flags:
                fs = by.get("A", set())
                want |= {key(f) for f in ru_adj_gender_forms(fs, g, key(entry))}
                want.add(key(written))
                continue
            want.add(key(entry))
            for c, fs in by.items():
                if c in RU_NOUN_FLAGS:
                    want |= {key(f) for f in fs if plural or ru_singular(entry, f)}
    every |= want
    return entries, want, every


def ending_class(w, lang):
    w = key(w)
    pats = [("-ість", r"ість$"), ("-ость", r"ость$"), ("-ець", r"ець$"), ("-ец", r"ец$"),
            ("-ок", r"ок$"), ("-і/о+C+ь", r"[іо][бвгджзклмнпрстфхцчшщ]ь$"),
            ("-е+C+ь", r"е[бвгджзклмнпрстфхцчшщ]ь$"), ("-Cь", r"ь$"),
            ("-ий/-ій/-ый/-ой", r"(ий|ій|ый|ой)$"), ("-й", r"й$"),
            ("-ськ/-цьк", r"(ськ|цьк|зьк)$"),
            ("-ов/-ев/-ин/-ын", r"(ов|ев|ёв|ин|ын|єв)$") if lang == "ru" else ("-ов/-ев/-ин/-ін", r"(ов|ев|єв|ин|ін)$"),
            ("-ів/-їв", r"(ів|їв)$"), ("-і+C", r"[іїо][бвгджзклмнпрстфхцчшщ]$"),
            ("-velar", r"[кгхґ]$"), ("-hushing", r"[жшщчц]$"), ("-C", r"[бвгджзклмнпрстфхцчшщ]$"),
            ("-ка/-га/-ха", r"[кгх]а$"), ("-Cа", r"а$"), ("-ия/-ія", r"[иі]я$"), ("-CCя", r"([^аеиоуяюієї'])\1я$"),
            ("-я", r"я$"), ("-о", r"о$"), ("-ье/-ьє", r"ь[еє]$"), ("-е/-є", r"[еє]$"),
            ("-и/-і/-ы (pl)", r"[иіы]$")]
    for name, p in pats:
        if re.search(p, w):
            return name
    return "-other"


def read_rows(paths, names_path):
    rows = []
    for path in paths:
        for line in Path(path).read_text(encoding="utf-8").splitlines():
            if not line or line.startswith("#"):
                continue
            f = line.split("\t")
            if f[0] == "term" or len(f) < 6:
                continue
            term, cat, eid, lang, spec = f[0], f[1], f[2], f[4], f[5]
            if lang not in ("ru", "uk") or spec == "none" or cat != "place":
                continue
            rows.append((term, cat, eid, lang, spec, "place"))
    if names_path and Path(names_path).exists():
        for line in Path(names_path).read_text(encoding="utf-8").splitlines():
            if not line or line.startswith("#"):
                continue
            f = line.split("\t")
            if f[0] == "term" or len(f) < 8:
                continue
            term, cat, eid, lang, spec = f[0], f[1], f[2], f[4], f[5]
            if lang not in ("ru", "uk") or spec == "none" or "first-name" not in eid and "surname" not in eid:
                continue
            rows.append((term, cat, eid, lang, spec, "name"))
    return rows


WORD = re.compile(r"[\w'’ʼ]+")


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--forms", default=str(ROOT / "build" / "miltag-forms"))
    ap.add_argument("--lexicon", action="append", help="lexicon TSV (default data/lexicon.tsv)")
    ap.add_argument("--names", default=str(ROOT / "data" / "src" / "names-generated.tsv"),
                    help="names TSV ('' to leave out)")
    ap.add_argument("--examples", type=int, default=4, help="examples per class")
    ap.add_argument("--list", metavar="CLASS", help="list every word of a class ('uk m -ець', ...)")
    ap.add_argument("--words", help="only these words (comma-separated)")
    ap.add_argument("--kind", choices=["place", "name", "all"], default="all")
    args = ap.parse_args(argv)
    lexicons = args.lexicon or [str(ROOT / "data" / "lexicon.tsv")]
    rows = read_rows(lexicons, args.names)
    if args.kind != "all":
        rows = [r for r in rows if r[5] == args.kind]
    if args.words:
        only = {key(w) for w in args.words.split(",")}
        rows = [r for r in rows if any(key(w) in only for w in WORD.findall(r[0]))]
    # one expansion per distinct (lang, category, spec, term)
    # names are checked in the singular, as places (their plural is a
    # question of which rows want one, not of the paradigm), but surnames
    # (sur) name families too
    rows = [(t, "context" if "sur" in sp.split() else "place", e, l, sp, k) for t, c, e, l, sp, k in rows]
    todo = sorted({(r[3], r[1], r[4], r[0]) for r in rows})
    inp = "".join(f"{lang}\t{cat}\t{spec}\t{term}\n" for lang, cat, spec, term in todo)
    res = subprocess.run([args.forms], input=inp, capture_output=True, text=True, check=True)
    forms = collections.defaultdict(list)
    for line in res.stdout.splitlines():
        n, _, f = line.partition("\t")
        forms[todo[int(n) - 1]].append(f)
    hs = {"ru": Hunspell(HUNSPELL / "ru_RU"), "uk": Hunspell(HUNSPELL / "uk_UA")}

    stats = collections.defaultdict(collections.Counter)
    examples = collections.defaultdict(list)
    listing = []
    seen_words = set()
    for r in rows:
        term, cat, eid, lang, spec, kind = r
        fl = forms[(lang, cat, spec, term)]
        if not fl or fl[0].startswith("!"):
            stats[(lang, "error", "")]["rows"] += 1
            continue
        words = WORD.findall(term)
        n = len(fl[0].split(" "))
        if len(words) != n:
            stats[(lang, "untokenized", "")]["rows"] += 1
            continue
        specs = spec.split() if spec and spec != "auto" else ["auto"] * n
        plural = cat == "context"
        for i, w in enumerate(words):
            sw = specs[i] if i < len(specs) else "auto"
            if sw in ("-", "poss", "ord") or len(w) <= 2:
                continue
            k = (lang, sw, key(w), kind, plural)
            eng = {f.split(" ")[i] for f in fl if not f.startswith("!")}
            if (k, frozenset(eng)) in seen_words:
                continue
            seen_words.add((k, frozenset(eng)))
            cls = (lang, f"{kind} {sw}", ending_class(w, lang))
            st = stats[cls]
            st["words"] += 1
            ex = expected(hs[lang], lang, w, plural, sw)
            if ex is None:
                continue
            entries, want, every = ex
            st["in dictionary"] += 1
            missing = sorted(want - eng)
            spurious = sorted(eng - every)
            other = [f for f in spurious if hs[lang].is_word(f)]
            if missing:
                st["words with missing"] += 1
                st["missing forms"] += len(missing)
            if spurious:
                st["words with spurious"] += 1
                st["spurious forms"] += len(spurious)
            if other:
                st["spurious: other words"] += len(other)
            if (missing or spurious) and len(examples[cls]) < args.examples:
                examples[cls].append((w, missing, spurious, other))
            if args.list and " ".join(cls) == args.list:
                listing.append((w, entries, sorted(eng), missing, spurious, other))

    total = collections.Counter()
    cols = ["words", "in dictionary", "words with missing", "missing forms", "words with spurious",
            "spurious forms", "spurious: other words"]
    print("class\t" + "\t".join(cols))
    for cls in sorted(stats):
        st = stats[cls]
        total.update(st)
        print(" ".join(c for c in cls if c) + "\t" + "\t".join(str(st[c]) for c in cols))
        for w, missing, spurious, other in examples[cls]:
            print(f"    {w}: missing {' '.join(missing) or '-'}; spurious {' '.join(spurious) or '-'}"
                  + (f" (other words: {' '.join(other)})" if other else ""))
    print("total\t" + "\t".join(str(total[c]) for c in cols))
    for w, entries, eng, missing, spurious, other in listing:
        print(f"{w}\t{entries}\tengine: {' '.join(eng)}\tmissing: {' '.join(missing)}\tspurious: "
              f"{' '.join(spurious)}\tother: {' '.join(other)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
