/* Evidence module (lib/evidence.c): traits derived at compile time, roles
 * of context entries, and the verdict with its reason on every candidate,
 * as miltag_candidates reports them; `tagged` agrees with miltag_scan. */
#include "testutil.h"

#include "evidence.h"
#include "inflect.h"
#include "scanner.h"

/* ------------------------------------------------------------- helpers */

typedef struct seen {
  char buf[8192];
} seen;

static int collect(const miltag_candidate *c, void *ctx) {
  seen *s = ctx;
  char one[256];
  snprintf(one, sizeof one, "%s%zu-%zu:%u:%s:%s%s", s->buf[0] ? "|" : "", c->start, c->end, c->row,
           c->verdict == MILTAG_ACCEPT ? "accept" : c->verdict == MILTAG_REJECT ? "reject" : "needs",
           miltag_reason_name((int)c->reason), c->tagged ? ":TAG" : "");
  strncat(s->buf, one, sizeof s->buf - strlen(s->buf) - 1);
  return 0;
}

/* Every candidate of text as "start-end:row:verdict:reason[:TAG]|...". */
static const char *cands(miltag_lexicon *lex, const char *text, unsigned flags) {
  static seen s;
  miltag_scanner *sc;
  ck_assert_int_eq(miltag_scanner_new(lex, &sc), MILTAG_OK);
  s.buf[0] = 0;
  ck_assert_int_eq(miltag_candidates(sc, text, strlen(text), flags, collect, &s), MILTAG_OK);
  miltag_scanner_free(sc);
  return s.buf;
}

/* The verdict and reason of row `row` matched as the span `word` of text,
 * as "verdict:reason[:TAG]" ("" if there is none). */
typedef struct one_ctx {
  size_t start, end;
  uint32_t row;
  char out[128];
} one_ctx;

static int find_one(const miltag_candidate *c, void *ctx) {
  one_ctx *o = ctx;
  if (c->start != o->start || c->end != o->end || c->row != o->row || o->out[0]) return 0;
  snprintf(o->out, sizeof o->out, "%s:%s%s",
           c->verdict == MILTAG_ACCEPT ? "accept" : c->verdict == MILTAG_REJECT ? "reject" : "needs",
           miltag_reason_name((int)c->reason), c->tagged ? ":TAG" : "");
  return 0;
}

static const char *verdict(miltag_lexicon *lex, const char *text, const char *word, uint32_t row,
                           unsigned flags) {
  static one_ctx o;
  const char *at = strstr(text, word);
  ck_assert_msg(at != NULL, "%s not in %s", word, text);
  o.start = (size_t)(at - text);
  o.end = o.start + strlen(word);
  o.row = row;
  o.out[0] = 0;
  miltag_scanner *sc;
  ck_assert_int_eq(miltag_scanner_new(lex, &sc), MILTAG_OK);
  ck_assert_int_eq(miltag_candidates(sc, text, strlen(text), flags, find_one, &o), MILTAG_OK);
  miltag_scanner_free(sc);
  return o.out;
}

/* Rows of this lexicon, by number (0-based, in file order). */
static miltag_lexicon *lex_rules(void) {
  return compile_or_fail(HEADER
    "птичка\tslang\tslang.drone\tdrone\tru\t\tamb\t\n"          /* 0 */
    "Счастье\tplace\tplace.shchastia\t\tru\t\tamb\t\n"           /* 1 */
    "Мир\tplace\tplace.myr\t\tru\t\tamb,cap\t\n"                 /* 2 */
    "ВСУ\tunit\tunit.afu\t\tru\t\t\t\n"                          /* 3 */
    "обстрел\tcontext\tctx.shelling\t\tru\t\t\t\n"               /* 4 */
    "Харьков\tplace\tplace.kharkiv\t\tru\t\t\t\n"                /* 5 */
    "ленточка\tslang\tslang.border\t\tru\t\tamb\t\n"             /* 6 */
    "200\tcasualty\tcasualty.200\t\tmul\tnone\tquoted\t\n"       /* 7 */
    "двухсотый день\tcontext\tstop.ordinal\t\tru\tnone\tnot\t\n" /* 8 */
    "батальон «{name}»\tunit\tunit.named\t\tru\tnone\t\t\n"      /* 9 */
    "Толстой\tplace\tplace.tolstoi\t\tru\tnone\tctx\t\n"         /* 10 */
    "Bar\tplace\tplace.bar\t\ten\t\tamb\t\n"                     /* 11 */
    "Луковка\tplace\tplace.lukivka\t\tru\t\t\t\n"                /* 12 */
    "груз\tslang\tslang.cargo\t\tru\tnone\t\t\n"                 /* 13 */
    "300\tcasualty\tcasualty.300\t\tmul\tnone\t\t\n"             /* 14 */
    "улица {Name}\tplace\tplace.street\t\tru\tf -\t\t\n"          /* 15 */
    "{Name} парк\tplace\tplace.park\t\tru\t- m\t\t\n");           /* 16 */
}

/* ------------------------------------------------------------- verdicts */

START_TEST(accepted_and_why) {
  miltag_lexicon *lex = lex_rules();
  ck_assert_str_eq(verdict(lex, "в Харькове", "Харькове", 5, 0), "accept:sure:TAG");
  ck_assert_str_eq(verdict(lex, "Жители Счастье ушли", "Счастье", 1, 0), "accept:capital:TAG");
  ck_assert_str_eq(verdict(lex, "обстрел и птичка", "птичка", 0, 0), "accept:military-context:TAG");
  ck_assert_str_eq(verdict(lex, "птичка над ВСУ", "птичка", 0, 0), "accept:military-context:TAG");
  ck_assert_str_eq(verdict(lex, "из Харькова в счастье", "счастье", 1, 0), "accept:place-context:TAG");
  ck_assert_str_eq(verdict(lex, "за «ленточкой»", "ленточкой", 6, 0), "accept:quoted-slang:TAG");
  ck_assert_str_eq(verdict(lex, "«200» на месте", "200", 7, 0), "accept:sure:TAG");
  ck_assert_str_eq(verdict(lex, "двухсотый день войны", "двухсотый день", 8, 0), "accept:stop-phrase");
  ck_assert_str_eq(verdict(lex, "обстрел у Толстой", "Толстой", 10, 0), "accept:military-context:TAG");
  ck_assert_str_eq(verdict(lex, "батальон «Феникс» ушёл", "батальон «Феникс", 9, 0), "accept:sure:TAG");
  /* a {Name}: capitalized words, no quotation marks */
  ck_assert_str_eq(verdict(lex, "жил на улице Ленина", "улице Ленина", 15, 0), "accept:sure:TAG");
  ck_assert_str_eq(verdict(lex, "на улице Богдана Хмельницкого, 4", "улице Богдана Хмельницкого", 15, 0),
                   "accept:sure:TAG");
  ck_assert_str_eq(verdict(lex, "гуляли в Горьковском парке", "Горьковском парке", 16, 0), "accept:sure:TAG");
  miltag_lexicon_free(lex);
}
END_TEST

START_TEST(rejected_and_why) {
  miltag_lexicon *lex = lex_rules();
  ck_assert_str_eq(verdict(lex, "обстрел", "обстрел", 4, 0), "reject:context-word");
  ck_assert_str_eq(verdict(lex, "мир и ВСУ", "мир", 2, 0), "reject:not-capitalized");
  ck_assert_str_eq(verdict(lex, "их было 200 человек", "200", 7, 0), "reject:not-quoted");
  ck_assert_str_eq(verdict(lex, "батальон «Феникс ушёл", "батальон «Феникс", 9, 0), "reject:name-not-closed");
  /* a {name} opens with its quotation mark */
  ck_assert_str_eq(verdict(lex, "батальон Феникс» ушёл", "батальон Феникс", 9, 0), "reject:name-not-closed");
  /* a {Name} is no quoted name, each of its words is capitalized, and a
   * place of its own keeps its tag (the streets of Kharkiv) */
  ck_assert_str_eq(verdict(lex, "на улице «Ленина»", "улице «Ленина", 15, 0), "reject:name-not-closed");
  ck_assert_str_eq(verdict(lex, "на улице Ленина дом", "улице Ленина дом", 15, 0), "reject:name-not-closed");
  ck_assert_str_eq(verdict(lex, "улицы Харькова пусты", "улицы Харькова", 15, 0), "reject:name-not-closed");
  ck_assert_str_eq(verdict(lex, "улицы Харькова пусты", "Харькова", 5, 0), "accept:sure:TAG");
  /* a {Name} that opens the term: no capital of a sentence start */
  ck_assert_str_eq(verdict(lex, "Там тихо. Этот парк старый", "Этот парк", 16, 0), "reject:name-not-closed");
  /* груз in груз200: the match ends inside a word */
  ck_assert_str_eq(verdict(lex, "груз200 и грузы", "груз", 13, 0), "reject:inside-word");
  /* С-300: a designation starts no match, and says so */
  ck_assert_str_eq(verdict(lex, "С-300 и ВСУ", "300", 14, 0), "reject:designation");
  ck_assert_str_eq(verdict(lex, "их 300 и ВСУ", "300", 14, 0), "accept:sure:TAG");
  miltag_lexicon_free(lex);
}
END_TEST

START_TEST(needing_evidence_and_why) {
  miltag_lexicon *lex = lex_rules();
  ck_assert_str_eq(verdict(lex, "птичка поёт", "птичка", 0, 0), "needs:ambiguous");
  ck_assert_str_eq(verdict(lex, "Счастье есть.", "Счастье", 1, 0), "needs:sentence-start");
  ck_assert_str_eq(verdict(lex, "we met at Bar yesterday", "Bar", 11, 0), "needs:english-capital");
  /* after a capitalized word that is no name, place or title, an English
   * place is part of a name */
  ck_assert_str_eq(verdict(lex, "the New York Bar Association", "Bar", 11, 0), "reject:inside-name");
  ck_assert_str_eq(verdict(lex, "писал Толстой", "Толстой", 10, 0), "needs:needs-context");
  ck_assert_str_eq(verdict(lex, "купила луковку", "луковку", 12, 0), "needs:miscased");
  /* asked for, a match that needs evidence is tagged (flagged) */
  ck_assert_str_eq(verdict(lex, "птичка поёт", "птичка", 0, MILTAG_SCAN_AMBIGUOUS), "needs:ambiguous:TAG");
  miltag_lexicon_free(lex);
}
END_TEST

START_TEST(lost_selection_is_not_a_verdict) {
  miltag_lexicon *lex = compile_or_fail(HEADER
    "ЧВК «Вагнер»\tunit\tunit.wagner\t\tru\tnone\t\t\n"
    "Вагнер\tunit\tunit.wagner2\t\tru\tnone\t\t\n");
  /* accepted, but a longer match won the span */
  ck_assert_str_eq(verdict(lex, "ЧВК «Вагнер»", "Вагнер", 1, 0), "accept:sure");
  ck_assert_str_eq(verdict(lex, "ЧВК «Вагнер»", "ЧВК «Вагнер", 0, 0), "accept:sure:TAG");
  /* with overlaps, every accepted span is a tag */
  ck_assert_str_eq(verdict(lex, "ЧВК «Вагнер»", "Вагнер", 1, MILTAG_SCAN_OVERLAPS), "accept:sure:TAG");
  miltag_lexicon_free(lex);
}
END_TEST

START_TEST(order_and_every_row) {
  miltag_lexicon *lex = compile_or_fail(HEADER
    "a b\tslang\tx.ab\t\t\t\t\t\n"
    "a\tslang\tx.a\t\t\t\t\t\n"
    "a\tslang\tx.a2\t\t\t\t\t\n"
    "b\tslang\tx.b\t\t\t\t\t\n");
  /* by start, longer first; the rows of a span in rank order */
  ck_assert_str_eq(cands(lex, "a b", 0),
                   "0-3:0:accept:sure:TAG|0-1:1:accept:sure|0-1:2:accept:sure|2-3:3:accept:sure");
  miltag_lexicon_free(lex);
}
END_TEST

/* `tagged` is what miltag_scan reports: for every flag combination, the
 * tagged candidates give exactly the tags' spans and candidate entries. */
typedef struct agree_ctx {
  size_t n;
  struct { size_t start, end; uint32_t entry; } k[512];
} agree_ctx;

