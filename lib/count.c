#include "count.h"

#include <string.h>

#include "match.h"
#include "miltag.h"

/* A word of a closed list: its key and length. */
typedef struct word {
  const char *s;
  size_t n;
} word;
#define L(k) {k, sizeof(k) - 1}

/* Words allowed between a number and its code: possessives and
 * adjectives of the casualties ("двое наших двухсотых", "трое тяжелых
 * трехсотых", "two more 200s"), and words for people ("5 человек
 * 300-х").  Keys: lower case, е for ё. */
static const word fillers[] = {
  L("наших"), L("своих"), L("ваших"), L("новых"), L("еще"), L("уже"), L("тяжелых"), L("легких"),
  L("подтвержденных"), L("наши"), L("свои"), L("новые"), L("тяжелые"), L("легкие"), L("своїх"),
  L("нових"), L("ще"), L("вже"), L("важких"), L("легких"), L("підтверджених"), L("наші"),
  L("свої"), L("нові"), L("важкі"), L("легкі"), L("more"), L("new"), L("our"), L("confirmed"),
  L("additional"), L("further"), L("other"), L("reported"), {NULL, 0}};

/* Two words between a number and its code: "40 с лишним двухсотых". */
static const char *const fillers2[][2] = {
  {"с", "лишним"}, {"з", "гаком"}, {"or", "so"}, {"и", "более"}, {"і", "більше"}, {"or", "more"},
};

/* Words for people that may follow the count of a list item ("200-х — 4
 * человека", "300: 3-5 чел."). */
static const word people[] = {
  L("человек"), L("человека"), L("чел"), L("бойцов"), L("бойца"), L("бойцы"), L("боец"),
  L("военных"), L("военнослужащих"), L("военнослужащий"), L("военнослужащего"), L("солдат"),
  L("солдата"), L("солдаты"), L("рядовых"), L("офицеров"), L("офицера"), L("офицер"),
  L("штурмовиков"), L("мобилизованных"), L("осіб"), L("особи"), L("особа"), L("чоловік"),
  L("чоловіка"), L("бійців"), L("бійця"), L("бійці"), L("військових"), L("військовослужбовців"),
  L("військовослужбовця"), L("солдатів"), L("офіцерів"), L("офіцера"), L("people"), L("men"),
  L("man"), L("soldiers"), L("soldier"), L("troops"), L("personnel"), L("persons"),
  L("servicemen"), L("officers"), L("fighters"), L("marines"), L("pax"), {NULL, 0}};

/* Other words that may follow a list item's count: conjunctions ("200-х
 * — 4 и 300-х — 11"), prepositions and days ("300-х — 5 за сутки", "KIA:
 * 4 after the shelling", "— 3 вчера"), totals.  A unit of measure, time or
 * money comes right after its number instead ("— 5 км", "— 2023 год"). */
static const word after_count[] = {
  L("и"), L("а"), L("і"), L("й"), L("та"), L("and"), L("plus"), L("плюс"), L("или"), L("або"),
  L("or"), L("за"), L("после"), L("в"), L("во"), L("на"), L("с"), L("со"), L("у"), L("под"),
  L("из"), L("при"), L("по"), L("среди"), L("після"), L("з"), L("із"), L("під"), L("серед"),
  L("after"), L("in"), L("on"), L("at"), L("during"), L("since"), L("over"), L("for"), L("from"),
  L("near"), L("among"), L("per"), L("вчера"), L("сегодня"), L("вчора"), L("сьогодні"),
  L("yesterday"), L("today"), L("всего"), L("всього"), L("total"), {NULL, 0}};

/* Words between a code and the number after it (rule 3): "двухсотых у
 * нас пятеро", "трехсотых было 12", "двохсотих у нас вже троє". */
static const word between_after[] = {
  L("нас"), L("них"), L("вас"), L("было"), L("будет"), L("всего"), L("уже"), L("стало"), L("еще"),
  L("только"), L("лишь"), L("було"), L("буде"), L("всього"), L("вже"), L("стало"), L("ще"),
  L("тільки"), L("лише"), {NULL, 0}};
static const word pronouns[] = {
  L("нас"), L("них"), L("вас"), {NULL, 0}};

/* Words that make the number after them a label, not a count. */
static const word labels[] = {
  L("номер"), L("номера"), L("номеру"), L("номером"), L("номере"), L("номерами"), L("номерах"),
  L("no"), L("nr"), L("number"), L("num"), L("стр"), L("рис"), L("табл"), L("ст"), L("гл"), L("п"),
  L("пп"), L("page"), L("p"), L("pp"), L("fig"), L("table"), L("chapter"), L("section"), L("art"),
  L("том"), L("тома"), L("часть"), L("части"), L("частина"), L("частини"), L("вариант"),
  L("палата"), L("палаты"), L("кабинет"), L("квартира"), L("дом"), L("дома"),
  L("будинок"), L("room"), L("ward"), L("bed"), L("code"), L("код"), L("кода"), L("коду"),
  L("кодом"), L("шифр"), {NULL, 0}};

