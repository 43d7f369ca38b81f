#include "numread.h"

#include <string.h>

#include "utf8.h"
#include "miltag.h"

/* ------------------------------------------------------------ number words
 *
 * Keys as the normalizer makes them (lower case, е for ё, ' for every
 * apostrophe).  A closed class, written out form by form: Russian and
 * Ukrainian numerals decline in six (seven) cases, and guessing the forms
 * from a stem would read words that are not numbers.  Left out on purpose:
 * the plural одни/одних/одними/одні ("only", "alone"), the Ukrainian сьома
 * (more often the ordinal "seventh" than "by seven"), English "both"
 * ("both 200s and 300s" is not two of anything). */

enum { U = MT_NW_UNIT, T = MT_NW_TEEN, D = MT_NW_TENS, H = MT_NW_HUNDREDS, HM = MT_NW_HUNDRED,
       K = MT_NW_THOUSAND, DZ = MT_NW_DOZEN, C = MT_NW_COLLECTIVE, A = MT_NW_ARTICLE,
       AND = MT_NW_AND };

typedef struct numword {
  const char *key;
  int value;
  int kind;
} numword;

static const numword words[] = {
  /* ---- Russian: 1-9 */
  {"один", 1, U}, {"одного", 1, U}, {"одному", 1, U}, {"одним", 1, U}, {"одном", 1, U},
  {"одна", 1, U}, {"одной", 1, U}, {"одною", 1, U}, {"одну", 1, U}, {"одно", 1, U},
  {"два", 2, U}, {"две", 2, U}, {"двух", 2, U}, {"двум", 2, U}, {"двумя", 2, U},
  {"три", 3, U}, {"трех", 3, U}, {"трем", 3, U}, {"тремя", 3, U},
  {"четыре", 4, U}, {"четырех", 4, U}, {"четырем", 4, U}, {"четырьмя", 4, U},
  {"пять", 5, U}, {"пяти", 5, U}, {"пятью", 5, U},
  {"шесть", 6, U}, {"шести", 6, U}, {"шестью", 6, U},
  {"семь", 7, U}, {"семи", 7, U}, {"семью", 7, U},
  {"восемь", 8, U}, {"восьми", 8, U}, {"восемью", 8, U}, {"восьмью", 8, U},
  {"девять", 9, U}, {"девяти", 9, U}, {"девятью", 9, U},
  /* ---- Russian: 10-19, 20, 30 (-ь, -и, -ью) */
  {"десять", 10, T}, {"десяти", 10, T}, {"десятью", 10, T},
  {"одиннадцать", 11, T}, {"одиннадцати", 11, T}, {"одиннадцатью", 11, T},
  {"двенадцать", 12, T}, {"двенадцати", 12, T}, {"двенадцатью", 12, T},
  {"тринадцать", 13, T}, {"тринадцати", 13, T}, {"тринадцатью", 13, T},
  {"четырнадцать", 14, T}, {"четырнадцати", 14, T}, {"четырнадцатью", 14, T},
  {"пятнадцать", 15, T}, {"пятнадцати", 15, T}, {"пятнадцатью", 15, T},
  {"шестнадцать", 16, T}, {"шестнадцати", 16, T}, {"шестнадцатью", 16, T},
  {"семнадцать", 17, T}, {"семнадцати", 17, T}, {"семнадцатью", 17, T},
  {"восемнадцать", 18, T}, {"восемнадцати", 18, T}, {"восемнадцатью", 18, T},
  {"девятнадцать", 19, T}, {"девятнадцати", 19, T}, {"девятнадцатью", 19, T},
  {"двадцать", 20, D}, {"двадцати", 20, D}, {"двадцатью", 20, D},
  {"тридцать", 30, D}, {"тридцати", 30, D}, {"тридцатью", 30, D},
  {"сорок", 40, D}, {"сорока", 40, D},
  {"пятьдесят", 50, D}, {"пятидесяти", 50, D}, {"пятьюдесятью", 50, D},
  {"шестьдесят", 60, D}, {"шестидесяти", 60, D}, {"шестьюдесятью", 60, D},
  {"семьдесят", 70, D}, {"семидесяти", 70, D}, {"семьюдесятью", 70, D},
  {"восемьдесят", 80, D}, {"восьмидесяти", 80, D}, {"восемьюдесятью", 80, D},
  {"восьмьюдесятью", 80, D},
  {"девяносто", 90, D}, {"девяноста", 90, D},
  /* ---- Russian: hundreds (сто/ста are Ukrainian too) */
  {"сто", 100, H}, {"ста", 100, H},
  {"двести", 200, H}, {"двухсот", 200, H}, {"двумстам", 200, H}, {"двумястами", 200, H},
  {"двухстах", 200, H},
  {"триста", 300, H}, {"трехсот", 300, H}, {"тремстам", 300, H}, {"тремястами", 300, H},
  {"трехстах", 300, H},
  {"четыреста", 400, H}, {"четырехсот", 400, H}, {"четыремстам", 400, H},
  {"четырьмястами", 400, H}, {"четырехстах", 400, H},
  {"пятьсот", 500, H}, {"пятисот", 500, H}, {"пятистам", 500, H}, {"пятьюстами", 500, H},
  {"пятистах", 500, H},
  {"шестьсот", 600, H}, {"шестисот", 600, H}, {"шестистам", 600, H},
  {"шестьюстами", 600, H}, {"шестистах", 600, H},
  {"семьсот", 700, H}, {"семисот", 700, H}, {"семистам", 700, H}, {"семьюстами", 700, H},
  {"семистах", 700, H},
  {"восемьсот", 800, H}, {"восьмисот", 800, H}, {"восьмистам", 800, H},
  {"восемьюстами", 800, H}, {"восьмьюстами", 800, H}, {"восьмистах", 800, H},
  {"девятьсот", 900, H}, {"девятисот", 900, H}, {"девятистам", 900, H},
  {"девятьюстами", 900, H}, {"девятистах", 900, H},
  /* ---- Russian: thousand */
  {"тысяча", 1000, K}, {"тысячи", 1000, K}, {"тысяче", 1000, K}, {"тысячу", 1000, K},
  {"тысячей", 1000, K}, {"тысячею", 1000, K}, {"тысяч", 1000, K}, {"тысячам", 1000, K},
  {"тысячами", 1000, K}, {"тысячах", 1000, K},
  /* ---- Russian: collective numerals; оба "both" */
  {"двое", 2, C}, {"двоих", 2, C}, {"двоим", 2, C}, {"двоими", 2, C},
  {"трое", 3, C}, {"троих", 3, C}, {"троим", 3, C}, {"троими", 3, C},
  {"четверо", 4, C}, {"четверых", 4, C}, {"четверым", 4, C}, {"четверыми", 4, C},
  {"пятеро", 5, C}, {"пятерых", 5, C}, {"пятерым", 5, C}, {"пятерыми", 5, C},
  {"шестеро", 6, C}, {"шестерых", 6, C}, {"шестерым", 6, C}, {"шестерыми", 6, C},
  {"семеро", 7, C}, {"семерых", 7, C}, {"семерым", 7, C}, {"семерыми", 7, C},
  {"восьмеро", 8, C}, {"восьмерых", 8, C}, {"восьмерым", 8, C}, {"восьмерыми", 8, C},
  {"девятеро", 9, C}, {"девятерых", 9, C}, {"девятерым", 9, C}, {"девятерыми", 9, C},
  {"десятеро", 10, C}, {"десятерых", 10, C}, {"десятерым", 10, C}, {"десятерыми", 10, C},
  {"оба", 2, C}, {"обе", 2, C}, {"обоих", 2, C}, {"обоим", 2, C}, {"обоими", 2, C},
  {"обеих", 2, C}, {"обеим", 2, C}, {"обеими", 2, C},

  /* ---- Ukrainian: 1-9 (forms shared with Russian are above) */
  {"одної", 1, U}, {"однієї", 1, U}, {"одній", 1, U}, {"одне", 1, U},
  {"дві", 2, U}, {"двох", 2, U}, {"двом", 2, U}, {"двома", 2, U},
  {"трьох", 3, U}, {"трьом", 3, U}, {"трьома", 3, U},
  {"чотири", 4, U}, {"чотирьох", 4, U}, {"чотирьом", 4, U}, {"чотирма", 4, U},
  {"п'ять", 5, U}, {"п'яти", 5, U}, {"п'ятьом", 5, U}, {"п'ятьма", 5, U}, {"п'ятьох", 5, U},
  {"шість", 6, U}, {"шістьом", 6, U}, {"шістьма", 6, U}, {"шістьох", 6, U},
  {"сім", 7, U}, {"сімом", 7, U}, {"сімома", 7, U}, {"сімох", 7, U},
  {"вісім", 8, U}, {"вісьмом", 8, U}, {"вісьмома", 8, U}, {"восьмома", 8, U},
  {"вісьмох", 8, U},
  {"дев'ять", 9, U}, {"дев'яти", 9, U}, {"дев'ятьом", 9, U}, {"дев'ятьма", 9, U},
  {"дев'ятьох", 9, U},
  /* ---- Ukrainian: 10-19, 20, 30 (-ь, -и, -ьом, -ьма, -ьох) */
  {"десятьом", 10, T}, {"десятьма", 10, T}, {"десятьох", 10, T},
  {"одинадцять", 11, T}, {"одинадцяти", 11, T}, {"одинадцятьом", 11, T},
  {"одинадцятьма", 11, T}, {"одинадцятьох", 11, T},
  {"дванадцять", 12, T}, {"дванадцяти", 12, T}, {"дванадцятьом", 12, T},
  {"дванадцятьма", 12, T}, {"дванадцятьох", 12, T},
  {"тринадцять", 13, T}, {"тринадцяти", 13, T}, {"тринадцятьом", 13, T},
  {"тринадцятьма", 13, T}, {"тринадцятьох", 13, T},
  {"чотирнадцять", 14, T}, {"чотирнадцяти", 14, T}, {"чотирнадцятьом", 14, T},
  {"чотирнадцятьма", 14, T}, {"чотирнадцятьох", 14, T},
  {"п'ятнадцять", 15, T}, {"п'ятнадцяти", 15, T}, {"п'ятнадцятьом", 15, T},
  {"п'ятнадцятьма", 15, T}, {"п'ятнадцятьох", 15, T},
  {"шістнадцять", 16, T}, {"шістнадцяти", 16, T}, {"шістнадцятьом", 16, T},
  {"шістнадцятьма", 16, T}, {"шістнадцятьох", 16, T},
  {"сімнадцять", 17, T}, {"сімнадцяти", 17, T}, {"сімнадцятьом", 17, T},
  {"сімнадцятьма", 17, T}, {"сімнадцятьох", 17, T},
  {"вісімнадцять", 18, T}, {"вісімнадцяти", 18, T}, {"вісімнадцятьом", 18, T},
  {"вісімнадцятьма", 18, T}, {"вісімнадцятьох", 18, T},
  {"дев'ятнадцять", 19, T}, {"дев'ятнадцяти", 19, T}, {"дев'ятнадцятьом", 19, T},
  {"дев'ятнадцятьма", 19, T}, {"дев'ятнадцятьох", 19, T},
  {"двадцять", 20, D}, {"двадцяти", 20, D}, {"двадцятьом", 20, D}, {"двадцятьма", 20, D},
  {"двадцятьох", 20, D},
  {"тридцять", 30, D}, {"тридцяти", 30, D}, {"тридцятьом", 30, D}, {"тридцятьма", 30, D},
  {"тридцятьох", 30, D},
  {"п'ятдесят", 50, D}, {"п'ятдесяти", 50, D}, {"п'ятдесятьом", 50, D},
  {"п'ятдесятьма", 50, D}, {"п'ятдесятьох", 50, D},
  {"шістдесят", 60, D}, {"шістдесяти", 60, D}, {"шістдесятьом", 60, D},
  {"шістдесятьма", 60, D}, {"шістдесятьох", 60, D},
  {"сімдесят", 70, D}, {"сімдесяти", 70, D}, {"сімдесятьом", 70, D}, {"сімдесятьма", 70, D},
  {"сімдесятьох", 70, D},
  {"вісімдесят", 80, D}, {"вісімдесяти", 80, D}, {"вісімдесятьом", 80, D},
  {"вісімдесятьма", 80, D}, {"вісімдесятьох", 80, D},
  {"дев'яносто", 90, D}, {"дев'яноста", 90, D},
  /* ---- Ukrainian: hundreds */
  {"двісті", 200, H}, {"двохсот", 200, H}, {"двомстам", 200, H}, {"двомастами", 200, H},
  {"двохстах", 200, H},
  {"трьохсот", 300, H}, {"трьомстам", 300, H}, {"трьомастами", 300, H},
  {"трьохстах", 300, H},
  {"чотириста", 400, H}, {"чотирьохсот", 400, H}, {"чотирьомстам", 400, H},
  {"чотирмастами", 400, H}, {"чотирьохстах", 400, H},
  {"п'ятсот", 500, H}, {"п'ятисот", 500, H}, {"п'ятистам", 500, H},
  {"п'ятьмастами", 500, H}, {"п'ятистах", 500, H},
  {"шістсот", 600, H}, {"шістьмастами", 600, H},
  {"сімсот", 700, H}, {"сімомастами", 700, H},
  {"вісімсот", 800, H}, {"вісьмомастами", 800, H},
  {"дев'ятсот", 900, H}, {"дев'ятисот", 900, H}, {"дев'ятистам", 900, H},
  {"дев'ятьмастами", 900, H}, {"дев'ятистах", 900, H},
  /* ---- Ukrainian: thousand */
  {"тисяча", 1000, K}, {"тисячі", 1000, K}, {"тисячу", 1000, K}, {"тисячею", 1000, K},
  {"тисяч", 1000, K}, {"тисячам", 1000, K}, {"тисячами", 1000, K}, {"тисячах", 1000, K},
  /* ---- Ukrainian: collective numerals (oblique cases are the cardinal
   * forms above: двох, трьох, п'ятьох ...); обоє, обидва "both" */
  {"двоє", 2, C}, {"троє", 3, C}, {"п'ятеро", 5, C}, {"дев'ятеро", 9, C},
  {"обоє", 2, C}, {"обидва", 2, C}, {"обидві", 2, C}, {"обох", 2, C}, {"обом", 2, C},
  {"обома", 2, C},

  /* ---- English */
  {"one", 1, U}, {"two", 2, U}, {"three", 3, U}, {"four", 4, U}, {"five", 5, U},
  {"six", 6, U}, {"seven", 7, U}, {"eight", 8, U}, {"nine", 9, U},
  {"ten", 10, T}, {"eleven", 11, T}, {"twelve", 12, T}, {"thirteen", 13, T},
  {"fourteen", 14, T}, {"fifteen", 15, T}, {"sixteen", 16, T}, {"seventeen", 17, T},
  {"eighteen", 18, T}, {"nineteen", 19, T},
  {"twenty", 20, D}, {"thirty", 30, D}, {"forty", 40, D}, {"fifty", 50, D},
  {"sixty", 60, D}, {"seventy", 70, D}, {"eighty", 80, D}, {"ninety", 90, D},
  {"hundred", 100, HM}, {"thousand", 1000, K}, {"dozen", 12, DZ},
  {"a", 0, A}, {"an", 0, A}, {"and", 0, AND},
};

