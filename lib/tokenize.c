#include "tokenize.h"
#include "invariant.h"

#include <stddef.h>
#include <string.h>
#include <unicode/uchar.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif
/* AVX2 for the window's classes where the CPU has it, chosen at run time
 * (the library is built for the baseline x86-64) */
#if defined(__SSE2__) && defined(__x86_64__) && defined(__GNUC__) && !defined(__AVX2__) && \
    !defined(MILTAG_NO_AVX2)
#define MT_WIN_AVX2 1
#include <immintrin.h>
static const unsigned char win_k[MT_WIN_K][32]; /* (below, by win_classify_avx2) */
#endif

#include "gap.h"
#include "normalize.h"
#include "utf8.h"

/* The charset of a token (mt_charset) travels with its flags inside the
 * tokenizer, above the MT_TOK_* bits, and is split off by mt_tok_next. */
#define CS_ASCII ((unsigned)MT_CHARSET_ASCII << 16)
#define CS_CYR ((unsigned)MT_CHARSET_CYRILLIC << 16)
#define CS_SHIFT 16

static int probe_icu(mt_tokenizer *t);
static void gap_analyze(const unsigned char *p, size_t n, int at_start, int after_initial,
                        mt_token *out);

/* win_fast: tok_fill's default way (the window, with AVX2 and BMI2) is
 * on; set whenever one of the settings it follows changes. */
static void win_fast_set(mt_tokenizer *t) {
#ifdef MT_WIN_AVX2
  t->win_fast = !t->icu_only && t->win_mode == MT_WIN_VECTOR && t->win_avx2 && t->win_bmi2;
#else
  t->win_fast = 0;
#endif
}

int mt_tok_open(mt_tokenizer *t) {
  memset(t, 0, sizeof *t);
  UErrorCode st = U_ZERO_ERROR;
  t->bi = ubrk_open(UBRK_WORD, "", NULL, 0, &st);
  if (U_FAILURE(st)) {
    t->bi = NULL;
    return st == U_MEMORY_ALLOCATION_ERROR ? MILTAG_E_NOMEM : MILTAG_E_ICU;
  }
  UText init = UTEXT_INITIALIZER;
  t->ut = init;
  t->piece_max = MT_ICU_PIECE;
#ifdef MT_WIN_AVX2
  __builtin_cpu_init();
  t->win_avx2 = __builtin_cpu_supports("avx2") != 0;
  t->win_bmi2 = __builtin_cpu_supports("bmi") && __builtin_cpu_supports("bmi2");
  memcpy(t->win_k, win_k, sizeof win_k);
#endif
  win_fast_set(t);
  return probe_icu(t);
}

void mt_tok_icu_only(mt_tokenizer *t, int on) {
  t->icu_only = on;
  win_fast_set(t);
}

void mt_tok_win_mode(mt_tokenizer *t, int mode) {
  MT_ASSERT(mode == MT_WIN_VECTOR || mode == MT_WIN_PORTABLE || mode == MT_WIN_OFF ||
            mode == MT_WIN_SSE2);
  t->win_mode = mode;
  t->win_ok = 0;
  t->win_blank = 0;
  win_fast_set(t);
}

void mt_tok_close(mt_tokenizer *t) {
  if (t->bi) ubrk_close(t->bi);
  utext_close(&t->ut);
  t->bi = NULL;
}

/* The fields mt_tok_reset clears lie in one block (tokenize.h) */
#define TOK_IN_RESET(f) \
  (offsetof(mt_tokenizer, f) >= offsetof(mt_tokenizer, pos) && \
   offsetof(mt_tokenizer, f) + sizeof(((mt_tokenizer *)0)->f) <= offsetof(mt_tokenizer, seg_end) + sizeof(size_t))
_Static_assert(TOK_IN_RESET(prev_end) && TOK_IN_RESET(prev_initial) && TOK_IN_RESET(have_seg) &&
                   TOK_IN_RESET(sub) && TOK_IN_RESET(started) && TOK_IN_RESET(chunk_start) &&
                   TOK_IN_RESET(chunk_end) && TOK_IN_RESET(in_chunk) && TOK_IN_RESET(chunk_icu) &&
                   TOK_IN_RESET(chunk_plain) && TOK_IN_RESET(icu_prev) && TOK_IN_RESET(rest_end) &&
                   TOK_IN_RESET(win_ok) && TOK_IN_RESET(win_checked) && TOK_IN_RESET(queue_at) &&
                   TOK_IN_RESET(queue_len) && TOK_IN_RESET(win_blank) && !TOK_IN_RESET(icu_only) &&
                   !TOK_IN_RESET(len),
               "mt_tok_reset clears the text's state and nothing else");
#undef TOK_IN_RESET

int mt_tok_reset(mt_tokenizer *t, const char *text, size_t len) {
  static const char empty[1] = {0};
  /* ICU is pointed at a chunk only when one needs it (next_chunk) */
  t->text = (const unsigned char *)(text ? text : empty);
  t->len = len;
  /* pos, prev_end, prev_initial, have_seg, sub, started, the chunk's
   * state, rest_end, win_ok (the window described the text before),
   * win_checked, the queue and win_blank: 0; and seg_end, which nothing
   * reads without have_seg, so that the block is seven 16-byte stores
   * (at 100 bytes GCC wrote a `rep stos`) */
  enum { RESET_BYTES = offsetof(mt_tokenizer, seg_end) + sizeof(size_t) - offsetof(mt_tokenizer, pos) };
#if defined(__SSE2__)
  /* (seven stores written out: GCC turns a memset of these bytes, and a
   * loop of the stores, into `rep stos`, whose every repetition is an
   * instruction) */
  _Static_assert(RESET_BYTES == 7 * 16, "the block is seven 16-byte stores");
  __m128i *b = (__m128i *)(void *)&t->pos;
  const __m128i z = _mm_setzero_si128();
  _mm_storeu_si128(b, z);
  _mm_storeu_si128(b + 1, z);
  _mm_storeu_si128(b + 2, z);
  _mm_storeu_si128(b + 3, z);
  _mm_storeu_si128(b + 4, z);
  _mm_storeu_si128(b + 5, z);
  _mm_storeu_si128(b + 6, z);
#else
  memset(&t->pos, 0, RESET_BYTES);
#endif
  return 0;
}

int mt_tok_is_quote(uint32_t c) {
  /* in ASCII only " and ' have the property: no call for the commas and
   * periods that most gaps are */
  if (c < 0x80) return c == '"' || c == '\'';
  return u_hasBinaryProperty((UChar32)c, UCHAR_QUOTATION_MARK) || c == 0x2039 ||
         c == 0x203A;
}

/* mt_is_apostrophe, with ASCII settled here */
static inline int is_apostrophe(uint32_t c) {
  return c < 0x80 ? c == '\'' || c == '`' : mt_is_apostrophe(c);
}

static int is_sentence_end(uint32_t c) {
  return c == '.' || c == '!' || c == '?' || c == 0x2026 || c == 0x203C ||
         c == 0x2047 || c == 0x2048 || c == 0x2049 || c == 0x3002 || c == 0xFF01 ||
         c == 0xFF0E || c == 0xFF1F;
}

static uint32_t sig_mix(uint32_t h, uint32_t c) {
  h ^= c;
  h *= 0x01000193u;
  return h;
}

/* gap_analyze's branch for each ASCII character (GA_NEWLINE: the chain's
 * own). */
enum { GA_PUNCT, GA_SPACE, GA_DASH, GA_QUOTE, GA_NEWLINE };
static const unsigned char gap_ascii[128] = {
  ['\t'] = GA_SPACE, ['\v'] = GA_SPACE, ['\f'] = GA_SPACE, ['\r'] = GA_SPACE, [' '] = GA_SPACE,
  ['\n'] = GA_NEWLINE, ['-'] = GA_DASH, ['"'] = GA_QUOTE, ['\''] = GA_QUOTE,
};

/* Describe the separator p[0..n) before a token into out. */
/* With after_initial (the token before is one capital letter: В. Путин,
 * J. Smith, Б . Хмельницький; or capitals joined by periods: U.S. Open), a
 * period is an initial's or an abbreviation's, not a sentence end. */
static void gap_analyze(const unsigned char *p, size_t n, int at_start, int after_initial,
                        mt_token *out) {
  if (n == 1 && p[0] == ' ') { /* by far the most common gap */
    out->gap = (uint16_t)(at_start ? MILTAG_GAP_SPACE | MILTAG_GAP_BREAK : MILTAG_GAP_SPACE);
    out->gapsig = 0;
    out->lead_quote = 0;
    if (at_start) out->flags |= MT_TOK_SENT;
    return;
  }
  unsigned gap = 0;
  uint32_t sig = 0x811C9DC5u;
  int punct = 0, newlines = 0, pending_end = 0;
  unsigned lead_quote = 0;
  size_t i = 0, last_quote_end = (size_t)-1;
  size_t ncp = 0;
  while (i < n) {
    uint32_t c;
    size_t k;
    ncp++;
    if (p[i] < 0x80) {
      /* ASCII (most gaps: ", " ". "): its branch of the chain below by
       * table, not by a dozen comparisons a character */
      c = p[i];
      k = 1;
      switch (gap_ascii[c]) {
        case GA_SPACE:
          gap |= MILTAG_GAP_SPACE;
          if (pending_end) gap |= MILTAG_GAP_BREAK;
          i++;
          continue;
        case GA_DASH:
          gap |= MILTAG_GAP_DASH;
          i++;
          continue;
        case GA_QUOTE:
          if (c == '\'' && ncp == 1 && n == 1) break; /* an apostrophe alone: punctuation */
          gap |= MILTAG_GAP_QUOTE;
          if (i == 0) lead_quote = 1;
          last_quote_end = i + 1;
          i++;
          continue;
        case GA_PUNCT:
          break;
        default: /* GA_NEWLINE */
          goto chain;
      }
      /* as the last branch of the chain: apostrophes as ', controls as one */
      punct = 1;
      sig = sig_mix(sig, c == '`' || c == '\'' ? '\'' : c < 0x20 || c == 0x7F ? 0xFFFF : c);
      if ((c == '.' || c == '!' || c == '?') && !(after_initial && c == '.')) pending_end = 1;
      after_initial = 0;
      i++;
      continue;
    }
    k = mt_utf8_decode(p + i, n - i, &c);
  chain:
    if (c == '\n' || c == 0x2028 || c == 0x2029) {
      gap |= MILTAG_GAP_SPACE;
      if (++newlines >= 2 || c == 0x2029) { gap |= MILTAG_GAP_BREAK; punct = 1; sig = sig_mix(sig, '\n'); }
      if (pending_end) gap |= MILTAG_GAP_BREAK;
    } else if (c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f' ||
               (c >= 0x80 && u_isUWhiteSpace((UChar32)c))) {
      gap |= MILTAG_GAP_SPACE;
      if (pending_end) gap |= MILTAG_GAP_BREAK;
    } else if (c != MT_REPLACEMENT && (c == 0xAD || (c >= 0x200B && c <= 0x200D) ||
                                       c == 0x2060 || c == 0xFEFF)) {
      /* invisible: neither joins nor separates */
    } else if (c == '-' || (c >= 0x2010 && c <= 0x2015) || c == 0x2212 ||
               c == 0xFE58 || c == 0xFE63 || c == 0xFF0D ||
               (c >= 0x80 && c != MT_REPLACEMENT && u_charType((UChar32)c) == U_DASH_PUNCTUATION)) {
      gap |= MILTAG_GAP_DASH;
    } else if (mt_tok_is_quote(c) && !(ncp == 1 && i + k == n && is_apostrophe(c))) {
      gap |= MILTAG_GAP_QUOTE;
      if (i == 0) lead_quote = (unsigned)k;
      last_quote_end = i + k;
    } else {
      /* Other punctuation, symbols, control characters, U+FFFD: part of
       * the signature, so only a term written with the same punctuation
       * can span this gap. */
      uint32_t m = c;
      if (is_apostrophe(c)) m = '\'';
      else if (c < 0x20 || c == 0x7F) m = 0xFFFF;
      punct = 1;
      sig = sig_mix(sig, m);
      if (is_sentence_end(c) && !(after_initial && c == '.')) pending_end = 1;
      after_initial = 0; /* one period only: "В.. Путин" ends a sentence */
    }
    i += k;
  }
  /* a terminal is a sentence end only with white space after it (handled
   * above): at the very end of the gap ("U.S") it is not */
  if (punct) gap |= MILTAG_GAP_PUNCT;
  if (at_start) gap |= MILTAG_GAP_BREAK;
  if (!gap) gap = MILTAG_GAP_NONE;
  out->gap = (uint16_t)gap;
  out->gapsig = punct ? mt_gap_signature(sig) : 0;
  out->lead_quote = (uint8_t)lead_quote;
  if (n && last_quote_end == n) out->flags |= MT_TOK_QOPEN;
  if (gap & MILTAG_GAP_BREAK) out->flags |= MT_TOK_SENT;
}