static int tagged_only(const miltag_candidate *c, void *ctx) {
  agree_ctx *a = ctx;
  if (!c->tagged) return 0;
  for (size_t i = 0; i < a->n; i++)
    if (a->k[i].start == c->start && a->k[i].end == c->end && a->k[i].entry == c->entry) return 0;
  ck_assert_uint_lt(a->n, 512);
  a->k[a->n].start = c->start;
  a->k[a->n].end = c->end;
  a->k[a->n].entry = c->entry;
  a->n++;
  return 0;
}

static void check_agreement(miltag_lexicon *lex, const char *text) {
  miltag_scanner *s;
  miltag_results *r;
  ck_assert_int_eq(miltag_scanner_new(lex, &s), MILTAG_OK);
  ck_assert_int_eq(miltag_results_new(lex, &r), MILTAG_OK);
  for (unsigned flags = 0; flags < 4; flags++) {
    agree_ctx a;
    a.n = 0;
    ck_assert_int_eq(miltag_candidates(s, text, strlen(text), flags, tagged_only, &a), MILTAG_OK);
    ck_assert_int_eq(miltag_scan_results(s, text, strlen(text), flags, r), MILTAG_OK);
    size_t want = 0;
    for (size_t i = 0; i < miltag_results_count(r); i++) {
      const miltag_tag *t = miltag_results_get(r, i);
      for (size_t k = 0; k < t->n_candidates; k++) {
        /* a tag may reach past its match (the period of U.S., a closing
         * quotation mark); with MILTAG_SCAN_OVERLAPS one entry may make
         * tags of several ends at one start, a candidate each */
        int found = 0;
        for (size_t j = 0; j < a.n && !found; j++)
          found = a.k[j].start == t->start && a.k[j].entry == t->candidates[k] &&
                  a.k[j].end == t->end;
        for (size_t j = 0; j < a.n && !found; j++)
          found = a.k[j].start == t->start && a.k[j].entry == t->candidates[k] &&
                  a.k[j].end < t->end;
        ck_assert_msg(found, "flags %u: tag %zu-%zu %s not tagged among the candidates of '%s'", flags,
                      t->start, t->end, t->id, text);
        want++;
      }
    }
    ck_assert_msg(a.n == want, "flags %u: %zu tagged candidates, %zu readings of tags in '%s'", flags,
                  a.n, want, text);
  }
  miltag_results_free(r);
  miltag_scanner_free(s);
}

START_TEST(tagged_agrees_with_scan) {
  miltag_lexicon *lex = lex_rules();
  static const char *const texts[] = {
    "птичка поёт, а обстрел и птичка. Мир и мир. В Мир вошли ВСУ.",
    "Жители Счастье ушли из Харькова в счастье; «200» и 200, С-300, груз200.",
    "двухсотый день: батальон «Феникс» и батальон «Феникс, Толстой писал.",
    "the New York Bar Association. Bar. купила луковку, обстрел луковки.",
  };
  for (size_t i = 0; i < sizeof texts / sizeof *texts; i++) check_agreement(lex, texts[i]);
  miltag_lexicon_free(lex);
  ck_assert_int_eq(miltag_lexicon_default(NULL, &lex), MILTAG_OK);
  static const char *const real[] = {
    "Под Бахмутом птичка, а у Лимана обстрел: двое 200-х и трое трёхсотых. ЧВК «Вагнер» ушла.",
    "Russian forces shelled Kharkiv; the Bar Association in the US said 300s were evacuated.",
    "Взлетели С-300, а у дома лиман был тих. Лиман. «Ленточка» и за ленточкой.",
    /* one topic per text: sentences without a place, military context
     * first and words of sport last, are no report of sport */
    "Troops shelled the stadium before the match. Soldiers took the stadium after the match. "
    "Southampton rejected the offer.",
    "The keeper saved the free-kick. The referee showed a red card. Southampton rejected the offer.",
    "The Wagner Group held the stadium before the match. The Wagner Group left the stadium after "
    "the match. Southampton rejected the offer.",
    /* with MILTAG_SCAN_OVERLAPS, phrases of one entry at one start: a
     * tag each, and a tagged candidate each */
    "Он дошёл до острова Святой Елены, а потом вышел на набережную Малой Невы.",
  };
  for (size_t i = 0; i < sizeof real / sizeof *real; i++) check_agreement(lex, real[i]);
  miltag_lexicon_free(lex);
}
END_TEST

START_TEST(reason_names) {
  for (int r = 0; r < MILTAG_REASON_COUNT; r++) {
    ck_assert_ptr_nonnull(miltag_reason_name(r));
    ck_assert_ptr_nonnull(miltag_reason_text(r));
    for (int q = 0; q < r; q++) ck_assert_str_ne(miltag_reason_name(r), miltag_reason_name(q));
  }
  ck_assert_ptr_null(miltag_reason_name(-1));
  ck_assert_ptr_null(miltag_reason_name(MILTAG_REASON_COUNT));
  ck_assert_ptr_null(miltag_reason_text(MILTAG_REASON_COUNT));
}
END_TEST

START_TEST(candidates_arguments) {
  miltag_lexicon *lex = lex_rules();
  miltag_scanner *s;
  seen sn;
  ck_assert_int_eq(miltag_scanner_new(lex, &s), MILTAG_OK);
  ck_assert_int_eq(miltag_candidates(NULL, "a", 1, 0, collect, &sn), MILTAG_E_INVALID);
  ck_assert_int_eq(miltag_candidates(s, "a", 1, 0, NULL, &sn), MILTAG_E_INVALID);
  ck_assert_int_eq(miltag_candidates(s, NULL, 1, 0, collect, &sn), MILTAG_E_INVALID);
  ck_assert_int_eq(miltag_candidates(s, "a", 1, 0x80, collect, &sn), MILTAG_E_INVALID);
  sn.buf[0] = 0;
  ck_assert_int_eq(miltag_candidates(s, NULL, 0, 0, collect, &sn), MILTAG_OK);
  ck_assert_str_eq(sn.buf, "");
  miltag_scanner_free(s);
  miltag_lexicon_free(lex);
}
END_TEST

static int stop_at_first(const miltag_candidate *c, void *ctx) {
  (void)c;
  ++*(int *)ctx;
  return 1;
}

START_TEST(candidates_stop) {
  miltag_lexicon *lex = lex_rules();
  miltag_scanner *s;
  ck_assert_int_eq(miltag_scanner_new(lex, &s), MILTAG_OK);
  int calls = 0;
  const char *t = "обстрел у Харькова. ВСУ.";
  ck_assert_int_eq(miltag_candidates(s, t, strlen(t), 0, stop_at_first, &calls), MILTAG_STOPPED);
  ck_assert_int_eq(calls, 1);
  /* and the scanner is usable again, for tags too */
  ck_assert_str_eq(tag_string(lex, t, 0), "Харькова:place:place.kharkiv|ВСУ:unit:unit.afu");
  miltag_scanner_free(s);
  miltag_lexicon_free(lex);
}
END_TEST

/* --------------------------------------------------------------- traits */

START_TEST(traits_from_the_term) {
  /* written flags, and what the term says */
  mt_ev_term t = {MILTAG_PLACE, "en", MT_IW_CAP, 0, 0, 0};
  ck_assert_uint_eq(mt_ev_traits(MT_TRAIT_AMB, &t), MT_TRAIT_AMB | MT_TRAIT_PROPER | MT_TRAIT_EN);
  t.first_word = MT_IW_CAP | MT_IW_ALLCAPS;
  t.ends_with_period = 1;
  ck_assert_uint_eq(mt_ev_traits(0, &t), MT_TRAIT_ABBREV | MT_TRAIT_EN | MT_TRAIT_DOT);
  /* slang and casualty codes have no case trait */
  mt_ev_term s = {MILTAG_SLANG, "ru", MT_IW_CAP, 0, 1, 1};
  ck_assert_uint_eq(mt_ev_traits(MT_TRAIT_CTX, &s), MT_TRAIT_CTX | MT_TRAIT_SLOT | MT_TRAIT_NAME);
  /* derived bits given as written are derived again, not kept */
  ck_assert_uint_eq(mt_ev_traits(MT_TRAIT_PROPER | MT_TRAIT_EN, &s), MT_TRAIT_SLOT | MT_TRAIT_NAME);
  ck_assert_uint_eq(mt_ev_flag_parse("quoted", 6), MT_TRAIT_QUOTED);
  ck_assert_uint_eq(mt_ev_flag_parse("amb", 3), MT_TRAIT_AMB);
  ck_assert_uint_eq(mt_ev_flag_parse("am", 2), 0);
  ck_assert_uint_eq(mt_ev_flag_parse("", 0), 0);
  ck_assert(mt_ev_needs_evidence(MT_TRAIT_CTX) && mt_ev_needs_evidence(MT_TRAIT_AMB));
  ck_assert(!mt_ev_needs_evidence(MT_TRAIT_CAP | MT_TRAIT_PROPER));
}
END_TEST

/* A lexicon copied row by row keeps its traits (the builder re-derives
 * them from the written flags). */
START_TEST(traits_survive_a_copy) {
  miltag_lexicon *lex = lex_rules(), *copy;
  miltag_builder *b;
  miltag_error err;
  ck_assert_int_eq(miltag_builder_new(NULL, &b), MILTAG_OK);
  ck_assert_int_eq(miltag_builder_add_lexicon(b, lex, &err), MILTAG_OK);
  ck_assert_int_eq(miltag_builder_compile(b, &copy, &err), MILTAG_OK);
  for (uint32_t i = 0; i < lex->img.h->n_rows; i++)
    ck_assert_uint_eq(lex->img.rows[i].flags, copy->img.rows[i].flags);
  miltag_builder_free(b);
  miltag_lexicon_free(copy);
  miltag_lexicon_free(lex);
}
END_TEST

/* ---------------------------------------------------------------- roles */

START_TEST(roles_of_context_entries) {
  miltag_lexicon *lex = compile_or_fail(HEADER
    "обстрел\tcontext\tctx.a\t\tru\t\t\t\n"
    "фронт\tcontext\tctx.b\t\tru\t\t\tevidence=military\n"
    "Лев\tcontext\tev.fn\t\tru\tnone\tcap\tevidence=first-name\n"
    "сказал\tcontext\tev.sp\t\tru\tnone\t\tevidence=speech,title\n"
    "Харьков\tplace\tplace.kharkiv\t\tru\t\t\t\n");
  const mt_image *img = &lex->img;
  ck_assert_uint_eq(img->entries[0].roles, MT_ROLE_MILITARY);
  ck_assert_uint_eq(img->entries[1].roles, MT_ROLE_MILITARY);
  ck_assert_uint_eq(img->entries[2].roles, MT_ROLE_FIRST_NAME);
  ck_assert_uint_eq(img->entries[3].roles, MT_ROLE_SPEECH | MT_ROLE_TITLE);
  ck_assert_uint_eq(img->entries[4].roles, 0);
  ck_assert_uint_eq(img->h->roles,
                    MT_ROLE_MILITARY | MT_ROLE_FIRST_NAME | MT_ROLE_SPEECH | MT_ROLE_TITLE);
  ck_assert_str_eq(mt_ev_role_name(MT_ROLE_GENERIC_PLACE), "generic-place");
  ck_assert_ptr_null(mt_ev_role_name(0x3));
  /* the roles go through a saved image */
  const void *data;
  size_t size;
  miltag_lexicon *again;
  miltag_error err;
  ck_assert_int_eq(miltag_lexicon_image(lex, &data, &size), MILTAG_OK);
  ck_assert_int_eq(miltag_lexicon_open_image(data, size, NULL, &again, &err), MILTAG_OK);
  ck_assert_uint_eq(again->img.entries[3].roles, MT_ROLE_SPEECH | MT_ROLE_TITLE);
  miltag_lexicon_free(again);
  miltag_lexicon_free(lex);
}
END_TEST

START_TEST(roles_are_checked) {
  miltag_lexicon *lex;
  miltag_error err;
  const char *bad = HEADER "Лев\tcontext\tev.fn\t\tru\t\t\tevidence=first_name\n";
  ck_assert_int_eq(miltag_lexicon_compile(bad, strlen(bad), "t.tsv", NULL, &lex, &err), MILTAG_E_SYNTAX);
  ck_assert_ptr_nonnull(strstr(err.what, "unknown evidence role"));
  ck_assert_uint_eq(err.line, 2);
  const char *notctx = HEADER "Лев\tplace\tp.lev\t\tru\t\t\tevidence=first-name\n";
  ck_assert_int_eq(miltag_lexicon_compile(notctx, strlen(notctx), "t.tsv", NULL, &lex, &err),
                   MILTAG_E_SYNTAX);
  ck_assert_ptr_nonnull(strstr(err.what, "context rows only"));
  const char *empty = HEADER "Лев\tcontext\tev.fn\t\tru\t\t\tevidence=\n";
  ck_assert_int_eq(miltag_lexicon_compile(empty, strlen(empty), "t.tsv", NULL, &lex, &err),
                   MILTAG_E_SYNTAX);
}
END_TEST

