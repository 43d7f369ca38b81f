/* Fuzz target: open arbitrary bytes as a compiled lexicon image.  Anything
 * but a valid image must be refused with MILTAG_E_IMAGE; an accepted one
 * must scan without crashing or hanging. */
#include "fuzz_common.h"
#include "image.h"

static int any(const miltag_tag *t, void *ctx) {
  (void)t;
  (void)ctx;
  return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  miltag_lexicon *lex = NULL;
  miltag_error err;
  /* Inputs that look like an image get a correct checksum, so that the
   * fuzzer explores the structural checks behind it, not only the hash. */
  uint8_t *copy = malloc(size ? size : 1);
  FUZZ_CHECK(copy);
  memcpy(copy, data, size);
  if (size >= sizeof(mt_img_header) && memcmp(copy, MT_IMG_MAGIC, 8) == 0) {
    mt_img_header *h = (mt_img_header *)copy;
    h->total_size = size;
    h->checksum = mt_image_checksum(copy, size);
  }
  int rc = miltag_lexicon_open_image(copy, size, NULL, &lex, &err);
  free(copy);
  if (rc != MILTAG_OK) {
    FUZZ_CHECK(rc == MILTAG_E_IMAGE || rc == MILTAG_E_INVALID);
    FUZZ_CHECK(lex == NULL);
    return 0;
  }
  miltag_scanner *s;
  FUZZ_CHECK(miltag_scanner_new(lex, &s) == MILTAG_OK);
  static const char text[] = "Kharkiv груз 200 200s 155th Brigade Харькове a b c 1 2 3";
  rc = miltag_scan(s, text, sizeof text - 1, MILTAG_SCAN_OVERLAPS | MILTAG_SCAN_AMBIGUOUS, any, NULL);
  FUZZ_CHECK(rc == MILTAG_OK || rc == MILTAG_INCOMPLETE);
  miltag_scanner_free(s);
  miltag_lexicon_free(lex);
  return 0;
}
