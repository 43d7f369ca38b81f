#include "inflect.h"

#include <string.h>

#include "miltag.h"

static int word_spec_ok(const char *w, size_t n) {
  static const char *const ok[] = {"-", "auto", "m", "f", "n", "pl", "adj", "poss",
                                   "m+u", "m+fv", "m+u+fv", NULL};
  for (int i = 0; ok[i]; i++)
    if (strlen(ok[i]) == n && memcmp(ok[i], w, n) == 0) return 1;
  return 0;
}

int mt_inflect_check(const char *s, size_t n, size_t *bad, const char **why) {
  if (n == 0 || (n == 4 && memcmp(s, "none", 4) == 0) || (n == 4 && memcmp(s, "auto", 4) == 0))
    return 1;
  size_t i = 0;
  while (i < n) {
    while (i < n && s[i] == ' ') i++;
    size_t k = i;
    while (i < n && s[i] != ' ') i++;
    if (i > k && !word_spec_ok(s + k, i - k)) {
      *bad = k;
      *why = "unknown inflection (expected none, auto, or one of -, auto, m, f, n, pl, "
             "adj, poss, m+u, m+fv per word)";
      return 0;
    }
  }
  return 1;
}

int mt_inflect_expand(const miltag_allocator *a, const char *lang, const char *spec,
                      const mt_buf *keys, const unsigned *wflags, size_t n, mt_form_fn fn,
                      void *ctx, const char **why) {
  (void)a; (void)lang; (void)spec; (void)wflags; (void)why;
  return fn(ctx, keys, n);
}
