#include "error.h"
#include "invariant.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void copy_trunc(char *dst, size_t cap, const char *src) {
  size_t n = strlen(src);
  if (n >= cap) {
    n = cap - 1;
    /* never cut a UTF-8 character in half */
    while (n > 0 && ((unsigned char)src[n] & 0xC0) == 0x80) n--;
  }
  memcpy(dst, src, n);
  dst[n] = '\0';
}

int mt_error_set(miltag_error *err, int status, const char *file, unsigned long line,
                 unsigned long column, const char *fmt, ...) {
  if (!err) return status;
  err->status = status;
  err->line = line;
  err->column = column;
  copy_trunc(err->file, sizeof err->file, file ? file : "");
  char what[sizeof err->what + 64];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(what, sizeof what, fmt, ap);
  va_end(ap);
  copy_trunc(err->what, sizeof err->what, what);
  char msg[sizeof err->message + 64];
  if (file && *file && line && column)
    snprintf(msg, sizeof msg, "%s:%lu:%lu: %s", err->file, line, column, err->what);
  else if (file && *file && line)
    snprintf(msg, sizeof msg, "%s:%lu: %s", err->file, line, err->what);
  else if (file && *file)
    snprintf(msg, sizeof msg, "%s: %s", err->file, err->what);
  else
    snprintf(msg, sizeof msg, "%s", err->what);
  copy_trunc(err->message, sizeof err->message, msg);
  return status;
}

void mt_error_clear(miltag_error *err) {
  if (!err) return;
  memset(err, 0, sizeof *err);
}

#if defined(MILTAG_ASSERTS)
void mt_assert_fail(const char *cond, const char *file, int line) {
  fprintf(stderr, "libmiltag: %s:%d: invariant broken: %s\n", file, line, cond);
  abort();
}
#endif
