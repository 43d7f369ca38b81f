"""Tests of the Python binding (standard library unittest only).

    MILTAG_LIBRARY=build/libmiltag.so MILTAG_CLI=build/miltag \
        python3 -m unittest discover -s bindings/python/tests

MILTAG_CLI (default: <repo>/build/miltag) is the command the binding must
agree with; the tests comparing against it are skipped when it is missing.
MILTAG_SHARED (default: <repo>/../shared) holds eval/dev.jsonl, the
annotated sentences the binding must tag exactly as the CLI does.
With MILTAG_TEST_INSTALLED=1 the tests import the installed package (what
pip put in the environment) instead of the one in this source tree.
"""

import array
import gc
import json
import os
import pickle
import subprocess
import sys
import tempfile
import threading
import time
import tracemalloc
import unittest
import warnings

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
if not os.environ.get("MILTAG_TEST_INSTALLED"):
    sys.path.insert(0, os.path.dirname(HERE))

import miltag  # noqa: E402

SAMPLE = os.path.join(HERE, "sample.txt")
CLI = os.environ.get("MILTAG_CLI") or os.path.join(REPO, "build", "miltag")
SHARED = os.environ.get("MILTAG_SHARED") or os.path.join(REPO, "..", "shared")
DEV = os.path.join(SHARED, "eval", "dev.jsonl")

E_IO, E_SYNTAX, E_DUPLICATE = -3, -4, -10


def have_cli():
    return os.access(CLI, os.X_OK)


def run_cli(lines, *args):
    """Tag lines with the CLI; returns the raw output lines (str)."""
    data = "".join(line + "\n" for line in lines).encode("utf-8", "surrogatepass")
    p = subprocess.run([CLI, "--format", "jsonl", *args], input=data,
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=300)
    if p.returncode != 0:
        raise AssertionError("%s failed (%d): %s" % (CLI, p.returncode, p.stderr.decode()))
    out = p.stdout.decode("utf-8").split("\n")
    assert out[-1] == "", "CLI output does not end with a newline"
    return out[:-1]


def span_as_cli(s):
    """A Span as the CLI's JSON object (byte offsets)."""
    # the CLI writes coordinates and population as numbers
    attrs = {k: json.loads(v) if k in ("lat", "lon", "pop") else v for k, v in s.attrs.items()}
    if s.headcount is not None:
        # a casualty tag's count, added to attrs as numbers
        attrs["count"] = s.headcount.value
        if s.headcount.min != s.headcount.max:
            attrs["count_min"], attrs["count_max"] = s.headcount.min, s.headcount.max
    o = {"start": s.byte_start, "end": s.byte_end, "category": s.category, "id": s.id,
         "label": s.label, "text": s.text, "lang": s.lang, "attrs": attrs}
    if len(s.candidates) > 1:
        o["candidates"] = list(s.candidates)
    if s.ambiguous:
        o["ambiguous"] = True
    return o


def write_tmp(test, text, suffix=".tsv"):
    fd, path = tempfile.mkstemp(suffix=suffix)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(text)
    test.addCleanup(os.unlink, path)
    return path


def sample_lines():
    with open(SAMPLE, encoding="utf-8") as f:
        return f.read().split("\n")[:-1]


def copy_package(dest):
    """This tree's miltag/__init__.py, alone, as a package in dest."""
    pkg = os.path.join(dest, "miltag")
    os.makedirs(pkg)
    with open(os.path.join(os.path.dirname(HERE), "miltag", "__init__.py"), "rb") as f:
        src = f.read()
    with open(os.path.join(pkg, "__init__.py"), "wb") as f:
        f.write(src)
    return pkg


class WithTagger(unittest.TestCase):
    """One Tagger of the default lexicon for all tests of the class."""

    @classmethod
    def setUpClass(cls):
        cls.t = miltag.Tagger()

    @classmethod
    def tearDownClass(cls):
        cls.t.close()


