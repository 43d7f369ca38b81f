/* miltag-mkimage: compile lexicon TSV files into a lexicon image.  Used by
 * the build to embed the default lexicon, and by users who want to save a
 * compiled lexicon (`miltag-mkimage out.img a.tsv b.tsv`).  Any warning is
 * an error with --strict, so that the default lexicon stays clean. */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "miltag.h"

static int print_warning(const miltag_error *w, void *ctx) {
  (void)ctx;
  fprintf(stderr, "miltag-mkimage: warning: %s\n", w->message);
  return 0;
}

static const char usage[] =
    "usage: miltag-mkimage [--strict] [--stats] [--no-inflection] [--no-prefilter] OUT.img LEXICON.tsv...\n";

int main(int argc, char **argv) {
  int strict = 0, stats = 0, no_inflect = 0, no_prefilter = 0, i = 1;
  /* An unknown option is refused, not taken for OUT.img (`--bogus a.tsv`
   * wrote an image named "--bogus"); `--` ends the options. */
  for (; i < argc && argv[i][0] == '-' && argv[i][1] != '\0'; i++) {
    if (strcmp(argv[i], "--") == 0) {
      i++;
      break;
    }
    if (strcmp(argv[i], "--strict") == 0) strict = 1;
    else if (strcmp(argv[i], "--stats") == 0) stats = 1;
    else if (strcmp(argv[i], "--no-inflection") == 0) no_inflect = 1;
    else if (strcmp(argv[i], "--no-prefilter") == 0) no_prefilter = 1;
    else if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0) {
      if (fputs(usage, stdout) == EOF || fflush(stdout) != 0 || ferror(stdout)) {
        fprintf(stderr, "miltag-mkimage: write error: %s\n", strerror(errno));
        return 1;
      }
      return 0;
    } else {
      fprintf(stderr, "miltag-mkimage: unknown option '%s'\n%s", argv[i], usage);
      return 2;
    }
  }
  if (argc - i < 2) {
    fputs(usage, stderr);
    return 2;
  }
  const char *out = argv[i++];
  miltag_compile_options opt = MILTAG_COMPILE_OPTIONS_INIT;
  opt.flags = (strict ? MILTAG_COMPILE_STRICT : 0) | (no_inflect ? MILTAG_COMPILE_NO_INFLECTION : 0) |
              (no_prefilter ? MILTAG_COMPILE_NO_PREFILTER : 0);
  opt.warn = print_warning;
  miltag_builder *b;
  miltag_error err;
  if (miltag_builder_new(&opt, &b)) { fprintf(stderr, "miltag-mkimage: out of memory\n"); return 1; }
  for (; i < argc; i++) {
    if (miltag_builder_add_file(b, argv[i], &err)) {
      fprintf(stderr, "miltag-mkimage: %s\n", err.message);
      miltag_builder_free(b);
      return 1;
    }
  }
  miltag_lexicon *lex;
  struct timespec t0, t1;
  clock_gettime(CLOCK_MONOTONIC, &t0);
  if (miltag_builder_compile(b, &lex, &err)) {
    fprintf(stderr, "miltag-mkimage: %s\n", err.message);
    miltag_builder_free(b);
    return 1;
  }
  clock_gettime(CLOCK_MONOTONIC, &t1);
  miltag_builder_free(b);
  if (stats) {
    miltag_lexicon_stats st = MILTAG_LEXICON_STATS_INIT;
    miltag_lexicon_get_stats(lex, &st);
    double secs = (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
    printf("rows %zu (casualty %zu, unit %zu, place %zu, slang %zu, context %zu)\n", st.rows,
           st.per_category[MILTAG_CASUALTY], st.per_category[MILTAG_UNIT], st.per_category[MILTAG_PLACE],
           st.per_category[MILTAG_SLANG], st.per_category[MILTAG_CONTEXT]);
    printf("entries %zu, forms %zu, keys %zu, trie nodes %zu\n", st.entries, st.forms, st.keys, st.nodes);
    printf("image %zu bytes, compiled in %.3f s (%.0f rows/s)\n", st.image_bytes, secs,
           secs > 0 ? (double)st.rows / secs : 0.0);
  }
  const void *data;
  size_t size;
  miltag_lexicon_image(lex, &data, &size);
  errno = 0;
  FILE *f = fopen(out, "wb");
  int bad = !f || fwrite(data, 1, size, f) != size;
  if (f && fclose(f) != 0) bad = 1;
  if (bad) {
    fprintf(stderr, "miltag-mkimage: %s: cannot write: %s\n", out, strerror(errno ? errno : EIO));
    miltag_lexicon_free(lex);
    return 1;
  }
  miltag_lexicon_free(lex);
  return 0;
}
