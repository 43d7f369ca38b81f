#!/usr/bin/env python3
"""Checks of the evidence word lists (data/src/names-generated.tsv) and the
name rules (data/src/name-rules.tsv) made by data/gen/names.py.

usage: names_data_test.py BUILD_DIR SOURCE_DIR

* the lists compile cleanly (`miltag lexicon check`: no finding);
* every entry is a context entry `evidence.<role>.<lang>` with the attribute
  evidence=<role>, for every role the library reads; word endings are rows
  with the flag `suffix` (evidence.patronymic.*, evidence.*-ending.*,
  evidence.surname-nominative.*) that carry min_stem;
* the case forms of every paradigm class match, and words that are not forms
  do not (checked with `miltag explain` on the lists alone);
* the built-in lexicon holds the lists (data/gen/build_lexicon.py joins
  them): the library reads their roles (docs/lexicon.md, "Names");
* name-rules.tsv has its four columns, known rules, and valid attributes.

Prints 'N passed, N failed'.
"""
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROLES = {"first-name", "surname", "title", "speech", "org-word", "org-suffix", "locative",
         "generic-place", "call-sign", "water", "riverside", "versus", "conjunction", "article",
         "of", "sport", "honorific", "modifier", "patronymic",
         "calendar", "particle", "position", "government", "foreign", "kin",
         "residents", "authorities"}
# entries of word endings (flag suffix): their role
SUFFIX_IDS = {"patronymic": "patronymic", "surname-ending": "surname",
              "surname-nominative": "surname", "modifier-ending": "modifier"}
# (form, the entry that must give it): each a class of paradigm
POSITIVE = list({
    "Льва": "first-name.ru", "Павла": "first-name.ru", "Ивану": "first-name.ru",
    "Марией": "first-name.ru", "Ильей": "first-name.ru", "Игоря": "first-name.ru",
    "Тараса": "first-name.uk", "Петрові": "first-name.uk", "Іллею": "first-name.uk",
    "Прокопа": "first-name.uk", "Федора": "first-name.uk", "Наталії": "first-name.uk",
    "Ользі": "first-name.uk", "Кароліною": "first-name.uk",
    "Толстого": "surname.ru", "Толстая": "surname.ru", "Песковым": "surname.ru",
    "Песковой": "surname.ru", "Пескове": "surname.ru", "Сидорова": "surname.ru",
    "Белинского": "surname.ru", "Кузнецовой": "surname.ru", "Шевченко": "surname.ru", "Козаком": "surname.ru",
    "Шевченка": "surname.uk", "Шевченкові": "surname.uk", "Пєсковим": "surname.uk",
    "Пєскової": "surname.uk", "Бєлінського": "surname.uk", "Бєлінська": "surname.uk", "Кравця": "surname.uk",
    "Іваником": "surname.uk",
    "Kahan": None, "Smith": "surname.en", "Mena": "surname.en", "Sam": "first-name.en",
    "Denzel": "first-name.en",
    "генерала": "title.ru", "президентом": "title.ru", "пані": "title.uk", "полковника": "title.uk",
    "Mr": "title.en", "General": "title.en",
    "заявила": "speech.ru", "пояснил": "speech.ru", "сказав": "speech.uk", "заявили": "speech.uk",
    "said": "speech.en",
    "газеты": "org-word.ru", "телеканале": "org-word.ru", "банку": "org-word.uk", "hotel": "org-word.en",
    "Corp": "org-suffix.en", "Airlines": "org-suffix.en",
    "под": "locative.ru", "під": "locative.uk", "near": "locative.en",
    "селе": "generic-place.ru", "пгт": "generic-place.ru", "смт": "generic-place.uk",
    "village": "generic-place.en",
}.items()) + [("Толстого", "surname.uk")]
# words that no list may give (not names, not forms of one)
NEGATIVE = ["видели", "Харьковом", "Бахмутом", "донесение", "обстрел", "Kharkiv", "Donetsk",
            "Бєлінське", "Белинское"]    # neuter adjectives are villages' names, not surname forms


