/* Tagger API: the public functions of miltag.h, wiring the modules
 * together.  Nothing here keeps global mutable state. */
#define _POSIX_C_SOURCE 200809L /* fileno, fstat */
#include <errno.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

#include "alloc.h"
#include "invariant.h"
#include "compile.h"
#include "error.h"
#include "evidence.h"
#include "image.h"
#include "lexicon.h"
#include "match.h"
#include "miltag.h"
#include "miltag_inspect.h"
#include "api.h"

const char *miltag_version(void) { return MILTAG_VERSION_STRING; }

int miltag_version_number(void) { return MILTAG_VERSION_NUMBER; }

const char *miltag_strerror(int status) {
  switch (status) {
    case MILTAG_OK: return "success";
    case MILTAG_STOPPED: return "stopped by the callback";
    case MILTAG_INCOMPLETE: return "partial matches dropped at a size limit: tags may be missing";
    case MILTAG_E_NOMEM: return "out of memory";
    case MILTAG_E_INVALID: return "invalid argument";
    case MILTAG_E_IO: return "cannot read file";
    case MILTAG_E_SYNTAX: return "malformed lexicon";
    case MILTAG_E_LIMIT: return "size limit exceeded";
    case MILTAG_E_BUSY: return "scanner already in use";
    case MILTAG_E_ICU: return "ICU error";
    case MILTAG_E_IMAGE: return "invalid lexicon image";
    case MILTAG_E_MISMATCH: return "object belongs to another lexicon";
    case MILTAG_E_DUPLICATE: return "duplicate lexicon row";
    case MILTAG_E_EMPTY: return "term can never match";
    default: return "unknown error";
  }
}

const char *miltag_category_name(int category) {
  switch (category) {
    case MILTAG_CASUALTY: return "casualty";
    case MILTAG_UNIT: return "unit";
    case MILTAG_PLACE: return "place";
    case MILTAG_SLANG: return "slang";
    case MILTAG_CONTEXT: return "context";
    default: return NULL;
  }
}

/* ------------------------------------------------------------ lexicon */

int mt_lexicon_from_image(const miltag_allocator *user, const void *data, size_t size,
                          int owned_by_us, int verify, miltag_lexicon **out, miltag_error *err) {
  miltag_allocator a;
  mt_alloc_init(&a, user);
  miltag_lexicon *lex = mt_calloc(&a, 1, sizeof *lex);
  if (!lex) {
    if (owned_by_us) mt_free(&a, (void *)data);
    return mt_error_set(err, MILTAG_E_NOMEM, NULL, 0, 0, "out of memory");
  }
  lex->alloc = a;
  lex->owned = owned_by_us ? (void *)data : NULL;
  const char *why;
  int rc = mt_image_open(&lex->img, data, size, verify, &why);
  if (!rc) {
    rc = mt_norm_init(&lex->norm);
    if (rc) why = "cannot load ICU's normalizer";
  }
  if (rc) {
    mt_free(&a, lex->owned);
    mt_free(&a, lex);
    return mt_error_set(err, rc, NULL, 0, 0, "%s", why);
  }
  *out = lex;
  mt_error_clear(err);
  return 0;
}

void miltag_lexicon_free(miltag_lexicon *lex) {
  if (!lex) return;
  miltag_allocator a = lex->alloc;
  mt_free(&a, lex->owned);
  mt_free(&a, lex);
}

miltag_status miltag_lexicon_image(const miltag_lexicon *lex, const void **data, size_t *size) {
  if (!lex || !data || !size) return MILTAG_E_INVALID;
  *data = lex->img.base;
  *size = lex->img.size;
  return 0;
}

miltag_status miltag_lexicon_open_image(const void *data, size_t size, const miltag_allocator *allocator,
                                        miltag_lexicon **out, miltag_error *err) {
  if (!out) return mt_error_set(err, MILTAG_E_INVALID, NULL, 0, 0, "out is NULL");
  *out = NULL;
  if (!data) return mt_error_set(err, MILTAG_E_INVALID, NULL, 0, 0, "data is NULL");
  miltag_allocator a;
  mt_alloc_init(&a, allocator);
  /* Copy: the caller's buffer may be unaligned or short-lived. */
  void *copy = mt_malloc(&a, size);
  if (!copy) return mt_error_set(err, MILTAG_E_NOMEM, NULL, 0, 0, "out of memory");
  memcpy(copy, data, size);
  return mt_lexicon_from_image(&a, copy, size, 1, 1, out, err);
}

