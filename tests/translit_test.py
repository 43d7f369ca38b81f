#!/usr/bin/env python3
"""End-to-end checks of the Latin spellings of Russian and Ukrainian forms
(data/gen/translit.py): a place's case forms, casualty and slang words typed
in Latin letters, and no new tags for English words.

usage: translit_test.py BUILD_DIR
"""
import json
import os
import subprocess
import sys
import unittest

MILTAG = os.path.join(sys.argv[1], "miltag")


def tags(text):
    p = subprocess.run([MILTAG, "--format", "jsonl"], input=text.encode(), capture_output=True, check=True)
    out = []
    for line in p.stdout.decode().splitlines():
        out += json.loads(line)["tags"]
    return [(t["text"], t["category"], t["id"]) for t in out]


class PlaceCaseForms(unittest.TestCase):
    def test_russian_instrumental_of_a_ukrainian_city(self):
        self.assertIn(("Bakhmutom", "place", "place.bakhmut"),
                      tags("Seryogu ranilo pod Bakhmutom, mama ne znaet eshche."))

    def test_ukrainian_instrumental(self):
        self.assertIn(("Pokrovskom", "place", "place.pokrovsk"),
                      tags("Pid Pokrovskom znovu shturmy tretiu dobu."))

    def test_genitive_of_a_russian_region_and_city(self):
        t = tags("Rebyata iz Buryatii i iz Pskova.")
        self.assertIn(("Buryatii", "place", "place.buryatiya-republic"), t)
        self.assertIn(("Pskova", "place", "place.pskov"), t)

    def test_a_cyrillic_look_alike_letter_in_a_latin_form(self):
        # the last letter is Cyrillic а: the token folds to Latin
        self.assertIn(("Bakhmutа", "place", "place.bakhmut"), tags("Ushli iz Bakhmutа eshche v iyune."))


class CasualtyAndSlang(unittest.TestCase):
    def test_verb_of_the_wounded_code(self):
        self.assertIn(("zatrehsotilo", "casualty", "casualty.300"),
                      tags("Seryogu zatrehsotilo pod Bakhmutom."))


class EnglishText(unittest.TestCase):
    def test_an_oblique_form_that_is_a_persons_name(self):
        # Тулу (Тула) and Тонге (Тонга) in Latin letters are surnames in
        # English text: a Latin preposition of Russian or military context
        self.assertNotIn("Tulu", [t[0] for t in tags("Tulu has won the Boston, London and Tokyo Marathons.")])
        self.assertEqual([], tags("Michael Tonge and Andy Gray were on target for the Blades."))
        self.assertIn(("Tulu", "place", "place.tula"), tags("My poekhali v Tulu na vyhodnye."))

    def test_a_russian_line_names_the_place(self):
        self.assertIn(("Tulu", "place", "place.tula"), tags("Мы поехали в Tulu."))


    def test_a_spelling_that_is_an_english_word_is_not_generated(self):
        # Чили -> Chili, Гренада -> Grenade, Бутан -> Butane: English words
        self.assertEqual([], [t for t in tags("She ordered chili and a hand grenade.") if t[1] == "place"])


class GeneratedFileIsFresh(unittest.TestCase):
    """data/src/translit-generated.tsv spells the compiler's forms: a change to
    the form generators or to the rows (a rebase over another change too)
    leaves it stale, and build_lexicon.py --check cannot tell."""

    def test_regenerating_it_changes_nothing(self):
        import tempfile
        root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
        forms = os.path.join(sys.argv[1], "miltag-forms")
        with tempfile.TemporaryDirectory() as d:
            out = os.path.join(d, "translit.tsv")
            subprocess.run([sys.executable, os.path.join(root, "data", "gen", "translit.py"),
                            "--forms", forms, "--output", out], check=True, capture_output=True, cwd=root)
            with open(out, encoding="utf-8") as f:
                fresh = f.read()
        with open(os.path.join(root, "data", "src", "translit-generated.tsv"), encoding="utf-8") as f:
            committed = f.read()
        self.assertTrue(fresh == committed,
                        "data/src/translit-generated.tsv is stale: run python3 data/gen/translit.py "
                        "and python3 data/gen/build_lexicon.py")


if __name__ == "__main__":
    unittest.main(argv=sys.argv[:1])