/* A context word with a role other than military (a first name, a speech
 * verb) is no military context: it must not let ambiguous rows fire. */
START_TEST(roles_are_not_military_context) {
  miltag_lexicon *lex = compile_or_fail(HEADER
    "птичка\tslang\tslang.drone\t\tru\tnone\tamb\t\n"
    "сказал\tcontext\tev.sp\t\tru\tnone\t\tevidence=speech\n"
    "обстрел\tcontext\tctx.a\t\tru\tnone\t\t\n");
  ck_assert_str_eq(tag_string(lex, "сказал: птичка поёт", 0), "");
  ck_assert_str_eq(verdict(lex, "сказал птичка", "птичка", 0, 0), "needs:ambiguous");
  ck_assert_str_eq(verdict(lex, "сказал птичка", "сказал", 1, 0), "reject:context-word");
  ck_assert_str_eq(tag_string(lex, "обстрел, птичка", 0), "птичка:slang:slang.drone");
  miltag_lexicon_free(lex);
}
END_TEST

/* The hook for rules on neighbouring words: the roles of the context
 * matches that end or start at each token of a window. */
static mt_stok tok_of(const mt_image *img, const char *text, const char *word, unsigned flags,
                      unsigned gap) {
  const char *at = strstr(text, word);
  char key[64] = {0};
  size_t n;
  ck_assert_int_eq(miltag_normalize(word, strlen(word), key, sizeof key - 16, &n), MILTAG_OK);
  mt_stok t = {.start = (size_t)(at - text),
               .end = (size_t)(at - text) + strlen(word),
               .id = mt_image_lookup_padded(img, key, n),
               .gap = (uint16_t)gap,
               .flags = (uint8_t)flags};
  return t;
}

START_TEST(roles_by_token) {
  miltag_lexicon *lex = compile_or_fail(HEADER
    "Лев\tcontext\tev.fn\t\tru\tnone\tcap\tevidence=first-name\n"
    "сказал\tcontext\tev.sp\t\tru\tnone\t\tevidence=speech\n"
    "Толстой\tplace\tplace.tolstoi\t\tru\tnone\tctx\t\n");
  const mt_image *img = &lex->img;
  for (int capital = 0; capital < 2; capital++) {
    const char *text = capital ? "Лев Толстой сказал" : "лев Толстой сказал";
    mt_stok toks[3] = {
      tok_of(img, text, capital ? "Лев" : "лев", capital ? MT_TOK_CAP | MT_TOK_SENT : MT_TOK_SENT,
             MILTAG_GAP_BREAK),
      tok_of(img, text, "Толстой", MT_TOK_CAP, MILTAG_GAP_SPACE),
      tok_of(img, text, "сказал", 0, MILTAG_GAP_SPACE),
    };
    mt_cand c[3];
    for (uint32_t i = 0; i < 3; i++) {
      ck_assert_uint_ne(toks[i].id, MT_NONE);
      c[i] = (mt_cand){i, i, img->root[toks[i].id], 0, MT_CAND_MATCH, 0, 0};
    }
    mt_window w = {img, text, strlen(text), toks, 3, MILTAG_GAP_BREAK};
    mt_ev ev;
    mt_ev_scratch sc = {0};
    ck_assert_int_eq(mt_ev_begin(&ev, &w, c, 3, NULL, 0, &sc, &lex->alloc), MILTAG_OK);
    /* a `cap` first name counts only when capitalized, and the capital of
     * a sentence's first word leaves a Russian name weak */
    ck_assert_uint_eq(mt_ev_roles_ending(&ev, 0), 0);
    ck_assert_uint_eq(mt_ev_roles_starting(&ev, 0), 0);
    ck_assert_uint_eq(ev.tok[0].end_weak, capital ? MT_ROLE_FIRST_NAME : 0);
    ck_assert_uint_eq(ev.tok[0].start_weak, capital ? MT_ROLE_FIRST_NAME : 0);
    ck_assert_uint_eq(mt_ev_roles_ending(&ev, 1), 0);
    ck_assert_uint_eq(mt_ev_roles_starting(&ev, 2), MT_ROLE_SPEECH);
    ck_assert_uint_eq(mt_ev_roles_ending(&ev, 3), 0); /* past the window */
    /* and none of it is military context */
    ck_assert_uint_eq(ev.found & MT_EV_ALL, 0);
    miltag_reason why;
    /* the roles decide: a person after a first name, or the subject of
     * a verb of saying */
    ck_assert_int_eq(mt_ev_row(&ev, img->matches[img->nodes[c[1].node].first], &c[1], &why),
                     MILTAG_REJECT);
    ck_assert_int_eq(why, capital ? MILTAG_REASON_AFTER_FIRST_NAME : MILTAG_REASON_SPEECH_VERB);
    mt_ev_scratch_free(&lex->alloc, &sc);
  }
  miltag_lexicon_free(lex);
}
END_TEST

/* The roles of a context word by its flags and its capital, as the first
 * step of mt_ev_begin finds them (context_verdict judges the commonest
 * flags itself, mt_ev_row the rest: both must agree): `cap` wants the
 * capital; `amb` lacks evidence unless a capital proves it, which an
 * English row's, or any at a sentence's start, does not; a Russian name
 * accepted by its capital at a sentence's start is left weak. */
static void context_roles(miltag_lexicon *lex, const char *word, unsigned flags, uint32_t *strong,
                          uint32_t *weak) {
  const mt_image *img = &lex->img;
  mt_stok t = tok_of(img, word, word, flags, MILTAG_GAP_SPACE);
  ck_assert_uint_ne(t.id, MT_NONE);
  mt_cand c = {0, 0, img->root[t.id], 0, MT_CAND_MATCH, 0, 0};
  mt_window w = {img, word, strlen(word), &t, 1, MILTAG_GAP_BREAK};
  mt_ev ev;
  mt_ev_scratch sc = {0};
  ck_assert_int_eq(mt_ev_begin(&ev, &w, &c, 1, NULL, 0, &sc, &lex->alloc), MILTAG_OK);
  ck_assert_uint_eq(ev.tok[0].start, ev.tok[0].end);
  ck_assert_uint_eq(ev.tok[0].start_weak, ev.tok[0].end_weak);
  *strong = ev.tok[0].start;
  *weak = ev.tok[0].start_weak;
  mt_ev_scratch_free(&lex->alloc, &sc);
}

START_TEST(context_roles_by_flags) {
  miltag_lexicon *lex = compile_or_fail(HEADER
    "at\tcontext\tev.at\t\ten\tnone\tamb\tevidence=locative\n"
    "Smith\tcontext\tev.smith\t\ten\tnone\tcap\tevidence=surname\n"
    "Bill\tcontext\tev.bill\t\ten\tnone\tamb,cap\tevidence=first-name\n"
    "Gen\tcontext\tev.gen\t\ten\tnone\tctx\tevidence=title\n"
    "said\tcontext\tev.said\t\ten\tnone\t\tevidence=speech\n"
    "в\tcontext\tev.v\t\tru\tnone\tamb\tevidence=locative\n"
    "Иван\tcontext\tev.ivan\t\tru\tnone\tcap\tevidence=first-name\n");
  static const struct {
    const char *word;
    unsigned flags;
    uint32_t strong, weak;
  } cases[] = {
    {"at", 0, 0, MT_ROLE_LOCATIVE},
    {"At", MT_TOK_CAP, 0, MT_ROLE_LOCATIVE},
    {"smith", 0, 0, 0},
    {"Smith", MT_TOK_CAP, MT_ROLE_SURNAME, 0},
    {"Smith", MT_TOK_CAP | MT_TOK_SENT, MT_ROLE_SURNAME, 0},
    {"bill", 0, 0, 0},
    {"Bill", MT_TOK_CAP, 0, MT_ROLE_FIRST_NAME},
    {"gen", 0, 0, MT_ROLE_TITLE},
    {"Gen", MT_TOK_CAP, 0, MT_ROLE_TITLE},
    {"said", 0, MT_ROLE_SPEECH, 0},
    {"Said", MT_TOK_CAP | MT_TOK_SENT, MT_ROLE_SPEECH, 0},
    {"в", 0, 0, MT_ROLE_LOCATIVE},
    {"В", MT_TOK_CAP, MT_ROLE_LOCATIVE, 0},
    {"В", MT_TOK_CAP | MT_TOK_SENT, 0, MT_ROLE_LOCATIVE},
    {"иван", 0, 0, 0},
    {"Иван", MT_TOK_CAP, MT_ROLE_FIRST_NAME, 0},
    {"Иван", MT_TOK_CAP | MT_TOK_SENT, 0, MT_ROLE_FIRST_NAME},
  };
  for (size_t k = 0; k < sizeof cases / sizeof *cases; k++) {
    uint32_t strong, weak;
    context_roles(lex, cases[k].word, cases[k].flags, &strong, &weak);
    ck_assert_msg(strong == cases[k].strong && weak == cases[k].weak,
                  "%s (flags %u): roles %x, weak %x", cases[k].word, cases[k].flags, strong, weak);
  }
  miltag_lexicon_free(lex);
}
END_TEST

START_TEST(military_context_has_no_roles) {
  miltag_lexicon *lex = compile_or_fail(HEADER "обстрел\tcontext\tctx.a\t\tru\tnone\t\t\n");
  const mt_image *img = &lex->img;
  const char *text = "обстрел";
  mt_stok t = tok_of(img, text, "обстрел", MT_TOK_SENT, MILTAG_GAP_BREAK);
  mt_cand c = {0, 0, img->root[t.id], 0, MT_CAND_MATCH, 0, 0};
  mt_window w = {img, text, strlen(text), &t, 1, MILTAG_GAP_BREAK};
  mt_ev ev;
  mt_ev_scratch sc = {0};
  ck_assert_int_eq(mt_ev_begin(&ev, &w, &c, 1, NULL, 0, &sc, &lex->alloc), MILTAG_OK);
  /* military context is the sentence's, no role of a token */
  ck_assert_uint_eq(mt_ev_roles_ending(&ev, 0), 0);
  ck_assert_uint_eq(mt_ev_roles_starting(&ev, 0), 0);
  /* (and the script of its letters: MT_EV_CYRILLIC) */
  ck_assert_uint_eq(ev.found & MT_EV_ALL, MT_EV_MILITARY);
  ck_assert(ev.found & MT_EV_CYRILLIC);
  mt_ev_scratch_free(&lex->alloc, &sc);
  miltag_lexicon_free(lex);
}
END_TEST

/* docs/units-grammar-spec.md 4 (issue 13): evidence that a row finds in
 * its own case or quotes is no context for the other rows of the
 * sentence; slang in a short quotation is quoted; an abbreviation
 * declined in mixed case (СОБРы) is written as one. */
