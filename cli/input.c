#include "input.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "json.h"

#define MAX_PATH_PARTS 32

typedef struct path {
  const char *part[MAX_PATH_PARTS];
  size_t len[MAX_PATH_PARTS];
  int n;
} path;

/* The telegram source walks the export's message arrays one by one. */
typedef struct tg_list {
  jcur messages;           /* on the array's next element */
  const char *chat;        /* JSON of the chat id (full exports) */
  size_t chat_len;
} tg_list;

struct source {
  in_opts o;
  reader *r;
  const char *name;
  unsigned long line;      /* lines read so far */
  wbuf text, id, date, chat; /* the current document's decoded parts */
  char msg[512];
  path field, id_path;
  /* csv */
  int header_done;
  long text_col, id_col;   /* -1: none */
  long ncols;              /* the header's fields */
  int extra;               /* the record has text in a field past them */
  /* telegram and doc */
  int loaded;
  char *all;
  size_t all_len;
  tg_list *lists;
  size_t nlists, at_list;
  const char *tg_start;    /* the export's text, for line:column */
  const char *tg_at;       /* where tg_line, tg_col were counted to */
  unsigned long tg_line, tg_col;
};

static void split_path(path *p, const char *s) {
  p->n = 0;
  const char *q = s;
  for (;;) {
    const char *dot = strchr(q, '.');
    size_t n = dot ? (size_t)(dot - q) : strlen(q);
    if (p->n < MAX_PATH_PARTS) {
      p->part[p->n] = q;
      p->len[p->n] = n;
      p->n++;
    }
    if (!dot) break;
    q = dot + 1;
  }
}

source *src_new(const in_opts *o, reader *r, const char *name) {
  source *s = calloc(1, sizeof *s);
  if (!s) return NULL;
  s->o = *o;
  s->r = r;
  s->name = name;
  wb_init(&s->text, -1);
  wb_init(&s->id, -1);
  wb_init(&s->date, -1);
  wb_init(&s->chat, -1);
  split_path(&s->field, o->field ? o->field : "text");
  split_path(&s->id_path, o->id_field ? o->id_field : "id");
  s->text_col = s->id_col = -1;
  return s;
}

void src_free(source *s) {
  if (!s) return;
  wb_free(&s->text);
  wb_free(&s->id);
  wb_free(&s->date);
  wb_free(&s->chat);
  free(s->lists);
  free(s);
}

const char *src_msg(const source *s) { return s->msg; }

void src_text_line_at(source *s, unsigned long line) { s->line = line; }

static void clear_doc(source *s, doc *d) {
  memset(d, 0, sizeof *d);
  d->file = s->name;
  s->text.len = s->id.len = s->date.len = s->chat.len = 0;
  s->text.err = s->id.err = s->date.err = s->chat.err = 0;
}

static int read_failed(source *s, int rc) {
  if (rc == -2) {
    snprintf(s->msg, sizeof s->msg, "%lu: out of memory for a line this long: line skipped", s->line + 1);
    s->line++;
    return 2;
  }
  snprintf(s->msg, sizeof s->msg, "read error: %s", strerror(s->r->err));
  return 3;
}

/* -------------------------------------------------------------------- text */

static int next_text(source *s, doc *d) {
  char *line;
  size_t len;
  int rc = rd_line_fast(s->r, &line, &len);
  if (rc <= 0) return rc == 0 ? 0 : read_failed(s, rc);
  /* field by field: a compound literal is zeroed as a block first */
  d->text = line;
  d->len = line_text_len(line, len);
  d->file = s->name;
  d->line = ++s->line;
  d->id = d->date = d->chat = NULL;
  d->id_len = d->date_len = d->chat_len = 0;
  d->raw_len = len;
  d->seq = 0;
  return 1;
}

/* ------------------------------------------------------------------- jsonl */

static const char *type_name(int c) {
  switch (c) {
    case '{': return "an object";
    case '[': return "an array";
    case '"': return "a string";
    case 't': case 'f': return "a boolean";
    case 'n': return "null";
    default: return "a number";
  }
}

