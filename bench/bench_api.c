/*
 * bench_api: miltag through its C API, as an application links it.
 *
 *   bench_api [OPTIONS] CORPUS                 tag every line (miltag_scan)
 *   bench_api --mode tokens CORPUS             miltag_tokens only: tokenize,
 *                                              normalize, look keys up
 *   bench_api --threads N CORPUS               N threads, one scanner each,
 *                                              sharing one lexicon
 *   bench_api --mode open                      start-up cost in process
 *   bench_api --mode compile --lexicon FILE    lexicon compile rate
 *
 * The corpus is read into memory once and split into lines exactly as the
 * CLI splits them; every line is one document, one miltag_scan() call.
 * Tags are counted, never printed.  A digest of every tag (line, offsets,
 * category and id string) is reported so that an optimization that
 * changes the results cannot pass for a faster one; a lexicon that gains
 * or loses entries but tags the same leaves it as it was (entry numbers
 * are not hashed).  It is computed by one more pass after the timed ones
 * and after the peak RSS is taken: reading the ids would cost the timed
 * passes instructions and fault in the pages of the image that hold
 * them.  Prints one JSON object (benchutil.h).
 */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "benchutil.h"
#include "miltag.h"
#include "miltag_inspect.h"

static const char usage[] =
    "usage: bench_api [OPTIONS] CORPUS\n"
    "       bench_api --mode open [--lexicon FILE]\n"
    "       bench_api --mode compile --lexicon FILE\n"
    "  --mode M         scan (default), tokens, open or compile\n"
    "  --lexicon FILE   a lexicon TSV (or compiled image) instead of the\n"
    "                   built-in lexicon\n"
    "  --threads N      scan with N threads for --min-time seconds (scan mode)\n"
    "  --overlaps       scan with MILTAG_SCAN_OVERLAPS\n"
    "  --ambiguous      scan with MILTAG_SCAN_AMBIGUOUS\n"
    "  --iterations N   open mode: at most N open/close cycles (default 200)\n"
    BU_OPTIONS_HELP;

/* The short line of the start-up figures (icu_walk uses the same). */
static const char startup_line[] = "Wagner fighters near Kharkiv reported three 200s.";

typedef struct options {
  const char *mode;
  const char *lexicon;
  const char *corpus;
  unsigned flags;
  long threads;           /* 0: full passes on the calling thread */
  bu_options t;            /* timing and corpus options */
  long iterations;
} options;

/* ------------------------------------------------------------ lexicons */

typedef struct lexsrc {
  char *data;     /* the file (NULL for the built-in lexicon) */
  size_t len;
  int image;      /* 1 if data is a compiled image */
  unsigned long warnings;
} lexsrc;

static int count_warning(const miltag_error *w, void *ctx) {
  (void)w;
  ((lexsrc *)ctx)->warnings++;
  return 0;
}

/* The file is read once so that open and compile timings measure miltag,
 * not the page cache. */
static int lexsrc_load(lexsrc *src, const char *path) {
  memset(src, 0, sizeof *src);
  if (!path) return 0;
  if (bu_read_file(path, &src->data, &src->len)) return -1;
  src->image = src->len >= 8 && memcmp(src->data, "MILTAGLX", 8) == 0;
  return 0;
}

static int lexsrc_open(lexsrc *src, const char *name, miltag_lexicon **out) {
  miltag_error err;
  int rc;
  memset(&err, 0, sizeof err);
  if (!src->data) {
    rc = miltag_lexicon_default(NULL, out);
  } else if (src->image) {
    rc = miltag_lexicon_open_image(src->data, src->len, NULL, out, &err);
  } else {
    miltag_compile_options opt = MILTAG_COMPILE_OPTIONS_INIT;
    opt.warn = count_warning;
    opt.warn_ctx = src;
    rc = miltag_lexicon_compile(src->data, src->len, name, &opt, out, &err);
  }
  if (rc) {
    fprintf(stderr, "bench_api: cannot open the lexicon: %s\n",
            err.message[0] ? err.message : miltag_strerror(rc));
    *out = NULL;
  }
  return rc;
}

