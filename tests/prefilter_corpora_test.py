#!/usr/bin/env python3
"""Tags with and without the prefilter, byte for byte (issue 19).

usage: prefilter_corpora_test.py BUILD_DIR SOURCE_DIR FILE...

Compiles the built-in lexicon's sources once more with
`miltag-mkimage --no-prefilter` and runs `miltag --format jsonl` over each
FILE with the built-in lexicon (which has the prefilter) and with that
image: the outputs must be identical.  CMake passes the benchmark corpora
(../shared/corpus/bench), which are not part of the project; a FILE that
is not there makes the test exit 77, which ctest reports as skipped.
"""
import hashlib
import os
import subprocess
import sys
import tempfile

BUILD, SOURCE, FILES = sys.argv[1], sys.argv[2], sys.argv[3:]


def digest(argv, path):
    h = hashlib.sha256()
    n = 0
    with open(path, 'rb') as f:
        p = subprocess.Popen(argv, stdin=f, stdout=subprocess.PIPE)
        for chunk in iter(lambda: p.stdout.read(1 << 16), b''):
            h.update(chunk)
            n += chunk.count(b'"category"')
        if p.wait() != 0:
            raise SystemExit('%s exited %d' % (' '.join(argv), p.returncode))
    return h.hexdigest(), n


def main():
    missing = [f for f in FILES if not os.path.exists(f)]
    if missing:
        print('skipped: %s not found' % ', '.join(missing), file=sys.stderr)
        return 77
    miltag = os.path.join(BUILD, 'miltag')
    with tempfile.TemporaryDirectory() as tmp:
        img = os.path.join(tmp, 'no-prefilter.img')
        subprocess.run([os.path.join(BUILD, 'miltag-mkimage'), '--strict', '--no-prefilter', img,
                        'data/lexicon.tsv'], cwd=SOURCE, check=True)
        bad = 0
        for f in FILES:
            a, na = digest([miltag, '--format', 'jsonl'], f)
            b, nb = digest([miltag, '--format', 'jsonl', '--lexicon', img], f)
            print('%s: %d tags, %s with the prefilter, %s without' % (
                os.path.basename(f), na, a[:16], b[:16]))
            if a != b or na != nb:
                print('FAIL: %s: the tags differ' % f)
                bad += 1
            elif na == 0:
                print('FAIL: %s: no tags at all' % f)
                bad += 1
        return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main())
