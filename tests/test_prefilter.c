/* The prefilter (lib/prefilter.c): every key passes it, the key ends it
 * reads from the text are those of the key the normalizer builds, and a
 * scan with it finds exactly the tags of a scan without it. */
#include "testutil.h"

#include "image.h"
#include "testimage.h"
#include "normalize.h"
#include "prefilter.h"
#include "scanner.h"
#include "tokenize.h"

/* A small deterministic generator (xorshift64*). */
static uint64_t rng_state = 0x9E3779B97F4A7C15ull;
static uint64_t rnd(void) {
  rng_state ^= rng_state >> 12;
  rng_state ^= rng_state << 25;
  rng_state ^= rng_state >> 27;
  return rng_state * 0x2545F4914F6CDD1Dull;
}

static miltag_lexicon *default_lexicon(void) {
  miltag_lexicon *lex;
  ck_assert_int_eq(miltag_lexicon_default(NULL, &lex), MILTAG_OK);
  return lex;
}

START_TEST(every_key_of_the_default_lexicon_passes) {
  miltag_lexicon *lex = default_lexicon();
  const mt_image *img = &lex->img;
  ck_assert_ptr_nonnull(img->prefilter);
  ck_assert_uint_eq(img->h->prefilter_words, mt_pf_words(img->h->n_tokens));
  size_t keys = 0;
  for (uint32_t i = 0; i < img->h->key_slots; i++) {
    const mt_img_keyslot *k = &img->keys[i];
    if (k->token == MT_NONE) continue;
    const mt_img_token *t = &img->tokens[k->token];
    ck_assert_msg(mt_pf_pass_key(img->prefilter, img->h->prefilter_words, img->str + t->key, t->len),
                  "key '%s' is turned away", img->str + t->key);
    keys++;
  }
  ck_assert_uint_gt(keys, 100000);
  miltag_lexicon_free(lex);
}
END_TEST

/* Letters and pieces the random words are made of: both cases of ASCII,
 * digits, Russian and Ukrainian letters with ё, Ѐ, ѝ, the letters of
 * U+0400-U+040F and U+0450-U+045F, and a few that take the general path. */
static const char *const pieces[] = {
  "a", "B", "k", "Z", "q", "x", "M", "0", "7", "s", "E",
  "а", "Б", "в", "Г", "ё", "Ё", "ж", "Щ", "ъ", "Ы", "я", "Я", "р", "Р",
  "і", "І", "ї", "Ї", "є", "Є", "ў", "Ў", "ђ", "Ѐ", "ѐ", "ѝ", "Ѝ", "ј", "џ",
  "ґ", "é", "’", "-", ".", "ß",
};

START_TEST(key_ends_from_the_text_are_the_keys) {
  mt_tokenizer tok;
  ck_assert_int_eq(mt_tok_open(&tok), 0);
  mt_norm norm;
  ck_assert_int_eq(mt_norm_init(&norm), 0);
  mt_norm_scratch ns = {0};
  mt_buf key = {0};
  miltag_allocator a;
  mt_alloc_init(&a, NULL);
  const miltag_allocator *al = &a;
  size_t checked[3] = {0, 0, 0};
  for (int round = 0; round < 4000; round++) {
    char text[512];
    size_t n = 0;
    int words = 1 + (int)(rnd() % 6);
    for (int w = 0; w < words; w++) {
      if (w) text[n++] = ' ';
      int len = 1 + (int)(rnd() % 14);
      /* half the words in one script, as most text is */
      int script = (int)(rnd() % 3);
      for (int c = 0; c < len; c++) {
        size_t np = sizeof pieces / sizeof *pieces, pick;
        if (script == 0) pick = rnd() % 11;
        else if (script == 1) pick = 11 + rnd() % 29;
        else pick = rnd() % np;
        size_t pl = strlen(pieces[pick]);
        memcpy(text + n, pieces[pick], pl);
        n += pl;
      }
    }
    ck_assert_int_eq(mt_tok_reset(&tok, text, n), 0);
    mt_token t;
    int rc;
    while ((rc = mt_tok_next(&tok, &t)) == 1) {
      checked[t.charset]++;
      if (t.charset == MT_CHARSET_ANY) continue;
      size_t len = t.end - t.start;
      int nr = mt_normalize_token(&norm, al, &ns, text + t.start, len, n - t.start, t.charset, &key);
      ck_assert_int_ge(nr, 0);
      if (nr == MT_NO_KEY) continue;
      ck_assert_uint_eq(key.len, len);
      uint64_t h1, t1, h2, t2;
      /* read on into the text, and as if the token ended the text */
      for (int k = 0; k < 2; k++) {
        mt_key_ends(text + t.start, len, k ? len : n - t.start, t.charset, &h1, &t1);
        mt_pf_key_ends(key.data, key.len, &h2, &t2);
        ck_assert_msg(h1 == h2 && t1 == t2, "'%.*s': key ends differ from key '%s'", (int)len,
                      text + t.start, key.data);
      }
    }
    ck_assert_int_eq(rc, 0);
  }
  /* the test saw tokens of every kind */
  ck_assert_uint_gt(checked[MT_CHARSET_ASCII], 1000);
  ck_assert_uint_gt(checked[MT_CHARSET_CYRILLIC], 1000);
  ck_assert_uint_gt(checked[MT_CHARSET_ANY], 1000);
  mt_buf_free(al, &key);
  mt_norm_scratch_free(al, &ns);
  mt_tok_close(&tok);
}
END_TEST

