/* Number reader: cardinal numbers in a run of tokens, written in digits
 * ("4", "1,200", "1 200", "2-х", "5-ти") or in words of Russian, Ukrainian
 * and English in every case form ("пять", "пятью", "п'ятьма",
 * "сто пятьдесят", "twenty-one", "two hundred"), collective numerals
 * ("двое", "троих", "обоє"), a number restated in brackets ("5 (пять)")
 * and ranges ("3-4", "3–4", "3 или 4", "двое-трое").
 *
 * It works on an array of tokens that any caller can fill: byte spans of
 * the text, the separator kind before each and the normalized key (as
 * mt_normalize makes it: lower case, ё = е, every apostrophe U+0027).  It
 * knows nothing of the scanner.  docs/counts.md describes the rules. */
#ifndef MT_NUMREAD_H
#define MT_NUMREAD_H

#include <stddef.h>

/* One token of the text around a tag. */
typedef struct mt_ctok {
  size_t gap_from;    /* where the separator before the token starts */
  size_t start, end;  /* bytes of the token */
  const char *key;    /* its normalized key (key_len bytes, "" if none) */
  size_t key_len;
  unsigned gap;       /* MILTAG_GAP_* bits of the separator before it */
} mt_ctok;

/* Kinds of number word. */
enum {
  MT_NW_UNIT = 1,    /* 1-9: пять, п'ятьох, five */
  MT_NW_TEEN,        /* 10-19 */
  MT_NW_TENS,        /* 20, 30 ... 90 */
  MT_NW_HUNDREDS,    /* 100 ... 900 in one word: сто, двести, двохсот */
  MT_NW_HUNDRED,     /* English "hundred": multiplies what precedes it */
  MT_NW_THOUSAND,    /* тысяча, тисячі, thousand: multiplies */
  MT_NW_DOZEN,       /* English "dozen": multiplies by 12 */
  MT_NW_COLLECTIVE,  /* двое, троих, четверо, обоє, оба: stands alone */
  MT_NW_ARTICLE,     /* "a", "an": one, only before hundred/thousand/dozen */
  MT_NW_AND          /* "and" inside an English number (a hundred and five) */
};

/* Look up one key.  Returns 1 and sets *value (0 for ARTICLE/AND) and
 * *kind when the key is a number word, else 0. */
int mt_numword(const char *key, size_t len, long *value, int *kind);
/* The list of number words, for tests: how many, and the i-th key (NULL
 * past the end). */
size_t mt_numword_count(void);
const char *mt_numword_at(size_t i);

/* The text and its tokens, in order (a sentence, or the part of it the
 * caller has). */
typedef struct mt_cwin {
  const char *text;
  size_t text_len;
  const mt_ctok *tok;
  size_t ntok;
} mt_cwin;

/* A number read from tokens. */
typedef struct mt_number {
  long value;          /* the number; for a range its lower bound */
  long min, max;       /* equal to value unless a range */
  size_t first, last;  /* the tokens it spans (indices) */
  size_t start, end;   /* its bytes, a restating bracket's ")" included */
  int collective;      /* written as a collective numeral */
} mt_number;

/* Largest number read (a count above it is not a count of people). */
#define MT_NUM_MAX 999999999L

/* Read the number that starts at token i and ends before token lim
 * (<= w->ntok), as long as possible.  Returns 1 and fills *out, or 0 if no
 * number starts there or the number at i is bound to a letter suffix that
 * is not a case ending ("155th", "5км", "1-го", "300-х"). */
int mt_number_read(const mt_cwin *w, size_t lim, size_t i, mt_number *out);

/* Character classes found in a separator (mt_gap_classes). */
enum {
  MT_GC_SPACE = 0x001,
  MT_GC_QUOTE = 0x002,
  MT_GC_DASH = 0x004,
  MT_GC_COLON = 0x008,
  MT_GC_EQUALS = 0x010,
  MT_GC_OPEN = 0x020,    /* ( [ { */
  MT_GC_CLOSE = 0x040,   /* ) ] } */
  MT_GC_COMMA = 0x080,
  MT_GC_SEMI = 0x100,
  MT_GC_STOP = 0x200,    /* . ! ? … */
  MT_GC_SIGN = 0x400,    /* № # $ € £ ₽ ₴ ¥ % ‰ °: the number is a label,
                            an amount or a measure */
  MT_GC_PLUS = 0x800,    /* + */
  MT_GC_SLASH = 0x1000,  /* / \ */
  MT_GC_OTHER = 0x2000
};

/* The classes of the characters of text[from, to). */
unsigned mt_gap_classes(const char *text, size_t from, size_t to);

#endif