class DefaultLexicon(WithTagger):

    def test_english_sentence(self):
        spans = self.t.tag("Wagner fighters near Kharkiv reported three 200s.")
        self.assertEqual([(s.start, s.end, s.category, s.id, s.text) for s in spans], [
            (0, 6, "unit", "unit.wagner", "Wagner"),
            (21, 28, "place", "place.kharkiv", "Kharkiv"),
            (44, 48, "casualty", "casualty.200", "200s"),
        ])
        s = spans[2]
        self.assertEqual((s.label, s.lang, s.candidates, s.ambiguous),
                         ("killed", "en", ("casualty.200",), False))

    def test_attrs_are_a_read_only_dict(self):
        a, b = self.t.tag("Kharkiv, Kharkiv")
        self.assertEqual(a.attrs["country"], "UA")
        self.assertEqual(a.attrs["geonames"], "706483")
        self.assertIsInstance(a.attrs, dict)
        self.assertIsInstance(a.attrs, miltag.Attrs)
        # one dict per entry, shared by its spans: so none may change it
        self.assertIs(a.attrs, b.attrs)
        for change in (lambda d: d.__setitem__("country", "XX"), lambda d: d.pop("country"),
                       lambda d: d.update(x="1"), lambda d: d.clear(),
                       lambda d: d.setdefault("y", "2"), lambda d: d.__delitem__("lat"),
                       lambda d: d.popitem()):
            with self.assertRaises(TypeError):
                change(a.attrs)
        self.assertEqual(self.t.tag("Kharkiv")[0].attrs["country"], "UA")
        own = dict(a.attrs)
        own["country"] = "XX"
        self.assertEqual(a.attrs["country"], "UA")
        # what reads a dict reads it: JSON, pickle, equality
        self.assertEqual(json.loads(json.dumps(a._asdict()))["attrs"], dict(a.attrs))
        self.assertEqual(pickle.loads(pickle.dumps(a)), a)
        self.assertEqual(a.attrs, dict(a.attrs))
        (none,) = miltag.Tagger(lexicon=write_tmp(self, "term\tcategory\tid\nzork\tslang\tslang.z\n")).tag("zork")
        self.assertEqual(none.attrs, {})

    def test_counts(self):
        text = "Потери: 200-х — 4, 300-х — 3–5 человек; трое «двухсотых», 4 KIA у Бахмута"
        spans = self.t.tag(text)
        got = [(s.text, s.headcount) for s in spans]
        self.assertEqual([(t, c.value if c else None) for t, c in got],
                         [("200-х", 4), ("300-х", 3), ("двухсотых", 3), ("KIA", 4), ("Бахмута", None)])
        r = spans[1].headcount
        self.assertEqual((r.value, r.min, r.max, r.text), (3, 3, 5, "3–5"))
        for s in spans:
            if s.headcount:
                # code-point offsets like the span's, byte offsets like C's
                self.assertEqual(text[s.headcount.start:s.headcount.end], s.headcount.text)
                self.assertEqual(text.encode()[s.headcount.byte_start:s.headcount.byte_end].decode(),
                                 s.headcount.text)
        # the same from bytes, from iter_tags and from tag_many
        b = self.t.tag_bytes(text.encode())
        self.assertEqual([s.headcount.value if s.headcount else None for s in b],
                         [4, 3, 3, 4, None])
        self.assertEqual([(s.headcount.byte_start, s.headcount.byte_end) for s in b if s.headcount],
                         [(s.headcount.byte_start, s.headcount.byte_end) for s in spans if s.headcount])
        self.assertEqual(list(self.t.iter_tags(text)), spans)
        self.assertEqual(self.t.tag_many([text, "пятеро трёхсотых"])[1][0].headcount.value, 5)
        # a number that belongs to something else: no count
        (s,) = self.t.tag("Груз 200 — 300 км до границы.")
        self.assertIsNone(s.headcount)
        self.assertEqual(pickle.loads(pickle.dumps(spans[1])), spans[1])

    def test_numbered_formation_attrs(self):
        (s,) = self.t.tag("the 155th Brigade moved")
        self.assertEqual(s.category, "unit")
        self.assertEqual(s.attrs.get("number"), "155")
        # what the slots took ({num}, {name}) shows as number= and name=, as
        # the CLI writes it; from str and from bytes
        text = "в/ч 40318 и бойцы батальона «Свобода России»"
        for doc in (text, text.encode()):
            a, b = self.t.tag(doc) if isinstance(doc, str) else self.t.tag_bytes(doc)
            self.assertEqual(a.attrs.get("number"), "40318")
            self.assertEqual(b.attrs.get("name"), "Свобода России")
            self.assertNotIn("number", b.attrs)
        if have_cli():
            cli = subprocess.run([CLI, "-f", "jsonl"], input=text.encode(), capture_output=True,
                                 check=True).stdout
            self.assertEqual([t["attrs"] for t in json.loads(cli)["tags"]],
                             [dict(s.attrs) for s in self.t.tag(text)])

    def test_cyrillic_offsets(self):
        text = "Бойцы ЧВК «Вагнер» под Бахмутом"
        spans = self.t.tag(text)
        self.assertEqual([(s.start, s.end, s.text) for s in spans],
                         [(6, 18, "ЧВК «Вагнер»"), (23, 31, "Бахмутом")])
        data = text.encode()
        for s in spans:
            self.assertEqual(s.byte_start, len(text[:s.start].encode()))
            self.assertEqual(s.byte_end, len(text[:s.end].encode()))
            self.assertEqual(data[s.byte_start:s.byte_end].decode(), s.text)

    def test_emoji_offsets(self):
        # Four-byte characters: one code point each, two UTF-16 units.
        text = "😀😀 Kharkiv 😀 Бахмутом 😀 Харків"
        spans = self.t.tag(text)
        self.assertEqual([(s.start, s.end, s.text) for s in spans],
                         [(3, 10, "Kharkiv"), (13, 21, "Бахмутом"), (24, 30, "Харків")])
        self.assertEqual([(s.byte_start, s.byte_end) for s in spans],
                         [(9, 16), (22, 38), (44, 56)])

    def test_tag_bytes_offsets_and_invalid_utf8(self):
        data = b"\xff\xfe Wagner \xe2\x82 Kharkiv \x00 200s"
        spans = self.t.tag_bytes(data)
        self.assertEqual([(s.start, s.end, s.text) for s in spans],
                         [(3, 9, "Wagner"), (13, 20, "Kharkiv"), (23, 27, "200s")])
        for s in spans:
            self.assertEqual((s.start, s.end), (s.byte_start, s.byte_end))
        self.assertEqual(self.t.tag_bytes(bytearray(b"Kharkiv"))[0].id, "place.kharkiv")

    def test_lone_surrogate_is_not_an_error(self):
        spans = self.t.tag("\ud800 Kharkiv")
        self.assertEqual([(s.start, s.end, s.byte_start, s.text) for s in spans],
                         [(2, 9, 4, "Kharkiv")])

    def test_empty_and_untagged(self):
        self.assertEqual(self.t.tag(""), [])
        self.assertEqual(self.t.tag_bytes(b""), [])
        self.assertEqual(self.t.tag("обычный текст о погоде"), [])

    def test_type_errors(self):
        with self.assertRaises(TypeError):
            self.t.tag(b"bytes")
        # bytes(5) would be five NUL bytes: an int is no text
        for bad in (5, "str", None, 2.5, ["Kharkiv"]):
            with self.assertRaises(TypeError, msg=repr(bad)):
                self.t.tag_bytes(bad)
            if not isinstance(bad, str):
                with self.assertRaises(TypeError, msg=repr(bad)):
                    list(self.t.iter_tags(bad))
        with self.assertRaises(TypeError):
            self.t.tag_many("one string is not a list of documents")
        with self.assertRaises(TypeError):
            self.t.tag_many(["Kharkiv", 5])

    def test_bytes_like(self):
        want = self.t.tag_bytes(b"Kharkiv and Kursk")
        self.assertEqual(len(want), 2)
        for data in (bytearray(b"Kharkiv and Kursk"), memoryview(b"Kharkiv and Kursk"),
                     array.array("B", b"Kharkiv and Kursk"),
                     memoryview(b"xxKharkiv and Kursk")[2:]):
            self.assertEqual(self.t.tag_bytes(data), want)

    def test_ambiguous_flag(self):
        # An "amb" row without evidence: reported only when asked for.
        path = write_tmp(self, "term\tcategory\tid\tflags\nптичка\tslang\tslang.drone\tamb\n")
        with miltag.Tagger(lexicon=path) as t:
            text = "на даче пела птичка"
            self.assertEqual(t.tag(text), [])
            (s,) = t.tag(text, ambiguous=True)
            self.assertTrue(s.ambiguous)
            self.assertEqual((s.start, s.end, s.text, s.id), (13, 19, "птичка", "slang.drone"))
            self.assertEqual((s.byte_start, s.byte_end), (len(text[:13].encode()), len(text.encode())))

    def test_version(self):
        self.assertRegex(miltag.version(), r"^\d+\.\d+\.\d+$")
        self.assertTrue(miltag.library_path)