int miltag_lexicon_is_image(const void *data, size_t size) {
  return data && size >= sizeof MT_IMG_MAGIC - 1 &&
         memcmp(data, MT_IMG_MAGIC, sizeof MT_IMG_MAGIC - 1) == 0;
}

miltag_status miltag_lexicon_get_stats(const miltag_lexicon *lex, miltag_lexicon_stats *out) {
  if (!lex || !out || out->size < sizeof out->size) return MILTAG_E_INVALID;
  const mt_img_header *h = lex->img.h;
  miltag_lexicon_stats st;
  memset(&st, 0, sizeof st);
  st.size = out->size;
  st.entries = h->n_entries;
  st.rows = h->n_rows;
  st.forms = h->n_forms;
  st.keys = h->n_tokens;
  st.nodes = h->n_nodes;
  st.image_bytes = lex->img.size;
  for (int i = 0; i < 6; i++) st.per_category[i] = h->per_category[i];
  /* no more than the caller's struct holds: an older one is shorter */
  memcpy(out, &st, out->size < sizeof st ? out->size : sizeof st);
  return 0;
}

uint32_t miltag_lexicon_entry_count(const miltag_lexicon *lex) {
  return lex ? lex->img.h->n_entries : 0;
}

miltag_status miltag_lexicon_entry(const miltag_lexicon *lex, uint32_t index, miltag_entry *out) {
  if (!lex || !out || index >= lex->img.h->n_entries) return MILTAG_E_INVALID;
  const mt_img_entry *e = &lex->img.entries[index];
  out->id = mt_img_str(&lex->img, e->id);
  out->label = mt_img_str(&lex->img, e->label);
  out->attrs = mt_img_str(&lex->img, e->attrs);
  out->category = e->category;
  return 0;
}

uint32_t miltag_lexicon_row_count(const miltag_lexicon *lex) {
  return lex ? lex->img.h->n_rows : 0;
}

miltag_status miltag_lexicon_row(const miltag_lexicon *lex, uint32_t index, miltag_row *out) {
  if (!lex || !out || index >= lex->img.h->n_rows) return MILTAG_E_INVALID;
  const mt_img_row *r = &lex->img.rows[index];
  out->term = mt_img_str(&lex->img, r->term);
  out->lang = mt_img_str(&lex->img, r->lang);
  out->inflect = mt_img_str(&lex->img, r->inflect);
  out->flags = mt_img_str(&lex->img, r->flags_str);
  out->source = mt_img_str(&lex->img, r->source);
  out->line = r->line;
  out->entry = r->entry;
  return 0;
}

int miltag_attr_get(const char *attrs, const char *key, const char **value, size_t *len) {
  if (!attrs || !key) return 0;
  size_t kl = strlen(key);
  const char *p = attrs;
  while (*p) {
    const char *k = p;
    while (*p && *p != '=') p++;
    size_t l = (size_t)(p - k);
    if (*p) p++;
    const char *v = p;
    while (*p && *p != ';') {
      if (*p == '\\' && p[1]) p++;
      p++;
    }
    if (l == kl && memcmp(k, key, kl) == 0) {
      if (value) *value = v;
      if (len) *len = (size_t)(p - v);
      return 1;
    }
    if (*p) p++;
  }
  return 0;
}

/* ------------------------------------------------------------ builder */

struct miltag_builder {
  miltag_allocator alloc;
  miltag_compile_options opt;
  mt_rowset rows;
};

/* The compile flags this version knows. */
#define COMPILE_FLAGS \
  (MILTAG_COMPILE_STRICT | MILTAG_COMPILE_NO_INFLECTION | MILTAG_COMPILE_NO_PREFILTER)

/* The first published layout of miltag_compile_options: a caller built
 * against any later header passes at least this much. */
#define OPTIONS_MIN (offsetof(miltag_compile_options, warn_ctx) + sizeof(void *))

/* Read the caller's options into *out (this version's layout), checked as
 * miltag.h says: the size, fields a newer caller set that this library does
 * not know, unknown flags.  NULL gives the defaults. */
