/*
 * bench_hs: the lexicon's terms through Hyperscan, the reference for how
 * fast a multi-literal matcher can go over the same bytes.
 *
 *   bench_hs --terms FILE [OPTIONS] CORPUS
 *
 *   bench_hs --terms FILE --save DB          compile only, save the database
 *   bench_hs --db DB [OPTIONS] CORPUS        scan with a saved database
 *
 * Each line of FILE is one pure literal (hs_compile_lit_multi), compiled
 * with HS_FLAG_CASELESS, which folds ASCII letters only: the harness gives
 * every non-ASCII term in its usual case spellings as well (bench/terms.py
 * --case-variants).  Pure literals because Hyperscan's regex compiler
 * takes minutes and gigabytes on tens of thousands of caseless UTF-8
 * patterns.  The database is compiled in block mode and every line of the
 * corpus is scanned as one block, like one miltag_scan call; matches are
 * counted.  Hyperscan finds substrings: no word boundaries, no
 * normalization, no inflection.
 *
 * Compiling and scanning can run in separate processes because that is how
 * Hyperscan is meant to be used (compile once, ship the serialized
 * database) and because its compiler's peak memory would otherwise hide the
 * scanner's.  Prints one JSON object (benchutil.h).
 */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <hs/hs.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "benchutil.h"

static const char usage[] =
    "usage: bench_hs --terms FILE [OPTIONS] CORPUS\n"
    "       bench_hs --terms FILE --save DB\n"
    "       bench_hs --db DB [OPTIONS] CORPUS\n"
    "  --terms FILE     the literals, one per line\n"
    "  --save DB        compile the terms, write the serialized database, exit\n"
    "  --db DB          scan with a database written by --save\n"
    "  --whole          scan the whole file as one block instead of per line\n"
    BU_OPTIONS_HELP;

typedef struct patterns {
  const char **expr;   /* into text.data; not NUL-terminated */
  size_t *lens;
  unsigned *flags;
  unsigned *ids;
  unsigned n;
  bu_corpus text;      /* the terms file, one literal per line */
} patterns;

static void patterns_free(patterns *p) {
  free(p->expr);
  free(p->lens);
  free(p->flags);
  free(p->ids);
  bu_corpus_free(&p->text);
  memset(p, 0, sizeof *p);
}

/* The terms file as literals: one per non-empty line. */
static int patterns_load(const char *path, patterns *p) {
  memset(p, 0, sizeof *p);
  if (bu_corpus_load(path, 0, &p->text)) return -1;
  size_t n = 0;
  for (size_t i = 0; i < p->text.nlines; i++) n += p->text.length[i] != 0;
  if (n == 0 || n > UINT32_MAX) {
    fprintf(stderr, "bench_hs: %s: %s\n", path, n ? "too many terms" : "no terms");
    patterns_free(p);
    return -1;
  }
  p->expr = malloc(n * sizeof *p->expr);
  p->lens = malloc(n * sizeof *p->lens);
  p->flags = malloc(n * sizeof *p->flags);
  p->ids = malloc(n * sizeof *p->ids);
  if (!p->expr || !p->lens || !p->flags || !p->ids) {
    fprintf(stderr, "bench_hs: out of memory\n");
    patterns_free(p);
    return -1;
  }
  for (size_t i = 0; i < p->text.nlines; i++) {
    if (!p->text.length[i]) continue;
    p->expr[p->n] = p->text.data + p->text.start[i];
    p->lens[p->n] = p->text.length[i];
    p->flags[p->n] = HS_FLAG_CASELESS;
    p->ids[p->n] = p->n;
    p->n++;
  }
  return 0;
}

typedef struct hsjob {
  hs_database_t *db;
  hs_scratch_t *scratch;
  const bu_corpus *c;
  int whole;
  size_t nlines;
  uint64_t matches;
} hsjob;

