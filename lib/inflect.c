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

#include <stdint.h>
#include <string.h>
#include <uchar.h>

#include "miltag.h"
#include "utf8.h"

/* ------------------------------------------------------------ spec syntax */

static const char *const word_specs[] = {"-", "auto", "m", "f", "n", "pl", "adj", "poss",
                                         "m+u", "m+fv", "m+u+fv", "ord", NULL};

static int word_spec_ok(const char *w, size_t n) {
  for (int i = 0; word_specs[i]; i++)
    if (strlen(word_specs[i]) == n && memcmp(word_specs[i], w, n) == 0) return 1;
  return 0;
}

int mt_inflect_check(const char *s, size_t n, size_t *bad, const char **why) {
  if (n == 0 || (n == 4 && memcmp(s, "none", 4) == 0) || (n == 4 && memcmp(s, "auto", 4) == 0))
    return 1;
  size_t i = 0;
  while (i < n) {
    while (i < n && s[i] == ' ') i++;
    size_t k = i;
    while (i < n && s[i] != ' ') i++;
    if (i > k && !word_spec_ok(s + k, i - k)) {
      *bad = k;
      *why = "unknown inflection (expected none, auto, or one of -, auto, m, f, n, pl, "
             "adj, poss, m+u, m+fv, ord per word)";
      return 0;
    }
  }
  return 1;
}

/* ------------------------------------------------------------ words */

#define MAXW 64          /* code points per word */
#define NSLOT 12         /* 0-5 singular nom gen dat acc ins loc, 6-11 plural */
#define MAXV 24          /* variants per slot (ordinals of every gender) */
#define MAXWORDS 32

enum lang { RU, UK };
enum wclass { W_INV, W_NOUN, W_ADJ, W_POSS, W_ORD };
enum gender { G_M, G_F, G_N, G_PL };

typedef struct word {
  char32_t w[MAXW];
  size_t n;
  int whole;       /* longer than MAXW: stays as written in every form */
  int cls, gender, fleeting;
  int name;        /* a proper name (place, unit): see MT_INFL_SINGULAR */
  int abbrev_head; /* ord: the word it agrees with is an abbreviation */
} word;

/* A word's forms: strings in a small pool. */
typedef struct forms {
  char pool[8192];
  size_t used;
  uint16_t off[NSLOT][MAXV];
  uint8_t nv[NSLOT];
  int overflow;
} forms;

