/*
 * miltag.h: find military code words, unit names, places and slang in
 * Russian, Ukrainian and English text.
 *
 * This header is the tagging interface of libmiltag and its reference
 * documentation (miltag_inspect.h adds the inspection calls).  The model follows Hyperscan and PCRE2:
 *
 *   1. A lexicon (rows of data/lexicon.tsv format, see docs/lexicon.md) is
 *      compiled once into an immutable miltag_lexicon.  Any number of threads
 *      may share one lexicon without locking.  The built-in default lexicon
 *      is opened with miltag_lexicon_default().
 *   2. Each thread creates its own miltag_scanner for a lexicon.  The scanner
 *      holds all mutable state (ICU break iterator, buffers).  Using one
 *      scanner from two threads at once, or re-entering it from a callback,
 *      is detected and refused with MILTAG_E_BUSY.
 *   3. miltag_scan() tags one UTF-8 buffer and reports every tag to a
 *      callback, in order of increasing start offset; miltag_scan_results()
 *      collects them into a caller-owned miltag_results instead.
 *
 * Offsets are byte offsets into the caller's buffer, [start, end).  They are
 * always inside the buffer and never split a well-formed UTF-8 character.
 * Strings in a tag (id, label, lang, attrs) are owned by the lexicon and live
 * as long as it does; what a pattern's slot captured ({num}, {name}) is
 * given as byte offsets into the caller's buffer (miltag_tag.number and
 * .name), so nothing in a tag is owned by the scanner.
 *
 * Every function that can fail returns a miltag_status (0 on success, a
 * negative code on failure).  Functions that deal with lexicon files also
 * fill a caller-provided miltag_error with the file, line and column.  The
 * library never prints, never calls exit(), and keeps no global mutable
 * state of its own (ICU keeps its own caches; see docs/robustness.md).
 *
 * What a tagger does not need, the tokens, the keys and the evidence
 * module's verdict on every candidate match, is in miltag_inspect.h.
 */
#ifndef MILTAG_H
#define MILTAG_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#if defined(_WIN32)
#  define MILTAG_API
#elif defined(__GNUC__)
#  define MILTAG_API __attribute__((visibility("default")))
#else
#  define MILTAG_API
#endif

/* ---------------------------------------------------------------- version */

#define MILTAG_VERSION_MAJOR 0
#define MILTAG_VERSION_MINOR 1
#define MILTAG_VERSION_PATCH 0
#define MILTAG_VERSION_STRING "0.1.0"
/* MAJOR * 10000 + MINOR * 100 + PATCH, comparable with <. */
#define MILTAG_VERSION_NUMBER \
  (MILTAG_VERSION_MAJOR * 10000 + MILTAG_VERSION_MINOR * 100 + MILTAG_VERSION_PATCH)

/* The version of the library actually linked, as "MAJOR.MINOR.PATCH".
 * Static storage; never fails. */
MILTAG_API const char *miltag_version(void);

/* The version of the library actually linked, as MILTAG_VERSION_NUMBER. */
MILTAG_API int miltag_version_number(void);

/* ------------------------------------------------------------ status codes */

typedef enum miltag_status {
  MILTAG_OK = 0,
  MILTAG_STOPPED = 1,        /* a callback returned non-zero: not an error */
  MILTAG_INCOMPLETE = 2,     /* not an error: the scan went to the end, but
                                a size limit made it drop partial matches,
                                so tags may be missing (see miltag_scan) */
  MILTAG_E_NOMEM = -1,       /* an allocation failed; nothing was changed */
  MILTAG_E_INVALID = -2,     /* a NULL pointer or an out-of-range argument */
  MILTAG_E_IO = -3,          /* a file could not be opened or read */
  MILTAG_E_SYNTAX = -4,      /* a lexicon row is malformed (see miltag_error) */
  MILTAG_E_LIMIT = -5,       /* a documented size limit was exceeded */
  MILTAG_E_BUSY = -6,        /* the scanner is already in use */
  MILTAG_E_ICU = -7,         /* ICU reported an error */
  MILTAG_E_IMAGE = -8,       /* a compiled lexicon image is corrupt or foreign */
  MILTAG_E_MISMATCH = -9,    /* objects belong to different lexicons */
  MILTAG_E_DUPLICATE = -10,  /* a duplicate row (an error in strict mode) */
  MILTAG_E_EMPTY = -11       /* a term normalizes to nothing: it can never match */
} miltag_status;

