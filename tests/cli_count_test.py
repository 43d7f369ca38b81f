#!/usr/bin/env python3
"""End-to-end tests of casualty counts in the miltag command (issue 17):
every output carries the count the text states for a casualty code.

usage: cli_count_test.py BUILD_DIR

jsonl attrs (count, count_min, count_max as numbers), the tsv and csv
column and --fields, the text and html formats, explain (which bytes gave
the count), --count (mentions with a count and their sums, also with
several threads), and the twins where a number is not a count.
"""
import csv
import io
import json
import os
import sys
import unittest

BUILD = sys.argv[1]
MILTAG = os.path.abspath(os.environ.get("MILTAG_CLI") or os.path.join(BUILD, "miltag"))
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cliutil import Miltag  # noqa: E402

run = Miltag(MILTAG).run

TEXT = ("Потери: 200-х — 4, 300-х — 3–5 человек.\n"
        "We had three 200s and five 300s near Kharkiv.\n"
        "The company reported 4 KIA, 11 WIA.\n"
        "Груз 200 — 300 км до границы.\n"
        "У нас двоє двохсотих і п'ятеро трьохсотих.\n")


def tags(out):
    return [t for line in out.decode().splitlines() for t in json.loads(line)["tags"]]


class Counts(unittest.TestCase):
    def test_jsonl_attrs(self):
        got = [(t["text"], t["attrs"].get("count"), t["attrs"].get("count_min"),
                t["attrs"].get("count_max")) for t in tags(run(["-f", "jsonl"], TEXT.encode()).stdout)]
        self.assertEqual(got, [
            ("200-х", 4, None, None), ("300-х", 3, 3, 5),
            ("200s", 3, None, None), ("300s", 5, None, None), ("Kharkiv", None, None, None),
            ("KIA", 4, None, None), ("WIA", 11, None, None),
            ("Груз 200", None, None, None),           # 300 км is a distance
            ("двохсотих", 2, None, None), ("трьохсотих", 5, None, None)])
        # numbers, not strings; the entry's attributes stay
        t = tags(run(["-f", "jsonl"], "пятеро двухсотых\n".encode()).stdout)[0]
        self.assertEqual(t["attrs"], {"code": "200", "meaning": "killed", "count": 5})

    def test_fields(self):
        out = run(["-f", "jsonl", "--fields", "text,count,count_min,count_max"],
                  "3–4 двухсотых у Бахмута\n".encode()).stdout
        self.assertEqual(tags(out), [{"text": "двухсотых", "count": 3, "count_min": 3, "count_max": 4},
                                     {"text": "Бахмута", "count": None, "count_min": None,
                                      "count_max": None}])

    def test_tsv_and_csv_column(self):
        data = "двое двухсотых у Бахмута\n".encode()
        rows = [l.split("\t") for l in run(["-f", "tsv"], data).stdout.decode().splitlines()]
        self.assertEqual([(r[6], r[7]) for r in rows], [("двухсотых", "2"), ("Бахмута", "")])
        rows = list(csv.reader(io.StringIO(run(["-f", "csv"], data).stdout.decode(), newline="")))
        self.assertEqual(rows[0][-1], "count")
        self.assertEqual([r[-1] for r in rows[1:]], ["2", ""])
        out = run(["-f", "tsv", "--fields", "text,count_min,count_max"], "3-4 трёхсотых\n".encode())
        self.assertEqual(out.stdout.decode(), "1\tтрёхсотых\t3\t4\n")

    def test_text_and_html(self):
        out = run(["-f", "text", "--color", "never"], "трое двухсотых\n".encode()).stdout.decode()
        self.assertIn("count 3 (трое)", out)
        out = run(["-f", "text", "--color", "never"], "200-х — 3-5 человек\n".encode()).stdout.decode()
        self.assertIn("count 3-5 (3-5)", out)
        page = run(["-f", "html"], "трое двухсотых\n".encode()).stdout.decode()
        self.assertIn("count 3: трое", page)

    def test_explain_names_the_number(self):
        out = run(["explain", "Потери: 200-х — 4, двое двухсотых"]).stdout.decode()
        self.assertIn('count 4 from "4" at 25-26, after the code', out)
        self.assertIn('count 2 from "двое" at 28-36, before the code', out)
        out = run(["explain", "в 300 км груз 200"]).stdout.decode()
        self.assertNotIn("\n        count ", out)

    def test_count_sums(self):
        data = ("двое двухсотых\nтрое двухсотых и 3-4 трёхсотых\nдвухсотые\n" * 2).encode()
        for jobs in ("1", "2"):
            rows = {r[3]: r for r in (l.split("\t") for l in
                                      run(["--count", "-j", jobs], data).stdout.decode().splitlines())}
            # count, docs, category, id, label, counted, sum, sum_max
            self.assertEqual(rows["casualty.200"], ["6", "6", "casualty", "casualty.200", "killed",
                                                    "4", "10", "10"])
            self.assertEqual(rows["casualty.300"][5:], ["2", "6", "8"])
        arr = json.loads(run(["--count", "-f", "json"], data).stdout)
        c = {a["id"]: a for a in arr}
        self.assertEqual((c["casualty.200"]["counted"], c["casualty.200"]["sum"]), (4, 10))
        # places have no sums
        arr = json.loads(run(["--count", "-f", "json"], "Бахмут\n".encode()).stdout)
        self.assertNotIn("sum", arr[0])
        rows = run(["--count"], "Бахмут\n".encode()).stdout.decode().splitlines()
        self.assertEqual(rows[0].split("\t")[5:], ["", "", ""])
        # docs/cli.md's example has the same 8 columns (its place row had 9)
        doc = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "docs", "cli.md")
        with open(doc, encoding="utf-8") as f:
            example = f.read().split("$ miltag --count reports/*.txt | head -3\n", 1)[1].split("```")[0]
        self.assertEqual([len(l.split("\t")) for l in example.splitlines()], [8, 8])

    def test_twins(self):
        # a distance, a year, a time, a price: no count
        for text in ("Груз 200 — 300 км до границы.", "В 2023 году «двухсотых» было много.",
                     "«Двухсотых» привезли в 5 утра.", "Cargo 200 cost $300.",
                     "в 200 метрах от позиции двухсотые"):
            ts = tags(run(["-f", "jsonl"], (text + "\n").encode()).stdout)
            self.assertTrue(ts, text)
            self.assertTrue(all("count" not in t["attrs"] for t in ts), text)


if __name__ == "__main__":
    unittest.main(argv=sys.argv[:1], verbosity=2)
