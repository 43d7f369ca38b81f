/* Tokenizer: byte offsets into the caller's buffer, sub-tokens where
 * letters meet digits, and the separator ("gap") before each token. */
#include "testutil.h"
#include "alloc.h"
#include "normalize.h"
#include "tokenize.h"

typedef struct toks {
  size_t n;
  mt_token t[64];
} toks;

static void tokenize(const char *text, size_t len, toks *out) {
  mt_tokenizer tk;
  ck_assert_int_eq(mt_tok_open(&tk), 0);
  ck_assert_int_eq(mt_tok_reset(&tk, text, len), 0);
  out->n = 0;
  int rc;
  while ((rc = mt_tok_next(&tk, &out->t[out->n])) == 1) {
    ck_assert_uint_lt(out->n, 63);
    out->n++;
  }
  ck_assert_int_eq(rc, 0);
  mt_tok_close(&tk);
}

/* "tok|tok|tok" */
static const char *render(const char *text, const toks *t) {
  static char buf[1024];
  buf[0] = 0;
  for (size_t i = 0; i < t->n; i++) {
    if (i) strcat(buf, "|");
    strncat(buf, text + t->t[i].start, t->t[i].end - t->t[i].start);
  }
  return buf;
}

static const char *words(const char *text) {
  static toks t;
  tokenize(text, strlen(text), &t);
  return render(text, &t);
}

START_TEST(latin_cyrillic_digits) {
  ck_assert_str_eq(words("Kharkiv and Харків, 200 km."), "Kharkiv|and|Харків|200|km");
  ck_assert_str_eq(words("  leading and trailing  "), "leading|and|trailing");
  ck_assert_str_eq(words(""), "");
  ck_assert_str_eq(words(" ,.;!? "), "");
}
END_TEST

START_TEST(letter_digit_mixtures_split) {
  ck_assert_str_eq(words("груз200"), "груз|200");
  ck_assert_str_eq(words("200s"), "200|s");
  ck_assert_str_eq(words("300-х"), "300|х");
  ck_assert_str_eq(words("155th Brigade"), "155|th|Brigade");
  ck_assert_str_eq(words("M777"), "M|777");
  ck_assert_str_eq(words("4.5.0 і 3,14"), "4.5.0|і|3,14"); /* ICU keeps numbers whole */
}
END_TEST

START_TEST(possessive_split) {
  ck_assert_str_eq(words("Kharkiv's mayor"), "Kharkiv|s|mayor");
  ck_assert_str_eq(words("Russia’s army"), "Russia|s|army");
  /* the Ukrainian apostrophe stays inside the word */
  ck_assert_str_eq(words("Куп'янськ і м’ясо"), "Куп'янськ|і|м’ясо");
  ck_assert_str_eq(words("don't"), "don't");
}
END_TEST

START_TEST(offsets_are_bytes) {
  toks t;
  const char *s = "Ж 200";
  tokenize(s, strlen(s), &t);
  ck_assert_uint_eq(t.n, 2);
  ck_assert_uint_eq(t.t[0].start, 0);
  ck_assert_uint_eq(t.t[0].end, 2);   /* Ж is two bytes */
  ck_assert_uint_eq(t.t[1].start, 3);
  ck_assert_uint_eq(t.t[1].end, 6);
}
END_TEST

START_TEST(emoji_and_other_scripts) {
  ck_assert_str_eq(words("танк🔥горит"), "танк|горит");
  ck_assert_str_eq(words("👍🏽 ok"), "ok");
  ck_assert_str_eq(words("بخموت Bakhmut"), "بخموت|Bakhmut");
  toks t;
  const char *s = "a😀b";
  tokenize(s, strlen(s), &t);
  ck_assert_uint_eq(t.n, 2);
  ck_assert(t.t[1].gap & MILTAG_GAP_PUNCT); /* an emoji separates */
}
END_TEST

START_TEST(gaps) {
  toks t;
  const char *s = "груз200 груз-200 ЧВК «Вагнер», end. Next";
  tokenize(s, strlen(s), &t);
  ck_assert_str_eq(render(s, &t), "груз|200|груз|200|ЧВК|Вагнер|end|Next");
  ck_assert(t.t[0].gap & MILTAG_GAP_BREAK);        /* start of text */
  ck_assert(t.t[0].flags & MT_TOK_SENT);
  ck_assert_uint_eq(t.t[1].gap, MILTAG_GAP_NONE);  /* inside one word */
  ck_assert_uint_eq(t.t[2].gap, MILTAG_GAP_SPACE);
  ck_assert_uint_eq(t.t[3].gap, MILTAG_GAP_DASH);
  ck_assert_uint_eq(t.t[5].gap, MILTAG_GAP_SPACE | MILTAG_GAP_QUOTE);
  ck_assert(t.t[5].flags & MT_TOK_QOPEN);           /* « right before */
  ck_assert_uint_eq(t.t[6].lead_quote, 2);         /* » closes Вагнер */
  ck_assert(t.t[6].gap & MILTAG_GAP_PUNCT);        /* the comma */
  ck_assert(t.t[7].gap & MILTAG_GAP_BREAK);        /* ". " ends a sentence */
  ck_assert(t.t[7].flags & MT_TOK_SENT);
  ck_assert_uint_ne(t.t[6].gapsig, t.t[7].gapsig); /* "," differs from "." */
}
END_TEST

/* The gap between "x" and "y" in x<gap>y (the second token's). */
static mt_token gap_of(const char *gap) {
  char text[64];
  snprintf(text, sizeof text, "200%sy", gap); /* a digit and a letter never join */
  toks t;
  tokenize(text, strlen(text), &t);
  ck_assert_msg(t.n == 2, "gap \"%s\": %zu tokens", gap, t.n);
  return t.t[1];
}

/* The tokenizer's constant tables of one-character gaps (lib/gaptab.c,
 * generated) are gap_analyze's answers, entry by entry. */
START_TEST(gap_tables_are_gap_analyzes) {
  mt_tok_gap_tables *want = malloc(sizeof *want);
  ck_assert_ptr_nonnull(want);
  mt_tok_gap_tables_compute(want);
  const struct mt_tok_gap1 *w[3] = {&want->gap1[0][0], &want->gapc[0][0], &want->gaps[0][0]};
  const struct mt_tok_gap1 *h[3] = {&mt_tok_gaps.gap1[0][0], &mt_tok_gaps.gapc[0][0],
                                    &mt_tok_gaps.gaps[0][0]};
  for (int k = 0; k < 3; k++)
    for (unsigned i = 0; i < 256; i++)
      ck_assert_msg(w[k][i].gap == h[k][i].gap && w[k][i].flags == h[k][i].flags &&
                        w[k][i].lead_quote == h[k][i].lead_quote &&
                        w[k][i].gapsig == h[k][i].gapsig,
                    "table %d, character 0x%02X after %s: lib/gaptab.c is stale "
                    "(build/miltag-gaptab > lib/gaptab.c)",
                    k, i / 2, i % 2 ? "an initial" : "a word");
  free(want);
}
END_TEST