/* One entry of mt_tokenizer.gap1 (gapc, gaps): gap_analyze of p[0..n)
 * after a token that is an initial or not. */
static void gap_entry(struct mt_tok_gap1 *g, const unsigned char *p, size_t n, int after_initial) {
  mt_token x;
  x.flags = 0;
  gap_analyze(p, n, 0, after_initial, &x);
  MT_ASSERT(x.gap <= 0xFFFF && x.flags <= 0xFF && x.lead_quote <= 0xFF);
  g->gap = (uint16_t)x.gap;
  g->flags = (uint8_t)x.flags;
  g->lead_quote = (uint8_t)x.lead_quote;
  g->gapsig = x.gapsig;
}

void mt_tok_gap_tables_compute(mt_tok_gap_tables *out) {
  memset(out, 0, sizeof *out);
  for (unsigned c = 0; c < 128; c++) {
    unsigned char cs[2] = {(unsigned char)c, ' '}, sc[2] = {' ', (unsigned char)c};
    for (int ai = 0; ai < 2; ai++) {
      gap_entry(&out->gap1[c][ai], cs, c == ' ' ? 1 : 2, ai);
      gap_entry(&out->gapc[c][ai], cs, 1, ai);
      gap_entry(&out->gaps[c][ai], sc, 2, ai);
    }
  }
}

/* gap_analyze's answer for the gap p[0..n) after a token (not at the
 * text's start) of one to seven bytes, from mt_tokenizer.gap_cache (on a
 * miss, gap_analyze's answer goes into it); NULL where the gap is longer,
 * or eight bytes from p would pass the text's end. */
static inline const struct mt_tok_gap1 *gap_cached(mt_tokenizer *t, const unsigned char *p,
                                                   size_t n, int after_initial) {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
  if (n - 1 >= 7 || (size_t)(t->text + t->len - p) < 8) return NULL;
  uint64_t key;
  memcpy(&key, p, 8);
  /* the gap's bytes, and above them its length and the initial */
  key = (key & (~0ull >> (64 - 8 * n))) | (uint64_t)(n | (unsigned)after_initial << 3) << 56;
  struct mt_tok_gapc *c = &t->gap_cache[(key * 0x9E3779B97F4A7C15ull) >> 58];
  if (c->key != key) {
    gap_entry(&c->g, p, n, after_initial);
    c->key = key;
  }
  return &c->g;
#else
  (void)t, (void)p, (void)n, (void)after_initial;
  return NULL;
#endif
}

/* gap_analyze's answer for the gap p[0..n) after a token (not at the
 * text's start), when it is one ASCII character or one and a space
 * either way: from the tables; NULL for any other gap. */
static inline const struct mt_tok_gap1 *gap_table(const unsigned char *p, size_t n,
                                                  int after_initial) {
  if (n == 1) return p[0] < 0x80 ? &mt_tok_gaps.gapc[p[0]][after_initial] : NULL;
  if (n != 2 || (p[0] | p[1]) >= 0x80) return NULL;
  if (p[1] == ' ') return &mt_tok_gaps.gap1[p[0]][after_initial];
  if (p[0] == ' ') return &mt_tok_gaps.gaps[p[1]][after_initial];
  return NULL;
}

static int is_digit_cp(uint32_t c) {
  if (c < 0x80) return c >= '0' && c <= '9';
  return u_isdigit((UChar32)c);
}

/* Characters that never start a new run: combining marks, format
 * characters and the punctuation ICU allows inside words (4.5.0, U.K,
 * Куп'янськ). */
static int is_neutral(uint32_t c) {
  if (c < 0x80) return c == '.' || c == ',' || c == '\'' || c == ':' || c == '_';
  if (mt_is_apostrophe(c)) return 1;
  int8_t t = u_charType((UChar32)c);
  return t == U_NON_SPACING_MARK || t == U_ENCLOSING_MARK || t == U_COMBINING_SPACING_MARK ||
         t == U_FORMAT_CHAR || t == U_CONNECTOR_PUNCTUATION || t == U_OTHER_PUNCTUATION;
}

/* Is p[0..n) one character, or single characters joined by periods
 * (U.S, т.е)?  A period after it is the abbreviation's. */
static int one_char(const unsigned char *p, size_t n) {
  for (size_t i = 0; i < n;) {
    uint32_t c;
    size_t k = mt_utf8_decode(p + i, n - i, &c);
    if (c == '.' || i + k == n) { i += k; continue; }
    if (p[i + k] != '.') return 0;
    i += k;
  }
  return n != 0 && p[0] != '.';
}

static unsigned case_flags(const unsigned char *p, size_t n) {
  unsigned letters = 0, upper = 0, first_upper = 0, digits_only = 1, ascii = 1, cyr = 1;
  for (size_t i = 0; i < n;) {
    uint32_t c;
    unsigned b = p[i];
    if (!((b >= '0' && b <= '9') || ((b | 0x20) >= 'a' && (b | 0x20) <= 'z'))) ascii = 0;
    if (p[i] < 0x80) {
      c = p[i++];
    } else if (p[i] >= 0xD0 && p[i] <= 0xD3 && i + 1 < n && (p[i + 1] & 0xC0) == 0x80) {
      c = ((uint32_t)(p[i] & 0x1F) << 6) | (p[i + 1] & 0x3F);
      i += 2;
    } else {
      i += mt_utf8_decode(p + i, n - i, &c);
    }
    if (!(c >= '0' && c <= '9')) digits_only = 0;
    if (c < 0x0400 || c > 0x045F) cyr = 0;
    int up, letter;
    if (c < 0x80) {
      up = c >= 'A' && c <= 'Z';
      letter = up || (c >= 'a' && c <= 'z');
    } else if (c >= 0x0400 && c <= 0x045F) {
      up = c < 0x0430;
      letter = 1;
    } else {
      letter = u_isalpha((UChar32)c);
      up = letter && (u_isupper((UChar32)c) || u_istitle((UChar32)c));
    }
    if (letter) {
      if (!letters) first_upper = up;
      letters++;
      upper += up;
    }
  }
  unsigned f = 0;
  if (first_upper) f |= MT_TOK_CAP;
  if (letters >= 2 && upper == letters) f |= MT_TOK_ALLCAPS;
  if (digits_only && n) f |= MT_TOK_DIGITS;
  if (letters) f |= MT_TOK_LETTERS;
  if (upper >= 2) f |= MT_TOK_MULTICAP;
  if (ascii && n) f |= CS_ASCII;
  else if (cyr && n) f |= CS_CYR;
  return f;
}

/* End of the run that starts at s inside the segment [s, e): a run is
 * letters or digits, and ends where the other kind begins or before an
 * English possessive.  ASCII and Cyrillic are classified from the bytes;
 * anything else asks ICU. */
static size_t run_end(const unsigned char *p, size_t s, size_t e, size_t *gap_len) {
  *gap_len = 0;
  int cls = -1;
  size_t i = s;
  while (i < e) {
    unsigned b = p[i];
    uint32_t c;
    size_t k;
    int d, neutral;
    if (b < 0x80) {
      c = b;
      k = 1;
      d = b >= '0' && b <= '9';
      neutral = b == '.' || b == ',' || b == '\'' || b == ':' || b == '_';
    } else if (b >= 0xD0 && b <= 0xD3 && i + 1 < e && (p[i + 1] & 0xC0) == 0x80) {
      c = ((b & 0x1F) << 6) | (p[i + 1] & 0x3F);
      k = 2;
      d = 0;
      neutral = c >= 0x0483 && c <= 0x0489;
    } else {
      k = mt_utf8_decode(p + i, e - i, &c);
      d = is_digit_cp(c);
      neutral = is_neutral(c);
    }
    if (i > s && (c == '\'' || c == 0x2019 || (c >= 0x80 && mt_is_apostrophe(c)))) {
      /* English possessive: "Kharkiv's" → "Kharkiv" ' "s" */
      size_t j = i + k;
      if (j + 1 == e && (p[j] == 's' || p[j] == 'S') && cls == 0) {
        *gap_len = k;
        return i;
      }
    }
    if (!neutral) {
      if (cls >= 0 && d != cls) return i;
      cls = d;
    }
    i += k;
  }
  return e;
}

/* ------------------------------------------------------------ fast path */

/* Word Break classes of the characters the fast path handles (UAX #29 as
 * ICU's root rules apply it: the colon is not MidLetter there). */
enum { C_OTHER, C_LETTER, C_DIGIT, C_ENL, C_MIDNUMLET, C_MIDNUM, C_MIDLETTER, C_SPACE, C_SLOW };
/* Byte kinds: plain letters and digits (ASCII ones that join like any
 * letter or digit, whatever the linked ICU does with '@' or ':'), other
 * ASCII, the white space that ends a chunk, and lead or trail bytes of
 * longer characters. */
enum { BYTE_LOWER, BYTE_UPPER, BYTE_DIGIT, BYTE_OTHER, BYTE_SPACE, BYTE_WIDE };

static inline unsigned run_flags(unsigned letters, unsigned upper, unsigned digits,
                                 unsigned first_upper) {
  unsigned f = 0;
  if (first_upper) f |= MT_TOK_CAP;
  if (letters >= 2 && upper == letters) f |= MT_TOK_ALLCAPS;
  if (!letters && digits) f |= MT_TOK_DIGITS;
  if (letters) f |= MT_TOK_LETTERS;
  if (upper >= 2) f |= MT_TOK_MULTICAP;
  return f;
}

#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
#define MT_SWAR 1
/* Bit 7 of each byte set: how many bytes have it (the other bits clear). */
static inline unsigned high_bits(uint64_t m) {
  return (unsigned)(((m >> 7) * 0x0101010101010101ull) >> 56);
}

/* How many of the eight bytes in x (memory order) are ASCII letters or
 * digits before the first that is not; adds the capitals and digits among
 * them to *upper and *digits.  English words are looked at eight bytes a
 * step, and where a word ends is found by a count of trailing zeros, not
 * by a branch per byte that mispredicts once a word. */
static inline unsigned alnum_run8(uint64_t x, unsigned *upper, unsigned *digits) {
  const uint64_t ones = 0x0101010101010101ull, high = 0x80 * ones;
  uint64_t h = x & ~high; /* at most 7F a byte: the additions carry into no other byte */
#define AT_LEAST(c) (h + (uint64_t)(0x80 - (c)) * ones)
  uint64_t dig = AT_LEAST('0') & ~AT_LEAST('9' + 1);
  uint64_t cap = AT_LEAST('A') & ~AT_LEAST('Z' + 1);
  uint64_t low = AT_LEAST('a') & ~AT_LEAST('z' + 1);
#undef AT_LEAST
  uint64_t ascii = ~x & high;
  uint64_t stop = ~(dig | cap | low) & high;
  stop |= ~ascii & high;
  /* stop has only bit 7 of a byte set: bit 63 stands in for "none" (8) */
  unsigned n = ((unsigned)__builtin_ctzll((stop >> 7) | (1ull << 63)) + 1) >> 3;
  uint64_t keep = (stop & (0 - stop)) - 1; /* the bits below the first stop */
  *upper += high_bits(cap & ascii & keep);
  *digits += high_bits(dig & ascii & keep);
  return n;
}

/* One step over ASCII letters and digits at p[i] (byte class v, at most
 * BYTE_DIGIT) before end: eight bytes a step where eight are left, else
 * one; counts what it passes.  Returns where the step ends (> i). */
static inline size_t alnum_step(const unsigned char *p, size_t i, size_t end, unsigned v,
                                unsigned *letters, unsigned *upper, unsigned *digits) {
#ifdef MT_SWAR
  if (end - i >= 8) {
    uint64_t x;
    memcpy(&x, p + i, 8);
    unsigned d = 0, k = alnum_run8(x, upper, &d); /* k >= 1 */
    *digits += d;
    *letters += k - d;
    return i + k;
  }
#endif
  *digits += v == BYTE_DIGIT;
  *letters += v != BYTE_DIGIT;
  *upper += v == BYTE_UPPER;
  return i + 1;
}
#endif

/* The end of the run of basic Cyrillic letters at p[i..n); adds their
 * number to *count and that of capitals (U+0400-U+042F) to *upper.  Russian
 * and Ukrainian words are such runs, so they are taken two bytes a step. */
