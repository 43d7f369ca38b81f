/* Paradigm expansion for Russian and Ukrainian terms (docs/inflection.md).
 *
 * A term's words are normalized keys (lower case, ё = е).  Each word gets a
 * class (invariable, noun by declension, adjective, possessive, ordinal
 * number) from the row's spec or from its ending, and the class gives its
 * forms for twelve slots: six cases in the singular and six in the plural.
 * A multi-word term yields, slot by slot, every combination of its words'
 * forms, so "Курская область" gives "курской области" but never the
 * disagreeing "курская области".  Endings are appended to a stem; the
 * stem changes that matter for names are handled: fleeting vowels
 * (Крынки → Крынок), Ukrainian і/о alternation (Харків → Харкова), and
 * Ukrainian к/г/х → ц/з/с before -і (Авдіївка → Авдіївці). */
#include "inflect.h"
#include "invariant.h"

#include <stdint.h>
#include <string.h>
#include <uchar.h>

#include "miltag.h"
#include "utf8.h"

/* ------------------------------------------------------------ spec syntax */

/* A word's spec: a class, and for nouns modifiers after "+":
 *   u     a Russian masculine's second locative in -у/-ю, in the locative
 *         slot, so that it agrees across the term (Крым → в Крыму,
 *         Сосновый Бор → в Сосновом Бору); Ukrainian nouns have it anyway
 *   fv    a fleeting vowel (Орёл → Орла, Відень → Відня, Кравець → Кравця)
 *   o e i Ukrainian і of the last syllable becomes о, е, or stays (Прокіп →
 *         Прокопа, Могилів → Могилева, Невір → Невіра); without one the
 *         ending decides (Харків → Харкова, Бердичів → Бердичева)
 *   soft  a stem in a consonant that declines soft (Ігор → Ігоря)
 *   z ov  plural-only: the genitive has the zero ending only (Суми → Сум)
 *         or -ів/-ов only (Орішники → Орішників); without either, both
 * and adj+soft: a Ukrainian plural adjective of the soft kind (Верхні). */
enum { ALT_AUTO, ALT_NONE, ALT_O, ALT_E };
enum { GENPL_BOTH, GENPL_ZERO, GENPL_END };

typedef struct spec_mods {
  int cls;      /* enum wclass, or -1 for auto */
  int gender;   /* enum gender (nouns) */
  int fleeting, alt, soft, gen_pl;
  int locu;     /* +u */
} spec_mods;

enum wclass { W_INV, W_NOUN, W_ADJ, W_POSS, W_ORD, W_SUR };
enum gender { G_M, G_F, G_N, G_PL };

static int word_is(const char *s, size_t n, const char *lit) {
  return strlen(lit) == n && memcmp(s, lit, n) == 0;
}

/* Parse one word's spec.  Returns 1 and fills *m, or 0 if it is not one. */
static int parse_word_spec(const char *s, size_t n, spec_mods *m) {
  spec_mods z = {-1, G_M, 0, ALT_AUTO, 0, GENPL_BOTH, 0};
  *m = z;
  size_t b = 0;
  while (b < n && s[b] != '+') b++;
  if (word_is(s, n, "-")) { m->cls = W_INV; return 1; }
  if (word_is(s, n, "auto")) return 1;
  if (word_is(s, n, "adj")) { m->cls = W_ADJ; return 1; }
  /* Ukrainian plural adjectives do not show whether they are soft
   * (Верхні Сироватки: Верхніх; Малі: Малих) */
  if (word_is(s, n, "adj+soft")) { m->cls = W_ADJ; m->soft = 1; return 1; }
  if (word_is(s, n, "poss")) { m->cls = W_POSS; return 1; }
  if (word_is(s, n, "ord")) { m->cls = W_ORD; return 1; }
  if (word_is(s, n, "sur")) { m->cls = W_SUR; return 1; }
  if (word_is(s, b, "m")) m->gender = G_M;
  else if (word_is(s, b, "f")) m->gender = G_F;
  else if (word_is(s, b, "n")) m->gender = G_N;
  else if (word_is(s, b, "pl")) m->gender = G_PL;
  else return 0;
  m->cls = W_NOUN;
  while (b < n) {
    size_t k = ++b;
    while (b < n && s[b] != '+') b++;
    const char *t = s + k;
    size_t l = b - k;
    int pl = m->gender == G_PL;
    if (word_is(t, l, "u") && !pl) m->locu = 1;
    else if (word_is(t, l, "fv") && !pl) m->fleeting = 1;
    else if (word_is(t, l, "o") && !pl) m->alt = ALT_O;
    else if (word_is(t, l, "e") && !pl) m->alt = ALT_E;
    else if (word_is(t, l, "i") && !pl) m->alt = ALT_NONE;
    else if (word_is(t, l, "soft") && !pl) m->soft = 1;
    else if (word_is(t, l, "z") && pl) m->gen_pl = GENPL_ZERO;
    else if (word_is(t, l, "ov") && pl) m->gen_pl = GENPL_END;
    else return 0;
  }
  return 1;
}

int mt_inflect_check(const char *s, size_t n, size_t *bad, const char **why) {
  if (n == 0 || (n == 4 && memcmp(s, "none", 4) == 0) || (n == 4 && memcmp(s, "auto", 4) == 0))
    return 1;
  size_t i = 0;
  while (i < n) {
    while (i < n && s[i] == ' ') i++;
    size_t k = i;
    while (i < n && s[i] != ' ') i++;
    spec_mods m;
    if (i > k && !parse_word_spec(s + k, i - k, &m)) {
      *bad = k;
      *why = "unknown inflection (expected none, auto, or one of -, auto, m, f, n, pl, adj, "
             "poss, sur, ord per word; nouns take +u, +fv, +o, +e, +i, +soft; pl takes +z, +ov; "
             "adj takes +soft)";
      return 0;
    }
  }
  return 1;
}

/* ------------------------------------------------------------ words */

#define MAXW 64          /* code points per word */
/* The slots of a word's forms: the six cases in the singular, then the
 * same six in the plural. */
typedef enum icase { C_NOM, C_GEN, C_DAT, C_ACC, C_INS, C_LOC, NCASE } icase;
_Static_assert(C_LOC == (int)MT_CASE_LOC && NCASE == (int)MT_NCASES, "mt_case is icase");
#define PLURAL(c) ((c) + NCASE)  /* the slot of case c in the plural */
#define NSLOT (2 * NCASE)
/* add_row's rows */
enum { SINGULAR = 0, PLURAL_ROW = 1 };
#define MAXV 24          /* variants per slot (ordinals of every gender) */
#define MAXWORDS 32

enum lang { RU, UK };

typedef struct word {
  char32_t w[MAXW];
  size_t n;
  int whole;       /* longer than MAXW: stays as written in every form */
  int long_cyr;    /* whole, and its first MAXW characters Cyrillic letters */
  mt_slot slot;    /* a slot of a pattern: no letters of its own */
  int cls, gender, fleeting;
  int alt, soft, gen_pl, locu;   /* see spec_mods */
  int name;        /* a proper name (place, unit): see MT_INFL_SINGULAR */
  int abbrev_head; /* ord: the word it agrees with is an abbreviation */
} word;

/* Inside a form, an ordinal ending follows its number after this
 * character (no key has it); the expander's output splits it off into
 * mt_iword.ending. */
#define JOIN 0x01u

/* A word's forms: strings in a small pool. */
typedef struct forms {
  char pool[8192];
  size_t used;
  uint16_t off[NSLOT][MAXV];
  uint8_t nv[NSLOT];
  uint8_t num2[NSLOT][MAXV]; /* the form is a bare {num} of two digits or more */
  int overflow;
} forms;

static void add_form(forms *f, int slot, const char32_t *stem, size_t sn, const char32_t *end) {
  MT_ASSERT(slot >= 0 && slot < NSLOT && sn <= MAXW + 2);
  char buf[MAXW * 4 + 32];
  size_t b = 0;
  for (size_t i = 0; i < sn; i++) b += mt_utf8_encode((uint32_t)stem[i], buf + b);
  for (; *end; end++) {
    if (*end == U'|') break;
    b += mt_utf8_encode((uint32_t)*end, buf + b);
  }
  buf[b] = '\0';
  for (int v = 0; v < f->nv[slot]; v++)
    if (strcmp(f->pool + f->off[slot][v], buf) == 0) return;
  /* more forms than fit (far more than any paradigm has): the caller
   * reports it, never drops them silently */
  if (f->nv[slot] >= MAXV || f->used + b + 1 > sizeof f->pool) { f->overflow = 1; return; }
  memcpy(f->pool + f->used, buf, b + 1);
  f->off[slot][f->nv[slot]++] = (uint16_t)f->used;
  f->used += b + 1;
}

