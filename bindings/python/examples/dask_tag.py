#!/usr/bin/env python3
"""Tag documents with miltag on a Dask cluster, writing the CLI's JSON Lines.

    PYTHONPATH=bindings/python MILTAG_LIBRARY=build/libmiltag.so \\
        /usr/bin/python3 bindings/python/examples/dask_tag.py examples/intercepts.txt

Like `miltag --format jsonl FILE`, each input line is one document and each
output line is {"line":N,"tags":[...]} with byte offsets; the output is the
same, byte for byte.  By default the documents are tagged on a LocalCluster
of worker processes; --scheduler ADDRESS uses a running cluster instead.

Why a worker plugin: a Tagger holds C pointers, which cannot be pickled and
sent to workers.  The plugin object that is sent only holds the lexicon
options; its setup() runs once in each worker process and builds that
worker's Tagger there.  Tasks then fetch it with get_worker(), so the
lexicon is compiled once per worker, not once per task, and the worker's
threads share it (a Tagger keeps one scanner per thread).
"""

import argparse
import sys

import dask.bag as db
from distributed import Client, LocalCluster, WorkerPlugin, get_worker

import miltag

PLUGIN_NAME = "miltag-tagger"


class TaggerPlugin(WorkerPlugin):
    """Builds one miltag.Tagger per worker process."""

    name = PLUGIN_NAME

    def __init__(self, lexicon=None, extend=False):
        self.lexicon = lexicon
        self.extend = extend
        self.tagger = None

    def setup(self, worker):
        # Runs on the worker.  A bad lexicon raises miltag.Error here, and
        # Dask reports it to the client's register call.
        self.tagger = miltag.Tagger(lexicon=self.lexicon, extend=self.extend)

    def teardown(self, worker):
        if self.tagger is not None:
            self.tagger.close()
            self.tagger = None

    def __getstate__(self):
        # Only the options travel; a Tagger never leaves its process.
        return {"lexicon": self.lexicon, "extend": self.extend, "tagger": None}


def register(client, lexicon=None, extend=False):
    """Install the TaggerPlugin on every current and future worker."""
    plugin = TaggerPlugin(lexicon, extend)
    reg = getattr(client, "register_plugin", None)  # distributed >= 2023.9
    if reg is None:
        reg = client.register_worker_plugin
    reg(plugin, name=PLUGIN_NAME)


def _worker_tagger():
    plugin = get_worker().plugins.get(PLUGIN_NAME)
    if plugin is None or plugin.tagger is None:
        raise RuntimeError("miltag: the worker has no Tagger; call register(client) first")
    return plugin.tagger


def _tag_partition(records):
    """(line number, document) pairs -> CLI JSON lines.  Runs on a worker."""
    tagger = _worker_tagger()
    out = []
    for n, doc in records:
        if isinstance(doc, str):
            out.append(miltag.format_jsonl(n, tagger.tag(doc)))
        else:
            out.append(miltag.format_jsonl(n, tagger.tag_bytes(doc), doc))
    return out


def tag_bag(bag):
    """A bag of (line number, str or UTF-8 bytes) -> a bag of JSON lines in
    `miltag --format jsonl` format, in the bag's order."""
    return bag.map_partitions(_tag_partition)


def split_lines(data):
    """Split bytes into documents exactly as the CLI reads them: at "\\n",
    dropping one "\\r" before it, no empty document after a final newline."""
    lines = data.split(b"\n")
    if lines and lines[-1] == b"":
        lines.pop()
    return [l[:-1] if l.endswith(b"\r") else l for l in lines]


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("input", help="a text file, one document per line ('-' for stdin)")
    ap.add_argument("-o", "--output", help="write JSON lines here (default: stdout)")
    ap.add_argument("--scheduler", help="address of a running Dask scheduler, "
                    "e.g. tcp://10.0.0.5:8786 (default: start a LocalCluster)")
    ap.add_argument("--workers", type=int, default=2, help="LocalCluster worker processes")
    ap.add_argument("--threads", type=int, default=2, help="threads per local worker")
    ap.add_argument("--partitions", type=int, default=8, help="number of bag partitions")
    ap.add_argument("--lexicon", help="lexicon TSV (a path valid on every worker)")
    ap.add_argument("--extend", action="store_true", help="add --lexicon to the built-in one")
    args = ap.parse_args(argv)

    if args.input == "-":
        data = sys.stdin.buffer.read()
    else:
        with open(args.input, "rb") as f:
            data = f.read()
    docs = list(enumerate(split_lines(data), 1))

    cluster = None
    if args.scheduler:
        client = Client(args.scheduler)
    else:
        cluster = LocalCluster(n_workers=args.workers, threads_per_worker=args.threads,
                               processes=True, dashboard_address=None)
        client = Client(cluster)
    try:
        try:
            register(client, args.lexicon, args.extend)
        except Exception as e:  # a worker could not build its Tagger
            print("dask_tag: cannot set up the workers: %s" % e, file=sys.stderr)
            return 1
        bag = db.from_sequence(docs, npartitions=max(1, min(args.partitions, len(docs))))
        lines = tag_bag(bag).compute() if docs else []
    finally:
        client.close()
        if cluster is not None:
            cluster.close()

    out = open(args.output, "w", encoding="utf-8") if args.output else sys.stdout
    try:
        for line in lines:
            out.write(line + "\n")
    finally:
        if out is not sys.stdout:
            out.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
