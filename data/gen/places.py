#!/usr/bin/env python3
"""Generate data/src/places-generated.tsv, miltag's place gazetteer.

usage: places.py [SOURCE_DIR] [--output FILE] [--stats]

SOURCE_DIR defaults to ../shared/data/places-src (relative to the repository
root) and must hold the three files described in its README.md:

* katotth-2025-05-16.csv: KATOTTH, Ukraine's official codifier of
  administrative units (Ukrainian names only).  Every settlement (categories
  M city, X selyshche, C village, K special-status city) becomes one entry;
  its code is kept as the `katotth` attribute.
* geonames-cities500-UA-RUborder.tsv: GeoNames cities500 rows for Ukraine and
  the Russian oblasts of Kursk, Belgorod, Bryansk, Rostov and Voronezh
  (CC BY 4.0, "GeoNames, geonames.org").  A Ukrainian row is matched to its
  KATOTTH settlement and gives it coordinates, population, a Russian name and
  Latin variants; every Russian row becomes an entry of its own.
* geonames-admin1-UA-RUborder.tsv: GeoNames admin1 codes (CC BY 4.0).

Besides the sources, the generator reads three word lists that Debian
installs (packages hunspell-ru, hunspell-uk, wamerican) to mark names that
are also ordinary words, and carries small hand tables below: the first-level
regions with their Russian, Ukrainian and English forms, and the war-relevant
places of ../shared/data/reference/place-data.md section 4 (curated spellings,
old names such as Artemovsk for Bakhmut, Russian border villages that no
source lists).

Rules, in short (docs/places.md explains them with the counts):

* Entries: every KATOTTH settlement, raion and first-level region (oblasts,
  Crimea; Kyiv and Sevastopol are their city entries), the Russian GeoNames
  places and border oblasts, and the hand table's places.
* Ukrainian names come from KATOTTH, plus the old names GeoNames lists
  (Артемівськ).  Russian names come from the hand table, else from the
  GeoNames alternates of the place (the candidate must align with the
  Ukrainian name under the usual spelling correspondences and look like
  Russian, not Belarusian or Ukrainian, spelling), else they are derived:
  words that GeoNames attests for other places first, then spelling rules
  applied only where the GeoNames pairs show them reliable, adjectives
  checked against the Russian dictionary.  When no rule is sure, no Russian
  name is written.
* English names: the official romanization (Cabinet of Ministers resolution
  No. 55, 2010) of the Ukrainian name, GeoNames' own name and those Latin
  alternates that read as an English romanization of one of the place's
  Cyrillic names, a press-style romanization of attested Russian names, and
  the hand table's variants.
* Rows of one id never repeat a normalized term.  A spelling shared by
  Ukrainian and Russian is written once, as Russian, and its Ukrainian case
  forms that Russian lacks (у Бахмуті, на Луганщині) are added as rows.
* Ordinary words (the Hunspell dictionaries and the English word list, with
  their affixes; capitalized entries are names, not words): a name that is
  one is amb and cap, a name that only declines into one is cap.  Small
  places lose names that clash with Russian words or personal names, except
  in the front-line oblasts (rows_of says exactly when).
* ids: `place.<slug>` for regions and the hand-checked places, else
  `place.<slug>-<katotth code>` or `place.<slug>-gn<geonames id>`.
* `prior` is the population when GeoNames knows it, else a default by type;
  hand-checked war-relevant places get a bonus so that they come first among
  namesakes.

The output depends only on the inputs: running the generator twice gives the
same bytes.
"""
import argparse
import csv
import functools
import itertools
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
DEFAULT_SOURCES = REPO.parent / "shared" / "data" / "places-src"
DEFAULT_OUTPUT = REPO / "data" / "src" / "places-generated.tsv"
KATOTTH_FILE = "katotth-2025-05-16.csv"
GEONAMES_FILE = "geonames-cities500-UA-RUborder.tsv"
ADMIN1_FILE = "geonames-admin1-UA-RUborder.tsv"
HUNSPELL = {"ru": Path("/usr/share/hunspell/ru_RU"), "uk": Path("/usr/share/hunspell/uk_UA")}
ENGLISH_WORDS = Path("/usr/share/dict/words")
HEADER = "term\tcategory\tid\tlabel\tlang\tinflect\tflags\tattrs"

# Default priors (population-like numbers) for entries without a population.
DEFAULT_PRIOR = {"city": 5000, "settlement": 1000, "village": 200, "locality": 300,
                 "oblast": 1000000, "region": 1000000, "raion": 50000}
# Villages, selyshches and Russian localities under this population (and not
# in the hand table) lose the names that clash with ordinary Russian words or
# personal names (see rows_of).
SMALL = 20000
# Oblasts with front-line fighting since 2022, where war reports name
# villages: Donetsk, Luhansk, Zaporizhzhia, Kherson, Kharkiv; Kursk and
# Belgorod.  There a small place keeps a name that is an ordinary Russian
# word (Победа, Горькое), marked amb and cap.
FRONT = {"UA14", "UA44", "UA23", "UA65", "UA63", "RU.41", "RU.09"}
# Cities from this population on are ambiguous only if their name is a
# dictionary headword (Суми, Лиман), not any rare form (Киев, gen. pl. of кий).
BIG = 100000
# Added to the prior of the hand-checked war-relevant places: among the 74
# villages called Andriivka, war text means the one near Bakhmut.
WAR_BONUS = 100000

RU_ALPHABET = set("абвгдеёжзийклмнопрстуфхцчшщъыьэюя")
UK_ALPHABET = set("абвгґдеєжзиіїйклмнопрстуфхцчшщьюя'")
APOSTROPHES = "'’ʼ‘`"
UK_APOSTROPHE = "’"  # the codifier's own apostrophe; every apostrophe matches alike


# ---------------------------------------------------------------- text utilities

def clean(s):
    """Strip stress marks and stray spaces; unify apostrophes to U+2019."""
    s = unicodedata.normalize("NFD", s.strip())
    s = "".join(ch for ch in s if ch not in "\u0301\u0300")
    s = unicodedata.normalize("NFC", s)
    for a in APOSTROPHES:
        s = s.replace(a, UK_APOSTROPHE)
    return re.sub(r"\s+", " ", s)


def key(term):
    """The compiler's notion of sameness, approximated: case, ё/е, every
    apostrophe, dashes against spaces, and quotation marks do not count."""
    k = term.casefold().replace("ё", "е")
    for a in APOSTROPHES:
        k = k.replace(a, "'")
    k = re.sub(r"'(?!\w)|(?<!\w)'", "", k)    # only an apostrophe inside a word counts
    k = re.sub(r"[\u2010-\u2015\-]", " ", k)
    k = re.sub(r"[\"«»„“”]", "", k)
    return " ".join(k.split())


def words_of(term):
    """Words as the tokenizer sees them: spaces and hyphens separate them."""
    return [w for w in re.split(r"[ \-]", term) if w]


def lower_apos(w):
    return w.lower().replace(UK_APOSTROPHE, "'")


def slug(latin):
    s = unicodedata.normalize("NFKD", latin).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


def attr_escape(v):
    return re.sub(r"([;=\\])", r"\\\1", str(v))


# ---------------------------------------------------------------- romanization

# Cabinet of Ministers of Ukraine resolution No. 55 (2010).  Tuples give the
# form at the start of a word first.
KMU55 = {"а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": ("ye", "ie"),
         "ж": "zh", "з": "z", "и": "y", "і": "i", "ї": ("yi", "i"), "й": ("y", "i"), "к": "k",
         "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u",
         "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ь": "",
         "ю": ("yu", "iu"), "я": ("ya", "ia"), "'": "", "ы": "y", "э": "e", "ё": ("yo", "io"),
         "ъ": ""}


def _recase(src, out):
    if not out:
        return out
    if src.isupper():
        return out[0].upper() + out[1:]
    return out


def kmu55(name):
    """Official Ukrainian romanization: Харків -> Kharkiv, Згурівка -> Zghurivka."""
    out = []
    s = name.replace(UK_APOSTROPHE, "'")
    for i, ch in enumerate(s):
        lo = ch.lower()
        if lo not in KMU55:
            out.append(ch)
            continue
        start = i == 0 or not (s[i - 1].isalpha() or s[i - 1] == "'")
        r = KMU55[lo]
        if isinstance(r, tuple):
            r = r[0] if start else r[1]
        if lo == "г" and i > 0 and s[i - 1].lower() == "з":
            r = "gh"  # зг is zgh, to keep it apart from жг
        out.append(_recase(ch, r))
    return "".join(out)


RU_PRESS = {"а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh",
            "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
            "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
            "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu",
            "я": "ya"}


def ru_press(name):
    """Russian names as English-language news writes them (Kharkov,
    Zaporozhye, Artemovsk, Andreyevka, Staryy -> Stary)."""
    s = name
    s = re.sub(r"(?<=[сцкСЦК])ий\b", "y", s)   # Каменск-Шахтинский -> -Shakhtinsky
    s = re.sub(r"ый\b", "y", s)
    s = re.sub(r"ые\b", "ye", s)
    out = []
    for i, ch in enumerate(s):
        lo = ch.lower()
        if lo not in RU_PRESS:
            out.append(ch)
            continue
        prev = s[i - 1].lower() if i else " "
        r = RU_PRESS[lo]
        if lo == "е" and (not prev.isalpha() or prev in "аеёиоуыэюяьъ"):
            r = "ye"
        elif lo == "ё" and prev in "жшчщ":
            r = "o"
        elif lo == "ь" and i + 1 < len(s) and s[i + 1].lower() == "и":
            r = "y"
        out.append(_recase(ch, r))
    return "".join(out)


# How each Cyrillic letter may be written in an English-language
# romanization.  A GeoNames Latin alternate is kept only if it can be read
# this way from one of the place's Cyrillic names: that keeps Kharkov and
# Khar'kov, and drops German Charkiw, Polish Charków, pinyin and airport codes.
LATIN_FAMILY = {
    "а": ["a"], "б": ["b"], "в": ["v"], "г": ["h", "g", "gh"], "ґ": ["g"], "д": ["d"],
    "е": ["e", "ye", "ie"], "є": ["ye", "ie", "e"], "ё": ["yo", "e", "io"], "ж": ["zh"],
    "з": ["z"], "и": ["y", "i", "yi"], "і": ["i", "y"], "ї": ["yi", "i", "yyi"],
    "й": ["y", "i", ""], "к": ["k"], "л": ["l"], "м": ["m"], "н": ["n"], "о": ["o"],
    "п": ["p"], "р": ["r"], "с": ["s", "ss"], "т": ["t"], "у": ["u"], "ф": ["f"],
    "х": ["kh", "h"], "ц": ["ts", "tz"], "ч": ["ch"], "ш": ["sh"], "щ": ["shch", "sch"],
    "ъ": ["", "'"], "ы": ["y", "i", "yi"], "ь": ["", "'", "y", "i"], "э": ["e"],
    "ю": ["yu", "iu", "u"], "я": ["ya", "ia", "a"], "'": ["", "'", "y"], " ": [" ", "-", ""],
    "-": ["-", " ", ""],
}


def latin_family(cyrillic):
    parts = []
    for ch in lower_apos(cyrillic):
        opts = LATIN_FAMILY.get(ch)
        if opts is None:
            return None
        parts.append("(?:" + "|".join(re.escape(o) for o in sorted(opts, key=len, reverse=True)) + ")")
    return re.compile("".join(parts))


# ---------------------------------------------------------------- word lists

NAME_DERIVED = re.compile(r"[ая]нин$|[ії]вка$")   # бережанин; калинівка, a drink named after a village
# A Ukrainian possessive adjective: a lemma in -ів or -ин that declines
# like an adjective (flag j of the Ukrainian dictionary: сватів, донеччин).
POSSESSIVE = re.compile(r"(ів|їв|ин|їн)$")