/* A short English description of a status code, such as "out of memory".
 * Static storage; an unknown code gives "unknown error". */
MILTAG_API const char *miltag_strerror(int status);

/* Error detail filled by the functions that read lexicons.  The caller owns
 * the struct (typically on the stack); the library only writes into it.
 * Its layout stays as it is through 1.x.
 * On success the status field is MILTAG_OK and message is empty. */
typedef struct miltag_error {
  miltag_status status;   /* the same code the function returned */
  unsigned long line;     /* 1-based line in the file; 0 if not about a line */
  unsigned long column;   /* 1-based column in characters; 0 if unknown */
  char file[256];         /* name of the lexicon source ("" if none) */
  char what[256];         /* the problem alone, e.g. "unknown category 'foo'" */
  char message[640];      /* "FILE:LINE:COLUMN: what", ready to print */
} miltag_error;

/* ------------------------------------------------------------- allocation */

/* A replaceable allocator (a complete interface: its layout stays as it is
 * through 1.x).  All three functions must be given.  ctx is passed back
 * unchanged.  realloc(NULL, n) must behave like malloc(n).
 * The library checks every result; a NULL return makes the current call
 * fail with MILTAG_E_NOMEM and leaves every object valid.  ICU's own
 * internal allocations do not go through this allocator, and ICU does not
 * always survive their failure: ICU 72 deadlocks or crashes when malloc
 * fails inside ubrk_open (called by miltag_scanner_new) while it sets up
 * its default locale, and loops for ever when it fails in its dictionary
 * segmentation (Chinese, Japanese, Thai text), which no caller can catch.
 * A scan of other text makes no ICU allocation.  See docs/robustness.md. */
typedef struct miltag_allocator {
  void *(*malloc_fn)(size_t size, void *ctx);
  void *(*realloc_fn)(void *ptr, size_t size, void *ctx);
  void (*free_fn)(void *ptr, void *ctx);
  void *ctx;
} miltag_allocator;

/* ------------------------------------------------------------- categories */

typedef enum miltag_category {
  MILTAG_CASUALTY = 1,   /* casualty codes: 200, 300, 500 ... */
  MILTAG_UNIT = 2,       /* military formations */
  MILTAG_PLACE = 3,      /* toponyms */
  MILTAG_SLANG = 4,      /* military slang */
  MILTAG_CONTEXT = 5     /* trigger words: never tagged, only evidence */
} miltag_category;

/* "casualty", "unit", "place", "slang", "context", or NULL if unknown. */
MILTAG_API const char *miltag_category_name(int category);

/* ---------------------------------------------------------------- lexicon */

typedef struct miltag_lexicon miltag_lexicon;
typedef struct miltag_builder miltag_builder;

/* Compile flags. */
#define MILTAG_COMPILE_STRICT 0x1u  /* warnings (duplicates, ...) are errors */
#define MILTAG_COMPILE_NO_INFLECTION 0x2u /* terms only as written: no case
                                             forms (docs/inflection.md) */
#define MILTAG_COMPILE_NO_PREFILTER 0x4u /* leave the prefilter out of the
                                            image: the same tags, scanned
                                            more slowly (for comparisons;
                                            docs/performance.md) */

/* A warning sink: called for each non-fatal problem found while compiling
 * (for example a duplicate row).  The miltag_error is valid only during the
 * call.  Return 0 to go on; non-zero aborts the compilation with the
 * warning's status. */
typedef int (*miltag_warning_fn)(const miltag_error *warning, void *ctx);

/* Options of the compiling functions.  The first field is the size of the
 * struct the caller has, so that later versions can add fields at the end:
 * start from MILTAG_COMPILE_OPTIONS_INIT (or set size to
 * sizeof(miltag_compile_options) yourself).  A size of 0, a size smaller
 * than this version's, unknown flags, or fields past this version's that
 * are not zero (a newer caller asking for what this library cannot do)
 * make the function fail with MILTAG_E_INVALID. */
typedef struct miltag_compile_options {
  size_t size;                         /* sizeof(miltag_compile_options) */
  unsigned flags;                      /* MILTAG_COMPILE_*: others refused */
  const miltag_allocator *allocator;   /* NULL: the C library's malloc */
  miltag_warning_fn warn;              /* NULL: warnings are dropped */
  void *warn_ctx;
} miltag_compile_options;

