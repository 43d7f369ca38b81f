/* An LD_PRELOAD shim that makes one allocation of a program fail, for
 * tests/alloc_fail_test.py: the Nth call of malloc, calloc, realloc,
 * posix_memalign, aligned_alloc or memalign made after the program's
 * start returns NULL (ENOMEM).
 *
 *   MILTAG_FAIL_AT=N      fail the Nth allocation (1-based)
 *   MILTAG_FAIL_FROM=1    ... and every one after it (memory stays short)
 *   MILTAG_FAIL_COUNT=F   at exit, write the number of allocations to F
 *
 * Allocations made by ICU itself are neither counted nor failed: ICU 72
 * may hang or crash when its own allocations fail inside ubrk_open (see
 * docs/robustness.md), which is ICU's defect, not the program's.  They
 * are recognised by their caller's address inside a libicu library.
 * glibc's __libc_* functions are the real allocator. */
#define _GNU_SOURCE
#include <errno.h>
#include <link.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

extern void *__libc_malloc(size_t);
extern void *__libc_calloc(size_t, size_t);
extern void *__libc_realloc(void *, size_t);
extern void *__libc_memalign(size_t, size_t);

static unsigned long fail_at;      /* 0: never */
static int fail_from;
static const char *count_file;
static unsigned long counted;      /* atomic */
static int ready;

#define MAX_RANGES 16
static struct {
  uintptr_t lo, hi;
} icu[MAX_RANGES];
static int nicu;

static int find_icu(struct dl_phdr_info *info, size_t size, void *data) {
  (void)size;
  (void)data;
  if (!info->dlpi_name || !strstr(info->dlpi_name, "libicu")) return 0;
  for (int i = 0; i < info->dlpi_phnum && nicu < MAX_RANGES; i++) {
    const ElfW(Phdr) *ph = &info->dlpi_phdr[i];
    if (ph->p_type != PT_LOAD || !(ph->p_flags & PF_X)) continue;
    icu[nicu].lo = info->dlpi_addr + ph->p_vaddr;
    icu[nicu].hi = icu[nicu].lo + ph->p_memsz;
    nicu++;
  }
  return 0;
}

static int from_icu(const void *caller) {
  uintptr_t a = (uintptr_t)caller;
  for (int i = 0; i < nicu; i++)
    if (a >= icu[i].lo && a < icu[i].hi) return 1;
  return 0;
}

static void report(void) {
  if (!count_file) return;
  FILE *f = fopen(count_file, "w");
  if (!f) return;
  fprintf(f, "%lu\n", __atomic_load_n(&counted, __ATOMIC_SEQ_CST));
  fclose(f);
}

__attribute__((constructor)) static void start(void) {
  const char *at = getenv("MILTAG_FAIL_AT");
  fail_at = at ? strtoul(at, NULL, 10) : 0;
  fail_from = getenv("MILTAG_FAIL_FROM") != NULL;
  count_file = getenv("MILTAG_FAIL_COUNT");
  dl_iterate_phdr(find_icu, NULL);
  if (count_file) atexit(report);
  __atomic_store_n(&ready, 1, __ATOMIC_SEQ_CST);
}

/* Whether this allocation, made from caller, fails. */
static int fails(const void *caller) {
  if (!__atomic_load_n(&ready, __ATOMIC_SEQ_CST) || from_icu(caller)) return 0;
  unsigned long n = __atomic_add_fetch(&counted, 1, __ATOMIC_SEQ_CST);
  if (!fail_at) return 0;
  return n == fail_at || (fail_from && n > fail_at);
}

void *malloc(size_t n) {
  if (fails(__builtin_return_address(0))) {
    errno = ENOMEM;
    return NULL;
  }
  return __libc_malloc(n);
}

void *calloc(size_t k, size_t n) {
  if (fails(__builtin_return_address(0))) {
    errno = ENOMEM;
    return NULL;
  }
  return __libc_calloc(k, n);
}

void *realloc(void *p, size_t n) {
  /* realloc(p, 0) frees: not an allocation that can fail */
  if ((n || !p) && fails(__builtin_return_address(0))) {
    errno = ENOMEM;
    return NULL;
  }
  return __libc_realloc(p, n);
}

void *memalign(size_t align, size_t n) {
  if (fails(__builtin_return_address(0))) {
    errno = ENOMEM;
    return NULL;
  }
  return __libc_memalign(align, n);
}

void *aligned_alloc(size_t align, size_t n) {
  if (fails(__builtin_return_address(0))) {
    errno = ENOMEM;
    return NULL;
  }
  return __libc_memalign(align, n);
}

int posix_memalign(void **out, size_t align, size_t n) {
  if (fails(__builtin_return_address(0))) return ENOMEM;
  void *p = __libc_memalign(align, n);
  if (!p) return ENOMEM;
  *out = p;
  return 0;
}