static void add_form(forms *f, int slot, const char32_t *stem, size_t sn, const char32_t *end) {
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
static void add_row(forms *f, int plural, const char32_t *stem, size_t sn, const char32_t *const e[6]) {
  for (int c = 0; c < 6; c++)
    if (e[c]) add_ends(f, plural * 6 + c, stem, sn, e[c]);
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

/* The last vowel before the final consonant, for fleeting vowels
 * (орел → орл-, городок → городк-); returns its index or -1. */
static long fleeting_at(const word *w) {
  if (w->n < 3 || in(last(w, 0), VOWELS)) return -1;
  size_t i = w->n - 2;
  if (in(w->w[i], U"оеё")) return (long)i;
  return -1;
}

/* Insert a fleeting vowel into a stem ending in consonant + к/ц
 * (крынк → крынок, птичк → птичек) for zero-ending genitive plurals. */
static size_t zero_gen_pl(const char32_t *s, size_t n, char32_t *out) {
  memcpy(out, s, n * sizeof *s);
  if (n >= 2 && in(s[n - 1], U"кц") && !in(s[n - 2], VOWELS)) {
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
    add_form(f, 6, st, sn, z == U'ы' ? U"ы" : U"и");
    /* genitive plural: -ов/-ев/-ей for common nouns (укропы → укропов,
     * вагнеровцы → вагнеровцев); names also take the zero ending (Сумы →
     * Сум), and a stem in consonant + к does with a fleeting vowel
     * (Крынки → Крынок).  A bare stem for common nouns would turn words
     * into other words (укропы → укроп, dill). */
    char32_t g[MAXW + 2];
    size_t gn = zero_gen_pl(st, sn, g);
    if (w->name || gn != sn) add_form(f, 7, g, gn, U"");
    char32_t y2 = last(w, 1);
    add_form(f, 7, st, sn, in(y2, U"жшщч") ? U"ей" : y2 == U'ц' ? U"ев" : U"ов");
    add_form(f, 8, st, sn, U"ам");
    add_form(f, 9, st, sn, z == U'ы' ? U"ы" : U"и");
    add_form(f, 10, st, sn, U"ами");
    add_form(f, 11, st, sn, U"ах");
    return;
  }
  if (z == U'а' || z == U'я') {
    memcpy(st, w->w, (n - 1) * sizeof *st);
    size_t sn = n - 1;
    if (z == U'я' && y == U'и') {
      static const char32_t *const s1[6] = {U"я", U"и", U"и", U"ю", U"ей|ею", U"и"};
      static const char32_t *const p1[6] = {U"и", U"й", U"ям", U"и", U"ями", U"ях"};
      if (sg) add_row(f, 0, st, sn, s1);
      if (pl) add_row(f, 1, st, sn, p1);
      return;
    }
    if (z == U'я') {
      static const char32_t *const s1[6] = {U"я", U"и", U"е", U"ю", U"ей|ею", U"е"};
      static const char32_t *const p1[6] = {U"и", U"ь|ей", U"ям", U"и", U"ями", U"ях"};
      if (sg) add_row(f, 0, st, sn, s1);
      if (pl) add_row(f, 1, st, sn, p1);
      return;
    }
    const char32_t *gen = hushing ? U"и" : U"ы";
    const char32_t *ins = in(y, SIBIL) ? U"ой|ою|ей|ею" : U"ой|ою";
    const char32_t *s1[6] = {U"а", gen, U"е", U"у", ins, U"е"};
    if (sg) add_row(f, 0, st, sn, s1);
    if (pl) {
      const char32_t *p1[6] = {gen, NULL, U"ам", gen, U"ами", U"ах"};
      add_row(f, 1, st, sn, p1);
      char32_t g[MAXW + 2];
      size_t gn = zero_gen_pl(st, sn, g);
      add_form(f, 7, g, gn, U"");
    }
    return;
  }
  if (z == U'о' || z == U'е') {
    memcpy(st, w->w, (n - 1) * sizeof *st);
    size_t sn = n - 1;
    if (z == U'е' && y == U'ь') {
      static const char32_t *const s1[6] = {U"е", U"я", U"ю", U"е", U"ем", U"е"};
      if (sg) add_row(f, 0, st, sn, s1);
      return;
    }
    if (z == U'е' && y == U'и') {
      static const char32_t *const s1[6] = {U"е", U"я", U"ю", U"е", U"ем", U"и"};
      if (sg) add_row(f, 0, st, sn, s1);
      return;
    }
    if (z == U'е') {
      static const char32_t *const s1[6] = {U"е", U"я|а", U"ю|у", U"е", U"ем", U"е"};
      static const char32_t *const p1[6] = {U"я|а", U"ей", U"ям|ам", U"я|а", U"ями|ами", U"ях|ах"};
      if (sg) add_row(f, 0, st, sn, s1);
      if (pl) add_row(f, 1, st, sn, p1);
      return;
    }
    static const char32_t *const s1[6] = {U"о", U"а", U"у", U"о", U"ом", U"е"};
    static const char32_t *const p1[6] = {U"а", U"", U"ам", U"а", U"ами", U"ах"};
    if (sg) add_row(f, 0, st, sn, s1);
    if (pl) add_row(f, 1, st, sn, p1);
    return;
  }
  if (z == U'ь') {
    memcpy(st, w->w, (n - 1) * sizeof *st);
    size_t sn = n - 1;
    if (w->gender == G_F) {
      static const char32_t *const s1[6] = {U"ь", U"и", U"и", U"ь", U"ью", U"и"};
      static const char32_t *const p1[6] = {U"и", U"ей", U"ям|ам", U"и", U"ями|ами", U"ях|ах"};
      if (sg) add_row(f, 0, st, sn, s1);
      if (pl) add_row(f, 1, st, sn, p1);
    } else {
      static const char32_t *const p1[6] = {U"и", U"ей", U"ям", U"и|ей", U"ями", U"ях"};
      long fv = w->fleeting ? fleeting_at(w) : -1;
      if (sg) {
        add_form(f, 0, st, sn, U"ь");
        add_form(f, 3, st, sn, U"ь");
        if (fv >= 0) { memmove(st + fv, st + fv + 1, (sn - (size_t)fv - 1) * sizeof *st); sn--; }
        static const char32_t *const obl[6] = {NULL, U"я", U"ю", U"я", U"ем", U"е"};
        add_row(f, 0, st, sn, obl);
      }
      if (pl) add_row(f, 1, st, sn, p1);
    }
    return;
  }
  if (z == U'й') {
    memcpy(st, w->w, (n - 1) * sizeof *st);
    size_t sn = n - 1;
    static const char32_t *const s1[6] = {U"й", U"я", U"ю", U"й|я", U"ем", U"е"};
    static const char32_t *const p1[6] = {U"и", U"ев", U"ям", U"и|ев", U"ями", U"ях"};
    if (sg) add_row(f, 0, st, sn, s1);
    if (y == U'и' && sg) add_form(f, 5, st, sn, U"и");
    if (pl) add_row(f, 1, st, sn, p1);
    return;
  }
  if (!is_cyr_letter(z) || in(z, VOWELS) || z == U'ъ') return;
  /* masculine, consonant */
  memcpy(st, w->w, n * sizeof *st);
  size_t sn = n;
  if (sg) {
    add_form(f, 0, st, sn, U"");
    add_form(f, 3, st, sn, U"");
  }
  long fv = w->fleeting ? fleeting_at(w) : -1;
  if (fv >= 0) {
    memmove(st + fv, st + fv + 1, (sn - (size_t)fv - 1) * sizeof *st);
    sn--;
  }
  const char32_t *ins = in(z, SIBIL) ? U"ом|ем" : U"ом";
  const char32_t *s1[6] = {NULL, U"а", U"у", U"а", ins, U"е"};
  if (sg) add_row(f, 0, st, sn, s1);
  if (pl) {
    const char32_t *nom = in(z, U"гкхжшщч") ? U"и" : U"ы";
    const char32_t *gen = in(z, U"жшщч") ? U"ей" : (z == U'ц' ? U"ев" : U"ов");
    const char32_t *p1[6] = {nom, gen, U"ам", nom, U"ами", U"ах"};
    add_row(f, 1, st, sn, p1);
  }
}

/* Russian adjective endings by stem type. */
enum { A_HARD, A_VELAR, A_SIB, A_SOFT };

static void ru_adj_gender(forms *f, int type, int gender, const char32_t *st, size_t sn, int stressed) {
  static const char32_t *const hard[4][6] = {
    {U"ый", U"ого", U"ому", U"ый|ого", U"ым", U"ом"},
    {U"ая", U"ой", U"ой", U"ую", U"ой|ою", U"ой"},
    {U"ое", U"ого", U"ому", U"ое", U"ым", U"ом"},
    {U"ые", U"ых", U"ым", U"ые|ых", U"ыми", U"ых"}};
  static const char32_t *const velar[4][6] = {
    {U"ий", U"ого", U"ому", U"ий|ого", U"им", U"ом"},
    {U"ая", U"ой", U"ой", U"ую", U"ой|ою", U"ой"},
    {U"ое", U"ого", U"ому", U"ое", U"им", U"ом"},
    {U"ие", U"их", U"им", U"ие|их", U"ими", U"их"}};
  static const char32_t *const sib[4][6] = {
    {U"ий", U"его|ого", U"ему|ому", U"ий|его", U"им", U"ем|ом"},
    {U"ая", U"ей|ой", U"ей|ой", U"ую", U"ей|ею|ой|ою", U"ей|ой"},
    {U"ее|ое", U"его|ого", U"ему|ому", U"ее|ое", U"им", U"ем|ом"},
    {U"ие", U"их", U"им", U"ие|их", U"ими", U"их"}};
  static const char32_t *const soft[4][6] = {
    {U"ий", U"его", U"ему", U"ий|его", U"им", U"ем"},
    {U"яя", U"ей", U"ей", U"юю", U"ей|ею", U"ей"},
    {U"ее", U"его", U"ему", U"ее", U"им", U"ем"},
    {U"ие", U"их", U"им", U"ие|их", U"ими", U"их"}};
  const char32_t *const(*t)[6] = type == A_HARD ? hard : type == A_VELAR ? velar : type == A_SIB ? sib : soft;
  add_row(f, gender == G_PL, st, sn, t[gender]);
  if (gender == G_M && stressed) add_form(f, 0, st, sn, U"ой"), add_form(f, 3, st, sn, U"ой");
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
    if (g == gender || all_genders == 1 || (all_genders == 2 && g == G_PL))
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
  static const char32_t *const t[4][6] = {
    {U"", U"а", U"у", U"", U"ым", U"ом"},
    {U"а", U"ой", U"ой", U"у", U"ой", U"ой"},
    {U"о", U"а", U"у", U"о", U"ым", U"ом"},
    {U"ы", U"ых", U"ым", U"ы", U"ыми", U"ых"}};
  for (int g = G_M; g <= G_PL; g++)
    if (all_genders || g == gender) add_row(f, g == G_PL, st, sn, t[g]);
}

/* ------------------------------------------------------------ Ukrainian */

/* Ukrainian changes і (ї) in the last closed syllable to о (є) when an
 * ending is added: Харків → Харкова, Київ → Києва, Ріг → Рогу,
 * Ірпінь → Ірпеня. */
static size_t uk_oblique(const word *w, char32_t *st, size_t n) {
  memcpy(st, w->w, n * sizeof *st);
  if (n >= 3 && !in(st[n - 1], VOWELS) && st[n - 1] != U'ь') {
    if (st[n - 2] == U'і' && (st[n - 1] == U'в' || st[n - 1] == U'г' || st[n - 1] == U'р'))
      st[n - 2] = U'о';
    else if (st[n - 2] == U'ї' && st[n - 1] == U'в')
      st[n - 2] = U'є';
  }
  if (n >= 4 && st[n - 1] == U'ь' && st[n - 3] == U'і' && st[n - 2] == U'н') st[n - 3] = U'е';
  return n;
}

static char32_t uk_mutate(char32_t c) {
  return c == U'к' ? U'ц' : c == U'г' ? U'з' : c == U'х' ? U'с' : c;
}

static void uk_noun(const word *w, forms *f, int sg, int pl) {
  char32_t st[MAXW + 2];
  size_t n = w->n;
  char32_t z = last(w, 0), y = last(w, 1);
  if (w->gender == G_PL) {
    if (z != U'и' && z != U'і') return;
    memcpy(st, w->w, (n - 1) * sizeof *st);
    size_t sn = n - 1;
    add_form(f, 6, st, sn, z == U'и' ? U"и" : U"і");
    char32_t g[MAXW + 2];
    size_t gn = zero_gen_pl(st, sn, g);
    if (w->name || gn != sn) add_form(f, 7, g, gn, U"");
    add_form(f, 7, st, sn, U"ів");
    add_form(f, 8, st, sn, U"ам");
    add_form(f, 9, st, sn, z == U'и' ? U"и" : U"і");
    add_form(f, 10, st, sn, U"ами");
    add_form(f, 11, st, sn, U"ах");
    return;
  }
  if (z == U'а') {
    memcpy(st, w->w, (n - 1) * sizeof *st);
    size_t sn = n - 1;
    if (sg) {
      /* stems ending in a hushing consonant take -і, -ею (Суджа → Суджі) */
      int mixed = in(y, U"жчшщ");
      const char32_t *s1[6] = {U"а", mixed ? U"і" : U"и", NULL, U"у", mixed ? U"ею" : U"ою", NULL};
      add_row(f, 0, st, sn, s1);
      char32_t m[MAXW];
      memcpy(m, st, sn * sizeof *m);
      m[sn - 1] = uk_mutate(m[sn - 1]);
      add_form(f, 2, m, sn, U"і");
      add_form(f, 5, m, sn, U"і");
    }
    if (pl) {
      static const char32_t *const p1[6] = {U"и", NULL, U"ам", U"и", U"ами", U"ах"};
      add_row(f, 1, st, sn, p1);
      char32_t g[MAXW + 2];
      size_t gn = zero_gen_pl(st, sn, g);
      add_form(f, 7, g, gn, U"");
    }
    return;
  }
  if (z == U'я') {
    memcpy(st, w->w, (n - 1) * sizeof *st);
    size_t sn = n - 1;
    if (w->gender == G_N || (sn >= 2 && st[sn - 1] == st[sn - 2])) {
      static const char32_t *const s1[6] = {U"я", U"я", U"ю", U"я", U"ям", U"і"};
      if (sg) add_row(f, 0, st, sn, s1);
      return;
    }
    if (in(y, VOWELS) || y == U'\'') {
      static const char32_t *const s1[6] = {U"я", U"ї", U"ї", U"ю", U"єю", U"ї"};
      static const char32_t *const p1[6] = {U"ї", U"й", U"ям", U"ї", U"ями", U"ях"};
      if (sg) add_row(f, 0, st, sn, s1);
      if (pl) add_row(f, 1, st, sn, p1);
      return;
    }
    static const char32_t *const s1[6] = {U"я", U"і", U"і", U"ю", U"ею", U"і"};
    static const char32_t *const p1[6] = {U"і", U"ь", U"ям", U"і", U"ями", U"ях"};
    if (sg) add_row(f, 0, st, sn, s1);
    if (pl) add_row(f, 1, st, sn, p1);
    return;
  }
  if (z == U'о') {
    memcpy(st, w->w, (n - 1) * sizeof *st);
    static const char32_t *const s1[6] = {U"о", U"а", U"у", U"о", U"ом", U"і"};
    if (sg) add_row(f, 0, st, n - 1, s1);
    return;
  }
  if (z == U'ь') {
    size_t sn = uk_oblique(w, st, n) - 1;
    if (w->gender == G_F) {
      if (sg) {
        add_form(f, 0, w->w, n, U"");
        add_form(f, 3, w->w, n, U"");
        static const char32_t *const s1[6] = {NULL, U"і", U"і", NULL, NULL, U"і"};
        add_row(f, 0, st, sn, s1);
        /* instrumental doubles a single consonant after a vowel */
        char32_t d[MAXW + 2];
        memcpy(d, st, sn * sizeof *d);
        size_t dn = sn;
        if (sn >= 2 && in(st[sn - 2], VOWELS)) d[dn++] = st[sn - 1];
        add_form(f, 4, d, dn, U"ю");
      }
      if (pl) {
        static const char32_t *const p1[6] = {U"і", U"ей", U"ям", U"і", U"ями", U"ях"};
        add_row(f, 1, st, sn, p1);
      }
    } else {
      if (sg) {
        add_form(f, 0, w->w, n, U"");
        add_form(f, 3, w->w, n, U"");
        static const char32_t *const s1[6] = {NULL, U"я", U"ю|еві", NULL, U"ем", U"і|еві"};
        add_row(f, 0, st, sn, s1);
      }
      if (pl) {
        static const char32_t *const p1[6] = {U"і", U"ів", U"ям", U"і", U"ями", U"ях"};
        add_row(f, 1, st, sn, p1);
      }
    }
    return;
  }
  if (z == U'й') {
    memcpy(st, w->w, (n - 1) * sizeof *st);
    size_t sn = n - 1;
    static const char32_t *const s1[6] = {U"й", U"я", U"ю|єві", U"й", U"єм", U"ї|єві"};
    static const char32_t *const p1[6] = {U"ї", U"їв", U"ям", U"ї", U"ями", U"ях"};
    if (sg) add_row(f, 0, st, sn, s1);
    if (pl) add_row(f, 1, st, sn, p1);
    return;
  }
  if (!is_cyr_letter(z) || in(z, VOWELS)) return;
  /* masculine, consonant */
  if (sg) {
    add_form(f, 0, w->w, n, U"");
    add_form(f, 3, w->w, n, U"");
  }
  size_t sn = uk_oblique(w, st, n);
  long fv = w->fleeting ? fleeting_at(w) : -1;
  if (fv >= 0) {
    memmove(st + fv, st + fv + 1, (sn - (size_t)fv - 1) * sizeof *st);
    sn--;
  }
  const char32_t *ins = in(z, SIBIL) ? U"ем" : U"ом";
  if (sg) {
    const char32_t *s1[6] = {NULL, U"а|у", U"у|ові", U"а", ins, NULL};
    add_row(f, 0, st, sn, s1);
    if (in(z, VELAR)) add_ends(f, 5, st, sn, U"у|ові");
    else add_ends(f, 5, st, sn, U"і|ові|у");
  }
  if (pl) {
    static const char32_t *const p1[6] = {U"и", U"ів", U"ам", U"и|ів", U"ами", U"ах"};
    add_row(f, 1, st, sn, p1);
  }
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
  else if (ends_with(w, U"і")) { gender = G_PL; cut = 1; }
  else return;
  size_t sn = w->n - cut;
  memcpy(st, w->w, sn * sizeof *st);
  static const char32_t *const hard[4][6] = {
    {U"ий", U"ого", U"ому", U"ий|ого", U"им", U"ому|ім"},
    {U"а", U"ої", U"ій", U"у", U"ою", U"ій"},
    {U"е", U"ого", U"ому", U"е", U"им", U"ому|ім"},
    {U"і", U"их", U"им", U"і|их", U"ими", U"их"}};
  static const char32_t *const softt[4][6] = {
    {U"ій", U"ього", U"ьому", U"ій|ього", U"ім", U"ьому|ім"},
    {U"я", U"ьої", U"ій", U"ю", U"ьою", U"ій"},
    {U"є", U"ього", U"ьому", U"є", U"ім", U"ьому|ім"},
    {U"і", U"іх", U"ім", U"і|іх", U"іми", U"іх"}};
  const char32_t *const(*t)[6] = soft ? softt : hard;
  for (int g = G_M; g <= G_PL; g++)
    if (g == gender || all_genders == 1 || (all_genders == 2 && g == G_PL))
      add_row(f, g == G_PL, st, sn, t[g]);
}

static void uk_poss(const word *w, forms *f, int all_genders) {
  /* Часів Яр → Часового Яру: the possessive declines like an adjective on
   * its oblique stem. */
  (void)all_genders;
  char32_t st[MAXW + 2];
  size_t sn = uk_oblique(w, st, w->n);
  add_form(f, 0, w->w, w->n, U"");
  add_form(f, 3, w->w, w->n, U"");
  static const char32_t *const m[6] = {NULL, U"ого", U"ому", NULL, U"им", U"ому|ім"};
  add_row(f, 0, st, sn, m);
}

/* ------------------------------------------------------------ ordinals */

static void ordinal(int lang, int gender, const char32_t *num, size_t nn, forms *f, int all,
                    int abbrev) {
  /* "\x01" joins the number and its ending into one word of two tokens. */
  char32_t st[MAXW + 2];
  memcpy(st, num, nn * sizeof *st);
  st[nn] = 0x01;
  size_t sn = nn + 1;
  /* A bare number before a full noun is usually a count ("2 бригады"),
   * so it only stands for an ordinal with two digits or more ("155
   * бригада", "141 механізованої бригади"); before an abbreviation any
   * number does ("3 ОШБр"). */
  static const char32_t num2[] = U"" MT_NUM2_SENTINEL_U;
  static const char32_t slot[] = U"" MT_NUM_SENTINEL_U;
  int is_slot = nn == sizeof slot / sizeof *slot - 1 && memcmp(num, slot, sizeof slot - sizeof *slot) == 0;
  for (int s = 0; s < NSLOT; s++) {
    /* a number written in the term (1 армейский корпус) stands for itself */
    if (abbrev || !is_slot) add_form(f, s, num, nn, U"");
    else add_form(f, s, num2, sizeof num2 / sizeof *num2 - 1, U"");
  }
  static const char32_t *const ru[4][6] = {
    {U"й|ый|ий", U"го|ого", U"му|ому", U"й|го", U"м|ым", U"м|ом"},
    {U"я|ая", U"й|ой", U"й|ой", U"ю|ую", U"й|ой", U"й|ой"},
    {U"е|ое", U"го|ого", U"му|ому", U"е", U"м|ым", U"м|ом"},
    {U"е|ые", U"х|ых", U"м|ым", U"е|х", U"ми|ыми", U"х|ых"}};
  static const char32_t *const uk[4][6] = {
    {U"й|ий|ій", U"го|ого", U"му|ому", U"й|го", U"м|им", U"му|ому|м"},
    {U"а|ша|га|тя|та|ма|ка", U"ї|ої", U"й|ій", U"у|шу|гу|тю|ту|му|ку", U"ю|ою", U"й|ій"},
    {U"е|ше|ге|тє|те|ме", U"го|ого", U"му|ому", U"е", U"м|им", U"му|ому|м"},
    {U"і", U"х|их", U"м|им", U"і|х", U"ми|ими", U"х|их"}};
  const char32_t *const(*t)[6] = lang == UK ? uk : ru;
  for (int g = G_M; g <= G_PL; g++)
    if (all || g == gender) add_row(f, g == G_PL, st, sn, t[g]);
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
  char32_t z = last(w, 0);
  if (z == U'а' || z == U'я') return G_F;
  if (z == U'о' || z == U'е' || z == U'є') return G_N;
  if (z == U'ь') {
    if (ends_with(w, U"сть") || in(last(w, 1), U"жшчщ")) return G_F;
    return G_M;
  }
  (void)lang;
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
}

static int parse_spec_word(const char *s, size_t n, word *w) {
  w->fleeting = 0;
  if (n == 1 && s[0] == '-') { w->cls = W_INV; return 1; }
  if (n == 4 && memcmp(s, "auto", 4) == 0) return 0;
  if (n == 3 && memcmp(s, "adj", 3) == 0) { w->cls = W_ADJ; return 1; }
  if (n == 4 && memcmp(s, "poss", 4) == 0) { w->cls = W_POSS; return 1; }
  if (n == 3 && memcmp(s, "ord", 3) == 0) { w->cls = W_ORD; return 1; }
  if (n == 2 && memcmp(s, "pl", 2) == 0) { w->cls = W_NOUN; w->gender = G_PL; return 1; }
  w->cls = W_NOUN;
  w->gender = s[0] == 'f' ? G_F : s[0] == 'n' ? G_N : G_M;
  if (n > 1 && strstr(s, "+fv") && (size_t)(strstr(s, "+fv") - s) < n) w->fleeting = 1;
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

/* ------------------------------------------------------------ expansion */

int mt_inflect_expand(const miltag_allocator *a, const char *langs, const char *spec,
                      const mt_buf *keys, const unsigned *wflags, size_t n, unsigned opts,
                      mt_form_fn fn, void *ctx, const char **why, unsigned *dropped) {
  int lang;
  if (strcmp(langs, "ru") == 0) lang = RU;
  else if (strcmp(langs, "uk") == 0) lang = UK;
  else lang = -1;
  int is_none = strcmp(spec, "none") == 0 || (!*spec && lang < 0);
  *dropped = 0;
  if (is_none || n > MAXWORDS) return fn(ctx, keys, n);
  if (lang < 0) lang = RU; /* an explicit spec on a row of another language */

  static const word zero;
  word *ws = mt_malloc(a, n * sizeof *ws);
  forms *fs = mt_malloc(a, n * sizeof *fs);
  mt_buf *out = mt_calloc(a, n, sizeof *out);
  int rc = 0;
  if (!ws || !fs || !out) { rc = MILTAG_E_NOMEM; goto done; }

  /* words: decode keys; specs */
  int explicit = *spec && strcmp(spec, "auto") != 0;
  const char *sp = spec;
  for (size_t i = 0; i < n; i++) {
    ws[i] = zero;
    const unsigned char *k = (const unsigned char *)keys[i].data;
    size_t kl = keys[i].len, j = 0;
    while (j < kl && ws[i].n < MAXW) {
      uint32_t c;
      j += mt_utf8_decode(k + j, kl - j, &c);
      ws[i].w[ws[i].n++] = (char32_t)c;
    }
    if (j < kl) { /* too long to inflect: as written */
      ws[i].whole = 1;
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
      int abbrev = (wflags[i] & MT_IW_ALLCAPS) != 0;
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
    if (ws[i].n == 0 || ws[i].whole) ws[i].cls = W_INV;
  }

  int all = !(opts & MT_INFL_SINGULAR);
  for (size_t i = 0; i < n; i++) ws[i].name = !all;
  for (size_t i = 0; i < n; i++) {
    /* not the 8 KB pool: only what says how much of it is in use */
    fs[i].used = 0;
    fs[i].overflow = 0;
    memset(fs[i].nv, 0, sizeof fs[i].nv);
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
        if (ws[j].cls == W_INV && (wflags[j] & MT_IW_ALLCAPS)) { abbrev = 1; break; }
      }
      ordinal(lang, g < 0 ? G_M : g, w->w, w->n, &fs[i], g < 0, abbrev);
      continue;
    }
    /* a lone adjective (двухсотый) takes every gender; in a phrase it
     * agrees with its noun, in the plural too unless the term is a name */
    int gender_all = !all ? 0 : n == 1 ? 1 : 2;
    if (w->cls == W_ADJ) {
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
  }

  /* The base form first, then every slot's combinations.  A term with
   * an ordinal number has no base form of its own: its bare number is one
   * of the generated forms, with the two-digit rule applied. */
  int has_ord = 0;
  for (size_t i = 0; i < n; i++) has_ord |= ws[i].cls == W_ORD;
  if (!has_ord) rc = fn(ctx, keys, n);
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
        const char *str = ws[i].whole ? keys[i].data : fs[i].pool + fs[i].off[s][v];
        size_t l = ws[i].whole ? keys[i].len : strlen(str);
        out[i].len = 0;
        if (mt_buf_append(a, &out[i], str, l)) { rc = MILTAG_E_NOMEM; break; }
      }
      if (rc) break;
      rc = fn(ctx, out, n);
    }
  }
done:
  if (out)
    for (size_t i = 0; i < n; i++) mt_buf_free(a, &out[i]);
  mt_free(a, out);
  mt_free(a, ws);
  mt_free(a, fs);
  return rc;
}
