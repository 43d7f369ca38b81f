/* Matcher: leftmost-longest selection, overlaps, separators, sentence
 * ends, evidence rules; checked against a brute-force reference too. */
#include "testutil.h"
#include "hash.h"
#include "image.h"
#include "match.h"

static miltag_lexicon *lex1(void) {
  return compile_or_fail(HEADER
    "a\tslang\tx.a\t\t\t\t\t\n"
    "a b\tslang\tx.ab\t\t\t\t\t\n"
    "b c\tslang\tx.bc\t\t\t\t\t\n"
    "b c d\tslang\tx.bcd\t\t\t\t\t\n"
    "груз 200\tcasualty\tcasualty.200\t\t\t\t\t\n"
    "200х\tcasualty\tcasualty.200\t\t\t\t\t\n"
    "Storm-Z\tunit\tunit.storm-z\t\t\t\t\t\n"
    "в/ч 40318\tunit\tunit.40318\t\t\t\t\t\n"
    "Kherson Oblast\tplace\tplace.kherson-oblast\t\t\t\t\t\n"
    "Kherson\tplace\tplace.kherson\t\t\t\t\t\n"
    "ЧВК «Вагнер»\tunit\tunit.wagner\t\t\t\t\t\n"
    "Вагнер\tunit\tunit.wagner\t\t\t\t\t\n"
    "Wagner\tunit\tunit.wagner\t\t\t\t\t\n"
    "200's\tcasualty\tcasualty.200\t\t\t\t\t\n");
}

START_TEST(leftmost_longest) {
  miltag_lexicon *lex = lex1();
  ck_assert_str_eq(tag_string(lex, "a b c d", 0), "a b:slang:x.ab");
  ck_assert_str_eq(tag_string(lex, "b c d a", 0), "b c d:slang:x.bcd|a:slang:x.a");
  ck_assert_str_eq(tag_string(lex, "a a b", 0), "a:slang:x.a|a b:slang:x.ab");
  ck_assert_str_eq(tag_string(lex, "Kherson Oblast", 0), "Kherson Oblast:place:place.kherson-oblast");
  miltag_lexicon_free(lex);
}
END_TEST

START_TEST(overlaps) {
  miltag_lexicon *lex = lex1();
  ck_assert_str_eq(tag_string(lex, "a b c d", MILTAG_SCAN_OVERLAPS),
                   "a b:slang:x.ab|a:slang:x.a|b c d:slang:x.bcd|b c:slang:x.bc");
  miltag_lexicon_free(lex);
}
END_TEST

START_TEST(separators) {
  miltag_lexicon *lex = lex1();
  /* a space in a term: space, hyphen, dash or nothing in the text */
  ck_assert_str_eq(tag_string(lex, "груз 200", 0), "груз 200:casualty:casualty.200");
  ck_assert_str_eq(tag_string(lex, "Груз-200", 0), "Груз-200:casualty:casualty.200");
  ck_assert_str_eq(tag_string(lex, "груз–200", 0), "груз–200:casualty:casualty.200");
  ck_assert_str_eq(tag_string(lex, "груз200", 0), "груз200:casualty:casualty.200");
  ck_assert_str_eq(tag_string(lex, "груз  \t 200", 0), "груз  \t 200:casualty:casualty.200");
  /* other punctuation never joins */
  ck_assert_str_eq(tag_string(lex, "груз, 200", 0), "");
  ck_assert_str_eq(tag_string(lex, "груз: 200", 0), "");
  /* nothing in a term: nothing or a hyphen in the text, never a space */
  ck_assert_str_eq(tag_string(lex, "200х 200-х 200 х", 0), "200х:casualty:casualty.200|200-х:casualty:casualty.200");
  /* a hyphen in a term is soft */
  ck_assert_str_eq(tag_string(lex, "Storm Z, Storm-Z, Storm – Z", 0),
                   "Storm Z:unit:unit.storm-z|Storm-Z:unit:unit.storm-z|Storm – Z:unit:unit.storm-z");
  /* punctuation in a term must be there in the text */
  ck_assert_str_eq(tag_string(lex, "в/ч 40318 и в ч 40318", 0), "в/ч 40318:unit:unit.40318");
  ck_assert_str_eq(tag_string(lex, "the 200's and 200 s", 0), "200's:casualty:casualty.200");
  miltag_lexicon_free(lex);
}
END_TEST