/* Prepositions before a year ("в 2022 «двухсотых»"). */
static const word year_preps[] = {
  L("в"), L("во"), L("с"), L("со"), L("до"), L("к"), L("по"), L("на"), L("за"), L("от"), L("у"),
  L("з"), L("із"), L("від"), L("після"), L("после"), L("in"), L("since"), L("by"), L("from"),
  L("until"), L("till"), L("of"), L("before"), L("after"), L("during"), {NULL, 0}};

/* Words before the count of a list item ("200-х — около 5", "KIA: at
 * least 4"): the number they qualify is read as stated. */
static const word qualifiers[] = {
  L("около"), L("примерно"), L("приблизительно"), L("порядка"), L("почти"), L("более"),
  L("больше"), L("свыше"), L("менее"), L("меньше"), L("не"), L("до"), L("всего"), L("уже"),
  L("еще"), L("лишь"), L("только"), L("минимум"), L("максимум"), L("приблизно"), L("близько"),
  L("майже"), L("понад"), L("більше"), L("менше"), L("всього"), L("вже"), L("ще"), L("лише"),
  L("тільки"), L("щонайменше"), L("about"), L("around"), L("approximately"), L("approx"),
  L("nearly"), L("almost"), L("over"), L("more"), L("than"), L("less"), L("fewer"), L("at"),
  L("least"), L("most"), L("some"), L("up"), L("to"), L("only"), L("just"), L("roughly"),
  L("circa"), L("ca"), {NULL, 0}};

static int key_is(const mt_ctok *t, const char *s) {
  size_t n = strlen(s);
  return t->key_len == n && memcmp(t->key, s, n) == 0;
}

static int key_in(const mt_ctok *t, const word *list) {
  for (; list->s; list++)
    if (t->key_len == list->n && memcmp(t->key, list->s, list->n) == 0) return 1;
  return 0;
}

static unsigned gap_classes(const mt_cwin *w, size_t i) {
  return mt_gap_classes(w->text, w->tok[i].gap_from, w->tok[i].start);
}

static int space_gap(const mt_cwin *w, size_t i) {
  return gap_classes(w, i) == MT_GC_SPACE && !(w->tok[i].gap & MILTAG_GAP_BREAK);
}

static int is_digit(char c) { return c >= '0' && c <= '9'; }

/* The class of the character that starts at byte at / ends at byte at. */
static unsigned class_at(const mt_cwin *w, size_t at) {
  if (at >= w->text_len) return 0;
  size_t k = 1;
  while (k < 4 && at + k < w->text_len && ((unsigned char)w->text[at + k] & 0xC0) == 0x80) k++;
  return mt_gap_classes(w->text, at, at + k);
}

static unsigned class_before(const mt_cwin *w, size_t at) {
  size_t k = 1;
  while (k < 4 && k < at && ((unsigned char)w->text[at - k] & 0xC0) == 0x80) k++;
  return at >= k ? mt_gap_classes(w->text, at - k, at) : 0;
}

/* Two or more letters, all capitals (KIA, ВСУ): ASCII and basic Cyrillic. */
static int all_caps(const mt_cwin *w, const mt_ctok *t) {
  const unsigned char *p = (const unsigned char *)w->text;
  size_t letters = 0;
  for (size_t i = t->start; i < t->end;) {
    if (p[i] >= 'A' && p[i] <= 'Z') {
      letters++;
      i++;
    } else if (p[i] >= 'a' && p[i] <= 'z') {
      return 0;
    } else if ((p[i] == 0xD0 || p[i] == 0xD1 || p[i] == 0xD2) && i + 1 < t->end) {
      unsigned c = ((p[i] & 0x1Fu) << 6) | (p[i + 1] & 0x3Fu);
      int upper = (c >= 0x400 && c <= 0x42F) || c == 0x490;
      int lower = (c >= 0x430 && c <= 0x45F) || c == 0x491;
      if (lower) return 0;
      letters += upper;
      i += 2;
    } else {
      i++;
    }
  }
  return letters >= 2;
}

/* The count that number n reads. */
static void count_of(const mt_number *n, mt_count *out) {
  out->value = n->value;
  out->min = n->min;
  out->max = n->max;
  out->start = n->start;
  out->end = n->end;
  out->first = n->first;
  out->last = n->last;
}