static inline size_t cyrillic_run(const unsigned char *p, size_t i, size_t n, unsigned *count,
                                  unsigned *upper) {
  unsigned c = 0, u = 0;
  /* Branch-free inside: D0 and D1 leads alternate at random in a word
   * (а-п, р-я), and a branch on which one it is was mispredicted about
   * once a letter. */
  while (i + 1 < n) {
    unsigned b0 = p[i], b1 = p[i + 1];
    unsigned d0 = b0 == 0xD0, trail = b1 - 0x80u;
    /* D0 takes trail bytes 80-BF (U+0400-U+043F), D1 80-9F (U+0440-U+045F) */
    if (((b0 & 0xFEu) != 0xD0u) | (trail >= (0x20u << d0))) break;
    u += d0 & (trail < 0x30u);
    c++;
    i += 2;
  }
  *count += c;
  *upper += u;
  return i;
}

/* ASCII classes: S white space (chunk separator), D digit, L letter, E
 * connector (_), M MidNumLet (. '), N MidNum (, ;), O other. */
#define S C_SPACE
#define D C_DIGIT
#define L C_LETTER
#define E C_ENL
#define M C_MIDNUMLET
#define N C_MIDNUM
#define O C_OTHER
static const unsigned char ascii_class[128] = {
  O, O, O, O, O, O, O, O, O, S, S, S, S, S, O, O,
  O, O, O, O, O, O, O, O, O, O, O, O, O, O, O, O,
  S, O, O, O, O, O, O, M, O, O, O, O, N, O, M, O,
  D, D, D, D, D, D, D, D, D, D, O, N, O, O, O, O,
  O, L, L, L, L, L, L, L, L, L, L, L, L, L, L, L,
  L, L, L, L, L, L, L, L, L, L, L, O, O, O, O, E,
  O, L, L, L, L, L, L, L, L, L, L, L, L, L, L, L,
  L, L, L, L, L, L, L, L, L, L, L, O, O, O, O, O,
};
#undef S
#undef D
#undef L
#undef E
#undef M
#undef N
#undef O

/* Class of the character at p[0..n) and its length; C_SLOW for anything
 * the fast path does not know (ICU decides those chunks). */
static inline int fast_class(const unsigned char *cls, const unsigned char *p, size_t n, size_t *len) {
  unsigned c = p[0];
  if (c < 0x80) { *len = 1; return cls[c]; }
  if (c >= 0xD0 && c <= 0xD3 && n >= 2 && (p[1] & 0xC0) == 0x80) {
    unsigned cp = ((c & 0x1F) << 6) | (p[1] & 0x3F);
    *len = 2;
    /* Cyrillic letters; U+0482 (a sign) and U+0483-U+0489 (marks) are not */
    return cp >= 0x0482 && cp <= 0x0489 ? C_SLOW : C_LETTER;
  }
  if (c == 0xC2 && n >= 2) {
    *len = 2;
    /* « » and the no-break space are Other; everything else in Latin-1
     * (the middle dot is MidLetter, letters, signs) goes to ICU */
    return p[1] == 0xAB || p[1] == 0xBB || p[1] == 0xA0 ? C_OTHER : C_SLOW;
  }
  if (c == 0xE2 && n >= 3 && p[1] == 0x80) {
    *len = 3;
    unsigned d = p[2];
    if (d == 0x98 || d == 0x99) return C_MIDNUMLET;          /* ‘ ’ */
    if ((d >= 0x90 && d <= 0x97) || (d >= 0x9A && d <= 0x9F) || d == 0xA6) return C_OTHER; /* dashes “ ” „ … */
    return C_SLOW;
  }
  *len = 1;
  return C_SLOW;
}

/* Does the linked ICU keep "x" (3 bytes: letter or digit, c, letter or
 * digit) as one word? */
static int icu_joins(mt_tokenizer *t, const char *x) {
  UErrorCode st = U_ZERO_ERROR;
  utext_openUTF8(&t->ut, x, 3, &st);
  ubrk_setUText(t->bi, &t->ut, &st);
  int32_t b = ubrk_next(t->bi);
  return U_SUCCESS(st) && b == 3;
}

/* The ASCII punctuation that word rules treat specially differs between
 * ICU versions (ICU 72 keeps "a@b" whole for e-mail addresses; tailorings
 * drop ':' from MidLetter).  Ask the linked ICU, so that the fast path
 * agrees with it whatever its version. */
static int probe_icu(mt_tokenizer *t) {
  memcpy(t->cls, ascii_class, sizeof t->cls);
  static const char probes[] = "@:.',;_";
  for (const char *q = probes; *q; q++) {
    char ll[4] = {'a', *q, 'b', 0}, nn[4] = {'1', *q, '2', 0}, la[3] = {'a', *q, 0};
    int letters = icu_joins(t, ll), digits = icu_joins(t, nn);
    /* a character that is a letter itself joins even at the end: "a@" */
    UErrorCode st = U_ZERO_ERROR;
    utext_openUTF8(&t->ut, la, 2, &st);
    ubrk_setUText(t->bi, &t->ut, &st);
    int whole = ubrk_next(t->bi) == 2;
    if (U_FAILURE(st)) return MILTAG_E_ICU;
    unsigned char c;
    if (whole && *q != '_') c = C_LETTER;
    else if (*q == '_') c = C_ENL;
    else if (letters && digits) c = C_MIDNUMLET;
    else if (letters) c = C_MIDLETTER;
    else if (digits) c = C_MIDNUM;
    else c = C_OTHER;
    t->cls[(unsigned char)*q] = c;
  }
  for (unsigned b = 0; b < 256; b++) {
    unsigned char v = BYTE_OTHER;
    if (b >= 0x80) v = BYTE_WIDE;
    else if (t->cls[b] == C_SPACE) v = BYTE_SPACE;
    else if (b >= '0' && b <= '9' && t->cls[b] == C_DIGIT) v = BYTE_DIGIT;
    else if (b >= 'A' && b <= 'Z' && t->cls[b] == C_LETTER) v = BYTE_UPPER;
    else if (b >= 'a' && b <= 'z' && t->cls[b] == C_LETTER) v = BYTE_LOWER;
    t->byte[b] = v;
  }
  return 0;
}

/* A character after which ICU always breaks: punctuation, a symbol or a
 * control character of Word_Break Other (not a dictionary letter, not a
 * MidLetter or MidNum, not part of an emoji sequence's joiner). */
static int breaks_after(uint32_t c) {
  if (c == MT_REPLACEMENT) return 0; /* may stand for anything */
  if (u_getIntPropertyValue((UChar32)c, UCHAR_WORD_BREAK) != U_WB_OTHER) return 0;
  switch (u_charType((UChar32)c)) {
    case U_DASH_PUNCTUATION: case U_START_PUNCTUATION: case U_END_PUNCTUATION:
    case U_INITIAL_PUNCTUATION: case U_FINAL_PUNCTUATION: case U_OTHER_PUNCTUATION:
    case U_MATH_SYMBOL: case U_CURRENCY_SYMBOL: case U_MODIFIER_SYMBOL:
    case U_OTHER_SYMBOL: case U_SPACE_SEPARATOR: case U_CONTROL_CHAR:
      return 1;
    default:
      return 0;
  }
}

/* A character that attaches to the one before it (WB4), so that no cut
 * may go before it. */
static int attaches(uint32_t c) {
  int32_t wb = u_getIntPropertyValue((UChar32)c, UCHAR_WORD_BREAK);
  return wb == U_WB_EXTEND || wb == U_WB_FORMAT || wb == U_WB_ZWJ;
}

/* End of the next piece of the chunk [start, end) for ICU: end itself if
 * the rest is short; else the last cut after a breaks_after() character
 * in the second half of the piece; else the last character boundary
 * before the limit that no character attaches to.  Each piece is at
 * least half the limit long, so cutting stays linear. */
static size_t piece_end(const mt_tokenizer *t, size_t start, size_t end) {
  size_t max = t->piece_max < 8 ? 8 : t->piece_max;
  if (end - start <= max) return end;
  const unsigned char *p = t->text;
  size_t lim = start + max, i = start, safe = 0, any = 0;
  uint32_t prev = 0;
  while (i < lim) {
    uint32_t c;
    size_t k = mt_utf8_decode(p + i, end - i, &c);
    if (i > start && !attaches(c)) {
      any = i;
      if (breaks_after(prev)) safe = i;
    }
    prev = c;
    i += k;
  }
  if (safe >= start + max / 2) return safe;
  return any > start ? any : i;
}

/* Point ICU at the piece [start, end) of the current chunk. */
static int icu_piece(mt_tokenizer *t, size_t start, size_t end) {
  t->pos = start;
  t->chunk_start = start;
  t->chunk_end = end;
  t->in_chunk = 1;
  t->chunk_icu = 1;
  t->chunk_plain = 0;
  UErrorCode st = U_ZERO_ERROR;
  utext_openUTF8(&t->ut, (const char *)t->text + start, (int64_t)(end - start), &st);
  if (U_FAILURE(st)) return MILTAG_E_ICU;
  ubrk_setUText(t->bi, &t->ut, &st);
  if (U_FAILURE(st)) return MILTAG_E_ICU;
  t->icu_prev = 0;
  return 1;
}

/* Find the next chunk (a run without ASCII white space) from t->pos and
 * decide how to segment it.  Returns 1, 0 at the end, or an error. */
static int next_chunk(mt_tokenizer *t) {
  const unsigned char *p = t->text;
  size_t i = t->pos;
  while (i < t->len && t->byte[p[i]] == BYTE_SPACE) i++;
  if (i >= t->len) return 0;
  size_t start = i;
  int slow = t->icu_only;
  /* Most chunks are a bare word: one run of plain letters or digits.  Note
   * as much while looking for the chunk's end, so that such a chunk needs
   * no second pass (fast_segment). */
  unsigned letters = 0, upper = 0, digits = 0, plain = 1, cyr = 0;
  while (i < t->len) {
    unsigned v = t->byte[p[i]];
    if (v <= BYTE_DIGIT) {
      i = alnum_step(p, i, t->len, v, &letters, &upper, &digits);
      continue;
    }
    if (v == BYTE_SPACE) break;
    if (v == BYTE_OTHER) {
      plain = 0;
      i++;
      continue;
    }
    if ((p[i] & 0xFE) == 0xD0) {
      size_t run = cyrillic_run(p, i, t->len, &cyr, &upper);
      if (run > i) {
        i = run;
        continue;
      }
    }
    plain = 0;
    size_t k;
    if (fast_class(t->cls, p + i, t->len - i, &k) == C_SLOW) slow = 1;
    i += k;
  }
  /* letters are the ASCII ones, cyr the Cyrillic ones */
  t->chunk_plain = plain && !slow && !((letters | cyr) && digits);
  if (t->chunk_plain) {
    unsigned kind = cyr ? (letters ? 0 : CS_CYR) : CS_ASCII;
    letters += cyr;
    /* the run's first character is a letter here, or there are none */
    unsigned first_upper = letters && (t->byte[p[start]] == BYTE_UPPER ||
                                       (p[start] == 0xD0 && p[start + 1] < 0xB0));
    t->plain_flags = run_flags(letters, upper, digits, first_upper) | kind;
  }
  if (i > t->len) i = t->len;
  if (slow) {
    t->rest_end = i;
    return icu_piece(t, start, piece_end(t, start, i));
  }
  t->pos = start;
  t->chunk_start = start;
  t->chunk_end = i;
  t->in_chunk = 1;
  t->chunk_icu = 0;
  return 1;
}

/* Next word segment of a fast chunk, from t->pos: 1 and [*s, *e), or 0 at
 * the chunk's end.  Letters, digits and connectors join (WB5, WB8-WB10,
 * WB13a-b); a MidNumLet between two letters (WB6-7) or a MidNumLet or
 * MidNum between two digits (WB11-12) joins too. */
