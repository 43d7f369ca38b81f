/* The scanner's fast paths give what the plain code they stand for gives.
 * Each fast path is checked against a reference written the plain way (the
 * code it replaced), on its edge cases and on random bytes drawn from the
 * values that matter to it. */
#include "testutil.h"

#include <stdint.h>

#include "evidence.h"
#include "image.h"
#include "testimage.h"
#include "scanner.h"
#include "utf8.h"

/* A small deterministic generator: the same cases on every run. */
static uint64_t rng_state = 0x9E3779B97F4A7C15ull;
static uint32_t rnd(void) {
  rng_state ^= rng_state << 13;
  rng_state ^= rng_state >> 7;
  rng_state ^= rng_state << 17;
  return (uint32_t)(rng_state >> 11);
}

/* rnd for the helpers that take a 64-bit source */
static uint64_t rnd64(void) { return rnd(); }

static void fill(unsigned char *buf, size_t n, const unsigned char *alpha, size_t na) {
  for (size_t i = 0; i < n; i++) buf[i] = alpha[rnd() % na];
}

/* ---------------------------------------------------------- mt_ev_script */

static unsigned script_ref(const unsigned char *p, size_t from, size_t to) {
  int ru = 0, uk = 0, cyr = 0;
  for (size_t i = from; i + 1 < to; i++) {
    if (p[i] < 0xD0 || p[i] > 0xD2) continue;
    if (p[i] == 0xD0 || p[i] == 0xD1) cyr = 1;
    unsigned char b = p[i + 1];
    if (p[i] == 0xD0) {
      if (b == 0xAB || b == 0xAD || b == 0xAA || b == 0x81) ru = 1;
      else if (b == 0x86 || b == 0x87 || b == 0x84) uk = 1;
    } else if (p[i] == 0xD1) {
      if (b == 0x8B || b == 0x8D || b == 0x8A || b == 0x91) ru = 1;
      else if (b == 0x96 || b == 0x97 || b == 0x94) uk = 1;
    } else if (b == 0x90 || b == 0x91) {
      uk = 1;
    }
  }
  return (ru && !uk ? MT_EV_RU_TEXT : uk && !ru ? MT_EV_UK_TEXT : 0u) | (cyr ? MT_EV_CYRILLIC : 0u);
}

static unsigned script(const char *s) { return mt_ev_script(s, 0, strlen(s)); }

START_TEST(script_cases) {
  ck_assert_uint_eq(script(""), 0);
  ck_assert_uint_eq(script("plain English text, long enough for a word at a time"), 0);
  ck_assert_uint_eq(script("мы"), MT_EV_RU_TEXT | MT_EV_CYRILLIC);
  ck_assert_uint_eq(script("Ёж"), MT_EV_RU_TEXT | MT_EV_CYRILLIC);
  ck_assert_uint_eq(script("їжак"), MT_EV_UK_TEXT | MT_EV_CYRILLIC);
  ck_assert_uint_eq(script("сало"), MT_EV_CYRILLIC); /* D1 81: с, not Ё */
  ck_assert_uint_eq(script("ф"), MT_EV_CYRILLIC);     /* D1 84: ф, not Є */
  ck_assert_uint_eq(script("ы і"), MT_EV_CYRILLIC);   /* both: neither */
  ck_assert_uint_eq(script("Ґ"), MT_EV_UK_TEXT);      /* D2: no cyr of its own */
  /* after a long ASCII run, across the eight-byte steps */
  ck_assert_uint_eq(script("abcdefghijklmnopq ы"), MT_EV_RU_TEXT | MT_EV_CYRILLIC);
  ck_assert_uint_eq(script("abcdefgы"), MT_EV_RU_TEXT | MT_EV_CYRILLIC);
  /* in the fourth letter of a run of four, and after one */
  ck_assert_uint_eq(script("абвы"), MT_EV_RU_TEXT | MT_EV_CYRILLIC);
  ck_assert_uint_eq(script("абвгї"), MT_EV_UK_TEXT | MT_EV_CYRILLIC);
  ck_assert_uint_eq(script("абвгдежзі ы"), MT_EV_CYRILLIC);
  /* a lead byte that no continuation follows leads what comes after it */
  ck_assert_uint_eq(script("\xD0\xD1\x8B"), MT_EV_RU_TEXT | MT_EV_CYRILLIC);
  ck_assert_uint_eq(script("\xD2\xD1\x96"), MT_EV_UK_TEXT | MT_EV_CYRILLIC);
  /* the last byte leads nothing: its pair is cut off */
  ck_assert_uint_eq(mt_ev_script("мы", 0, 3), MT_EV_CYRILLIC);
  ck_assert_uint_eq(mt_ev_script("ab", 1, 1), 0);
}
END_TEST

START_TEST(script_random) {
  static const unsigned char alpha[] = {'a',  ' ',  '\n', 0xD0, 0xD1, 0xD2, 0x81, 0x84, 0x86,
                                        0x87, 0x8A, 0x8B, 0x8D, 0x90, 0x91, 0x94, 0x96, 0x97,
                                        0xAA, 0xAB, 0xAD, 0xB0, 0xC0, 0xE2, 0xFF};
  unsigned char buf[64];
  for (int round = 0; round < 200000; round++) {
    size_t n = rnd() % sizeof buf;
    fill(buf, n, alpha, sizeof alpha);
    /* ASCII runs, so that the eight-byte steps are taken */
    if (n > 12 && rnd() % 2) memset(buf + rnd() % (n - 10), 'x', 9);
    /* runs of two-byte letters (four at a time), any second byte */
    if (n > 20 && rnd() % 2)
      for (size_t k = rnd() % 4, e = k + 2 * (rnd() % ((n - k) / 2)); k + 1 < e; k += 2) {
        buf[k] = (unsigned char)(0xD0 + rnd() % 2);
        buf[k + 1] = (unsigned char)(0x80 + rnd() % 64);
      }
    size_t from = n ? rnd() % (n + 1) : 0, to = from + (n > from ? rnd() % (n - from + 1) : 0);
    ck_assert_uint_eq(mt_ev_script((const char *)buf, from, to), script_ref(buf, from, to));
  }
}
END_TEST

/* Sentences of whole letters and words, long enough for several blocks
 * of sixteen pairs (SSE2) and the byte loop after them, from any byte. */
START_TEST(script_random_long) {
  static const char *const words[] = {"the ", "мы ", "їжак ", "сало ", "ы ", "і ", "Ґ ",
                                      "Ёж ", "абвгдежз ", ", ", "Євген ", "\xD0", "\xD2\x91",
                                      "word. ", "Ъ ", "ї", "\xD1\x8B"};
  unsigned char buf[320];
  for (int round = 0; round < 100000; round++) {
    size_t n = 0, want = rnd() % 300;
    while (n < want) {
      const char *w = words[rnd() % (sizeof words / sizeof words[0])];
      size_t l = strlen(w);
      if (n + l > sizeof buf) break;
      memcpy(buf + n, w, l);
      n += l;
    }
    size_t from = n ? rnd() % (n + 1) : 0, to = from + (n > from ? rnd() % (n - from + 1) : 0);
    if (rnd() % 2) to = n;
    ck_assert_uint_eq(mt_ev_script((const char *)buf, from, to), script_ref(buf, from, to));
  }
}
END_TEST

/* ----------------------------------------------- mt_ev_in_angle_brackets */

static int angle_ref(const char *text, size_t len, size_t from, size_t to) {
  size_t i = from, k = to;
  for (; i > 0 && from - i < 80; i--) {
    if (text[i - 1] == '<') break;
    if (text[i - 1] == '>' || text[i - 1] == '\n') return 0;
  }
  if (i == 0 || text[i - 1] != '<') return 0;
  for (; k < len && k - to < 80; k++) {
    if (text[k] == '>') return 1;
    if (text[k] == '<' || text[k] == '\n') return 0;
  }
  return 0;
}