/* Add each "|"-separated ending of ends to slot. */
static void add_ends(forms *f, int slot, const char32_t *stem, size_t sn, const char32_t *ends) {
  const char32_t *p = ends;
  for (;;) {
    add_form(f, slot, stem, sn, p);
    while (*p && *p != U'|') p++;
    if (!*p) break;
    p++;
  }
}

/* Six endings (one string per case, variants separated by "|") for the
 * singular or the plural. */
static void add_row(forms *f, int row, const char32_t *stem, size_t sn, const char32_t *const e[NCASE]) {
  for (int c = 0; c < NCASE; c++)
    if (e[c]) add_ends(f, row == PLURAL_ROW ? PLURAL(c) : c, stem, sn, e[c]);
}

static int ends_with(const word *w, const char32_t *suf) {
  size_t k = 0;
  while (suf[k]) k++;
  if (k > w->n) return 0;
  for (size_t i = 0; i < k; i++)
    if (w->w[w->n - k + i] != suf[i]) return 0;
  return 1;
}

static char32_t last(const word *w, size_t back) {
  return w->n > back ? w->w[w->n - 1 - back] : 0;
}

static int in(char32_t c, const char32_t *set) {
  for (; *set; set++)
    if (*set == c) return 1;
  return 0;
}

static const char32_t VOWELS[] = U"аеиоуыэюяіїє";
static const char32_t VELAR[] = U"кгх";
static const char32_t SIBIL[] = U"жшщчц";

static int is_cyr_letter(char32_t c) { return c >= 0x0430 && c <= 0x045F; }

/* Drop the fleeting vowel of a stem that ends in a consonant: the о, е or
 * є before it (орел → орл-, городок → городк-, відень → відн-).  After л
 * an е leaves ь (лев → льв-, селець → сельц-), after a vowel й (заєць →
 * зайц-, боец → бойц-).  Returns the stem's new length. */
static size_t drop_fleeting(char32_t *st, size_t sn) {
  if (sn < 3 || in(st[sn - 1], VOWELS) || st[sn - 1] == U'ь' || !in(st[sn - 2], U"оеєё")) return sn;
  char32_t v = st[sn - 2], before = st[sn - 3];
  if (v != U'о' && before == U'л') {
    st[sn - 2] = U'ь';
    return sn;
  }
  if (v != U'о' && (in(before, VOWELS) || v == U'є')) {
    st[sn - 2] = U'й';
    return sn;
  }
  memmove(st + sn - 2, st + sn - 1, sizeof *st);
  return sn - 1;
}

/* Insert a fleeting vowel into a stem ending in consonant + к (крынк →
 * крынок, птичк → птичек) for zero-ending genitive plurals. */
static size_t zero_gen_pl(const char32_t *s, size_t n, char32_t *out) {
  memcpy(out, s, n * sizeof *s);
  if (n >= 2 && s[n - 1] == U'к' && !in(s[n - 2], VOWELS)) {
    char32_t before = s[n - 2];
    if (before == U'ь' || before == U'й') {
      out[n - 2] = U'е';
      out[n - 1] = s[n - 1];
      return n;
    }
    out[n - 1] = in(before, U"жшчщц") ? U'е' : U'о';
    out[n] = s[n - 1];
    return n + 1;
  }
  return n;
}

/* ------------------------------------------------------------ Russian */

static void ru_noun(const word *w, forms *f, int sg, int pl) {
  char32_t st[MAXW + 2];
  size_t n = w->n;
  char32_t z = last(w, 0), y = last(w, 1);
  int hushing = in(y, U"гкхжшщч");
  if (w->gender == G_PL) {
    if (z != U'ы' && z != U'и') return;
    /* plural-only: Сумы, Крынки, Дворы */
    memcpy(st, w->w, (n - 1) * sizeof *st);
    size_t sn = n - 1;
    add_form(f, PLURAL(C_NOM), st, sn, z == U'ы' ? U"ы" : U"и");
    /* genitive plural: -ов/-ев/-ей for common nouns (укропы → укропов,
     * вагнеровцы → вагнеровцев); names also take the zero ending (Сумы →
     * Сум), and a stem in consonant + к does with a fleeting vowel
     * (Крынки → Крынок).  A bare stem for common nouns would turn words
     * into other words (укропы → укроп, dill). */
    char32_t g[MAXW + 2];
    size_t gn = zero_gen_pl(st, sn, g);
    if (w->name || gn != sn) add_form(f, PLURAL(C_GEN), g, gn, U"");
    char32_t y2 = last(w, 1);
    add_form(f, PLURAL(C_GEN), st, sn, in(y2, U"жшщч") ? U"ей" : y2 == U'ц' ? U"ев" : U"ов");
    add_form(f, PLURAL(C_DAT), st, sn, U"ам");
    add_form(f, PLURAL(C_ACC), st, sn, z == U'ы' ? U"ы" : U"и");
    add_form(f, PLURAL(C_INS), st, sn, U"ами");
    add_form(f, PLURAL(C_LOC), st, sn, U"ах");
    return;
  }
  if (z == U'а' || z == U'я') {
    memcpy(st, w->w, (n - 1) * sizeof *st);
    size_t sn = n - 1;
    if (z == U'я' && y == U'и') {
      static const char32_t *const s1[NCASE] = {U"я", U"и", U"и", U"ю", U"ей|ею", U"и"};
      static const char32_t *const p1[NCASE] = {U"и", U"й", U"ям", U"и", U"ями", U"ях"};
      if (sg) add_row(f, SINGULAR, st, sn, s1);
      if (pl) add_row(f, PLURAL_ROW, st, sn, p1);
      return;
    }
    if (z == U'я') {
      static const char32_t *const s1[NCASE] = {U"я", U"и", U"е", U"ю", U"ей|ею", U"е"};
      static const char32_t *const p1[NCASE] = {U"и", NULL, U"ям", U"и", U"ями", U"ях"};
      if (sg) add_row(f, SINGULAR, st, sn, s1);
      if (pl) {
        add_row(f, PLURAL_ROW, st, sn, p1);
        /* genitive plural: Авдотья → Авдотий, Аглая → Аглай, пуля → пуль */
        if (y == U'ь') add_form(f, PLURAL(C_GEN), st, sn - 1, U"ий");
        else if (in(y, VOWELS)) add_form(f, PLURAL(C_GEN), st, sn, U"й");
        else add_ends(f, PLURAL(C_GEN), st, sn, U"ь|ей");
      }
      return;
    }
    const char32_t *gen = hushing ? U"и" : U"ы";
    const char32_t *ins = in(y, SIBIL) ? U"ой|ою|ей|ею" : U"ой|ою";
    const char32_t *s1[NCASE] = {U"а", gen, U"е", U"у", ins, U"е"};
    if (sg) add_row(f, SINGULAR, st, sn, s1);
    if (pl) {
      const char32_t *p1[NCASE] = {gen, NULL, U"ам", gen, U"ами", U"ах"};
      add_row(f, PLURAL_ROW, st, sn, p1);
      char32_t g[MAXW + 2];
      size_t gn = zero_gen_pl(st, sn, g);
      add_form(f, PLURAL(C_GEN), g, gn, U"");
    }
    return;
  }
  if (z == U'о' || z == U'е') {
    memcpy(st, w->w, (n - 1) * sizeof *st);
    size_t sn = n - 1;
    if (z == U'е' && y == U'ь') {
      static const char32_t *const s1[NCASE] = {U"е", U"я", U"ю", U"е", U"ем", U"е"};
      if (sg) add_row(f, SINGULAR, st, sn, s1);
      return;
    }
    if (z == U'е' && y == U'и') {
      static const char32_t *const s1[NCASE] = {U"е", U"я", U"ю", U"е", U"ем", U"и"};
      if (sg) add_row(f, SINGULAR, st, sn, s1);
      return;
    }
    if (z == U'е') {
      static const char32_t *const s1[NCASE] = {U"е", U"я|а", U"ю|у", U"е", U"ем", U"е"};
      static const char32_t *const p1[NCASE] = {U"я|а", U"ей", U"ям|ам", U"я|а", U"ями|ами", U"ях|ах"};
      if (sg) add_row(f, SINGULAR, st, sn, s1);
      if (pl) add_row(f, PLURAL_ROW, st, sn, p1);
      return;
    }
    static const char32_t *const s1[NCASE] = {U"о", U"а", U"у", U"о", U"ом", U"е"};
    static const char32_t *const p1[NCASE] = {U"а", U"", U"ам", U"а", U"ами", U"ах"};
    if (sg) add_row(f, SINGULAR, st, sn, s1);
    if (pl) add_row(f, PLURAL_ROW, st, sn, p1);
    return;
  }
  if (z == U'ь') {
    memcpy(st, w->w, (n - 1) * sizeof *st);
    size_t sn = n - 1;
    if (w->gender == G_F) {
      static const char32_t *const s1[NCASE] = {U"ь", U"и", U"и", U"ь", U"ью", U"и"};
      static const char32_t *const p1[NCASE] = {U"и", U"ей", U"ям|ам", U"и", U"ями|ами", U"ях|ах"};
      /* +fv: the vowel drops before -и and the plural's endings and stays
       * before -ью (церковь: церкви, церковью; любовь: любви) */
      static const char32_t *const s1fv[NCASE] = {NULL, U"и", U"и", NULL, NULL, U"и"};
      if (w->fleeting) {
        if (sg) {
          add_form(f, C_NOM, st, sn, U"ь");
          add_form(f, C_ACC, st, sn, U"ь");
          add_form(f, C_INS, st, sn, U"ью");
        }
        sn = drop_fleeting(st, sn);
        if (sg) add_row(f, SINGULAR, st, sn, s1fv);
        if (pl) add_row(f, PLURAL_ROW, st, sn, p1);
        return;
      }
      if (sg) add_row(f, SINGULAR, st, sn, s1);
      if (pl) add_row(f, PLURAL_ROW, st, sn, p1);
    } else {
      static const char32_t *const p1[NCASE] = {U"и", U"ей", U"ям", U"и|ей", U"ями", U"ях"};
      if (sg) {
        add_form(f, C_NOM, st, sn, U"ь");
        add_form(f, C_ACC, st, sn, U"ь");
        if (w->fleeting) sn = drop_fleeting(st, sn);
        static const char32_t *const obl[NCASE] = {NULL, U"я", U"ю", U"я", U"ем", U"е"};
        add_row(f, SINGULAR, st, sn, obl);
        if (w->locu) add_form(f, C_LOC, st, sn, U"ю"); /* m+u */
      }
      if (pl) add_row(f, PLURAL_ROW, st, sn, p1);
    }
    return;
  }
  if (z == U'й') {
    memcpy(st, w->w, (n - 1) * sizeof *st);
    size_t sn = n - 1;
    /* -ий nouns have the locative -ии (Дмитрий: о Дмитрии, not Дмитрие) */
    static const char32_t *const s1[NCASE] = {U"й", U"я", U"ю", U"й|я", U"ем", U"е"};
    static const char32_t *const s1i[NCASE] = {U"й", U"я", U"ю", U"й|я", U"ем", U"и"};
    static const char32_t *const p1[NCASE] = {U"и", U"ев", U"ям", U"и|ев", U"ями", U"ях"};
    if (sg) add_row(f, SINGULAR, st, sn, y == U'и' ? s1i : s1);
    if (sg && w->locu) add_form(f, C_LOC, st, sn, U"ю"); /* m+u: в краю, в бою */
    if (pl) add_row(f, PLURAL_ROW, st, sn, p1);
    return;
  }
  if (!is_cyr_letter(z) || in(z, VOWELS) || z == U'ъ') return;
  /* masculine, consonant */
  memcpy(st, w->w, n * sizeof *st);
  size_t sn = n;
  if (sg) {
    add_form(f, C_NOM, st, sn, U"");
    add_form(f, C_ACC, st, sn, U"");
  }
  if (w->fleeting) sn = drop_fleeting(st, sn);
  const char32_t *ins = in(z, SIBIL) ? U"ом|ем" : U"ом";
  /* m+u: the second locative (в Крыму, на Дону, в полку), spelled like
   * the dative */
  const char32_t *s1[NCASE] = {NULL, U"а", U"у", U"а", ins, w->locu ? U"е|у" : U"е"};
  if (sg) add_row(f, SINGULAR, st, sn, s1);
  if (pl) {
    const char32_t *nom = in(z, U"гкхжшщч") ? U"и" : U"ы";
    const char32_t *gen = in(z, U"жшщч") ? U"ей" : (z == U'ц' ? U"ев" : U"ов");
    const char32_t *p1[NCASE] = {nom, gen, U"ам", nom, U"ами", U"ах"};
    add_row(f, PLURAL_ROW, st, sn, p1);
  }
}