class Lexicons(unittest.TestCase):
    def test_syntax_error(self):
        path = write_tmp(self, "term\tcategory\tid\nfoo\tcity\tx.foo\n")
        with self.assertRaises(miltag.Error) as cm:
            miltag.Tagger(lexicon=path)
        e = cm.exception
        self.assertIsInstance(e, Exception)
        self.assertTrue(str(e).startswith(path + ":2:5: unknown category 'city'"), str(e))
        self.assertEqual((e.status, e.line, e.column, e.file), (E_SYNTAX, 2, 5, path))
        self.assertTrue(e.what.startswith("unknown category 'city'"))

    def test_missing_file(self):
        path = os.path.join(tempfile.gettempdir(), "miltag-no-such-file.tsv")
        for extend in (False, True):
            with self.assertRaises(miltag.Error) as cm:
                miltag.Tagger(lexicon=path, extend=extend)
            self.assertEqual(cm.exception.status, E_IO)
            self.assertIn(path, str(cm.exception))

    def test_own_lexicon_replaces_default(self):
        path = write_tmp(self, "term\tcategory\tid\tattrs\n"
                               "zorblax\tslang\tslang.zorblax\tnote=a\\;b\\=c\\\\d\n")
        with miltag.Tagger(lexicon=path) as t:
            spans = t.tag("zorblax near Kharkiv")
        self.assertEqual([s.id for s in spans], ["slang.zorblax"])
        self.assertEqual(spans[0].attrs, {"note": "a;b=c\\d"})

    def test_extend(self):
        path = write_tmp(self, "term\tcategory\tid\nzorblax\tslang\tslang.zorblax\n")
        with miltag.Tagger(lexicon=path, extend=True) as t:
            ids = [s.id for s in t.tag("zorblax near Kharkiv")]
        self.assertEqual(ids, ["slang.zorblax", "place.kharkiv"])
        with self.assertRaises(ValueError):
            miltag.Tagger(extend=True)

    def test_several_files(self):
        a = write_tmp(self, "term\tcategory\tid\nzorblax\tslang\tslang.zorblax\n")
        b = write_tmp(self, "term\tcategory\tid\nquuxgrad\tplace\tplace.quuxgrad\n")
        with miltag.Tagger(lexicon=[a, b]) as t:
            self.assertEqual([s.id for s in t.tag("zorblax in quuxgrad, Kharkiv")],
                             ["slang.zorblax", "place.quuxgrad"])

    def test_candidates(self):
        path = write_tmp(self, "term\tcategory\tid\tlabel\n"
                               "Zorivka\tplace\tplace.zorivka-a\tZorivka (A)\n"
                               "Zorivka\tplace\tplace.zorivka-b\tZorivka (B)\n")
        with miltag.Tagger(lexicon=path) as t:
            (s,) = t.tag("shelling near Zorivka")
        self.assertEqual(s.candidates[0], s.id)
        self.assertEqual(sorted(s.candidates), ["place.zorivka-a", "place.zorivka-b"])

    def test_warnings_and_strict(self):
        path = write_tmp(self, "term\tcategory\tid\nzorblax\tslang\tslang.z\n"
                               "zorblax\tslang\tslang.z\n")
        with warnings.catch_warnings(record=True) as w:
            warnings.simplefilter("always")
            miltag.Tagger(lexicon=path).close()
        self.assertEqual(len(w), 1)
        self.assertIs(w[0].category, miltag.LexiconWarning)
        self.assertIn("duplicate", str(w[0].message))
        with self.assertRaises(miltag.Error) as cm:
            miltag.Tagger(lexicon=path, strict=True)
        self.assertEqual((cm.exception.status, cm.exception.line), (E_DUPLICATE, 3))

    @unittest.skipUnless(have_cli() and os.access(
        os.path.join(os.path.dirname(CLI), "miltag-mkimage"), os.X_OK), "no miltag-mkimage")
    def test_compiled_image(self):
        src = write_tmp(self, "term\tcategory\tid\nzorblax\tslang\tslang.zorblax\n")
        img = src + ".img"
        self.addCleanup(lambda: os.path.exists(img) and os.unlink(img))
        subprocess.run([os.path.join(os.path.dirname(CLI), "miltag-mkimage"), img, src],
                       check=True, stdout=subprocess.DEVNULL)
        with miltag.Tagger(lexicon=img) as t:
            self.assertEqual([s.id for s in t.tag("zorblax, Kharkiv")], ["slang.zorblax"])
        with miltag.Tagger(lexicon=img, extend=True) as t:
            self.assertEqual([s.id for s in t.tag("zorblax, Kharkiv")],
                             ["slang.zorblax", "place.kharkiv"])


