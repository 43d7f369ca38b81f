/*
 * miltag_sqlite.c: a SQLite loadable extension that tags text with miltag.
 *
 *   .load ./miltag_sqlite
 *   SELECT miltag_tags('Wagner fighters near Kharkiv');        -- JSON array
 *   SELECT d.id, t.* FROM docs d, miltag_each(d.body) t;        -- one row a tag
 *
 * miltag_tags(text [, lexicon]) returns the tags as the CLI's "tags" array
 * (byte offsets, attrs as an object); miltag_each(text [, lexicon]) is an
 * eponymous table-valued function with one row per tag.  See README.md.
 *
 * Ownership: everything belongs to one database connection.  The init
 * function opens the built-in lexicon and its scanner once; lexicons named
 * by path are compiled on first use and kept in a small per-connection
 * cache.  The registrations (functions and module) share that state through
 * a reference count and the last destructor SQLite calls frees it, so
 * closing the connection frees everything.  A connection runs one statement
 * step at a time and nothing here calls back into SQLite while scanning, so
 * one scanner per lexicon and connection is never used twice at once.
 */
#define _POSIX_C_SOURCE 200809L /* open, fstat, read */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <sqlite3ext.h>
/* The API table pointer every loadable extension needs: set by the entry
 * point, always to the same table, and never changed afterwards. */
SQLITE_EXTENSION_INIT1

#include "miltag.h"

#define MT_EXPORT __attribute__((visibility("default")))

/* Newer SQLite asks functions that set a subtype to say so; older versions
 * ignore unknown flag bits. */
#ifndef SQLITE_RESULT_SUBTYPE
#define SQLITE_RESULT_SUBTYPE 0x001000000
#endif
/* The subtype SQLite's own JSON functions give JSON text: with it,
 * json_object('tags', miltag_tags(x)) nests the array instead of quoting it. */
#define MT_JSON_SUBTYPE 74
/* Lexicons named by path kept compiled per connection.  Small: each holds a
 * whole compiled lexicon, and queries name one or two. */
#define MT_MAX_CACHED 8
#define MT_MIN_SQLITE 3031000 /* SQLITE_INNOCUOUS, eponymous tables, sqlite3_str */

/* ------------------------------------------------------------ lexicons */

/* A compiled lexicon with the objects used to scan with it.  Reference
 * counted: the connection's cache holds one reference, and so does every
 * miltag_each cursor scanning with it, so evicting it from the cache never
 * frees it under a cursor. */
typedef struct mt_lex {
  struct mt_lex *next;     /* cache list, most recently used first */
  char *path;              /* NULL for the built-in lexicon */
  miltag_lexicon *lex;
  miltag_scanner *scan;
  miltag_results *res;     /* scratch for miltag_tags() */
  int refs;
} mt_lex;

typedef struct mt_state {
  int refs;                /* registrations that still use it */
  mt_lex *def;             /* the built-in lexicon */
  mt_lex *cache;           /* lexicons by path */
  int ncache;
} mt_state;

static void lex_release(mt_lex *l) {
  if (!l || --l->refs > 0) return;
  /* results and scanner before the lexicon they were made for */
  miltag_results_free(l->res);
  miltag_scanner_free(l->scan);
  miltag_lexicon_free(l->lex);
  sqlite3_free(l->path);
  sqlite3_free(l);
}

/* Read the lexicon file at path with SQLite's allocator: a regular file
 * of at most MILTAG_MAX_FILE_BYTES, checked on the open file itself, so
 * that a device (/dev/zero), a pipe or a directory is never read and the
 * file cannot be swapped for one between the check and the read.
 * Returns SQLITE_OK, SQLITE_NOMEM, or SQLITE_ERROR with *why set to a
 * static reason (never anything read from the file). */
static int read_file(const char *path, char **data, size_t *size, const char **why) {
  int fd = open(path, O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
  if (fd < 0) {
    *why = "cannot open the file";
    return SQLITE_ERROR;
  }
  struct stat st;
  if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
    close(fd);
    *why = "not a regular file";
    return SQLITE_ERROR;
  }
  if ((uint64_t)st.st_size > MILTAG_MAX_FILE_BYTES) {
    close(fd);
    *why = "file too large";
    return SQLITE_ERROR;
  }
  size_t cap = (size_t)st.st_size + 1, len = 0; /* one more: a file that grew */
  char *buf = sqlite3_malloc64(cap);
  if (!buf) {
    close(fd);
    return SQLITE_NOMEM;
  }
  for (;;) {
    ssize_t k = read(fd, buf + len, cap - len);
    if (k < 0 && errno == EINTR) continue;
    if (k < 0) {
      close(fd);
      sqlite3_free(buf);
      *why = "cannot read the file";
      return SQLITE_ERROR;
    }
    if (k == 0) break;
    len += (size_t)k;
    if (len == cap) { /* it grew since fstat: refuse rather than chase it */
      close(fd);
      sqlite3_free(buf);
      *why = "file changed while being read";
      return SQLITE_ERROR;
    }
  }
  close(fd);
  *data = buf;
  *size = len;
  return SQLITE_OK;
}

