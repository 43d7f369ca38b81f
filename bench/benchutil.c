#define _POSIX_C_SOURCE 200809L
#include "benchutil.h"

#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

/* The size from fstat is only a first guess, so that a pipe or a file
 * that changes while we read is still read correctly. */
int bu_read_file(const char *path, char **out, size_t *out_len) {
  FILE *f = fopen(path, "rb");
  if (!f) {
    fprintf(stderr, "%s: %s\n", path, strerror(errno));
    return -1;
  }
  struct stat st;
  size_t cap = 1 << 16;
  if (fstat(fileno(f), &st) == 0 && st.st_size > 0 && (uintmax_t)st.st_size < SIZE_MAX / 2)
    cap = (size_t)st.st_size + 2; /* room for the NUL and for seeing EOF */
  char *buf = malloc(cap);
  size_t len = 0;
  if (!buf) goto nomem;
  for (;;) {
    if (cap - len < 2) {
      if (cap > SIZE_MAX / 2) goto nomem;
      char *nb = realloc(buf, cap * 2);
      if (!nb) goto nomem;
      buf = nb;
      cap *= 2;
    }
    size_t n = fread(buf + len, 1, cap - len - 1, f);
    len += n;
    if (n == 0) break;
  }
  if (ferror(f)) {
    fprintf(stderr, "%s: read error: %s\n", path, strerror(errno));
    free(buf);
    fclose(f);
    return -1;
  }
  fclose(f);
  buf[len] = '\0';
  *out = buf;
  *out_len = len;
  return 0;
nomem:
  fprintf(stderr, "%s: out of memory\n", path);
  free(buf);
  fclose(f);
  return -1;
}

int bu_corpus_load(const char *path, size_t max_bytes, bu_corpus *c) {
  memset(c, 0, sizeof *c);
  if (bu_read_file(path, &c->data, &c->len)) return -1;
  if (max_bytes && c->len > max_bytes) {
    /* Keep whole lines only: cut after the last newline inside the limit. */
    size_t cut = max_bytes;
    while (cut > 0 && c->data[cut - 1] != '\n') cut--;
    if (cut == 0) {
      fprintf(stderr, "%s: no complete line in the first %zu bytes\n", path, max_bytes);
      bu_corpus_free(c);
      return -1;
    }
    c->len = cut;
    c->data[cut] = '\0';
  }
  size_t n = 0;
  for (const char *p = c->data, *end = c->data + c->len; p < end; n++) {
    const char *nl = memchr(p, '\n', (size_t)(end - p));
    p = nl ? nl + 1 : end;
  }
  c->start = malloc((n ? n : 1) * sizeof *c->start);
  c->length = malloc((n ? n : 1) * sizeof *c->length);
  if (!c->start || !c->length) {
    fprintf(stderr, "%s: out of memory\n", path);
    bu_corpus_free(c);
    return -1;
  }
  size_t i = 0;
  for (const char *p = c->data, *end = c->data + c->len; p < end; i++) {
    const char *nl = memchr(p, '\n', (size_t)(end - p));
    size_t l = (size_t)((nl ? nl : end) - p);
    if (l && p[l - 1] == '\r') l--;
    c->start[i] = (size_t)(p - c->data);
    c->length[i] = l;
    p = nl ? nl + 1 : end;
  }
  c->nlines = n;
  return 0;
}

void bu_corpus_free(bu_corpus *c) {
  free(c->data);
  free(c->start);
  free(c->length);
  memset(c, 0, sizeof *c);
}