int mt_numword(const char *key, size_t len, long *value, int *kind) {
  if (len < 1 || len > 32) return 0;
  for (size_t i = 0; i < sizeof words / sizeof words[0]; i++) {
    const char *w = words[i].key;
    if (w[0] == key[0] && strlen(w) == len && memcmp(w, key, len) == 0) {
      *value = words[i].value;
      *kind = words[i].kind;
      return 1;
    }
  }
  return 0;
}

/* --------------------------------------------------------------- separators */

static unsigned class_of(uint32_t c) {
  switch (c) {
    case ' ': case '\t': case '\n': case '\r': case '\v': case '\f':
    case 0xA0: case 0x2000: case 0x2001: case 0x2002: case 0x2003: case 0x2004:
    case 0x2005: case 0x2006: case 0x2007: case 0x2008: case 0x2009: case 0x200A:
    case 0x202F: case 0x205F: case 0x3000: case 0x200B: case 0xFEFF: case 0x2060:
      return MT_GC_SPACE;
    case '"': case '\'': case 0xAB: case 0xBB: case 0x2018: case 0x2019: case 0x201A:
    case 0x201B: case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2039:
    case 0x203A: case 0x2E42: case 0x300C: case 0x300D: case 0xFF02: case '`':
      return MT_GC_QUOTE;
    case '-': case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014:
    case 0x2015: case 0x2212: case 0x2043: case 0xFE58: case 0xFE63: case 0xFF0D:
      return MT_GC_DASH;
    case ':': case 0xFF1A: return MT_GC_COLON;
    case '=': case 0xFF1D: return MT_GC_EQUALS;
    case '(': case '[': case '{': case 0xFF08: return MT_GC_OPEN;
    case ')': case ']': case '}': case 0xFF09: return MT_GC_CLOSE;
    case ',': case 0xFF0C: case 0x3001: return MT_GC_COMMA;
    case ';': case 0xFF1B: return MT_GC_SEMI;
    case '.': case '!': case '?': case 0x2026: case 0x3002: return MT_GC_STOP;
    case 0x2116: case '#': case '$': case 0x20AC: case 0xA3: case 0x20BD: case 0x20B4:
    case 0xA5: case '%': case 0x2030: case 0xB0: case 0xA2: case 0x20B9: case '@':
      return MT_GC_SIGN;
    case '+': return MT_GC_PLUS;
    case '/': case '\\': case 0x2044: case 0x2215: return MT_GC_SLASH;
    default: return MT_GC_OTHER;
  }
}

