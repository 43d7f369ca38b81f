/* `miltag --jobs N`: tag documents with N threads and write the output in
 * input order (cli/parallel.c). */
#ifndef MILTAG_CLI_PARALLEL_H
#define MILTAG_CLI_PARALLEL_H

#include "agg.h"
#include "output.h"
#include "wbuf.h"

typedef struct par par;

/* Start jobs threads tagging with o's lexicon; their output goes to out
 * (flushed first).  with_agg: each keeps counts, merged by par_finish.
 * NULL after printing why (no memory, no thread could start). */
par *par_start(const out_opts *o, int jobs, int with_agg, wbuf *out);

/* Hand over a document (copied).  0; 1 when it was skipped (reported);
 * -1 when the run cannot go on (a write error, reported). */
int par_add(par *p, const doc *d);

/* Tag the documents handed over so far and write their output, waiting
 * for the workers (before a read that would wait: a pipeline sees each
 * document as soon as it is tagged, as with one thread).  0, or -1 when
 * the run cannot go on (a write error, reported). */
int par_sync(par *p);

/* How long, in milliseconds, the oldest document handed over but not yet
 * given to the workers has waited; -1 when there is none. */
long par_pending_ms(const par *p);

/* Tag what is left, write it, stop the threads, add their counts to into
 * (may be NULL) and free p.  Returns the exit status: 1 if a document was
 * skipped or the output failed, else 0. */
int par_finish(par *p, agg *into);

#endif