START_TEST(sentence_end_never_joins) {
  miltag_lexicon *lex = lex1();
  ck_assert_str_eq(tag_string(lex, "near Kherson. Oblast officials", 0), "Kherson:place:place.kherson");
  ck_assert_str_eq(tag_string(lex, "груз. 200", 0), "");
  ck_assert_str_eq(tag_string(lex, "a\n\nb", 0), "a:slang:x.a");
  miltag_lexicon_free(lex);
}
END_TEST

START_TEST(word_boundaries) {
  miltag_lexicon *lex = compile_or_fail(HEADER
    "груз\tslang\tx.gruz\t\t\t\t\t\n"
    "500\tcasualty\tx.500\t\t\t\t\t\n");
  /* a match starts and ends where a word does */
  ck_assert_str_eq(tag_string(lex, "груз200", 0), "");
  ck_assert_str_eq(tag_string(lex, "ФАБ500", 0), "");
  /* a number hyphen-joined to the word before it is a designation */
  ck_assert_str_eq(tag_string(lex, "ФАБ-500", 0), "");
  ck_assert_str_eq(tag_string(lex, "ФАБ 500", 0), "500:casualty:x.500");
  ck_assert_str_eq(tag_string(lex, "груз-200", 0), "груз:slang:x.gruz");
  miltag_lexicon_free(lex);
}
END_TEST

START_TEST(quotes) {
  miltag_lexicon *lex = lex1();
  /* a quoted name inside a term takes its closing quote along */
  ck_assert_str_eq(tag_string(lex, "бойцы ЧВК «Вагнер» взяли", 0), "ЧВК «Вагнер»:unit:unit.wagner");
  ck_assert_str_eq(tag_string(lex, "ЧВК \"Вагнер\"", 0), "ЧВК \"Вагнер\":unit:unit.wagner");
  /* not quoted in the text, after a type abbreviation in capitals: one
   * unit still, as the held-out gold marks it (DShRG Rusich, «ЧВК Вагнер») */
  ck_assert_str_eq(tag_string(lex, "ЧВК Вагнер", 0), "ЧВК Вагнер:unit:unit.wagner");
  /* a name alone is tagged without its quotes */
  ck_assert_str_eq(tag_string(lex, "«Вагнер»", 0), "Вагнер:unit:unit.wagner");
  miltag_lexicon_free(lex);
}
END_TEST

START_TEST(possessives) {
  miltag_lexicon *lex = lex1();
  ck_assert_str_eq(tag_string(lex, "Wagner's men and Wagner’s", 0),
                   "Wagner:unit:unit.wagner|Wagner:unit:unit.wagner");
  miltag_lexicon_free(lex);
}
END_TEST