/* Russian adjective endings by stem type. */
enum { A_HARD, A_VELAR, A_SIB, A_SOFT };

static void ru_adj_gender(forms *f, int type, int gender, const char32_t *st, size_t sn, int stressed) {
  static const char32_t *const hard[4][NCASE] = {
    {U"ый", U"ого", U"ому", U"ый|ого", U"ым", U"ом"},
    {U"ая", U"ой", U"ой", U"ую", U"ой|ою", U"ой"},
    {U"ое", U"ого", U"ому", U"ое", U"ым", U"ом"},
    {U"ые", U"ых", U"ым", U"ые|ых", U"ыми", U"ых"}};
  static const char32_t *const velar[4][NCASE] = {
    {U"ий", U"ого", U"ому", U"ий|ого", U"им", U"ом"},
    {U"ая", U"ой", U"ой", U"ую", U"ой|ою", U"ой"},
    {U"ое", U"ого", U"ому", U"ое", U"им", U"ом"},
    {U"ие", U"их", U"им", U"ие|их", U"ими", U"их"}};
  static const char32_t *const sib[4][NCASE] = {
    {U"ий", U"его|ого", U"ему|ому", U"ий|его", U"им", U"ем|ом"},
    {U"ая", U"ей|ой", U"ей|ой", U"ую", U"ей|ею|ой|ою", U"ей|ой"},
    {U"ее|ое", U"его|ого", U"ему|ому", U"ее|ое", U"им", U"ем|ом"},
    {U"ие", U"их", U"им", U"ие|их", U"ими", U"их"}};
  static const char32_t *const soft[4][NCASE] = {
    {U"ий", U"его", U"ему", U"ий|его", U"им", U"ем"},
    {U"яя", U"ей", U"ей", U"юю", U"ей|ею", U"ей"},
    {U"ее", U"его", U"ему", U"ее", U"им", U"ем"},
    {U"ие", U"их", U"им", U"ие|их", U"ими", U"их"}};
  const char32_t *const(*t)[NCASE] = type == A_HARD ? hard : type == A_VELAR ? velar : type == A_SIB ? sib : soft;
  add_row(f, gender == G_PL ? PLURAL_ROW : SINGULAR, st, sn, t[gender]);
  if (gender == G_M && stressed) add_form(f, C_NOM, st, sn, U"ой"), add_form(f, C_ACC, st, sn, U"ой");
}

static void ru_adj(const word *w, forms *f, int all_genders) {
  if (w->n < 3) return;
  char32_t st[MAXW];
  size_t sn = w->n - 2;
  memcpy(st, w->w, sn * sizeof *st);
  char32_t b = last(w, 2);
  int type = in(b, VELAR) ? A_VELAR : in(b, U"жшщч") ? A_SIB : A_HARD;
  int gender = G_M, stressed = 0;
  if (ends_with(w, U"ый")) gender = G_M;
  else if (ends_with(w, U"ой")) { gender = G_M; stressed = 1; }
  else if (ends_with(w, U"ий")) { gender = G_M; if (type == A_HARD) type = A_SOFT; }
  else if (ends_with(w, U"ая")) gender = G_F;
  else if (ends_with(w, U"яя")) { gender = G_F; type = A_SOFT; }
  else if (ends_with(w, U"ое")) gender = G_N;
  else if (ends_with(w, U"ее")) { gender = G_N; if (type == A_HARD) type = A_SOFT; }
  else if (ends_with(w, U"ые")) gender = G_PL;
  else if (ends_with(w, U"ие")) { gender = G_PL; if (type == A_HARD) type = A_SOFT; }
  else return;
  for (int g = G_M; g <= G_PL; g++)
    if (g == gender || all_genders == 1 || (all_genders == 2 && g == G_PL) ||
        (all_genders >= 3 && g != G_N && (g != G_PL || all_genders == 3)))
      ru_adj_gender(f, type, g, st, sn, stressed);
}