/* ASCII gaps are settled by table (gap_analyze): each kind of character
 * as the rule has it. */
START_TEST(ascii_gaps) {
  mt_token g;
  g = gap_of("'"); /* an apostrophe alone is punctuation, not a quote */
  ck_assert_uint_eq(g.gap, MILTAG_GAP_PUNCT);
  ck_assert_uint_eq(g.lead_quote, 0);
  ck_assert_uint_eq(gap_of("`").gapsig, g.gapsig); /* ` is an apostrophe */
  ck_assert_uint_eq(gap_of("’").gapsig, g.gapsig);
  g = gap_of(" '"); /* not alone: a quotation mark that opens */
  ck_assert_uint_eq(g.gap, MILTAG_GAP_SPACE | MILTAG_GAP_QUOTE);
  ck_assert(g.flags & MT_TOK_QOPEN);
  g = gap_of("' ");
  ck_assert_uint_eq(g.lead_quote, 1);
  ck_assert(!(g.flags & MT_TOK_QOPEN));
  g = gap_of("\"");
  ck_assert_uint_eq(g.gap, MILTAG_GAP_QUOTE);
  ck_assert_uint_eq(g.lead_quote, 1);
  ck_assert(g.flags & MT_TOK_QOPEN);
  /* controls are one signature; the white space of ASCII is white space */
  ck_assert_uint_eq(gap_of("\x01").gapsig, gap_of("\x1F").gapsig);
  ck_assert_uint_eq(gap_of("\x7F").gapsig, gap_of("\x02").gapsig);
  ck_assert_uint_ne(gap_of("\x01").gapsig, gap_of("#").gapsig);
  for (const char *w = "\t\v\f\r "; *w; w++) {
    char one[2] = {*w, 0};
    ck_assert_uint_eq(gap_of(one).gap, MILTAG_GAP_SPACE);
  }
  ck_assert_uint_eq(gap_of("\n").gap, MILTAG_GAP_SPACE);
  ck_assert_uint_eq(gap_of("\n\n").gap, MILTAG_GAP_SPACE | MILTAG_GAP_BREAK | MILTAG_GAP_PUNCT);
  ck_assert_uint_eq(gap_of("-").gap, MILTAG_GAP_DASH);
  ck_assert_uint_eq(gap_of(" - ").gap, MILTAG_GAP_DASH | MILTAG_GAP_SPACE);
  /* a terminal and white space end a sentence; at the gap's end not */
  for (const char *e = ".!?"; *e; e++) {
    char a[3] = {*e, ' ', 0}, b[2] = {*e, 0};
    ck_assert(gap_of(a).gap & MILTAG_GAP_BREAK);
    ck_assert(!(gap_of(b).gap & MILTAG_GAP_BREAK));
  }
  ck_assert(!(gap_of(", ").gap & MILTAG_GAP_BREAK));
  ck_assert(gap_of(".\n").gap & MILTAG_GAP_BREAK);
  ck_assert(gap_of(".\t").gap & MILTAG_GAP_BREAK);
  ck_assert_uint_ne(gap_of(", ").gapsig, gap_of(". ").gapsig);
  ck_assert_uint_eq(gap_of(", ").gapsig, gap_of(" ,").gapsig);
}
END_TEST

START_TEST(every_dash_is_a_dash) {
  const char *dashes[] = {"a-b", "a‐b", "a‑b", "a–b", "a—b", "a―b", "a−b"};
  for (size_t i = 0; i < sizeof dashes / sizeof *dashes; i++) {
    toks t;
    tokenize(dashes[i], strlen(dashes[i]), &t);
    ck_assert_uint_eq(t.n, 2);
    ck_assert_msg(t.t[1].gap == MILTAG_GAP_DASH, "%s", dashes[i]);
  }
}
END_TEST

START_TEST(case_flags) {
  toks t;
  const char *s = "Мир мир ВСУ Kursk 200";
  tokenize(s, strlen(s), &t);
  ck_assert(t.t[0].flags & MT_TOK_CAP);
  ck_assert(!(t.t[1].flags & MT_TOK_CAP));
  ck_assert(t.t[2].flags & MT_TOK_ALLCAPS);
  ck_assert(!(t.t[3].flags & MT_TOK_ALLCAPS));
  ck_assert(t.t[4].flags & MT_TOK_DIGITS);
}
END_TEST

/* The general normalizer and a short cut's output, side by side. */
typedef struct {
  miltag_allocator a;
  mt_norm nm;
  mt_norm_scratch sc;
  mt_buf full, fast;
} key_pair;

static void key_pair_open(key_pair *k) {
  memset(k, 0, sizeof *k);
  mt_alloc_init(&k->a, NULL);
  ck_assert_int_eq(mt_norm_init(&k->nm), 0);
}

static void key_pair_close(key_pair *k) {
  mt_buf_free(&k->a, &k->full);
  mt_buf_free(&k->a, &k->fast);
  mt_norm_scratch_free(&k->a, &k->sc);
}

/* MT_CHARSET_ASCII lets the scanner take the normalizer's ASCII short cut: it
 * must mark exactly the tokens of ASCII letters and digits, and the short
 * cut must give mt_normalize's key. */
START_TEST(ascii_tokens_take_the_short_cut) {
  toks t;
  const char *s = "Kharkiv, Харьков U.K 200s KhAR4 Kyiv's x@y";
  tokenize(s, strlen(s), &t);
  static const int ascii[] = {1, 0, 0, 1, 1, 1, 1, 1, 1, 0};
  ck_assert_uint_eq(t.n, sizeof ascii / sizeof *ascii);
  for (size_t i = 0; i < t.n; i++)
    ck_assert_msg((t.t[i].charset == MT_CHARSET_ASCII) == ascii[i], "token %zu: %.*s", i,
                  (int)(t.t[i].end - t.t[i].start), s + t.t[i].start);

  key_pair k;
  key_pair_open(&k);
  static const char alnum[] =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  unsigned char word[64];
  srand(7);
  for (int iter = 0; iter < 20000; iter++) {
    size_t n = 1 + (size_t)(rand() % 39);
    for (size_t i = 0; i < n; i++) word[i] = (unsigned char)alnum[rand() % (int)(sizeof alnum - 1)];
    /* the text after the token is anything: it is read, never keyed */
    for (size_t i = n; i < sizeof word; i++) word[i] = (unsigned char)rand();
    size_t avail = n + (size_t)rand() % (sizeof word - n + 1);
    ck_assert_int_eq(mt_normalize(&k.nm, &k.a, &k.sc, (char *)word, n, &k.full), 0);
    ck_assert_int_eq(mt_normalize_token(&k.nm, &k.a, &k.sc, (char *)word, n, avail, MT_CHARSET_ASCII, &k.fast), 0);
    ck_assert_uint_eq(k.full.len, k.fast.len);
    ck_assert_mem_eq(k.full.data, k.fast.data, k.full.len + 1);
  }
  key_pair_close(&k);
}
END_TEST

/* A token of MT_CHARSET_CYRILLIC is basic Cyrillic letters only, and the
 * table that normalizes it gives mt_normalize's key for every letter. */