START_TEST(angle_cases) {
  const char *t = "x <ROYAL BANK OF CANADA> y";
  ck_assert_int_eq(mt_ev_in_angle_brackets(t, strlen(t), 3, 8), 1);
  ck_assert_int_eq(mt_ev_in_angle_brackets(t, strlen(t), 0, 1), 0);
  /* the '<' 81 bytes back is still found (the walk's last test), 82 not */
  char buf[200];
  memset(buf, 'a', sizeof buf);
  buf[0] = '<';
  buf[150] = '>';
  ck_assert_int_eq(mt_ev_in_angle_brackets(buf, sizeof buf, 81, 82), angle_ref(buf, sizeof buf, 81, 82));
  ck_assert_int_eq(mt_ev_in_angle_brackets(buf, sizeof buf, 82, 83), 0);
  ck_assert_int_eq(mt_ev_in_angle_brackets(buf, sizeof buf, 80, 81), 1);
}
END_TEST

START_TEST(angle_random) {
  static const unsigned char alpha[] = {'a', 'a', 'a', 'a', 'a', 'a', 'a', 'a', ' ', '<', '>', '\n'};
  unsigned char buf[300];
  for (int round = 0; round < 100000; round++) {
    size_t n = 1 + rnd() % sizeof buf;
    fill(buf, n, alpha, sizeof alpha);
    size_t from = rnd() % n, to = from + 1 + rnd() % (n - from);
    if (to > n) to = n;
    ck_assert_int_eq(mt_ev_in_angle_brackets((const char *)buf, n, from, to),
                     angle_ref((const char *)buf, n, from, to));
  }
}
END_TEST

/* ------------------------------------------------------------ mt_ev_fold */

static uint32_t fold_ref_cp(uint32_t c) {
  if (c >= 'A' && c <= 'Z') return c + 32;
  if (c == 0x401 || c == 0x451) return 0x435;
  if (c >= 0x410 && c <= 0x42F) return c + 0x20;
  if (c >= 0x400 && c <= 0x40F) return c + 0x50;
  if (c == 0x490) return 0x491;
  if (c == 0x300 || c == 0x301) return 0;
  return c;
}

static size_t fold_ref(const char *s, size_t n, char *out, size_t cap) {
  size_t o = 0;
  for (size_t i = 0; i < n;) {
    uint32_t c;
    i += mt_utf8_decode((const unsigned char *)s + i, n - i, &c);
    c = fold_ref_cp(c);
    if (!c) continue;
    char b[4];
    size_t k = mt_utf8_encode(c, b);
    if (o + k > cap) break;
    memcpy(out + o, b, k);
    o += k;
  }
  return o;
}

START_TEST(fold_cases) {
  char out[64];
  size_t n = mt_ev_fold("ЁЖИК Ivan", strlen("ЁЖИК Ivan"), out, sizeof out);
  ck_assert_int_eq((int)n, (int)strlen("ежик ivan"));
  ck_assert(memcmp(out, "ежик ivan", n) == 0);
  /* NUL and stress marks are dropped */
  n = mt_ev_fold("a\0b\xCC\x81", 5, out, sizeof out);
  ck_assert_int_eq((int)n, 2);
  ck_assert(memcmp(out, "ab", 2) == 0);
  /* cut at a character boundary */
  ck_assert_int_eq((int)mt_ev_fold("ЖЖ", 4, out, 3), 2);
  /* a lead byte cut off at the end is the replacement character */
  ck_assert_int_eq((int)mt_ev_fold("a\xD0", 2, out, sizeof out), 4);
}
END_TEST

START_TEST(fold_random) {
  static const unsigned char alpha[] = {'A', 'z', 0, ' ', 0xC2, 0xCC, 0xD0, 0xD1, 0xD2, 0xDF, 0x80,
                                        0x81, 0x90, 0xAF, 0xBF, 0xC0, 0xE2, 0xF0, 0xFF};
  unsigned char buf[40];
  char a[200], b[200];
  for (int round = 0; round < 200000; round++) {
    size_t n = rnd() % sizeof buf, cap = rnd() % 3 ? sizeof a : rnd() % 12;
    fill(buf, n, alpha, sizeof alpha);
    /* runs of two-byte letters, any of U+0400-U+047F */
    if (n > 6 && rnd() % 2)
      for (size_t k = rnd() % 3, e = k + 2 * (rnd() % ((n - k) / 2)); k + 1 < e; k += 2) {
        buf[k] = (unsigned char)(0xD0 + rnd() % 2);
        buf[k + 1] = (unsigned char)(0x80 + rnd() % 64);
      }
    size_t x = mt_ev_fold((const char *)buf, n, a, cap), y = fold_ref((const char *)buf, n, b, cap);
    ck_assert_uint_eq(x, y);
    ck_assert(memcmp(a, b, x) == 0);
  }
}
END_TEST


/* ------------------------------------- the scanner's cache of token ids */

static int render_id(const miltag_tag *t, const char *text, char *buf, size_t n) {
  (void)text;
  snprintf(buf, n, "%zu-%zu:%s", t->start, t->end, t->id);
  return 1;
}

/* Words of 8, 9, 16 and 17 bytes (the cache's two words and past them),
 * Cyrillic and Latin, in other cases, mixed (ёжиk, with a Latin k, takes
 * the general path and the key of ёжик), and last in the text (fewer than
 * eight bytes readable after them): each occurrence gets the tag the
 * first one got, whether it is served from the cache or not. */
/* Word endings: the roles the last byte of a word's fold allows cover
 * every role the fold and the search of the endings give, on the built-in
 * lexicon's endings (patronymics, surnames, adjectives of nationality), on
 * words that end in capitals, ё, a stress mark, Latin letters or broken
 * UTF-8. */
START_TEST(endings_skipped_by_their_last_byte) {
  miltag_lexicon *lex = NULL;
  ck_assert_int_eq(miltag_lexicon_default(NULL, &lex), MILTAG_OK);
  const mt_image *img = &lex->img;
  ck_assert_uint_gt(img->h->n_suffixes, 0);
  static const char *const words[] = {
      "Петрович", "ПЕТРОВИЧ", "ПетровиЧ", "Петровна", "Иванов", "ИВАНОВ", "Иванову", "Иванова",
      "Шевченко", "ШЕВЧЕНКО", "Ковалёв", "КовалЁв", "Ковалев", "Ковале́в", "Бондаренко",
      "Олексійович", "Олексіївна", "Grigorovich", "GRIGOROVICH", "Johnson", "Kazakh",
      "Ukrainian", "UKRAINIAN", "Chinese", "Polish", "Icelandic", "Czech", "Swiss", "Iraqi",
      "Петрови\xd1", "Петров\x80", "Пётр\xcc\x81", "ПЕТРОВИЧ\xcc\x81", "A", "Ё", "ё", "І", "Ї"};
  unsigned char buf[64];
  int skipped = 0, found = 0;
  for (size_t i = 0; i < sizeof words / sizeof words[0]; i++) {
    unsigned may, all = mt_ev_suffix_roles(img, words[i], 0, strlen(words[i]), &may);
    ck_assert_msg(!(all & ~may), "%s: %x not in %x", words[i], all, may);
    found += all != 0;
    skipped += may == 0;
  }
  ck_assert_int_gt(found, 5);
  /* every ending of the lexicon after random stems, in any case */
  static const unsigned char alpha[] = "aBzZ\xd0\x90\xd0\xb0\xd0\xaf\xd1\x8f\xd0\x81\xd1\x91\xd0\x86\xd1\x96\xcc\x81-'";
  for (uint32_t k = 0; k < img->h->n_suffixes; k++) {
    const mt_img_suffix *x = &img->suffixes[k];
    for (int r = 0; r < 40; r++) {
      size_t stem = rnd() % 12, n = 0;
      fill(buf, stem, alpha, sizeof alpha - 1);
      n = stem;
      ck_assert_uint_lt(n + x->len, sizeof buf);
      memcpy(buf + n, img->str + x->key, x->len);
      n += x->len;
      /* capitals: the ending's last letter too (Cyrillic а-п, р-я; Latin) */
      if ((r & 1) && n >= 2) {
        unsigned char *e = buf + n - 2;
        if (e[0] == 0xD0 && e[1] >= 0xB0 && e[1] <= 0xBF) e[1] -= 0x20;
        else if (e[0] == 0xD1 && e[1] >= 0x80 && e[1] <= 0x8F) e[0] = 0xD0, e[1] += 0x20;
        else if (buf[n - 1] >= 'a' && buf[n - 1] <= 'z') buf[n - 1] -= 32;
      }
      if (r % 5 == 4) buf[n++] = (unsigned char)(rnd() & 0xFF);
      unsigned may, all = mt_ev_suffix_roles(img, (const char *)buf, 0, n, &may);
      ck_assert_msg(!(all & ~may), "%.*s: %x not in %x", (int)n, buf, all, may);
      found += all != 0;
      skipped += may == 0;
    }
  }
  /* random words from the letters that matter */
  static const unsigned char any[] = "aeinsvhAZ\xd0\xb8\xd1\x87\xd0\xb2\xd0\x92\xd0\xa7\xd0\xb0\xd1\x91\xd0\x81\xcc\x81\x80\xd0";
  for (int r = 0; r < 200000; r++) {
    size_t n = 1 + rnd() % 24;
    fill(buf, n, any, sizeof any - 1);
    unsigned may, all = mt_ev_suffix_roles(img, (const char *)buf, 0, n, &may);
    ck_assert_msg(!(all & ~may), "%.*s: %x not in %x", (int)n, buf, all, may);
    skipped += may == 0;
  }
  /* long words of Cyrillic letters or of ASCII (the tokenizer says so:
   * their folds are never cut) */
  static const unsigned char cyr[] = "\xd0\xb8\xd1\x87\xd0\xb2\xd0\x92\xd0\xa7\xd0\xb0\xd1\x91\xd0\x81\xd0\xbe\xd0\x9e";
  static const unsigned char lat[] = "aeinsvhAZIANESE";
  for (int r = 0; r < 100000; r++) {
    size_t n = 1 + rnd() % 24;
    if (r & 1) {
      for (size_t i = 0; i < n; i++) memcpy(buf + 2 * i, cyr + 2 * (rnd() % ((sizeof cyr - 1) / 2)), 2);
      n *= 2;
    } else {
      fill(buf, n, lat, sizeof lat - 1);
    }
    unsigned may, all = mt_ev_suffix_roles(img, (const char *)buf, 0, n, &may);
    ck_assert_msg(!(all & ~may), "%.*s: %x not in %x", (int)n, buf, all, may);
    found += all != 0;
    skipped += may == 0;
  }
  ck_assert_int_gt(skipped, 1000); /* the fast path is taken */
  miltag_lexicon_free(lex);
}
END_TEST

