#include "evidence.h"
#include "invariant.h"

#include <string.h>

#include "inflect.h"

/* ------------------------------------------------------------- traits */

static const struct {
  const char *name;
  unsigned trait;
} flag_names[] = {
  {"amb", MT_TRAIT_AMB}, {"cap", MT_TRAIT_CAP}, {"not", MT_TRAIT_NOT},
  {"quoted", MT_TRAIT_QUOTED}, {"ctx", MT_TRAIT_CTX},
};

unsigned mt_ev_flag_parse(const char *s, size_t n) {
  for (size_t i = 0; i < sizeof flag_names / sizeof *flag_names; i++)
    if (strlen(flag_names[i].name) == n && memcmp(flag_names[i].name, s, n) == 0)
      return flag_names[i].trait;
  return 0;
}

unsigned mt_ev_traits(unsigned written, const mt_ev_term *t) {
  unsigned f = written & MT_TRAITS_WRITTEN;
  if (t->has_num) f |= MT_TRAIT_SLOT;
  if (t->has_name) f |= MT_TRAIT_NAME;
  if (t->ends_with_period) f |= MT_TRAIT_DOT;
  /* How a name is written decides what a match in another case needs: a
   * capitalized place or unit name found in lower case («луковку») and an
   * abbreviation found otherwise than in capitals ("us") are probably
   * ordinary words. */
  if (t->category == MILTAG_PLACE || t->category == MILTAG_UNIT) {
    if (t->first_word & MT_IW_ALLCAPS) f |= MT_TRAIT_ABBREV;
    else if (t->first_word & MT_IW_CAP) f |= MT_TRAIT_PROPER;
  }
  if (t->lang && strcmp(t->lang, "en") == 0) f |= MT_TRAIT_EN;
  return f;
}

/* -------------------------------------------------------------- roles */

static const char *const role_names[] = {
  "military", "first-name", "surname", "title", "speech",
  "org-word", "org-suffix", "locative", "generic-place",
};

const char *mt_ev_role_name(unsigned role) {
  for (unsigned i = 0; i < sizeof role_names / sizeof *role_names; i++)
    if (role == 1u << i) return role_names[i];
  return NULL;
}

static unsigned role_parse(const char *s, size_t n) {
  for (unsigned i = 0; i < sizeof role_names / sizeof *role_names; i++)
    if (strlen(role_names[i]) == n && memcmp(role_names[i], s, n) == 0) return 1u << i;
  return 0;
}

int mt_ev_entry_roles(int category, const char *attrs, uint16_t *roles, const char **why) {
  const char *v;
  size_t vl;
  *roles = 0;
  if (!miltag_attr_get(attrs, "evidence", &v, &vl)) {
    if (category == MILTAG_CONTEXT) *roles = MT_ROLE_MILITARY;
    return 0;
  }
  if (category != MILTAG_CONTEXT) {
    *why = "the attribute 'evidence' gives roles to context rows only";
    return MILTAG_E_SYNTAX;
  }
  unsigned r = 0;
  for (size_t i = 0; i <= vl;) {
    size_t k = i;
    while (k < vl && v[k] != ',') k++;
    unsigned one = role_parse(v + i, k - i);
    if (!one) {
      *why = "unknown evidence role (expected military, first-name, surname, title, speech, "
             "org-word, org-suffix, locative or generic-place)";
      return MILTAG_E_SYNTAX;
    }
    r |= one;
    i = k + 1;
  }
  *roles = (uint16_t)r;
  return 0;
}

/* ------------------------------------------------- evidence of a window */

void mt_ev_scratch_free(const miltag_allocator *a, mt_ev_scratch *sc) {
  mt_free(a, sc->roles);
  sc->roles = NULL;
  sc->cap = 0;
}