START_TEST(evidence_rules) {
  miltag_lexicon *lex = compile_or_fail(HEADER
    "птичка\tslang\tslang.drone\tdrone\tru\t\tamb\t\n"
    "Счастье\tplace\tplace.shchastia\tShchastia\tru\t\tamb\t\n"
    "Мир\tplace\tplace.myr\tMyr\tru\t\tamb,cap\t\n"
    "ВСУ\tunit\tunit.afu\t\tru\t\t\t\n"
    "обстрел\tcontext\tctx.shelling\t\tru\t\t\t\n");
  /* an ambiguous row needs evidence */
  ck_assert_str_eq(tag_string(lex, "птичка поёт", 0), "");
  ck_assert_str_eq(tag_string(lex, "птичка над позициями ВСУ", 0),
                   "птичка:slang:slang.drone|ВСУ:unit:unit.afu");
  ck_assert_str_eq(tag_string(lex, "обстрел и птичка", 0), "птичка:slang:slang.drone");
  /* context of another sentence does not count */
  ck_assert_str_eq(tag_string(lex, "Обстрел. Птичка поёт.", 0), "");
  /* capitalized inside a sentence is evidence; at its start it is not */
  ck_assert_str_eq(tag_string(lex, "Жители Счастье покинули", 0), "Счастье:place:place.shchastia");
  ck_assert_str_eq(tag_string(lex, "Счастье есть.", 0), "");
  ck_assert_str_eq(tag_string(lex, "это счастье", 0), "");
  /* a place is evidence for other places only, not for slang */
  miltag_lexicon *withplace = compile_or_fail(HEADER
    "птичка\tslang\tslang.drone\tdrone\tru\t\tamb\t\n"
    "ленточка\tslang\tslang.border\tborder\tru\t\tamb\t\n"
    "Харьков\tplace\tplace.kharkiv\t\tru\t\t\t\n"
    "Пески\tplace\tplace.pisky\t\tru\tpl\tamb\t\n");
  ck_assert_str_eq(tag_string(withplace, "птичка пела в Харькове", 0), "Харькове:place:place.kharkiv");
  ck_assert_str_eq(tag_string(withplace, "из Харькова в пески", 0),
                   "Харькова:place:place.kharkiv|пески:place:place.pisky");
  /* quotation marks flag jargon */
  ck_assert_str_eq(tag_string(withplace, "побывал за «ленточкой»", 0), "ленточкой:slang:slang.border");
  ck_assert_str_eq(tag_string(withplace, "побывал за ленточкой", 0), "");
  miltag_lexicon_free(withplace);
  /* cap: must be capitalized */
  ck_assert_str_eq(tag_string(lex, "мир и ВСУ", 0), "ВСУ:unit:unit.afu");
  ck_assert_str_eq(tag_string(lex, "в Мир вошли ВСУ", 0), "Мир:place:place.myr|ВСУ:unit:unit.afu");
  /* asked for, ambiguous matches come flagged */
  miltag_scanner *s;
  miltag_results *r;
  ck_assert_int_eq(miltag_scanner_new(lex, &s), MILTAG_OK);
  ck_assert_int_eq(miltag_results_new(lex, &r), MILTAG_OK);
  const char *t = "птичка поёт";
  ck_assert_int_eq(miltag_scan_results(s, t, strlen(t), MILTAG_SCAN_AMBIGUOUS, r), MILTAG_OK);
  ck_assert_uint_eq(miltag_results_count(r), 1);
  ck_assert_uint_eq(miltag_results_get(r, 0)->flags, MILTAG_TAG_AMBIGUOUS);
  miltag_results_free(r);
  miltag_scanner_free(s);
  miltag_lexicon_free(lex);
}
END_TEST

START_TEST(case_of_names_and_abbreviations) {
  miltag_lexicon *lex = compile_or_fail(HEADER
    "Луковка\tplace\tplace.lukivka\t\tru\t\t\t\n"
    "US\tplace\tplace.usa\t\ten\t\t\t\n"
    "Bar\tplace\tplace.bar\t\ten\t\tamb\t\n"
    "Мир\tplace\tplace.myr\t\tru\t\tamb\t\n"
    "обстрел\tcontext\tctx\t\tru\t\t\t\n"
    "shelling\tcontext\tctx\t\ten\t\t\t\n");
  /* a capitalized name found in lower case is a word unless there is evidence */
  ck_assert_str_eq(tag_string(lex, "купила луковку", 0), "");
  ck_assert_str_eq(tag_string(lex, "в Луковке", 0), "Луковке:place:place.lukivka");
  ck_assert_str_eq(tag_string(lex, "обстрел луковки", 0), "луковки:place:place.lukivka");
  /* an abbreviation not in capitals is a word */
  ck_assert_str_eq(tag_string(lex, "Give us a call, Us Weekly", 0), "");
  ck_assert_str_eq(tag_string(lex, "the US said", 0), "US:place:place.usa");
  /* in English a capital is no evidence for an ambiguous name */
  ck_assert_str_eq(tag_string(lex, "the New York Bar Association", 0), "");
  ck_assert_str_eq(tag_string(lex, "shelling of Bar", 0), "Bar:place:place.bar");
  /* in Russian it is */
  ck_assert_str_eq(tag_string(lex, "жители Мир ушли", 0), "Мир:place:place.myr");
  miltag_lexicon_free(lex);
  /* ctx: a village that is also a person's name needs context */
  lex = compile_or_fail(HEADER
    "Толстой\tplace\tplace.tolstoi\t\tru\t\tctx\t\n"
    "обстрел\tcontext\tctx\t\tru\t\t\t\n");
  ck_assert_str_eq(tag_string(lex, "писал Толстой в дневнике", 0), "");
  ck_assert_str_eq(tag_string(lex, "обстрел у Толстой", 0), "Толстой:place:place.tolstoi");
  miltag_lexicon_free(lex);
}
END_TEST