unsigned mt_gap_classes(const char *text, size_t from, size_t to) {
  unsigned m = 0;
  const unsigned char *p = (const unsigned char *)text;
  while (from < to) {
    uint32_t c;
    if (p[from] < 0x80) {
      c = p[from++];
    } else {
      size_t k = mt_utf8_decode(p + from, to - from, &c);
      from += k;
    }
    m |= class_of(c);
  }
  return m;
}

/* ------------------------------------------------------------------ tokens */

static int is_digits(const mt_cwin *w, size_t i) {
  const mt_ctok *t = &w->tok[i];
  if (t->end <= t->start) return 0;
  for (size_t p = t->start; p < t->end; p++)
    if (w->text[p] < '0' || w->text[p] > '9') return 0;
  return 1;
}

static int key_is(const mt_ctok *t, const char *s) {
  size_t n = strlen(s);
  return t->key_len == n && memcmp(t->key, s, n) == 0;
}

static int key_in(const mt_ctok *t, const char *const *list) {
  for (; *list; list++)
    if (key_is(t, *list)) return 1;
  return 0;
}

static unsigned gap_of(const mt_cwin *w, size_t i) {
  return mt_gap_classes(w->text, w->tok[i].gap_from, w->tok[i].start);
}

/* The separator before token i is white space alone. */
static int space_gap(const mt_cwin *w, size_t i) {
  return gap_of(w, i) == MT_GC_SPACE && !(w->tok[i].gap & MILTAG_GAP_BREAK);
}

