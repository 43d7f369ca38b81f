/* `miltag explain TEXT`: show how text is tokenized, normalized and
 * matched, and which lexicon row made each tag (cli/explain.c). */
#ifndef MILTAG_CLI_EXPLAIN_H
#define MILTAG_CLI_EXPLAIN_H

#include <stdio.h>

#include "miltag.h"

/* Explain text[0..len) with lex as miltag_scan with flags (MILTAG_SCAN_*)
 * tags it; writes to out; returns the exit status. */
int explain_text(FILE *out, const miltag_lexicon *lex, const char *text, size_t len,
                 unsigned flags, int color);

#endif