static int read_options(const miltag_compile_options *in, miltag_compile_options *out,
                        miltag_error *err, const char *name) {
  memset(out, 0, sizeof *out);
  out->size = sizeof *out;
  if (!in) return 0;
  if (in->size < OPTIONS_MIN)
    return mt_error_set(err, MILTAG_E_INVALID, name, 0, 0, "%s",
                        in->size == 0 ? "options->size is 0: start from MILTAG_COMPILE_OPTIONS_INIT"
                                      : "options->size is smaller than any miltag_compile_options");
  const unsigned char *p = (const unsigned char *)in;
  for (size_t i = sizeof *out; i < in->size; i++)
    if (p[i])
      return mt_error_set(err, MILTAG_E_INVALID, name, 0, 0, "%s",
                          "the options set fields this version of the library does not know");
  memcpy(out, in, in->size < sizeof *out ? in->size : sizeof *out);
  out->size = sizeof *out;
  if (out->flags & ~COMPILE_FLAGS)
    return mt_error_set(err, MILTAG_E_INVALID, name, 0, 0, "unknown compile flags 0x%x",
                        out->flags & ~COMPILE_FLAGS);
  return 0;
}

static int builder_new(const miltag_compile_options *options, miltag_builder **out,
                       miltag_error *err, const char *name) {
  if (!out) return mt_error_set(err, MILTAG_E_INVALID, name, 0, 0, "out is NULL");
  *out = NULL;
  miltag_compile_options opt;
  int rc = read_options(options, &opt, err, name);
  if (rc) return rc;
  miltag_allocator a;
  mt_alloc_init(&a, opt.allocator);
  miltag_builder *b = mt_calloc(&a, 1, sizeof *b);
  if (!b) return mt_error_set(err, MILTAG_E_NOMEM, name, 0, 0, "out of memory");
  b->alloc = a;
  b->opt = opt;
  b->opt.allocator = NULL;
  *out = b;
  return 0;
}

miltag_status miltag_builder_new(const miltag_compile_options *options, miltag_builder **out) {
  return builder_new(options, out, NULL, NULL);
}

void miltag_builder_free(miltag_builder *b) {
  if (!b) return;
  miltag_allocator a = b->alloc;
  mt_rowset_free(&a, &b->rows);
  mt_free(&a, b);
}

miltag_status miltag_builder_add_tsv(miltag_builder *b, const char *data, size_t len, const char *name,
                                     miltag_error *err) {
  if (!b || (!data && len)) return mt_error_set(err, MILTAG_E_INVALID, name, 0, 0, "invalid argument");
  return mt_tsv_parse(&b->alloc, data ? data : "", len, name, &b->rows, err);
}

/* Read a whole file with the allocator; MILTAG_E_IO names the OS error.
 * Only regular files and pipes: a directory or a device (/dev/zero, a
 * tape) is refused before reading, and no more than MILTAG_MAX_FILE_BYTES
 * is read from anything. */
static int read_file(const miltag_allocator *a, const char *path, char **data, size_t *len,
                     miltag_error *err) {
  FILE *f = fopen(path, "rb");
  if (!f) return mt_error_set(err, MILTAG_E_IO, path, 0, 0, "cannot open: %s", strerror(errno));
  struct stat st;
  if (fstat(fileno(f), &st) != 0) {
    int e = errno;
    fclose(f);
    return mt_error_set(err, MILTAG_E_IO, path, 0, 0, "cannot read: %s", strerror(e));
  }
  if (!S_ISREG(st.st_mode) && !S_ISFIFO(st.st_mode)) {
    fclose(f);
    return mt_error_set(err, MILTAG_E_IO, path, 0, 0, "not a regular file");
  }
  if (S_ISREG(st.st_mode) && (uintmax_t)st.st_size > MILTAG_MAX_FILE_BYTES) {
    fclose(f);
    return mt_error_set(err, MILTAG_E_LIMIT, path, 0, 0, "larger than %u MiB",
                        (unsigned)(MILTAG_MAX_FILE_BYTES >> 20));
  }
  mt_buf b = {0};
  char chunk[65536];
  size_t n;
  while ((n = fread(chunk, 1, sizeof chunk, f)) > 0) {
    if (b.len + n > MILTAG_MAX_FILE_BYTES) { /* a pipe, or a file that grew */
      fclose(f);
      mt_buf_free(a, &b);
      return mt_error_set(err, MILTAG_E_LIMIT, path, 0, 0, "larger than %u MiB",
                          (unsigned)(MILTAG_MAX_FILE_BYTES >> 20));
    }
    if (mt_buf_append(a, &b, chunk, n)) {
      fclose(f);
      mt_buf_free(a, &b);
      return mt_error_set(err, MILTAG_E_NOMEM, path, 0, 0, "out of memory");
    }
  }
  int bad = ferror(f);
  int e = errno;
  fclose(f);
  if (bad) {
    mt_buf_free(a, &b);
    return mt_error_set(err, MILTAG_E_IO, path, 0, 0, "cannot read: %s", strerror(e));
  }
  *data = b.data;
  *len = b.len;
  return 0;
}