class Hunspell:
    """Membership test for the word forms of a Hunspell dictionary.

    Only suffix rules are applied (the Russian and Ukrainian dictionaries use
    no prefixes), in reverse: a form is a word when removing a rule's suffix
    and restoring its strip string gives a stem that carries the rule's flag.
    Capitalized stems are proper names and are left out."""

    def __init__(self, base):
        self.rules = defaultdict(list)     # added suffix -> [(flag, strip, condition)]
        self.stems = {}
        self.name_stems = {}               # capitalized entries, lower-cased
        self.memo = {}
        aff = base.with_suffix(".aff").read_text(encoding="utf-8").splitlines()
        for line in aff:
            f = line.split()
            if len(f) >= 5 and f[0] == "SFX":
                flag, strip, add, cond = f[1], f[2], f[3].split("/")[0], f[4]
                strip = "" if strip == "0" else strip
                add = "" if add == "0" else add
                cond = None if cond == "." else re.compile("(?:" + cond + ")$")
                self.rules[add].append((flag, strip, cond))
        dic = base.with_suffix(".dic").read_text(encoding="utf-8").splitlines()[1:]
        for line in dic:
            entry = line.split()[0] if line.split() else ""
            word, _, flags = entry.partition("/")
            if not word:
                continue
            word = word.replace("ʼ", "'").replace("’", "'")
            if word[0].islower():
                self.stems[word] = self.stems.get(word, "") + flags
            else:
                self.name_stems[word.lower()] = self.name_stems.get(word.lower(), "") + flags

    def is_word(self, w):
        w = w.lower().replace(UK_APOSTROPHE, "'")
        return w in self.stems or self.derives(w) is not None

    def is_ordinary(self, w):
        """A word of the language that is not itself made from a place or a
        person: demonyms (бережанин, pl. бережани) and possessives (сватів,
        n. сватове) are left out, because a lower-case use of them is as
        rare as the name."""
        w = w.lower().replace(UK_APOSTROPHE, "'")
        lemma = w if w in self.stems else self.derives(w)
        if lemma is None:
            return False
        if POSSESSIVE.search(lemma) and "j" in self.stems[lemma]:
            return False
        return not NAME_DERIVED.search(lemma)

    def is_name(self, w):
        """A form of a capitalized entry (a person's name, or a place)."""
        w = w.lower().replace(UK_APOSTROPHE, "'")
        return w in self.name_stems or self.derives(w, stems=self.name_stems) is not None

    def derives(self, form, lemma=None, stems=None):
        """The dictionary entry that yields this form through a suffix rule
        (restricted to `lemma` if given), or None."""
        memo = (form, lemma, stems is None)
        if memo not in self.memo:
            self.memo[memo] = self._derives(form, lemma, self.stems if stems is None else stems)
        return self.memo[memo]

    def _derives(self, form, lemma, stems):
        form = form.lower().replace(UK_APOSTROPHE, "'")
        for cut in range(1, len(form) + 1):
            for flag, strip, cond in self.rules.get(form[cut:], ()):
                stem = form[:cut] + strip
                if lemma is not None and stem != lemma:
                    continue
                flags = stems.get(stem)
                if flags is not None and flag in flags and (cond is None or cond.search(stem)):
                    return stem
        return None


class Lexicons:
    def __init__(self):
        missing = [str(p) for p in [HUNSPELL["ru"].with_suffix(".dic"), HUNSPELL["uk"].with_suffix(".dic"),
                                    ENGLISH_WORDS] if not p.exists()]
        if missing:
            sys.exit("places.py: missing word lists (install hunspell-ru hunspell-uk wamerican): "
                     + ", ".join(missing))
        self.ru = Hunspell(HUNSPELL["ru"])
        self.uk = Hunspell(HUNSPELL["uk"])
        self.en = set()
        self.en_names = set()
        for w in ENGLISH_WORDS.read_text(encoding="utf-8").split():
            if w.endswith("'s"):
                continue
            (self.en if w[0].islower() else self.en_names).add(w.lower())

    @functools.lru_cache(maxsize=None)
    def ordinary(self, term, russian_only=False, headword=False):
        """True if every word of the term is an ordinary (not proper) word.
        With headword, only a dictionary headword or a plural in -и/-ы/-і
        counts, not any form: Сумы (bags) and Лиман are words, but Киев is
        only the genitive plural of кий."""
        ws = words_of(term)
        if not ws:
            return False
        if re.search("[a-zA-Z]", term):
            return all(key(w) in self.en for w in ws)
        dicts = [self.ru] if russian_only else [self.ru, self.uk]

        def word(w):
            lw = lower_apos(w)
            if headword and not (lw in self.ru.stems or lw in self.uk.stems or re.search("[иыі]$", lw)):
                return False
            return any(d.is_ordinary(w) for d in dicts)
        return all(word(w) for w in ws)

    @functools.lru_cache(maxsize=None)
    def collision(self, term, lang, spec):
        """How the term or one of its case forms clashes with other words:
        the set of "name" (a Russian personal name or a surname form: Анна,
        Чехов, Павлович, Петрова), "ru-word" and "uk-word" (an ordinary word:
        Сторона, нового).  Only single words are looked at; the forms
        approximate the compiler's inflection (case_forms)."""
        ws = words_of(term)
        if len(ws) != 1 or lang not in ("ru", "uk"):
            return frozenset()
        forms = case_forms(ws[0], lang, spec)
        clashes = set()
        if any(self.ru.is_name(f) or SURNAME_FORM.fullmatch(f) for f in forms):
            clashes.add("name")
        if any(self.ru.is_ordinary(f) for f in forms):
            clashes.add("ru-word")
        if any(self.uk.is_ordinary(f) for f in forms):
            clashes.add("uk-word")
        return frozenset(clashes)

    def is_name(self, term):
        ws = words_of(term)
        return len(ws) == 1 and bool(self.ru.is_name(ws[0]) or SURNAME_FORM.fullmatch(lower_apos(ws[0])))

    def uk_adjective(self, w):
        """Is this Ukrainian word an adjective form (Велика, Нове, Старі)?"""
        lw = lower_apos(w)
        if re.search(r"(ськ|цьк|зьк)(ий|а|е|і)$", lw):
            return True
        if re.search(r"(ий|ій)$", lw):
            return bool(re.search("[аеєиіїоуюя]", lw[:-2]))    # not Стрий
        m = re.fullmatch(r"(.+?)(а|я|е|є|і)", lw)
        if not m or len(m.group(1)) < 2:
            return False
        stem = m.group(1)
        if re.match(r"(перш|друг|трет|четверт|п'ят)", stem):
            return True             # ordinals: Лиман Другий, Педашка Перша
        if lw in self.uk.stems:
            # An entry of its own: a noun (Коса, Поле) unless it declines
            # like an adjective (Козача, Старе).
            oblique = {"а": "ої", "я": "ьої", "е": "ого", "є": "ього", "і": "их"}[m.group(2)]
            return self.uk.derives(stem + oblique, lw) is not None
        return self.uk.is_word(stem + "ий") or stem + "ій" in self.uk.stems


# ---------------------------------------------------------------- Ukrainian -> Russian spelling

# Given names that place names are made of, and their Russian forms
# (Олександрівка/Александровка, Миколаївка/Николаевка, Ганнівка/Анновка).
NAME_ROOTS = [("олександр", "александр"), ("олекс", "алекс"), ("микол", "никол"), ("микит", "никит"),
              ("омелян", "емельян"), ("катерин", "екатерин"), ("єлизавет", "елизавет"),
              ("ганн", "анн"), ("олен", "елен"), ("юрі", "юрь")]


def _correspondences():
    """Segments of a Ukrainian name and the Russian spellings they may stand
    for, with a cost: 0 for the usual correspondence, 1 for a rarer one
    (place-data.md section 3: Андріївка/Андреевка, Роботине/Работино,
    Кринки/Крынки, Оріхів/Орехов, Вовчанськ/Волчанск, ...)."""
    r = []
    for c in "бвгджзйклмнпрстфхцчшщ":
        r.append((c, [(c, 0), (c + "ь", 1), (c + c, 1)], "any"))
    r += [("ґ", [("г", 0)], "any"), ("а", [("а", 0), ("я", 1)], "any"), ("у", [("у", 0)], "any"),
          ("е", [("е", 0), ("э", 1)], "any"), ("є", [("е", 0), ("ье", 1)], "any"),
          ("и", [("и", 0), ("ы", 1)], "any"),
          ("і", [("и", 0), ("е", 1), ("о", 1), ("ы", 1)], "any"),
          ("ї", [("и", 0), ("е", 0), ("ьи", 1), ("ье", 1), ("йи", 1)], "any"),
          # о -> а is the rule of the Belarusian spellings that GeoNames also
          # lists (Палтава, Канатоп) but in Russian only in a few roots.
          ("о", [("о", 0), ("е", 1)], "any"),
          ("козач", [("казач", 1)], "any"), ("козак", [("казак", 1)], "any"),
          ("робот", [("работ", 1)], "any"), ("рокит", [("ракит", 1)], "any"),
          ("роздо", [("раздо", 1)], "any"), ("охтир", [("ахтыр", 1)], "any"),
          *[(uk, [(ru, 1)], "any") for uk, ru in NAME_ROOTS],
          ("ь", [("ь", 0), ("", 1)], "any"),
          ("я", [("я", 0), ("ья", 1), ("а", 1)], "any"), ("ю", [("ю", 0), ("ью", 1)], "any"),
          ("'", [("", 0), ("ь", 0), ("ъ", 0)], "any"),
          ("щ", [("сч", 1)], "any"), ("я", [("ье", 1)], "end"),
          ("жжя", [("жье", 0)], "end"), ("ччя", [("чье", 0)], "end"), ("лля", [("лье", 0)], "end"),
          ("ння", [("нье", 0)], "end"), ("сся", [("сье", 0)], "end"), ("ття", [("тье", 0)], "end"),
          ("'я", [("ье", 0)], "end"),
          ("ськ", [("ск", 0)], "any"), ("цьк", [("цк", 0)], "any"), ("зьк", [("зк", 0)], "any"),
          ("ьо", [("е", 0), ("ьо", 1)], "any"), ("ов", [("ол", 1), ("ел", 1)], "any"),
          ("ове", [("ово", 0), ("овое", 0)], "end"), ("еве", [("ево", 0), ("евое", 0)], "end"),
          ("ине", [("ино", 0), ("иное", 0)], "end"), ("не", [("ное", 0), ("но", 1), ("нее", 1)], "end"),
          ("е", [("ое", 0), ("ее", 0), ("ье", 1)], "end"),
          ("ий", [("ый", 0), ("ий", 0), ("ой", 0)], "end"), ("ій", [("ий", 0)], "end"),
          ("а", [("ая", 0), ("яя", 0), ("ья", 1)], "end"),
          ("і", [("ы", 0), ("ые", 0), ("ие", 0)], "end"), ("и", [("ы", 0)], "end"),
          ("ів", [("ов", 0), ("ев", 0), ("ьев", 1)], "end"), ("їв", [("ев", 0)], "end"),
          ("іль", [("оль", 0)], "end"), ("ець", [("ец", 0)], "end"),
          (" ", [(" ", 0)], "any"), ("-", [("-", 0)], "any")]
    return r


CORRESPONDENCES = _correspondences()


def align_cost(uk, ru):
    """Cheapest way to read the Russian name as a respelling of the Ukrainian
    one (None if there is none).  Used to pick the Russian name among a
    place's GeoNames alternates, which also hold Crimean Tatar, German colony
    and Soviet names."""
    uk, ru = lower_apos(uk), ru.lower().replace("ё", "е")
    n, m = len(uk), len(ru)
    inf = 1 << 30
    best = [[inf] * (m + 1) for _ in range(n + 1)]
    best[0][0] = 0
    for i in range(n):
        for j in range(m + 1):
            c0 = best[i][j]
            if c0 == inf:
                continue
            for seg, opts, where in CORRESPONDENCES:
                if not uk.startswith(seg, i):
                    continue
                e = i + len(seg)
                if where == "end" and not (e == n or uk[e] in " -"):
                    continue
                for out, c in opts:
                    if ru.startswith(out, j) and c0 + c < best[e][j + len(out)]:
                        best[e][j + len(out)] = c0 + c
    return None if best[n][m] == inf else best[n][m]