static int on_match(unsigned id, unsigned long long from, unsigned long long to,
                    unsigned flags, void *ctx) {
  (void)id; (void)from; (void)to; (void)flags;
  ((hsjob *)ctx)->matches++;
  return 0;
}

static int scan_block(hsjob *job, const char *data, size_t len) {
  if (!len) return 0;
  if (len > UINT32_MAX) {
    fprintf(stderr, "bench_hs: a block over 4 GiB\n");
    return 1;
  }
  hs_error_t e = hs_scan(job->db, data, (unsigned)len, 0, job->scratch, on_match, job);
  if (e != HS_SUCCESS) {
    fprintf(stderr, "bench_hs: hs_scan failed (%d)\n", e);
    return 1;
  }
  return 0;
}

static int hs_pass(void *ctx) {
  hsjob *job = ctx;
  job->matches = 0;
  if (job->whole) return scan_block(job, job->c->data, job->c->len);
  for (size_t i = 0; i < job->nlines; i++)
    if (scan_block(job, job->c->data + job->c->start[i], job->c->length[i])) return 1;
  return 0;
}

/* Compile the terms file into a block-mode database. */
static int compile_terms(const char *terms, hs_database_t **db, unsigned *npatterns,
                         double *seconds) {
  patterns p;
  if (patterns_load(terms, &p)) return 1;
  hs_compile_error_t *cerr = NULL;
  int rc = 0;
  double t0 = bu_now();
  if (hs_compile_lit_multi(p.expr, p.flags, p.ids, p.lens, p.n, HS_MODE_BLOCK, NULL, db,
                           &cerr) != HS_SUCCESS) {
    if (cerr && cerr->expression >= 0 && (unsigned)cerr->expression < p.n)
      fprintf(stderr, "bench_hs: term %d (%.*s): %s\n", cerr->expression + 1,
              (int)p.lens[cerr->expression], p.expr[cerr->expression], cerr->message);
    else
      fprintf(stderr, "bench_hs: compile failed: %s\n", cerr ? cerr->message : "?");
    hs_free_compile_error(cerr);
    *db = NULL;
    rc = 1;
  }
  *seconds = bu_now() - t0;
  *npatterns = p.n;
  patterns_free(&p);
  return rc;
}

static int save_db(const hs_database_t *db, const char *path) {
  char *bytes = NULL;
  size_t len = 0;
  if (hs_serialize_database(db, &bytes, &len) != HS_SUCCESS) {
    fprintf(stderr, "bench_hs: cannot serialize the database\n");
    return 1;
  }
  FILE *f = fopen(path, "wb");
  int ok = f && fwrite(bytes, 1, len, f) == len;
  if (f && fclose(f) != 0) ok = 0;
  free(bytes); /* hs_serialize_database uses the misc allocator: malloc */
  if (!ok) {
    fprintf(stderr, "bench_hs: cannot write %s: %s\n", path, strerror(errno));
    remove(path);
    return 1;
  }
  return 0;
}

static int load_db(const char *path, hs_database_t **db) {
  char *bytes;
  size_t len;
  if (bu_read_file(path, &bytes, &len)) return 1;
  hs_error_t e = hs_deserialize_database(bytes, len, db);
  free(bytes);
  if (e != HS_SUCCESS) {
    fprintf(stderr, "bench_hs: %s: not a database for this Hyperscan (%d)\n", path, e);
    *db = NULL;
    return 1;
  }
  return 0;
}

