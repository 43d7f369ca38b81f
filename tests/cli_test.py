#!/usr/bin/env python3
"""End-to-end tests of the miltag command (standard library only).

usage: cli_test.py BUILD_DIR SOURCE_DIR

Runs build/miltag as users do and checks exit statuses, messages, and
that every jsonl line parses and every tag's offsets slice the input line
to exactly its "text".  The tags the seed articles of ../shared must yield
are checked by seeds_test.py (a test of its own, reported skipped when
they are not there).
"""
import json
import os
import re
import subprocess
import sys
import tempfile
import unittest

BUILD, SOURCE = sys.argv[1], sys.argv[2]
MILTAG = os.environ.get("MILTAG_CLI") or os.path.join(BUILD, "miltag")
SAMPLE = os.path.join(SOURCE, "examples", "intercepts.txt")


sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cliutil import PREFIX, Miltag  # noqa: E402

run = Miltag(MILTAG).run


def jsonl(data, args=()):
    out = run(["--format", "jsonl", *args], data).stdout.decode("utf-8")
    return [json.loads(line) for line in out.splitlines()]


def check_offsets(test, data, objs):
    lines = data.split(b"\n")
    if lines and lines[-1] == b"":
        lines.pop()
    test.assertEqual(len(objs), len(lines))
    for i, o in enumerate(objs):
        test.assertEqual(o["line"], i + 1)
        raw = lines[i].rstrip(b"\r")
        for t in o["tags"]:
            test.assertTrue(0 <= t["start"] < t["end"] <= len(raw))
            piece = raw[t["start"]:t["end"]].decode("utf-8", errors="replace")
            test.assertEqual(piece, t["text"])