static void json_lexicon(bu_json *j, const miltag_lexicon *lex, const char *name) {
  miltag_lexicon_stats st = MILTAG_LEXICON_STATS_INIT;
  bu_json_str(j, "lexicon", name ? name : "default");
  if (miltag_lexicon_get_stats(lex, &st) == MILTAG_OK) {
    bu_json_u64(j, "lex_rows", st.rows);
    bu_json_u64(j, "lex_entries", st.entries);
    bu_json_u64(j, "lex_forms", st.forms);
    bu_json_u64(j, "lex_keys", st.keys);
    bu_json_u64(j, "lex_nodes", st.nodes);
    bu_json_u64(j, "lex_image_bytes", st.image_bytes);
  }
}

/* ---------------------------------------------------------------- scan */

typedef struct counts {
  uint64_t tags, tokens, known;
  uint64_t by_category[6];
  uint64_t digest;
  size_t line;      /* index of the line being scanned, for the digest */
} counts;

static void counts_reset(counts *k) {
  memset(k, 0, sizeof *k);
  k->digest = BU_FNV_INIT;
}

static int on_tag(const miltag_tag *t, void *ctx) {
  counts *k = ctx;
  k->tags++;
  if (t->category > 0 && t->category < 6) k->by_category[t->category]++;
  uint64_t h = bu_fnv_u64(k->digest, k->line);
  h = bu_fnv_u64(h, t->start);
  h = bu_fnv_u64(h, t->end);
  k->digest = bu_fnv_u64(h, t->entry);
  return 0;
}

static int on_token(const miltag_token *t, void *ctx) {
  counts *k = ctx;
  k->tokens++;
  k->known += t->known != 0;
  uint64_t h = bu_fnv_u64(k->digest, k->line);
  h = bu_fnv_u64(h, t->start);
  k->digest = bu_fnv_u64(h, t->end);
  return 0;
}

/* The reported digest's callback (digest_pass): the tag's span, category
 * and id string, not its entry index, which any entry added before it
 * changes. */
static int on_tag_id(const miltag_tag *t, void *ctx) {
  counts *k = ctx;
  k->tags++;
  uint64_t h = bu_fnv_u64(k->digest, k->line);
  h = bu_fnv_u64(h, t->start);
  h = bu_fnv_u64(h, t->end);
  h = bu_fnv_u64(h, (uint64_t)t->category);
  k->digest = bu_fnv_bytes(h, t->id, strlen(t->id) + 1);
  return 0;
}

typedef struct scanjob {
  miltag_scanner *s;
  const bu_corpus *c;
  size_t nlines;      /* lines per pass (the warm-up uses fewer) */
  int tokens_mode;
  unsigned flags;
  counts k, first;    /* this pass; the first timed pass */
  int passes_done;
} scanjob;

static int scan_line(miltag_scanner *s, const bu_corpus *c, size_t i, int tokens_mode,
                     unsigned flags, counts *k) {
  const char *text = c->data + c->start[i];
  k->line = i;
  int rc = tokens_mode ? miltag_tokens(s, text, c->length[i], on_token, k)
                       : miltag_scan(s, text, c->length[i], flags, on_tag, k);
  if (rc < 0) {
    fprintf(stderr, "bench_api: line %zu: %s\n", i + 1, miltag_strerror(rc));
    return 1;
  }
  return 0;
}

static int scan_pass(void *ctx) {
  scanjob *job = ctx;
  counts_reset(&job->k);
  for (size_t i = 0; i < job->nlines; i++)
    if (scan_line(job->s, job->c, i, job->tokens_mode, job->flags, &job->k)) return 1;
  return 0;
}

/* The digest of the tags, once more over the corpus, untimed (and not in
 * scan_pass, which callgrind's figures count): into *out; 0, or 1 after a
 * message if the pass failed or tagged other than the timed ones. */
static int digest_pass(const scanjob *job, uint64_t *out) {
  counts k;
  counts_reset(&k);
  for (size_t i = 0; i < job->nlines; i++) {
    k.line = i;
    int rc = miltag_scan(job->s, job->c->data + job->c->start[i], job->c->length[i], job->flags,
                         on_tag_id, &k);
    if (rc < 0) {
      fprintf(stderr, "bench_api: line %zu: %s\n", i + 1, miltag_strerror(rc));
      return 1;
    }
  }
  if (k.tags != job->first.tags) {
    fprintf(stderr, "bench_api: the digest pass found other tags than the timed passes\n");
    return 1;
  }
  *out = k.digest;
  return 0;
}

