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
  applied where the GeoNames pairs show them reliable; where a letter has
  several Russian spellings, the one spelling that the Russian dictionary
  has as a word or a name (Щербинівка: Щербиновка, from щербина).  When no
  rule is sure, no Russian name is written.
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
import itertools
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

from placelib import (
    Entry, HEADER, Lexicons, NAME_ROOTS, SURNAME_FORM, align_cost, aligned, clean, edit_distance,
    add_romanizations, drop_romanization_clashes,
    case_forms, english_variants, inflect_spec, is_surname, is_ukrainian_name, is_ukrainian_spelling, key, kmu55,
    latin_family, latin_key, load_geonames, looks_russian, lower_apos, parse_table, rows_of, ru_press, slug,
    split_list, ukrainian_spellings, words_of, plural_oblast_terms)

REPO = Path(__file__).resolve().parents[2]
DEFAULT_SOURCES = REPO.parent / "shared" / "data" / "places-src"
DEFAULT_OUTPUT = REPO / "data" / "src" / "places-generated.tsv"
KATOTTH_FILE = "katotth-2025-05-16.csv"
GEONAMES_FILE = "geonames-cities500-UA-RUborder.tsv"
ADMIN1_FILE = "geonames-admin1-UA-RUborder.tsv"

# Default priors (population-like numbers) for entries without a population.
DEFAULT_PRIOR = {"city": 5000, "settlement": 1000, "village": 200, "locality": 300, "district": 20000,
                 "former raion": 30000, "hromada": 30000,
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
# Russia's regions on Ukraine's border, shelled, raided and fought over
# since 2022 (the Kursk incursion): their towns are as much the war's
# places as Ukraine's (в Белгороде снова бавовна; лепестки под Теткино).
# Their entries carry front=border, which the compiler reads (the
# evidence module's MT_PLACE_WAR_REGION).
BORDER_WAR = {"RU.09", "RU.41", "RU.10"}
# Added to the prior of the hand-checked war-relevant places: among the 74
# villages called Andriivka, war text means the one near Bakhmut.
WAR_BONUS = 100000


# ---------------------------------------------------------------- Ukrainian -> Russian spelling


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


# GeoNames' romanized generic words of a Russian settlement (Gorod
# Shebekino), as the first word of a name.
GENERIC_PREFIX = re.compile(r"(?i)(gorod|posëlok|poselok|selo|derevnya|khutor|stanitsa) ")


class RussianNames:
    """Russian spellings of Ukrainian names, learned from the (Ukrainian,
    Russian) name pairs that GeoNames attests and extended by rules that
    those pairs show to be reliable.  Returns None when unsure."""

    def __init__(self, lex):
        self.lex = lex
        self.words = defaultdict(Counter)   # Ukrainian word -> Russian words seen
        self.excluded = None
        # spellings chosen by the dictionary or by the more frequent ending
        self.chosen = 0
        self.headwords = set(lex.ru.stems) | set(lex.ru.name_stems)

    def begins_word(self, stem):
        """Whether the Russian dictionary has a headword or a name made of the
        stem and one of WORD_ENDINGS (щербин-а, орех, Павлов, грушев-ый)."""
        # (й only after a vowel that is no adjective's ending: Матвей,
        # Николай, but not винны-й for Вінниця)
        return any(stem + e in self.headwords for e in WORD_ENDINGS
                   if e != "й" or stem[-1:] in "аеоу")

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
            for i, w in enumerate(ws):
                if w in (" ", "-", ""):
                    out.append(w)
                    continue
                # (a word before a space and another word may be an
                # adjective before its noun: Золота Балка)
                r = self.word(w, attributive=i + 2 < len(ws) and ws[i + 1] == " " and
                              not self.lex.uk_adjective(lower_apos(ws[i + 2])))
                if r is None:
                    return None
                out.append(r[0].upper() + r[1:] if w[0].isupper() else r)
            ru = "".join(out)
        finally:
            self.excluded = None
        # (a derived name is a close respelling: Кам'яногірка is no
        # Каменногорькая)
        shown = uk
        for uk_root, ru_root in DERIVED_NAME_ROOTS:
            # (the roots that placelib's alignment does not know)
            shown = re.sub(uk_root, ru_root, shown, flags=re.I)
        cost = align_cost(shown, ru)
        if not looks_russian(ru) or cost is None or cost > 3:
            return None
        return ru

    def word(self, w, attributive=False):
        """One word: attested, or a known first part plus the rest, or rules.
        attributive: the word stands before another one, so a word in -а,
        -е, -і that the Russian dictionary has as an adjective is one there
        (Золота Балка: Золотая, not the genitive of золото)."""
        lw = lower_apos(w)
        r = self.known(lw)
        if r:
            return r
        m = re.fullmatch(r"(.+?)(а|е|і)", lw)
        # (whose masculine the Ukrainian dictionary has: золотий, not
        # вершиний; and before a noun, not an adjective: Вершина Друга)
        if attributive and m and not self.lex.uk_adjective(lw) and self.lex.uk.is_word(m.group(1) + "ий"):
            st, end = m.groups()
            r = self.adjective(st, {"а": "ая", "е": "ое", "і": "ые"}[end])
            if r and self.lex.ru.is_word(r):
                return r
        chosen = self.chosen
        for p_uk, p_ru in RU_PREFIXES:
            if lw.startswith(p_uk) and len(lw) > len(p_uk) + 3:
                rest = self.known(lw[len(p_uk):]) or self.rules(lw[len(p_uk):])
                if rest and self.chosen > chosen:
                    # the dictionary chose the rest's spelling: the whole
                    # word is the better witness (Новосілка: новоселка,
                    # not ново + солка; Красносілка: neither)
                    return self.rules(lw)
                if rest:
                    return p_ru + rest
        return self.rules(lw)

    def rules(self, lw):
        """A word by suffix and letter rules, or None when a rule is unsure."""
        for uk_root, ru_root in NAME_ROOTS + DERIVED_NAME_ROOTS:
            if lw.startswith(uk_root):
                lw = ru_root + lw[len(uk_root):]
                break
        stem, end = lw, ""
        for uk_suf, ru_suf in CONNECTOR_SUFFIXES:
            if lw.endswith(uk_suf) and len(lw) > len(uk_suf) + 1:
                stem = lw[:-len(uk_suf)]
                con = CONNECTOR.get(stem[-1])
                if con is None and stem[-1] == "н" and uk_suf == "івка":
                    con = "ов"      # 84 of 89 GeoNames pairs: Антонівка/Антоновка
                if con is None:
                    if stem[-1] not in "лнжчш":
                        return None
                    # Павлівка/Павловка but Грушівка/Грушевка: the one the
                    # dictionary supports (Павлов, грушевый)
                    return self.supported([stem + "ов", stem + "ев"], ru_suf)
                return self.stem(stem, con + ru_suf)
        for uk_suf, ru_suf in [("ївка", "евка"), ("їв", "ев")]:
            if lw.endswith(uk_suf) and len(lw) > len(uk_suf) + 1:
                stem = lw[:-len(uk_suf)]
                if stem[-1] == "і" and len(stem) > 2:
                    # Матвіївка/Матвеевка, Георгіївка/Георгиевка: the stem
                    # of a name the dictionary has (Матвей, Георгий)
                    return self.supported([stem[:-1] + "е", stem[:-1] + "и"], ru_suf)
                if stem[-1] in "аоуея":
                    return self.stem(stem, ru_suf)
                if stem[-1] == "'":
                    return self.stem(stem[:-1], "ь" + ru_suf)
                return None
        for uk_suf, ru_suf in SUFFIXES:
            if lw.endswith(uk_suf) and len(lw) > len(uk_suf) + 1:
                stem = lw[:-len(uk_suf)]
                if uk_suf.startswith("ськ") and stem[-1] in "аеоуиі":
                    doubled = self.doubled_s(stem)
                    if doubled:
                        return doubled + ru_suf
                return self.stem(stem, ru_suf)
        m = re.fullmatch(r"(.+?)(ове|еве|ине|іне|не|ий|ій|а|я|е|і|и)", lw)
        if m:
            stem, end = m.groups()
            if end in ("ове", "еве"):
                # Вербове is Вербовое in Russian but Вилкове is Вилково, Садове
                # Садовое but Калинове Калиново: the pairs show no rule, so
                # the more frequent -ово (87 of 123 pairs) is the name and
                # settlement() adds the -овое one (ALSO_ADJECTIVE).
                self.chosen += 1
                return self.stem(stem, end[0] + "во")
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

    def doubled_s(self, stem):
        """Ukrainian writes one с where a root's с meets the suffix -ськ-
        (Черкаси: черкаський; Русь: руський), Russian both (черкасский,
        русский): the stem with its с when the Russian dictionary has the
        adjective in -сский or a name of the root (Черкассы), else None."""
        plain = self.stem(stem, "")
        if not plain:
            return None
        root = plain + "с"
        if root + "ский" in self.lex.ru.stems or \
                any(root + e in self.lex.ru.name_stems for e in ("", "а", "ы", "и", "я", "ь")):
            self.chosen += 1
            return root
        return None

    def adjective(self, stem, ending):
        """An adjective's stem: by the letter rules when they are sure, else
        the one respelling that the Russian dictionary knows as an
        adjective (Гірке: горьк-ий, so Горькое; Вільне: Вольное; Золотий:
        золот-ой, so Золотой)."""
        plain = self.stem(stem, "", choose=False)
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

    def stem(self, stem, ending, choose=True):
        """Letters that Russian writes the same way, or else the one reading
        that the Russian dictionary supports.  і, ї, ' and a word-initial е
        have several Russian counterparts (Ізюм, Оріхів, Піски; Куп'янськ,
        Мар'їнка; Енергодар), and и is Russian и or ы after most consonants
        (Лисичанськ but Крынки, Вышгород); UNSURE_STEM lists these and the
        other spellings that the GeoNames pairs show to go more than one
        way.  A stem holding them is spelled every way READINGS allows, and
        kept only when exactly one spelling begins a word or a name of the
        Russian dictionary (Щербинівка: щербин-а, not щербын-; Оріхів:
        орех, not орих- or орох-)."""
        if stem is None:
            return None
        if not UNSURE_STEM.search(stem):
            return stem.replace("є", "е") + ending
        return self.supported([stem], ending) if choose else None

    def supported(self, stems, ending):
        """The one spelling of the given Ukrainian stems (alternatives of one
        name) that the Russian dictionary supports, plus ending, or None."""
        spelled = set()
        for st in stems:
            spelled |= set(readings(st) or ())
        if len(spelled) == 1 and len(stems) == 1 and not any(len(o) > 1 for o in reading_options(stems[0])):
            return spelled.pop() + ending
        hits = [c for c in sorted(spelled) if len(c) >= 4 and self.begins_word(c)]
        if len(hits) != 1:
            return None
        self.chosen += 1
        return hits[0] + ending


# Russian spellings of the Ukrainian letters and letter groups that have
# more than one (place-data.md section 3 and the GeoNames pairs: Оріхів/
# Орехов, Кіровоград/Кировоград, Вільне/Вольное; Крынки; Вовчанськ/Волчанск;
# Межова/Межевая; Енергодар/Энергодар), tried in this order at each letter.
READINGS = [(re.compile(p), opts) for p, opts in [
    (r"^е", ("е", "э")),
    (r"(?<=[вджт])ов(?=[гжкстч])", ("ов", "ол")),
    (r"(?<=[жшчщ])о", ("о", "е")),
    (r"ьо", ("ьо", "е")),
    (r"(?<=[аоу])е", ("е", "э")),
    (r"^і", ("и",)),
    (r"(?<=[аеєиіїоуюя'])і", ("и",)),
    (r"і", ("о", "е", "и")),
    (r"(?<=[бвдзлмнпрстф])и", ("и", "ы")),
    (r"'ї", ("ьи", "ье")),
    (r"ї", ("и", "е")),
    (r"'", ("ь", "ъ")),
    (r"є", ("е",)),
    (r"ґ", ("г",)),
    (r".", None)]]
# Given names in compound place names beyond placelib.NAME_ROOTS, used only
# to derive (not to align attested names, where Владимир is Volodymyr's old
# name): Володимирівка/Владимировка, Костянтинівка/Константиновка.
DERIVED_NAME_ROOTS = [("володимир", "владимир"), ("костянтин", "константин")]
# Of those, the roots whose Russian form is no other place's name, so that
# an attested Russian name aligns through them too (Старокостянтинів:
# GeoNames' Староконстантинов; Іллінка: Ильинка, of Ілля/Илья; not
# Володимир, whose Владимир is Russia's).
ALIGNED_NAME_ROOTS = [("костянтин", "константин"), ("іллі", "ильи")]


def with_name_roots(uk):
    """A Ukrainian name with ALIGNED_NAME_ROOTS in their Russian form, to be
    aligned with a Russian spelling (placelib's alignment knows only
    letter correspondences: костянтин/константин inserts a letter)."""
    for uk_root, ru_root in ALIGNED_NAME_ROOTS:
        uk = re.sub(uk_root, ru_root, uk, flags=re.I)
    return uk
# Names whose Russian form is -ово or -овое, -ево or -евое (Вилкове/Вилково,
# Вербове/Вербовое): a derived one gets both.
ALSO_ADJECTIVE = re.compile(r"[ое]ве$")
# The endings that make a stem a word in RussianNames.begins_word.
WORD_ENDINGS = ("", "а", "я", "о", "ь", "й", "ы", "и", "ий", "ый", "ой", "ка")
# Spellings of one stem beyond this are not tried: the dictionary would
# support several.
MAX_READINGS = 64


def reading_options(stem):
    """The stem cut into pieces, each with its Russian spellings."""
    out, i = [], 0
    while i < len(stem):
        for rx, opts in READINGS:
            m = rx.match(stem, i)
            if m:
                out.append(opts or (m.group(0),))
                i = m.end()
                break
    return out


def readings(stem):
    """Every Russian spelling of a Ukrainian stem by READINGS, or None when
    there are more than MAX_READINGS."""
    opts = reading_options(stem)
    n = 1
    for o in opts:
        n *= len(o)
    if n > MAX_READINGS:
        return None
    return ["".join(p) for p in itertools.product(*opts)]


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
UA12  | Dnipropetrovsk  | Дніпропетровська | Днепропетровская | Дніпропетровщина, Дніпровщина | Днепропетровщина           | Dnepropetrovsk
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
rostov-on-don   | Rostov-on-Don    | Rostov-na-Donu, Rostov                      | Ростов-на-Дону, Ростов    | Ростов-на-Дону, Ростов       | RU.61          | 501175
taganrog        | Taganrog         |                                             | Таганрог                  | Таганрог                     | RU.61          | 484907
millerovo       | Millerovo        |                                             | Міллерово                 | Миллерово                    | RU.61          | 526558
kamensk-shakhtinsky | Kamensk-Shakhtinsky | Kamensk-Shakhtinskiy               | Кам'янськ-Шахтинський     | Каменск-Шахтинский           | RU.61          | 553399
voronezh        | Voronezh         |                                             | Воронеж                   | Воронеж                      | RU.86          | 472045
"""


# ---------------------------------------------------------------- sources

KATOTTH_TYPES = {"M": "city", "X": "settlement", "C": "village", "K": "city"}


def load_katotth(path):
    """The codes of the first-level units (UAnn -> full code), the raion
    names by code, the settlements with their oblast and raion, the city
    districts (category B) with their city's code, and the hromada names
    by code."""
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f, delimiter=";"))[1:]
    oblasts, raions, settlements, districts, hromadas = {}, {}, [], [], {}
    for r in rows:
        r = [c.strip() for c in r]
        code1, code2, _code3, code4, extra, cat, name = r
        name = clean(name)
        if cat in ("O", "K"):
            oblasts[code1[:4]] = code1
        if cat == "P":
            raions[code2] = name
        if cat == "B":
            districts.append({"code": extra, "name": name, "city": code4 or code1, "oblast": code1[:4]})
        if cat == "H":
            hromadas[_code3] = name
        if cat in KATOTTH_TYPES:
            code = code4 or code1
            settlements.append({
                "code": code, "name": name, "cat": cat, "oblast": code1[:4],
                "raion": code2 if cat != "K" else "",
                # KATOTTH lists a hromada's administrative centre first.
                "centre": cat == "K" or code[9:12] == "001"})
    return oblasts, raions, settlements, districts, hromadas


# First parts of two-word town names in compound adjectives (Стара
# Вижівка: старовижівський; Нова Водолага: нововодолазький).
COMPOUND_PREFIX = {"старий": "старо", "стара": "старо", "старе": "старо", "новий": "ново", "нова": "ново",
                   "нове": "ново", "великий": "велико", "велика": "велико", "велике": "велико",
                   "малий": "мало", "мала": "мало", "мале": "мало", "верхній": "верхньо", "верхня": "верхньо",
                   "нижній": "нижньо", "нижня": "нижньо", "біла": "біло", "білий": "біло", "красна": "красно",
                   "кривий": "криво", "широка": "широко", "висока": "високо", "золота": "золото"}


def abbreviated_spec(full, lang, lex, tail):
    """The spec of a region's name with its generic word abbreviated
    (Донецька обл., Бахмутський р-н): the full name's spec with the
    generic word's replaced by `tail`, words that do not change."""
    return " ".join(inflect_spec(full, lang, lex).split()[:-1] + [tail])


def add_raion_names(e, uk, ru, lex):
    """A raion's Ukrainian and Russian names with the generic word in full
    and abbreviated, the abbreviation also in the locative that reports
    write (у Бахмутському р-ні, в Бахмутском р-не)."""
    e.add(f"{uk} район", "uk", compound_spec(f"{uk} район", "uk", lex))
    for abbr in ("р-н", "р-ні"):
        e.add(f"{uk} {abbr}", "uk", abbreviated_spec(f"{uk} район", "uk", lex, "- -"))
    if ru:
        e.add(f"{ru} район", "ru", compound_spec(f"{ru} район", "ru", lex))
        for abbr in ("р-н", "р-не"):
            e.add(f"{ru} {abbr}", "ru", abbreviated_spec(f"{ru} район", "ru", lex, "- -"))


def compound_spec(full, lang, lex):
    """A raion named by a hyphenated town (Новгород-Сіверський,
    Кам’янець-Подільський) is a compound adjective whose first parts do
    not change (Новгород-Сіверського району, Кам’янець-Подільському
    районі, Новгород-Северского района), not the town's paradigm
    (Кам’янця-Подільського); None (auto) for any other name."""
    name = full.rsplit(" ", 1)[0]
    if "-" not in name or " " in name:
        return None
    spec = inflect_spec(full, lang, lex).split()
    first = name.count("-")
    if len(spec) != first + 2 or spec[first] != "adj":
        return None
    return " ".join(["-"] * first + spec[first:])


def raion_adjectives(w):
    """Possible adjectives of a town's name by Ukrainian word formation
    (Новопсков: новопсковський, Токмак: токмацький, Арциз: арцизький,
    Мена: менський, Кремінна: кремінський, Бородянка: бородянський,
    Новгородка: новгородківський, Антрацит: антрацитівський,
    Березань: березанський, Верхньодніпровськ: верхньодніпровський),
    to be confirmed by the dictionary."""
    parts = w.split(" ")
    prefix = ""
    if len(parts) == 2 and parts[0] in COMPOUND_PREFIX:
        prefix, w = COMPOUND_PREFIX[parts[0]], parts[1]
    elif len(parts) != 1 or "-" in w:
        return []
    stems = []
    if re.search("(ськ|цьк|зьк)$", w):
        return [prefix + w + "ий"]
    if w[-1] in "аяиіеєо":
        st = w[:-1]
        stems += [st, st + "ів"]
        if st.endswith("нн"):
            stems.append(st[:-1])
        if st.endswith(("к", "ьк")):
            stems += [st[:-1].rstrip("ь"), st + "ів"]
    elif w.endswith("ь"):
        stems += [w[:-1], w[:-1] + "ів"]
    else:
        stems += [w, w + "ів"]
    out = []
    for st in stems:
        for end in ("ський", "цький", "зький"):
            a = st + end
            a = re.sub(r"кський$", "цький", a)
            a = re.sub(r"(с|ш)ський$", "ський", a)
            a = re.sub(r"зський$", "зький", a)
            a = re.sub(r"цський$", "цький", a)
            if prefix + a not in out:
                out.append(prefix + a)
    return out


# -щина names that the rule makes from a town but that name a historical
# region (Сіверщина: Siveria, not Siversk; Подільщина: Podolia, not
# Подільськ): world.py's geography table has them.
NOT_SHCHYNA = ["Сіверщина", "Подільщина", "Дніпровщина"]


def shchyna_candidates(w):
    """Possible -щина names of the land around a town (Ukrainian word
    formation: Калуш: Калущина, Старобільськ: Старобільщина, Донецьк:
    Донеччина, Вінниця: Вінниччина, Суми: Сумщина, Черкаси: Черкащина,
    Сватове: Сватівщина, Ічня: Ічнянщина, Харків: Харківщина)."""
    bases = []
    m = re.fullmatch(r"(.+?)(ськ|зьк)", w)
    if m:
        bases.append(m.group(1))
    m = re.fullmatch(r"(.+?)цьк", w)
    if m:
        bases += [m.group(1) + "ч", m.group(1)]
    if re.search("(ове|еве|єве)$", w):
        bases.append(w[:-3] + "ів")
    if w[-1] in "аяиіеєо":
        bases += [w[:-1], w[:-1] + "ян"]
        if w[-2:] in ("ця", "ці", "ка"):
            bases.append(w[:-2] + "ч")
    if w[-1] == "о":
        bases.append(w + "в")
    if w[-1] == "ь":
        bases += [w, w[:-1]]
    if w[-1] not in "аяиіеєоь":
        bases.append(w)
    out = []
    for b in bases:
        c = re.sub(r"(ш|с|ст)щина$", "щина", b + "щина")
        c = re.sub(r"чщина$", "ччина", c)
        if c not in out:
            out.append(c)
    return out


# ---------------------------------------------------------------- the gazetteer

def add_curated_russian(e, names):
    """The hand table's Russian names.  War reports decline the names in
    -ово/-ино of these places (в Тёткине, под Курахове) as often as not, so
    they get the neuter paradigm, which `auto` would not give.  A later
    name shaped like a surname (Ростов, the short name of Ростов-на-Дону:
    Николай Ростов) is ambiguous: it needs evidence, as GeoNames' later
    names do."""
    for i, n in enumerate(names):
        neuter = re.fullmatch(r"\w+[оеё]во|\w+[иы]но", lower_apos(n))
        e.add(n, "ru", "n" if neuter else None,
              flags=("amb",) if i and is_surname(n) else ())
        if neuter:
            # Speech also gives them a possessive's instrumental (под
            # Кураховым, за Тёткиным), a surname's too: `amb`, it tags
            # only with place evidence.
            e.add(n[:-1] + "ым", "ru", "none", ("amb",))


def add_curated_ukrainian(e, names):
    """Ukrainian names of Russian towns in -ово, -ево, -іно, -ино
    (Тьоткіно) decline as adjectives in Ukrainian (біля Тьоткіного, в
    Тьоткіному, під Тьоткіним), besides the neuter noun's forms the
    compiler gives.  The forms are a surname's too: `amb`."""
    for n in names:
        e.add(n, "uk")
        if re.fullmatch(r"\w+[оеє]во|\w+[іи]но", lower_apos(n)):
            for ending in ("ого", "ому", "им"):
                e.add(n[:-1] + ending, "uk", "none", ("amb",))


class Gazetteer:
    def __init__(self, sources, lex):
        self.lex = lex
        self.oblast_codes, self.raions, self.settlements, self.districts, self.hromadas = \
            load_katotth(sources / KATOTTH_FILE)
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
        namesakes in one oblast, those of the GeoNames row's raion come
        first (GeoNames' admin2 code is KATOTTH's raion number: 4402 is
        UA44 02), then a hromada centre, then a city for a GeoNames town;
        what stays ambiguous is not linked.  Rows left over are mostly
        places renamed since GeoNames' data (2016 and 2024: Червоноград is
        Шептицький now); link_renamed tries them within their raion."""
        by_name, by_latin = defaultdict(list), defaultdict(list)
        for s in self.settlements:
            by_name[(s["oblast"], key(s["name"]))].append(s)
            by_latin[(s["oblast"], latin_key(kmu55(s["name"])))].append(s)
        k2g = {"UA." + v: k for k, v in KATOTTH_TO_GEONAMES.items()}
        code_of = {s["code"]: s for s in self.settlements}
        in_raion = defaultdict(list)
        for s in self.settlements:
            in_raion[s["raion"][2:6]].append(s)
        linked = {}                  # settlement code -> GeoNames row
        self.ua_names = []           # (Ukrainian name, GeoNames row) for every matched row
        left = []
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
                # an old name among the alternates may be another village's
                # (Chystyakove lists Олексіївка): a candidate whose
                # romanization is GeoNames' own name comes first
                refs = {latin_key(g["name"]), latin_key(g["ascii"])} - {""}
                near_name = [s for s in cands if any(
                    edit_distance(latin_key(kmu55(s["name"])), r) <= max(1, len(r) // 8) for r in refs)]
                if cands and not near_name and g["admin2"]:
                    near_name = [s for s in in_raion.get(g["admin2"], ()) if any(
                        edit_distance(latin_key(kmu55(s["name"])), r) <= max(1, len(r) // 8) for r in refs)]
                if near_name:
                    cands = near_name
            if not cands:
                left.append(g)
                continue
            names = {s["name"] for s in cands}
            if len(names) == 1:
                self.ua_names.append((cands[0]["name"], g))
            if len(cands) > 1 and g["admin2"]:
                cands = [s for s in cands if s["raion"][2:6] == g["admin2"]] or cands
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
        self.link_renamed(left, linked)
        self.stats["geonames UA rows linked to KATOTTH"] = len(linked)
        return linked

    def link_renamed(self, left, linked):
        """GeoNames rows that no KATOTTH name matched, linked within their
        raion (GeoNames' admin2) to a settlement no other row has: (1) one
        whose name a Russian alternate respells or whose romanization is
        near GeoNames' name (Кадиевка, Kadiyivka: Кадіївка); (2) for a
        raion seat (PPLA2), the settlement the raion is named after
        (Червоноград, seat of Шептицький район: Шептицький); (3) for a town
        of 10,000 people, the one city of the raion left unlinked when the
        row is the one town left there."""
        taken = set(linked)
        by_raion = defaultdict(list)
        for s in self.settlements:
            if s["raion"]:
                by_raion[s["raion"][2:6]].append(s)
        raion_name = {code[2:6]: name for code, name in self.raions.items()}

        def take(g, s, how):
            linked[s["code"]] = g
            taken.add(s["code"])
            self.stats[f"geonames UA rows linked within the raion: {how}"] += 1
        rest = []
        for g in left:
            free = [s for s in by_raion.get(g["admin2"], ()) if s["code"] not in taken]
            refs = {latin_key(g["name"]), latin_key(g["ascii"])} - {""}
            hits = [s for s in free
                    if any(aligned(s["name"], a, 1) for a in g["cyrillic"] if looks_russian(a))
                    or min((edit_distance(latin_key(kmu55(s["name"])), r) / max(len(r), 1) for r in refs),
                           default=1) <= 0.15]
            if len(hits) > 1:
                hits = [s for s in hits if s["cat"] in "MK"] if g["pop"] >= 10000 else hits
            if len(hits) == 1:
                take(g, hits[0], "a respelling")
                continue
            # the centre of the hromada named after the place (Новопсков:
            # Новопсковська громада, whose centre is Айдар since 2024)
            adjs = {key(a[:-2] + "а") for x in [g["name"]] + g["cyrillic"] if re.search("[а-яіїє]", x.lower())
                    for a in raion_adjectives(lower_apos(x))}
            hrom = [code for code, name in self.hromadas.items() if code[2:6] == g["admin2"] and key(name) in adjs]
            if len(hrom) == 1:
                centre = [s for s in free if s["code"][:10] == hrom[0][:10] and s["centre"]]
                if len(centre) == 1:
                    take(g, centre[0], "the centre of its hromada")
                    continue
            if g["fcode"] == "PPLA2" and g["admin2"] in raion_name:
                m = re.fullmatch(r"(.+?)(ськ|цьк)ий", raion_name[g["admin2"]])
                seat = [s for s in free if s["cat"] in "MX" and m and
                        key(s["name"]) in {key(m.group(1) + x) for x in ("", "ськ", "цьк", "а", "и", "е", "ий")}]
                if not seat:
                    seat = [s for s in free if s["cat"] in "MX" and key(s["name"]) == key(raion_name[g["admin2"]])]
                if len(seat) == 1:
                    take(g, seat[0], "the raion's seat")
                    continue
            rest.append(g)
        towns = defaultdict(list)
        for g in rest:
            if g["pop"] >= 10000 and g["fcode"] in ("PPL", "PPLA2", "PPLA3"):
                towns[g["admin2"]].append(g)
        for g in rest:
            free = [s for s in by_raion.get(g["admin2"], ()) if s["code"] not in taken and s["cat"] == "M"]
            if g in towns.get(g["admin2"], ()) and len(towns[g["admin2"]]) == 1 and len(free) == 1:
                take(g, free[0], "the one town left")
            else:
                # mostly renamed places whose old name GeoNames keeps
                self.stats["geonames UA rows not found in KATOTTH"] += 1

    def russian_of(self, g, uk_names):
        """A place's current Russian name among its GeoNames alternates, and
        its old Russian names (those that respell an old Ukrainian name)."""
        main = uk_names[0]
        shown = with_name_roots(main)
        cands = sorted({a for a in g["cyrillic"] if looks_russian(a)})
        latin = {latin_key(a) for a in g["latin"]} | {latin_key(g["ascii"])}
        kmu = latin_key(kmu55(main))
        uk_family = latin_family(main) or re.compile("(?!)")
        # The Ukrainian spelling itself is among the alternates; it is the
        # Russian one only if GeoNames offers no other (Бахмут, Полтава).
        others = [a for a in cands if key(a) != key(main) and (align_cost(shown, a) or 99) <= 1]
        if others:
            cands = [a for a in cands if key(a) != key(main)]
        scored = []
        for a in cands:
            cost = align_cost(shown, a)
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
            if current and key(a) == key(current) or aligned(shown, a, 3):
                continue        # the current name, or another spelling of it
            costs = [align_cost(with_name_roots(u), a) for u in uk_names[1:]]
            if any(c is not None and c <= 2 for c in costs):
                old.append(a)
        return current, old

    def old_name_spec(self, name):
        """(inflection spec, flags) of an old Ukrainian name from GeoNames:
        a surname or a person's name (Стаханов, Щорс) needs evidence; a
        name whose case forms are a person's (Сталіно: Сталіну; Леніне:
        Леніна) is matched as written.  (Surnames of the Ukrainian kind,
        Осипенко for Бердянськ, are left out by ukrainian_aliases.)"""
        low = lower_apos(name)
        flags = ("amb",) if is_surname(name) or self.lex.ru.is_name(name) else ()
        spec = None
        forms = case_forms(name, "uk", inflect_spec(name, "uk", self.lex)) - {low}

        def other_name(f):
            lemma = f if f in self.lex.uk.name_stems else self.lex.uk.derives(f, stems=self.lex.uk.name_stems)
            return lemma is not None and lemma != low or self.lex.ru.is_name(f) or SURNAME_FORM.fullmatch(f)
        if " " not in name and any(other_name(f) for f in forms):
            spec = "none"
        return spec, flags

    def ukrainian_aliases(self, g, main):
        """Other Ukrainian names of the place among its GeoNames alternates:
        Ukrainian spellings (Артемівськ, Кіровське), names in the letters
        Russian and Ukrainian share that the Ukrainian dictionary knows and
        that are no respelling of the current name (Стаханов, Торез,
        Червоноград, Кіровоград), and the Ukrainian spelling of a Russian
        alternate far from the current name where the dictionary confirms
        it (Котовск: Котовськ, for Подільськ)."""
        out = {a for a in g["cyrillic"] if key(a) != key(main) and is_ukrainian_name(a, self.lex)
               and (is_ukrainian_spelling(a) or not aligned(main, a, 1))
               and not self.lex.ordinary(a)        # not Паляниця, a word
               and not re.search(r"(енко|ук|юк|чук)$", lower_apos(a))}     # nor Осипенко, a surname
        for a in g["cyrillic"]:
            if looks_russian(a) and not aligned(main, a, 3) and len(a) > 4:
                confirmed, spellings = ukrainian_spellings(a, self.lex)
                if confirmed and key(spellings[0]) != key(main) and not self.lex.ordinary(spellings[0]):
                    out.add(spellings[0])
                    self.stats["old Ukrainian names from a Russian alternate, confirmed by the dictionary"] += 1
        return sorted(out)

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
        self.settlement_names = {key(s["name"]) for s in self.settlements}
        settlements = [self.settlement(s, curated.get(s["code"]), linked.get(s["code"]))
                       for s in sorted(self.settlements, key=lambda s: s["code"])]
        raions = self.raion_entries()
        entries = self.regions() + raions + settlements + self.district_entries() + self.former_raion_entries() \
            + self.hromada_entries()
        self.shchyna_names(raions, settlements)
        russian_rows = {(g["admin1"], g["ascii"].lower()) for g in self.geonames if g["country"] == "RU"}
        for g in sorted((g for g in self.geonames if g["country"] == "RU"), key=lambda g: int(g["gid"])):
            if g["fcode"] in ("PPLX", "PPLQ"):
                continue            # a city district, an abandoned place
            m = GENERIC_PREFIX.match(g["ascii"])
            if m and (g["admin1"], g["ascii"][m.end():].lower()) in russian_rows:
                # "Gorod Shebekino" beside Shebekino of the same oblast: the
                # town itself, named with its generic word
                self.stats["Russian localities dropped: the generic word and a town of the oblast"] += 1
                continue
            entries.append(self.russian_place(g, forced.get(g["gid"])))
        for c in russian_only:
            entries.append(self.russian_place(None, c))
        return entries

    def regions(self):
        out = []
        cities = {latin_key(kmu55(s["name"])) for s in self.settlements if s["cat"] in "MK"}
        cities |= {latin_key(g["ascii"]) for g in self.geonames if g["country"] == "RU"}
        seat_spellings = {}
        for row in parse_table(WAR_PLACES, 7):
            seat_spellings[(row[5].split()[0] if row[5] else "", latin_key(row[1]))] = split_list(row[2])
        for code, name, uk_adj, ru_adj, uk_nick, ru_nick, en_var in parse_table(REGIONS, 7):
            country = "UA" if code.startswith("UA") else "RU"
            attrs = [("country", country), ("type", "oblast")]
            if country == "UA":
                attrs.append(("katotth", self.oblast_codes[code]))
            attrs.append(("prior", DEFAULT_PRIOR["oblast"]))
            if code in BORDER_WAR:
                attrs.append(("front", "border"))
            e = Entry(f"place.{slug(name)}-oblast", f"{name} Oblast", attrs)
            e.add(f"{uk_adj} область", "uk")
            e.add(f"{uk_adj} обл", "uk", abbreviated_spec(f"{uk_adj} область", "uk", self.lex, "-"))   # Донецької обл.
            for t in plural_oblast_terms(f"{uk_adj} область", "uk"):
                e.add(t, "uk", "none")      # Луганської й Донецької областей
            for n in split_list(uk_nick):
                e.add(n, "uk", "f" if n.endswith("ь") else None)
            e.add(f"{ru_adj} область", "ru")
            e.add(f"{ru_adj} обл", "ru", abbreviated_spec(f"{ru_adj} область", "ru", self.lex, "-"))
            # the adjective alone, for lists that one plural generic word
            # closes (в Курской, Белгородской и Брянской областях): the
            # evidence rule region_list_after accepts it there only
            for adj, lang in ((uk_adj, "uk"), (ru_adj, "ru")):
                spec = inflect_spec(f"{adj} область", lang, self.lex).split()[:-1]
                e.add(adj, lang, " ".join(spec), flags=("cap",))
            for t in plural_oblast_terms(f"{ru_adj} область", "ru"):
                e.add(t, "ru", "none")
            for n in split_list(ru_nick):
                e.add(n, "ru", "f" if n.endswith("ь") else None)
            variants = [name] + split_list(en_var)
            # the seat's other English spellings name the oblast too when
            # the oblast is named after it (Zaporizhzhya Oblast)
            oblast_variants = variants + [v for v in seat_spellings.get((code, latin_key(name)), [])
                                          if v not in variants]
            e.add([f"{v} Oblast" for v in oblast_variants], "en")
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
        derived = right = chosen = chosen_right = 0
        for uk, ru in self.pairs:
            uw, rw = words_of(uk), words_of(ru)
            before = self.russian.chosen
            guess = self.russian.derive(uk, exclude=list(zip(uw, rw)) if len(uw) == len(rw) else None)
            if guess is not None:
                derived += 1
                right += key(guess) == key(ru)
                if self.russian.chosen > before:
                    chosen += 1
                    chosen_right += key(guess) == key(ru)
        self.stats["Russian derivation check: spelled by the dictionary's choice"] = chosen
        self.stats["Russian derivation check: spelled by the dictionary's choice and equal"] = chosen_right
        self.stats["Russian derivation check: GeoNames pairs"] = len(self.pairs)
        self.stats["Russian derivation check: derived (leave one out)"] = derived
        self.stats["Russian derivation check: derived and equal to GeoNames"] = right

    def raion_entries(self):
        """Raions (districts): "Бахмутський район", "Бахмутский район", and in
        English the adjective alone, as English text drops the generic word
        ("Bakhmutskyi district" is tagged Bakhmutskyi)."""
        out = []
        place_names = {key(kmu55(s["name"])) for s in self.settlements}
        for code, name in sorted(self.raions.items()):
            oblast = code[:4]
            label = kmu55(name)
            attrs = [("country", "UA"), ("admin1", self.admin1[oblast]), ("type", "raion"),
                     ("katotth", code), ("prior", DEFAULT_PRIOR["raion"])]
            e = Entry(f"place.{slug(label)}-raion-{code.lower()}", f"{label} Raion", attrs)
            ru = self.raion_russian(code, name)
            add_raion_names(e, name, ru, self.lex)
            # the adjective alone only where no place is called so: English
            # Bilhorod-Dnistrovskyi, Mohyliv-Podilskyi are the towns (as for
            # oblasts); such a raion keeps its Ukrainian and Russian names
            if key(label) in place_names:
                self.stats["raions whose adjective is a town's name: no English adjective alone"] += 1
            else:
                e.add(label, "en")
                if ru:
                    e.add(ru_press(ru), "en")
            out.append(e)
        return out

    def district_entries(self):
        """City districts (KATOTTH category B: Печерський район of Kyiv):
        "Печерський район" and its Russian respelling, "Pecherskyi
        District", and the district's own name where the Ukrainian
        dictionary has it as a name made from the adjective (Печерськ,
        Оболонь, Святошин, Дарниця, Сихів, Поділ) and it is no person's
        name or other place (Кіров, Калінін, Київ for Кіровський,
        Калінінський, Київський)."""
        out = []
        code_of = {s["code"]: s for s in self.settlements}
        # towns and their old names; villages called Оболонь or Поділ stay
        # candidates beside the district
        place_names = {key(s["name"]) for s in self.settlements if s["cat"] in "MK"}
        place_names |= {key(a) for g in self.geonames for a in g["cyrillic"] if g["pop"] >= 10000}
        place_names |= {key(w) for s in self.settlements if s["cat"] in "MK" for w in words_of(s["name"])}
        for d in sorted(self.districts, key=lambda d: d["code"]):
            city = code_of.get(d["city"])
            if not city:
                continue
            name = d["name"]
            label = kmu55(name)
            attrs = [("country", "UA"), ("admin1", self.admin1[d["oblast"]]), ("city", kmu55(city["name"])),
                     ("type", "city-district"), ("katotth", d["code"]), ("prior", DEFAULT_PRIOR["district"])]
            e = Entry(f"place.{slug(label)}-district-{d['code'].lower()}", f"{label} District", attrs,
                      region=True)
            e.add(f"{name} район", "uk")
            ru = self.russian.derive(name)
            if ru:
                e.add(f"{ru} район", "ru")
            e.add(f"{label} District", "en")
            for noun in self.noun_of_adjective(name):
                ru_spelling = lower_apos(noun).replace("і", "и").replace("ї", "и").replace("є", "е")
                if key(noun) in place_names or self.lex.ru.is_name(noun) or self.lex.ru.is_name(ru_spelling) \
                        or SURNAME_FORM.fullmatch(lower_apos(noun)) \
                        or set(self.lex.uk.name_stems[lower_apos(noun)]) & set("CjE:"):
                    continue        # a person (Калінін, Богун: flags C, j, E, :) or another place (Кіровськ)
                e.add(noun, "uk")
                derived = self.russian.derive(noun)
                if derived:
                    e.add(derived, "ru")
                e.add(kmu55(noun), "en")
                self.stats["city districts with their own name from the dictionary"] += 1
            self.stats["city districts"] += 1
            out.append(e)
        return out

    def former_raion_entries(self):
        """The raions before the reform of July 2020 (490, merged into 136):
        KATOTTH lists only today's, so a former raion is found from its
        centre, a town that is a hromada centre, by the adjective of the
        hromada's name in KATOTTH (Новопсковська: Новопсковський, also
        where the town was renamed, Айдар) and the adjective the Ukrainian
        dictionary makes of the town's name (Токмак: токмацький, Стара
        Вижівка: старовижівський): "Новопсковський район" in its case forms, with
        the Russian respelling where the rules are sure.  Adjectives of
        today's raions of the same oblast are left to them.  A town that
        was no raion centre gets an entry too; its phrase simply never
        occurs."""
        out = []
        current = {(code[:4], key(name)) for code, name in self.raions.items()}
        # A hromada's code shares its first nine characters with its
        # settlements' codes (UA4414009 0000072167: Новопсковська; UA4414009
        # 001...: Новопсков).
        hromada_of = {code[:9]: name for code, name in self.hromadas.items()}
        for s in sorted(self.settlements, key=lambda s: s["code"]):
            if s["cat"] not in "MX" or not s["centre"]:
                continue
            # KATOTTH names the town's hromada with the adjective
            # (Новопсковська, Антрацитівська, Криничанська): it comes first;
            # the dictionary's adjective of the town is an alias, or the
            # only name where the hromada's is no -ська adjective.
            names = []
            h = lower_apos(hromada_of.get(s["code"][:9], ""))
            if re.fullmatch(r"[^ ]+(ськ|цьк|зьк)а", h):
                names.append(h[:-1] + "ий")
            names += [a for a in raion_adjectives(lower_apos(s["name"])) if a in self.lex.uk.stems][:1]
            if not names or any((s["oblast"], key(a)) in current for a in names):
                continue        # the town is (or names) a raion of today
            names = [a[0].upper() + a[1:] for a in dict.fromkeys(names)]
            adj = names[0]
            label = kmu55(adj)
            attrs = [("country", "UA"), ("admin1", self.admin1[s["oblast"]]), ("type", "former raion"),
                     ("centre", kmu55(s["name"])), ("katotth", s["code"]), ("prior", DEFAULT_PRIOR["former raion"])]
            e = Entry(f"place.{slug(label)}-raion-{s['code'].lower()}", f"{label} Raion (before 2020)", attrs,
                      region=True)
            for a in names:
                add_raion_names(e, a, self.russian.derive(a), self.lex)
                e.add(f"{kmu55(a)} Raion", "en")
            out.append(e)
            self.stats["former raions (before 2020) from hromada centres"] += 1
        return out

    def hromada_entries(self):
        """Hromadas (territorial communities, KATOTTH category H, 1,772 with
        Crimea's), which Ukrainian reports name as often as raions: "Боромлянська
        громада" (у Боромлянській громаді), with the abbreviations ТГ and
        ОТГ, and the Russian respelling made as a raion's from the centre's
        Russian name (Липецька: Липецкая громада, община).  The convention
        tags the phrase with its generic word, as a raion's; English, which
        drops the generic word, is left out: the adjective alone
        (Boromlianska) is no name English text uses."""
        out = []
        centre_of = {s["code"][:9]: s for s in self.settlements if s["centre"] and s["cat"] != "K"}
        for code, name in sorted(self.hromadas.items()):
            m = re.fullmatch(r"([^ ]+)(ськ|цьк|зьк)а", name)
            if not m:
                continue            # not an adjective of the usual kind
            oblast = code[:4]
            centre = centre_of.get(code[:9])
            label = kmu55(name)
            attrs = [("country", "UA"), ("admin1", self.admin1[oblast]), ("type", "hromada")]
            if centre:
                attrs.append(("centre", kmu55(centre["name"])))
            attrs += [("katotth", code), ("prior", DEFAULT_PRIOR["hromada"])]
            e = Entry(f"place.{slug(label)}-hromada-{code.lower()}", f"{label} Hromada", attrs, region=True)
            e.add(f"{name} громада", "uk")
            for abbr in ("ТГ", "ОТГ"):
                e.add(f"{name} {abbr}", "uk", abbreviated_spec(f"{name} громада", "uk", self.lex, "-"))
            masc = name[:-1] + "ий"
            ru = self.raion_russian(code, masc, [centre] if centre else [])
            if ru and ru.endswith("ий"):
                ru = ru[:-2] + "ая"
                for noun in ("громада", "община"):
                    e.add(f"{ru} {noun}", "ru")
            out.append(e)
            self.stats["hromadas"] += 1
        return out

    def noun_of_adjective(self, adj):
        """The place names an adjective in -ський/-цький is made from, as
        the Ukrainian dictionary has them (Печерський: Печерськ;
        Оболонський: Оболонь; Подільський: Поділ; Дарницький: Дарниця)."""
        m = re.fullmatch(r"(.+?)(ськ|цьк|зьк)ий", lower_apos(adj))
        if not m:
            return []
        st, kind = m.groups()
        if st in self.lex.uk.stems:
            return []           # a word's adjective (Комунарський, Пролетарський)
        cands = [st + kind]
        if st.endswith("ян"):
            cands.append(st + "ка")         # Солом'янка; not Кіровка, Ленінка, Шевченківка
        cands += [st, st + "ь", st.rstrip("ь"), st + "а", st + "я", st + "и"]
        if kind == "цьк":
            cands += [st + "ця", st + "ці"]
        for c in cands:
            if c in self.lex.uk.name_stems:
                return [c[0].upper() + c[1:]]
        return []

    def raion_centre(self, code, name):
        """The settlement a raion is named after (Старобільський район:
        Старобільськ), or None."""
        m = re.fullmatch(r"(.+)(ськ|цьк)ий", name)
        if not m:
            return None
        stem = m.group(1)
        wanted = {key(stem + x) for x in ("", "ськ", "цьк", "а", "и", "е", "о", "ка", "і")}
        hits = [s for s in self.settlements if (s["raion"] == code or s["cat"] == "K" and s["oblast"] == code[:4])
                and s["cat"] in "MXK" and key(s["name"]) in wanted]
        return hits[0] if len(hits) == 1 else None

    def shchyna_names(self, raions, settlements):
        """The -щина names of the land around a town (Калущина, Старобільщина,
        Бахмутщина): made from the town's name by the Ukrainian word
        formation rules and kept where the Ukrainian dictionary has the
        result as a name.  The name goes to the raion named after the
        town, else to the town (a former raion centre); names that are a
        region's (Харківщина) or a settlement's own are left alone."""
        taken = {key(n) for row in parse_table(REGIONS, 7) for n in split_list(row[4]) + split_list(row[5])}
        taken |= {key(n) for n in NOT_SHCHYNA}
        taken |= {key(s["name"]) for s in self.settlements}
        by_code = {e.attrs_dict()["katotth"]: e for e in raions + settlements}
        centres = {}
        for code, name in self.raions.items():
            c = self.raion_centre(code, name)
            if c:
                centres[c["code"]] = code
        for s in sorted(self.settlements, key=lambda s: s["code"]):
            if s["cat"] not in "MXK" or not (s["centre"] or s["code"] in centres):
                continue
            for cand in shchyna_candidates(lower_apos(s["name"])):
                if cand not in self.lex.uk.name_stems or key(cand) in taken:
                    continue
                target = by_code.get(centres.get(s["code"], s["code"]))
                if target is None:
                    continue
                taken.add(key(cand))
                target.add(cand[0].upper() + cand[1:], "uk")
                self.stats["-щина names from the dictionary (raion or town)"] += 1
                break

    def raion_russian(self, code, name, centres=None):
        """A raion is named after its centre (Харківський: Харків), and so
        is its Russian name (Харьковский: Харьков).  Else rules as usual.
        `centres`: the settlements that may be the centre (default: the
        raion's own and the oblast's cities of special status)."""
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
            # (the shapes in turn, the centre's own name first: Кам'янський
            # is Кам'янське's, Каменский, not Кам'яне's)
            if kind == "ськ":
                shapes.insert(2, ("ське", 2, "ий"))
            for added, cut, end in shapes:
                for s in self.settlements if centres is None else centres:
                    if centres is None and (s["raion"] != code and s["cat"] != "K" or s["oblast"] != code[:4]):
                        continue
                    ru = self.russian_by_code.get(s["code"])
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
        # without a population, the seat of a hromada (KATOTTH lists it
        # first) ranks before the other places of its kind and name
        default = DEFAULT_PRIOR[typ] * 3 // 2 if s["centre"] and s["cat"] != "K" else DEFAULT_PRIOR[typ]
        attrs.append(("prior", (pop or default) + (WAR_BONUS if c else 0)))
        e = Entry(eid, label, attrs, small=not c and typ != "city" and pop < SMALL,
                  front=s["oblast"] in FRONT, curated=bool(c))

        uk = [name] + (c["uk"][1:] if c else [])
        e.add(uk, "uk")
        if s["cat"] in "MK" and "-" in name:
            # the everyday short name of a city named in two parts, where
            # the Ukrainian dictionary has it (Івано-Франківськ: Франківськ)
            last = name.split("-")[-1]
            if lower_apos(last) in self.lex.uk.name_stems and key(last) not in self.settlement_names \
                    and not self.lex.ordinary(last) and len(last) > 5:
                e.add(last, "uk")
                self.stats["cities with their short name from the dictionary"] += 1
        if g:
            aliases = self.ukrainian_aliases(g, name)
            uk += aliases
            for a in aliases:
                e.add(a, "uk", *self.old_name_spec(a))
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
                if g:
                    # a hand-checked place keeps GeoNames' old Russian
                    # names too, those that respell its old Ukrainian ones
                    # (Донецк: Юзовка, Сталино); one whose forms are a
                    # person's is matched as written (Сталино: Сталину), and
                    # so is one in -ск, whose instrumental is an adjective's
                    # locative (в Александровском парке)
                    known = {key(a) for a in attested}
                    for a in self.russian_of(g, uk)[1]:
                        if key(a) not in known:
                            spec = inflect_spec(a, "ru", self.lex)
                            plain = "name" in self.lex.collision(a, "ru", spec) or re.search("[сц]к$", a)
                            e.add(a, "ru", "none" if plain else None,
                                  flags=("amb",) if is_surname(a) or self.lex.ru.is_name(a) else ())
                            attested = attested + [a]
                            self.stats["old Russian names of hand-checked places from GeoNames"] += 1
            else:
                for i, a in enumerate(attested):
                    e.add(a, "ru", flags=("amb",) if (i or not current) and is_surname(a) else ())
            self.stats["Russian names from GeoNames or the hand table"] += 1
        else:
            chosen = self.russian.chosen
            derived = self.russian.derive(name)
            if derived and self.russian.chosen > chosen and (
                    key(derived) == key(name) or self.lex.ordinary(derived) or self.lex.is_name(derived)
                    or self.lex.collision(derived, "ru", inflect_spec(derived, "ru", self.lex))):
                # a spelling chosen among several that is a word or a name,
                # or declines into one, is more likely the word (тело
                # Христово: Христове); one that is the Ukrainian name adds
                # nothing but Russian forms that may be words (Дитятки)
                derived = None
                self.stats["Russian names chosen among spellings, dropped: a word or a name"] += 1
            if derived:
                self.russian_by_code[s["code"]] = derived
                e.add(derived, "ru")
                if e.front:
                    # English war reporting spells a village of the front
                    # from its Russian name too (Neskuchnoye, Vremevka)
                    e.add(ru_press(derived), "en")
                    self.stats["English press spellings of derived Russian names (front)"] += 1
                if ALSO_ADJECTIVE.search(name) and derived.endswith("во"):
                    e.add(derived + "е", "ru")
                self.stats["Russian names derived by rule"] += 1
            else:
                self.stats["settlements without a Russian name (rules unsure)"] += 1
        e.add(label, "en")
        e.add(kmu55(name), "en")
        if c:
            e.add(c["en"], "en")
        if g:
            e.add(english_variants(g, uk + attested, self.lex), "en")
        e.add([ru_press(r) for r in attested], "en")
        if c or typ == "city":
            # a city or a place of the war is spelled in English every
            # way the romanization schemes allow (placelib.romanizations:
            # Guliaypole, Gulyaipole for Гуляйполе)
            add_romanizations(e, uk, "uk", self.lex)
            add_romanizations(e, attested[:1], "ru", self.lex)
        return e

    def ukrainian_i_spellings(self, names):
        """The other Ukrainian spelling of a Russian town's name with є
        for the Russian е (Бєлгород, the 2019 orthography's): the one with
        і for the old ѣ that Ukrainian writes in its own words (Білгород,
        as біла, Біла Церква), where the Ukrainian dictionary has it as a
        name; the press writes both."""
        out = []
        for n in names:
            if "є" not in n.lower():
                continue
            for i in (m.start() for m in re.finditer("[єЄ]", n)):
                alt = n[:i] + ("І" if n[i] == "Є" else "і") + n[i + 1:]
                if alt not in names and alt not in out and lower_apos(alt) in self.lex.uk.name_stems:
                    out.append(alt)
                    self.stats["Ukrainian names of Russian towns with і for є (the dictionary's)"] += 1
        return out

    def russian_place(self, g, c):
        if g is None:
            label = c["label"]
            attrs = [("country", "RU"), ("admin1", self.admin1[c["where"]]), ("type", "locality"),
                     ("prior", DEFAULT_PRIOR["locality"] + WAR_BONUS)]
            e = Entry(f"place.{c['short']}", label, attrs, curated=True)
            add_curated_ukrainian(e, c["uk"])
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
            ru, uk = c["ru"], c["uk"] + self.ukrainian_i_spellings(c["uk"])
        else:
            # The Russian name is the alternate that GeoNames' own
            # (Russian-based) romanization spells.
            cands = sorted(a for a in g["cyrillic"] if looks_russian(a))
            target = latin_key(g["ascii"])
            ru = [min(cands, key=lambda a: (edit_distance(latin_key(ru_press(a)), target), a))] if cands else []
            uk = sorted({a for a in g["cyrillic"] if is_ukrainian_spelling(a) and ru
                         and (align_cost(a, ru[0]) or 99) <= 3})
        if c:
            add_curated_ukrainian(e, uk)
        else:
            e.add(uk, "uk")
        if c:
            add_curated_russian(e, ru)
        else:
            e.add(ru, "ru")
        e.add(label, "en")
        if c:
            e.add(c["en"], "en")
        e.add(english_variants(g, ru + uk, self.lex), "en")
        e.add([ru_press(r) for r in ru], "en")
        if c or typ == "city":
            add_romanizations(e, ru[:1], "ru", self.lex)
        return e

    @staticmethod
    def geonames_attrs(g):
        if not g:
            return []
        out = [("geonames", g["gid"]), ("lat", g["lat"]), ("lon", g["lon"])]
        if g["pop"]:
            out.append(("pop", g["pop"]))
        return out


# ---------------------------------------------------------------- output


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
    gaz.stats["romanized English spellings dropped: another place's name"] += drop_romanization_clashes(entries)
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