class Cli(unittest.TestCase):
    def test_help_and_version(self):
        p = run(["--help"])
        self.assertIn(b"usage: miltag", p.stdout)
        self.assertIn(b"--lexicon", p.stdout)
        p = run(["--version"])
        self.assertRegex(p.stdout.decode(), r"^miltag \d+\.\d+\.\d+\n$")

    def test_help_and_man_page_agree(self):
        import re
        helptext = run(["--help"]).stdout.decode()
        with open(os.path.join(SOURCE, "docs", "miltag.1"), encoding="utf-8") as f:
            man = f.read().replace("\\-", "-")
        options = set(re.findall(r"(--[a-z][a-z0-9-]*[a-z0-9])", helptext))
        self.assertGreaterEqual(len(options), 17)
        for opt in options:
            self.assertIn(opt, man, f"{opt} is in --help but not in miltag.1")
        for fmt in ("jsonl", "tsv", "csv", "text", "html", "geojson", "brat", "conll",
                    "telegram", "doc"):
            self.assertIn(fmt, helptext)
            self.assertIn(fmt, man)

    def test_usage_errors_exit_2(self):
        for args in (["--nope"], ["--format", "xml"], ["--lexicon"], ["--color", "pink"],
                     ["--overlaps=yes"], ["explain", "--nope"]):
            p = run(args, check=False)
            self.assertEqual(p.returncode, 2, args)
            self.assertIn(b"miltag:", p.stderr)

    def test_sample_tags(self):
        with open(SAMPLE, "rb") as f:
            data = f.read()
        objs = jsonl(data)
        check_offsets(self, data, objs)
        got = {(t["category"], t["text"]) for o in objs for t in o["tags"]}
        for want in [("casualty", "200s"), ("casualty", "300s"), ("casualty", "500s"),
                     ("unit", "Wagner"), ("unit", "155th Naval Infantry Brigade"),
                     ("unit", "K Battalion"), ("unit", "Storm-Z"), ("unit", "ЧВК «Вагнер»"),
                     ("place", "Bakhmut"), ("place", "Kharkiv"), ("place", "Postoyalye Dvory"),
                     ("slang", "mobiks")]:
            self.assertIn(want, got)

    def test_fpv_drones_is_plain_english(self):
        # "FPV drones" is the weapon's standard English name, no slang:
        # a weapon's type is optional in the gold (heldout-blind13) or
        # untagged (heldout15-mined), so the phrase is a stop phrase
        # (stop.weapon-name) and tags nothing; FPV alone is the soldiers'
        # word and stays slang
        objs = jsonl("Swarms of FPV drones hunt anything that moves near Pokrovsk.\n".encode())
        slang = [t["text"] for o in objs for t in o["tags"] if t["category"] == "slang"]
        self.assertEqual(slang, [])
        objs = jsonl("The tank was finished off by an FPV near Pokrovsk.\n".encode())
        slang = [t["text"] for o in objs for t in o["tags"] if t["category"] == "slang"]
        self.assertEqual(slang, ["FPV"])

    def test_one_object_per_line_even_without_tags(self):
        data = b"nothing here\n\nKharkiv\r\nlast line without newline"
        objs = jsonl(data)
        self.assertEqual([o["line"] for o in objs], [1, 2, 3, 4])
        self.assertEqual(objs[0]["tags"], [])
        self.assertEqual(objs[2]["tags"][0]["id"], "place.kharkiv")
        self.assertEqual(jsonl(b""), [])

    def test_tag_fields(self):
        t = jsonl("They spoke of 200s near Kharkiv.\n".encode())[0]["tags"]
        self.assertEqual(t[0]["category"], "casualty")
        self.assertEqual(t[0]["id"], "casualty.200")
        self.assertEqual(t[0]["attrs"]["code"], "200")
        self.assertEqual(t[1]["label"], "Kharkiv")
        self.assertEqual(t[1]["lang"], "en")
        # coordinates and population are numbers
        self.assertIsInstance(t[1]["attrs"]["lat"], float)
        self.assertIsInstance(t[1]["attrs"]["lon"], float)
        self.assertIsInstance(t[1]["attrs"]["pop"], int)

    def test_hostile_bytes_stay_valid_json(self):
        data = b"\xff\xfe Kharkiv \x00\x01 \xc3\x28 \xed\xa0\x80 200s \xf4\x90\x80\x80 \xe2\x82\n" * 3
        objs = jsonl(data, ["--binary-as-text"])
        check_offsets(self, data, objs)
        self.assertEqual(len(objs[0]["tags"]), 2)

    def test_other_formats(self):
        data = "Wagner troops near Kharkiv\n".encode()
        tsv = run(["--format", "tsv"], data).stdout.decode()
        self.assertEqual(tsv.splitlines()[0].split("\t")[:5], ["1", "0", "6", "unit", "unit.wagner"])
        text = run(["--format", "text"], data).stdout.decode()
        self.assertIn("[Wagner]{unit}", text)
        self.assertIn("[Kharkiv]{place}", text)
        colour = run(["--format", "text", "--color", "always"], data).stdout.decode()
        self.assertIn("\033[", colour)

    def test_bad_lexicon_exit_1_with_position(self):
        with tempfile.NamedTemporaryFile("w", suffix=".tsv", delete=False, encoding="utf-8") as f:
            f.write("term\tcategory\tid\nKyiv\tplace\tplace.kyiv\nKiev\tcity\tplace.kyiv\n")
        try:
            p = run(["--lexicon", f.name], b"Kyiv\n", check=False)
            self.assertEqual(p.returncode, 1)
            self.assertIn(f"{f.name}:3:6: unknown category 'city'".encode(), p.stderr)
        finally:
            os.unlink(f.name)
        p = run(["--lexicon", "/nonexistent.tsv"], b"", check=False)
        self.assertEqual(p.returncode, 1)
        self.assertIn(b"/nonexistent.tsv", p.stderr)

    def test_own_lexicon_instead_or_on_top(self):
        with tempfile.NamedTemporaryFile("w", suffix=".tsv", delete=False, encoding="utf-8") as f:
            f.write("term\tcategory\tid\nЗелёный Гай\tplace\tplace.test-village\n")
        try:
            data = "Kharkiv and Зеленый Гай\n".encode()
            ids = [t["id"] for t in jsonl(data, ["--lexicon", f.name])[0]["tags"]]
            self.assertEqual(ids, ["place.test-village"])
            ids = [t["id"] for t in jsonl(data, ["--extend", f.name])[0]["tags"]]
            self.assertEqual(ids, ["place.kharkiv", "place.test-village"])
        finally:
            os.unlink(f.name)

    def test_lexicon_doc_example_compiles(self):
        # the example at the top of docs/lexicon.md is what users copy; its
        # Харьков row had 6 fields under a header of 8, and the file was
        # refused ("expected 8 fields, found 6")
        with open(os.path.join(SOURCE, "docs", "lexicon.md"), encoding="utf-8") as f:
            block = f.read().split("```\n", 2)[1]
        with tempfile.NamedTemporaryFile("w", suffix=".tsv", delete=False, encoding="utf-8") as f:
            f.write(block)
        try:
            p = run(["lexicon", "check", f.name], check=False)
            self.assertEqual((p.returncode, p.stderr), (0, b""), p.stderr.decode())
            tags = jsonl("Харькове груза 200 Kharkiv\n".encode(), ["--lexicon", f.name])[0]["tags"]
            self.assertEqual([t["id"] for t in tags],
                             ["place.kharkiv", "casualty.200", "place.kharkiv"])
        finally:
            os.unlink(f.name)

    def test_lexicon_from_a_pipe(self):
        r, w = os.pipe()
        os.write(w, "term\tcategory\tid\nЗелёный Гай\tplace\tplace.test-village\n".encode())
        os.close(w)
        try:
            p = subprocess.run(PREFIX + [MILTAG, "--format", "jsonl", "--extend", f"/dev/fd/{r}"],
                               input="Зеленый Гай\n".encode(), capture_output=True, timeout=600,
                               pass_fds=(r,))
        finally:
            os.close(r)
        self.assertEqual(p.returncode, 0, p.stderr.decode())
        self.assertEqual(json.loads(p.stdout)["tags"][0]["id"], "place.test-village")

    def test_several_files(self):
        with tempfile.TemporaryDirectory() as d:
            a, b = os.path.join(d, "a.txt"), os.path.join(d, "b.txt")
            with open(a, "w") as f:
                f.write("Kharkiv\n")
            with open(b, "w") as f:
                f.write("x\nKursk\n")
            out = run(["--format", "jsonl", a, b]).stdout.decode().splitlines()
            objs = [json.loads(x) for x in out]
            self.assertEqual([(o["file"], o["line"]) for o in objs], [(a, 1), (b, 1), (b, 2)])
            p = run([os.path.join(d, "missing.txt")], check=False)
            self.assertEqual(p.returncode, 1)

    def test_line_numbers_count_on_across_digits_files_and_jobs(self):
        # jsonl counts line numbers on in decimal (9 -> 10, 99 -> 100,
        # 999 -> 1000); each file starts again at 1; with --jobs each
        # worker sees lines out of turn, and a line skipped in between
        # still leaves the next one its own number.
        with tempfile.TemporaryDirectory() as d:
            a, b = os.path.join(d, "a.txt"), os.path.join(d, "b.txt")
            with open(a, "w") as f:
                f.write("".join("Kharkiv %d\n" % i if i % 7 == 0 else "x\n" for i in range(1, 1102)))
            with open(b, "w") as f:
                f.write("x\n" * 12)
            want = [(a, i, int(i % 7 == 0)) for i in range(1, 1102)] + [(b, i, 0) for i in range(1, 13)]
            for jobs in ("1", "3"):
                out = run(["--format", "jsonl", "--jobs", jobs, a, b]).stdout.decode().splitlines()
                got = [(o["file"], o["line"], len(o["tags"])) for o in map(json.loads, out)]
                self.assertEqual(got, want)
                out = run(["--format", "jsonl", "--jobs", jobs, a]).stdout.decode().splitlines()
                got = [(a, o["line"], len(o["tags"])) for o in map(json.loads, out)]
                self.assertEqual(got, want[:1101])
            out = run(["--format", "jsonl", "--input", "jsonl"],
                      b'{"text":"Kharkiv"}\n[1]\n{"text":"x"}\n' * 6, check=False).stdout.decode().splitlines()
            self.assertEqual([json.loads(x)["line"] for x in out], [i for i in range(1, 19) if i % 3 != 2])