/* Move c (on a value) to the value at p; 1 found, 0 not there. */
static int find(jcur *c, const path *p) {
  for (int i = 0; i < p->n; i++) {
    int k = js_peek(c);
    if (k == '{') {
      js_obj_begin(c);
      const char *key;
      size_t klen;
      int esc, r, found = 0;
      jcur at;
      while ((r = js_obj_next(c, &key, &klen, &esc)) == 1) {
        /* the last of duplicate keys wins, as in most JSON readers */
        if (js_key_is(key, klen, esc, p->part[i], p->len[i])) {
          at = *c;
          found = 1;
        }
        js_skip(c);
      }
      if (r < 0 || !found) return 0;
      *c = at;
    } else if (k == '[' && p->len[i] > 0 && strspn(p->part[i], "0123456789") >= p->len[i]) {
      unsigned long want = strtoul(p->part[i], NULL, 10), at = 0;
      js_arr_begin(c);
      int r;
      while ((r = js_arr_next(c)) == 1 && at < want) {
        js_skip(c);
        at++;
      }
      if (r != 1) return 0;
    } else {
      return 0;
    }
  }
  return 1;
}

static void path_name(char *out, size_t cap, const char *given, const char *dflt) {
  snprintf(out, cap, "%s", given ? given : dflt);
}

static int next_jsonl(source *s, doc *d) {
  for (;;) {
    char *line;
    size_t len;
    int rc = rd_line_fast(s->r, &line, &len);
    if (rc <= 0) return rc == 0 ? 0 : read_failed(s, rc);
    s->line++;
    clear_doc(s, d);
    d->line = s->line;
    jcur c;
    js_init(&c, line, len);
    /* a UTF-8 byte order mark before the first record */
    if (s->line == 1 && len >= 3 && memcmp(line, "\xEF\xBB\xBF", 3) == 0) js_init(&c, line + 3, len - 3);
    int first = js_peek(&c);
    if (first < 0) continue; /* a blank line is no record */
    jcur whole = c;
    if (js_skip(&whole) || js_end(&whole)) {
      snprintf(s->msg, sizeof s->msg, "%lu:%ld: invalid JSON (%s): record skipped", s->line,
               (long)(whole.errp - line) + 1, whole.err);
      return 2;
    }
    char fname[200];
    path_name(fname, sizeof fname, s->o.field, "text");
    if (first != '{') {
      snprintf(s->msg, sizeof s->msg, "%lu: the record is %s, not an object: record skipped", s->line,
               type_name(first));
      return 2;
    }
    jcur f = c;
    if (!find(&f, &s->field)) {
      snprintf(s->msg, sizeof s->msg, "%lu: no field '%s': record skipped", s->line, fname);
      return 2;
    }
    int k = js_peek(&f);
    if (k != '"') {
      snprintf(s->msg, sizeof s->msg, "%lu: field '%s' is %s, not a string: record skipped", s->line,
               fname, type_name(k));
      return 2;
    }
    js_string(&f, &s->text);
    jcur id = c;
    if (find(&id, &s->id_path)) js_copy(&id, &s->id);
    if (s->text.err || s->id.err) {
      snprintf(s->msg, sizeof s->msg, "%lu: out of memory: record skipped", s->line);
      return 2;
    }
    d->text = s->text.p ? s->text.p : "";
    d->len = s->text.len;
    if (s->id.len) {
      d->id = s->id.p;
      d->id_len = s->id.len;
    }
    return 1;
  }
}

/* --------------------------------------------------------------------- csv */

/* Does a field's chunk hold text: a byte other than white space?  A
 * field past the header's that holds none (a comma ending the line, a
 * space after it) loses nothing. */
static int has_text(const char *p, size_t n) {
  for (size_t k = 0; k < n; k++)
    if (p[k] != ' ' && p[k] != '\t' && p[k] != '\r') return 1;
  return 0;
}

/* One CSV record (RFC 4180: quoted fields may hold commas, "" and line
 * breaks).  Columns want[0..nwant) go to out[]; every field's text goes to
 * all (NUL after each) when all is not NULL.  Returns the number of fields,
 * 0 at the end, -1 on an error (msg), -2 for a line that did not fit. */