/* Open the lexicon at path: a compiled image (miltag_lexicon_is_image, as
 * the CLI does) or TSV.  On failure returns an SQLite code and, except for
 * SQLITE_NOMEM, sets *msg to a message from sqlite3_mprintf.  The message
 * names the file and the place and kind of the problem, never text from
 * the file: the path may come from a query an attacker wrote, and an error
 * message that quoted the file would read it out (the first line of
 * /etc/passwd as an "unknown column"). */
static int lex_compile_path(const char *path, miltag_lexicon **out, char **msg) {
  miltag_error err;
  memset(&err, 0, sizeof err);
  char *data = NULL;
  size_t size = 0;
  const char *why = NULL;
  int io = read_file(path, &data, &size, &why);
  if (io == SQLITE_NOMEM) return SQLITE_NOMEM;
  if (io != SQLITE_OK) {
    *msg = sqlite3_mprintf("miltag: %s: %s", path, why);
    return *msg ? SQLITE_ERROR : SQLITE_NOMEM;
  }
  int rc;
  if (miltag_lexicon_is_image(data, size))
    rc = miltag_lexicon_open_image(data, size, NULL, out, &err);
  else
    rc = miltag_lexicon_compile(data, size, path, NULL, out, &err);
  sqlite3_free(data);
  if (rc == MILTAG_E_NOMEM) return SQLITE_NOMEM;
  if (rc == MILTAG_OK) return SQLITE_OK;
  /* where and what kind, from the library's numbers: no file content */
  if (err.line && err.column)
    *msg = sqlite3_mprintf("miltag: %s:%lu:%lu: %s (miltag lexicon check names the problem)",
                           path, err.line, err.column, miltag_strerror(rc));
  else if (err.line)
    *msg = sqlite3_mprintf("miltag: %s:%lu: %s (miltag lexicon check names the problem)", path,
                           err.line, miltag_strerror(rc));
  else
    *msg = sqlite3_mprintf("miltag: %s: %s", path, miltag_strerror(rc));
  return *msg ? SQLITE_ERROR : SQLITE_NOMEM;
}

/* A new mt_lex (one reference) for path, or for the built-in lexicon when
 * path is NULL. */
static int lex_open(const char *path, mt_lex **out, char **msg) {
  mt_lex *l = sqlite3_malloc(sizeof *l);
  if (!l) return SQLITE_NOMEM;
  memset(l, 0, sizeof *l);
  l->refs = 1;
  int rc = SQLITE_OK;
  if (path) {
    l->path = sqlite3_mprintf("%s", path);
    if (!l->path) rc = SQLITE_NOMEM;
    else rc = lex_compile_path(path, &l->lex, msg);
  } else {
    int m = miltag_lexicon_default(NULL, &l->lex);
    if (m == MILTAG_E_NOMEM) rc = SQLITE_NOMEM;
    else if (m) {
      *msg = sqlite3_mprintf("miltag: cannot open the built-in lexicon: %s", miltag_strerror(m));
      rc = *msg ? SQLITE_ERROR : SQLITE_NOMEM;
    }
  }
  if (rc == SQLITE_OK) {
    int m = miltag_scanner_new(l->lex, &l->scan);
    if (!m) m = miltag_results_new(l->lex, &l->res);
    if (m == MILTAG_E_NOMEM) rc = SQLITE_NOMEM;
    else if (m) {
      *msg = sqlite3_mprintf("miltag: cannot create a scanner: %s", miltag_strerror(m));
      rc = *msg ? SQLITE_ERROR : SQLITE_NOMEM;
    }
  }
  if (rc != SQLITE_OK) {
    lex_release(l);
    return rc;
  }
  *out = l;
  return SQLITE_OK;
}

/* The lexicon for path (NULL: built-in), from the cache or compiled now.
 * The result is borrowed: take a reference to keep it past the next call. */
static int state_lexicon(mt_state *st, const char *path, mt_lex **out, char **msg) {
  if (!path) {
    *out = st->def;
    return SQLITE_OK;
  }
  mt_lex **pp = &st->cache;
  for (mt_lex *l = st->cache; l; pp = &l->next, l = l->next) {
    if (strcmp(l->path, path) == 0) {
      *pp = l->next; /* move to the front */
      l->next = st->cache;
      st->cache = l;
      *out = l;
      return SQLITE_OK;
    }
  }
  mt_lex *l;
  int rc = lex_open(path, &l, msg);
  if (rc != SQLITE_OK) return rc; /* failures are not cached: a fixed file loads */
  l->next = st->cache;
  st->cache = l;
  if (++st->ncache > MT_MAX_CACHED) {
    mt_lex *p = st->cache;
    while (p->next->next) p = p->next;
    lex_release(p->next); /* the least recently used */
    p->next = NULL;
    st->ncache--;
  }
  *out = l;
  return SQLITE_OK;
}

static void state_release(void *p) {
  mt_state *st = p;
  if (!st || --st->refs > 0) return;
  mt_lex *l = st->cache;
  while (l) {
    mt_lex *next = l->next;
    lex_release(l);
    l = next;
  }
  lex_release(st->def);
  sqlite3_free(st);
}