static int no_tag(const miltag_tag *t, void *ctx) {
  (void)t, (void)ctx;
  return 0;
}

/* A new scanner whose word cache is on: it turns it on once its texts
 * come to MT_IDC_AFTER bytes (scanner.h), here as many spaces. */
static miltag_scanner *cache_on(miltag_lexicon *lex) {
  static char blank[MT_IDC_AFTER];
  memset(blank, ' ', sizeof blank);
  miltag_scanner *s;
  ck_assert_int_eq(miltag_scanner_new(lex, &s), MILTAG_OK);
  ck_assert_uint_eq(s->idc_len, 0);
  ck_assert_int_eq(miltag_scan(s, blank, sizeof blank, 0, no_tag, NULL), MILTAG_OK);
  ck_assert_uint_eq(s->idc_len, 16);
  return s;
}

/* render_tags with the word cache on from the text's first word. */
static char *render_cached(miltag_lexicon *lex, const char *text, tag_render render) {
  miltag_scanner *s = cache_on(lex);
  char *out = render_tags_by(s, lex, text, 0, render);
  miltag_scanner_free(s);
  return out;
}

/* Are the word cache's tables untouched (all zero)? */
static int cache_empty(const miltag_scanner *s) {
  const unsigned char *p = (const unsigned char *)s->idc;
  size_t n = MT_IDC_SETS * sizeof(mt_idc_set) + MT_IDC_LSETS * sizeof(mt_idc_lset);
  for (size_t i = 0; i < n; i++)
    if (p[i]) return 0;
  return 1;
}

/* A new scanner looks up every word of its first texts in full, until
 * they come to MT_IDC_AFTER bytes: a one-line run never reaches the
 * cache's pages (each a page fault, twice, scanner.h).  The tags are the
 * same either way; the cache is turned on by the text that reaches the
 * bound, before it is scanned. */
START_TEST(a_new_scanner_caches_no_word_of_its_first_bytes) {
  miltag_lexicon *lex = compile_or_fail(HEADER "kharkiv\tslang\tx.kh\t\t\t\t\t\n"
                                               "abcdefghijklm\tslang\tx.long\t\t\t\t\t\n");
  const char *line = "near Kharkiv, then Kharkiv again; abcdefghijklm and abcdefghijklm\n";
  const char *want = "5-12:x.kh|19-26:x.kh|34-47:x.long|52-65:x.long";
  miltag_scanner *s;
  ck_assert_int_eq(miltag_scanner_new(lex, &s), MILTAG_OK);
  size_t seen = 0, n = strlen(line);
  while (seen + n < MT_IDC_AFTER) {
    ck_assert_str_eq(render_tags_by(s, lex, line, 0, render_id), want);
    ck_assert_uint_eq(s->idc_len, 0);
    ck_assert(cache_empty(s));
    seen += n;
  }
  ck_assert_str_eq(render_tags_by(s, lex, line, 0, render_id), want);
  ck_assert_uint_eq(s->idc_len, 16);
  ck_assert(!cache_empty(s));
  ck_assert_str_eq(render_tags_by(s, lex, line, 0, render_id), want);
  miltag_scanner_free(s);
  /* one text of the bound's size turns it on at once */
  char *big = malloc(MT_IDC_AFTER + 1);
  ck_assert_ptr_nonnull(big);
  memset(big, ' ', MT_IDC_AFTER);
  memcpy(big, line, n);
  big[MT_IDC_AFTER] = 0;
  ck_assert_int_eq(miltag_scanner_new(lex, &s), MILTAG_OK);
  ck_assert_str_eq(render_tags_by(s, lex, big, 0, render_id), want);
  ck_assert_uint_eq(s->idc_len, 16);
  ck_assert(!cache_empty(s));
  miltag_scanner_free(s);
  free(big);
  miltag_lexicon_free(lex);
}
END_TEST

START_TEST(cached_ids_are_the_lookups) {
  miltag_lexicon *lex = compile_or_fail(HEADER
    "abcdefgh\tslang\tx.8\t\t\t\t\t\n"
    "abcdefghi\tslang\tx.9\t\t\t\t\t\n"
    "abcdefghijklmnop\tslang\tx.16\t\t\t\t\t\n"
    "abcdefghijklmnopq\tslang\tx.17\t\t\t\t\t\n"
    "ёжик\tslang\tx.yozh\t\t\t\t\t\n"
    "ab\tslang\tx.ab\t\t\t\t\t\n");
  const char *text =
      "abcdefgh abcdefgX ABCDEFGH abcdefghi abcdefghX abcdefghijklmnop abcdefghijklmnoX "
      "abcdefghijklmnopq abcdefghijklmnopX ЁЖИК ежик ёжик ёжиk abcdefgh abcdefghi "
      "abcdefghijklmnop abcdefghijklmnopq ab abc ab";
  ck_assert_str_eq(render_cached(lex, text, render_id),
                   "0-8:x.8|18-26:x.8|27-36:x.9|47-63:x.16|81-98:x.17|117-125:x.yozh|"
                   "126-134:x.yozh|135-143:x.yozh|144-151:x.yozh|152-160:x.8|161-170:x.9|"
                   "171-187:x.16|188-205:x.17|206-208:x.ab|213-215:x.ab");
  miltag_lexicon_free(lex);
}
END_TEST

/* Far more words than the cache has slots, scanned twice by one scanner
 * (the second time with every set full, by other words where several
 * share one): the tags of each scan are those of a fresh scanner.  Words
 * of 3-7 bytes (qzN) go to the cache's table of short words, of 11-15
 * (qzlongwordN) to that of long ones. */
