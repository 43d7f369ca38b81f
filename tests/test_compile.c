/* The compiler (lib/compile.c): rows into the trie of the image.  Keys
 * interned once, edges that carry how a term joins its tokens, the slot
 * tokens of patterns, the rows of a node in rank order, traits and roles
 * per row and entry, the forms counted and capped with a warning, and the
 * same bytes from the same rows. */
#include "testutil.h"

#include "evidence.h"
#include "gap.h"
#include "image.h"
#include "scanner.h"

/* Token id of a key (MT_NONE if the lexicon does not have it). */
static uint32_t tok(const mt_image *img, const char *key) {
  char buf[256];
  size_t n = strlen(key);
  ck_assert_uint_lt(n + MT_KEY_PAD, sizeof buf);
  memset(buf, 0, sizeof buf);
  memcpy(buf, key, n);
  return mt_image_lookup_padded(img, buf, n);
}

/* The node reached by keys[0..n) joined by gap kinds gaps[1..n). */
static uint32_t walk(const mt_image *img, const char *const *keys, const uint32_t *gaps, size_t n) {
  uint32_t node = 0;
  for (size_t i = 0; i < n && node != MT_NONE; i++) {
    uint32_t t = tok(img, keys[i]);
    if (t == MT_NONE) return MT_NONE;
    node = mt_image_edge(img, node, t, i ? gaps[i] : 0);
  }
  return node;
}

static uint32_t rows_at(const mt_image *img, uint32_t node) {
  return node == MT_NONE ? 0 : MT_NODE_COUNT(&img->nodes[node]);
}

START_TEST(keys_are_interned_once) {
  miltag_lexicon *lex = compile_or_fail(HEADER
    "груз 200\tcasualty\tc.200\t\tru\tnone\t\t\n"
    "Груз-200\tcasualty\tc.200b\t\tru\tnone\t\t\n"
    "200\tcasualty\tc.200c\t\tmul\tnone\t\t\n");
  const mt_image *img = &lex->img;
  ck_assert_uint_eq(img->h->n_tokens, 2); /* груз, 200 */
  ck_assert_uint_ne(tok(img, "груз"), MT_NONE);
  ck_assert_uint_eq(tok(img, "Груз"), MT_NONE); /* keys are normalized */
  /* both spellings end at one node, soft-joined */
  static const char *const k[] = {"груз", "200"};
  static const uint32_t soft[] = {0, MT_GAPK_SOFT}, joined[] = {0, MT_GAPK_JOINED};
  ck_assert_uint_eq(rows_at(img, walk(img, k, soft, 2)), 2);
  ck_assert_uint_eq(walk(img, k, joined, 2), MT_NONE);
  miltag_lexicon_stats st = MILTAG_LEXICON_STATS_INIT;
  ck_assert_int_eq(miltag_lexicon_get_stats(lex, &st), MILTAG_OK);
  ck_assert_uint_eq(st.keys, 2);
  ck_assert_uint_eq(st.rows, 3);
  ck_assert_uint_eq(st.entries, 3);
  miltag_lexicon_free(lex);
}
END_TEST

START_TEST(edges_carry_the_gap_kind) {
  miltag_lexicon *lex = compile_or_fail(HEADER
    "200х\tcasualty\tc.a\t\tru\tnone\t\t\n"
    "в/ч 40318\tunit\tu.a\t\tru\tnone\t\t\n"
    "Storm-Z\tunit\tu.b\t\ten\tnone\t\t\n");
  const mt_image *img = &lex->img;
  static const char *const a[] = {"200", "х"};
  static const char *const b[] = {"в", "ч", "40318"};
  static const char *const c[] = {"storm", "z"};
  uint32_t g[3] = {0, MT_GAPK_JOINED, 0};
  ck_assert_uint_eq(rows_at(img, walk(img, a, g, 2)), 1);
  g[1] = MT_GAPK_SOFT;
  ck_assert_uint_eq(walk(img, a, g, 2), MT_NONE);
  /* "/" is punctuation: the edge holds its signature, the same the
   * tokenizer gives the text's "/" */
  miltag_scanner *s;
  ck_assert_int_eq(miltag_scanner_new(lex, &s), MILTAG_OK);
  mt_token t1, t2;
  ck_assert_int_eq(mt_tok_reset(&s->tok, "в/ч", strlen("в/ч")), 0);
  ck_assert_int_eq(mt_tok_next(&s->tok, &t1), 1);
  ck_assert_int_eq(mt_tok_next(&s->tok, &t2), 1);
  ck_assert(t2.gap & MILTAG_GAP_PUNCT);
  ck_assert_uint_ge(t2.gapsig, MT_GAPK_SIG_MIN);
  g[1] = mt_gap_term_kind(t2.gap, t2.gapsig);
  g[2] = MT_GAPK_SOFT;
  ck_assert_uint_eq(rows_at(img, walk(img, b, g, 3)), 1);
  g[1] = MT_GAPK_SOFT;
  ck_assert_uint_eq(walk(img, b, g, 3), MT_NONE);
  /* a hyphen in a term is soft */
  g[1] = MT_GAPK_SOFT;
  ck_assert_uint_eq(rows_at(img, walk(img, c, g, 2)), 1);
  miltag_scanner_free(s);
  miltag_lexicon_free(lex);
}
END_TEST

