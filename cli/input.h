/* The input forms of the command (cli/input.c): documents out of
 *   text      one document a line (\n or \r\n ends it)
 *   jsonl     JSON Lines: the string at --field (default "text", a dotted
 *             path reaches nested members), the id at --id-field ("id")
 *   csv       RFC 4180 with a header row: the column --field, the id
 *             column --id-field
 *   telegram  Telegram Desktop's result.json: each message of type
 *             "message", its text joined from strings and entity parts,
 *             with its id and date (and chat id in a full export)
 *   doc       the whole input is one document
 * A record that cannot be a document is reported (FILE:LINE: why) and
 * skipped, never silently. */
#ifndef MILTAG_CLI_INPUT_H
#define MILTAG_CLI_INPUT_H

#include "output.h"
#include "reader.h"

typedef struct in_opts {
  int format;              /* IN_* */
  const char *field;       /* NULL: "text" */
  const char *id_field;    /* NULL: "id" */
} in_opts;

typedef struct source source;

/* A source of documents read from r (named name in messages).  NULL when
 * memory is short. */
source *src_new(const in_opts *o, reader *r, const char *name);
void src_free(source *s);

/* The next document, in *d (valid until the next call).  Returns 1; 0 at
 * the end of the input; 2 when a record was skipped, 3 when the rest of
 * the input cannot be read (src_msg says why: "LINE: what" or "what",
 * without the file name; errno_of tells a read error's errno, or 0). */
int src_next(source *s, doc *d);
const char *src_msg(const source *s);
/* Text input: the lines up to `line` were taken from the reader without
 * src_next (emit_lines); the next document is line + 1. */
void src_text_line_at(source *s, unsigned long line);

#endif