/* A number written in digits that looks like a year: 1900-2099, four
 * digits without a group separator. */
static int year_shaped(const mt_cwin *w, const mt_number *n) {
  const mt_ctok *t = &w->tok[n->first];
  return n->min == n->max && n->first == n->last && t->end - t->start == 4 &&
         is_digit(w->text[t->start]) && n->value >= 1900 && n->value <= 2099;
}

/* A list mark between a label and its number: one colon, one equals
 * sign, or a dash that is not a hyphen inside a word (spaces around it,
 * or an en or em dash); quotation marks and spaces around. */
static int list_mark(const mt_cwin *w, size_t from, size_t to) {
  unsigned g = mt_gap_classes(w->text, from, to);
  unsigned marks = g & (MT_GC_DASH | MT_GC_COLON | MT_GC_EQUALS);
  if (!marks || (g & ~(unsigned)(MT_GC_SPACE | MT_GC_QUOTE | MT_GC_DASH | MT_GC_COLON |
                                 MT_GC_EQUALS)))
    return 0;
  if (marks != MT_GC_DASH && marks != MT_GC_COLON && marks != MT_GC_EQUALS) return 0;
  if (marks == MT_GC_DASH && !(g & MT_GC_SPACE)) {
    /* "200-х—4" takes a long dash; "KIA-4" and "200х-4" are designations */
    for (size_t p = from; p < to; p++)
      if (w->text[p] == '-') return 0;
  }
  return 1;
}

/* Checks shared by both sides: the number is not a label, an amount, a
 * time, a date, a designation or a code in quotes.  listed: a list mark
 * (checked by the caller) is the separator before it. */
static int stands_alone(const mt_cwin *w, const mt_number *n, int listed) {
  size_t b = n->first;
  const mt_ctok *t = &w->tok[b];
  unsigned before = gap_classes(w, b);
  if (before & MT_GC_SIGN) return 0;                       /* $300, №5, #5 */
  if (class_at(w, n->end) == MT_GC_SIGN) return 0;         /* 30%, 300$ */
  if (!listed && b > 0 && is_digit(w->text[t->start]) && !(before & MT_GC_SPACE) &&
      !(t->gap & MILTAG_GAP_BREAK) && !(before & (MT_GC_OPEN | MT_GC_QUOTE | MT_GC_PLUS)))
    return 0;                                              /* 5:30, 12.05, 1/2, ФАБ-500 */
  if (b > 0 && space_gap(w, b) && key_in(&w->tok[b - 1], labels)) return 0; /* номер 5 */
  if (class_before(w, t->start) == MT_GC_QUOTE && class_at(w, n->end) == MT_GC_QUOTE)
    return 0;                                              /* «200» */
  return 1;
}

/* The last two tokens of a list item's label: a code followed by a list
 * mark ("...: 4 WIA: 11"), seen from the number's side. */
static int after_list_mark(const mt_cwin *w, const mt_number *n) {
  size_t b = n->first;
  return b > 0 && !(w->tok[b].gap & MILTAG_GAP_BREAK) &&
         list_mark(w, w->tok[b].gap_from, w->tok[b].start);
}

/* Words inside a number: ranges ("3 или 4") and English "and". */
static const word joiners[] = {
  L("или"), L("либо"), L("або"), L("чи"), L("or"), L("to"), L("and"), {NULL, 0}};

/* Can a number end at token i: digits, a number word, a case ending
 * after digits ("2-х")? */
static int numberish(const mt_cwin *w, size_t i) {
  long v;
  int kind;
  return is_digit(w->text[w->tok[i].start]) ||
         (i > 0 && is_digit(w->text[w->tok[i - 1].start])) ||
         mt_numword(w->tok[i].key, w->tok[i].key_len, &v, &kind);
}