double bu_now(void) {
  struct timespec ts;
  /* CLOCK_MONOTONIC cannot fail on Linux with a valid pointer; a zero
   * would only make one measurement meaningless, never crash. */
  if (clock_gettime(CLOCK_MONOTONIC, &ts) != 0) return 0.0;
  return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

long bu_peak_rss_kb(void) {
  struct rusage ru;
  if (getrusage(RUSAGE_SELF, &ru) != 0) return -1;
  return ru.ru_maxrss; /* KiB on Linux */
}

long bu_current_rss_kb(void) {
  FILE *f = fopen("/proc/self/statm", "r");
  if (!f) return -1;
  long size, resident;
  int ok = fscanf(f, "%ld %ld", &size, &resident) == 2;
  fclose(f);
  long page = sysconf(_SC_PAGESIZE);
  if (!ok || page <= 0) return -1;
  return resident * (page / 1024);
}

static int cmp_double(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return (x > y) - (x < y);
}

int bu_time_passes(bu_pass_fn fn, bu_pass_fn after, void *ctx, const bu_options *o,
                   bu_timing *out) {
  double times[BU_MAX_PASSES];
  memset(out, 0, sizeof *out);
  long max_passes = o->max_passes, min_passes = o->min_passes;
  if (max_passes < 1 || max_passes > BU_MAX_PASSES) max_passes = BU_MAX_PASSES;
  if (min_passes < 1) min_passes = 1;
  if (min_passes > max_passes) min_passes = max_passes;
  int n = 0;
  double total = 0;
  while (n < max_passes && (n < min_passes || total < o->min_time)) {
    double t0 = bu_now();
    int rc = fn(ctx);
    double dt = bu_now() - t0;
    if (!rc && after) rc = after(ctx);
    if (rc) return rc;
    times[n++] = dt;
    total += dt;
  }
  qsort(times, (size_t)n, sizeof times[0], cmp_double);
  out->passes = n;
  out->median = n % 2 ? times[n / 2] : (times[n / 2 - 1] + times[n / 2]) / 2;
  out->best = times[0];
  out->worst = times[n - 1];
  out->total = total;
  out->peak_rss_kb = bu_peak_rss_kb();
  return 0;
}

void bu_options_init(bu_options *o) {
  o->max_bytes = 0;
  o->warmup_bytes = 1u << 20;
  o->min_time = 2.0;
  o->min_passes = 1;
  o->max_passes = BU_MAX_PASSES;
}

int bu_parse_option(const char *prog, int argc, char **argv, int *i, bu_options *o) {
  const char *a = argv[*i];
  static const char *const names[] = {"--max-bytes", "--warmup-bytes", "--min-time",
                                      "--min-passes", "--max-passes"};
  int k = 0;
  while (k < 5 && strcmp(a, names[k]) != 0) k++;
  if (k == 5) return 0;
  if (*i + 1 >= argc) {
    fprintf(stderr, "%s: %s needs a value\n", prog, a);
    return -1;
  }
  const char *v = argv[++*i];
  switch (k) {
    case 0: return bu_parse_size(prog, a, v, &o->max_bytes) ? -1 : 1;
    case 1: return bu_parse_size(prog, a, v, &o->warmup_bytes) ? -1 : 1;
    case 2: return bu_parse_double(prog, a, v, 0, 3600, &o->min_time) ? -1 : 1;
    case 3: return bu_parse_int(prog, a, v, 1, BU_MAX_PASSES, &o->min_passes) ? -1 : 1;
    default: return bu_parse_int(prog, a, v, 1, BU_MAX_PASSES, &o->max_passes) ? -1 : 1;
  }
}

size_t bu_lines_within(const bu_corpus *c, size_t bytes) {
  size_t n = 0;
  while (n < c->nlines && c->start[n] < bytes) n++;
  return n;
}

uint64_t bu_fnv_u64(uint64_t h, uint64_t v) {
  for (int i = 0; i < 8; i++) {
    h ^= (v >> (8 * i)) & 0xFF;
    h *= UINT64_C(0x100000001b3);
  }
  return h;
}

uint64_t bu_fnv_bytes(uint64_t h, const void *p, size_t n) {
  const unsigned char *b = p;
  for (size_t i = 0; i < n; i++) {
    h ^= b[i];
    h *= UINT64_C(0x100000001b3);
  }
  return h;
}

static int bad_value(const char *prog, const char *opt, const char *s) {
  fprintf(stderr, "%s: bad value for %s: '%s'\n", prog, opt, s);
  return -1;
}

int bu_parse_size(const char *prog, const char *opt, const char *s, size_t *out) {
  char *end;
  errno = 0;
  if (!s || !*s || *s == '-') return bad_value(prog, opt, s ? s : "");
  unsigned long long v = strtoull(s, &end, 10);
  if (errno || end == s) return bad_value(prog, opt, s);
  unsigned long long mul = 1;
  if (*end == 'K' || *end == 'k') mul = 1ull << 10, end++;
  else if (*end == 'M' || *end == 'm') mul = 1ull << 20, end++;
  else if (*end == 'G' || *end == 'g') mul = 1ull << 30, end++;
  if (*end || v > SIZE_MAX / mul) return bad_value(prog, opt, s);
  *out = (size_t)(v * mul);
  return 0;
}

int bu_parse_int(const char *prog, const char *opt, const char *s, long lo, long hi,
                 long *out) {
  char *end;
  errno = 0;
  if (!s || !*s) return bad_value(prog, opt, "");
  long v = strtol(s, &end, 10);
  if (errno || end == s || *end || v < lo || v > hi) return bad_value(prog, opt, s);
  *out = v;
  return 0;
}

int bu_parse_double(const char *prog, const char *opt, const char *s, double lo,
                    double hi, double *out) {
  char *end;
  errno = 0;
  if (!s || !*s) return bad_value(prog, opt, "");
  double v = strtod(s, &end);
  if (errno || end == s || *end || !(v >= lo && v <= hi)) return bad_value(prog, opt, s);
  *out = v;
  return 0;
}

static void json_string(FILE *f, const char *s) {
  fputc('"', f);
  for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
    if (*p == '"' || *p == '\\') fprintf(f, "\\%c", *p);
    else if (*p < 0x20) fprintf(f, "\\u%04x", *p);
    else fputc(*p, f);
  }
  fputc('"', f);
}