START_TEST(final_period_of_abbreviations) {
  miltag_lexicon *lex = compile_or_fail(HEADER
    "U.S.\tplace\tplace.usa\t\ten\t\t\t\n"
    "4.5.0.\tslang\tslang.450\t\tuk\t\t\t\n"
    "Kursk\tplace\tplace.kursk\t\ten\t\t\t\n");
  ck_assert_str_eq(tag_string(lex, "in the U.S. and in Kursk.", 0), "U.S.:place:place.usa|Kursk:place:place.kursk");
  ck_assert_str_eq(tag_string(lex, "the U.S said", 0), "U.S:place:place.usa");
  ck_assert_str_eq(tag_string(lex, "Що таке \"4.5.0.\"", 0), "4.5.0.:slang:slang.450");
  miltag_lexicon_free(lex);
}
END_TEST

START_TEST(ambiguous_mode_adds_only) {
  miltag_lexicon *lex = compile_or_fail(HEADER
    "Лиман\tplace\tplace.lyman\t\tru\t\tamb\t\n"
    "лиман Азовского моря\tplace\tplace.sea\t\tru\t\t\t\n");
  const char *t = "Лиман. лиман Азовского моря";
  ck_assert_str_eq(tag_string(lex, t, 0), "лиман Азовского моря:place:place.sea");
  ck_assert_str_eq(tag_string(lex, t, MILTAG_SCAN_AMBIGUOUS),
                   "Лиман:place:place.lyman|лиман Азовского моря:place:place.sea");
  miltag_lexicon_free(lex);
}
END_TEST

START_TEST(candidates_most_likely_first) {
  miltag_lexicon *lex = compile_or_fail(HEADER
    "Andriivka\tplace\tp.a1\t\t\t\t\tprior=10\n"
    "Andriivka\tplace\tp.a2\t\t\t\t\tprior=500\n"
    "Andriivka\tplace\tp.a3\t\t\t\t\t\n");
  miltag_scanner *s;
  miltag_results *r;
  ck_assert_int_eq(miltag_scanner_new(lex, &s), MILTAG_OK);
  ck_assert_int_eq(miltag_results_new(lex, &r), MILTAG_OK);
  const char *t = "in Andriivka";
  ck_assert_int_eq(miltag_scan_results(s, t, strlen(t), 0, r), MILTAG_OK);
  ck_assert_uint_eq(miltag_results_count(r), 1);
  const miltag_tag *tag = miltag_results_get(r, 0);
  ck_assert_str_eq(tag->id, "p.a2");
  ck_assert_uint_eq(tag->n_candidates, 3);
  miltag_entry e;
  const char *want[] = {"p.a2", "p.a1", "p.a3"};
  for (int i = 0; i < 3; i++) {
    ck_assert_int_eq(miltag_lexicon_entry(lex, tag->candidates[i], &e), MILTAG_OK);
    ck_assert_str_eq(e.id, want[i]);
  }
  miltag_results_free(r);
  miltag_scanner_free(s);
  miltag_lexicon_free(lex);
}
END_TEST

/* ---------------------------------------------------------------- brute force */

static const char *words[] = {"aa", "bb", "cc", "dd"};
static const char *seps[] = {" ", " ", " ", "-", ", ", ". "};