static void cache_sets_shared(const char *prefix) {
  size_t nterms = 6000, nwords = 12000, plen = strlen(prefix);
  char *tsv = malloc(nterms * 48 + 200), *text = malloc(nwords * 24);
  ck_assert(tsv && text);
  size_t o = (size_t)sprintf(tsv, "%s", HEADER);
  for (size_t i = 0; i < nterms; i++)
    o += (size_t)sprintf(tsv + o, "%s%zu\tslang\tx.%zu\t\t\t\t\t\n", prefix, i * 2, i);
  miltag_lexicon *lex = compile_or_fail(tsv);
  o = 0;
  for (size_t i = 0; i < nwords; i++)
    o += (size_t)sprintf(text + o, "%s%s%zu", i ? " " : "", prefix, (i * 7919) % nwords);
  miltag_scanner *sc;
  ck_assert_int_eq(miltag_scanner_new(lex, &sc), MILTAG_OK);
  size_t counts[2] = {0, 0};
  for (int pass = 0; pass < 2; pass++) {
    miltag_results *r;
    ck_assert_int_eq(miltag_results_new(lex, &r), MILTAG_OK);
    ck_assert_int_eq(miltag_scan_results(sc, text, o, 0, r), MILTAG_OK);
    counts[pass] = miltag_results_count(r);
    for (size_t i = 0; i < miltag_results_count(r); i++) {
      const miltag_tag *t = miltag_results_get(r, i);
      /* <prefix>N is tagged exactly when N is even, as x.(N/2) */
      char want[32];
      unsigned long n = strtoul(text + t->start + plen, NULL, 10);
      ck_assert_uint_eq(n % 2, 0);
      snprintf(want, sizeof want, "x.%lu", n / 2);
      ck_assert_str_eq(t->id, want);
    }
    miltag_results_free(r);
  }
  ck_assert_uint_eq(counts[0], nwords / 2);
  ck_assert_uint_eq(counts[1], counts[0]);
  miltag_scanner_free(sc);
  miltag_lexicon_free(lex);
  free(tsv);
  free(text);
}

START_TEST(cache_slots_shared_by_many_words) {
  cache_sets_shared("qz");
  cache_sets_shared("qzlongword");
}
END_TEST

/* Words that differ only in their length: in the table of short words a
 * word is its bytes with zeros after them, in that of long ones its first
 * and last eight bytes and its length (aaaaaaaaa and aaaaaaaaaa share
 * both). */
START_TEST(cached_words_differ_by_length) {
  miltag_lexicon *lex = compile_or_fail(HEADER "aaaaaaaaa\tslang\tx.a9\t\t\t\t\t\n"
                                               "aaaaaaa\tslang\tx.a7\t\t\t\t\t\n");
  const char *text = "aaaaaaaaaa aaaaaaaaa aaaaaaaa aaaaaaa aaaaaaaaaaaaaaaa aaaaaaaaa "
                     "aaaaaaaa aaaaaaa aaaaaaaaaa";
  ck_assert_str_eq(render_cached(lex, text, render_id),
                   "11-20:x.a9|30-37:x.a7|55-64:x.a9|74-81:x.a7");
  miltag_lexicon_free(lex);
}
END_TEST

/* Tokens that are no plain run of ASCII or Cyrillic letters (accented
 * Latin, an apostrophe, numbers with separators, U.S) are cached by their
 * bytes as well: each word below comes twice or more in different forms,
 * and the tags are those of main 746a826, which looked every one of them
 * up in full. */
START_TEST(tokens_of_any_charset_are_cached) {
  miltag_lexicon *lex = compile_or_fail(HEADER "café\tslang\tx.cafe\t\t\t\t\t\n"
                                               "O'Brien\tslang\tx.ob\t\t\t\t\t\n"
                                               "naïve\tslang\tx.naive\t\t\t\t\t\n"
                                               "1.5\tslang\tx.num\t\t\t\t\t\n"
                                               "straße\tslang\tx.strasse\t\t\t\t\t\n"
                                               "U.S\tslang\tx.us\t\t\t\t\t\n"
                                               "straßenbahn\tslang\tx.tram\t\t\t\t\t\n"
                                               "1,000,000\tslang\tx.million\t\t\t\t\t\n");
  const char *text = "café CAFÉ Café O'Brien o'brien naïve 1.5 1,5 straße STRASSE U.S U.S. "
                     "Straßenbahn 1,000,000 1,000,001 café O'Brien naïve 1.5 straße U.S "
                     "Straßenbahn STRASSENBAHN 1,000,000 straßenbahnen";
  ck_assert_str_eq(render_cached(lex, text, render_id),
                   "0-5:x.cafe|6-11:x.cafe|12-17:x.cafe|18-25:x.ob|26-33:x.ob|34-40:x.naive|"
                   "41-44:x.num|49-56:x.strasse|57-64:x.strasse|65-68:x.us|69-72:x.us|"
                   "74-86:x.tram|87-96:x.million|107-112:x.cafe|113-120:x.ob|121-127:x.naive|"
                   "128-131:x.num|132-139:x.strasse|140-143:x.us|144-156:x.tram|"
                   "157-169:x.tram|170-179:x.million");
  miltag_lexicon_free(lex);
}
END_TEST

/* ------------------------------------------ a {Name} that opens a term */

#define NAMES_TSV                                                          \
  HEADER "{Name} парк\tplace\tplace.pattern.park.ru\t\tru\t- m\t\t\n"      \
         "парк {Name}\tplace\tplace.pattern.park2.ru\t\tru\t- m\t\t\n"     \
         "ЧВК «{name}»\tunit\tunit.pmc\t\tru\t\t\t\n"                      \
         "London\tplace\tplace.london\t\ten\t\t\t\n"                       \
         "Hyde Park\tplace\tplace.hyde\t\ten\t\t\t\n"

/* Every capitalized word starts a {Name} match that the scanner lets die
 * by a shortcut when the next word cannot follow it (name_step): runs of
 * capitalized words, a name at a sentence start, a key after one (London
 * парк), quoted names, {name} slots of another term; the tags are those
 * the plain step gives (miltag of bf37efe on the same lines). */
START_TEST(name_starts_die_by_the_shortcut) {
  miltag_lexicon *lex = compile_or_fail(NAMES_TSV);
  static const char *const cases[][2] = {
      {"Мы гуляли, а Горький парк был закрыт.", "22-45:place.pattern.park.ru"},
      {"Мы видели Горький Горький парк и парк Горького.",
       "33-56:place.pattern.park.ru|60-85:place.pattern.park2.ru"},
      {"Горький парк открыт. В Сокольники парк не ведёт.", "41-70:place.pattern.park.ru"},
      {"Вчера ЧВК «Вагнер» и ЧВК «Большой Вагнер» вышли, «Ахмат» сказал «всё».",
       "11-34:unit.pmc|38-76:unit.pmc"},
      {"London Hyde Park and London парк, London Горький парк.",
       "0-6:place.london|7-16:place.hyde|21-27:place.london|38-44:place.london|"
       "45-68:place.pattern.park.ru"},
      {"Они «Горький» парк назвали, и Горький «парк» тоже.", "54-81:place.pattern.park.ru"},
      {"Горький", ""},
      {"Горький Горький", ""},
  };
  expect_rendered(lex, cases, sizeof cases / sizeof cases[0], 0, render_id);
  /* the image lists what follows the {Name}: the forms of парк */
  const mt_image *img = &lex->img;
  ck_assert_uint_ge(img->h->n_name_follow, 1);
  ck_assert_uint_le(img->h->n_name_follow, 12);
  miltag_scanner *sc;
  ck_assert_int_eq(miltag_scanner_new(lex, &sc), MILTAG_OK);
  ck_assert_int_eq(sc->name_fast, 1);
  ck_assert_uint_eq(sc->name_node, mt_image_name_node(img));
  miltag_scanner_free(sc);
  miltag_lexicon_free(lex);
  /* no {Name} term: no node, no shortcut */
  lex = compile_or_fail(HEADER "London\tplace\tplace.london\t\ten\t\t\t\n");
  ck_assert_uint_eq(lex->img.h->n_name_follow, 0);
  ck_assert_int_eq(miltag_scanner_new(lex, &sc), MILTAG_OK);
  ck_assert_int_eq(sc->name_fast, 0);
  ck_assert_str_eq(render_tags(lex, "London London", 0, render_id), "0-6:place.london|7-13:place.london");
  miltag_scanner_free(sc);
  miltag_lexicon_free(lex);
}
END_TEST

/* An image whose list of what follows the {Name} node lacks a token that
 * an edge from it has would lose matches: opening it refuses it. */