def main():
    build, src = Path(sys.argv[1]), Path(sys.argv[2])
    miltag = str(build / "miltag")
    names = src / "data" / "src" / "names-generated.tsv"
    rules = src / "data" / "src" / "name-rules.tsv"
    passed = failed = 0

    def check(ok, what):
        nonlocal passed, failed
        if ok:
            passed += 1
        else:
            failed += 1
            print(f"FAIL: {what}")

    p = subprocess.run([miltag, "lexicon", "check", str(names)], capture_output=True, text=True)
    check(p.returncode == 0 and "findings: 0 duplicate, 0 never, 0 shadowed" in p.stdout + p.stderr,
          f"lexicon check is clean: {p.stdout[-300:]} {p.stderr[-300:]}")

    rows = [l.split("\t") for l in names.read_text(encoding="utf-8").splitlines()
            if l and not l.startswith("#")]
    header, rows = rows[0], rows[1:]
    col = {c: i for i, c in enumerate(header)}
    ids = {}
    bad = []
    for r in rows:
        m = re.fullmatch(r"evidence\.([a-z-]+)\.(ru|uk|en|fr|de)", r[col["id"]])
        suffix = r[col["flags"]] == "suffix"
        known = m and (SUFFIX_IDS.get(m.group(1)) if suffix else m.group(1) in ROLES)
        if r[col["category"]] != "context" or not known or m.group(2) != r[col["lang"]]:
            bad.append(r)
        if r[col["attrs"]]:
            ids[r[col["id"]]] = r[col["attrs"]]
    check(not bad and len(rows) > 10000, f"every row is context, id evidence.<role>.<its lang>: {bad[:5]}")
    word_ids = {k: v for k, v in ids.items() if k.split(".")[1] not in SUFFIX_IDS}
    check(all(v == f"evidence={k.split('.')[1]}" for k, v in word_ids.items()) and len(word_ids) >= 20,
          f"every entry has its evidence= attribute: {word_ids}")
    check(all(v.startswith(f"evidence={SUFFIX_IDS[k.split('.')[1]]};min_stem=")
              for k, v in ids.items() if k not in word_ids),
          f"every ending's entry has its role and min_stem: {ids}")
    check({k.split(".")[1] for k in word_ids} | {"patronymic"} == ROLES, "every role is present")

    # forms, one entry at a time (a form of another entry does not count)
    by_id = {}
    for r in rows:
        by_id.setdefault(r[col["id"]], []).append("\t".join(r))
    tmpdir = tempfile.TemporaryDirectory()
    tmp = Path(tmpdir.name) / "one.tsv"
    for eid in sorted(by_id):
        if eid.split(".")[1] in SUFFIX_IDS:
            continue  # endings are not words of the text
        tmp.write_text("\t".join(header) + "\n" + "\n".join(by_id[eid]) + "\n", encoding="utf-8")
        words = [w for w, e in POSITIVE if e and "evidence." + e == eid]
        text = " , ".join(words + NEGATIVE)
        p = subprocess.run([miltag, "explain", "--lexicon", str(tmp), text], capture_output=True, text=True)
        found = {m.group(1) for m in re.finditer(r"^\s*\d+\s+\S+\s+\S+\s+(\S+)\s+key \S+\s+in the lexicon",
                                                 p.stdout, re.M)}
        for w in words:
            check(w in found, f"{eid} gives {w}")
        for w in NEGATIVE:
            check(w not in found, f"{eid} does not give {w}")
    tmpdir.cleanup()

    # a first name of the lists before a place is a person's (faker's
    # English given names besides the census's: Denzel Washington)
    p = subprocess.run([miltag, "--format", "tsv"], input=b"Denzel Washington will return to the stage.\n",
                       capture_output=True, check=True)
    check("place.washington" not in p.stdout.decode(), "Denzel Washington is a person")
    # the, a town and a family's or a spacecraft's word: a name (reason
    # inside-name); a town's family stays the town's
    for text, place in (("War and Peace follows the Rostov family through the invasion.", None),
                        ("The Vostok spacecraft carried Gagarin into orbit.", None),
                        ("A Kharkiv family fled the shelling.", "place.kharkiv")):
        p = subprocess.run([miltag, "--format", "tsv"], input=text.encode() + b"\n",
                           capture_output=True, check=True)
        ids = [l.split("\t")[4] for l in p.stdout.decode().splitlines() if "\tplace\t" in l]
        check(ids == ([place] if place else []), f"{text}: {ids}")

    builtin = (src / "data" / "lexicon.tsv").read_text(encoding="utf-8")
    check("evidence=first-name" in builtin and "evidence=patronymic;" in builtin,
          "the built-in lexicon holds the lists")

    known = {"patronymic", "surname-suffix", "initial", "ticker"}
    lines = [l for l in rules.read_text(encoding="utf-8").splitlines() if l and not l.startswith("#")]
    check(lines[0] == "rule\tlang\tvalue\tattrs", "name-rules.tsv header")
    bad = []
    for l in lines[1:]:
        f = l.split("\t")
        ok = len(f) == 4 and f[0] in known and f[1] in ("ru", "uk", "en", "mul") and f[2] and \
            all(re.fullmatch(r"[a-z_]+=[a-z0-9_]+", a) for a in f[3].split(";"))
        if not ok:
            bad.append(l)
    check(not bad and len(lines) > 50, f"name-rules.tsv rows: {bad[:5]}")
    check(sum(l.startswith("patronymic\tuk\tівна") for l in lines) == 1, "uk patronymic -івна listed")

    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