/* --------------------------------------------------------------- UTF-8 */

/* Length of the well-formed UTF-8 sequence at s (n > 0 bytes available),
 * or 0 if the first byte does not start one. */
static size_t utf8_seq(const unsigned char *s, size_t n) {
  unsigned c = s[0];
  if (c < 0x80) return 1;
  size_t len;
  unsigned lo = 0x80, hi = 0xBF; /* range of the second byte */
  if (c >= 0xC2 && c <= 0xDF) {
    len = 2;
  } else if (c >= 0xE0 && c <= 0xEF) {
    len = 3;
    if (c == 0xE0) lo = 0xA0;      /* no overlong forms */
    else if (c == 0xED) hi = 0x9F; /* no surrogates */
  } else if (c >= 0xF0 && c <= 0xF4) {
    len = 4;
    if (c == 0xF0) lo = 0x90;
    else if (c == 0xF4) hi = 0x8F; /* nothing above U+10FFFF */
  } else {
    return 0;
  }
  if (n < len || s[1] < lo || s[1] > hi) return 0;
  for (size_t i = 2; i < len; i++)
    if (s[i] < 0x80 || s[i] > 0xBF) return 0;
  return len;
}

/* Set the result to the UTF-8 text p[0, n), each invalid byte replaced by
 * U+FFFD: SQLite expects valid UTF-8 in TEXT values. */
static void result_utf8(sqlite3_context *ctx, const char *p, size_t n) {
  const unsigned char *u = (const unsigned char *)p;
  size_t i = 0, k;
  while (i < n && (k = utf8_seq(u + i, n - i)) != 0) i += k;
  if (i == n) {
    sqlite3_result_text64(ctx, p, n, SQLITE_TRANSIENT, SQLITE_UTF8);
    return;
  }
  if (n > (SIZE_MAX - 1) / 3) {
    sqlite3_result_error_toobig(ctx);
    return;
  }
  /* Not sqlite3_str: the text may hold NUL bytes, which it cannot append. */
  unsigned char *out = sqlite3_malloc64(n * 3 + 1);
  if (!out) {
    sqlite3_result_error_nomem(ctx);
    return;
  }
  size_t o = 0;
  for (i = 0; i < n; i += k) {
    k = utf8_seq(u + i, n - i);
    if (k) {
      memcpy(out + o, u + i, k);
      o += k;
    } else {
      memcpy(out + o, "\xEF\xBF\xBD", 3);
      o += 3;
      k = 1;
    }
  }
  sqlite3_result_text64(ctx, (char *)out, o, sqlite3_free, SQLITE_UTF8);
}

/* ---------------------------------------------------------------- JSON */

/* sqlite3_str_append takes an int and no NUL bytes: callers pass only
 * runs without NUL, this splits runs longer than INT_MAX. */
static void str_append(sqlite3_str *s, const char *p, size_t n) {
  while (n > 0) {
    int k = n > INT_MAX ? INT_MAX : (int)n;
    sqlite3_str_append(s, p, k);
    p += k;
    n -= (size_t)k;
  }
}

/* p[0, n) escaped for the inside of a JSON string, written like the CLI:
 * control characters, DEL, U+2028 and U+2029 escaped, each invalid UTF-8
 * byte as \ufffd. */
static void json_escape(sqlite3_str *s, const char *p, size_t n) {
  const unsigned char *u = (const unsigned char *)p;
  size_t i = 0;
  while (i < n) {
    size_t run = i;
    while (run < n && u[run] >= 0x20 && u[run] < 0x7F && u[run] != '"' && u[run] != '\\') run++;
    if (run > i) {
      str_append(s, p + i, run - i);
      i = run;
      continue;
    }
    unsigned c = u[i];
    if (c < 0x80) {
      switch (c) {
        case '"': sqlite3_str_appendall(s, "\\\""); break;
        case '\\': sqlite3_str_appendall(s, "\\\\"); break;
        case '\n': sqlite3_str_appendall(s, "\\n"); break;
        case '\r': sqlite3_str_appendall(s, "\\r"); break;
        case '\t': sqlite3_str_appendall(s, "\\t"); break;
        default: sqlite3_str_appendf(s, "\\u%04x", c); break;
      }
      i++;
      continue;
    }
    size_t k = utf8_seq(u + i, n - i);
    if (k == 0) {
      sqlite3_str_appendall(s, "\\ufffd");
      k = 1;
    } else if (k == 3 && c == 0xE2 && u[i + 1] == 0x80 && (u[i + 2] == 0xA8 || u[i + 2] == 0xA9)) {
      /* valid JSON, but not valid JavaScript inside a string */
      sqlite3_str_appendall(s, u[i + 2] == 0xA8 ? "\\u2028" : "\\u2029");
    } else {
      str_append(s, p + i, k);
    }
    i += k;
  }
}

static void json_string(sqlite3_str *s, const char *p, size_t n) {
  sqlite3_str_appendchar(s, 1, '"');
  json_escape(s, p, n);
  sqlite3_str_appendchar(s, 1, '"');
}

static void json_cstring(sqlite3_str *s, const char *z) {
  json_string(s, z ? z : "", z ? strlen(z) : 0);
}