class Formats(unittest.TestCase):
    DOC = ("Wagner fighters near Kharkiv reported three 200s.\r\n"
           "Бойцы ЧВК «Вагнер» под Бахмутом, груз200 и трёхсотые.\n"
           "\n"
           "В Курской области, у Суджи; the 155th Naval Infantry Brigade.\n")

    def tags_by_line(self, data):
        return [o["tags"] for o in jsonl(data)]

    def test_jsonl_written_from_the_entry_cache_as_field_by_field(self):
        # jsonl writes an entry's category, id, label and attributes from
        # strings escaped once per entry; --fields writes every field as
        # it goes: the two must agree, tag for tag, for tags with
        # candidates, captures and counts, with and without --ambiguous.
        doc = (self.DOC + "Андріївка, Андріївку и Андреевка; Kharkiv and Kharkov, в/ч 12345.\n"
               "двое двухсотых, 4 KIA near \"Wagner\" and Paris, Texas; Georgia.\n"
               "the 155th Naval Infantry Brigade and the 36th brigade, three 200s\n"
               "ЧВК «Вагнер» и 155-я бригада морской пехоты, 200-х — 12, 300-х около 10-15\n").encode()
        with open(SAMPLE, "rb") as f:
            doc += f.read()
        fields = ["start", "end", "category", "id", "label", "text", "lang", "attrs",
                  "candidates", "ambiguous"]
        for extra in ([], ["--ambiguous"]):
            plain = jsonl(doc, extra)
            by_field = jsonl(doc, extra + ["--fields", ",".join(fields)])
            self.assertEqual(len(plain), len(by_field))
            seen = {"candidates": 0, "ambiguous": 0, "count": 0, "captures": 0}
            for a, b in zip(plain, by_field):
                self.assertEqual(len(a["tags"]), len(b["tags"]))
                for x, y in zip(a["tags"], b["tags"]):
                    y = dict(y)
                    if len(y["candidates"]) <= 1:
                        del y["candidates"]
                    else:
                        seen["candidates"] += 1
                    if not y["ambiguous"]:
                        del y["ambiguous"]
                    else:
                        seen["ambiguous"] += 1
                    seen["count"] += "count" in x["attrs"]
                    seen["captures"] += x["id"].startswith("unit.pattern.") and "number" in x["attrs"]
                    self.assertEqual(x, y)
            self.assertGreater(seen["candidates"], 0)
            self.assertGreater(seen["count"], 0)
            self.assertGreater(seen["captures"], 0)

    def test_tsv_written_from_the_entry_cache_as_field_by_field(self):
        # tsv's default rows are written from each entry's cells escaped
        # once (and the line number counted on); --fields with the same
        # columns writes each cell as it goes: the two must be the same
        # bytes, for counts, several tags on a line, and a tab in a tag's
        # text or a backslash in a label (escaped as \t and \\).
        cols = "start,end,category,id,label,text,count"
        doc = (self.DOC + "двое двухсотых, 4 KIA near \"Wagner\" and Paris, Texas; Georgia.\n"
               "ЧВК «Вагнер» и 155-я бригада морской пехоты, 200-х — 12, 300-х около 10-15\n"
               "Kharkiv, Kharkiv\tOblast\n").encode()
        with open(SAMPLE, "rb") as f:
            doc += f.read()
        plain = run(["--format", "tsv"], doc).stdout
        self.assertEqual(plain, run(["--format", "tsv", "--fields", cols], doc).stdout)
        rows = [r.split(b"\t") for r in plain.splitlines()]
        self.assertTrue(any(r[-1] for r in rows))  # a count
        self.assertGreater(len(rows), len({r[0] for r in rows}))  # lines with several tags
        with tempfile.NamedTemporaryFile("w", suffix=".tsv", delete=False, encoding="utf-8") as f:
            f.write("term\tcategory\tid\tlabel\tflags\n"
                    "Kharkiv Oblast\tplace\tp.obl\tKh\\\\ark Oblast\t\n"
                    "Lyon\tplace\tp.lyon\tLy\\\\on\t\n")
        try:
            text = b"in Kharkiv\tOblast and Lyon\nLyon\r\n\nx Kharkiv  Oblast, Lyon, Lyon\n"
            plain = run(["-l", f.name, "--format", "tsv"], text).stdout
            self.assertEqual(plain, run(["-l", f.name, "--format", "tsv", "--fields", cols],
                                        text).stdout)
            self.assertIn(b"\tKharkiv\\tOblast\t", plain)
            self.assertIn(b"\tLy\\\\", plain)
            self.assertEqual(len(plain.splitlines()), 6)
        finally:
            os.unlink(f.name)

    def test_brat_round_trip(self):
        with tempfile.TemporaryDirectory() as d:
            txt = os.path.join(d, "doc.txt")
            with open(txt, "w", encoding="utf-8", newline="") as f:
                f.write(self.DOC)
            run(["--format", "brat", txt])
            with open(os.path.join(d, "doc.ann"), encoding="utf-8") as f:
                ann = f.read().splitlines()
        text = self.DOC  # brat reads the .txt as characters, \r included
        ents = [l.split("\t") for l in ann if l.startswith("T")]
        notes = [l.split("\t") for l in ann if l.startswith("#")]
        want = [t for tags in self.tags_by_line(self.DOC.encode()) for t in tags]
        self.assertEqual(len(ents), len(want))
        self.assertEqual(len(notes), len(want))
        for (tid, typ_span, surface), t, note in zip(ents, want, notes):
            typ, start, end = typ_span.split(" ")
            self.assertEqual(text[int(start):int(end)], surface)
            self.assertEqual(surface, t["text"])
            self.assertEqual(typ, t["category"])
            self.assertEqual(note[1], "AnnotatorNotes " + tid)
            self.assertEqual(note[2], t["id"])

    def test_conll_round_trip(self):
        out = run(["--format", "conll"], self.DOC.encode()).stdout.decode()
        docs, cur_doc = [], []
        for row in out.split("\n")[:-1]:  # a blank line ends each document
            if row:
                cur_doc.append(row)
            else:
                docs.append(cur_doc)
                cur_doc = []
        want = self.tags_by_line(self.DOC.encode())
        self.assertEqual(len(docs), len(want))
        for doc, tags in zip(docs, want):
            spans, cur = [], None
            for row in doc:
                token, label = row.split("\t")
                if label.startswith("B-"):
                    cur = [label[2:].lower(), token]
                    spans.append(cur)
                elif label.startswith("I-"):
                    self.assertIsNotNone(cur)
                    self.assertEqual(label[2:].lower(), cur[0])
                    cur[1] += " " + token
                else:
                    self.assertEqual(label, "O")
                    cur = None
            self.assertEqual([c for c, _ in spans], [t["category"] for t in tags])
            # the tokens of a span are the words of the tag's text
            for (_, toks), t in zip(spans, tags):
                self.assertTrue(all(w in t["text"] for w in toks.split(" ")))

    def test_jobs_give_the_same_output(self):
        # enough lines for several batches
        data = (self.DOC * 4000).encode()
        for fmt in ("jsonl", "tsv", "text", "conll", "brat"):
            one = run(["--format", fmt, "--stats"], data)
            for jobs in ("2", "3", "0"):
                many = run(["--format", fmt, "--stats", "--jobs", jobs], data)
                self.assertEqual(many.stdout, one.stdout, f"{fmt} --jobs {jobs}")
                self.assertEqual(many.stderr, one.stderr, f"{fmt} --jobs {jobs} --stats")
        # without counts, one thread tags the lines in its read buffer in
        # one loop (emit_lines), the workers one by one: the same rows
        for fmt in ("jsonl", "tsv"):
            one = run(["--format", fmt], data)
            for jobs in ("2", "0"):
                self.assertEqual(run(["--format", fmt, "--jobs", jobs], data).stdout, one.stdout,
                                 f"{fmt} --jobs {jobs}")
        p = run(["--jobs", "x"], b"", check=False)
        self.assertEqual(p.returncode, 2)

    def test_stats(self):
        p = run(["--format", "jsonl", "--stats"], self.DOC.encode())
        self.assertIn("casualty", p.stderr.decode())
        self.assertRegex(p.stderr.decode(), r"place\s+\d+ tags")
        self.assertIn("place.kharkiv", p.stderr.decode())

    def test_random_bytes_always_valid_json(self):
        import random
        rng = random.Random(7)
        pieces = [b"Kharkiv", " груз 200 ".encode(), b"\xff", b"\xc3", b"\x00", b"\"", b"\\",
                  "«Вагнер»".encode(), b"\xed\xa0\x80", b"\t", b"\r", b"\xe2\x80\xa8", b"200s"]
        lines = []
        for _ in range(300):
            n = rng.randint(0, 30)
            line = b"".join(rng.choice(pieces) if rng.random() < 0.7 else bytes([rng.randint(0, 255)])
                            for _ in range(n)).replace(b"\n", b" ")
            lines.append(line)
        data = b"\n".join(lines) + b"\n"
        objs = jsonl(data, ["-a"])  # json.loads of every line
        check_offsets(self, data, objs)

    def test_a_code_before_a_character_no_token_starts(self):
        # "a 300" with nothing after it that the tokenizer makes a token of:
        # the rule for the English count noun looked at the token after
        # the code, past the line's last (valgrind: an uninitialised read;
        # found by the random test above under cli_valgrind)
        for tail in ["\u263a", "\u2603 \u263a", "\U0001F525"]:
            data = ("Our troops evacuated a 300 " + tail + "\n").encode()
            objs = jsonl(data, ["-a"])
            self.assertEqual(len(objs), 1)
            check_offsets(self, data, objs)


