#!/usr/bin/env python3
"""miltag's benchmark: build a Release build, measure, print the table.

    sh bench/run.sh [OPTIONS]          (installs the tools first, then this)
    python3 bench/run.py [OPTIONS]

In one run, on both corpora (ru.txt, en.txt) and the built-in lexicon:
the ICU word break walk over the same bytes (the floor), miltag through
the API (miltag_tokens, then miltag_scan with tags counted), miltag through
the CLI (--format jsonl to /dev/null), and the lexicon's terms through
ripgrep, grep, Hyperscan and pyahocorasick when they are installed.  Every
throughput is also printed as a ratio to the ICU floor of the same run.
Then start-up (CLI process on one short line; lexicon open and scanner
creation in process), thread scaling, the compile rate of the lexicon TSV,
and on request (--scale, --profile) synthetic lexicons and callgrind
instruction counts per stage.

The table goes to standard output as Markdown; progress to standard error.
--write-doc also replaces the measured sections of docs/performance.md.
Standard library only; any Python 3.8 or later.
"""
import argparse
import datetime
import hashlib
import json
import os
import platform
import re
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

BENCH = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(BENCH)
sys.path.insert(0, BENCH)
import terms as terms_mod  # noqa: E402  (bench/terms.py)

CORPORA = ('ru', 'en')
SYSTEM_PYTHON = '/usr/bin/python3'  # where Debian's python3-ahocorasick loads
DOC = os.path.join(ROOT, 'docs', 'performance.md')
SECTIONS = ('main', 'startup', 'threads', 'scale', 'profile')


def log(msg):
    print('bench: ' + msg, file=sys.stderr, flush=True)


class BenchError(Exception):
    pass


# ------------------------------------------------------------ processes

SPAWN = None  # build-bench/bench_spawn, set in main()


def run_timed(argv, stdout=None, timeout=None, env=None):
    """Run argv through bench_spawn (bench/spawn.c): stdin from /dev/null,
    stdout to the file `stdout` (or /dev/null), stderr inherited.  Returns
    wall seconds, exit code, peak RSS in KiB and CPU seconds of the command
    alone: spawned from this Python process directly, it would inherit
    Python's peak RSS through execve()."""
    cmd = [SPAWN, '--stdout', stdout or '/dev/null']
    if timeout:
        cmd += ['--timeout', str(timeout)]
    cmd += ['--'] + list(argv)
    p = subprocess.run(cmd, stdout=subprocess.PIPE, env=env, text=True)
    if p.returncode != 0:
        raise BenchError('cannot run %s' % ' '.join(argv))
    r = json.loads(p.stdout)
    return {
        'wall': r['wall'],
        'rc': r['status'] if not r['signal'] else -r['signal'],
        'peak_rss_kb': r['peak_rss_kb'],
        'cpu': r['user'] + r['sys'],
        'timed_out': bool(r['timed_out']),
    }


def run_json(argv, tmp, timeout=None):
    """Run a benchmark program that prints one JSON object; return it."""
    out = os.path.join(tmp, 'out.json')
    r = run_timed(argv, stdout=out, timeout=timeout)
    if r['timed_out']:
        raise BenchError('%s: timed out after %s s' % (' '.join(argv), timeout))
    if r['rc'] != 0:
        raise BenchError('%s: exit status %d' % (' '.join(argv), r['rc']))
    with open(out, encoding='utf-8') as f:
        lines = [ln for ln in f.read().splitlines() if ln.strip()]
    if not lines:
        raise BenchError('%s: no output' % ' '.join(argv))
    res = json.loads(lines[-1])
    res['process_wall'] = r['wall']
    return res


def repeat_runs(argv, runs, timeout=None, stdout=None, env=None):
    """Run an external command `runs` times: median and fastest wall time,
    largest peak RSS."""
    walls, rss, cpu = [], 0, []
    last = None
    for _ in range(runs):
        r = run_timed(argv, stdout=stdout, timeout=timeout, env=env)
        last = r
        if r['timed_out']:
            return {'timed_out': True, 'timeout': timeout}
        walls.append(r['wall'])
        cpu.append(r['cpu'])
        rss = max(rss, r['peak_rss_kb'])
    return {'seconds': statistics.median(walls), 'best_seconds': min(walls),
            'runs': runs, 'peak_rss_kb': rss, 'cpu_seconds': statistics.median(cpu),
            'rc': last['rc'], 'timed_out': False}


def keep_best(res, key, r):
    """Add one interleaved round's result r of a figure to res[key]: the
    round's time is its run's median pass (or median run, for commands),
    every round's is in 'round_seconds', and the figure's time is their
    median ('median_seconds', with the fastest and slowest round beside
    it); the other fields are those of the round whose time is nearest
    the median; peak memory is the largest seen."""
    old = res.get(key)
    rounds = list(old.get('round_seconds', [])) if old else []
    rss = max(old.get('peak_rss_kb', 0) if old else 0, r.get('peak_rss_kb', 0))
    runs = (old.get('_round_runs', []) if old else []) + [r]
    ok = [x for x in runs if not x.get('timed_out')]
    if not ok:
        res[key] = r
        return
    rounds = [x['seconds'] for x in ok]
    med = statistics.median(rounds)
    pick = dict(min(ok, key=lambda x: abs(x['seconds'] - med)))
    pick.pop('_round_runs', None)
    pick['round_seconds'] = rounds
    pick['median_seconds'] = med
    pick['fastest_round_seconds'] = min(rounds)
    pick['slowest_round_seconds'] = max(rounds)
    pick['peak_rss_kb'] = rss
    pick['_round_runs'] = runs
    res[key] = pick


