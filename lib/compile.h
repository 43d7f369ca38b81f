/* Compiler: turns loaded rows into a lexicon image.  Every term goes through
 * the same tokenizer and normalizer as text, is expanded into its inflected
 * forms, and is inserted into a trie over interned token ids whose edges
 * also say how the term joins its tokens (docs/design.md). */
#ifndef MT_COMPILE_H
#define MT_COMPILE_H

#include <stddef.h>

#include "lexicon.h"
#include "miltag.h"

/* Compile rs into a new image allocated with a (8-byte aligned), stored in
 * *image / *size.  Warnings go to warn (may be NULL); with
 * MILTAG_COMPILE_STRICT they are errors.  On error nothing is allocated and
 * err says where (file, line, column of the offending row). */
int mt_compile(const miltag_allocator *a, const mt_rowset *rs, unsigned flags,
               miltag_warning_fn warn, void *warn_ctx, void **image, size_t *size,
               miltag_error *err);

#endif
