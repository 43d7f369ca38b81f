#!/usr/bin/env python3
"""Allocation failure in the miltag command, at every allocation.

usage: alloc_fail_test.py BUILD_DIR SOURCE_DIR

For each scenario (an input form, a format, --jobs, a subcommand) the
command runs once normally, once to count its allocations (the shim
libmiltag_failmalloc.so, tests/failmalloc.c, preloaded), and then once per
allocation N with the Nth allocation failing, and again with every
allocation from the Nth on failing.  Each run must either give exactly the
normal output, or say why not: a non-zero exit status and a message on
standard error that the normal run did not print.  Never a crash, a hang,
or output lost with nothing said.  Each line of jsonl output must still be
valid JSON (a document is left out whole, never half written).

ICU's own allocations are not failed (the shim tells them by their caller):
ICU 72 cannot survive a failure inside ubrk_open, see docs/robustness.md.
Runs without valgrind and sanitizers, which replace malloc themselves.
"""
import json
import os
import subprocess
import sys
import tempfile
import unittest

BUILD, SOURCE = sys.argv[1], sys.argv[2]
MILTAG = os.path.abspath(os.environ.get("MILTAG_CLI") or os.path.join(BUILD, "miltag"))
SHIM = os.path.abspath(os.path.join(BUILD, "tests", "libmiltag_failmalloc.so"))
SAMPLE = os.path.join(SOURCE, "examples", "intercepts.txt")


class Scenario:
    def __init__(self, args, data, jsonl=False, files=(), modes=("once", "from"),
                 sample=0):
        self.args, self.data, self.jsonl, self.files = args, data, jsonl, files
        self.modes, self.sample = modes, sample


def run(args, data, env=None, cwd=None):
    return subprocess.run([MILTAG] + args, input=data, capture_output=True, timeout=120, env=env,
                          cwd=cwd)


def outputs(p, cwd, files):
    """What a run produced: standard output and the files it wrote."""
    got = [p.stdout]
    for f in files:
        path = os.path.join(cwd, f)
        if os.path.exists(path):
            with open(path, "rb") as fh:
                got.append(fh.read())
            os.unlink(path)
        else:
            got.append(None)
    return got