/* Whether attribute k (of length kl) with value v (up to ';' or the end)
 * is written as a JSON number: lat, lon and pop when the value is one. */
static int numeric_attr(const char *k, size_t kl, const char *v) {
  if (kl != 3 || (memcmp(k, "lat", 3) != 0 && memcmp(k, "lon", 3) != 0 && memcmp(k, "pop", 3) != 0))
    return 0;
  const char *p = v;
  if (*p == '-') p++;
  if (*p == '0') p++;
  else if (*p >= '1' && *p <= '9') while (*p >= '0' && *p <= '9') p++;
  else return 0;
  if (*p == '.') {
    p++;
    if (*p < '0' || *p > '9') return 0;
    while (*p >= '0' && *p <= '9') p++;
  }
  if (*p == 'e' || *p == 'E') {
    p++;
    if (*p == '+' || *p == '-') p++;
    if (*p < '0' || *p > '9') return 0;
    while (*p >= '0' && *p <= '9') p++;
  }
  return *p == ';' || *p == 0;
}

/* An attribute string "k=v;k2=v2" as a JSON object.  Keys are [a-z0-9_]
 * (docs/lexicon.md); in values "\;", "\=" and "\\" stand for ';', '=' and
 * '\'.  A value is escaped run by run between its backslashes; the byte
 * after a backslash starts the next run, so it is never a terminator and a
 * multi-byte character after it stays whole.  lat, lon and pop are
 * numbers.  Then what the slots of tag t took (t may be NULL), as number=
 * and name= (text is the document t was found in). */
static void json_attrs(sqlite3_str *s, const char *a, const char *text, const miltag_tag *t) {
  sqlite3_str_appendchar(s, 1, '{');
  const char *p = a ? a : "";
  int first = 1;
  while (*p) {
    const char *k = p;
    while (*p && *p != '=' && *p != ';') p++;
    if (!first) sqlite3_str_appendchar(s, 1, ',');
    first = 0;
    json_string(s, k, (size_t)(p - k));
    sqlite3_str_appendchar(s, 1, ':');
    if (*p == '=' && numeric_attr(k, (size_t)(p - k), p + 1)) {
      /* coordinates and population as numbers, as the CLI writes them */
      const char *v = ++p;
      while (*p && *p != ';') p++;
      str_append(s, v, (size_t)(p - v));
    } else if (*p == '=') {
      sqlite3_str_appendchar(s, 1, '"');
      const char *v = ++p;
      while (*p && *p != ';') {
        if (*p != '\\') {
          p++;
          continue;
        }
        json_escape(s, v, (size_t)(p - v));
        p++;              /* drop the backslash */
        if (!*p) break;   /* a lone one at the very end */
        v = p++;          /* keep the escaped byte, whatever it is */
      }
      json_escape(s, v, (size_t)(p - v));
      sqlite3_str_appendchar(s, 1, '"');
    } else {
      sqlite3_str_appendall(s, "\"\"");
    }
    if (*p == ';') p++;
  }
  /* what the slots of a pattern took ({num}, {name}), as the CLI shows it */
  if (t && t->number.end > t->number.start) {
    sqlite3_str_appendall(s, first ? "\"number\":" : ",\"number\":");
    json_string(s, text + t->number.start, t->number.end - t->number.start);
    first = 0;
  }
  if (t && t->name.end > t->name.start) {
    sqlite3_str_appendall(s, first ? "\"name\":" : ",\"name\":");
    json_string(s, text + t->name.start, t->name.end - t->name.start);
  }
  sqlite3_str_appendchar(s, 1, '}');
}

/* A tag's attributes: json_attrs, then a casualty tag's count as the CLI
 * adds it ("count", and "count_min", "count_max" for a range). */
static void json_tag_attrs(sqlite3_str *s, const miltag_tag *t, const char *text) {
  if (t->count == MILTAG_NO_COUNT) {
    json_attrs(s, t->attrs, text, t);
    return;
  }
  sqlite3_str *a = sqlite3_str_new(NULL);
  json_attrs(a, t->attrs, text, t);
  int n = sqlite3_str_length(a);
  char *obj = sqlite3_str_finish(a);
  if (!obj || n < 2) {
    sqlite3_free(obj);
    json_attrs(s, t->attrs, text, t); /* out of memory: s reports it */
    return;
  }
  str_append(s, obj, (size_t)n - 1); /* without its closing brace */
  sqlite3_free(obj);
  sqlite3_str_appendf(s, "%s\"count\":%ld", n > 2 ? "," : "", t->count);
  if (t->count_min != t->count_max)
    sqlite3_str_appendf(s, ",\"count_min\":%ld,\"count_max\":%ld", t->count_min, t->count_max);
  sqlite3_str_appendchar(s, 1, '}');
}

/* A JSON array of the ids a tag may denote. */
static int json_candidates(sqlite3_str *s, const miltag_lexicon *lex, const miltag_tag *t) {
  sqlite3_str_appendchar(s, 1, '[');
  for (size_t i = 0; i < t->n_candidates; i++) {
    miltag_entry e;
    int rc = miltag_lexicon_entry(lex, t->candidates[i], &e);
    if (rc) return rc;
    if (i) sqlite3_str_appendchar(s, 1, ',');
    json_cstring(s, e.id);
  }
  sqlite3_str_appendchar(s, 1, ']');
  return MILTAG_OK;
}

