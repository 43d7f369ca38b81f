/* Helpers for the tests that edit a compiled image (white-box: they read
 * lib/image.h's header). */
#ifndef MILTAG_TESTIMAGE_H
#define MILTAG_TESTIMAGE_H

#include <stddef.h>
#include <stdint.h>

#include "alloc.h"
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

/* Appends count terms of img's rows, drawn by rnd, to text: each as
 * written, capitalized, in capitals or as written again (its ASCII
 * letters), cut at its first space half of the time when cut_some (a
 * match that dies inside it), and followed by one of fill's nfill
 * separators: text on which a scan meets most of the lexicon's paths,
 * for tests that compare two scans of it. */
static inline void append_lexicon_terms(const mt_image *img, const miltag_allocator *a, mt_buf *text,
                                        int count, const char *const *fill, size_t nfill,
                                        int cut_some, uint64_t (*rnd)(void)) {
  for (int i = 0; i < count; i++) {
    const char *term = mt_img_str(img, img->rows[rnd() % img->h->n_rows].term);
    char w[256];
    size_t n = strlen(term);
    if (n >= sizeof w) continue;
    memcpy(w, term, n);
    int how = (int)(rnd() % 4);
    for (size_t k = 0; k < n; k++) {
      unsigned char c = (unsigned char)w[k];
      if (c < 0x80 && (how == 1 ? k == 0 : how == 2) && c >= 'a' && c <= 'z') w[k] = (char)(c - 32);
    }
    if (cut_some && rnd() % 2) {
      const char *sp = memchr(w, ' ', n);
      if (sp) n = (size_t)(sp - w);
    }
    ck_assert_int_eq(mt_buf_append(a, text, w, n), 0);
    const char *f = fill[rnd() % nfill];
    ck_assert_int_eq(mt_buf_append(a, text, f, strlen(f)), 0);
  }
}

#endif
