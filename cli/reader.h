/* Reading an input of the command (cli/reader.c): lines of any length, or
 * the whole input, from a file descriptor, with every failure told apart
 * from the end of the input (a failing allocation is not an end). */
#ifndef MILTAG_CLI_READER_H
#define MILTAG_CLI_READER_H

#include <stddef.h>
#include <string.h>

typedef struct reader {
  int fd;
  char *buf;
  size_t cap;
  size_t pos, end;          /* unread bytes: buf[pos, end) */
  size_t scanned;           /* buf[pos, scanned) holds no '\n' */
  int eof;
  int err;                  /* errno of the failure that stopped reading */
  int skipping;             /* dropping the rest of a line too long for memory */
  unsigned long long done;  /* bytes handed out so far */
  void (*before_block)(void *); /* called before a read that would block */
  void *block_ctx;
  int may_block;            /* the input is not a regular file */
  int (*block_wait_ms)(void *); /* how long, in ms, the input must stay
                               empty before before_block is called (NULL:
                               0, at once); asked with block_ctx */
} reader;

/* A reader for fd (not closed by the reader). */
void rd_init(reader *r, int fd, int may_block);
void rd_free(reader *r);

/* Read the first block (up to 32 KiB, one read) and tell whether it holds a
 * NUL byte, as grep decides that a file is binary: 1 yes, 0 no, -1 on a
 * read error (err). */
int rd_is_binary(reader *r);

/* The next line, its '\n' included if there is one.  *line stays valid
 * until the next call.  Returns 1, 0 at the end of the input, -1 on a read
 * error (err), or -2 when the line did not fit in memory: it was dropped
 * (err is ENOMEM) and the next call goes on with the following line. */
int rd_line(reader *r, char **line, size_t *len);
/* rd_line's common case alone: the next line when it is whole in the
 * buffer (1), else 0 with nothing read (rd_line goes on from there). */
static inline int rd_line_buffered(reader *r, char **line, size_t *len) {
  if (r->scanned >= r->end || r->skipping) return 0;
  char *nl = memchr(r->buf + r->scanned, '\n', r->end - r->scanned);
  if (!nl) {
    r->scanned = r->end;
    return 0;
  }
  size_t n = (size_t)(nl - (r->buf + r->pos)) + 1;
  *line = r->buf + r->pos;
  *len = n;
  r->done += n;
  r->pos += n;
  r->scanned = r->pos;
  return 1;
}
/* rd_line, with its common case (the line is in the buffer) inline: one
 * call per document is a cost the command's text input pays per line. */
static inline int rd_line_fast(reader *r, char **line, size_t *len) {
  return rd_line_buffered(r, line, len) ? 1 : rd_line(r, line, len);
}
/* A line's length without its line break ("\n" or "\r\n"): a document
 * of text input. */
static inline size_t line_text_len(const char *line, size_t len) {
  if (len && line[len - 1] == '\n') len--;
  if (len && line[len - 1] == '\r') len--;
  return len;
}

/* The rest of the input as one block, owned by the reader (NUL-terminated,
 * not counted in *len).  0, or -1 with err set (ENOMEM when it does not
 * fit in memory). */
int rd_all(reader *r, char **data, size_t *len);

#endif
