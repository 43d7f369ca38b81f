/* Helpers for the tests that edit a compiled image (white-box: they read
 * lib/image.h's header). */
#ifndef MILTAG_TESTIMAGE_H
#define MILTAG_TESTIMAGE_H

#include <stddef.h>
#include <stdint.h>

#include "image.h"
#include "testutil.h"

/* The same image as lex's with one 32-bit field of its header (at
 * field_offset, an offsetof(mt_img_header, ...)) set to 0 and its checksum
 * redone, opened from *copy: how the tests switch off an optional table
 * (a filter whose size 0 means "none") to compare a scan with and without
 * it.  The caller frees the lexicon, then *copy. */
static inline miltag_lexicon *reopen_with_field_zero(const miltag_lexicon *lex, size_t field_offset,
                                                     unsigned char **copy) {
  size_t size;
  *copy = copy_image(lex, &size);
  uint32_t zero = 0;
  memcpy(*copy + field_offset, &zero, sizeof zero);
  ((mt_img_header *)*copy)->checksum = mt_image_checksum(*copy, size);
  miltag_lexicon *plain;
  miltag_error err;
  ck_assert_int_eq(miltag_lexicon_open_image(*copy, size, NULL, &plain, &err), MILTAG_OK);
  return plain;
}

#endif