/* ... one hyphen or dash and nothing else. */
static int tight_dash(const mt_cwin *w, size_t i) {
  return gap_of(w, i) == MT_GC_DASH;
}

/* ... nothing at all (a letter meets a digit). */
static int joined(const mt_cwin *w, size_t i) { return w->tok[i].start == w->tok[i].gap_from; }

/* ... one space character, not a line end (a group separator: "1 200"). */
static int single_space(const mt_cwin *w, size_t i) {
  const mt_ctok *t = &w->tok[i];
  if (t->start <= t->gap_from || w->text[t->gap_from] == '\n') return 0;
  uint32_t c;
  size_t k = mt_utf8_decode((const unsigned char *)w->text + t->gap_from, t->start - t->gap_from, &c);
  return k == t->start - t->gap_from && class_of(c) == MT_GC_SPACE;
}

/* Letters written right after the digits of token i (5км, 2-х, 155th). */
static int suffixed(const mt_cwin *w, size_t lim, size_t i) {
  return i + 1 < lim && w->tok[i + 1].key_len && (joined(w, i + 1) || tight_dash(w, i + 1)) &&
         !is_digits(w, i + 1);
}

/* Case endings written after digits: "2-х", "3-ех", "5-ти", "2-мя",
 * "7-ми", "5-ю", "3-ем"; Ukrainian "2-ох", "5-ма", "5-ох", "5-ти".  Not the
 * ordinal endings (-й, -го, -му, -я, -е, -ом, -ый ...): "1-го" is the
 * first. */
