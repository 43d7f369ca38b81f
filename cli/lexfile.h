/* Lexicon files for the command (cli/lexfile.c). */
#ifndef MILTAG_CLI_LEXFILE_H
#define MILTAG_CLI_LEXFILE_H

#include "miltag.h"

/* The most a lexicon file may hold: a bigger one (or a pipe that goes on
 * longer) is refused, not read until memory runs out. */
#define LEXFILE_MAX ((size_t)1 << 30)

/* Add the file at path to b: a compiled image (miltag_lexicon_is_image) or lexicon
 * TSV.  A regular file or a pipe (process substitution works); a device
 * such as /dev/zero, a directory or a socket is refused.  On an error the
 * message, naming the file, is in err->message. */
int lexfile_add(miltag_builder *b, const char *path, miltag_error *err);

/* Compile a lexicon of the built-in one (with_default) and files[0, n),
 * with opt (NULL: warnings printed on standard error).  NULL after
 * printing why on standard error. */
miltag_lexicon *lexfile_build(const char *const *files, int n, int with_default,
                              const miltag_compile_options *opt);

#endif