static void ru_poss(const word *w, forms *f, int all_genders) {
  char32_t st[MAXW];
  size_t sn = w->n;
  int gender = G_M;
  char32_t z = last(w, 0);
  if (z == U'а') { gender = G_F; sn--; }
  else if (z == U'о') { gender = G_N; sn--; }
  else if (z == U'ы') { gender = G_PL; sn--; }
  memcpy(st, w->w, sn * sizeof *st);
  static const char32_t *const t[4][NCASE] = {
    {U"", U"а", U"у", U"", U"ым", U"ом"},
    {U"а", U"ой", U"ой", U"у", U"ой", U"ой"},
    {U"о", U"а", U"у", U"о", U"ым", U"ом"},
    {U"ы", U"ых", U"ым", U"ы", U"ыми", U"ых"}};
  for (int g = G_M; g <= G_PL; g++)
    if (all_genders || g == gender) add_row(f, g == G_PL ? PLURAL_ROW : SINGULAR, st, sn, t[g]);
}

/* ------------------------------------------------------------ Ukrainian */

/* Ukrainian і (ї) in the last syllable of a stem becomes о (є) or е when
 * an ending opens the syllable: Харків → Харкова, Київ → Києва, Ріг →
 * Рогу, Тернопіль → Тернополя, Бердичів → Бердичева, Ірпінь → Ірпеня,
 * власність → власності.  st[0..sn) is the stem without ь.  The spec's
 * +o, +e, +i decide; without one, only the endings above change (a final
 * і+н, і+д, і+т... stays: Берлін → Берліна, Мадрид).  Returns the index
 * of the vowel to change and sets *to, or returns -1. */
static long uk_alternation(const char32_t *st, size_t sn, int alt, int soft_sign, int fem, char32_t *to) {
  if (sn < 3 || alt == ALT_NONE || in(st[sn - 1], VOWELS) || st[sn - 1] == U'\'') return -1;
  size_t i = sn - 2;
  /* a cluster after the vowel (власність, Підгірськ): only -ість changes
   * unasked, and an explicit +o/+e over clusters */
  if (!in(st[i], U"іїо") && sn >= 4 && in(st[sn - 3], U"іїо") && !in(st[i], VOWELS)) {
    i = sn - 3;
    int ist = fem && st[i] == U'і' && st[sn - 2] == U'с' && st[sn - 1] == U'т';
    if (alt == ALT_AUTO && !ist) return -1;
  }
  char32_t v = st[i], c = st[i + 1], p = i ? st[i - 1] : 0;
  if (v == U'ї') {
    if (alt != ALT_AUTO || c == U'в') { *to = U'є'; return (long)i; }
    return -1;
  }
  if (v != U'і') return -1;
  if (alt == ALT_O) { *to = U'о'; return (long)i; }
  if (alt == ALT_E) { *to = U'е'; return (long)i; }
  if (fem) {
    if (i == sn - 3) { *to = U'о'; return (long)i; } /* -ість */
    return -1;
  }
  if (c == U'в' && i + 2 == sn) { *to = in(p, U"жчшщц") ? U'е' : U'о'; return (long)i; }
  if ((c == U'г' || c == U'р') && i + 2 == sn && !soft_sign) { *to = U'о'; return (long)i; }
  if (soft_sign && c == U'л' && p == U'п') { *to = U'о'; return (long)i; }
  if (soft_sign && c == U'н') { *to = U'е'; return (long)i; }
  return -1;
}

/* The oblique stem of a noun: alternation, then the fleeting vowel. */
static size_t uk_oblique(const word *w, const char32_t *stem, size_t sn, int soft_sign, int fem,
                         char32_t *st) {
  memcpy(st, stem, sn * sizeof *st);
  char32_t to;
  long i = uk_alternation(st, sn, w->alt, soft_sign, fem, &to);
  if (i >= 0) st[i] = to;
  if (w->fleeting) sn = drop_fleeting(st, sn);
  return sn;
}

static char32_t uk_mutate(char32_t c) {
  return c == U'к' ? U'ц' : c == U'г' ? U'з' : c == U'х' ? U'с' : c == U'ґ' ? U'з' : c;
}

/* The zero ending of a plural-only name's genitive, or 0 if it has none
 * that can be told: Суми → Сум, Прилуки → Прилук, Сівки → Сівок, Іваньки →
 * Іваньок, Зозулі → Зозуль, but Чернівці, Орішники, Камишли: -ів only.
 * With force (the spec's +z), a stem in two consonants keeps them (Стирти
 * → Стирт). */
static size_t uk_zero_gen_pl(const char32_t *s, size_t n, int soft, int force, char32_t *out) {
  if (n < 2) return 0;
  memcpy(out, s, n * sizeof *s);
  char32_t c = s[n - 1], b = s[n - 2];
  if (in(c, VOWELS)) return 0;
  if (soft) {
    if (!in(b, VOWELS) && !force) return 0;
    out[n] = U'ь';
    return n + 1;
  }
  if (c == U'к' && !in(b, VOWELS)) {
    out[n - 1] = U'о';
    out[n] = U'к';
    return n + 1;
  }
  /* -ики are masculine (Орішники: Орішників) */
  if (!force && ((c == U'к' && (b == U'и' || b == U'і')) || !in(b, VOWELS))) return 0;
  return n;
}

static void uk_plural_only(const word *w, forms *f) {
  char32_t st[MAXW + 2], g[MAXW + 2];
  size_t n = w->n;
  char32_t z = last(w, 0);
  if (n < 3 || (z != U'и' && z != U'і' && z != U'ї')) return;
  size_t sn = n - 1;
  memcpy(st, w->w, sn * sizeof *st);
  /* soft stems: Чернівці → Чернівцям, Гаї → Гаям */
  int soft = z == U'ї' || (z == U'і' && in(st[sn - 1], U"злнрстцд"));
  const char32_t *nom = z == U'и' ? U"и" : z == U'і' ? U"і" : U"ї";
  add_form(f, PLURAL(C_NOM), st, sn, nom);
  add_form(f, PLURAL(C_ACC), st, sn, nom);
  size_t gn = z == U'ї' ? 0 : uk_zero_gen_pl(st, sn, soft, w->gen_pl == GENPL_ZERO, g);
  /* names take both genitives unless the spec says which; common nouns
   * (вагнерівці) only -ів, or a zero ending with a vowel put in */
  int zero = gn && (w->gen_pl == GENPL_ZERO || (w->gen_pl == GENPL_BOTH && (w->name || gn > sn)));
  if (zero) add_form(f, PLURAL(C_GEN), g, gn, U"");
  if (!zero || w->gen_pl != GENPL_ZERO) add_form(f, PLURAL(C_GEN), st, sn, z == U'ї' ? U"їв" : U"ів");
  add_form(f, PLURAL(C_DAT), st, sn, soft ? U"ям" : U"ам");
  add_form(f, PLURAL(C_INS), st, sn, soft ? U"ями" : U"ами");
  add_form(f, PLURAL(C_LOC), st, sn, soft ? U"ях" : U"ах");
}

