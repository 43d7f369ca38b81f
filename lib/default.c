/* The built-in default lexicon: data/lexicon.tsv compiled at build time
 * by miltag-mkimage and linked in by default_lexicon.S.  Kept apart from
 * api.c so that the image tool can link the library without an image. */
#include "api.h"
#include "miltag.h"

extern const unsigned char mt_default_image[];
extern const unsigned char mt_default_image_end[];

int miltag_lexicon_default(const miltag_allocator *allocator, miltag_lexicon **out) {
  if (!out) return MILTAG_E_INVALID;
  *out = NULL;
  size_t size = (size_t)(mt_default_image_end - mt_default_image);
  return mt_lexicon_from_image(allocator, mt_default_image, size, 0, 0, out, NULL);
}