/* The key ends of a Cyrillic token (mt_key_ends, by SSE2 where there is
 * one: every letter in every lane of the head and the tail) are those of
 * its key, whether the text goes on after the token or not. */
START_TEST(cyrillic_key_ends_are_the_keys) {
  key_pair k;
  key_pair_open(&k);
  unsigned char text[80];
  const uint64_t bit5 = 0x2020202020202020ull;
  for (unsigned letter = 0; letter < 96; letter++)
    for (size_t n = 1; n <= 20; n++)
      for (size_t at = 0; at < n; at++) {
        for (size_t i = 0; i < n; i++) {
          unsigned cp = 0x0400 + (i == at ? letter : (unsigned)(i * 37 + letter) % 96);
          text[2 * i] = (unsigned char)(0xC0 | (cp >> 6));
          text[2 * i + 1] = (unsigned char)(0x80 | (cp & 0x3F));
        }
        memset(text + 2 * n, 0xD1, sizeof text - 2 * n); /* what follows is no letter */
        size_t len = 2 * n;
        ck_assert_int_eq(mt_normalize_token(&k.nm, &k.a, &k.sc, (const char *)text, len, len,
                                            MT_CHARSET_CYRILLIC, &k.fast), 0);
        uint64_t want_h = 0, want_t = 0;
        memcpy(&want_h, k.fast.data, len < 8 ? len : 8);
        want_h = mt_first_bytes(want_h | bit5, len < 8 ? len : 8);
        if (len > 8) {
          memcpy(&want_t, k.fast.data + len - 8, 8);
          want_t |= bit5;
        }
        /* the key itself, read on into the text (sixteen bytes a step) */
        ck_assert_int_eq(mt_normalize(&k.nm, &k.a, &k.sc, (const char *)text, len, &k.full), 0);
        ck_assert_int_eq(mt_normalize_token(&k.nm, &k.a, &k.sc, (const char *)text, len,
                                            sizeof text, MT_CHARSET_CYRILLIC, &k.fast), 0);
        ck_assert_msg(k.full.len == len && k.fast.len == len &&
                          !memcmp(k.full.data, k.fast.data, len + 1),
                      "letter U+%04X at %zu of %zu: key %s, by the short cut %s", 0x400 + letter,
                      at, n, k.full.data, k.fast.data);
        for (int on = 0; on < 2; on++) {
          uint64_t h, t;
          mt_key_ends((const char *)text, len, on ? sizeof text : len, MT_CHARSET_CYRILLIC, &h, &t);
          ck_assert_msg(h == want_h && t == want_t, "letter U+%04X at %zu of %zu (text after: %d)",
                        0x400 + letter, at, n, on);
        }
      }
  key_pair_close(&k);
}
END_TEST

START_TEST(cyrillic_tokens_take_the_short_cut) {
  toks t;
  const char *s = "Харьков, ПОД Бахмутом Kyiv Ёлка ѓѝ Storm-Шторм Kиев Ѣять «Їжак» "
                  "ХарЬков200 ўсё";
  tokenize(s, strlen(s), &t);
  static const char *const want_cyr[] = {"Харьков", "ПОД", "Бахмутом", "Ёлка", "ѓѝ",
                                         "Шторм", "Їжак", "ўсё"};
  static const char *const want_not[] = {"Kyiv", "Storm", "Kиев", "Ѣять", "200"};
  size_t found = 0;
  for (size_t i = 0; i < t.n; i++) {
    const unsigned char *p = (const unsigned char *)s + t.t[i].start;
    size_t n = t.t[i].end - t.t[i].start;
    char word[64];
    ck_assert_uint_lt(n, sizeof word);
    memcpy(word, p, n);
    word[n] = '\0';
    if (t.t[i].charset == MT_CHARSET_CYRILLIC) {
      ck_assert_msg(n % 2 == 0, "%s", word);
      for (size_t k = 0; k < n; k += 2)
        ck_assert_msg(p[k] == 0xD0 || (p[k] == 0xD1 && p[k + 1] >= 0x80 && p[k + 1] < 0xA0),
                      "%s is not basic Cyrillic", word);
    }
    for (size_t k = 0; k < sizeof want_cyr / sizeof *want_cyr; k++)
      if (!strcmp(word, want_cyr[k])) {
        ck_assert_msg(t.t[i].charset == MT_CHARSET_CYRILLIC, "%s", word);
        found++;
      }
    for (size_t k = 0; k < sizeof want_not / sizeof *want_not; k++)
      if (!strcmp(word, want_not[k])) {
        ck_assert_msg(t.t[i].charset != MT_CHARSET_CYRILLIC, "%s", word);
        found++;
      }
  }
  ck_assert_uint_eq(found, 13);

  key_pair k;
  key_pair_open(&k);
  char word[80];
  /* every letter alone, then random words of them */
  for (int iter = -96; iter < 5000; iter++) {
    size_t n = iter < 0 ? 1 : 1 + (size_t)(rand() % 39);
    for (size_t i = 0; i < n; i++) {
      unsigned cp = 0x0400 + (unsigned)(iter < 0 ? iter + 96 : rand() % 96);
      word[2 * i] = (char)(0xC0 | (cp >> 6));
      word[2 * i + 1] = (char)(0x80 | (cp & 0x3F));
    }
    ck_assert_int_eq(mt_normalize(&k.nm, &k.a, &k.sc, word, 2 * n, &k.full), 0);
    ck_assert_int_eq(mt_normalize_token(&k.nm, &k.a, &k.sc, word, 2 * n, 2 * n, MT_CHARSET_CYRILLIC, &k.fast), 0);
    ck_assert_msg(k.full.len == k.fast.len && !memcmp(k.full.data, k.fast.data, k.full.len + 1),
                  "%.*s: %s vs %s", (int)(2 * n), word, k.full.data, k.fast.data);
    if (iter == -1) srand(11);
  }
  key_pair_close(&k);
}
END_TEST

START_TEST(invalid_utf8_and_nul) {
  /* offsets stay inside the buffer and never split a valid character */
  const char s[] = "a\xFF\xC3 \xD0\x96\0b\xE2\x82";
  toks t;
  tokenize(s, sizeof s - 1, &t);
  for (size_t i = 0; i < t.n; i++) {
    ck_assert_uint_le(t.t[i].end, sizeof s - 1);
    ck_assert_uint_lt(t.t[i].start, t.t[i].end);
  }
  ck_assert_str_eq(render(s, &t), "a|Ж|b");
}
END_TEST

/* Count the tokens of text[0, len) and render the last few. */
typedef struct tail_toks {
  size_t n;
  char last[128];
} tail_toks;

static void tokenize_tail(const char *text, size_t len, int icu_only, size_t piece, tail_toks *out) {
  mt_tokenizer tk;
  ck_assert_int_eq(mt_tok_open(&tk), 0);
  mt_tok_icu_only(&tk, icu_only);
  if (piece) tk.piece_max = piece;
  ck_assert_int_eq(mt_tok_reset(&tk, text, len), 0);
  mt_token t;
  int rc;
  out->n = 0;
  out->last[0] = 0;
  while ((rc = mt_tok_next(&tk, &t)) == 1) {
    out->n++;
    size_t l = strlen(out->last), w = t.end - t.start;
    if (l + w + 2 < sizeof out->last) {
      if (l) strcat(out->last, "|");
      strncat(out->last, text + t.start, w);
    }
  }
  ck_assert_int_eq(rc, 0);
  mt_tok_close(&tk);
}

