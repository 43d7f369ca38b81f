/* `miltag --jobs N`: several threads, output in input order (cli/parallel.c). */
#ifndef MILTAG_CLI_PARALLEL_H
#define MILTAG_CLI_PARALLEL_H

#include <stdio.h>

#include "miltag.h"
#include "output.h"

/* Tag every line of in with jobs threads sharing lex; proto gives the
 * format and the options (its FILE and counters are not used); the output
 * goes to out, exactly as the one-thread path writes it.  per_entry (may be
 * NULL) receives --stats counts.  Returns the exit status. */
int tag_parallel(const out_ctx *proto, const miltag_lexicon *lex, unsigned flags, FILE *in,
                 int jobs, unsigned long *per_entry, FILE *out);

#endif
