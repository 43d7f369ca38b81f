/* Evidence: the one home of match acceptance (docs/lexicon.md, "Evidence").
 *
 * Every rule that decides whether a match may become a tag lives here:
 *
 *   compile time  a row's traits, derived once from its `flags` column and
 *                 the term as written (mt_ev_traits), and an entry's
 *                 evidence roles, from its `evidence=` attribute
 *                 (mt_ev_entry_roles); both are stored in the image.
 *   scan time     where a match may start (mt_ev_start); the evidence of
 *                 a window, found once when it is settled (mt_ev_begin);
 *                 and a typed verdict with its reason for every row of
 *                 every candidate (mt_ev_row, mt_ev_cand).
 *
 * The matcher walks the trie and selects among what this module accepts;
 * the compiler stores what it derives; neither decides acceptance itself.
 *
 * Adding a kind of evidence: a trait (compile time) or a role (data), an
 * MT_EV_* bit found by mt_ev_begin or a test on the window's tokens in
 * mt_ev_row, and a miltag_reason (miltag_inspect.h) with its name.
 */
#ifndef MT_EVIDENCE_H
#define MT_EVIDENCE_H

#include <stddef.h>
#include <stdint.h>

#include "alloc.h"
#include "image.h"
#include "miltag_inspect.h"
#include "tokenize.h"
#include "window.h"

/* ------------------------------------------------------------- traits */

/* Row traits (mt_img_row.flags).  The first five are written in the
 * `flags` column; the others the compiler derives from the term. */
typedef enum mt_trait {
  MT_TRAIT_AMB = 0x1u,      /* `amb`: also an ordinary word; needs evidence */
  MT_TRAIT_CAP = 0x2u,      /* `cap`: the text must capitalize it */
  MT_TRAIT_SLOT = 0x4u,     /* the term has a {num} slot */
  MT_TRAIT_NOT = 0x8u,      /* `not`: a stop phrase, selected, never tagged */
  MT_TRAIT_QUOTED = 0x10u,  /* `quoted`: alone between quotation marks */
  MT_TRAIT_PROPER = 0x20u,  /* a capitalized place or unit name: in lower
                               case it needs evidence */
  MT_TRAIT_ABBREV = 0x40u,  /* a place or unit abbreviation in capitals:
                               otherwise it needs evidence */
  MT_TRAIT_EN = 0x80u,      /* English: a capital is no evidence */
  MT_TRAIT_CTX = 0x100u,    /* `ctx`: needs military context; a capital is
                               no evidence (also a person's name) */
  MT_TRAIT_DOT = 0x200u,    /* the term ends with a period after its last
                               word (U.S.): the tag takes the text's period */
  MT_TRAIT_NAME = 0x400u    /* the term has a {name} slot */
} mt_trait;

/* The traits a `flags` column can give. */
#define MT_TRAITS_WRITTEN \
  (MT_TRAIT_AMB | MT_TRAIT_CAP | MT_TRAIT_NOT | MT_TRAIT_QUOTED | MT_TRAIT_CTX)
#define MT_TRAITS_ALL 0x7FFu

/* One word of a `flags` column, s[0..n): its trait, or 0 if it is none.
 * MT_EV_FLAG_NAMES lists the words for messages. */
unsigned mt_ev_flag_parse(const char *s, size_t n);
#define MT_EV_FLAG_NAMES "amb, ctx, cap, not or quoted"

/* What the compiler knows of a term as written. */
typedef struct mt_ev_term {
  int category;            /* miltag_category of its entry */
  const char *lang;        /* its `lang` column */
  unsigned first_word;     /* MT_IW_* of its first word (0 if it has none) */
  int ends_with_period;    /* a period right after its last word */
  int has_num, has_name;   /* {num}, {name} slots */
} mt_ev_term;

/* The traits of a row: its written flags (MT_TRAITS_WRITTEN bits) and what
 * the term says. */
unsigned mt_ev_traits(unsigned written, const mt_ev_term *t);

/* A row that needs evidence whatever the text (`amb`, `ctx`): ranked after
 * the rows of its span that do not. */
static inline int mt_ev_needs_evidence(unsigned traits) {
  return (traits & (MT_TRAIT_AMB | MT_TRAIT_CTX)) != 0;
}

/* -------------------------------------------------------------- roles */

/* Evidence roles of an entry (mt_img_entry.roles): what a context word
 * says about the words around it.  Data gives them: the attribute
 * `evidence=<role>[,<role>...]` of a context entry (docs/names.md).  A
 * context entry without one is military context. */
typedef enum mt_role {
  MT_ROLE_MILITARY = 0x1u,       /* "military": military context */
  MT_ROLE_FIRST_NAME = 0x2u,     /* "first-name" */
  MT_ROLE_SURNAME = 0x4u,        /* "surname" */
  MT_ROLE_TITLE = 0x8u,          /* "title": titles, ranks, offices */
  MT_ROLE_SPEECH = 0x10u,        /* "speech": verbs of saying */
  MT_ROLE_ORG_WORD = 0x20u,      /* "org-word": before a quoted name */
  MT_ROLE_ORG_SUFFIX = 0x40u,    /* "org-suffix": Corp, Ltd, Bank */
  MT_ROLE_LOCATIVE = 0x80u,      /* "locative": в, під, north of */
  MT_ROLE_GENERIC_PLACE = 0x100u /* "generic-place": село, village */
} mt_role;
#define MT_ROLES_ALL 0x1FFu