static void json_key(bu_json *j, const char *key) {
  fputs(j->n++ ? "," : "", j->f);
  json_string(j->f, key);
  fputc(':', j->f);
}

void bu_json_begin(bu_json *j, FILE *f) {
  j->f = f;
  j->n = 0;
  fputc('{', f);
}

void bu_json_str(bu_json *j, const char *key, const char *value) {
  json_key(j, key);
  json_string(j->f, value ? value : "");
}

void bu_json_u64(bu_json *j, const char *key, uint64_t value) {
  json_key(j, key);
  fprintf(j->f, "%llu", (unsigned long long)value);
}

void bu_json_i64(bu_json *j, const char *key, int64_t value) {
  json_key(j, key);
  fprintf(j->f, "%lld", (long long)value);
}

void bu_json_dbl(bu_json *j, const char *key, double value) {
  json_key(j, key);
  /* JSON has no inf or nan; a zero-length pass could produce them. */
  if (isfinite(value)) fprintf(j->f, "%.9g", value);
  else fputs("null", j->f);
}

void bu_json_timing(bu_json *j, const bu_corpus *c, const bu_timing *t) {
  bu_json_u64(j, "bytes", c->len);
  bu_json_u64(j, "lines", c->nlines);
  bu_json_i64(j, "passes", t->passes);
  bu_json_dbl(j, "seconds", t->median);
  bu_json_dbl(j, "best_seconds", t->best);
  bu_json_dbl(j, "worst_seconds", t->worst);
  bu_json_dbl(j, "total_seconds", t->total);
  bu_json_dbl(j, "mb_per_s", t->median > 0 ? (double)c->len / 1e6 / t->median : 0.0);
  bu_json_i64(j, "peak_rss_kb", t->peak_rss_kb);
}

int bu_json_end(bu_json *j) {
  fputs("}\n", j->f);
  return fflush(j->f) == 0 && !ferror(j->f) ? 0 : -1;
}