START_TEST(most_words_that_are_no_key_are_turned_away) {
  miltag_lexicon *lex = default_lexicon();
  const mt_image *img = &lex->img;
  size_t tried = 0, passed = 0;
  for (int i = 0; i < 20000; i++) {
    char w[16];
    int len = 3 + (int)(rnd() % 10);
    for (int c = 0; c < len; c++) w[c] = (char)('a' + rnd() % 26);
    w[len] = 0;
    w[len + 1] = 0;
    if (mt_image_lookup_padded(img, w, (size_t)len) != MT_NONE) continue;
    tried++;
    passed += mt_pf_pass_key(img->prefilter, img->h->prefilter_words, w, (size_t)len);
  }
  ck_assert_uint_gt(tried, 15000);
  ck_assert_msg(passed * 10 < tried, "%zu of %zu random words pass", passed, tried);
  miltag_lexicon_free(lex);
}
END_TEST

/* The tags of a scan, one line each. */
typedef struct {
  mt_buf out;
} tags_out;

static miltag_allocator std_alloc;

static int on_tag(const miltag_tag *t, void *ctx) {
  tags_out *o = ctx;
  char line[256];
  int n = snprintf(line, sizeof line, "%zu-%zu %d %u %u %x %zu %ld|", t->start, t->end, t->category,
                   t->entry, t->row, t->flags, t->n_candidates, t->count);
  ck_assert_int_eq(mt_buf_append(&std_alloc, &o->out, line, (size_t)n), 0);
  return 0;
}

static void scan_to(const miltag_lexicon *lex, const char *text, size_t len, unsigned flags,
                    tags_out *o) {
  miltag_scanner *s;
  ck_assert_int_eq(miltag_scanner_new(lex, &s), MILTAG_OK);
  mt_alloc_init(&std_alloc, NULL);
  o->out.len = 0;
  int rc = miltag_scan(s, text, len, flags, on_tag, o);
  ck_assert(rc == MILTAG_OK || rc == MILTAG_INCOMPLETE);
  ck_assert_int_eq(mt_buf_append(&std_alloc, &o->out, "", 1), 0);
  miltag_scanner_free(s);
}

/* The same image as lex's with its prefilter switched off, opened from
 * *copy (the caller frees the lexicon, then *copy). */
static miltag_lexicon *without_prefilter(const miltag_lexicon *lex, unsigned char **copy) {
  return reopen_with_field_zero(lex, offsetof(mt_img_header, prefilter_words), copy);
}

START_TEST(tags_are_those_of_a_scan_without_it) {
  miltag_lexicon *lex = default_lexicon();
  unsigned char *copy;
  miltag_lexicon *plain = without_prefilter(lex, &copy);
  ck_assert_ptr_null(plain->img.prefilter);
  /* text: terms of the lexicon as written, capitalized and in capitals,
   * with words and punctuation between them */
  const mt_image *img = &lex->img;
  static const char *const fill[] = {" ", " ", ", ", ". ", " in ", " the ", " в ", " під ",
                                     " said ", " «", "» ", " (", ") ", "\n", " 3 ", "-"};
  mt_buf text = {0};
  mt_alloc_init(&std_alloc, NULL);
  const miltag_allocator *al = &std_alloc;
  append_lexicon_terms(img, al, &text, 60000, fill, sizeof fill / sizeof *fill, 0, rnd);
  tags_out x = {{0}}, y = {{0}};
  static const unsigned flagsets[] = {0, MILTAG_SCAN_OVERLAPS, MILTAG_SCAN_AMBIGUOUS};
  for (size_t f = 0; f < sizeof flagsets / sizeof *flagsets; f++) {
    scan_to(lex, text.data, text.len, flagsets[f], &x);
    scan_to(plain, text.data, text.len, flagsets[f], &y);
    ck_assert_uint_gt(x.out.len, 10000); /* many tags */
    ck_assert_uint_eq(x.out.len, y.out.len);
    ck_assert_msg(memcmp(x.out.data, y.out.data, x.out.len) == 0, "tags differ (flags %u)",
                  flagsets[f]);
  }
  mt_buf_free(al, &x.out);
  mt_buf_free(al, &y.out);
  mt_buf_free(al, &text);
  miltag_lexicon_free(plain);
  miltag_lexicon_free(lex);
  free(copy);
}
END_TEST

/* Every candidate of a scan, context rows included, with what the
 * evidence module made of it, one line each. */
static int on_cand(const miltag_candidate *c, void *ctx) {
  tags_out *o = ctx;
  char line[256];
  int n = snprintf(line, sizeof line, "%zu-%zu %u %u %d %d %d %llx|", c->start, c->end, c->row,
                   c->entry, (int)c->verdict, (int)c->reason, c->tagged,
                   (unsigned long long)c->evidence);
  ck_assert_int_eq(mt_buf_append(&std_alloc, &o->out, line, (size_t)n), 0);
  return 0;
}