/* Every pass must find exactly what the first found: a difference means
 * the scanner keeps state between documents, a bug worth stopping for. */
static int check_pass(void *ctx) {
  scanjob *job = ctx;
  if (job->passes_done++ == 0) {
    job->first = job->k;
    return 0;
  }
  if (job->k.digest != job->first.digest || job->k.tags != job->first.tags ||
      job->k.tokens != job->first.tokens) {
    fprintf(stderr, "bench_api: pass %d found other results than pass 1\n", job->passes_done);
    return 1;
  }
  return 0;
}

static int run_scan(const options *o, const bu_corpus *c, const miltag_lexicon *lex,
                    double lex_seconds, long rss_base) {
  scanjob job;
  memset(&job, 0, sizeof job);
  job.c = c;
  job.tokens_mode = strcmp(o->mode, "tokens") == 0;
  job.flags = o->flags;
  int rc = miltag_scanner_new(lex, &job.s);
  if (rc) {
    fprintf(stderr, "bench_api: cannot create a scanner: %s\n", miltag_strerror(rc));
    return 1;
  }
  /* Warm-up, not timed: the first MB of lines (ICU's lazy loading, page
   * faults in the lexicon image and the scanner's buffers). */
  job.nlines = bu_lines_within(c, o->t.warmup_bytes);
  if (job.nlines) rc = scan_pass(&job);
  bu_timing t;
  if (!rc) {
    job.nlines = c->nlines;
    rc = bu_time_passes(scan_pass, check_pass, &job, &o->t, &t);
  }
  const counts *k = &job.first;
  uint64_t dg = k->digest; /* tokens: the timed passes' */
  if (!rc && !job.tokens_mode) rc = digest_pass(&job, &dg);
  miltag_scanner_free(job.s);
  if (rc) return 1;

  char digest[17];
  snprintf(digest, sizeof digest, "%016llx", (unsigned long long)dg);
  bu_json j;
  bu_json_begin(&j, stdout);
  bu_json_str(&j, "tool", "bench_api");
  bu_json_str(&j, "mode", job.tokens_mode ? "tokens" : "scan");
  bu_json_str(&j, "corpus", o->corpus);
  json_lexicon(&j, lex, o->lexicon);
  bu_json_dbl(&j, "lexicon_seconds", lex_seconds);
  bu_json_u64(&j, "flags", o->flags);
  bu_json_timing(&j, c, &t);
  bu_json_i64(&j, "rss_base_kb", rss_base);
  bu_json_str(&j, "digest", digest);
  if (job.tokens_mode) {
    bu_json_u64(&j, "tokens", k->tokens);
    bu_json_u64(&j, "known_tokens", k->known);
    bu_json_dbl(&j, "tokens_per_s", t.median > 0 ? (double)k->tokens / t.median : 0.0);
  } else {
    bu_json_u64(&j, "tags", k->tags);
    for (int cat = 1; cat < 6; cat++) {
      char key[32];
      snprintf(key, sizeof key, "tags_%s", miltag_category_name(cat));
      bu_json_u64(&j, key, k->by_category[cat]);
    }
    bu_json_dbl(&j, "tags_per_s", t.median > 0 ? (double)k->tags / t.median : 0.0);
  }
  return bu_json_end(&j) ? 1 : 0;
}

/* ------------------------------------------------------------- threads */

/* Threads run for a fixed time rather than a fixed number of passes: with
 * whole passes, a thread that finishes early would sit idle while the
 * wall clock still runs, and the figure would measure the imbalance of
 * the split instead of the library's scaling. */
typedef struct gate {
  pthread_mutex_t mu;
  pthread_cond_t cv;
  int open;
} gate;

typedef struct worker {
  pthread_t th;
  int started;
  miltag_scanner *s;
  const bu_corpus *c;
  size_t first, last;      /* its lines: [first, last) */
  unsigned flags;
  gate *g;
  atomic_int *stop;
  uint64_t bytes, lines, tags;
  double end;
  int rc;
} worker;