/* Masculine nouns of a consonant or -ь, on their oblique stems. */
static void uk_masc(const word *w, forms *f, int sg, int pl, int soft_sign) {
  char32_t st[MAXW + 2];
  size_t n = w->n, bn = soft_sign ? n - 1 : n;
  if (sg) {
    add_form(f, C_NOM, w->w, n, U"");
    add_form(f, C_ACC, w->w, n, U"");
  }
  /* -інь: the dictionary's Ірпеня, Ірпені, and the Ірпіня, Ірпіні of
   * news text */
  int both = soft_sign && w->alt == ALT_AUTO && !w->fleeting && bn >= 3 && w->w[bn - 2] == U'і' &&
             w->w[bn - 1] == U'н';
  for (int pass = 0; pass < 1 + both; pass++) {
    word v = *w;
    if (pass) v.alt = ALT_NONE;
    size_t sn = uk_oblique(&v, w->w, bn, soft_sign, 0, st);
    if (sn < 2) return;
    char32_t c = st[sn - 1];
    if (soft_sign || w->soft) {
      /* Тернопіль → Тернополя, Тернополю/-еві, Тернополем, Тернополі;
       * Ігор (+soft) → Ігоря */
      static const char32_t *const s1[NCASE] = {NULL, U"я", U"ю|еві", NULL, U"ем", U"і|еві"};
      static const char32_t *const p1[NCASE] = {U"і", U"ів", U"ям", U"і|ів", U"ями", U"ях"};
      if (sg) add_row(f, SINGULAR, st, sn, s1);
      if (pl) add_row(f, PLURAL_ROW, st, sn, p1);
      continue;
    }
    /* hushing stems take -ем, -еві (Париж → Парижем, Парижеві); a suffix
     * -ов/-ев/-єв takes -у, not -ові (Львову, Петрову; but Лев → Левові) */
    int hush = in(c, U"жчшщ");
    int ov = sn > 3 && c == U'в' && in(st[sn - 2], U"оеє");
    const char32_t *ovi = ov ? NULL : hush ? U"еві" : U"ові";
    if (sg) {
      add_ends(f, C_GEN, st, sn, U"а|у");
      add_form(f, C_DAT, st, sn, U"у");
      add_form(f, C_ACC, st, sn, U"а");
      add_form(f, C_INS, st, sn, hush ? U"ем" : U"ом");
      if (ovi) add_form(f, C_DAT, st, sn, ovi), add_form(f, C_LOC, st, sn, ovi);
      if (in(c, VELAR) || c == U'ґ') {
        /* у Печерську, у Нью-Йорку; г and х also soften before -і
         * (у Кривому Розі, у Гамбурзі) */
        add_form(f, C_LOC, st, sn, U"у");
        if (c != U'к') {
          char32_t m[MAXW + 2];
          memcpy(m, st, sn * sizeof *m);
          m[sn - 1] = uk_mutate(c);
          add_form(f, C_LOC, m, sn, U"і");
        }
      } else {
        add_ends(f, C_LOC, st, sn, U"і|у");
      }
    }
    if (pl) {
      static const char32_t *const p1[NCASE] = {U"и", U"ів", U"ам", U"и|ів", U"ами", U"ах"};
      add_row(f, PLURAL_ROW, st, sn, p1);
    }
  }
}

/* Feminine nouns in -ь or a consonant: область → області, областю;
 * сіль (+o) → солі, сіллю; власність → власності, власністю; Межиріч →
 * Межирічі, Межиріччю. */
static void uk_fem_consonant(const word *w, forms *f, int sg, int pl, int soft_sign) {
  size_t sn = soft_sign ? w->n - 1 : w->n;
  char32_t o[MAXW + 2];
  size_t on = uk_oblique(w, w->w, sn, soft_sign, 1, o);
  if (on < 1 || sn < 2) return;
  if (sg) {
    add_form(f, C_NOM, w->w, w->n, U"");
    add_form(f, C_ACC, w->w, w->n, U"");
    static const char32_t *const s1[NCASE] = {NULL, U"і", U"і", NULL, NULL, U"і"};
    add_row(f, SINGULAR, o, on, s1);
    /* the instrumental keeps the nominative's vowel and doubles a single
     * consonant after a vowel */
    char32_t d[MAXW + 2];
    memcpy(d, w->w, sn * sizeof *d);
    size_t dn = sn;
    if (in(w->w[sn - 2], VOWELS)) d[dn++] = w->w[sn - 1];
    add_form(f, C_INS, d, dn, U"ю");
  }
  if (pl) {
    static const char32_t *const p1[NCASE] = {U"і", U"ей", U"ям", U"і", U"ями", U"ях"};
    add_row(f, PLURAL_ROW, o, on, p1);
  }
}

static void uk_noun(const word *w, forms *f, int sg, int pl) {
  char32_t st[MAXW + 2];
  size_t n = w->n;
  if (n < 2) return;
  char32_t z = last(w, 0), y = last(w, 1);
  if (w->gender == G_PL) {
    uk_plural_only(w, f);
    return;
  }
  size_t sn = n - 1;
  memcpy(st, w->w, sn * sizeof *st);
  if (z == U'а') {
    if (sg) {
      /* stems ending in a hushing consonant take -і, -ею (Суджа → Суджі) */
      int mixed = in(y, U"жчшщ");
      const char32_t *s1[NCASE] = {U"а", mixed ? U"і" : U"и", NULL, U"у", mixed ? U"ею" : U"ою", NULL};
      add_row(f, SINGULAR, st, sn, s1);
      char32_t m[MAXW];
      memcpy(m, st, sn * sizeof *m);
      m[sn - 1] = uk_mutate(m[sn - 1]);
      add_form(f, C_DAT, m, sn, U"і");
      add_form(f, C_LOC, m, sn, U"і");
    }
    if (pl) {
      static const char32_t *const p1[NCASE] = {U"и", NULL, U"ам", U"и", U"ами", U"ах"};
      add_row(f, PLURAL_ROW, st, sn, p1);
      char32_t g[MAXW + 2];
      size_t gn = zero_gen_pl(st, sn, g);
      add_form(f, PLURAL(C_GEN), g, gn, U"");
    }
    return;
  }
  if (z == U'я') {
    /* (after ь as after a vowel or an apostrophe: ескадрилья → ескадрильї) */
    int after_vowel = in(y, VOWELS) || y == U'\'' || y == U'ь';
    if (w->gender == G_N) {
      /* Запоріжжя → Запоріжжі, Міжгір'я → Міжгір'ї, Поволжя → Поволжям */
      const char32_t *s1[NCASE] = {U"я", U"я", U"ю", U"я", U"ям", after_vowel ? U"ї" : U"і"};
      if (sg) add_row(f, SINGULAR, st, sn, s1);
      return;
    }
    if (after_vowel) {
      static const char32_t *const s1[NCASE] = {U"я", U"ї", U"ї", U"ю", U"єю", U"ї"};
      static const char32_t *const p1[NCASE] = {U"ї", U"й", U"ям", U"ї", U"ями", U"ях"};
      if (sg) add_row(f, SINGULAR, st, sn, s1);
      if (pl) add_row(f, PLURAL_ROW, st, sn, p1);
      return;
    }
    /* Росія is above; Ілля, Рудня, Вишня */
    static const char32_t *const s1[NCASE] = {U"я", U"і", U"і", U"ю", U"ею", U"і"};
    static const char32_t *const p1[NCASE] = {U"і", U"ь", U"ям", U"і", U"ями", U"ях"};
    if (sg) add_row(f, SINGULAR, st, sn, s1);
    if (pl) add_row(f, PLURAL_ROW, st, sn, p1);
    return;
  }
  if (z == U'о') {
    /* neuter (Містечко) and masculine (Дніпро, Петро, Шевченко): a velar
     * stem takes the locative -у; a masculine one -ові too */
    int velar = in(y, VELAR);
    static const char32_t *const s1[NCASE] = {U"о", U"а", U"у", U"о", U"ом", NULL};
    if (sg) {
      add_row(f, SINGULAR, st, sn, s1);
      add_form(f, C_LOC, st, sn, velar ? U"у" : U"і");
      if (w->gender == G_M) add_form(f, C_DAT, st, sn, U"ові"), add_form(f, C_LOC, st, sn, U"ові");
    }
    return;
  }
  if (z == U'е' || z == U'є') {
    /* neuter nouns (a spec's n; auto reads -е as an adjective): Поле →
     * Поля, Полем; Селище → Селища, Селищу */
    int hard = z == U'е' && in(y, U"жчшщ");
    static const char32_t *const soft1[NCASE] = {U"е", U"я", U"ю", U"е", U"ем", U"і"};
    static const char32_t *const hard1[NCASE] = {U"е", U"а", U"у", U"е", U"ем", U"і"};
    static const char32_t *const ye1[NCASE] = {U"є", U"я", U"ю", U"є", U"ям", U"ї"};
    if (sg) add_row(f, SINGULAR, st, sn, z == U'є' ? ye1 : hard ? hard1 : soft1);
    return;
  }
  if (z == U'ь') {
    if (w->gender == G_F) {
      uk_fem_consonant(w, f, sg, pl, 1);
      return;
    }
    uk_masc(w, f, sg, pl, 1);
    return;
  }
  if (z == U'й') {
    /* the genitive -ю of places, lands and things (краю, Китаю, Дунаю)
     * beside the -я of people and towns (Миколая, Шанхая): either, so that
     * an adjective agrees with it (Хабаровського краю); -ю is the dative's
     * form in any case */
    static const char32_t *const s1[NCASE] = {U"й", U"я|ю", U"ю|єві", U"й", U"єм", U"ї|єві"};
    static const char32_t *const p1[NCASE] = {U"ї", U"їв", U"ям", U"ї", U"ями", U"ях"};
    if (sg) add_row(f, SINGULAR, st, sn, s1);
    if (pl) add_row(f, PLURAL_ROW, st, sn, p1);
    return;
  }
  if (!is_cyr_letter(z) || in(z, VOWELS) || z == U'\'') return;
  if (w->gender == G_F) uk_fem_consonant(w, f, sg, pl, 0); /* Межиріч */
  else uk_masc(w, f, sg, pl, 0);
}