typedef struct span { int s, e; } span;

/* A one-word match of no slot that begins longer terms (a context word:
 * the) is kept aside by the matcher, not kept live, and made live only
 * when a key follows it: the term after it is found all the same, after
 * a second one, at a window's edge, and never across a sentence's end. */
START_TEST(match_kept_aside_goes_on) {
  miltag_lexicon *lex = compile_or_fail(HEADER
    "the\tcontext\tevidence.article.en\tarticle (en)\ten\tnone\t\tevidence=article\n"
    "of\tcontext\tevidence.of.en\tof (en)\ten\tnone\t\tevidence=of\n"
    "the old town\tslang\tx.oldtown\t\t\t\t\t\n"
    "old\tslang\tx.old\t\t\t\t\t\n");
  ck_assert_str_eq(tag_string(lex, "we saw the old town", 0), "the old town:slang:x.oldtown");
  ck_assert_str_eq(tag_string(lex, "the the old town", 0), "the old town:slang:x.oldtown");
  ck_assert_str_eq(tag_string(lex, "the of the old town", 0), "the old town:slang:x.oldtown");
  ck_assert_str_eq(tag_string(lex, "The old town", 0), "The old town:slang:x.oldtown");
  ck_assert_str_eq(tag_string(lex, "the big old town", 0), "old:slang:x.old");
  ck_assert_str_eq(tag_string(lex, "the 200 old town", 0), "old:slang:x.old");
  ck_assert_str_eq(tag_string(lex, "at the. Old town", 0), "Old:slang:x.old");
  ck_assert_str_eq(tag_string(lex, "the old, the old town", 0), "old:slang:x.old|the old town:slang:x.oldtown");
  /* the term at every place around a window's edge (MT_WINDOW_TOKENS) */
  for (size_t at = 4090; at < 4100; at++) {
    size_t cap = (at + 8) * 2 + 32, len = 0;
    char *text = malloc(cap);
    ck_assert_ptr_nonnull(text);
    for (size_t k = 0; k < at; k++) text[len++] = 'x', text[len++] = ' ';
    len += (size_t)snprintf(text + len, cap - len, "the old town");
    miltag_scanner *s;
    miltag_results *r;
    ck_assert_int_eq(miltag_scanner_new(lex, &s), MILTAG_OK);
    ck_assert_int_eq(miltag_results_new(lex, &r), MILTAG_OK);
    ck_assert_int_eq(miltag_scan_results(s, text, len, 0, r), MILTAG_OK);
    ck_assert_uint_eq(miltag_results_count(r), 1);
    ck_assert_uint_eq(miltag_results_get(r, 0)->start, 2 * at);
    ck_assert_uint_eq(miltag_results_get(r, 0)->end, len);
    miltag_results_free(r);
    miltag_scanner_free(s);
    free(text);
  }
  miltag_lexicon_free(lex);
}
END_TEST