static int fast_segment(mt_tokenizer *t, size_t *s, size_t *e) {
  const unsigned char *p = t->text;
  size_t i, end = t->chunk_end, k;
next:
  i = t->pos;
  for (;;) {
    if (i >= end) { t->pos = end; return 0; }
    int c = fast_class(t->cls, p + i, end - i, &k);
    if (c == C_LETTER || c == C_DIGIT || c == C_ENL) break;
    i += k;
  }
  *s = i;
  int prev = fast_class(t->cls, p + i, end - i, &k), first = prev;
  /* While segmenting, note what mt_tok_next needs to know about a segment
   * that is one run (no letter-digit change, no possessive): its case
   * flags.  Anything unusual leaves the work to run_end/case_flags. */
  /* letters: all of them; cyr: the basic Cyrillic ones among them */
  unsigned letters = 0, upper = 0, digits = 0, first_upper = 0, simple = 1, cyr = 0;
  for (;;) {
    if (prev == C_LETTER) {
      unsigned b = p[i];
      int up;
      if (b < 0x80) up = b >= 'A' && b <= 'Z';
      else {
        uint32_t cp = ((b & 0x1F) << 6) | (p[i + 1] & 0x3F);
        if (b >= 0x80 && k != 2) simple = 0;
        if (cp >= 0x0460) simple = 0; /* case needs ICU */
        cyr++;
        up = cp < 0x0430;
      }
      if (b == '@') simple = 0;
      if (!letters) first_upper = up;
      letters++;
      upper += up;
    } else if (prev == C_DIGIT) {
      digits++;
    } else {
      simple = 0; /* connectors and punctuation inside */
    }
    i += k;
    /* Most of any text is plain letters and digits: take them in a tight
     * loop; whatever else comes (punctuation, rarer letters, the end)
     * goes through the general steps. */
    while (i < end) {
      unsigned v = t->byte[p[i]];
      if (v <= BYTE_DIGIT) {
        if (v == BYTE_DIGIT) {
          digits++;
          prev = C_DIGIT;
        } else {
          unsigned up = v == BYTE_UPPER;
          if (!letters) first_upper = up;
          letters++;
          upper += up;
          prev = C_LETTER;
        }
        i++;
        continue;
      }
      if ((p[i] & 0xFE) == 0xD0) {
        unsigned before = cyr;
        size_t run = cyrillic_run(p, i, end, &cyr, &upper);
        if (run > i) {
          if (!letters) first_upper = p[i] == 0xD0 && p[i + 1] < 0xB0;
          letters += cyr - before;
          prev = C_LETTER;
          i = run;
          continue;
        }
      }
      break;
    }
    if (i >= end) break;
    int c = fast_class(t->cls, p + i, end - i, &k);
    if (c == C_LETTER || c == C_DIGIT || c == C_ENL) {
      prev = c;
      continue;
    }
    if ((c == C_MIDNUMLET || c == C_MIDNUM || c == C_MIDLETTER) && i + k < end) {
      size_t k2;
      int nx = fast_class(t->cls, p + i + k, end - i - k, &k2);
      if ((prev == C_LETTER && c != C_MIDNUM && nx == C_LETTER) ||
          (prev == C_DIGIT && c != C_MIDLETTER && nx == C_DIGIT)) {
        simple = 0;
        prev = nx;
        i += k;
        k = k2;
        continue;
      }
    }
    break;
  }
  *e = i;
  t->pos = i;
  if (simple && !(letters && digits)) {
    unsigned kind = !cyr ? CS_ASCII : cyr == letters ? CS_CYR : 0;
    t->seg_flags = run_flags(letters, upper, digits, first_upper) | kind;
  } else {
    t->seg_flags = ~0u;
  }
  /* ICU gives a lone connector ("_") no word status, two or more it does:
   * look on from after it (a loop, not recursion: "_-_-_-..." is input,
   * and the stack is not) */
  if (first == C_ENL && i - *s == 1) goto next;
  return 1;
}

/* Next word segment from ICU in the current chunk. */
static int icu_segment(mt_tokenizer *t, size_t *s, size_t *e) {
  for (;;) {
    int32_t b = ubrk_next(t->bi);
    if (b == UBRK_DONE) return 0;
    int32_t a = t->icu_prev;
    t->icu_prev = b;
    if (ubrk_getRuleStatus(t->bi) >= UBRK_WORD_NONE_LIMIT) {
      *s = t->chunk_start + (size_t)a;
      *e = t->chunk_start + (size_t)b;
      return 1;
    }
  }
}

/* A token's charset (the bits of f above CS_SHIFT) and the zeros after
 * it (mt_token.zero), in one 8-byte store where they lie side by side to
 * the struct's end on a little-endian machine. */
static inline void tok_charset(mt_token *out, unsigned f) {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
  if (offsetof(mt_token, zero) == offsetof(mt_token, charset) + 1 &&
      sizeof(mt_token) - offsetof(mt_token, charset) == 8) {
    uint64_t v = (uint8_t)(f >> CS_SHIFT);
    memcpy(&out->charset, &v, sizeof v);
    return;
  }
#endif
  out->charset = (uint8_t)(f >> CS_SHIFT);
  memset(out->zero, 0, sizeof out->zero);
}

/* The gap before the token [s, ...) and what it gives the token. */
static inline void token_gap(mt_tokenizer *t, size_t s, mt_token *out) {
  out->flags = 0;
  out->lead_quote = 0;
  if (s == t->prev_end && !t->started) {
    gap_analyze(t->text, 0, 1, 0, out);
  } else if (t->started && s - t->prev_end == 1 && t->text[t->prev_end] == ' ') {
    /* by far the most common gap, settled without the call */
    out->gap = MILTAG_GAP_SPACE;
    out->gapsig = 0;
  } else {
    gap_analyze(t->text + t->prev_end, s - t->prev_end, !t->started, t->prev_initial, out);
  }
}

/* The token [s, e) with flags f (run_flags and CS_*) into *out; chars: 1
 * if it is one character, 0 if more, -1 if not known. */
static inline void token_out(mt_tokenizer *t, size_t s, size_t e, unsigned f, int chars1,
                             mt_token *out) {
  /* tokens are non-empty, in the text, in order, apart */
  MT_ASSERT(s < e && e <= t->len && (!t->started || s >= t->prev_end));
  out->start = s;
  out->end = e;
  f |= out->flags;
  out->flags = (uint8_t)f; /* the MT_TOK_* bits: below CS_SHIFT, in 8 bits */
  tok_charset(out, f);
  /* one capital letter (or U.S): an initial if a period follows */
  t->prev_initial = (out->flags & MT_TOK_CAP) &&
                    (chars1 >= 0 ? chars1 : one_char(t->text + s, e - s));
  t->started = 1;
  t->prev_end = e;
}

/* Is c, an ASCII character of class c after a word and before the end of
 * its chunk, punctuation that joins nothing there?  (WB6-7 and WB11-12
 * want a letter or digit after it; a connector joins, WB13a, and so does
 * a character the linked ICU makes a letter, @.) */
static inline int joins_nothing_at_end(unsigned c) {
  return c == C_OTHER || c == C_MIDNUMLET || c == C_MIDNUM || c == C_MIDLETTER;
}

/* Most tokens in one pass: a chunk that is one run of plain letters
 * (ASCII or basic Cyrillic, not both) or of digits, perhaps with ASCII
 * punctuation after it that joins nothing ("word," "word.)"): the token
 * is the run, exactly as next_chunk and fast_segment would find it.
 * Returns 1 with *out filled, or 0 having changed nothing, when the chunk
 * is any other (the general path decides). */
static inline int plain_token(mt_tokenizer *t, mt_token *out) {
  const unsigned char *p = t->text;
  size_t n = t->len, i = t->pos;
  while (i < n && t->byte[p[i]] == BYTE_SPACE) i++;
  size_t start = i;
  unsigned letters = 0, upper = 0, digits = 0, cyr = 0;
  while (i < n) {
    unsigned v = t->byte[p[i]];
    if (v <= BYTE_DIGIT) {
      i = alnum_step(p, i, n, v, &letters, &upper, &digits);
      continue;
    }
    if ((p[i] & 0xFE) == 0xD0) {
      size_t run = cyrillic_run(p, i, n, &cyr, &upper);
      if (run > i) {
        i = run;
        continue;
      }
    }
    break;
  }
  size_t end = i;
  if (end == start || ((letters | cyr) && digits) || (letters && cyr)) return 0;
  for (; i < n; i++) {
    unsigned v = t->byte[p[i]];
    if (v == BYTE_SPACE) break;
    if (v != BYTE_OTHER || !joins_nothing_at_end(t->cls[p[i]])) return 0;
  }
  unsigned kind = cyr ? CS_CYR : CS_ASCII;
  letters += cyr;
  unsigned first_upper = letters && (t->byte[p[start]] == BYTE_UPPER ||
                                     (p[start] == 0xD0 && p[start + 1] < 0xB0));
  token_gap(t, start, out);
  /* a plain run has no period: one_char is whether it is one letter */
  token_out(t, start, end, run_flags(letters, upper, digits, first_upper) | kind,
            letters + digits == 1, out);
  t->pos = i; /* the chunk's end */
  return 1;
}

/* ------------------------------------------------------------ the window */

/* Bits [s, e) of a 64-bit mask (s <= e < 64). */
static inline uint64_t bit_range(unsigned s, unsigned e) {
  return ((1ull << (e - s)) - 1) << s;
}

static inline unsigned ctz64(uint64_t x) {
  MT_ASSERT(x != 0);
#if defined(__GNUC__)
  return (unsigned)__builtin_ctzll(x);
#else
  unsigned n = 0;
  while (!(x & 1)) { x >>= 1; n++; }
  return n;
#endif
}

/* The bytes of a window: ASCII white space (the chunk separators of
 * ascii_class, 09-0D and 20), ASCII letters and digits, capitals, digits,
 * bytes >= 80, and where a basic Cyrillic letter (a capital) starts. */
typedef struct win_bits {
  uint64_t space, alnum, upper, digit, high, cyr, cyr_upper;
  uint64_t lower; /* small ASCII letters (not stored: the window works it out) */
} win_bits;

static inline void win_store(mt_tokenizer *t, const win_bits *b) {
  t->win_space = b->space;
  t->win_alnum = b->alnum;
  t->win_upper = b->upper;
  t->win_digit = b->digit;
  t->win_high = b->high;
  t->win_cyr = b->cyr;
  t->win_cyr_upper = b->cyr_upper;
}

/* The classes of q[0..64), a byte at a time: the reference for the
 * vector version, and what a CPU without one uses.  A basic Cyrillic
 * letter is D0 80-BF (U+0400-U+043F, capitals up to AF) or D1 80-9F
 * (U+0440-U+045F): a lead byte whose next byte is a fitting trail byte;
 * next is the byte after the window (a space where there is none). */
static void win_bits_portable(win_bits *out, const unsigned char *q, unsigned next) {
  win_bits b = {0};
  for (unsigned k = 0; k < 64; k++) {
    unsigned c = q[k], c1 = k < 63 ? q[k + 1] : next;
    uint64_t bit = 1ull << k;
    if (c == ' ' || (c >= 0x09 && c <= 0x0D)) b.space |= bit;
    if (c >= 'A' && c <= 'Z') b.upper |= bit;
    if (c >= '0' && c <= '9') b.digit |= bit;
    if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) b.alnum |= bit;
    if (c >= 0x80) b.high |= bit;
    if ((c == 0xD0 && c1 >= 0x80 && c1 <= 0xBF) || (c == 0xD1 && c1 >= 0x80 && c1 <= 0x9F)) b.cyr |= bit;
    if (c == 0xD0 && c1 >= 0x80 && c1 <= 0xAF) b.cyr_upper |= bit;
  }
  b.lower = b.alnum & ~(b.upper | b.digit);
  *out = b;
}

static void win_classify_portable(mt_tokenizer *t, const unsigned char *q, unsigned next) {
  win_bits b;
  win_bits_portable(&b, q, next);
  win_store(t, &b);
}

#if defined(__SSE2__)
/* The same, sixteen bytes a step.  A range test is one addition and one
 * signed comparison: x + (80 - lo) wraps the range [lo, hi] onto
 * [-128, -128 + hi - lo], below every other byte; the trail bytes 80-BF
 * are the smallest signed values, so a range of them is one comparison. */
static void win_classify_sse2(mt_tokenizer *t, const unsigned char *q, unsigned next) {
  win_bits b = {0};
  for (unsigned k = 0; k < 4; k++) {
    __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(q + 16 * k));
#define IN(v, lo, hi) _mm_cmplt_epi8(_mm_add_epi8((v), _mm_set1_epi8((char)(0x80 - (lo)))), \
                                     _mm_set1_epi8((char)(0x80 + (hi) - (lo) + 1)))
#define BITS(v) ((uint64_t)(unsigned)_mm_movemask_epi8(v) << (16 * k))
    __m128i up = IN(x, 'A', 'Z'), dg = IN(x, '0', '9');
    __m128i letter = IN(_mm_or_si128(x, _mm_set1_epi8(0x20)), 'a', 'z');
    __m128i sp = _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8(' ')), IN(x, 0x09, 0x0D));
    b.upper |= BITS(up);
    b.digit |= BITS(dg);
    b.alnum |= BITS(_mm_or_si128(letter, dg));
    b.space |= BITS(sp);
    uint64_t high = BITS(x);
    b.high |= high;
    if (high) { /* English text mostly skips this */
      /* each byte's next byte beside it */
      __m128i x1 = k < 3 ? _mm_loadu_si128((const __m128i *)(const void *)(q + 16 * k + 1))
                         : _mm_insert_epi16(_mm_srli_si128(x, 1), (int)(q[63] | next << 8), 7);
      __m128i d0 = _mm_cmpeq_epi8(x, _mm_set1_epi8((char)0xD0));
      __m128i d1 = _mm_cmpeq_epi8(x, _mm_set1_epi8((char)0xD1));
      b.cyr |= BITS(_mm_or_si128(_mm_and_si128(d0, _mm_cmplt_epi8(x1, _mm_set1_epi8((char)0xC0))),
                                 _mm_and_si128(d1, _mm_cmplt_epi8(x1, _mm_set1_epi8((char)0xA0)))));
      b.cyr_upper |= BITS(_mm_and_si128(d0, _mm_cmplt_epi8(x1, _mm_set1_epi8((char)0xB0))));
    }
