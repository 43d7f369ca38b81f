/* The number reader (lib/numread.c) and the count rule (lib/count.c) on
 * tokens made by the library's own tokenizer and normalizer: every form in
 * Russian, Ukrainian and English, each with a twin where the number
 * belongs to something else (a distance, a year, a time, a price ...). */
#include "count.h"
#include "numread.h"
#include "testutil.h"

#include <stdint.h>

#define MAXTOK 256

typedef struct toks {
  mt_ctok t[MAXTOK];
  char keys[MAXTOK][96];
  size_t n;
} toks;

static int collect(const miltag_token *tok, void *ctx) {
  toks *c = ctx;
  ck_assert_uint_lt(c->n, MAXTOK);
  mt_ctok *t = &c->t[c->n];
  t->gap_from = c->n ? c->t[c->n - 1].end : 0;
  t->start = tok->start;
  t->end = tok->end;
  t->gap = tok->gap;
  ck_assert_uint_lt(tok->key_len, sizeof c->keys[0]);
  memcpy(c->keys[c->n], tok->key, tok->key_len);
  c->keys[c->n][tok->key_len] = 0;
  t->key = c->keys[c->n];
  t->key_len = tok->key_len;
  c->n++;
  return 0;
}

static miltag_lexicon *lex;
static miltag_scanner *scanner;
static toks tk;

static void setup(void) {
  lex = compile_or_fail(HEADER "x\tcasualty\tcasualty.x\t\ten\tnone\t\t\n");
  ck_assert_int_eq(miltag_scanner_new(lex, &scanner), MILTAG_OK);
}

static void teardown(void) {
  miltag_scanner_free(scanner);
  miltag_lexicon_free(lex);
}

static mt_cwin tokenize(const char *text) {
  tk.n = 0;
  ck_assert_int_eq(miltag_tokens(scanner, text, strlen(text), collect, &tk), MILTAG_OK);
  for (size_t i = 0; i < tk.n; i++) tk.t[i].key = tk.keys[i];
  return (mt_cwin){text, strlen(text), tk.t, tk.n};
}

/* The count of the code (the first occurrence of the string code in
 * text) as "N", "MIN-MAX" or "none", followed by "@" and the number's
 * text when want_span is set. */
static const char *count_of(const char *text, const char *code, int want_span) {
  static char out[256];
  mt_cwin w = tokenize(text);
  const char *at = strstr(text, code);
  ck_assert_msg(at != NULL, "'%s' not in '%s'", code, text);
  size_t cs = (size_t)(at - text), ce = cs + strlen(code);
  size_t first = SIZE_MAX, last = SIZE_MAX;
  for (size_t i = 0; i < w.ntok; i++) {
    if (w.tok[i].start >= cs && w.tok[i].end <= ce) {
      if (first == SIZE_MAX) first = i;
      last = i;
    }
  }
  ck_assert_msg(first != SIZE_MAX, "no token in '%s'", code);
  mt_count c;
  if (!mt_count_find(&w, first, last, ce, &c)) return "none";
  ck_assert(c.min <= c.value && c.value <= c.max && c.value == c.min);
  ck_assert(c.start < c.end && c.end <= strlen(text));
  if (c.min == c.max) snprintf(out, sizeof out, "%ld", c.value);
  else snprintf(out, sizeof out, "%ld-%ld", c.min, c.max);
  if (want_span) {
    size_t n = strlen(out);
    snprintf(out + n, sizeof out - n, "@%.*s", (int)(c.end - c.start), text + c.start);
  }
  return out;
}

typedef struct kase {
  const char *text, *code, *want;
} kase;

static void run_cases(const kase *k, size_t n) {
  for (size_t i = 0; i < n; i++) {
    int span = strchr(k[i].want, '@') != NULL;
    const char *got = count_of(k[i].text, k[i].code, span);
    ck_assert_msg(strcmp(got, k[i].want) == 0, "%s [%s]: got %s, want %s", k[i].text,
                  k[i].code, got, k[i].want);
  }
}

#define RUN(cases) run_cases(cases, sizeof cases / sizeof cases[0])

static int first_count_dummy(const miltag_tag *t, void *ctx) {
  (void)t;
  (void)ctx;
  return 0;
}

/* ---------------------------------------------------------------- words */