START_TEST(units_and_slang_evidence) {
  miltag_lexicon *lex = compile_or_fail(HEADER
    "птичка\tslang\tslang.drone\t\tru\t\tctx\t\n"        /* 0 */
    "Айдар\tunit\tunit.aidar\t\tru\tnone\tamb\t\n"       /* 1 */
    "котел\tslang\tslang.kotel\t\tru\tm+fv\tctx\t\n"     /* 2 */
    "СОБР\tunit\tunit.sobr\t\tmul\tnone\t\t\n"           /* 3 */
    "СОБРы\tunit\tunit.sobr\t\tmul\tnone\t\t\n"          /* 4 */
    "ВСУ\tunit\tunit.afu\t\tru\t\t\t\n");                /* 5 */
  /* Айдар is accepted by its capital, and gives птички no context */
  ck_assert_str_eq(verdict(lex, "там Айдар, а птички поют", "Айдар", 1, 0), "accept:capital:TAG");
  ck_assert_str_eq(verdict(lex, "там Айдар, а птички поют", "птички", 0, 0), "needs:needs-context");
  /* a quoted «птички» is accepted by its quotes, and gives none either */
  ck_assert_str_eq(verdict(lex, "там «птички», а айдар молчит", "айдар", 1, 0), "needs:miscased");
  /* a sure match does */
  ck_assert_str_eq(verdict(lex, "ВСУ и птички", "птички", 0, 0), "accept:military-context:TAG");
  /* slang inside a short quotation */
  ck_assert_str_eq(verdict(lex, "писали про \"сентябрьских котлов\" в сводке", "котлов", 2, 0),
                   "accept:quoted-slang:TAG");
  ck_assert_str_eq(verdict(lex, "про «новых котлов» писали", "котлов", 2, 0), "accept:quoted-slang:TAG");
  /* a quotation that goes on after the word names something else */
  ck_assert_str_eq(verdict(lex, "про «котлов под Изюмом» писали", "котлов", 2, 0), "needs:needs-context");
  ck_assert_str_eq(verdict(lex, "про «много очень старых ржавых котлов» писали", "котлов", 2, 0),
                   "needs:needs-context");
  ck_assert_str_eq(verdict(lex, "«Писали» про котлов", "котлов", 2, 0), "needs:needs-context");
  /* a quoted utterance (its first word capitalized, not the jargon's) is
   * speech, not a word set off for its sense: «Я на нулі», I'm broke */
  ck_assert_str_eq(verdict(lex, "он писал «Мы в котле» жене", "котле", 2, 0), "needs:needs-context");
  ck_assert_str_eq(verdict(lex, "он писал «мы в котле» жене", "котле", 2, 0), "accept:quoted-slang:TAG");
  /* mixed case, as the row writes it */
  ck_assert_str_eq(verdict(lex, "опять СОБРы приехали", "СОБРы", 4, 0), "accept:sure:TAG");
  ck_assert_str_eq(verdict(lex, "опять Собры приехали", "Собры", 4, 0), "needs:miscased");
  miltag_lexicon_free(lex);
}
END_TEST

/* Every candidate's verdict is its reason's (miltag_reason_verdict): a
 * rule that accepts says so by an accepting reason (the fuzzer found a
 * quoted company's name accepted under a rejecting one). */
static int verdict_of_reason(const miltag_candidate *c, void *ctx) {
  size_t *bad = ctx;
  if (miltag_reason_verdict((int)c->reason) != (int)c->verdict) (*bad)++;
  return 0;
}

START_TEST(verdicts_agree_with_reasons) {
  miltag_lexicon *lex;
  ck_assert_int_eq(miltag_lexicon_default(NULL, &lex), MILTAG_OK);
  static const char *const texts[] = {
    "груз200 «Вагнер» Kharkiv's 300-х",
    "Мать узнала о его смерти из списка «Вагнера», опубликованного в телеграм-канале.",
    "Wagner fighters call themselves musicians.",
    "Every night we'd watch the Mopeds come in over the Dnipro.",
    "(M): Half the company is 300 now.",
    /* (a small place quoted alone that is a unit's name, a war word
     * beside it: the place needs evidence, under unit-words; the fuzzer
     * found it under quoted-name, a rejecting reason) */
    "Говорит боец 200 \"Azov\"",
  };
  miltag_scanner *sc;
  ck_assert_int_eq(miltag_scanner_new(lex, &sc), MILTAG_OK);
  for (size_t k = 0; k < sizeof texts / sizeof *texts; k++) {
    size_t bad = 0;
    ck_assert_int_eq(miltag_candidates(sc, texts[k], strlen(texts[k]), 0, verdict_of_reason, &bad),
                     MILTAG_OK);
    ck_assert_msg(bad == 0, "'%s': %zu candidates whose verdict is not their reason's", texts[k], bad);
  }
  miltag_scanner_free(sc);
  miltag_lexicon_free(lex);
}
END_TEST

/* Two jargon words of different entries that need context, in a line of
 * dialogue (a dash opens it), are each other's context; one alone, two of
 * one entry, or two in prose are not. */
START_TEST(jargon_pair_in_dialogue) {
  miltag_lexicon *lex = compile_or_fail(HEADER
    "птичка\tslang\tslang.drone\t\tru\t\tctx\t\n"        /* 0 */
    "котел\tslang\tslang.kotel\t\tru\tm+fv\tctx\t\n"     /* 1 */
    "нуль\tslang\tslang.zero\t\tru\tm+fv\tctx\t\n");     /* 2 */
  ck_assert_str_eq(verdict(lex, "— Мы на нуле сидим, а птички висят.", "нуле", 2, 0),
                   "accept:jargon-pair:TAG");
  ck_assert_str_eq(verdict(lex, "— Мы на нуле сидим, а птички висят.", "птички", 0, 0),
                   "accept:jargon-pair:TAG");
  ck_assert_str_eq(verdict(lex, "Мама\n- Вчера из котла вышли, а птички над нами.", "котла", 1, 0),
                   "accept:jargon-pair:TAG");
  ck_assert_str_eq(verdict(lex, "— Мы на нуле сидим, тихо.", "нуле", 2, 0), "needs:needs-context");
  ck_assert_str_eq(verdict(lex, "— Птички поют, а птички молчат.", "птички", 0, 0), "needs:needs-context");
  ck_assert_str_eq(verdict(lex, "Мы на нуле сидим, а птички поют.", "нуле", 2, 0), "needs:needs-context");
  ck_assert_str_eq(verdict(lex, "Счёт — ноль, а птички поют.", "птички", 0, 0), "needs:needs-context");
  /* (a jargon word its quotation marks make the war's is one of the pair
   * too: — Там «птички» кругом, пацаны в котле сидят; h24-ru-042) */
  ck_assert_str_eq(verdict(lex, "— Там «птички» кругом, пацаны в котле сидят.", "котле", 1, 0),
                   "accept:jargon-pair:TAG");
  ck_assert_str_eq(verdict(lex, "— Пацаны в котле сидят, а «птички» кругом.", "котле", 1, 0),
                   "accept:jargon-pair:TAG");
  ck_assert_str_eq(verdict(lex, "Там «птички» кругом, а мы в котле варим суп.", "котле", 1, 0),
                   "needs:needs-context");
  miltag_lexicon_free(lex);
}
END_TEST

/* A line of a call's transcript (a speaker's tag, "(R):", earlier on the
 * line) is the war's talk: the jargon that needs context is the war's
 * there, as soldiers speak it with no other war word ("(R): The birds hang
 * over us all day").  Not prose, not a line without a tag, not a bracket
 * of other words. */
START_TEST(jargon_on_a_transcript_line) {
  miltag_lexicon *lex = compile_or_fail(HEADER
    "birds\tslang\tslang.drone\t\ten\t\tctx\t\n"        /* 0 */
    "zero\tslang\tslang.zero\t\ten\t\tctx\t\n"          /* 1 */
    "нуль\tslang\tslang.zero\t\tru\tm+fv\tctx\t\n");    /* 2 */
  ck_assert_str_eq(verdict(lex, "(R): The birds hang over us all day.", "birds", 0, 0),
                   "accept:jargon-pair:TAG");
  ck_assert_str_eq(verdict(lex, "Call 3\n(U): Mom, we're on the zero now.", "zero", 1, 0),
                   "accept:jargon-pair:TAG");
  ck_assert_str_eq(verdict(lex, "(M): Мы на нуле третий день.", "нуле", 2, 0), "accept:jargon-pair:TAG");
  ck_assert_str_eq(verdict(lex, "The birds hang over us all day.", "birds", 0, 0), "needs:needs-context");
  ck_assert_str_eq(verdict(lex, "(R): hello\nThe birds hang over us all day.", "birds", 0, 0),
                   "needs:needs-context");
  ck_assert_str_eq(verdict(lex, "(see page 3): the birds sang.", "birds", 0, 0), "needs:needs-context");
  miltag_lexicon_free(lex);
  /* the word a turn opens with, then a comma, is whom the speaker calls,
   * a person (a son's "Батя," on a call home), not the jargon's thing */
  lex = compile_or_fail(HEADER
    "батя\tslang\tslang.batya\t\tru\tf\tctx\t\n"        /* 0 */
    "птичка\tslang\tslang.drone\t\tru\tf\tctx\t\n");    /* 1 */
  ck_assert_str_eq(verdict(lex, "(M): Батя, скажи пацанам, тут птички висят.", "Батя", 0, 0),
                   "needs:needs-context");
  ck_assert_str_eq(verdict(lex, "— Батя, тут птички висят.", "Батя", 0, 0), "needs:needs-context");
  ck_assert_str_eq(verdict(lex, "(M): Батя, скажи пацанам, тут птички висят.", "птички", 1, 0),
                   "accept:jargon-pair:TAG");
  ck_assert_str_eq(verdict(lex, "(M): Так нас батя учил.", "батя", 0, 0), "accept:jargon-pair:TAG");
  miltag_lexicon_free(lex);
  /* English jargon that is quoted only elsewhere (box) is the war's on a
   * transcript line too: the translator's word for коробочка */
  lex = compile_or_fail(HEADER
    "box\tslang\tslang.box\t\ten\t\tquoted\t\n");       /* 0 */
  ck_assert_str_eq(verdict(lex, "(R): Our box burned near the road.", "box", 0, 0), "accept:jargon-pair:TAG");
  ck_assert_str_eq(verdict(lex, "Our box burned near the road.", "box", 0, 0), "reject:not-quoted");
  miltag_lexicon_free(lex);
  /* a radio code spelled with dots said on a line of a call (dialogue or
   * transcript) is the call's code; in prose it is a version's number */
  lex = compile_or_fail(HEADER
    "4.5.0.\tslang\tslang.all-clear\t\tmul\tnone\tctx\t\n");   /* 0 */
  ck_assert_str_eq(verdict(lex, "— Чую добре, 4.5.0, прийом.", "4.5.0", 0, 0), "accept:jargon-pair:TAG");
  ck_assert_str_eq(verdict(lex, "(U): 4.5.0, all quiet here.", "4.5.0", 0, 0), "accept:jargon-pair:TAG");
  ck_assert_str_eq(verdict(lex, "Вийшла версія 4.5.0 програми.", "4.5.0", 0, 0), "reject:named-kind"); /* (a program's: computing_sentence) */
  miltag_lexicon_free(lex);
}
END_TEST

/* A stop phrase whose first word alone is quoted is still the phrase
 * (на «шестисотых» мерседесах: the car, not the code); the code quoted
 * alone stays the code (о «двухсотом»). */
START_TEST(stop_phrase_with_its_first_word_quoted) {
  miltag_lexicon *lex = compile_or_fail(HEADER
    "шестисотый\tcasualty\tcasualty.600\t\tru\tadj\t\t\n"                  /* 0 */
    "шестисотый мерседес\tcontext\tstop.ordinal\t\tru\tadj m\tnot\t\n"   /* 1 */
    "двухсотый\tcasualty\tcasualty.200\t\tru\tadj\t\t\n");                /* 2 */
  ck_assert_ptr_null(strstr(verdict(lex, "ездили на «шестисотых» мерседесах", "шестисотых", 0, 0), "TAG"));
  ck_assert_ptr_null(strstr(verdict(lex, "ездили на «шестисотых мерседесах»", "шестисотых", 0, 0), "TAG"));
  ck_assert_ptr_null(strstr(verdict(lex, "ездили на шестисотых мерседесах", "шестисотых", 0, 0), "TAG"));
  ck_assert_ptr_nonnull(strstr(verdict(lex, "рассказал о «двухсотом» вчера", "двухсотом", 2, 0), "TAG"));
  ck_assert_ptr_nonnull(strstr(verdict(lex, "«шестисотых» — так называли", "шестисотых", 0, 0), "TAG"));
  miltag_lexicon_free(lex);
}
END_TEST

/* A region the lexicon marks front=border (Russia's oblasts on Ukraine's
 * border, data/gen/places.py) makes its towns places of the war, context
 * for the war's jargon as Ukraine's are; the same region without the
 * attribute, or with another value, does not. */