START_TEST(an_image_whose_name_follow_list_lacks_a_token_is_refused) {
  miltag_lexicon *lex = compile_or_fail(NAMES_TSV);
  size_t size;
  unsigned char *copy = copy_image(lex, &size);
  miltag_lexicon *ok = NULL;
  miltag_error err;
  ck_assert_int_eq(miltag_lexicon_open_image(copy, size, NULL, &ok, &err), MILTAG_OK);
  miltag_lexicon_free(ok);
  mt_img_header *h = (mt_img_header *)copy;
  ck_assert_uint_ge(h->n_name_follow, 1);
  h->n_name_follow--; /* the last, the greatest token id */
  h->checksum = mt_image_checksum(copy, size);
  miltag_lexicon *bad = (miltag_lexicon *)1;
  ck_assert_int_eq(miltag_lexicon_open_image(copy, size, NULL, &bad, &err), MILTAG_E_IMAGE);
  ck_assert_ptr_null(bad);
  miltag_lexicon_free(lex);
  free(copy);
}
END_TEST

/* Nodes are flagged where a row is no context row (mt_ev_taggable skips
 * the windows of context words alone by it); an image that flags one
 * wrongly is refused. */
START_TEST(taggable_nodes_are_flagged_exactly) {
  miltag_lexicon *lex = compile_or_fail(HEADER "в\tcontext\tctx.v\t\tru\t\t\tevidence=locative\n"
                                               "Курск\tplace\tplace.kursk\t\tru\t\t\t\n");
  ck_assert_str_eq(render_tags(lex, "в Курск", 0, render_id), "3-13:place.kursk");
  ck_assert_str_eq(render_tags(lex, "в в", 0, render_id), "");
  const void *data;
  size_t size;
  ck_assert_int_eq(miltag_lexicon_image(lex, &data, &size), MILTAG_OK);
  unsigned char *copy = malloc(size);
  ck_assert_ptr_nonnull(copy);
  const mt_image *img = &lex->img;
  int flagged = 0, plain = 0;
  for (uint32_t i = 0; i < img->h->n_nodes; i++) {
    if (!MT_NODE_COUNT(&img->nodes[i])) continue;
    int t = (img->nodes[i].count & MT_NODE_TAGGABLE) != 0;
    flagged += t;
    plain += !t;
    /* flip it: refused */
    memcpy(copy, data, size);
    mt_img_header *h = (mt_img_header *)copy;
    mt_img_node *nodes = (mt_img_node *)(copy + h->off_nodes);
    nodes[i].count ^= MT_NODE_TAGGABLE;
    h->checksum = mt_image_checksum(copy, size);
    miltag_lexicon *bad = (miltag_lexicon *)1;
    miltag_error err;
    ck_assert_int_eq(miltag_lexicon_open_image(copy, size, NULL, &bad, &err), MILTAG_E_IMAGE);
    ck_assert_ptr_null(bad);
  }
  ck_assert_int_ge(flagged, 1); /* Курск and its forms */
  ck_assert_int_eq(plain, 1);   /* в */
  free(copy);
  miltag_lexicon_free(lex);
}
END_TEST

/* A key and nothing else where no match is alive only starts one
 * (key_step): at a text's start, after a word that is no key, joined to
 * the word before it (no start: key_step tests the gap itself), before a
 * gap its term does not allow, in capitals (the long way); the tags are
 * those of miltag of bf37efe. */
START_TEST(keys_alone_start_by_the_shortcut) {
  miltag_lexicon *lex = compile_or_fail(HEADER "ab cd\tslang\tx.ab\t\t\t\t\t\n"
                                               "cd\tslang\tx.cd\t\t\t\t\t\n"
                                               "cd ef gh\tslang\tx.cdefgh\t\t\t\t\t\n");
  static const char *const cases[][2] = {
      {"ab cd", "0-5:x.ab"},        {"cd", "0-2:x.cd"},
      {"ab ab cd", "3-8:x.ab"},     {"cd ef gh", "0-8:x.cdefgh"},
      {"cd ef ij", "0-2:x.cd"},     {"zcd ef gh", ""},
      {"ab,cd", "3-5:x.cd"},        {"cd ef, gh", "0-2:x.cd"},
      {"cd-ef gh", "0-8:x.cdefgh"}, {"12cd ef gh", ""},
      {"Cd ef gh", "0-8:x.cdefgh"}, {"ab Cd", "0-5:x.ab"},
      {"12cd", ""},                 {"12 cd", "3-5:x.cd"},
  };
  expect_rendered(lex, cases, sizeof cases / sizeof cases[0], 0, render_id);
  miltag_lexicon_free(lex);
}
END_TEST

/* render_id with the tag's candidates' ids after the span (the tag's
 * own first), of the lexicon cands_lex. */
static const miltag_lexicon *cands_lex;

static int render_candidates(const miltag_tag *t, const char *text, char *buf, size_t n) {
  (void)text;
  int w = snprintf(buf, n, "%zu-%zu:", t->start, t->end);
  for (size_t k = 0; k < t->n_candidates && w > 0 && (size_t)w < n; k++) {
    miltag_entry e;
    miltag_lexicon_entry(cands_lex, t->candidates[k], &e);
    w += snprintf(buf + w, n - (size_t)w, "%s%s", k ? "," : "", e.id);
  }
  return 1;
}

/* A token with no digits where no match is alive only starts matches, by
 * its key and, capitalized, as a {Name} (start_step): a capitalized key
 * that is a term and starts one, one that a {Name} term follows, after a
 * word, joined to the word before it (no start), in capitals, twice; the
 * tags are those of miltag of b159d0b.  With the candidates (main of
 * 2de621c): the key's match kept aside comes back beside a {Name} or a
 * number slot's match that goes on too, and both terms are read. */
START_TEST(capitalized_keys_start_by_the_shortcut) {
  miltag_lexicon *lex = compile_or_fail(HEADER "ab\tslang\tx.ab\t\t\t\t\t\n"
                                               "ab cd\tslang\tx.abcd\t\t\t\t\t\n"
                                               "{Name} парк\tplace\tplace.park\t\tru\t- m\t\t\n"
                                               "горький\tslang\tx.gorky\t\t\t\t\t\n"
                                               "12 ab\tslang\tx.12ab\t\t\t\t\t\n"
                                               "{Name} cd\tslang\tx.namecd\t\t\t\t\t\n"
                                               "1945 год\tslang\tx.1945god\t\t\t\t\t\n"
                                               "{num} год\tslang\tx.numgod\t\t\t\t\t\n");
  static const char *const cases[][2] = {
      {"Ab cd", "0-5:x.abcd"},
      {"Ab", "0-2:x.ab"},
      {"Ab парк", "0-2:x.ab"},
      {"AB cd", "0-5:x.abcd"},
      {"xy Ab cd", "3-8:x.abcd"},
      {"Горький парк", "0-14:x.gorky"},
      {"Горький", "0-14:x.gorky"},
      {"Мы видели Горький парк.", "18-41:place.park"},
      {"xy.Ab cd", ""},
      {"Ab-cd", "0-5:x.abcd"},
      {"Ab Ab cd", "0-2:x.ab|3-8:x.abcd"},
      /* the key's match kept aside (its node has no slot bit) while the
       * {Name} of the same word lives: back before it at a key, ended
       * by a plain word, a number, a sentence's end */
      {"Ab Cd", "0-5:x.abcd"},
      {"Ab xy cd", "0-2:x.ab"},
      {"Ab ab cd", "0-2:x.ab|3-8:x.abcd"},
      {"Ab 12 cd", "0-2:x.ab"},
      {"Ab. Cd", "0-2:x.ab"},
      {"xy Ab xy Ab cd", "3-5:x.ab|9-14:x.abcd"},
      {"Ab Горький парк", "0-2:x.ab|3-26:place.park"},
      /* a number's, beside the number slots' (none here) */
      {"12 ab", "0-5:x.12ab"},
      {"12 xy ab", "6-8:x.ab"},
      {"12 Ab cd", "0-5:x.12ab"},
  };
  expect_rendered(lex, cases, sizeof cases / sizeof cases[0], 0, render_id);
  /* the kept match back (at cd, год) before a live {Name} or {num}
   * match that goes on over the same key: the two terms; ended beside
   * them by a plain word, a number, a key that its node does not take */
  static const char *const both[][2] = {
      {"xy Ab cd", "3-8:x.abcd,x.namecd"},
      {"xy Ab Cd", "3-8:x.abcd,x.namecd"},
      {"Ab Ab cd", "0-2:x.ab|3-8:x.abcd,x.namecd"},
      {"xy Ab xy Ab cd", "3-5:x.ab|9-14:x.abcd,x.namecd"},
      {"1945 год", "0-11:x.1945god,x.numgod"},
      {"xy 1945 год", "3-14:x.1945god,x.numgod"},
      {"xy Ab xy", "3-5:x.ab"},
      {"xy Ab 12", "3-5:x.ab"},
      {"1945 xy", ""},
      {"12 год", "0-9:x.numgod"},
  };
  cands_lex = lex;
  expect_rendered(lex, both, sizeof both / sizeof both[0], MILTAG_SCAN_AMBIGUOUS, render_candidates);
  miltag_lexicon_free(lex);
}
END_TEST