static const char *const digit_suffixes[] = {
  "х", "ух", "ех", "ох", "ьох", "ти", "и", "ми", "мя", "ью", "тью", "ем", "ум", "ма", "ьма",
  NULL};

/* Digits "1200", grouped "1,200", "1.200", "1 200" (three-digit groups
 * after the first, the same separator throughout). */
static int read_digits(const mt_cwin *w, size_t lim, size_t i, long *value, size_t *last) {
  const mt_ctok *a = &w->tok[i];
  const char *text = w->text;
  long v = 0;
  size_t ndig = 0, group = 0, ngroups = 1;
  char sep = 0;
  /* a leading zero: a code or a time ("05"), not a count */
  if (text[a->start] == '0' && a->end - a->start > 1) return 0;
  for (size_t p = a->start; p < a->end; p++) {
    char ch = text[p];
    if (ch >= '0' && ch <= '9') {
      v = v * 10 + (ch - '0');
      ndig++;
      group++;
      if (v > MT_NUM_MAX) return 0;
    } else if ((ch == ',' || ch == '.') && (sep == 0 || sep == ch) && group > 0) {
      if (ngroups == 1 ? group > 3 : group != 3) return 0;
      sep = ch;
      group = 0;
      ngroups++;
    } else {
      return 0;
    }
  }
  if (ndig == 0 || (ngroups > 1 && group != 3)) return 0;
  size_t j = i;
  if (ngroups == 1 && ndig <= 3) {
    /* "1 200": groups of three after one space, unless the group is
     * itself followed by letters ("2 300-х" is two of the 300s) */
    while (j + 1 < lim && is_digits(w, j + 1) && w->tok[j + 1].end - w->tok[j + 1].start == 3 &&
           single_space(w, j + 1) && !suffixed(w, lim, j + 1) && v <= MT_NUM_MAX / 1000) {
      long g = 0;
      for (size_t p = w->tok[j + 1].start; p < w->tok[j + 1].end; p++) g = g * 10 + (text[p] - '0');
      v = v * 1000 + g;
      j++;
    }
  }
  *value = v;
  *last = j;
  return 1;
}

