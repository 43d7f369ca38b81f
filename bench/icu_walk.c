/*
 * icu_walk: the floor every miltag figure is compared with.  It does the
 * least that any ICU-based word tagger must do: run ICU's word break
 * iterator over the same UTF-8 bytes, the same way miltag does (a UText
 * over the caller's buffer, no copy, the root locale), and count the
 * segments whose rule status marks a word, number or letter run.  Nothing
 * is normalized or looked up.
 *
 *   icu_walk [OPTIONS] CORPUS      per line, as miltag scans (the floor)
 *   icu_walk --whole CORPUS        the whole file as one text
 *   icu_walk --startup             one short line: the process start-up floor
 *
 * Prints one JSON object (see benchutil.h).
 */
#define _POSIX_C_SOURCE 200809L
#include <stdlib.h>
#include <string.h>
#include <unicode/ubrk.h>
#include <unicode/utext.h>
#include <unicode/utypes.h>

#include "benchutil.h"

static const char usage[] =
    "usage: icu_walk [OPTIONS] CORPUS | icu_walk --startup\n"
    "  --whole          walk the whole file as one text instead of line by line\n"
    "  --startup        open the iterator, walk one short line, exit\n"
    BU_OPTIONS_HELP;

/* The line the start-up figures use, for ICU and for the miltag CLI. */
static const char startup_line[] = "Wagner fighters near Kharkiv reported three 200s.";

typedef struct walker {
  UBreakIterator *bi;
  UText ut;
  const bu_corpus *c;
  int whole;
  size_t nlines;          /* lines per pass (the warm-up uses fewer) */
  uint64_t tokens, segments;
} walker;

static int walk_text(walker *w, const char *p, size_t n) {
  UErrorCode st = U_ZERO_ERROR;
  utext_openUTF8(&w->ut, p, (int64_t)n, &st);
  if (U_SUCCESS(st)) ubrk_setUText(w->bi, &w->ut, &st);
  if (U_FAILURE(st)) {
    fprintf(stderr, "icu_walk: ICU error: %s\n", u_errorName(st));
    return 1;
  }
  uint64_t tokens = 0, segments = 0;
  for (int32_t b = ubrk_next(w->bi); b != UBRK_DONE; b = ubrk_next(w->bi)) {
    segments++;
    /* The same test miltag's tokenizer applies: words, numbers, letters,
     * kana and ideographs are tokens; spaces and punctuation are not. */
    if (ubrk_getRuleStatus(w->bi) >= UBRK_WORD_NONE_LIMIT) tokens++;
  }
  w->tokens += tokens;
  w->segments += segments;
  return 0;
}

static int walk_pass(void *ctx) {
  walker *w = ctx;
  w->tokens = w->segments = 0;
  if (w->whole) return walk_text(w, w->c->data, w->c->len);
  for (size_t i = 0; i < w->nlines; i++)
    if (walk_text(w, w->c->data + w->c->start[i], w->c->length[i])) return 1;
  return 0;
}

static int open_walker(walker *w) {
  UErrorCode st = U_ZERO_ERROR;
  UText init = UTEXT_INITIALIZER;
  w->ut = init;
  w->bi = ubrk_open(UBRK_WORD, "", NULL, 0, &st);
  if (U_FAILURE(st)) {
    fprintf(stderr, "icu_walk: cannot open the word break iterator: %s\n", u_errorName(st));
    w->bi = NULL;
    return 1;
  }
  return 0;
}

static void close_walker(walker *w) {
  if (w->bi) ubrk_close(w->bi);
  utext_close(&w->ut);
}

static int run_startup(void) {
  walker w;
  memset(&w, 0, sizeof w);
  if (open_walker(&w)) return 1;
  int rc = walk_text(&w, startup_line, sizeof startup_line - 1);
  close_walker(&w);
  if (rc) return 1;
  bu_json j;
  bu_json_begin(&j, stdout);
  bu_json_str(&j, "tool", "icu_walk");
  bu_json_str(&j, "mode", "startup");
  bu_json_u64(&j, "tokens", w.tokens);
  bu_json_i64(&j, "peak_rss_kb", bu_peak_rss_kb());
  return bu_json_end(&j) ? 1 : 0;
}

int main(int argc, char **argv) {
  const char *path = NULL;
  int whole = 0, startup = 0;
  bu_options o;
  bu_options_init(&o);
  for (int i = 1; i < argc; i++) {
    const char *a = argv[i];
    int k = bu_parse_option("icu_walk", argc, argv, &i, &o);
    if (k < 0) return 2;
    if (k > 0) continue;
    if (!strcmp(a, "--whole")) whole = 1;
    else if (!strcmp(a, "--startup")) startup = 1;
    else if (!strcmp(a, "-h") || !strcmp(a, "--help")) { fputs(usage, stdout); return 0; }
    else if ((a[0] == '-' && a[1]) || path) {
      fprintf(stderr, "icu_walk: unexpected argument: %s\n%s", a, usage);
      return 2;
    } else {
      path = a;
    }
  }
  if (startup) return run_startup();
  if (!path) { fputs(usage, stderr); return 2; }

  bu_corpus c;
  if (bu_corpus_load(path, o.max_bytes, &c)) return 1;
  if (whole && c.len > (size_t)INT32_MAX) {
    /* ubrk_next() returns int32_t offsets. */
    fprintf(stderr, "icu_walk: --whole needs a text under 2 GiB\n");
    bu_corpus_free(&c);
    return 1;
  }
  walker w;
  memset(&w, 0, sizeof w);
  w.c = &c;
  int rc = open_walker(&w);
  /* Warm-up, not timed, line by line: the first MB, so that the first
   * timed pass does not pay for ICU's lazy data loading and page faults. */
  w.nlines = bu_lines_within(&c, o.warmup_bytes);
  if (!rc && w.nlines) rc = walk_pass(&w);
  bu_timing t;
  uint64_t tokens = 0, segments = 0;
  if (!rc) {
    w.nlines = c.nlines;
    w.whole = whole;
    rc = bu_time_passes(walk_pass, NULL, &w, &o, &t);
    tokens = w.tokens;
    segments = w.segments;
  }
  close_walker(&w);
  if (!rc) {
    bu_json j;
    bu_json_begin(&j, stdout);
    bu_json_str(&j, "tool", "icu_walk");
    bu_json_str(&j, "mode", whole ? "whole" : "lines");
    bu_json_str(&j, "corpus", path);
    bu_json_timing(&j, &c, &t);
    bu_json_u64(&j, "tokens", tokens);
    bu_json_u64(&j, "segments", segments);
    bu_json_dbl(&j, "tokens_per_s", t.median > 0 ? (double)tokens / t.median : 0.0);
    rc = bu_json_end(&j);
  }
  bu_corpus_free(&c);
  return rc ? 1 : 0;
}