miltag_status miltag_builder_add_file(miltag_builder *b, const char *path, miltag_error *err) {
  if (!b || !path) return mt_error_set(err, MILTAG_E_INVALID, path, 0, 0, "invalid argument");
  char *data = NULL;
  size_t len = 0;
  int rc = read_file(&b->alloc, path, &data, &len, err);
  if (rc) return rc;
  rc = mt_tsv_parse(&b->alloc, data ? data : "", len, path, &b->rows, err);
  mt_free(&b->alloc, data);
  return rc;
}

miltag_status miltag_builder_add_lexicon(miltag_builder *b, const miltag_lexicon *lex, miltag_error *err) {
  if (!b || !lex) return mt_error_set(err, MILTAG_E_INVALID, NULL, 0, 0, "invalid argument");
  const mt_image *img = &lex->img;
  mt_rowset tmp;
  memset(&tmp, 0, sizeof tmp);
  int rc = 0;
  for (uint32_t i = 0; i < img->h->n_rows && !rc; i++) {
    const mt_img_row *r = &img->rows[i];
    const mt_img_entry *e = &img->entries[r->entry];
    mt_row row;
    memset(&row, 0, sizeof row);
    row.field[MT_COL_TERM] = mt_img_str(img, r->term);
    row.field[MT_COL_CATEGORY] = miltag_category_name(e->category);
    row.field[MT_COL_ID] = mt_img_str(img, e->id);
    row.field[MT_COL_LABEL] = mt_img_str(img, e->label);
    row.field[MT_COL_LANG] = mt_img_str(img, r->lang);
    row.field[MT_COL_INFLECT] = mt_img_str(img, r->inflect);
    row.field[MT_COL_FLAGS] = mt_img_str(img, r->flags_str);
    row.field[MT_COL_ATTRS] = mt_img_str(img, e->attrs);
    row.source = mt_img_str(img, r->source);
    row.line = r->line;
    row.category = e->category;
    row.flags = r->flags & MT_TRAITS_WRITTEN; /* the compiler derives the rest again */
    rc = mt_rowset_add_copy(&b->alloc, &tmp, &row);
  }
  if (!rc) rc = mt_rowset_append(&b->alloc, &b->rows, &tmp);
  mt_rowset_free(&b->alloc, &tmp);
  if (rc) return mt_error_set(err, rc, NULL, 0, 0, "out of memory");
  mt_error_clear(err);
  return 0;
}

miltag_status miltag_builder_compile(miltag_builder *b, miltag_lexicon **out, miltag_error *err) {
  if (!out) return mt_error_set(err, MILTAG_E_INVALID, NULL, 0, 0, "out is NULL");
  *out = NULL;
  if (!b) return mt_error_set(err, MILTAG_E_INVALID, NULL, 0, 0, "builder is NULL");
  void *image;
  size_t size;
  int rc = mt_compile(&b->alloc, &b->rows, b->opt.flags, b->opt.warn, b->opt.warn_ctx, &image,
                      &size, err);
  if (rc) return rc;
  return mt_lexicon_from_image(&b->alloc, image, size, 1, 0, out, err);
}

miltag_status miltag_lexicon_compile(const char *data, size_t len, const char *name,
                                     const miltag_compile_options *options, miltag_lexicon **out,
                                     miltag_error *err) {
  if (!out) return mt_error_set(err, MILTAG_E_INVALID, name, 0, 0, "out is NULL");
  *out = NULL;
  miltag_builder *b;
  int rc = builder_new(options, &b, err, name);
  if (rc) return rc;
  rc = miltag_builder_add_tsv(b, data, len, name, err);
  if (!rc) rc = miltag_builder_compile(b, out, err);
  miltag_builder_free(b);
  return rc;
}

miltag_status miltag_lexicon_compile_file(const char *path, const miltag_compile_options *options,
                                          miltag_lexicon **out, miltag_error *err) {
  if (!out) return mt_error_set(err, MILTAG_E_INVALID, path, 0, 0, "out is NULL");
  *out = NULL;
  miltag_builder *b;
  int rc = builder_new(options, &b, err, path);
  if (rc) return rc;
  rc = miltag_builder_add_file(b, path, err);
  if (!rc) rc = miltag_builder_compile(b, out, err);
  miltag_builder_free(b);
  return rc;
}