/* The roles of an entry of category `category` whose attributes are attrs.
 * Returns 0, or MILTAG_E_SYNTAX with *why set (an unknown role, or roles
 * on an entry that is not a context entry). */
int mt_ev_entry_roles(int category, const char *attrs, uint16_t *roles, const char **why);

/* The name of one role bit ("first-name"), or NULL. */
const char *mt_ev_role_name(unsigned role);

/* ------------------------------------------------------ where to start */

typedef enum mt_start {
  MT_START_NO = 0,         /* not where a word starts: never */
  MT_START_YES = 1,
  MT_START_DESIGNATION = 2 /* a number a hyphen joins to the word before it
                              (С-300, ФАБ-500, 767-300s): a designation */
} mt_start;

/* May a match start at token t?  (Called for every token: inline.) */
static inline mt_start mt_ev_start(const mt_stok *t) {
  if (t->gap == MILTAG_GAP_NONE) return MT_START_NO;
  if ((t->flags & MT_TOK_DIGITS) && t->gap == MILTAG_GAP_DASH) return MT_START_DESIGNATION;
  return MT_START_YES;
}

/* ------------------------------------------------- evidence of a window */

/* Evidence found in a window. */
typedef enum mt_ev_kind {
  MT_EV_MILITARY = 0x1u, /* military context: a context word that gives it,
                            or a match of a unit, a casualty code or slang
                            that needs no evidence */
  MT_EV_PLACE = 0x2u     /* a place that needs no evidence: evidence for
                            other places only, or every sentence naming a
                            town would let ambiguous slang fire */
} mt_ev_kind;
#define MT_EV_ALL (MT_EV_MILITARY | MT_EV_PLACE)

/* Scratch space of one scanner, reused window after window. */
typedef struct mt_ev_scratch {
  uint16_t *roles;       /* 2 per token: roles ending at it, starting at it */
  size_t cap;            /* in uint16_t */
} mt_ev_scratch;

void mt_ev_scratch_free(const miltag_allocator *a, mt_ev_scratch *sc);

/* The evidence of one window, valid until the window changes. */
typedef struct mt_ev {
  const mt_window *w;
  unsigned found;            /* MT_EV_* */
  /* Roles of the context rows that match in the window, by token: for the
   * rules that look at the words around a candidate (a first name before
   * it, a speech verb after it).  NULL when the lexicon has no role other
   * than military.  A row counts when its own conditions hold (a `cap`
   * first name must be capitalized). */
  const uint16_t *roles;
} mt_ev;

/* Roles of the context matches that end at token i / start at token i of
 * the window (0 without roles or out of the window). */
static inline unsigned mt_ev_roles_ending(const mt_ev *ev, size_t i) {
  return ev->roles && i < ev->w->ntoks ? ev->roles[2 * i] : 0;
}
static inline unsigned mt_ev_roles_starting(const mt_ev *ev, size_t i) {
  return ev->roles && i < ev->w->ntoks ? ev->roles[2 * i + 1] : 0;
}

/* Find the evidence of window w from its candidates c[0..n) (every match
 * of the window, settled or not: context anywhere in the sentence counts).
 * Returns 0 or MILTAG_E_NOMEM. */
int mt_ev_begin(mt_ev *ev, const mt_window *w, const mt_cand *c, size_t n, mt_ev_scratch *sc,
                const miltag_allocator *a);

/* ------------------------------------------------------------ verdicts */

/* Is row a context row (evidence only, never a tag)? */
static inline int mt_ev_is_context_row(const mt_image *img, uint32_t row) {
  const mt_img_row *r = &img->rows[row];
  return img->entries[r->entry].category == MILTAG_CONTEXT && !(r->flags & MT_TRAIT_NOT);
}

/* Is row a stop phrase? */
static inline int mt_ev_is_stop_row(const mt_image *img, uint32_t row) {
  return (img->rows[row].flags & MT_TRAIT_NOT) != 0;
}

/* The verdict on row matched as candidate c, with the evidence found; the
 * reason goes to *why.  ev->found may be 0: the verdict then says what the
 * row and the text alone allow (a match that needs no evidence from the
 * rest of the sentence is sure).  Context rows are not judged here. */
miltag_verdict mt_ev_row(const mt_ev *ev, uint32_t row, const mt_cand *c, miltag_reason *why);

/* Does a match end inside a word (so none of its rows may be tagged)? */
static inline int mt_ev_ends_inside_word(const mt_window *w, const mt_cand *c) {
  unsigned after = c->end + 1 < w->ntoks ? w->toks[c->end + 1].gap : w->next_gap;
  return after == MILTAG_GAP_NONE;
}

/* The best verdict among the rows of candidate c that may be tagged
 * (MILTAG_ACCEPT before MILTAG_NEEDS_EVIDENCE before MILTAG_REJECT). */
miltag_verdict mt_ev_cand(const mt_ev *ev, const mt_cand *c);

/* The verdict and reason on one row of an inspected candidate, whatever
 * it is: a context row, a stop phrase, a designation, a match that ends
 * inside a word. */
miltag_verdict mt_ev_inspect(const mt_ev *ev, uint32_t row, const mt_cand *c, miltag_reason *why);

#endif