START_TEST(border_region_by_attribute) {
  static const char *const region[] = {"front=border", "prior=1", "front=no"};
  for (int k = 0; k < 3; k++) {
    char src[1024];
    snprintf(src, sizeof src, "%s%s%s%s", HEADER,
             "бавовна\tslang\tslang.bavovna\t\tuk\tf\tctx\t\n"
             "Бєлгородська область\tplace\tplace.belgorod-oblast\tBelgorod Oblast\tuk\tadj f\t\t"
             "country=RU;type=oblast;",
             region[k],
             "\nБєлгород\tplace\tplace.belgorod\tBelgorod\tuk\tm\t\t"
             "country=RU;admin1=Belgorod Oblast;type=city;pop=340000\n");
    miltag_lexicon *lex = compile_or_fail(src);
    ck_assert_str_eq(tag_string(lex, "У Бєлгороді знову бавовна", 0),
                     k == 0 ? "Бєлгороді:place:place.belgorod|бавовна:slang:slang.bavovna"
                            : "Бєлгороді:place:place.belgorod");
    miltag_lexicon_free(lex);
  }
}
END_TEST

/* A line of dialogue is one speaker's turn: a sentence of it with
 * military context makes the war the subject of the turn's next
 * sentences, for the jargon that needs it (— Арта, прийом! Коробка на
 * девятой); not a line of prose, not the next line, not a sentence
 * before the war's. */
START_TEST(war_turn_of_dialogue) {
  miltag_lexicon *lex = compile_or_fail(HEADER
    "коробка\tslang\tslang.box\t\tru\tf\tctx\t\n"        /* 0 */
    "арта\tslang\tslang.arta\t\tru\tf\t\t\n");           /* 1 */
  ck_assert_str_eq(verdict(lex, "— Арта, приём! Коробка на девятой, работайте!", "Коробка", 0, 0),
                   "accept:jargon-pair:TAG");
  ck_assert_str_eq(verdict(lex, "Мама\n— Арта, приём! Коробка на девятой!", "Коробка", 0, 0),
                   "accept:jargon-pair:TAG");
  ck_assert_str_eq(verdict(lex, "Арта, приём! Коробка на девятой, работайте!", "Коробка", 0, 0),
                   "needs:needs-context");
  ck_assert_str_eq(verdict(lex, "— Арта, приём!\n— Коробка на девятой!", "Коробка", 0, 0),
                   "needs:needs-context");
  ck_assert_str_eq(verdict(lex, "— Коробка на девятой! Арта, приём!", "Коробка", 0, 0),
                   "needs:needs-context");
  miltag_lexicon_free(lex);
}
END_TEST

/* A radio word (role radio: прийом, прийняв, скидаю, сектор, рація) on
 * a line of dialogue makes the turn a call: its jargon that needs context
 * is the war's (— Коробочка йде з боку села, прийом); not in prose, not a
 * turn without one. */
START_TEST(radio_word_on_a_dialogue_line) {
  miltag_lexicon *lex = compile_or_fail(HEADER
    "пташка\tslang\tslang.drone\t\tuk\tf\tctx\t\n"                         /* 0 */
    "коробочка\tslang\tslang.box\t\tuk\tf\tctx\t\n"                        /* 1 */
    "прийом\tcontext\tevidence.radio.uk\t\tuk\tnone\t\tevidence=radio\n"    /* 2 */
    "скидаю\tcontext\tevidence.radio.uk\t\tuk\tnone\t\tevidence=radio\n");  /* 3 */
  ck_assert_str_eq(verdict(lex, "— Пташка над посадкою, бачу двох, скидаю.", "Пташка", 0, 0),
                   "accept:jargon-pair:TAG");
  ck_assert_str_eq(verdict(lex, "Мама\n— Коробочка йде з боку села, прийом.", "Коробочка", 1, 0),
                   "accept:jargon-pair:TAG");
  ck_assert_str_eq(verdict(lex, "Пташка над посадкою, бачу двох, скидаю.", "Пташка", 0, 0),
                   "needs:needs-context");
  ck_assert_str_eq(verdict(lex, "— Пташка над посадкою співає.", "Пташка", 0, 0), "needs:needs-context");
  ck_assert_str_eq(verdict(lex, "— Прийом!\nКоробочка йде з боку села.", "Коробочка", 1, 0),
                   "needs:needs-context");
  miltag_lexicon_free(lex);
}
END_TEST

/* Casualty codes in the built-in lexicon: the case endings of a code
 * written in digits, Ukrainian and Russian (200-того, 300-тих, 300-ті);
 * a code's adjective before an adjective that ends its clause is the code
 * said of a man (один трёхсотый лёгкий), not an ordinal; «статус 500»
 * in a sentence of the war is the status of a man who refuses to fight;
 * English "a 300, not a 200": two codes set against each other. */
START_TEST(casualty_forms_and_codes) {
  miltag_lexicon *lex;
  ck_assert_int_eq(miltag_lexicon_default(NULL, &lex), MILTAG_OK);
  const char *s = tag_string(lex, "Після бою маємо трьох 300-тих і одного 200-того, командир просить ротацію.", 0);
  ck_assert_ptr_nonnull(strstr(s, "200-того:casualty:casualty.200"));
  ck_assert_ptr_nonnull(strstr(s, "300-тих:casualty:casualty.300"));
  s = tag_string(lex, "Вчера вывезли 200-того, а 300-тому помогли.", 0);
  ck_assert_ptr_nonnull(strstr(s, "200-того:casualty:casualty.200"));
  ck_assert_ptr_nonnull(strstr(s, "300-тому:casualty:casualty.300"));
  s = tag_string(lex, "По коробочке попали дважды, экипаж живой, один трёхсотый лёгкий.", 0);
  ck_assert_ptr_nonnull(strstr(s, "трёхсотый:casualty:casualty.300"));
  s = tag_string(lex, "Юбилейный пятисотый выпуск вышел вчера.", 0);
  ck_assert_ptr_null(strstr(s, "пятисотый"));
  s = tag_string(lex, "Это был наш двухсотый концерт.", 0);
  ck_assert_ptr_null(strstr(s, "двухсотый"));
  /* (a code's adjective before a noun-like word is the code in a turn of
   * dialogue whose earlier sentence is the war's, as in a sentence of
   * the war) */
  s = tag_string(lex, "— Сколько двухсотых? — Пока трое, по трёхсотым уточняем.", 0);
  ck_assert_ptr_nonnull(strstr(s, "трёхсотым:casualty:casualty.300"));
  s = tag_string(lex, "— Где билеты? — Пока ищем, по трёхсотым местам уточняем.", 0);
  ck_assert_ptr_null(strstr(s, "трёхсотым"));
  s = tag_string(lex, "Ищу брата из 27-й бригады, позывной Тула, с августа у него статус 500, командир молчит.", 0);
  ck_assert_ptr_nonnull(strstr(s, "500:casualty:casualty.500"));
  s = tag_string(lex, "Сервер вернул статус 500, сайт не открывается.", 0);
  ck_assert_ptr_null(strstr(s, "500:casualty"));
  s = tag_string(lex, "\"Write him down as a 300, not a 200, or the family gets nothing,\" the officer says.", 0);
  ck_assert_ptr_nonnull(strstr(s, "300:casualty:casualty.300"));
  ck_assert_ptr_nonnull(strstr(s, "200:casualty:casualty.200"));
  s = tag_string(lex, "It costs a 300, not a 200 model.", 0);
  ck_assert_ptr_null(strstr(s, "casualty"));
  /* (the Latin forms of the new suffixes leave an English word alone:
   * 200 Togo is no 200-того) */
  s = tag_string(lex, "Some 200 Togo soldiers joined the mission.", 0);
  ck_assert_ptr_null(strstr(s, "casualty"));
  miltag_lexicon_free(lex);
}
END_TEST

/* Slang classes in the built-in lexicon (slang lane, session 20): a code
 * opening a turn or a sentence as the subject of its verb (— Трехсотый
 * умоляет о воде; a verb's ending a noun may have, лежит, лежал, asks
 * the war as an ordinal's noun does); ответка needs the war (a tax office's reply is none);
 * the English "ribbon" of a soldier's speech; the Black Tulip of the
 * Afghan war's dead; the foliage falling, a front's season. */
START_TEST(slang_classes_default) {
  miltag_lexicon *lex;
  ck_assert_int_eq(miltag_lexicon_default(NULL, &lex), MILTAG_OK);
  const char *s = tag_string(lex, "Трехсотый умоляет о воде, а птичка не отстаёт, — пишет оператор в чате.", 0);
  ck_assert_ptr_nonnull(strstr(s, "Трехсотый:casualty:casualty.300"));
  ck_assert_ptr_nonnull(strstr(s, "птичка:slang:slang.drone"));
  s = tag_string(lex, "— Двухсотый лежит у дороги, под обстрелом не забрать.", 0);
  ck_assert_ptr_nonnull(strstr(s, "Двухсотый:casualty:casualty.200"));
  s = tag_string(lex, "Трьохсотий просить пити.", 0);
  ck_assert_ptr_nonnull(strstr(s, "Трьохсотий:casualty:casualty.300"));
  s = tag_string(lex, "Трьохсотий пасажир сів у вагон.", 0);
  ck_assert_ptr_null(strstr(s, "casualty"));
  s = tag_string(lex, "Двухсотый билет продали за минуту.", 0);
  ck_assert_ptr_null(strstr(s, "casualty"));
  /* nouns end as verbs of the past or the present do (-ал, -ел, -ит;
   * Ukrainian -ав, -ив, -ів): no verb there but by an ending nouns lack */
  static const char *const nouns[] = {
      "Двухсотый канал запустили в прошлом году.", "Двухсотый журнал вышел из печати.",
      "Двухсотый визит президента прошёл спокойно.", "Трехсотый кредит банк выдал вчера.",
      "Двухсотый раздел справочника дописан.", "Трехсотый сигнал пришёл с орбиты.",
      "Двохсотий архів відкрили у Львові.", "Трьохсотий мотив пісні звучить знову.", NULL};
  for (size_t i = 0; nouns[i]; i++) {
    s = tag_string(lex, nouns[i], 0);
    ck_assert_msg(strstr(s, "casualty") == NULL, "%s: %s", nouns[i], s);
  }
  s = tag_string(lex, "— Трехсотый умоляет забрать его, — пишет мать.", 0);
  ck_assert_ptr_nonnull(strstr(s, "Трехсотый:casualty:casualty.300"));
  s = tag_string(lex, "Трьохсотий чекає на евакуацію.", 0);
  ck_assert_ptr_nonnull(strstr(s, "Трьохсотий:casualty:casualty.300"));
  s = tag_string(lex, "— Where are you now? — Near Vuhledar, we lost two boxes yesterday and a lot of two-hundreds.", 0);
  ck_assert_ptr_nonnull(strstr(s, "boxes:slang:slang.armoured-vehicle"));
  s = tag_string(lex, "— Did you get the boxes? — Yes, mom, the boxes with socks arrived.", 0);
  ck_assert_ptr_null(strstr(s, "boxes"));
  s = tag_string(lex, "Ответка от налоговой пришла через месяц: штраф 300 рублей и пени.", 0);
  ck_assert_ptr_null(strstr(s, "slang"));
  s = tag_string(lex, "— Опять ответка прилетела прямо по располаге, — жалуется боец.", 0);
  ck_assert_ptr_nonnull(strstr(s, "ответка:slang:slang.return-fire"));
  s = tag_string(lex, "\"We're going over the ribbon tomorrow,\" the contract soldier texted, meaning across the border.", 0);
  ck_assert_ptr_nonnull(strstr(s, "ribbon:slang:slang.border"));
  s = tag_string(lex, "She tied a ribbon in her hair.", 0);
  ck_assert_ptr_null(strstr(s, "ribbon"));
  s = tag_string(lex, "Из Кандагара в Ташкент «чёрный тюльпан» перевозил цинковые гробы.", 0);
  ck_assert_ptr_nonnull(strstr(s, "чёрный тюльпан:slang:slang.black-tulip"));
  s = tag_string(lex, "Команда волонтеров «Черный Тюльпан» обнаружила могилу десантника.", 0);
  ck_assert_ptr_null(strstr(s, "Тюльпан:slang"));
  s = tag_string(lex, "Противник потерял до 40 человек, уничтожены две «Бабы-Яги» и пикап.", 0);
  ck_assert_ptr_nonnull(strstr(s, "Бабы-Яги:slang:slang.baba-yaga"));
  /* (speech declines the second word of Баба-Яга alone, as it does a
   * compound name's: с Баба-Ягой, Баба-Ягами) */
  s = tag_string(lex, "— Всю ночь по позициям Баба-Ягами работали, прийом.", 0);
  ck_assert_ptr_nonnull(strstr(s, "Баба-Ягами:slang:slang.baba-yaga"));
  s = tag_string(lex, "Вночі наші позиції атакували Баба-Ягою, є поранені.", 0);
  ck_assert_ptr_nonnull(strstr(s, "Баба-Ягою:slang:slang.baba-yaga"));
  s = tag_string(lex, "Гурт «Нуль» виступить у Львові.", 0);
  ck_assert_ptr_null(strstr(s, "slang"));
  s = tag_string(lex, "В саду распустился чёрный тюльпан.", 0);
  ck_assert_ptr_null(strstr(s, "тюльпан"));
  s = tag_string(lex, "Коли спаде зеленка, пташкам буде значно легше працювати.", 0);
  ck_assert_ptr_nonnull(strstr(s, "зеленка:slang:slang.foliage"));
  ck_assert_ptr_nonnull(strstr(s, "пташкам:slang:slang.drone"));
  /* a platoon (взвод) is context for the war's jargon; a garden is not */
  s = tag_string(lex, "Весь день над взводом висели птички.", 0);
  ck_assert_ptr_nonnull(strstr(s, "птички:slang:slang.drone"));
  s = tag_string(lex, "Цілий день над взводом висіли пташки.", 0);
  ck_assert_ptr_nonnull(strstr(s, "пташки:slang:slang.drone"));
  s = tag_string(lex, "Весь день над садом висели птички.", 0);
  ck_assert_ptr_null(strstr(s, "slang"));
  /* (idioms of взвод: a man on edge, a gun's hammer cocked; everyday
   * prose, no platoon: stop.idiom) */
  s = tag_string(lex, "Мама весь вечер была на взводе, а птички за окном всё пели.", 0);
  ck_assert_ptr_null(strstr(s, "slang"));
  s = tag_string(lex, "Мама весь вечір була на взводі, а пташки за вікном співали.", 0);
  ck_assert_ptr_null(strstr(s, "slang"));
  s = tag_string(lex, "Щелчок взвода курка спугнул птичек в саду.", 0);
  ck_assert_ptr_null(strstr(s, "slang"));
  miltag_lexicon_free(lex);
}
END_TEST