START_TEST(numwords) {
  long v;
  int kind;
  ck_assert(mt_numword("пятью", strlen("пятью"), &v, &kind) && v == 5 && kind == MT_NW_UNIT);
  ck_assert(mt_numword("п'ятьох", strlen("п'ятьох"), &v, &kind) && v == 5);
  ck_assert(mt_numword("двухсот", strlen("двухсот"), &v, &kind) && v == 200 &&
            kind == MT_NW_HUNDREDS);
  ck_assert(mt_numword("троих", strlen("троих"), &v, &kind) && v == 3 &&
            kind == MT_NW_COLLECTIVE);
  ck_assert(mt_numword("hundred", 7, &v, &kind) && kind == MT_NW_HUNDRED);
  /* not numbers: the codes, "only", a seventh, both */
  ck_assert(!mt_numword("двухсотых", strlen("двухсотых"), &v, &kind));
  ck_assert(!mt_numword("одни", strlen("одни"), &v, &kind));
  ck_assert(!mt_numword("сьома", strlen("сьома"), &v, &kind));
  ck_assert(!mt_numword("both", 4, &v, &kind));
  ck_assert(!mt_numword("", 0, &v, &kind));
  /* the list is in byte order (binary search), and every key is found */
  size_t n = mt_numword_count();
  ck_assert_uint_gt(n, 300);
  for (size_t i = 0; i < n; i++) {
    const char *k = mt_numword_at(i);
    if (i) ck_assert_msg(strcmp(mt_numword_at(i - 1), k) < 0, "out of order: %s", k);
    ck_assert_msg(mt_numword(k, strlen(k), &v, &kind), "%s", k);
  }
  ck_assert_ptr_null(mt_numword_at(n));
  /* prefixes and extensions of keys are not keys */
  ck_assert(!mt_numword("пят", strlen("пят"), &v, &kind));
  ck_assert(!mt_numword("пятьь", strlen("пятьь"), &v, &kind));
}
END_TEST

/* Every case form of the Russian cardinals, with the code agreeing. */
static const kase ru_cardinals[] = {
  {"один двухсотый", "двухсотый", "1"},
  {"одного трёхсотого вывезли", "трёхсотого", "1"},
  {"к одному трёхсотому", "трёхсотому", "1"},
  {"с одним двухсотым", "двухсотым", "1"},
  {"об одном двухсотом", "двухсотом", "1"},
  {"одна «двухсотая»", "двухсотая", "1"},
  {"два двухсотых", "двухсотых", "2"},
  {"две трёхсотых", "трёхсотых", "2"},
  {"двух двухсотых", "двухсотых", "2"},
  {"двум трёхсотым", "трёхсотым", "2"},
  {"с двумя двухсотыми", "двухсотыми", "2"},
  {"три 200-х", "200-х", "3"},
  {"трёх трёхсотых", "трёхсотых", "3"},
  {"трем трехсотым", "трехсотым", "3"},
  {"тремя двухсотыми", "двухсотыми", "3"},
  {"четыре 300-х", "300-х", "4"},
  {"четырёх двухсотых", "двухсотых", "4"},
  {"четырьмя трёхсотыми", "трёхсотыми", "4"},
  {"пять трёхсотых", "трёхсотых", "5"},
  {"пяти двухсотых", "двухсотых", "5"},
  {"пятью трёхсотыми", "трёхсотыми", "5"},
  {"шести двухсотых", "двухсотых", "6"},
  {"семи пятисотых", "пятисотых", "7"},
  {"восьми трёхсотых", "трёхсотых", "8"},
  {"девятью двухсотыми", "двухсотыми", "9"},
  {"десять двухсотых", "двухсотых", "10"},
  {"одиннадцати трёхсотых", "трёхсотых", "11"},
  {"пятнадцатью двухсотыми", "двухсотыми", "15"},
  {"двадцать один двухсотый", "двухсотый", "21"},
  {"тридцати двух двухсотых", "двухсотых", "32"},
  {"сорок трёхсотых", "трёхсотых", "40"},
  {"сорока двухсотых", "двухсотых", "40"},
  {"пятидесяти трёхсотых", "трёхсотых", "50"},
  {"девяносто девять 300-х", "300-х", "99"},
  {"девяноста двухсотых", "двухсотых", "90"},
  {"сто трёхсотых", "трёхсотых", "100"},
  {"ста двухсотых", "двухсотых", "100"},
  {"сто пятьдесят двухсотых", "двухсотых", "150"},
  {"двести тридцать трёхсотых", "трёхсотых", "230"},
  {"около двухсот трёхсотых", "трёхсотых", "200"},
  {"тысяча двести двухсотых", "двухсотых", "1200"},
  {"двух тысяч трёхсот двухсотых", "двухсотых", "2300"},
};