#undef IN
#undef BITS
  }
  win_store(t, &b);
}
#endif

#ifdef MT_WIN_AVX2
/* The constants of win_classify_avx2, each a whole vector, copied into
 * the tokenizer at its start (mt_tokenizer.win_k): a memory operand of
 * the instruction that uses it, where the compiler would otherwise build
 * each in registers at every call, three instructions apiece. */
#define K32(v) {v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v}
/* White space by a lookup of each byte's low four bits (vpshufb, in each
 * 16-byte lane): the one byte with those bits that is white space (20,
 * 09-0D), or 0 where none is (no byte with them is 0 but 00 itself, whose
 * entry is 20); a byte of 80 or more looks up 0.  A byte is white space
 * exactly when it equals what it looks up. */
#define WS16 0x20, 0, 0, 0, 0, 0, 0, 0, 0, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0, 0
static const unsigned char win_k[MT_WIN_K][32] = {
    /* range tests x + (80 - lo) < 80 + hi - lo + 1 (signed): A-Z, 0-9, a-z */
    K32(0x80 - 'A'), K32(0x80 + 'Z' - 'A' + 1), K32(0x80 - '0'), K32(0x80 + '9' - '0' + 1),
    K32(0x80 - 'a'), K32(0x80 + 'z' - 'a' + 1), {WS16, WS16},
    K32(0xD0), K32(0xD1), K32(0xC0), K32(0xA0), K32(0xB0)};
#undef WS16
#undef K32
enum { WK_UP_B, WK_UP_L, WK_DG_B, WK_DG_L, WK_LO_B, WK_LO_L, WK_WS, WK_D0, WK_D1, WK_C0, WK_A0,
       WK_B0 };

/* The classes of 32 bytes x, whose next bytes are x1 (win_classify_sse2's
 * range tests), into the bits of b from bit `at`. */
__attribute__((target("avx2"), always_inline)) static inline void
win_block_avx2(win_bits *b, const unsigned char (*k)[32], __m256i x, const unsigned char *x1p,
               const __m256i *x1v, unsigned at) {
#define K(i) _mm256_loadu_si256((const __m256i *)(const void *)k[i])
#define IN(v, bias, lim) _mm256_cmpgt_epi8(K(lim), _mm256_add_epi8((v), K(bias)))
#define BITS(v) ((uint64_t)(uint32_t)_mm256_movemask_epi8(v) << at)
  __m256i up = IN(x, WK_UP_B, WK_UP_L), dg = IN(x, WK_DG_B, WK_DG_L);
  __m256i lo = IN(x, WK_LO_B, WK_LO_L);
  __m256i sp = _mm256_cmpeq_epi8(_mm256_shuffle_epi8(K(WK_WS), x), x);
  /* (alnum: upper | digit | lower, once the window's are whole) */
  b->upper |= BITS(up);
  b->digit |= BITS(dg);
  b->lower |= BITS(lo);
  b->space |= BITS(sp);
  uint64_t high = BITS(x);
  b->high |= high;
  if (high) {
    __m256i x1 = x1p ? _mm256_loadu_si256((const __m256i *)(const void *)x1p) : *x1v;
    __m256i d0 = _mm256_cmpeq_epi8(x, K(WK_D0)), d1 = _mm256_cmpeq_epi8(x, K(WK_D1));
    /* (signed: the trail bytes 80-BF are the smallest values) */
    __m256i lt_c0 = _mm256_cmpgt_epi8(K(WK_C0), x1);
    __m256i lt_a0 = _mm256_cmpgt_epi8(K(WK_A0), x1);
    __m256i lt_b0 = _mm256_cmpgt_epi8(K(WK_B0), x1);
    b->cyr |= BITS(_mm256_or_si256(_mm256_and_si256(d0, lt_c0), _mm256_and_si256(d1, lt_a0)));
    b->cyr_upper |= BITS(_mm256_and_si256(d0, lt_b0));
  }
#undef K
#undef IN
#undef BITS
}

/* The same as win_classify_sse2, 32 bytes a step, into *b. */
__attribute__((target("avx2"), always_inline)) static inline void
win_bits_avx2(win_bits *b, const unsigned char (*k)[32], const unsigned char *q, unsigned next) {
  *b = (win_bits){0};
  __m256i x0 = _mm256_loadu_si256((const __m256i *)(const void *)q);
  __m256i x32 = _mm256_loadu_si256((const __m256i *)(const void *)(q + 32));
  win_block_avx2(b, k, x0, q + 1, NULL, 0);
  /* the last block's next bytes: its own from the second on, then `next`
   * (the window may end with the text) */
  __m256i last;
  if (_mm256_movemask_epi8(x32)) {
    __m256i up128 = _mm256_permute2x128_si256(x32, x32, 0x81); /* [x32's high lane, 0] */
    last = _mm256_insert_epi8(_mm256_alignr_epi8(up128, x32, 1), (char)next, 31);
  } else {
    last = x32; /* (not read) */
  }
  win_block_avx2(b, k, x32, NULL, &last, 32);
  b->alnum = b->upper | b->digit | b->lower;
}

__attribute__((target("avx2"))) static void win_classify_avx2(mt_tokenizer *t,
                                                              const unsigned char *q,
                                                              unsigned next) {
  win_bits b;
  win_bits_avx2(&b, t->win_k, q, next);
  win_store(t, &b);
}

/* The classes of q[0..32) alone, next the byte after them, the window's
 * upper 32 bytes white space: the end of a text, where those bytes would
 * be the pad's spaces.  Half of win_classify_avx2's work, at most one
 * line's end in two (a line's last window holds 32 bytes or fewer). */
__attribute__((target("avx2"))) static void win_classify_low_avx2(mt_tokenizer *t,
                                                                  const unsigned char *q,
                                                                  unsigned next) {
  win_bits b = {0};
  __m256i x = _mm256_loadu_si256((const __m256i *)(const void *)q);
  __m256i last;
  if (_mm256_movemask_epi8(x)) {
    __m256i up128 = _mm256_permute2x128_si256(x, x, 0x81);
    last = _mm256_insert_epi8(_mm256_alignr_epi8(up128, x, 1), (char)next, 31);
  } else {
    last = x; /* (not read) */
  }
  win_block_avx2(&b, t->win_k, x, NULL, &last, 0);
  b.alnum = b.upper | b.digit | b.lower;
  b.space |= ~0ull << 32;
  win_store(t, &b);
}
#endif

/* The window's classes of q[0..64), next the byte after them. */
static inline void win_classify(mt_tokenizer *t, const unsigned char *q, unsigned next) {
#ifdef MT_WIN_AVX2
  if (t->win_mode == MT_WIN_VECTOR && t->win_avx2) {
    win_classify_avx2(t, q, next);
    return;
  }
#endif
#if defined(__SSE2__)
  if (t->win_mode == MT_WIN_VECTOR || t->win_mode == MT_WIN_SSE2) {
    win_classify_sse2(t, q, next);
    return;
  }
#endif
  win_classify_portable(t, q, next);
}

/* The n < 64 bytes of src to dst, by pieces whose sizes are constants
 * (two that overlap), not by calls of memcpy: one text in two is a line of
 * fewer than 64 bytes. */
static inline void copy_under64(unsigned char *dst, const unsigned char *src, size_t n) {
  MT_ASSERT(n < 64);
  if (n >= 32) {
    memcpy(dst, src, 32);
    memcpy(dst + n - 32, src + n - 32, 32);
  } else if (n >= 16) {
    memcpy(dst, src, 16);
    memcpy(dst + n - 16, src + n - 16, 16);
  } else if (n >= 8) {
    memcpy(dst, src, 8);
    memcpy(dst + n - 8, src + n - 8, 8);
  } else if (n >= 4) {
    memcpy(dst, src, 4);
    memcpy(dst + n - 4, src + n - 4, 4);
  } else if (n) {
    dst[0] = src[0];
    dst[n / 2] = src[n / 2];
    dst[n - 1] = src[n - 1];
  }
}

/* The window's masks moved down by k bits, the n bytes of text at the
 * bottom and spaces above them. */
static inline void win_shift_down(mt_tokenizer *t, unsigned k, size_t n) {
  MT_ASSERT(k < 64 && n < 64);
  t->win_space = t->win_space >> k | ~0ull << n;
  t->win_alnum >>= k;
  t->win_upper >>= k;
  t->win_digit >>= k;
  t->win_high >>= k;
  t->win_cyr >>= k;
  t->win_cyr_upper >>= k;
}

/* win_fill at the end of the text (fewer than 64 bytes from i): the
 * window as if spaces followed the text (at least one), which end its last
 * chunk as the end itself does.  Where the text has 64 bytes, those that
 * end it are classified in place and the masks moved down to i (most
 * lines: no copy); a shorter text is copied into a buffer of spaces.
 * Apart, so that the common fill has no buffer. */
#if defined(__GNUC__)
__attribute__((noinline))
#endif
static void win_fill_end(mt_tokenizer *t, size_t i) {
  size_t n = t->len - i;
  MT_ASSERT(n < 64);
#ifdef MT_WIN_AVX2
  const int low = n <= 32 && t->win_mode == MT_WIN_VECTOR && t->win_avx2;
#else
  const int low = 0;
#endif
  if (t->len >= 32 && n && low) {
    /* as below, from the text's last 32 bytes alone */
#ifdef MT_WIN_AVX2
    win_classify_low_avx2(t, t->text + t->len - 32, ' ');
#endif
    win_shift_down(t, 32 - (unsigned)n, n);
    return;
  }
  if (t->len >= 64 && n) {
    /* the bits of bytes [len - 64, i) go out at the bottom; those of
     * the n bytes of text stay, spaces above them (the byte after the
     * text is a space to the Cyrillic masks, as in the copy) */
    win_classify(t, t->text + t->len - 64, ' ');
    win_shift_down(t, 64 - (unsigned)n, n);
    return;
  }
  /* a short text: its bytes in a window of spaces */
  unsigned char pad[64];
  const unsigned char *src = t->text + i;
  if (low) { /* fewer than 32 bytes: half the pad, half the classes */
    memset(pad, ' ', 32);
    copy_under64(pad, src, n);
#ifdef MT_WIN_AVX2
    win_classify_low_avx2(t, pad, ' ');
#endif
    return;
  }
  memset(pad, ' ', sizeof pad);
  copy_under64(pad, src, n);
  win_classify(t, pad, ' ');
}

/* Point the window at the text from i. */
static void win_fill(mt_tokenizer *t, size_t i) {
  t->win_base = i;
  t->win_ok = 1;
  /* open: a chunk that reaches the window's end may go on (64 bytes of
   * text: it may end with the text, which is not seen from the window) */
  t->win_open = t->len - i >= 64;
  if (!t->win_open) {
    win_fill_end(t, i);
    return;
  }
  const unsigned char *q = t->text + i;
  win_classify(t, q, t->len - i > 64 ? q[64] : ' ' /* the byte after the window */);
}

#if defined(MILTAG_ASSERTS)
/* The window the tokenizer holds is that of its text at win_base: its
 * masks those of the 64 bytes from there, a byte at a time, with spaces
 * past the text's end (what every way of filling it, and window_batch's
 * store of its locals, must give), and open if 64 bytes of text are
 * there.  Checked wherever the batch loop takes the stored window up
 * again, since a stale or wrongly stored mask would only send a token to
 * a wrong fast path, which the tokens alone may not show. */
static void win_check_stored(const mt_tokenizer *t) {
  MT_ASSERT(t->win_ok && t->win_base <= t->len);
  size_t left = t->len - t->win_base;
  unsigned char w[64];
  win_bits r;
  memset(w, ' ', sizeof w);
  memcpy(w, t->text + t->win_base, left < 64 ? left : 64);
  win_bits_portable(&r, w, left > 64 ? t->text[t->win_base + 64] : ' ');
  MT_ASSERT(t->win_open == (left >= 64));
  MT_ASSERT(t->win_space == r.space && t->win_alnum == r.alnum && t->win_upper == r.upper &&
            t->win_digit == r.digit && t->win_high == r.high && t->win_cyr == r.cyr &&
            t->win_cyr_upper == r.cyr_upper);
}
#define WIN_CHECK_STORED(t) win_check_stored(t)
#else
#define WIN_CHECK_STORED(t) ((void)0)
#endif

