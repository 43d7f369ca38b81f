/* A program that uses an installed miltag: built by the tests through
 * pkg-config and through find_package(miltag).  It tags its arguments and
 * prints one line per tag: start, end, category, id, text. */
#include <miltag.h>
#include <stdio.h>
#include <string.h>

static int print_tag(const miltag_tag *t, void *ctx) {
  const char *text = ctx;
  printf("%zu %zu %s %s %.*s\n", t->start, t->end, miltag_category_name(t->category), t->id,
         (int)(t->end - t->start), text + t->start);
  return 0;
}

int main(int argc, char **argv) {
  if (argc < 2) {
    fprintf(stderr, "usage: consumer TEXT\n");
    return 2;
  }
  miltag_lexicon *lex;
  miltag_scanner *scan;
  miltag_status rc = miltag_lexicon_default(NULL, &lex);
  if (rc) {
    fprintf(stderr, "consumer: %s\n", miltag_strerror(rc));
    return 1;
  }
  rc = miltag_scanner_new(lex, &scan);
  if (!rc) {
    printf("miltag %s\n", miltag_version());
    rc = miltag_scan(scan, argv[1], strlen(argv[1]), 0, print_tag, argv[1]);
    miltag_scanner_free(scan);
  }
  miltag_lexicon_free(lex);
  if (rc < 0) fprintf(stderr, "consumer: %s\n", miltag_strerror(rc));
  return rc < 0;
}