/* The same numbers where they are not a count of the code. */
static const kase ru_cardinals_not[] = {
  {"одни двухсотые кругом", "двухсотые", "none"},         /* "only" */
  {"в пять утра двухсотые", "двухсотые", "none"},          /* a time */
  {"за сто метров от позиции двухсотые", "двухсотые", "none"}, /* a distance */
  {"двести рублей за двухсотого", "двухсотого", "none"},   /* a price */
  {"сорок лет двухсотых не было", "двухсотых", "none"},    /* years */
  {"двухсотых. Пять", "двухсотых", "none"},                /* a sentence apart */
  {"пять, двухсотых", "двухсотых", "none"},                /* a comma apart */
};

static const kase ru_collective[] = {
  {"двое двухсотых", "двухсотых", "2"},
  {"двоих трёхсотых вывезли", "трёхсотых", "2"},
  {"двоим трехсотым", "трехсотым", "2"},
  {"троих двухсотых", "двухсотых", "3"},
  {"трое трёхсотых", "трёхсотых", "3"},
  {"четверо 200-х", "200-х", "4"},
  {"пятеро двухсотых", "двухсотых", "5"},
  {"пятерых трёхсотых", "трёхсотых", "5"},
  {"шестеро пятисотых", "пятисотых", "6"},
  {"семерых двухсотых", "двухсотых", "7"},
  {"десятеро трёхсотых", "трёхсотых", "10"},
  {"оба трёхсотых", "трёхсотых", "2"},
  {"обоих двухсотых", "двухсотых", "2"},
  {"двое наших двухсотых", "двухсотых", "2"},
  {"трое тяжёлых трёхсотых", "трёхсотых", "3"},
  {"сорок с лишним двухсотых", "двухсотых", "40"},
  {"двое-трое трёхсотых", "трёхсотых", "2-3"},
  {"двое или трое двухсотых", "двухсотых", "2-3"},
};

static const kase ru_collective_not[] = {
  {"двое суток двухсотых не вывозили", "двухсотых", "none"},
  {"двое с двухсотыми", "двухсотыми", "none"},
  {"трое из них двухсотые", "двухсотые", "none"},
  {"пятеро. Двухсотых нет", "Двухсотых", "none"},
};

static const kase ru_digits[] = {
  {"У нас 2 груза 200 за ночь", "груза 200", "2"},
  {"у нас 2 «200» и 5 «300»", "200", "2"},
  {"у нас 2 «200» и 5 «300»", "300", "5"},
  {"+3 двухсотых", "двухсотых", "3"},
  {"2-х двухсотых", "двухсотых", "2@2-х"},
  {"5-ти трёхсотых", "трёхсотых", "5@5-ти"},
  {"1 200 двухсотых", "двухсотых", "1200@1 200"},
  {"1,200 трёхсотых", "трёхсотых", "1200"},
  {"0 двухсотых", "двухсотых", "0"},
  {"5 (пять) двухсотых", "двухсотых", "5@5 (пять)"},
  {"пять (5) трёхсотых", "трёхсотых", "5@пять (5)"},
  {"3–4 двухсотых", "двухсотых", "3-4@3–4"},
  {"3-4 двухсотых", "двухсотых", "3-4"},
  {"3 - 4 двухсотых", "двухсотых", "3-4"},
  {"3 или 4 двухсотых", "двухсотых", "3-4@3 или 4"},
  {"5 человек 300-х", "300-х", "5"},
};