static long csv_record(source *s, const long *want, wbuf **out, int nwant, wbuf *all,
                       unsigned long *start_line) {
  long field = 0;
  int quoted = 0, in_quotes = 0, started = 0;
  for (;;) {
    char *line;
    size_t len;
    int rc = rd_line_fast(s->r, &line, &len);
    if (rc == 0) {
      if (in_quotes) {
        snprintf(s->msg, sizeof s->msg, "%lu: a quoted field is not closed before the end of the input",
                 *start_line);
        return -1;
      }
      return started ? field + 1 : 0;
    }
    if (rc < 0) return rc == -2 ? -2 : -3;
    s->line++;
    if (!started) {
      *start_line = s->line;
      /* a blank line is no record */
      if ((len == 1 && line[0] == '\n') || (len == 2 && line[0] == '\r' && line[1] == '\n')) continue;
      if (s->line == 1 && len >= 3 && memcmp(line, "\xEF\xBB\xBF", 3) == 0) {
        line += 3;
        len -= 3;
      }
      started = 1;
    }
    size_t i = 0;
    while (i < len) {
      wbuf *dst = NULL;
      for (int k = 0; k < nwant; k++)
        if (want[k] == field) dst = out[k];
      if (in_quotes) {
        const char *q = memchr(line + i, '"', len - i);
        size_t stop = q ? (size_t)(q - line) : len;
        if (dst) wb_put(dst, line + i, stop - i);
        if (all) wb_put(all, line + i, stop - i);
        if (s->ncols && field >= s->ncols && has_text(line + i, stop - i)) s->extra = 1;
        i = stop;
        if (!q) break; /* a line break inside quotes: the record goes on */
        if (i + 1 < len && line[i + 1] == '"') {
          if (dst) wb_putc(dst, '"');
          if (all) wb_putc(all, '"');
          if (s->ncols && field >= s->ncols) s->extra = 1;
          i += 2;
        } else {
          in_quotes = 0;
          i++;
        }
        continue;
      }
      char c = line[i];
      if (c == '"' && !quoted && (i == 0 || line[i - 1] == ',')) {
        /* a quote opens a field only at its start */
        quoted = in_quotes = 1;
        i++;
        continue;
      }
      if (c == ',') {
        if (all) wb_putc(all, 0);
        field++;
        quoted = 0;
        i++;
        continue;
      }
      if (c == '\n' || (c == '\r' && i + 1 < len && line[i + 1] == '\n')) {
        if (all) wb_putc(all, 0);
        return field + 1;
      }
      /* an unquoted run (or text after a closing quote, kept as is) */
      size_t j = i;
      while (j < len && line[j] != ',' && line[j] != '\n' && !(line[j] == '\r' && j + 1 < len && line[j + 1] == '\n'))
        j++;
      if (dst) wb_put(dst, line + i, j - i);
      if (all) wb_put(all, line + i, j - i);
      if (s->ncols && field >= s->ncols && has_text(line + i, j - i)) s->extra = 1;
      i = j;
    }
    if (!in_quotes) {
      /* the last line, without a line break */
      if (all) wb_putc(all, 0);
      return field + 1;
    }
  }
}