/* One tag as the CLI writes it in its "tags" array. */
static int json_tag(sqlite3_str *s, const miltag_lexicon *lex, const miltag_tag *t,
                    const char *text) {
  const char *cat = miltag_category_name(t->category);
  sqlite3_str_appendf(s, "{\"start\":%llu,\"end\":%llu,\"category\":",
                      (unsigned long long)t->start, (unsigned long long)t->end);
  json_cstring(s, cat);
  sqlite3_str_appendall(s, ",\"id\":");
  json_cstring(s, t->id);
  sqlite3_str_appendall(s, ",\"label\":");
  json_cstring(s, t->label);
  sqlite3_str_appendall(s, ",\"text\":");
  json_string(s, text + t->start, t->end - t->start);
  sqlite3_str_appendall(s, ",\"lang\":");
  json_cstring(s, t->lang);
  sqlite3_str_appendall(s, ",\"attrs\":");
  json_tag_attrs(s, t, text);
  if (t->n_candidates > 1) {
    sqlite3_str_appendall(s, ",\"candidates\":");
    int rc = json_candidates(s, lex, t);
    if (rc) return rc;
  }
  if (t->flags & MILTAG_TAG_AMBIGUOUS) sqlite3_str_appendall(s, ",\"ambiguous\":true");
  sqlite3_str_appendchar(s, 1, '}');
  return MILTAG_OK;
}

/* Finish s into the result of ctx (as JSON text), or report why not. */
static void result_str(sqlite3_context *ctx, sqlite3_str *s, int json) {
  int err = sqlite3_str_errcode(s);
  int len = sqlite3_str_length(s);
  char *z = sqlite3_str_finish(s);
  if (err == SQLITE_TOOBIG) {
    sqlite3_free(z);
    sqlite3_result_error_toobig(ctx);
  } else if (err != SQLITE_OK || !z) {
    sqlite3_free(z);
    sqlite3_result_error_nomem(ctx);
  } else {
    sqlite3_result_text(ctx, z, len, sqlite3_free);
    if (json) sqlite3_result_subtype(ctx, MT_JSON_SUBTYPE);
  }
}

/* ------------------------------------------------------------ arguments */

/* The bytes of a TEXT or BLOB argument (numbers as their text).  Returns
 * SQLITE_NOMEM if SQLite could not convert the value. */
static int arg_bytes(sqlite3_value *v, const char **p, size_t *n) {
  if (sqlite3_value_type(v) == SQLITE_BLOB) {
    *p = sqlite3_value_blob(v);
  } else {
    *p = (const char *)sqlite3_value_text(v);
  }
  int len = sqlite3_value_bytes(v); /* after the conversion above */
  if (!*p && len > 0) return SQLITE_NOMEM;
  if (!*p) *p = "";
  *n = (size_t)len;
  return SQLITE_OK;
}

/* The lexicon named by an optional argument (NULL or absent: built-in). */
static int arg_lexicon(mt_state *st, sqlite3_value *v, mt_lex **out, char **msg) {
  if (!v || sqlite3_value_type(v) == SQLITE_NULL) return state_lexicon(st, NULL, out, msg);
  const char *path = (const char *)sqlite3_value_text(v);
  if (!path) return SQLITE_NOMEM;
  return state_lexicon(st, path, out, msg);
}

static void result_failure(sqlite3_context *ctx, int rc, char *msg) {
  if (rc == SQLITE_NOMEM) sqlite3_result_error_nomem(ctx);
  else sqlite3_result_error(ctx, msg ? msg : "miltag: error", -1);
  sqlite3_free(msg);
}

/* ------------------------------------------------------- miltag_tags() */

static void fn_tags(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  mt_state *st = sqlite3_user_data(ctx);
  if (sqlite3_value_type(argv[0]) == SQLITE_NULL) {
    sqlite3_result_null(ctx);
    return;
  }
  char *msg = NULL;
  mt_lex *l;
  int rc = arg_lexicon(st, argc > 1 ? argv[1] : NULL, &l, &msg);
  if (rc != SQLITE_OK) {
    result_failure(ctx, rc, msg);
    return;
  }
  const char *text;
  size_t len;
  if (arg_bytes(argv[0], &text, &len) != SQLITE_OK) {
    sqlite3_result_error_nomem(ctx);
    return;
  }
  int m = miltag_scan_results(l->scan, text, len, 0, l->res);
  if (m < 0) {
    if (m == MILTAG_E_NOMEM) {
      sqlite3_result_error_nomem(ctx);
    } else {
      msg = sqlite3_mprintf("miltag: %s", miltag_strerror(m));
      result_failure(ctx, msg ? SQLITE_ERROR : SQLITE_NOMEM, msg);
    }
    return;
  }
  sqlite3_str *s = sqlite3_str_new(sqlite3_context_db_handle(ctx));
  sqlite3_str_appendchar(s, 1, '[');
  size_t n = miltag_results_count(l->res);
  for (size_t i = 0; i < n; i++) {
    if (i) sqlite3_str_appendchar(s, 1, ',');
    m = json_tag(s, l->lex, miltag_results_get(l->res, i), text);
    if (m) break;
  }
  sqlite3_str_appendchar(s, 1, ']');
  if (m) {
    sqlite3_free(sqlite3_str_finish(s));
    sqlite3_result_error(ctx, "miltag: a tag names an entry its lexicon lacks", -1);
    return;
  }
  result_str(ctx, s, 1);
}