#ifdef MT_WIN_AVX2
/* win_fill for window_batch_avx2, inlined there, its masks into *b only
 * (window_batch keeps the window in its locals and stores it into the
 * tokenizer as it returns): the window's 64 bytes classified in place,
 * or, at the end of a text of 64 bytes or more, its last 64 and the masks
 * moved down (win_fill_end's way, from all 64 bytes), or a short text's
 * bytes in a window of spaces.  Returns 0, having done nothing, where no
 * text is left: win_fill's to do.  Each refill had cost a call, win_fill's tests,
 * win_store's stores and the loop's loads of them back, about half again
 * what the classes cost. */
__attribute__((target("avx2"))) static inline int win_fill_avx2(mt_tokenizer *t, size_t i,
                                                                win_bits *b) {
  size_t left = t->len - i;
  const unsigned char *q;
  unsigned next = ' ', k = 0; /* k: the masks move down by k bits */
  unsigned char pad[64];
  if (left >= 64) {
    q = t->text + i;
    if (left > 64) next = q[64];
  } else if (left && t->len >= 64) {
    q = t->text + t->len - 64;
    k = 64 - (unsigned)left;
  } else if (left) { /* a short text: its bytes in a window of spaces */
    memset(pad, ' ', sizeof pad);
    copy_under64(pad, t->text + i, left);
    q = pad;
  } else {
    return 0;
  }
  win_bits_avx2(b, t->win_k, q, next);
  if (k) {
    b->space = b->space >> k | ~0ull << left;
    b->alnum >>= k;
    b->lower >>= k;
    b->upper >>= k;
    b->digit >>= k;
    b->high >>= k;
    b->cyr >>= k;
    b->cyr_upper >>= k;
  }
#if defined(MILTAG_ASSERTS)
  { /* the long way: the window's bytes, spaces after the text's end, a
       byte at a time */
    unsigned char w[64];
    win_bits r;
    memset(w, ' ', sizeof w);
    memcpy(w, t->text + i, left < 64 ? left : 64);
    win_bits_portable(&r, w, left > 64 ? t->text[i + 64] : ' ');
    MT_ASSERT(r.space == b->space && r.alnum == b->alnum && r.upper == b->upper &&
              r.digit == b->digit && r.high == b->high && r.cyr == b->cyr &&
              r.cyr_upper == b->cyr_upper && r.lower == b->lower);
  }
#endif
  return 1;
}
#endif

/* Punctuation that the window may step over around and between its runs:
 * the characters of Word_Break Other, MidLetter, MidNum and MidNumLet that
 * fast_class knows (ASCII by the linked ICU's classes; « » no-break space,
 * the dashes, “ ” „ … and ‘ ’).  Returns the character's length, with
 * *other 1 if it is Other (a word never goes on across it), or 0 for any
 * other character (letters, digits, connectors, white space, all that
 * fast_class leaves to ICU). */
static inline unsigned win_punct(const mt_tokenizer *t, const unsigned char *p, size_t n,
                                 int *other) {
  unsigned c = p[0];
  if (c < 0x80) {
    unsigned k = t->cls[c];
    *other = k == C_OTHER;
    return joins_nothing_at_end(k);
  }
  *other = 1;
  if (c == 0xC2) return n >= 2 && (p[1] == 0xAB || p[1] == 0xBB || p[1] == 0xA0) ? 2 : 0;
  if (c != 0xE2 || n < 3 || p[1] != 0x80) return 0;
  unsigned d = p[2];
  if (d == 0x98 || d == 0x99) {
    *other = 0; /* ‘ ’: MidNumLet */
    return 3;
  }
  return (d >= 0x90 && d <= 0x9F) || d == 0xA6 ? 3 : 0;
}

/* Does [from, to) hold no character that sends a chunk to ICU? */
static int win_no_slow(const mt_tokenizer *t, size_t from, size_t to) {
  for (size_t i = from, k; i < to; i += k)
    if (fast_class(t->cls, t->text + i, to - i, &k) == C_SLOW) return 0;
  return 1;
}

/* token_gap and token_out for window_batch, on its locals. */
static inline void batch_token(mt_tokenizer *t, mt_token *out, size_t start, size_t end,
                               unsigned f, int chars1, size_t *prev_end, int *started,
                               int *prev_initial) {
  MT_ASSERT(start < end && end <= t->len && (!*started || start >= *prev_end));
  out->start = start;
  out->end = end;
  const struct mt_tok_gap1 *g;
  if (*started && start - *prev_end == 1 && t->text[*prev_end] == ' ') {
    out->gap = MILTAG_GAP_SPACE; /* by far the most common gap */
    out->gapsig = 0;
    out->lead_quote = 0;
  } else if (*started &&
             ((g = gap_table(t->text + *prev_end, start - *prev_end, *prev_initial)) ||
              (g = gap_cached(t, t->text + *prev_end, start - *prev_end, *prev_initial)))) {
    out->gap = g->gap;
    out->gapsig = g->gapsig;
    out->lead_quote = g->lead_quote;
    f |= g->flags;
  } else {
    out->flags = 0;
    gap_analyze(t->text + *prev_end, start - *prev_end, !*started, *prev_initial, out);
    f |= out->flags;
  }
  out->flags = (uint8_t)f; /* the MT_TOK_* bits: below CS_SHIFT, in 8 bits */
  tok_charset(out, f);
  /* one capital letter (or U.S): an initial if a period follows */
  *prev_initial = (f & MT_TOK_CAP) && chars1;
  *started = 1;
  *prev_end = end;
}

/* The case flags of ASCII letters (bits of a window): letters, upper. */
/* Also of basic Cyrillic letters (bits where one starts, capitals among
 * them).  Without branches, which would go either way from word to word:
 * upper is a part of letters, so all letters are capitals and there are
 * two or more of them exactly when upper == letters and there are two or
 * more capitals. */
static inline unsigned letter_flags(uint64_t letters, uint64_t upper, unsigned s) {
  unsigned multi = (upper & (upper - 1)) != 0;
  return MT_TOK_LETTERS | (unsigned)(upper >> s & 1) * MT_TOK_CAP | multi * MT_TOK_MULTICAP |
         (multi & (upper == letters)) * MT_TOK_ALLCAPS;
}

/* A token's separator fields and flags (the low 8 bits of f).  Where
 * gapsig, gap, flags and lead_quote lie side by side in that order
 * (tokenize.h) on a little-endian machine, in one 8-byte store instead of
 * four. */
static inline void tok_tail(mt_token *out, uint32_t gapsig, unsigned gap, unsigned f,
                            unsigned lead_quote) {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
  if (offsetof(mt_token, gap) == offsetof(mt_token, gapsig) + 4 &&
      offsetof(mt_token, flags) == offsetof(mt_token, gapsig) + 6 &&
      offsetof(mt_token, lead_quote) == offsetof(mt_token, gapsig) + 7 &&
      sizeof out->gap == 2) {
    uint64_t v = (uint64_t)gapsig | (uint64_t)(uint16_t)gap << 32 | (uint64_t)(uint8_t)f << 48 |
                 (uint64_t)(uint8_t)lead_quote << 56;
    memcpy(&out->gapsig, &v, sizeof v);
    return;
  }
#endif
  out->gapsig = gapsig;
  out->gap = (uint16_t)gap;
  out->flags = (uint8_t)f;
  out->lead_quote = (uint8_t)lead_quote;
}

/* The fields after start and end of a word of small letters after one
 * space (the gap a space, flags MT_TOK_LETTERS), ASCII (cyr 0) or basic
 * Cyrillic (cyr 1), as tok_tail and window_batch's charset store would
 * write them.  Where the layout allows, in one 16-byte store from
 * constants: it also writes mt_token.zero, where the scanner's
 * mt_stok keeps qclose and id, which the scanner sets after the tokenizer
 * has written the token. */
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__ && defined(__SSE2__)
#define PLAIN_TAIL_VEC                                                                  \
  (offsetof(mt_token, gap) == offsetof(mt_token, gapsig) + 4 &&                         \
   offsetof(mt_token, flags) == offsetof(mt_token, gapsig) + 6 &&                       \
   offsetof(mt_token, lead_quote) == offsetof(mt_token, gapsig) + 7 &&                  \
   offsetof(mt_token, charset) == offsetof(mt_token, gapsig) + 8 &&                     \
   sizeof(mt_token) - offsetof(mt_token, gapsig) == 16 && sizeof(((mt_token *)0)->gap) == 2)
static const unsigned char plain_tails[2][16] __attribute__((aligned(16))) = {
    {0, 0, 0, 0, MILTAG_GAP_SPACE, 0, MT_TOK_LETTERS, 0, (unsigned char)(CS_ASCII >> CS_SHIFT)},
    {0, 0, 0, 0, MILTAG_GAP_SPACE, 0, MT_TOK_LETTERS, 0, (unsigned char)(CS_CYR >> CS_SHIFT)}};
typedef __m128i plain_tail_v;
#else
#define PLAIN_TAIL_VEC 0
typedef int plain_tail_v;
#endif

/* plain_tail's 16 bytes for a run of such words, in a register (taken
 * once a run, not loaded again at each word: the token stores could
 * alias the table, as far as the compiler knows). */
static inline plain_tail_v plain_tail_get(int cyr) {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__ && defined(__SSE2__)
  return _mm_load_si128((const __m128i *)(const void *)plain_tails[cyr]);
#else
  return cyr;
#endif
}

static inline void plain_tail(mt_token *out, plain_tail_v v) {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__ && defined(__SSE2__)
  if (PLAIN_TAIL_VEC) {
    _mm_storeu_si128((__m128i *)(void *)((unsigned char *)out + offsetof(mt_token, gapsig)), v);
    return;
  }
  unsigned char bytes[16]; /* (another layout: the fields one by one) */
  _mm_storeu_si128((__m128i *)(void *)bytes, v);
  unsigned f = (unsigned)bytes[8] << CS_SHIFT | MT_TOK_LETTERS;
#else
  unsigned f = (v ? CS_CYR : CS_ASCII) | MT_TOK_LETTERS;
#endif
  tok_tail(out, 0, MILTAG_GAP_SPACE, f, 0);
  tok_charset(out, f);
}

/* fast_word's flag (above the MT_TOK_* bits, below CS_SHIFT): the run is
 * one capital letter (an initial if a period follows). */
#define FW_ONE 0x100u

/* window_batch's commonest token, a run at bit s of the window (s <= 62):
 * ASCII letters or ASCII digits or basic Cyrillic letters, then white
 * space or one ASCII mark that joins nothing and white space.  Returns 1
 * with the run's end e, the chunk's end ce and the flags f (MT_TOK_*,
 * FW_ONE, the charset above CS_SHIFT), or 0 if the token is another.
 * small_cyr: both bytes of each small basic Cyrillic letter. */
#if defined(__GNUC__)
__attribute__((always_inline))
#endif
static inline int fast_word(const mt_tokenizer *t, const unsigned char *p,
                            uint64_t space, uint64_t alnum, uint64_t lower, uint64_t digit,
                            uint64_t upper_w, uint64_t cyr, uint64_t cyr_upper, uint64_t high,
                            uint64_t small_cyr, size_t s, size_t *e_out, size_t *ce_out,
                            unsigned *f_out) {
  /* (positions of 64 bits, as the batch loop keeps them: no widening) */
  size_t e;
  unsigned f;
  if (alnum >> s & 1) {
    uint64_t from = ~0ull << s, nl = ~lower & from, cap_end;
    if ((lower >> s & 1) && nl && !(alnum >> (e = ctz64(nl)) & 1)) {
      /* most words: small ASCII letters and no capital or digit after
       * them (a run of small letters that goes on is the way below) */
      f = CS_ASCII | MT_TOK_LETTERS;
    } else if ((upper_w >> s & 1) && (cap_end = (lower + (2ull << s)) & ~lower) > 2ull << s &&
               !(alnum >> (e = ctz64(cap_end)) & 1)) {
      /* next most: a capital, then small letters (their end by the
       * addition from the first of them: none past the top), no capital
       * or digit after them */
      f = CS_ASCII | MT_TOK_LETTERS | MT_TOK_CAP;
    } else {
      uint64_t rest = ~alnum & from;
      if (!rest) return 0;
      e = ctz64(rest);
      /* bits [s, e): those below rest's lowest, from s */
      uint64_t run = ((rest & (0 - rest)) - 1) & from, digits = digit & run,
               letters = run & ~digits;
      if (!digits) {
        /* (one letter with a capital is a capital) */
        uint64_t up = upper_w & letters;
        f = CS_ASCII |
            (up ? letter_flags(letters, up, s) | (e - s == 1 ? FW_ONE : 0u) : MT_TOK_LETTERS);
      } else if (!letters) {
        f = CS_ASCII | MT_TOK_DIGITS;
      } else {
        return 0;
      }
    }
  } else if (cyr >> s & 1) {
    /* small letters, or a capital and small letters, and no letter of
     * the block after them: the end by the same addition, on both bytes
     * of each small letter (small_cyr), from the first small one */
    uint64_t from2 = (cyr_upper >> s & 1) ? 4ull << s : 1ull << s, sc_end;
    if ((small_cyr & from2) && (sc_end = (small_cyr + from2) & ~small_cyr) > from2 &&
        !(cyr >> (e = ctz64(sc_end)) & 1)) {
      f = CS_CYR | MT_TOK_LETTERS | (from2 >> s & 4 ? MT_TOK_CAP : 0u);
    } else {
      uint64_t every2 = (s & 1 ? 0xAAAAAAAAAAAAAAAAull : 0x5555555555555555ull) & (~0ull << s);
      uint64_t rest = ~cyr & every2;
      if (!rest) return 0;
      e = ctz64(rest);
      uint64_t letters = cyr & every2 & ((rest & (0 - rest)) - 1);
      f = CS_CYR | letter_flags(letters, cyr_upper & letters, s) |
          (e - s == 2 && (cyr_upper >> s & 1) ? FW_ONE : 0u);
    }
  } else {
    return 0;
  }
  size_t ce = e;
  if (!(space >> e & 1)) {
    /* "word," "word." "word)": one mark that joins nothing, then white
     * space; anything more, the steps of window_batch */
    if (e > 62 || !(space >> (e + 1) & 1) || ((alnum | high) >> e & 1) ||
        !joins_nothing_at_end(t->cls[p[e]]))
      return 0;
    ce = e + 1;
  }
  *e_out = e;
  *ce_out = ce;
  *f_out = f;
  return 1;
}