/* One number without range or restatement: digits (with a case ending)
 * or a run of number words.  Returns 1 and sets *value, *last, *coll. */
static int read_simple(const mt_cwin *w, size_t lim, size_t i, long *value, size_t *last,
                       int *coll) {
  *coll = 0;
  if (i >= lim) return 0;
  const mt_ctok *t = w->tok;
  char first = w->text[t[i].start];
  if (t[i].end > t[i].start && first >= '0' && first <= '9') {
    size_t j;
    if (!read_digits(w, lim, i, value, &j)) return 0;
    /* letters right after the digits: a case ending, or a word the number
     * belongs to (5км, 155th, 1-го, 200s) */
    if (suffixed(w, lim, j)) {
      if (!key_in(&t[j + 1], digit_suffixes)) return 0;
      /* "300-х" is a code itself */
      if (*value % 100 == 0 && *value >= 100 && *value <= 600) return 0;
      j++;
    }
    *last = j;
    return 1;
  }
  long v;
  int kind;
  if (!mt_numword(t[i].key, t[i].key_len, &v, &kind)) return 0;
  if (kind == MT_NW_COLLECTIVE) {
    *value = v;
    *last = i;
    *coll = 1;
    return 1;
  }
  /* a run of number words: thousands, hundreds, tens, units */
  long total = 0, cur = 0;
  int prev = 0;
  size_t good = (size_t)-1;
  long good_value = 0;
  for (size_t j = i; j < lim; j++) {
    if (j > i) {
      int dash_ok = prev == MT_NW_TENS && tight_dash(w, j); /* twenty-one */
      if (!space_gap(w, j) && !dash_ok) break;
      if (!mt_numword(t[j].key, t[j].key_len, &v, &kind)) break;
      if (dash_ok && kind != MT_NW_UNIT) break;
    }
    int ok;
    switch (kind) {
      case MT_NW_ARTICLE:
        ok = j == i;
        if (ok) cur = 1;
        break;
      case MT_NW_AND:
        /* "a hundred and five" */
        ok = (prev == MT_NW_HUNDRED || prev == MT_NW_THOUSAND || prev == MT_NW_HUNDREDS) &&
             cur % 100 == 0;
        break;
      case MT_NW_UNIT:
        ok = prev != MT_NW_ARTICLE && prev != MT_NW_TEEN && prev != MT_NW_UNIT &&
             prev != MT_NW_DOZEN && cur % 10 == 0;
        if (ok) cur += v;
        break;
      case MT_NW_TEEN:
      case MT_NW_TENS:
        ok = prev != MT_NW_ARTICLE && prev != MT_NW_DOZEN && cur % 100 == 0;
        if (ok) cur += v;
        break;
      case MT_NW_HUNDREDS:
        ok = prev != MT_NW_ARTICLE && cur == 0;
        if (ok) cur = v;
        break;
      case MT_NW_HUNDRED:
      case MT_NW_DOZEN:
        /* "hundred", "two hundred", "a dozen" */
        ok = j == i || (cur >= 1 && cur <= 9 && (prev == MT_NW_UNIT || prev == MT_NW_ARTICLE));
        if (ok) cur = (cur ? cur : 1) * v;
        break;
      case MT_NW_THOUSAND:
        ok = total == 0 && prev != MT_NW_AND && prev != MT_NW_DOZEN;
        if (ok) {
          total = (cur ? cur : 1) * 1000;
          cur = 0;
        }
        break;
      default:
        ok = 0; /* a collective numeral inside a run */
    }
    if (!ok) break;
    prev = kind;
    if (kind != MT_NW_ARTICLE && kind != MT_NW_AND) {
      good = j;
      good_value = total + cur;
    }
  }
  if (good == (size_t)-1 || good_value <= 0) return 0;
  *value = good_value;
  *last = good;
  return 1;
}