def capture(argv, cwd=None):
    try:
        return subprocess.run(argv, cwd=cwd, check=True, stdout=subprocess.PIPE,
                              stderr=subprocess.DEVNULL, text=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return ''


# ---------------------------------------------------------------- build

def build(build_dir, jobs):
    cfg = ['cmake', '-S', BENCH, '-B', build_dir, '-DCMAKE_BUILD_TYPE=Release']
    bld = ['cmake', '--build', build_dir, '-j%d' % jobs]
    for cmd in (cfg, bld):
        log('$ ' + ' '.join(shlex.quote(c) for c in cmd))
        p = subprocess.run(cmd, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                           text=True)
        if p.returncode != 0:
            sys.stderr.write(p.stdout)
            raise BenchError('the build failed')


# ------------------------------------------------------------ machine

def machine_info(build_dir):
    cpu = ''
    try:
        with open('/proc/cpuinfo') as f:
            for line in f:
                if line.startswith('model name'):
                    cpu = line.split(':', 1)[1].strip()
                    break
    except OSError:
        pass
    mem = ''
    try:
        with open('/proc/meminfo') as f:
            kb = int(f.readline().split()[1])
            mem = '%.0f GiB' % (kb / 1048576)
    except (OSError, ValueError, IndexError):
        pass
    distro = ''
    try:
        with open('/etc/os-release') as f:
            for line in f:
                if line.startswith('PRETTY_NAME='):
                    distro = line.split('=', 1)[1].strip().strip('"')
    except OSError:
        pass
    commit = capture(['git', 'rev-parse', '--short', 'HEAD'], cwd=ROOT) or 'unknown'
    dirty = capture(['git', 'status', '--porcelain', '--untracked-files=no'], cwd=ROOT)
    cc = ''
    cache = os.path.join(build_dir, 'CMakeCache.txt')
    try:
        with open(cache) as f:
            for line in f:
                if line.startswith('CMAKE_C_COMPILER:'):
                    cc_path = line.split('=', 1)[1].strip()
                    cc = capture([cc_path, '--version']).splitlines()[0]
    except (OSError, IndexError):
        pass
    tools = {}
    icu = capture(['pkg-config', '--modversion', 'icu-uc'])
    if icu:
        tools['icu'] = 'ICU ' + icu
    for name, argv in (('ripgrep', ['rg', '--version']),
                       ('grep', ['grep', '--version']),
                       ('hyperfine', ['hyperfine', '--version']),
                       ('valgrind', ['valgrind', '--version'])):
        out = capture(argv)
        if out:
            tools[name] = out.splitlines()[0]
    hs = capture(['pkg-config', '--modversion', 'libhs'])
    if hs:
        tools['hyperscan'] = 'Hyperscan ' + hs
    ac = capture(['dpkg-query', '-W', '-f', '${Version}', 'python3-ahocorasick'])
    if ac:
        tools['pyahocorasick'] = 'pyahocorasick %s (Debian)' % ac
    return {
        'cpu': cpu, 'nproc': os.cpu_count(), 'memory': mem, 'os': distro,
        'kernel': platform.release(), 'compiler': cc, 'commit': commit,
        'dirty': bool(dirty), 'tools': tools,
        'date': datetime.datetime.now(datetime.timezone.utc).strftime('%Y-%m-%d %H:%M UTC'),
        'load_before': os.getloadavg()[0],
    }


# ---------------------------------------------------------- formatting

def fnum(x):
    """Three significant digits, with k, M and G: 18.9, 105, 2,498, 12.3 k, 1.67 M."""
    if x is None:
        return '—'
    for limit, div, suf in ((1e9, 1e9, ' G'), (1e6, 1e6, ' M'), (1e4, 1e3, ' k')):
        if abs(x) >= limit:
            return '%.3g%s' % (x / div, suf) if abs(x) < div * 1000 else \
                '{:,.0f}{}'.format(x / div, suf)
    if abs(x) >= 1000:
        return '{:,.0f}'.format(x)
    return '%.3g' % x


def fint(n):
    return '—' if n is None else '{:,}'.format(int(n))


def fratio(x, floor):
    if x is None or not floor:
        return ''
    r = x / floor
    return ' (%s×)' % ('%.2f' % r if r < 10 else '%.1f' % r)


def fmb(kb):
    return '—' if kb is None else '%.1f MB' % (kb * 1024 / 1e6)


def fms(s):
    return '—' if s is None else ('%.2f ms' % (s * 1e3) if s >= 1e-3 else '%.1f µs' % (s * 1e6))


def table(header, rows, align):
    out = ['| ' + ' | '.join(header) + ' |',
           '|' + '|'.join('---:' if a == 'r' else '---' for a in align) + '|']
    out += ['| ' + ' | '.join(r) + ' |' for r in rows]
    return '\n'.join(out)


# ------------------------------------------------------- the measuring

class Bench:
    def __init__(self, args, tmp):
        self.a = args
        self.tmp = tmp
        self.bd = os.path.abspath(args.build_dir)
        self.bin = lambda name: os.path.join(self.bd, name)
        self.cli = os.path.join(self.bd, 'miltag', 'miltag')
        self.results = {'corpora': {}}
        # At least three passes, so that the fastest one means something.
        self.common = ['--min-time', str(args.min_time), '--min-passes', '3']

    # -- inputs
    def prepare_corpora(self):
        self.corpus = {}
        for name in CORPORA:
            src = os.path.join(self.a.corpus_dir, name + '.txt')
            if not os.path.isfile(src):
                raise BenchError('%s: no such corpus (see --corpus-dir)' % src)
            if self.a.max_bytes:
                # Every tool must read the same bytes; cut at a line end,
                # as the C programs' --max-bytes does.
                with open(src, 'rb') as f:
                    data = f.read(self.a.max_bytes + 1)
                if len(data) > self.a.max_bytes:
                    data = data[:data.rfind(b'\n', 0, self.a.max_bytes) + 1]
                dst = os.path.join(self.tmp, name + '.txt')
                with open(dst, 'wb') as f:
                    f.write(data)
                src = dst
            self.corpus[name] = src

    def prepare_terms(self):
        lex = os.path.join(ROOT, 'data', 'lexicon.tsv')
        terms, stats = terms_mod.export_terms(lex)
        self.terms = os.path.join(self.tmp, 'terms.txt')
        with open(self.terms, 'w', encoding='utf-8') as f:
            f.write(''.join(t + '\n' for t in terms))
        # Hyperscan's pure literals fold ASCII case only: give it the case
        # spellings of the other terms too (see terms.py).
        hs_terms = terms_mod.with_case_variants(terms)
        self.hs_terms = os.path.join(self.tmp, 'terms-hs.txt')
        with open(self.hs_terms, 'w', encoding='utf-8') as f:
            f.write(''.join(t + '\n' for t in hs_terms))
        stats['hs_literals'] = len(hs_terms)
        self.results['terms'] = stats
        log('%d terms for the external tools (%d rows with {num} left out)'
            % (stats['terms'], stats['rows_with_num']))

    # -- one corpus
    def measure_corpus(self, name):
        path = self.corpus[name]
        res = {}
        t = self.a.timeout
        # The figures that are compared with the ICU floor are measured in
        # interleaved rounds, each figure the median of its rounds (keep_best):
        # on a shared machine a slow spell then hurts no figure more than
        # the floor it is divided by.
        for rnd in range(self.a.rounds):
            tag = '' if self.a.rounds == 1 else ' (round %d of %d)' % (rnd + 1, self.a.rounds)
            log('%s: ICU walk%s' % (name, tag))
            keep_best(res, 'icu_lines',
                      run_json([self.bin('icu_walk')] + self.common + [path], self.tmp, t))
            keep_best(res, 'icu_whole',
                      run_json([self.bin('icu_walk'), '--whole'] + self.common + [path],
                               self.tmp, t))
            log('%s: miltag API%s' % (name, tag))
            keep_best(res, 'api_tokens',
                      run_json([self.bin('bench_api'), '--mode', 'tokens'] + self.common +
                               [path], self.tmp, t))
            keep_best(res, 'api_scan',
                      run_json([self.bin('bench_api')] + self.common + [path], self.tmp, t))
            if 'cli' not in self.a.skip:
                # What the CLI is to be compared with: it scans the corpus
                # once, in a fresh process, with cold caches, where the row
                # above is the median of warm passes (see Method).
                log('%s: miltag API, one cold pass%s' % (name, tag))
                keep_best(res, 'api_cold',
                          run_json([self.bin('bench_api'), '--warmup-bytes', '0', '--min-time',
                                    '0', '--min-passes', '1', '--max-passes', '1', path],
                                   self.tmp, t))
                log('%s: miltag CLI%s' % (name, tag))
                keep_best(res, 'cli', self.measure_cli(path))
        if 'rg' not in self.a.skip and shutil.which('rg'):
            log('%s: ripgrep' % name)
            res['rg'] = self.measure_grep(['rg', '-F', '-i', '--count-matches', '--no-filename',
                                           '-f', self.terms, path], count='number')
        if 'grep' not in self.a.skip and shutil.which('grep'):
            log('%s: grep' % name)
            env = dict(os.environ, LC_ALL='C.UTF-8')
            res['grep'] = self.measure_grep(['grep', '-F', '-i', '-o', '-f', self.terms, path],
                                            count='lines', env=env)
        if 'hs' not in self.a.skip and os.path.exists(self.bin('bench_hs')):
            log('%s: Hyperscan' % name)
            db = self.hs_database()
            if db:
                res['hs'] = run_json([self.bin('bench_hs'), '--db', db] + self.common + [path],
                                     self.tmp, t)
                res['hs']['compile_seconds'] = self.hs_compile['compile_seconds']
                res['hs']['patterns'] = self.hs_compile['patterns']
        if 'ac' not in self.a.skip and self.have_ac():
            log('%s: pyahocorasick' % name)
            res['ac'] = self.measure_ac(path)
        return res

    def measure_cli(self, path):
        argv = [self.cli, '--format', 'jsonl', path]
        if getattr(self, '_cli_tags', {}).get(path) is not None:
            m = repeat_runs(argv, self.a.runs, timeout=self.a.timeout)
            m['tags'] = self._cli_tags[path]
            return m
        # One untimed run into a file (the first round): warms the page
        # cache, and its tags are counted to check that the CLI finds what
        # the API finds.
        out = os.path.join(self.tmp, 'cli.jsonl')
        r = run_timed(argv, stdout=out, timeout=self.a.timeout)
        if r['rc'] != 0 or r['timed_out']:
            raise BenchError('%s failed' % ' '.join(argv))
        tags = 0
        with open(out, encoding='utf-8', errors='replace') as f:
            for line in f:
                tags += len(json.loads(line)['tags'])
        os.remove(out)
        m = repeat_runs(argv, self.a.runs, timeout=self.a.timeout)
        m['tags'] = tags
        self._cli_tags = dict(getattr(self, '_cli_tags', {}), **{path: tags})
        return m

    def measure_grep(self, argv, count, env=None):
        out = os.path.join(self.tmp, 'grep.out')
        # Output goes to a file, never /dev/null: GNU grep stops at the
        # first match when its output is /dev/null.
        m = repeat_runs(argv, self.a.runs, timeout=self.a.timeout, stdout=out, env=env)
        if m['timed_out']:
            return m
        if m['rc'] not in (0, 1):  # 1: no match
            # (ripgrep refuses the regex of a lexicon this size: "Compiled
            # regex exceeds size limit"; with the limit raised to 2G it took
            # 7 min 40 s for 2 MB of ru.txt.  A tool that gives up is a
            # figure of its own, not the end of the run.)
            log('%s: exit status %d, left out' % (argv[0], m['rc']))
            return {'failed': 'exit status %d' % m['rc']}
        with open(out, 'rb') as f:
            data = f.read()
        if count == 'number':
            m['matches'] = int(data.strip() or b'0')
        else:
            m['matches'] = data.count(b'\n')
        os.remove(out)
        return m

    def hs_database(self):
        """Compile the literals once per terms file (cached in the build
        directory, as Hyperscan is meant to be used: compile once, load the
        serialized database) and scan from the serialized database."""
        if getattr(self, 'hs_db', None) is not None:
            return self.hs_db
        with open(self.hs_terms, 'rb') as f:
            digest = hashlib.sha256(f.read()).hexdigest()[:16]
        cache = os.path.join(self.bd, 'cache')
        os.makedirs(cache, exist_ok=True)
        db = os.path.join(cache, 'hs-%s.db' % digest)
        meta = db + '.json'
        if os.path.exists(db) and os.path.exists(meta):
            with open(meta) as f:
                self.hs_compile = json.load(f)
            self.hs_compile['cached'] = True
        else:
            log('compiling the Hyperscan database (once per terms file)')
            self.hs_compile = run_json([self.bin('bench_hs'), '--terms', self.hs_terms,
                                        '--save', db], self.tmp, self.a.timeout)
            with open(meta, 'w') as f:
                json.dump(self.hs_compile, f)
            self.hs_compile['cached'] = False
        self.results['hs_compile'] = self.hs_compile
        self.hs_db = db
        return db

    def have_ac(self):
        if not hasattr(self, '_ac'):
            self._ac = os.path.exists(SYSTEM_PYTHON) and subprocess.run(
                [SYSTEM_PYTHON, '-c', 'import ahocorasick'], stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL).returncode == 0
        return self._ac

    def measure_ac(self, path):
        runs = []
        for _ in range(self.a.runs):
            runs.append(run_json([SYSTEM_PYTHON, os.path.join(BENCH, 'ac_scan.py'), self.terms,
                                  path], self.tmp, self.a.timeout))
        runs.sort(key=lambda r: r['seconds'])
        res = dict(runs[0])
        res['best_seconds'] = runs[0]['seconds']
        res['seconds'] = runs[len(runs) // 2]['seconds']  # the median, as elsewhere
        res['peak_rss_kb'] = max(r['peak_rss_kb'] for r in runs)
        return res

    # -- other sections
    def measure_startup(self):
        log('start-up')
        short = os.path.join(self.tmp, 'short.txt')
        with open(short, 'w', encoding='utf-8') as f:
            f.write('Wagner fighters near Kharkiv reported three 200s.\n')
        cmds = {
            'cli': [self.cli, '--format', 'jsonl', short],
            'icu': [self.bin('icu_walk'), '--startup'],
            'true': [shutil.which('true') or '/bin/true'],
        }
        res = {'method': None}
        if shutil.which('hyperfine') and 'hyperfine' not in self.a.skip:
            res['method'] = 'hyperfine'
            out = os.path.join(self.tmp, 'hyperfine.json')
            runs = '50' if self.a.quick else '300'
            argv = ['hyperfine', '-N', '--warmup', '20', '--runs', runs, '--style', 'none',
                    '--export-json', out] + [' '.join(shlex.quote(c) for c in v)
                                             for v in cmds.values()]
            r = run_timed(argv, timeout=self.a.timeout)
            if r['rc'] != 0:
                raise BenchError('hyperfine failed')
            with open(out) as f:
                hf = json.load(f)['results']
            for key, h in zip(cmds, hf):
                res[key] = {'seconds': h['median'], 'mean': h['mean'], 'stddev': h['stddev'],
                            'min': h['min'], 'runs': len(h['times'])}
        else:
            res['method'] = 'bench_spawn: fork to exit, hyperfine not installed'
            for key, argv in cmds.items():
                m = repeat_runs(argv, 100, timeout=self.a.timeout)
                res[key] = {'seconds': m['seconds'], 'min': m['best_seconds'], 'runs': 100}
        for key, argv in cmds.items():
            res[key]['peak_rss_kb'] = run_timed(argv)['peak_rss_kb']
        res['inproc'] = run_json([self.bin('bench_api'), '--mode', 'open', '--min-time', '1'],
                                 self.tmp, self.a.timeout)
        self.results['startup'] = res

    def measure_threads(self):
        n = self.a.threads
        res = {}
        for name in CORPORA:
            log('%s: threads 1 and %d' % (name, n))
            path = self.corpus[name]
            runs = {'one': [], 'many': []}
            # A single timed span each, so the fastest of --runs runs; one
            # thread and n threads alternate, so that a busy spell of the
            # machine does not fall on one of them only.
            for _ in range(self.a.runs):
                for key, k in (('one', 1), ('many', n)):
                    runs[key].append(run_json([self.bin('bench_api'), '--threads', str(k),
                                               '--min-time', str(self.a.min_time), path],
                                              self.tmp, self.a.timeout))
            res[name] = {key: max(r, key=lambda x: x['mb_per_s']) for key, r in runs.items()}
        self.results['threads'] = {'n': n, 'corpora': res}

    def measure_scale(self):
        res = {'compile_default_tsv': None, 'sizes': []}
        lex = os.path.join(ROOT, 'data', 'lexicon.tsv')
        log('compile rate of data/lexicon.tsv')
        res['compile_default_tsv'] = run_json(
            [self.bin('bench_api'), '--mode', 'compile', '--lexicon', lex, '--min-time', '1'],
            self.tmp, self.a.timeout)
        mkimage = os.path.join(self.bd, 'miltag', 'miltag-mkimage')
        scale_dir = os.path.join(self.bd, 'scale')
        os.makedirs(scale_dir, exist_ok=True)
        for n in self.a.scale:
            tsv = os.path.join(scale_dir, 'synth-%s-%d.tsv' % (self.a.scale_kind, n))
            gen = os.path.join(BENCH, 'gen_lexicon.py')
            stale = (not os.path.exists(tsv) or
                     os.path.getmtime(tsv) < max(os.path.getmtime(lex), os.path.getmtime(gen)))
            if stale:
                log('generating %d synthetic entries (%s)' % (n, self.a.scale_kind))
                argv = [sys.executable, gen, '--entries', str(n), '--base', lex,
                        '--kind', self.a.scale_kind, tsv]
                if self.a.scale_kind == 'words':
                    for c in CORPORA:
                        argv += ['--words-from', self.corpus[c]]
                subprocess.run(argv, check=True)
            log('%d entries: compile rate' % n)
            entry = {'entries': n}
            entry['compile'] = run_json([self.bin('bench_api'), '--mode', 'compile', '--lexicon',
                                         tsv, '--max-passes', '3', '--min-time', '0'],
                                        self.tmp, self.a.timeout)
            # Scan from a compiled image, so that each corpus does not pay
            # for compiling the TSV again.
            img = tsv[:-4] + '.img'
            r = run_timed([mkimage, img, tsv], timeout=self.a.timeout)
            if r['rc'] != 0:
                raise BenchError('miltag-mkimage %s failed' % tsv)
            entry['image'] = img
            res['sizes'].append(entry)
        # The sizes are scanned in interleaved rounds, each the median of
        # its rounds, as the main figures are: the comparison between sizes is
        # the point, and a busy spell must not fall on one size only.
        for rnd in range(self.a.rounds):
            for entry in res['sizes']:
                for name in CORPORA:
                    log('%d entries: scan %s%s' % (entry['entries'], name,
                                                   '' if self.a.rounds == 1 else
                                                   ' (round %d of %d)' % (rnd + 1, self.a.rounds)))
                    keep_best(entry, name,
                              run_json([self.bin('bench_api'), '--lexicon', entry['image']] +
                                       self.common + [self.corpus[name]], self.tmp,
                                       self.a.timeout))
        for entry in res['sizes']:
            del entry['image']
        self.results['scale'] = res

    def measure_profile(self):
        if not shutil.which('valgrind') or not shutil.which('callgrind_annotate'):
            log('valgrind is not installed: no profile')
            return
        res = {'bytes_limit': self.a.profile_bytes, 'corpora': {}}
        for name in CORPORA:
            out = {}
            for key, prog, toggle, extra in (
                    ('icu', 'icu_walk', 'walk_pass', []),
                    ('api', 'bench_api', 'scan_pass', [])):
                log('%s: callgrind %s' % (name, prog))
                cg = os.path.join(self.tmp, 'callgrind.out')
                argv = ['valgrind', '--tool=callgrind', '--callgrind-out-file=' + cg,
                        '--collect-atstart=no', '--toggle-collect=' + toggle,
                        self.bin(prog), '--warmup-bytes', '0', '--max-passes', '1',
                        '--min-time', '0', '--max-bytes', str(self.a.profile_bytes)] + extra + \
                    [self.corpus[name]]
                r = run_timed(argv, stdout=os.path.join(self.tmp, 'cg.json'),
                              timeout=self.a.timeout)
                if r['rc'] != 0:
                    raise BenchError('valgrind %s failed' % prog)
                with open(os.path.join(self.tmp, 'cg.json')) as f:
                    meta = json.loads(f.read().splitlines()[-1])
                # callgrind_annotate shortens paths under its working
                # directory; parse_callgrind makes them absolute again.
                ann = subprocess.run(['callgrind_annotate', '--auto=no', '--threshold=100', cg],
                                     cwd=ROOT, stdout=subprocess.PIPE,
                                     stderr=subprocess.DEVNULL, text=True, check=True).stdout
                total, functions = parse_callgrind(ann)
                out[key] = {'bytes': meta['bytes'], 'total': total, 'functions': functions}
                os.remove(cg)
            res['corpora'][name] = out
        self.results['profile'] = res


def parse_callgrind(text):
    """(total Ir, [(self Ir, source file, function, object)]) from the
    output of callgrind_annotate --auto=no."""
    total, rows = None, []
    line_rx = re.compile(r'^\s*([\d,]+) \(\s*[\d.]+%\)\s+(\?\?\?|[^:\s]+):(.+?)'
                         r'(?: \[([^\]]+)\])?$')
    for line in text.splitlines():
        m = re.match(r'^\s*([\d,]+) \(\s*[\d.]+%\)\s+PROGRAM TOTALS', line)
        if m:
            total = int(m.group(1).replace(',', ''))
            continue
        m = line_rx.match(line)
        if m:
            src = m.group(2)
            if src != '???' and not os.path.isabs(src):
                src = os.path.normpath(os.path.join(ROOT, src))
            rows.append((int(m.group(1).replace(',', '')), src, m.group(3), m.group(4) or ''))
    if total is None:
        raise BenchError('callgrind_annotate: no PROGRAM TOTALS line')
    return total, rows


def profile_group(src, obj):
    """The stage a function's own instructions belong to: a module of
    lib/ (one module, one file), ICU, the C library, or the harness."""
    base = os.path.basename(obj)
    if base.startswith('libicu'):
        return 'ICU (libicuuc)'
    if base.startswith('libc.so') or base.startswith('ld-linux'):
        return 'C library (memcpy, malloc, ...)'
    lib = os.path.join(ROOT, 'lib') + os.sep
    if src.startswith(lib):
        return '`lib/%s`' % src[len(lib):]
    if src.startswith(BENCH + os.sep):
        return 'benchmark callback and digest'
    return 'other'


# ------------------------------------------------------------- reports

def best(r):
    """The time a throughput figure is computed from: the median of its
    interleaved rounds (each round's time the median of its passes), or,
    for a figure measured once, the median of its passes or runs.  A
    fastest-of figure hides how noisy a shared machine is; the median with
    the range of the rounds beside it (spread()) shows it."""
    return r.get('median_seconds') or r['seconds']


def spread(r, nbytes=None):
    """' [min–max]' MB/s over the rounds of a figure, or ''."""
    if not r.get('round_seconds') or len(r['round_seconds']) < 2:
        return ''
    n = r['bytes'] if nbytes is None else nbytes
    return ' [%s–%s]' % (fnum(n / 1e6 / r['slowest_round_seconds']),
                         fnum(n / 1e6 / r['fastest_round_seconds']))


def pct(t, base):
    """How much longer t is than base, as '+12.3%'."""
    return '%+.1f%%' % (100.0 * (t / base - 1.0))


def mbs(r, nbytes=None):
    return (r['bytes'] if nbytes is None else nbytes) / 1e6 / best(r)


def report_main(b):
    R = b.results
    out = []
    for name in CORPORA:
        res = R['corpora'][name]
        floor = res['icu_lines']
        f_mbs, f_rss = mbs(floor), floor['peak_rss_kb']
        f_tps = floor['tokens'] / best(floor)
        nbytes = floor['bytes']
        tokens = res['api_tokens']['tokens']
        tags = res['api_scan']['tags']
        rows = []

        def row(label, mbs, tps, tgs, count, rss, rng=''):
            rows.append([label,
                         fnum(mbs) + rng + fratio(mbs, f_mbs),
                         fnum(tps) + fratio(tps, f_tps) if tps is not None else '—',
                         fnum(tgs) if tgs is not None else '—',
                         fint(count),
                         fmb(rss) + fratio(rss, f_rss)])

        def ext(label, r, count_key='matches'):
            if r is None:
                return
            if r.get('timed_out'):
                rows.append([label, 'did not finish in %s s' % r['timeout'], '—', '—', '—', '—'])
                return
            if r.get('failed'):
                rows.append([label, 'gave up (%s)' % r['failed'], '—', '—', '—', '—'])
                return
            row(label, mbs(r, nbytes), None, r[count_key] / best(r), r[count_key],
                r['peak_rss_kb'])

        row('ICU floor: word break walk, per line', f_mbs, f_tps, None, None, f_rss,
            spread(floor))
        w = res['icu_whole']
        row('ICU word break walk, whole file as one text', mbs(w), w['tokens'] / best(w),
            None, None, w['peak_rss_kb'], spread(w))
        t = res['api_tokens']
        row('miltag API, miltag_tokens (tokenize, normalize, look up)', mbs(t),
            tokens / best(t), None, None, t['peak_rss_kb'], spread(t))
        s = res['api_scan']
        row('**miltag API, miltag_scan, tags counted**', mbs(s),
            tokens / best(s), tags / best(s), tags, s['peak_rss_kb'], spread(s))
        if 'api_cold' in res:
            k = res['api_cold']
            row('miltag API, miltag_scan, one cold pass (fresh process, no warm-up)', mbs(k),
                tokens / best(k), tags / best(k), tags, k['peak_rss_kb'], spread(k))
        if 'cli' in res:
            c = res['cli']
            row('**miltag CLI, `--format jsonl` > /dev/null**', mbs(c, nbytes),
                tokens / best(c), c['tags'] / best(c), c['tags'], c['peak_rss_kb'],
                spread(c, nbytes))
        ext('ripgrep `-F -i --count-matches`', res.get('rg'))
        ext('GNU grep `-F -i -o`', res.get('grep'))
        ext('Hyperscan, pure literals, per line', res.get('hs'))
        ext('pyahocorasick, lower-cased text', res.get('ac'))
        title = '### %s.txt: %.2f MB, %s lines, %s ICU words, %s miltag tokens' % (
            name, nbytes / 1e6, fint(floor['lines']), fint(floor['tokens']), fint(tokens))
        out.append(title)
        out.append('')
        out.append(table(['run', 'MB/s [rounds: min–max] (× ICU)', 'tokens/s (× ICU)', 'tags/s',
                          'tags or matches',
                          'peak RSS (× ICU)'], rows, 'lrrrrr'))
        out.append('')
        notes = ['miltag_scan tags digest `%s`' % s['digest']]
        cats = ', '.join('%s %s' % (fint(s['tags_' + c]), c)
                         for c in ('casualty', 'unit', 'place', 'slang') if s.get('tags_' + c))
        if cats:
            notes[0] += ' (%s)' % cats
        if 'api_cold' in res and res['api_cold']['digest'] != s['digest']:
            notes.append('**the cold pass found other tags (digest `%s`)**'
                         % res['api_cold']['digest'])
        if 'cli' in res and 'api_cold' in res:
            notes.append('the CLI\'s time is %s over the cold pass\'s and %s over a warm '
                         'pass\'s (its start-up, %s, included)' % (
                             pct(best(res['cli']), best(res['api_cold'])),
                             pct(best(res['cli']), best(s)),
                             fms(R['startup']['cli']['seconds']) if R.get('startup') else
                             'not measured'))
        if 'cli' in res and res['cli']['tags'] != tags:
            notes.append('**the CLI found %s tags, the API %s**' % (fint(res['cli']['tags']),
                                                                    fint(tags)))
        if 'hs' in res:
            hc = R.get('hs_compile', {})
            notes.append('Hyperscan database: %s literals (the terms and their case '
                         'spellings), compiled in %.2f s%s, %s' % (
                fint(hc.get('patterns')), hc.get('compile_seconds', 0),
                ' (cached)' if hc.get('cached') else '', fmb(hc.get('db_bytes', 0) / 1024)))
        out.append('; '.join(notes) + '.')
        out.append('')
    return '\n'.join(out)


def machine_lines(b):
    """Where and how the figures were made: the head of the report."""
    m = b.results['machine']
    ts = b.results['terms']
    lex = b.results['corpora'][CORPORA[0]]['api_scan']
    lines = [
        '- Machine: %s, %d cores (`nproc`), %s RAM; %s, Linux %s' % (
            m['cpu'], m['nproc'], m['memory'], m['os'], m['kernel']),
        '- Build: Release (`-O3 -DNDEBUG -g`), %s; commit `%s`%s' % (
            m['compiler'], m['commit'], ' with uncommitted changes' if m['dirty'] else ''),
        '- Date: %s; load average %.2f before, %.2f after' % (
            m['date'], m['load_before'], m.get('load_after', float('nan'))),
        '- Command: `%s`' % b.results['command'],
        '- Lexicon: built-in, %s rows, %s entries, %s surface forms, %s keys, image %s; '
        'the external tools get %s terms' % (
            fint(lex.get('lex_rows')), fint(lex.get('lex_entries')), fint(lex.get('lex_forms')),
            fint(lex.get('lex_keys')), fmb(lex.get('lex_image_bytes', 0) / 1024),
            fint(ts['terms'])),
        '- Tools: ' + '; '.join(m['tools'].values()),
    ]
    if b.a.max_bytes:
        lines.append('- **Partial run: only the lines within the first %s bytes of each corpus**'
                     % fint(b.a.max_bytes))
    if m['load_before'] > 0.5 or m.get('load_after', 0) > 0.5:
        lines.append('- **Other work was running on the machine (load average above 0.5): '
                     'the figures may be low and noisy**')
    return '\n'.join(lines)


def provenance(b):
    """One line for the sections that may be updated on their own."""
    m = b.results['machine']
    return '_Measured %s on commit `%s`%s, load average %.2f, with `%s`%s._' % (
        m['date'], m['commit'], '+changes' if m['dirty'] else '', m['load_before'],
        b.results['command'], ' (partial corpora)' if b.a.max_bytes else '')


def report_startup(b):
    s = b.results['startup']
    floor = s['icu']['seconds']
    rows = [
        ['`miltag --format jsonl` on one short line (process)', fms(s['cli']['seconds']) +
         fratio(s['cli']['seconds'], floor), fmb(s['cli']['peak_rss_kb'])],
        ['ICU floor: `icu_walk --startup` (process: open a word break iterator, walk the same '
         'line)', fms(floor) + ' (1.00×)', fmb(s['icu']['peak_rss_kb'])],
        ['`true` (process creation alone)', fms(s['true']['seconds']) +
         fratio(s['true']['seconds'], floor), fmb(s['true']['peak_rss_kb'])],
    ]
    ip = s['inproc']
    rows2 = []
    for step, label in (('open', 'miltag_lexicon_default()'),
                        ('scanner_new', 'miltag_scanner_new()'),
                        ('first_scan', 'miltag_scan() of the short line'),
                        ('free', 'miltag_scanner_free() + miltag_lexicon_free()'),
                        ('total', 'total')):
        rows2.append([label, fms(ip[step + '_cold_s']), fms(ip[step + '_warm_s'])])
    out = [
        'Process start-up, median of %s runs (%s):' % (
            s['cli'].get('runs', '?'), s['method']),
        '',
        table(['command', 'wall time (× ICU start-up)', 'peak RSS'], rows, 'lrr'),
        '',
        'In process (`bench_api --mode open`), the first cycle in a fresh process '
        '("cold", which pays for ICU loading its data) and the median of %d more:' % (
            ip['iterations'] - 1),
        '',
        table(['step', 'cold', 'warm'], rows2, 'lrr'),
        '',
    ]
    return '\n'.join(out)


def report_threads(b):
    t = b.results['threads']
    n = t['n']
    rows = []
    for name in CORPORA:
        one, many = t['corpora'][name]['one'], t['corpora'][name]['many']
        floor = mbs(b.results['corpora'][name]['icu_lines'])
        rows.append(['%s.txt' % name, fnum(one['mb_per_s']) + fratio(one['mb_per_s'], floor),
                     fnum(many['mb_per_s']) + fratio(many['mb_per_s'], floor),
                     '%.2f×' % (many['mb_per_s'] / one['mb_per_s']),
                     fmb(many['peak_rss_kb'])])
    out = [
        '`bench_api --threads N`: N threads share one lexicon, each with its own scanner and '
        'a contiguous share of the lines, scanning for %s s; MB/s is all threads together '
        '(× the single-threaded ICU floor), the fastest of %d run%s, 1 and N threads '
        'alternating.' % (
            b.a.min_time, b.a.runs, '' if b.a.runs == 1 else 's'),
        '',
        table(['corpus', '1 thread MB/s', '%d threads MB/s' % n, 'scaling', 'peak RSS'],
              rows, 'lrrrr'),
        '',
    ]
    if n > (os.cpu_count() or 1):
        out.append('More threads than cores (%d): scaling cannot reach %d×.' % (
            os.cpu_count(), n))
        out.append('')
    return '\n'.join(out)


def report_scale(b):
    sc = b.results['scale']
    d = sc['compile_default_tsv']
    out = ['Compile rate of `data/lexicon.tsv` (`bench_api --mode compile`, median of %d passes): '
           '%s rows in %s = %s rows/s (%s surface forms/s), image %s.' % (
               d['passes'], fint(d['lex_rows']), fms(best(d)), fnum(d['lex_rows'] / best(d)),
               fnum(d['lex_forms'] / best(d)), fmb(d['lex_image_bytes'] / 1024)), '']
    if sc['sizes']:
        rows = []
        for e in sc['sizes']:
            c = e['compile']
            cells = ['%s + built-in' % fint(e['entries']), fint(c['lex_forms']),
                     fmb(c['lex_image_bytes'] / 1024), '%.2f s' % best(c),
                     fnum(c['lex_rows'] / best(c)), fmb(c['peak_rss_kb'])]
            for name in CORPORA:
                s = e[name]
                floor = mbs(b.results['corpora'][name]['icu_lines'])
                cells.append('%s%s, %s tags' % (fnum(mbs(s)), fratio(mbs(s), floor),
                                                fint(s['tags'])))
            rows.append(cells)
        base = ['built-in only', '', '', '', '', '']
        for name in CORPORA:
            s = b.results['corpora'][name]['api_scan']
            floor = mbs(b.results['corpora'][name]['icu_lines'])
            base.append('%s%s, %s tags' % (fnum(mbs(s)), fratio(mbs(s), floor),
                                           fint(s['tags'])))
        rows.insert(0, base)
        out += ['Synthetic lexicons (`bench/gen_lexicon.py --kind %s`: the built-in rows plus N '
                'generated entries); compiled from TSV for the compile figures, scanned from a '
                '`miltag-mkimage` image:' % b.a.scale_kind, '',
                table(['entries', 'forms', 'image', 'compile', 'rows/s', 'compile peak RSS'] +
                      ['%s.txt MB/s (× ICU)' % n for n in CORPORA], rows, 'lrrrrr' + 'r' * len(CORPORA)),
                '']
        if len(sc['sizes']) >= 2:
            lo, hi = sc['sizes'][0], sc['sizes'][-1]
            dn = hi['entries'] - lo['entries']
            di = hi['compile']['lex_image_bytes'] - lo['compile']['lex_image_bytes']
            df = hi['compile']['lex_forms'] - lo['compile']['lex_forms']
            drss = hi['compile']['peak_rss_kb'] - lo['compile']['peak_rss_kb']
            diffs = []
            for name in CORPORA:
                a, z = mbs(lo[name]), mbs(hi[name])
                diffs.append('%s.txt %+.0f%%' % (name, 100.0 * (z - a) / a))
            out += ['Memory per entry (between %s and %s entries): %.0f bytes of image per '
                    'entry, %.0f per surface form; compiling needs %.1f KB of peak memory per '
                    'entry.  Throughput with %s entries against %s: %s.' % (
                        fint(lo['entries']), fint(hi['entries']), di / dn, di / df if df else 0,
                        drss / dn, fint(hi['entries']), fint(lo['entries']), ', '.join(diffs)), '']
    resident = []
    for name in CORPORA:
        s = b.results['corpora'][name]['api_scan']
        if s.get('rss_base_kb'):
            resident.append('%s after scanning %s.txt' % (
                fmb(s['peak_rss_kb'] - s['rss_base_kb']), name))
    if resident:
        d = sc['compile_default_tsv']
        out += ['The built-in lexicon is a %s image in the library\'s read-only data: '
                'opening it copies nothing, and the pages a scan touches become resident and '
                'are shared by every process that uses the library.  Resident growth from '
                'opening the lexicon and one scanner (peak RSS minus RSS before opening): %s.' % (
                    fmb(d['lex_image_bytes'] / 1024), '; '.join(resident)), '']
    return '\n'.join(out)


def report_profile(b):
    p = b.results['profile']
    out = ['Instructions per input byte (callgrind; one pass over the lines within the first %s '
           'bytes of each corpus; counting starts and stops with the pass, so loading and '
           'lexicon set-up are left out).  Each function\'s own instructions are grouped by '
           'the module (file) or library it belongs to; functions inlined into another count '
           'for the one they were inlined into.' % fint(p['bytes_limit']), '']
    groups = {}
    for name in CORPORA:
        c = p['corpora'][name]['api']
        for ir, src, fn, obj in c['functions']:
            g = profile_group(src, obj)
            groups.setdefault(g, {}).setdefault(name, 0)
            groups[g][name] += ir
    order = sorted(groups, key=lambda g: -sum(groups[g].values()))
    floor = {n: p['corpora'][n]['icu']['total'] / p['corpora'][n]['icu']['bytes']
             for n in CORPORA}
    total = {n: p['corpora'][n]['api']['total'] / p['corpora'][n]['api']['bytes']
             for n in CORPORA}
    rows = [['ICU floor: `icu_walk`, the whole pass'] +
            ['%.1f (1.00×)' % floor[n] for n in CORPORA],
            ['**miltag_scan, the whole pass**'] +
            ['**%.1f%s**' % (total[n], fratio(total[n], floor[n])) for n in CORPORA]]
    for g in order:
        if all(groups[g].get(n, 0) / p['corpora'][n]['api']['bytes'] < 0.05 for n in CORPORA):
            continue  # below what the table shows
        cells = ['  ' + g]
        for n in CORPORA:
            v = groups[g].get(n, 0) / p['corpora'][n]['api']['bytes']
            cells.append('%.1f (%.0f%%)' % (v, 100 * v / total[n] if total[n] else 0))
        rows.append(cells)
    out.append(table(['stage', ] + ['%s.txt Ir/byte' % n for n in CORPORA], rows,
                     'l' + 'r' * len(CORPORA)))
    out.append('')
    for name in CORPORA:
        c = p['corpora'][name]['api']
        top = sorted(c['functions'], key=lambda r: -r[0])[:20]
        out.append('<details><summary>%s.txt: the 20 functions with the most instructions of '
                   'their own</summary>\n' % name)
        out.append(table(['Ir/byte', 'share', 'function', 'where'],
                         [['%.2f' % (ir / c['bytes']), '%.1f%%' % (100 * ir / c['total']),
                           '`%s`' % fn, os.path.relpath(src, ROOT) if src.startswith(ROOT)
                           else os.path.basename(obj)]
                          for ir, src, fn, obj in top], 'rrll'))
        out.append('\n</details>\n')
    return '\n'.join(out)


def update_doc(sections):
    try:
        with open(DOC, encoding='utf-8') as f:
            text = f.read()
    except OSError as e:
        raise BenchError('%s: %s' % (DOC, e.strerror))
    for key, body in sections.items():
        begin, end = '<!-- bench:%s:begin -->' % key, '<!-- bench:%s:end -->' % key
        i, j = text.find(begin), text.find(end)
        if i < 0 or j < i:
            raise BenchError('%s: markers %s ... %s not found' % (DOC, begin, end))
        text = text[:i + len(begin)] + '\n' + body.rstrip() + '\n' + text[j:]
    with open(DOC, 'w', encoding='utf-8') as f:
        f.write(text)
    log('updated %s (%s)' % (os.path.relpath(DOC, ROOT), ', '.join(sections)))


# ---------------------------------------------------------------- main

def parse_args(argv):
    ap = argparse.ArgumentParser(
        description='Build miltag in Release mode and benchmark it against the ICU floor '
                    'and multi-literal matchers (docs/performance.md).')
    ap.add_argument('--corpus-dir', default=os.path.join(ROOT, '..', 'shared', 'corpus', 'bench'),
                    help='directory with ru.txt and en.txt (default: ../shared/corpus/bench)')
    ap.add_argument('--build-dir', default=os.path.join(ROOT, 'build-bench'),
                    help='build directory (default: build-bench)')
    ap.add_argument('--no-build', action='store_true', help='use the programs already built')
    ap.add_argument('--quick', action='store_true',
                    help='development run: first 5 MB of each corpus, 0.5 s per figure, 1 run')
    ap.add_argument('--max-bytes', type=int, default=None,
                    help='use only the lines within the first N bytes of each corpus')
    ap.add_argument('--min-time', type=float, default=None,
                    help='seconds of timed passes per in-process figure (default 2)')
    ap.add_argument('--runs', type=int, default=None,
                    help='runs per external command, median reported (default 3)')
    ap.add_argument('--rounds', type=int, default=None,
                    help='interleaved rounds of the ICU floor, API and CLI figures; each '
                         'figure is the median of its rounds, their range beside it '
                         '(default 5)')
    ap.add_argument('--timeout', type=float, default=300,
                    help='seconds before a command is given up (default 300)')
    ap.add_argument('--threads', type=int, default=2,
                    help='threads for the scaling figure (default 2; 0 skips it)')
    ap.add_argument('--scale', default='',
                    help='comma-separated synthetic lexicon sizes, e.g. 1000,1000000')
    ap.add_argument('--scale-kind', choices=['names', 'words'], default='names')
    ap.add_argument('--profile', action='store_true',
                    help='also count instructions per stage with callgrind')
    ap.add_argument('--profile-bytes', type=int, default=1 << 20,
                    help='bytes of each corpus the profile runs over (default 1 MiB)')
    ap.add_argument('--skip', default='',
                    help='comma-separated: cli, rg, grep, hs, ac, startup, hyperfine')
    ap.add_argument('--json', help='also write every raw figure to this file')
    ap.add_argument('--write-doc', action='store_true',
                    help='replace the measured sections of docs/performance.md')
    a = ap.parse_args(argv)
    if a.quick:
        a.max_bytes = 5_000_000 if a.max_bytes is None else a.max_bytes
        a.min_time = 0.5 if a.min_time is None else a.min_time
        a.runs = 1 if a.runs is None else a.runs
        a.rounds = 1 if a.rounds is None else a.rounds
    a.max_bytes = a.max_bytes or 0
    a.min_time = 2.0 if a.min_time is None else a.min_time
    a.runs = 3 if a.runs is None else a.runs
    a.rounds = 5 if a.rounds is None else a.rounds
    if a.rounds < 1:
        ap.error('--rounds must be >= 1')
    if a.runs < 1 or a.min_time < 0 or a.threads < 0 or a.max_bytes < 0:
        ap.error('--runs must be >= 1; --min-time, --threads and --max-bytes >= 0')
    try:
        a.scale = [int(x) for x in a.scale.split(',') if x.strip()]
    except ValueError:
        ap.error('--scale takes comma-separated integers')
    if any(n < 1 for n in a.scale):
        ap.error('--scale sizes must be positive')
    a.skip = {x.strip() for x in a.skip.split(',') if x.strip()}
    unknown = a.skip - {'cli', 'rg', 'grep', 'hs', 'ac', 'startup', 'hyperfine'}
    if unknown:
        ap.error('--skip: unknown %s' % ', '.join(sorted(unknown)))
    a.corpus_dir = os.path.abspath(a.corpus_dir)
    return a


def main(argv):
    a = parse_args(argv[1:])
    command = os.environ.get('MILTAG_BENCH_COMMAND', 'python3 bench/run.py')
    # The recorded command leaves out --json FILE: it changes no figure.
    shown, skip_next = [], False
    for x in argv[1:]:
        if skip_next or x.startswith('--json='):
            skip_next = False
            continue
        if x == '--json':
            skip_next = True
            continue
        shown.append(shlex.quote(x))
    command = ' '.join([command] + shown)
    tmp = tempfile.mkdtemp(prefix='miltag-bench-')
    try:
        if not a.no_build:
            build(os.path.abspath(a.build_dir), os.cpu_count() or 1)
        b = Bench(a, tmp)
        global SPAWN
        SPAWN = b.bin('bench_spawn')
        for prog in ('icu_walk', 'bench_api', 'bench_spawn'):
            if not os.path.exists(b.bin(prog)):
                raise BenchError('%s is not built (run without --no-build)' % b.bin(prog))
        b.results['machine'] = machine_info(b.bd)
        b.results['command'] = command
        b.prepare_corpora()
        b.prepare_terms()
        started = time.perf_counter()
        for name in CORPORA:
            b.results['corpora'][name] = b.measure_corpus(name)
        if 'startup' not in a.skip:
            b.measure_startup()
        if a.threads:
            b.measure_threads()
        b.measure_scale()
        if a.profile:
            b.measure_profile()
        b.results['machine']['load_after'] = os.getloadavg()[0]
        b.results['seconds'] = time.perf_counter() - started

        head = machine_lines(b)
        prov = provenance(b)
        bodies = {'main': report_main(b), 'scale': report_scale(b)}
        if 'startup' in b.results:
            bodies['startup'] = report_startup(b)
        if 'threads' in b.results:
            bodies['threads'] = report_threads(b)
        if 'profile' in b.results:
            bodies['profile'] = report_profile(b)
        titles = {'main': 'Throughput', 'startup': 'Start-up', 'threads': 'Threads',
                  'scale': 'Scale', 'profile': 'Profile (callgrind)'}
        print('# miltag benchmark\n\n%s\n' % head)
        for key in SECTIONS:
            if key in bodies:
                print('## %s\n\n%s\n' % (titles[key], bodies[key].rstrip()))
        # In the document each section says where it comes from, because
        # a later run may replace some sections and not others.
        sections = {k: (head if k == 'main' else prov) + '\n\n' + v for k, v in bodies.items()}
        log('measured in %.0f s' % b.results['seconds'])
        if a.json:
            with open(a.json, 'w', encoding='utf-8') as f:
                json.dump(b.results, f, indent=1)
        if a.write_doc:
            update_doc(sections)
    except BenchError as e:
        log('error: %s' % e)
        return 1
    except KeyboardInterrupt:
        log('interrupted')
        return 130
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