int mt_ev_begin(mt_ev *ev, const mt_window *w, const mt_cand *c, size_t n, mt_ev_scratch *sc,
                const miltag_allocator *a) {
  const mt_image *img = w->img;
  ev->w = w;
  ev->found = 0;
  ev->roles = NULL;
  /* roles beyond military context are read by rules on neighbouring
   * words: indexed by token only when the lexicon has some */
  int index_roles = (img->h->roles & ~(uint32_t)MT_ROLE_MILITARY) != 0;
  if (index_roles) {
    if (mt_reserve(a, (void **)&sc->roles, &sc->cap, 2 * w->ntoks + 2, sizeof(uint16_t)))
      return MILTAG_E_NOMEM;
    memset(sc->roles, 0, 2 * w->ntoks * sizeof(uint16_t));
  }
  mt_ev sure = {w, 0, NULL}; /* what the text alone allows */
  for (size_t i = 0; i < n && (index_roles || ev->found != MT_EV_ALL); i++) {
    if (c[i].kind != MT_CAND_MATCH) continue;
    MT_ASSERT(c[i].end < w->ntoks && c[i].node < img->h->n_nodes);
    const mt_img_node *nd = &img->nodes[c[i].node];
    for (uint32_t m = 0; m < MT_NODE_COUNT(nd); m++) {
      uint32_t row = img->matches[nd->first + m];
      miltag_reason why;
      if (mt_ev_is_context_row(img, row)) {
        unsigned roles = img->entries[img->rows[row].entry].roles;
        if (roles & MT_ROLE_MILITARY) ev->found |= MT_EV_MILITARY;
        if (index_roles && (roles & ~(unsigned)MT_ROLE_MILITARY) &&
            mt_ev_row(&sure, row, &c[i], &why) != MILTAG_REJECT) {
          sc->roles[2 * c[i].end] |= (uint16_t)roles;
          sc->roles[2 * c[i].start + 1] |= (uint16_t)roles;
        }
      } else if (!mt_ev_is_stop_row(img, row) && mt_ev_row(&sure, row, &c[i], &why) == MILTAG_ACCEPT) {
        /* a match that needs nothing from the sentence is evidence itself */
        ev->found |= img->entries[img->rows[row].entry].category == MILTAG_PLACE ? MT_EV_PLACE
                                                                                 : MT_EV_MILITARY;
      }
    }
  }
  if (index_roles) ev->roles = sc->roles;
  return 0;
}

/* ------------------------------------------------------------ verdicts */

miltag_verdict mt_ev_row(const mt_ev *ev, uint32_t row, const mt_cand *c, miltag_reason *why) {
  const mt_window *w = ev->w;
  const mt_img_row *r = &w->img->rows[row];
  MT_ASSERT(row < w->img->h->n_rows && c->start <= c->end && c->end < w->ntoks);
  const mt_stok *first = &w->toks[c->start], *last = &w->toks[c->end];
  unsigned f = r->flags;
  if ((f & MT_TRAIT_CAP) && !(first->flags & MT_TOK_CAP)) {
    *why = MILTAG_REASON_NOT_CAPITALIZED;
    return MILTAG_REJECT;
  }
  int quoted = (first->flags & MT_TOK_QOPEN) && last->qclose;
  if ((f & MT_TRAIT_QUOTED) && !quoted) {
    *why = MILTAG_REASON_NOT_QUOTED;
    return MILTAG_REJECT;
  }
  /* a {name} ends with its closing quotation mark */
  if ((f & MT_TRAIT_NAME) && !last->qclose) {
    *why = MILTAG_REASON_NAME_NOT_CLOSED;
    return MILTAG_REJECT;
  }
  /* A name written in lower case, or an abbreviation not in capitals, is
   * probably an ordinary word ("луковку", "us"): like an ambiguous row it
   * needs evidence, and its case is none. */
  int miscased = ((f & MT_TRAIT_PROPER) && !(first->flags & MT_TOK_CAP)) ||
                 ((f & MT_TRAIT_ABBREV) && !(first->flags & MT_TOK_ALLCAPS));
  if ((f & (MT_TRAIT_AMB | MT_TRAIT_CTX)) || miscased) {
    int cat = w->img->entries[r->entry].category;
    int capital = (first->flags & MT_TOK_CAP) != 0;
    /* the match's own evidence first, then the sentence's */
    /* a capital inside a sentence tells a name from a word, except in
     * English, where every name has one, and for names of people too */
    if (!miscased && !(f & (MT_TRAIT_EN | MT_TRAIT_CTX)) && capital &&
        !(first->flags & MT_TOK_SENT)) {
      *why = MILTAG_REASON_CAPITAL;
      return MILTAG_ACCEPT;
    }
    /* quotation marks around a jargon word flag its special sense
     * ("за «ленточкой»"); around a name they often mark a call sign */
    if (cat == MILTAG_SLANG && quoted) {
      *why = MILTAG_REASON_QUOTED_SLANG;
      return MILTAG_ACCEPT;
    }
    if (ev->found & MT_EV_MILITARY) {
      *why = MILTAG_REASON_MILITARY_CONTEXT;
      return MILTAG_ACCEPT;
    }
    if (cat == MILTAG_PLACE && (ev->found & MT_EV_PLACE)) {
      *why = MILTAG_REASON_PLACE_CONTEXT;
      return MILTAG_ACCEPT;
    }
    if (miscased) *why = MILTAG_REASON_MISCASED;
    else if (f & MT_TRAIT_CTX) *why = MILTAG_REASON_NEEDS_CONTEXT;
    else if (capital && (f & MT_TRAIT_EN)) *why = MILTAG_REASON_ENGLISH_CAPITAL;
    else if (capital) *why = MILTAG_REASON_SENTENCE_START;
    else *why = MILTAG_REASON_AMBIGUOUS;
    return MILTAG_NEEDS_EVIDENCE;
  }
  *why = (f & MT_TRAIT_NOT) ? MILTAG_REASON_STOP_PHRASE : MILTAG_REASON_SURE;
  return MILTAG_ACCEPT;
}