NOT_RUSSIAN = re.compile(
    "|".join([
        r"[кгхжшчщ]ы",            # impossible in Russian spelling
        r"[бвгдзклмнпрстфхцчшщ]э",  # Belarusian э after a consonant
        r"[бвгдзклмнпрстфхцчшщ]е\b",  # Ukrainian neuter adjective: Мирне, Сватове
        r"[бвдзлмнпрстфц]и\b",    # Ukrainian plural: Крынки is fine, Зибини is not
        r"[бвгдзклмнпрстфх]ив\b", r"ивк[аи]\b", r"ивц[иы]\b",  # Ukrainian -ів, -івка
        r"[бвдзлмпрстфц]ий\b",    # Ukrainian hard adjective: Березний
        r"ськ|цьк|зьк|ьо",
    ]))
# A Ukrainian feminine adjective before its noun: Нова Каховка, Широка Балка.
UK_FEMININE_ADJ = re.compile(r"^\w+[^аяь]а [А-ЯЁ]")


def looks_russian(name):
    """Reject spellings that are Ukrainian or Belarusian written with letters
    that Russian shares (Жыдачив, Десантне, Вендичани, Адэса)."""
    if not set(name.lower()) <= RU_ALPHABET | set(" -"):
        return False
    return not NOT_RUSSIAN.search(name.lower()) and not UK_FEMININE_ADJ.search(name)


# Word-initial pieces of compound names that Russian spells its own way or
# alike; the rest of the word must be derivable on its own (Новомихайлівка =
# Ново + Михайлівка -> Новомихайловка).
RU_PREFIXES = [("верхньо", "верхне"), ("нижньо", "нижне"), ("велико", "велико"),
               ("ново", "ново"), ("старо", "старо"), ("мало", "мало"), ("красно", "красно"),
               ("біло", "бело"), ("зелено", "зелено"), ("сухо", "сухо"),
               ("широко", "широко"), ("кам'яно", "каменно"), ("перво", "перво"),
               ("чорно", "черно")]

# The linking -ів- of Ukrainian names (Михайлівка, Харків, Бабаївське) is
# Russian -ов- after a hard consonant and -ев- after ц and щ; after н, л, ш, ч,
# ж the GeoNames pairs show both (Калиновка but Окунёвка, Павловка but
# Витилевка), so no rule is applied there.
CONNECTOR = {**{c: "ов" for c in "бвгдзкмпрстфх"}, "ц": "ев", "щ": "ев"}
# Suffixes of the linking -ів-: Ukrainian ending -> Russian ending after the connector.
CONNECTOR_SUFFIXES = [("івський", "ский"), ("івська", "ская"), ("івське", "ское"), ("івські", "ские"),
                      ("івськ", "ск"), ("івка", "ка"), ("івці", "цы"), ("ів", "")]
# Plain suffix correspondences, longest first.
SUFFIXES = [("иська", "иска"), ("ський", "ский"), ("цький", "цкий"), ("зький", "зкий"), ("ська", "ская"),
            ("цька", "цкая"), ("зька", "зкая"), ("ське", "ское"), ("цьке", "цкое"),
            ("зьке", "зкое"), ("ські", "ские"), ("цькі", "цкие"), ("ськ", "ск"), ("цьк", "цк"),
            ("зьк", "зк"), ("іль", "оль"), ("ець", "ец"),
            ("ці", "цы"), ("чі", "чи"), ("ця", "ца"),
            # neuter nouns: Запоріжжя/Запорожье, Поділля/Подолье, Зимогір'я/Зимогорье
            ("жжя", "жье"), ("ччя", "чье"), ("лля", "лье"), ("ння", "нье"), ("сся", "сье"),
            ("ття", "тье"), ("ззя", "зье"), ("ддя", "дье"), ("'я", "ье")]


UNSURE_STEM = re.compile("|".join([
    r"[іїґ'ыэъё]", r"^е",
    r"[бвдзлмнпрстф]и",     # Лисичанськ/Лисичанск but Вишгород/Вышгород
    r"[вджт]ов[гжкстч]",    # Вовчанськ/Волчанск, Довга/Долгая, Товсте/Толстое
    r"[жшчщ]о",             # Межова/Межевая, Чорнянка/Чернянка
    r"ьо",                  # Тьоткіно/Тёткино but Батьово/Батьево
    r"[аоу]е",              # Аерофлотський/Аэрофлотский
]))


class RussianNames:
    """Russian spellings of Ukrainian names, learned from the (Ukrainian,
    Russian) name pairs that GeoNames attests and extended by rules that
    those pairs show to be reliable.  Returns None when unsure."""

    def __init__(self, lex):
        self.lex = lex
        self.words = defaultdict(Counter)   # Ukrainian word -> Russian words seen
        self.excluded = None

    def learn(self, uk, ru):
        uw, rw = words_of(uk), words_of(ru)
        if len(uw) == len(rw):
            for a, b in zip(uw, rw):
                self.words[lower_apos(a)][b.lower()] += 1

    def known(self, lw):
        """The attested Russian word, if GeoNames agrees with itself (three
        quarters of the votes) about it."""
        c = self.words.get(lw)
        if not c:
            return None
        c = Counter(c)
        if self.excluded:
            for a, b in self.excluded:
                if a == lw:
                    c[b] -= 1
        c = +c
        if not c:
            return None
        # ё and е are one letter to the matcher: vote on the folded spelling,
        # then write the ё if any attestation has it.
        folded = Counter()
        for w, n in c.items():
            folded[w.replace("ё", "е")] += n
        (best, n), total = folded.most_common(1)[0], sum(folded.values())
        if n * 4 < total * 3:
            return None
        return max((w for w in c if w.replace("ё", "е") == best), key=lambda w: ("ё" in w, w))

    def derive(self, uk, exclude=None):
        """The Russian spelling of a Ukrainian name, or None.  exclude lists
        (Ukrainian word, Russian word) votes to disregard, for the
        leave-one-out check of validate_russian."""
        self.excluded = [(lower_apos(a), b.lower()) for a, b in exclude] if exclude else None
        try:
            ws = re.split(r"([ \-])", uk)
            out = []
            for w in ws:
                if w in (" ", "-", ""):
                    out.append(w)
                    continue
                r = self.word(w)
                if r is None:
                    return None
                out.append(r[0].upper() + r[1:] if w[0].isupper() else r)
            ru = "".join(out)
        finally:
            self.excluded = None
        if not looks_russian(ru) or align_cost(uk, ru) is None:
            return None
        return ru

    def word(self, w):
        """One word: attested, or a known first part plus the rest, or rules."""
        lw = lower_apos(w)
        r = self.known(lw)
        if r:
            return r
        for p_uk, p_ru in RU_PREFIXES:
            if lw.startswith(p_uk) and len(lw) > len(p_uk) + 3:
                rest = self.known(lw[len(p_uk):]) or self.rules(lw[len(p_uk):])
                if rest:
                    return p_ru + rest
        return self.rules(lw)

    def rules(self, lw):
        """A word by suffix and letter rules, or None when a rule is unsure."""
        for uk_root, ru_root in NAME_ROOTS:
            if lw.startswith(uk_root):
                lw = ru_root + lw[len(uk_root):]
                break
        stem, end = lw, ""
        for uk_suf, ru_suf in CONNECTOR_SUFFIXES:
            if lw.endswith(uk_suf) and len(lw) > len(uk_suf) + 1:
                stem = lw[:-len(uk_suf)]
                con = CONNECTOR.get(stem[-1])
                if con is None:
                    return None
                return self.stem(stem, con + ru_suf)
        for uk_suf, ru_suf in [("ївка", "евка"), ("їв", "ев")]:
            if lw.endswith(uk_suf) and len(lw) > len(uk_suf) + 1:
                stem = lw[:-len(uk_suf)]
                if stem[-1] in "аоуея":
                    return self.stem(stem, ru_suf)
                if stem[-1] == "'":
                    return self.stem(stem[:-1], "ь" + ru_suf)
                return None
        for uk_suf, ru_suf in SUFFIXES:
            if lw.endswith(uk_suf) and len(lw) > len(uk_suf) + 1:
                return self.stem(lw[:-len(uk_suf)], ru_suf)
        m = re.fullmatch(r"(.+?)(ове|еве|ине|іне|не|ий|ій|а|я|е|і|и)", lw)
        if m:
            stem, end = m.groups()
            if end in ("ове", "еве"):
                # Вербове is Вербовое in Russian but Вилкове is Вилково, Садове
                # Садовое but Калинове Калиново: the pairs show no rule.
                return None
            if end in ("ине", "іне"):
                # Names from a person or a noun (Роботине, Очеретине,
                # Ватутіне) take -о; adjectives (Соколине from соколиний)
                # keep their ending.
                if self.lex.uk.is_word(stem + end[0] + "ний"):
                    return None
                return self.stem(stem, "ино")
            if end == "не":
                return self.adjective(stem + "н", "ое")
            if end == "ий":
                if not re.search("[аеєиіїоуюя]", stem):
                    return self.stem(stem, "ый")     # Стрий, Стрый: a noun
                return self.adjective(stem, "ий" if stem[-1] in "кгхжшчщ" else "ый")
            if end == "ій":
                return self.stem(stem, "ий")
            adjective = self.lex.uk_adjective(lw)
            if adjective and stem[-1] in "жчшщ" and end != "ий":
                return None         # Козача Лопань / Казачья Лопань
            if end in ("а", "я"):
                if adjective:
                    return self.adjective(stem, "ая" if end == "а" else "яя")
                return self.stem(stem, end)
            if end == "е":
                return self.adjective(stem, "ое") if adjective else None
            if end == "і":
                if adjective:
                    soft = stem + "ій" in self.lex.uk.stems or stem[-1] in "кгхжшчщ"
                    return self.adjective(stem, "ие" if soft else "ые")
                return None
            if end == "и":
                return self.stem(stem, "и" if stem[-1] in "кгхжшчщ" else "ы")
        if lw[-1] in "чжшщ":
            return None             # Керч is Керчь
        return self.stem(lw, "")

    def adjective(self, stem, ending):
        """An adjective's stem: by the letter rules when they are sure, else
        the one respelling that the Russian dictionary knows as an
        adjective (Гірке: горьк-ий, so Горькое; Вільне: Вольное; Золотий:
        золот-ой, so Золотой)."""
        plain = self.stem(stem, "")
        options = [{"і": ("и", "е", "о"), "и": ("и", "ы"), "ї": ("и", "е"), "є": ("е",),
                    "'": ("ь", "")}.get(ch, (ch,)) for ch in stem]
        if sum(len(o) > 1 for o in options) > 4:
            return plain + ending if plain is not None else None
        found = {}
        for letters in itertools.product(*options):
            cand = "".join(letters)
            # Russian may add a soft sign (гірк-: горьк-) or double the н
            # of an adjective (Нечаяне: нечаянный).
            for c in {cand, re.sub(r"([рл])([кн])$", r"\1ь\2", cand), cand + "н" if cand[-1:] == "н" else cand}:
                for lemma_end in ("ый", "ий", "ой"):
                    lemma = c + lemma_end
                    if lemma in self.lex.ru.stems and self.lex.ru.derives(c + "ая", lemma):
                        found.setdefault(c, lemma_end)
        if len(found) == 1:
            c, lemma_end = next(iter(found.items()))
            if ending in ("ый", "ий") and lemma_end == "ой":
                ending = "ой"
            return c + ending
        return plain + ending if plain is not None and not found else None

    @staticmethod
    def stem(stem, ending):
        """Letters that Russian writes the same way.  і, ї, ' and a word-initial
        е have several Russian counterparts (Ізюм, Оріхів, Піски; Куп'янськ,
        Мар'їнка; Енергодар), and и is Russian и or ы after most consonants
        (Лисичанськ but Крынки, Вышгород), so a stem holding them is not
        derived.  UNSURE_STEM lists the other spellings that the GeoNames
        pairs show to go more than one way."""
        if stem is None or UNSURE_STEM.search(stem):
            return None
        return stem.replace("є", "е") + ending