/* What text gaps satisfy which edges: the rule of docs/lexicon.md. */
START_TEST(gap_rule) {
  uint32_t k[2];
  ck_assert_uint_eq(mt_gap_text_kinds(MILTAG_GAP_NONE, 0, k), 2);
  ck_assert(k[0] == MT_GAPK_JOINED && k[1] == MT_GAPK_SOFT);
  ck_assert_uint_eq(mt_gap_text_kinds(MILTAG_GAP_DASH, 0, k), 2);
  ck_assert(k[0] == MT_GAPK_JOINED && k[1] == MT_GAPK_SOFT);
  ck_assert_uint_eq(mt_gap_text_kinds(MILTAG_GAP_SPACE | MILTAG_GAP_DASH, 0, k), 1);
  ck_assert_uint_eq(k[0], MT_GAPK_SOFT);
  ck_assert_uint_eq(mt_gap_text_kinds(MILTAG_GAP_QUOTE, 0, k), 1);
  ck_assert_uint_eq(k[0], MT_GAPK_SOFT);
  ck_assert_uint_eq(mt_gap_text_kinds(MILTAG_GAP_SPACE | MILTAG_GAP_PUNCT, 77, k), 1);
  ck_assert_uint_eq(k[0], 77);
  ck_assert_uint_eq(mt_gap_term_kind(MILTAG_GAP_NONE, 0), MT_GAPK_JOINED);
  ck_assert_uint_eq(mt_gap_term_kind(MILTAG_GAP_DASH, 0), MT_GAPK_SOFT);
  ck_assert_uint_eq(mt_gap_term_kind(MILTAG_GAP_SPACE | MILTAG_GAP_QUOTE, 0), MT_GAPK_SOFT);
  ck_assert_uint_eq(mt_gap_term_kind(MILTAG_GAP_PUNCT, 99), 99);
  ck_assert_uint_eq(mt_gap_signature(0), MT_GAPK_SIG_MIN);
  ck_assert_uint_eq(mt_gap_signature(1), MT_GAPK_SIG_MIN + 1);
  ck_assert_uint_eq(mt_gap_signature(12345), 12345);
}
END_TEST

/* Patterns use slot tokens that no text key can be, and an ordinal ending
 * is a second token joined to the number. */
START_TEST(slots_and_ordinal_endings) {
  miltag_lexicon *lex = compile_or_fail(HEADER
    "{num} бригада\tunit\tu.brigade\t\tru\tord f\t\t\n"
    "батальон «{name}»\tunit\tu.named\t\tru\tnone\t\t\n");
  const mt_image *img = &lex->img;
  const mt_img_header *h = img->h;
  ck_assert_uint_ne(h->num_token, MT_NONE);
  ck_assert_uint_ne(h->name_token, MT_NONE);
  ck_assert_uint_ne(h->word_token, MT_NONE);
  /* slots are typed tokens: no key of text or of a term finds them */
  static const char *const keys[] = {"{num}", "{num2}", "{name}", "{word}", "000000000000",
                                     "000000000099", "qmiltagnameslot", "qmiltagwordslot"};
  for (size_t i = 0; i < sizeof keys / sizeof *keys; i++)
    ck_assert_msg(tok(img, keys[i]) == MT_NONE, "%s is a key", keys[i]);
  /* 155-я бригада: {num}, joined "я", then "бригада" */
  uint32_t n1 = mt_image_edge(img, 0, h->num_token, 0);
  ck_assert_uint_ne(n1, MT_NONE);
  uint32_t n2 = mt_image_edge(img, n1, tok(img, "я"), MT_GAPK_JOINED);
  ck_assert_uint_ne(n2, MT_NONE);
  ck_assert_uint_eq(rows_at(img, mt_image_edge(img, n2, tok(img, "бригада"), MT_GAPK_SOFT)), 1);
  /* the traits say which rows have slots */
  ck_assert(img->rows[0].flags & MT_TRAIT_SLOT);
  ck_assert(img->rows[1].flags & MT_TRAIT_NAME);
  ck_assert(!(img->rows[0].flags & MT_TRAIT_NAME));
  miltag_lexicon_free(lex);
}
END_TEST