#include <pthread.h>

typedef struct connectors {
  char *text;
  size_t len;
  tail_toks fast, icu;
} connectors;

static void *tokenize_connectors(void *arg) {
  connectors *c = arg;
  tokenize_tail(c->text, c->len, 0, 0, &c->fast);
  tokenize_tail(c->text, c->len, 1, 0, &c->icu);
  return NULL;
}

/* A run of lone connectors ("_-_-_-...") once made the fast path recurse
 * once per "_": a stack overflow in Debug, ASan and -O1 builds (issue 18).
 * Two million bytes of it on a thread with a 256 KB stack: no word in the
 * run, the words after it found, the same as ICU's. */
START_TEST(lone_connectors_need_no_stack) {
  static const char tail[] = " Kharkiv __ a_b";
  size_t pairs = 1000000, len = 2 * pairs + sizeof tail - 1;
  connectors c;
  c.text = malloc(len);
  ck_assert_ptr_nonnull(c.text);
  for (size_t i = 0; i < pairs; i++) memcpy(c.text + 2 * i, "_-", 2);
  memcpy(c.text + 2 * pairs, tail, sizeof tail - 1);
  c.len = len;
  pthread_attr_t attr;
  pthread_t th;
  ck_assert_int_eq(pthread_attr_init(&attr), 0);
  ck_assert_int_eq(pthread_attr_setstacksize(&attr, 256 * 1024), 0);
  ck_assert_int_eq(pthread_create(&th, &attr, tokenize_connectors, &c), 0);
  ck_assert_int_eq(pthread_join(th, NULL), 0);
  pthread_attr_destroy(&attr);
  ck_assert_uint_eq(c.fast.n, 3);
  ck_assert_str_eq(c.fast.last, "Kharkiv|__|a_b");
  ck_assert_uint_eq(c.icu.n, c.fast.n);
  ck_assert_str_eq(c.icu.last, c.fast.last);
  free(c.text);
}
END_TEST

/* A chunk that needs ICU and is longer than MT_ICU_PIECE goes to ICU in
 * pieces, so that ICU's dictionary segmentation of a long run of Chinese
 * (about twenty bytes a character) does not grow with it.  Where the text
 * has punctuation, the pieces end after it and the tokens are exactly
 * those of the whole chunk. */
static void same_tokens_in_pieces(const char *text, size_t len, size_t piece) {
  mt_tokenizer a, b;
  ck_assert_int_eq(mt_tok_open(&a), 0);
  ck_assert_int_eq(mt_tok_open(&b), 0);
  a.piece_max = piece;
  b.piece_max = SIZE_MAX;
  ck_assert_int_eq(mt_tok_reset(&a, text, len), 0);
  ck_assert_int_eq(mt_tok_reset(&b, text, len), 0);
  size_t n = 0;
  for (;; n++) {
    mt_token x, y;
    int ra = mt_tok_next(&a, &x), rb = mt_tok_next(&b, &y);
    ck_assert_int_eq(ra, rb);
    if (ra != 1) break;
    ck_assert_msg(x.start == y.start && x.end == y.end && x.gap == y.gap && x.flags == y.flags &&
                      x.gapsig == y.gapsig,
                  "token %zu: pieces [%zu,%zu) gap %x, whole [%zu,%zu) gap %x", n, x.start, x.end,
                  x.gap, y.start, y.end, y.gap);
  }
  ck_assert_uint_gt(n, 10);
  mt_tok_close(&a);
  mt_tok_close(&b);
}

START_TEST(long_chunks_go_to_icu_in_pieces) {
  static const char *const words[] = {"战争", "哈尔科夫", "的", "士兵", "ทหาร", "Харків", "xÌy",
                                      "Kharkiv", "200", "😀", "🇺🇦"};
  static const char *const puncts[] = {"。", "，", "、", "！", "«", "»", "(", ")", "—", ",", "\"", "%"};
  size_t cap = 300000, len = 0;
  char *text = malloc(cap + 64);
  srand(18);
  while (len < cap) {
    const char *w = words[rand() % (int)(sizeof words / sizeof *words)];
    memcpy(text + len, w, strlen(w));
    len += strlen(w);
    if (rand() % 8 == 0) {
      const char *p = puncts[rand() % (int)(sizeof puncts / sizeof *puncts)];
      memcpy(text + len, p, strlen(p));
      len += strlen(p);
    }
  }
  /* punctuation every few words: every cut is after one, tokens as whole */
  same_tokens_in_pieces(text, len, 512);
  same_tokens_in_pieces(text, len, MT_ICU_PIECE);
  /* no punctuation at all: cut at a character boundary never inside a
   * character or before a combining mark, and tokens stay in order */
  len = 0;
  while (len < cap) {
    const char *w = rand() % 2 ? "戰" : "aÌ";
    memcpy(text + len, w, strlen(w));
    len += strlen(w);
  }
  mt_tokenizer t;
  ck_assert_int_eq(mt_tok_open(&t), 0);
  t.piece_max = 1000;
  ck_assert_int_eq(mt_tok_reset(&t, text, len), 0);
  mt_token tok;
  size_t prev = 0, n = 0;
  int rc;
  while ((rc = mt_tok_next(&t, &tok)) == 1) {
    ck_assert_uint_ge(tok.start, prev);
    ck_assert_uint_lt(tok.start, tok.end);
    ck_assert((text[tok.start] & 0xC0) != 0x80 && (tok.end == len || (text[tok.end] & 0xC0) != 0x80));
    ck_assert(!(tok.end < len && (unsigned char)text[tok.end] == 0xCC)); /* not before U+0301 */
    prev = tok.end;
    n++;
  }
  ck_assert_int_eq(rc, 0);
  ck_assert_uint_gt(n, len / 1000);
  mt_tok_close(&t);
  free(text);
}
END_TEST

/* ---------------------------------------------------------------- fast path */

/* Tokens of text with the fast path on, and with ICU alone: they must be
 * identical (offsets, separators, flags). */
static int same_tokens(const char *text, size_t len, char *why, size_t cap) {
  mt_tokenizer a, b;
  ck_assert_int_eq(mt_tok_open(&a), 0);
  ck_assert_int_eq(mt_tok_open(&b), 0);
  mt_tok_icu_only(&b, 1);
  ck_assert_int_eq(mt_tok_reset(&a, text, len), 0);
  ck_assert_int_eq(mt_tok_reset(&b, text, len), 0);
  int ok = 1;
  for (int n = 0;; n++) {
    mt_token x, y;
    int ra = mt_tok_next(&a, &x), rb = mt_tok_next(&b, &y);
    if (ra != rb) {
      snprintf(why, cap, "token %d: fast %s, ICU %s", n, ra ? "has one" : "ended", rb ? "has one" : "ended");
      ok = 0;
      break;
    }
    if (ra != 1) break;
    if (x.start != y.start || x.end != y.end || x.gap != y.gap || x.gapsig != y.gapsig ||
        x.flags != y.flags || x.lead_quote != y.lead_quote) {
      snprintf(why, cap, "token %d: fast [%zu,%zu) gap %x flags %x, ICU [%zu,%zu) gap %x flags %x", n,
               x.start, x.end, x.gap, x.flags, y.start, y.end, y.gap, y.flags);
      ok = 0;
      break;
    }
  }
  mt_tok_close(&a);
  mt_tok_close(&b);
  return ok;
}