/* Bytes of line i including its line end, so that the bytes of all lines
 * add up to the corpus size as in the single-thread figures. */
static size_t line_span(const bu_corpus *c, size_t i) {
  return (i + 1 < c->nlines ? c->start[i + 1] : c->len) - c->start[i];
}

static void *worker_main(void *arg) {
  worker *w = arg;
  pthread_mutex_lock(&w->g->mu);
  while (!w->g->open) pthread_cond_wait(&w->g->cv, &w->g->mu);
  pthread_mutex_unlock(&w->g->mu);
  counts k;
  counts_reset(&k);
  size_t i = w->first;
  while (!atomic_load_explicit(w->stop, memory_order_relaxed)) {
    if (scan_line(w->s, w->c, i, 0, w->flags, &k)) {
      w->rc = 1;
      break;
    }
    w->bytes += line_span(w->c, i);
    w->lines++;
    if (++i == w->last) i = w->first;
  }
  w->end = bu_now();
  w->tags = k.tags;
  return NULL;
}

static int run_threads(const options *o, const bu_corpus *c, const miltag_lexicon *lex,
                       long rss_base) {
  size_t n = (size_t)o->threads;
  if (c->nlines < n) {
    fprintf(stderr, "bench_api: %zu lines cannot feed %zu threads\n", c->nlines, n);
    return 1;
  }
  worker *ws = calloc(n, sizeof *ws);
  if (!ws) { fprintf(stderr, "bench_api: out of memory\n"); return 1; }
  gate g;
  g.open = 0;
  int e = pthread_mutex_init(&g.mu, NULL);
  if (!e) {
    e = pthread_cond_init(&g.cv, NULL);
    if (e) pthread_mutex_destroy(&g.mu);
  }
  if (e) {
    fprintf(stderr, "bench_api: cannot set up the threads: %s\n", strerror(e));
    free(ws);
    return 1;
  }
  atomic_int stop;
  atomic_init(&stop, 0);
  int rc = 0;
  /* Contiguous chunks of about equal bytes, each at least one line. */
  size_t line = 0;
  for (size_t t = 0; t < n; t++) {
    ws[t].first = line;
    size_t goal = (size_t)((double)c->len * (double)(t + 1) / (double)n);
    size_t min_end = line + 1, max_end = c->nlines - (n - t - 1);
    size_t end = min_end;
    while (end < max_end && c->start[end] < goal) end++;
    if (t == n - 1) end = c->nlines;
    ws[t].last = end;
    line = end;
    ws[t].c = c;
    ws[t].flags = o->flags;
    ws[t].g = &g;
    ws[t].stop = &stop;
    int s = miltag_scanner_new(lex, &ws[t].s);
    if (s) {
      fprintf(stderr, "bench_api: cannot create a scanner: %s\n", miltag_strerror(s));
      rc = 1;
      break;
    }
  }
  /* Warm every scanner on its own first lines, untimed. */
  for (size_t t = 0; t < n && !rc; t++) {
    counts k;
    counts_reset(&k);
    size_t warm = o->t.warmup_bytes ? 200 : 0;
    for (size_t i = ws[t].first; i < ws[t].last && i < ws[t].first + warm && !rc; i++)
      rc = scan_line(ws[t].s, c, i, 0, o->flags, &k);
  }
  for (size_t t = 0; t < n && !rc; t++) {
    e = pthread_create(&ws[t].th, NULL, worker_main, &ws[t]);
    if (e) {
      fprintf(stderr, "bench_api: cannot start thread %zu: %s\n", t + 1, strerror(e));
      rc = 1;
    } else {
      ws[t].started = 1;
    }
  }
  /* Open the gate even after a failure, so that started threads see the
   * stop flag and end instead of waiting forever. */
  if (rc) atomic_store(&stop, 1);
  /* The clock starts before the gate opens, so no work escapes it. */
  double t0 = bu_now();
  pthread_mutex_lock(&g.mu);
  g.open = 1;
  pthread_cond_broadcast(&g.cv);
  pthread_mutex_unlock(&g.mu);
  if (!rc) {
    struct timespec ts;
    ts.tv_sec = (time_t)o->t.min_time;
    ts.tv_nsec = (long)((o->t.min_time - (double)ts.tv_sec) * 1e9);
    /* A signal cuts the sleep short; sleep for what is left. */
    while (nanosleep(&ts, &ts) != 0 && errno == EINTR) {
    }
    atomic_store(&stop, 1);
  }
  double end = t0;
  uint64_t bytes = 0, lines = 0, tags = 0;
  for (size_t t = 0; t < n; t++) {
    if (ws[t].started) {
      pthread_join(ws[t].th, NULL);
      if (ws[t].rc) rc = 1;
      if (ws[t].end > end) end = ws[t].end;
      bytes += ws[t].bytes;
      lines += ws[t].lines;
      tags += ws[t].tags;
    }
    miltag_scanner_free(ws[t].s);
  }
  free(ws);
  pthread_cond_destroy(&g.cv);
  pthread_mutex_destroy(&g.mu);
  if (rc) return 1;
  double secs = end - t0;
  bu_json j;
  bu_json_begin(&j, stdout);
  bu_json_str(&j, "tool", "bench_api");
  bu_json_str(&j, "mode", "threads");
  bu_json_str(&j, "corpus", o->corpus);
  json_lexicon(&j, lex, o->lexicon);
  bu_json_i64(&j, "threads", o->threads);
  bu_json_u64(&j, "corpus_bytes", c->len);
  bu_json_u64(&j, "bytes", bytes);
  bu_json_u64(&j, "lines", lines);
  bu_json_u64(&j, "tags", tags);
  bu_json_dbl(&j, "seconds", secs);
  bu_json_dbl(&j, "mb_per_s", secs > 0 ? (double)bytes / 1e6 / secs : 0.0);
  bu_json_dbl(&j, "tags_per_s", secs > 0 ? (double)tags / secs : 0.0);
  bu_json_i64(&j, "rss_base_kb", rss_base);
  bu_json_i64(&j, "peak_rss_kb", bu_peak_rss_kb());
  return bu_json_end(&j) ? 1 : 0;
}