# ---------------------------------------------------------------- hand tables

# First-level regions.  code: KATOTTH oblast code (UAnn) or GeoNames admin1
# (RU.nn); name: the English short name ("<name> Oblast" is the official
# English name and the label); then the Ukrainian and Russian adjectives of
# "область", their nicknames (Харківщина, Курщина), and Russian-based
# English spellings of the name.  Facts: the oblast names of KATOTTH and
# GeoNames admin1; nicknames and Russian forms as Ukrainian and Russian media
# write them.
REGIONS = """
UA05  | Vinnytsia       | Вінницька        | Винницкая        | Вінниччина                  | Винничина                    | Vinnitsa
UA07  | Volyn           | Волинська        | Волынская        | Волинь                      | Волынь                       | Volhynia
UA12  | Dnipropetrovsk  | Дніпропетровська | Днепропетровская | Дніпропетровщина            | Днепропетровщина             | Dnepropetrovsk
UA14  | Donetsk         | Донецька         | Донецкая         | Донеччина                   | Донетчина                    |
UA18  | Zhytomyr        | Житомирська      | Житомирская      | Житомирщина                 | Житомирщина                  | Zhitomir
UA21  | Zakarpattia     | Закарпатська     | Закарпатская     | Закарпаття                  | Закарпатье                   | Transcarpathia
UA23  | Zaporizhzhia    | Запорізька       | Запорожская      |                             |                              | Zaporozhye, Zaporizhia
UA26  | Ivano-Frankivsk | Івано-Франківська | Ивано-Франковская | Івано-Франківщина, Прикарпаття | Ивано-Франковщина, Прикарпатье | Ivano-Frankovsk
UA32  | Kyiv            | Київська         | Киевская         | Київщина                    | Киевщина                     | Kiev
UA35  | Kirovohrad      | Кіровоградська   | Кировоградская   | Кіровоградщина              | Кировоградщина               | Kirovograd
UA44  | Luhansk         | Луганська        | Луганская        | Луганщина                   | Луганщина                    | Lugansk
UA46  | Lviv            | Львівська        | Львовская        | Львівщина                   | Львовщина                    | Lvov
UA48  | Mykolaiv        | Миколаївська     | Николаевская     | Миколаївщина                | Николаевщина                 | Nikolaev, Nikolayev
UA51  | Odesa           | Одеська          | Одесская         | Одещина                     | Одесщина, Одесчина           | Odessa
UA53  | Poltava         | Полтавська       | Полтавская       | Полтавщина                  | Полтавщина                   |
UA56  | Rivne           | Рівненська       | Ровенская        | Рівненщина                  | Ровенщина                    | Rovno
UA59  | Sumy            | Сумська          | Сумская          | Сумщина                     | Сумщина                      |
UA61  | Ternopil        | Тернопільська    | Тернопольская    | Тернопільщина               | Тернопольщина                | Ternopol
UA63  | Kharkiv         | Харківська       | Харьковская      | Харківщина, Слобожанщина    | Харьковщина, Слобожанщина    | Kharkov
UA65  | Kherson         | Херсонська       | Херсонская       | Херсонщина                  | Херсонщина                   |
UA68  | Khmelnytskyi    | Хмельницька      | Хмельницкая      | Хмельниччина                | Хмельнитчина                 | Khmelnitsky, Khmelnytsky
UA71  | Cherkasy        | Черкаська        | Черкасская       | Черкащина                   | Черкасщина, Черкащина        | Cherkassy
UA73  | Chernivtsi      | Чернівецька      | Черновицкая      | Буковина                    | Буковина                     | Chernovtsy
UA74  | Chernihiv       | Чернігівська     | Черниговская     | Чернігівщина                | Черниговщина                 | Chernigov
RU.41 | Kursk           | Курська          | Курская          | Курщина                     | Курщина                      |
RU.09 | Belgorod        | Бєлгородська     | Белгородская     | Бєлгородщина                | Белгородчина, Белгородщина   |
RU.10 | Bryansk         | Брянська         | Брянская         | Брянщина                    | Брянщина                     |
RU.61 | Rostov          | Ростовська       | Ростовская       | Ростовщина                  | Ростовщина                   |
RU.86 | Voronezh        | Воронезька       | Воронежская      | Воронежчина                 | Воронежчина                  |
"""

# KATOTTH oblast code -> GeoNames admin1 code, and the special units.
KATOTTH_TO_GEONAMES = {
    "UA01": "11", "UA05": "23", "UA07": "24", "UA12": "04", "UA14": "05", "UA18": "27",
    "UA21": "25", "UA23": "26", "UA26": "06", "UA32": "13", "UA35": "10", "UA44": "14",
    "UA46": "15", "UA48": "16", "UA51": "17", "UA53": "18", "UA56": "19", "UA59": "21",
    "UA61": "22", "UA63": "07", "UA65": "08", "UA68": "09", "UA71": "01", "UA73": "03",
    "UA74": "02", "UA80": "12", "UA85": "20"}

# The Autonomous Republic of Crimea, all its forms (Sevastopol and Kyiv are
# cities with a region's status: their city entries stand for both).
CRIMEA = {"uk": ["Крим", "Автономна Республіка Крим", "Кримський півострів"],
          "ru": ["Крым", "Автономная Республика Крым", "Республика Крым", "Крымский полуостров"],
          "en": ["Crimea", "Autonomous Republic of Crimea", "Republic of Crimea", "Crimean Peninsula"]}