/* A random text of 1 to max_pieces pieces (rand()), in text of cap
 * bytes: a piece that would not fit ends it.  "\x00" is one NUL byte. */
static size_t random_text(const char *const *pieces, size_t np, int max_pieces, char *text,
                          size_t cap) {
  size_t len = 0, n = 1 + (size_t)(rand() % max_pieces);
  for (size_t i = 0; i < n; i++) {
    const char *p = pieces[rand() % (int)np];
    size_t l = p[0] ? strlen(p) : 1;
    if (l > cap - len) break;
    memcpy(text + len, p, l);
    len += l;
  }
  return len;
}

/* Random texts of the pieces: the fast path and ICU agree on every token
 * and its flags. */
static void agree_on_random_text(const char *const *pieces, size_t np, unsigned seed,
                                 int iters) {
  srand(seed);
  char text[512], why[256];
  for (int iter = 0; iter < iters; iter++) {
    size_t len = random_text(pieces, np, 14, text, sizeof text);
    if (!same_tokens(text, len, why, sizeof why)) {
      char hex[1600] = "";
      for (size_t i = 0; i < len && i < 200; i++) snprintf(hex + strlen(hex), 8, "%02x ", (unsigned char)text[i]);
      ck_abort_msg("iteration %d: %s; text bytes: %s", iter, why, hex);
    }
  }
}

START_TEST(fast_path_agrees_with_icu_on_random_text) {
  static const char *pieces[] = {
    "a", "Z", "ж", "Ё", "ї", "Ґ", "ӏ", "1", "0", ".", ",", ";", ":", "'", "’", "‘", "_", "-", "—", "–",
    "«", "»", "“", "”", "…", " ", "  ", "\t", "\n", "\r\n", "!", "?", "(", ")", "/", "\xC2\xA0",
    "é", "\xCC\x81", "😀", "·", "\xD2\x83", "\xFF", "\xC3", "\x00", "\xE2\x80\x8B", "\xC2\xAD",
    "груз", "200", "Kharkiv", "U.K", "3.14", "1,000", "don't", "Russia’s",
  };
  agree_on_random_text(pieces, sizeof pieces / sizeof *pieces, 2026, 30000);
  /* long ASCII words, which the chunk scan takes eight bytes at a time:
   * every case mix, digits, and ends at every offset of a word */
  static const char *ascii[] = {
    "a", "Z", "m", "Q", "@", "`", "[", "{", "/", ":", "9", "0", "5", "ab", "CD", "eF", "Gh",
    "wxyz", "WXYZ", "0123", "Storm", "STORM", "storm", "KhArKiV", "x", " ", " ", "-", ".", "ж",
    "\x7F", "\x80", "\xC0", "\x00",
  };
  agree_on_random_text(ascii, sizeof ascii / sizeof *ascii, 29, 30000);
}
END_TEST

/* A way of finding tokens for the tests: MT_WIN_*, ICU alone (WAY_ICU),
 * or WAY_VECTOR_NO_BMI2: MT_WIN_VECTOR as on a CPU with AVX2 but without
 * BMI1/BMI2, where the baseline batch loop calls the AVX2 classes
 * (win_classify_avx2, win_fill_end's win_classify_low_avx2) instead of
 * the inline ones of window_batch_avx2: on a CPU with all three no other
 * way reaches them. */
enum { WAY_ICU = -1, WAY_VECTOR_NO_BMI2 = -2 };

static void tok_way(mt_tokenizer *t, int way) {
  if (way == WAY_ICU) {
    mt_tok_icu_only(t, 1);
  } else if (way == WAY_VECTOR_NO_BMI2) {
    t->win_bmi2 = 0; /* (before the mode: it sets win_fast from it) */
    mt_tok_win_mode(t, MT_WIN_VECTOR);
  } else {
    mt_tok_win_mode(t, way);
  }
}

/* Tokens of text by every way of finding plain tokens (the window with
 * vector or portable classification, byte by byte) and by ICU alone: all
 * identical, or a message in why. */
static int same_tokens_every_way(const char *text, size_t len, char *why, size_t cap) {
  static const int modes[] = {MT_WIN_VECTOR, WAY_VECTOR_NO_BMI2, MT_WIN_PORTABLE,
                              MT_WIN_SSE2,   MT_WIN_OFF,         WAY_ICU};
  enum { NW = sizeof modes / sizeof *modes };
  mt_tokenizer tk[NW];
  for (int m = 0; m < NW; m++) {
    ck_assert_int_eq(mt_tok_open(&tk[m]), 0);
    tok_way(&tk[m], modes[m]);
    ck_assert_int_eq(mt_tok_reset(&tk[m], text, len), 0);
  }
  int ok = 1;
  for (int n = 0; ok; n++) {
    mt_token x[NW];
    int r[NW];
    for (int m = 0; m < NW; m++) r[m] = mt_tok_next(&tk[m], &x[m]);
    for (int m = 1; m < NW && ok; m++) {
      if (r[m] != r[0]) {
        snprintf(why, cap, "token %d: way %d gives %d, the window %d", n, m, r[m], r[0]);
        ok = 0;
      } else if (r[0] == 1 &&
                 (x[m].start != x[0].start || x[m].end != x[0].end || x[m].gap != x[0].gap ||
                  x[m].gapsig != x[0].gapsig || x[m].flags != x[0].flags ||
                  x[m].lead_quote != x[0].lead_quote ||
                  (modes[m] != WAY_ICU && x[m].charset != x[0].charset))) {
        snprintf(why, cap, "token %d: way %d [%zu,%zu) gap %x flags %x cs %d, the window [%zu,%zu) gap %x flags %x cs %d",
                 n, m, x[m].start, x[m].end, x[m].gap, x[m].flags, (int)x[m].charset, x[0].start,
                 x[0].end, x[0].gap, x[0].flags, (int)x[0].charset);
        ok = 0;
      }
    }
    if (r[0] != 1) break;
  }
  for (int m = 0; m < NW; m++) mt_tok_close(&tk[m]);
  return ok;
}

static void hex_abort(const char *what, const char *text, size_t len, const char *why) {
  char hex[2400] = "";
  for (size_t i = 0; i < len && i < 300; i++) snprintf(hex + strlen(hex), 8, "%02x ", (unsigned char)text[i]);
  ck_abort_msg("%s: %s; text bytes: %s", what, why, hex);
}

