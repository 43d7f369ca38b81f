/* miltag-wbcheck: proves that miltag's fast tokenizer path gives exactly the
 * tokens of ICU's word break iterator on real text.
 *
 *   miltag-wbcheck FILE...
 *
 * Every line of every FILE is tokenized twice, with the fast path and with
 * ICU alone; any difference in a token's offsets, separator or flags is a
 * deviation.  Prints counts and the first deviations; exit status 1 if
 * there is any.  Run by the test suite on the benchmark corpora when they
 * are present (docs/performance.md). */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tokenize.h"

int main(int argc, char **argv) {
  if (argc < 2) {
    fprintf(stderr, "usage: miltag-wbcheck FILE...\n");
    return 2;
  }
  mt_tokenizer fast, icu;
  if (mt_tok_open(&fast) || mt_tok_open(&icu)) {
    fprintf(stderr, "miltag-wbcheck: cannot open ICU\n");
    return 1;
  }
  mt_tok_icu_only(&icu, 1);
  unsigned long lines = 0, tokens = 0, deviations = 0;
  unsigned long long bytes = 0;
  for (int f = 1; f < argc; f++) {
    FILE *in = fopen(argv[f], "rb");
    if (!in) {
      perror(argv[f]);
      return 1;
    }
    char *line = NULL;
    size_t cap = 0;
    ssize_t n;
    unsigned long lineno = 0;
    while ((n = getline(&line, &cap, in)) >= 0) {
      lineno++;
      size_t len = (size_t)n;
      if (len && line[len - 1] == '\n') len--;
      lines++;
      bytes += len;
      mt_tok_reset(&fast, line, len);
      mt_tok_reset(&icu, line, len);
      for (;;) {
        mt_token a, b;
        int ra = mt_tok_next(&fast, &a), rb = mt_tok_next(&icu, &b);
        if (ra != rb || (ra == 1 && (a.start != b.start || a.end != b.end || a.gap != b.gap ||
                                     a.gapsig != b.gapsig || a.flags != b.flags ||
                                     a.lead_quote != b.lead_quote))) {
          if (deviations++ < 10)
            printf("%s:%lu: fast [%zu,%zu) ICU [%zu,%zu)\n", argv[f], lineno, ra == 1 ? a.start : 0,
                   ra == 1 ? a.end : 0, rb == 1 ? b.start : 0, rb == 1 ? b.end : 0);
          break;
        }
        if (ra != 1) break;
        tokens++;
      }
    }
    free(line);
    fclose(in);
  }
  mt_tok_close(&fast);
  mt_tok_close(&icu);
  printf("%lu lines, %llu bytes, %lu tokens: %lu deviations\n", lines, bytes, tokens, deviations);
  return deviations ? 1 : 0;
}