#define MILTAG_COMPILE_OPTIONS_INIT \
  { sizeof(miltag_compile_options), 0, NULL, NULL, NULL }

/* Open the built-in default lexicon (data/lexicon.tsv compiled into the
 * library at build time).  No file is read.  allocator may be NULL.
 * On success *out owns a new lexicon that the caller frees with
 * miltag_lexicon_free().  Errors: MILTAG_E_INVALID (out is NULL),
 * MILTAG_E_NOMEM. */
MILTAG_API miltag_status miltag_lexicon_default(const miltag_allocator *allocator,
                                                miltag_lexicon **out);

/* Compile a lexicon from TSV text held in memory.  name is used in error
 * messages (NULL means "<memory>").  options may be NULL.  The data is not
 * retained.  On any error nothing is allocated, *out is set to NULL and
 * err (may be NULL) says where and why: MILTAG_E_SYNTAX for a malformed
 * row, MILTAG_E_DUPLICATE in strict mode, MILTAG_E_LIMIT, MILTAG_E_NOMEM. */
MILTAG_API miltag_status miltag_lexicon_compile(const char *data, size_t len, const char *name,
                                                const miltag_compile_options *options,
                                                miltag_lexicon **out, miltag_error *err);

/* The most bytes read from a lexicon file (1 GiB): a larger source would
 * compile into an image near its 4 GiB limit. */
#define MILTAG_MAX_FILE_BYTES (1u << 30)

/* The same for a file.  Only a regular file or a pipe is read: a
 * directory, a device or a socket is refused with MILTAG_E_IO before
 * anything is read, and so is a file that cannot be opened or read;
 * more than MILTAG_MAX_FILE_BYTES is MILTAG_E_LIMIT. */
MILTAG_API miltag_status miltag_lexicon_compile_file(const char *path,
                                                     const miltag_compile_options *options,
                                                     miltag_lexicon **out, miltag_error *err);

/* Free a lexicon.  NULL is allowed.  Every scanner and results object made
 * for it must be freed first. */
MILTAG_API void miltag_lexicon_free(miltag_lexicon *lex);

/* To combine sources (a user TSV on top of the built-in lexicon, several
 * files), use a builder: add sources, then compile.  A failed add leaves
 * the builder as it was, so nothing is loaded partially. */
MILTAG_API miltag_status miltag_builder_new(const miltag_compile_options *options,
                                            miltag_builder **out);
MILTAG_API miltag_status miltag_builder_add_tsv(miltag_builder *b, const char *data, size_t len,
                                                const char *name, miltag_error *err);
/* Reads the file as miltag_lexicon_compile_file does. */
MILTAG_API miltag_status miltag_builder_add_file(miltag_builder *b, const char *path,
                                                 miltag_error *err);
/* Add every row of an existing lexicon (for example the default one). */
MILTAG_API miltag_status miltag_builder_add_lexicon(miltag_builder *b, const miltag_lexicon *lex,
                                                    miltag_error *err);
/* Compile what was added.  The builder stays usable and must still be freed. */
MILTAG_API miltag_status miltag_builder_compile(miltag_builder *b, miltag_lexicon **out,
                                                miltag_error *err);
MILTAG_API void miltag_builder_free(miltag_builder *b);

/* A compiled lexicon is one position-independent byte image.  Save it and
 * reopen it later without recompiling.  miltag_lexicon_image() gives a
 * pointer into the lexicon (valid while it lives) and its size.
 * miltag_lexicon_open_image() validates an image and copies it
 * (MILTAG_E_IMAGE if it is corrupt or from another format version). */
MILTAG_API miltag_status miltag_lexicon_image(const miltag_lexicon *lex, const void **data,
                                              size_t *size);
MILTAG_API miltag_status miltag_lexicon_open_image(const void *data, size_t size,
                                                   const miltag_allocator *allocator,
                                                   miltag_lexicon **out, miltag_error *err);

/* 1 if data[0, size) begins as a compiled lexicon image does (whatever its
 * format version, and whether it is intact or not: opening it tells), 0 if
 * not (lexicon TSV, for example).  For programs that accept both, so that
 * a damaged image is reported as one.  Reads at most the first 8 bytes;
 * data may be NULL only when size is 0. */