# War-relevant places of place-data.md section 4 (hand-checked spellings).
# id: the short id (place.<id>), "-" for the usual <slug>-<code> id;
# where: KATOTTH oblast code, optionally with the raion (Ukrainian adjective)
# when the oblast has namesakes, or a Russian admin1 code; the first
# Ukrainian name is the KATOTTH one, the others (and the later Russian and
# English names) are old or other names of the same place: Artemovsk and
# Artyomovsk for Bakhmut.  Ukrainian forms of Russian villages marked
# unverified in place-data.md are kept: a wrong one only fails to match.
WAR_PLACES = """
kyiv            | Kyiv             | Kiev                                        | Київ                      | Киев                         | UA80           | 703448
kharkiv         | Kharkiv          | Kharkov, Harkiv                             | Харків                    | Харьков                      | UA63           | 706483
luhansk         | Luhansk          | Lugansk, Voroshilovgrad                     | Луганськ, Ворошиловград   | Луганск, Ворошиловград       | UA44           | 702658
donetsk         | Donetsk          |                                             | Донецьк                   | Донецк                       | UA14           | 709717
zaporizhzhia    | Zaporizhzhia     | Zaporizhia, Zaporozhye, Zaporozhe, Zaporizhzhya | Запоріжжя             | Запорожье                    | UA23           | 687700
dnipro          | Dnipro           | Dnipropetrovsk, Dnepr, Dnepropetrovsk       | Дніпро, Дніпропетровськ   | Днепр, Днепропетровск        | UA12           | 709930
odesa           | Odesa            | Odessa                                      | Одеса                     | Одесса                       | UA51           | 698740
mykolaiv        | Mykolaiv         | Nikolaev, Nikolayev                         | Миколаїв                  | Николаев                     | UA48           | 700569
kherson         | Kherson          |                                             | Херсон                    | Херсон                       | UA65           | 706448
mariupol        | Mariupol         |                                             | Маріуполь                 | Мариуполь                    | UA14           | 701822
melitopol       | Melitopol        |                                             | Мелітополь                | Мелитополь                   | UA23           | 701404
berdiansk       | Berdiansk        | Berdyansk                                   | Бердянськ                 | Бердянск                     | UA23           | 712451
bakhmut         | Bakhmut          | Artemivsk, Artemovsk, Artyomovsk            | Бахмут, Артемівськ        | Бахмут, Артёмовск            | UA14           | 713174
avdiivka        | Avdiivka         | Avdeevka, Avdeyevka, Avdiyivka              | Авдіївка                  | Авдеевка                     | UA14           | 713122
vuhledar        | Vuhledar         | Ugledar, Vugledar                           | Вугледар                  | Угледар                      | UA14           | -
kupiansk        | Kupiansk         | Kupyansk                                    | Куп'янськ                 | Купянск                      | UA63           | 703656
sievierodonetsk | Sievierodonetsk  | Severodonetsk, Syeverodonetsk, Siverskodonetsk | Сіверськодонецьк, Сєвєродонецьк | Северодонецк       | UA44           | 691999
lysychansk      | Lysychansk       | Lisichansk                                  | Лисичанськ                | Лисичанск                    | UA44           | 702972
chasiv-yar      | Chasiv Yar       | Chasov Yar                                  | Часів Яр                  | Часов Яр                     | UA14           | 710915
pokrovsk        | Pokrovsk         | Krasnoarmeysk, Krasnoarmiisk, Krasnoarmiysk | Покровськ, Красноармійськ | Покровск, Красноармейск      | UA14           | 704422
myrnohrad       | Myrnohrad        | Mirnograd, Dymytrov, Dimitrov               | Мирноград, Димитров       | Мирноград, Димитров          | UA14           | 710035
kostiantynivka  | Kostiantynivka   | Konstantinovka, Kostyantynivka              | Костянтинівка             | Константиновка               | UA14           | 705104
kramatorsk      | Kramatorsk       |                                             | Краматорськ               | Краматорск                   | UA14           | 704508
sloviansk       | Sloviansk        | Slovyansk, Slavyansk, Slaviansk             | Слов'янськ                | Славянск                     | UA14           | 693468
toretsk         | Toretsk          | Dzerzhynsk, Dzerzhinsk                      | Торецьк, Дзержинськ       | Торецк, Дзержинск            | UA14           | 709354
horlivka        | Horlivka         | Gorlovka                                    | Горлівка                  | Горловка                     | UA14           | 707753
makiivka        | Makiivka         | Makeyevka, Makeevka, Makiyivka              | Макіївка                  | Макеевка                     | UA14           | 702320
soledar         | Soledar          |                                             | Соледар                   | Соледар                      | UA14           | 706757
popasna         | Popasna          | Popasnaya                                   | Попасна                   | Попасная                     | UA44           | 696566
lyman           | Lyman            | Krasnyi Lyman, Krasny Liman                 | Лиман, Красний Лиман      | Лиман, Красный Лиман         | UA14 Краматорський | 704204
kreminna        | Kreminna         | Kremennaya                                  | Кремінна                  | Кременная                    | UA44           | 704138
svatove         | Svatove          | Svatovo                                     | Сватове                   | Сватово                      | UA44           | 692118
izium           | Izium            | Izyum                                       | Ізюм                      | Изюм                         | UA63           | 707292
balakliia       | Balakliia        | Balakleya, Balakliya                        | Балаклія                  | Балаклея                     | UA63           | 712926
vovchansk       | Vovchansk        | Volchansk                                   | Вовчанськ                 | Волчанск                     | UA63           | 689304
siversk         | Siversk          | Seversk                                     | Сіверськ                  | Северск                      | UA14           | 694403
kurakhove       | Kurakhove        | Kurakhovo                                   | Курахове                  | Курахово                     | UA14           | 695357
selydove        | Selydove         | Selidovo                                    | Селидове                  | Селидово                     | UA14           | 694677
velyka-novosilka | Velyka Novosilka | Velikaya Novoselka, Bolshaya Novosyolka    | Велика Новосілка          | Великая Новосёлка, Большая Новосёлка | UA14   | 690237
huliaipole      | Huliaipole       | Gulyaypole, Gulyai-Pole                     | Гуляйполе                 | Гуляйполе                    | UA23           | 707898
orikhiv         | Orikhiv          | Orekhov                                     | Оріхів                    | Орехов                       | UA23           | 698428
tokmak          | Tokmak           |                                             | Токмак                    | Токмак                       | UA23           | 691469
enerhodar       | Enerhodar        | Energodar                                   | Енергодар                 | Энергодар                    | UA23           | 709276
nova-kakhovka   | Nova Kakhovka    | Novaya Kakhovka                             | Нова Каховка              | Новая Каховка                | UA65           | 699839
oleshky         | Oleshky          | Aleshki, Alyoshki, Tsiurupynsk              | Олешки, Цюрупинськ        | Алёшки, Цюрупинск            | UA65           | 691037
hola-prystan    | Hola Prystan     | Golaya Pristan                              | Гола Пристань             | Голая Пристань               | UA65           | 708632
chornobaivka    | Chornobaivka     | Chernobayevka, Chernobaevka                 | Чорнобаївка               | Чернобаевка                  | UA65           | -
krynky          | Krynky           | Krinki, Krynki                              | Кринки                    | Крынки                       | UA65           | -
robotyne        | Robotyne         | Rabotino                                    | Роботине                  | Работино                     | UA23           | -
verbove         | Verbove          | Verbovoye, Verbovoe                         | Вербове                   | Вербовое                     | UA23 Пологівський | -
staromaiorske   | Staromaiorske    | Staromayorskoye                             | Старомайорське            | Старомайорское               | UA14           | -
urozhaine       | Urozhaine        | Urozhaynoye                                 | Урожайне                  | Урожайное                    | UA14           | -
prechystivka    | Prechystivka     | Prechistovka                                | Пречистівка               | Пречистовка                  | UA14           | -
marinka         | Marinka          | Maryinka                                    | Мар'їнка                  | Марьинка                     | UA14           | 701845
krasnohorivka   | Krasnohorivka    | Krasnogorovka                               | Красногорівка             | Красногоровка                | UA14 Покровський | -
klishchiivka    | Klishchiivka     | Kleshcheyevka, Kleshchievka                 | Кліщіївка                 | Клещеевка                    | UA14           | -
-               | Andriivka        | Andreyevka, Andreevka                       | Андріївка                 | Андреевка                    | UA14 Бахмутський | -
ocheretyne      | Ocheretyne       | Ocheretino                                  | Очеретине                 | Очеретино                    | UA14 Покровський | -
novohrodivka    | Novohrodivka     | Novogrodovka                                | Новогродівка              | Новогродовка                 | UA14           | -
niu-york        | Niu-York         | Novhorodske, Novgorodskoye                  | Нью-Йорк, Новгородське    | Нью-Йорк, Новгородское       | UA14           | -
-               | Pisky            | Peski                                       | Піски                     | Пески                        | UA14 Покровський | -
opytne          | Opytne           | Opytnoye, Opytnoe                           | Опитне                    | Опытное                      | UA14 Покровський | -
-               | Tonenke          | Tonenkoye                                   | Тоненьке                  | Тоненькое                    | UA14 Покровський | -
vuhlehirsk      | Vuhlehirsk       | Uglegorsk                                   | Вуглегірськ               | Углегорск                    | UA14           | -
debaltseve      | Debaltseve       | Debaltsevo                                  | Дебальцеве                | Дебальцево                   | UA14           | -
ilovaisk        | Ilovaisk         | Ilovaysk                                    | Іловайськ                 | Иловайск                     | UA14           | -
volnovakha      | Volnovakha       |                                             | Волноваха                 | Волноваха                    | UA14           | 689198
synkivka        | Synkivka         | Sinkovka                                    | Синьківка                 | Синьковка                    | UA63           | -
lyptsi          | Lyptsi           | Liptsy                                      | Липці                     | Липцы                        | UA63           | -
kozacha-lopan   | Kozacha Lopan    | Kazachya Lopan                              | Козача Лопань             | Казачья Лопань               | UA63           | -
bucha           | Bucha            |                                             | Буча                      | Буча                         | UA32           | 711350
irpin           | Irpin            | Irpen                                       | Ірпінь                    | Ирпень                       | UA32           | 707565
hostomel        | Hostomel         | Gostomel                                    | Гостомель                 | Гостомель                    | UA32           | 708251
chernihiv       | Chernihiv        | Chernigov                                   | Чернігів                  | Чернигов                     | UA74           | 710735
sumy            | Sumy             |                                             | Суми                      | Сумы                         | UA59           | 692194
okhtyrka        | Okhtyrka         | Akhtyrka                                    | Охтирка                   | Ахтырка                      | UA59           | 713749
simferopol      | Simferopol       |                                             | Сімферополь               | Симферополь                  | UA01           | 693805
sevastopol      | Sevastopol       | Sebastopol                                  | Севастополь               | Севастополь                  | UA85           | 694423
kerch           | Kerch            |                                             | Керч                      | Керчь                        | UA01           | 706524
dzhankoi        | Dzhankoi         | Dzhankoy                                    | Джанкой                   | Джанкой                      | UA01           | 709334
yevpatoriia     | Yevpatoriia      | Yevpatoriya, Evpatoria, Eupatoria           | Євпаторія                 | Евпатория                    | UA01           | 688105
feodosiia       | Feodosiia        | Feodosia, Theodosia                         | Феодосія                  | Феодосия                     | UA01           | -
saky            | Saky             | Saki                                        | Саки                      | Саки                         | UA01           | -
armiansk        | Armiansk         | Armyansk                                    | Армянськ                  | Армянск                      | UA01           | -
kursk           | Kursk            | Koursk                                      | Курськ                    | Курск                        | RU.41          | 538560
sudzha          | Sudzha           | Sudja, Sudsha                               | Суджа                     | Суджа                        | RU.41          | 486816
glushkovo       | Glushkovo        | Hlushkove                                   | Глушкове                  | Глушково                     | RU.41          | 560995
korenevo        | Korenevo         | Korenyovo                                   | Коренево                  | Коренёво                     | RU.41          | 544906
lgov            | Lgov             | L'gov                                       | Льгов                     | Льгов                        | RU.41          | 535334
rylsk           | Rylsk            | Ryl'sk                                      | Рильськ                   | Рыльск                       | RU.41          | 695019
kurchatov       | Kurchatov        |                                             | Курчатов                  | Курчатов                     | RU.41          | 538908
tyotkino        | Tyotkino         | Tetkino, Tiotkino                           | Тьоткіно                  | Тёткино                      | RU.41          | -
sverdlikovo     | Sverdlikovo      |                                             | Свердликове               | Свердликово                  | RU.41          | -
plekhovo        | Plekhovo         |                                             | Плехове                   | Плехово                      | RU.41          | -
malaya-loknya   | Malaya Loknya    | Mala Loknia                                 | Мала Локня                | Малая Локня                  | RU.41          | -
staraya-sorochina | Staraya Sorochina |                                          |                           | Старая Сорочина              | RU.41          | -
novaya-sorochina | Novaya Sorochina |                                            |                           | Новая Сорочина               | RU.41          | -
kurilovka       | Kurilovka        |                                             |                           | Куриловка                    | RU.41          | -
postoyalye-dvory | Postoyalye Dvory | Postoyalyye Dvory, Postoialye Dvory        | Постоялі Двори            | Постоялые Дворы              | RU.41          | -
belgorod        | Belgorod         |                                             | Бєлгород                  | Белгород                     | RU.09          | 578072
shebekino       | Shebekino        |                                             | Шебекине                  | Шебекино                     | RU.09          | 495112
grayvoron       | Grayvoron        | Graivoron                                   | Грайворон                 | Грайворон                    | RU.09          | 559034
krasnaya-yaruga | Krasnaya Yaruga  |                                             | Красна Яруга              | Красная Яруга                | RU.09          | 542571
novaya-tavolzhanka | Novaya Tavolzhanka | Nova Tavolzhanka                       | Нова Таволжанка           | Новая Таволжанка             | RU.09          | 519473
valuyki         | Valuyki          | Valuiki                                     | Валуйки                   | Валуйки                      | RU.09          | 477192
stary-oskol     | Stary Oskol      | Staryy Oskol                                | Старий Оскол              | Старый Оскол                 | RU.09          | 487928
kozinka         | Kozinka          |                                             | Козинка                   | Козинка                      | RU.09          | -
bryansk         | Bryansk          | Briansk                                     | Брянськ                   | Брянск                       | RU.10          | 571476
klintsy         | Klintsy          |                                             | Клинці                    | Клинцы                       | RU.10          | 547475
sevsk           | Sevsk            |                                             | Севськ                    | Севск                        | RU.10          | 496246
rostov-on-don   | Rostov-on-Don    | Rostov-na-Donu, Rostov                      | Ростов-на-Дону            | Ростов-на-Дону               | RU.61          | 501175
taganrog        | Taganrog         |                                             | Таганрог                  | Таганрог                     | RU.61          | 484907
millerovo       | Millerovo        |                                             | Міллерово                 | Миллерово                    | RU.61          | 526558
kamensk-shakhtinsky | Kamensk-Shakhtinsky | Kamensk-Shakhtinskiy               | Кам'янськ-Шахтинський     | Каменск-Шахтинский           | RU.61          | 553399
voronezh        | Voronezh         |                                             | Воронеж                   | Воронеж                      | RU.86          | 472045
"""


def parse_table(text, ncols):
    rows = []
    for line in text.strip().splitlines():
        cols = [c.strip() for c in line.split("|")]
        if len(cols) != ncols:
            raise ValueError(f"hand table row has {len(cols)} columns, not {ncols}: {line!r}")
        rows.append(cols)
    return rows


def split_list(cell):
    return [clean(x) for x in cell.split(",") if x.strip()]


# ---------------------------------------------------------------- inflection specs

PREPOSITIONS = {"на", "над", "під", "под", "біля", "при", "у", "в"}
RU_ADJ = re.compile(r"(ый|ий|ой|ая|яя|ое|ее|ые|ие)$")
RU_ADJ_IN_PHRASE = re.compile(r"(ый|ий|ой|ая|яя|ья|ое|ее|ые|ие)$")   # + Казачья
UK_NOUN_NEUTER_YA = re.compile(r"(жж|чч|лл|нн|сс|тт|зз|дд|цц|шш|рр|бб|мм|вв)я$|'я$")


def _gender_of_ending(w, lang):
    if re.search(r"[иыі]$", w):
        return "pl"
    if w.endswith(("а", "я")):
        return "n" if lang == "uk" and UK_NOUN_NEUTER_YA.search(w) else "f"
    if w.endswith(("о", "е", "є", "ё")):
        return "n"
    if w.endswith("ость"):
        return "f"
    return "m"


def _adjective_number(w):
    if re.search(r"(ий|ій|ый|ой)$", w):
        return "m"
    if re.search(r"(а|я)$", w):
        return "f"
    if re.search(r"(е|є)$", w):
        return "n"
    return "pl"