static void uk_adj(const word *w, forms *f, int all_genders) {
  if (w->n < 3) return;
  char32_t st[MAXW];
  int gender, soft = 0;
  size_t cut = 2;
  if (ends_with(w, U"ий")) gender = G_M;
  else if (ends_with(w, U"ій")) { gender = G_M; soft = 1; }
  else if (ends_with(w, U"а")) { gender = G_F; cut = 1; }
  else if (ends_with(w, U"я")) { gender = G_F; soft = 1; cut = 1; }
  else if (ends_with(w, U"е")) { gender = G_N; cut = 1; }
  else if (ends_with(w, U"є")) { gender = G_N; soft = 1; cut = 1; }
  else if (ends_with(w, U"і")) { gender = G_PL; cut = 1; soft = w->soft; }
  else return;
  size_t sn = w->n - cut;
  memcpy(st, w->w, sn * sizeof *st);
  static const char32_t *const hard[4][NCASE] = {
    {U"ий", U"ого", U"ому", U"ий|ого", U"им", U"ому|ім"},
    {U"а", U"ої", U"ій", U"у", U"ою", U"ій"},
    {U"е", U"ого", U"ому", U"е", U"им", U"ому|ім"},
    {U"і", U"их", U"им", U"і|их", U"ими", U"их"}};
  static const char32_t *const softt[4][NCASE] = {
    {U"ій", U"ього", U"ьому", U"ій|ього", U"ім", U"ьому|ім"},
    {U"я", U"ьої", U"ій", U"ю", U"ьою", U"ій"},
    {U"є", U"ього", U"ьому", U"є", U"ім", U"ьому|ім"},
    {U"і", U"іх", U"ім", U"і|іх", U"іми", U"іх"}};
  const char32_t *const(*t)[NCASE] = soft ? softt : hard;
  for (int g = G_M; g <= G_PL; g++)
    if (g == gender || all_genders == 1 || (all_genders == 2 && g == G_PL) ||
        (all_genders >= 3 && g != G_N && (g != G_PL || all_genders == 3)))
      add_row(f, g == G_PL ? PLURAL_ROW : SINGULAR, st, sn, t[g]);
}

static void uk_poss(const word *w, forms *f, int all_genders) {
  /* Часів Яр → Часового Яру: the possessive declines like an adjective on
   * its oblique stem. */
  (void)all_genders;
  char32_t st[MAXW + 2];
  size_t sn = uk_oblique(w, w->w, w->n, 0, 0, st);
  add_form(f, C_NOM, w->w, w->n, U"");
  add_form(f, C_ACC, w->w, w->n, U"");
  static const char32_t *const m[NCASE] = {NULL, U"ого", U"ому", NULL, U"им", U"ому|ім"};
  add_row(f, SINGULAR, st, sn, m);
}

/* ------------------------------------------------------------ surnames */

static int is_adj_ending(int lang, const word *w);

/* A surname names a man, a woman and a family: -ов/-ев/-ин surnames take
 * their own endings (Песков: Пескова, Песковым, Пескове, Песковой,
 * Песковых; Пєсков: Пєскову, Пєсковим, Пєскові, Пєскової, Пєсковою),
 * adjectival ones every gender but the neuter, which is a village's name
 * (Толстой: Толстая, Толстые, not Толстое), and others decline as
 * masculine nouns (Шевченко: Шевченкові). */
static int sur_possessive(int lang, const word *w) {
  if (w->n < 4) return 0;
  if (lang == RU)
    return ends_with(w, U"ов") || ends_with(w, U"ев") || ends_with(w, U"ин") || ends_with(w, U"ын");
  return ends_with(w, U"ов") || ends_with(w, U"ев") || ends_with(w, U"єв") || ends_with(w, U"ин") ||
         ends_with(w, U"ін") || ends_with(w, U"їн");
}

static void sur_forms(int lang, const word *w, forms *f, int pl) {
  if (sur_possessive(lang, w)) {
    static const char32_t *const ru[3][NCASE] = {
      {U"", U"а", U"у", U"а", U"ым", U"е"},
      {U"а", U"ой", U"ой", U"у", U"ой|ою", U"ой"},
      {U"ы", U"ых", U"ым", U"ых", U"ыми", U"ых"}};
    static const char32_t *const uk[3][NCASE] = {
      {U"", U"а", U"у", U"а", U"им", U"і|у"},
      {U"а", U"ої", U"ій", U"у", U"ою", U"ій"},
      {U"и", U"их", U"им", U"их", U"ими", U"их"}};
    const char32_t *const(*t)[NCASE] = lang == UK ? uk : ru;
    add_row(f, SINGULAR, w->w, w->n, t[0]);
    add_row(f, SINGULAR, w->w, w->n, t[1]);
    if (pl) add_row(f, PLURAL_ROW, w->w, w->n, t[2]);
    return;
  }
  if (is_adj_ending(lang, w)) {
    if (lang == RU) ru_adj(w, f, pl ? 3 : 4);
    else uk_adj(w, f, pl ? 3 : 4);
    return;
  }
  word m = *w;
  m.cls = W_NOUN;
  m.gender = G_M;
  if (lang == RU) ru_noun(&m, f, 1, pl);
  else uk_noun(&m, f, 1, pl);
}

/* ------------------------------------------------------------ ordinals */

static void ordinal(int lang, int gender, const char32_t *num, size_t nn, int is_slot, forms *f,
                    int all, int abbrev, int informal) {
  /* JOIN ties the number to its ending: one word of two tokens. */
  char32_t st[MAXW + 2];
  memcpy(st, num, nn * sizeof *st);
  st[nn] = JOIN;
  size_t sn = nn + 1;
  /* A bare number before a full noun is usually a count ("2 бригады"),
   * so it only stands for an ordinal with two digits or more ("155
   * бригада", "141 механізованої бригади"); before an abbreviation any
   * number does ("3 ОШБр").  A number written in the term (1 армейский
   * корпус) stands for itself. */
  for (int s = 0; s < NSLOT; s++) {
    add_form(f, s, num, nn, U"");
    if (is_slot && !abbrev)
      for (int v = 0; v < f->nv[s]; v++)
        if (f->pool[f->off[s][v]] == '\0') f->num2[s][v] = 1;
  }
  static const char32_t *const ru[4][NCASE] = {
    {U"й|ый|ий", U"го|ого", U"му|ому", U"й|го", U"м|ым", U"м|ом"},
    {U"я|ая", U"й|ой", U"й|ой", U"ю|ую", U"й|ой", U"й|ой"},
    {U"е|ое", U"го|ого", U"му|ому", U"е", U"м|ым", U"м|ом"},
    {U"е|ые", U"х|ых", U"м|ым", U"е|х", U"ми|ыми", U"х|ых"}};
  static const char32_t *const uk[4][NCASE] = {
    {U"й|ий|ій", U"го|ого", U"му|ому", U"й|го", U"м|им", U"му|ому|м"},
    {U"а|ша|га|тя|та|ма|ка", U"ї|ої", U"й|ій", U"у|шу|гу|тю|ту|му|ку", U"ю|ою", U"й|ій"},
    {U"е|ше|ге|тє|те|ме", U"го|ого", U"му|ому", U"е", U"м|им", U"му|ому|м"},
    {U"і", U"х|их", U"м|им", U"і|х", U"ми|ими", U"х|их"}};
  /* MT_INFL_INFORMAL: the endings of informal writing besides, Russian
   * -ой for the masculine too (2-ой батальон, as 58-ой армии) and the
   * Ukrainian long endings that repeat the last consonant of the word
   * (47-мої, 93-тьої, 1-шого, 17-тій, 2-гий; docs/inflection.md), and the
   * Russian feminine -я, -ю that Ukrainian writers use too (3-я окрема
   * штурмова бригада, 3-ю окрему бригаду).  The
   * formation grammar reads them; trie terms do without: each ending
   * multiplies the paths of a row. */
  static const char32_t *const ru_informal[4][NCASE] = {
    {U"ой", NULL, NULL, U"ой", NULL, NULL}, {NULL}, {NULL}, {NULL}};
  static const char32_t *const uk_informal[4][NCASE] = {
    {U"тій|ший|гий|тий|мий|кий|вий", U"тього|шого|гого|того|мого|кого|вого",
     U"тьому|шому|гому|тому|мому|кому|вому", U"ій|тій|ший|гий|тий|мий|кий|вий",
     U"тім|шим|гим|тим|мим|ким|вим", U"ім|тьому|шому|гому|тому|мому|кому|вому"},
    {U"ва|я", U"тьої|шої|гої|тої|мої|кої|вої", U"шій|гій|тій|мій|кій|вій", U"ву|ю",
     U"тьою|шою|гою|тою|мою|кою|вою", U"шій|гій|тій|мій|кій|вій"},
    {U"ке|ве", U"тього|шого|гого|того|мого|кого|вого", U"тьому|шому|гому|тому|мому|кому|вому",
     U"тє|ше|ге|те|ме|ке|ве", U"тім|шим|гим|тим|мим|ким|вим", U"ім|тьому|шому|гому|тому|мому|кому|вому"},
    {U"ші|гі|ті|мі|кі|ві", U"ших|гих|тих|мих|ких|вих", U"шим|гим|тим|мим|ким|вим",
     U"ші|гі|ті|мі|кі|ві", U"шими|гими|тими|мими|кими|вими", U"ших|гих|тих|мих|ких|вих"}};
  const char32_t *const(*t)[NCASE] = lang == UK ? uk : ru;
  const char32_t *const(*x)[NCASE] = lang == UK ? uk_informal : ru_informal;
  for (int g = G_M; g <= G_PL; g++)
    if (all || g == gender) {
      add_row(f, g == G_PL ? PLURAL_ROW : SINGULAR, st, sn, t[g]);
      if (informal) add_row(f, g == G_PL ? PLURAL_ROW : SINGULAR, st, sn, x[g]);
    }
}