/* Rule 1: a number before the code. */
static int count_before(const mt_cwin *w, size_t first, mt_count *out, int *listed) {
  size_t p = first; /* the token the number must come right before */
  for (int skipped = 0; skipped <= 2 && p > 0; skipped++) {
    size_t e = p - 1;
    unsigned g = mt_gap_classes(w->text, w->tok[e].end, w->tok[p].start);
    int dashed = 0;
    /* only spaces and quotation marks between: "one “300”" */
    if ((w->tok[p].gap & MILTAG_GAP_BREAK) || (g & ~(unsigned)(MT_GC_SPACE | MT_GC_QUOTE)) ||
        !(g & MT_GC_SPACE)) {
      if (w->tok[p].gap & MILTAG_GAP_BREAK) return 0;
      /* a list item that names the number first: "Двое — «двухсотые»" */
      dashed = p == first && list_mark(w, w->tok[e].end, w->tok[p].start) &&
               (g & MT_GC_DASH) && (g & MT_GC_SPACE);
      /* a bracket that closes a restated number: "5 (пять) двухсотых" */
      if (!dashed && ((g & ~(unsigned)(MT_GC_SPACE | MT_GC_QUOTE | MT_GC_CLOSE)) || !(g & MT_GC_CLOSE)))
        return 0;
    }
    /* the longest number that ends at e: "две тысячи триста" (only when
     * a number can end there at all: most words are none) */
    mt_number best, n;
    int found = 0;
    if (numberish(w, e)) {
      /* a number is a run of digits, number words and the words that join
       * them (range words, "and") */
      size_t lo = e;
      while (lo > 0 && e - lo < 12 && (numberish(w, lo - 1) || key_in(&w->tok[lo - 1], joiners)))
        lo--;
      for (size_t b = e + 1; b-- > lo;)
        if (mt_number_read(w, e + 1, b, &n) && n.last == e) {
          best = n;
          found = 1;
        }
    }
    if (found) {
      g = mt_gap_classes(w->text, best.end, w->tok[p].start);
      unsigned allowed = MT_GC_SPACE | MT_GC_QUOTE | (dashed ? MT_GC_DASH : 0);
      if ((g & ~allowed) || !(g & MT_GC_SPACE) || !stands_alone(w, &best, 0) ||
          (dashed && year_shaped(w, &best)))
        return 0;
      /* ... and it starts the item: after the start, a comma, a colon */
      if (dashed && best.first > 0 && !(w->tok[best.first].gap & MILTAG_GAP_BREAK) &&
          !(gap_classes(w, best.first) & (MT_GC_COMMA | MT_GC_SEMI | MT_GC_COLON)))
        return 0;
      if (year_shaped(w, &best) && best.first > 0 && space_gap(w, best.first) &&
          key_in(&w->tok[best.first - 1], year_preps))
        return 0;
      count_of(&best, out);
      *listed = after_list_mark(w, &best);
      return 1;
    }
    /* a word between: "двое наших двухсотых", "two more 200s" */
    if (dashed || (g & ~(unsigned)(MT_GC_SPACE | MT_GC_QUOTE))) return 0;
    if (!key_in(&w->tok[e], fillers) && !key_in(&w->tok[e], people)) {
      size_t k;
      for (k = 0; k < sizeof fillers2 / sizeof fillers2[0]; k++)
        if (e > 0 && key_is(&w->tok[e], fillers2[k][1]) && key_is(&w->tok[e - 1], fillers2[k][0]) &&
            space_gap(w, e))
          break;
      if (k == sizeof fillers2 / sizeof fillers2[0]) return 0;
      e--; /* both words */
    }
    p = e;
  }
  return 0;
}

/* Rules 2 and 3: a number after the code. */
static int count_after(const mt_cwin *w, size_t first, size_t last, size_t code_end,
                       mt_count *out) {
  size_t k = last + 1;
  if (k >= w->ntok || (w->tok[k].gap & MILTAG_GAP_BREAK)) return 0;
  size_t from = code_end > w->tok[last].end ? code_end : w->tok[last].end;
  if (from > w->tok[k].start) return 0;
  /* rule 2 after a list mark ("200-х — 4"); rule 3 after a space alone
   * ("двухсотых пятеро, трёхсотых двенадцать"), which wants the number to
   * end the phrase */
  /* "(груз 200) — 5": a code in brackets takes its closing one along */
  if (gap_classes(w, first) & MT_GC_OPEN) {
    size_t q = from;
    while (q < w->tok[k].start && (class_at(w, q) & (MT_GC_SPACE | MT_GC_QUOTE))) {
      q++;
      while (q < w->tok[k].start && ((unsigned char)w->text[q] & 0xC0) == 0x80) q++;
    }
    if (q < w->tok[k].start && w->text[q] == ')') from = q + 1;
  }
  int listed = list_mark(w, from, w->tok[k].start);
  unsigned g0 = mt_gap_classes(w->text, from, w->tok[k].start);
  if (!listed && (!(g0 & MT_GC_SPACE) || (g0 & ~(unsigned)(MT_GC_SPACE | MT_GC_QUOTE))))
    return 0;
  /* "— около 5", "at least 4" */
  size_t i = k;
  for (int q = 0; listed && q < 2 && i + 1 < w->ntok && key_in(&w->tok[i], qualifiers) &&
                  space_gap(w, i + 1);
       q++)
    i++;
  /* "двухсотых у нас пятеро", "двухсотых было 12" */
  for (int q = 0; !listed && q < 3 && i + 1 < w->ntok && space_gap(w, i + 1); q++) {
    if (key_in(&w->tok[i], between_after) ||
        ((key_is(&w->tok[i], "у") || key_is(&w->tok[i], "в")) && key_in(&w->tok[i + 1], pronouns)))
      i++;
    else
      break;
  }
  mt_number n;
  if (!mt_number_read(w, w->ntok, i, &n) || !stands_alone(w, &n, listed && i == k) ||
      year_shaped(w, &n))
    return 0;
  size_t f = n.last + 1;
  if (f < w->ntok && !(w->tok[f].gap & MILTAG_GAP_BREAK)) {
    unsigned g = mt_gap_classes(w->text, n.end, w->tok[f].start);
    /* a sign, a time, a fraction, a letter joined to it: not a count */
    if (g == 0 || (g & (MT_GC_SIGN | MT_GC_COLON | MT_GC_SLASH | MT_GC_EQUALS | MT_GC_OTHER)))
      return 0;
    if (g == MT_GC_SPACE) {
      /* a word follows: a word for people; after a list mark also one of
       * after_count, or the next label of the list ("KIA: 4 WIA: 11") */
      int next_label = listed && f + 1 < w->ntok && !(w->tok[f + 1].gap & MILTAG_GAP_BREAK) &&
                       all_caps(w, &w->tok[f]) &&
                       list_mark(w, w->tok[f].end, w->tok[f + 1].start);
      if (!key_in(&w->tok[f], people) && !(listed && key_in(&w->tok[f], after_count)) &&
          !next_label)
        return 0;
    }
  }
  count_of(&n, out);
  return 1;
}