def inflect_spec(term, lang, lex):
    """The `inflect` column: empty (auto) where the compiler's guess from
    the ending is right, else one spec per word (docs/lexicon.md)."""
    if lang not in ("ru", "uk"):
        return ""
    if re.search(r"[A-Za-z0-9]", term):
        return "none"
    tokens = words_of(term)
    if len(tokens) == 1:
        return _single_spec(lower_apos(tokens[0]), lang, lex)
    seps = re.findall(r"[ \-]+", term.strip())
    low = [lower_apos(t) for t in tokens]
    if lang == "uk" and len(low) == 2 and seps[0] == " " and low[0].endswith("а") \
            and low[0][:-1] in lex.uk.name_stems and not lex.uk_adjective(low[0]):
        return " ".join("-" for _ in tokens)   # Івана Франка: a name in the genitive
    kinds = []
    for i, w in enumerate(low):
        adjective = RU_ADJ_IN_PHRASE.search(w) if lang == "ru" else lex.uk_adjective(w)
        kinds.append("adj" if adjective else "noun")
    if lang == "uk" and kinds == ["noun", "noun"] and seps[0] == " " and \
            re.fullmatch(r"(.+)(а|я|е|є|і)", low[0]) and (
                _adjective_number(low[0]) == _gender_of_ending(low[1], lang)
                or lex.uk.is_word(low[0][:-1] + "ий")):
        kinds[0] = "adj"        # Бране Поле, Козача Лопань: adjective before its noun
    # The gender of a noun that ends in -ь is the gender of its adjective
    # (Козача Лопань is feminine).
    adj_numbers = {_adjective_number(w) for w, k in zip(low, kinds) if k == "adj"}
    specs = []
    frozen = False
    for i, w in enumerate(low):
        last = i == len(low) - 1
        if frozen or w in PREPOSITIONS:
            frozen = True
            specs.append("-")
        elif not last and seps[i] == "-" and kinds[i] == "noun" and low[i + 1] not in PREPOSITIONS and (
                w.endswith(("о", "е")) or (kinds[i + 1] == "noun" and not re.search(r"[аяиіы]$", w))):
            specs.append("-")       # Петрово-Красносілля, Ивано-Франковская, Нью-Йорк
        elif kinds[i] == "adj":
            specs.append("adj")
        elif not last and i == 0 and seps[0] == " " and kinds[i + 1] == "noun" and \
                low[1] not in PREPOSITIONS and re.search(
                r"(ів|їв|ов|ев|ёв|ин|ін|їн|ова|ева|єва|ина|іна|їна|ове|еве|ине)$", w):
            specs.append("poss")               # Часів Яр, Мотина Балка
        else:
            g = _gender_of_ending(w, lang)
            if w.endswith("ь") and len(adj_numbers) == 1 and adj_numbers <= {"f", "m"}:
                g = next(iter(adj_numbers))
            specs.append(g)
    return " ".join(specs)


def _single_spec(w, lang, lex):
    if lang == "ru":
        if w.endswith("ы") or re.search(r"[кгхжшчщ]и$", w):
            return "pl"
        if w.endswith("и"):
            return "none"
        if RU_ADJ.search(w):
            # an adjective's stem has a vowel: Стрый, Кий are nouns
            return "" if re.search("[аеёиоуыэюя]", w[:-2]) else "m"
        if re.search(r"(ок|ёк|ец)$", w):
            return "m+fv"
        return ""
    if w.endswith("и"):
        return "pl"
    if w.endswith("і"):
        return "adj" if lex.uk_adjective(w) else "pl"
    if UK_NOUN_NEUTER_YA.search(w) or w.endswith("о"):
        return "n"
    if w.endswith(("е", "є")):
        if lex.uk_adjective(w) or re.search(r"(ове|еве|єве|ине|іне|їне|не|ке|ше|че|те)$", w):
            return ""
        return "n"
    if re.search(r"(ок|ець)$", w):
        return "m+fv"
    if re.search(r"(ий|ій)$", w) and not re.search("[аеєиіїоуюя]", w[:-2]):
        return "m"                  # Стрий is a noun
    return ""


# ---------------------------------------------------------------- sources

KATOTTH_TYPES = {"M": "city", "X": "settlement", "C": "village", "K": "city"}


def load_katotth(path):
    """The codes of the first-level units (UAnn -> full code), the raion
    names by code, and the settlements with their oblast and raion."""
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f, delimiter=";"))[1:]
    oblasts, raions, settlements = {}, {}, []
    for r in rows:
        r = [c.strip() for c in r]
        code1, code2, _code3, code4, _extra, cat, name = r
        name = clean(name)
        if cat in ("O", "K"):
            oblasts[code1[:4]] = code1
        if cat == "P":
            raions[code2] = name
        if cat in KATOTTH_TYPES:
            code = code4 or code1
            settlements.append({
                "code": code, "name": name, "cat": cat, "oblast": code1[:4],
                "raion": code2 if cat != "K" else "",
                # KATOTTH lists a hromada's administrative centre first.
                "centre": cat == "K" or code[9:12] == "001"})
    return oblasts, raions, settlements


def load_geonames(path):
    cols = ["gid", "name", "ascii", "alternates", "lat", "lon", "fclass", "fcode", "country",
            "cc2", "admin1", "admin2", "admin3", "admin4", "pop", "elevation", "dem", "tz", "modified"]
    out = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            g = dict(zip(cols, line.rstrip("\n").split("\t")))
            g["pop"] = int(g["pop"] or 0)
            alts = [clean(a) for a in g["alternates"].split(",") if a.strip()]
            g["cyrillic"] = [a for a in alts if re.search("[а-яёіїєґА-ЯЁІЇЄҐ]", a)]
            g["latin"] = [a for a in alts if re.fullmatch(r"[A-Za-z][A-Za-z' \-]*", a.replace(UK_APOSTROPHE, "'"))]
            out.append(g)
    return out


def is_ukrainian_spelling(name):
    """Ukrainian as opposed to Russian or Belarusian: Ukrainian letters, and
    і only together with и or a Ukrainian ending (Belarusian has і but no и)."""
    low = lower_apos(name)
    if not set(low) <= UK_ALPHABET | set(" -"):
        return False
    if re.search("[їєґ']", low) or ("і" in low and "и" in low):
        return True
    return "і" in low and bool(re.search(r"(ськ|цьк|ів|івка|іль)$", low))


def latin_key(s):
    return re.sub(r"[^a-z]", "", s.lower())


def english_variants(g, cyrillic_names):
    """GeoNames' ASCII name plus the Latin alternates that read as an
    English-language romanization of one of the place's Cyrillic names."""
    families = [f for f in (latin_family(n) for n in cyrillic_names) if f]
    out = [g["ascii"]]
    for a in g["latin"]:
        a = a.replace(UK_APOSTROPHE, "'")
        if len(a) < 3 or a.isupper():
            continue
        if any(f.fullmatch(a.lower()) for f in families):
            out.append(a)
    return out


# ---------------------------------------------------------------- the gazetteer

def add_curated_russian(e, names):
    """The hand table's Russian names.  War reports decline the names in
    -ово/-ино of these places (в Тёткине, под Курахове) as often as not, so
    they get the neuter paradigm, which `auto` would not give."""
    for n in names:
        e.add(n, "ru", "n" if re.fullmatch(r"\w+[оеё]во|\w+[иы]но", lower_apos(n)) else None)


class Entry:
    """One place: its id, label and attributes, and its names in order."""

    def __init__(self, eid, label, attrs, small=False, front=False, curated=False):
        self.id, self.label, self.attrs = eid, label, attrs
        self.small, self.front, self.curated = small, front, curated   # see rows_of
        self.names = []         # (term, lang, explicit inflect spec or None)

    def add(self, terms, lang, spec=None):
        for t in [terms] if isinstance(terms, str) else terms:
            t = clean(t)
            if t:
                self.names.append((t, lang, spec))


