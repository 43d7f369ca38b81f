/* Lexicon loader: parses lexicon TSV (docs/lexicon.md) into rows, checking
 * every field, so that the compiler only ever sees well-formed rows.  A
 * source either loads completely or not at all. */
#ifndef MT_LEXICON_H
#define MT_LEXICON_H

#include <stddef.h>

#include "alloc.h"
#include "miltag.h"

enum {
  MT_COL_TERM, MT_COL_CATEGORY, MT_COL_ID, MT_COL_LABEL, MT_COL_LANG,
  MT_COL_INFLECT, MT_COL_FLAGS, MT_COL_ATTRS, MT_NCOLS
};

typedef struct mt_row {
  const char *field[MT_NCOLS];  /* never NULL; "" when empty or absent */
  unsigned long col[MT_NCOLS];  /* 1-based column of each field; 0 = absent */
  const char *source;           /* source name */
  unsigned long line;           /* 1-based line */
  int category;                 /* miltag_category */
  unsigned flags;               /* the traits its `flags` column gives
                                   (MT_TRAITS_WRITTEN, evidence.h) */
} mt_row;

typedef struct mt_rowset {
  mt_row *rows;
  size_t n, cap;
  mt_arena arena;  /* owns every string of the rows */
} mt_rowset;

extern const char *const mt_column_names[MT_NCOLS];

/* Parse TSV data; on success the rows are appended to out.  On error out
 * is unchanged and err says where.  Returns 0, MILTAG_E_SYNTAX,
 * MILTAG_E_LIMIT or MILTAG_E_NOMEM. */
int mt_tsv_parse(const miltag_allocator *a, const char *data, size_t len, const char *name,
                 mt_rowset *out, miltag_error *err);

/* Move all rows of src to the end of dst.  On MILTAG_E_NOMEM both are
 * unchanged. */
int mt_rowset_append(const miltag_allocator *a, mt_rowset *dst, mt_rowset *src);

/* Add one already-validated row, copying its strings into out's arena. */
int mt_rowset_add_copy(const miltag_allocator *a, mt_rowset *out, const mt_row *row);

void mt_rowset_free(const miltag_allocator *a, mt_rowset *rs);

/* miltag_category from its name, or 0. */
int mt_category_parse(const char *s, size_t n);

/* Check an attribute string "k=v;k=v".  Returns 1 if valid; otherwise 0
 * with *bad = byte offset of the problem and *why a static message. */
int mt_attrs_check(const char *s, size_t n, size_t *bad, const char **why);

#endif
