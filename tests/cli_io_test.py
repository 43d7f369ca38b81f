#!/usr/bin/env python3
"""End-to-end tests of the miltag command's inputs, outputs and conventions
(issue 15) and of its handling of failures (issue 18): standard library only.

usage: cli_io_test.py BUILD_DIR SOURCE_DIR

Each input form (JSON Lines with ids and \\u escapes, a CSV column, a
Telegram export, a multi-paragraph document), each format (csv, geojson,
html, counts, stats), offsets Python and JavaScript can slice, the CLI
conventions (getopt_long, missing and binary files, --help everywhere,
lexicon check --extend) and the failures that must never pass silently
(/dev/full, /dev/zero as a lexicon, a line too long for memory).
"""
import csv
import html.parser
import io
import json
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
import unittest

BUILD, SOURCE = sys.argv[1], sys.argv[2]
MILTAG = os.path.abspath(os.environ.get("MILTAG_CLI") or os.path.join(BUILD, "miltag"))
SAMPLE = os.path.join(SOURCE, "examples", "intercepts.txt")
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cliutil import PREFIX, SANITIZED, VALGRIND, Miltag  # noqa: E402

run = Miltag(MILTAG).run


def lines_json(out):
    return [json.loads(l) for l in out.decode("utf-8").splitlines()]