class Gazetteer:
    def __init__(self, sources, lex):
        self.lex = lex
        self.oblast_codes, self.raions, self.settlements = load_katotth(sources / KATOTTH_FILE)
        self.geonames = load_geonames(sources / GEONAMES_FILE)
        self.russian = RussianNames(lex)
        self.stats = Counter()
        self.admin1 = {}            # UAnn / RU.nn -> English first-level name (= region label)
        for row in parse_table(REGIONS, 7):
            self.admin1[row[0]] = f"{row[1]} Oblast"
        self.admin1.update({"UA01": "Crimea", "UA80": "Kyiv", "UA85": "Sevastopol"})
        # The hand tables name GeoNames' first-level codes: check them
        # against GeoNames' own list.
        with open(sources / ADMIN1_FILE, encoding="utf-8") as f:
            known = {line.split("\t")[0] for line in f}
        ours = {"UA." + v for v in KATOTTH_TO_GEONAMES.values()} | {c for c in self.admin1 if c.startswith("RU.")}
        used = {f"{g['country']}.{g['admin1']}" for g in self.geonames}
        if ours - known or used - ours:
            sys.exit(f"places.py: admin1 codes unknown to GeoNames {sorted(ours - known)}, "
                     f"or missing from the hand tables {sorted(used - ours)}")

    # -------------------------------------------------- curated places

    def resolve_curated(self):
        """Hand-table rows -> KATOTTH settlement code or GeoNames id."""
        by_code, by_gid, russian_only = {}, {}, []
        for row in parse_table(WAR_PLACES, 7):
            short, label, en, uk, ru, where, gid = row
            c = {"short": None if short == "-" else short, "label": label, "en": split_list(en),
                 "uk": split_list(uk), "ru": split_list(ru), "where": where,
                 "gid": None if gid == "-" else gid}
            if where.startswith("RU"):
                if c["gid"]:
                    by_gid[c["gid"]] = c
                else:
                    russian_only.append(c)
                continue
            oblast, _, raion = where.partition(" ")
            raion_codes = {code for code, n in self.raions.items()
                           if n == raion and code.startswith(oblast)} if raion else None
            hits = [s for s in self.settlements if s["oblast"] == oblast and key(s["name"]) == key(c["uk"][0])
                    and (raion_codes is None or s["raion"] in raion_codes)]
            if len(hits) > 1:
                hits = [s for s in hits if s["cat"] in "MK"]    # the town, not its namesakes
            if len(hits) != 1:
                sys.exit(f"places.py: hand table: {len(hits)} KATOTTH settlements for {row}")
            by_code[hits[0]["code"]] = c
            if c["gid"]:
                by_gid[c["gid"]] = hits[0]["code"]
        return by_code, by_gid, russian_only

    # -------------------------------------------------- GeoNames <-> KATOTTH

    def link(self, forced):
        """Match every Ukrainian GeoNames row to one KATOTTH settlement: same
        oblast, and a Cyrillic alternate equal to the KATOTTH name (else the
        official romanization of it equal to the GeoNames name).  Among
        namesakes in one oblast, a hromada centre is preferred, then a city
        for a GeoNames town; what stays ambiguous is not linked."""
        by_name, by_latin = defaultdict(list), defaultdict(list)
        for s in self.settlements:
            by_name[(s["oblast"], key(s["name"]))].append(s)
            by_latin[(s["oblast"], latin_key(kmu55(s["name"])))].append(s)
        k2g = {"UA." + v: k for k, v in KATOTTH_TO_GEONAMES.items()}
        code_of = {s["code"]: s for s in self.settlements}
        linked = {}                  # settlement code -> GeoNames row
        self.ua_names = []           # (Ukrainian name, GeoNames row) for every matched row
        for g in sorted((g for g in self.geonames if g["country"] == "UA"), key=lambda g: int(g["gid"])):
            oblast = k2g.get("UA." + g["admin1"])
            if g["gid"] in forced:
                cands = [code_of[forced[g["gid"]]]]
            else:
                found = {}
                for a in g["cyrillic"]:
                    for s in by_name.get((oblast, key(a)), ()):
                        found[s["code"]] = s
                if not found:
                    for a in (g["name"], g["ascii"]):
                        for s in by_latin.get((oblast, latin_key(a)), ()):
                            found[s["code"]] = s
                cands = sorted(found.values(), key=lambda s: s["code"])
            if not cands:
                # mostly renamed places whose old name GeoNames keeps
                self.stats["geonames UA rows not found in KATOTTH"] += 1
                continue
            names = {s["name"] for s in cands}
            if len(names) == 1:
                self.ua_names.append((cands[0]["name"], g))
            if len(cands) > 1:
                centres = [s for s in cands if s["centre"]]
                cands = centres or cands
            if len(cands) > 1 and (g["fcode"] in ("PPLA", "PPLA2", "PPLC") or g["pop"] >= 10000):
                cities = [s for s in cands if s["cat"] in "MK"]
                cands = cities or cands
            if len(cands) > 1:
                self.stats["geonames UA rows with several KATOTTH namesakes (not linked)"] += 1
                continue
            s = cands[0]
            old = linked.get(s["code"])
            if old is None or (g["pop"], -int(g["gid"])) > (old["pop"], -int(old["gid"])):
                linked[s["code"]] = g
        self.stats["geonames UA rows linked to KATOTTH"] = len(linked)
        return linked

    def russian_of(self, g, uk_names):
        """A place's current Russian name among its GeoNames alternates, and
        its old Russian names (those that respell an old Ukrainian name)."""
        main = uk_names[0]
        cands = sorted({a for a in g["cyrillic"] if looks_russian(a)})
        latin = {latin_key(a) for a in g["latin"]} | {latin_key(g["ascii"])}
        kmu = latin_key(kmu55(main))
        uk_family = latin_family(main) or re.compile("(?!)")
        # The Ukrainian spelling itself is among the alternates; it is the
        # Russian one only if GeoNames offers no other (Бахмут, Полтава).
        others = [a for a in cands if key(a) != key(main) and (align_cost(main, a) or 99) <= 1]
        if others:
            cands = [a for a in cands if key(a) != key(main)]
        scored = []
        for a in cands:
            cost = align_cost(main, a)
            if cost is None or cost > 3:
                continue
            # A Russian-based romanization among the Latin alternates (Smela
            # beside Smila) confirms a Russian spelling (Смела, not Смила).
            press = latin_key(ru_press(a))
            supported = press != kmu and press in latin and not uk_family.fullmatch(press)
            own = key(a) == key(main)      # the Ukrainian spelling: the last resort
            scored.append((cost + own - 1.5 * supported, "ё" not in a, a))
        current = min(scored)[2] if scored else None
        old = []
        for a in cands:
            if current and key(a) == key(current) or (align_cost(main, a) or 99) <= 3:
                continue        # the current name, or another spelling of it
            costs = [align_cost(u, a) for u in uk_names[1:]]
            if any(c is not None and c <= 2 for c in costs):
                old.append(a)
        return current, old

    def ukrainian_aliases(self, g, main):
        return sorted({a for a in g["cyrillic"] if is_ukrainian_spelling(a) and key(a) != key(main)})

    # -------------------------------------------------- entries

    def build(self):
        curated, forced, russian_only = self.resolve_curated()
        linked = self.link(forced)
        self.pairs = []
        for uk, g in self.ua_names:
            ru, _ = self.russian_of(g, [uk])
            if ru and key(ru) != key(uk):
                self.russian.learn(uk, ru)
                self.pairs.append((uk, ru))
        self.russian_by_code = {}
        settlements = [self.settlement(s, curated.get(s["code"]), linked.get(s["code"]))
                       for s in sorted(self.settlements, key=lambda s: s["code"])]
        entries = self.regions() + self.raion_entries() + settlements
        for g in sorted((g for g in self.geonames if g["country"] == "RU"), key=lambda g: int(g["gid"])):
            if g["fcode"] in ("PPLX", "PPLQ"):
                continue            # a city district, an abandoned place
            entries.append(self.russian_place(g, forced.get(g["gid"])))
        for c in russian_only:
            entries.append(self.russian_place(None, c))
        return entries

    def regions(self):
        out = []
        cities = {latin_key(kmu55(s["name"])) for s in self.settlements if s["cat"] in "MK"}
        cities |= {latin_key(g["ascii"]) for g in self.geonames if g["country"] == "RU"}
        for code, name, uk_adj, ru_adj, uk_nick, ru_nick, en_var in parse_table(REGIONS, 7):
            country = "UA" if code.startswith("UA") else "RU"
            attrs = [("country", country), ("type", "oblast")]
            if country == "UA":
                attrs.append(("katotth", self.oblast_codes[code]))
            attrs.append(("prior", DEFAULT_PRIOR["oblast"]))
            e = Entry(f"place.{slug(name)}-oblast", f"{name} Oblast", attrs)
            e.add(f"{uk_adj} область", "uk")
            for n in split_list(uk_nick):
                e.add(n, "uk", "f" if n.endswith("ь") else None)
            e.add(f"{ru_adj} область", "ru")
            for n in split_list(ru_nick):
                e.add(n, "ru", "f" if n.endswith("ь") else None)
            variants = [name] + split_list(en_var)
            e.add([f"{v} Oblast" for v in variants], "en")
            # "Zakarpattia region" is tagged Zakarpattia: the short name is a
            # place of its own unless a city already has it (Kharkiv).
            if latin_key(name) not in cities:
                e.add(variants, "en")
            out.append(e)
        e = Entry("place.crimea", "Crimea", [("country", "UA"), ("type", "region"),
                                             ("katotth", self.oblast_codes["UA01"]),
                                             ("prior", DEFAULT_PRIOR["region"])])
        for lang, specs in (("uk", ["m+u", "adj f -", "adj m"]), ("ru", ["m+u", "adj f -", "f -", "adj m"]),
                            ("en", [""] * 4)):
            for term, spec in zip(CRIMEA[lang], specs):
                e.add(term, lang, spec or None)
        out.append(e)
        return out

    def validate_russian(self):
        """Leave-one-out check of the derived Russian spellings on the pairs
        GeoNames attests: derive each pair's Russian name without its own
        vote and count the hits (docs/places.md quotes the figures)."""
        derived = right = 0
        for uk, ru in self.pairs:
            uw, rw = words_of(uk), words_of(ru)
            guess = self.russian.derive(uk, exclude=list(zip(uw, rw)) if len(uw) == len(rw) else None)
            if guess is not None:
                derived += 1
                right += key(guess) == key(ru)
        self.stats["Russian derivation check: GeoNames pairs"] = len(self.pairs)
        self.stats["Russian derivation check: derived (leave one out)"] = derived
        self.stats["Russian derivation check: derived and equal to GeoNames"] = right

    def raion_entries(self):
        """Raions (districts): "Бахмутський район", "Бахмутский район", and in
        English the adjective alone, as English text drops the generic word
        ("Bakhmutskyi district" is tagged Bakhmutskyi)."""
        out = []
        for code, name in sorted(self.raions.items()):
            oblast = code[:4]
            label = kmu55(name)
            attrs = [("country", "UA"), ("admin1", self.admin1[oblast]), ("type", "raion"),
                     ("katotth", code), ("prior", DEFAULT_PRIOR["raion"])]
            e = Entry(f"place.{slug(label)}-raion-{code.lower()}", f"{label} Raion", attrs)
            e.add(f"{name} район", "uk")
            ru = self.raion_russian(code, name)
            if ru:
                e.add(f"{ru} район", "ru")
            e.add(label, "en")
            if ru:
                e.add(ru_press(ru), "en")
            out.append(e)
        return out

    def raion_russian(self, code, name):
        """A raion is named after its centre (Харківський: Харків), and so
        is its Russian name (Харьковский: Харьков).  Else rules as usual."""
        m = re.fullmatch(r"(.+)(ськ|цьк)ий", name)
        if m:
            stem, kind = m.groups()
            ending = "цкий" if kind == "цьк" else "ский"
            # What the centre's name adds to the adjective's stem, and how
            # much of the centre's Russian name to drop: Бахмут/Бахмутский,
            # Покровськ/Покровск, Горлівка/Горловка, Одеса/Одесса/Одесский.
            if kind == "ськ":
                shapes = [("", 0, ending), ("ськ", 2, ending), ("са", 1, "кий"), ("си", 1, "кий")]
            else:
                shapes = [("", 0, ending), ("цьк", 2, ending)]
            shapes += [(v, len(v), ending) for v in ("а", "и", "е", "о", "ка")]
            for s in self.settlements:
                if s["raion"] != code and s["cat"] != "K" or s["oblast"] != code[:4]:
                    continue
                ru = self.russian_by_code.get(s["code"])
                for added, cut, end in shapes:
                    if ru and key(s["name"]) == key(stem + added):
                        return (ru[:-cut] if cut else ru) + end
        return self.russian.derive(name)

    def settlement(self, s, c, g):
        name = s["name"]
        label = c["label"] if c else kmu55(name)
        eid = f"place.{c['short']}" if c and c["short"] else f"place.{slug(kmu55(name))}-{s['code'].lower()}"
        typ = KATOTTH_TYPES[s["cat"]]
        attrs = [("country", "UA"), ("admin1", self.admin1[s["oblast"]])]
        if s["raion"] in self.raions:       # not Chornobyl and Prypiat, in the exclusion zone
            attrs.append(("admin2", kmu55(self.raions[s["raion"]]) + " Raion"))
        attrs += [("type", typ), ("katotth", s["code"])]
        attrs += self.geonames_attrs(g)
        pop = g["pop"] if g else 0
        attrs.append(("prior", (pop or DEFAULT_PRIOR[typ]) + (WAR_BONUS if c else 0)))
        e = Entry(eid, label, attrs, small=not c and typ != "city" and pop < SMALL,
                  front=s["oblast"] in FRONT, curated=bool(c))

        uk = [name] + (c["uk"][1:] if c else [])
        if g:
            uk += self.ukrainian_aliases(g, name)
        e.add(uk, "uk")
        attested = []
        if c:
            attested = c["ru"]
        elif g:
            current, old = self.russian_of(g, uk)
            attested = ([current] if current else []) + old
        if attested:
            self.russian_by_code[s["code"]] = attested[0]
            if c:
                add_curated_russian(e, attested)
            else:
                e.add(attested, "ru")
            self.stats["Russian names from GeoNames or the hand table"] += 1
        else:
            derived = self.russian.derive(name)
            if derived:
                self.russian_by_code[s["code"]] = derived
                e.add(derived, "ru")
                self.stats["Russian names derived by rule"] += 1
            else:
                self.stats["settlements without a Russian name (rules unsure)"] += 1
        e.add(label, "en")
        e.add(kmu55(name), "en")
        if c:
            e.add(c["en"], "en")
        if g:
            e.add(english_variants(g, uk + attested), "en")
        e.add([ru_press(r) for r in attested], "en")
        return e

    def russian_place(self, g, c):
        if g is None:
            label = c["label"]
            attrs = [("country", "RU"), ("admin1", self.admin1[c["where"]]), ("type", "locality"),
                     ("prior", DEFAULT_PRIOR["locality"] + WAR_BONUS)]
            e = Entry(f"place.{c['short']}", label, attrs, curated=True)
            e.add(c["uk"], "uk")
            add_curated_russian(e, c["ru"])
            e.add(label, "en")
            e.add(c["en"], "en")
            e.add([ru_press(r) for r in c["ru"]], "en")
            return e
        label = c["label"] if c else g["ascii"]
        eid = f"place.{c['short']}" if c else f"place.{slug(g['ascii'])}-gn{g['gid']}"
        typ = "city" if g["fcode"] in ("PPLA", "PPLC") or g["pop"] >= 10000 else "locality"
        attrs = [("country", "RU"), ("admin1", self.admin1["RU." + g["admin1"]]), ("type", typ)]
        attrs += self.geonames_attrs(g)
        attrs.append(("prior", (g["pop"] or DEFAULT_PRIOR[typ]) + (WAR_BONUS if c else 0)))
        e = Entry(eid, label, attrs, small=not c and g["pop"] < SMALL, front="RU." + g["admin1"] in FRONT,
                  curated=bool(c))
        if c:
            ru, uk = c["ru"], c["uk"]
        else:
            # The Russian name is the alternate that GeoNames' own
            # (Russian-based) romanization spells.
            cands = sorted(a for a in g["cyrillic"] if looks_russian(a))
            target = latin_key(g["ascii"])
            ru = [min(cands, key=lambda a: (edit_distance(latin_key(ru_press(a)), target), a))] if cands else []
            uk = sorted({a for a in g["cyrillic"] if is_ukrainian_spelling(a) and ru
                         and (align_cost(a, ru[0]) or 99) <= 3})
        e.add(uk, "uk")
        if c:
            add_curated_russian(e, ru)
        else:
            e.add(ru, "ru")
        e.add(label, "en")
        if c:
            e.add(c["en"], "en")
        e.add(english_variants(g, ru + uk), "en")
        e.add([ru_press(r) for r in ru], "en")
        return e

    @staticmethod
    def geonames_attrs(g):
        if not g:
            return []
        out = [("geonames", g["gid"]), ("lat", g["lat"]), ("lon", g["lon"])]
        if g["pop"]:
            out.append(("pop", g["pop"]))
        return out


def edit_distance(a, b):
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


# ---------------------------------------------------------------- case forms (approximate)