static void fn_version(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  (void)argc;
  (void)argv;
  sqlite3_result_text(ctx, miltag_version(), -1, SQLITE_STATIC);
}

/* ------------------------------------------------------- miltag_each() */

enum {
  COL_START, COL_END, COL_CATEGORY, COL_ID, COL_LABEL, COL_TEXT, COL_LANG, COL_ATTRS,
  COL_CANDIDATES, COL_COUNT, COL_COUNT_MIN, COL_COUNT_MAX, COL_DOC, COL_LEXICON
};

/* idxNum bits chosen by xBestIndex: which arguments xFilter receives. */
#define IDX_DOC 1
#define IDX_LEXICON 2

typedef struct mt_vtab {
  sqlite3_vtab base;
  mt_state *st;
} mt_vtab;

typedef struct mt_cursor {
  sqlite3_vtab_cursor base;
  mt_lex *l;               /* a reference, while res is for it */
  miltag_results *res;
  char *doc;               /* our copy: argv values do not outlive xFilter */
  size_t len;
  int doc_is_null;
  size_t i, n;
} mt_cursor;

static int each_connect(sqlite3 *db, void *aux, int argc, const char *const *argv,
                        sqlite3_vtab **out, char **err) {
  (void)argc;
  (void)argv;
  (void)err;
  /* "end" is an SQL keyword: users write t."end" or t.[end]. */
  int rc = sqlite3_declare_vtab(db,
      "CREATE TABLE x(start INTEGER, \"end\" INTEGER, category TEXT, id TEXT, label TEXT,"
      " text TEXT, lang TEXT, attrs TEXT, candidates TEXT, count INTEGER, count_min INTEGER,"
      " count_max INTEGER, doc HIDDEN, lexicon HIDDEN)");
  if (rc != SQLITE_OK) return rc;
  /* Direct only, as miltag_tags(text, lexicon): the lexicon argument
   * reads a file, and SQLite marks a virtual table as a whole, so views
   * and triggers cannot use miltag_each (json_each over miltag_tags(text)
   * does the same there). */
  rc = sqlite3_vtab_config(db, SQLITE_VTAB_DIRECTONLY);
  if (rc != SQLITE_OK) return rc;
  mt_vtab *v = sqlite3_malloc(sizeof *v);
  if (!v) return SQLITE_NOMEM;
  memset(v, 0, sizeof *v);
  v->st = aux;
  *out = &v->base;
  return SQLITE_OK;
}

static int each_disconnect(sqlite3_vtab *vt) {
  sqlite3_free(vt);
  return SQLITE_OK;
}

static int each_best_index(sqlite3_vtab *vt, sqlite3_index_info *info) {
  (void)vt;
  int doc = -1, lexicon = -1, doc_unusable = 0, lexicon_unusable = 0;
  for (int i = 0; i < info->nConstraint; i++) {
    const struct sqlite3_index_constraint *c = &info->aConstraint[i];
    if (c->iColumn != COL_DOC && c->iColumn != COL_LEXICON) continue;
    if (c->op != SQLITE_INDEX_CONSTRAINT_EQ) continue;
    if (!c->usable) {
      if (c->iColumn == COL_DOC) doc_unusable = 1;
      else lexicon_unusable = 1;
      continue;
    }
    if (c->iColumn == COL_DOC) doc = i;
    else lexicon = i;
  }
  /* An argument that comes from a table later in the join order: refuse
   * this plan so the planner puts that table first.  Scanning without it
   * would tag with the wrong lexicon (or no text) and let SQLite filter the
   * rows away afterwards: silently wrong. */
  if ((doc < 0 && doc_unusable) || (lexicon < 0 && lexicon_unusable)) return SQLITE_CONSTRAINT;
  if (doc < 0) {
    /* No text argument at all: xFilter reports the mistake. */
    info->idxNum = 0;
    info->estimatedCost = 1e12;
    return SQLITE_OK;
  }
  info->idxNum = IDX_DOC;
  info->aConstraintUsage[doc].argvIndex = 1;
  info->aConstraintUsage[doc].omit = 1;
  if (lexicon >= 0) {
    info->idxNum |= IDX_LEXICON;
    info->aConstraintUsage[lexicon].argvIndex = 2;
    info->aConstraintUsage[lexicon].omit = 1;
  }
  info->estimatedCost = 10;
  info->estimatedRows = 10;
  return SQLITE_OK;
}

static void cursor_reset(mt_cursor *c) {
  sqlite3_free(c->doc);
  c->doc = NULL;
  c->len = 0;
  c->doc_is_null = 0;
  c->i = c->n = 0;
}

