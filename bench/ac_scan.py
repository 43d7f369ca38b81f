#!/usr/bin/python3
"""The lexicon's terms through pyahocorasick (Debian's python3-ahocorasick,
which loads only under /usr/bin/python3).

    /usr/bin/python3 bench/ac_scan.py TERMS CORPUS [MAX_BYTES]

Builds an Aho-Corasick automaton over the lower-cased terms, then times
decoding the corpus, lower-casing it and iterating over every match in the
whole text at once (a per-line loop in Python would measure the
interpreter, not the automaton).  Matches are substrings: no word
boundaries, no normalization beyond str.lower().  Prints one JSON object
like the C benchmark programs.
"""
import json
import resource
import sys
import time


def main(argv):
    if len(argv) not in (3, 4):
        print(__doc__.strip(), file=sys.stderr)
        return 2
    try:
        import ahocorasick
    except ImportError as e:
        print('ac_scan.py: %s (install python3-ahocorasick; run with /usr/bin/python3)' % e,
              file=sys.stderr)
        return 1
    terms_path, corpus_path = argv[1], argv[2]
    max_bytes = int(argv[3]) if len(argv) == 4 else 0
    try:
        with open(terms_path, encoding='utf-8') as f:
            terms = [line.rstrip('\n') for line in f if line.strip()]
        with open(corpus_path, 'rb') as f:
            data = f.read()
    except OSError as e:
        print('ac_scan.py: %s' % e, file=sys.stderr)
        return 1
    if max_bytes and len(data) > max_bytes:
        # Whole lines only, as the C programs cut the corpus.
        cut = data.rfind(b'\n', 0, max_bytes) + 1
        data = data[:cut]

    t0 = time.perf_counter()
    automaton = ahocorasick.Automaton()
    for i, term in enumerate(terms):
        automaton.add_word(term.lower(), i)
    automaton.make_automaton()
    t1 = time.perf_counter()
    text = data.decode('utf-8', errors='replace').lower()
    t2 = time.perf_counter()
    matches = 0
    for _ in automaton.iter(text):
        matches += 1
    t3 = time.perf_counter()

    seconds = t3 - t1
    print(json.dumps({
        'tool': 'pyahocorasick',
        'mode': 'whole',
        'corpus': corpus_path,
        'patterns': len(terms),
        'compile_seconds': t1 - t0,
        'bytes': len(data),
        'passes': 1,
        'seconds': seconds,
        'decode_lower_seconds': t2 - t1,
        'iter_seconds': t3 - t2,
        'mb_per_s': len(data) / 1e6 / seconds if seconds > 0 else 0.0,
        'matches': matches,
        'matches_per_s': matches / seconds if seconds > 0 else 0.0,
        'peak_rss_kb': resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
    }))
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
