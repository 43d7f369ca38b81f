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

/* Token flags the expander needs, per word. */
#define MT_IW_CAP 0x1u      /* written with a capital letter */
#define MT_IW_ALLCAPS 0x2u  /* an abbreviation (two or more capitals) */

/* The slots of patterns (docs/lexicon.md, "Patterns"): typed words that
 * stand for what the text has there.  A slot has no key; the compiler
 * knows it by its place in the term, the expander keeps it as a slot, and
 * the compiler gives it a token that no key can reach. */
typedef enum mt_slot {
  MT_SLOT_NONE = 0,  /* a word of the term */
  MT_SLOT_NUM,       /* {num}: any number written in digits */
  MT_SLOT_NUM2,      /* {num} standing for an ordinal written without its
                        ending: only numbers of two digits or more */
  MT_SLOT_NAME,      /* {name}: the first word of a quoted name */
  MT_SLOT_WORD,      /* a further word of a {name} */
  MT_SLOT_COUNT
} mt_slot;

/* One word of a term, into and out of the expander. */
typedef struct mt_iword {
  const char *key;     /* normalized key; "" for a slot */
  size_t len;
  const char *ending;  /* out: an ordinal ending joined to the number (the
                          "я" of 155-я, a token of its own); "" if none */
  size_t ending_len;
  unsigned flags;      /* in: MT_IW_* */
  mt_slot slot;
  int form;            /* out: the slot of the paradigm this form fills:
                          MT_FORM_CASE(f) its case, MT_FORM_PLURAL(f)
                          whether plural; MT_FORM_AS_WRITTEN for the
                          term as given */
} mt_iword;

/* The case slots of mt_iword.form: six cases of the singular (0-5), then
 * the same six of the plural (6-11). */
typedef enum mt_case {
  MT_CASE_NOM, MT_CASE_GEN, MT_CASE_DAT, MT_CASE_ACC, MT_CASE_INS, MT_CASE_LOC, MT_NCASES
} mt_case;
#define MT_FORM_AS_WRITTEN (-1)
#define MT_FORM_CASE(f) ((mt_case)((f) % MT_NCASES))
#define MT_FORM_PLURAL(f) ((f) >= MT_NCASES)

/* Called once per form: w[0..n) are the form's words, in the term's order
 * (the separators do not change).  Return 0 to go on. */
typedef int (*mt_form_fn)(void *ctx, const mt_iword *w, size_t n);

/* Options. */
#define MT_INFL_SINGULAR 0x1u  /* names: singular forms only (plural-only
                                  words keep their plural) */
#define MT_INFL_INFORMAL 0x2u  /* ord: the endings of informal writing too
                                  (2-ой, 47-мої, 93-тьої, 1-шого): for the
                                  formation grammar's table of endings */

/* *dropped: a word had more forms in one case than the expander keeps
 * (24, or 8 KB of them; no paradigm comes near): the rest were not given. */
#define MT_INFL_DROPPED 0x1u
/* *dropped: a word longer than 64 characters that would have been declined
 * stays as written: its case forms were not given. */
#define MT_INFL_LONG 0x2u

/* Expand the words w[0..n) of a term in language lang ("ru", "uk", ...)
 * according to spec.  The base form (w as given) comes first, then every
 * combination of the words' forms, case by case: a form may be given more
 * than once (fn must tell, exactly), and fn's non-zero return stops the
 * expansion.  A word longer than 64 characters stays as written; a slot
 * stays a slot ({num} with the spec `ord` gets its ordinal endings, and
 * stands bare for MT_SLOT_NUM2 unless the word it agrees with is an
 * abbreviation).  *dropped gets MT_INFL_DROPPED bits.  Returns 0,
 * MILTAG_E_NOMEM, MILTAG_E_SYNTAX (spec does not fit the term: *why says
 * why) or what fn returned. */
int mt_inflect_expand(const miltag_allocator *a, const char *lang, const char *spec,
                      const mt_iword *w, size_t n, unsigned opts, mt_form_fn fn, void *ctx,
                      const char **why, unsigned *dropped);

#endif