class Incomplete(unittest.TestCase):
    def test_a_scan_past_the_caps_is_reported(self):
        # 64 rows of ten "(11|{num})": past the cap of live partial matches
        # on a run of numbers (docs/robustness.md); the document is tagged,
        # but some tags may be missing: a warning names it, with -j too
        rows = ["term\tcategory\tid"]
        for j in range(64):
            tail = " ".join("11" if (j >> b) & 1 else "{num}" for b in range(6))
            rows.append("(11|{num}) " * 10 + tail + f"\tunit\tu.{j}")
        with tempfile.NamedTemporaryFile("w", suffix=".tsv", delete=False, encoding="utf-8") as f:
            f.write("\n".join(rows) + "\n")
        try:
            data = (" ".join(["11"] * 20) + "\nно здесь ничего\n").encode()
            for jobs in ("1", "2"):
                p = run(["-l", f.name, "-f", "jsonl", "-j", jobs], data)
                err = p.stderr.decode()
                self.assertRegex(err, r"miltag: <stdin>:1: warning: partial matches dropped at a "
                                      r"size limit: tags may be missing\n")
                self.assertNotIn("<stdin>:2:", err)
                self.assertEqual(len(p.stdout.decode().splitlines()), 2)  # both documents written
            # the same line after others (tagged in the read buffer's loop)
            data = ("x\n" * 5 + " ".join(["11"] * 20) + "\nно здесь ничего\n").encode()
            for fmt in ("jsonl", "tsv"):
                for jobs in ("1", "2"):
                    p = run(["-l", f.name, "-f", fmt, "-j", jobs], data)
                    self.assertEqual(p.stderr.decode(), "miltag: <stdin>:6: warning: partial matches "
                                     "dropped at a size limit: tags may be missing\n", f"{fmt} -j {jobs}")
                    if fmt == "jsonl":
                        self.assertEqual([json.loads(x)["line"] for x in p.stdout.decode().splitlines()],
                                         list(range(1, 8)))
        finally:
            os.unlink(f.name)