def tmpfile(test, data, suffix=".txt"):
    fd, path = tempfile.mkstemp(suffix=suffix)
    with os.fdopen(fd, "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode("utf-8"))
    test.addCleanup(os.unlink, path)
    return path


def errors(p):
    """The lines miltag wrote on standard error."""
    return [l for l in p.stderr.decode("utf-8", "replace").splitlines() if l.startswith("miltag:")]


RECORDS = [
    {"id": 17, "text": "Бои под Бахмутом,\nгруз 200 и «трёхсотые».", "src": "tg"},
    {"id": "b-2", "text": "Wagner fighters near Kharkiv reported three 200s."},
    {"id": 3, "text": "Nothing to see here."},
    {"text": "No id, but Kursk."},
    {"id": 5.5, "text": "😀 emoji before Kharkiv and 𝕏 Донецк"},
]


class JsonLines(unittest.TestCase):
    def data(self, records=RECORDS):
        # ensure_ascii: every Cyrillic letter and the line break are escapes
        return "".join(json.dumps(r, ensure_ascii=True) + "\n" for r in records).encode()

    def test_ids_escapes_and_offsets(self):
        data = self.data()
        self.assertNotIn("Б".encode(), data)
        objs = lines_json(run(["-i", "jsonl"], data).stdout)
        self.assertEqual([o["line"] for o in objs], [1, 2, 3, 4, 5])
        self.assertEqual([o.get("id", "none") for o in objs], [17, "b-2", 3, "none", 5.5])
        self.assertIsInstance(objs[0]["id"], int)  # the JSON type is kept
        for rec, o in zip(RECORDS, objs):
            raw = rec["text"].encode()
            for t in o["tags"]:  # byte offsets into the decoded text
                self.assertEqual(raw[t["start"]:t["end"]].decode(), t["text"])
        ids = [t["id"] for t in objs[0]["tags"]]
        self.assertEqual(ids, ["place.bakhmut", "casualty.200", "casualty.300"])
        self.assertEqual(objs[3]["tags"][0]["id"], "place.kursk")
        # code points: Python slices the decoded str
        for unit in ("chars", "utf16"):
            objs = lines_json(run(["-i", "jsonl", "--offsets", unit], data).stdout)
            for rec, o in zip(RECORDS, objs):
                text = rec["text"]
                if unit == "utf16":
                    text = text.encode("utf-16-le")
                for t in o["tags"]:
                    if unit == "chars":
                        got = text[t["start"]:t["end"]]
                    else:
                        got = text[2 * t["start"]:2 * t["end"]].decode("utf-16-le")
                    self.assertEqual(got, t["text"], unit)
            self.assertTrue(any(t["text"] == "Донецк" for t in objs[4]["tags"]))

    def test_nested_field_and_id_field(self):
        recs = [{"post": {"body": "под Бахмутом", "n": [1, {"k": "x"}]}, "meta": {"uid": "u1"}},
                {"post": {"body": "Kharkiv"}, "meta": {"uid": 2}}]
        p = run(["-i", "jsonl", "--field", "post.body", "--id-field", "meta.uid"], self.data(recs))
        objs = lines_json(p.stdout)
        self.assertEqual([o["id"] for o in objs], ["u1", 2])
        self.assertEqual([o["tags"][0]["id"] for o in objs], ["place.bakhmut", "place.kharkiv"])
        p = run(["-i", "jsonl", "--field", "post.n.1.k", "--fields", "id"], self.data(recs[:1]))
        self.assertEqual(lines_json(p.stdout), [{"line": 1, "tags": []}])

    def test_bad_records_are_reported_and_skipped(self):
        data = (b'{"id":1,"text":"Kharkiv"}\n'
                b'{"id":2}\n'                        # no field
                b'{"id":3,"text":null}\n'            # not a string
                b'{"id":4,"text":["Kursk"]}\n'
                b'\n'                                # a blank line is no record
                b'{"id":6,"text":"Kursk"\n'          # cut short
                b'[1,2]\n'                           # not an object
                b'{"id":8,"text":"Sumy"}\n')
        for jobs in ("1", "2"):
            p = run(["-i", "jsonl", "-j", jobs], data, check=False)
            self.assertEqual(p.returncode, 1)
            self.assertEqual([o["id"] for o in lines_json(p.stdout)], [1, 8])
            err = errors(p)
            self.assertEqual(len(err), 5, err)
            for line, what in ((2, "no field 'text'"), (3, "is null, not a string"),
                               (4, "is an array, not a string"), (6, "invalid JSON"),
                               (7, "not an object")):
                self.assertTrue(any(f"<stdin>:{line}:" in e and what in e for e in err), (line, err))


class Csv(unittest.TestCase):
    DATA = ("\ufeffid,title,text\r\n"
            "7,\"A, b\",\"Бои под\r\nБахмутом, \"\"груз 200\"\"\"\r\n"
            "8,x,Wagner near Kharkiv\r\n"
            "9,short\r\n"
            "\r\n"
            "10,y,Kursk").encode()

    def test_column_ids_and_quoting(self):
        p = run(["-i", "csv"], self.DATA, check=False)
        self.assertEqual(p.returncode, 1)  # the short record
        objs = lines_json(p.stdout)
        self.assertEqual([(o["line"], o["id"]) for o in objs], [(2, "7"), (4, "8"), (7, "10")])
        text = "Бои под\r\nБахмутом, \"груз 200\"".encode()
        for t in objs[0]["tags"]:
            self.assertEqual(text[t["start"]:t["end"]].decode(), t["text"])
        self.assertEqual([t["id"] for t in objs[0]["tags"]], ["place.bakhmut", "casualty.200"])
        err = errors(p)
        self.assertEqual(len(err), 1)
        self.assertIn("<stdin>:5:", err[0])
        # another column, as id too
        objs = lines_json(run(["-i", "csv", "--field", "title", "--id-field", "title"],
                              b'title,text\n"Kursk, b",x\n').stdout)
        self.assertEqual(objs[0]["id"], "Kursk, b")
        self.assertEqual(objs[0]["tags"][0]["text"], "Kursk")

    def test_missing_column_names_the_columns(self):
        p = run(["-i", "csv", "--field", "body"], self.DATA, check=False)
        self.assertEqual(p.returncode, 1)
        self.assertEqual(p.stdout, b"")
        self.assertIn("no column 'body'", p.stderr.decode())
        self.assertIn("'id', 'title', 'text'", p.stderr.decode())

    def test_more_fields_than_the_header(self):
        # an unquoted comma in the text made a field past the header, and
        # the text after it was dropped without a word ("Wagner" tagged,
        # " near Kharkiv" lost, exit 0); empty fields past the header (a
        # comma at the end of every line) lose nothing and pass
        # (nor fields of white space alone: a space after the last comma,
        # or after a closing quotation mark)
        p = run(["-i", "csv"], b'id,text\n1,"Kursk"\n2,Wagner, near Kharkiv\n3,Kyiv,,\n4,"Lviv",""\n'
                b'5,Odesa, \n6,Kherson,\t\n7,"Sumy" \n', check=False)
        self.assertEqual(p.returncode, 1)
        self.assertEqual([o["id"] for o in lines_json(p.stdout)], ["1", "3", "4", "5", "6", "7"])
        self.assertEqual(errors(p), ["miltag: <stdin>:3: the record has 3 fields, the header 2: "
                                     "record skipped"])

    def test_an_empty_field_name_is_a_field(self):
        # the first column of pandas' DataFrame.to_csv() has no name (the
        # index), and "" is a JSON key: both are fields --id-field and
        # --field may name
        p = run(["-i", "csv", "--id-field", ""], b',text\n0,Fighting near Kyiv\n1,Lviv\n')
        self.assertEqual([o["id"] for o in lines_json(p.stdout)], ["0", "1"])
        p = run(["-i", "jsonl", "--field", ""], b'{"": "Kyiv"}\n')
        self.assertEqual([t["id"] for o in lines_json(p.stdout) for t in o["tags"]], ["place.kyiv"])

    def test_unclosed_quote(self):
        p = run(["-i", "csv"], b'id,text\n1,Kharkiv\n2,"Kursk\n', check=False)
        self.assertEqual(p.returncode, 1)
        self.assertEqual(len(lines_json(p.stdout)), 1)
        self.assertIn("<stdin>:3: a quoted field is not closed", p.stderr.decode())


TELEGRAM = {
    "name": "Test channel", "type": "public_channel", "id": 1234567,
    "messages": [
        {"id": 1, "type": "service", "date": "2024-01-01T10:00:00", "actor": "x",
         "action": "create_channel", "text": "Kharkiv"},
        {"id": 2, "type": "message", "date": "2024-01-02T11:00:00",
         "text": "Бойцы ЧВК «Вагнер» под Бахмутом", "text_entities": []},
        {"id": 3, "type": "message", "date": "2024-01-03T12:00:00",
         "text": ["Near ", {"type": "bold", "text": "Kharkiv"}, " three ",
                  {"type": "hashtag", "text": "#200s"},
                  {"type": "text_link", "text": " and Kursk", "href": "https://example.org"}]},
        {"id": 4, "type": "message", "date": "2024-01-04T00:00:00", "photo": "photos/1.jpg",
         "text": ""},
    ]}


def joined(text):
    return text if isinstance(text, str) else "".join(
        p if isinstance(p, str) else p["text"] for p in text)


class Telegram(unittest.TestCase):
    def test_messages_ids_dates_offsets(self):
        path = tmpfile(self, json.dumps(TELEGRAM, ensure_ascii=False, indent=1), ".json")
        for unit in ("bytes", "chars"):
            objs = lines_json(run(["-i", "telegram", "--offsets", unit, path]).stdout)
            self.assertEqual([(o["id"], o["date"]) for o in objs],
                             [(2, "2024-01-02T11:00:00"), (3, "2024-01-03T12:00:00"),
                              (4, "2024-01-04T00:00:00")])
            self.assertNotIn("line", objs[0])
            msgs = {m["id"]: joined(m["text"]) for m in TELEGRAM["messages"]}
            for o in objs:
                text = msgs[o["id"]]
                for t in o["tags"]:
                    piece = text[t["start"]:t["end"]] if unit == "chars" else \
                        text.encode()[t["start"]:t["end"]].decode()
                    self.assertEqual(piece, t["text"])
            self.assertEqual([t["id"] for t in objs[1]["tags"]],
                             ["place.kharkiv", "casualty.200", "place.kursk"])
            self.assertEqual(objs[2]["tags"], [])

    def test_full_export_names_the_chat(self):
        full = {"about": "x", "chats": {"about": "y", "list": [
            dict(TELEGRAM, id=11), {"name": "other", "type": "personal_chat", "id": 12,
                                    "messages": [{"id": 1, "type": "message",
                                                  "date": "2024-02-01T00:00:00",
                                                  "text": "Sumy"}]}]}}
        objs = lines_json(run(["-i", "telegram", tmpfile(self, json.dumps(full), ".json")]).stdout)
        self.assertEqual([(o["chat"], o["id"]) for o in objs], [(11, 2), (11, 3), (11, 4), (12, 1)])

    def test_malformed_messages_are_reported(self):
        # a message that is not an object, or whose text is neither a
        # string nor a list, was dropped (or tagged as empty) without a word
        msgs = '[5, {"type": "message", "id": 2, "text": "Kyiv"},\n' \
               ' {"type": "message", "id": 3, "text": 7}, {"type": "message", "id": 4, "text": null}]'
        data = ('{"name": "c", "messages": ' + msgs + '}').encode()
        p = run(["-i", "telegram"], data, check=False)
        self.assertEqual(p.returncode, 1)
        self.assertEqual([o["id"] for o in lines_json(p.stdout)], [2, 4])
        self.assertEqual(errors(p), [
            "miltag: <stdin>:1:28: a message that is not an object: skipped",
            "miltag: <stdin>:2:2: message 3: its \"text\" is not a string or a list: skipped"])

    def test_not_an_export(self):
        for bad, what in ((b'{"messages": [', "invalid JSON"), (b'{"a": 1}', "not a Telegram export")):
            p = run(["-i", "telegram"], bad, check=False)
            self.assertEqual(p.returncode, 1)
            self.assertIn(what, p.stderr.decode())


DOC = ("Report of the day.\n"
       "Бойцы ЧВК\n«Вагнер» под Бахмутом.\n"
       "\n"
       "Second paragraph: Postoyalye\nDvory and Kharkiv.\n"
       "Third, split by a blank line: Postoyalye\n\nDvory.\n")


class Doc(unittest.TestCase):
    def test_offsets_into_the_file_and_paragraphs(self):
        path = tmpfile(self, DOC)
        objs = lines_json(run(["-i", "doc", path]).stdout)
        self.assertEqual(len(objs), 1)
        self.assertEqual(objs[0]["file"], path)
        raw = DOC.encode()
        tags = objs[0]["tags"]
        for t in tags:
            self.assertEqual(raw[t["start"]:t["end"]].decode(), t["text"])
        texts = [t["text"] for t in tags]
        # a single line break inside a tag, never a paragraph break
        self.assertIn("ЧВК\n«Вагнер»", texts)
        self.assertIn("Postoyalye\nDvory", texts)
        self.assertEqual(texts.count("Postoyalye\nDvory"), 1)
        self.assertNotIn("Postoyalye\n\nDvory", texts)
        objs = lines_json(run(["-i", "doc", "--offsets", "chars"], raw).stdout)
        for t in objs[0]["tags"]:
            self.assertEqual(DOC[t["start"]:t["end"]], t["text"])
        self.assertEqual(objs[0]["file"], "<stdin>")

    def test_text_and_conll_show_paragraphs(self):
        out = run(["-i", "doc", "-f", "text"], DOC.encode()).stdout.decode()
        self.assertIn("<stdin>:1: Report of the day.\nБойцы [ЧВК\n«Вагнер»]{unit}", out)
        self.assertIn("<stdin>:5: Second paragraph: [Postoyalye\nDvory]{place}", out)
        conll = run(["-i", "doc", "-f", "conll"], DOC.encode()).stdout.decode()
        blocks = conll.strip("\n").split("\n\n")
        self.assertEqual(len(blocks), 3)
        self.assertIn("ЧВК\tB-UNIT\nВагнер\tI-UNIT", blocks[0])

    def test_brat_of_a_doc(self):
        with tempfile.TemporaryDirectory() as d:
            path = os.path.join(d, "r.txt")
            with open(path, "w", encoding="utf-8", newline="") as f:
                f.write(DOC)
            run(["-i", "doc", "-f", "brat", path])
            with open(os.path.join(d, "r.ann"), encoding="utf-8") as f:
                ents = [l.split("\t") for l in f.read().split("\n") if l.startswith("T")]
        self.assertGreaterEqual(len(ents), 4)
        # a tag across a line break is two fragments, as brat writes it:
        # "T1<TAB>unit 24 27;28 36<TAB>ЧВК «Вагнер»"
        multi = 0
        for _, span, surface in ents:
            frags = span.split(" ", 1)[1].split(";")
            multi += len(frags) > 1
            pieces = [DOC[int(a):int(b)] for a, b in (f.split(" ") for f in frags)]
            self.assertEqual(" ".join(pieces), surface)
            self.assertNotIn("\n", surface)
        self.assertEqual(multi, 2)


class Formats(unittest.TestCase):
    def sample(self):
        with open(SAMPLE, "rb") as f:
            return f.read()

    def test_csv_has_a_header_and_parses(self):
        data = "Wagner fighters near Kharkiv, \"a\" 200s\nгруз 200, Бахмут\n".encode()
        out = run(["-f", "csv"], data).stdout.decode()
        rows = list(csv.reader(io.StringIO(out, newline="")))
        self.assertEqual(rows[0], ["doc", "start", "end", "category", "id", "label", "text", "lang", "count"])
        want = [(o["line"], t) for o in lines_json(run([], data).stdout) for t in o["tags"]]
        self.assertEqual(len(rows) - 1, len(want))
        for row, (line, t) in zip(rows[1:], want):
            self.assertEqual(row, [str(line), str(t["start"]), str(t["end"]), t["category"], t["id"],
                                   t["label"], t["text"], t["lang"], str(t["attrs"].get("count", ""))])
        # ids of the documents, --fields, several files
        out = run(["-i", "jsonl", "-f", "csv", "--fields", "id,text,attrs,candidates"],
                  b'{"id":"q,1","text":"Kharkiv"}\n').stdout.decode()
        rows = list(csv.reader(io.StringIO(out, newline="")))
        self.assertEqual(rows[0], ["doc", "id", "text", "attrs", "candidates"])
        self.assertEqual(rows[1][:3], ["q,1", "place.kharkiv", "Kharkiv"])
        self.assertEqual(json.loads(rows[1][3])["lat"], 49.98081)
        a = tmpfile(self, "Kharkiv\n")
        rows = list(csv.reader(io.StringIO(run(["-f", "csv", a, a]).stdout.decode(), newline="")))
        self.assertEqual(rows[0][:2], ["file", "doc"])
        self.assertEqual(rows[1][:2], [a, "1"])

    def test_fields_and_tsv(self):
        objs = lines_json(run(["--fields", "text,id,ambiguous"], "у Харкові\n".encode()).stdout)
        self.assertEqual(objs[0]["tags"], [{"text": "Харкові", "id": "place.kharkiv", "ambiguous": False}])
        self.assertEqual(list(objs[0]["tags"][0]), ["text", "id", "ambiguous"])
        tsv = run(["-f", "tsv", "--fields", "id,start"], b"x Kharkiv\n").stdout.decode()
        self.assertEqual(tsv, "1\tplace.kharkiv\t2\n")
        for bad in (["--fields", "id,nope"], ["--fields", "id,id"], ["--fields", ""],
                    ["-f", "html", "--fields", "id"], ["-f", "text", "--offsets", "chars"]):
            self.assertEqual(run(bad, b"", check=False).returncode, 2, bad)

    def test_geojson(self):
        data = self.sample() + "Харків і Kharkiv, а також Червоне і Zelenyi Hai.\n".encode()
        out = run(["-f", "geojson"], data).stdout
        fc = json.loads(out)
        self.assertEqual(fc["type"], "FeatureCollection")
        self.assertIsInstance(fc["features"], list)
        self.assertIsInstance(fc["unlocated"], list)
        mentions = {}
        for o in lines_json(run([], data).stdout):
            for t in o["tags"]:
                if t["category"] == "place":
                    mentions.setdefault(t["id"], []).append(t["text"])
        seen = set()
        counts = []
        for f in fc["features"]:
            self.assertEqual(f["type"], "Feature")
            g = f["geometry"]
            self.assertEqual(g["type"], "Point")
            lon, lat = g["coordinates"]
            self.assertIsInstance(lon, float)
            self.assertIsInstance(lat, float)
            self.assertTrue(-180 <= lon <= 180 and -90 <= lat <= 90)
            pr = f["properties"]
            for k in ("id", "label", "country", "type", "count", "forms"):
                self.assertIn(k, pr)
            self.assertEqual(pr["count"], len(mentions[pr["id"]]))
            self.assertEqual(set(pr["forms"]), set(mentions[pr["id"]]))
            counts.append(pr["count"])
            seen.add(pr["id"])
        self.assertEqual(counts, sorted(counts, reverse=True))
        kharkiv = [f for f in fc["features"] if f["id"] == "place.kharkiv"][0]
        self.assertEqual(kharkiv["properties"]["count"], 3)
        self.assertEqual(kharkiv["geometry"]["coordinates"], [36.25272, 49.98081])
        self.assertEqual(kharkiv["properties"]["forms"][0], "Kharkiv")  # most frequent first
        for u in fc["unlocated"]:
            self.assertEqual(u["count"], len(mentions[u["id"]]))
            seen.add(u["id"])
        self.assertEqual(seen, set(mentions))  # nothing dropped
        self.assertEqual(json.loads(run(["-f", "geojson"], b"").stdout),
                         {"type": "FeatureCollection", "features": [], "unlocated": []})

    def test_html_is_self_contained(self):
        page = run(["-f", "html"], self.sample()).stdout.decode()
        self.assertTrue(page.startswith("<!DOCTYPE html>"))
        for banned in ("http://", "https://", "<script", "<link", "@import", "url(", "@font-face",
                       "<img", "<iframe"):
            self.assertNotIn(banned, page.lower())
        marks = re.findall(r'<mark class="([a-z]+)" data-tip="([^"]*)">([^<]*)</mark>', page)
        want = [t for o in lines_json(run([], self.sample()).stdout) for t in o["tags"]]
        self.assertEqual([(c, html_unescape(x)) for c, _, x in marks],
                         [(t["category"], t["text"]) for t in want])
        for (_, tip, _), t in zip(marks, want):
            self.assertTrue(tip.startswith(t["id"] + "\n"))
        self.assertIn("49.98081", [tip for _, tip, x in marks if x == "Kharkiv"][0])
        for cat in ("casualty", "unit", "place", "slang"):
            self.assertIn(f'<span class="key {cat}">{cat}</span>', page)
        # hostile text stays inside the page
        page = run(["-f", "html", "-a"], b"<script>alert(1)</script> \x00 \xff Kharkiv & \"q\"\n").stdout
        page.decode("utf-8")
        self.assertNotIn(b"<script>", page)
        self.assertIn(b"&lt;script&gt;", page)

    def test_counts(self):
        data = self.sample() * 3
        want = {}
        for o in lines_json(run([], data).stdout):
            for t in o["tags"]:
                want[t["id"]] = want.get(t["id"], 0) + 1
        tsv = run(["--count"], data).stdout.decode().splitlines()
        rows = [l.split("\t") for l in tsv]
        self.assertEqual({r[3]: int(r[0]) for r in rows}, want)
        self.assertEqual([int(r[0]) for r in rows], sorted((int(r[0]) for r in rows), reverse=True))
        self.assertEqual(rows[0][:3], ["6", "6", "casualty"])
        arr = json.loads(run(["--count", "-f", "json", "-j2"], data).stdout)
        self.assertEqual({a["id"]: a["count"] for a in arr}, want)
        kh = [a for a in arr if a["id"] == "place.kharkiv"][0]
        self.assertEqual((kh["label"], kh["category"], kh["lat"]), ("Kharkiv", "place", 49.98081))
        jl = lines_json(run(["--count", "-f", "jsonl"], data).stdout)
        self.assertEqual(jl, arr)
        rows = list(csv.reader(io.StringIO(run(["--count", "-f", "csv"], data).stdout.decode())))
        self.assertEqual(rows[0], ["count", "docs", "category", "id", "label", "counted", "sum", "sum_max"])
        for bad in (["--count", "-f", "html"], ["--count", "--fields", "id"], ["-f", "json"]):
            self.assertEqual(run(bad, b"", check=False).returncode, 2, bad)

    def test_stats_sorted_and_json(self):
        data = self.sample() + b"200s 200s 200s\n"
        p = run(["--stats=json", "-f", "jsonl"], data)
        st = json.loads(p.stderr)
        self.assertEqual(st["documents"], data.count(b"\n"))
        ids = st["categories"]["casualty"]["ids"]
        self.assertEqual(ids[0], {"id": "casualty.200", "label": "killed", "count": 5, "docs": 3})
        counts = [i["count"] for c in st["categories"].values() for i in c["ids"]]
        self.assertEqual(st["tags"], sum(counts))
        text = run(["--stats"], data).stderr.decode().splitlines()
        cas = [l.split() for l in text[1:4]]
        self.assertEqual(cas[0], ["5", "casualty.200"])
        self.assertEqual([int(c[0]) for c in cas], sorted((int(c[0]) for c in cas), reverse=True))

    def test_jobs_give_the_same_output(self):
        # more than one batch of 1 MB: documents of every input form, the
        # formats written at the end from counts merged over the threads
        lines = self.sample().decode().splitlines()
        recs = "".join(json.dumps({"id": i, "text": l}) + "\n" for i, l in enumerate(lines * 900))
        for args, data in ((["-i", "jsonl", "-f", "html"], recs.encode()),
                           (["-i", "jsonl", "-f", "geojson"], recs.encode()),
                           (["-i", "jsonl", "--count", "-f", "json", "--stats=json"], recs.encode()),
                           (["-f", "csv", "--offsets", "utf16"], self.sample() * 900)):
            one = run(args, data)
            many = run(args + ["-j3"], data)
            self.assertEqual(many.stdout, one.stdout, args)
            self.assertEqual(many.stderr, one.stderr, args)

    def test_numbers_and_long_attribute_values(self):
        t = lines_json(run([], b"near Kharkiv\n").stdout)[0]["tags"][0]
        self.assertIsInstance(t["attrs"]["lat"], float)
        self.assertIsInstance(t["attrs"]["pop"], int)
        self.assertIsInstance(t["attrs"]["prior"], str)
        # a {num} match of 5,000 digits: its number is written whole (the
        # writer cut attribute values at 4,200 bytes)
        digits = "1" * 5000
        t = lines_json(run([], f"the {digits}th Naval Infantry Brigade\n".encode()).stdout)[0]["tags"]
        self.assertEqual(t[0]["attrs"]["number"], digits)
        lex = tmpfile(self, "term\tcategory\tid\tlabel\tattrs\n"
                            "Zzyzx\tplace\tplace.zzyzx\tZzyzx\tnote=a\\;b;lat=1.5;lon=abc;pop=-0\n",
                      ".tsv")
        t = lines_json(run(["--lexicon", lex], b"Zzyzx\n").stdout)[0]["tags"][0]
        self.assertEqual(t["attrs"], {"note": "a;b", "lat": 1.5, "lon": "abc", "pop": 0})


def html_unescape(s):
    p = html.parser.HTMLParser()
    return p.unescape(s) if hasattr(p, "unescape") else __import__("html").unescape(s)


class Conventions(unittest.TestCase):
    def test_getopt_long(self):
        data = b"near Kharkiv\n"
        want = run(["--format", "tsv", "--jobs", "2"], data).stdout
        self.assertEqual(want, b"1\t5\t12\tplace\tplace.kharkiv\tKharkiv\tKharkiv\t\n")
        for args in (["-ftsv", "-j2"], ["--format=tsv", "--jobs=2"], ["-j", "2", "-f", "tsv"]):
            self.assertEqual(run(args, data).stdout, want, args)
        path = tmpfile(self, data)
        self.assertEqual(run([path, "-ftsv"]).stdout, want)  # options after files
        # a directory of its own: concurrent runs (cli_io, cli_io_valgrind)
        # must not share the file "-x.txt"
        ddir = tempfile.mkdtemp()
        self.addCleanup(os.rmdir, ddir)
        with open(os.path.join(ddir, "-x.txt"), "wb") as f:
            f.write(data)
        self.addCleanup(os.unlink, os.path.join(ddir, "-x.txt"))
        p = run(["-ftsv", "--", "-x.txt"], cwd=ddir)
        self.assertEqual(p.stdout, want)
        for args in (["--nope"], ["-q"], ["--input", "xml"], ["--offsets", "km"],
                     ["--field", "x"], ["-i", "jsonl", "-f", "brat"], ["--stats=yaml"],
                     ["--count=3"], ["-j"]):
            p = run(args, b"", check=False)
            self.assertEqual(p.returncode, 2, args)
            self.assertTrue(p.stderr.startswith(b"miltag: "), args)

    def test_missing_files_are_reported_the_rest_tagged(self):
        a = tmpfile(self, "Kharkiv\n")
        b = tmpfile(self, "Kursk\n")
        with tempfile.TemporaryDirectory() as d:
            for jobs in ("1", "2"):
                p = run(["-j", jobs, "/nonexistent/one.txt", a, d, "/nonexistent/two.txt", b],
                        check=False)
                self.assertEqual(p.returncode, 1)
                self.assertEqual([(o["file"], o["tags"][0]["id"]) for o in lines_json(p.stdout)],
                                 [(a, "place.kharkiv"), (b, "place.kursk")])
                err = errors(p)
                self.assertEqual(len(err), 3, err)
                self.assertIn("/nonexistent/one.txt: No such file or directory", err[0])
                self.assertIn(d + ": Is a directory", err[1])

    def test_binary_input_is_skipped_unless_asked(self):
        binary = b"\x7fELF\x02\x01\x01\x00\x00\x00Kharkiv\n" * 10
        text = tmpfile(self, "Kharkiv\n")
        binf = tmpfile(self, binary, ".bin")
        p = run([binf, text], check=False)
        self.assertEqual(p.returncode, 1)
        self.assertEqual(len(lines_json(p.stdout)), 1)
        self.assertIn(f"{binf}: binary file", p.stderr.decode())
        self.assertIn("--binary-as-text", p.stderr.decode())
        p = run(["--binary-as-text", binf])
        self.assertEqual(len(lines_json(p.stdout)), 10)
        self.assertEqual(len(lines_json(run(["-a"], binary).stdout)), 10)
        p = run([], binary, check=False)  # standard input too
        self.assertEqual((p.returncode, p.stdout), (1, b""))
        # a NUL after the first 32 KiB: text, as for grep
        late = b"x" * 40000 + b"\n\x00 Kharkiv\n"
        self.assertEqual(len(lines_json(run([tmpfile(self, late)]).stdout)), 2)

    def test_every_command_answers_help(self):
        for args, first in ((["--help"], "usage: miltag [OPTION]"),
                            (["explain", "--help"], "usage: miltag explain"),
                            (["explain", "-h"], "usage: miltag explain"),
                            (["lexicon", "--help"], "usage: miltag lexicon check"),
                            (["lexicon", "check", "--help"], "usage: miltag lexicon check"),
                            (["lexicon", "check", "x.tsv", "--help"], "usage: miltag lexicon check")):
            p = run(args)
            self.assertTrue(p.stdout.decode().startswith(first), args)
            self.assertEqual(p.stderr, b"")
        for args in (["lexicon"], ["lexicon", "lint"], ["lexicon", "check"],
                     ["lexicon", "check", "--nope", "x"]):
            self.assertEqual(run(args, check=False).returncode, 2, args)

    def test_lexicon_check_extend(self):
        ext = tmpfile(self, "term\tcategory\tid\tflags\n"
                            "Бахмут\tplace\tplace.bakhmut\t\n"           # 2 a built-in row again
                            "Kharkov\tunit\tunit.kharkov-test\t\n"       # 3 also a built-in place
                            "Kharkiv\tcontext\tstop.kharkiv\tnot\n"      # 4 shadows built-in rows
                            "Zzyzx Springs\tplace\tplace.zzyzx\t\n",     # 5 fine
                      ".tsv")
        p = run(["lexicon", "check", "--extend", ext], check=False)
        out = p.stdout.decode()
        self.assertEqual(p.returncode, 1, out)
        self.assertIn(f"{ext}:2: duplicate:", out)
        # a unit's term that is a place's too is a place-name note (issue 13)
        self.assertIn(f"{ext}:3: place-name: unit term 'Kharkov' (unit.kharkov-test, flags none) is also "
                      "a place (place.kharkiv); the tag is the place", out)
        self.assertRegex(out, r"lexicon\.tsv:\d+: shadowed: term 'Kharkiv' is a stop phrase \(" +
                         re.escape(ext) + r":4\)")
        self.assertIn("rows 4 (on top of", out)
        self.assertNotIn(":5:", out)
        self.assertLess(len(out.splitlines()), 12)  # only what the file changes
        # without --extend the same file is checked alone
        p = run(["lexicon", "check", ext], check=False)
        self.assertIn("rows 4: casualty 0, unit 1, place 2", p.stdout.decode())

    def test_lexicon_check_errors_go_to_stderr(self):
        bad = tmpfile(self, "term\tcategory\tid\nKyiv\tcity\tp.kyiv\n", ".tsv")
        p = run(["lexicon", "check", bad], check=False)
        self.assertEqual(p.returncode, 1)
        self.assertEqual(p.stdout, b"")
        self.assertIn(f"{bad}:2:6: unknown category 'city'", p.stderr.decode())
        p = run(["lexicon", "check", "/nonexistent.tsv"], check=False)
        self.assertEqual((p.returncode, p.stdout), (1, b""))
        self.assertIn("/nonexistent.tsv", p.stderr.decode())

    def test_lexicon_devices_refused(self):
        for path in ("/dev/zero", "/dev/null", "/"):
            for args in (["--lexicon", path], ["--extend", path], ["lexicon", "check", path],
                         ["explain", "--extend", path, "x"]):
                p = run(args, b"", check=False, timeout=600)
                self.assertEqual(p.returncode, 1, args)
                self.assertIn(path, p.stderr.decode())
                self.assertRegex(p.stderr.decode(), "refused|directory")

    def test_dev_full_reports_once(self):
        with open(SAMPLE, "rb") as f:
            data = f.read() * 2000  # several batches
        for jobs in ("1", "2"):
            for fmt in ("jsonl", "geojson", "html"):
                with open("/dev/full", "wb") as full:
                    p = subprocess.run(PREFIX + [MILTAG, "-j", jobs, "-f", fmt], input=data,
                                       stdout=full, stderr=subprocess.PIPE, timeout=600)
                self.assertEqual(p.returncode, 1)
                err = [l for l in p.stderr.decode().splitlines() if l.startswith("miltag:")]
                self.assertEqual(err, ["miltag: write error: No space left on device"], (jobs, fmt))

    def test_a_pipe_sees_each_document_before_the_next_read(self):
        # docs/cli.md: `tail -f log | miltag | jq` sees each document as
        # soon as it is tagged.  With --jobs the documents waited in a
        # batch of 1 MB until the input ended.
        import select
        for args in (["-j", "1"], ["-j", "2"], ["-j", "2", "-i", "jsonl"]):
            jsonl_in = "jsonl" in args
            p = subprocess.Popen(PREFIX + [MILTAG, "-f", "tsv", *args], stdin=subprocess.PIPE,
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE)
            try:
                for word in ("Kharkiv", "Kyiv"):
                    p.stdin.write((json.dumps({"text": word}) if jsonl_in else word).encode() + b"\n")
                    p.stdin.flush()
                    ready, _, _ = select.select([p.stdout], [], [], 60)
                    self.assertTrue(ready, (args, word, "no output while the input stays open"))
                    self.assertIn(word.encode(), p.stdout.readline(), args)
            finally:
                p.stdin.close()
                p.stdout.read()
                p.stderr.read()
                p.wait(timeout=600)
            self.assertEqual(p.returncode, 0, args)

    def test_a_busy_pipe_sees_documents_before_the_input_ends(self):
        # With --jobs the partial batch went to the workers only after the
        # input had stayed empty for 20 ms: a log written every 5 ms (tail
        # -f of a busy log) saw nothing until the input ended.  A document
        # held 100 ms now goes out at the next read that would wait.
        import select
        import threading
        p = subprocess.Popen(PREFIX + [MILTAG, "-f", "tsv", "-j", "2"], stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        stop = threading.Event()

        def writer():
            try:
                while not stop.is_set():
                    p.stdin.write(b"Kyiv\n")
                    p.stdin.flush()
                    time.sleep(0.005)
            except (BrokenPipeError, ValueError):
                pass

        t = threading.Thread(target=writer)
        t.start()
        try:
            # (the first document within two seconds, while the input
            # never pauses for 20 ms; longer under valgrind)
            ready, _, _ = select.select([p.stdout], [], [], 30 if PREFIX else 2)
            self.assertTrue(ready, "no output while a line comes every 5 ms")
            self.assertIn(b"Kyiv", p.stdout.readline())
        finally:
            stop.set()
            t.join()
            p.stdin.close()
            p.stdout.read()
            p.stderr.read()
            p.wait(timeout=600)
        self.assertEqual(p.returncode, 0)

    def test_mkimage_options(self):
        # miltag-mkimage took an unknown option for OUT.img: `--bogus a.tsv`
        # wrote an image named "--bogus" and exited 0; --help was a usage
        # error (exit 2, on standard error)
        mkimage = os.path.join(os.path.dirname(MILTAG), "miltag-mkimage")
        p = subprocess.run(PREFIX + [mkimage, "--help"], capture_output=True, timeout=600)
        self.assertEqual((p.returncode, p.stderr), (0, b""))
        self.assertTrue(p.stdout.startswith(b"usage: miltag-mkimage"))
        # (a help that cannot be written says so, as miltag's own does)
        with open("/dev/full", "wb") as full:
            p = subprocess.run(PREFIX + [mkimage, "--help"], stdout=full, stderr=subprocess.PIPE,
                               timeout=600)
        self.assertEqual(p.returncode, 1)
        self.assertIn(b"miltag-mkimage: write error: ", p.stderr)
        tsv = tmpfile(self, "term\tcategory\tid\nKyiv\tplace\tplace.kyiv\n", ".tsv")
        with tempfile.TemporaryDirectory() as d:
            for bad in ("--bogus", "-x"):
                p = subprocess.run(PREFIX + [mkimage, bad, tsv], capture_output=True, cwd=d,
                                   timeout=600)
                self.assertEqual(p.returncode, 2, bad)
                self.assertIn(f"unknown option '{bad}'", p.stderr.decode())
                self.assertEqual(os.listdir(d), [])
            # -- ends the options; then OUT.img may start with a dash
            p = subprocess.run(PREFIX + [mkimage, "--", "-a.img", tsv], capture_output=True, cwd=d,
                               timeout=600)
            self.assertEqual(p.returncode, 0, p.stderr)
            self.assertEqual(os.listdir(d), ["-a.img"])

    def test_help_and_version_to_dev_full_fail(self):
        # --help > /dev/full exited 0 without a word: the usage text is
        # longer than stdio's buffer, so fputs met the error and the
        # fflush that followed had nothing left to fail on
        for args in (["--help"], ["-h"], ["--version"], ["explain", "--help"],
                     ["lexicon", "--help"], ["lexicon", "check", "--help"]):
            with open("/dev/full", "wb") as full:
                p = subprocess.run(PREFIX + [MILTAG, *args], stdout=full, stderr=subprocess.PIPE,
                                   timeout=600)
            self.assertEqual(p.returncode, 1, args)
            self.assertEqual(errors(p), ["miltag: write error: No space left on device"], args)

    def test_dev_full_with_a_slow_pipe_reports_once(self):
        # the output failed while the reader waited for a slow pipe; the
        # document read after it was still tagged into the failed buffer
        # and reported as "out of memory: document skipped"
        import time
        with open("/dev/full", "wb") as full:
            p = subprocess.Popen(PREFIX + [MILTAG, "-j", "1"], stdin=subprocess.PIPE,
                                 stdout=full, stderr=subprocess.PIPE)
            p.stdin.write(b"Kharkiv one\n")
            p.stdin.flush()
            time.sleep(0.5)
            try:
                p.stdin.write(b"Kharkiv two\nKharkiv three\n")
                p.stdin.close()
            except BrokenPipeError:
                pass
            err = p.stderr.read().decode()
            p.wait(timeout=600)
        self.assertEqual(p.returncode, 1)
        self.assertEqual([l for l in err.splitlines() if l.startswith("miltag:")],
                         ["miltag: write error: No space left on device"])

    @unittest.skipIf(VALGRIND or SANITIZED, "an address-space limit does not suit valgrind or ASan")
    def test_line_too_long_for_memory_is_not_the_end(self):
        # a failing allocation while reading a line was taken for the end
        # of the input: the lines after it were lost with exit status 0
        big = 160 << 20

        def limit():
            resource.setrlimit(resource.RLIMIT_AS, (300 << 20, 300 << 20))

        for jobs in ("1", "2"):
            with tempfile.TemporaryFile() as f:
                f.write(b"Kharkiv one\n" + b"a" * big + b"\nKharkiv three\n")
                f.seek(0)
                p = subprocess.run([MILTAG, "-j", jobs], stdin=f, capture_output=True,
                                   preexec_fn=limit, timeout=600)
            self.assertEqual(p.returncode, 1, p.stderr)
            self.assertEqual([o["line"] for o in lines_json(p.stdout)], [1, 3])
            self.assertIn("<stdin>:2: out of memory", p.stderr.decode())


if __name__ == "__main__":
    unittest.main(argv=[sys.argv[0], "-v"])