static const kase ru_digits_not[] = {
  {"В 300 км от позиции груз 200", "груз 200", "none"},   /* a distance */
  {"в 200 метрах от позиции двухсотые", "двухсотые", "none"},
  {"В 2023 году «двухсотых» было много", "двухсотых", "none"}, /* a year */
  {"В 2023 «двухсотых» было много", "двухсотых", "none"},
  {"Привезли в 5 утра «200»", "200", "none"},             /* a time */
  {"в 5:30 двухсотые", "двухсотые", "none"},
  {"12.05 двухсотые", "двухсотые", "none"},               /* a date */
  {"за $300 груз 200", "груз 200", "none"},               /* a price */
  {"30% двухсотых", "двухсотых", "none"},                 /* a share */
  {"номер 5 груз 200", "груз 200", "none"},               /* a label */
  {"№5 груз 200", "груз 200", "none"},
  {"С-300 трёхсотые", "трёхсотые", "none"},               /* a designation */
  {"5км двухсотых", "двухсотых", "none"},
  {"1-го двухсотого", "двухсотого", "none"},              /* an ordinal */
  {"300-х двухсотых", "двухсотых", "none"},               /* a code */
  {"«200» «300»", "300", "none"},
  {"5 (шесть) двухсотых", "двухсотых", "none"},           /* restated wrong */
  {"1.5 двухсотых", "двухсотых", "none"},                 /* a fraction */
  {"3-4 км двухсотые", "двухсотые", "none"},
};

/* Lists: the number after a dash, colon or equals sign. */
static const kase ru_lists[] = {
  {"Потери: 200-х — 4, 300-х — 11", "200-х", "4"},
  {"Потери: 200-х — 4, 300-х — 11", "300-х", "11"},
  {"Потери: 200-х — 4 и 300-х — 11", "200-х", "4"},
  {"«300»: 7", "300", "7"},
  {"двухсотых = 3", "двухсотых", "3"},
  {"трёхсотых — четверо", "трёхсотых", "4"},
  {"200-х — 3-5 человек", "200-х", "3-5@3-5"},
  {"двухсотых — около 5", "двухсотых", "5"},
  {"двухсотых — 4 (четыре).", "двухсотых", "4@4 (четыре)"},
  {"200-х—4", "200-х", "4"},
  {"300-х — 5 за сутки", "300-х", "5"},
  /* without a list mark, a number that ends the phrase */
  {"Двухсотых пятеро, трёхсотых двенадцать.", "Двухсотых", "5"},
  {"Двухсотых пятеро, трёхсотых двенадцать.", "трёхсотых", "12"},
  {"двухсотых 5", "двухсотых", "5"},
  {"«300» 7 человек", "300", "7"},
  {"«Двухсотых» у нас пятеро, «трехсотых» — восемь.", "Двухсотых", "5"},
  {"В 2022 году двухсотых было 12.", "двухсотых", "12"},
  {"двухсотых у нас уже трое", "двухсотых", "3"},
  {"Двое — «двухсотые», трое — «трёхсотые».", "двухсотые", "2"},
  {"Двое — «двухсотые», трое — «трёхсотые».", "трёхсотые", "3"},
  {"Потери: 5 — 200-х", "200-х", "5"},
  {"погибших (груз 200) — 5", "груз 200", "5"},
  {"(«груз 200») — 5", "груз 200", "5"},
};

static const kase ru_lists_not[] = {
  {"Груз 200 — 300 км до Ростова", "Груз 200", "none"},  /* a distance */
  {"двухсотые — 2023 год", "двухсотые", "none"},         /* a year */
  {"двухсотые — 2023.", "двухсотые", "none"},
  {"«200»: в 5 утра", "200", "none"},                    /* a time */
  {"двухсотые — 5 утра", "двухсотые", "none"},
  {"двухсотых: $300", "двухсотых", "none"},              /* a price */
  {"200-х — 30%", "200-х", "none"},
  {"трёхсотых — 4 двухсотых", "трёхсотых", "none"},      /* the next code's */
  {"Груз 200, 5 лет", "Груз 200", "none"},               /* no list mark */
  {"груз 200 5 лет назад", "груз 200", "none"},          /* no mark: a word follows */
  {"груз 200 2007 года", "груз 200", "none"},
  {"Cargo 200 1/2", "Cargo 200", "none"},
  {"двухсотых 5:30", "двухсотых", "none"},
  {"двухсотых 2023.", "двухсотых", "none"},
  {"двухсотых было 5 лет назад", "двухсотых", "none"},
  {"двухсотых у нас в 5 утра", "двухсотых", "none"},
  {"в 5 — двухсотые", "двухсотые", "none"},               /* not a list item */
  {"Ракета С-300 — трое трёхсотых", "трёхсотых", "3"},
  {"двухсотых — 5 кругом", "двухсотых", "none"},         /* prose after it */
};

/* ------------------------------------------------------------- Ukrainian */