/* plain_token by the window, and for more chunks: the chunk at t->pos is
 * found from the window's bits, a run of ASCII letters and digits or of
 * basic Cyrillic letters by a count of trailing zeros, its case flags by
 * bit tricks.  Around the run may be punctuation (win_punct): before it
 * ("(word", «слово), after it ("word," слово»), or, where a character of
 * Word_Break Other separates them, between it and the chunk's next runs
 * (из-за, co-op, 2014—2015), which the next call takes from the
 * separator on: a word never spans an Other character, so the chunk's
 * words from there are those of the chunk, provided nothing in it needs
 * ICU (checked once a chunk).  Digits joined by single MidNum or
 * MidNumLet characters (1,750 5.93) are one token, as ICU has them.  A
 * chunk of such punctuation alone has no token and is passed over.
 * Tokens go into q[0..cap) (the queue, or the caller's array:
 * mt_tok_batch), as many as follow one another this way, so that the loop
 * keeps its state in registers and the caller pays one call a batch.
 * Returns how many
 * (then t->pos is after the last of them); 0 if the next token is none of
 * these (the general path decides from t->pos, which is still the start
 * of a chunk or a separator after a word); -1 if the window cannot tell
 * (a chunk of more than about sixty bytes: plain_token's to find); -2 if
 * there is no token after t->pos (only white space: every line's end). */
#if defined(__GNUC__)
__attribute__((always_inline)) /* into window_batch and window_batch_avx2 */
#endif
static inline int window_batch_body(mt_tokenizer *t, mt_token *qb, unsigned cap, const int vec) {
  /* the tokenizer's state in locals while the loop runs, so that the
   * compiler need not reload it after each token written to the queue */
  size_t i = t->pos, prev_end = t->prev_end;
  const unsigned char *text = t->text;
  int started = t->started, prev_initial = t->prev_initial, rc;
  unsigned n = 0;
  size_t base;
  /* small_cyr: both bytes of each small basic Cyrillic letter */
  uint64_t space, alnum, lower, digit, upper_w, cyr, cyr_upper, high, small_cyr;
  int open;
  /* (white space is none of the small letters' bytes, ASCII or either of
   * a Cyrillic letter's, and past the text's end the window is spaces with
   * no letter bits: a run of small letters ends where `space` has a bit,
   * with no mask of each script's ends) */
#define DERIVE_WINDOW()                                                                   \
  (small_cyr = cyr & ~cyr_upper, small_cyr |= small_cyr << 1,                             \
   MT_ASSERT(!(space & (lower | small_cyr))))
#define LOAD_WINDOW()                                                                 \
  (WIN_CHECK_STORED(t), base = t->win_base, space = t->win_space, alnum = t->win_alnum, digit = t->win_digit, \
   upper_w = t->win_upper, cyr = t->win_cyr, cyr_upper = t->win_cyr_upper, high = t->win_high, \
   open = t->win_open, lower = alnum & ~(digit | upper_w), DERIVE_WINDOW())
  /* the window at `at`: inline where window_batch_avx2 can (vec) */
#ifdef MT_WIN_AVX2
#define FILL_WINDOW(at)                                                                      \
  do {                                                                                       \
    win_bits wb_;                                                                            \
    size_t at_ = (at);                                                                       \
    if (vec && win_fill_avx2(t, at_, &wb_)) {                                                \
      base = at_, space = wb_.space, alnum = wb_.alnum, digit = wb_.digit,                   \
      upper_w = wb_.upper, cyr = wb_.cyr, cyr_upper = wb_.cyr_upper, high = wb_.high,        \
      open = t->len - at_ >= 64, lower = wb_.lower, DERIVE_WINDOW();                         \
    } else {                                                                                 \
      win_fill(t, at_);                                                                      \
      LOAD_WINDOW();                                                                         \
    }                                                                                        \
  } while (0)
#else
#define FILL_WINDOW(at) (win_fill(t, (at)), LOAD_WINDOW())
#endif
  if (!t->win_ok || i - t->win_base >= 64) FILL_WINDOW(i);
  else LOAD_WINDOW();
  for (;;) {
    /* The commonest token by far, in a loop of its own with little to
     * keep in registers: at the end of a chunk (the token before and
     * perhaps punctuation after it), one space, then a run of ASCII
     * letters, of ASCII digits or of basic Cyrillic letters, then white
     * space or one ASCII punctuation mark and white space.  (The text's
     * first token, at its first byte, the same way, once.) */
    if (started) {
      /* (the queue by a pointer: n is worked out again after the loop;
       * positions as offsets in the window, w for i and pe for prev_end,
       * which may be below base on entry: then it is far from any w and
       * only compared) */
      mt_token *out = &qb[n], *const qend = &qb[cap];
      const unsigned char *p = text + base;
      size_t w = i - base, pe = prev_end - base;
      for (;; out++) {
        /* (a run at s is text, not the padding, so the byte before it,
         * w, is text too) */
        size_t s = w + 1, e, ce;
        unsigned f;
        if (s > 62) break;
        /* Commonest of all (three English tokens in four): a word of
         * small ASCII letters after one space that ends the token before,
         * and white space after it.  Adding the word's first bit to the
         * small letters carries to the bit after the run, e; that bit is
         * above the first only if the run started at s (else the sum
         * leaves the first bit alone), and is gone if the run reaches the
         * window's top.  Its fields are constants (plain_tail). */
        uint64_t first, after;
        int cyr_word = !(alnum >> s & 1);
        uint64_t small = cyr_word ? small_cyr : lower;
        if ((small >> s & 1) &&
            (first = 1ull << s, after = (small + first) & space, after > first) &&
            pe == w && p[w] == ' ') {
          /* (and as long as the next token is such a word too) */
          const plain_tail_v tail = plain_tail_get(cyr_word);
          /* (the word's start and end in the text, 64 bits: no move or
           * widening of 32-bit offsets at each word, the next start one
           * after the end; w set as the run ends) */
          size_t as = base + s;
          for (;;) {
            size_t ae = base + ctz64(after);
            out->start = as;
            out->end = ae;
            plain_tail(out, tail);
            if (out + 1 == qend) {
              i = prev_end = ae;
              prev_initial = 0;
              n = cap;
              goto stop;
            }
            /* the next word's first bit, e + 1, from e's bit (none
             * past the top: then no word follows either).  The gap
             * before it is the one byte at e, white space: any such byte
             * alone is a space gap to gap_analyze, as ' ' is. */
            first = after << 1;
            after = (small + first) & space;
            if (!(after > first)) {
              w = ae - base;
              break;
            }
            as = ae + 1;
            out++;
          }
          prev_initial = 0;
          pe = w;
          continue;
        }
        if (!fast_word(t, p, space, alnum, lower, digit, upper_w, cyr, cyr_upper, high, small_cyr,
                       s, &e, &ce, &f) ||
            p[w] != ' ')
          break;
        out->start = base + s;
        out->end = base + e;
        if (pe == w) {
          tok_tail(out, 0, MILTAG_GAP_SPACE, f, 0);
        } else if (pe + 1 == w && p[(ptrdiff_t)w - 1] < 0x80) {
          /* "c ": the punctuation after the token before (one ASCII
           * mark), and the space; gap_analyze's answer from gap1 */
          const struct mt_tok_gap1 *g = &mt_tok_gaps.gap1[p[(ptrdiff_t)w - 1]][prev_initial];
          f |= g->flags;
          tok_tail(out, g->gapsig, g->gap, f, g->lead_quote);
        } else { /* more punctuation after the token before, and the space */
          const struct mt_tok_gap1 *g = gap_cached(t, text + (base + pe), s - pe, prev_initial);
          if (g) {
            f |= g->flags;
            tok_tail(out, g->gapsig, g->gap, f, g->lead_quote);
          } else {
            out->flags = 0;
            gap_analyze(text + (base + pe), s - pe, 0, prev_initial, out);
            f |= out->flags;
            out->flags = (uint8_t)f; /* the MT_TOK_* bits: below CS_SHIFT, in 8 bits */
          }
        }
        tok_charset(out, f);
        /* one capital letter: an initial if a period follows */
        prev_initial = (f & FW_ONE) != 0;
        pe = e;
        w = ce;
        if (out + 1 == qend) {
          i = base + w;
          prev_end = base + pe;
          n = cap;
          goto stop;
        }
      }
      i = base + w;
      prev_end = base + pe;
      n = (unsigned)(out - qb);
    } else if (i == 0) {
      size_t s = i - base, e, ce;
      unsigned f;
      if (s <= 62 && fast_word(t, text + base, space, alnum, lower, digit, upper_w, cyr, cyr_upper,
                               high, small_cyr, s, &e, &ce, &f)) {
        mt_token *out = &qb[n];
        out->start = base + s;
        out->end = base + e;
        out->gap = MILTAG_GAP_BREAK; /* gap_analyze of nothing at the start */
        out->gapsig = 0;
        out->lead_quote = 0;
        f |= MT_TOK_SENT;
        started = 1;
        out->flags = (uint8_t)f;
        tok_charset(out, f);
        prev_initial = (f & FW_ONE) != 0;
        prev_end = base + e;
        i = base + ce;
        if (++n == cap) goto stop;
        continue;
      }
    }
    unsigned off = (unsigned)(i - base);
    uint64_t nonspace = ~space & (~0ull << off);
    if (!nonspace) {
      if (!open) { /* only white space left */
        rc = n ? (int)n : -2;
        t->win_blank = n != 0; /* (the next call would say -2) */
        goto done; /* (the window need not be kept: nothing is left) */
      }
      goto refill;
    }
    unsigned s = ctz64(nonspace);
    uint64_t after = space & (~0ull << s);
    /* the chunk is [s, ce): its end must be inside the window */
    unsigned ce = after ? ctz64(after) : 64;
    if (ce == 64) {
      if (open) goto refill;
      MT_ASSERT(0); /* the padding is white space */
    }
    const unsigned char *p = text + base; /* p[k], k < ce: text */
    uint64_t starts = alnum | cyr;
    /* punctuation before the run */
    while (!(starts >> s & 1)) {
      int other;
      if (s == ce) break;
      unsigned k = win_punct(t, p + s, ce - s, &other);
      if (!k) goto stop;
      s += k;
    }
    if (s == ce) { /* no word in the chunk */
      i = base + ce;
      continue;
    }
    unsigned e, f, chars1;
    if (alnum >> s & 1) {
      e = ctz64(~alnum & (~0ull << s)); /* the space at ce stops it */
      uint64_t run = bit_range(s, e);
      uint64_t digits = digit & run, letters = run & ~digits;
      if (letters && digits) goto stop; /* split where they meet: the general path */
      f = CS_ASCII;
      chars1 = e - s == 1;
      if (letters) {
        unsigned b = e < ce ? p[e] : ' ';
        if (b == '.' || b == '\'' || b == ':' || b == 0xE2) {
          /* Letters joined by single MidLetter or MidNumLet characters
           * (WB6-7: U.S, don't, O’Neil) are one segment and, as run_end
           * has it, one token, whose charset is none; but an apostrophe
           * and one s that end the segment are a possessive, a token of
           * their own (Kharkiv's → Kharkiv ' s).  Digits joined to
           * letters, or letters outside ASCII: the general path. */
          unsigned last_j = 0, last_k = 0, apos = 0, single = e - s == 1, single_before = 0;
          for (;;) {
            unsigned k, is_apos;
            b = e < ce ? p[e] : ' ';
            if ((b == '.' || b == '\'' || b == ':') &&
                (t->cls[b] == C_MIDLETTER || t->cls[b] == C_MIDNUMLET)) {
              k = 1;
              is_apos = b == '\'';
            } else if (b == 0xE2 && e + 2 < ce && p[e + 1] == 0x80 &&
                       (p[e + 2] == 0x98 || p[e + 2] == 0x99)) {
              k = 3; /* ‘ ’ */
              is_apos = 1;
            } else {
              break;
            }
            if (e + k >= ce || !(alnum >> (e + k) & 1)) break; /* joins nothing */
            unsigned e2 = ctz64(~alnum & (~0ull << (e + k)));
            if (digit & bit_range(e + k, e2)) goto stop; /* a.5 a'b5 */
            /* one_char: single characters joined by periods (up to the
             * last joiner, for the token before a possessive) */
            single_before = single;
            single = single && b == '.' && e2 - (e + k) == 1;
            last_j = e;
            last_k = k;
            apos = is_apos;
            e = e2;
          }
          if (last_k) {
            if (apos && e - (last_j + last_k) == 1 && (p[e - 1] | 0x20) == 's') {
              /* the possessive: two tokens, room for both in the queue */
              if (n + 2 > cap) goto stop;
              /* a tail after it must end the chunk (checked as below) */
              unsigned q2 = e;
              while (q2 < ce) {
                int other;
                unsigned k2 = (starts >> q2 & 1) ? 0 : win_punct(t, p + q2, ce - q2, &other);
                if (!k2) goto stop;
                q2 += k2;
              }
              /* the first token: its pieces up to the apostrophe; one
               * piece is a plain run (charset ASCII) */
              unsigned e1 = last_j;
              uint64_t l1 = alnum & bit_range(s, e1);
              int pieces = l1 != bit_range(s, e1);
              int one = (int)single_before; /* one_char of [s, e1) */
              batch_token(t, &qb[n++], base + s, base + e1,
                          letter_flags(l1, upper_w & l1, s) | (pieces ? 0 : CS_ASCII), one,
                          &prev_end, &started, &prev_initial);
              unsigned s2 = e - 1;
              batch_token(t, &qb[n++], base + s2, base + e,
                          letter_flags(1ull << s2, upper_w & (1ull << s2), s2) | CS_ASCII, 1,
                          &prev_end, &started, &prev_initial);
              i = base + ce;
              if (n == cap) goto stop;
              continue;
            }
            /* one token of several pieces */
            letters = alnum & bit_range(s, e);
            f = 0; /* no charset: the joiners are not letters */
            chars1 = single;
          }
        }
        f |= letter_flags(letters, upper_w & letters, s);
      } else {
        f |= MT_TOK_DIGITS;
        /* 1,750 4.5.0 (WB11-12): one token, its flags none (neither
         * digits only nor ASCII letters and digits only); only with the
         * characters that run_end lets a run go on over (1;2 is three
         * tokens) */
        while (e + 1 < ce && (p[e] == ',' || p[e] == '.' || p[e] == '\'' || p[e] == ':') &&
               (t->cls[p[e]] == C_MIDNUM || t->cls[p[e]] == C_MIDNUMLET) &&
               (digit >> (e + 1) & 1)) {
          unsigned e2 = ctz64(~alnum & (~0ull << (e + 1)));
          if (~digit & bit_range(e + 1, e2)) goto stop; /* 1,5th */
          e = e2;
          f = 0;
          chars1 = 0;
        }
      }
    } else {
      MT_ASSERT(cyr >> s & 1);
      /* letters start at s, s + 2, ...: the first of those places where
       * none does ends the run (at ce at the latest: a space is no trail) */
      uint64_t every2 = (s & 1 ? 0xAAAAAAAAAAAAAAAAull : 0x5555555555555555ull) & (~0ull << s);
      e = ctz64(~cyr & every2);
      uint64_t letters = cyr & every2 & bit_range(s, e);
      f = CS_CYR | letter_flags(letters, cyr_upper & letters, s);
      chars1 = e - s == 2;
    }
    MT_ASSERT(s < e && e <= ce);
    /* after the run: punctuation to the chunk's end, or before its next
     * run */
    unsigned q = e;
    int sep_other = 0;
    while (q < ce && !(starts >> q & 1)) {
      int other;
      unsigned k = win_punct(t, p + q, ce - q, &other);
      if (!k) goto stop;
      sep_other |= other;
      q += k;
    }
    unsigned next = ce;
    if (q < ce) {
      /* another run: "U.S", "don't", "3,5" or a word of two scripts
       * could be one word; only an Other character surely separates */
      if (!sep_other) goto stop;
      if (t->win_checked != base + ce) {
        if (!win_no_slow(t, base + q, base + ce)) goto stop;
        t->win_checked = base + ce;
      }
      next = e;
    }
    batch_token(t, &qb[n], base + s, base + e, f, (int)chars1, &prev_end, &started,
                &prev_initial);
    i = base + next;
    MT_ASSERT(i <= t->len);
    if (++n == cap) goto stop;
    continue;
  refill:
    if (base == i) { /* a long chunk */
      rc = n ? (int)n : -1;
      goto out;
    }
    FILL_WINDOW(i);
  }
#undef FILL_WINDOW
#undef LOAD_WINDOW
#undef DERIVE_WINDOW
stop:
  rc = (int)n;
out:
  /* (win_fill_avx2 leaves the window in the locals; where only white
   * space is left, above, it is not kept: the text is done, and what the
   * tokenizer holds is an earlier window of it, whole) */
  if (vec) {
    t->win_base = base;
    t->win_ok = 1;
    t->win_open = open;
    t->win_space = space;
    t->win_alnum = alnum;
    t->win_upper = upper_w;
    t->win_digit = digit;
    t->win_high = high;
    t->win_cyr = cyr;
    t->win_cyr_upper = cyr_upper;
  }
done:
  t->pos = i;
  t->prev_end = prev_end;
  t->started = started;
  t->prev_initial = prev_initial;
  return rc;
}