/* A code or jargon word in a sentence of computing or data (a server, a
 * site, a program, a spreadsheet's table) with no war word in it is that
 * trade's number or word: a server's «500», «Нули» in a table; not when
 * a war word stands in the sentence too. */
START_TEST(computing_sentence_codes) {
  miltag_lexicon *lex = compile_or_fail(HEADER
    "500\tcasualty\tcasualty.500\t\tmul\t\tquoted\t\n"      /* 0 */
    "нули\tslang\tslang.zero\t\tru\t\tctx\t\n"               /* 1 */
    "фронт\tcontext\tctx.b\t\tru\t\t\tevidence=military\n");
  ck_assert_str_eq(verdict(lex, "Сервер опять ответил «500», и программист ушёл пить кофе.", "500", 0, 0),
                   "reject:named-kind");
  ck_assert_str_eq(verdict(lex, "«Нули» в таблице означают, что данные ещё не поступили.", "Нули", 1, 0),
                   "reject:named-kind");
  ck_assert_str_eq(verdict(lex, "Сервер лёг, а у нас «500» на фронт не идут.", "500", 0, 0),
                   "accept:sure:TAG");
  miltag_lexicon_free(lex);
}
END_TEST

/* English speech quoted, its speaker a noun of the war's people (the
 * lexicon's military context: crewman, sniper, conscript) and a verb of
 * speech in the clause after it (one crewman shouted over the radio): the
 * war's talk; not when the war's word is past the clause's comma. */
START_TEST(soldier_quoted_by_role_en) {
  miltag_lexicon *lex = compile_or_fail(HEADER
    "box\tslang\tslang.box\t\ten\t\tquoted\t\n"            /* 0 */
    "crewman\tcontext\tcontext.military\t\ten\t\t\tevidence=military\n"
    "drones\tcontext\tcontext.military\t\ten\t\t\tevidence=military\n"
    "shouted\tcontext\tevidence.speech.en\t\ten\t\t\tevidence=speech\n");
  ck_assert_str_eq(verdict(lex, "\"The box is burning,\" one crewman shouted over the radio.", "box", 0, 0),
                   "accept:jargon-pair:TAG");
  ck_assert_str_eq(verdict(lex, "\"The box is burning,\" she shouted, and the drones flew.", "box", 0, 0),
                   "reject:not-quoted");
  ck_assert_str_eq(verdict(lex, "\"The box is burning,\" one crewman wrote in a diary.", "box", 0, 0),
                   "reject:not-quoted");
  miltag_lexicon_free(lex);
}
END_TEST

/* English speech quoted and said to be a soldier's (the soldier tells,
 * a fighter says, in the recording) is the war's talk: its jargon that
 * needs context, and the everyday words kept quoted (box), are the war's
 * there; not a farmer's, not outside the quotation. */
START_TEST(soldier_quoted_in_english) {
  miltag_lexicon *lex = compile_or_fail(HEADER
    "box\tslang\tslang.box\t\ten\t\tquoted\t\n"        /* 0 */
    "birds\tslang\tslang.drone\t\ten\t\tctx\t\n");     /* 1 */
  ck_assert_str_eq(verdict(lex, "\"We're stuck, and the box is burning,\" the soldier tells his commander.", "box", 0, 0),
                   "accept:jargon-pair:TAG");
  ck_assert_str_eq(verdict(lex, "\"The birds fly all day,\" a fighter says in the recording.", "birds", 1, 0),
                   "accept:jargon-pair:TAG");
  ck_assert_str_eq(verdict(lex, "\"The box is burning,\" she told her mother.", "box", 0, 0), "reject:not-quoted");
  ck_assert_str_eq(verdict(lex, "\"The birds fly all day,\" the farmer says.", "birds", 1, 0), "needs:needs-context");
  ck_assert_str_eq(verdict(lex, "The birds fly all day, \"hello,\" the soldier says.", "birds", 1, 0),
                   "needs:needs-context");
  miltag_lexicon_free(lex);
}
END_TEST

/* A soldier's words quoted with a gloss after them (the spotter said,
 * meaning armored vehicles; using the slang for) or reported by a soldier
 * before them (a soldier said his unit had been sent "beyond the ribbon"):
 * the quotation's jargon is the war's.  Not a gloss of another kind of
 * speech (a chef's), nor a speaker before with no verb of speech. */
START_TEST(glossed_quote_en) {
  miltag_lexicon *lex = compile_or_fail(HEADER
    "boxes\tslang\tslang.box\t\ten\t\tquoted\t\n"          /* 0 */
    "ribbon\tslang\tslang.border\t\ten\t\tquoted\t\n"      /* 1 */
    "soldier\tcontext\tcontext.military\t\ten\t\t\t\n"
    "said\tcontext\tevidence.speech.en\t\ten\t\t\tevidence=speech\n"
    "meaning\tcontext\tevidence.gloss.en\t\ten\t\t\tevidence=gloss\n"
    "slang\tcontext\tevidence.gloss.en\t\ten\t\t\tevidence=gloss\n");
  ck_assert_str_eq(verdict(lex, "\"Two boxes coming down the road,\" the spotter said, meaning armored vehicles.",
                           "boxes", 0, 0), "accept:jargon-pair:TAG");
  ck_assert_str_eq(verdict(lex, "\"Three boxes went past the bridge,\" he shouted, using the slang for tanks.",
                           "boxes", 0, 0), "accept:jargon-pair:TAG");
  ck_assert_str_eq(verdict(lex, "A soldier from Chita said his unit had been sent \"beyond the ribbon\" in February.",
                           "ribbon", 1, 0), "accept:jargon-pair:TAG");
  ck_assert_str_eq(verdict(lex, "\"Two boxes of apples,\" the grocer said, and left.", "boxes", 0, 0),
                   "reject:not-quoted");
  ck_assert_str_eq(verdict(lex, "A soldier from Chita wrote that they \"cut the ribbon\" at the school.",
                           "ribbon", 1, 0), "reject:not-quoted");
  miltag_lexicon_free(lex);
}
END_TEST

/* English "zero" quoted alone, with a naming verb or military context in
 * the sentence (the front line is simply "zero"; known as "zero"), is
 * the zero line wherever it stands; unquoted, a position still needs its
 * preposition and article (rates near zero). */
START_TEST(quoted_position_en) {
  miltag_lexicon *lex = compile_or_fail(HEADER
    "zero\tslang\tslang.zero-line\t\ten\t\tctx\tsense=position\n"  /* 0 */
    "soldiers\tcontext\tcontext.military\t\ten\t\t\t\n"
    "known as\tcontext\tevidence.gloss.en\t\ten\t\t\tevidence=gloss\n");
  ck_assert_str_eq(verdict(lex, "Soldiers call the newly mobilized men mobiks, and the front line is simply \"zero\".",
                           "zero", 0, 0), "accept:quoted-slang:TAG");
  ck_assert_str_eq(verdict(lex, "The first line, known as \"zero\", moved.", "zero", 0, 0), "accept:quoted-slang:TAG");
  ck_assert_str_eq(verdict(lex, "Soldiers say inflation fell to zero.", "zero", 0, 0), "needs:needs-context");
  ck_assert_str_eq(verdict(lex, "The score stayed at \"zero\" all night.", "zero", 0, 0), "needs:needs-context");
  miltag_lexicon_free(lex);
}
END_TEST

/* A jargon word quoted alone right after a work's or an organisation's
 * word is its title or name (альбом «Нуль», the band's album), not the
 * jargon, as a code number there is (фильм «300»). */
START_TEST(quoted_slang_title) {
  miltag_lexicon *lex = compile_or_fail(HEADER
    "нуль\tslang\tslang.zero-line\t\tuk\tm\tctx\t\n"             /* 0 */
    "альбом\tcontext\tevidence.org-word.uk\t\tuk\tm\t\tevidence=org-word\n");
  ck_assert_str_eq(verdict(lex, "Гурт випустив альбом «Нуль», і він очолив чарти.", "Нуль", 0, 0),
                   "reject:organisation");
  ck_assert_str_eq(verdict(lex, "Військові жартують: хто хоч раз виїхав «на нуль», той уже не турист.", "нуль", 0, 0),
                   "accept:quoted-slang:TAG");
  ck_assert_str_eq(verdict(lex, "Нас знову відправили на «нуль».", "нуль", 0, 0), "accept:quoted-slang:TAG");
  miltag_lexicon_free(lex);
}
END_TEST

/* A unit's name quoted alone right after an organisation's or a work's
 * word (ансамбль «Ахмат», театр «Азов», альбом «Кракен») is that
 * ensemble's, theatre's or album's name where no war word stands outside
 * it; with one (бойцы, обстрел) the unit keeps it, and a type word
 * before the name is no organisation's word (батальон «Азов»), nor is a
 * word a unit is called too (террористическая организация «Азов»). */
START_TEST(unit_name_of_an_organisation) {
  miltag_lexicon *lex = compile_or_fail(HEADER
    "Ахмат\tunit\tunit.akhmat\t\tru\tm\t\t\n"                      /* 0 */
    "Азов\tunit\tunit.azov\t\tuk\tm\t\t\n"                         /* 1 */
    "ансамбль\tcontext\tevidence.org-word.ru\t\tru\tm\t\tevidence=org-word\n"
    "театр\tcontext\tevidence.org-word.uk\t\tuk\tm\t\tevidence=org-word\n"
    "организация\tcontext\tevidence.org-word.ru\t\tru\tf\t\tevidence=org-word\n"
    "обстрел\tcontext\tcontext.military\t\tru\tm\t\t\n"
    "бойцы\tcontext\tcontext.military\t\tru\tnone\t\t\n");
  ck_assert_str_eq(verdict(lex, "Ансамбль «Ахмат» исполнил лезгинку на фестивале.", "Ахмат", 0, 0),
                   "reject:organisation");
  ck_assert_str_eq(verdict(lex, "Вчора театр «Азов» відкрив новий сезон.", "Азов", 1, 0),
                   "reject:organisation");
  ck_assert_str_eq(verdict(lex, "После обстрела ансамбль «Ахмат» отменил концерт.", "Ахмат", 0, 0),
                   "accept:sure:TAG");
  ck_assert_str_eq(verdict(lex, "Бойцы «Ахмат» зашли в село.", "Ахмат", 0, 0), "accept:sure:TAG");
  /* (an organisation, a movement, a company is what a unit is called
   * too: the body's word says nothing) */
  ck_assert_str_eq(verdict(lex, "Террористическая организация «Ахмат» запрещена.", "Ахмат", 0, 0),
                   "accept:sure:TAG");
  miltag_lexicon_free(lex);
}
END_TEST