static int next_csv(source *s, doc *d) {
  char name[200];
  if (!s->header_done) {
    wbuf cols;
    wb_init(&cols, -1);
    unsigned long at = 0;
    long n = csv_record(s, NULL, NULL, 0, &cols, &at);
    if (n <= 0 || cols.err) {
      if (n == 0) snprintf(s->msg, sizeof s->msg, "no header row");
      else if (n == -2 || cols.err) snprintf(s->msg, sizeof s->msg, "out of memory reading the header");
      else if (n == -3) snprintf(s->msg, sizeof s->msg, "read error: %s", strerror(s->r->err));
      wb_free(&cols);
      return 3;
    }
    path_name(name, sizeof name, s->o.field, "text");
    const char *id_name = s->o.id_field ? s->o.id_field : "id";
    const char *p = cols.p;
    for (long k = 0; k < n; k++) {
      if (strcmp(p, name) == 0) s->text_col = k;
      if (strcmp(p, id_name) == 0) s->id_col = k;
      p += strlen(p) + 1;
    }
    if (s->text_col < 0) {
      /* say which columns there are */
      int off = snprintf(s->msg, sizeof s->msg, "no column '%s' in the header (columns:", name);
      p = cols.p;
      for (long k = 0; k < n && off > 0 && (size_t)off < sizeof s->msg; k++) {
        off += snprintf(s->msg + off, sizeof s->msg - (size_t)off, "%s '%s'", k ? "," : "", p);
        p += strlen(p) + 1;
      }
      if (off > 0 && (size_t)off < sizeof s->msg - 1) snprintf(s->msg + off, sizeof s->msg - (size_t)off, ")");
      wb_free(&cols);
      return 3;
    }
    wb_free(&cols);
    s->ncols = n;
    s->header_done = 1;
  }
  for (;;) {
    clear_doc(s, d);
    long want[2] = {s->text_col, s->id_col};
    wbuf *out[2] = {&s->text, &s->id};
    unsigned long start = s->line + 1;
    int same = s->id_col == s->text_col;
    s->extra = 0;
    long n = csv_record(s, want, out, s->id_col >= 0 && !same ? 2 : 1, NULL, &start);
    if (same && n > s->text_col) wb_put(&s->id, s->text.p ? s->text.p : "", s->text.len);
    if (n == 0) return 0;
    if (n == -1) return 2;
    if (n == -2) return read_failed(s, -2);
    if (n == -3) return read_failed(s, -1);
    if (s->text.err || s->id.err) {
      snprintf(s->msg, sizeof s->msg, "%lu: out of memory: record skipped", start);
      return 2;
    }
    if (s->extra) {
      /* text past the header's columns: an unquoted comma in the text
       * ("2,Wagner, near Kharkiv") would lose what follows it silently;
       * empty fields past them (a comma ending every line) lose nothing */
      snprintf(s->msg, sizeof s->msg, "%lu: the record has %ld fields, the header %ld: record skipped",
               start, n, s->ncols);
      return 2;
    }
    if (n <= s->text_col) {
      path_name(name, sizeof name, s->o.field, "text");
      snprintf(s->msg, sizeof s->msg, "%lu: the record has %ld field%s, no column '%s': record skipped",
               start, n, n == 1 ? "" : "s", name);
      return 2;
    }
    d->line = start;
    d->text = s->text.p ? s->text.p : "";
    d->len = s->text.len;
    if (s->id_col >= 0 && n > s->id_col) {
      /* the id as a JSON string */
      wbuf *t = &s->date; /* scratch: csv has no dates */
      wb_json_str(t, s->id.p ? s->id.p : "", s->id.len);
      if (t->err) {
        snprintf(s->msg, sizeof s->msg, "%lu: out of memory: record skipped", start);
        return 2;
      }
      d->id = t->p;
      d->id_len = t->len;
    }
    return 1;
  }
}

/* ---------------------------------------------------------------- telegram */

static int add_list(source *s, const jcur *messages, const char *chat, size_t chat_len) {
  tg_list *nl = realloc(s->lists, (s->nlists + 1) * sizeof *nl);
  if (!nl) return -1;
  s->lists = nl;
  nl[s->nlists].messages = *messages;
  nl[s->nlists].chat = chat;
  nl[s->nlists].chat_len = chat_len;
  s->nlists++;
  return 0;
}

/* The chats of a full export: {"list": [{"id": ..., "messages": [...]}]} */
static int chat_lists(source *s, jcur *c) {
  if (js_peek(c) != '{') return js_skip(c);
  js_obj_begin(c);
  const char *key;
  size_t klen;
  int esc, r;
  while ((r = js_obj_next(c, &key, &klen, &esc)) == 1) {
    if (!js_key_is(key, klen, esc, "list", 4) || js_peek(c) != '[') {
      js_skip(c);
      continue;
    }
    js_arr_begin(c);
    while (js_arr_next(c) == 1) {
      if (js_peek(c) != '{') {
        js_skip(c);
        continue;
      }
      js_obj_begin(c);
      const char *chat = NULL, *ck;
      size_t chat_len = 0, cklen;
      int cesc;
      jcur messages;
      int have = 0;
      while (js_obj_next(c, &ck, &cklen, &cesc) == 1) {
        if (js_key_is(ck, cklen, cesc, "id", 2)) {
          js_peek(c);
          chat = c->p;
          js_skip(c);
          chat_len = (size_t)(c->p - chat);
        } else if (js_key_is(ck, cklen, cesc, "messages", 8) && js_peek(c) == '[') {
          messages = *c;
          js_arr_begin(&messages);
          have = 1;
          js_skip(c);
        } else {
          js_skip(c);
        }
      }
      if (have && add_list(s, &messages, chat, chat_len)) return -1;
    }
  }
  return 0;
}

