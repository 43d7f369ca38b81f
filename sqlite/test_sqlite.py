#!/usr/bin/env python3
"""End-to-end test of the SQLite extension through the sqlite3 shell.

usage: test_sqlite.py --shell SQLITE3 --extension miltag_sqlite.so --cli MILTAG
                      [--shared DIR] [--valgrind] [--preload LIB]

Loads the extension into the sqlite3 command, tags a table of documents
with miltag_tags() and miltag_each(), and checks the results against the
miltag CLI on the same text: miltag_tags() must be byte for byte the CLI's
"tags" array, miltag_each() must give the same tags row by row.  The
documents are the sentences below plus, when DIR/eval/dev.jsonl exists, the
dev set.  --valgrind also runs one session under valgrind's leak checker.
Exits with 77 (skipped) when there is no sqlite3 shell.
"""

import argparse
import collections
import json
import os
import shutil
import subprocess
import sys
import tempfile

# Our own sentences, and (as bytes) some that are not valid UTF-8 on purpose.
DOCS = [
    "Wagner fighters near Kharkiv reported three 200s before dawn.",
    "Бойцы ЧВК «Вагнер» под Бахмутом: двое двухсотых и пятеро трёхсотых.",
    "У Харкові вчора було спокійно, а під Бахмутом знову працювали птички.",
    "The convoy left Kursk at noon 🚚 and reached Postoyalye Dvory by evening.",
    "A \"quoted\" \\backslash\\ line with\ta tab, Storm-Z and Akhmat in it.",
    "Груз 200 отправили в Донецк, а 300-х везут в Луганск.",
    "Никаких тегов здесь нет, только обычный текст о погоде.",
    "",
    "They called the refusers 500s; the 155th Brigade moved to Sumy.",
    "\u2028Kyiv\u2029 'single' quotes O'Brien near Kharkiv\x01",
    "Потери: 200-х — 4, 300-х — 3–5 человек; 4 KIA, 11 WIA.",
    # what patterns' slots took ({num}, {name}) shows as number= and name=
    "Бойцы в/ч 40318 и батальона «Свобода России»; the 47th Mechanized Brigade.",
]
RAW_DOCS = [
    b"\xff\xfe Wagner \xe2\x82 near Kharkiv \x00 reported 200s",
    b"\x7f\x1b[0m \xd0 \xed\xa0\x80 \xd0\x93\xd1\x80\xd1\x83\xd0\xb7 200",
]

failures = []


def check(cond, what):
    if not cond:
        failures.append(what)
        print("FAIL:", what, file=sys.stderr)


def sql_literal(b):
    """A document as an SQL literal: text when it is clean UTF-8 without
    NUL, else a blob (the extension tags blobs as UTF-8 bytes)."""
    try:
        s = b.decode("utf-8")
        if "\x00" not in s:
            return "'" + s.replace("'", "''") + "'"
    except UnicodeDecodeError:
        pass
    return "X'" + b.hex() + "'"


class Shell:
    def __init__(self, shell, ext, db, valgrind=None, env=None):
        self.shell, self.ext, self.db, self.valgrind = shell, ext, db, valgrind
        self.env = env

    def run(self, script, ok=True):
        cmd = [self.shell, "-batch", "-bail", self.db]
        if self.valgrind:
            cmd = self.valgrind + cmd
        full = ".load %s\n%s\n" % (self.ext, script)
        p = subprocess.run(cmd, input=full.encode(), stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, timeout=600, env=self.env)
        if ok and p.returncode != 0:
            raise AssertionError("sqlite3 failed (%d) on:\n%s\n%s"
                                 % (p.returncode, script, p.stderr.decode(errors="replace")))
        return p

    def query(self, sql):
        """Rows of one SELECT as a list of dicts (the shell's JSON mode)."""
        out = self.run(".mode json\n" + sql).stdout.decode("utf-8")
        return json.loads(out) if out.strip() else []


def icu_preload_env(ext):
    """An environment that preloads the ICU libraries the extension uses.

    ICU keeps process-wide caches (default locale, normalizer and break
    iterator data) that it frees only in u_cleanup().  When the shell closes
    the connection it unloads the extension, and with it ICU if nothing else
    holds it: the caches then look "definitely lost" to valgrind although
    nothing of ours leaked.  Preloaded, ICU stays mapped, the caches stay
    reachable from its globals, and only real leaks are reported.
    """
    env = dict(os.environ)
    p = subprocess.run(["ldd", ext], stdout=subprocess.PIPE, universal_newlines=True)
    libs = [l.split("=>")[1].split("(")[0].strip() for l in p.stdout.splitlines()
            if "libicu" in l and "=>" in l]
    if libs:
        env["LD_PRELOAD"] = " ".join(libs + [env.get("LD_PRELOAD", "")]).strip()
    return env


