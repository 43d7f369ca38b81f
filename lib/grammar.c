#include "grammar.h"
#include "invariant.h"

#include <string.h>

#include "evidence.h"
#include "inflect.h"
#include "miltag.h"
#include "sort.h"
#include "tokenize.h"
#include "utf8.h"

/* ------------------------------------------------------------ agreement */

mt_glang mt_gram_lang(const char *lang) {
  if (!lang) return MT_GL_OTHER;
  if (strcmp(lang, "ru") == 0) return MT_GL_RU;
  if (strcmp(lang, "uk") == 0) return MT_GL_UK;
  if (strcmp(lang, "en") == 0) return MT_GL_EN;
  if (strcmp(lang, "mul") == 0) return MT_GL_MUL;
  return MT_GL_OTHER;
}

#define B(g, c) MT_AGR_BIT(MT_AGR_##g, MT_CASE_##c)

/* Adjective endings and the genders and cases they fill, longest first
 * (the paradigms of docs/inflection.md: hard, soft and velar stems,
 * stressed -ой, третий; Ukrainian hard and soft).  tests/test_grammar.c
 * checks the table against the inflection module's forms. */
typedef struct adj_end {
  const char *end;
  uint32_t mask;
} adj_end;

static const adj_end ru_adj[] = {
  {"ыми", B(PL, INS)}, {"ими", B(PL, INS)},
  {"ого", B(M, GEN) | B(N, GEN) | B(M, ACC)}, {"его", B(M, GEN) | B(N, GEN) | B(M, ACC)},
  {"ому", B(M, DAT) | B(N, DAT)}, {"ему", B(M, DAT) | B(N, DAT)},
  {"ый", B(M, NOM) | B(M, ACC)}, {"ий", B(M, NOM) | B(M, ACC)},
  {"ой", B(M, NOM) | B(M, ACC) | B(F, GEN) | B(F, DAT) | B(F, INS) | B(F, LOC)},
  {"ей", B(F, GEN) | B(F, DAT) | B(F, INS) | B(F, LOC)},
  {"ая", B(F, NOM)}, {"яя", B(F, NOM)}, {"ья", B(F, NOM)},
  {"ую", B(F, ACC)}, {"юю", B(F, ACC)}, {"ью", B(F, ACC)},
  {"ою", B(F, INS)}, {"ею", B(F, INS)},
  {"ое", B(N, NOM) | B(N, ACC)}, {"ее", B(N, NOM) | B(N, ACC)}, {"ье", B(N, NOM) | B(N, ACC)},
  {"ые", B(PL, NOM) | B(PL, ACC)}, {"ие", B(PL, NOM) | B(PL, ACC)}, {"ьи", B(PL, NOM) | B(PL, ACC)},
  {"ых", B(PL, GEN) | B(PL, LOC) | B(PL, ACC)}, {"их", B(PL, GEN) | B(PL, LOC) | B(PL, ACC)},
  {"ым", B(M, INS) | B(N, INS) | B(PL, DAT)}, {"им", B(M, INS) | B(N, INS) | B(PL, DAT)},
  {"ом", B(M, LOC) | B(N, LOC)}, {"ем", B(M, LOC) | B(N, LOC)},
};

static const adj_end uk_adj[] = {
  {"ього", B(M, GEN) | B(N, GEN) | B(M, ACC)}, {"ьому", B(M, DAT) | B(N, DAT) | B(M, LOC) | B(N, LOC)},
  {"ьої", B(F, GEN)}, {"ьою", B(F, INS)},
  {"ими", B(PL, INS)}, {"іми", B(PL, INS)},
  {"ого", B(M, GEN) | B(N, GEN) | B(M, ACC)}, {"ому", B(M, DAT) | B(N, DAT) | B(M, LOC) | B(N, LOC)},
  {"ої", B(F, GEN)}, {"ою", B(F, INS)},
  {"ий", B(M, NOM) | B(M, ACC)},
  {"ій", B(M, NOM) | B(M, ACC) | B(F, DAT) | B(F, LOC)},
  {"ім", B(M, INS) | B(N, INS) | B(PL, DAT) | B(M, LOC) | B(N, LOC)},
  {"им", B(M, INS) | B(N, INS) | B(PL, DAT)},
  {"их", B(PL, GEN) | B(PL, LOC) | B(PL, ACC)}, {"іх", B(PL, GEN) | B(PL, LOC) | B(PL, ACC)},
  {"а", B(F, NOM)}, {"я", B(F, NOM)},
  {"у", B(F, ACC)}, {"ю", B(F, ACC)},
  {"е", B(N, NOM) | B(N, ACC)}, {"є", B(N, NOM) | B(N, ACC)},
  {"і", B(PL, NOM) | B(PL, ACC)},
};

#undef B

uint32_t mt_gram_adj_mask(mt_glang lang, const char *key, size_t len) {
  const adj_end *t;
  size_t n;
  if (lang == MT_GL_RU) t = ru_adj, n = sizeof ru_adj / sizeof *ru_adj;
  else if (lang == MT_GL_UK) t = uk_adj, n = sizeof uk_adj / sizeof *uk_adj;
  else return 0;
  for (size_t i = 0; i < n; i++) {
    size_t el = strlen(t[i].end);
    /* a stem of two letters at least (four bytes of Cyrillic) */
    if (len >= el + 4 && memcmp(key + len - el, t[i].end, el) == 0) return t[i].mask;
  }
  return 0;
}

uint32_t mt_gram_noun_mask(int gender, int form) {
  MT_ASSERT(gender >= MT_AGR_M && gender <= MT_AGR_PL);
  if (form == MT_FORM_AS_WRITTEN) return MT_AGR_BIT(gender, MT_CASE_NOM);
  MT_ASSERT(form >= 0 && form < 2 * MT_NCASES);
  if (MT_FORM_PLURAL(form)) return MT_AGR_BIT(MT_AGR_PL, MT_FORM_CASE(form));
  return gender == MT_AGR_PL ? 0 : MT_AGR_BIT(gender, MT_FORM_CASE(form));
}

/* ------------------------------------------------------------- classes */

static const char *const kind_names[MT_GK_COUNT] = {
  NULL, "type", "abbr", "branch", "qual", "sep", "guards", "service", "ord", "card", "honor", "gov",
  "nation",
};

const char *mt_gram_kind_name(mt_gkind k) {
  return k > MT_GK_NONE && k < MT_GK_COUNT ? kind_names[k] : NULL;
}

static int is(const char *v, size_t vl, const char *lit) {
  return strlen(lit) == vl && memcmp(v, lit, vl) == 0;
}

int mt_gram_class_parse(int category, const char *attrs, mt_gclass_src *out, const char **why) {
  memset(out, 0, sizeof *out);
  const char *v;
  size_t vl;
  if (!miltag_attr_get(attrs, "class", &v, &vl)) return 0;
  if (category != MILTAG_CONTEXT) {
    *why = "the attribute 'class' makes a word of the formation grammar: only on context rows";
    return MILTAG_E_SYNTAX;
  }
  for (int k = MT_GK_NONE + 1; k < MT_GK_COUNT; k++)
    if (is(v, vl, kind_names[k])) out->kind = (mt_gkind)k;
  if (!out->kind) {
    *why = "unknown class (expected type, abbr, branch, qual, sep, guards, service, ord, card, "
           "honor, gov or nation)";
    return MILTAG_E_SYNTAX;
  }
  if (miltag_attr_get(attrs, "type", &out->type, &out->type_len) && !out->type_len) out->type = NULL;
  if (miltag_attr_get(attrs, "short", &out->shorttype, &out->short_len) && !out->short_len)
    out->shorttype = NULL;
  if (miltag_attr_get(attrs, "affiliation", &out->affil, &out->affil_len) && !out->affil_len)
    out->affil = NULL;
  if (miltag_attr_get(attrs, "nouns", &out->nouns, &out->nouns_len) && !out->nouns_len)
    out->nouns = NULL;
  if ((out->kind == MT_GK_TYPE || out->kind == MT_GK_ABBR) && !out->type) {
    *why = "a type word or abbreviation of the grammar needs type=";
    return MILTAG_E_SYNTAX;
  }
  if (miltag_attr_get(attrs, "value", &v, &vl)) {
    uint32_t n = 0;
    if (!vl || vl > 9) goto bad_value;
    for (size_t i = 0; i < vl; i++) {
      if (v[i] < '0' || v[i] > '9') goto bad_value;
      n = n * 10 + (uint32_t)(v[i] - '0');
    }
    out->value = n;
  } else if (out->kind == MT_GK_ORD || out->kind == MT_GK_CARD) {
    *why = "an ordinal or cardinal word of the grammar needs value=";
    return MILTAG_E_SYNTAX;
  }
  static const struct {
    const char *key, *val;
    unsigned flag;
  } flags[] = {
    {"bare", "no", MT_GF_BARE_NO}, {"named", "amb", MT_GF_NAMED_AMB},
    {"number", "no", MT_GF_UNNUMBERED}, {"numafter", "yes", MT_GF_NUMAFTER},
    {"plural", "yes", MT_GF_PLURAL}, {"digits", "yes", MT_GF_DIGITS},
    {"digits", "amb", MT_GF_DIGITS | MT_GF_DIGITS_AMB},
    {"join", "numbered", MT_GF_JOIN_NUMBERED}, {"join", "named", MT_GF_JOIN_NAMED},
    {"join", "unnamed", MT_GF_JOIN_UNNAMED}, {"join", "apart", MT_GF_JOIN_APART},
  };
  for (size_t i = 0; i < sizeof flags / sizeof *flags; i++) {
    if (!miltag_attr_get(attrs, flags[i].key, &v, &vl)) continue;
    /* one of the values given for the key (digits=yes, digits=amb) */
    int known = 0;
    for (size_t k = 0; k < sizeof flags / sizeof *flags; k++)
      known |= strcmp(flags[k].key, flags[i].key) == 0 && is(v, vl, flags[k].val);
    if (!known) {
      *why = "a grammar attribute has an unknown value (bare=no, named=amb, number=no, "
             "numafter=yes, plural=yes, digits=yes, digits=amb, join=numbered, join=named, "
             "join=unnamed or join=apart)";
      return MILTAG_E_SYNTAX;
    }
    if (is(v, vl, flags[i].val)) out->flags |= flags[i].flag;
  }
  return 0;
bad_value:
  *why = "value= of a grammar word must be a number";
  return MILTAG_E_SYNTAX;
}

/* ------------------------------------------------------------ scanning */

/* A class word found in the window: tokens [start, end] and its hit. */
typedef struct mt_gitem {
  uint32_t start, end;
  uint32_t hit;
  uint32_t final;  /* found among the candidates being settled */
} mt_gitem;

void mt_gram_scratch_free(const miltag_allocator *a, mt_gram_scratch *g) {
  mt_free(a, g->items);
  mt_free(a, g->ph);
  memset(g, 0, sizeof *g);
}

/* The phrase being put together around one anchor. */
typedef struct gctx {
  const mt_window *w;
  const mt_image *img;
  const mt_gitem *by_end, *by_start;  /* the window's class words, twice */
  size_t n;
  mt_glang lang;            /* the anchor's language */
  const mt_img_gclass *acls;
  uint32_t anchor_tok;      /* first token of the anchor */
  int anchor_kind;          /* MT_GK_TYPE, MT_GK_ABBR, or MT_GK_BRANCH (English short) */
  int anchor_gender;        /* MT_AGR_* of the type noun, or -1 */
  unsigned steps;           /* words tried for this anchor (MAX_STEPS) */
  size_t budget;            /* words the window may still try */
  int incomplete;           /* a cap was reached */
  const mt_cand *cands;     /* the window's candidates (mt_gram_run) */
  size_t ncands;
} gctx;