static int load_telegram(source *s) {
  if (rd_all(s->r, &s->all, &s->all_len)) {
    snprintf(s->msg, sizeof s->msg, "%s", s->r->err == ENOMEM ? "out of memory: the export does not fit"
                                                              : strerror(s->r->err));
    return -1;
  }
  jcur c;
  const char *start = s->all;
  size_t n = s->all_len;
  if (n >= 3 && memcmp(start, "\xEF\xBB\xBF", 3) == 0) start += 3, n -= 3;
  js_init(&c, start, n);
  s->tg_start = s->tg_at = start;
  s->tg_line = s->tg_col = 1;
  jcur whole = c;
  if (js_skip(&whole) || js_end(&whole)) {
    unsigned long line = 1, col = 1;
    for (const char *p = start; p < whole.errp; p++) {
      if (*p == '\n') line++, col = 1;
      else if (((unsigned char)*p & 0xC0) != 0x80) col++;
    }
    snprintf(s->msg, sizeof s->msg, "%lu:%lu: invalid JSON (%s)", line, col, whole.err);
    return -1;
  }
  if (js_peek(&c) != '{') {
    snprintf(s->msg, sizeof s->msg, "not a Telegram export (the JSON is not an object)");
    return -1;
  }
  js_obj_begin(&c);
  const char *key;
  size_t klen;
  int esc, found = 0;
  while (js_obj_next(&c, &key, &klen, &esc) == 1) {
    if (js_key_is(key, klen, esc, "messages", 8) && js_peek(&c) == '[') {
      /* one chat */
      jcur m = c;
      js_arr_begin(&m);
      if (add_list(s, &m, NULL, 0)) goto oom;
      found = 1;
      js_skip(&c);
    } else if (js_key_is(key, klen, esc, "chats", 5) || js_key_is(key, klen, esc, "left_chats", 10)) {
      size_t before = s->nlists;
      if (chat_lists(s, &c)) goto oom;
      found |= s->nlists > before || js_key_is(key, klen, esc, "chats", 5);
    } else {
      js_skip(&c);
    }
  }
  if (!found) {
    snprintf(s->msg, sizeof s->msg, "not a Telegram export (no \"messages\" and no \"chats\")");
    return -1;
  }
  return 0;
oom:
  snprintf(s->msg, sizeof s->msg, "out of memory");
  return -1;
}

/* The line and column (in characters) of p in the export.  Counted on from
 * the last place asked, as messages come in order: linear in the file. */
static void tg_where(source *s, const char *p, unsigned long *line, unsigned long *col) {
  if (p < s->tg_at) {
    s->tg_at = s->tg_start;
    s->tg_line = s->tg_col = 1;
  }
  for (const char *q = s->tg_at; q < p; q++) {
    if (*q == '\n') s->tg_line++, s->tg_col = 1;
    else if (((unsigned char)*q & 0xC0) != 0x80) s->tg_col++;
  }
  s->tg_at = p;
  *line = s->tg_line;
  *col = s->tg_col;
}

/* A message's text: a string, or a list of strings and {type, text}
 * entities (bold, link, mention...), joined.  0, or -1 when it is neither
 * (nor null: no text). */
static int tg_text(jcur *c, wbuf *out) {
  int k = js_peek(c);
  if (k == '"') {
    js_string(c, out);
    return 0;
  }
  if (k != '[') {
    js_skip(c);
    return k == 'n' ? 0 : -1;
  }
  js_arr_begin(c);
  while (js_arr_next(c) == 1) {
    k = js_peek(c);
    if (k == '"') {
      js_string(c, out);
    } else if (k == '{') {
      js_obj_begin(c);
      const char *key;
      size_t klen;
      int esc;
      while (js_obj_next(c, &key, &klen, &esc) == 1) {
        if (js_key_is(key, klen, esc, "text", 4) && js_peek(c) == '"') js_string(c, out);
        else js_skip(c);
      }
    } else {
      js_skip(c);
    }
  }
  return 0;
}