class Explain(unittest.TestCase):
    def test_explain_shows_control_bytes_escaped(self):
        # the "text:" line was cut at a NUL byte and wrote escape
        # sequences and ill-formed bytes raw to the terminal
        data = b"Kyiv\x00 \x1b]0;x\x07 \xff Lviv\r\n"
        out = run(["explain", "-"], data).stdout
        first = out.split(b"\n", 1)[0]
        self.assertEqual(first, b"text: Kyiv\\x00 \\x1b]0;x\\x07 \\xff Lviv")
        self.assertNotIn(b"\x1b", out)
        self.assertNotIn(b"\x00", out)
        self.assertRegex(out.decode(), r"TAG .*place\.kyiv")
        # a tag's text across a line break (--input doc's kind) stays on one line
        out = run(["explain", "-"], "ЧВК\n«Вагнер» ведут бои\n".encode()).stdout.decode()
        self.assertRegex(out, r'TAG .*unit\.wagner +"ЧВК\\n«Вагнер»"')

    def test_explain_shows_tokens_keys_and_rows(self):
        out = run(["explain", "под", "Бахмутом", "и", "ЧВК", "«Вагнер»"]).stdout.decode()
        self.assertIn("key бахмутом", out)
        self.assertIn("space+quote", out)
        self.assertRegex(out, r"TAG .*place\.bakhmut")
        self.assertRegex(out, r"row .*lexicon\.tsv:\d+: term 'Бахмут'")
        self.assertIn("a longer or earlier match won this span", out)  # Вагнер inside ЧВК «Вагнер»
        # no TEXT reads standard input too (it did, undocumented)
        self.assertRegex(run(["explain"], "Бахмут\n".encode()).stdout.decode(), r"TAG .*place\.bakhmut")
        out = run(["explain", "-"], "птичка поёт".encode()).stdout.decode()
        # the evidence module's reason, by name and in words
        self.assertIn("not tagged: needs-context (flag ctx: needs military context", out)

    def test_explain_gives_the_reason_for_every_rejected_match(self):
        out = run(["explain", "-"], "Взлетели С-300, а у дома лиман был тих.".encode()).stdout.decode()
        # a number joined by a hyphen to the word before it starts no match
        self.assertRegex(out, r"casualty +casualty\.300[^\n]*\n(?:        [^\n]*\n)*"
                              r"        not tagged: designation")
        # a `cap` row in lower case
        self.assertRegex(out, r"place\.lyman[^\n]*\n(?:        [^\n]*\n)*"
                              r"        not tagged: not-capitalized")
        # the other readings of one span, once, with their ids
        self.assertRegex(out, r"and \d+ more rows for the same reason: place\.lyman-")
        # and the accepted readings of a tag say why
        out = run(["explain", "-"], "Обстрел у Лимана.".encode()).stdout.decode()
        self.assertRegex(out, r"TAG [^\n]*place\.lyman\b[^\n]*\n(?:        [^\n]*\n)*"
                              r"        accepted: (capital|military-context)")
        self.assertIn("not tagged: context-word", out)  # обстрел

    def test_explain_tag_rows_are_the_tags_reported(self):
        # the bytes of the tag, past the match (the period of U.S.), and the
        # scan's primary reading (the linked Birmingham, in Alabama)
        for text, tag in (("the U.S. economy", r'TAG +4-8 +place +place\.usa +"U\.S\."'),
                          ("Flights serve Birmingham and Huntsville in Alabama.",
                           r"TAG +14-24 +place +place\.birmingham-gn4049979 ")):
            out = run(["explain", text]).stdout.decode()
            self.assertRegex(out, tag)
            tsv = run(["--format", "tsv"], (text + "\n").encode()).stdout.decode()
            self.assertEqual(len(re.findall(r"^  TAG ", out, re.M)), len(tsv.splitlines()))

    def test_explain_takes_the_scan_flags(self):
        # explain --overlaps and --ambiguous show the tags of a scan with the
        # same flags: each TAG row is one of its tags, at its bytes and id
        with tempfile.NamedTemporaryFile("w", suffix=".tsv", delete=False, encoding="utf-8") as f:
            f.write("term\tcategory\tid\tflags\n"
                    "Kharkiv Oblast\tplace\tp.oblast\t\n"
                    "Kharkiv\tplace\tp.kharkiv\t\n"
                    "Lion\tplace\tp.lyon\tamb,cap\n")
        try:
            # (a place in the sentence would be evidence for Lion: two texts)
            for text, flags, tags in (
                    ("Lion roared", [], []),
                    ("Lion roared", ["--ambiguous"], ["p.lyon"]),
                    ("Kharkiv Oblast today", [], ["p.oblast"]),
                    ("Kharkiv Oblast today", ["--overlaps"], ["p.oblast", "p.kharkiv"]),
                    ("Kharkiv Oblast today", ["--overlaps", "--ambiguous"], ["p.oblast", "p.kharkiv"])):
                tsv = run(["-l", f.name, "--format", "tsv"] + flags, (text + "\n").encode())
                rows = [line.split("\t") for line in tsv.stdout.decode().splitlines()]
                self.assertEqual([r[4] for r in rows], tags)
                out = run(["explain", "-l", f.name] + flags + [text]).stdout.decode()
                shown = re.findall(r"^  TAG +(\d+)-(\d+) +place +(\S+)", out, re.M)
                self.assertEqual(shown, [(r[1], r[2], r[4]) for r in rows])
                self.assertEqual("p.lyon" in tags,
                                 bool(re.search(r"p\.lyon[^\n]*\n(?:        [^\n]*\n)*"
                                                r"        ambiguous \(reported with --ambiguous\)",
                                                out)))
            # lexicon check has no scan flags
            p = run(["lexicon", "check", "--overlaps"], check=False)
            self.assertEqual(p.returncode, 2)
            self.assertIn("unknown option '--overlaps'", p.stderr.decode())
        finally:
            os.unlink(f.name)