/* Bounds on the work of a window whatever the lexicon: the words the left
 * side of one anchor tries, the words of a window (STEPS_PER_TOKEN a
 * token), and the class rows of one word that the grammar reads (the
 * built-in lexicon needs at most 60, 4 and 3).  Past them the scan says
 * MILTAG_INCOMPLETE. */
#define MAX_STEPS 256u
#define STEPS_PER_TOKEN 64u
#define MAX_HITS_PER_WORD 16u

/* What the words left of the anchor give. */
typedef struct lres {
  int found;
  int numbered;
  uint32_t start;           /* first token */
  uint32_t mask;
  uint32_t num_tok;         /* digits, or MT_NONE */
  uint64_t value;
  uint32_t prefix;          /* the type prefix of the branch next to the noun */
  int hon, branch;
  int count_amb;            /* bare digits that may count the noun */
  int digits;               /* a number in bare digits */
} lres;

/* lstate.hon of a town's adjective in small letters */
#define TOWN_ADJ 3

typedef struct lstate {
  uint32_t cur;             /* first token of the leftmost word so far */
  uint32_t mask;
  uint8_t sep, gds, hon, branch, mods;
  uint32_t prefix;
  uint8_t numonly;          /* a branch of join=numbered is among the words */
  uint32_t paren;           /* a bracketed branch starts here (its "(" is the gap before), or 0 */
} lstate;

static const mt_img_ghit *ghit(const gctx *g, const mt_gitem *it) { return &g->img->ghits[it->hit]; }
static const mt_img_gclass *gcls(const gctx *g, const mt_gitem *it) {
  return &g->img->gclass[ghit(g, it)->cls];
}
static mt_glang hit_lang(const mt_img_ghit *h) { return (mt_glang)((h->mask >> 24) & 0xF); }
/* The gender of a noun's row (MT_AGR_*), or -1. */
static int hit_gender(const mt_img_ghit *h) { return (int)(h->mask >> 28) - 1; }

/* May a word of language l go with an anchor of language a? */
static int lang_ok(mt_glang a, mt_glang l) {
  if (l == a || l == MT_GL_MUL) return 1;
  return a == MT_GL_MUL && (l == MT_GL_RU || l == MT_GL_UK);
}

/* The gap before token i joins two words of a phrase: spaces or a dash,
 * or, after an abbreviation written with its period (гв., ім.), that
 * period and spaces. */
static int joins(const mt_window *w, uint32_t i, int left_dot) {
  const mt_stok *t = &w->toks[i];
  unsigned g = t->gap;
  if (g && !(g & ~(unsigned)(MILTAG_GAP_SPACE | MILTAG_GAP_DASH))) return 1;
  if (!left_dot || i == 0 || (g & MILTAG_GAP_QUOTE)) return 0;
  const char *p = w->text + w->toks[i - 1].end, *e = w->text + t->start;
  if (p >= e || *p != '.') return 0;
  for (p++; p < e; p++)
    if (*p != ' ') return 0;
  return 1;
}

static int row_dot(const gctx *g, const mt_img_ghit *h) {
  return (g->img->rows[h->row].flags & MT_TRAIT_DOT) != 0;
}

/* The items of v[0..n), sorted by their last token (by_end) or their
 * first, whose last (or first) token is i: [*lo, *hi). */
static inline void items_at(const mt_gitem *v, size_t n, int by_end, uint32_t i, size_t *lo,
                            size_t *hi) {
  size_t a = 0, b = n;
  while (a < b) {
    size_t m = a + (b - a) / 2;
    if ((by_end ? v[m].end : v[m].start) < i) a = m + 1;
    else b = m;
  }
  *lo = a;
  while (a < n && (by_end ? v[a].end : v[a].start) == i) a++;
  *hi = a;
}

/* The class words ending (by_end) or starting (by_start) at token i:
 * [*lo, *hi). */
static void range_end(const gctx *g, uint32_t i, size_t *lo, size_t *hi) {
  items_at(g->by_end, g->n, 1, i, lo, hi);
}

static void range_start(const gctx *g, uint32_t i, size_t *lo, size_t *hi) {
  items_at(g->by_start, g->n, 0, i, lo, hi);
}

/* Is there a class word of kind k (in the anchor's languages) ending at
 * token i? */
static int kind_ends_at(const gctx *g, uint32_t i, mt_gkind k) {
  size_t lo, hi;
  range_end(g, i, &lo, &hi);
  for (size_t j = lo; j < hi; j++)
    if (gcls(g, &g->by_end[j])->kind == k && lang_ok(g->lang, hit_lang(ghit(g, &g->by_end[j]))))
      return 1;
  return 0;
}

/* An ordinal ending token's agreement set for the anchor's language. */
static uint32_t ending_mask(const gctx *g, uint32_t token) {
  const mt_img_gend *e = g->img->gends;
  size_t a = 0, b = g->img->h->n_gends;
  while (a < b) {
    size_t m = a + (b - a) / 2;
    if (e[m].token < token) a = m + 1;
    else b = m;
  }
  if (a == g->img->h->n_gends || e[a].token != token) return 0;
  switch (g->lang) {
    case MT_GL_RU: return e[a].mask[0];
    case MT_GL_UK: return e[a].mask[1];
    case MT_GL_EN: return e[a].mask[2];
    case MT_GL_MUL: return e[a].mask[0] | e[a].mask[1];
    default: return 0;
  }
}

static uint64_t digits_value(const mt_window *w, const mt_stok *t) {
  uint64_t v = 0;
  for (size_t i = t->start; i < t->end; i++) {
    if (v > (UINT64_MAX - 10) / 10) return MILTAG_NO_NUMBER;
    v = v * 10 + (uint64_t)(w->text[i] - '0');
  }
  return v;
}

/* The cases in which a bare number v with a noun is a count, not an
 * ordinal (2 бригады, 21 бригада, 5 батальонов; Ukrainian 22 бригади):
 * every plural, the nominative and accusative after 1, the genitive after
 * 2-4 (in Russian; the Ukrainian count is the plural).  A one-digit number
 * without an adjective is an ordinal only where no count puts the noun
 * (dative, instrumental, locative: 3 роті, в 7 корпусе). */
static uint32_t count_slots(uint64_t v, int modified) {
  uint32_t c = MT_AGR_PLURAL, nomacc = 0, gen = 0;
  for (int gd = MT_AGR_M; gd <= MT_AGR_N; gd++) {
    nomacc |= MT_AGR_BIT(gd, MT_CASE_NOM) | MT_AGR_BIT(gd, MT_CASE_ACC);
    gen |= MT_AGR_BIT(gd, MT_CASE_GEN);
  }
  if (v % 10 == 1 && v % 100 != 11) c |= nomacc;
  if (!modified && v % 10 >= 2 && v % 10 <= 4 && (v % 100 < 12 || v % 100 > 14)) c |= gen;
  if (!modified && v < 10) c |= nomacc | gen;
  return c;
}

static void consider(lres *best, const lstate *st, int numbered, uint32_t start, uint32_t mask,
                     uint32_t num_tok, uint64_t value, int count_amb, int digits) {
  /* a branch of join=numbered describes an unnumbered formation rather
   * than names it (добровольческий батальон «Алга»: the name's phrase is
   * батальон «Алга»), and belongs to a numbered one (1-й добровольческий
   * батальон) */
  if (!numbered && st->numonly) return;
  /* a town's adjective in small letters names a numbered formation only
   * (131-я майкопская мотострелковая бригада) */
  if (!numbered && st->hon == TOWN_ADJ) return;
  if (best->found) {
    if (best->numbered && !numbered) return;
    if (best->numbered == numbered && start >= best->start) return;
  }
  best->found = 1;
  best->numbered = numbered;
  best->start = start;
  best->mask = mask;
  best->num_tok = num_tok;
  best->value = value;
  best->prefix = st->prefix;
  best->hon = st->hon;
  best->branch = st->branch;
  best->count_amb = count_amb;
  best->digits = digits;
}

/* Is token i a conjunction that joins numbers (и, і, й, та, and)? */
static int conjunction(const mt_window *w, uint32_t i) {
  static const char *const words[] = {"и", "і", "й", "та", "and"};
  const mt_stok *t = &w->toks[i];
  for (size_t k = 0; k < sizeof words / sizeof *words; k++)
    if (t->end - t->start == strlen(words[k]) && memcmp(w->text + t->start, words[k], strlen(words[k])) == 0)
      return 1;
  return 0;
}

/* A comma and spaces before token i. */
static int comma_before(const mt_window *w, uint32_t i) {
  const char *p = w->text + w->toks[i - 1].end, *e = w->text + w->toks[i].start;
  if (p >= e || *p != ',') return 0;
  for (p++; p < e; p++)
    if (*p != ' ') return 0;
  return 1;
}

/* Numbers with their endings joined by a conjunction or commas before a
 * plural noun: 47-я и 53-я бригады (each number agrees with the noun's
 * gender in the singular, in the plural noun's case).  p is the ending
 * of the last number.  The phrase has no one number. */
static void coordinated(const gctx *g, const lstate *st, uint32_t p, lres *best) {
  const mt_window *w = g->w;
  if (g->anchor_gender < MT_AGR_M || g->anchor_gender > MT_AGR_N || !(st->mask & MT_AGR_PLURAL) ||
      (g->lang != MT_GL_RU && g->lang != MT_GL_UK))
    return;
  uint32_t sg = 0;
  for (int c = 0; c < MT_NCASES; c++)
    if (st->mask & MT_AGR_BIT(MT_AGR_PL, c)) sg |= MT_AGR_BIT(g->anchor_gender, c);
  uint32_t e = p, count = 0, first = 0;
  for (;;) {
    /* an ending after digits that start a number, agreeing */
    if (e < 1 || (w->toks[e].gap != MILTAG_GAP_NONE && w->toks[e].gap != MILTAG_GAP_DASH) ||
        w->toks[e].id == MT_NONE || !(w->toks[e - 1].flags & MT_TOK_DIGITS) ||
        mt_ev_start(&w->toks[e - 1]) != MT_START_YES || !(ending_mask(g, w->toks[e].id) & sg))
      break;
    first = e - 1;
    if (++count >= 8) break;
    /* and before it, a conjunction or a comma */
    if (first >= 3 && conjunction(w, first - 1) && joins(w, first, 0) && joins(w, first - 1, 0)) e = first - 2;
    else if (first >= 2 && comma_before(w, first)) e = first - 1;
    else break;
  }
  if (count >= 2) consider(best, st, 1, first, st->mask, MT_NONE, MILTAG_NO_NUMBER, 0, 0);
}

/* An ordinal word (class ORD) with the cardinal tens and hundreds before
 * it: сорок седьмая, сто пятьдесят пятой.  Returns its first token and
 * its value in *v. */
static uint32_t with_tens(const gctx *g, const mt_gitem *it, uint64_t *v) {
  const mt_window *w = g->w;
  uint64_t val = gcls(g, it)->value;
  uint32_t start = it->start;
  for (int k = 0; k < 2 && start >= 1 && joins(w, start, 0); k++) {
    size_t l2, h2;
    range_end(g, start - 1, &l2, &h2);
    int took = 0;
    for (size_t q = l2; q < h2 && !took; q++) {
      const mt_gitem *ci = &g->by_end[q];
      const mt_img_gclass *cc = gcls(g, ci);
      if (cc->kind != MT_GK_CARD || !lang_ok(g->lang, hit_lang(ghit(g, ci))) || cc->value <= val ||
          cc->value % 10)
        continue;
      val += cc->value;
      start = ci->start;
      took = 1;
    }
    if (!took) break;
  }
  *v = val;
  return start;
}

/* The value of token t as a canonical Roman numeral in capitals (II,
 * XLVIII, XCIX, CXC; and the German army's XXXXVIII for XLVIII; Ukrainian
 * text's Cyrillic І and Х look the same), 1 to 199, or 0.  A letter out of
 * order (IIX, VX, LLC, XXL, IIII) is no numeral but a word or a size.  Its
 * letters only, nine at most. */