/* The scan flags this version knows; others are refused everywhere. */
#define SCAN_FLAGS (MILTAG_SCAN_OVERLAPS | MILTAG_SCAN_AMBIGUOUS)

/* ------------------------------------------------------------ scanner */

miltag_status miltag_scanner_new(const miltag_lexicon *lex, miltag_scanner **out) {
  if (!out) return MILTAG_E_INVALID;
  *out = NULL;
  if (!lex) return MILTAG_E_INVALID;
  miltag_scanner *s = mt_calloc(&lex->alloc, 1, MT_SCANNER_BYTES);
  if (!s) return MILTAG_E_NOMEM;
  int rc = mt_scanner_init(s, lex);
  if (rc) {
    mt_scanner_fini(s);
    mt_free(&lex->alloc, s);
    return rc;
  }
  *out = s;
  return 0;
}

void miltag_scanner_free(miltag_scanner *s) {
  if (!s) return;
  miltag_allocator a = s->a;
  mt_scanner_fini(s);
  mt_free(&a, s);
}

/* The busy flag is a lock that is never waited for: acquire and release
 * ordering is all it needs, and a release store is a plain store on x86
 * where a sequentially consistent one is a locked exchange (one a call:
 * the command makes a call a line). */
static int acquire(miltag_scanner *s) {
  return atomic_exchange_explicit(&s->busy, 1, memory_order_acquire) ? MILTAG_E_BUSY : 0;
}

static void release(miltag_scanner *s) { atomic_store_explicit(&s->busy, 0, memory_order_release); }

miltag_status miltag_scan(miltag_scanner *s, const char *text, size_t len, unsigned flags,
                          miltag_callback cb, void *ctx) {
  if (!s || !cb || (!text && len)) return MILTAG_E_INVALID;
  if (flags & ~SCAN_FLAGS) return MILTAG_E_INVALID;
  if (acquire(s)) return MILTAG_E_BUSY;
  int rc = mt_scan_run(s, text, len, flags, cb, ctx);
  release(s);
  return rc;
}

miltag_status miltag_candidates(miltag_scanner *s, const char *text, size_t len, unsigned flags,
                                miltag_candidate_callback cb, void *ctx) {
  if (!s || !cb || (!text && len)) return MILTAG_E_INVALID;
  if (flags & ~SCAN_FLAGS) return MILTAG_E_INVALID;
  if (acquire(s)) return MILTAG_E_BUSY;
  int rc = mt_candidates_run(s, text, len, flags, cb, ctx);
  release(s);
  return rc;
}

miltag_status miltag_tokens(miltag_scanner *s, const char *text, size_t len, miltag_token_callback cb,
                            void *ctx) {
  if (!s || !cb || (!text && len)) return MILTAG_E_INVALID;
  if (acquire(s)) return MILTAG_E_BUSY;
  int rc = mt_tokens_run(s, text, len, cb, ctx);
  release(s);
  return rc;
}

/* ------------------------------------------------------------ results */

struct miltag_results {
  const miltag_lexicon *lex;
  miltag_allocator a;
  miltag_tag *tags;
  size_t n, cap;
  uint32_t *cands;      /* candidate pool; tags point into it after a scan */
  size_t ncands, cap_cands;
  int failed;
};

miltag_status miltag_results_new(const miltag_lexicon *lex, miltag_results **out) {
  if (!out) return MILTAG_E_INVALID;
  *out = NULL;
  if (!lex) return MILTAG_E_INVALID;
  miltag_results *r = mt_calloc(&lex->alloc, 1, sizeof *r);
  if (!r) return MILTAG_E_NOMEM;
  r->lex = lex;
  r->a = lex->alloc;
  *out = r;
  return 0;
}

void miltag_results_free(miltag_results *r) {
  if (!r) return;
  miltag_allocator a = r->a;
  mt_free(&a, r->tags);
  mt_free(&a, r->cands);
  mt_free(&a, r);
}

static int collect(const miltag_tag *tag, void *ctx) {
  miltag_results *r = ctx;
  MT_ASSERT(tag->n_candidates >= 1 && tag->candidates[0] == tag->entry);
  if (mt_reserve(&r->a, (void **)&r->tags, &r->cap, r->n + 1, sizeof(miltag_tag)) ||
      (r->ncands > SIZE_MAX - tag->n_candidates) ||
      mt_reserve(&r->a, (void **)&r->cands, &r->cap_cands, r->ncands + tag->n_candidates,
                 sizeof(uint32_t))) {
    r->failed = 1;
    return 1;
  }
  /* every string of a tag is the lexicon's, every capture an offset:
   * only the candidate list needs a copy */
  miltag_tag *t = &r->tags[r->n++];
  *t = *tag;
  memcpy(r->cands + r->ncands, tag->candidates, tag->n_candidates * sizeof(uint32_t));
  /* store the offset now; turned into a pointer once the pool stops moving */
  t->candidates = (const uint32_t *)(uintptr_t)r->ncands;
  r->ncands += tag->n_candidates;
  return 0;
}