class Loading(unittest.TestCase):
    def run_python(self, code, env_update, cwd):
        env = dict(os.environ, **env_update)
        env.pop("PYTHONPATH", None)
        return subprocess.run([sys.executable, "-c", code], env=env, cwd=cwd,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              universal_newlines=True, timeout=60)

    def test_bad_miltag_library_is_an_import_error(self):
        p = self.run_python("import miltag", {"MILTAG_LIBRARY": "/nonexistent/libmiltag.so"},
                            os.path.dirname(HERE))
        self.assertNotEqual(p.returncode, 0)
        self.assertIn("ImportError", p.stderr)
        self.assertIn("/nonexistent/libmiltag.so", p.stderr)

    def test_library_next_to_the_package(self):
        with tempfile.TemporaryDirectory() as tmp:
            pkg = copy_package(tmp)
            lib = os.path.join(pkg, "libmiltag.so")
            os.symlink(miltag.library_path, lib)
            # An empty MILTAG_LIBRARY counts as unset.
            p = self.run_python("import miltag; print(miltag.library_path); "
                                "print(miltag.Tagger().tag('Kharkiv')[0].id)",
                                {"PYTHONDONTWRITEBYTECODE": "1", "MILTAG_LIBRARY": ""}, tmp)
            self.assertEqual(p.returncode, 0, p.stderr)
            self.assertEqual(p.stdout.split(), [lib, "place.kharkiv"])

    def test_library_recorded_at_install(self):
        # `cmake --install` writes miltag/_install.py with the library's
        # path relative to the package (bindings/python/CMakeLists.txt).
        with tempfile.TemporaryDirectory() as tmp:
            site = os.path.join(tmp, "site")
            pkg = copy_package(site)
            os.mkdir(os.path.join(tmp, "lib"))
            lib = os.path.join(tmp, "lib", "libmiltag.so.0")
            os.symlink(os.path.realpath(miltag.library_path), lib)
            with open(os.path.join(pkg, "_install.py"), "w") as f:
                f.write('LIBRARY = "../../lib/libmiltag.so.0"\n')
            p = self.run_python("import miltag; print(miltag.library_path); "
                                "print(miltag.Tagger().tag('Kharkiv')[0].id)",
                                {"PYTHONDONTWRITEBYTECODE": "1", "MILTAG_LIBRARY": ""}, site)
            self.assertEqual(p.returncode, 0, p.stderr)
            self.assertEqual(p.stdout.split(), [lib, "place.kharkiv"])