def run_cli(cli, docs, *args):
    p = subprocess.run([cli, "--format", "jsonl", "--binary-as-text", *args],
                       input=b"".join(d + b"\n" for d in docs),
                       stdout=subprocess.PIPE, check=True, timeout=600)
    return p.stdout.decode("utf-8").split("\n")[:-1]


def cli_tags_text(line):
    """The raw "tags" array of one CLI output line."""
    head = line.index('"tags":') + len('"tags":')
    assert line.endswith("}")
    return line[head:-1]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--shell", default="")
    ap.add_argument("--extension", required=True)
    ap.add_argument("--cli", required=True)
    ap.add_argument("--shared", default="")
    ap.add_argument("--valgrind", action="store_true")
    ap.add_argument("--preload", default="",
                    help="LD_PRELOAD for the shell (a sanitizer runtime for a sanitized build)")
    args = ap.parse_args()
    shell = args.shell or shutil.which("sqlite3")
    if not shell or not os.access(shell, os.X_OK):
        print("SKIP: no sqlite3 shell (Debian package sqlite3)")
        return 77

    docs = [d.encode() for d in DOCS] + RAW_DOCS
    dev = os.path.join(args.shared, "eval", "dev.jsonl") if args.shared else ""
    if dev and os.path.exists(dev):
        with open(dev, encoding="utf-8") as f:
            docs += [json.loads(l)["text"].replace("\n", " ").encode() for l in f if l.strip()]
    else:
        print("note: %s not found; testing on the built-in sentences only" % (dev or "dev.jsonl"))
    assert not any(b"\n" in d for d in docs)

    tmp = tempfile.mkdtemp(prefix="miltag-sqlite-")
    try:
        db = os.path.join(tmp, "docs.db")
        env = None
        if args.preload:
            # Leaks are sqlite_valgrind's job: LeakSanitizer would also
            # report ICU's process caches once the shell unloads ICU.
            env = dict(os.environ, LD_PRELOAD=args.preload, ASAN_OPTIONS="detect_leaks=0")
        sh = Shell(shell, args.extension, db, env=env)
        values = ",".join("(%d,%s)" % (i, sql_literal(d)) for i, d in enumerate(docs, 1))
        sh.run("CREATE TABLE docs(id INTEGER PRIMARY KEY, body);\n"
               "INSERT INTO docs(id, body) VALUES %s;\n"
               "INSERT INTO docs(id, body) VALUES (%d, NULL);" % (values, len(docs) + 1))
        cli = run_cli(args.cli, docs)
        want = [json.loads(l)["tags"] for l in cli]

        # miltag_tags(): byte for byte the CLI's array; NULL for NULL.
        rows = sh.query("SELECT id, miltag_tags(body) AS tags FROM docs ORDER BY id;")
        check(len(rows) == len(docs) + 1, "one row per document")
        for r in rows[:len(docs)]:
            i = r["id"]
            check(r["tags"] == cli_tags_text(cli[i - 1]),
                  "miltag_tags of document %d: %r != %r" % (i, r["tags"], cli_tags_text(cli[i - 1])))
            check(json.loads(r["tags"]) == want[i - 1], "miltag_tags JSON of document %d" % i)
        check(rows[-1]["tags"] is None, "miltag_tags(NULL) is NULL")
        ntags = sum(len(w) for w in want)
        check(ntags > 20, "the documents have tags (%d)" % ntags)

        # miltag_each(): the same tags, one row each, in order.
        rows = sh.query('SELECT d.id AS doc, t.rowid AS n, t.* FROM docs d, miltag_each(d.body) t '
                        'ORDER BY d.id, t.rowid;')
        check(len(rows) == ntags, "miltag_each gives one row per tag (%d, want %d)"
              % (len(rows), ntags))
        if rows:
            check(set(rows[0]) == {"doc", "n", "start", "end", "category", "id", "label", "text",
                                   "lang", "attrs", "candidates", "count", "count_min", "count_max"},
                  "t.* columns: %s" % sorted(rows[0]))
        got = collections.defaultdict(list)
        ncounts = 0
        for r in rows:
            o = {k: r[k] for k in ("start", "end", "category", "id", "label", "text", "lang")}
            o["attrs"] = json.loads(r["attrs"])
            # a casualty tag's count: the columns agree with attrs (NULL when none)
            a = o["attrs"]
            check((r["count"], r["count_min"], r["count_max"]) ==
                  (a.get("count"), a.get("count_min", a.get("count")), a.get("count_max", a.get("count"))),
                  "count columns of %r" % r)
            ncounts += r["count"] is not None
            cands = json.loads(r["candidates"])
            check(cands[0] == r["id"], "candidates start with the id")
            if len(cands) > 1:
                o["candidates"] = cands
            got[r["doc"]].append(o)
        for i, w in enumerate(want, 1):
            check(got.get(i, []) == w, "miltag_each of document %d: %r != %r" % (i, got.get(i), w))
        # the built-in sentences alone carry 7 counts (dev.jsonl, when
        # ../shared is there, adds more): a clone without ../shared passes too
        check(ncounts >= 7, "casualty counts in miltag_each (%d)" % ncounts)
        rows = sh.query("SELECT t.id AS id, sum(t.count) AS people FROM docs d, miltag_each(d.body) t "
                        "WHERE t.category = 'casualty' AND t.count IS NOT NULL GROUP BY t.id ORDER BY 1;")
        people = {r["id"]: r["people"] for r in rows}
        check(people.get("casualty.kia") == 4 and people.get("casualty.wia") == 11,
              "sum(count) per casualty id: %r" % people)

        # Aggregates over the join.
        flat = [t for w in want for t in w]
        rows = sh.query("SELECT t.category AS c, count(*) AS n FROM docs d, miltag_each(d.body) t "
                        "GROUP BY t.category ORDER BY 1;")
        check({r["c"]: r["n"] for r in rows} == collections.Counter(t["category"] for t in flat),
              "counts per category")
        rows = sh.query("SELECT t.id AS id, count(*) AS n, count(DISTINCT d.id) AS docs "
                        "FROM docs d, miltag_each(d.body) t GROUP BY t.id;")
        by_id = collections.Counter(t["id"] for t in flat)
        check({r["id"]: r["n"] for r in rows} == by_id, "counts per id")
        check(by_id["place.kharkiv"] >= 3, "Kharkiv is found several times")
        docs_with = {r["id"]: r["docs"] for r in rows}
        check(docs_with.get("place.kharkiv") == sum(
            1 for w in want if any(t["id"] == "place.kharkiv" for t in w)), "documents per id")
        # A literal argument, the named-argument form, and NULL.
        rows = sh.query("SELECT id, text FROM miltag_each('Kharkiv, Харків and Kursk');")
        check([(r["id"], r["text"]) for r in rows] == [
            ("place.kharkiv", "Kharkiv"), ("place.kharkiv", "Харків"), ("place.kursk", "Kursk")],
            "miltag_each on a literal: %r" % rows)
        rows = sh.query("SELECT count(*) AS n FROM miltag_each WHERE doc = 'Wagner troops in Kursk';")
        check(rows == [{"n": 2}], "miltag_each with doc = ...: %r" % rows)
        rows = sh.query("SELECT count(*) AS n FROM miltag_each(NULL);")
        check(rows == [{"n": 0}], "miltag_each(NULL) is empty")

        # JSON subtype: the array nests in SQLite's JSON functions.
        rows = sh.query("SELECT json_object('tags', miltag_tags('Kharkiv')) AS o;")
        check(isinstance(json.loads(rows[0]["o"])["tags"], list), "miltag_tags nests as JSON")
        rows = sh.query("SELECT count(*) AS n FROM json_each(miltag_tags('Wagner, Kharkiv, 200s'));")
        check(rows == [{"n": 3}], "json_each over miltag_tags")

        # A lexicon of one's own, by path: same as `miltag --lexicon`.
        lex = os.path.join(tmp, "my.tsv")
        with open(lex, "w", encoding="utf-8") as f:
            f.write("term\tcategory\tid\tlabel\tattrs\n"
                    "Kharkiv\tplace\tplace.kh-a\tKharkiv A\tnote=a\\;b\\=c\\\\d\n"
                    "Kharkiv\tplace\tplace.kh-b\tKharkiv B\t\n"
                    "птичка\tslang\tslang.bird\tbird\tcyr=птица\\;ы\n")
        mine = run_cli(args.cli, docs, "--lexicon", lex)
        q = lex.replace("'", "''")
        rows = sh.query("SELECT id, miltag_tags(body, '%s') AS tags FROM docs ORDER BY id;" % q)
        for r in rows[:len(docs)]:
            check(r["tags"] == cli_tags_text(mine[r["id"] - 1]),
                  "miltag_tags(body, lexicon) of document %d" % r["id"])
        rows = sh.query("SELECT count(*) AS n, max(json_array_length(t.candidates)) AS c "
                        "FROM docs d, miltag_each(d.body, '%s') t;" % q)
        check(rows == [{"n": sum(len(json.loads(l)["tags"]) for l in mine), "c": 2}],
              "miltag_each(body, lexicon): %r" % rows)
        # More lexicons than the per-connection cache keeps, named by a
        # column of the outer table: evictions while cursors use them.
        paths = []
        for k in range(12):
            path = os.path.join(tmp, "lex%02d.tsv" % k)
            with open(path, "w", encoding="utf-8") as f:
                f.write("term\tcategory\tid\nzorb%d\tslang\tslang.zorb%d\n" % (k, k))
            paths.append(path)
        lexsql = ("CREATE TEMP TABLE lex(k INTEGER, path TEXT);\n"
                  "INSERT INTO lex VALUES %s;\n" % ",".join(
                      "(%d,'%s')" % (k, p.replace("'", "''")) for k, p in enumerate(paths)))
        evict = (lexsql + "SELECT l.k AS k, t.id AS id FROM lex l, "
                 "miltag_each('zorb' || (l.k % 12) || ' zorb' || ((l.k + 1) % 12), l.path) t "
                 "ORDER BY l.k, t.rowid;")
        rows = sh.query(evict)
        check([(r["k"], r["id"]) for r in rows] == [(k, "slang.zorb%d" % k) for k in range(12)],
              "lexicons named by a joined column: %r" % rows[:3])
        rows = sh.query(lexsql + "SELECT l.k AS k, miltag_tags('zorb3 zorb' || l.k, l.path) AS t "
                        "FROM lex l, lex m WHERE m.k < 3 ORDER BY m.k, l.k;")
        check(len(rows) == 36 and all(len(json.loads(r["t"])) == (2 if r["k"] == 3 else 1)
                                      for r in rows), "miltag_tags over many lexicons")
        rows = sh.query("SELECT miltag_tags('Kharkiv', NULL) = miltag_tags('Kharkiv') AS same;")
        check(rows == [{"same": 1}], "a NULL lexicon is the built-in one")

        # Errors are SQL errors with the library's message.
        bad = os.path.join(tmp, "bad.tsv")
        with open(bad, "w", encoding="utf-8") as f:
            f.write("term\tcategory\tid\nfoo\tcity\tx.foo\n")
        p = sh.run("SELECT miltag_tags('x', '%s');" % bad.replace("'", "''"), ok=False)
        err = p.stderr.decode(errors="replace")
        check(p.returncode != 0 and "%s:2:5: malformed lexicon" % bad in err,
              "a bad lexicon is an SQL error naming file, line and column: %r" % err)
        check("city" not in err, "the error quotes nothing from the file: %r" % err)

        # The file named is read, never echoed, and only if it is a regular
        # file of at most 1 GiB.
        secret = os.path.join(tmp, "passwd")
        with open(secret, "w", encoding="utf-8") as f:
            f.write("root:x:0:0:SECRET-ROOT-LINE:/root:/bin/bash\ndaemon:SECRET-2\n")
        p = sh.run("SELECT miltag_tags('x', '%s');" % secret.replace("'", "''"), ok=False)
        err = p.stderr.decode(errors="replace")
        check(p.returncode != 0 and "malformed lexicon" in err and "SECRET" not in err,
              "no file content in the error: %r" % err)
        p = sh.run("SELECT * FROM miltag_each('x', '%s');" % secret.replace("'", "''"), ok=False)
        err = p.stderr.decode(errors="replace")
        check(p.returncode != 0 and "SECRET" not in err, "miltag_each: no file content: %r" % err)
        for dev in ("/dev/zero", tmp):
            p = sh.run("SELECT miltag_tags('x', '%s');" % dev.replace("'", "''"), ok=False)
            err = p.stderr.decode(errors="replace")
            check(p.returncode != 0 and "not a regular file" in err,
                  "%s is refused without being read: %r" % (dev, err))

        # A database from elsewhere: its views and triggers must not make
        # the extension read files, even with trusted_schema on (SQLite's
        # default).  The one-argument miltag_tags stays usable there, also
        # with trusted_schema off (it is innocuous).
        evil = os.path.join(tmp, "evil.db")
        q_secret = secret.replace("'", "''")
        sh_evil = Shell(shell, args.extension, evil, env=env)
        sh_evil.run("CREATE TABLE docs(body TEXT); INSERT INTO docs VALUES ('Kharkiv');\n"
               "CREATE VIEW leak_tags AS SELECT miltag_tags('x', '%s') AS t;\n"
               "CREATE VIEW leak_each AS SELECT t.id FROM miltag_each('x', '%s') t;\n"
               "CREATE VIEW each_plain AS SELECT t.id FROM docs d, miltag_each(d.body) t;\n"
               "CREATE VIEW tags_plain AS SELECT miltag_tags(body) AS t FROM docs;\n"
               "CREATE TABLE log(x); CREATE TRIGGER leak_trig AFTER INSERT ON log BEGIN "
               "SELECT miltag_tags('x', '%s'); END;" % (q_secret, q_secret, q_secret))
        for what, sql in (("view over miltag_tags(text, path)", "SELECT * FROM leak_tags;"),
                          ("view over miltag_each(text, path)", "SELECT * FROM leak_each;"),
                          ("view over miltag_each(text)", "SELECT * FROM each_plain;"),
                          ("trigger calling miltag_tags(text, path)", "INSERT INTO log VALUES (1);")):
            p = sh_evil.run("PRAGMA trusted_schema=ON;\n" + sql, ok=False)
            err = p.stderr.decode(errors="replace")
            check(p.returncode != 0 and "unsafe use of" in err and "SECRET" not in err
                  and "SECRET" not in p.stdout.decode(errors="replace"),
                  "%s is refused: %r" % (what, err))
        for trusted in ("ON", "OFF"):
            rows = sh_evil.query("PRAGMA trusted_schema=%s;\nSELECT t FROM tags_plain;" % trusted)
            check(len(rows) == 1 and json.loads(rows[0]["t"])[0]["id"] == "place.kharkiv",
                  "a view over miltag_tags(text) works (trusted_schema=%s): %r" % (trusted, rows))
        p = sh.run("SELECT * FROM miltag_each;", ok=False)
        check(p.returncode != 0 and "missing text argument" in p.stderr.decode(),
              "miltag_each without text is an error")
        p = sh.run("SELECT miltag_tags('x', '%s');" % os.path.join(tmp, "none.tsv"), ok=False)
        check(p.returncode != 0 and "none.tsv" in p.stderr.decode(), "a missing lexicon file")

        v = subprocess.run([args.cli, "--version"], stdout=subprocess.PIPE, check=True)
        rows = sh.query("SELECT miltag_version() AS v;")
        check(v.stdout.decode().split() == ["miltag", rows[0]["v"]], "miltag_version()")

        if args.valgrind:
            vg = shutil.which("valgrind")
            if not vg:
                print("note: no valgrind; leak check not run")
            else:
                vsh = Shell(shell, args.extension, db,
                            [vg, "--leak-check=full", "--errors-for-leak-kinds=definite,indirect",
                             "--error-exitcode=1", "-q"], icu_preload_env(args.extension))
                p = vsh.run("SELECT count(*), sum(length(miltag_tags(body))) FROM docs;\n"
                            "SELECT count(*), sum(length(t.attrs)) FROM docs d,"
                            " miltag_each(d.body) t;\n"
                            "SELECT count(*) FROM docs d, miltag_each(d.body, '%s') t;\n"
                            "SELECT miltag_tags(body, '%s') FROM docs WHERE id < 3;\n"
                            "SELECT json_object('t', miltag_tags('Kharkiv'));\n"
                            % (q, q) + evict.replace(".mode json\n", ""), ok=False)
                check(p.returncode == 0, "valgrind: clean run (exit %d):\n%s"
                      % (p.returncode, p.stderr.decode(errors="replace")[-4000:]))
                p = vsh.run("SELECT miltag_tags('x', '%s');" % bad.replace("'", "''"), ok=False)
                err = p.stderr.decode(errors="replace")
                check("malformed lexicon" in err and "definitely lost" not in err
                      and "Invalid" not in err, "valgrind: error path:\n%s" % err[-4000:])
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    if failures:
        print("%d check(s) failed" % len(failures))
        return 1
    print("ok: %d documents, %d tags" % (len(docs), ntags))
    return 0


if __name__ == "__main__":
    sys.exit(main())