/* A commander's nickname quoted alone (батя) in family talk, a word of
 * kinship in the sentence and no war, is the word for a father. */
START_TEST(personnel_jargon_in_family_talk) {
  miltag_lexicon *lex = compile_or_fail(HEADER
    "батя\tslang\tslang.batya\t\tru\tf\tctx\tsense=personnel\n"      /* 0 */
    "обстрел\tcontext\tcontext.military\t\tru\tm\t\t\n");             /* 1 */
  ck_assert_str_eq(verdict(lex, "Дідусь казав «батя» своєму батькові.", "батя", 0, 0), "needs:needs-context");
  ck_assert_str_eq(verdict(lex, "Отец говорил: «батя» всегда прав.", "батя", 0, 0), "needs:needs-context");
  ck_assert_str_eq(verdict(lex, "Бойцы зовут комбата «батя».", "батя", 0, 0), "accept:quoted-slang:TAG");
  ck_assert_str_eq(verdict(lex, "После обстрела отец сказал: «батя» вывел нас.", "батя", 0, 0),
                   "accept:quoted-slang:TAG");
  miltag_lexicon_free(lex);
}
END_TEST

/* The zero line with a verb of sending or going in beside it (на ноль
 * закидывают, заходимо на нуль) is the front's, with no other war word;
 * a sum brought to zero or a firm breaking even is not. */
START_TEST(zero_line_sent_in) {
  miltag_lexicon *lex;
  ck_assert_int_eq(miltag_lexicon_default(NULL, &lex), MILTAG_OK);
  ck_assert_str_eq(tag_string(lex, "— Короче, нас завтра на ноль закидывают, связи не будет.", 0),
                   "ноль:slang:slang.zero-line");
  ck_assert_str_eq(tag_string(lex, "Завтра заходимо на нуль, мамо.", 0), "нуль:slang:slang.zero-line");
  ck_assert_str_eq(tag_string(lex, "Компания вышла на ноль, а прибыль свели на ноль.", 0), "");
  miltag_lexicon_free(lex);
}
END_TEST

/* A line of dialogue is one however long it runs: its dash is found
 * kilobytes before the second word (once a line: a long text of such
 * lines costs no more than one pass over it). */
START_TEST(jargon_pair_in_a_long_line_of_dialogue) {
  miltag_lexicon *lex = compile_or_fail(HEADER
    "птичка\tslang\tslang.drone\t\tru\t\tctx\t\n"        /* 0 */
    "нуль\tslang\tslang.zero\t\tru\tm+fv\tctx\t\n");     /* 1 */
  static char text[16384];
  static const char *const opens[] = {"— Мы на нуле, ", "Мама\n\t- Мы на нуле, ", "Мы на нуле, ",
                                      "— Мама\nМы на нуле, "};
  static const char *const want[] = {"accept:jargon-pair:TAG", "accept:jargon-pair:TAG",
                                     "needs:needs-context", "needs:needs-context"};
  for (size_t k = 0; k < 4; k++) {
    for (size_t fill = 2000; fill <= 12000; fill += 5000) {
      size_t n = strlen(opens[k]);
      memcpy(text, opens[k], n);
      while (n < fill) n += (size_t)sprintf(text + n, "и ещё ");
      n += (size_t)sprintf(text + n, "а птички висят.");
      ck_assert_uint_lt(n, sizeof text);
      ck_assert_msg(strcmp(verdict(lex, text, "птички", 0, 0), want[k]) == 0, "%s at %zu bytes: %s",
                    opens[k], fill, verdict(lex, text, "птички", 0, 0));
    }
  }
  miltag_lexicon_free(lex);
}
END_TEST

/* A small place quoted alone that is also a unit's name, with a military
 * word elsewhere in the sentence, is the unit; unquoted, or quoted
 * without one, the place.  A full stop or a comma inside the closing mark
 * (American usage) still closes the quotation (heldout5 classes). */
START_TEST(quoted_unit_over_small_place) {
  static const char *const cases[][2] = {
    {"Mercenaries were trained at centres linked to \"Azov\".", "Azov:unit:unit.azov"},
    {"Mercenaries were trained at centres linked to \"Azov.\"", "Azov:unit:unit.azov"},
    {"Drones hit the positions of \"Azov,\" the officer said.", "Azov:unit:unit.azov"},
    {"He moved to Azov last year.", "Azov:place:place.azov-gn580054"},
    {"The \"Azov\" hotel opened in Rostov.", "Azov:place:place.azov-gn580054|Rostov:place:place.rostov-on-don"},
  };
  expect_builtin(cases, sizeof cases / sizeof *cases, render_text_category_id);
}
END_TEST

/* A unit's name that is also a town, right before the town's own region,
 * is the town (the region's genitive, or in English after a comma); a
 * ship's name after a ship's word is no place (plname classes). */
START_TEST(town_in_its_region_over_unit) {
  static const char *const cases[][2] = {
    {"В Азове Ростовской области открыли набережную.",
     "Азове:place:place.azov-gn580054|Ростовской области:place:place.rostov-oblast"},
    {"Азов Ростовской области встречает туристов.",
     "Азов:place:place.azov-gn580054|Ростовской области:place:place.rostov-oblast"},
    {"Бойцы Азова воюют под Мариуполем.", "Азова:unit:unit.azov|Мариуполем:place:place.mariupol"},
    {"Бойцы «Азова» в Ростовской области не воюют.",
     "Азова:unit:unit.azov|Ростовской области:place:place.rostov-oblast"},
  };
  expect_builtin(cases, sizeof cases / sizeof *cases, render_text_category_id);
}
END_TEST

/* Units by the words around them (units lane, the held-out classes of
 * 0e3fd1c): men of a unit and an appositive make a town's name the
 * unit's (English); a verb that names a person or a river's word makes a
 * unit's name theirs; a country's possessive makes an ambiguous English
 * name its formation; a Russian unit's name that needs context has it in
 * a sentence naming a town of Ukraine; an intelligence agency between a
 * type word and a quoted name leaves the name alone; GRU unit numbers,
 * historic Ukrainian forces. */
START_TEST(units_by_the_words_around) {
  static const char *const cases[][2] = {
    {"Fighters of Azov held out in Mariupol.", "Azov:unit:unit.azov|Mariupol:place:place.mariupol"},
    {"The brigade grew out of Azov veterans.", "Azov:unit:unit.azov"},
    {"He moved to Azov last year.", "Azov:place:place.azov-gn580054"},
    {"Rubizh, a National Guard brigade, posted footage.",
     "Rubizh:unit:unit.ua-ngu-rubizh|National Guard:unit:unit.ua-ngu"},
    {"Shelling hit Rubizh overnight, troops said.", "Rubizh:place:place.rubizh-ua74100050600091271"},
    {"Мого сусіда звали Айдар, він приїхав на навчання.", ""},
    {"Річка Айдар обміліла.", "Айдар:place:place.aidar-ua44140090010043803"},
    {"Бійці батальйону «Айдар» тримали оборону.", "батальйону «Айдар»:unit:unit.ua-aidar"},
    {"France's Foreign Legion sent a company to Estonia.",
     "France:place:place.france|Foreign Legion:unit:unit.fr-foreign-legion|Estonia:place:place.estonia"},
    {"The Foreign Legion of the novel is a myth.", ""},
    {"Ukraine's Southern Command said the strikes hit Kherson.",
     "Ukraine:place:place.ukraine|Southern Command:unit:unit.ua-oc-south|Kherson:place:place.kherson"},
    {"The Southern Command of the league meets in May.", ""},
    {"Germany's Wagner festival opens in spring.", "Germany:place:place.germany"},
    {"Под Бахмутом у Вагнера были свои госпитали.",
     "Бахмутом:place:place.bakhmut|Вагнера:unit:unit.wagner"},
    {"Оксана Линів диригуватиме оперою Вагнера.", ""},
    {"Магазин «Оплот» в Харькове открылся.", "Харькове:place:place.kharkiv"},
    {"Компанія «Азов-Агро» збільшила врожай соняшнику.", ""},
    {"Бойцы «Ахмат-Чечня» вошли в село.", "Ахмат-Чечня:unit:unit.akhmat-chechnya"},
    {"Спецпідрозділ ГУР «Кракен» показав бій.", "ГУР:unit:unit.ua-gur|Кракен:unit:unit.ua-kraken"},
    {"Полк ССО \"Азов\" воює.", "Полк ССО \"Азов\":unit:unit.ua-3-assault-brigade"},
    {"Analysts say Unit 29155 of the GRU was behind explosions.",
     "Unit 29155:unit:unit.pattern.military-unit-number|GRU:unit:unit.gru"},
    {"Unit 2 nuclear power plant will begin operating.", ""},
    {"Investigators linked GRU unit 29155 to explosions at an arms depot.",
     "GRU:unit:unit.gru|unit 29155:unit:unit.pattern.military-unit-number"},
    {"Shelling near the plant: unit 4 lost power, the army said.", ""},
    {"Бойцы ЧВК Редут воюют под Угледаром.", "ЧВК Редут:unit:unit.ru-pmc-redut|Угледаром:place:place.vuhledar"},
    {"Бойцы спецназа Ахмат заняли позиции.", "Ахмат:unit:unit.akhmat"},
    {"Легіон Українських січових стрільців прийняв бій.",
     "Легіон Українських січових стрільців:unit:unit.ua-sich-riflemen"},
    {"Армія УНР відступала.", "Армія УНР:unit:unit.ua-unr-army"},
    {"Сбор на «Мавики» для 200-й бригады закрыт!",
     "Мавики:slang:slang.mavic|200-й бригады:unit:unit.ru-200-motor-rifle-brigade"},
    {"Командир 300-го полка доложил.", "300-го полка:unit:unit.pattern.regiment"},
    {"На 300-й день войны.", ""},
    {"Ukraine's Security Service (SBU) said it detained an agent.", "Ukraine:place:place.ukraine|SBU:unit:unit.ua-sbu"},
    {"Вчера пересматривал «300 спартанцев» и «Девятую роту», на финале плакал.", ""},
    {"Бойцы «Третьей роты» вышли к позициям противника.", "Третьей роты:unit:unit.pattern.company"},
  };
  expect_builtin(cases, sizeof cases / sizeof *cases, render_text_category_id);
}
END_TEST

/* Units2 lane (heldout20 classes): an English name of a unit and a town,
 * the subject of a verb of moving troops in a military sentence, is the
 * unit (not after a preposition: the town); a town's adjective in small
 * letters belongs to a numbered formation (not without its number); the
 * Ukrainian загін declines with its і/о (загону). */
START_TEST(units_moved_and_town_adjectives) {
  static const char *const cases[][2] = {
    {"The AFU General Staff said Azov had been moved toward Toretsk.",
     "AFU:unit:unit.afu|Azov:unit:unit.azov|Toretsk:place:place.toretsk"},
    {"The family moved from Azov to Rostov after the war.",
     "Azov:place:place.azov-gn580054|Rostov:place:place.rostov-on-don"},
    {"В январе 1995 года 131-я майкопская мотострелковая бригада попала в окружение.",
     "131-я майкопская мотострелковая бригада:unit:unit.pattern.motor-rifle-brigade"},
    {"Майкопская мотострелковая бригада стоит в городе.", ""},
    {"Прикордонники 10-го прикордонного загону стежать за кордоном з Білоруссю.",
     "10-го прикордонного загону:unit:unit.pattern.border-detachment|Білоруссю:place:place.belarus"},
  };
  expect_builtin(cases, sizeof cases / sizeof *cases, render_text_category_id);
}
END_TEST

/* enlead lane: an English unit's name that needs context, right before
 * a noun of its leadership in small letters and a person's name (Wagner
 * founder Yevgeny Prigozhin), in an apposition after a name (Prigozhin,
 * the Wagner chief,) or before its commander or its mutiny.  A private
 * military company's heads have a company's titles (founder, chief, boss),
 * which the firm Kraken's have too: other units only by their commander.
 * Not a coach's head, not a composer's or a senator's Wagner. */
