/* The built-in default lexicon: data/lexicon.tsv compiled at build time by
 * miltag-mkimage and embedded in the library (lib/default_image.h).  Kept
 * apart from api.c so that the image tool can link the library without an
 * image. */
#include "api.h"
#include "default_image.h"
#include "miltag.h"

miltag_status miltag_lexicon_default(const miltag_allocator *allocator, miltag_lexicon **out) {
  if (!out) return MILTAG_E_INVALID;
  *out = NULL;
  size_t size;
  const unsigned char *image = mt_default_image(&size);
  return mt_lexicon_from_image(allocator, image, size, 0, 0, out, NULL);
}