class Streaming(WithTagger):
    def test_iter_tags_gives_what_tag_gives(self):
        lines = [l for l in sample_lines() if l]
        text = " ".join(lines) + " 😀 \ud800 Kharkiv"
        self.assertEqual(list(self.t.iter_tags(text)), self.t.tag(text))
        data = text.encode("utf-8", "surrogatepass") + b"\xff Kursk"
        self.assertEqual(list(self.t.iter_tags(data)), self.t.tag_bytes(data))
        self.assertEqual(list(self.t.iter_tags(text, overlaps=True, ambiguous=True)),
                         self.t.tag(text, overlaps=True, ambiguous=True))
        self.assertEqual(list(self.t.iter_tags("")), [])

    def test_other_calls_between_spans(self):
        it = self.t.iter_tags("Kharkiv, Kursk, Бахмут, " * 5000)
        first = next(it)
        self.assertEqual(first.id, "place.kharkiv")
        # the thread's scanner and results are free for other calls meanwhile
        self.assertEqual([s.id for s in self.t.tag("Sumy")], ["place.sumy"])
        self.assertEqual(sum(1 for _ in it), 3 * 5000 - 1)

    def test_close_waits_for_open_iterators(self):
        t = miltag.Tagger()
        it = t.iter_tags("Kharkiv Kursk")
        next(it)
        with self.assertRaises(miltag.Error) as cm:
            t.close()
        self.assertEqual(cm.exception.status, -6)
        self.assertEqual(next(it).id, "place.kursk")
        it.close()
        t.close()
        self.assertTrue(t.closed)
        with self.assertRaises(ValueError):
            next(t.iter_tags("Kharkiv"))

    def test_memory_per_tag(self):
        # Python objects a tag costs (the C results are not counted): a
        # Span shares its entry's strings, attributes and candidates, so
        # it costs its tuple, offsets and text, well under 500 bytes (it
        # was 1-3 KB with a dict of attributes per span).  iter_tags()
        # holds one Span at a time.
        text = "Kharkiv, Бахмут, груз 200. " * 10000
        self.t.tag(text[:1000])  # entries decoded, caches warm
        gc.collect()
        tracemalloc.start()
        try:
            spans = self.t.tag(text)
            size, _ = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
        n = len(spans)
        del spans
        gc.collect()
        tracemalloc.start()  # anew: the peak of iter_tags() alone
        try:
            count = 0
            for _s in self.t.iter_tags(text):
                count += 1
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
        base = 0
        self.assertEqual(n, 30000)
        self.assertEqual(count, n)
        self.assertLess(size / n, 500, "%.0f bytes per tag" % (size / n))
        self.assertLess(peak - base, 2 << 20, "iter_tags peaked at %d bytes" % (peak - base))