/* The window sees 64 bytes at a time: words of every length (up to past
 * the window) start at every offset in it, with every kind of byte on
 * either side (white space, punctuation, a NUL, an invalid byte, another
 * script, a digit, a Cyrillic lead byte without its trail), ASCII and
 * Cyrillic, with capitals at either end, and at the very end of the text. */
START_TEST(window_agrees_at_every_offset) {
  static const char *const before[] = {" ", "\t", "(", "\"", "«", "—", "\x00", "\xFF", "a", "7", "ж", "\xD0", ".", "_", "'", "\n\n"};
  static const char *const after[] = {"", " ", ",", ".)", "'s", "’", "»", "\x00", "\xFF", "\xD0", "\xD1\xA0", "1", "x", "ж", "-", "_", "@", ":", "…", " \xD0"};
  static const char *const letters[] = {"a", "Q", "z", "5", "ж", "Ж", "ё", "Ё", "я", "Ѐ", "ѓ"};
  char text[400], word[200], why[512];
  /* one capital (or single capitals joined by periods only) before a
   * period is an initial: the sentence goes on */
  static const char *const initials[] = {"A'B. Kharkiv", "U.S. Open", "A.B'C. Next", "D’B. Next",
                                         "U.S's. Next", "J. Smith", "J.K. Rowling", "JK. Next",
                                         "Ж. Бахмут", "ЖЖ. Бахмут", "A:B. Next", "a.B. Next"};
  for (size_t k = 0; k < sizeof initials / sizeof *initials; k++)
    if (!same_tokens_every_way(initials[k], strlen(initials[k]), why, sizeof why))
      hex_abort("initials", initials[k], strlen(initials[k]), why);
  srand(64);
  for (size_t lead = 0; lead < 70; lead++)
    for (size_t wl = 1; wl <= 70; wl += (wl < 20 ? 1 : 7))
      for (int kind = 0; kind < 8; kind++) {
        /* kind 0: lower ASCII, 1: capitals, 2: digits, 3: Cyrillic, 4:
         * Cyrillic capitals, 5: random letters of both and digits, 6: a
         * capital and small ASCII letters, 7: small Cyrillic letters */
        size_t n = 0;
        for (size_t k = 0; k < wl; k++) {
          const char *l;
          switch (kind) {
            case 0: l = "m"; break;
            case 1: l = k == wl - 1 ? "q" : "Q"; break;
            case 2: l = "4"; break;
            case 3: l = k == 0 ? "Ж" : "ж"; break;
            case 4: l = k % 5 == 4 ? "ф" : "Ф"; break;
            case 6: l = k == 0 ? "Q" : "m"; break;
            case 7: l = k % 3 ? "ж" : "я"; break;
            default: l = letters[rand() % (int)(sizeof letters / sizeof *letters)]; break;
          }
          memcpy(word + n, l, strlen(l));
          n += strlen(l);
        }
        const char *b = before[rand() % (int)(sizeof before / sizeof *before)];
        const char *a = after[rand() % (int)(sizeof after / sizeof *after)];
        size_t len = 0;
        for (size_t k = 0; k < lead; k++) text[len++] = k % 9 == 8 ? ' ' : (char)('a' + k % 7);
        /* "\x00" is one NUL byte; after[0] is nothing */
        size_t bl = b[0] ? strlen(b) : 1, al = a == after[0] ? 0 : a[0] ? strlen(a) : 1;
        memcpy(text + len, b, bl);
        len += bl;
        memcpy(text + len, word, n);
        len += n;
        memcpy(text + len, a, al);
        len += al;
        /* the word at the very end, and with more text after it */
        if (!same_tokens_every_way(text, len, why, sizeof why)) hex_abort("at the end", text, len, why);
        memcpy(text + len, " tail ТЕКСТ, 12.", 19);
        len += 19;
        if (!same_tokens_every_way(text, len, why, sizeof why)) hex_abort("with text after", text, len, why);
      }
}
END_TEST

/* Longer random texts than fast_path_agrees_with_icu_on_random_text's,
 * so that windows are refilled inside them, by every way. */
START_TEST(window_agrees_on_long_random_text) {
  static const char *pieces[] = {
    "a", "Z", "ж", "Ё", "ї", "Ґ", "ӏ", "1", "0", ".", ",", ";", ":", "'", "’", "‘", "_", "-", "—", "–",
    "«", "»", "“", "”", "…", " ", "  ", "\t", "\n", "\r\n", "!", "?", "(", ")", "/", "\xC2\xA0",
    "é", "\xCC\x81", "😀", "·", "\xD2\x83", "\xFF", "\xC3", "\x00", "\xE2\x80\x8B", "\xC2\xAD",
    "груз", "200", "Kharkiv", "U.K", "3.14", "1,000", "don't", "Russia’s", "\xD0", "\xD1", "\xD1\xA0",
    "Бахмут ", "Kharkiv ", "words and words ", "слова и слова ", "ЗСУ ", "NATO ", "abcdefghijklmnopqrstuvwxyz",
    "АБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ", "з-за ", "co-op ", "(Wagner) ", "«Вагнер», ",
    /* numbers the window joins, and those it must not */
    "1;2", "7:30", "1'000", "4.5.0", "1,5th", "12.", ".5", "2014—2015", "а/б", "x_y", "a@b", "@",
    "\"", "“", "„", "‘", "’s", "'s", "--", "* ", "— ", "—", "ґ", "ѓ", "\xD2\x83",
    /* letters joined by periods and apostrophes, possessives */
    "U.S", "U.S.", "U.S's ", "A's ", "a.b.c", "A.B.C's", "don't ", "O’Neil’s ", "x'S", "I.C.H.",
    "a:b", "e.g.", "s", "'", "’", "‘s", "Kharkiv's_", "it's.", "abc's'", "U.S.5", "a'b5",


  };
  srand(19);
  char text[2048], why[512];
  for (int iter = 0; iter < 4000; iter++) {
    size_t len = random_text(pieces, sizeof pieces / sizeof *pieces, 60, text, sizeof text);
    if (!same_tokens_every_way(text, len, why, sizeof why)) hex_abort("random text", text, len, why);
  }
}
END_TEST

/* mt_tok_batch writes the tokens that mt_tok_next gives, in order, into
 * the caller's array, whatever its room (a possessive takes two at
 * once) and mixed with mt_tok_next, by every way of finding tokens. */
