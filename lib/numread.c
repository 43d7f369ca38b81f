#include "numread.h"

#include <string.h>

#include "utf8.h"
#include "miltag.h"
#include "miltag_inspect.h"

/* ------------------------------------------------------------ number words
 *
 * Keys as the normalizer makes them (lower case, е for ё, ' for every
 * apostrophe).  A closed class, written out form by form: Russian and
 * Ukrainian numerals decline in six (seven) cases, and guessing the forms
 * from a stem would read words that are not numbers.  Left out on purpose:
 * the plural одни/одних/одними/одні ("only", "alone"), the Ukrainian сьома
 * (more often the ordinal "seventh" than "by seven"), English "both"
 * ("both 200s and 300s" is not two of anything).  Russian, Ukrainian and
 * English in one list, in byte order (looked up by binary search;
 * test_count checks the order): a form two languages share is there once.
 * ru: cardinals 1-1000 in the six cases, collectives двое-десятеро, оба;
 * uk: the same, with the -ьох/-ьма/-ьом forms, обоє, обидва; en: one to
 * ninety, hundred, thousand, dozen, and "a"/"an"/"and" inside a number. */

enum { U = MT_NW_UNIT, T = MT_NW_TEEN, D = MT_NW_TENS, H = MT_NW_HUNDREDS, HM = MT_NW_HUNDRED,
       K = MT_NW_THOUSAND, DZ = MT_NW_DOZEN, C = MT_NW_COLLECTIVE, A = MT_NW_ARTICLE,
       AND = MT_NW_AND };

/* The key in the entry, not a pointer to it: a table of pointers is
 * relocated, its pages written, by every process that loads the library
 * (docs/performance.md, "Start-up"); this one is read-only data.  The
 * longest key, дев'ятнадцятьма, is 29 bytes. */
#define MT_NUMWORD_MAX 30
typedef struct numword {
  char key[MT_NUMWORD_MAX];
  unsigned char len;   /* bytes of key */
  int value;
  int kind;
} numword;

#define W(k, v, kind) {k, sizeof(k) - 1, v, kind}
/* (a key of MT_NUMWORD_MAX bytes or more would lose its NUL or be cut,
 * and compilers only warn: test_count looks every key up by its strlen) */