int main(int argc, char **argv) {
  const char *path = NULL, *terms = NULL, *db_path = NULL, *save = NULL;
  int whole = 0;
  bu_options o;
  bu_options_init(&o);
  for (int i = 1; i < argc; i++) {
    const char *a = argv[i];
    const char *v = i + 1 < argc ? argv[i + 1] : NULL;
    int k = bu_parse_option("bench_hs", argc, argv, &i, &o);
    if (k < 0) return 2;
    if (k > 0) continue;
    if (!strcmp(a, "-h") || !strcmp(a, "--help")) { fputs(usage, stdout); return 0; }
    else if (!strcmp(a, "--whole")) whole = 1;
    else if (!strcmp(a, "--terms") && v) { terms = v; i++; }
    else if (!strcmp(a, "--db") && v) { db_path = v; i++; }
    else if (!strcmp(a, "--save") && v) { save = v; i++; }
    else if ((a[0] == '-' && a[1]) || path) {
      fprintf(stderr, "bench_hs: unexpected argument: %s\n%s", a, usage);
      return 2;
    } else {
      path = a;
    }
  }
  if (!terms == !db_path || (save && (!terms || path)) || (!save && !path)) {
    fputs(usage, stderr);
    return 2;
  }
  if (hs_valid_platform() != HS_SUCCESS) {
    fprintf(stderr, "bench_hs: this CPU lacks what Hyperscan needs (SSSE3)\n");
    return 1;
  }

  hsjob job;
  memset(&job, 0, sizeof job);
  unsigned npatterns = 0;
  double compile_s = 0;
  int rc = terms ? compile_terms(terms, &job.db, &npatterns, &compile_s) : load_db(db_path, &job.db);
  size_t db_bytes = 0;
  if (!rc && hs_database_size(job.db, &db_bytes) != HS_SUCCESS) db_bytes = 0;
  if (!rc && save) {
    rc = save_db(job.db, save);
    if (!rc) {
      bu_json j;
      bu_json_begin(&j, stdout);
      bu_json_str(&j, "tool", "bench_hs");
      bu_json_str(&j, "mode", "compile");
      bu_json_str(&j, "hs_version", hs_version());
      bu_json_u64(&j, "patterns", npatterns);
      bu_json_dbl(&j, "compile_seconds", compile_s);
      bu_json_u64(&j, "db_bytes", db_bytes);
      bu_json_i64(&j, "peak_rss_kb", bu_peak_rss_kb());
      rc = bu_json_end(&j) ? 1 : 0;
    }
    hs_free_database(job.db);
    return rc;
  }

  bu_corpus c;
  if (!rc && bu_corpus_load(path, o.max_bytes, &c)) rc = 1;
  if (rc) {
    hs_free_database(job.db);
    return 1;
  }
  long rss_base = bu_current_rss_kb();
  job.c = &c;
  if (hs_alloc_scratch(job.db, &job.scratch) != HS_SUCCESS) {
    fprintf(stderr, "bench_hs: cannot allocate scratch space\n");
    rc = 1;
  }
  /* Warm-up, untimed, line by line (as in icu_walk). */
  job.nlines = bu_lines_within(&c, o.warmup_bytes);
  if (!rc && job.nlines) rc = hs_pass(&job);
  bu_timing t;
  if (!rc) {
    job.nlines = c.nlines;
    job.whole = whole;
    rc = bu_time_passes(hs_pass, NULL, &job, &o, &t);
  }
  if (!rc) {
    bu_json j;
    bu_json_begin(&j, stdout);
    bu_json_str(&j, "tool", "bench_hs");
    bu_json_str(&j, "mode", whole ? "whole" : "lines");
    bu_json_str(&j, "corpus", path);
    bu_json_str(&j, "hs_version", hs_version());
    if (terms) {
      bu_json_u64(&j, "patterns", npatterns);
      bu_json_dbl(&j, "compile_seconds", compile_s);
    }
    bu_json_u64(&j, "db_bytes", db_bytes);
    bu_json_timing(&j, &c, &t);
    bu_json_i64(&j, "rss_base_kb", rss_base);
    bu_json_u64(&j, "matches", job.matches);
    bu_json_dbl(&j, "matches_per_s", t.median > 0 ? (double)job.matches / t.median : 0.0);
    rc = bu_json_end(&j) ? 1 : 0;
  }
  hs_free_scratch(job.scratch);
  hs_free_database(job.db);
  bu_corpus_free(&c);
  return rc;
}