/* ------------------------------------------------------------ classes */

static int is_adj_ending(int lang, const word *w) {
  if (lang == RU)
    return w->n >= 4 && (ends_with(w, U"ый") || ends_with(w, U"ий") || ends_with(w, U"ой") ||
                         ends_with(w, U"ая") || ends_with(w, U"яя") || ends_with(w, U"ое") ||
                         ends_with(w, U"ее") || ends_with(w, U"ые") || ends_with(w, U"ие"));
  return w->n >= 4 && (ends_with(w, U"ий") || ends_with(w, U"ій") || ends_with(w, U"ська") ||
                       ends_with(w, U"цька") || ends_with(w, U"зька"));
}

static int guess_gender(int lang, const word *w) {
  char32_t z = last(w, 0), y = last(w, 1);
  /* Ukrainian -я after a doubled consonant or an apostrophe is neuter
   * (Запоріжжя, Міжгір'я); a feminine one says so (Ілля: f) */
  if (lang == UK && z == U'я' && (y == U'\'' || (w->n >= 3 && y == last(w, 2) && !in(y, VOWELS))))
    return G_N;
  if (z == U'а' || z == U'я') return G_F;
  if (z == U'о' || z == U'е' || z == U'є') return G_N;
  if (z == U'ь') {
    if (ends_with(w, U"сть") || in(y, U"жшчщ")) return G_F;
    return G_M;
  }
  return G_M;
}

static int all_cyrillic(const word *w) {
  for (size_t i = 0; i < w->n; i++)
    if (!is_cyr_letter(w->w[i]) && w->w[i] != U'\'' && w->w[i] != U'ґ' && w->w[i] != U'є' &&
        w->w[i] != U'і' && w->w[i] != U'ї')
      return 0;
  return 1;
}

/* Resolve "auto" for word i of a term. */
static void guess_class(int lang, word *w, int after_head, int multi, int has_next) {
  w->fleeting = 0;
  if (after_head || w->n <= 2 || !all_cyrillic(w)) { w->cls = W_INV; return; }
  char32_t z = last(w, 0);
  if (is_adj_ending(lang, w)) { w->cls = W_ADJ; return; }
  /* a foreign name in a vowel and -а does not decline (Самоа, Гоа,
   * Никарагуа): declining it gives words (Самое) */
  if (z == U'а' && in(last(w, 1), VOWELS)) { w->cls = W_INV; return; }
  if (lang == UK) {
    /* Ukrainian neuter names in -е are adjectival (Роботине → Роботиного);
     * a word in -а before another word is an attributive adjective
     * (Велика Новосілка). */
    if (z == U'е' || z == U'є') { w->cls = W_ADJ; return; }
    if (multi && has_next && (z == U'а' || z == U'я')) { w->cls = W_ADJ; return; }
    if (z == U'і' && multi && has_next) { w->cls = W_ADJ; return; }
  } else {
    /* Russian names in -о (Курахово, Работино) stay as written: declining
     * them would collide with surnames (Иванова). */
    if (z == U'о' || z == U'и' || z == U'ы' || z == U'у' || z == U'ю' || z == U'э') { w->cls = W_INV; return; }
  }
  if (lang == UK && (z == U'и' || z == U'у' || z == U'ю')) { w->cls = W_INV; return; }
  w->cls = W_NOUN;
  w->gender = guess_gender(lang, w);
  /* -ець and -ец after a consonant lose their е (Трускавець → Трускавця,
   * Марганец → Марганца); other fleeting vowels are the spec's (+fv) */
  if (lang == UK ? w->n >= 5 && ends_with(w, U"ець") && !in(last(w, 3), VOWELS)
                 : w->n >= 4 && ends_with(w, U"ец") && !in(last(w, 2), VOWELS))
    w->fleeting = 1;
}

static int parse_spec_word(const char *s, size_t n, word *w) {
  spec_mods m;
  if (!parse_word_spec(s, n, &m) || m.cls < 0) return 0; /* auto */
  w->cls = m.cls;
  w->gender = m.gender;
  w->fleeting = m.fleeting;
  w->alt = m.alt;
  w->soft = m.soft;
  w->gen_pl = m.gen_pl;
  w->locu = m.locu;
  return 1;
}

/* Gender a word imposes on the words that agree with it. */
static int agreement_gender(int lang, const word *w) {
  if (w->cls == W_NOUN) return w->gender;
  if (w->cls == W_ADJ) {
    if (lang == RU) {
      if (ends_with(w, U"ая") || ends_with(w, U"яя")) return G_F;
      if (ends_with(w, U"ое") || ends_with(w, U"ее")) return G_N;
      if (ends_with(w, U"ые") || ends_with(w, U"ие")) return G_PL;
      return G_M;
    }
    if (ends_with(w, U"а") || ends_with(w, U"я")) return G_F;
    if (ends_with(w, U"е") || ends_with(w, U"є")) return G_N;
    if (ends_with(w, U"і")) return G_PL;
    return G_M;
  }
  return -1;
}

/* Remove from slot acc the forms that are in slot gen and not in slot nom,
 * unless that leaves it empty. */
static void inanimate_accusative(forms *f, int acc, int nom, int gen) {
  uint16_t keep[MAXV];
  int k = 0;
  for (int v = 0; v < f->nv[acc]; v++) {
    const char *a = f->pool + f->off[acc][v];
    int in_nom = 0, in_gen = 0;
    for (int u = 0; u < f->nv[nom]; u++) in_nom |= strcmp(a, f->pool + f->off[nom][u]) == 0;
    for (int u = 0; u < f->nv[gen]; u++) in_gen |= strcmp(a, f->pool + f->off[gen][u]) == 0;
    if (in_nom || !in_gen) keep[k++] = f->off[acc][v];
  }
  if (k == 0 || k == f->nv[acc]) return;
  memcpy(f->off[acc], keep, (size_t)k * sizeof *keep);
  f->nv[acc] = (uint8_t)k;
}

/* ------------------------------------------------------------ expansion */

/* Word i of form v of slot s, as the expander gives it. */
static void out_word(const word *w, const forms *f, const mt_iword *in, int s, size_t v,
                     mt_iword *out) {
  MT_ASSERT(w->whole || v < f->nv[s]);
  *out = *in;
  out->ending = "";
  out->ending_len = 0;
  out->form = s;
  if (w->whole) return; /* the key as given */
  const char *str = f->pool + f->off[s][v];
  const char *join = strchr(str, (int)JOIN);
  out->key = str;
  out->len = join ? (size_t)(join - str) : strlen(str);
  if (join) {
    out->ending = join + 1;
    out->ending_len = strlen(join + 1);
  }
  if (w->slot == MT_SLOT_NUM && f->num2[s][v]) out->slot = MT_SLOT_NUM2;
}