static void batch_agrees(const char *text, size_t len, int mode, unsigned seed) {
  mt_tokenizer a, b;
  ck_assert_int_eq(mt_tok_open(&a), 0);
  ck_assert_int_eq(mt_tok_open(&b), 0);
  tok_way(&b, mode);
  tok_way(&a, mode);
  ck_assert_int_eq(mt_tok_reset(&a, text, len), 0);
  ck_assert_int_eq(mt_tok_reset(&b, text, len), 0);
  srand(seed);
  mt_token want, got[MT_TOK_QUEUE];
  int n = 0, at = 0;
  for (size_t k = 0;; k++) {
    if (at == n) {
      at = 0;
      /* (whatever the room held: every token's zero bytes are written) */
      memset(got, 0xA5, sizeof got);
      if (rand() % 4 == 0) { /* one by mt_tok_next between batches */
        n = mt_tok_next(&b, &got[0]);
      } else {
        unsigned cap = rand() % 3 == 0 ? MT_TOK_QUEUE : 2 + (unsigned)(rand() % 5);
        n = mt_tok_batch(&b, got, cap);
        ck_assert_msg(n <= (int)cap, "%d tokens in a room of %u", n, cap);
      }
    }
    memset(&want, 0xA5, sizeof want);
    int r = mt_tok_next(&a, &want);
    ck_assert_msg(r == (n > 0) || (r < 0 && n == r), "token %zu: next says %d, batch %d", k, r, n);
    if (r != 1) break;
    const mt_token *x = &got[at++];
    /* the scanner keeps its fields there, and takes them for 0 */
    static const uint8_t zero[sizeof x->zero];
    ck_assert_msg(!memcmp(x->zero, zero, sizeof zero) && !memcmp(want.zero, zero, sizeof zero),
                  "token %zu [%zu,%zu): mt_token.zero not written", k, x->start, x->end);
    ck_assert_msg(x->start == want.start && x->end == want.end && x->gap == want.gap &&
                      x->gapsig == want.gapsig && x->flags == want.flags &&
                      x->lead_quote == want.lead_quote && x->charset == want.charset,
                  "token %zu: batch [%zu,%zu) gap %x flags %x, next [%zu,%zu) gap %x flags %x", k,
                  x->start, x->end, x->gap, x->flags, want.start, want.end, want.gap, want.flags);
  }
  ck_assert_uint_eq(mt_tok_tail_quote(&a), mt_tok_tail_quote(&b));
  mt_tok_close(&a);
  mt_tok_close(&b);
}

START_TEST(batch_gives_the_tokens_of_next) {
  static const char *pieces[] = {
    "Kharkiv ", "Kharkiv's ", "U.S. ", "don't ", "1,000 ", "груз200 ", "«Вагнер», ", "a ", "the ",
    "Бахмут. ", "(Wagner) ", "😀 ", "\xFF ", "\x00", "\n\n", "words and words ", "слова и слова ",
    "O’Neil’s ", "A's ", "x ", "J. ", "e.g. ", "— ", "\"", "»", "abcdefghijklmnopqrstuvwxyz ",
    "co-op ", "7:30 ", "it's. ", " ", "\t", "A.B.C's ", "Russia’s "};
  static const int modes[] = {MT_WIN_VECTOR, WAY_VECTOR_NO_BMI2, MT_WIN_PORTABLE, MT_WIN_SSE2,
                              MT_WIN_OFF, WAY_ICU};
  char text[4096];
  srand(11);
  for (int iter = 0; iter < 600; iter++) {
    size_t len = random_text(pieces, sizeof pieces / sizeof *pieces, 200, text, sizeof text);
    unsigned seed = (unsigned)rand();
    for (size_t m = 0; m < sizeof modes / sizeof *modes; m++) batch_agrees(text, len, modes[m], seed);
  }
  batch_agrees("", 0, MT_WIN_VECTOR, 1);
  batch_agrees("   ", 3, MT_WIN_VECTOR, 1);
}
END_TEST

/* window_batch's quickest way, runs of words of small letters (ASCII or
 * basic Cyrillic) each after one white space byte, agrees with every
 * other way:
 * words of every length ending at every offset of the window (the top
 * bit too, and the text's end), the letters at the edges of the basic
 * Cyrillic block and just outside it, a capital, a digit or another
 * letter inside a run, and other gaps between them; in batches of every
 * room, so that the queue fills inside a run. */
START_TEST(small_word_runs_agree) {
  static const char *const small[] = {"a", "z", "m", "а", "я", "ё", "ѐ", "џ", "і", "ї", "є", "п"};
  static const char *const odd[] = {"A", "Ж", "Ѐ", "Џ", "5", "ґ", "é", "'", "-", "\xD0", "\xD1\xA0", "_"};
  static const char *const gaps[] = {" ", " ", " ", " ", " ", " ", "  ", "\t", "\n", "\r", "\v", "\f",
                                     "\n\n", "\r\n", ", ", ". ", " (", "\xC2\xA0"};
  static const int modes[] = {MT_WIN_VECTOR, WAY_VECTOR_NO_BMI2, MT_WIN_PORTABLE, MT_WIN_SSE2,
                              MT_WIN_OFF, WAY_ICU};
  char text[2048], why[512];
  srand(23);
  for (int iter = 0; iter < 3000; iter++) {
    size_t len = 0, words = 1 + (size_t)(rand() % 40);
    int script = rand() % 3; /* 0 ASCII, 1 Cyrillic, 2 either word by word */
    if (rand() % 2) text[len++] = ' ';
    for (size_t k = 0; k < words && len < sizeof text - 200; k++) {
      int cyr = script == 2 ? rand() % 2 : script;
      size_t wl = 1 + (size_t)(rand() % (rand() % 4 == 0 ? 40 : 9));
      for (size_t j = 0; j < wl; j++) {
        const char *l = rand() % 25 == 0 ? odd[rand() % (int)(sizeof odd / sizeof *odd)]
                        : cyr ? small[3 + rand() % 9]
                              : small[rand() % 3];
        memcpy(text + len, l, strlen(l));
        len += strlen(l);
      }
      if (k + 1 < words || rand() % 2) {
        const char *g = gaps[rand() % (int)(sizeof gaps / sizeof *gaps)];
        memcpy(text + len, g, strlen(g));
        len += strlen(g);
      }
    }
    if (!same_tokens_every_way(text, len, why, sizeof why)) hex_abort("small words", text, len, why);
    unsigned seed = (unsigned)rand();
    for (size_t m = 0; m < sizeof modes / sizeof *modes; m++) batch_agrees(text, len, modes[m], seed);
  }
}
END_TEST

/* The window takes the gaps of one ASCII character, and of one and a
 * space either way, from tables (gap_table): every such gap, after a
 * word, a number, an initial and a word with a period in it, agrees with
 * gap_analyze's answer (the byte-by-byte way) and with ICU. */
START_TEST(short_gaps_agree) {
  static const char *const before[] = {"word", "1,750", "J", "U.S", "слово", "x"};
  static const char *const after[] = {"next", "Next", "7", "Бахмут", "ж"};
  static const char *const forms[] = {"%s%c%s", "%s %c%s", "%s%c %s", "(%s%c%s)", "%s%c%s."};
  char text[64], why[512];
  for (unsigned c = 0; c < 128; c++)
    for (size_t b = 0; b < sizeof before / sizeof *before; b++)
      for (size_t a = 0; a < sizeof after / sizeof *after; a++)
        for (size_t f = 0; f < sizeof forms / sizeof *forms; f++) {
          int len = snprintf(text, sizeof text, forms[f], before[b], c ? (int)c : '@', after[a]);
          ck_assert(len > 0 && (size_t)len < sizeof text);
          /* (the NUL itself where the character is 0) */
          if (!c) *strchr(text + strlen(before[b]) + (f == 3), '@') = 0;
          if (!same_tokens_every_way(text, (size_t)len, why, sizeof why))
            hex_abort("short gap", text, (size_t)len, why);
        }
}
END_TEST

