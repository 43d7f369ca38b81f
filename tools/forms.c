/* miltag-forms: prints the forms the lexicon compiler generates for terms,
 * word by word, so that the paradigms can be checked against a dictionary
 * (tools/inflect_check.py does, against Hunspell's affix rules).
 *
 *   miltag-forms < ROWS
 *
 * Each input line is a row: LANG TAB CATEGORY TAB INFLECT TAB TERM.  For
 * each distinct form of the term the output has a line NUMBER TAB WORDS,
 * NUMBER the input line (from 1) and WORDS the form's normalized keys
 * separated by single spaces (keys never hold a space); the base form comes
 * first.  A row the compiler would refuse gets NUMBER TAB "!" and the
 * reason.  Place and unit rows are expanded as the compiler expands them
 * (singular only, unless plural-only); other categories get both numbers.
 * Terms are taken literally: no patterns ({num}, [..], (a|b)). */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "inflect.h"
#include "normalize.h"
#include "tokenize.h"

#define MAXTOK 32

typedef struct seen {
  char **keys;
  size_t n, cap;
  unsigned long line;
} seen;

static int print_form(void *ctx, const mt_iword *w, size_t n) {
  seen *s = ctx;
  size_t len = 0;
  for (size_t i = 0; i < n; i++) len += w[i].len + 1 + (w[i].ending_len ? w[i].ending_len + 1 : 0);
  char *f = malloc(len + 1);
  if (!f) return MILTAG_E_NOMEM;
  size_t b = 0;
  for (size_t i = 0; i < n; i++) {
    if (i) f[b++] = ' ';
    memcpy(f + b, w[i].key, w[i].len);
    b += w[i].len;
    if (w[i].ending_len) {
      /* an ordinal's joined ending: shown after a hyphen */
      f[b++] = '-';
      memcpy(f + b, w[i].ending, w[i].ending_len);
      b += w[i].ending_len;
    }
  }
  f[b] = '\0';
  for (size_t i = 0; i < s->n; i++)
    if (strcmp(s->keys[i], f) == 0) {
      free(f);
      return 0;
    }
  if (s->n == s->cap) {
    size_t cap = s->cap ? s->cap * 2 : 64;
    char **k = realloc(s->keys, cap * sizeof *k);
    if (!k) {
      free(f);
      return MILTAG_E_NOMEM;
    }
    s->keys = k;
    s->cap = cap;
  }
  s->keys[s->n++] = f;
  printf("%lu\t%s\n", s->line, f);
  return 0;
}

static char *field(char **p) {
  char *f = *p, *t = f ? strchr(f, '\t') : NULL;
  if (t) {
    *t = '\0';
    *p = t + 1;
  } else {
    *p = NULL;
  }
  return f;
}

int main(void) {
  miltag_allocator a;
  mt_alloc_init(&a, NULL);
  mt_tokenizer tok;
  mt_norm norm;
  mt_norm_scratch ns;
  memset(&ns, 0, sizeof ns);
  if (mt_tok_open(&tok) || mt_norm_init(&norm)) {
    fprintf(stderr, "miltag-forms: cannot open ICU\n");
    return 1;
  }
  char *line = NULL;
  size_t cap = 0;
  ssize_t got;
  unsigned long lineno = 0;
  mt_buf keys[MAXTOK];
  memset(keys, 0, sizeof keys);
  int status = 0;
  while ((got = getline(&line, &cap, stdin)) >= 0) {
    lineno++;
    size_t len = (size_t)got;
    while (len && (line[len - 1] == '\n' || line[len - 1] == '\r')) line[--len] = '\0';
    char *p = line;
    char *lang = field(&p), *cat = field(&p), *spec = field(&p), *term = field(&p);
    if (!term) {
      printf("%lu\t! expected LANG, CATEGORY, INFLECT and TERM\n", lineno);
      continue;
    }
    mt_iword words[MAXTOK];
    size_t n = 0;
    mt_token t;
    int rc = mt_tok_reset(&tok, term, strlen(term));
    while (!rc && (rc = mt_tok_next(&tok, &t)) == 1) {
      if (n == MAXTOK) {
        rc = -1;
        break;
      }
      int nr = mt_normalize(&norm, &a, &ns, term + t.start, t.end - t.start, &keys[n]);
      if (nr) {
        rc = -1;
        break;
      }
      if (keys[n].len == 0) continue;
      /* terms are literal: no word is a slot */
      words[n] = (mt_iword){.key = keys[n].data,
                            .len = keys[n].len,
                            .ending = "",
                            .ending_len = 0,
                            .flags = ((t.flags & MT_TOK_CAP) ? MT_IW_CAP : 0) |
                                     ((t.flags & (MT_TOK_ALLCAPS | MT_TOK_MULTICAP)) ? MT_IW_ALLCAPS : 0),
                            .slot = MT_SLOT_NONE};
      n++;
      rc = 0;
    }
    if (rc < 0 || n == 0) {
      printf("%lu\t! cannot tokenize the term\n", lineno);
      continue;
    }
    unsigned opts = strcmp(cat, "place") == 0 || strcmp(cat, "unit") == 0 ? MT_INFL_SINGULAR : 0;
    seen s = {NULL, 0, 0, lineno};
    const char *why = NULL;
    unsigned dropped = 0;
    rc = mt_inflect_expand(&a, lang, spec, words, n, opts, print_form, &s, &why, &dropped);
    if (rc == MILTAG_E_SYNTAX) printf("%lu\t! %s\n", lineno, why ? why : "bad spec");
    else if (rc) {
      fprintf(stderr, "miltag-forms: line %lu: error %d\n", lineno, rc);
      status = 1;
    }
    if (dropped) printf("%lu\t! forms dropped\n", lineno);
    for (size_t i = 0; i < s.n; i++) free(s.keys[i]);
    free(s.keys);
  }
  for (size_t i = 0; i < MAXTOK; i++) mt_buf_free(&a, &keys[i]);
  free(line);
  mt_norm_scratch_free(&a, &ns);
  mt_tok_close(&tok);
  return status;
}
