/* miltag-linearity: measures that tagging time grows linearly with
 * adversarial input, and lexicon compile time with lexicon size.
 *
 *   miltag-linearity [N]     (N tokens for the small run; default 1000000)
 *   miltag-linearity --one KIND TOKENS   (one scan, for instruction counts
 *                                         under callgrind: scripts/linearity.sh)
 *
 * For each input kind it tags N and then 10*N tokens' worth of text with
 * the built-in lexicon (CPU time of this process, best of 3 runs) and
 * prints the ratio; linear means at most 11.  It does the same for
 * compiling synthetic lexicons of M and 10*M entries that share long
 * prefixes.  A benchmark, not a test: scripts/linearity.sh runs it on a
 * release build; docs/robustness.md holds the latest figures. */
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

static int count(const miltag_tag *t, void *ctx) {
  (void)t;
  (*(size_t *)ctx)++;
  return 0;
}

/* Fill a buffer with reps copies of unit (random bytes when unit is NULL). */
static char *make_text(const char *unit, size_t reps, size_t *len) {
  size_t ul = unit ? strlen(unit) : 8;
  *len = ul * reps;
  char *t = malloc(*len ? *len : 1);
  if (!t) { fprintf(stderr, "out of memory\n"); exit(1); }
  uint64_t x = 0x9E3779B97F4A7C15ull;
  for (size_t i = 0; i < reps; i++) {
    if (unit) { memcpy(t + i * ul, unit, ul); continue; }
    for (size_t k = 0; k < 8; k++) {
      x ^= x << 13; x ^= x >> 7; x ^= x << 17;
      t[i * 8 + k] = (char)(x & 0xFF);
    }
  }
  return t;
}

static double time_scan(miltag_scanner *s, const char *unit, size_t reps, unsigned flags, size_t *tags) {
  size_t len;
  char *t = make_text(unit, reps, &len);
  double best = 1e30;
  for (int run = 0; run < 3; run++) {
    size_t n = 0;
    double t0 = cpu_now();
    int rc = miltag_scan(s, t, len, flags, count, &n);
    double dt = cpu_now() - t0;
    if (rc != MILTAG_OK) { fprintf(stderr, "scan failed: %s\n", miltag_strerror(rc)); exit(1); }
    if (dt < best) best = dt;
    *tags = n;
  }
  free(t);
  return best;
}

/* M entries whose terms share a long prefix: "w1 w2 ... w8 x<i>". */
static double time_compile(size_t m, size_t *forms) {
  size_t cap = m * 128 + 64, len = 0; /* a row is about 80 bytes */
  char *tsv = malloc(cap);
  if (!tsv) { fprintf(stderr, "out of memory\n"); exit(1); }
  len += (size_t)sprintf(tsv, "term\tcategory\tid\n");
  for (size_t i = 0; i < m; i++)
    len += (size_t)sprintf(tsv + len, "alpha beta gamma delta epsilon zeta eta theta x%zu\tplace\tp.%zu\n", i, i);
  miltag_lexicon *lex;
  miltag_error err;
  double t0 = cpu_now();
  int rc = miltag_lexicon_compile(tsv, len, "synthetic", NULL, &lex, &err);
  double dt = cpu_now() - t0;
  if (rc) { fprintf(stderr, "compile failed: %s\n", err.message); exit(1); }
  miltag_lexicon_stats st;
  miltag_lexicon_get_stats(lex, &st);
  *forms = st.forms;
  miltag_lexicon_free(lex);
  free(tsv);
  return dt;
}

static const struct { const char *name, *unit; unsigned flags; } kinds[] = {
    {"repeated prefix 'груз'", "груз ", 0},
    {"repeated prefix 'Postoyalye'", "Postoyalye ", 0},
    {"repeated code 'груз 200'", "груз 200 ", 0},
    {"prefix soup, all overlaps", "груз Курская Postoyalye 155-я отдельная гвардейская ", MILTAG_SCAN_OVERLAPS},
    {"invalid UTF-8", "\xC0\xAF \xED\xA0\x80 \xE2\x82 \x80x ", 0},
    {"random bytes", NULL, 0},
};
#define NKINDS (sizeof kinds / sizeof *kinds)

static size_t reps_for(size_t k, size_t n) {
  /* about n tokens: units hold 1 to 6 tokens; random bytes about 1 */
  size_t per = 1;
  if (kinds[k].unit) for (const char *p = kinds[k].unit; *p; p++) per += *p == ' ';
  return n / (per > 1 ? per - 1 : 1);
}

int main(int argc, char **argv) {
  miltag_lexicon *lex;
  miltag_scanner *s;
  if (miltag_lexicon_default(NULL, &lex) || miltag_scanner_new(lex, &s)) return 1;
  if (argc == 4 && strcmp(argv[1], "--one") == 0) {
    size_t k = (size_t)strtoull(argv[2], NULL, 10), n = (size_t)strtoull(argv[3], NULL, 10), len;
    if (k >= NKINDS + 1) return 2;
    if (k == NKINDS) { /* the lexicon compile */
      size_t forms;
      time_compile(n / 10, &forms);
    } else {
      char *t = make_text(kinds[k].unit, reps_for(k, n), &len);
      size_t tags = 0;
      miltag_scan(s, t, len, kinds[k].flags, count, &tags);
      free(t);
    }
    miltag_scanner_free(s);
    miltag_lexicon_free(lex);
    return 0;
  }
  size_t n = argc > 1 ? (size_t)strtoull(argv[1], NULL, 10) : 1000000;
  int ok = 1;
  printf("Time (CPU, best of 3):\n\n| input | tokens (small) | tags | time small | time 10x | ratio |\n|---|---:|---:|---:|---:|---:|\n");
  for (size_t k = 0; k < NKINDS; k++) {
    size_t reps = reps_for(k, n);
    size_t t1, t10;
    double a = time_scan(s, kinds[k].unit, reps, kinds[k].flags, &t1);
    double b = time_scan(s, kinds[k].unit, reps * 10, kinds[k].flags, &t10);
    double r = b / a;
    ok &= r <= 11.0;
    printf("| %s | %zu | %zu | %.3f s | %.3f s | %.2f |\n", kinds[k].name, n, t1, a, b, r);
  }
  size_t m = n / 10, f1, f10;
  double a = time_compile(m, &f1), b = time_compile(m * 10, &f10);
  ok &= b / a <= 11.0;
  printf("| compile %zu vs %zu entries sharing an 8-word prefix | | | %.3f s | %.3f s | %.2f |\n", m, m * 10, a, b, b / a);
  miltag_scanner_free(s);
  miltag_lexicon_free(lex);
  printf("\n%s\n", ok ? "linear: every ratio is at most 11" : "NOT LINEAR: a ratio exceeds 11");
  return ok ? 0 : 1;
}
