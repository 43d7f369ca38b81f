#include "alloc.h"
#include "invariant.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static void *std_malloc(size_t n, void *ctx) { (void)ctx; return malloc(n); }
static void *std_realloc(void *p, size_t n, void *ctx) { (void)ctx; return realloc(p, n); }
static void std_free(void *p, void *ctx) { (void)ctx; free(p); }

void mt_alloc_init(miltag_allocator *out, const miltag_allocator *user) {
  if (user && user->malloc_fn && user->realloc_fn && user->free_fn) {
    *out = *user;
  } else {
    out->malloc_fn = std_malloc;
    out->realloc_fn = std_realloc;
    out->free_fn = std_free;
    out->ctx = NULL;
  }
}

void *mt_malloc(const miltag_allocator *a, size_t n) {
  /* malloc(0) may return NULL legitimately; never ask for 0 bytes so that a
   * NULL result always means failure. */
  return a->malloc_fn(n ? n : 1, a->ctx);
}

void *mt_calloc(const miltag_allocator *a, size_t count, size_t size) {
  if (size && count > SIZE_MAX / size) return NULL;
  /* calloc knows when its memory is zero already: a large block fresh
   * from the kernel is, and is then not written to (nor faulted in) until
   * it is used; a scanner's 384 KB word cache, say, of which a one-line
   * run touches a few sets */
  if (a->malloc_fn == std_malloc) return count && size ? calloc(count, size) : calloc(1, 1);
  void *p = mt_malloc(a, count * size);
  if (p) memset(p, 0, count * size);
  return p;
}

void *mt_realloc(const miltag_allocator *a, void *p, size_t n) {
  return a->realloc_fn(p, n ? n : 1, a->ctx);
}

void mt_free(const miltag_allocator *a, void *p) {
  if (p) a->free_fn(p, a->ctx);
}

char *mt_strndup(const miltag_allocator *a, const char *s, size_t n) {
  if (n == SIZE_MAX) return NULL;
  char *p = mt_malloc(a, n + 1);
  if (!p) return NULL;
  if (n) memcpy(p, s, n);
  p[n] = '\0';
  return p;
}

int mt_grow(const miltag_allocator *a, void **ptr, size_t *cap, size_t need, size_t elem) {
  MT_ASSERT(elem > 0);
  if (need <= *cap) return 0;
  size_t ncap = *cap ? *cap : 8;
  while (ncap < need) {
    if (ncap > SIZE_MAX / 2) { ncap = need; break; }
    ncap *= 2;
  }
  if (elem && ncap > SIZE_MAX / elem) return MILTAG_E_NOMEM;
  void *p = mt_realloc(a, *ptr, ncap * elem);
  if (!p) return MILTAG_E_NOMEM;
  *ptr = p;
  *cap = ncap;
  return 0;
}

int mt_buf_append(const miltag_allocator *a, mt_buf *b, const void *p, size_t n) {
  MT_ASSERT(b->len <= b->cap && (n == 0 || p != NULL));
  if (n > SIZE_MAX - b->len - 1) return MILTAG_E_NOMEM;
  /* Keep one spare byte so that the buffer can always be NUL-terminated. */
  int rc = mt_reserve(a, (void **)&b->data, &b->cap, b->len + n + 1, 1);
  if (rc) return rc;
  if (n) memcpy(b->data + b->len, p, n);
  b->len += n;
  b->data[b->len] = '\0';
  return 0;
}

int mt_buf_putc(const miltag_allocator *a, mt_buf *b, char c) {
  return mt_buf_append(a, b, &c, 1);
}

void mt_buf_free(const miltag_allocator *a, mt_buf *b) {
  mt_free(a, b->data);
  b->data = NULL;
  b->len = b->cap = 0;
}

struct mt_arena_chunk {
  mt_arena_chunk *next;
  size_t used, cap;
  /* data follows, 16-byte aligned */
};

#define CHUNK_HDR ((sizeof(mt_arena_chunk) + 15) & ~(size_t)15)

void *mt_arena_alloc(const miltag_allocator *a, mt_arena *ar, size_t n) {
  n = (n + 7) & ~(size_t)7;
  if (n == 0) n = 8;
  mt_arena_chunk *c = ar->head;
  if (!c || c->cap - c->used < n) {
    size_t cap = n > 65536 - CHUNK_HDR ? n : 65536 - CHUNK_HDR;
    if (cap > SIZE_MAX - CHUNK_HDR) return NULL;
    mt_arena_chunk *nc = mt_malloc(a, CHUNK_HDR + cap);
    if (!nc) return NULL;
    nc->used = 0;
    nc->cap = cap;
    if (c && c->cap - c->used >= 256) {
      /* keep filling the current chunk; put the big block behind it */
      nc->next = c->next;
      c->next = nc;
      nc->used = n;
      return (char *)nc + CHUNK_HDR;
    }
    nc->next = c;
    ar->head = c = nc;
  }
  void *p = (char *)c + CHUNK_HDR + c->used;
  c->used += n;
  return p;
}

char *mt_arena_strndup(const miltag_allocator *a, mt_arena *ar, const char *s, size_t n) {
  if (n == SIZE_MAX) return NULL;
  char *p = mt_arena_alloc(a, ar, n + 1);
  if (!p) return NULL;
  if (n) memcpy(p, s, n);
  p[n] = '\0';
  return p;
}

void mt_arena_adopt(mt_arena *dst, mt_arena *src) {
  if (!src->head) return;
  mt_arena_chunk *tail = src->head;
  while (tail->next) tail = tail->next;
  tail->next = dst->head;
  dst->head = src->head;
  src->head = NULL;
}

void mt_arena_free(const miltag_allocator *a, mt_arena *ar) {
  mt_arena_chunk *c = ar->head;
  while (c) {
    mt_arena_chunk *n = c->next;
    mt_free(a, c);
    c = n;
  }
  ar->head = NULL;
}
