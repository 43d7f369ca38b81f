/* Filling a miltag_error. */
#ifndef MT_ERROR_H
#define MT_ERROR_H

#include "miltag.h"

#if defined(__GNUC__)
#define MT_PRINTF(a, b) __attribute__((format(printf, a, b)))
#else
#define MT_PRINTF(a, b)
#endif

/* Set every field of err (which may be NULL) and return status. */
int mt_error_set(miltag_error *err, int status, const char *file, unsigned long line,
                 unsigned long column, const char *fmt, ...) MT_PRINTF(6, 7);

/* Reset err to "no error". */
void mt_error_clear(miltag_error *err);

#endif