class Batches(WithTagger):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        lines = [l for l in sample_lines() if l]
        # str and bytes mixed, empty documents, enough for several batches
        cls.docs = []
        for i in range(3000):
            line = lines[i % len(lines)]
            cls.docs.append(line.encode() if i % 3 == 0 else "" if i % 7 == 0 else line)
        cls.want = [cls.t.tag_bytes(d) if isinstance(d, bytes) else cls.t.tag(d)
                    for d in cls.docs]

    def test_tag_many_is_tag_per_document(self):
        for threads in (1, 2, 3, None):
            with self.subTest(threads=threads):
                self.assertEqual(self.t.tag_many(self.docs, threads=threads), self.want)
        self.assertEqual(self.t.tag_many([]), [])
        self.assertEqual(self.t.tag_many(iter(["Kharkiv"])), [self.t.tag("Kharkiv")])
        opts = {"overlaps": True, "ambiguous": True}
        self.assertEqual(self.t.tag_many(self.docs[:300], threads=2, **opts),
                         [self.t.tag_bytes(d, **opts) if isinstance(d, bytes) else
                          self.t.tag(d, **opts) for d in self.docs[:300]])
        with self.assertRaises(ValueError):
            self.t.tag_many(["x"], threads=0)

    def test_iter_many_reads_lazily(self):
        pulled = []

        def source():
            for i, d in enumerate(self.docs * 4):
                pulled.append(i)
                yield d

        it = self.t.iter_many(source(), threads=2)
        self.assertEqual(next(it), self.want[0])
        # a few batches ahead per thread, not the whole input
        self.assertLess(len(pulled), len(self.docs) * 4)
        rest = list(it)
        self.assertEqual(len(rest), len(self.docs) * 4 - 1)
        self.assertEqual(rest[len(self.docs) - 1:2 * len(self.docs) - 1], self.want)

    def test_one_big_batch_releases_the_gil(self):
        # While C scans a batch, another Python thread must run.  With a
        # switch interval of minutes, the interpreter never takes the GIL
        # from a thread that holds it, so the counting thread (which gives
        # it up at every step) can only count while the main thread has
        # released it: inside the C call.  Load on the machine cannot fake
        # that, only slow it: a loaded machine may not run the other thread
        # within one call (a 14 MB call lasts some 60 ms now), so the call
        # is repeated, up to 40 times, until it has run 3 times inside one;
        # with the GIL held it never would.
        doc = "обычный текст о погоде без единого тега " * 200000  # ~14 MB, no tag
        stop = threading.Event()
        stamps = []

        def count():
            while not stop.is_set():
                stamps.append(time.perf_counter())
                time.sleep(0)  # releases the GIL

        old = sys.getswitchinterval()
        sys.setswitchinterval(300)
        th = threading.Thread(target=count)
        try:
            th.start()
            while len(stamps) < 10:
                time.sleep(0.001)
            calls = []
            for _ in range(40):
                t0 = time.perf_counter()
                self.assertEqual(self.t.tag_many([doc], threads=1), [[]])
                t1 = time.perf_counter()
                calls.append((t0, t1))
                if sum(1 for x in list(stamps) if t0 < x < t1) >= 3:
                    break
        finally:
            stop.set()
            th.join()
            sys.setswitchinterval(old)
        most = max(sum(1 for x in stamps if t0 < x < t1) for t0, t1 in calls)
        self.assertGreaterEqual(most, 3, "the other thread ran at most %d times in %d calls of %.3f s in all"
                                % (most, len(calls), sum(t1 - t0 for t0, t1 in calls)))

    def test_gil_test_sees_a_held_gil(self):
        # The test above, its counter side, with a call that holds the GIL
        # (a pure-Python loop): the other thread must not run at all.
        stop = threading.Event()
        stamps = []

        def count():
            while not stop.is_set():
                stamps.append(time.perf_counter())
                time.sleep(0)

        old = sys.getswitchinterval()
        sys.setswitchinterval(300)
        th = threading.Thread(target=count)
        try:
            th.start()
            while len(stamps) < 10:
                time.sleep(0.001)
            t0 = time.perf_counter()
            x = 0
            for i in range(3000000):
                x += i
            t1 = time.perf_counter()
        finally:
            stop.set()
            th.join()
            sys.setswitchinterval(old)
        self.assertEqual([v for v in stamps if t0 < v < t1], [])


