#define _POSIX_C_SOURCE 200809L
#include "reader.h"

#include <errno.h>
#include <poll.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define BLOCK (256u << 10)
#define FIRST_BLOCK (32u << 10)

void rd_init(reader *r, int fd, int may_block) {
  memset(r, 0, sizeof *r);
  r->fd = fd;
  r->may_block = may_block;
}

void rd_free(reader *r) {
  free(r->buf);
  r->buf = NULL;
  r->cap = 0;
}

/* Make room for at least `room` more bytes after end, keeping buf[pos, end)
 * (moved to the front).  0, or -1 (ENOMEM). */
static int make_room(reader *r, size_t room) {
  if (r->pos > 0 && (r->pos == r->end || r->cap - r->end < room)) {
    memmove(r->buf, r->buf + r->pos, r->end - r->pos);
    r->end -= r->pos;
    r->scanned -= r->pos;
    r->pos = 0;
  }
  if (r->cap - r->end >= room) return 0;
  size_t cap = r->cap ? r->cap : BLOCK;
  while (cap - r->end < room) {
    if (cap > SIZE_MAX / 2) return -1;
    cap *= 2;
  }
  char *nb = realloc(r->buf, cap + 1); /* +1: rd_all's NUL */
  if (!nb) return -1;
  r->buf = nb;
  r->cap = cap;
  return 0;
}

/* 1 when a read of fd would wait: nothing to read yet, nor within ms
 * milliseconds (a pipe or a terminal whose writer has not written).  Asked
 * with poll() so that a pipe that has data goes on at full speed: --jobs
 * hands its partial batch to the workers and writes their output before
 * such a read, which costs the batch's parallel work, so it waits a little
 * first (a fast writer, `cat big |`, refills the pipe in that time). */
static int would_block(int fd, int ms) {
  struct pollfd pf = {fd, POLLIN, 0};
  int k;
  while ((k = poll(&pf, 1, ms)) < 0 && errno == EINTR) {
  }
  return k == 0;
}

/* One read(2) into the free space: >0 bytes, 0 at the end, -1 on error. */
static long fill(reader *r, size_t max) {
  if (r->may_block && r->before_block &&
      would_block(r->fd, r->block_wait_ms ? r->block_wait_ms(r->block_ctx) : 0))
    r->before_block(r->block_ctx);
  size_t room = r->cap - r->end;
  if (room > max) room = max;
  for (;;) {
    ssize_t k = read(r->fd, r->buf + r->end, room);
    if (k < 0 && errno == EINTR) continue;
    if (k < 0) {
      r->err = errno;
      return -1;
    }
    if (k == 0) r->eof = 1;
    r->end += (size_t)k;
    return (long)k;
  }
}

int rd_is_binary(reader *r) {
  if (make_room(r, FIRST_BLOCK)) {
    r->err = ENOMEM;
    return -1;
  }
  if (r->end == r->pos && !r->eof && fill(r, FIRST_BLOCK) < 0) return -1;
  return memchr(r->buf + r->pos, 0, r->end - r->pos) != NULL;
}

int rd_line(reader *r, char **line, size_t *len) {
  for (;;) {
    char *nl = r->scanned < r->end ? memchr(r->buf + r->scanned, '\n', r->end - r->scanned) : NULL;
    if (nl) {
      size_t n = (size_t)(nl - (r->buf + r->pos)) + 1;
      if (r->skipping) {
        /* the end of a line that did not fit: drop it, go on after it */
        r->skipping = 0;
        r->done += n;
        r->pos += n;
        r->scanned = r->pos;
        continue;
      }
      *line = r->buf + r->pos;
      *len = n;
      r->done += n;
      r->pos += n;
      r->scanned = r->pos;
      return 1;
    }
    r->scanned = r->end;
    if (r->eof) {
      size_t n = r->end - r->pos;
      if (n == 0 || r->skipping) {
        r->done += n;
        r->pos = r->scanned = r->end;
        r->skipping = 0;
        return 0;
      }
      *line = r->buf + r->pos;
      *len = n;
      r->done += n;
      r->pos = r->scanned = r->end;
      return 1;
    }
    if (r->skipping) {
      /* keep nothing of the line being dropped */
      r->done += r->end - r->pos;
      r->pos = r->scanned = r->end;
    }
    if (make_room(r, BLOCK / 2)) {
      /* the line does not fit in memory: drop it, tell the caller */
      r->done += r->end - r->pos;
      r->pos = r->scanned = r->end;
      r->skipping = 1;
      r->err = ENOMEM;
      return -2;
    }
    if (fill(r, SIZE_MAX) < 0) return -1;
  }
}

int rd_all(reader *r, char **data, size_t *len) {
  while (!r->eof) {
    if (make_room(r, BLOCK)) {
      r->err = ENOMEM;
      return -1;
    }
    if (fill(r, SIZE_MAX) < 0) return -1;
  }
  if (!r->buf && make_room(r, 1)) {
    r->err = ENOMEM;
    return -1;
  }
  *data = r->buf + r->pos;
  *len = r->end - r->pos;
  r->buf[r->end] = 0;
  r->done += *len;
  r->pos = r->scanned = r->end;
  return 0;
}