miltag_verdict mt_ev_cand(const mt_ev *ev, const mt_cand *c) {
  const mt_image *img = ev->w->img;
  if (c->kind != MT_CAND_MATCH || mt_ev_ends_inside_word(ev->w, c)) return MILTAG_REJECT;
  const mt_img_node *nd = &img->nodes[c->node];
  miltag_verdict best = MILTAG_REJECT;
  for (uint32_t m = 0; m < MT_NODE_COUNT(nd); m++) {
    uint32_t row = img->matches[nd->first + m];
    if (mt_ev_is_context_row(img, row)) continue;
    miltag_reason why;
    miltag_verdict v = mt_ev_row(ev, row, c, &why);
    if (v == MILTAG_ACCEPT) return v;
    if (v == MILTAG_NEEDS_EVIDENCE) best = v;
  }
  return best;
}

miltag_verdict mt_ev_inspect(const mt_ev *ev, uint32_t row, const mt_cand *c, miltag_reason *why) {
  if (c->kind == MT_CAND_DESIGNATION) {
    *why = MILTAG_REASON_DESIGNATION;
    return MILTAG_REJECT;
  }
  if (mt_ev_is_context_row(ev->w->img, row)) {
    *why = MILTAG_REASON_CONTEXT_WORD;
    return MILTAG_REJECT;
  }
  if (mt_ev_ends_inside_word(ev->w, c)) {
    *why = MILTAG_REASON_INSIDE_WORD;
    return MILTAG_REJECT;
  }
  return mt_ev_row(ev, row, c, why);
}

/* ------------------------------------------------------- reason names */

static const struct {
  const char *name, *text;
} reasons[MILTAG_REASON_COUNT] = {
  [MILTAG_REASON_SURE] = {"sure", "needs no evidence"},
  [MILTAG_REASON_CAPITAL] = {"capital", "capitalized inside a sentence"},
  [MILTAG_REASON_MILITARY_CONTEXT] = {"military-context",
                                      "the sentence has military context"},
  [MILTAG_REASON_PLACE_CONTEXT] = {"place-context",
                                   "the sentence names a place that needs no evidence"},
  [MILTAG_REASON_QUOTED_SLANG] = {"quoted-slang", "slang between quotation marks"},
  [MILTAG_REASON_STOP_PHRASE] = {"stop-phrase", "a stop phrase: it wins its span, never a tag"},
  [MILTAG_REASON_CONTEXT_WORD] = {"context-word", "a context word: evidence, never a tag"},
  [MILTAG_REASON_NOT_CAPITALIZED] = {"not-capitalized", "flag cap, but not capitalized"},
  [MILTAG_REASON_NOT_QUOTED] = {"not-quoted",
                                "flag quoted, but not alone between quotation marks"},
  [MILTAG_REASON_NAME_NOT_CLOSED] = {"name-not-closed",
                                     "a {name} without its closing quotation mark"},
  [MILTAG_REASON_INSIDE_WORD] = {"inside-word", "the match ends inside a word"},
  [MILTAG_REASON_DESIGNATION] = {"designation",
                                 "a number joined by a hyphen to the word before it"},
  [MILTAG_REASON_AMBIGUOUS] = {"ambiguous",
                               "flag amb: no capital inside the sentence, no context"},
  [MILTAG_REASON_SENTENCE_START] = {"sentence-start",
                                    "flag amb: a capital at the start of a sentence is no "
                                    "evidence, and there is no context"},
  [MILTAG_REASON_ENGLISH_CAPITAL] = {"english-capital",
                                     "flag amb: in English a capital is no evidence, and "
                                     "there is no context"},
  [MILTAG_REASON_NEEDS_CONTEXT] = {"needs-context",
                                   "flag ctx: needs military context in the sentence"},
  [MILTAG_REASON_MISCASED] = {"miscased",
                              "a name in lower case or an abbreviation not in capitals, "
                              "and no context"},
};

const char *miltag_reason_name(int reason) {
  return reason >= 0 && reason < MILTAG_REASON_COUNT ? reasons[reason].name : NULL;
}

const char *miltag_reason_text(int reason) {
  return reason >= 0 && reason < MILTAG_REASON_COUNT ? reasons[reason].text : NULL;
}