MILTAG_API int miltag_lexicon_is_image(const void *data, size_t size);

/* Counts, for reports and tests.  The caller sets size (start from
 * MILTAG_LEXICON_STATS_INIT); the library writes only the fields that fit
 * in it, so a program built against an older header gets what it knows. */
typedef struct miltag_lexicon_stats {
  size_t size;         /* sizeof(miltag_lexicon_stats), set by the caller */
  size_t entries;      /* distinct ids */
  size_t rows;         /* source rows */
  size_t forms;        /* surface forms after inflection */
  size_t keys;         /* distinct normalized tokens */
  size_t nodes;        /* trie nodes */
  size_t image_bytes;  /* size of the compiled image */
  size_t per_category[6]; /* rows per miltag_category, index = category */
} miltag_lexicon_stats;

#define MILTAG_LEXICON_STATS_INIT { sizeof(miltag_lexicon_stats), 0, 0, 0, 0, 0, 0, { 0 } }

/* Fill *out up to out->size bytes.  MILTAG_E_INVALID if lex or out is NULL
 * or out->size is smaller than the size field itself. */
MILTAG_API miltag_status miltag_lexicon_get_stats(const miltag_lexicon *lex, miltag_lexicon_stats *out);

/* One entry (one id) of a lexicon.  Strings belong to the lexicon.  The
 * caller owns the struct: its layout stays as it is through 1.x (new
 * information about entries comes through new functions). */
typedef struct miltag_entry {
  const char *id;        /* canonical id, e.g. "place.kharkiv" */
  const char *label;     /* canonical English name ("" if none) */
  const char *attrs;     /* "key=value;key=value" ("" if none) */
  int category;          /* miltag_category */
} miltag_entry;

MILTAG_API uint32_t miltag_lexicon_entry_count(const miltag_lexicon *lex);
/* MILTAG_E_INVALID if index >= miltag_lexicon_entry_count(). */
MILTAG_API miltag_status miltag_lexicon_entry(const miltag_lexicon *lex, uint32_t index,
                                              miltag_entry *out);

/* One source row of a lexicon, for explaining why a tag was made.  The
 * caller owns the struct: its layout stays as it is through 1.x. */
typedef struct miltag_row {
  const char *term;      /* the term as written in the source */
  const char *lang;      /* language of the term ("" if none) */
  const char *inflect;   /* inflection spec as written ("" if none) */
  const char *flags;     /* row flags as written ("" if none) */
  const char *source;    /* source name (file) */
  unsigned long line;    /* 1-based line in the source */
  uint32_t entry;        /* index of its entry */
} miltag_row;

MILTAG_API uint32_t miltag_lexicon_row_count(const miltag_lexicon *lex);
MILTAG_API miltag_status miltag_lexicon_row(const miltag_lexicon *lex, uint32_t index,
                                            miltag_row *out);

/* Find the value of key in an attribute string "k=v;k2=v2".  On success
 * *value points into attrs and *len is its length in bytes; escaped
 * characters (\; \= \\) are left escaped.  Returns 1 if found, 0 if not. */
MILTAG_API int miltag_attr_get(const char *attrs, const char *key,
                               const char **value, size_t *len);

/* ------------------------------------------------------------------ tags */

/* Tag flags. */
#define MILTAG_TAG_AMBIGUOUS 0x1u  /* matched an ambiguous row without the
                                      evidence it needs; only reported with
                                      MILTAG_SCAN_AMBIGUOUS */

/* What a slot of a pattern captured (docs/lexicon.md, "Patterns"): bytes
 * [start, end) of the text; start == end when there is nothing (the row
 * that matched has no such slot). */
typedef struct miltag_capture {
  size_t start, end;
} miltag_capture;

/* miltag_tag.number_value when there is no number, or it does not fit. */
#define MILTAG_NO_NUMBER UINT64_MAX

/* A tag is always made by the library (never by the caller), so fields are
 * only ever added at the end. */