/* ------------------------------------------------------------- start-up */

static int cmp_double(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return (x > y) - (x < y);
}

/* Median of v[1..n-1]: the first cycle is reported apart as "cold". */
static double warm_median(double *v, long n) {
  if (n < 2) return v[0];
  qsort(v + 1, (size_t)(n - 1), sizeof *v, cmp_double);
  long m = n - 1;
  return m % 2 ? v[1 + m / 2] : (v[m / 2] + v[1 + m / 2]) / 2;
}

/* What a short-lived program pays before its first tag: open the lexicon,
 * create a scanner, scan one short line.  The first cycle includes ICU's
 * one-time loading of its data (break rules, normalization tables), which
 * is what the CLI pays on every run; later cycles show the steady cost. */
static int run_open(const options *o, lexsrc *src) {
  enum { OPEN, SCANNER, SCAN, FREE, STEPS };
  static const char *const names[STEPS] = {"open", "scanner_new", "first_scan", "free"};
  long max_it = o->iterations;
  double *v[STEPS];
  int rc = 0;
  for (int s = 0; s < STEPS; s++) v[s] = NULL;
  for (int s = 0; s < STEPS; s++) {
    v[s] = calloc((size_t)max_it, sizeof *v[s]);
    if (!v[s]) { fprintf(stderr, "bench_api: out of memory\n"); rc = 1; }
  }
  long it = 0;
  uint64_t tags = 0;
  double started = bu_now();
  while (!rc && it < max_it && (it < 5 || bu_now() - started < o->t.min_time)) {
    miltag_lexicon *lex = NULL;
    miltag_scanner *s = NULL;
    counts k;
    counts_reset(&k);
    double t0 = bu_now();
    rc = lexsrc_open(src, o->lexicon, &lex);
    double t1 = bu_now();
    if (!rc) {
      rc = miltag_scanner_new(lex, &s);
      if (rc) fprintf(stderr, "bench_api: cannot create a scanner: %s\n", miltag_strerror(rc));
    }
    double t2 = bu_now();
    if (!rc) {
      rc = miltag_scan(s, startup_line, sizeof startup_line - 1, o->flags, on_tag, &k);
      if (rc < 0) fprintf(stderr, "bench_api: %s\n", miltag_strerror(rc));
      else rc = 0;
    }
    double t3 = bu_now();
    miltag_scanner_free(s);
    miltag_lexicon_free(lex);
    double t4 = bu_now();
    if (rc) { rc = 1; break; }
    v[OPEN][it] = t1 - t0;
    v[SCANNER][it] = t2 - t1;
    v[SCAN][it] = t3 - t2;
    v[FREE][it] = t4 - t3;
    tags = k.tags;
    it++;
  }
  if (!rc) {
    bu_json j;
    bu_json_begin(&j, stdout);
    bu_json_str(&j, "tool", "bench_api");
    bu_json_str(&j, "mode", "open");
    bu_json_str(&j, "lexicon", o->lexicon ? o->lexicon : "default");
    bu_json_i64(&j, "iterations", it);
    bu_json_u64(&j, "tags", tags);
    double cold = 0, warm = 0;
    for (int s = 0; s < STEPS; s++) {
      char key[64];
      cold += v[s][0];
      snprintf(key, sizeof key, "%s_cold_s", names[s]);
      bu_json_dbl(&j, key, v[s][0]);
      double m = warm_median(v[s], it);
      warm += m;
      snprintf(key, sizeof key, "%s_warm_s", names[s]);
      bu_json_dbl(&j, key, m);
    }
    bu_json_dbl(&j, "total_cold_s", cold);
    bu_json_dbl(&j, "total_warm_s", warm);
    bu_json_i64(&j, "peak_rss_kb", bu_peak_rss_kb());
    rc = bu_json_end(&j) ? 1 : 0;
  }
  for (int s = 0; s < STEPS; s++) free(v[s]);
  return rc;
}

