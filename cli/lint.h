/* `miltag lexicon check`: lint a lexicon (cli/lint.c). */
#ifndef MILTAG_CLI_LINT_H
#define MILTAG_CLI_LINT_H

#include "miltag.h"

/* argv: the files; returns the exit status. */
int lint_main(int argc, char **argv);

#endif