#if defined(__GNUC__)
__attribute__((noinline)) /* tok_fill's callers (mt_tok_batch, mt_tok_next_more) save no
                              registers for it */
#endif
static int window_batch(mt_tokenizer *t, mt_token *qb, unsigned cap) {
  return window_batch_body(t, qb, cap, 0);
}

#ifdef MT_WIN_AVX2
/* The same, built for the CPUs with AVX2, BMI1 and BMI2 (chosen at run
 * time): the window's masks by shifts of any register (shlx, shrx) and
 * with andn, blsi and blsr, which the baseline x86-64 spells in two or
 * three instructions each, about a tenth of the loop's instructions a
 * word; and the window's classes worked out inline (win_fill_avx2). */
__attribute__((noinline, target("avx2,bmi,bmi2"))) static int
window_batch_avx2(mt_tokenizer *t, mt_token *qb, unsigned cap) {
  return window_batch_body(t, qb, cap, 1);
}
#endif

/* Kept out of tok_fill (and so of mt_tok_batch and mt_tok_next_more),
 * so that the common case, window_batch, does not pay for the registers
 * the general one needs. */
#if defined(__GNUC__)
__attribute__((noinline))
#endif
static int tok_next_general(mt_tokenizer *t, mt_token *out) {
  for (;;) {
    if (t->have_seg) {
      size_t s = t->sub, gap_len = 0, e;
      unsigned known = t->seg_flags;
      if (known != ~0u) e = t->seg_end; /* one run: flags known already */
      else e = run_end(t->text, s, t->seg_end, &gap_len);
      token_gap(t, s, out);
      token_out(t, s, e, known != ~0u ? known : case_flags(t->text + s, e - s), -1, out);
      t->sub = e + gap_len;
      if (t->sub >= t->seg_end) t->have_seg = 0;
      return 1;
    }
    size_t s, e;
    t->seg_flags = ~0u;
    if (t->in_chunk && t->chunk_plain) {
      /* a bare word: next_chunk has done the work */
      s = t->chunk_start;
      e = t->pos = t->chunk_end;
      t->seg_flags = t->plain_flags;
      t->chunk_plain = 0;
      /* the chunk is this one token: done with it (fast_segment would
       * only find its end) */
      t->in_chunk = 0;
      t->have_seg = 1;
      t->sub = s;
      t->seg_end = e;
      continue;
    }
    if (t->in_chunk && (t->chunk_icu ? icu_segment(t, &s, &e) : fast_segment(t, &s, &e))) {
      if (e <= s || e > t->chunk_end) return MILTAG_E_ICU;
      t->have_seg = 1;
      t->sub = s;
      t->seg_end = e;
      continue;
    }
    /* the chunk is done: the next one, or the next piece of a long chunk
     * for ICU */
    if (t->in_chunk) t->pos = t->chunk_end;
    t->in_chunk = 0;
    int rc = t->chunk_icu && t->pos < t->rest_end
                 ? icu_piece(t, t->pos, piece_end(t, t->pos, t->rest_end))
                 : next_chunk(t);
    if (rc <= 0) return rc;
  }
}

/* The next tokens into out[0..cap): as many as the window finds (at
 * least one), or one from the general path; 0 at the end, <0 on error. */
static int tok_fill(mt_tokenizer *t, mt_token *out, unsigned cap) {
  MT_ASSERT(cap >= 2 && cap <= MT_TOK_QUEUE); /* (a possessive is two tokens at once) */
  /* the last batch saw that only white space is left (every text's last
   * call, first of all) */
  if (t->win_blank) return 0;
#ifdef MT_WIN_AVX2
  /* the default way, its settings tested once (win_fast) */
  if (t->win_fast && !(t->have_seg | t->in_chunk) && !(t->chunk_icu && t->pos < t->rest_end)) {
    int n = window_batch_avx2(t, out, cap);
    if (n > 0) return n;
    if (n == -2) return 0;
    if (n == -1 && plain_token(t, out)) return 1;
    return tok_next_general(t, out);
  }
#endif
  if (!t->have_seg && !t->in_chunk && !t->icu_only && !(t->chunk_icu && t->pos < t->rest_end)) {
    if (t->win_mode == MT_WIN_OFF) {
      if (plain_token(t, out)) return 1;
    } else {
#ifdef MT_WIN_AVX2
      int n = t->win_mode == MT_WIN_VECTOR && t->win_avx2 && t->win_bmi2
                  ? window_batch_avx2(t, out, cap)
                  : window_batch(t, out, cap);
#else
      int n = window_batch(t, out, cap);
#endif
      if (n > 0) return n;
      if (n == -2) return 0; /* next_chunk would find nothing */
      if (n == -1 && plain_token(t, out)) return 1;
    }
  }
  return tok_next_general(t, out);
}

int mt_tok_next_more(mt_tokenizer *t, mt_token *out) {
  MT_ASSERT(t->queue_at == t->queue_len); /* mt_tok_next empties the queue first */
  int n = tok_fill(t, t->queue, MT_TOK_QUEUE);
  if (n <= 0) return n;
  t->queue_at = 1;
  t->queue_len = (unsigned)n;
  *out = t->queue[0];
  return 1;
}

/* mt_tok_batch after mt_tok_next: the tokens left in the queue first.
 * No caller in the library mixes the two, but the contract allows it
 * (tests/test_tokenize.c: batch_agrees), and without this a caller that
 * did would lose those tokens without a word in a build without asserts;
 * kept out of line, so that mt_tok_batch pays only the test for it. */
#if defined(__GNUC__)
__attribute__((noinline, cold))
#endif
static int queue_drain(mt_tokenizer *t, mt_token *out, unsigned cap) {
  unsigned n = t->queue_len - t->queue_at;
  if (n > cap) n = cap;
  memcpy(out, &t->queue[t->queue_at], n * sizeof(mt_token));
  t->queue_at += n;
  return (int)n;
}

int mt_tok_batch(mt_tokenizer *t, mt_token *out, unsigned cap) {
  if (t->queue_at < t->queue_len) return queue_drain(t, out, cap);
  return tok_fill(t, out, cap);
}

unsigned mt_tok_tail_quote(const mt_tokenizer *t) {
  if (t->prev_end >= t->len) return 0;
  /* gap_analyze's lead_quote, without the rest of the gap (most lines end
   * with a period): the first character, if it is a quotation mark and
   * not an apostrophe alone (no quotation mark is white space, a dash or
   * invisible, which gap_analyze tests first) */
  const unsigned char *p = t->text + t->prev_end;
  size_t n = t->len - t->prev_end;
  uint32_t c;
  size_t k = p[0] < 0x80 ? (c = p[0], 1) : mt_utf8_decode(p, n, &c);
  return mt_tok_is_quote(c) && !(k == n && is_apostrophe(c)) ? (unsigned)k : 0;
}