/* -------------------------------------------------------------- compile */

typedef struct compilejob {
  lexsrc *src;
  const char *name;
  miltag_lexicon *lex;
  miltag_lexicon_stats stats;
} compilejob;

static int compile_pass(void *ctx) {
  compilejob *job = ctx;
  return lexsrc_open(job->src, job->name, &job->lex) ? 1 : 0;
}

static int compile_free(void *ctx) {
  compilejob *job = ctx;
  job->stats.size = sizeof job->stats;
  int rc = miltag_lexicon_get_stats(job->lex, &job->stats);
  if (rc) fprintf(stderr, "bench_api: cannot read lexicon stats: %s\n", miltag_strerror(rc));
  miltag_lexicon_free(job->lex);
  job->lex = NULL;
  return rc ? 1 : 0;
}

static int run_compile(const options *o, lexsrc *src) {
  if (!o->lexicon) {
    fprintf(stderr, "bench_api: --mode compile needs --lexicon FILE\n");
    return 2;
  }
  compilejob job;
  memset(&job, 0, sizeof job);
  job.src = src;
  job.name = o->lexicon;
  bu_timing t;
  if (bu_time_passes(compile_pass, compile_free, &job, &o->t, &t))
    return 1;
  bu_json j;
  bu_json_begin(&j, stdout);
  bu_json_str(&j, "tool", "bench_api");
  bu_json_str(&j, "mode", src->image ? "open_image" : "compile");
  bu_json_str(&j, "lexicon", o->lexicon);
  bu_json_u64(&j, "source_bytes", src->len);
  bu_json_u64(&j, "warnings", src->warnings / (unsigned long)t.passes);
  bu_json_u64(&j, "lex_rows", job.stats.rows);
  bu_json_u64(&j, "lex_entries", job.stats.entries);
  bu_json_u64(&j, "lex_forms", job.stats.forms);
  bu_json_u64(&j, "lex_keys", job.stats.keys);
  bu_json_u64(&j, "lex_nodes", job.stats.nodes);
  bu_json_u64(&j, "lex_image_bytes", job.stats.image_bytes);
  bu_json_i64(&j, "passes", t.passes);
  bu_json_dbl(&j, "seconds", t.median);
  bu_json_dbl(&j, "best_seconds", t.best);
  bu_json_dbl(&j, "rows_per_s", t.median > 0 ? (double)job.stats.rows / t.median : 0.0);
  bu_json_dbl(&j, "forms_per_s", t.median > 0 ? (double)job.stats.forms / t.median : 0.0);
  bu_json_i64(&j, "peak_rss_kb", bu_peak_rss_kb());
  return bu_json_end(&j) ? 1 : 0;
}

