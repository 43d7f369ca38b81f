#!/usr/bin/env python3
"""Generate a synthetic miltag lexicon for the scale benchmarks.

    gen_lexicon.py --entries N [--base data/lexicon.tsv] [--kind names|words]
                   [--words-from CORPUS]... [--inflect-share F] [--seed S] OUT

With --base, the rows of that lexicon come first and N synthetic entries
(one row, one id each) follow, so the lexicon finds at least what the base
finds and the only thing that changes with N is the size.

--kind names (the default) makes place-, unit- and slang-like names out of
random syllables, half in Latin and half in Cyrillic script ("Koravinsk",
"Ружеловка", "Nova Tesomir").  They are built to be absent from real text:
the tags stay those of the base lexicon, and throughput shows only what
the size of the lexicon costs (key table, trie, cache misses).

--kind words builds 1 to 3-word terms from the vocabulary of the given
corpora (their first 2 MB each), so that many of them occur in text: the
worst case for the matcher, with many tags and many partial matches.

--inflect-share is the share of Cyrillic rows compiled with `auto`
inflection (about ten surface forms each); the rest are `none`.

Deterministic for a given seed.  Standard library only.  The output is a
build artefact: it goes to the build directory, never into the project.
"""
import argparse
import collections
import random
import re
import sys

LATIN_ONSETS = ['b', 'd', 'g', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'z',
                'ch', 'sh', 'kh', 'zh', 'ts', 'br', 'gr', 'kr', 'st', 'tr']
LATIN_VOWELS = ['a', 'e', 'i', 'o', 'u', 'y']
LATIN_ENDINGS = ['ivka', 'ovo', 'insk', 'ne', 'ky', 'orod', 'ivtsi', 'anka', 'ets', 'ograd']
LATIN_PREFIXES = ['Nova', 'Stara', 'Velyka', 'Mala', 'Verkhnia', 'Nyzhnia']
CYR_ONSETS = ['б', 'в', 'г', 'д', 'ж', 'з', 'к', 'л', 'м', 'н', 'п', 'р', 'с', 'т',
              'ф', 'х', 'ц', 'ч', 'ш', 'бр', 'гр', 'кр', 'ст', 'тр']
CYR_VOWELS = ['а', 'е', 'и', 'о', 'у', 'ы', 'я', 'ю']
# Endings whose paradigm `auto` guesses well (docs/lexicon.md).
CYR_ENDINGS = ['овка', 'ево', 'инск', 'ное', 'ичи', 'ород', 'анка', 'ец', 'ино', 'ск']
CYR_PREFIXES = ['Новая', 'Старая', 'Большая', 'Малая', 'Верхняя', 'Нижняя']
CATEGORIES = [('place', 70), ('unit', 20), ('slang', 10)]


def pseudo_name(rng, cyrillic):
    onsets, vowels = (CYR_ONSETS, CYR_VOWELS) if cyrillic else (LATIN_ONSETS, LATIN_VOWELS)
    endings = CYR_ENDINGS if cyrillic else LATIN_ENDINGS
    word = ''.join(rng.choice(onsets) + rng.choice(vowels) for _ in range(rng.randint(2, 3)))
    word = (word + rng.choice(endings)).capitalize()
    if rng.random() < 0.2:
        word = rng.choice(CYR_PREFIXES if cyrillic else LATIN_PREFIXES) + ' ' + word
    return word


def vocabulary(paths, limit=20000, head=2 << 20):
    counts = collections.Counter()
    for path in paths:
        with open(path, 'rb') as f:
            text = f.read(head).decode('utf-8', errors='replace')
        counts.update(w for w in re.findall(r'[^\W\d_]{3,}', text))
    return [w for w, _ in counts.most_common(limit)]


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    ap.add_argument('out')
    ap.add_argument('--entries', type=int, required=True)
    ap.add_argument('--base')
    ap.add_argument('--kind', choices=['names', 'words'], default='names')
    ap.add_argument('--words-from', action='append', default=[])
    ap.add_argument('--inflect-share', type=float, default=0.5)
    ap.add_argument('--seed', type=int, default=6)
    a = ap.parse_args(argv[1:])
    if a.entries < 0 or not 0.0 <= a.inflect_share <= 1.0:
        ap.error('--entries must be >= 0 and --inflect-share within [0, 1]')
    if a.kind == 'words' and not a.words_from:
        ap.error('--kind words needs --words-from CORPUS')
    rng = random.Random(a.seed)
    vocab = vocabulary(a.words_from) if a.kind == 'words' else None
    if vocab is not None and len(vocab) < 100:
        ap.error('too few words in --words-from')
    cats = [c for c, w in CATEGORIES for _ in range(w)]

    seen = set()
    rows = 0
    with open(a.out, 'w', encoding='utf-8', newline='\n') as out:
        header = 'term\tcategory\tid\tlabel\tlang\tinflect\tflags\tattrs\n'
        if a.base:
            # The base file's own header names its columns; keep its rows
            # verbatim and write the synthetic rows in the same order of
            # columns (the standard one, which the base must use).
            with open(a.base, encoding='utf-8-sig') as f:
                for line in f:
                    if line.startswith('#') or not line.strip():
                        continue
                    if line.rstrip('\r\n').split('\t')[0].strip() == 'term':
                        if line.rstrip('\r\n') + '\n' != header:
                            print('gen_lexicon.py: %s: unexpected header' % a.base, file=sys.stderr)
                            return 1
                    out.write(line if line.endswith('\n') else line + '\n')
                    if line.split('\t')[0].strip() != 'term':
                        seen.add(line.split('\t')[0].strip().casefold())
        else:
            out.write(header)
        n = 0
        while n < a.entries:
            if vocab is not None:
                term = ' '.join(rng.choice(vocab) for _ in range(rng.choice((1, 1, 2, 2, 2, 3))))
            else:
                term = pseudo_name(rng, rng.random() < 0.5)
            key = term.casefold()
            if key in seen:
                continue
            seen.add(key)
            cyr = re.search('[а-яё]', key) is not None
            lang = 'ru' if cyr else 'en'
            inflect = 'auto' if cyr and rng.random() < a.inflect_share else 'none'
            cat = rng.choice(cats)
            out.write('%s\t%s\tsynth.%s.%d\t\t%s\t%s\t\t\n' % (term, cat, cat, n, lang, inflect))
            n += 1
            rows += 1
    print('gen_lexicon.py: %d synthetic entries written to %s' % (rows, a.out), file=sys.stderr)
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
