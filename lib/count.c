#include "count.h"

#include <string.h>

#include "miltag.h"

/* Words allowed between a number and its code: possessives and
 * adjectives of the casualties ("двое наших двухсотых", "трое тяжелых
 * трехсотых", "two more 200s"), and words for people ("5 человек
 * 300-х").  Keys: lower case, е for ё. */
static const char *const fillers[] = {
  "наших", "своих", "ваших", "новых", "еще", "уже", "тяжелых", "легких", "подтвержденных",
  "наши", "свои", "новые", "тяжелые", "легкие",
  "своїх", "нових", "ще", "вже", "важких", "легких", "підтверджених", "наші", "свої", "нові",
  "важкі", "легкі",
  "more", "new", "our", "confirmed", "additional", "further", "other", "reported",
  NULL};

/* Words for people that may follow the count of a list item ("200-х — 4
 * человека", "300: 3-5 чел."). */
static const char *const people[] = {
  "человек", "человека", "чел", "бойцов", "бойца", "бойцы", "боец", "военных",
  "военнослужащих", "военнослужащий", "военнослужащего", "солдат", "солдата", "солдаты",
  "рядовых", "офицеров", "офицера", "офицер", "штурмовиков", "мобилизованных",
  "осіб", "особи", "особа", "чоловік", "чоловіка", "бійців", "бійця", "бійці", "військових",
  "військовослужбовців", "військовослужбовця", "солдатів", "офіцерів", "офіцера",
  "people", "men", "man", "soldiers", "soldier", "troops", "personnel", "persons", "servicemen",
  "officers", "fighters", "marines", "pax",
  NULL};

/* Conjunctions after a list item's count ("200-х — 4 и 300-х — 11"). */
static const char *const conjunctions[] = {"и", "а", "і", "й", "та", "and", "plus", "плюс",
                                           NULL};

/* Words that make the number after them a label, not a count. */
static const char *const labels[] = {
  "номер", "номера", "номеру", "номером", "номере", "номерами", "номерах", "no", "nr", "number",
  "num", "стр", "рис", "табл", "ст", "гл", "п", "пп", "page", "p", "pp", "fig", "table",
  "chapter", "section", "art", "том", "тома", "часть", "части", "частина", "частини", "вариант",
  "палата", "палаты", "палата", "кабинет", "квартира", "дом", "дома", "будинок", "room", "ward",
  "bed", "code", "код", "кода", "коду", "кодом", "шифр",
  NULL};

/* Prepositions before a year ("в 2022 «двухсотых»"). */
static const char *const year_preps[] = {
  "в", "во", "с", "со", "до", "к", "по", "на", "за", "от", "у", "з", "із", "від", "після",
  "после", "in", "since", "by", "from", "until", "till", "of", "before", "after", "during",
  NULL};

/* Words before the count of a list item ("200-х — около 5", "KIA: at
 * least 4"): the number they qualify is read as stated. */
static const char *const qualifiers[] = {
  "около", "примерно", "приблизительно", "порядка", "почти", "более", "больше", "свыше",
  "менее", "меньше", "не", "до", "всего", "уже", "еще", "лишь", "только", "минимум", "максимум",
  "приблизно", "близько", "майже", "понад", "більше", "менше", "всього", "вже", "ще", "лише",
  "тільки", "щонайменше", "about", "around", "approximately", "approx", "nearly", "almost",
  "over", "more", "than", "less", "fewer", "at", "least", "most", "some", "up", "to", "only",
  "just", "roughly", "circa", "ca",
  NULL};

static int key_is(const mt_ctok *t, const char *s) {
  size_t n = strlen(s);
  return t->key_len == n && memcmp(t->key, s, n) == 0;
}