/* ----------------------------------------------------------------- main */

static int parse_args(int argc, char **argv, options *o) {
  memset(o, 0, sizeof *o);
  o->mode = "scan";
  bu_options_init(&o->t);
  o->iterations = 200;
  for (int i = 1; i < argc; i++) {
    const char *a = argv[i];
    const char *v = i + 1 < argc ? argv[i + 1] : NULL;
    int bad = 0;
    int k = bu_parse_option("bench_api", argc, argv, &i, &o->t);
    if (k < 0) return 2;
    if (k > 0) continue;
    if (!strcmp(a, "-h") || !strcmp(a, "--help")) { fputs(usage, stdout); return 1; }
    else if (!strcmp(a, "--overlaps")) o->flags |= MILTAG_SCAN_OVERLAPS;
    else if (!strcmp(a, "--ambiguous")) o->flags |= MILTAG_SCAN_AMBIGUOUS;
    else if (!strcmp(a, "--mode") && v) { o->mode = v; i++; }
    else if (!strcmp(a, "--lexicon") && v) { o->lexicon = v; i++; }
    else if (!strcmp(a, "--threads") && v) {
      bad = bu_parse_int("bench_api", a, v, 1, 256, &o->threads);
      i++;
    } else if (!strcmp(a, "--iterations") && v) {
      bad = bu_parse_int("bench_api", a, v, 1, 1000000, &o->iterations);
      i++;
    } else if (a[0] == '-' && a[1]) {
      fprintf(stderr, "bench_api: unknown option or missing value: %s\n", a);
      bad = 1;
    } else if (!o->corpus) {
      o->corpus = a;
    } else {
      fprintf(stderr, "bench_api: one corpus only\n");
      bad = 1;
    }
    if (bad) return 2;
  }
  int needs_corpus = !strcmp(o->mode, "scan") || !strcmp(o->mode, "tokens");
  if (!needs_corpus && strcmp(o->mode, "open") && strcmp(o->mode, "compile")) {
    fprintf(stderr, "bench_api: unknown mode '%s'\n", o->mode);
    return 2;
  }
  if (needs_corpus && !o->corpus) {
    fprintf(stderr, "bench_api: no corpus given\n");
    return 2;
  }
  if (!needs_corpus && o->corpus) {
    fprintf(stderr, "bench_api: --mode %s takes no corpus\n", o->mode);
    return 2;
  }
  if (o->threads && strcmp(o->mode, "scan")) {
    fprintf(stderr, "bench_api: --threads works in scan mode only\n");
    return 2;
  }
  return 0;
}

int main(int argc, char **argv) {
  options o;
  int prc = parse_args(argc, argv, &o);
  if (prc == 1) return 0; /* --help */
  if (prc) { fputs(usage, stderr); return 2; }

  lexsrc src;
  if (lexsrc_load(&src, o.lexicon)) return 1;
  int rc;
  if (!strcmp(o.mode, "open")) {
    rc = run_open(&o, &src);
  } else if (!strcmp(o.mode, "compile")) {
    rc = run_compile(&o, &src);
  } else {
    bu_corpus c;
    rc = bu_corpus_load(o.corpus, o.t.max_bytes, &c) ? 1 : 0;
    if (!rc) {
      /* The resident size before the lexicon: the corpus and the program.
       * peak_rss_kb minus this is what miltag itself needed. */
      long rss_base = bu_current_rss_kb();
      miltag_lexicon *lex = NULL;
      double t0 = bu_now();
      rc = lexsrc_open(&src, o.lexicon, &lex) ? 1 : 0;
      double lex_seconds = bu_now() - t0;
      if (!rc) {
        rc = o.threads ? run_threads(&o, &c, lex, rss_base)
                       : run_scan(&o, &c, lex, lex_seconds, rss_base);
      }
      miltag_lexicon_free(lex);
      bu_corpus_free(&c);
    }
  }
  free(src.data);
  return rc;
}