static const kase uk_cases[] = {
  {"один двохсотий", "двохсотий", "1"},
  {"одного трьохсотого", "трьохсотого", "1"},
  {"одному двохсотому", "двохсотому", "1"},
  {"одним трьохсотим", "трьохсотим", "1"},
  {"два двохсотих", "двохсотих", "2"},
  {"дві трьохсотих", "трьохсотих", "2"},
  {"двох двохсотих", "двохсотих", "2"},
  {"двом трьохсотим", "трьохсотим", "2"},
  {"двома двохсотими", "двохсотими", "2"},
  {"трьох двохсотих", "двохсотих", "3"},
  {"трьома трьохсотими", "трьохсотими", "3"},
  {"чотири 300-ті", "300-ті", "4"},
  {"чотирьох двохсотих", "двохсотих", "4"},
  {"чотирма трьохсотими", "трьохсотими", "4"},
  {"п'ять двохсотих", "двохсотих", "5"},
  {"п’ятьох трьохсотих", "трьохсотих", "5"},
  {"п'яти двохсотих", "двохсотих", "5"},
  {"п'ятьма трьохсотими", "трьохсотими", "5"},
  {"шістьох двохсотих", "двохсотих", "6"},
  {"сімох трьохсотих", "трьохсотих", "7"},
  {"вісьмох двохсотих", "двохсотих", "8"},
  {"дев'ятьох двохсотих", "двохсотих", "9"},
  {"десятьох трьохсотих", "трьохсотих", "10"},
  {"дванадцятьох двохсотих", "двохсотих", "12"},
  {"двадцять п'ять двохсотих", "двохсотих", "25"},
  {"сорока трьохсотих", "трьохсотих", "40"},
  {"п'ятдесятьох двохсотих", "двохсотих", "50"},
  {"сто п'ятдесят трьохсотих", "трьохсотих", "150"},
  {"двісті двохсотих", "двохсотих", "200"},
  {"двохсот трьохсотих", "трьохсотих", "200"},
  {"тисяча двохсотих", "двохсотих", "1000"},
  /* collective */
  {"двоє двохсотих", "двохсотих", "2"},
  {"троє трьохсотих", "трьохсотих", "3"},
  {"четверо двохсотих", "двохсотих", "4"},
  {"п'ятеро трьохсотих", "трьохсотих", "5"},
  {"п’ятеро двохсотих", "двохсотих", "5"},
  {"шестеро двохсотих", "двохсотих", "6"},
  {"дев'ятеро двохсотих", "двохсотих", "9"},
  {"обоє трьохсотих", "трьохсотих", "2"},
  {"обидва двохсотих", "двохсотих", "2"},
  {"двоє наших двохсотих", "двохсотих", "2"},
  {"сорок з гаком трьохсотих", "трьохсотих", "40"},
  {"троє важких трьохсотих", "трьохсотих", "3"},
  {"п'ять-шість двохсотих", "двохсотих", "5-6"},
  {"двоє-троє трьохсотих", "трьохсотих", "2-3"},
  {"3 або 4 двохсотих", "двохсотих", "3-4"},
  {"2 вантажі 200", "вантажі 200", "2"},
  {"двохсотих — 4, трьохсотих — 7", "трьохсотих", "7"},
  {"двохсотих: 3 особи", "двохсотих", "3"},
  {"5 (п'ять) двохсотих", "двохсотих", "5@5 (п'ять)"},
};

static const kase uk_not[] = {
  {"за п'ять кілометрів двохсоті", "двохсоті", "none"},   /* a distance */
  {"о п'ятій ранку двохсоті", "двохсоті", "none"},        /* a time */
  {"У 2023 двохсотих було багато", "двохсотих", "none"},  /* a year */
  {"двохсоті — 2022 рік", "двохсоті", "none"},
  {"двохсоті — 5 кілометрів", "двохсоті", "none"},
  {"двохсоті — 300 гривень", "двохсоті", "none"},         /* a price */
  {"одні двохсоті", "двохсоті", "none"},                  /* "only" */
  {"двоє діб двохсотих не вивозили", "двохсотих", "none"},
};

/* --------------------------------------------------------------- English */

