/* miltag-mkimage: compile lexicon TSV files into a lexicon image.  Used by
 * the build to embed the default lexicon, and by users who want to save a
 * compiled lexicon (`miltag-mkimage out.img a.tsv b.tsv`).  Any warning is
 * an error with --strict, so that the default lexicon stays clean. */
#include <stdio.h>
#include <string.h>

#include "miltag.h"

static int print_warning(const miltag_error *w, void *ctx) {
  (void)ctx;
  fprintf(stderr, "miltag-mkimage: warning: %s\n", w->message);
  return 0;
}

int main(int argc, char **argv) {
  int strict = 0, i = 1;
  if (i < argc && strcmp(argv[i], "--strict") == 0) { strict = 1; i++; }
  if (argc - i < 2) {
    fprintf(stderr, "usage: miltag-mkimage [--strict] OUT.img LEXICON.tsv...\n");
    return 2;
  }
  const char *out = argv[i++];
  miltag_compile_options opt = {0};
  opt.flags = strict ? MILTAG_COMPILE_STRICT : 0;
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
  if (miltag_builder_compile(b, &lex, &err)) {
    fprintf(stderr, "miltag-mkimage: %s\n", err.message);
    miltag_builder_free(b);
    return 1;
  }
  miltag_builder_free(b);
  const void *data;
  size_t size;
  miltag_lexicon_image(lex, &data, &size);
  FILE *f = fopen(out, "wb");
  if (!f || fwrite(data, 1, size, f) != size || fclose(f) != 0) {
    fprintf(stderr, "miltag-mkimage: cannot write %s\n", out);
    miltag_lexicon_free(lex);
    return 1;
  }
  miltag_lexicon_free(lex);
  return 0;
}