class Incomplete(unittest.TestCase):
    """A scan past the scanner's caps (hundreds of overlapping patterns; the
    C library returns MILTAG_INCOMPLETE) is reported as an IncompleteWarning
    naming the document, and what was found is returned."""

    @classmethod
    def setUpClass(cls):
        rows = ["term\tcategory\tid", "Kursk\tplace\tplace.kursk"]
        for j in range(64):  # tests/test_hostile.c: 64 rows of ten "(11|{num})"
            tail = " ".join("11" if (j >> b) & 1 else "{num}" for b in range(6))
            rows.append("(11|{num}) " * 10 + tail + "\tunit\tu.%d" % j)
        fd, cls.path = tempfile.mkstemp(suffix=".tsv")
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write("\n".join(rows) + "\n")
        cls.t = miltag.Tagger(lexicon=cls.path)
        cls.numbers = " ".join(["11"] * 20)

    @classmethod
    def tearDownClass(cls):
        cls.t.close()
        os.unlink(cls.path)

    def caught(self, call):
        with warnings.catch_warnings(record=True) as w:
            warnings.simplefilter("always")
            result = call()
        return result, [x for x in w if x.category is miltag.IncompleteWarning]

    def test_warned_with_the_document(self):
        spans, w = self.caught(lambda: self.t.tag(self.numbers))
        self.assertEqual(len(w), 1)
        self.assertIn("tags may be missing", str(w[0].message))
        self.assertTrue(all(s.category == "unit" for s in spans))
        _, w = self.caught(lambda: list(self.t.iter_tags(self.numbers.encode())))
        self.assertEqual(len(w), 1)
        docs = ["Kursk", self.numbers, "Kursk and Kursk"] * 2
        for threads in (1, 2):
            got, w = self.caught(lambda: self.t.tag_many(docs, threads=threads))
            self.assertEqual([str(x.message).split(":")[1].strip() for x in w],
                             ["document 1 (from 0)", "document 4 (from 0)"])
            self.assertEqual([len(g) for g in got][::3], [1, 1])
            self.assertEqual([len(g) for g in got][2::3], [2, 2])
        # complete texts: no warning; and it can be made an error
        _, w = self.caught(lambda: self.t.tag_many(["Kursk", "11 11"]))
        self.assertEqual(w, [])
        with warnings.catch_warnings():
            warnings.simplefilter("error", miltag.IncompleteWarning)
            with self.assertRaises(miltag.IncompleteWarning):
                self.t.tag(self.numbers)


class Lifetime(unittest.TestCase):
    def test_close_and_with(self):
        with miltag.Tagger() as t:
            self.assertEqual(len(t.tag("Kharkiv")), 1)
        self.assertTrue(t.closed)
        with self.assertRaises(ValueError):
            t.tag("Kharkiv")
        t.close()  # idempotent

    def test_not_picklable(self):
        import pickle
        with miltag.Tagger() as t:
            with self.assertRaisesRegex(TypeError, "one Tagger per process"):
                pickle.dumps(t)
            # Spans are plain data and travel fine.
            spans = t.tag("Kharkiv")
            self.assertEqual(pickle.loads(pickle.dumps(spans)), spans)

    def test_many_taggers_are_freed(self):
        # Creating and dropping taggers must not accumulate C objects; the
        # leak check itself is valgrind's job, this checks nothing crashes
        # when __del__ frees scanners of threads that have ended.
        for _ in range(20):
            t = miltag.Tagger()
            th = threading.Thread(target=t.tag, args=("Kharkiv",))
            th.start()
            th.join()
            del t


class Threads(unittest.TestCase):
    def test_one_tagger_many_threads(self):
        lines = [l for l in sample_lines() if l]
        t = miltag.Tagger()
        expected = [t.tag(l) for l in lines]
        barrier = threading.Barrier(8)
        results, errors, live = {}, [], []

        def work(k):
            try:
                barrier.wait()
                got = []
                for i in range(200):
                    line = lines[(i + k) % len(lines)]
                    got.append(((i + k) % len(lines), t.tag(line)))
                results[k] = got
                barrier.wait()  # every thread alive, each with its scanner
                live.append(len(t._scratches))
                barrier.wait()
            except Exception as e:  # reported by the main thread
                errors.append(e)

        threads = [threading.Thread(target=work, args=(k,)) for k in range(8)]
        for th in threads:
            th.start()
        for th in threads:
            th.join()
        self.assertEqual(errors, [])
        self.assertEqual(len(results), 8)
        for got in results.values():
            self.assertEqual(len(got), 200)
            for i, spans in got:
                self.assertEqual(spans, expected[i])
        # One scanner per thread (plus the main thread's) while they run;
        # a thread's scanner is freed when the thread ends.
        self.assertEqual(live, [9] * 8)
        self.assertEqual(len(t._scratches), 1)
        t.close()


