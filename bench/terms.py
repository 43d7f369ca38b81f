#!/usr/bin/env python3
"""Export a miltag lexicon's terms as plain literals, one per line, for the
tools miltag is compared with (ripgrep, grep, Hyperscan, pyahocorasick).

    terms.py [--case-variants] [LEXICON.tsv] > terms.txt

What the external tools get is deliberately simple and documented in
docs/performance.md: the `term` column of every row, with the pattern
syntax of docs/lexicon.md expanded the way the compiler expands it
(`[optional words]` present and absent, `(a|b|c)` each alternative;
parentheses without `|` are literal), rows with a `{num}` slot left out
(a literal tool cannot express "any number"), white space collapsed, and
duplicates that differ only in case dropped.  Inflected forms, token
boundaries and normalization (ё/е, apostrophes, dashes) are not exported:
the external tools do less work than miltag.

--case-variants adds, for every term with a non-ASCII letter, the spellings
that differ only in case and that text uses: lower case, upper case, the
first letter capitalized, every word capitalized.  Hyperscan's pure literal
compiler folds case for ASCII only; these variants let it find «ХАРЬКОВ»
and «харьков» for «Харьков» as the other tools do.

Standard library only; runs under any Python 3.
"""
import sys

MAX_VARIANTS = 1024  # the compiler's own limit per row


def parse_pattern(term):
    """Split a term into segments: ('lit', text), ('opt', text) or
    ('alt', [choices]).  Mirrors docs/lexicon.md, not the C code."""
    segs, i, lit = [], 0, 0
    n = len(term)
    while i < n:
        ch = term[i]
        close = -1
        kind = None
        if ch == '[':
            close = term.find(']', i)
            if close < 0:
                raise ValueError("'[' without ']'")
            kind = 'opt'
        elif ch == '(':
            close = term.find(')', i)
            if close >= 0 and '|' in term[i + 1:close]:
                kind = 'alt'
        if kind is None:
            i += 1
            continue
        if i > lit:
            segs.append(('lit', term[lit:i]))
        inner = term[i + 1:close]
        segs.append((kind, inner if kind == 'opt' else inner.split('|')))
        i = lit = close + 1
    if lit < n:
        segs.append(('lit', term[lit:]))
    return segs


def expand(term):
    """Every variant of a term pattern, white space collapsed."""
    variants = ['']
    for kind, val in parse_pattern(term):
        if kind == 'lit':
            choices = [val]
        elif kind == 'opt':
            choices = [val, '']
        else:
            choices = val
        variants = [v + c for v in variants for c in choices]
        if len(variants) > MAX_VARIANTS:
            raise ValueError('more than %d variants' % MAX_VARIANTS)
    return [' '.join(v.split()) for v in variants]


def case_variants(term):
    """The term and its common case spellings (only for non-ASCII terms)."""
    if term.isascii():
        return [term]
    out = []
    for v in (term, term.lower(), term.upper(), term[:1].upper() + term[1:].lower(),
              ' '.join(w[:1].upper() + w[1:].lower() for w in term.split(' '))):
        if v not in out:
            out.append(v)
    return out


def read_rows(path):
    """Yield (line number, dict of columns) for every data row of a TSV."""
    header = None
    with open(path, encoding='utf-8-sig') as f:
        for lineno, line in enumerate(f, 1):
            line = line.rstrip('\r\n')
            if not line.strip() or line.startswith('#'):
                continue
            fields = [x.strip() for x in line.split('\t')]
            if header is None:
                header = fields
                if 'term' not in header:
                    raise ValueError('%s:%d: no term column' % (path, lineno))
                continue
            yield lineno, dict(zip(header, fields))


def export_terms(path):
    """Return (terms, stats) for the lexicon file at path."""
    seen, terms = set(), []
    stats = {'rows': 0, 'rows_with_num': 0, 'patterns': 0, 'terms': 0}
    for lineno, row in read_rows(path):
        stats['rows'] += 1
        term = row.get('term', '')
        if '{num}' in term:
            stats['rows_with_num'] += 1
            continue
        try:
            variants = expand(term)
        except ValueError as e:
            raise ValueError('%s:%d: %s' % (path, lineno, e))
        if len(variants) > 1 or variants[0] != term:
            stats['patterns'] += 1
        for v in variants:
            key = v.casefold()
            if v and key not in seen:
                seen.add(key)
                terms.append(v)
    stats['terms'] = len(terms)
    return terms, stats


def with_case_variants(terms):
    out, seen = [], set()
    for t in terms:
        for v in case_variants(t):
            if v not in seen:
                seen.add(v)
                out.append(v)
    return out


def main(argv):
    args = argv[1:]
    variants = '--case-variants' in args
    args = [a for a in args if a != '--case-variants']
    if len(args) > 1 or (args and args[0].startswith('-')):
        help_asked = args == ['-h'] or args == ['--help']
        print(__doc__.strip(), file=sys.stdout if help_asked else sys.stderr)
        return 0 if help_asked else 2
    path = args[0] if args else 'data/lexicon.tsv'
    try:
        terms, stats = export_terms(path)
    except (OSError, ValueError) as e:
        print('terms.py: %s' % e, file=sys.stderr)
        return 1
    if variants:
        terms = with_case_variants(terms)
    sys.stdout.write(''.join(t + '\n' for t in terms))
    print('terms.py: %(rows)d rows, %(rows_with_num)d with {num} left out, '
          '%(patterns)d patterns expanded, %(terms)d distinct terms' % stats,
          file=sys.stderr)
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
