/* `miltag lexicon check`: lint a lexicon (cli/lint.c). */
#ifndef MILTAG_CLI_LINT_H
#define MILTAG_CLI_LINT_H

#include "miltag.h"

/* Check files[0, n) (on top of the built-in lexicon when with_default);
 * returns the exit status. */
int lint_main(const char *const *files, int n, int with_default);

#endif