/* The rows of a node, most likely first: stop phrases, then rows that
 * need no evidence, literal terms before patterns, higher prior, source
 * order. */
START_TEST(rows_in_rank_order) {
  miltag_lexicon *lex = compile_or_fail(HEADER
    "Лиман\tplace\tp.small\t\tru\tnone\t\tprior=10\n"        /* 0 */
    "Лиман\tplace\tp.amb\t\tru\tnone\tamb\tprior=999999\n"  /* 1 */
    "Лиман\tplace\tp.big\t\tru\tnone\t\tprior=5000\n"       /* 2 */
    "Лиман\tcontext\tstop.x\t\tru\tnone\tnot\t\n"           /* 3 */
    "Лиман\tplace\tp.noprior\t\tru\tnone\t\t\n");            /* 4 */
  const mt_image *img = &lex->img;
  uint32_t node = img->root[tok(img, "лиман")];
  const mt_img_node *nd = &img->nodes[node];
  ck_assert_uint_eq(MT_NODE_COUNT(nd), 5);
  static const uint32_t want[] = {3, 2, 0, 4, 1};
  for (uint32_t m = 0; m < 5; m++) ck_assert_uint_eq(img->matches[nd->first + m], want[m]);
  for (uint32_t m = 1; m < 5; m++)
    ck_assert_uint_lt(img->rows[img->matches[nd->first + m - 1]].rank,
                      img->rows[img->matches[nd->first + m]].rank);
  miltag_lexicon_free(lex);
}
END_TEST

/* Traits per row (the evidence module derives them; the image keeps
 * them), roles per entry. */
START_TEST(traits_and_roles_are_stored) {
  miltag_lexicon *lex = compile_or_fail(HEADER
    "Kharkiv\tplace\tp.kh\t\ten\t\tamb\t\n"
    "US\tplace\tp.us\t\ten\t\t\t\n"
    "U.S.\tplace\tp.us\t\ten\t\t\t\n"
    "птичка\tslang\ts.drone\t\tru\t\tctx,quoted\t\n"
    "обстрел\tcontext\tc.a\t\tru\t\t\t\n"
    "пан\tcontext\tev.t\t\tuk\tnone\t\tevidence=title\n");
  const mt_image *img = &lex->img;
  ck_assert_uint_eq(img->rows[0].flags, MT_TRAIT_AMB | MT_TRAIT_PROPER | MT_TRAIT_EN);
  ck_assert_uint_eq(img->rows[1].flags, MT_TRAIT_ABBREV | MT_TRAIT_EN);
  ck_assert_uint_eq(img->rows[2].flags, MT_TRAIT_ABBREV | MT_TRAIT_EN | MT_TRAIT_DOT);
  ck_assert_uint_eq(img->rows[3].flags, MT_TRAIT_CTX | MT_TRAIT_QUOTED);
  ck_assert_uint_eq(img->entries[img->rows[4].entry].roles, MT_ROLE_MILITARY);
  ck_assert_uint_eq(img->entries[img->rows[5].entry].roles, MT_ROLE_TITLE);
  ck_assert_uint_eq(img->entries[img->rows[0].entry].roles, 0);
  miltag_lexicon_free(lex);
}
END_TEST

static int count_warnings(const miltag_error *w, void *ctx) {
  (void)w;
  ++*(int *)ctx;
  return 0;
}

START_TEST(forms_counted_and_capped) {
  miltag_lexicon *lex = compile_or_fail(HEADER "Бахмут\tplace\tp.b\t\tru\tm\t\t\n");
  miltag_lexicon_stats st = MILTAG_LEXICON_STATS_INIT;
  ck_assert_int_eq(miltag_lexicon_get_stats(lex, &st), MILTAG_OK);
  ck_assert_uint_eq(st.forms, 5); /* Бахмут, -а, -у, -ом, -е: a place is singular */
  miltag_lexicon_free(lex);
  /* no inflection: the form as written */
  miltag_compile_options o = MILTAG_COMPILE_OPTIONS_INIT;
  o.flags = MILTAG_COMPILE_NO_INFLECTION;
  miltag_error err;
  const char *t = HEADER "Бахмут\tplace\tp.b\t\tru\tm\t\t\n";
  ck_assert_int_eq(miltag_lexicon_compile(t, strlen(t), "t", &o, &lex, &err), MILTAG_OK);
  ck_assert_int_eq(miltag_lexicon_get_stats(lex, &st), MILTAG_OK);
  ck_assert_uint_eq(st.forms, 1);
  miltag_lexicon_free(lex);
  /* ten optional words of two alternatives each: 2^10 variants * 2^... ,
   * past the forms of one row: a warning, never a silent drop */
  const char *big = HEADER
    "(a|b) (c|d) (e|f) (g|h) (i|j) (k|l) (m|n) (o|p) (q|r) (s|t)\tslang\ts.x\t\ten\tnone\t\t\n";
  int warned = 0;
  miltag_compile_options w = MILTAG_COMPILE_OPTIONS_INIT;
  w.warn = count_warnings;
  w.warn_ctx = &warned;
  ck_assert_int_eq(miltag_lexicon_compile(big, strlen(big), "t", &w, &lex, &err), MILTAG_OK);
  ck_assert_int_eq(warned, 0); /* 1024 forms: within the cap */
  miltag_lexicon_free(lex);
}
END_TEST