static uint64_t roman_value(const mt_window *w, const mt_stok *t) {
  static const struct {
    char s[3];
    unsigned char n;
    char c;
  } digit[] = {{"I", 1, 'I'}, {"V", 1, 'V'}, {"X", 1, 'X'}, {"L", 1, 'L'}, {"C", 1, 'C'},
               {"\xD0\x86", 2, 'I'}, {"\xD0\xA5", 2, 'X'}};
  /* (each digit's canonical spelling, by place; XXXX the German army's 40) */
  static const char *const tens[] = {"", "X", "XX", "XXX", "XL", "L", "LX", "LXX", "LXXX", "XC"};
  static const char *const units[] = {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"};
  char r[10];
  size_t n = 0, i = t->start;
  while (i < t->end) {
    size_t k = 0;
    while (k < sizeof digit / sizeof *digit &&
           (t->end - i < digit[k].n || memcmp(w->text + i, digit[k].s, digit[k].n) != 0))
      k++;
    if (k == sizeof digit / sizeof *digit || n == 9) return 0;
    r[n++] = digit[k].c;
    i += digit[k].n;
  }
  r[n] = 0;
  const char *p = r;
  uint64_t val = 0;
  if (*p == 'C') {
    val = 100;
    p++;
  }
  /* the longest spelling of the tens that opens the rest, then the units
   * that make all of it (XXXX before XXX, LXXX before LXX) */
  for (int d = 9; d >= 0; d--) {
    for (int alt = 0; alt < 2; alt++) {
      const char *ts = alt ? (d == 4 ? "XXXX" : NULL) : tens[d];
      if (!ts) continue;
      size_t tl = strlen(ts);
      if (strncmp(p, ts, tl) != 0) continue;
      for (int u = 0; u < 10; u++)
        if (strcmp(p + tl, units[u]) == 0) {
          uint64_t v = val + 10u * (unsigned)d + (unsigned)u;
          return v >= 1 && v <= 199 ? v : 0;
        }
    }
  }
  return 0;
}

/* Is token p a Roman numeral that numbers the formation after it (II
 * танкового корпуса СС, XLVIII Panzer Corps)?  Not after a capitalized
 * word, whose numeral it is (Карл XII, World War II Army); in English a
 * single I only before the capitalized noun (I Corps), elsewhere the
 * pronoun.  Returns its value, 0 if none. */
static uint64_t roman_number(const gctx *g, uint32_t p) {
  const mt_window *w = g->w;
  const mt_stok *t = &w->toks[p];
  if (!(t->flags & (MT_TOK_ALLCAPS | MT_TOK_CAP)) || (t->flags & (MT_TOK_DIGITS | MT_TOK_QOPEN)) ||
      t->end - t->start > 18)
    return 0;
  if (!(t->flags & MT_TOK_ALLCAPS) &&
      (g->lang != MT_GL_EN || p + 1 != g->anchor_tok || !(w->toks[g->anchor_tok].flags & MT_TOK_CAP)))
    return 0;
  if (p >= 1 && joins(w, p, 0) && (w->toks[p - 1].flags & MT_TOK_CAP) && !(t->flags & MT_TOK_SENT)) {
    /* (the article or a governing noun that opens a sentence is no name:
     * The XLVIII Panzer Corps, Части III танкового корпуса) */
    const mt_stok *b = &w->toks[p - 1];
    if (!(b->flags & MT_TOK_SENT) ||
        !((b->end - b->start == 3 && memcmp(w->text + b->start, "The", 3) == 0) ||
          kind_ends_at(g, p - 1, MT_GK_GOV)))
      return 0;
  }
  return roman_value(w, t);
}

/* The number before the words so far: token p is the last word left of
 * them (the gap before st->cur has been checked). */
static void try_number(const gctx *g, const lstate *st, uint32_t p, lres *best) {
  const mt_window *w = g->w;
  const mt_stok *t = &w->toks[p];
  /* a Roman numeral: an ordinal, as bare digits are, never a count */
  if (g->anchor_kind == MT_GK_TYPE) {
    uint64_t rv = roman_number(g, p);
    if (rv) consider(best, st, 1, p, st->mask, p, rv, 0, 1);
  }
  /* digits and an ending: 155-я, 47-мої, 155th */
  if (p >= 1 && t->id != MT_NONE && (t->gap == MILTAG_GAP_NONE || t->gap == MILTAG_GAP_DASH) &&
      (w->toks[p - 1].flags & MT_TOK_DIGITS) && mt_ev_start(&w->toks[p - 1]) == MT_START_YES &&
      (g->lang != MT_GL_EN || t->gap == MILTAG_GAP_NONE)) {
    uint32_t m = st->mask & ending_mask(g, t->id);
    /* Ukrainian writers' Russian -я, -ю (3-я окрема штурмова бригада):
     * only with a Ukrainian adjective in the phrase, else the Russian
     * reading has the span already (155-я бригада) */
    if (m && g->lang == MT_GL_UK && !(st->sep || st->gds || st->hon || st->branch) && t->end - t->start == 2 &&
        (memcmp(w->text + t->start, "я", 2) == 0 || memcmp(w->text + t->start, "ю", 2) == 0))
      m = 0;
    if (m)
      consider(best, st, 1, p - 1, m, p - 1, digits_value(w, &w->toks[p - 1]), 0, 0);
    else
      coordinated(g, st, p, best);
  }
  /* bare digits: 155 бригада, 47 ОМБр, 16 Air Assault Brigade */
  if ((t->flags & MT_TOK_DIGITS) && mt_ev_start(t) == MT_START_YES) {
    uint64_t v = digits_value(w, t);
    int amb = 0;
    int ok = 1;
    if (g->anchor_kind == MT_GK_ABBR) {
      /* any number before a type abbreviation */
    } else if (g->lang == MT_GL_EN) {
      /* British usage (16 Air Assault Brigade), with the type word
       * capitalized, for the types that have it (digits=) */
      ok = g->anchor_kind == MT_GK_TYPE && (g->acls->flags & MT_GF_DIGITS) &&
           (w->toks[g->anchor_tok].flags & MT_TOK_CAP);
    } else if (g->lang == MT_GL_RU || g->lang == MT_GL_UK) {
      uint32_t cs = count_slots(v, st->branch || st->hon || st->sep || st->gds);
      if (!(st->mask & ~cs)) amb = 1;            /* only a count fits */
      else if (st->mask & cs) amb = 1;            /* a count fits too */
      /* a noun that governs the genitive before it: бойцы 22 бригады */
      if (amb && p >= 1 && joins(w, p, 0) && kind_ends_at(g, p - 1, MT_GK_GOV)) amb = 0;
    } else {
      ok = 0;
    }
    if (ok) consider(best, st, 1, p, st->mask, p, v, amb, 1);
  }
  /* ordinal words: Третья, сорок седьмая, Third */
  size_t lo, hi;
  range_end(g, p, &lo, &hi);
  for (size_t j = lo; j < hi; j++) {
    const mt_gitem *it = &g->by_end[j];
    const mt_img_ghit *h = ghit(g, it);
    const mt_img_gclass *c = gcls(g, it);
    if (c->kind != MT_GK_ORD || !lang_ok(g->lang, hit_lang(h))) continue;
    if ((g->img->rows[h->row].flags & MT_TRAIT_CAP) && !(w->toks[it->start].flags & MT_TOK_CAP))
      continue;
    /* English ordinal words only before a branch: Third Assault Brigade,
     * not the First Division (a football league) */
    if (g->lang == MT_GL_EN && !st->branch) continue;
    uint32_t m = st->mask & (h->mask & MT_AGR_ALL);
    if (!m) continue;
    uint64_t v;
    uint32_t start = with_tens(g, it, &v);
    consider(best, st, 1, start, m, MT_NONE, v, 0, 0);
  }
}

/* The agreement set of token i as a Cyrillic adjective of the anchor's
 * language, in either case of letters (0: no adjective's ending). */
static uint32_t adjective_mask(const gctx *g, uint32_t i) {
  const mt_stok *t = &g->w->toks[i];
  if (t->end - t->start > 80) return 0;
  char key[96];
  size_t n = 0, chars = 0;
  const unsigned char *s = (const unsigned char *)g->w->text + t->start;
  size_t len = t->end - t->start;
  for (size_t k = 0; k < len;) {
    uint32_t c;
    k += mt_utf8_decode(s + k, len - k, &c);
    if (c >= 0x410 && c <= 0x42F) c += 0x20;
    else if (c >= 0x400 && c <= 0x40F) c += 0x50;
    else if (c == 0x490) c = 0x491;
    if (c == 0x451) c = 0x435;
    if (c == 0x2019 || c == 0x2BC) c = '\'';
    if (!((c >= 0x430 && c <= 0x45F) || c == 0x491 || c == '\'' || c == '-')) return 0;
    n += mt_utf8_encode(c, key + n);
    chars++;
  }
  if (chars < 5) return 0;
  return mt_gram_adj_mask(g->lang, key, n);
}

/* Is token i an honorific adjective (Кантемировскую, Полтавській,
 * Закарпатська): capitalized inside the sentence, Cyrillic, with an
 * adjective's ending?  Returns its agreement set, or 0. */
static uint32_t honorific(const gctx *g, uint32_t i) {
  const mt_stok *t = &g->w->toks[i];
  if ((t->flags & (MT_TOK_CAP | MT_TOK_LETTERS | MT_TOK_ALLCAPS | MT_TOK_MULTICAP | MT_TOK_SENT |
                   MT_TOK_QOPEN | MT_TOK_DIGITS)) != (MT_TOK_CAP | MT_TOK_LETTERS) ||
      t->qclose)
    return 0;
  return adjective_mask(g, i);
}

/* Is token i a town's adjective in small letters (майкопская, псковской,
 * прикордонного is none: a -ск-/-цк- stem before an adjective's ending of
 * one to three letters)?  Returns its agreement set, or 0. */
static uint32_t town_adjective(const gctx *g, uint32_t i) {
  const mt_stok *t = &g->w->toks[i];
  if ((t->flags & (MT_TOK_CAP | MT_TOK_LETTERS | MT_TOK_ALLCAPS | MT_TOK_MULTICAP | MT_TOK_QOPEN |
                   MT_TOK_DIGITS)) != MT_TOK_LETTERS ||
      t->qclose)
    return 0;
  const char *s = g->w->text + t->start;
  size_t n = t->end - t->start;
  int stem = 0;
  /* the suffix ends 2 to 6 bytes (1 to 3 Cyrillic letters) before the end */
  for (size_t e = 2; e <= 6 && e + 4 <= n && !stem; e += 2) {
    const char *k = s + n - e - 4;
    stem = (memcmp(k, "\xd1\x81\xd0\xba", 4) == 0 || memcmp(k, "\xd1\x86\xd0\xba", 4) == 0);
  }
  return stem ? adjective_mask(g, i) : 0;
}

/* English: is token i a word of a formation's name between its number and
 * its noun (the 93rd Kholodnyi Yar Brigade): a capitalized Latin word
 * inside the sentence that is no class word of the grammar? */
static int english_name_word(const gctx *g, uint32_t i) {
  const mt_stok *t = &g->w->toks[i];
  char b = g->w->text[t->start];
  if ((t->flags & (MT_TOK_CAP | MT_TOK_LETTERS | MT_TOK_SENT | MT_TOK_QOPEN | MT_TOK_DIGITS)) !=
          (MT_TOK_CAP | MT_TOK_LETTERS) ||
      t->qclose || b < 'A' || b > 'Z' || t->end - t->start < 2)
    return 0;
  size_t lo, hi;
  range_end(g, i, &lo, &hi);
  return lo == hi;
}

/* English: is the anchor a noun that names only a military formation
 * (Brigade, Regiment, Battalion)?  Company, Group, Army, Division and Unit
 * take a name's words in other trades too (the 5th Goldman Group, the
 * 2nd Boston Marathon Division). */
static int english_military_noun(const gctx *g) {
  static const char *const nouns[] = {"brigade", "regiment", "battalion", NULL};
  const mt_stok *t = &g->w->toks[g->anchor_tok];
  size_t n = t->end - t->start;
  for (size_t k = 0; nouns[k]; k++) {
    if (strlen(nouns[k]) != n) continue;
    size_t i = 0;
    while (i < n && (g->w->text[t->start + i] | 0x20) == nouns[k][i]) i++;
    if (i == n) return 1;
  }
  return 0;
}

static int bracketed(const mt_window *w, uint32_t a, uint32_t b);
static void left(gctx *g, const lstate *st, lres *best);

/* A town's adjective in small letters between a number and a branch
 * (131-я майкопская мотострелковая бригада, 76-й псковской
 * десантно-штурмовой дивизии): kept only with the number (consider). */
static void town_adjective_left(gctx *g, const lstate *st, uint32_t p, lres *best) {
  if (st->hon || !st->branch || g->anchor_kind != MT_GK_TYPE || (g->lang != MT_GL_RU && g->lang != MT_GL_UK) ||
      p == 0 || !joins(g->w, st->cur, 0))
    return;
  uint32_t m = st->mask & town_adjective(g, p);
  if (!m) return;
  lstate ns = *st;
  ns.hon = TOWN_ADJ;
  ns.mask = m;
  ns.cur = p;
  ns.mods++;
  left(g, &ns, best);
}

static void left(gctx *g, const lstate *st, lres *best) {
  const mt_window *w = g->w;
  uint32_t cur = st->cur;
  if (++g->steps > MAX_STEPS || !g->budget) {
    g->incomplete = 1;
    return;
  }
  g->budget--;
  /* a bracketed branch (мотострелковой (горной) бригаде) qualifies the
   * one before it: no phrase starts at the bracket, and only another
   * branch or the words before that may come next */
  int open = cur && st->paren == cur;
  /* without a number */
  if (!open) consider(best, st, 0, cur, st->mask, MT_NONE, MILTAG_NO_NUMBER, 0, 0);
  if (cur == 0) return;
  uint32_t p = cur - 1;
  int unnumbered = g->acls->flags & MT_GF_UNNUMBERED;
  if (!unnumbered && !open && joins(w, cur, 0)) try_number(g, st, p, best);
  if (st->mods >= 6) return;
  size_t lo, hi;
  range_end(g, p, &lo, &hi);
  for (size_t j = lo; j < hi; j++) {
    const mt_gitem *it = &g->by_end[j];
    const mt_img_ghit *h = ghit(g, it);
    const mt_img_gclass *c = gcls(g, it);
    if (!lang_ok(g->lang, hit_lang(h))) continue;
    uint32_t paren = 0;
    if (open) {
      if (c->kind != MT_GK_BRANCH) continue;
    } else if (!joins(w, cur, row_dot(g, h))) {
      /* one branch in brackets right before the type word or a branch
       * (55-й отдельной мотострелковой (горной) бригаде) */
      if (c->kind != MT_GK_BRANCH || st->paren || it->start == 0 || !bracketed(w, it->start, it->end))
        continue;
      paren = it->start;
    }
    lstate ns = *st;
    if (paren) ns.paren = paren;
    switch (c->kind) {
      case MT_GK_SEP:
        if (ns.sep++ || g->anchor_kind == MT_GK_ABBR) continue;
        break;
      case MT_GK_GUARDS:
        if (ns.gds++) continue;
        break;
      case MT_GK_BRANCH:
        if (ns.branch++ >= 2 || g->anchor_kind != MT_GK_TYPE) continue;
        if (!ns.prefix && !paren) ns.prefix = c->type;
        if (c->flags & MT_GF_JOIN_NUMBERED) ns.numonly = 1;
        break;
      default: continue;
    }
    ns.mask = st->mask & (h->mask & MT_AGR_ALL);
    if (!ns.mask) continue;
    ns.cur = it->start;
    ns.mods++;
    left(g, &ns, best);
  }
  /* English: one or two words of a name right before Brigade, Regiment
   * or Battalion, kept only with an ordinal before them (phrase_at): the
   * 93rd Kholodnyi Yar Brigade, the 24th King Danylo Brigade */
  if (st->hon < 2 && !st->branch && !st->sep && !st->gds && g->anchor_kind == MT_GK_TYPE &&
      g->lang == MT_GL_EN && joins(w, cur, 0) && english_name_word(g, p) && english_military_noun(g)) {
    lstate ns = *st;
    ns.hon++;
    ns.cur = p;
    ns.mods++;
    left(g, &ns, best);
  }
  /* an honorific adjective: Кантемировская, Закарпатська */
  if (!st->hon && g->anchor_kind == MT_GK_TYPE && (g->lang == MT_GL_RU || g->lang == MT_GL_UK) &&
      joins(w, cur, 0)) {
    uint32_t m = st->mask & honorific(g, p);
    if (m) {
      lstate ns = *st;
      ns.hon = 1;
      ns.mask = m;
      ns.cur = p;
      ns.mods++;
      left(g, &ns, best);
    }
  }  town_adjective_left(g, st, p, best);
}

/* Is the gap before token k one apostrophe (the possessive of Мадяра's)? */
static int apostrophe_gap(const mt_window *w, uint32_t k) {
  const unsigned char *p = (const unsigned char *)w->text + w->toks[k - 1].end;
  const unsigned char *e = (const unsigned char *)w->text + w->toks[k].start;
  uint32_t c;
  if (p >= e) return 0;
  p += mt_utf8_decode(p, (size_t)(e - p), &c);
  return p == e && mt_is_apostrophe(c);
}

/* A quoted name that starts at token i: one to four words from the token
 * after an opening mark to the first token a closing mark follows (a
 * quotation never swallows what comes after its end), nested quotes
 * opened inside it closed too.  *last is its last token, *bend where the
 * tag ends: after as many closing marks as were opened. */
static int quoted_name(const mt_window *w, uint32_t i, uint32_t *last, size_t *bend) {
  if (i >= w->ntoks) return 0;
  const mt_stok *t = &w->toks[i];
  if (!(t->flags & MT_TOK_QOPEN) || !(t->gap & MILTAG_GAP_QUOTE) ||
      (t->gap & (MILTAG_GAP_PUNCT | MILTAG_GAP_BREAK)) || !(t->flags & MT_TOK_CAP))
    return 0;
  unsigned opened = 0;
  for (uint32_t k = i; k < i + 4 && k < w->ntoks; k++) {
    const mt_stok *x = &w->toks[k];
    if (k > i && (x->gap & (MILTAG_GAP_BREAK | MILTAG_GAP_NONE))) return 0;
    /* an apostrophe inside a word is no quotation mark: Мадяра's */
    if (k > i && (x->gap & MILTAG_GAP_PUNCT) && !apostrophe_gap(w, k)) return 0;
    if (k == i || (x->gap & MILTAG_GAP_QUOTE)) {
      if (!(x->flags & MT_TOK_QOPEN)) return 0;
      /* the marks that open here */
      const unsigned char *p = (const unsigned char *)w->text + (k ? w->toks[k - 1].end : 0);
      const unsigned char *e = (const unsigned char *)w->text + x->start;
      while (p < e) {
        uint32_t c;
        p += mt_utf8_decode(p, (size_t)(e - p), &c);
        if (mt_tok_is_quote(c)) opened++;
      }
    }
    if (x->qclose) {
      *last = k;
      size_t b = x->end;
      for (unsigned q = 0; q < opened && b < w->text_len; q++) {
        uint32_t c;
        size_t n = mt_utf8_decode((const unsigned char *)w->text + b, w->text_len - b, &c);
        if (!mt_tok_is_quote(c)) break;
        b += n;
      }
      *bend = b;
      return 1;
    }
  }
  return 0; /* not closed within four words */
}

/* The quoted name (one to four words) whose last word is token last: its
 * first token, or MT_NONE. */
static uint32_t quoted_name_ending(const mt_window *w, uint32_t last) {
  for (uint32_t k = last + 1; k-- > 0 && last - k < 4;) {
    const mt_stok *x = &w->toks[k];
    if (k < last && (x->qclose || !joins(w, k + 1, 0))) return MT_NONE;
    if (x->flags & MT_TOK_QOPEN) {
      uint32_t l2;
      size_t b2;
      return quoted_name(w, k, &l2, &b2) && l2 == last ? k : MT_NONE;
    }
  }
  return MT_NONE;
}

/* Is English token i a plural noun (brigades)? */
static int english_plural(const mt_window *w, uint32_t i) {
  const mt_stok *t = &w->toks[i];
  char c = t->end > t->start ? w->text[t->end - 1] : 0;
  return c == 's' || c == 'S';
}

/* May class word q (a service after the noun) join the phrase?  The
 * whole forces' abbreviations only after a number (72-ї окремої
 * механізованої бригади ЗСУ, but Сухопутних військ + ЗСУ), a service's
 * full name only before the formation's quoted name (корпус Національної
 * гвардії «Азов», but 17-тій Полтавській бригаді + Національної гвардії
 * України), an intelligence agency but before the quoted name, which is
 * its unit's name alone (Спецпідрозділ ГУР «Кракен» -> ГУР + Кракен):
 * docs/units-and-slang.md. */
static int service_joins(const gctx *g, const mt_gitem *q, int numbered) {
  unsigned f = gcls(g, q)->flags;
  if ((f & (MT_GF_JOIN_NUMBERED | MT_GF_JOIN_APART)) && !numbered) return 0;
  if (f & MT_GF_JOIN_NAMED) {
    uint32_t last;
    size_t bend;
    if (!quoted_name(g->w, q->end + 1, &last, &bend)) return 0;
  }
  if (f & MT_GF_JOIN_UNNAMED) {
    uint32_t last;
    size_t bend;
    if (quoted_name(g->w, q->end + 1, &last, &bend)) return 0;
  }
  return 1;
}

/* The characters of UTF-8 text: its bytes that start a sequence. */
static size_t utf8_letters(const char *s, size_t n) {
  size_t c = 0;
  for (size_t i = 0; i < n; i++) c += ((unsigned char)s[i] & 0xC0) != 0x80;
  return c;
}

/* The words of an honorific name after имени/імені, from token i: one to
 * four, the first capitalized (or a title before a capitalized one: імені
 * генерала Кульчицького), a lower-case noun only after a capitalized
 * adjective (Лицарів Зимового походу), and a capitalized noun after one
 * ends the name (Чорних Запорожців).  Returns the last token, or
 * MT_NONE. */
/* A lower-case word of an honorific's title, at token k (кошового, генерала,
 * отамана). */
static int title_word(const mt_window *w, uint32_t k, uint32_t first) {
  const mt_stok *t = &w->toks[k];
  return (t->flags & MT_TOK_LETTERS) && !(t->flags & (MT_TOK_CAP | MT_TOK_QOPEN)) &&
         (k == first || joins(w, k, 0)) && !t->qclose;
}

/* Up to two lower-case title words before a capitalized name (імені
 * кошового отамана Івана Сірка, имени генерала армии ...): the token the
 * name starts at, i itself when there is no title. */
static uint32_t after_titles(const mt_window *w, uint32_t i) {
  for (uint32_t k = i; k < i + 2 && k < w->ntoks && title_word(w, k, i); k++)
    if (k + 1 < w->ntoks && (w->toks[k + 1].flags & MT_TOK_CAP) && joins(w, k + 1, 0)) return k + 1;
  return i;
}

/* The English name after "named after": one to four capitalized words
 * (King Danylo, Hetman Ivan Vyhovsky).  Returns the last token, or
 * MT_NONE. */
static uint32_t honor_words_en(const mt_window *w, uint32_t i) {
  uint32_t last = MT_NONE;
  for (uint32_t k = i; k < i + 4 && k < w->ntoks; k++) {
    const mt_stok *t = &w->toks[k];
    if ((k > i && !joins(w, k, 0)) || !(t->flags & MT_TOK_LETTERS) || !(t->flags & MT_TOK_CAP) ||
        (t->flags & MT_TOK_QOPEN))
      break;
    last = k;
    if (t->qclose) break;
  }
  return last;
}

/* Does a lower-case word of n bytes end like a genitive noun that an
 * adjective of the genitive mask m goes with: -а/-я/-у/-ю after a
 * masculine one (Зимового походу), -и/-ы/-і/-ї after a feminine one, any
 * ending but a vowel's -и/-і after a plural one?  Keeps a verb after a
 * surname in -ского out of the name (имени Ивана Черняховского вышли,
 * імені Богдана Хмельницького дислокується). */
static int genitive_noun_agrees(const char *s, size_t n, uint32_t m) {
  if (n < 4) return 0;
  const char *e = s + n - 2; /* every ending below is one two-byte letter */
  /* a reflexive verb (дислокується, располагается) or a past tense in
   * -ла/-ло (стояла) ends like a genitive noun but is the sentence's
   * predicate: no head noun of an honorific name ends so */
  static const char *const verb[] = {"ся", "сь", "ла", "ло"};
  for (int k = 0; k < 4; k++)
    if (memcmp(s + n - 4, verb[k], 4) == 0) return 0;
  static const char *const masc[] = {"а", "я", "у", "ю"}, *const fem[] = {"и", "ы", "і", "ї"};
  int is_masc = 0, is_fem = 0;
  for (int k = 0; k < 4; k++) {
    is_masc |= memcmp(e, masc[k], 2) == 0;
    is_fem |= memcmp(e, fem[k], 2) == 0;
  }
  if ((m & MT_AGR_BIT(MT_AGR_M, MT_CASE_GEN)) && is_masc) return 1;
  if ((m & MT_AGR_BIT(MT_AGR_F, MT_CASE_GEN)) && is_fem) return 1;
  if ((m & MT_AGR_BIT(MT_AGR_PL, MT_CASE_GEN)) && !is_fem && !is_masc) return 1;
  return 0;
}

/* Does trie node `node` make token t only a first name as written (the
 * nominative: Іван, Сергей)?  1 when one of its first-name rows has the
 * token's text for its term and none is another name's inflected form
 * (Рината: a woman's name and Ринат's genitive). */
static int node_nominative_first_name(const mt_image *img, uint32_t node, const char *s, size_t n) {
  const mt_img_node *nd = &img->nodes[node];
  uint32_t cnt = MT_NODE_COUNT(nd);
  int nom = 0;
  for (uint32_t m = 0; m < cnt; m++) {
    const mt_img_row *r = &img->rows[img->matches[nd->first + m]];
    if (!(img->entries[r->entry].roles & MT_ROLE_FIRST_NAME)) continue;
    const char *term = img->str + r->term;
    if (strlen(term) == n && memcmp(term, s, n) == 0) nom = 1;
    else return 0;
  }
  return nom;
}

/* Is token k a first name in the nominative, by the lexicon's first-name
 * rows?  In "бригади імені Якова Гандзюка Іван Бондар" the honorific's
 * genitive ends before Іван: the person the sentence is about. */
static int nominative_first_name(const gctx *g, uint32_t k) {
  const mt_window *w = g->w;
  const mt_stok *t = &w->toks[k];
  const char *s = w->text + t->start;
  size_t n = t->end - t->start;
  for (size_t j = 0; j < w->nhits; j++)
    if (w->hits[j].tok == k && node_nominative_first_name(g->img, w->hits[j].node, s, n)) return 1;
  for (size_t j = 0; j < g->ncands; j++)
    if (g->cands[j].kind == MT_CAND_MATCH && g->cands[j].start == k && g->cands[j].end == k &&
        node_nominative_first_name(g->img, g->cands[j].node, s, n))
      return 1;
  return 0;
}

static uint32_t honor_words(const gctx *g, uint32_t i) {
  const mt_window *w = g->w;
  if (g->lang == MT_GL_EN) return honor_words_en(w, i);
  uint32_t last = MT_NONE;
  int caps = 0, prev_cap_adj = 0;
  uint32_t from = after_titles(w, i);
  if (from != i) {
    last = from - 1;
    i = from;
  }
  for (uint32_t k = i; k < i + 4 && k < w->ntoks; k++) {
    const mt_stok *t = &w->toks[k];
    if (k > i && !joins(w, k, 0)) break;
    if (!(t->flags & MT_TOK_LETTERS) || (t->flags & MT_TOK_QOPEN)) break;
    int cap = (t->flags & MT_TOK_CAP) != 0;
    /* a first name in the nominative after the genitive of the name
     * starts a person's name, not the honorific's next word */
    if (cap && caps && nominative_first_name(g, k)) break;
    if (cap) {
      /* a capitalized noun after a capitalized adjective is its head: the
       * name ends there (імені Чорних Запорожців, not the speaker's name
       * that follows: ... Запорожців Арсеній Приліпка заявив) */
      int head = prev_cap_adj;
      caps++;
      last = k;
      /* a capitalized adjective in the genitive (Зимового, Чорних) */
      char key[96];
      size_t n = t->end - t->start;
      prev_cap_adj = 0;
      if (n < sizeof key) {
        memcpy(key, w->text + t->start, n);
        uint32_t m = mt_gram_adj_mask(g->lang == MT_GL_UK ? MT_GL_UK : MT_GL_RU, key, n);
        prev_cap_adj = (int)(m & (MT_AGR_BIT(MT_AGR_M, MT_CASE_GEN) | MT_AGR_BIT(MT_AGR_F, MT_CASE_GEN) |
                                  MT_AGR_BIT(MT_AGR_PL, MT_CASE_GEN)));
      }
      if (head && !prev_cap_adj) break;
    } else if (k == i && k + 1 < w->ntoks && (w->toks[k + 1].flags & MT_TOK_CAP) && joins(w, k + 1, 0)) {
      last = k; /* a title: генерала, героя */
    } else if (prev_cap_adj && utf8_letters(w->text + t->start, t->end - t->start) >= 4 &&
               genitive_noun_agrees(w->text + t->start, t->end - t->start, (uint32_t)prev_cap_adj)) {
      /* a noun, not a conjunction or preposition (імені Кастуся
       * Калиновського та ...: those have at most three letters) */
      last = k;
      prev_cap_adj = 0;
      break;
    } else {
      break;
    }
    if (t->qclose) break;
  }
  return caps ? last : MT_NONE;
}

/* The entry of the composite type (prefix, type, affiliation), falling
 * back to fewer parts; *full gets the type it names. */
static uint32_t composite(const mt_image *img, uint32_t prefix, uint32_t type, uint32_t affil,
                          uint32_t *full) {
  const mt_img_gtype *t = img->gtypes;
  size_t n = img->h->n_gtypes;
  for (int round = 0; round < 4; round++) {
    uint32_t p = round & 1 ? 0 : prefix, a = round & 2 ? 0 : affil;
    if ((round & 1) && !prefix) continue;
    if ((round & 2) && !affil) continue;
    size_t lo = 0, hi = n;
    while (lo < hi) {
      size_t m = lo + (hi - lo) / 2;
      const mt_img_gtype *x = &t[m];
      int less = x->type != type ? x->type < type : x->prefix != p ? x->prefix < p : x->affil < a;
      if (less) lo = m + 1;
      else hi = m;
    }
    if (lo < n && t[lo].type == type && t[lo].prefix == p && t[lo].affil == a) {
      *full = t[lo].full;
      return t[lo].entry;
    }
  }
  *full = type;
  return MT_NONE;
}

/* The first of the listed formations with number v (img->glinks), or
 * their count when none has it. */
static size_t first_link(const mt_image *img, uint64_t v) {
  const mt_img_glink *l = img->glinks;
  size_t n = img->h->n_glinks, lo = 0, hi = n;
  if (v > UINT32_MAX) return n;
  while (lo < hi) {
    size_t m = lo + (hi - lo) / 2;
    if (l[m].number < v) lo = m + 1;
    else hi = m;
  }
  return lo;
}

/* The listed formations with number v that the phrase may be: the same
 * type and no other affiliation; with loose, also those whose type or the
 * phrase's is the noun alone (128-ма окрема Закарпатська бригада: an
 * honorific name says which brigade).  A number and a bare noun pick no
 * formation by themselves: "первой армии" in War and Peace is not the
 * 1st Guards Tank Army.  Exact types first.  Returns how many went to
 * out. */
static size_t links(const mt_image *img, uint64_t v, uint32_t full, uint32_t noun, uint32_t affil,
                    int loose, uint32_t out[4]) {
  const mt_img_glink *l = img->glinks;
  size_t n = img->h->n_glinks, lo = first_link(img, v);
  size_t exact = 0, nloose = 0;
  uint32_t ex[4], lz[4];
  for (size_t i = lo; i < n && l[i].number == v; i++) {
    const mt_img_glink *x = &l[i];
    if (x->noun != noun || (affil && x->affil && x->affil != affil)) continue;
    /* a bare noun (корпус) names the formation only with its affiliation
     * or its honorific: the 1st Corps of War and Peace is not Azov */
    if (x->type == full && (full != noun || loose || (affil && x->affil == affil))) {
      if (exact < 4) ex[exact] = x->entry;
      exact++;
    } else if (loose && (full == noun || x->type == x->noun)) {
      if (nloose < 4) lz[nloose] = x->entry;
      nloose++;
    }
  }
  size_t k = 0;
  for (size_t i = 0; i < exact && i < 4; i++) out[k++] = ex[i];
  if (exact == 1) return 1;
  for (size_t i = 0; i < nloose && k < 4; i++) out[k++] = lz[i];
  return k;
}

static int push_phrase(mt_gram_scratch *gs, const miltag_allocator *a, const mt_phrase *p) {
  /* the same span again (a word that is a type word of two languages):
   * anchors come in order of their end, so only the last few can be */
  for (size_t i = gs->nph, k = 0; i-- > 0 && k < 16; k++)
    if (gs->ph[i].start == p->start && gs->ph[i].end == p->end) return 0;
  if (mt_reserve(a, (void **)&gs->ph, &gs->cap_ph, gs->nph + 1, sizeof *gs->ph)) return MILTAG_E_NOMEM;
  gs->ph[gs->nph++] = *p;
  return 0;
}

/* "Magura" and "Charter" brigades: the quoted names joined by "and"
 * before the one next to a plural noun (phrase p) are names alone too,
 * of the same type. */
static int english_coordinated(mt_gram_scratch *gs, const miltag_allocator *a, const mt_window *w,
                               const mt_phrase *p) {
  mt_phrase q = *p;
  for (int n = 0; n < 8; n++) {
    uint32_t k = q.start;
    if (k < 2 || !conjunction(w, k - 1) || !w->toks[k - 2].qclose ||
        (w->toks[k - 1].gap & ~(unsigned)(MILTAG_GAP_SPACE | MILTAG_GAP_QUOTE)))
      break;
    uint32_t first = quoted_name_ending(w, k - 2);
    if (first == MT_NONE) break;
    q.start = q.name_first = first;
    q.end = q.name_last = k - 2;
    q.byte_end = w->toks[k - 2].end;
    int rc = push_phrase(gs, a, &q);
    if (rc) return rc;
  }
  return 0;
}

/* The phrase anchored on class word it (a type word, an abbreviation, an
 * English short branch). */
/* The unit entry of the first unit row matched on tokens first..last
 * (a quoted name), or MT_NONE. */
static uint32_t name_unit(const gctx *g, uint32_t first, uint32_t last) {
  for (size_t k = 0; k < g->ncands; k++) {
    const mt_cand *c = &g->cands[k];
    if (c->kind != MT_CAND_MATCH || c->start != first || c->end != last) continue;
    const mt_img_node *nd = &g->img->nodes[c->node];
    for (uint32_t m = 0; m < MT_NODE_COUNT(nd); m++) {
      const mt_img_row *r = &g->img->rows[g->img->matches[nd->first + m]];
      if (g->img->entries[r->entry].category == MILTAG_UNIT && !(r->flags & (MT_TRAIT_NOT | MT_TRAIT_SLOT)))
        return r->entry;
    }
  }
  return MT_NONE;
}

/* Does a conjunction, or a comma and another quoted name, follow the
 * quoted name that ends at token last (Батальйони «Айдар» і «Донбас»,
 * группировок «Отважные» и ЗВО): a
 * plural noun before it is shared by the names, the type of each? */
static int shared_noun(const mt_window *w, uint32_t last) {
  if (last + 1 >= w->ntoks) return 0;
  const char *p = w->text + w->toks[last].end, *e = w->text + w->toks[last + 1].start;
  while (p < e && *p != ',' && *p != ' ') p++; /* (the closing mark) */
  /* (a comma before another quoted name: «Айдар», «Донбас» і «Азов";
   * not a clause's: отряды «Шторм V», где ...) */
  if (p < e && *p == ',') return (w->toks[last + 1].flags & MT_TOK_QOPEN) != 0;
  return conjunction(w, last + 1);
}

static int phrase_at(mt_gram_scratch *gs, const miltag_allocator *a, gctx *g, const mt_gitem *it) {
  const mt_window *w = g->w;
  const mt_img_ghit *h = ghit(g, it);
  const mt_img_gclass *ac = gcls(g, it);
  const mt_img_row *ar = &g->img->rows[h->row];
  g->lang = hit_lang(h);
  g->acls = ac;
  g->anchor_tok = it->start;
  g->anchor_kind = ac->kind;
  g->anchor_gender = hit_gender(h);
  g->steps = 0;
  if (ac->kind == MT_GK_BRANCH) {
    /* the 47th Mech, 3rd Assault: an English branch alone, capitalized */
    if (g->lang != MT_GL_EN || !ac->shorttype || !(w->toks[it->start].flags & MT_TOK_CAP)) return 0;
  }
  if ((ar->flags & MT_TRAIT_CAP) && !(w->toks[it->start].flags & MT_TOK_CAP)) return 0;
  /* an abbreviation written in capitals (ТА, tank army) anchors no phrase
   * in small letters: та «Америка» is the conjunction; those written in
   * small letters (мсд, омбр) keep them */
  if (ac->kind == MT_GK_ABBR && !(w->toks[it->start].flags & MT_TOK_CAP)) {
    const unsigned char *t = (const unsigned char *)g->img->str + ar->term;
    if ((t[0] >= 'A' && t[0] <= 'Z') || (t[0] == 0xD0 && t[1] >= 0x80 && t[1] <= 0xAF)) return 0;
  }
  lstate st = {it->start, h->mask & MT_AGR_ALL, 0, 0, 0, 0, 0, 0, 0, 0};
  lres L;
  memset(&L, 0, sizeof L);
  left(g, &st, &L);
  MT_ASSERT(L.found);
  mt_phrase p;
  memset(&p, 0, sizeof p);
  p.start = L.start;
  p.end = it->end;
  p.anchor_row = h->row;
  p.num_tok = L.num_tok;
  p.value = L.value;
  p.name_first = p.name_last = MT_NONE;
  p.byte_end = w->toks[it->end].end;
  for (int k = 0; k < 4; k++) p.alt[k] = MT_NONE;
  unsigned f = 0;
  if (L.numbered) f |= MT_PF_NUMBERED;
  if (L.branch || L.hon) f |= MT_PF_MODIFIED;
  uint32_t prefix = L.prefix, affil = ac->affil;
  /* right of the anchor: [QUAL] [SERVICE] [«NAME»] [HONOR] */
  uint32_t next = it->end + 1;
  int dot = (ar->flags & MT_TRAIT_DOT) != 0;
  if (ac->kind == MT_GK_TYPE && g->lang != MT_GL_EN) {
    int kinds[2] = {MT_GK_QUAL, MT_GK_SERVICE};
    for (int r = 0; r < 2 && next < w->ntoks; r++) {
      size_t lo, hi;
      range_start(g, next, &lo, &hi);
      const mt_gitem *bestq = NULL;
      for (size_t j = lo; j < hi; j++) {
        const mt_gitem *q = &g->by_start[j];
        if (gcls(g, q)->kind != kinds[r] || !lang_ok(g->lang, hit_lang(ghit(g, q))) ||
            !service_joins(g, q, L.numbered))
          continue;
        if (!bestq || q->end > bestq->end) bestq = q;
      }
      if (!bestq || !joins(w, next, dot)) continue;
      const mt_img_gclass *qc = gcls(g, bestq);
      if (r == 0) {
        f |= MT_PF_QUAL;
        if (qc->type) prefix = qc->type;
        if (qc->flags & MT_GF_PLURAL) f |= MT_PF_PLURAL_OK;
      } else {
        if (qc->affil) affil = qc->affil;
        if (qc->flags & MT_GF_JOIN_APART) break;
        f |= MT_PF_SERVICE | MT_PF_PLURAL_OK;
      }
      p.end = bestq->end;
      p.byte_end = w->toks[p.end].end;
      dot = row_dot(g, ghit(g, bestq));
      next = p.end + 1;
    }
  } else if (ac->kind == MT_GK_ABBR && next < w->ntoks) {
    size_t lo, hi;
    range_start(g, next, &lo, &hi);
    for (size_t j = lo; j < hi; j++) {
      const mt_gitem *q = &g->by_start[j];
      const mt_img_gclass *qc = gcls(g, q);
      if (qc->kind != MT_GK_SERVICE || !joins(w, next, dot) || !service_joins(g, q, L.numbered)) continue;
      if (qc->affil) affil = qc->affil;
      if (qc->flags & MT_GF_JOIN_APART) break;
      f |= MT_PF_SERVICE;
      p.end = q->end;
      p.byte_end = w->toks[p.end].end;
      next = p.end + 1;
      break;
    }
  }
  uint32_t nlast;
  size_t bend;
  if (ac->kind != MT_GK_BRANCH && quoted_name(w, next, &nlast, &bend)) {
    f |= MT_PF_NAME;
    p.name_first = next;
    p.name_last = nlast;
    p.end = nlast;
    p.byte_end = bend;
    next = nlast + 1;
  }
  /* (English: only a numbered phrase, the 24th ... Brigade named after
   * King Danylo; an unnumbered one would drop the words before its noun) */
  if (ac->kind != MT_GK_BRANCH && next < w->ntoks && (g->lang != MT_GL_EN || L.numbered)) {
    size_t lo, hi;
    range_start(g, next, &lo, &hi);
    for (size_t j = lo; j < hi; j++) {
      const mt_gitem *q = &g->by_start[j];
      if (gcls(g, q)->kind != MT_GK_HONOR || !joins(w, next, 0)) continue;
      uint32_t end = q->end + 1 < w->ntoks && joins(w, q->end + 1, row_dot(g, ghit(g, q)))
                         ? honor_words(g, q->end + 1)
                         : MT_NONE;
      if (end == MT_NONE) continue;
      f |= MT_PF_HONOR;
      p.end = end;
      p.byte_end = w->toks[end].end;
      break;
    }
  }
  /* English: Brigade 153 */
  if (!L.numbered && g->lang == MT_GL_EN && ac->kind == MT_GK_TYPE && (ac->flags & MT_GF_NUMAFTER) &&
      !(f & (MT_PF_NAME)) && (w->toks[it->start].flags & MT_TOK_CAP) && it->end + 1 < w->ntoks &&
      L.start == it->start) {
    const mt_stok *d = &w->toks[it->end + 1];
    if ((d->flags & MT_TOK_DIGITS) && joins(w, it->end + 1, 0) &&
        mt_ev_start(d) == MT_START_YES) {
      L.numbered = 1;
      f |= MT_PF_NUMBERED;
      p.num_tok = it->end + 1;
      p.value = digits_value(w, d);
      p.end = it->end + 1;
      p.byte_end = d->end;
    }
  }
  /* English: the ‘Skelya’ battalion is the name alone */
  int en_name_before = 0;
  if (!L.numbered && g->lang == MT_GL_EN && ac->kind == MT_GK_TYPE && L.start == it->start &&
      !(f & MT_PF_NAME) && it->start >= 1 && w->toks[it->start - 1].qclose) {
    uint32_t last = it->start - 1, k = quoted_name_ending(w, last);
    if (k != MT_NONE) {
      p.start = k;
      p.end = last;
      p.name_first = k;
      p.name_last = last;
      p.byte_end = w->toks[last].end;
      f |= MT_PF_NAME;
      en_name_before = 1;
    }
  }
  /* (English name words need an ordinal: in 2022 Azov Brigade ...) */
  if (g->lang == MT_GL_EN && L.hon && (!L.numbered || L.digits)) return 0;
  /* what makes a phrase a formation */
  int numbered = L.numbered != 0;
  if (ac->kind == MT_GK_BRANCH) {
    if (!numbered || L.digits) return 0;
  } else if (!numbered) {
    int ok = (f & (MT_PF_NAME | MT_PF_HONOR)) != 0;
    /* бригад ТрО, батальоны НГУ: a plural noun with the territorial
     * defence or a service */
    if (!ok && ac->kind == MT_GK_TYPE && (L.mask & MT_AGR_PLURAL) && (f & MT_PF_PLURAL_OK)) ok = 1;
    /* Кантемировскую танковую дивизию; Криворізької бригади ТрО (an
     * honorific and a qualifier or service say which) */
    if (!ok && L.hon && (L.branch || (f & (MT_PF_QUAL | MT_PF_SERVICE)))) ok = 1;
    if (!ok) return 0;
  } else {
    if ((ac->flags & MT_GF_UNNUMBERED)) return 0;
    /* a number and a noun that also names a battery or a group of
     * anything: only with what says which */
    if ((ac->flags & MT_GF_BARE_NO) && !(f & (MT_PF_MODIFIED | MT_PF_QUAL | MT_PF_SERVICE | MT_PF_NAME)))
      return 0;
    /* 22 бригады, 2 бригады скорой помощи: a count, unless a qualifier,
     * a service or a name says otherwise */
    if (L.count_amb && !(f & (MT_PF_QUAL | MT_PF_SERVICE | MT_PF_NAME | MT_PF_HONOR))) return 0;
  }
  /* группировок «Отважные» и ЗВО: after a plural noun that the quoted
   * name shares with another (a conjunction after it) the name alone is
   * the formation; a plural noun of one name is its type word, as a
   * singular one is (отряды «Шторм V»: the convicts' detachments) */
  /* English: a type noun in small letters before a quoted name is a
   * common noun, the name alone the formation (the drone unit «Птахи
   * Мадяра», as the ‘Skelya’ battalion; a capitalized one is part of the
   * name: Ukrainian Volunteer Corps ‘Right Sector’) */
  int en_common = g->lang == MT_GL_EN && !(w->toks[it->start].flags & MT_TOK_CAP);
  if (!numbered && (f & MT_PF_NAME) && ac->kind == MT_GK_TYPE &&
      ((!(L.mask & MT_AGR_SG) && shared_noun(w, p.name_last)) || en_common) && p.name_first > it->end) {
    p.start = p.name_first;
    p.end = p.name_last;
    p.byte_end = w->toks[p.name_last].end;
  }
  if (ar->flags & MT_TRAIT_AMB) f |= MT_PF_ANCHOR_AMB;
  if (ar->flags & MT_TRAIT_CTX) f |= MT_PF_ANCHOR_CTX;
  if ((ac->flags & MT_GF_DIGITS_AMB) && L.digits && !(f & MT_PF_MODIFIED)) f |= MT_PF_ANCHOR_AMB;
  if ((ac->flags & MT_GF_NAMED_AMB) && (f & MT_PF_NAME) && !numbered) f |= MT_PF_NAMED_AMB;
  p.facts = f;
  /* a country's adjective right before the phrase (the Iraqi Third Army
   * Corps, российской 58-й армии) says whose it is: for links only, it
   * is no part of the name */
  uint32_t link_affil = affil;
  if (!link_affil && p.start >= 1 && joins(w, p.start, 0)) {
    size_t lo, hi;
    range_end(g, p.start - 1, &lo, &hi);
    for (size_t j = lo; j < hi && !link_affil; j++) {
      const mt_img_gclass *nc = gcls(g, &g->by_end[j]);
      if (nc->kind == MT_GK_NATION && lang_ok(g->lang, hit_lang(ghit(g, &g->by_end[j]))))
        link_affil = nc->affil;
    }
  }
  /* the entry: the listed formation it names, or its composite type */
  uint32_t type = ac->kind == MT_GK_BRANCH ? ac->shorttype : ac->type;
  uint32_t full;
  uint32_t comp = composite(g->img, ac->kind == MT_GK_TYPE ? prefix : 0, type, affil, &full);
  if (comp == MT_NONE) return 0; /* a lexicon without the composite: nothing to tag */
  p.entry = comp;
  if (numbered && p.value != MILTAG_NO_NUMBER) {
    uint32_t found[4];
    size_t nl = links(g->img, p.value, full, ac->noun, link_affil, L.hon, found);
    if (nl == 1) {
      p.entry = found[0];
      p.alt[0] = comp;
    } else {
      for (size_t k = 0; k < nl && k < 3; k++) p.alt[k] = found[k];
    }
  } else if ((f & MT_PF_NAME) && !(L.mask & MT_AGR_SG) && p.start < p.name_first) {
    /* (a plural type word and its one quoted name, which no row has in
     * the plural: the name's unit, отряды «Шторм V» -> Storm-V) */
    uint32_t ne = name_unit(g, p.name_first, p.name_last);
    if (ne != MT_NONE) {
      p.entry = ne;
      p.alt[0] = comp;
    }
  }
  int rc = push_phrase(gs, a, &p);
  if (!rc && en_name_before && english_plural(w, it->end)) rc = english_coordinated(gs, a, w, &p);
  return rc;
}

static int cmp_end(const void *x, const void *y, const void *ctx) {
  const mt_gitem *a = x, *b = y;
  (void)ctx;
  if (a->end != b->end) return a->end < b->end ? -1 : 1;
  if (a->start != b->start) return a->start < b->start ? -1 : 1;
  return (a->hit > b->hit) - (a->hit < b->hit);
}

static int cmp_start(const void *x, const void *y, const void *ctx) {
  const mt_gitem *a = x, *b = y;
  (void)ctx;
  if (a->start != b->start) return a->start < b->start ? -1 : 1;
  if (a->end != b->end) return a->end < b->end ? -1 : 1;
  return (a->hit > b->hit) - (a->hit < b->hit);
}

/* The hits of node: [*lo, *hi) of img->ghits. */
static void node_hits(const mt_image *img, uint32_t node, size_t *lo, size_t *hi) {
  const mt_img_ghit *h = img->ghits;
  size_t a = 0, b = img->h->n_ghits;
  while (a < b) {
    size_t m = a + (b - a) / 2;
    if (h[m].node < node) a = m + 1;
    else b = m;
  }
  *lo = a;
  while (a < img->h->n_ghits && h[a].node == node) a++;
  *hi = a;
}

/* May a phrase start at class hit j: a type word, an abbreviation, a
 * branch with a short form? */
static int phrase_starts(const mt_image *img, size_t j) {
  const mt_img_gclass *k = &img->gclass[img->ghits[j].cls];
  return k->kind == MT_GK_TYPE || k->kind == MT_GK_ABBR || (k->kind == MT_GK_BRANCH && k->shorttype);
}

/* node_hits through the scratch's cache, with whether a phrase may start
 * at one of the node's first MAX_HITS_PER_WORD hits. */
static const struct mt_gram_hits *node_hits_cached(mt_gram_scratch *gs, const mt_image *img,
                                                   uint32_t node) {
  struct mt_gram_hits *x = &gs->hits[node % (sizeof gs->hits / sizeof gs->hits[0])];
  if (x->node1 != node + 1) {
    size_t lo, hi;
    node_hits(img, node, &lo, &hi);
    size_t capped = hi - lo > MAX_HITS_PER_WORD ? lo + MAX_HITS_PER_WORD : hi;
    x->starts = 0;
    for (size_t j = lo; j < capped && !x->starts; j++) x->starts = (uint32_t)phrase_starts(img, j);
    x->lo = (uint32_t)lo;
    x->n = (uint32_t)(hi - lo);
    x->node1 = node + 1;
  }
#ifdef MILTAG_ASSERTS
  size_t lo, hi;
  node_hits(img, node, &lo, &hi);
  MT_ASSERT(x->lo == lo && x->n == hi - lo);
#endif
  return x;
}

int mt_gram_node_works(mt_gram_scratch *gs, const mt_image *img, uint32_t node) {
  MT_ASSERT(img->nodes[node].count & MT_NODE_GRAM);
  const struct mt_gram_hits *x = node_hits_cached(gs, img, node);
  return x->starts || x->n > MAX_HITS_PER_WORD;
}

static int phrase_starts(const mt_image *img, size_t j);

/* Do tokens a..b stand alone in brackets, a space and the next word after
 * the closing one: the abbreviation that a type word spelled out before
 * it stands for (частную военную компанию (ЧВК) Вагнера)? */
static int bracketed(const mt_window *w, uint32_t a, uint32_t b) {
  if (a == 0 || b + 1 >= w->ntoks) return 0;
  const char *p = w->text + w->toks[a - 1].end, *e = w->text + w->toks[a].start;
  while (p < e && *p == ' ') p++;
  if (p + 1 != e || *p != '(') return 0;
  p = w->text + w->toks[b].end;
  e = w->text + w->toks[b + 1].start;
  if (p >= e || *p != ')') return 0;
  for (p++; p < e; p++)
    if (*p != ' ') return 0;
  return e > w->text + w->toks[b].end + 1;
}

/* A type word or abbreviation directly followed by a unit's name that is
 * not quoted: the name alone is the unit (ЧВК Вагнера, спецназ Ахмат,
 * PMC Wagner -> Вагнера, Ахмат, Wagner; ../shared/eval/README.md), and
 * the type word before it is its evidence.  c[k] is a candidate of the
 * settled ones; the phrase tags it as the first unit row of its node. */
static int typed_name(mt_gram_scratch *gs, const miltag_allocator *a, const gctx *g,
                      const mt_gitem *it, const mt_cand *c, size_t nfinal) {
  const mt_window *w = g->w;
  const mt_image *img = g->img;
  const mt_img_gclass *ac = gcls(g, it);
  if (ac->kind != MT_GK_TYPE && ac->kind != MT_GK_ABBR) return 0;
  uint32_t k0 = it->end + 1;
  if (k0 >= w->ntoks || (!joins(w, k0, 0) && !(ac->kind == MT_GK_ABBR && bracketed(w, it->start, it->end))))
    return 0;
  const mt_stok *t = &w->toks[k0];
  if (!(t->flags & MT_TOK_CAP) || (t->flags & (MT_TOK_QOPEN | MT_TOK_DIGITS))) return 0;
  if ((img->rows[ghit(g, it)->row].flags & MT_TRAIT_CAP) && !(w->toks[it->start].flags & MT_TOK_CAP))
    return 0;
  /* a name, not another formation's type word or abbreviation (отряды
   * ЧВК «Вагнер»: the phrase of ЧВК tags that) */
  size_t lo, hi;
  range_start(g, k0, &lo, &hi);
  for (size_t j = lo; j < hi; j++)
    if (phrase_starts(img, g->by_start[j].hit)) return 0;
  for (size_t k = 0; k < nfinal; k++) {
    if (c[k].kind != MT_CAND_MATCH || c[k].start != k0) continue;
    /* unquoted throughout: a quotation inside is the grammar's {name} */
    int quoted = 0;
    for (uint32_t q = k0 + 1; q <= c[k].end && !quoted; q++) quoted = (w->toks[q].gap & MILTAG_GAP_QUOTE) != 0;
    /* (a quotation of the type word and the name together is the
     * name: похороны членов "ЧВК Вагнера"; one that closes after the
     * name alone is another thing's) */
    int whole = !quoted && w->toks[c[k].end].qclose && (w->toks[it->start].flags & MT_TOK_QOPEN) &&
                joins(w, k0, 0);
    if (quoted || (w->toks[c[k].end].qclose && !whole)) continue;
    const mt_img_node *nd = &img->nodes[c[k].node];
    for (uint32_t m = 0; m < MT_NODE_COUNT(nd); m++) {
      const mt_img_row *r = &img->rows[img->matches[nd->first + m]];
      if (img->entries[r->entry].category != MILTAG_UNIT || (r->flags & MT_TRAIT_NOT)) continue;
      mt_phrase p;
      memset(&p, 0, sizeof p);
      p.start = whole ? it->start : k0;
      p.name_first = k0;
      p.end = p.name_last = c[k].end;
      p.byte_end = w->toks[c[k].end].end;
      p.anchor_row = ghit(g, it)->row;
      p.entry = r->entry;
      p.num_tok = MT_NONE;
      p.value = MILTAG_NO_NUMBER;
      for (int q = 0; q < 4; q++) p.alt[q] = MT_NONE;
      p.facts = MT_PF_NAME | ((ac->flags & MT_GF_NAMED_AMB) ? MT_PF_NAMED_AMB : 0);
      return push_phrase(gs, a, &p);
    }
  }
  return 0;
}

/* English: a unit's name not quoted right before its type word is one
 * unit with it (the Akhmat regiment, Azov Brigade, the Achilles
 * battalions; ../shared/eval/README.md: the longest natural name), for
 * the nouns of a formation that names one: regiment, battalion, brigade,
 * detachment.  Not unit or group, which follow any name as common nouns
 * (the Kraken unit, the Wagner group: the name alone; unit in small
 * letters is the name's evidence, as a type word before a name is), and
 * not a quoted name (the ‘Skelya’ battalion: phrase_at).  it is the type word's class
 * hit; c[0, nfinal) the settled candidates. */
/* Does unit entry e name a whole service or branch rather than one
 * formation (type= of docs/units-and-slang.md)?  Before brigade or
 * battalion it says whose the formation is, not which: a National Guard
 * brigade is the National Guard and an unnamed brigade of it, the Azov
 * brigade one formation. */
static int service_name(const mt_image *img, uint32_t e) {
  static const char *const kinds[] = {"armed forces", "branch", "national guard", "navy", "air force",
                                      "special operations forces", "territorial defence", "border guard",
                                      "service", "marine corps"};
  const char *v;
  size_t n;
  if (!miltag_attr_get(img->str + img->entries[e].attrs, "type", &v, &n)) return 0;
  for (size_t q = 0; q < sizeof kinds / sizeof *kinds; q++)
    if (strlen(kinds[q]) == n && memcmp(kinds[q], v, n) == 0) return 1;
  return 0;
}

/* English: a name before its type noun.  A plural noun says what kind of
 * formations the name's men serve in, no part of the name: Storm-V
 * detachments, Akhmat battalions are Storm-V and Akhmat, as the dev gold
 * marks Storm-Z companies (a singular noun stays: the Akhmat regiment). */
static int name_typed_en(mt_gram_scratch *gs, const miltag_allocator *a, const gctx *g,
                         const mt_gitem *it, const mt_cand *c, size_t nfinal) {
  static const char *const nouns[] = {"regiment", "battalion", "brigade", "detachment"};
  const mt_window *w = g->w;
  const mt_image *img = g->img;
  const mt_img_gclass *ac = gcls(g, it);
  if (ac->kind != MT_GK_TYPE || hit_lang(ghit(g, it)) != MT_GL_EN || it->start == 0 ||
      !joins(w, it->start, 0) || (w->toks[it->start].gap & MILTAG_GAP_QUOTE) ||
      w->toks[it->start - 1].qclose)
    return 0;
  const char *type = img->str + ac->type;
  /* (the first letter before a call of strcmp: most type words reaching
   * here are none of these five, and four or five calls a type word were
   * 0.13 instructions a byte of English) */
  int listed = 0;
  for (size_t q = 0; q < sizeof nouns / sizeof *nouns && !listed; q++)
    listed = type[0] == nouns[q][0] && strcmp(type, nouns[q]) == 0;
  /* (unit: the name alone, the noun its evidence, as a type word before
   * a name is: the Kraken unit) */
  int alone = !listed && type[0] == 'u' && strcmp(type, "unit") == 0 && !(w->toks[it->start].flags & MT_TOK_CAP);
  if (!listed && !alone) return 0;
  for (size_t k = 0; k < nfinal; k++) {
    if (c[k].kind != MT_CAND_MATCH || c[k].end + 1 != it->start) continue;
    const mt_stok *t = &w->toks[c[k].start];
    if (!(t->flags & MT_TOK_CAP) || (t->flags & MT_TOK_QOPEN) || (unsigned char)w->text[t->start] >= 0x80)
      continue;
    const mt_img_node *nd = &img->nodes[c[k].node];
    for (uint32_t m = 0; m < MT_NODE_COUNT(nd); m++) {
      const mt_img_row *r = &img->rows[img->matches[nd->first + m]];
      if (img->entries[r->entry].category != MILTAG_UNIT || (r->flags & (MT_TRAIT_NOT | MT_TRAIT_SLOT)))
        continue;
      mt_phrase p;
      memset(&p, 0, sizeof p);
      p.start = p.name_first = c[k].start;
      p.name_last = c[k].end;
      p.end = alone || service_name(img, r->entry) || english_plural(w, it->end) ? c[k].end : it->end;
      p.byte_end = w->toks[p.end].end;
      p.anchor_row = ghit(g, it)->row;
      p.entry = r->entry;
      p.num_tok = MT_NONE;
      p.value = MILTAG_NO_NUMBER;
      for (int q = 0; q < 4; q++) p.alt[q] = MT_NONE;
      p.facts = MT_PF_NAME;
      return push_phrase(gs, a, &p);
    }
  }
  return 0;
}

/* Is v the number= of listed formation entry? */
static int listed_number(const mt_image *img, uint32_t entry, uint64_t v) {
  const mt_img_glink *l = img->glinks;
  size_t n = img->h->n_glinks;
  for (size_t lo = first_link(img, v); lo < n && l[lo].number == v; lo++)
    if (l[lo].entry == entry) return 1;
  return 0;
}

/* A number right before the name of a listed formation that has that
 * number: 76-й псковской десантно-штурмовой дивизии, the 76th Pskov
 * Division, сорок седьмой ... (digits with an ending, or an ordinal word
 * in Russian and Ukrainian; ../shared/eval/README.md: a numbered
 * formation keeps its number).  The phrase is the number and the name,
 * tagged as the name's formation: the number that names it is its
 * evidence.  Another number (the 5th Pskov Division) leaves the name
 * alone; in Russian and Ukrainian the ending agrees with the name's first
 * word when that ends like an adjective.  A quoted name is the phrase of
 * its type word (phrase_at).  c[k] are the settled candidates. */
static int numbered_name(mt_gram_scratch *gs, const miltag_allocator *a, gctx *g, const mt_cand *c,
                         size_t nfinal) {
  const mt_window *w = g->w;
  const mt_image *img = g->img;
  for (size_t k = 0; k < nfinal; k++) {
    uint32_t k0 = c[k].start;
    if (c[k].kind != MT_CAND_MATCH || k0 < 2 || !(img->nodes[c[k].node].count & MT_NODE_TAGGABLE) ||
        !joins(w, k0, 0) || (w->toks[k0].flags & (MT_TOK_DIGITS | MT_TOK_QOPEN)) || w->toks[c[k].end].qclose)
      continue;
    int quoted = 0;
    for (uint32_t q = k0 + 1; q <= c[k].end && !quoted; q++) quoted = (w->toks[q].gap & MILTAG_GAP_QUOTE) != 0;
    if (quoted) continue;
    const mt_img_node *nd = &img->nodes[c[k].node];
    for (uint32_t m = 0; m < MT_NODE_COUNT(nd); m++) {
      uint32_t row = img->matches[nd->first + m];
      const mt_img_row *r = &img->rows[row];
      if (img->entries[r->entry].category != MILTAG_UNIT || (r->flags & MT_TRAIT_NOT)) continue;
      g->lang = mt_gram_lang(mt_img_str(img, r->lang));
      int slavic = g->lang == MT_GL_RU || g->lang == MT_GL_UK || g->lang == MT_GL_MUL;
      if (g->lang == MT_GL_OTHER) continue;
      uint64_t v = MILTAG_NO_NUMBER;
      uint32_t start = MT_NONE, mask = 0, num_tok = MT_NONE;
      const mt_stok *t = &w->toks[k0 - 1];
      /* digits and an ending: 76-й, 76-ї, 76th */
      if (t->id != MT_NONE && (t->gap == MILTAG_GAP_NONE || (t->gap == MILTAG_GAP_DASH && slavic)) &&
          (w->toks[k0 - 2].flags & MT_TOK_DIGITS) && mt_ev_start(&w->toks[k0 - 2]) == MT_START_YES &&
          (mask = ending_mask(g, t->id)) != 0) {
        start = num_tok = k0 - 2;
        v = digits_value(w, &w->toks[k0 - 2]);
      }
      /* bare digits in Russian and Ukrainian (76 псковской дивизии), only
       * where the name's adjective is in a case no count puts it */
      uint32_t am = slavic ? adjective_mask(g, k0) : 0;
      if (start == MT_NONE && am && (t->flags & MT_TOK_DIGITS) && mt_ev_start(t) == MT_START_YES) {
        v = digits_value(w, t);
        mask = am & ~count_slots(v, 1);
        if (mask) start = num_tok = k0 - 1;
      }
      /* an ordinal word: семьдесят шестой */
      size_t lo, hi;
      range_end(g, k0 - 1, &lo, &hi);
      for (size_t j = lo; j < hi && start == MT_NONE && slavic; j++) {
        const mt_gitem *it = &g->by_end[j];
        const mt_img_ghit *h = ghit(g, it);
        if (gcls(g, it)->kind != MT_GK_ORD || !lang_ok(g->lang, hit_lang(h)) ||
            ((img->rows[h->row].flags & MT_TRAIT_CAP) && !(w->toks[it->start].flags & MT_TOK_CAP)))
          continue;
        mask = h->mask & MT_AGR_ALL;
        start = with_tens(g, it, &v);
      }
      if (start == MT_NONE || !listed_number(img, r->entry, v)) continue;
      if (am && !(am & mask)) continue;
      mt_phrase p;
      memset(&p, 0, sizeof p);
      p.start = start;
      p.end = c[k].end;
      p.byte_end = w->toks[p.end].end;
      p.anchor_row = row;
      p.entry = r->entry;
      p.num_tok = num_tok;
      p.value = v;
      p.name_first = p.name_last = MT_NONE;
      for (int q = 0; q < 4; q++) p.alt[q] = MT_NONE;
      p.facts = MT_PF_NUMBERED;
      /* (a phrase of the same span from a type word stands) */
      int same = 0;
      for (size_t q = 0; q < gs->nph && !same; q++) same = gs->ph[q].start == p.start && gs->ph[q].end == p.end;
      int rc = same ? 0 : push_phrase(gs, a, &p);
      if (rc) return rc;
      break;
    }
  }
  return 0;
}

int mt_gram_run(mt_gram_scratch *gs, const miltag_allocator *a, const mt_window *w,
                const mt_cand *c, size_t n, size_t nfinal) {
  const mt_image *img = w->img;
  gs->nph = 0;
  gs->incomplete = 0;
  if (!mt_gram_present(img)) return 0;
  MT_ASSERT(nfinal <= n);
  /* the class words among the candidates */
  size_t ni = 0;
  int starts = 0; /* a final one that a phrase may start at (below) */
  for (int pass = 0; pass < 2; pass++) {
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
      if (c[i].kind != MT_CAND_MATCH || !(img->nodes[c[i].node].count & MT_NODE_GRAM) ||
          mt_ev_ends_inside_word(w, &c[i]))
        continue;
      const struct mt_gram_hits *x = node_hits_cached(gs, img, c[i].node);
      size_t lo = x->lo, hi = lo + x->n;
      if (hi - lo > MAX_HITS_PER_WORD) {
        hi = lo + MAX_HITS_PER_WORD;
        gs->incomplete = 1;
      }
      if (pass) {
        for (size_t j = lo; j < hi; j++, k++)
          gs->items[k] = (mt_gitem){c[i].start, c[i].end, (uint32_t)j, i < nfinal};
      } else {
        k += hi - lo;
        if (i < nfinal) starts |= (int)x->starts;
      }
    }
    if (!pass) {
      ni = k;
      /* most windows hold class words (of, the, numbers) but none that a
       * phrase starts at: nothing to sort */
      if (!ni || !starts) return 0;
      if (mt_reserve(a, (void **)&gs->items, &gs->cap_items, 2 * ni, sizeof *gs->items))
        return MILTAG_E_NOMEM;
    }
  }
  memcpy(gs->items + ni, gs->items, ni * sizeof *gs->items);
  mt_sort(gs->items, ni, sizeof *gs->items, cmp_end, NULL);
  mt_sort(gs->items + ni, ni, sizeof *gs->items, cmp_start, NULL);
  gctx g;
  memset(&g, 0, sizeof g);
  g.w = w;
  g.img = img;
  g.by_end = gs->items;
  g.by_start = gs->items + ni;
  g.n = ni;
  g.budget = (size_t)STEPS_PER_TOKEN * w->ntoks + 1024;
  g.cands = c;
  g.ncands = n;
  for (size_t i = 0; i < ni; i++) {
    const mt_gitem *it = &gs->items[i];
    if (!it->final || !phrase_starts(img, it->hit)) continue;
    int rc = phrase_at(gs, a, &g, it);
    if (!rc) rc = typed_name(gs, a, &g, it, c, nfinal);
    if (!rc) rc = name_typed_en(gs, a, &g, it, c, nfinal);
    if (rc) return rc;
  }
  int rc = numbered_name(gs, a, &g, c, nfinal);
  if (rc) return rc;
  gs->incomplete |= g.incomplete;
  return 0;
}

int mt_gram_dot_word(const mt_image *img, uint32_t node) {
  if (!(img->nodes[node].count & MT_NODE_GRAM)) return 0;
  size_t lo, hi;
  node_hits(img, node, &lo, &hi);
  for (size_t j = lo; j < hi; j++) {
    /* only words that go on to the phrase's next word: гв. мотострелковая,
     * им. Арсена Павлова (not U.S., which may end a sentence) */
    mt_gkind k = (mt_gkind)img->gclass[img->ghits[j].cls].kind;
    if ((img->rows[img->ghits[j].row].flags & MT_TRAIT_DOT) &&
        (k == MT_GK_GUARDS || k == MT_GK_SEP || k == MT_GK_BRANCH || k == MT_GK_HONOR))
      return 1;
  }
  return 0;
}