static const kase en_cases[] = {
  {"We had three 200s and five 300s", "200s", "3"},
  {"We had three 200s and five 300s", "300s", "5"},
  {"(R): Yesterday, one “300” *wounded* was taken away.", "300", "1"},
  {"twenty-one 200s", "200s", "21@twenty-one"},
  {"twelve 300s", "300s", "12"},
  {"two hundred 300s", "300s", "200"},
  {"one hundred 200s", "200s", "100"},
  {"a hundred and five 200s", "200s", "105@a hundred and five"},
  {"two thousand three hundred 200s", "200s", "2300"},
  {"a dozen 300s", "300s", "12"},
  {"two more 200s", "200s", "2"},
  {"three or four 300s", "300s", "3-4"},
  {"3 to 5 200s", "200s", "3-5"},
  {"2 cargo 200", "cargo 200", "2"},
  {"4 KIA, 11 WIA", "KIA", "4"},
  {"4 KIA, 11 WIA", "WIA", "11"},
  {"KIA: 4, WIA: 11", "KIA", "4"},
  {"KIA: 4, WIA: 11", "WIA", "11"},
  {"KIA: 4 WIA: 11", "KIA", "4"},
  {"KIA: 4 WIA: 11", "WIA", "11"},
  {"KIA = 4", "KIA", "4"},
  {"KIA: at least 4", "KIA", "4"},
  {"WIA - 12 soldiers", "WIA", "12"},
  {"5 (five) KIA", "KIA", "5"},
};

static const kase en_not[] = {
  {"a “300” was taken away", "300", "none"},              /* the article */
  {"Cargo 200 cost $300", "Cargo 200", "none"},           /* a price */
  {"Cargo 200: $300", "Cargo 200", "none"},
  {"The 200s: 300 km from the front", "200s", "none"},    /* a distance */
  {"In 2022 “200s” were many", "200s", "none"},           /* a year */
  {"200s - 2023 report", "200s", "none"},
  {"at 5 am “300s” arrived", "300s", "none"},             /* a time */
  {"the 155th 300s", "300s", "none"},                     /* an ordinal */
  {"KIA-4", "KIA", "none"},                               /* a designation */
  {"both 200s and 300s", "200s", "none"},
  {"20 vehicles with “Cargo 200” inscription", "Cargo 200", "none"},
  {"after 2 1/2 years 200s", "200s", "none"},
};

START_TEST(russian) {
  RUN(ru_cardinals);
  RUN(ru_cardinals_not);
}
END_TEST

START_TEST(russian_collective) {
  RUN(ru_collective);
  RUN(ru_collective_not);
}
END_TEST

START_TEST(russian_digits) {
  RUN(ru_digits);
  RUN(ru_digits_not);
}
END_TEST

START_TEST(russian_lists) {
  RUN(ru_lists);
  RUN(ru_lists_not);
}
END_TEST

START_TEST(ukrainian) {
  RUN(uk_cases);
  RUN(uk_not);
}
END_TEST

START_TEST(english) {
  RUN(en_cases);
  RUN(en_not);
}
END_TEST

/* Edges of the token array: a code first or last, a number at the very
 * end of the text, tokens given without the rest of the sentence. */
START_TEST(edges) {
  ck_assert_str_eq(count_of("двухсотых", "двухсотых", 0), "none");
  ck_assert_str_eq(count_of("двухсотых —", "двухсотых", 0), "none");
  ck_assert_str_eq(count_of("двухсотых — 4", "двухсотых", 0), "4");
  ck_assert_str_eq(count_of("двухсотых — 4 (четыре", "двухсотых", 0), "4");
  ck_assert_str_eq(count_of("пять (5", "5", 0), "none");
  mt_cwin w = tokenize("пять двухсотых");
  mt_count c;
  ck_assert(!mt_count_find(&w, 1, 0, 0, &c));
  ck_assert(!mt_count_find(&w, 0, 2, 0, &c));
  ck_assert(!mt_count_find(NULL, 0, 0, 0, &c));
  /* only the code's own tokens given: nothing around to read */
  mt_cwin one = {w.text, w.text_len, w.tok + 1, 1};
  ck_assert(!mt_count_find(&one, 0, 0, w.text_len, &c));
  /* a very long run of number words stays bounded */
  ck_assert_str_eq(count_of("один один один один один один один один один один один один один "
                            "один один двухсотых",
                            "двухсотых", 0),
                   "1");
  /* the largest number read */
  ck_assert_str_eq(count_of("999999999 двухсотых", "двухсотых", 0), "999999999");
  ck_assert_str_eq(count_of("9999999999 двухсотых", "двухсотых", 0), "none");
}
END_TEST

