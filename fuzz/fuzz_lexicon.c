/* Fuzz target: compile arbitrary bytes as a lexicon.  A bad lexicon must
 * give an error with a message; a good one must tag a sample, survive a
 * round trip through its image, and be combinable with itself. */
#include <stdio.h>

#include "fuzz_common.h"

/* Words of the seeds, and a run of numbers: a lexicon of overlapping
 * number patterns (fuzz/corpus/lexicon/overlapping-numbers.tsv) reaches
 * the scanner's caps on it. */
static const char sample[] =
    "Под Харьковом, груз 200, the 47th Brigade, ЧВК «Вагнер», Kharkiv's 300s. a b c aa bb "
    "1-я 2-я 3-я 4-я 5-я 6-я 7-я 8-ая бригада, Zorbograd; "
    "11 11 11 11 11 11 11 11 11 11 11 11 11 11 11 11 11 11 11 11 11 11";

static int count(const miltag_tag *t, void *ctx) {
  FUZZ_CHECK(t->start < t->end && t->end <= sizeof sample - 1);
  (*(size_t *)ctx)++;
  return 0;
}

static size_t tag_all(const miltag_lexicon *lex) {
  miltag_scanner *s;
  FUZZ_CHECK(miltag_scanner_new(lex, &s) == MILTAG_OK);
  size_t n = 0;
  int rc = miltag_scan(s, sample, sizeof sample - 1, MILTAG_SCAN_OVERLAPS, count, &n);
  FUZZ_CHECK(rc == MILTAG_OK || rc == MILTAG_INCOMPLETE); /* never an error, whatever the lexicon */
  miltag_scanner_free(s);
  return n;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  miltag_lexicon *lex = NULL;
  miltag_error err;
  int rc = miltag_lexicon_compile((const char *)data, size, "fuzz.tsv", NULL, &lex, &err);
  if (rc != MILTAG_OK) {
    FUZZ_CHECK(lex == NULL);
    FUZZ_CHECK(err.status == rc && err.message[0] != '\0');
    FUZZ_CHECK(strlen(err.message) < sizeof err.message);
    return 0;
  }
  size_t n = tag_all(lex);
  const void *img;
  size_t isz;
  FUZZ_CHECK(miltag_lexicon_image(lex, &img, &isz) == MILTAG_OK);
  miltag_lexicon *back;
  FUZZ_CHECK(miltag_lexicon_open_image(img, isz, NULL, &back, &err) == MILTAG_OK);
  FUZZ_CHECK(tag_all(back) == n);
  miltag_lexicon_free(back);
  miltag_builder *b;
  FUZZ_CHECK(miltag_builder_new(NULL, &b) == MILTAG_OK);
  FUZZ_CHECK(miltag_builder_add_lexicon(b, lex, &err) == MILTAG_OK);
  miltag_lexicon *again = NULL;
  rc = miltag_builder_compile(b, &again, &err);
  FUZZ_CHECK(rc == MILTAG_OK);
  FUZZ_CHECK(tag_all(again) == n);
  miltag_lexicon_free(again);
  miltag_builder_free(b);
  miltag_lexicon_free(lex);
  return 0;
}
