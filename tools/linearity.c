/* miltag-linearity: measures that tagging time grows linearly with
 * adversarial input, and lexicon compile time with lexicon size.
 *
 *   miltag-linearity [N]        (N units for the small run; default 1000000)
 *   miltag-linearity --list     (the measures, one a line)
 *   miltag-linearity --one K N  (measure K once at size N, for instruction
 *                                counts under callgrind: scripts/linearity.sh)
 *
 * Each measure runs at size N and 10*N (CPU time of this process, best of
 * 3 runs) and prints the ratio; linear means at most 11.  Scans use the
 * built-in lexicon or a hostile lexicon of their own (compiled before the
 * clock starts); compiles build synthetic lexicons of the given size.
 * Some measures are scaled down (a divisor of N) where one unit costs
 * much more than one token of text.  A benchmark, not a test:
 * scripts/linearity.sh runs it on a release build; docs/robustness.md holds
 * the latest figures. */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "miltag.h"

static double cpu_now(void) {
  struct timespec t;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
  return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static void die(const char *what) {
  fprintf(stderr, "miltag-linearity: %s\n", what);
  exit(1);
}

static int count(const miltag_tag *t, void *ctx) {
  (void)t;
  (*(size_t *)ctx)++;
  return 0;
}

/* head, then reps copies of unit (random bytes, 8 a unit, when unit is
 * NULL), then tail. */
static char *make_text(const char *head, const char *unit, size_t reps, const char *tail,
                       size_t *len) {
  size_t hl = strlen(head), ul = unit ? strlen(unit) : 8, tl = strlen(tail);
  *len = hl + ul * reps + tl;
  char *t = malloc(*len ? *len : 1);
  if (!t) die("out of memory");
  memcpy(t, head, hl);
  uint64_t x = 0x9E3779B97F4A7C15ull;
  for (size_t i = 0; i < reps; i++) {
    char *o = t + hl + i * ul;
    if (unit) { memcpy(o, unit, ul); continue; }
    for (size_t k = 0; k < 8; k++) {
      x ^= x << 13; x ^= x >> 7; x ^= x << 17;
      o[k] = (char)(x & 0xFF);
    }
  }
  memcpy(t + hl + ul * reps, tail, tl);
  return t;
}

static miltag_lexicon *compile_tsv(const char *tsv, size_t len) {
  miltag_lexicon *lex;
  miltag_error err;
  if (miltag_lexicon_compile(tsv, len, "synthetic", NULL, &lex, &err)) die(err.message);
  return lex;
}

/* ------------------------------------------------------------ lexicons */

/* One term under m ids. */
static char *tsv_many_ids(size_t m, size_t *len) {
  size_t cap = m * 40 + 64;
  char *tsv = malloc(cap);
  if (!tsv) die("out of memory");
  *len = (size_t)sprintf(tsv, "term\tcategory\tid\n");
  for (size_t i = 0; i < m; i++) *len += (size_t)sprintf(tsv + *len, "Zorbograd\tplace\tp.%zu\n", i);
  return tsv;
}

/* 64 rows of ten "(11|{num})" and six numbers: 65,536 paths over "11 11 ...",
 * past the caps of the scan. */
static char *tsv_overlapping_numbers(size_t *len) {
  char *tsv = malloc(16384);
  if (!tsv) die("out of memory");
  *len = (size_t)sprintf(tsv, "term\tcategory\tid\n");
  for (int j = 0; j < 64; j++) {
    for (int g = 0; g < 10; g++) *len += (size_t)sprintf(tsv + *len, "(11|{num}) ");
    for (int b = 0; b < 6; b++)
      *len += (size_t)sprintf(tsv + *len, "%s%s", (j >> b) & 1 ? "11" : "{num}", b < 5 ? " " : "");
    *len += (size_t)sprintf(tsv + *len, "\tunit\tu.%d\n", j);
  }
  return tsv;
}

/* ------------------------------------------------------------ measures */

typedef struct measure {
  const char *name;
  int compile;          /* 0: a scan of text; 1: a compile of a lexicon */
  const char *head, *unit, *tail; /* scans: the text */
  unsigned flags;
  char *(*lexicon)(size_t *len); /* scans: their own lexicon (NULL: built-in) */
  char *(*make)(size_t n, size_t *len); /* compiles: the lexicon of size n */
  size_t divisor;       /* units = N / divisor */
} measure;

/* M entries whose terms share a long prefix: "w1 w2 ... w8 x<i>". */
static char *tsv_shared_prefix(size_t m, size_t *len) {
  size_t cap = m * 128 + 64;
  char *tsv = malloc(cap);
  if (!tsv) die("out of memory");
  *len = (size_t)sprintf(tsv, "term\tcategory\tid\n");
  for (size_t i = 0; i < m; i++)
    *len += (size_t)sprintf(tsv + *len, "alpha beta gamma delta epsilon zeta eta theta x%zu\tplace\tp.%zu\n", i, i);
  return tsv;
}

/* One id whose m rows each add an attribute key. */
static char *tsv_attr_rows(size_t m, size_t *len) {
  size_t cap = m * 48 + 64;
  char *tsv = malloc(cap);
  if (!tsv) die("out of memory");
  *len = (size_t)sprintf(tsv, "term\tcategory\tid\tattrs\n");
  for (size_t i = 0; i < m; i++)
    *len += (size_t)sprintf(tsv + *len, "zorb%zu\tplace\tp.z\tk%zu=v%zu\n", i, i, i);
  return tsv;
}

/* m rows of ten optional pairs of adjectives (millions of forms each
 * without the budget of forms). */
static char *tsv_optional_words(size_t m, size_t *len) {
  static const char *const adjs[] = {"большая", "малая", "новая", "старая", "красная",
                                     "белая", "чёрная", "зелёная", "синяя", "жёлтая"};
  size_t cap = m * 400 + 64;
  char *tsv = malloc(cap);
  if (!tsv) die("out of memory");
  *len = (size_t)sprintf(tsv, "term\tcategory\tid\tlang\n");
  for (size_t i = 0; i < m; i++) {
    for (size_t a = 0; a < 10; a++) *len += (size_t)sprintf(tsv + *len, "[%s %s] ", adjs[a], adjs[a]);
    *len += (size_t)sprintf(tsv + *len, "птичка%zu\tslang\ts.%zu\tru\n", i, i);
  }
  return tsv;
}

static char *lex_many_ids(size_t *len) { return tsv_many_ids(30000, len); }

static const measure measures[] = {
    {"repeated prefix 'груз'", 0, "", "груз ", "", 0, NULL, NULL, 1},
    {"repeated prefix 'Postoyalye'", 0, "", "Postoyalye ", "", 0, NULL, NULL, 1},
    {"repeated code 'груз 200'", 0, "", "груз 200 ", "", 0, NULL, NULL, 2},
    {"prefix soup, all overlaps", 0, "", "груз Курская Postoyalye 155-я отдельная гвардейская ", "",
     MILTAG_SCAN_OVERLAPS, NULL, NULL, 7},
    {"invalid UTF-8", 0, "", "\xC0\xAF \xED\xA0\x80 \xE2\x82 \x80x ", "", 0, NULL, NULL, 4},
    {"random bytes", 0, "", NULL, "", 0, NULL, NULL, 1},
    {"lone connectors '_-' (one chunk)", 0, "", "_-", " Kharkiv", 0, NULL, NULL, 1},
    {"a letter and alternating combining marks (U+0302 U+0316)", 0, "Kharkiv a",
     "\xCC\x82\xCC\x96", " Kharkiv", 0, NULL, NULL, 1},
    {"one word of U+FDFA (18 characters each under NFKC)", 0, "", "\xEF\xB7\xBA", " Kharkiv", 0,
     NULL, NULL, 1},
    {"Chinese without spaces (ICU dictionary)", 0, "", "战争哈尔科夫的士兵", " Kharkiv", 0, NULL,
     NULL, 4},
    {"a term under 30,000 ids, tagged again and again", 0, "", "Zorbograd and ", "", 0,
     lex_many_ids, NULL, 200},
    {"64 rows of ten '(11|{num})', a run of '11' (all overlaps)", 0, "", "11 ", "",
     MILTAG_SCAN_OVERLAPS, tsv_overlapping_numbers, NULL, 100},
    {"compile: entries sharing an 8-word prefix", 1, NULL, NULL, NULL, 0, NULL, tsv_shared_prefix, 10},
    {"compile: one term under N ids", 1, NULL, NULL, NULL, 0, NULL, tsv_many_ids, 10},
    {"compile: one id, each row adding an attribute key", 1, NULL, NULL, NULL, 0, NULL,
     tsv_attr_rows, 10},
    {"compile: rows of ten optional pairs of adjectives", 1, NULL, NULL, NULL, 0, NULL,
     tsv_optional_words, 1000},
};
#define NMEASURES (sizeof measures / sizeof *measures)

/* Run measure k at size n (units = n / divisor) once; returns the CPU time
 * of the measured call and the tags or forms it made. */
static double run_once(size_t k, size_t n, miltag_scanner *builtin, size_t *out) {
  const measure *m = &measures[k];
  size_t units = n / m->divisor ? n / m->divisor : 1, len;
  if (m->compile) {
    char *tsv = m->make(units, &len);
    double t0 = cpu_now();
    miltag_lexicon *lex = compile_tsv(tsv, len);
    double dt = cpu_now() - t0;
    miltag_lexicon_stats st = MILTAG_LEXICON_STATS_INIT;
    miltag_lexicon_get_stats(lex, &st);
    *out = st.forms;
    miltag_lexicon_free(lex);
    free(tsv);
    return dt;
  }
  miltag_lexicon *own = NULL;
  miltag_scanner *s = builtin;
  if (m->lexicon) {
    char *tsv = m->lexicon(&len);
    own = compile_tsv(tsv, len);
    free(tsv);
    if (miltag_scanner_new(own, &s)) die("cannot create a scanner");
  }
  char *t = make_text(m->head, m->unit, units, m->tail, &len);
  size_t tags = 0;
  double t0 = cpu_now();
  int rc = miltag_scan(s, t, len, m->flags, count, &tags);
  double dt = cpu_now() - t0;
  if (rc < 0) die(miltag_strerror(rc));
  *out = tags;
  free(t);
  if (own) {
    miltag_scanner_free(s);
    miltag_lexicon_free(own);
  }
  return dt;
}

static double best_of_3(size_t k, size_t n, miltag_scanner *s, size_t *out) {
  double best = 1e30;
  for (int run = 0; run < 3; run++) {
    double dt = run_once(k, n, s, out);
    if (dt < best) best = dt;
  }
  return best;
}

int main(int argc, char **argv) {
  if (argc == 2 && strcmp(argv[1], "--list") == 0) {
    for (size_t k = 0; k < NMEASURES; k++)
      printf("%s (units = N/%zu)\n", measures[k].name, measures[k].divisor);
    return 0;
  }
  miltag_lexicon *lex;
  miltag_scanner *s;
  if (miltag_lexicon_default(NULL, &lex) || miltag_scanner_new(lex, &s)) return 1;
  if (argc == 4 && strcmp(argv[1], "--one") == 0) {
    size_t k = (size_t)strtoull(argv[2], NULL, 10), n = (size_t)strtoull(argv[3], NULL, 10), out;
    if (k >= NMEASURES) return 2;
    run_once(k, n, s, &out);
    miltag_scanner_free(s);
    miltag_lexicon_free(lex);
    return 0;
  }
  size_t n = argc > 1 ? (size_t)strtoull(argv[1], NULL, 10) : 1000000;
  int ok = 1;
  printf("Time (CPU, best of 3), N = %zu:\n\n| measure | units N | tags or forms | time N | time 10N | ratio |\n"
         "|---|---:|---:|---:|---:|---:|\n", n);
  for (size_t k = 0; k < NMEASURES; k++) {
    size_t o1, o10;
    double a = best_of_3(k, n, s, &o1), b = best_of_3(k, n * 10, s, &o10);
    double r = a > 0 ? b / a : 0;
    ok &= r <= 11.0;
    printf("| %s | %zu | %zu | %.3f s | %.3f s | %.2f |\n", measures[k].name, n / measures[k].divisor,
           o1, a, b, r);
  }
  miltag_scanner_free(s);
  miltag_lexicon_free(lex);
  printf("\n%s\n", ok ? "linear: every ratio is at most 11" : "NOT LINEAR: a ratio exceeds 11");
  return ok ? 0 : 1;
}