/* Other gaps of up to seven bytes come from a cache of gap_analyze's
 * answers (gap_cached): texts with many different gaps, and the same
 * ones again (after an initial and not), so that entries are found,
 * missed and replaced, agree every way. */
START_TEST(cached_gaps_agree) {
  static const char *const marks[] = {" ", " ", "«", "»", "—", "–", ",", ".", "\"", "(", ")", "-",
                                      "'", "’", "\n", "…", "\xC2\xA0", ":", "!", "\t", "“", "”"};
  static const char *const words[] = {"word", "Word", "J", "U.S", "Бахмут", "слово", "12", "Ж"};
  char text[1024], why[512];
  srand(31);
  for (int iter = 0; iter < 3000; iter++) {
    /* a few gaps per text, each used again and again */
    char gaps[3][32];
    for (int g = 0; g < 3; g++) {
      gaps[g][0] = 0;
      for (int m = 1 + rand() % 4; m > 0; m--)
        strcat(gaps[g], marks[rand() % (int)(sizeof marks / sizeof *marks)]);
    }
    size_t len = 0;
    int nw = 2 + rand() % 40;
    for (int k = 0; k < nw; k++) {
      const char *w = words[rand() % (int)(sizeof words / sizeof *words)];
      memcpy(text + len, w, strlen(w));
      len += strlen(w);
      const char *g = gaps[rand() % 3];
      memcpy(text + len, g, strlen(g));
      len += strlen(g);
    }
    if (!same_tokens_every_way(text, len, why, sizeof why)) hex_abort("cached gaps", text, len, why);
  }
}
END_TEST

/* mt_tok_tail_quote is the lead_quote that the gap after the last token
 * would give a token after it. */
START_TEST(tail_quote_is_the_gaps_lead_quote) {
  static const char *const tails[] = {"'", "’", "`", "\"", "«", "»", "“", "”", "„", "‹", "›", "‘",
                                      "'.", ".\"", "\".", "' ", "’’", " '", "—", "-", ".", "\xFF",
                                      "\xE2\x80", "\xC2", "「", "」", "''", "\"\"", "…»", "», "};
  for (size_t i = 0; i < sizeof tails / sizeof *tails; i++) {
    char a[32], ab[32];
    snprintf(a, sizeof a, "200%s", tails[i]); /* a digit and a letter never join */
    snprintf(ab, sizeof ab, "200%sb", tails[i]);
    toks t;
    tokenize(ab, strlen(ab), &t);
    ck_assert_uint_eq(t.n, 2);
    mt_tokenizer tk;
    ck_assert_int_eq(mt_tok_open(&tk), 0);
    ck_assert_int_eq(mt_tok_reset(&tk, a, strlen(a)), 0);
    mt_token x;
    ck_assert_int_eq(mt_tok_next(&tk, &x), 1);
    ck_assert_int_eq(mt_tok_next(&tk, &x), 0);
    ck_assert_msg(mt_tok_tail_quote(&tk) == t.t[1].lead_quote, "tail %s: %u, gap before a token %u",
                  tails[i], mt_tok_tail_quote(&tk), t.t[1].lead_quote);
    mt_tok_close(&tk);
  }
}
END_TEST

#ifndef WORDBREAKTEST
#define WORDBREAKTEST "/usr/share/unicode/auxiliary/WordBreakTest.txt"
#endif

START_TEST(fast_path_agrees_with_icu_on_wordbreaktest) {
  FILE *f = fopen(WORDBREAKTEST, "r");
  ck_assert_msg(f != NULL, "%s is missing (Debian package unicode-data)", WORDBREAKTEST);
  char line[4096], text[1024], why[256];
  int cases = 0;
  while (fgets(line, sizeof line, f)) {
    if (line[0] == '#') continue;
    size_t len = 0;
    char *p = line;
    while (*p && *p != '#') {
      if ((*p >= '0' && *p <= '9') || (*p >= 'A' && *p <= 'F')) {
        unsigned long cp = strtoul(p, &p, 16);
        if (len + 4 < sizeof text) {
          /* UTF-8 encode */
          if (cp < 0x80) text[len++] = (char)cp;
          else if (cp < 0x800) { text[len++] = (char)(0xC0 | (cp >> 6)); text[len++] = (char)(0x80 | (cp & 0x3F)); }
          else if (cp < 0x10000) { text[len++] = (char)(0xE0 | (cp >> 12)); text[len++] = (char)(0x80 | ((cp >> 6) & 0x3F)); text[len++] = (char)(0x80 | (cp & 0x3F)); }
          else { text[len++] = (char)(0xF0 | (cp >> 18)); text[len++] = (char)(0x80 | ((cp >> 12) & 0x3F)); text[len++] = (char)(0x80 | ((cp >> 6) & 0x3F)); text[len++] = (char)(0x80 | (cp & 0x3F)); }
        }
        continue;
      }
      p++;
    }
    if (!len) continue;
    cases++;
    ck_assert_msg(same_tokens(text, len, why, sizeof why), "%s: %s", line, why);
  }
  fclose(f);
  ck_assert_int_gt(cases, 1000);
}
END_TEST

int main(void) {
  Suite *s = suite_create("tokenize");
  TCase *tc = tcase_create("core");
  tcase_set_timeout(tc, 300);
  tcase_add_test(tc, latin_cyrillic_digits);
  tcase_add_test(tc, letter_digit_mixtures_split);
  tcase_add_test(tc, possessive_split);
  tcase_add_test(tc, offsets_are_bytes);
  tcase_add_test(tc, emoji_and_other_scripts);
  tcase_add_test(tc, gaps);
  tcase_add_test(tc, every_dash_is_a_dash);
  tcase_add_test(tc, gap_tables_are_gap_analyzes);
  tcase_add_test(tc, ascii_gaps);
  tcase_add_test(tc, case_flags);
  tcase_add_test(tc, invalid_utf8_and_nul);
  tcase_add_test(tc, lone_connectors_need_no_stack);
  tcase_add_test(tc, long_chunks_go_to_icu_in_pieces);
  tcase_add_test(tc, ascii_tokens_take_the_short_cut);
  tcase_add_test(tc, cyrillic_tokens_take_the_short_cut);
  tcase_add_test(tc, cyrillic_key_ends_are_the_keys);
  tcase_add_test(tc, fast_path_agrees_with_icu_on_random_text);
  tcase_add_test(tc, fast_path_agrees_with_icu_on_wordbreaktest);
  tcase_add_test(tc, window_agrees_at_every_offset);
  tcase_add_test(tc, window_agrees_on_long_random_text);
  tcase_add_test(tc, tail_quote_is_the_gaps_lead_quote);
  tcase_add_test(tc, batch_gives_the_tokens_of_next);
  tcase_add_test(tc, small_word_runs_agree);
  tcase_add_test(tc, short_gaps_agree);
  tcase_add_test(tc, cached_gaps_agree);
  suite_add_tcase(s, tc);
  return run_suite(s) ? EXIT_FAILURE : EXIT_SUCCESS;
}