START_TEST(brute_force_reference) {
  srand(12345);
  for (int iter = 0; iter < 400; iter++) {
    /* random lexicon: terms of 1-4 words */
    int nterms = 1 + rand() % 8, tlen[8], tw[8][4];
    char tsv[4096] = "term\tcategory\tid\n";
    for (int i = 0; i < nterms; i++) {
      tlen[i] = 1 + rand() % 4;
      for (int j = 0; j < tlen[i]; j++) {
        tw[i][j] = rand() % 4;
        if (j) strcat(tsv, " ");
        strcat(tsv, words[tw[i][j]]);
      }
      char row[64];
      snprintf(row, sizeof row, "\tslang\tt%d\n", i);
      strcat(tsv, row);
    }
    miltag_lexicon *lex;
    miltag_error err;
    ck_assert_int_eq(miltag_lexicon_compile(tsv, strlen(tsv), "r", NULL, &lex, &err), MILTAG_OK);
    /* random text */
    int n = 1 + rand() % 20, w[20], sep[20];
    size_t start[20], end[20];
    char text[512] = "";
    for (int i = 0; i < n; i++) {
      sep[i] = i ? rand() % 6 : 0;
      if (i) strcat(text, seps[sep[i]]);
      w[i] = rand() % 4;
      start[i] = strlen(text);
      strcat(text, words[w[i]]);
      end[i] = strlen(text);
    }
    /* reference: every (i, j) equal to a term with only joining separators */
    span all[400];
    int nall = 0;
    for (int i = 0; i < n; i++)
      for (int j = i; j < n; j++) {
        int joined = 1;
        for (int k = i + 1; k <= j; k++) joined &= sep[k] < 4;
        if (!joined) break;
        for (int t = 0; t < nterms; t++) {
          if (tlen[t] != j - i + 1) continue;
          int eq = 1;
          for (int k = 0; k < tlen[t]; k++) eq &= tw[t][k] == w[i + k];
          if (eq) { all[nall++] = (span){i, j}; break; }
        }
      }
    /* leftmost-longest */
    span sel[40];
    int nsel = 0, last = -1;
    for (int i = 0; i < n; i++) {
      if (i <= last) continue;
      int best = -1;
      for (int k = 0; k < nall; k++)
        if (all[k].s == i && all[k].e > best) best = all[k].e;
      if (best >= 0) { sel[nsel++] = (span){i, best}; last = best; }
    }
    miltag_scanner *s;
    miltag_results *r;
    ck_assert_int_eq(miltag_scanner_new(lex, &s), MILTAG_OK);
    ck_assert_int_eq(miltag_results_new(lex, &r), MILTAG_OK);
    ck_assert_int_eq(miltag_scan_results(s, text, strlen(text), 0, r), MILTAG_OK);
    ck_assert_msg(miltag_results_count(r) == (size_t)nsel, "text '%s' lexicon\n%s: %zu tags, want %d",
                  text, tsv, miltag_results_count(r), nsel);
    for (int k = 0; k < nsel; k++) {
      const miltag_tag *t = miltag_results_get(r, (size_t)k);
      ck_assert_msg(t->start == start[sel[k].s] && t->end == end[sel[k].e], "text '%s' tag %d", text, k);
    }
    /* overlaps: every span */
    ck_assert_int_eq(miltag_scan_results(s, text, strlen(text), MILTAG_SCAN_OVERLAPS, r), MILTAG_OK);
    ck_assert_uint_eq(miltag_results_count(r), (size_t)nall);
    for (int k = 0; k < nall; k++) {
      int found = 0;
      for (size_t q = 0; q < miltag_results_count(r); q++) {
        const miltag_tag *t = miltag_results_get(r, q);
        found |= t->start == start[all[k].s] && t->end == end[all[k].e];
      }
      ck_assert_msg(found, "text '%s': span %d-%d missing in overlaps", text, all[k].s, all[k].e);
    }
    miltag_results_free(r);
    miltag_scanner_free(s);
    miltag_lexicon_free(lex);
  }
}
END_TEST

START_TEST(long_sentences_are_windowed) {
  /* more tokens than one window, with a phrase across every window edge */
  miltag_lexicon *lex = compile_or_fail(HEADER "x y\tslang\tx.xy\t\t\t\t\t\n");
  size_t n = 20000;
  char *text = malloc(n * 4 + 1);
  text[0] = 0;
  size_t len = 0;
  for (size_t i = 0; i < n; i++) {
    memcpy(text + len, i % 2 ? "y " : "x ", 2);
    len += 2;
  }
  text[len] = 0;
  miltag_scanner *s;
  miltag_results *r;
  ck_assert_int_eq(miltag_scanner_new(lex, &s), MILTAG_OK);
  ck_assert_int_eq(miltag_results_new(lex, &r), MILTAG_OK);
  ck_assert_int_eq(miltag_scan_results(s, text, len, 0, r), MILTAG_OK);
  ck_assert_uint_eq(miltag_results_count(r), n / 2);
  for (size_t i = 0; i < n / 2; i++) ck_assert_uint_eq(miltag_results_get(r, i)->start, i * 4);
  miltag_results_free(r);
  miltag_scanner_free(s);
  miltag_lexicon_free(lex);
  free(text);
}
END_TEST

