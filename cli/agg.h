/* Counts over a whole run (cli/agg.c): tags and documents per lexicon
 * entry, the surface forms seen (for the map), and the writers of what is
 * made of them: --count, --stats and the GeoJSON map. */
#ifndef MILTAG_CLI_AGG_H
#define MILTAG_CLI_AGG_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "miltag.h"
#include "wbuf.h"

typedef struct form {
  uint64_t hash;
  uint32_t entry;
  uint32_t len;
  size_t off;                 /* the form's bytes in the pool */
  unsigned long long count;
} form;

typedef struct agg {
  uint32_t n;                 /* entries of the lexicon */
  unsigned long long *tags;   /* per entry */
  unsigned long long *docs;   /* documents naming the entry */
  unsigned long long *last;   /* the last document counted for it */
  unsigned long long ndocs, ntags;
  unsigned long long *counted; /* per entry: tags with a count (casualty) */
  unsigned long long *sum;     /* ... the sum of their counts (a range's */
  unsigned long long *sum_max; /* lower bound) and of their upper bounds */
  int keep_forms;
  form *forms;                /* open addressing; count == 0: free */
  size_t nforms, fcap;
  wbuf pool;
  int oom;
} agg;

/* 0, or -1 when memory is short. */
int agg_init(agg *a, uint32_t entries, int keep_forms);
void agg_free(agg *a);
/* Count one tag of entry with surface text[0, len) in document seq. */
void agg_tag(agg *a, uint32_t entry, const char *text, size_t len, unsigned long long seq);
/* Add the count a casualty tag of entry states (min..max) to its sums. */
void agg_count(agg *a, uint32_t entry, long min, long max);
/* Add from's counts to into (documents are never shared by two aggs).
 * 0 or -1 (out of memory). */
int agg_merge(agg *into, const agg *from);

/* --count: tags per id, most first, as tsv, csv, jsonl or json (format is
 * an FMT_* of output.h); casualty ids also with the tags that state a
 * count and the sums of those counts. */
void agg_write_count(wbuf *w, const agg *a, const miltag_lexicon *lex, int format);
/* --stats: per category, then per id (most first); as text or JSON. */
void agg_write_stats(wbuf *w, const agg *a, const miltag_lexicon *lex, int json);
/* The GeoJSON FeatureCollection of the places counted. */
void agg_write_geojson(wbuf *w, const agg *a, const miltag_lexicon *lex);

#endif
