/* Output formats of the miltag command: jsonl (stable, for programs),
 * tsv, text (for people; coloured on a terminal), brat standoff (.ann for
 * annotation tools) and CoNLL BIO (one token a line, for NER training). */
#ifndef MILTAG_CLI_OUTPUT_H
#define MILTAG_CLI_OUTPUT_H

#include <stdio.h>

#include "miltag.h"

enum { FMT_JSONL, FMT_TSV, FMT_TEXT, FMT_BRAT, FMT_CONLL };

typedef struct out_ctx {
  FILE *f;
  int format;
  int color;                 /* ANSI colours (text format on a terminal) */
  const miltag_lexicon *lex;
  const char *file;          /* input name, printed when several inputs */
  int show_file;
  unsigned long line;        /* current line, from 1 */
  const char *text;          /* current line's bytes */
  size_t len;
  size_t ntags;              /* tags written for the current line */
  /* text and conll formats: the tags of the line, rendered at its end */
  miltag_tag *tags;
  size_t cap;
  int oom;
  miltag_scanner *scan;      /* conll: to list the line's tokens */
  /* brat: character offset of the line in its document, next ids */
  size_t doc_chars;
  unsigned long brat_t;
  /* --stats: tags per entry */
  unsigned long *per_entry;
} out_ctx;

/* Write a JSON string literal for s[0..n): invalid UTF-8 becomes U+FFFD,
 * control characters and U+2028/U+2029 are escaped. */
void out_json_string(FILE *f, const char *s, size_t n);

void out_line_begin(out_ctx *o);
int out_tag(const miltag_tag *tag, void *ctx);   /* miltag_callback */
void out_line_end(out_ctx *o);

/* Number of characters (code points; an ill-formed byte counts as one) in
 * s[0..n), for brat's character offsets. */
size_t out_chars(const char *s, size_t n);

/* --stats: print tags per category and id to f. */
void out_stats(FILE *f, const out_ctx *o);

#endif
