/* Shared between the tagger API files. */
#ifndef MT_API_H
#define MT_API_H

#include <stddef.h>

#include "miltag.h"

/* Wrap image bytes in a lexicon.  owned_by_us: free data with the
 * allocator when the lexicon is freed (also on failure).  verify: check
 * the image fully (images from outside the library). */
int mt_lexicon_from_image(const miltag_allocator *user, const void *data, size_t size,
                          int owned_by_us, int verify, miltag_lexicon **out, miltag_error *err);

#endif