int mt_inflect_expand(const miltag_allocator *a, const char *langs, const char *spec,
                      const mt_iword *win, size_t n, unsigned opts, mt_form_fn fn, void *ctx,
                      const char **why, unsigned *dropped) {
  int lang;
  if (strcmp(langs, "ru") == 0) lang = RU;
  else if (strcmp(langs, "uk") == 0) lang = UK;
  else lang = -1;
  int is_none = strcmp(spec, "none") == 0 || (!*spec && lang < 0);
  *dropped = 0;
  if (is_none || n > MAXWORDS) return fn(ctx, win, n);
  if (lang < 0) lang = RU; /* an explicit spec on a row of another language */

  static const word zero;
  word *ws = mt_malloc(a, n * sizeof *ws);
  forms *fs = mt_malloc(a, n * sizeof *fs);
  mt_iword *out = mt_calloc(a, n, sizeof *out);
  int rc = 0;
  if (!ws || !fs || !out) { rc = MILTAG_E_NOMEM; goto done; }

  /* words: decode keys; specs */
  int explicit = *spec && strcmp(spec, "auto") != 0;
  const char *sp = spec;
  for (size_t i = 0; i < n; i++) {
    ws[i] = zero;
    ws[i].slot = win[i].slot;
    const unsigned char *k = (const unsigned char *)win[i].key;
    size_t kl = ws[i].slot ? 0 : win[i].len, j = 0; /* a slot has no letters */
    while (j < kl && ws[i].n < MAXW) {
      uint32_t c;
      j += mt_utf8_decode(k + j, kl - j, &c);
      ws[i].w[ws[i].n++] = (char32_t)c;
    }
    if (j < kl) { /* too long to inflect: as written */
      ws[i].whole = 1;
      ws[i].long_cyr = all_cyrillic(&ws[i]);
      ws[i].n = 0;
    }
    ws[i].cls = -1;
    if (explicit) {
      while (*sp == ' ') sp++;
      const char *e = sp;
      while (*e && *e != ' ') e++;
      if (e == sp) {
        *why = "the inflection spec has fewer words than the term";
        rc = MILTAG_E_SYNTAX;
        goto done;
      }
      if (!parse_spec_word(sp, (size_t)(e - sp), &ws[i])) ws[i].cls = -1;
      sp = e;
    }
    /* a word that would decline but is too long to: reported, not dropped
     * silently (a spec says so, or under auto its letters are Cyrillic) */
    if (ws[i].whole && (ws[i].cls >= 0 ? ws[i].cls != W_INV : ws[i].long_cyr))
      *dropped |= MT_INFL_LONG;
  }
  if (explicit) {
    while (*sp == ' ') sp++;
    if (*sp) {
      *why = "the inflection spec has more words than the term";
      rc = MILTAG_E_SYNTAX;
      goto done;
    }
  }
  /* auto: words up to the first noun inflect; what follows it is a
   * complement (бригада морской пехоты, Ростов-на-Дону) and stays. */
  int head_seen = 0;
  for (size_t i = 0; i < n; i++) {
    if (ws[i].cls == -1) {
      int abbrev = (win[i].flags & MT_IW_ALLCAPS) != 0;
      guess_class(lang, &ws[i], head_seen || abbrev, n > 1, i + 1 < n);
      if (abbrev) ws[i].cls = W_INV;
    }
    if (ws[i].cls == W_NOUN) {
      /* a guessed noun agrees with the adjective before it (Курская
       * область: feminine although -ь is usually masculine) */
      if (!explicit || strncmp(spec, "auto", 4) == 0) {
        for (size_t j = i; j-- > 0;) {
          if (ws[j].cls != W_ADJ) break;
          int g = agreement_gender(lang, &ws[j]);
          if (g >= 0 && (g == G_F || g == G_N) && ws[i].gender != G_PL && last(&ws[i], 0) == U'ь') ws[i].gender = g;
          break;
        }
      }
      head_seen = 1;
    }
    /* a word without letters stays, but a {num} takes its ordinal endings */
    int ord_slot = ws[i].slot == MT_SLOT_NUM && ws[i].cls == W_ORD;
    if ((ws[i].n == 0 && !ord_slot) || ws[i].whole) ws[i].cls = W_INV;
    /* a word of one letter never declines (а, у, і are prepositions and
     * conjunctions), whatever the spec says; numbers are ordinals' own */
    if (ws[i].n < 2 && ws[i].cls != W_ORD) ws[i].cls = W_INV;
  }

  int all = !(opts & MT_INFL_SINGULAR);
  for (size_t i = 0; i < n; i++) ws[i].name = !all;
  for (size_t i = 0; i < n; i++) {
    /* not the 8 KB pool: only what says how much of it is in use */
    fs[i].used = 0;
    fs[i].overflow = 0;
    memset(fs[i].nv, 0, sizeof fs[i].nv);
    memset(fs[i].num2, 0, sizeof fs[i].num2);
    word *w = &ws[i];
    if (w->whole) {
      for (int s = 0; s < NSLOT; s++) fs[i].nv[s] = 1; /* keys[i] itself */
      continue;
    }
    if (w->cls == W_INV) {
      for (int s = 0; s < NSLOT; s++) add_form(&fs[i], s, w->w, w->n, U"");
      continue;
    }
    if (w->cls == W_ORD) {
      /* the ending agrees with the next noun or adjective; before an
       * abbreviation (155-я ОБрМП) any gender will do */
      int g = -1, abbrev = 0;
      for (size_t j = i + 1; j < n; j++) {
        int ag = agreement_gender(lang, &ws[j]);
        if (ag >= 0) { g = ag; break; }
        if (ws[j].cls == W_INV && (win[j].flags & MT_IW_ALLCAPS)) { abbrev = 1; break; }
      }
      ordinal(lang, g < 0 ? G_M : g, w->w, w->n, w->slot == MT_SLOT_NUM, &fs[i], g < 0, abbrev,
              (opts & MT_INFL_INFORMAL) != 0);
      continue;
    }
    /* a lone adjective (двухсотый) takes every gender; in a phrase it
     * agrees with its noun, in the plural too unless the term is a name */
    int gender_all = !all ? 0 : n == 1 ? 1 : 2;
    if (w->cls == W_SUR) {
      sur_forms(lang, w, &fs[i], all);
    } else if (w->cls == W_ADJ) {
      if (lang == RU) ru_adj(w, &fs[i], gender_all);
      else uk_adj(w, &fs[i], gender_all);
    } else if (w->cls == W_POSS) {
      if (lang == RU) ru_poss(w, &fs[i], 0);
      else uk_poss(w, &fs[i], 0);
    } else {
      int pl_only = w->gender == G_PL;
      if (lang == RU) ru_noun(w, &fs[i], !pl_only, pl_only || all);
      else uk_noun(w, &fs[i], !pl_only, pl_only || all);
    }
    if (fs[i].overflow) *dropped |= MT_INFL_DROPPED;
    /* The accusative of a masculine or plural word is its nominative
     * (inanimate) or its genitive (animate).  Each word keeps only the
     * former there: the animate accusative of the whole term is its
     * genitive, and mixing them gives "кривого ріг", "кривий рога". */
    inanimate_accusative(&fs[i], C_ACC, C_NOM, C_GEN);
    inanimate_accusative(&fs[i], PLURAL(C_ACC), PLURAL(C_NOM), PLURAL(C_GEN));
  }

  /* The base form first, then every slot's combinations.  A term with
   * an ordinal number has no base form of its own: its bare number is one
   * of the generated forms, with the two-digit rule applied. */
  int has_ord = 0;
  for (size_t i = 0; i < n; i++) has_ord |= ws[i].cls == W_ORD;
  if (!has_ord) rc = fn(ctx, win, n);
  for (int s = 0; s < NSLOT && !rc; s++) {
    /* words without forms in this slot (a singular-only word in a plural
     * slot) make the slot empty.  Every combination is given: a form that
     * repeats one given before (the accusative of an inanimate noun is
     * its nominative) is recognised by the caller, exactly, in its trie;
     * the caller's budget (fn's return) stops a row that has too many. */
    size_t total = 1;
    for (size_t i = 0; i < n && total; i++) {
      size_t nv = fs[i].nv[s];
      total = nv && total > SIZE_MAX / 2 / nv ? SIZE_MAX / 2 : total * nv;
    }
    for (size_t combo = 0; combo < total && !rc; combo++) {
      size_t c = combo;
      for (size_t i = 0; i < n; i++) {
        size_t v = c % fs[i].nv[s];
        c /= fs[i].nv[s];
        out_word(&ws[i], &fs[i], &win[i], s, v, &out[i]);
      }
      rc = fn(ctx, out, n);
    }
  }
done:
  mt_free(a, out);
  mt_free(a, ws);
  mt_free(a, fs);
  return rc;
}