@unittest.skipUnless(have_cli(), "the CLI (MILTAG_CLI=%s) is not built" % CLI)
class SameAsCli(unittest.TestCase):
    """The binding must give exactly the CLI's tags, offsets converted."""

    OPTIONS = [((), {}), (("--overlaps",), {"overlaps": True}),
               (("--ambiguous",), {"ambiguous": True}),
               (("--overlaps", "--ambiguous"), {"overlaps": True, "ambiguous": True})]

    def compare(self, lines, tagger, cli_args=(), **opts):
        out = run_cli(lines, *cli_args)
        self.assertEqual(len(out), len(lines))
        for n, (text, raw) in enumerate(zip(lines, out), 1):
            want = json.loads(raw)
            spans = tagger.tag(text, **opts)
            self.assertEqual(want, {"line": n, "tags": [span_as_cli(s) for s in spans]},
                             "line %d: %r" % (n, text))
            for s in spans:
                # code-point offsets index the str; byte offsets its UTF-8
                self.assertEqual(text[s.start:s.end], s.text)
                self.assertEqual(len(text[:s.start].encode()), s.byte_start)
                self.assertEqual(len(text[:s.end].encode()), s.byte_end)
            # format_jsonl is byte for byte the CLI's line on valid UTF-8.
            self.assertEqual(miltag.format_jsonl(n, spans), raw)
            bspans = tagger.tag_bytes(text.encode(), **opts)
            self.assertEqual([span_as_cli(s) for s in bspans], want["tags"])

    def test_sample(self):
        lines = sample_lines()
        self.assertGreater(len(lines), 5)
        with miltag.Tagger() as t:
            for cli_args, opts in self.OPTIONS:
                with self.subTest(cli_args=cli_args):
                    self.compare(lines, t, cli_args, **opts)

    def test_sample_with_extend_and_candidates(self):
        path = write_tmp(self, "term\tcategory\tid\tlabel\tattrs\n"
                               "Kyiv\tplace\tplace.kyiv-oblast-village\tKyiv (village)\tx=1\n"
                               "воробей\tslang\tslang.sparrow\tsparrow\tnote=a\\;b\n")
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", miltag.LexiconWarning)
            with miltag.Tagger(lexicon=path, extend=True) as t:
                self.compare(sample_lines(), t, ("--extend", path))

    def test_raw_bytes(self):
        # Invalid UTF-8, NUL, DEL, escapes, U+2028 and a bare surrogate's
        # bytes inside and around tags: tag_bytes + format_jsonl(source=...)
        # must reproduce the CLI's lines byte for byte.
        docs = [b"\xff\xfe Wagner \xe2\x82 near Kharkiv \x00 reported 200s",
                b"\x7f\x1b[0m \xd0 \xed\xa0\x80 \xd0\x93\xd1\x80\xd1\x83\xd0\xb7 200",
                "\u2028Kyiv\u2029 \"Wagner\" \\ \ufffd Kharkiv\x01".encode(),
                b"\xc3\x28 Sumy \xf0\x9f\x98 Kursk \xf4\x90\x80\x80"]
        p = subprocess.run([CLI, "--format", "jsonl", "--binary-as-text"],
                           input=b"".join(d + b"\n" for d in docs),
                           stdout=subprocess.PIPE, check=True, timeout=60)
        want = p.stdout.decode("utf-8").split("\n")[:-1]
        with miltag.Tagger() as t:
            got = [miltag.format_jsonl(n, t.tag_bytes(d), d) for n, d in enumerate(docs, 1)]
            self.assertEqual(got, want)
            for n, d in enumerate(docs, 1):
                self.assertEqual([span_as_cli(s) for s in t.tag_bytes(d)],
                                 json.loads(want[n - 1])["tags"])
        self.assertTrue(all(json.loads(w)["tags"] for w in want))

    def test_dev_set(self):
        if not os.path.exists(DEV):
            self.skipTest("%s not found (set MILTAG_SHARED)" % DEV)
        with open(DEV, encoding="utf-8") as f:
            lines = [json.loads(l)["text"].replace("\n", " ") for l in f if l.strip()]
        self.assertGreater(len(lines), 0)
        with miltag.Tagger() as t:
            for cli_args, opts in self.OPTIONS:
                with self.subTest(cli_args=cli_args):
                    self.compare(lines, t, cli_args, **opts)


if __name__ == "__main__":
    unittest.main()