static void cursor_unbind(mt_cursor *c) {
  miltag_results_free(c->res); /* before the lexicon it belongs to */
  c->res = NULL;
  lex_release(c->l);
  c->l = NULL;
}

static int each_open(sqlite3_vtab *vt, sqlite3_vtab_cursor **out) {
  (void)vt;
  mt_cursor *c = sqlite3_malloc(sizeof *c);
  if (!c) return SQLITE_NOMEM;
  memset(c, 0, sizeof *c);
  *out = &c->base;
  return SQLITE_OK;
}

static int each_close(sqlite3_vtab_cursor *cur) {
  mt_cursor *c = (mt_cursor *)cur;
  cursor_reset(c);
  cursor_unbind(c);
  sqlite3_free(c);
  return SQLITE_OK;
}

static int vtab_error(sqlite3_vtab *vt, int rc, char *msg) {
  sqlite3_free(vt->zErrMsg);
  vt->zErrMsg = msg;
  return rc;
}

static int each_filter(sqlite3_vtab_cursor *cur, int idx_num, const char *idx_str, int argc,
                       sqlite3_value **argv) {
  (void)idx_str;
  mt_cursor *c = (mt_cursor *)cur;
  sqlite3_vtab *vt = cur->pVtab;
  mt_state *st = ((mt_vtab *)vt)->st;
  cursor_reset(c);
  if (!(idx_num & IDX_DOC) || argc < 1) {
    char *msg = sqlite3_mprintf("miltag_each: missing text argument: use miltag_each(text)");
    return vtab_error(vt, msg ? SQLITE_ERROR : SQLITE_NOMEM, msg);
  }
  char *msg = NULL;
  mt_lex *l;
  int rc = arg_lexicon(st, (idx_num & IDX_LEXICON) && argc > 1 ? argv[1] : NULL, &l, &msg);
  if (rc != SQLITE_OK) return vtab_error(vt, rc, msg);
  if (c->l != l) {
    cursor_unbind(c);
    int m = miltag_results_new(l->lex, &c->res);
    if (m == MILTAG_E_NOMEM) return SQLITE_NOMEM;
    if (m) {
      msg = sqlite3_mprintf("miltag_each: %s", miltag_strerror(m));
      return vtab_error(vt, msg ? SQLITE_ERROR : SQLITE_NOMEM, msg);
    }
    c->l = l;
    l->refs++;
  }
  if (sqlite3_value_type(argv[0]) == SQLITE_NULL) {
    c->doc_is_null = 1; /* no text, no tags */
    return SQLITE_OK;
  }
  const char *text;
  size_t len;
  if (arg_bytes(argv[0], &text, &len) != SQLITE_OK) return SQLITE_NOMEM;
  c->doc = sqlite3_malloc64(len + 1);
  if (!c->doc) return SQLITE_NOMEM;
  memcpy(c->doc, text, len);
  c->doc[len] = '\0';
  c->len = len;
  int m = miltag_scan_results(l->scan, c->doc, len, 0, c->res);
  if (m < 0) {
    if (m == MILTAG_E_NOMEM) return SQLITE_NOMEM;
    msg = sqlite3_mprintf("miltag_each: %s", miltag_strerror(m));
    return vtab_error(vt, msg ? SQLITE_ERROR : SQLITE_NOMEM, msg);
  }
  c->n = miltag_results_count(c->res);
  return SQLITE_OK;
}

static int each_next(sqlite3_vtab_cursor *cur) {
  ((mt_cursor *)cur)->i++;
  return SQLITE_OK;
}

static int each_eof(sqlite3_vtab_cursor *cur) {
  mt_cursor *c = (mt_cursor *)cur;
  return c->i >= c->n;
}

static int each_rowid(sqlite3_vtab_cursor *cur, sqlite3_int64 *rowid) {
  *rowid = (sqlite3_int64)((mt_cursor *)cur)->i;
  return SQLITE_OK;
}