typedef struct miltag_tag {
  size_t start;              /* byte offset of the first byte */
  size_t end;                /* byte offset one past the last byte */
  int category;              /* miltag_category of the primary entry */
  const char *id;            /* primary entry's id */
  const char *label;         /* primary entry's label */
  const char *lang;          /* language of the row that matched */
  const char *attrs;         /* primary entry's attributes, "k=v;k=v" ("" if
                                none; owned by the lexicon) */
  uint32_t entry;            /* primary entry index */
  uint32_t row;              /* source row that matched (miltag_lexicon_row);
                                for a phrase of the formation grammar
                                (docs/lexicon.md), the row of its type word:
                                a grammar row, whose entry is not the tag's */
  unsigned flags;            /* MILTAG_TAG_* */
  size_t n_candidates;       /* >= 1: every entry this span may denote */
  const uint32_t *candidates;/* entry indices, most likely first;
                                candidates[0] == entry */
  /* How many people a casualty tag counts, when the text states it
   * ("three 200s", "двое двухсотых", "200-х — 4", "4 KIA"; the rules are
   * in docs/counts.md).  Every other tag, and a casualty tag without a
   * stated number, has count == count_min == count_max == MILTAG_NO_COUNT
   * and count_start == count_end == 0.  (Added after the fields above:
   * they come last, and tags are always the library's, so the layout of
   * the fields above is unchanged.) */
  long count;                /* the number; for a range ("3-4") its lower
                                bound */
  long count_min, count_max; /* the range; both equal count for a single
                                number */
  size_t count_start;        /* bytes of the number that gave the count */
  size_t count_end;          /* ("3–4", "5 (пять)", "двое"), [start, end) */
  /* What a pattern's slots took ({num}, {name}; docs/lexicon.md, "Patterns"),
   * as offsets into the text: the tag's strings all stay the lexicon's. */
  miltag_capture number;     /* the digits a {num} slot of the row took
                                (the "155" of "155-я бригада"), or the
                                number of a phrase of the formation grammar;
                                the command and the bindings show them as
                                number=.  Empty when the entry's attributes
                                say number= themselves (a listed formation
                                the phrase names), and for a number written
                                in words (Третья, сорок седьмая) */
  uint64_t number_value;     /* the number's value, also when written in
                                words, or MILTAG_NO_NUMBER (none, or more
                                than fits in 64 bits) */
  miltag_capture name;       /* the name a {name} slot or a phrase of the
                                grammar took, without its quotation marks
                                ("Свобода России" of батальон «Свобода
                                России»); shown as name=.  Empty when the
                                entry's attributes say name= */
} miltag_tag;

/* The count of a tag that has none (miltag_tag.count). */
#define MILTAG_NO_COUNT (-1L)

/* ----------------------------------------------------------------- scanner */

typedef struct miltag_scanner miltag_scanner;

/* Create a scanner for lex, using the lexicon's allocator.  The lexicon must
 * outlive the scanner.  Errors: MILTAG_E_INVALID, MILTAG_E_NOMEM,
 * MILTAG_E_ICU. */
MILTAG_API miltag_status miltag_scanner_new(const miltag_lexicon *lex, miltag_scanner **out);

/* Free a scanner.  NULL is allowed.  Must not be called while it scans. */
MILTAG_API void miltag_scanner_free(miltag_scanner *s);

/* Scan flags. */
#define MILTAG_SCAN_OVERLAPS  0x1u  /* report every match, overlapping ones
                                       too, instead of leftmost-longest */
#define MILTAG_SCAN_AMBIGUOUS 0x2u  /* also report ambiguous matches that lack
                                       evidence, flagged MILTAG_TAG_AMBIGUOUS */

/* Called once per tag, in order of increasing start (then decreasing end).
 * The tag is valid only during the call.  Return 0 to continue, non-zero to
 * stop the scan (miltag_scan then returns MILTAG_STOPPED).  The callback may
 * use other scanners, but calling miltag_scan on the same scanner returns
 * MILTAG_E_BUSY. */
typedef int (*miltag_callback)(const miltag_tag *tag, void *ctx);

/* Bounds of one token (a word as the tokenizer cuts it).  A token of more
 * than MILTAG_TOKEN_MAX_CHARS code points, or with more than
 * MILTAG_TOKEN_MAX_MARKS combining marks (characters of canonical
 * combining class above 0), is never a lexicon key: it is not normalized,
 * never tagged and never part of a tag, so that one hostile token costs
 * time and memory in proportion to its length.  The bound applies to the
 * token as written: a word padded with hundreds of invisible characters
 * is past it.  The compiler refuses a term with such a word
 * (MILTAG_E_LIMIT), so no lexicon term is lost to the bound. */
