"""The Dask example tags a bag of documents on a LocalCluster exactly as the
CLI does.

Needs dask and distributed (Debian: python3-dask python3-distributed, which
load only under /usr/bin/python3), MILTAG_LIBRARY and MILTAG_CLI (see
test_miltag.py).  Run as a script it exits with 77 (ctest's "skipped") when
dask cannot be imported:

    MILTAG_LIBRARY=build/libmiltag.so MILTAG_CLI=build/miltag \\
        /usr/bin/python3 bindings/python/tests/test_dask.py
"""

import json
import os
import subprocess
import sys
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))                       # miltag
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "examples"))  # dask_tag
# Worker processes are started with the "spawn" method, which gives them
# this sys.path; the environment (MILTAG_LIBRARY) is inherited as well.

try:
    import dask.bag as db
    from distributed import Client, LocalCluster
    import dask_tag
    HAVE_DASK = True
except ImportError as e:
    HAVE_DASK = False
    WHY = str(e)

from test_miltag import CLI, DEV, have_cli, sample_lines, write_tmp  # noqa: E402

# Extra lines with what the CLI must survive: invalid UTF-8, NUL, control
# characters, a carriage return before the newline.
RAW_LINES = [
    b"\xff\xfe Wagner \xe2\x82 near Kharkiv \x00 reported 200s",
    b"\x7f\x1b[0m \xd0 \xed\xa0\x80 \xd0\x93\xd1\x80\xd1\x83\xd0\xb7 200",
    b"",
]


def documents():
    docs = [l.encode() for l in sample_lines()]
    if os.path.exists(DEV):
        with open(DEV, encoding="utf-8") as f:
            docs += [json.loads(l)["text"].replace("\n", " ").encode() for l in f if l.strip()]
    return docs + RAW_LINES


def cli_lines(docs, *args):
    """The CLI's output for docs (bytes lines), as str lines."""
    p = subprocess.run([CLI, "--format", "jsonl", "--binary-as-text", *args],
                       input=b"".join(d + b"\n" for d in docs),
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=300, check=True)
    return p.stdout.decode("utf-8").split("\n")[:-1]


@unittest.skipUnless(HAVE_DASK, "dask/distributed not importable: %s" % (
    "" if HAVE_DASK else WHY))
@unittest.skipUnless(have_cli(), "the CLI (MILTAG_CLI=%s) is not built" % CLI)
class DaskLocalCluster(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        # Two worker processes: each builds its own Tagger in the plugin's
        # setup(), so nothing holding a C pointer is ever pickled.
        cls.cluster = LocalCluster(n_workers=2, threads_per_worker=2, processes=True,
                                   dashboard_address=None, silence_logs=40)
        cls.client = Client(cls.cluster)

    @classmethod
    def tearDownClass(cls):
        cls.client.close()
        cls.cluster.close()

    def run_bag(self, docs, lexicon=None, extend=False, partitions=7):
        dask_tag.register(self.client, lexicon, extend)
        bag = db.from_sequence(list(enumerate(docs, 1)), npartitions=partitions)
        return dask_tag.tag_bag(bag).compute()

    def test_same_as_cli(self):
        docs = documents()
        got = self.run_bag(docs)
        want = cli_lines(docs)
        self.assertEqual(len(got), len(docs))
        # Byte-identical lines, and (for a readable failure) the same JSON.
        for n, (g, w) in enumerate(zip(got, want), 1):
            self.assertEqual(json.loads(g), json.loads(w), "document %d" % n)
            self.assertEqual(g, w, "document %d" % n)
        # Work really happened on both workers.
        self.assertEqual(len(self.client.scheduler_info()["workers"]), 2)

    def test_str_documents(self):
        docs = sample_lines()
        bag = db.from_sequence(list(enumerate(docs, 1)), npartitions=3)
        dask_tag.register(self.client)
        self.assertEqual(dask_tag.tag_bag(bag).compute(), cli_lines([d.encode() for d in docs]))

    def test_extend_lexicon(self):
        path = write_tmp(self, "term\tcategory\tid\nzorblax\tslang\tslang.zorblax\n")
        docs = [b"zorblax near Kharkiv", b"nothing", b"Wagner and zorblax"]
        self.assertEqual(self.run_bag(docs, path, True, 2), cli_lines(docs, "--extend", path))

    def test_script(self):
        # The example as a command: same output as the CLI on the same file.
        docs = documents()
        path = write_tmp(self, "", suffix=".txt")
        with open(path, "wb") as f:
            f.write(b"".join(d + b"\r\n" for d in docs))
        out = path + ".jsonl"
        self.addCleanup(lambda: os.path.exists(out) and os.unlink(out))
        # Reuse the running cluster instead of starting a second one.
        rc = dask_tag.main([path, "-o", out, "--scheduler", self.cluster.scheduler_address,
                            "--partitions", "5"])
        self.assertEqual(rc, 0)
        with open(out, encoding="utf-8") as f:
            got = f.read().split("\n")[:-1]
        p = subprocess.run([CLI, "--format", "jsonl", "--binary-as-text", path],
                           stdout=subprocess.PIPE, check=True)
        self.assertEqual(got, p.stdout.decode("utf-8").split("\n")[:-1])


if __name__ == "__main__":
    if not HAVE_DASK:
        print("SKIP: dask/distributed not importable under %s: %s" % (sys.executable, WHY))
        sys.exit(77)
    if not have_cli():
        print("SKIP: the CLI (MILTAG_CLI=%s) is not built" % CLI)
        sys.exit(77)
    unittest.main()