static int next_telegram(source *s, doc *d) {
  if (!s->loaded) {
    s->loaded = 1;
    if (load_telegram(s)) return 3;
  }
  while (s->at_list < s->nlists) {
    tg_list *l = &s->lists[s->at_list];
    if (js_arr_next(&l->messages) != 1) {
      s->at_list++;
      continue;
    }
    jcur *c = &l->messages;
    clear_doc(s, d);
    unsigned long line, col;
    if (js_peek(c) != '{') {
      /* reported: a message lost without a word is data lost */
      tg_where(s, c->p, &line, &col);
      js_skip(c);
      snprintf(s->msg, sizeof s->msg, "%lu:%lu: a message that is not an object: skipped", line, col);
      return 2;
    }
    const char *at = c->p;
    js_obj_begin(c);
    const char *key;
    size_t klen;
    int esc, is_message = 0, bad_text = 0;
    while (js_obj_next(c, &key, &klen, &esc) == 1) {
      if (js_key_is(key, klen, esc, "type", 4)) {
        /* "message", not "service" (and "message" is written plainly) */
        const char *v = c->p;
        js_skip(c);
        is_message = c->p - v == 9 && memcmp(v, "\"message\"", 9) == 0;
      } else if (js_key_is(key, klen, esc, "id", 2)) {
        js_copy(c, &s->id);
      } else if (js_key_is(key, klen, esc, "date", 4)) {
        js_copy(c, &s->date);
      } else if (js_key_is(key, klen, esc, "text", 4)) {
        if (tg_text(c, &s->text)) bad_text = 1;
      } else {
        js_skip(c);
      }
    }
    if (!is_message) continue; /* service messages: joins, pins, calls */
    if (bad_text) {
      tg_where(s, at, &line, &col);
      snprintf(s->msg, sizeof s->msg, "%lu:%lu: message %.*s: its \"text\" is not a string or a list: skipped",
               line, col, s->id.len == 0 ? 1 : s->id.len < 40 ? (int)s->id.len : 40,
               s->id.len ? s->id.p : "?");
      return 2;
    }
    if (s->text.err || s->id.err || s->date.err) {
      snprintf(s->msg, sizeof s->msg, "out of memory: message %.*s skipped",
               s->id.len < 40 ? (int)s->id.len : 40, s->id.p ? s->id.p : "?");
      return 2;
    }
    d->text = s->text.p ? s->text.p : "";
    d->len = s->text.len;
    if (s->id.len) d->id = s->id.p, d->id_len = s->id.len;
    if (s->date.len) d->date = s->date.p, d->date_len = s->date.len;
    if (l->chat) d->chat = l->chat, d->chat_len = l->chat_len;
    return 1;
  }
  return 0;
}

/* --------------------------------------------------------------------- doc */

static int next_doc(source *s, doc *d) {
  if (s->loaded) return 0;
  s->loaded = 1;
  if (rd_all(s->r, &s->all, &s->all_len)) {
    if (s->r->err == ENOMEM) snprintf(s->msg, sizeof s->msg, "out of memory: the document does not fit");
    else snprintf(s->msg, sizeof s->msg, "read error: %s", strerror(s->r->err));
    return 3;
  }
  memset(d, 0, sizeof *d);
  d->file = s->name;
  d->text = s->all;
  d->len = s->all_len;
  return 1;
}

/* Apart from src_next: a line of text is read with no stack frame for the
 * other forms' parsers. */
__attribute__((noinline)) static int next_other(source *s, doc *d) {
  switch (s->o.format) {
    case IN_JSONL: return next_jsonl(s, d);
    case IN_CSV: return next_csv(s, d);
    case IN_TELEGRAM: return next_telegram(s, d);
    default: return next_doc(s, d);
  }
}

int src_next(source *s, doc *d) {
  if (s->o.format == IN_TEXT) return next_text(s, d);
  return next_other(s, d);
}