static int key_in(const mt_ctok *t, const char *const *list) {
  for (; *list; list++)
    if (key_is(t, *list)) return 1;
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

/* Rule 1: a number before the code. */
static int count_before(const mt_cwin *w, size_t first, mt_count *out, int *listed) {
  size_t p = first; /* the token the number must come right before */
  for (int skipped = 0; skipped <= 2 && p > 0; skipped++) {
    size_t e = p - 1;
    unsigned g = mt_gap_classes(w->text, w->tok[e].end, w->tok[p].start);
    /* only spaces and quotation marks between: "one “300”" */
    if ((w->tok[p].gap & MILTAG_GAP_BREAK) || (g & ~(unsigned)(MT_GC_SPACE | MT_GC_QUOTE)) ||
        !(g & MT_GC_SPACE)) {
      /* a bracket that closes a restated number: "5 (пять) двухсотых" */
      if ((g & ~(unsigned)(MT_GC_SPACE | MT_GC_QUOTE | MT_GC_CLOSE)) || !(g & MT_GC_CLOSE) ||
          (w->tok[p].gap & MILTAG_GAP_BREAK))
        return 0;
    }
    /* the longest number that ends at e: "две тысячи триста" */
    mt_number best, n;
    int found = 0;
    size_t lo = e > 12 ? e - 12 : 0;
    for (size_t b = e + 1; b-- > lo;)
      if (mt_number_read(w, e + 1, b, &n) && n.last == e) {
        best = n;
        found = 1;
      }
    if (found) {
      g = mt_gap_classes(w->text, best.end, w->tok[p].start);
      if ((g & ~(unsigned)(MT_GC_SPACE | MT_GC_QUOTE)) || !(g & MT_GC_SPACE) ||
          !stands_alone(w, &best, 0))
        return 0;
      if (year_shaped(w, &best) && best.first > 0 && space_gap(w, best.first) &&
          key_in(&w->tok[best.first - 1], year_preps))
        return 0;
      out->value = best.value;
      out->min = best.min;
      out->max = best.max;
      out->start = best.start;
      out->end = best.end;
      out->first = best.first;
      out->last = best.last;
      *listed = after_list_mark(w, &best);
      return 1;
    }
    /* a word between: "двое наших двухсотых", "two more 200s" */
    if ((g & ~(unsigned)(MT_GC_SPACE | MT_GC_QUOTE)) ||
        (!key_in(&w->tok[e], fillers) && !key_in(&w->tok[e], people)))
      return 0;
    p = e;
  }
  return 0;
}

/* Rule 2: a number after a list mark. */
static int count_after(const mt_cwin *w, size_t last, size_t code_end, mt_count *out) {
  size_t k = last + 1;
  if (k >= w->ntok || (w->tok[k].gap & MILTAG_GAP_BREAK)) return 0;
  size_t from = code_end > w->tok[last].end ? code_end : w->tok[last].end;
  if (from > w->tok[k].start || !list_mark(w, from, w->tok[k].start)) return 0;
  /* "— около 5", "at least 4" */
  size_t i = k;
  for (int q = 0; q < 2 && i + 1 < w->ntok && key_in(&w->tok[i], qualifiers) &&
                  space_gap(w, i + 1);
       q++)
    i++;
  mt_number n;
  if (!mt_number_read(w, w->ntok, i, &n) || !stands_alone(w, &n, i == k) || year_shaped(w, &n))
    return 0;
  size_t f = n.last + 1;
  if (f < w->ntok && !(w->tok[f].gap & MILTAG_GAP_BREAK)) {
    unsigned g = mt_gap_classes(w->text, n.end, w->tok[f].start);
    if (g == 0 || (g & MT_GC_SIGN)) return 0;
    if (g == MT_GC_SPACE) {
      /* a word follows: it must be a word for people, a conjunction, or
       * the next label of the list ("KIA: 4 WIA: 11") */
      int next_label = f + 1 < w->ntok && !(w->tok[f + 1].gap & MILTAG_GAP_BREAK) &&
                       all_caps(w, &w->tok[f]) &&
                       list_mark(w, w->tok[f].end, w->tok[f + 1].start);
      if (!key_in(&w->tok[f], people) && !key_in(&w->tok[f], conjunctions) && !next_label)
        return 0;
    }
  }
  out->value = n.value;
  out->min = n.min;
  out->max = n.max;
  out->start = n.start;
  out->end = n.end;
  out->first = n.first;
  out->last = n.last;
  return 1;
}

int mt_count_find(const mt_cwin *w, size_t first, size_t last, size_t code_end, mt_count *out) {
  if (!w || first > last || last >= w->ntok) return 0;
  mt_count before, after;
  int listed = 0;
  int b = count_before(w, first, &before, &listed);
  int a = count_after(w, last, code_end, &after);
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