int mt_count_find(const mt_cwin *w, size_t first, size_t last, size_t code_end, mt_count *out) {
  if (!w || first > last || last >= w->ntok) return 0;
  mt_count before, after;
  int listed = 0;
  int b = count_before(w, first, &before, &listed);
  int a = count_after(w, first, last, code_end, &after);
  if (b && !(a && listed)) {
    *out = before;
    return 1;
  }
  if (a) {
    *out = after;
    return 1;
  }
  return 0;
}

/* ---------------------------------------------------------------- the hook */

/* Tokens read on each side of a code: two words between, a number of up
 * to a dozen words, a range, a restatement, a list mark's qualifiers and
 * the word after are all inside. */
#define COUNT_REACH 16
/* Bytes of a key kept: a number word or a word of the lists is shorter;
 * a longer token gets an empty key. */
#define COUNT_KEY 48

int mt_count_tag(miltag_scanner *s, uint32_t first, uint32_t last, miltag_tag *tag) {
  tag->count = tag->count_min = tag->count_max = MILTAG_NO_COUNT;
  tag->count_start = tag->count_end = 0;
  if (tag->category != MILTAG_CASUALTY) return 0;
  size_t lo = first > COUNT_REACH ? first - COUNT_REACH : 0;
  size_t hi = last + 1 + COUNT_REACH < s->ntoks ? last + 1 + COUNT_REACH : s->ntoks;
  mt_ctok t[2 * COUNT_REACH + 32];
  char keys[sizeof t / sizeof t[0]][COUNT_KEY];
  size_t n = 0;
  /* a code longer than the array (a long pattern) keeps its ends */
  if (hi - lo > sizeof t / sizeof t[0]) return 0;
  for (size_t i = lo; i < hi; i++, n++) {
    const mt_stok *st = &s->toks[i];
    const char *tok = s->text + st->start;
    size_t len = st->end - st->start;
    int rc = mt_normalize_token(&s->lex->norm, &s->a, &s->ns, tok, len, s->text_len - st->start,
                                (mt_charset)st->charset, &s->count_key);
    if (rc < 0) return rc; /* MT_NO_KEY: an over-long token, the empty key */
    size_t kl = rc == 0 && s->count_key.len < COUNT_KEY ? s->count_key.len : 0;
    if (kl) memcpy(keys[n], s->count_key.data, kl);
    t[n].key = keys[n];
    t[n].key_len = kl;
    t[n].start = st->start;
    t[n].end = st->end;
    t[n].gap = st->gap;
    t[n].gap_from = i ? s->toks[i - 1].end : st->start;
  }
  mt_cwin w = {s->text, s->text_len, t, n};
  mt_count c;
  if (mt_count_find(&w, first - lo, last - lo, tag->end, &c)) {
    tag->count = c.value;
    tag->count_min = c.min;
    tag->count_max = c.max;
    tag->count_start = c.start;
    tag->count_end = c.end;
  }
  return 0;
}
