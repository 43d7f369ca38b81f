/* Sorting without quadratic corners and without allocation.  Callers keep
 * insertion sort for the short, nearly sorted arrays they usually have,
 * and hand over to heapsort once insertion has moved more elements than a
 * linear budget allows: lexicons and texts are input, and a hostile one
 * can make any array long and reversed.  (qsort would allocate behind the
 * miltag_allocator's back in glibc.) */
#ifndef MT_SORT_H
#define MT_SORT_H

#include <stddef.h>
#include <string.h>

#include "invariant.h"

/* Compare two elements: < 0, 0 or > 0. */
typedef int (*mt_cmp_fn)(const void *x, const void *y, const void *ctx);

static inline void mt_swap_bytes(unsigned char *x, unsigned char *y, size_t size) {
  while (size--) {
    unsigned char t = *x;
    *x++ = *y;
    *y++ = t;
  }
}

/* Heapsort of n elements of size bytes: O(n log n) always, in place. */
static inline void mt_heapsort(void *base, size_t n, size_t size, mt_cmp_fn cmp, const void *ctx) {
  unsigned char *b = base;
  if (n < 2) return;
  for (size_t end = n, start = n / 2;;) {
    size_t root;
    if (start > 0) {
      root = --start; /* building the heap */
    } else {
      if (--end == 0) return;
      mt_swap_bytes(b, b + end * size, size); /* the largest goes last */
      root = 0;
    }
    for (;;) { /* sift root down inside [0, end) */
      size_t child = 2 * root + 1;
      if (child >= end) break;
      if (child + 1 < end && cmp(b + child * size, b + (child + 1) * size, ctx) < 0) child++;
      if (cmp(b + root * size, b + child * size, ctx) >= 0) break;
      mt_swap_bytes(b + root * size, b + child * size, size);
      root = child;
    }
  }
}

/* Insertion sort (stable) while it stays cheap: past about 8 moves an
 * element it finishes with heapsort (not stable; callers compare on a
 * total order).  size is at most 64 bytes. */
static inline void mt_sort(void *base, size_t n, size_t size, mt_cmp_fn cmp, const void *ctx) {
  unsigned char *b = base, tmp[64];
  MT_ASSERT(size <= sizeof tmp);
  size_t budget = 8 * n + 32;
  for (size_t i = 1; i < n; i++) {
    if (cmp(b + (i - 1) * size, b + i * size, ctx) <= 0) continue;
    memcpy(tmp, b + i * size, size);
    size_t j = i;
    while (j > 0 && cmp(tmp, b + (j - 1) * size, ctx) < 0) {
      memcpy(b + j * size, b + (j - 1) * size, size);
      j--;
      if (--budget == 0) {
        memcpy(b + j * size, tmp, size);
        mt_heapsort(base, n, size, cmp, ctx);
        return;
      }
    }
    memcpy(b + j * size, tmp, size);
  }
}

#endif
