/* Allocation through the caller's miltag_allocator, and growable arrays.
 * Every object keeps a copy of the allocator it was made with, so that the
 * library has no global allocation state. */
#ifndef MT_ALLOC_H
#define MT_ALLOC_H

#include <stddef.h>
#include "miltag.h"

/* Fill *out from a (possibly NULL) user allocator; NULL means malloc. */
void mt_alloc_init(miltag_allocator *out, const miltag_allocator *user);

void *mt_malloc(const miltag_allocator *a, size_t n);
void *mt_calloc(const miltag_allocator *a, size_t count, size_t size);
void *mt_realloc(const miltag_allocator *a, void *p, size_t n);
void mt_free(const miltag_allocator *a, void *p);
char *mt_strndup(const miltag_allocator *a, const char *s, size_t n);

/* Make room for at least need elements of size elem in *ptr (capacity
 * *cap, in elements), growing geometrically.  Returns 0 or
 * MILTAG_E_NOMEM (on overflow too); *ptr and *cap are untouched on error. */
int mt_grow(const miltag_allocator *a, void **ptr, size_t *cap, size_t need, size_t elem);
/* Inline, because the hot loops call it once per token and it almost
 * never has to grow anything. */
static inline int mt_reserve(const miltag_allocator *a, void **ptr, size_t *cap, size_t need,
                             size_t elem) {
  return need <= *cap ? 0 : mt_grow(a, ptr, cap, need, elem);
}

/* A growable byte buffer. */
typedef struct mt_buf {
  char *data;
  size_t len, cap;
} mt_buf;

int mt_buf_append(const miltag_allocator *a, mt_buf *b, const void *p, size_t n);
int mt_buf_putc(const miltag_allocator *a, mt_buf *b, char c);
void mt_buf_free(const miltag_allocator *a, mt_buf *b);

/* A region allocator for strings that live and die together (the rows of
 * a lexicon source).  Chunks come from the allocator. */
typedef struct mt_arena_chunk mt_arena_chunk;
typedef struct mt_arena {
  mt_arena_chunk *head;
} mt_arena;

void *mt_arena_alloc(const miltag_allocator *a, mt_arena *ar, size_t n);
char *mt_arena_strndup(const miltag_allocator *a, mt_arena *ar, const char *s, size_t n);
/* Move every chunk of src into dst (cannot fail). */
void mt_arena_adopt(mt_arena *dst, mt_arena *src);
void mt_arena_free(const miltag_allocator *a, mt_arena *ar);

#endif
