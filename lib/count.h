/* Counts of casualty codes: the number a text states for a code ("три
 * 200-х", "пятеро двухсотых", "200-х — 4", "4 KIA").  The rule works on
 * the tokens of the sentence around the code (lib/numread.h), knows
 * nothing of the scanner, and is called only when a casualty tag is made.
 * docs/counts.md gives the rules with examples. */
#ifndef MT_COUNT_H
#define MT_COUNT_H

#include <stddef.h>
#include <stdint.h>

#include "miltag.h"
#include "numread.h"

typedef struct mt_count {
  long value;          /* the count; for a range its lower bound */
  long min, max;       /* equal to value unless a range */
  size_t start, end;   /* bytes of the number in the text */
  size_t first, last;  /* its tokens */
} mt_count;

/* The count for the code that spans tokens first..last of w (code_end:
 * the byte end of its tag, which may take a closing quote along).
 *
 * 1. A number right before the code, with at most two words between them
 *    from a closed list (наших, тяжелых, more, our, человек ...) and only
 *    spaces and quotation marks around: "три 200-х", "2 груза 200",
 *    "двое наших двухсотых", "one “300”", "3–4 двухсотых", "5 (пять)
 *    трёхсотых", "4 KIA".  Abbreviations such as KIA take the number
 *    before them like every other code.
 * 2. Otherwise a number after a dash, colon or equals sign, as lists write
 *    it: "200-х — 4", "300: 7", "KIA: 4", "KIA = 4", followed by the end of
 *    the sentence, punctuation, a word for people ("человек", "бійців",
 *    "soldiers"), a conjunction or preposition ("и", "за", "after"), or
 *    the next label of the list ("KIA: 4 WIA: 11"); when the number before
 *    the code is itself the value of a list item ("...: 4 WIA: 11") the
 *    number after wins.
 * 3. Otherwise a number right after the code, with only spaces between,
 *    or a few words ("у нас", "было", "ще"), that ends the phrase
 *    (punctuation, the end of the sentence or a word for people follows):
 *    "двухсотых пятеро, трёхсотых двенадцать", "двухсотых у нас двое".
 * A list item may also name the number first, after its start, a comma or
 * a colon: "Двое — «двухсотые», трое — «трёхсотые».
 * Never a number that belongs to something else: joined to a letter or a
 * measure (5км, 30%, $300, №5, 155th, ФАБ-500, 5:30, 12.05), followed by
 * a word that is not a word for people (300 км, 5 утра, 2023 год), a year
 * after a preposition ("в 2022"), a number quoted alone («200» is a code).
 *
 * Returns 1 and fills *out, or 0 when the text states no count. */
int mt_count_find(const mt_cwin *w, size_t first, size_t last, size_t code_end, mt_count *out);

/* The matcher's side: set the count fields of a tag about to be reported
 * that spans window tokens first..last of scanner s (none for every tag
 * but a casualty code's).  Normalizes the few tokens around the code with
 * the scanner's normalizers.  Returns 0, MILTAG_E_NOMEM or MILTAG_E_ICU. */
struct miltag_scanner;
int mt_count_tag(struct miltag_scanner *s, uint32_t first, uint32_t last, miltag_tag *tag);

#endif