#define MILTAG_TOKEN_MAX_CHARS 256
#define MILTAG_TOKEN_MAX_MARKS 32

/* Tag text[0, len).  The text is UTF-8; invalid sequences, NUL bytes and
 * control characters are allowed and never produce a tag themselves.
 * text may be NULL only when len is 0.
 *
 * Memory and time are linear in len whatever the text and the lexicon:
 * the scanner keeps a window of at most 4096 tokens, follows a partial
 * match over at most 32 tokens, and keeps at most 4096 partial matches
 * alive and 65,536 complete ones waiting in the window.  No real lexicon
 * comes near the last two (the built-in one keeps at most 4 partial
 * matches alive on 45 MB of news; it takes hundreds of overlapping
 * patterns, such as 64 rows of ten "(11|{num})" on a run of numbers);
 * when a scan reaches one, it drops the oldest partial matches, goes on
 * to the end of the text and returns MILTAG_INCOMPLETE instead of
 * MILTAG_OK: the tags it reported are valid, some it would have found may
 * be missing.
 *
 * Returns MILTAG_OK, MILTAG_INCOMPLETE, MILTAG_STOPPED (the callback
 * stopped the scan; takes precedence), MILTAG_E_INVALID, MILTAG_E_BUSY,
 * MILTAG_E_NOMEM or MILTAG_E_ICU.  MILTAG_E_LIMIT is never returned.
 * After an error some tags may already have been reported. */
MILTAG_API miltag_status miltag_scan(miltag_scanner *s, const char *text, size_t len,
                                     unsigned flags, miltag_callback cb, void *ctx);

/* ----------------------------------------------------------------- results */

typedef struct miltag_results miltag_results;

/* Caller-owned storage for the tags of one scan, reusable across scans.
 * Uses the lexicon's allocator; must be freed before the lexicon. */
MILTAG_API miltag_status miltag_results_new(const miltag_lexicon *lex, miltag_results **out);
MILTAG_API void miltag_results_free(miltag_results *r);

/* Like miltag_scan, but store every tag in r (its previous contents are
 * discarded).  Returns what miltag_scan returns (MILTAG_INCOMPLETE too,
 * with every tag found stored), or MILTAG_E_MISMATCH if r was made for
 * another lexicon.  On MILTAG_E_NOMEM, r holds the tags found before the
 * failure. */
MILTAG_API miltag_status miltag_scan_results(miltag_scanner *s, const char *text, size_t len,
                                             unsigned flags, miltag_results *r);

/* Tag n documents into one results object, one call for all of them (a
 * binding then crosses into C once per batch, not once per document).  r
 * holds the tags of texts[0], then those of texts[1], and so on, each
 * document's in miltag_scan's order and with offsets into that document;
 * ends[i] receives the number of tags of documents 0..i, so document i's
 * tags are the indices ends[i-1] (0 for i = 0) to ends[i] - 1.  statuses
 * (may be NULL) receives what miltag_scan_results returned for each
 * document: MILTAG_OK or MILTAG_INCOMPLETE.  texts[i] may be NULL only
 * when lens[i] is 0; texts, lens and ends may be NULL only when n is 0.
 * Returns MILTAG_OK, MILTAG_INCOMPLETE when a document was (its status
 * says which), or the first error that miltag_scan_results returned for a
 * document.  Arguments are checked before anything is scanned: bad ones
 * (MILTAG_E_INVALID: a NULL array, a NULL text with a length, unknown
 * flags) and r made for another lexicon (MILTAG_E_MISMATCH) leave r,
 * ends[] and statuses[] untouched.  After an error in a document (such as
 * MILTAG_E_NOMEM) the documents before it are complete in r, and from it
 * on ends[] is (size_t)-1 and statuses[] the error. */
MILTAG_API miltag_status miltag_scan_batch(miltag_scanner *s, size_t n, const char *const *texts,
                                           const size_t *lens, unsigned flags, miltag_results *r,
                                           size_t *ends, int *statuses);

MILTAG_API size_t miltag_results_count(const miltag_results *r);
/* The i-th tag (NULL if i is out of range); valid until the next scan into
 * r or until r is freed. */
MILTAG_API const miltag_tag *miltag_results_get(const miltag_results *r, size_t i);

#ifdef __cplusplus
}
#endif
#endif /* MILTAG_H */