/* ------------------------------------------- matches that end: all_end */

/* The tags of a scan, one line each. */
static miltag_allocator ends_alloc;

static int on_tag_line(const miltag_tag *t, void *ctx) {
  mt_buf *o = ctx;
  char line[256];
  int n = snprintf(line, sizeof line, "%zu-%zu %d %u %u %x %zu %ld %zu-%zu %zu-%zu|", t->start,
                   t->end, t->category, t->entry, t->row, t->flags, t->n_candidates, t->count,
                   t->number.start, t->number.end, t->name.start, t->name.end);
  ck_assert_int_eq(mt_buf_append(&ends_alloc, o, line, (size_t)n), 0);
  return 0;
}

static void tags_of(const miltag_lexicon *lex, const char *text, size_t len, unsigned flags,
                    mt_buf *o) {
  miltag_scanner *s;
  ck_assert_int_eq(miltag_scanner_new(lex, &s), MILTAG_OK);
  o->len = 0;
  int rc = miltag_scan(s, text, len, flags, on_tag_line, o);
  ck_assert(rc == MILTAG_OK || rc == MILTAG_INCOMPLETE);
  ck_assert_int_eq(mt_buf_append(&ends_alloc, o, "", 1), 0);
  miltag_scanner_free(s);
}

/* The same image as lex's without its edge filter (every pair passes:
 * no live match is ended by it), opened from *copy. */
static miltag_lexicon *without_edge_filter(const miltag_lexicon *lex, unsigned char **copy) {
  miltag_lexicon *plain = reopen_with_field_zero(lex, offsetof(mt_img_header, edge_filter_words), copy);
  ck_assert_ptr_null(plain->img.edge_filter);
  return plain;
}

/* Each case's tags (rendered as render_id does) are cases[i][1], and a
 * scan with every option gives the same tags, numbers and names with the
 * image's edge filter and without it.  Frees lex. */
static void cases_agree_without_edge_filter(miltag_lexicon *lex, const char *const (*cases)[2],
                                            size_t n) {
  mt_buf with = {0}, without = {0};
  unsigned char *copy;
  miltag_lexicon *plain = without_edge_filter(lex, &copy);
  mt_alloc_init(&ends_alloc, NULL);
  for (size_t i = 0; i < n; i++) {
    ck_assert_str_eq(render_tags(lex, cases[i][0], 0, render_id), cases[i][1]);
    tags_of(lex, cases[i][0], strlen(cases[i][0]), MILTAG_SCAN_AMBIGUOUS, &with);
    tags_of(plain, cases[i][0], strlen(cases[i][0]), MILTAG_SCAN_AMBIGUOUS, &without);
    ck_assert_str_eq(with.data, without.data);
  }
  mt_buf_free(&ends_alloc, &with);
  mt_buf_free(&ends_alloc, &without);
  miltag_lexicon_free(plain);
  miltag_lexicon_free(lex);
  free(copy);
}

/* Where the image's edge filter says that no live match can go on over a
 * word (the, in, a and the next word), the scanner ends them all and takes
 * the word as one where none is alive (all_end): the tags, with their
 * numbers and names, are those of a scan without the filter, on text made
 * of the lexicon's terms as written, capitalized and in capitals, with the
 * words that start matches between them; and (MILTAG_ASSERTS builds)
 * every ending is checked by probing the edges. */
START_TEST(matches_end_by_the_edge_filter) {
  miltag_lexicon *lex;
  ck_assert_int_eq(miltag_lexicon_default(NULL, &lex), MILTAG_OK);
  ck_assert_ptr_nonnull(lex->img.edge_filter);
  unsigned char *copy;
  miltag_lexicon *plain = without_edge_filter(lex, &copy);
  const mt_image *img = &lex->img;
  static const char *const fill[] = {" ",      " ",   ", ",  ". ",     " in ",  " the ", " a ",
                                     " The ",  " of ", " в ", " під ", " said ", " «",   "» ",
                                     " (",     ") ",  "\n",  " 3 ",    "-",     " 300 ", " Bank of ",
                                     " New ",  " «Б ", " St ", " on the ", " U.S. "};
  mt_buf text = {0};
  mt_alloc_init(&ends_alloc, NULL);
  append_lexicon_terms(img, &ends_alloc, &text, 60000, fill, sizeof fill / sizeof *fill, 1, rnd64);
  mt_buf x = {0}, y = {0};
  static const unsigned flagsets[] = {0, MILTAG_SCAN_OVERLAPS, MILTAG_SCAN_AMBIGUOUS};
  for (size_t f = 0; f < sizeof flagsets / sizeof *flagsets; f++) {
    tags_of(lex, text.data, text.len, flagsets[f], &x);
    tags_of(plain, text.data, text.len, flagsets[f], &y);
    ck_assert_uint_gt(x.len, 10000); /* many tags */
    ck_assert_uint_eq(x.len, y.len);
    ck_assert_msg(memcmp(x.data, y.data, x.len) == 0, "tags differ (flags %u)", flagsets[f]);
  }
  mt_buf_free(&ends_alloc, &x);
  mt_buf_free(&ends_alloc, &y);
  mt_buf_free(&ends_alloc, &text);
  miltag_lexicon_free(plain);
  miltag_lexicon_free(lex);
  free(copy);
}
END_TEST

/* The same on the cases that take the other ways: a match that goes on
 * (ab cd), one that dies at a word, a key, a capitalized key or a number
 * and another that starts there, {Name} matches beside others, a quoted
 * name of several words (its further words are taken only while the
 * match is alive), and a number slot; tags of miltag of b159d0b. */
START_TEST(matches_end_by_the_edge_filter_cases) {
  miltag_lexicon *lex = compile_or_fail(HEADER "ab cd\tslang\tx.abcd\t\t\t\t\t\n"
                                               "ab cd ef\tslang\tx.abcdef\t\t\t\t\t\n"
                                               "cd\tslang\tx.cd\t\t\t\t\t\n"
                                               "ab {num} ef\tslang\tx.abnum\t\t\t\t\t\n"
                                               "{Name} парк\tplace\tplace.park\t\tru\t- m\t\t\n"
                                               "Горький cd\tslang\tx.gcd\t\t\t\t\t\n"
                                               "ЧВК «{name}»\tunit\tunit.pmc\t\tru\t\t\t\n");
  static const char *const cases[][2] = {
      {"ab cd", "0-5:x.abcd"},
      {"ab xy cd", "6-8:x.cd"},
      {"ab ab cd", "3-8:x.abcd"},
      {"ab Cd ef", "0-8:x.abcdef"},
      {"ab 12 ef", "0-8:x.abnum"},
      {"ab 12 cd", "6-8:x.cd"},
      {"ab cd xy", "0-5:x.abcd"},
      {"Горький cd", "0-17:x.gcd"},
      {"Горький Горький cd", "15-32:x.gcd"},
      {"Горький ab cd", "15-20:x.abcd"},
      {"Горький xy парк", ""},
      {"Горький парк cd", "24-26:x.cd"},
      {"ЧВК «Большой Вагнер» cd", "0-38:unit.pmc|39-41:x.cd"},
      {"ЧВК «Большой» Вагнер cd", "0-25:unit.pmc|39-41:x.cd"},
      {"ab «cd» ef", "0-12:x.abcdef"},
  };
  cases_agree_without_edge_filter(lex, cases, sizeof cases / sizeof cases[0]);
}
END_TEST

/* all_end asks the {Name} node about a token's key alone where no slot's
 * token ({num}, {Name}, a further word of a quoted name) may follow it
 * (the built-in lexicon, NAMES_TSV), and about every id where one may: a
 * lexicon with {Name} {num} tags as miltag of 50ab4b4 did, with the
 * filter and without; MILTAG_ASSERTS builds probe every edge beside the
 * shortcut. */