class LexiconCheck(unittest.TestCase):
    def test_seeded_defects(self):
        with tempfile.NamedTemporaryFile("w", suffix=".tsv", delete=False, encoding="utf-8") as f:
            f.write("term\tcategory\tid\tflags\n"
                    "Kyiv\tplace\tp.kyiv\t\n"          # 2
                    "KYIV\tplace\tp.kyiv\t\n"          # 3 duplicate of 2
                    "«»\tplace\tp.nothing\t\n"         # 4 never matches
                    "Kiev\tplace\tp.kyiv\t\n"          # 5
                    "Kiev\tplace\tp.kiev-typo\t\n"     # 6 one term, two ids
                    "груз\tcontext\tstop\tnot\n"       # 7 a stop phrase
                    "груз\tslang\ts.cargo\t\n"         # 8 shadowed by it
                    "мир\tplace\tp.myr\tcap\n")        # 9 cap but lower case
        try:
            p = run(["lexicon", "check", f.name], check=False)
            out = p.stdout.decode()
            self.assertEqual(p.returncode, 1)
            self.assertIn(f"{f.name}:3: duplicate:", out)
            self.assertIn(f"{f.name}:4: never:", out)
            self.assertIn(f"{f.name}:5: conflict: term 'Kiev' has 2 ids: p.kyiv p.kiev-typo", out)
            self.assertIn(f"{f.name}:8: shadowed: term 'груз' is a stop phrase ({f.name}:7)", out)
            self.assertIn(f"{f.name}:9: never:", out)
            self.assertIn("rows 8: casualty 0, unit 0, place 6, slang 1, context 1", out)
        finally:
            os.unlink(f.name)

    def test_rows_past_a_cap_are_reported(self):
        # more inflected forms than a row may have, and forms longer than
        # the 32 tokens the scanner follows: warnings, never silent drops
        # (feminine: each adjective has two instrumentals, -ой and -ою, so
        # the 1024 variants give more than 65536 forms)
        ten = " ".join(f"[{w}]" for w in ("красная", "синяя", "зелёная", "белая", "чёрная",
                                          "старая", "новая", "большая", "малая", "тихая"))
        long_name = " ".join(["слово"] * 30) + " «{name}»"
        with tempfile.NamedTemporaryFile("w", suffix=".tsv", delete=False, encoding="utf-8") as f:
            f.write("term\tcategory\tid\tlang\tinflect\n"
                    f"{ten} улица\tslang\ts.many\tru\t\n"           # 2
                    f"{long_name}\tunit\tu.long\tru\tnone\n")      # 3
        try:
            p = run(["lexicon", "check", f.name], check=False)
            out = p.stdout.decode()
            self.assertEqual(p.returncode, 1, out)
            self.assertRegex(out, rf"{f.name}:2: warning: term '.*' has more than 65536 inflected "
                                  r"forms: the rest are not added")
            self.assertRegex(out, rf"{f.name}:3: warning: term '.*' has forms of more than 32 "
                                  r"tokens: they are not added")
        finally:
            os.unlink(f.name)

    def test_one_term_under_many_ids(self):
        # a village name under thousands of ids: one conflict line with the
        # true count (it said 64, the number it kept to print), and every
        # row of the term judged from one scan of it
        n = 3000
        with tempfile.NamedTemporaryFile("w", suffix=".tsv", delete=False, encoding="utf-8") as f:
            f.write("term\tcategory\tid\tflags\n")
            for i in range(n):
                f.write(f"Петрівка\tplace\tp.x{i}\t\n")
            f.write("Петрівка\tplace\tp.quoted\tquoted\nгруз\tcontext\tstop\tnot\n"
                    "груз\tslang\ts.cargo\t\n")
        try:
            p = run(["lexicon", "check", f.name], check=False)
            out = p.stdout.decode()
            self.assertEqual(p.returncode, 1, out)
            conflicts = [l for l in out.splitlines() if ": conflict: " in l]
            self.assertEqual(conflicts, [f"{f.name}:2: conflict: term 'Петрівка' has {n} ids: "
                                         + " ".join(f"p.x{i}" for i in range(8)) + " ..."])
            # the quoted row's text is «Петрівка»: a scan of its own
            self.assertNotIn("p.quoted", out)
            self.assertIn(f"{f.name}:{n + 2}: never: term 'Петрівка'", out)
            self.assertIn(f"{f.name}:{n + 4}: shadowed: term 'груз' is a stop phrase", out)
            self.assertIn(f"rows {n + 3}: casualty 0, unit 0, place {n + 1}, slang 1, context 1; "
                          f"ids {n + 3}", out)
        finally:
            os.unlink(f.name)

    def test_clean_lexicon_passes(self):
        with tempfile.NamedTemporaryFile("w", suffix=".tsv", delete=False, encoding="utf-8") as f:
            f.write("term\tcategory\tid\nKyiv\tplace\tp.kyiv\nКиев\tplace\tp.kyiv\n")
        try:
            p = run(["lexicon", "check", f.name], check=False)
            self.assertEqual(p.returncode, 0, p.stdout.decode())
        finally:
            os.unlink(f.name)


if __name__ == "__main__":
    unittest.main(argv=[sys.argv[0], "-v"])