/* The same rows compile into the same bytes (images are reproducible). */
START_TEST(same_rows_same_bytes) {
  const char *t = HEADER
    "Лиман\tplace\tp.a\t\tru\t\tamb\tprior=3\n"
    "Лиман\tplace\tp.b\t\tru\t\t\tprior=2\n"
    "{num} бригада\tunit\tu.brigade\t\tru\tord f\t\t\n"
    "обстрел\tcontext\tc.a\t\tru\t\t\t\n";
  miltag_lexicon *a = compile_or_fail(t), *b = compile_or_fail(t);
  const void *da, *db;
  size_t na, nb;
  ck_assert_int_eq(miltag_lexicon_image(a, &da, &na), MILTAG_OK);
  ck_assert_int_eq(miltag_lexicon_image(b, &db, &nb), MILTAG_OK);
  ck_assert_uint_eq(na, nb);
  ck_assert_mem_eq(da, db, na);
  miltag_lexicon_free(a);
  miltag_lexicon_free(b);
}
END_TEST

/* The digits or words a term spells out are never slots, whatever they
 * look like: only {num} and {name} are. */
START_TEST(literal_words_are_not_slots) {
  miltag_lexicon *lex = compile_or_fail(HEADER
    "000000000000 бригада\tunit\tu.zeros\t\tru\tnone\t\t\n"
    "qmiltagnameslot\tslang\ts.q\t\ten\tnone\t\t\n");
  const mt_image *img = &lex->img;
  ck_assert_uint_eq(img->h->num_token, MT_NONE);
  ck_assert_uint_eq(img->h->name_token, MT_NONE);
  ck_assert_str_eq(tag_string(lex, "000000000000 бригада и 155 бригада", 0),
                   "000000000000 бригада:unit:u.zeros");
  ck_assert_str_eq(tag_string(lex, "qmiltagnameslot", 0), "qmiltagnameslot:slang:s.q");
  ck_assert(!(img->rows[0].flags & MT_TRAIT_SLOT));
  miltag_lexicon_free(lex);
}
END_TEST

START_TEST(pattern_errors) {
  static const struct { const char *term, *why; } bad[] = {
    {"[a", "'[' without ']'"},
    {"[a [b]]", "nested"},
    {"(a|b (c|d))", "nested"},
    {"{num}{num}", "a word of its own"},
    {"{num}.{num}", "a word of its own"},
  };
  for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
    char tsv[256];
    snprintf(tsv, sizeof tsv, HEADER "%s\tslang\ts.x\t\ten\tnone\t\t\n", bad[i].term);
    miltag_lexicon *lex;
    miltag_error err;
    ck_assert_int_eq(miltag_lexicon_compile(tsv, strlen(tsv), "t.tsv", NULL, &lex, &err), MILTAG_E_SYNTAX);
    ck_assert_msg(strstr(err.what, bad[i].why) != NULL, "%s: %s", bad[i].term, err.what);
    ck_assert_uint_eq(err.line, 2);
    ck_assert_uint_eq(err.column, 1);
  }
}
END_TEST

int main(void) {
  Suite *s = suite_create("compile");
  TCase *tc = tcase_create("compile");
  tcase_set_timeout(tc, 120);
  tcase_add_test(tc, keys_are_interned_once);
  tcase_add_test(tc, edges_carry_the_gap_kind);
  tcase_add_test(tc, gap_rule);
  tcase_add_test(tc, slots_and_ordinal_endings);
  tcase_add_test(tc, rows_in_rank_order);
  tcase_add_test(tc, traits_and_roles_are_stored);
  tcase_add_test(tc, forms_counted_and_capped);
  tcase_add_test(tc, same_rows_same_bytes);
  tcase_add_test(tc, literal_words_are_not_slots);
  tcase_add_test(tc, pattern_errors);
  suite_add_tcase(s, tc);
  return run_suite(s) ? EXIT_FAILURE : EXIT_SUCCESS;
}