/* miltag_tokens read ASCII keys eight bytes at a time up to the end of
 * the text of the previous scan (found by this suite under ASan): a text
 * in a buffer of its exact size, after a longer one and on a fresh
 * scanner. */
START_TEST(tokens_stay_in_the_text) {
  static const char longer[] = "a much longer text than the next one, with several ASCII words";
  ck_assert_int_eq(miltag_scan(scanner, longer, strlen(longer), 0, first_count_dummy, NULL),
                   MILTAG_OK);
  for (int round = 0; round < 2; round++) {
    char *t = malloc(9);
    ck_assert_ptr_nonnull(t);
    memcpy(t, "ab cdefgh", 9);
    toks c = {.n = 0};
    ck_assert_int_eq(miltag_tokens(scanner, t, 9, collect, &c), MILTAG_OK);
    ck_assert_uint_eq(c.n, 2);
    ck_assert_str_eq(c.keys[1], "cdefgh");
    free(t);
    miltag_scanner_free(scanner);
    ck_assert_int_eq(miltag_scanner_new(lex, &scanner), MILTAG_OK);
  }
}
END_TEST

START_TEST(gap_classes) {
  const char *g = " «—:=(),;.№+/x";
  unsigned m = mt_gap_classes(g, 0, strlen(g));
  ck_assert_uint_eq(m, MT_GC_SPACE | MT_GC_QUOTE | MT_GC_DASH | MT_GC_COLON | MT_GC_EQUALS |
                           MT_GC_OPEN | MT_GC_CLOSE | MT_GC_COMMA | MT_GC_SEMI | MT_GC_STOP |
                           MT_GC_SIGN | MT_GC_PLUS | MT_GC_SLASH | MT_GC_OTHER);
  ck_assert_uint_eq(mt_gap_classes("\xC2\xA0", 0, 2), MT_GC_SPACE);
  ck_assert_uint_eq(mt_gap_classes("\xFF", 0, 1), MT_GC_OTHER); /* invalid UTF-8 */
  ck_assert_uint_eq(mt_gap_classes("", 0, 0), 0);
}
END_TEST

/* ------------------------------------------------------------ end to end */

/* The tags of text with the built-in lexicon, as
 * "text:id:count|..." with count "-" for none, "N" or "MIN-MAX", and the
 * number's text after "@". */
static int render_count(const miltag_tag *t, const char *text, char *one, size_t cap) {
  int n = snprintf(one, cap, "%.*s:%s:", (int)(t->end - t->start), text + t->start, t->id);
  if (t->count == MILTAG_NO_COUNT) {
    ck_assert(t->count_min == MILTAG_NO_COUNT && t->count_max == MILTAG_NO_COUNT);
    ck_assert(t->count_start == 0 && t->count_end == 0);
    snprintf(one + n, cap - (size_t)n, "-");
  } else {
    ck_assert_int_eq(t->category, MILTAG_CASUALTY);
    ck_assert(t->count == t->count_min && t->count_min <= t->count_max);
    ck_assert(t->count_start < t->count_end && t->count_end <= strlen(text));
    /* the number is outside the code */
    ck_assert(t->count_end <= t->start || t->count_start >= t->end);
    if (t->count_min == t->count_max)
      snprintf(one + n, cap - (size_t)n, "%ld@%.*s", t->count, (int)(t->count_end - t->count_start),
               text + t->count_start);
    else
      snprintf(one + n, cap - (size_t)n, "%ld-%ld@%.*s", t->count_min, t->count_max,
               (int)(t->count_end - t->count_start), text + t->count_start);
  }
  return 1;
}

static const char *scan_counts(miltag_lexicon *l, const char *text) {
  return render_tags(l, text, 0, render_count);
}