static const numword words[] = {
  W("a", 0, A), W("an", 0, A), W("and", 0, AND), W("dozen", 12, DZ), W("eight", 8, U),
  W("eighteen", 18, T), W("eighty", 80, D), W("eleven", 11, T), W("fifteen", 15, T),
  W("fifty", 50, D), W("five", 5, U), W("forty", 40, D), W("four", 4, U), W("fourteen", 14, T),
  W("hundred", 100, HM), W("nine", 9, U), W("nineteen", 19, T), W("ninety", 90, D), W("one", 1, U),
  W("seven", 7, U), W("seventeen", 17, T), W("seventy", 70, D), W("six", 6, U),
  W("sixteen", 16, T), W("sixty", 60, D), W("ten", 10, T), W("thirteen", 13, T),
  W("thirty", 30, D), W("thousand", 1000, K), W("three", 3, U), W("twelve", 12, T),
  W("twenty", 20, D), W("two", 2, U), W("восемнадцати", 18, T), W("восемнадцать", 18, T),
  W("восемнадцатью", 18, T), W("восемь", 8, U), W("восемьдесят", 80, D), W("восемьсот", 800, H),
  W("восемью", 8, U), W("восемьюдесятью", 80, D), W("восемьюстами", 800, H), W("восьмеро", 8, C),
  W("восьмерым", 8, C), W("восьмерыми", 8, C), W("восьмерых", 8, C), W("восьми", 8, U),
  W("восьмидесяти", 80, D), W("восьмисот", 800, H), W("восьмистам", 800, H),
  W("восьмистах", 800, H), W("восьмома", 8, U), W("восьмью", 8, U), W("восьмьюдесятью", 80, D),
  W("восьмьюстами", 800, H), W("вісьмом", 8, U), W("вісьмома", 8, U), W("вісьмомастами", 800, H),
  W("вісьмох", 8, U), W("вісім", 8, U), W("вісімдесят", 80, D), W("вісімдесяти", 80, D),
  W("вісімдесятьма", 80, D), W("вісімдесятьом", 80, D), W("вісімдесятьох", 80, D),
  W("вісімнадцяти", 18, T), W("вісімнадцять", 18, T), W("вісімнадцятьма", 18, T),
  W("вісімнадцятьом", 18, T), W("вісімнадцятьох", 18, T), W("вісімсот", 800, H), W("два", 2, U),
  W("двадцати", 20, D), W("двадцать", 20, D), W("двадцатью", 20, D), W("двадцяти", 20, D),
  W("двадцять", 20, D), W("двадцятьма", 20, D), W("двадцятьом", 20, D), W("двадцятьох", 20, D),
  W("дванадцяти", 12, T), W("дванадцять", 12, T), W("дванадцятьма", 12, T),
  W("дванадцятьом", 12, T), W("дванадцятьох", 12, T), W("две", 2, U), W("двенадцати", 12, T),
  W("двенадцать", 12, T), W("двенадцатью", 12, T), W("двести", 200, H), W("двое", 2, C),
  W("двоим", 2, C), W("двоими", 2, C), W("двоих", 2, C), W("двом", 2, U), W("двома", 2, U),
  W("двомастами", 200, H), W("двомстам", 200, H), W("двох", 2, U), W("двохсот", 200, H),
  W("двохстах", 200, H), W("двоє", 2, C), W("двум", 2, U), W("двумстам", 200, H), W("двумя", 2, U),
  W("двумястами", 200, H), W("двух", 2, U), W("двухсот", 200, H), W("двухстах", 200, H),
  W("дві", 2, U), W("двісті", 200, H), W("дев'яноста", 90, D), W("дев'яносто", 90, D),
  W("дев'ятеро", 9, C), W("дев'яти", 9, U), W("дев'ятисот", 900, H), W("дев'ятистам", 900, H),
  W("дев'ятистах", 900, H), W("дев'ятнадцяти", 19, T), W("дев'ятнадцять", 19, T),
  W("дев'ятнадцятьма", 19, T), W("дев'ятнадцятьом", 19, T), W("дев'ятнадцятьох", 19, T),
  W("дев'ятсот", 900, H), W("дев'ять", 9, U), W("дев'ятьма", 9, U), W("дев'ятьмастами", 900, H),
  W("дев'ятьом", 9, U), W("дев'ятьох", 9, U), W("девяноста", 90, D), W("девяносто", 90, D),
  W("девятеро", 9, C), W("девятерым", 9, C), W("девятерыми", 9, C), W("девятерых", 9, C),
  W("девяти", 9, U), W("девятисот", 900, H), W("девятистам", 900, H), W("девятистах", 900, H),
  W("девятнадцати", 19, T), W("девятнадцать", 19, T), W("девятнадцатью", 19, T), W("девять", 9, U),
  W("девятьсот", 900, H), W("девятью", 9, U), W("девятьюстами", 900, H), W("десятеро", 10, C),
  W("десятерым", 10, C), W("десятерыми", 10, C), W("десятерых", 10, C), W("десяти", 10, T),
  W("десять", 10, T), W("десятьма", 10, T), W("десятьом", 10, T), W("десятьох", 10, T),
  W("десятью", 10, T), W("оба", 2, C), W("обе", 2, C), W("обеим", 2, C), W("обеими", 2, C),
  W("обеих", 2, C), W("обидва", 2, C), W("обидві", 2, C), W("обоим", 2, C), W("обоими", 2, C),
  W("обоих", 2, C), W("обом", 2, C), W("обома", 2, C), W("обох", 2, C), W("обоє", 2, C),
  W("один", 1, U), W("одинадцяти", 11, T), W("одинадцять", 11, T), W("одинадцятьма", 11, T),
  W("одинадцятьом", 11, T), W("одинадцятьох", 11, T), W("одиннадцати", 11, T),
  W("одиннадцать", 11, T), W("одиннадцатью", 11, T), W("одна", 1, U), W("одне", 1, U),
  W("одним", 1, U), W("одно", 1, U), W("одного", 1, U), W("одной", 1, U), W("одном", 1, U),
  W("одному", 1, U), W("одною", 1, U), W("одної", 1, U), W("одну", 1, U), W("одній", 1, U),
  W("однієї", 1, U), W("п'ятдесят", 50, D), W("п'ятдесяти", 50, D), W("п'ятдесятьма", 50, D),
  W("п'ятдесятьом", 50, D), W("п'ятдесятьох", 50, D), W("п'ятеро", 5, C), W("п'яти", 5, U),
  W("п'ятисот", 500, H), W("п'ятистам", 500, H), W("п'ятистах", 500, H), W("п'ятнадцяти", 15, T),
  W("п'ятнадцять", 15, T), W("п'ятнадцятьма", 15, T), W("п'ятнадцятьом", 15, T),
  W("п'ятнадцятьох", 15, T), W("п'ятсот", 500, H), W("п'ять", 5, U), W("п'ятьма", 5, U),
  W("п'ятьмастами", 500, H), W("п'ятьом", 5, U), W("п'ятьох", 5, U), W("пятеро", 5, C),
  W("пятерым", 5, C), W("пятерыми", 5, C), W("пятерых", 5, C), W("пяти", 5, U),
  W("пятидесяти", 50, D), W("пятисот", 500, H), W("пятистам", 500, H), W("пятистах", 500, H),
  W("пятнадцати", 15, T), W("пятнадцать", 15, T), W("пятнадцатью", 15, T), W("пять", 5, U),
  W("пятьдесят", 50, D), W("пятьсот", 500, H), W("пятью", 5, U), W("пятьюдесятью", 50, D),
  W("пятьюстами", 500, H), W("семеро", 7, C), W("семерым", 7, C), W("семерыми", 7, C),
  W("семерых", 7, C), W("семи", 7, U), W("семидесяти", 70, D), W("семисот", 700, H),
  W("семистам", 700, H), W("семистах", 700, H), W("семнадцати", 17, T), W("семнадцать", 17, T),
  W("семнадцатью", 17, T), W("семь", 7, U), W("семьдесят", 70, D), W("семьсот", 700, H),
  W("семью", 7, U), W("семьюдесятью", 70, D), W("семьюстами", 700, H), W("сорок", 40, D),
  W("сорока", 40, D), W("ста", 100, H), W("сто", 100, H), W("сім", 7, U), W("сімдесят", 70, D),
  W("сімдесяти", 70, D), W("сімдесятьма", 70, D), W("сімдесятьом", 70, D), W("сімдесятьох", 70, D),
  W("сімнадцяти", 17, T), W("сімнадцять", 17, T), W("сімнадцятьма", 17, T),
  W("сімнадцятьом", 17, T), W("сімнадцятьох", 17, T), W("сімом", 7, U), W("сімома", 7, U),
  W("сімомастами", 700, H), W("сімох", 7, U), W("сімсот", 700, H), W("тисяч", 1000, K),
  W("тисяча", 1000, K), W("тисячам", 1000, K), W("тисячами", 1000, K), W("тисячах", 1000, K),
  W("тисячею", 1000, K), W("тисячу", 1000, K), W("тисячі", 1000, K), W("трем", 3, U),
  W("тремстам", 300, H), W("тремя", 3, U), W("тремястами", 300, H), W("трех", 3, U),
  W("трехсот", 300, H), W("трехстах", 300, H), W("три", 3, U), W("тридцати", 30, D),
  W("тридцать", 30, D), W("тридцатью", 30, D), W("тридцяти", 30, D), W("тридцять", 30, D),
  W("тридцятьма", 30, D), W("тридцятьом", 30, D), W("тридцятьох", 30, D), W("тринадцати", 13, T),
  W("тринадцать", 13, T), W("тринадцатью", 13, T), W("тринадцяти", 13, T), W("тринадцять", 13, T),
  W("тринадцятьма", 13, T), W("тринадцятьом", 13, T), W("тринадцятьох", 13, T),
  W("триста", 300, H), W("трое", 3, C), W("троим", 3, C), W("троими", 3, C), W("троих", 3, C),
  W("троє", 3, C), W("трьом", 3, U), W("трьома", 3, U), W("трьомастами", 300, H),
  W("трьомстам", 300, H), W("трьох", 3, U), W("трьохсот", 300, H), W("трьохстах", 300, H),
  W("тысяч", 1000, K), W("тысяча", 1000, K), W("тысячам", 1000, K), W("тысячами", 1000, K),
  W("тысячах", 1000, K), W("тысяче", 1000, K), W("тысячей", 1000, K), W("тысячею", 1000, K),
  W("тысячи", 1000, K), W("тысячу", 1000, K), W("четверо", 4, C), W("четверым", 4, C),
  W("четверыми", 4, C), W("четверых", 4, C), W("четыре", 4, U), W("четырем", 4, U),
  W("четыремстам", 400, H), W("четыреста", 400, H), W("четырех", 4, U), W("четырехсот", 400, H),
  W("четырехстах", 400, H), W("четырнадцати", 14, T), W("четырнадцать", 14, T),
  W("четырнадцатью", 14, T), W("четырьмя", 4, U), W("четырьмястами", 400, H), W("чотири", 4, U),
  W("чотириста", 400, H), W("чотирма", 4, U), W("чотирмастами", 400, H), W("чотирнадцяти", 14, T),
  W("чотирнадцять", 14, T), W("чотирнадцятьма", 14, T), W("чотирнадцятьом", 14, T),
  W("чотирнадцятьох", 14, T), W("чотирьом", 4, U), W("чотирьомстам", 400, H), W("чотирьох", 4, U),
  W("чотирьохсот", 400, H), W("чотирьохстах", 400, H), W("шестеро", 6, C), W("шестерым", 6, C),
  W("шестерыми", 6, C), W("шестерых", 6, C), W("шести", 6, U), W("шестидесяти", 60, D),
  W("шестисот", 600, H), W("шестистам", 600, H), W("шестистах", 600, H), W("шестнадцати", 16, T),
  W("шестнадцать", 16, T), W("шестнадцатью", 16, T), W("шесть", 6, U), W("шестьдесят", 60, D),
  W("шестьсот", 600, H), W("шестью", 6, U), W("шестьюдесятью", 60, D), W("шестьюстами", 600, H),
  W("шістдесят", 60, D), W("шістдесяти", 60, D), W("шістдесятьма", 60, D),
  W("шістдесятьом", 60, D), W("шістдесятьох", 60, D), W("шістнадцяти", 16, T),
  W("шістнадцять", 16, T), W("шістнадцятьма", 16, T), W("шістнадцятьом", 16, T),
  W("шістнадцятьох", 16, T), W("шістсот", 600, H), W("шість", 6, U), W("шістьма", 6, U),
  W("шістьмастами", 600, H), W("шістьом", 6, U), W("шістьох", 6, U),
};

/* Byte order, shorter first on a common prefix (as strcmp). */
static int cmp_key(const char *a, size_t na, const char *b, size_t nb) {
  int c = memcmp(a, b, na < nb ? na : nb);
  if (c) return c;
  return na < nb ? -1 : na > nb;
}

int mt_numword(const char *key, size_t len, long *value, int *kind) {
  if (len < 1 || len > 40) return 0;
  size_t lo = 0, hi = sizeof words / sizeof words[0];
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    int c = cmp_key(key, len, words[mid].key, words[mid].len);
    if (c == 0) {
      *value = words[mid].value;
      *kind = words[mid].kind;
      return 1;
    }
    if (c < 0) hi = mid;
    else lo = mid + 1;
  }
  return 0;
}

size_t mt_numword_count(void) { return sizeof words / sizeof words[0]; }

const char *mt_numword_at(size_t i) {
  return i < sizeof words / sizeof words[0] ? words[i].key : NULL;
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