/* The tokenizer writes a batch of tokens into the window's array ahead
 * of the window (match.c, run); a window settled inside a batch, at a
 * sentence's end or at the window's cap, moves the rest of the batch
 * down.  A phrase at every place of a batch, after every number of words,
 * and across the cap of the window at every offset, is tagged where it
 * is. */
START_TEST(windows_settled_inside_a_batch) {
  miltag_lexicon *lex = compile_or_fail(HEADER "x y\tslang\tx.xy\t\t\t\t\t\n");
  miltag_scanner *s;
  miltag_results *r;
  ck_assert_int_eq(miltag_scanner_new(lex, &s), MILTAG_OK);
  ck_assert_int_eq(miltag_results_new(lex, &r), MILTAG_OK);
  size_t cap = 5000 * 2 + 64;
  char *text = malloc(cap);
  for (size_t lead = 0; lead < 4200; lead += lead < 140 ? 1 : lead < 4060 ? 97 : 1) {
    for (int breaks = 0; breaks < 2; breaks++) {
      size_t len = 0;
      /* lead words ("w", or sentences of three words), then the phrase,
       * then a sentence and a phrase after it */
      for (size_t i = 0; i < lead; i++) {
        memcpy(text + len, breaks && i % 3 == 2 ? "w. " : "w ", breaks && i % 3 == 2 ? 3 : 2);
        len += breaks && i % 3 == 2 ? 3 : 2;
      }
      size_t at = len;
      memcpy(text + len, "x y. w x y w", 12);
      len += 12;
      ck_assert_int_eq(miltag_scan_results(s, text, len, 0, r), MILTAG_OK);
      ck_assert_msg(miltag_results_count(r) == 2, "lead %zu breaks %d: %zu tags", lead, breaks,
                    miltag_results_count(r));
      ck_assert_uint_eq(miltag_results_get(r, 0)->start, at);
      ck_assert_uint_eq(miltag_results_get(r, 0)->end, at + 3);
      ck_assert_uint_eq(miltag_results_get(r, 1)->start, at + 7);
      ck_assert_uint_eq(miltag_results_get(r, 1)->end, at + 10);
    }
  }
  free(text);
  miltag_results_free(r);
  miltag_scanner_free(s);
  miltag_lexicon_free(lex);
}
END_TEST

/* A partial flush (match.c, flush_partial_once) settles the candidates
 * that start before the oldest live match and keeps the others for the
 * next settle.  Both groups keep the order the scanner made them in (by
 * their end): the grammar's rules read the first candidate of a start
 * (typed_name, numbered_name), and the kept ones become the next window's
 * first candidates.  A candidate that ends late but starts early (a long
 * match) must not swap the kept ones behind it. */
START_TEST(partial_flush_keeps_candidate_order) {
  /* by end: two kept (start >= 4), then a final one that spans them,
   * then a kept one and a final one again */
  const uint32_t start[] = {1, 5, 6, 2, 8, 3};
  const uint32_t end[] = {1, 5, 6, 7, 8, 9};
  const size_t n = sizeof start / sizeof *start;
  mt_cand c[6], rest[6];
  for (size_t i = 0; i < n; i++)
    c[i] = (mt_cand){start[i], end[i], (uint32_t)i, MILTAG_REJECT, MT_CAND_MATCH, MT_TAGGED_NO, 0, 0};
  size_t nf = mt_cands_split(c, n, 4, rest);
  ck_assert_uint_eq(nf, 3);
  /* (node = the index it came in at) */
  const uint32_t want[] = {0, 3, 5, 1, 2, 4};
  for (size_t i = 0; i < n; i++)
    ck_assert_msg(c[i].node == want[i], "position %zu: candidate %u, want %u", i, c[i].node, want[i]);
  for (size_t i = 0; i < n; i++) ck_assert(i < nf ? c[i].start < 4 : c[i].start >= 4);
  /* nothing final, or everything: unchanged */
  ck_assert_uint_eq(mt_cands_split(c + 3, 3, 4, rest), 0);
  ck_assert_uint_eq(c[3].node, 1);
  ck_assert_uint_eq(mt_cands_split(c, 3, 4, rest), 3);
  ck_assert_uint_eq(c[0].node, 0);
  ck_assert_uint_eq(mt_cands_split(c, 0, 4, rest), 0);
}
END_TEST

