/* A small JSON reader for the command's inputs (cli/json.c): JSON Lines
 * records and Telegram Desktop exports.  It walks a JSON text in memory
 * with a cursor, without building a tree: the caller looks at the members
 * it wants and skips the rest.  Nesting is followed with an explicit stack
 * (no recursion on input), up to JS_MAX_DEPTH levels. */
#ifndef MILTAG_CLI_JSON_H
#define MILTAG_CLI_JSON_H

#include <stddef.h>

#include "wbuf.h"

#define JS_MAX_DEPTH 1000

typedef struct jcur {
  const char *p, *end;
  const char *start; /* for error columns */
  const char *err;   /* the first error (static text), or NULL */
  const char *errp;  /* where it was found */
} jcur;

void js_init(jcur *c, const char *s, size_t n);
/* The next byte after white space ('{', '[', '"', ...), or -1 at the end. */
int js_peek(jcur *c);
/* Skip one value, checking its syntax.  0, or -1 with err set. */
int js_skip(jcur *c);
/* Write one value, minified, to out (strings re-escaped as the command
 * writes them).  0, or -1 with err set. */
int js_copy(jcur *c, wbuf *out);
/* Decode a string value, appending its UTF-8 to out (\u escapes decoded,
 * a lone surrogate as U+FFFD).  0, or -1 with err set. */
int js_string(jcur *c, wbuf *out);

/* Members of an object: js_obj_begin consumes '{'; each js_obj_next gives
 * the next key (raw, between its quotes; escaped says it holds a
 * backslash) and leaves the cursor on its value, which the caller must
 * consume.  1 a member, 0 after the closing '}', -1 on an error. */
int js_obj_begin(jcur *c);
int js_obj_next(jcur *c, const char **key, size_t *klen, int *escaped);
/* Elements of an array, likewise: 1 an element (cursor on it), 0 at ']'. */
int js_arr_begin(jcur *c);
int js_arr_next(jcur *c);

/* Whether a raw key (as js_obj_next gives it) is name[0, n). */
int js_key_is(const char *key, size_t klen, int escaped, const char *name, size_t n);

/* Expect the end of the text (only white space left): 0 or -1. */
int js_end(jcur *c);

#endif
