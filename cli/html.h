/* The html format (cli/html.c): one self-contained page (inline CSS, no
 * script, no font or file fetched) with the text of every document, each
 * tag highlighted in its category's colour, a legend, and the tag's id,
 * label and coordinates shown on hover. */
#ifndef MILTAG_CLI_HTML_H
#define MILTAG_CLI_HTML_H

#include "agg.h"
#include "output.h"

/* The head of the page and its legend; title names the inputs. */
void html_begin(wbuf *w, const char *title);
/* A document: html_doc_begin before its scan, html_doc_end after it (the
 * tags are in e->tags). */
void html_doc_begin(emitter *e);
void html_doc_end(emitter *e);
/* The totals and the end of the page. */
void html_end(wbuf *w, const agg *a, const miltag_lexicon *lex);
/* s[0, n) as HTML text (also inside a quoted attribute): & < > " escaped,
 * ill-formed UTF-8 and control characters as U+FFFD. */
void html_text(wbuf *w, const char *s, size_t n);

#endif