START_TEST(name_node_asked_about_slots_only_where_they_follow) {
  miltag_lexicon *lex = compile_or_fail(NAMES_TSV);
  miltag_scanner *sc;
  ck_assert_int_eq(miltag_scanner_new(lex, &sc), MILTAG_OK);
  ck_assert_int_eq(sc->name_slots, 0);
  miltag_scanner_free(sc);
  miltag_lexicon_free(lex);
  lex = compile_or_fail(HEADER "{Name} {num}\tunit\tunit.num\t\t\t\t\t\n"
                               "{Name} парк\tplace\tplace.park\t\tru\t- m\t\t\n"
                               "ab {Name} cd\tslang\tx.anc\t\t\t\t\t\n");
  ck_assert_int_eq(miltag_scanner_new(lex, &sc), MILTAG_OK);
  ck_assert_int_eq(sc->name_slots, 1);
  miltag_scanner_free(sc);
  static const char *const cases[][2] = {
      {"Горький 12 и Горький парк.", "21-44:place.park"},
      {"Горький xy 12, Горький Горький 12.", "37-54:unit.num"},
      {"ab Kharkiv cd ab Kharkiv 12 cd", "17-27:unit.num"},
      {"ЧВК «Большой» 12 и ab Горький cd", ""},
  };
  cases_agree_without_edge_filter(lex, cases, sizeof cases / sizeof cases[0]);
}
END_TEST

/* A plain word (no key, no number, not capitalized) where matches are
 * alive ends them all without step when none can go on over it
 * (plain_ends): no further word of a quoted name is its id (no quotation
 * mark open, a word after a closing one, one that is no letters) or the
 * filter has no bit of it at the live nodes; a quoted name's words go on
 * the long way.  The tags, with numbers and names, are those of a scan
 * without the filter (where every quoted word goes the long way) and
 * those of miltag of 8e10f44; MILTAG_ASSERTS builds run step beside the
 * shortcut and compare. */
START_TEST(plain_words_end_matches_by_the_shortcut) {
  miltag_lexicon *lex = compile_or_fail(HEADER "ab cd\tslang\tx.abcd\t\t\t\t\t\n"
                                               "ab {num} ef\tslang\tx.abnum\t\t\t\t\t\n"
                                               "{Name} парк\tplace\tplace.park\t\tru\t- m\t\t\n"
                                               "ЧВК «{name}»\tunit\tunit.pmc\t\tru\t\t\t\n");
  static const char *const cases[][2] = {
      {"ab xy cd", ""},
      {"ab xy ab cd", "6-11:x.abcd"},
      {"ab 12 xy ef", ""},
      {"Горький xy парк", ""},
      {"Горький парк xy", ""},
      {"ЧВК «большой Вагнер» xy", ""},
      {"ЧВК «Большой вагнер» xy", "0-38:unit.pmc"},
      {"ЧВК «Большой» вагнер xy", "0-25:unit.pmc"},
      {"ЧВК «Большой» «вагнер» xy", "0-25:unit.pmc"},
      {"ЧВК «Большой 12» xy", ""},
      {"ЧВК «Большой ab» cd", "0-28:unit.pmc"},
      {"ЧВК «Большой _» xy", ""},
  };
  cases_agree_without_edge_filter(lex, cases, sizeof cases / sizeof cases[0]);
}
END_TEST

/* The filter has the bit of every edge's pair and turns away most pairs
 * without one; an image whose filter lacks an edge's bit would lose its
 * matches: opening it refuses it. */
START_TEST(an_image_whose_edge_filter_lacks_an_edge_is_refused) {
  miltag_lexicon *lex;
  ck_assert_int_eq(miltag_lexicon_default(NULL, &lex), MILTAG_OK);
  const mt_image *img = &lex->img;
  ck_assert_uint_ge(img->h->edge_filter_words, 1);
  size_t edges = 0, tried = 0, passed = 0, wides = 0;
  for (uint32_t i = 0; i < img->h->edge_slots; i++) {
    const mt_img_edge *e = &img->edges[i];
    /* (a slot's edges are their parent's bits: slot_bits_are_exact) */
    if (e->parent == MT_NONE || mt_image_slot_bit(img->h, e->token)) continue;
    edges++;
    ck_assert(mt_image_edge_maybe(img, e->parent, e->token));
    /* the same parent with another token, mostly no edge */
    uint32_t t = rnd() % img->h->n_tokens;
    if (mt_image_slot_bit(img->h, t)) continue;
    /* a node's words in one block of 512 bits unless it is wide; three
     * bits a pair, in one word */
    int wide = (img->nodes[e->parent].count & MT_NODE_WIDE) != 0;
    uint32_t words = img->h->edge_filter_words;
    uint64_t m1, m2;
    uint64_t w1 = mt_image_edge_word(e->parent, e->token, words, wide, &m1);
    uint64_t w2 = mt_image_edge_word(e->parent, t, words, wide, &m2);
    ck_assert_uint_lt(w1, words);
    ck_assert_uint_lt(w2, words);
    /* (two of the three may fall on one bit) */
    ck_assert(m1 && __builtin_popcountll(m1) <= (int)MT_EDGE_FILTER_K);
    if (!wide) ck_assert_uint_eq(w1 / MT_EDGE_FILTER_BLOCK_WORDS, w2 / MT_EDGE_FILTER_BLOCK_WORDS);
    wides += wide;
    int any = 0;
    for (uint32_t g = 0; g < 8 && !any; g++) any = mt_image_edge(img, e->parent, t, g) != MT_NONE;
    if (any || edges % 4) continue;
    tried++;
    passed += mt_image_edge_maybe(img, e->parent, t);
  }
  ck_assert_uint_gt(tried, 1000);
  /* a few in 10000 (image.h); one in ten with the one bit a pair that
   * made English scanning cost depend on the lexicon's layout */
  ck_assert_msg(passed * 200 < tried, "%zu of %zu pairs without an edge pass", passed, tried);
  /* at least 48 bits an edge, whatever the power of two */
  ck_assert_uint_ge((uint64_t)img->h->edge_filter_words * 64, (uint64_t)edges * 48);
  ck_assert_uint_eq(img->h->edge_filter_words % MT_EDGE_FILTER_BLOCK_WORDS, 0);
  ck_assert_uint_gt(wides, 0);         /* the {num} nodes */
  ck_assert_uint_lt(wides, edges / 2); /* most edges leave narrow nodes */
  /* clear the bit of one edge: refused */
  size_t size;
  unsigned char *copy = copy_image(lex, &size);
  mt_img_header *h = (mt_img_header *)copy;
  const mt_img_edge *e = NULL;
  for (uint32_t i = 0; i < img->h->edge_slots && !e; i++)
    if (img->edges[i].parent != MT_NONE && !mt_image_slot_bit(img->h, img->edges[i].token))
      e = &img->edges[i];
  ck_assert_ptr_nonnull(e);
  uint64_t mask;
  uint64_t w = mt_image_edge_word(e->parent, e->token, h->edge_filter_words,
                                  (img->nodes[e->parent].count & MT_NODE_WIDE) != 0, &mask);
  uint64_t *ef = (uint64_t *)(copy + h->off_edge_filter), saved = ef[w];
  ef[w] &= ~(mask & (0 - mask)); /* one of its three bits */
  h->checksum = mt_image_checksum(copy, size);
  miltag_lexicon *bad = (miltag_lexicon *)1;
  miltag_error err;
  ck_assert_int_eq(miltag_lexicon_open_image(copy, size, NULL, &bad, &err), MILTAG_E_IMAGE);
  ck_assert_ptr_null(bad);
  /* a filter of a size that is no power of two: refused */
  ef[w] = saved;
  h->edge_filter_words = 3;
  h->checksum = mt_image_checksum(copy, size);
  bad = (miltag_lexicon *)1;
  ck_assert_int_eq(miltag_lexicon_open_image(copy, size, NULL, &bad, &err), MILTAG_E_IMAGE);
  ck_assert_ptr_null(bad);
  /* nor one smaller than a block, which the blocks' mask would overrun */
  h->edge_filter_words = MT_EDGE_FILTER_BLOCK_WORDS / 2;
  h->checksum = mt_image_checksum(copy, size);
  bad = (miltag_lexicon *)1;
  ck_assert_int_eq(miltag_lexicon_open_image(copy, size, NULL, &bad, &err), MILTAG_E_IMAGE);
  ck_assert_ptr_null(bad);
  free(copy);
  miltag_lexicon_free(lex);
}
END_TEST