@unittest.skipUnless(os.path.exists(SHIM), "the shim is built in normal builds only")
class AllocationFailure(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        with open(SAMPLE, "rb") as f:
            cls.sample = f.read()
        cls.dir = tempfile.mkdtemp(prefix="miltag-alloc-")
        with open(os.path.join(cls.dir, "small.tsv"), "w", encoding="utf-8") as f:
            f.write("term\tcategory\tid\tattrs\nZzyzx\tplace\tplace.zzyzx\tlat=1;lon=2\n"
                    "Зелёный Гай\tplace\tplace.test-village\t\n")
        with open(os.path.join(cls.dir, "doc.txt"), "wb") as f:
            f.write(cls.sample)
        tg = {"name": "c", "type": "public_channel", "id": 1, "messages": [
            {"id": 1, "type": "service", "date": "2024-01-01T00:00:00", "text": ""},
            {"id": 2, "type": "message", "date": "2024-01-02T00:00:00",
             "text": ["Near ", {"type": "bold", "text": "Kharkiv"}, " 200s"]},
            {"id": 3, "type": "message", "date": "2024-01-03T00:00:00", "text": "ЧВК «Вагнер»"}]}
        with open(os.path.join(cls.dir, "result.json"), "w", encoding="utf-8") as f:
            json.dump(tg, f)

    @classmethod
    def tearDownClass(cls):
        import shutil
        shutil.rmtree(cls.dir, ignore_errors=True)

    def check(self, sc):
        ref = run(sc.args, sc.data, cwd=self.dir)
        ref_out = outputs(ref, self.dir, sc.files)
        self.assertIn(ref.returncode, (0, 1), ref.stderr)
        ref_err = set(ref.stderr.decode("utf-8", "replace").splitlines())
        count_file = os.path.join(self.dir, "count")
        env = dict(os.environ, LD_PRELOAD=SHIM, MILTAG_FAIL_COUNT=count_file)
        p = run(sc.args, sc.data, env=env, cwd=self.dir)
        self.assertEqual(outputs(p, self.dir, sc.files), ref_out, "the shim alone changes nothing")
        with open(count_file) as f:
            total = int(f.read())
        self.assertGreater(total, 5)
        ns = list(range(1, total + 2))
        if sc.sample and total > sc.sample:
            # evenly spread, and all of the last ones (the run's own work)
            step = total // sc.sample
            ns = sorted(set(range(1, total, step)) | set(range(max(1, total - sc.sample), total + 2)))
        failed = 0
        for mode in sc.modes:
            for n in ns:
                env = dict(os.environ, LD_PRELOAD=SHIM, MILTAG_FAIL_AT=str(n))
                if mode == "from":
                    env["MILTAG_FAIL_FROM"] = "1"
                where = f"{sc.args} allocation {n} ({mode})"
                try:
                    p = run(sc.args, sc.data, env=env, cwd=self.dir)
                except subprocess.TimeoutExpired:
                    self.fail(f"{where}: hangs")
                got = outputs(p, self.dir, sc.files)
                self.assertGreaterEqual(p.returncode, 0, f"{where}: killed by signal {-p.returncode}")
                self.assertIn(p.returncode, (0, 1), f"{where}: {p.stderr[-500:]}")
                if sc.jsonl:
                    for line in p.stdout.decode("utf-8").splitlines():
                        json.loads(line)
                if got == ref_out and p.returncode == ref.returncode:
                    continue
                failed += 1
                new = set(p.stderr.decode("utf-8", "replace").splitlines()) - ref_err
                self.assertTrue(p.returncode != 0 and any(l.startswith("miltag: ") for l in new),
                                f"{where}: output lost silently (exit {p.returncode}, "
                                f"stderr {p.stderr[-300:]!r})")
        self.assertGreater(failed, 0, "no allocation failure had an effect")

    def test_text_to_jsonl(self):
        self.check(Scenario(["-f", "jsonl"], self.sample, jsonl=True))

    def test_jobs(self):
        # more than one batch of 1 MB, two threads
        self.check(Scenario(["-f", "jsonl", "-j2"], self.sample * 1500, jsonl=True, modes=("once",)))
        self.check(Scenario(["-f", "tsv", "-j2", "--stats"], self.sample))

    def test_formats(self):
        for fmt in ("tsv", "csv", "text", "conll", "html", "geojson"):
            with self.subTest(fmt=fmt):
                self.check(Scenario(["-f", fmt], self.sample))

    def test_counts_and_stats(self):
        self.check(Scenario(["--count", "-f", "json"], self.sample))
        self.check(Scenario(["--stats=json", "--offsets", "chars"], self.sample, jsonl=True))

    def test_inputs(self):
        recs = b'{"id":1,"text":"\\u0413\\u0440\\u0443\\u0437 200 near Kharkiv"}\n{"id":2}\n' \
               b'{"id":[3],"text":"Kursk"}\n'
        self.check(Scenario(["-i", "jsonl"], recs, jsonl=True))
        self.check(Scenario(["-i", "csv", "-f", "csv"], b'id,text\n1,"Kharkiv, 200s"\n2,Kursk\n'))
        self.check(Scenario(["-i", "telegram", "result.json"], b"", jsonl=True))
        self.check(Scenario(["-i", "doc", "-f", "text", "doc.txt"], b""))

    def test_brat_files(self):
        self.check(Scenario(["-f", "brat", "doc.txt"], b"", files=["doc.ann"]))

    def test_lexicons_and_subcommands(self):
        self.check(Scenario(["--lexicon", "small.tsv"], "Zzyzx, Зеленый Гай\n".encode(), jsonl=True))
        self.check(Scenario(["explain", "под", "Бахмутом"], b""))
        self.check(Scenario(["lexicon", "check", "small.tsv"], b""))
        # the built-in lexicon compiled again with a file on top: hundreds
        # of thousands of allocations, a sample of them
        self.check(Scenario(["--extend", "small.tsv"], b"Zzyzx near Kharkiv\n", jsonl=True,
                            modes=("once",), sample=12))


if __name__ == "__main__":
    unittest.main(argv=[sys.argv[0], "-v"])
