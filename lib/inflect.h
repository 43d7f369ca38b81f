/* Inflection: expands a term into the case forms of its paradigm when the
 * lexicon is compiled, so that tagging stays an exact lookup (see
 * docs/inflection.md).  Works on normalized keys (lower case, ё = е). */
#ifndef MT_INFLECT_H
#define MT_INFLECT_H

#include <stddef.h>

#include "alloc.h"

/* Check the syntax of an `inflect` column value.  Returns 1 if valid;
 * otherwise 0 with *bad = byte offset of the problem and *why a message. */
int mt_inflect_check(const char *spec, size_t n, size_t *bad, const char **why);

/* Called once per distinct form: keys[0..n) are the form's words, in the
 * term's order (the separators do not change).  Return 0 to go on. */
typedef int (*mt_form_fn)(void *ctx, const mt_buf *keys, size_t n);

/* Token flags the expander needs, per word. */
#define MT_IW_CAP 0x1u      /* written with a capital letter */
#define MT_IW_ALLCAPS 0x2u  /* an abbreviation (two or more capitals) */

/* Options. */
#define MT_INFL_SINGULAR 0x1u  /* names: singular forms only (plural-only
                                  words keep their plural) */

/* A word key made of this many zeros stands for the {num} slot; an ordinal
 * ending is appended after the byte MT_INFL_JOIN, which the compiler turns
 * into a joined second token. */
#define MT_NUM_SENTINEL "000000000000"
#define MT_NUM_SENTINEL_U "000000000000"
/* The {name} slot: a word that normalizes to itself. */
#define MT_NAME_SENTINEL "qmiltagnameslot"
#define MT_WORD_SENTINEL "qmiltagwordslot"
/* The same for a number of two digits or more (a bare ordinal). */
#define MT_NUM2_SENTINEL "000000000099"
#define MT_NUM2_SENTINEL_U "000000000099"
#define MT_INFL_JOIN '\x01'

/* *dropped: a word had more forms in one case than the expander keeps
 * (24, or 8 KB of them; no paradigm comes near): the rest were not given. */
#define MT_INFL_DROPPED 0x1u

/* Expand the words keys[0..n) (normalized) of a term in language lang
 * ("ru", "uk", ...) according to spec.  The base form comes first, then
 * every combination of the words' forms, case by case: a form may be
 * given more than once (fn must tell, exactly), and fn's non-zero return
 * stops the expansion.  A word longer than 64 characters stays as written.
 * *dropped gets MT_INFL_DROPPED bits.  Returns 0, MILTAG_E_NOMEM,
 * MILTAG_E_SYNTAX (spec does not fit the term: *why says why) or what fn
 * returned. */
int mt_inflect_expand(const miltag_allocator *a, const char *lang, const char *spec,
                      const mt_buf *keys, const unsigned *wflags, size_t n, unsigned opts,
                      mt_form_fn fn, void *ctx, const char **why, unsigned *dropped);

#endif