/* The image `copy` of size bytes, its checksum set again, is refused. */
static void assert_refused(unsigned char *copy, size_t size) {
  ((mt_img_header *)copy)->checksum = mt_image_checksum(copy, size);
  miltag_lexicon *bad = (miltag_lexicon *)1;
  miltag_error err;
  ck_assert_int_eq(miltag_lexicon_open_image(copy, size, NULL, &bad, &err), MILTAG_E_IMAGE);
  ck_assert_ptr_null(bad);
}

/* A node's MT_NODE_SLOT_* bits are exactly the slots whose tokens leave
 * it by an edge (image version 11), so that a frequent node (the, an)
 * sends a number or a capitalized word into step only where it has such
 * an edge, whatever the layout of the edge filter; the filter holds the
 * key edges alone.  An image whose node lacks the bit of one of its
 * edges would lose that edge's matches: opening it refuses it. */
START_TEST(slot_bits_are_exact) {
  miltag_lexicon *lex;
  ck_assert_int_eq(miltag_lexicon_default(NULL, &lex), MILTAG_OK);
  const mt_image *img = &lex->img;
  const mt_img_header *h = img->h;
  ck_assert_uint_ne(h->num_token, MT_NONE);
  ck_assert_uint_ne(h->name_token, MT_NONE);
  ck_assert_uint_eq(mt_image_slot_bit(h, h->num_token), MT_NODE_SLOT_NUM);
  ck_assert_uint_eq(mt_image_slot_bit(h, h->name_token), MT_NODE_SLOT_NAME);
  ck_assert_uint_eq(mt_image_slot_bit(h, MT_NONE), 0);
  uint32_t *want = calloc(h->n_nodes, sizeof *want);
  ck_assert_ptr_nonnull(want);
  size_t slot_edges = 0;
  for (uint32_t i = 0; i < h->edge_slots; i++) {
    const mt_img_edge *e = &img->edges[i];
    if (e->parent == MT_NONE) continue;
    uint32_t bit = mt_image_slot_bit(h, e->token);
    want[e->parent] |= bit;
    slot_edges += bit != 0;
    /* every edge passes, by its bit or the filter */
    ck_assert(mt_image_edge_maybe(img, e->parent, e->token));
  }
  ck_assert_uint_gt(slot_edges, 100); /* the {num} brigade, the {Name} river */
  uint32_t with = MT_NONE;
  for (uint32_t n = 0; n < h->n_nodes; n++) {
    ck_assert_uint_eq(img->nodes[n].count & MT_NODE_SLOTS, want[n]);
    /* and a node without a slot's edge turns its token away */
    for (uint32_t bit = MT_NODE_SLOT_NUM; bit <= MT_NODE_SLOT_WORD; bit <<= 1) {
      uint32_t t = bit == MT_NODE_SLOT_NUM    ? h->num_token
                   : bit == MT_NODE_SLOT_NUM2 ? h->num2_token
                   : bit == MT_NODE_SLOT_NAME ? h->name_token
                                              : h->word_token;
      if (t != MT_NONE && n) ck_assert_int_eq(mt_image_edge_maybe(img, n, t), (want[n] & bit) != 0);
    }
    if (with == MT_NONE && n && (want[n] & MT_NODE_SLOT_NUM)) with = n;
  }
  free(want);
  ck_assert_uint_ne(with, MT_NONE);
  /* clear the {num} bit of a node with a {num} edge: refused */
  size_t size;
  unsigned char *copy = copy_image(lex, &size);
  mt_img_header *ch = (mt_img_header *)copy;
  mt_img_node *cn = (mt_img_node *)(copy + ch->off_nodes);
  cn[with].count &= ~MT_NODE_SLOT_NUM;
  assert_refused(copy, size);
  cn[with].count |= MT_NODE_SLOT_NUM;
  /* the image as it was opens */
  ch->checksum = mt_image_checksum(copy, size);
  miltag_lexicon *good = NULL;
  miltag_error err;
  ck_assert_int_eq(miltag_lexicon_open_image(copy, size, NULL, &good, &err), MILTAG_OK);
  miltag_lexicon_free(good);
  /* one token for two slots (its bit would be the first's): refused */
  uint32_t num2 = ch->num2_token;
  ch->num2_token = ch->num_token;
  assert_refused(copy, size);
  ch->num2_token = num2;
  /* a key that reaches a slot's token (the scanner would ask the filter,
   * which holds no slot's edge): refused (without the prefilter, which
   * would refuse the key first) */
  mt_img_keyslot *ks = (mt_img_keyslot *)(copy + ch->off_keyslots);
  uint32_t k = 0;
  while (ks[k].token == MT_NONE) k++;
  ks[k].token = ch->name_token;
  ch->prefilter_words = 0;
  assert_refused(copy, size);
  free(copy);
  miltag_lexicon_free(lex);
}
END_TEST

/* A context word whose node has an edge by a slot (the + {num} + th,
 * the + a quoted {name} and its further words) goes on over numbers and
 * quoted words, while its other partial matches end by the bits: tags as
 * without the filter, and as written here. */
START_TEST(slot_edges_of_context_words_go_on) {
  miltag_lexicon *lex = compile_or_fail(HEADER "the\tcontext\tctx.the\t\ten\t\t\t\n"
                                               "the {num} th\tunit\tunit.numth\t\ten\t\t\t\n"
                                               "the «{name}»\tunit\tunit.q\t\t\t\t\t\n"
                                               "the cd\tslang\tx.thecd\t\t\t\t\t\n"
                                               "{num} cd\tslang\tx.numcd\t\t\t\t\t\n");
  static const char *const cases[][2] = {
      {"in the 12 th of", "3-12:unit.numth"},
      /* a number where no match is alive starts its {num} match
       * (start_step), and one after the goes on and starts one */
      {"12 cd", "0-5:x.numcd"},
      {"xy 7 cd", "3-7:x.numcd"},
      {"the 12 cd", "4-9:x.numcd"},
      {"the «Volga» cd", "0-13:unit.q"},
      {"the «Big Volga» cd", "0-17:unit.q"},
      {"the Volga cd", ""},
      {"the cd", "0-6:x.thecd"},
      {"the xy cd", ""},
  };
  cases_agree_without_edge_filter(lex, cases, sizeof cases / sizeof cases[0]);
}
END_TEST

int main(void) {
  Suite *s = suite_create("fastpath");
  TCase *tc = tcase_create("evidence");
  tcase_add_test(tc, script_cases);
  tcase_add_test(tc, script_random);
  tcase_add_test(tc, script_random_long);
  tcase_add_test(tc, angle_cases);
  tcase_add_test(tc, angle_random);
  tcase_add_test(tc, fold_cases);
  tcase_add_test(tc, fold_random);
  tcase_add_test(tc, endings_skipped_by_their_last_byte);
  suite_add_tcase(s, tc);
  tc = tcase_create("ids");
  tcase_set_timeout(tc, 120);
  tcase_add_test(tc, a_new_scanner_caches_no_word_of_its_first_bytes);
  tcase_add_test(tc, cached_ids_are_the_lookups);
  tcase_add_test(tc, cache_slots_shared_by_many_words);
  tcase_add_test(tc, cached_words_differ_by_length);
  tcase_add_test(tc, tokens_of_any_charset_are_cached);
  tcase_add_test(tc, name_starts_die_by_the_shortcut);
  tcase_add_test(tc, an_image_whose_name_follow_list_lacks_a_token_is_refused);
  tcase_add_test(tc, taggable_nodes_are_flagged_exactly);
  tcase_add_test(tc, keys_alone_start_by_the_shortcut);
  tcase_add_test(tc, capitalized_keys_start_by_the_shortcut);
  tcase_add_test(tc, matches_end_by_the_edge_filter);
  tcase_add_test(tc, matches_end_by_the_edge_filter_cases);
  tcase_add_test(tc, plain_words_end_matches_by_the_shortcut);
  tcase_add_test(tc, name_node_asked_about_slots_only_where_they_follow);
  tcase_add_test(tc, an_image_whose_edge_filter_lacks_an_edge_is_refused);
  tcase_add_test(tc, slot_bits_are_exact);
  tcase_add_test(tc, slot_edges_of_context_words_go_on);
  suite_add_tcase(s, tc);
  return run_suite(s) ? EXIT_FAILURE : EXIT_SUCCESS;
}