static void results_clear(miltag_results *r) {
  r->n = 0;
  r->ncands = 0;
  r->failed = 0;
}

/* Scan one text, appending to r (collect() keeps offsets into the pools
 * until results_fix() turns them into pointers). */
static int results_append(miltag_scanner *s, const char *text, size_t len, unsigned flags,
                          miltag_results *r) {
  int rc = miltag_scan(s, text, len, flags, collect, r);
  if (rc == MILTAG_STOPPED && r->failed) rc = MILTAG_E_NOMEM;
  return rc;
}

static void results_fix(miltag_results *r) {
  for (size_t i = 0; i < r->n; i++)
    r->tags[i].candidates = r->cands + (size_t)(uintptr_t)r->tags[i].candidates;
}

miltag_status miltag_scan_results(miltag_scanner *s, const char *text, size_t len, unsigned flags,
                                  miltag_results *r) {
  if (!s || !r || (flags & ~SCAN_FLAGS)) return MILTAG_E_INVALID;
  if (r->lex != s->lex) return MILTAG_E_MISMATCH;
  results_clear(r);
  int rc = results_append(s, text, len, flags, r);
  results_fix(r);
  return rc;
}

miltag_status miltag_scan_batch(miltag_scanner *s, size_t n, const char *const *texts,
                                const size_t *lens, unsigned flags, miltag_results *r, size_t *ends,
                                int *statuses) {
  if (!s || !r || (n && (!texts || !lens || !ends)) || (flags & ~SCAN_FLAGS)) return MILTAG_E_INVALID;
  if (r->lex != s->lex) return MILTAG_E_MISMATCH;
  for (size_t i = 0; i < n; i++)
    if (!texts[i] && lens[i]) return MILTAG_E_INVALID;
  results_clear(r);
  int rc = MILTAG_OK, all = MILTAG_OK;
  size_t i = 0;
  for (; i < n && rc >= 0; i++) {
    rc = results_append(s, texts[i], lens[i], flags, r);
    ends[i] = rc < 0 ? SIZE_MAX : r->n;
    if (statuses) statuses[i] = rc;
    if (rc == MILTAG_INCOMPLETE) all = MILTAG_INCOMPLETE;
  }
  for (; i < n; i++) {
    ends[i] = SIZE_MAX;
    if (statuses) statuses[i] = rc;
  }
  results_fix(r);
  return rc < 0 ? rc : all;
}

size_t miltag_results_count(const miltag_results *r) { return r ? r->n : 0; }

const miltag_tag *miltag_results_get(const miltag_results *r, size_t i) {
  return r && i < r->n ? &r->tags[i] : NULL;
}

/* ------------------------------------------------------------ normalize */

miltag_status miltag_normalize(const char *text, size_t len, char *out, size_t cap, size_t *out_len) {
  if ((!text && len) || (!out && cap)) return MILTAG_E_INVALID;
  miltag_allocator a;
  mt_alloc_init(&a, NULL);
  mt_norm nm;
  int rc = mt_norm_init(&nm);
  if (rc) return rc;
  mt_norm_scratch sc;
  memset(&sc, 0, sizeof sc);
  mt_buf key = {0};
  rc = mt_normalize(&nm, &a, &sc, text ? text : "", len, &key);
  if (rc == MT_NO_KEY) {
    /* past the bounds of one token (MILTAG_TOKEN_MAX_CHARS, _MARKS) */
    if (out_len) *out_len = 0;
    if (cap) out[0] = '\0';
    rc = MILTAG_E_LIMIT;
  } else if (!rc) {
    if (out_len) *out_len = key.len;
    if (cap) {
      size_t n = key.len < cap - 1 ? key.len : cap - 1;
      while (n > 0 && n < key.len && ((unsigned char)key.data[n] & 0xC0) == 0x80) n--;
      if (n) memcpy(out, key.data, n);
      out[n] = '\0';
    }
  }
  mt_buf_free(&a, &key);
  mt_norm_scratch_free(&a, &sc);
  return rc;
}