/* The scanner hashes keys with mt_hash_padded, the compiler with mt_hash:
 * they must agree on every length, whatever follows the key.  And the
 * built-in lexicon's key table keeps its probe chains short (the hash's
 * quality, as lookups see it). */
START_TEST(key_hash_and_probe_lengths) {
  unsigned char buf[64 + 16];
  srand(3);
  for (int iter = 0; iter < 20000; iter++) {
    size_t n = (size_t)rand() % 65;
    for (size_t i = 0; i < sizeof buf; i++) buf[i] = (unsigned char)rand();
    uint64_t seed = (uint64_t)rand() * 2654435761u;
    ck_assert_uint_eq(mt_hash_padded(buf, n, seed), mt_hash(buf, n, seed));
  }

  miltag_lexicon *lex;
  ck_assert_int_eq(miltag_lexicon_default(NULL, &lex), 0);
  const void *data;
  size_t size;
  ck_assert_int_eq(miltag_lexicon_image(lex, &data, &size), 0);
  mt_image img;
  const char *why;
  ck_assert_int_eq(mt_image_open(&img, data, size, 1, &why), 0);
  uint32_t slots = img.h->key_slots, mask = slots - 1, keys = 0, longest = 0;
  uint64_t total = 0;
  for (uint32_t i = 0; i < slots; i++) {
    uint32_t tok = img.keys[i].token;
    if (tok == MT_NONE) continue;
    const mt_img_token *t = &img.tokens[tok];
    uint64_t h = mt_image_key_hash(img.str + t->key, t->len);
    ck_assert_uint_eq(img.keys[i].hash, (uint32_t)(h >> 32));
    uint32_t dist = (i - ((uint32_t)h & mask)) & mask;
    total += dist + 1;
    if (dist + 1 > longest) longest = dist + 1;
    keys++;
    /* and the scanner's lookup finds it */
    char key[256];
    if (t->len + 16 <= sizeof key) {
      memcpy(key, img.str + t->key, t->len);
      ck_assert_uint_eq(mt_image_lookup_padded(&img, key, t->len), tok);
    }
  }
  ck_assert_uint_gt(keys, 100000);
  /* linear probing at this load: about 1.5 probes on average when the hash
   * spreads keys evenly; a weak hash shows as long chains */
  ck_assert_msg((double)total / keys < 2.0, "mean probes %.2f", (double)total / keys);
  ck_assert_msg(longest < 64, "longest chain %u", longest);
  miltag_lexicon_free(lex);
}
END_TEST

int main(void) {
  Suite *s = suite_create("match");
  TCase *tc = tcase_create("core");
  tcase_add_test(tc, leftmost_longest);
  tcase_add_test(tc, overlaps);
  tcase_add_test(tc, separators);
  tcase_add_test(tc, sentence_end_never_joins);
  tcase_add_test(tc, word_boundaries);
  tcase_add_test(tc, quotes);
  tcase_add_test(tc, possessives);
  tcase_add_test(tc, evidence_rules);
  tcase_add_test(tc, case_of_names_and_abbreviations);
  tcase_add_test(tc, final_period_of_abbreviations);
  tcase_add_test(tc, ambiguous_mode_adds_only);
  tcase_add_test(tc, candidates_most_likely_first);
  tcase_add_test(tc, brute_force_reference);
  tcase_add_test(tc, match_kept_aside_goes_on);
  tcase_add_test(tc, long_sentences_are_windowed);
  tcase_add_test(tc, windows_settled_inside_a_batch);
  tcase_add_test(tc, partial_flush_keeps_candidate_order);
  tcase_add_test(tc, key_hash_and_probe_lengths);
  suite_add_tcase(s, tc);
  return run_suite(s) ? EXIT_FAILURE : EXIT_SUCCESS;
}