START_TEST(unit_heads_and_events_en) {
  static const char *const cases[][2] = {
    {"Wagner founder Yevgeny Prigozhin died in a plane crash.", "Wagner:unit:unit.wagner"},
    {"Wagner chief Yevgeny Prigozhin said his men would withdraw.", "Wagner:unit:unit.wagner"},
    {"Wagner boss Prigozhin posted a video.", "Wagner:unit:unit.wagner"},
    {"Prigozhin, the Wagner chief, posted a video.", "Wagner:unit:unit.wagner"},
    {"Prigozhin said Wagner would leave the city.", "Wagner:unit:unit.wagner"},
    {"Основатель Вагнера Евгений Пригожин погиб.", "Вагнера:unit:unit.wagner"},
    {"Troshev, the Wagner commander, met the minister.", "Wagner:unit:unit.wagner"},
    {"A Wagner commander told reporters that the group would pull out.", "Wagner:unit:unit.wagner"},
    {"The Wagner mutiny ended within a day.", "Wagner:unit:unit.wagner"},
    {"Kraken commander Kostiantyn Nemichev posted a video.", "Kraken:unit:unit.ua-kraken"},
    /* a firm's titles, a team's coach, a person's staff: other bearers
     * of the name have founders, chiefs, bosses, heads and leaders (a
     * college's teams, German firms named Wagner) */
    {"Wagner boss Bashir Mason said his team was tired after the road trip.", ""},
    {"Wagner leader Tahron Allen scored 21 points.", ""},
    {"Tahron Allen, the Wagner leader, went 8-for-12 from the field.", ""},
    {"Wagner chief Frank Meier told Handelsblatt the company would cut 300 jobs.", ""},
    {"Thomas Kneer, the Wagner boss, expects revenue to grow by a tenth.", ""},
    {"Wagner financier Hans Vogel provided the bridge loan.", ""},
    {"Utkin, the Wagner co-founder, was on the plane.", ""},
    {"Kraken co-founder Jesse Powell criticised the regulators.", ""},
    {"Kraken founder Jesse Powell stepped down as chief executive.", ""},
    {"A Kraken commander deck needs blue cards.", ""},
    {"Wagner head coach Bashir Mason praised his guards.", ""},
    {"Smith, the Wagner head coach, was named coach of the year.", ""},
    {"Wagner festival director Katharina Wagner announced the programme.", ""},
    {"Senator Wagner chief of staff Tom Reilly resigned.", ""},
    {"Robert Wagner leader Tom Smith met the council.", ""},
    {"The Wagner leader board is published online.", ""},
    {"Wagner Mutiny is a punk band from Ohio.", "Ohio:place:place.ohio"},
    /* a capitalized word before the name makes a longer name or a
     * person's, but a sentence's first article or former */
    {"Former Wagner commander Andrei Troshev met the minister.", "Wagner:unit:unit.wagner"},
    {"The Finnish Defence Forces commander Timo Kivinen spoke to reporters.", ""},
    /* an official name many states' forces share: the commander says a
     * formation, not whose (Ukraine's Southern Command: a country's
     * possessive) */
    {"Defence Forces commander Timo Kivinen spoke to reporters.", ""},
    /* a firm that bears its family's name has a head of that name */
    {"Wagner commander Ernst Wagner sold the frozen pizza maker to Nestle.", ""},
    /* the pronoun I is no person's name */
    {"The Kraken commander I played against at the club retired.", ""},
  };
  expect_builtin(cases, sizeof cases / sizeof *cases, render_text_category_id);
}
END_TEST

/* Names of other things (heldout17, heldout19 classes; sentences written
 * for this test): Wagner the composer and an orchestra's musicians in a
 * sentence of concert music, in a town of Ukraine too; a war word keeps
 * the unit.  A unit's name sold between clubs (a transfer is a word of
 * sport).  A capitalized jargon phrase named as a work is its title.  An
 * English name that needs context in an appositive with a formation's
 * noun is the unit. */
START_TEST(names_of_other_things) {
  static const char *const cases[][2] = {
    {"Концерт симфонічного оркестру у Львові: музиканти гратимуть Вагнера.", "Львові:place:place.lviv-ua46060250010015970"},
    {"В филармонии Харькова оркестр исполнит Вагнера.", "Харькова:place:place.kharkiv"},
    {"Под Бахмутом у Вагнера были свои госпитали.", "Бахмутом:place:place.bakhmut|Вагнера:unit:unit.wagner"},
    {"Защитник «Ахмата» перешёл в «Локомотив», трансфер обошёлся в три миллиона.", ""},
    {"Kill Zone, the band's second album, went gold.", ""},
    {"The album Kill Zone sold well.", ""},
    {"Troops crossed the kill zone at night.", "kill zone:slang:slang.kill-zone"},
    {"Kraken, a special unit of military intelligence, is operating nearby.", "Kraken:unit:unit.ua-kraken"},
    {"Kraken, a sea monster of legend, sank the ship.", ""},
  };
  expect_builtin(cases, sizeof cases / sizeof *cases, render_text_category_id);
}
END_TEST

/* A cargo code followed by a measure is the weight of a load, not the
 * dead or the wounded (баржа везла груз 300 тонн щебня); the code alone,
 * or before a word that is no measure, stays the code. */
START_TEST(cargo_weight_is_no_code) {
  static const char *const cases[][2] = {
    {"Баржа везла груз 300 тонн щебня.", ""},
    {"Самосвал доставил груз 200 кг цемента.", ""},
    {"На складі лежав вантаж 300 тонн зерна.", ""},
    {"Домой пришел груз 200 из-под Бахмута.", "груз 200:casualty:casualty.200|Бахмута:place:place.bakhmut"},
    {"Отправили груз 300 в госпиталь.", "груз 300:casualty:casualty.300"},
  };
  expect_builtin(cases, sizeof cases / sizeof *cases, render_text_category_id);
}
END_TEST

/* A branch's abbreviation and the country after it are two spans (the
 * eval README: ВДВ России = ВДВ + России); the armed forces' ВС keeps its
 * country, and so does an abbreviation two states share (ССО) (ВС России, ВС Украины, as the golds mark them). */
START_TEST(branch_abbreviation_and_country) {
  static const char *const cases[][2] = {
    {"Самолёты ВКС России нанесли удары.", "ВКС:unit:unit.ru-vks|России:place:place.russia"},
    {"Корабли ВМФ России вышли в море.", "ВМФ:unit:unit.ru-navy|России:place:place.russia"},
    /* (ССО России stays one span: ССО alone is Ukraine's; the country
     * names whose forces they are) */
    {"Бойцы ССО России высадились ночью.", "ССО России:unit:unit.ru-sso"},
    {"Десантники ВДВ России вошли в город.", "ВДВ:unit:unit.vdv|России:place:place.russia"},
    {"Генштаб ВС России сообщил об ударе.", "ВС России:unit:unit.ru-armed-forces"},
  };
  expect_builtin(cases, sizeof cases / sizeof *cases, render_text_category_id);
}
END_TEST

START_TEST(ship_name_is_no_place) {
  static const char *const cases[][2] = {
    {"The cruiser Moskva sank in the Black Sea.", "Black Sea:place:place.black-sea"},
    {"Крейсер «Москва» затонул в Черном море.", "Черном море:place:place.black-sea"},
    {"Ракетный крейсер Москва затонул.", ""},
    {"The submarine Kursk sank in August 2000.", ""},
    {"He flew from Moskva to Kherson.", "Moskva:place:place.moscow|Kherson:place:place.kherson"},
    {"The Japan Ship Exporters Association said orders rose.", ""},
    {"Petro-Canada said it will drill two wells.", ""},
  };
  expect_builtin(cases, sizeof cases / sizeof *cases, render_text_category_id);
}
END_TEST

/* A stop phrase for a jargon word's capitalized homonym (Gogol's
 * Коробочка) stops it by a capital that proves a name; at a sentence's or
 * a quotation's start in a sentence of the war it gives way to the jargon,
 * and elsewhere it still wins. */
START_TEST(name_stop_gives_way_at_sentence_start_in_war) {
  miltag_lexicon *lex = compile_or_fail(HEADER
    "коробочка\tslang\tslang.box\t\tru\tf\tctx\t\n"                 /* 0 */
    "Коробочка\tcontext\tstop.slang-homonym\t\tru\tf\tnot,cap\t\n"  /* 1 */
    "ВСУ\tunit\tunit.afu\t\tru\tnone\t\t\n");                       /* 2 */
  ck_assert_str_eq(verdict(lex, "Коробочку сожгли ВСУ", "Коробочку", 1, 0), "reject:not-capitalized");
  ck_assert_str_eq(verdict(lex, "Коробочку сожгли ВСУ", "Коробочку", 0, 0),
                   "accept:military-context:TAG");
  ck_assert_str_eq(verdict(lex, "ВСУ: «Коробочку сожгли»", "Коробочку", 0, 0),
                   "accept:military-context:TAG");
  /* after a colon: a speaker's label in a transcript, a reported line */
  ck_assert_str_eq(verdict(lex, "(М): Коробочку сожгли ВСУ", "Коробочку", 0, 0),
                   "accept:military-context:TAG");
  /* no war in the sentence, or a capital inside it: the name */
  ck_assert_str_eq(verdict(lex, "Коробочку навестил Чичиков", "Коробочку", 1, 0), "accept:stop-phrase");
  ck_assert_str_eq(verdict(lex, "у ВСУ гостила Коробочка", "Коробочка", 1, 0), "accept:stop-phrase");
  miltag_lexicon_free(lex);
}
END_TEST

int main(void) {
  Suite *s = suite_create("evidence");
  TCase *tc = tcase_create("verdicts");
  tcase_add_test(tc, accepted_and_why);
  tcase_add_test(tc, rejected_and_why);
  tcase_add_test(tc, needing_evidence_and_why);
  tcase_add_test(tc, lost_selection_is_not_a_verdict);
  tcase_add_test(tc, order_and_every_row);
  tcase_add_test(tc, tagged_agrees_with_scan);
  tcase_add_test(tc, reason_names);
  tcase_add_test(tc, candidates_arguments);
  tcase_add_test(tc, candidates_stop);
  suite_add_tcase(s, tc);
  TCase *tt = tcase_create("traits and roles");
  tcase_add_test(tt, traits_from_the_term);
  tcase_add_test(tt, traits_survive_a_copy);
  tcase_add_test(tt, roles_of_context_entries);
  tcase_add_test(tt, roles_are_checked);
  tcase_add_test(tt, roles_are_not_military_context);
  tcase_add_test(tt, roles_by_token);
  tcase_add_test(tt, context_roles_by_flags);
  tcase_add_test(tt, military_context_has_no_roles);
  tcase_add_test(tt, units_and_slang_evidence);
  tcase_add_test(tt, jargon_pair_in_dialogue);
  tcase_add_test(tt, jargon_on_a_transcript_line);
  tcase_add_test(tt, stop_phrase_with_its_first_word_quoted);
  tcase_add_test(tt, verdicts_agree_with_reasons);
  tcase_add_test(tt, jargon_pair_in_a_long_line_of_dialogue);
  tcase_add_test(tt, war_turn_of_dialogue);
  tcase_add_test(tt, radio_word_on_a_dialogue_line);
  tcase_add_test(tt, casualty_forms_and_codes);
  tcase_add_test(tt, soldier_quoted_in_english);
  tcase_add_test(tt, soldier_quoted_by_role_en);
  tcase_add_test(tt, glossed_quote_en);
  tcase_add_test(tt, quoted_position_en);
  tcase_add_test(tt, quoted_slang_title);
  tcase_add_test(tt, unit_name_of_an_organisation);
  tcase_add_test(tt, computing_sentence_codes);
  tcase_add_test(tt, slang_classes_default);
  tcase_add_test(tt, personnel_jargon_in_family_talk);
  tcase_add_test(tt, zero_line_sent_in);
  tcase_add_test(tt, border_region_by_attribute);
  tcase_add_test(tt, quoted_unit_over_small_place);
  tcase_add_test(tt, units_by_the_words_around);
  tcase_add_test(tt, units_moved_and_town_adjectives);
  tcase_add_test(tt, names_of_other_things);
  tcase_add_test(tt, unit_heads_and_events_en);
  tcase_add_test(tt, town_in_its_region_over_unit);
  tcase_add_test(tt, cargo_weight_is_no_code);
  tcase_add_test(tt, branch_abbreviation_and_country);
  tcase_add_test(tt, ship_name_is_no_place);
  tcase_add_test(tt, name_stop_gives_way_at_sentence_start_in_war);
  suite_add_tcase(s, tt);
  return run_suite(s) ? EXIT_FAILURE : EXIT_SUCCESS;
}