# Russian surnames and their case forms (Петров, Петрова, Денисову): the
# oblique forms of Ukrainian -ів names (Петрів, Петрова) look the same.
SURNAME_FORM = re.compile(r"\w{2,}(ов|ев|ёв|ин|ын)(а|у|ым|ой)?|\w{3,}(ск|цк)(ий|ого|ому|им|ой|ая|ую)|\w{2,}енк[оа]")

ADJ_ENDINGS = {
    ("ru", "m"): "ый ий ой ого его ому ему ым им ом ем", ("ru", "f"): "ая яя ой ей ую юю ою ею",
    ("ru", "n"): "ое ее ого его ому ему ым им ом ем", ("ru", "pl"): "ые ие ых их ым им ыми ими",
    ("uk", "m"): "ий ій ого ього ому ьому им ім", ("uk", "f"): "а я ої ьої ій у ю ою ьою",
    ("uk", "n"): "е є ого ього ому ьому им ім", ("uk", "pl"): "і их іх им ім ими іми"}


def case_forms(word, lang, spec):
    """The nominative and the likely case forms of a single-word name, as a
    Russian or Ukrainian declension would give them; used only to find
    clashes with ordinary words and personal names, so a form too many is
    harmless."""
    w = lower_apos(word)
    spec = spec or ""
    forms = {w}
    if spec == "none" or (lang == "ru" and spec == "" and re.search(r"[оиыу]$", w) and not w.endswith("ы")):
        return forms
    adjective = (RU_ADJ.search(w) if lang == "ru" else re.search(r"(ий|ій|е|є|а|я|і)$", w)) \
        and spec in ("", "adj") and re.search("[аеёиоуыэюяєії]", w[:-2])
    if spec == "pl" or (spec == "" and re.search(r"[иыі]$", w) and not adjective):
        st = w[:-1]
        ends = ["ов", "ев", "ей", "", "ам", "ям", "ами", "ями", "ах", "ях"] if lang == "ru" else \
               ["ів", "їв", "ей", "", "ам", "ям", "ами", "ями", "ах", "ях"]
        forms |= {st + e for e in ends}
        if len(st) > 2 and st[-1] in "кгхц" and st[-2] not in "аеёиоуыэюяіїє":
            forms |= {st[:-1] + v + st[-1] for v in "ое"}     # Крынки -> Крынок
        return forms
    if adjective and spec in ("", "adj") and (lang == "ru" or spec == "adj" or re.search(r"(ий|ій|е|є)$", w)):
        st = re.sub(r"(ый|ий|ой|ая|яя|ое|ее|ые|ие|ій|а|я|е|є|і)$", "", w)
        forms |= {st + e for e in ADJ_ENDINGS[(lang, _adjective_number(w))].split()}
        return forms
    if w.endswith(("а", "я")):
        st = w[:-1]
        forms |= {st + e for e in ("ы", "и", "і", "е", "у", "ю", "ой", "ей", "ою", "ею")}
        return forms
    if w.endswith(("о", "е", "є")):
        st = w[:-1]
        forms |= {st + e for e in ("а", "я", "у", "ю", "ом", "ем", "і", "е")}
        return forms
    st = w[:-1] if w.endswith(("й", "ь")) else w
    stems = {st}
    if spec in ("m+fv", "m+u+fv") or re.search(r"(ок|ец|ець)$", w):
        stems.add(re.sub(r"[оеё](\w)$", r"\1", st))
    if lang == "uk":
        stems.add(re.sub(r"і(\w)$", r"о\1", st))             # Петрів -> Петрова
        stems.add(re.sub(r"і(\w)$", r"е\1", st))
    for s in stems:
        forms |= {s + e for e in ("а", "я", "у", "ю", "ом", "ем", "е", "і", "ові")}
    return forms


# ---------------------------------------------------------------- output

def ukrainian_oblique(term):
    """The Ukrainian case forms of a single noun that its Russian declension
    does not give: locative and dative in -і, genitive in -и, instrumental
    in -ою/-ею, with the Ukrainian к/ц, г/з, х/с alternation (Каховка, у
    Каховці).  Only the regular patterns; anything else gets none."""
    if " " in term or "-" in term:
        return []
    w = term
    last, st = w[-1], w[:-1]
    if last == "а" and len(w) > 3:
        alt = {"к": "ц", "г": "з", "х": "с"}
        if st[-1] in "жчшщ":
            return [st + "і", st + "ею"]
        if st[-1] in alt:
            return [st + "и", st[:-1] + alt[st[-1]] + "і", st + "ою"]
        if st[-1] in "бвдзлмнпрстф":
            return [st + "и", st + "і", st + "ою"]
        return []
    if last == "я" and st[-1] not in "аеиоуюяі" and not UK_NOUN_NEUTER_YA.search(lower_apos(w)):
        return [st + "і", st + "ею"]
    if last == "ь" and st[-1] in "лнт":
        return [st + "і", st + "еві"]
    if last in "бвдзлмнпрстф" and re.search("[аеиоуяюєії]", w):
        return [w + "і", w + "ові"]
    return []


def rows_of(entry, lex, stats):
    """The entry's TSV rows: one per normalized term; a spelling shared by
    the Ukrainian and the Russian name is written once, as Russian.

    A name that is an ordinary word is marked amb and cap: it needs
    evidence, and it must be written capitalized, so that "мирне
    населення" is not the village Мирне (for cities of BIG people, only a
    headword counts).  A name that only declines into one is cap (Курськ,
    not "курська").  A small place (a village,
    a selyshche, a Russian locality under SMALL people, not in the hand
    table) also drops a Cyrillic name that is an ordinary Russian word
    (Правда, Дружба, Орел: capitalized in titles and call signs) unless it
    lies in a FRONT oblast, and a name that is,
    or declines into, a Russian personal name or surname form (Машенька,
    Анна, Орлы/Орлов; a Ukrainian name whose nominative is not one stays,
    uninflected: Петрів but not Петрова); a name that only declines into an
    ordinary Russian word stays uninflected (Нове, not нового); and an
    English variant that is an English word or name is dropped (Star, Anna).
    Every English row is cap: English capitalizes place names ("rata")."""
    rows, seen, shared = [], {}, set()
    for term, lang, spec in entry.names:
        k = key(term)
        if not k:
            continue
        if k in seen:
            i = seen[k]
            if rows[i][1] == "uk" and lang == "ru":
                rows[i] = (rows[i][0], "ru", spec)
                shared.add(i)
            continue
        seen[k] = len(rows)
        rows.append((term, lang, spec))
    attrs = dict(entry.attrs)
    region = attrs.get("type") in ("oblast", "raion", "region")
    # A village named like a person (Шевченко, Тимошенко) keeps no English
    # name either: Shevchenko is a person in English text too.
    named = entry.small and any(lex.is_name(t) for t, lang, _ in rows if lang != "en")
    out = []
    queue = [(term, lang, spec, i in shared) for i, (term, lang, spec) in enumerate(rows)]
    # Big cities and the hand-checked places are read as words only if
    # their name is a headword (Лиман), not a rare form (Тёткино, possessive
    # of тётка).
    big = int(attrs.get("pop", 0)) >= BIG or entry.curated

    def ambiguous(term):
        return lex.ordinary(term, headword=big)

    while queue:
        term, lang, spec, is_shared = queue.pop(0)
        inflect = spec if spec is not None else inflect_spec(term, lang, lex)
        clash = lex.collision(term, lang, inflect)
        amb = ambiguous(term)
        if region and len(words_of(term)) > 1:
            amb = False             # Курская область: the generic word makes it a name
        if entry.small and "name" in clash:
            if lang == "uk" and not lex.is_name(term):
                inflect = "none"            # Петрів, but not Петрова
                clash = lex.collision(term, lang, inflect)
            else:
                stats["rows dropped: small place, a personal name"] += 1
                continue
        if entry.small and not entry.front and lang != "en" and lex.ordinary(term, russian_only=True):
            stats["rows dropped: small place away from the front, an ordinary Russian word"] += 1
            continue
        if entry.small and "ru-word" in clash:
            inflect = "none"                # Нове, but not нового
            stats["rows left uninflected: small place, forms are ordinary words"] += 1
        if entry.small and lang == "en" and (key(term) in lex.en or key(term) in lex.en_names or named
                                             or len(latin_key(term)) <= 4):
            # also short names: acronyms and words of other languages (Rai, Kuna, RIV)
            stats["rows dropped: small place, an English word, name or short name"] += 1
            continue
        if lang == "en" and term[:1].islower():
            # GeoNames lists some Latin spellings in lower case (kerchi,
            # lvyv): transliteration artifacts, and a lower-case English
            # name could never match under `cap` anyway
            stats["rows dropped: English spelling in lower case"] += 1
            continue
        flags = ["amb"] if amb else []
        if amb or lang == "en" or clash & {"ru-word", "uk-word"}:
            # A name that is, or declines into, a word must be written
            # capitalized (not "мирне населення", not "курська" for Курськ);
            # so must every English name ("rata").
            flags.append("cap")
        out.append([term, "place", entry.id, "", lang, inflect, ",".join(flags), ""])
        if is_shared and inflect != "none":
            # The row inflects as Russian; the Ukrainian case forms that
            # Russian lacks (у Бахмуті, у Бучі, на Луганщині) become rows
            # of their own.
            for form in ukrainian_oblique(term):
                if key(form) not in seen:
                    seen[key(form)] = True
                    queue.append((form, "uk", "none", False))
                    stats["rows added: Ukrainian case forms of a shared spelling"] += 1
    if not out and "katotth" in attrs:
        # Every KATOTTH settlement stays findable: a village called
        # Шевченко or Ростов by its name with the generic word before it
        # ("село Шевченко", "у селі Ростов"), which no surname gives.
        generic = {"village": "село", "settlement": "селище", "city": "місто"}[attrs["type"]]
        out.append([f"{generic} {rows[0][0]}", "place", entry.id, "", "uk", "n -", "", ""])
        stats["entries kept only as 'село <name>'"] += 1
    if not out:
        stats["entries dropped: no name left (Russian localities)"] += 1
        return []
    out[0][3] = entry.label
    out[0][7] = ";".join(f"{k}={attr_escape(v)}" for k, v in entry.attrs)
    return [tuple(r) for r in out]


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("sources", nargs="?", type=Path, default=DEFAULT_SOURCES,
                    help="directory of the place sources (default: ../shared/data/places-src)")
    ap.add_argument("--output", type=Path, default=DEFAULT_OUTPUT)
    ap.add_argument("--stats", action="store_true", help="print counts to standard error")
    args = ap.parse_args(argv)
    lex = Lexicons()
    gaz = Gazetteer(args.sources, lex)
    entries = gaz.build()
    ids = Counter(e.id for e in entries)
    dup = [i for i, n in ids.items() if n > 1]
    if dup:
        sys.exit(f"places.py: ids given twice: {dup[:10]}")
    lines = ["# Places: GENERATED by data/gen/places.py; do not edit (see docs/places.md).",
             "# Sources: KATOTTH of 2025-05-16, Ukraine's official codifier of administrative units",
             "# (Ministry for Communities and Territories Development); GeoNames cities500, CC BY 4.0",
             "# (GeoNames, geonames.org); the generator's hand tables (place-data.md).  Ambiguity from",
             "# Debian's hunspell-ru, hunspell-uk and wamerican word lists.",
             HEADER]
    counts = Counter()
    for e in entries:
        for row in rows_of(e, lex, gaz.stats):
            if any("\t" in f or "\n" in f for f in row):
                sys.exit(f"places.py: a field holds a tab or newline: {row}")
            lines.append("\t".join(row))
            typ = dict(e.attrs).get("type", "?")
            counts[f"rows {row[4]}"] += 1
            counts[f"rows of type {typ}"] += 1
            if "amb" in row[6]:
                counts[f"ambiguous rows {row[4]}"] += 1
            counts["entries"] += row[3] != ""
    args.output.write_text("\n".join(lines) + "\n", encoding="utf-8")
    if args.stats:
        gaz.validate_russian()
        for k, v in sorted(gaz.stats.items()) + sorted(counts.items()):
            print(f"{k}: {v}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

