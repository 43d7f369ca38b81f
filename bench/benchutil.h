/*
 * benchutil.h: what the benchmark programs share: loading a corpus into
 * memory and splitting it into lines the way the miltag CLI does, the
 * clock, timed passes, resident-memory figures, option parsing and the
 * one-line JSON report that bench/run.py reads.
 *
 * Every program prints exactly one JSON object on standard output and
 * diagnostics on standard error; exit status 0 on success, 1 on a runtime
 * error, 2 on a usage error.  MB means 10^6 bytes throughout.
 */
#ifndef MILTAG_BENCHUTIL_H
#define MILTAG_BENCHUTIL_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

/* A corpus held in memory, one document per line. */
typedef struct bu_corpus {
  char *data;      /* the bytes, NUL-terminated (the NUL is not counted) */
  size_t len;      /* bytes used: the file, or its cut at max_bytes */
  size_t *start;   /* start offset of each line */
  size_t *length;  /* length of each line without "\n" or "\r\n" */
  size_t nlines;
} bu_corpus;

/* Read a whole file into memory (NUL-terminated; the NUL is not counted
 * in *len).  The caller frees *data.  Returns 0, or -1 after printing why
 * on stderr. */
int bu_read_file(const char *path, char **data, size_t *len);

/* Read path into memory.  If max_bytes is non-zero and the file is longer,
 * keep only the lines that end within the first max_bytes bytes, so that
 * no line is cut in the middle (a cut line would tokenize differently).
 * Lines are split on '\n' and lose a trailing '\r', exactly as the CLI
 * reads them with getline(), so the API and the CLI see the same
 * documents.  Returns 0, or -1 after printing why on stderr. */
int bu_corpus_load(const char *path, size_t max_bytes, bu_corpus *c);
void bu_corpus_free(bu_corpus *c);

/* Seconds on CLOCK_MONOTONIC. */
double bu_now(void);

/* Peak resident set of this process (getrusage), in KiB. */
long bu_peak_rss_kb(void);
/* Current resident set (/proc/self/statm), in KiB; -1 if unknown. */
long bu_current_rss_kb(void);

/* The options every throughput program takes. */
typedef struct bu_options {
  size_t max_bytes;     /* --max-bytes: only the lines within N bytes; 0: all */
  size_t warmup_bytes;  /* --warmup-bytes: untimed warm-up (default 1 MiB) */
  double min_time;      /* --min-time: seconds of timed passes (default 2) */
  long min_passes;      /* --min-passes (default 1) */
  long max_passes;      /* --max-passes (default and limit BU_MAX_PASSES) */
} bu_options;

#define BU_MAX_PASSES 1000

#define BU_OPTIONS_HELP                                                          \
  "  --max-bytes N    use only the lines within the first N bytes (K, M, G)\n"   \
  "  --min-time S     time passes until S seconds have run (default 2)\n"        \
  "  --min-passes N   at least N timed passes (default 1)\n"                     \
  "  --max-passes N   at most N timed passes (default 1000)\n"                   \
  "  --warmup-bytes N untimed warm-up over the lines within the first N bytes\n" \
  "                   (default 1M; 0: none, to profile exactly one pass)\n"

void bu_options_init(bu_options *o);

/* If argv[*i] is one of the options above, store its value, advance *i
 * past the value and return 1.  Return 0 if argv[*i] is something else,
 * -1 after printing why if its value is missing or bad. */
int bu_parse_option(const char *prog, int argc, char **argv, int *i, bu_options *o);

/* How many lines of c start within its first `bytes` bytes: the lines of
 * the warm-up. */
size_t bu_lines_within(const bu_corpus *c, size_t bytes);

/* One timed unit of work (typically one pass over the corpus).  Returns 0
 * on success; any other value stops the run and is passed back. */
typedef int (*bu_pass_fn)(void *ctx);

typedef struct bu_timing {
  int passes;          /* passes timed */
  double median;       /* median seconds per pass */
  double best;         /* fastest pass */
  double worst;        /* slowest pass */
  double total;        /* all passes */
  long peak_rss_kb;    /* the peak RSS when the last pass ended (what
                          bu_json_timing reports: work after the passes,
                          such as bench_api's digest pass, is not in it) */
} bu_timing;

/* Run fn until at least o->min_passes passes were made and their total
 * time reached o->min_time seconds, but never more than o->max_passes.
 * after (may be NULL) runs after each pass, untimed: for freeing what the
 * pass built, or checking it.  Reporting the median pass rather than the
 * mean keeps a single descheduled pass from moving the figure.  Returns 0
 * or the first non-zero value fn or after returned. */
int bu_time_passes(bu_pass_fn fn, bu_pass_fn after, void *ctx, const bu_options *o,
                   bu_timing *out);

/* 64-bit FNV-1a, used to fingerprint results so that an optimization that
 * changes what is found shows up as a different digest. */
#define BU_FNV_INIT UINT64_C(0xcbf29ce484222325)
uint64_t bu_fnv_u64(uint64_t h, uint64_t v);
/* The same over n bytes of p. */
uint64_t bu_fnv_bytes(uint64_t h, const void *p, size_t n);

/* Strict number parsing for options: the whole string must be a number in
 * range.  Returns 0, or -1 after printing "PROG: bad value for OPT" on
 * stderr.  bu_parse_size accepts a K, M or G suffix (powers of 1024). */
int bu_parse_size(const char *prog, const char *opt, const char *s, size_t *out);
int bu_parse_int(const char *prog, const char *opt, const char *s, long lo, long hi,
                 long *out);
int bu_parse_double(const char *prog, const char *opt, const char *s, double lo,
                    double hi, double *out);

/* Minimal JSON output for the one-line report: keys and strings are
 * escaped, numbers printed in full precision.  Call bu_json_begin once,
 * the field writers in any order, then bu_json_end. */
typedef struct bu_json {
  FILE *f;
  int n;  /* fields written so far */
} bu_json;
void bu_json_begin(bu_json *j, FILE *f);
void bu_json_str(bu_json *j, const char *key, const char *value);
void bu_json_u64(bu_json *j, const char *key, uint64_t value);
void bu_json_i64(bu_json *j, const char *key, int64_t value);
void bu_json_dbl(bu_json *j, const char *key, double value);
/* Writes the common fields of a throughput measurement: bytes, lines,
 * passes, seconds (median), best/worst/total seconds, mb_per_s (from the
 * median), peak_rss_kb. */
void bu_json_timing(bu_json *j, const bu_corpus *c, const bu_timing *t);
/* Ends the object and the line; returns 0, or -1 if writing failed. */
int bu_json_end(bu_json *j);

#endif
