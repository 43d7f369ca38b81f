/* miltag-wbcheck: proves that miltag's fast tokenizer path gives exactly the
 * tokens of ICU's word break iterator on real text.
 *
 *   miltag-wbcheck FILE...
 *
 * Every line of every FILE is tokenized three ways: by the fast path (its
 * window), by the fast path byte by byte (MT_WIN_OFF), and with ICU alone;
 * any difference in a token's offsets, separator or flags (and, between
 * the two fast ways, its charset) is a deviation.  Prints counts, the
 * first deviations and a digest of the whole token stream (every field of
 * every token and its normalized key), which stays the same from one
 * version of the tokenizer to the next as long as the tokens do; exit
 * status 1 if there is any deviation.  Run by the test suite on the
 * benchmark corpora when they are present (docs/performance.md). */
#define _POSIX_C_SOURCE 200809L
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "normalize.h"
#include "tokenize.h"

static uint64_t fnv(uint64_t h, const void *p, size_t n) {
  const unsigned char *u = p;
  for (size_t i = 0; i < n; i++) {
    h ^= u[i];
    h *= 0x100000001b3ull;
  }
  return h;
}

static int same(const mt_token *a, const mt_token *b) {
  return a->start == b->start && a->end == b->end && a->gap == b->gap && a->gapsig == b->gapsig &&
         a->flags == b->flags && a->lead_quote == b->lead_quote;
}

int main(int argc, char **argv) {
  if (argc < 2) {
    fprintf(stderr, "usage: miltag-wbcheck FILE...\n");
    return 2;
  }
  mt_tokenizer fast, bybyte, icu;
  mt_norm norm;
  if (mt_tok_open(&fast) || mt_tok_open(&bybyte) || mt_tok_open(&icu) || mt_norm_init(&norm)) {
    fprintf(stderr, "miltag-wbcheck: cannot open ICU\n");
    return 1;
  }
  mt_tok_icu_only(&icu, 1);
  mt_tok_win_mode(&bybyte, MT_WIN_OFF);
  miltag_allocator a;
  mt_alloc_init(&a, NULL);
  mt_norm_scratch sc;
  memset(&sc, 0, sizeof sc);
  mt_buf key = {0};
  uint64_t digest = 0xcbf29ce484222325ull;
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
      mt_tok_reset(&bybyte, line, len);
      mt_tok_reset(&icu, line, len);
      for (;;) {
        mt_token x, y, z;
        int rx = mt_tok_next(&fast, &x), ry = mt_tok_next(&bybyte, &y), rz = mt_tok_next(&icu, &z);
        if (rx != rz || (rx == 1 && !same(&x, &z)) || rx != ry ||
            (rx == 1 && (!same(&x, &y) || x.charset != y.charset))) {
          if (deviations++ < 10)
            printf("%s:%lu: fast [%zu,%zu) byte by byte [%zu,%zu) ICU [%zu,%zu)\n", argv[f],
                   lineno, rx == 1 ? x.start : 0, rx == 1 ? x.end : 0, ry == 1 ? y.start : 0,
                   ry == 1 ? y.end : 0, rz == 1 ? z.start : 0, rz == 1 ? z.end : 0);
          break;
        }
        if (rx != 1) {
          unsigned q = mt_tok_tail_quote(&fast);
          digest = fnv(digest, &q, sizeof q);
          break;
        }
        tokens++;
        uint64_t fields[7] = {x.start, x.end, x.gap, x.gapsig, x.flags, x.lead_quote,
                              (uint64_t)x.charset};
        int rc = mt_normalize_token(&norm, &a, &sc, line + x.start, x.end - x.start,
                                    len - x.start, x.charset, &key);
        if (rc < 0) {
          fprintf(stderr, "miltag-wbcheck: cannot normalize\n");
          return 1;
        }
        digest = fnv(digest, fields, sizeof fields);
        digest = fnv(digest, &rc, sizeof rc);
        digest = fnv(digest, key.data ? key.data : "", key.len);
      }
    }
    free(line);
    fclose(in);
  }
  mt_tok_close(&fast);
  mt_tok_close(&bybyte);
  mt_tok_close(&icu);
  mt_buf_free(&a, &key);
  mt_norm_scratch_free(&a, &sc);
  printf("%lu lines, %llu bytes, %lu tokens: %lu deviations; digest %016llx\n", lines, bytes,
         tokens, deviations, (unsigned long long)digest);
  return deviations ? 1 : 0;
}