/* A number restated in brackets right after another: "5 (пять)",
 * "пять (5)".  Returns 1 and moves *last and *end past the bracket. */
static int restated(const mt_cwin *w, size_t lim, long value, size_t *last, size_t *end) {
  size_t k = *last + 1;
  if (k >= lim) return 0;
  if (gap_of(w, k) != (MT_GC_OPEN | MT_GC_SPACE) && gap_of(w, k) != MT_GC_OPEN) return 0;
  if (w->tok[k].gap & MILTAG_GAP_BREAK) return 0;
  long v;
  size_t l;
  int coll;
  if (!read_simple(w, lim, k, &v, &l, &coll) || v != value) return 0;
  /* the closing bracket follows, after spaces at most */
  size_t q = w->tok[l].end, stop = l + 1 < w->ntok ? w->tok[l + 1].start : w->text_len;
  while (q < stop && w->text[q] == ' ') q++;
  if (q >= stop || w->text[q] != ')') return 0;
  *last = l;
  *end = q + 1;
  return 1;
}

static const char *const range_words[] = {"или", "либо", "або", "чи", "or", "to", NULL};

int mt_number_read(const mt_cwin *w, size_t lim, size_t i, mt_number *out) {
  long v;
  size_t last;
  int coll;
  if (lim > w->ntok) lim = w->ntok;
  if (!read_simple(w, lim, i, &v, &last, &coll)) return 0;
  memset(out, 0, sizeof *out);
  out->value = out->min = out->max = v;
  out->first = i;
  out->last = last;
  out->start = w->tok[i].start;
  out->end = w->tok[last].end;
  out->collective = coll;
  restated(w, lim, v, &out->last, &out->end);
  /* a range: "3-4", "3 – 4", "3 или 4", "двое-трое" */
  size_t k = out->last + 1;
  if (k >= lim || (w->tok[k].gap & MILTAG_GAP_BREAK)) return 1;
  size_t second;
  if (key_in(&w->tok[k], range_words) && space_gap(w, k)) {
    second = k + 1;
    if (second >= lim || !space_gap(w, second)) return 1;
  } else {
    unsigned g = mt_gap_classes(w->text, out->end, w->tok[k].start);
    if (!(g & MT_GC_DASH) || (g & ~(unsigned)(MT_GC_DASH | MT_GC_SPACE))) return 1;
    second = k;
  }
  long v2;
  size_t last2;
  int coll2;
  if (!read_simple(w, lim, second, &v2, &last2, &coll2) || v2 <= v || coll2 != coll) return 1;
  size_t end2 = w->tok[last2].end;
  restated(w, lim, v2, &last2, &end2);
  out->max = v2;
  out->last = last2;
  out->end = end2;
  return 1;
}