static int each_column(sqlite3_vtab_cursor *cur, sqlite3_context *ctx, int col) {
  mt_cursor *c = (mt_cursor *)cur;
  if (col == COL_DOC) {
    if (c->doc_is_null) sqlite3_result_null(ctx);
    else result_utf8(ctx, c->doc, c->len);
    return SQLITE_OK;
  }
  if (col == COL_LEXICON) {
    if (c->l && c->l->path) sqlite3_result_text(ctx, c->l->path, -1, SQLITE_TRANSIENT);
    else sqlite3_result_null(ctx);
    return SQLITE_OK;
  }
  const miltag_tag *t = miltag_results_get(c->res, c->i);
  if (!t) return SQLITE_ERROR; /* not reached: SQLite reads rows before EOF only */
  sqlite3_str *s;
  switch (col) {
    case COL_START: sqlite3_result_int64(ctx, (sqlite3_int64)t->start); break;
    case COL_END: sqlite3_result_int64(ctx, (sqlite3_int64)t->end); break;
    case COL_CATEGORY:
      sqlite3_result_text(ctx, miltag_category_name(t->category), -1, SQLITE_STATIC);
      break;
    /* lexicon-owned strings: valid while c->l is referenced, but SQLite may
     * keep the value longer, so they are copied */
    case COL_ID: sqlite3_result_text(ctx, t->id, -1, SQLITE_TRANSIENT); break;
    case COL_LABEL: sqlite3_result_text(ctx, t->label, -1, SQLITE_TRANSIENT); break;
    case COL_LANG: sqlite3_result_text(ctx, t->lang, -1, SQLITE_TRANSIENT); break;
    case COL_TEXT: result_utf8(ctx, c->doc + t->start, t->end - t->start); break;
    case COL_ATTRS:
      s = sqlite3_str_new(sqlite3_context_db_handle(ctx));
      json_tag_attrs(s, t, c->doc);
      result_str(ctx, s, 0);
      break;
    /* a casualty tag's count (NULL when the text states none) */
    case COL_COUNT:
    case COL_COUNT_MIN:
    case COL_COUNT_MAX: {
      long v = col == COL_COUNT ? t->count : col == COL_COUNT_MIN ? t->count_min : t->count_max;
      if (v == MILTAG_NO_COUNT) sqlite3_result_null(ctx);
      else sqlite3_result_int64(ctx, (sqlite3_int64)v);
      break;
    }
    case COL_CANDIDATES:
      s = sqlite3_str_new(sqlite3_context_db_handle(ctx));
      if (json_candidates(s, c->l->lex, t) != MILTAG_OK) {
        sqlite3_free(sqlite3_str_finish(s));
        sqlite3_result_error(ctx, "miltag: a tag names an entry its lexicon lacks", -1);
        break;
      }
      result_str(ctx, s, 0);
      break;
    default: sqlite3_result_null(ctx); break;
  }
  return SQLITE_OK;
}

static sqlite3_module each_module = {
  .iVersion = 0,
  .xCreate = NULL, /* NULL: eponymous only, no CREATE VIRTUAL TABLE */
  .xConnect = each_connect,
  .xBestIndex = each_best_index,
  .xDisconnect = each_disconnect,
  .xDestroy = NULL,
  .xOpen = each_open,
  .xClose = each_close,
  .xFilter = each_filter,
  .xNext = each_next,
  .xEof = each_eof,
  .xColumn = each_column,
  .xRowid = each_rowid,
};

/* --------------------------------------------------------- entry point */

int sqlite3_miltag_init(sqlite3 *db, char **err, const sqlite3_api_routines *api);
int sqlite3_miltagsqlite_init(sqlite3 *db, char **err, const sqlite3_api_routines *api);

MT_EXPORT int sqlite3_miltag_init(sqlite3 *db, char **err, const sqlite3_api_routines *api) {
  SQLITE_EXTENSION_INIT2(api);
  if (sqlite3_libversion_number() < MT_MIN_SQLITE) {
    *err = sqlite3_mprintf("miltag: needs SQLite 3.31.0 or newer, this is %s",
                           sqlite3_libversion());
    return SQLITE_ERROR;
  }
  mt_state *st = sqlite3_malloc(sizeof *st);
  if (!st) return SQLITE_NOMEM;
  memset(st, 0, sizeof *st);
  st->refs = 1; /* ours, until every registration has taken its own */
  int rc = lex_open(NULL, &st->def, err);
  if (rc != SQLITE_OK) {
    sqlite3_free(st);
    return rc;
  }
  /* Each registration takes a reference first: SQLite calls the
   * destructor when the connection closes, on replacement, and also when
   * the registration itself fails. */
  static const struct {
    const char *name;
    int nargs, flags;
  } fns[] = {
    {"miltag_tags", 1, SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS},
    /* Direct only: it reads the file it is given, so a view or trigger of
     * a database from elsewhere must not call it, whatever trusted_schema
     * says. */
    {"miltag_tags", 2, SQLITE_DETERMINISTIC | SQLITE_DIRECTONLY},
  };
  for (size_t i = 0; i < sizeof fns / sizeof fns[0] && rc == SQLITE_OK; i++) {
    st->refs++;
    rc = sqlite3_create_function_v2(db, fns[i].name, fns[i].nargs,
                                    SQLITE_UTF8 | SQLITE_RESULT_SUBTYPE | fns[i].flags, st,
                                    fn_tags, NULL, NULL, state_release);
  }
  if (rc == SQLITE_OK) {
    st->refs++;
    rc = sqlite3_create_module_v2(db, "miltag_each", &each_module, st, state_release);
  }
  if (rc == SQLITE_OK)
    rc = sqlite3_create_function_v2(db, "miltag_version", 0,
                                    SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, NULL,
                                    fn_version, NULL, NULL, NULL);
  if (rc != SQLITE_OK && !*err)
    *err = sqlite3_mprintf("miltag: cannot register the functions: %s", sqlite3_errstr(rc));
  state_release(st);
  return rc;
}

/* The name SQLite derives from the file name miltag_sqlite.so, so that
 * `.load ./miltag_sqlite` needs no entry point argument. */
MT_EXPORT int sqlite3_miltagsqlite_init(sqlite3 *db, char **err,
                                        const sqlite3_api_routines *api) {
  return sqlite3_miltag_init(db, err, api);
}