START_TEST(candidates_and_evidence_are_those_of_a_scan_without_it) {
  /* the windows the evidence module reads hold the same token ids with
   * and without the prefilter: context words, role words and first names
   * are keys like any other */
  mt_alloc_init(&std_alloc, NULL);
  miltag_lexicon *lex = default_lexicon();
  unsigned char *copy;
  miltag_lexicon *plain = without_prefilter(lex, &copy);
  static const char text[] =
      "Wagner fighters near Kharkiv reported three 200s. The mayor of Kursk, John Smith, said "
      "on Monday that shelling hit Belgorod and Paris, Texas.\n"
      "Бойцы ЧВК «Вагнер» под Бахмутом, груз200 и трёхсотые; Олена Петренко сказала, що в "
      "Андріївці та у Харкові спокійно. В. Путин приехал в Москву, в/ч 12345 под Суджей.\n"
      "Президент Зеленський заявив у Києві, що 155-та бригада морської піхоти в Курській "
      "області.";
  tags_out x = {{0}}, y = {{0}};
  for (int amb = 0; amb < 2; amb++) {
    unsigned flags = amb ? MILTAG_SCAN_AMBIGUOUS : 0;
    miltag_scanner *s1, *s2;
    ck_assert_int_eq(miltag_scanner_new(lex, &s1), MILTAG_OK);
    ck_assert_int_eq(miltag_scanner_new(plain, &s2), MILTAG_OK);
    x.out.len = y.out.len = 0;
    ck_assert_int_eq(miltag_candidates(s1, text, strlen(text), flags, on_cand, &x), MILTAG_OK);
    ck_assert_int_eq(miltag_candidates(s2, text, strlen(text), flags, on_cand, &y), MILTAG_OK);
    ck_assert_uint_gt(x.out.len, 500); /* dozens of candidates */
    ck_assert_uint_eq(x.out.len, y.out.len);
    ck_assert(memcmp(x.out.data, y.out.data, x.out.len) == 0);
    miltag_scanner_free(s1);
    miltag_scanner_free(s2);
  }
  mt_buf_free(&std_alloc, &x.out);
  mt_buf_free(&std_alloc, &y.out);
  miltag_lexicon_free(plain);
  miltag_lexicon_free(lex);
  free(copy);
}
END_TEST

START_TEST(an_image_whose_prefilter_loses_a_key_is_refused) {
  miltag_lexicon *lex = compile_or_fail(HEADER "Kursk\tplace\tplace.kursk\t\ten\t\t\t\n"
                                               "Бахмут\tplace\tplace.bakhmut\t\tru\t\t\t\n");
  size_t size;
  unsigned char *copy = copy_image(lex, &size);
  mt_img_header *h = (mt_img_header *)copy;
  ck_assert_uint_gt(h->prefilter_words, 0);
  memset(copy + h->off_prefilter, 0, (size_t)h->prefilter_words * 8);
  h->checksum = mt_image_checksum(copy, size);
  miltag_lexicon *bad = (miltag_lexicon *)1;
  miltag_error err;
  ck_assert_int_eq(miltag_lexicon_open_image(copy, size, NULL, &bad, &err), MILTAG_E_IMAGE);
  ck_assert_ptr_null(bad);
  /* a compile without a prefilter: an image that has none, the same tags */
  miltag_compile_options opt = MILTAG_COMPILE_OPTIONS_INIT;
  opt.flags = MILTAG_COMPILE_NO_PREFILTER;
  const char *tsv = HEADER "Kursk\tplace\tplace.kursk\t\ten\t\t\t\n";
  miltag_lexicon *none;
  ck_assert_int_eq(miltag_lexicon_compile(tsv, strlen(tsv), "t.tsv", &opt, &none, &err), MILTAG_OK);
  ck_assert_ptr_null(none->img.prefilter);
  ck_assert_str_eq(tag_string(none, "near Kursk.", 0), "Kursk:place:place.kursk");
  ck_assert_str_eq(tag_string(lex, "near Kursk.", 0), "Kursk:place:place.kursk");
  miltag_lexicon_free(none);
  miltag_lexicon_free(lex);
  free(copy);
}
END_TEST

int main(void) {
  Suite *s = suite_create("prefilter");
  TCase *tc = tcase_create("prefilter");
  tcase_set_timeout(tc, 120);
  tcase_add_test(tc, every_key_of_the_default_lexicon_passes);
  tcase_add_test(tc, key_ends_from_the_text_are_the_keys);
  tcase_add_test(tc, most_words_that_are_no_key_are_turned_away);
  tcase_add_test(tc, tags_are_those_of_a_scan_without_it);
  tcase_add_test(tc, candidates_and_evidence_are_those_of_a_scan_without_it);
  tcase_add_test(tc, an_image_whose_prefilter_loses_a_key_is_refused);
  suite_add_tcase(s, tc);
  return run_suite(s) ? EXIT_FAILURE : EXIT_SUCCESS;
}