START_TEST(scanner_sets_counts) {
  miltag_lexicon *d;
  ck_assert_int_eq(miltag_lexicon_default(NULL, &d), MILTAG_OK);
  ck_assert_str_eq(scan_counts(d, "We had three 200s and five 300s."),
                   "200s:casualty.200:3@three|300s:casualty.300:5@five");
  ck_assert_str_eq(scan_counts(d, "У нас двое двухсотых и трое трёхсотых под Бахмутом."),
                   "двухсотых:casualty.200:2@двое|трёхсотых:casualty.300:3@трое|"
                   "Бахмутом:place.bakhmut:-");
  ck_assert_str_eq(scan_counts(d, "Потери: 200-х — 4, 300-х — 11."),
                   "200-х:casualty.200:4@4|300-х:casualty.300:11@11");
  ck_assert_str_eq(scan_counts(d, "Вчера 2 груза 200 и 3–4 трёхсотых."),
                   "груза 200:casualty.200:2@2|трёхсотых:casualty.300:3-4@3–4");
  ck_assert_str_eq(scan_counts(d, "The unit reported 4 KIA, 11 WIA and 2 MIA."),
                   "KIA:casualty.kia:4@4|WIA:casualty.wia:11@11|MIA:casualty.mia:2@2");
  ck_assert_str_eq(scan_counts(d, "KIA: 4, WIA: 11 after the shelling"),
                   "KIA:casualty.kia:4@4|WIA:casualty.wia:11@11");
  ck_assert_str_eq(scan_counts(d, "п'ятеро двохсотих і 5 (п'ять) трьохсотих"),
                   "двохсотих:casualty.200:5@п'ятеро|трьохсотих:casualty.300:5@5 (п'ять)");
  ck_assert_str_eq(scan_counts(d, "(R): Yesterday, one “300” *wounded* was taken away."),
                   "300:casualty.300:1@one");
  /* the twins: the number belongs to something else */
  ck_assert_str_eq(scan_counts(d, "Груз 200 — 300 км до границы."), "Груз 200:casualty.200:-");
  ck_assert_str_eq(scan_counts(d, "В 2023 году «двухсотых» было 5."), "двухсотых:casualty.200:5@5");
  ck_assert_str_eq(scan_counts(d, "В 2023 году «двухсотых» было много."), "двухсотых:casualty.200:-");
  ck_assert_str_eq(scan_counts(d, "Cargo 200 cost $300."), "Cargo 200:casualty.200:-");
  ck_assert_str_eq(scan_counts(d, "«Двухсотых» привезли в 5 утра."), "Двухсотых:casualty.200:-");
  /* no number stated: a singular code has no count */
  ck_assert_str_eq(scan_counts(d, "появился «двухсотый»"), "двухсотый:casualty.200:-");
  /* other categories never carry one */
  ck_assert_str_eq(scan_counts(d, "5 Бахмут"), "Бахмут:place.bakhmut:-");
  /* a count per code in a long run of text, the same as alone */
  char big[20000];
  big[0] = 0;
  for (int i = 0; i < 300; i++) strcat(big, "Было тихо. ");
  strcat(big, "Вчера трое двухсотых.");
  ck_assert_str_eq(scan_counts(d, big), "двухсотых:casualty.200:3@трое");
  miltag_lexicon_free(d);
}
END_TEST

/* A callback sees the same count as the results object. */
static int first_count(const miltag_tag *t, void *ctx) {
  *(long *)ctx = t->count;
  return 1;
}

START_TEST(callback_sees_count) {
  miltag_lexicon *d;
  miltag_scanner *s;
  ck_assert_int_eq(miltag_lexicon_default(NULL, &d), MILTAG_OK);
  ck_assert_int_eq(miltag_scanner_new(d, &s), MILTAG_OK);
  long c = 0;
  const char *text = "пятеро трёхсотых";
  ck_assert_int_eq(miltag_scan(s, text, strlen(text), 0, first_count, &c), MILTAG_STOPPED);
  ck_assert_int_eq(c, 5);
  miltag_scanner_free(s);
  miltag_lexicon_free(d);
}
END_TEST

int main(void) {
  Suite *s = suite_create("count");
  TCase *tc = tcase_create("count");
  tcase_add_checked_fixture(tc, setup, teardown);
  tcase_add_test(tc, numwords);
  tcase_add_test(tc, russian);
  tcase_add_test(tc, russian_collective);
  tcase_add_test(tc, russian_digits);
  tcase_add_test(tc, russian_lists);
  tcase_add_test(tc, ukrainian);
  tcase_add_test(tc, english);
  tcase_add_test(tc, edges);
  tcase_add_test(tc, gap_classes);
  tcase_add_test(tc, tokens_stay_in_the_text);
  suite_add_tcase(s, tc);
  TCase *e2e = tcase_create("scanner");
  tcase_add_test(e2e, scanner_sets_counts);
  tcase_add_test(e2e, callback_sees_count);
  suite_add_tcase(s, e2e);
  return run_suite(s) ? EXIT_FAILURE : EXIT_SUCCESS;
}
