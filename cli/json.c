#include "json.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

void js_init(jcur *c, const char *s, size_t n) {
  c->p = c->start = s;
  c->end = s + n;
  c->err = NULL;
  c->errp = NULL;
}

static int fail(jcur *c, const char *what) {
  if (!c->err) {
    c->err = what;
    c->errp = c->p;
  }
  return -1;
}

static void ws(jcur *c) {
  while (c->p < c->end && (*c->p == ' ' || *c->p == '\t' || *c->p == '\n' || *c->p == '\r')) c->p++;
}

int js_peek(jcur *c) {
  ws(c);
  return c->p < c->end ? (unsigned char)*c->p : -1;
}

static int hexval(int ch) {
  if (ch >= '0' && ch <= '9') return ch - '0';
  if (ch >= 'a' && ch <= 'f') return ch - 'a' + 10;
  if (ch >= 'A' && ch <= 'F') return ch - 'A' + 10;
  return -1;
}

static int hex4(const char *p, const char *end) {
  if (end - p < 4) return -1;
  int v = 0;
  for (int i = 0; i < 4; i++) {
    int h = hexval((unsigned char)p[i]);
    if (h < 0) return -1;
    v = v * 16 + h;
  }
  return v;
}

static size_t put_utf8(char *o, uint32_t cp) {
  if (cp < 0x80) { o[0] = (char)cp; return 1; }
  if (cp < 0x800) { o[0] = (char)(0xC0 | cp >> 6); o[1] = (char)(0x80 | (cp & 0x3F)); return 2; }
  if (cp < 0x10000) {
    o[0] = (char)(0xE0 | cp >> 12);
    o[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
    o[2] = (char)(0x80 | (cp & 0x3F));
    return 3;
  }
  o[0] = (char)(0xF0 | cp >> 18);
  o[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
  o[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
  o[3] = (char)(0x80 | (cp & 0x3F));
  return 4;
}

/* One escape after a backslash at c->p (the backslash already taken):
 * the decoded bytes into o (up to 4).  Returns their count, or -1. */
static int escape(jcur *c, char *o) {
  if (c->p >= c->end) return fail(c, "unterminated string");
  char e = *c->p++;
  switch (e) {
    case '"': case '\\': case '/': o[0] = e; return 1;
    case 'b': o[0] = '\b'; return 1;
    case 'f': o[0] = '\f'; return 1;
    case 'n': o[0] = '\n'; return 1;
    case 'r': o[0] = '\r'; return 1;
    case 't': o[0] = '\t'; return 1;
    case 'u': break;
    default: c->p--; return fail(c, "invalid escape in a string");
  }
  int v = hex4(c->p, c->end);
  if (v < 0) return fail(c, "invalid \\u escape");
  c->p += 4;
  uint32_t cp = (uint32_t)v;
  if (cp >= 0xD800 && cp <= 0xDBFF && c->end - c->p >= 6 && c->p[0] == '\\' && c->p[1] == 'u') {
    int lo = hex4(c->p + 2, c->end);
    if (lo >= 0xDC00 && lo <= 0xDFFF) {
      cp = 0x10000 + ((cp - 0xD800) << 10) + ((uint32_t)lo - 0xDC00);
      c->p += 6;
    }
  }
  if (cp >= 0xD800 && cp <= 0xDFFF) cp = 0xFFFD; /* a lone surrogate */
  return (int)put_utf8(o, cp);
}

/* Walk a string at c->p (on its opening quote).  mode 0: check only;
 * 1: append the decoded bytes to out; 2: append them escaped as the
 * command writes JSON (without the quotes). */
static int string(jcur *c, wbuf *out, int mode) {
  if (c->p >= c->end || *c->p != '"') return fail(c, "expected a string");
  c->p++;
  const char *run = c->p;
  for (;;) {
    const char *p = c->p;
    while (p < c->end && *p != '"' && *p != '\\' && (unsigned char)*p >= 0x20) p++;
    c->p = p;
    if (p >= c->end) return fail(c, "unterminated string");
    if (*p == '"') {
      if (mode == 1) wb_put(out, run, (size_t)(p - run));
      else if (mode == 2) wb_json_body(out, run, (size_t)(p - run));
      c->p++;
      return 0;
    }
    if (*p != '\\') return fail(c, "control character in a string");
    if (mode == 1) wb_put(out, run, (size_t)(p - run));
    else if (mode == 2) wb_json_body(out, run, (size_t)(p - run));
    c->p++;
    char bytes[4];
    int k = escape(c, bytes);
    if (k < 0) return -1;
    if (mode == 1) wb_put(out, bytes, (size_t)k);
    else if (mode == 2) wb_json_body(out, bytes, (size_t)k);
    run = c->p;
  }
}

int js_string(jcur *c, wbuf *out) {
  ws(c);
  return string(c, out, 1);
}

static int number(jcur *c) {
  const char *p = c->p;
  if (p < c->end && *p == '-') p++;
  if (p >= c->end) return fail(c, "invalid number");
  if (*p == '0') p++;
  else if (*p >= '1' && *p <= '9') while (p < c->end && *p >= '0' && *p <= '9') p++;
  else return fail(c, "invalid value");
  if (p < c->end && *p == '.') {
    p++;
    if (p >= c->end || *p < '0' || *p > '9') { c->p = p; return fail(c, "invalid number"); }
    while (p < c->end && *p >= '0' && *p <= '9') p++;
  }
  if (p < c->end && (*p == 'e' || *p == 'E')) {
    p++;
    if (p < c->end && (*p == '+' || *p == '-')) p++;
    if (p >= c->end || *p < '0' || *p > '9') { c->p = p; return fail(c, "invalid number"); }
    while (p < c->end && *p >= '0' && *p <= '9') p++;
  }
  c->p = p;
  return 0;
}

static int literal(jcur *c, const char *word, size_t n) {
  if ((size_t)(c->end - c->p) < n || memcmp(c->p, word, n) != 0) return fail(c, "invalid value");
  c->p += n;
  return 0;
}

/* A string, copied to out (may be NULL) with its quotes. */
static int copy_string(jcur *c, wbuf *out) {
  if (out) wb_putc(out, '"');
  if (string(c, out, out ? 2 : 0)) return -1;
  if (out) wb_putc(out, '"');
  return 0;
}

/* A member's key and its colon, copied to out (may be NULL). */
static int member_key(jcur *c, wbuf *out) {
  ws(c);
  if (copy_string(c, out)) return -1;
  ws(c);
  if (c->p >= c->end || *c->p != ':') return fail(c, "expected ':'");
  c->p++;
  if (out) wb_putc(out, ':');
  return 0;
}

/* Walk one value; out (may be NULL) gets a minified copy.  Containers are
 * followed with an explicit stack: depth does not grow the C stack. */
static int value(jcur *c, wbuf *out) {
  char stack[JS_MAX_DEPTH]; /* '{' or '[' */
  int depth = 0;
  int need_value = 1;
  for (;;) {
    ws(c);
    if (need_value) {
      if (c->p >= c->end) return fail(c, "unexpected end of the text");
      const char *v = c->p;
      switch (*c->p) {
        case '{': case '[':
          if (depth == JS_MAX_DEPTH) return fail(c, "nesting too deep");
          stack[depth++] = *c->p;
          if (out) wb_putc(out, *c->p);
          c->p++;
          ws(c);
          if (c->p < c->end && *c->p == (stack[depth - 1] == '{' ? '}' : ']')) {
            if (out) wb_putc(out, *c->p);
            c->p++;
            depth--;
            need_value = 0;
            break;
          }
          if (stack[depth - 1] == '{' && member_key(c, out)) return -1;
          continue;
        case '"':
          if (copy_string(c, out)) return -1;
          break;
        case 't': if (literal(c, "true", 4)) return -1; if (out) wb_lit(out, "true"); break;
        case 'f': if (literal(c, "false", 5)) return -1; if (out) wb_lit(out, "false"); break;
        case 'n': if (literal(c, "null", 4)) return -1; if (out) wb_lit(out, "null"); break;
        default:
          if (number(c)) return -1;
          if (out) wb_put(out, v, (size_t)(c->p - v));
      }
      need_value = 0;
    }
    /* after a value: the end, a comma or the container's end */
    if (depth == 0) return 0;
    ws(c);
    if (c->p >= c->end) return fail(c, "unexpected end of the text");
    char close = stack[depth - 1] == '{' ? '}' : ']';
    if (*c->p == close) {
      if (out) wb_putc(out, close);
      c->p++;
      depth--;
      continue;
    }
    if (*c->p != ',') return fail(c, stack[depth - 1] == '{' ? "expected ',' or '}'" : "expected ',' or ']'");
    c->p++;
    if (out) wb_putc(out, ',');
    if (stack[depth - 1] == '{' && member_key(c, out)) return -1;
    need_value = 1;
  }
}

int js_skip(jcur *c) { return value(c, NULL); }
int js_copy(jcur *c, wbuf *out) { return value(c, out); }

int js_obj_begin(jcur *c) {
  ws(c);
  if (c->p >= c->end || *c->p != '{') return fail(c, "expected an object");
  c->p++;
  return 0;
}

int js_arr_begin(jcur *c) {
  ws(c);
  if (c->p >= c->end || *c->p != '[') return fail(c, "expected an array");
  c->p++;
  return 0;
}

/* Just after the opening bracket (nothing but white space since)? */
static int at_first(const jcur *c, char open) {
  const char *q = c->p;
  while (q > c->start && (q[-1] == ' ' || q[-1] == '\t' || q[-1] == '\n' || q[-1] == '\r')) q--;
  return q > c->start && q[-1] == open;
}

/* The next member or element of a container opened by `open`: 1 (the
 * cursor on it), 0 after the closing bracket, -1 on an error. */
static int next_item(jcur *c, char open, char close) {
  ws(c);
  if (c->p >= c->end) return fail(c, "unexpected end of the text");
  if (*c->p == close) {
    c->p++;
    return 0;
  }
  if (!at_first(c, open)) {
    if (*c->p != ',') return fail(c, open == '{' ? "expected ',' or '}'" : "expected ',' or ']'");
    c->p++;
    ws(c);
  }
  return 1;
}

int js_obj_next(jcur *c, const char **key, size_t *klen, int *escaped) {
  int r = next_item(c, '{', '}');
  if (r != 1) return r;
  const char *k = c->p + 1;
  if (string(c, NULL, 0)) return -1;
  *key = k;
  *klen = (size_t)(c->p - 1 - k);
  *escaped = memchr(k, '\\', *klen) != NULL;
  ws(c);
  if (c->p >= c->end || *c->p != ':') return fail(c, "expected ':'");
  c->p++;
  ws(c);
  return 1;
}

int js_arr_next(jcur *c) { return next_item(c, '[', ']'); }

int js_key_is(const char *key, size_t klen, int escaped, const char *name, size_t n) {
  if (!escaped) return klen == n && memcmp(key, name, n) == 0;
  /* decode the key (it was checked by js_obj_next) and compare */
  wbuf tmp;
  wb_init(&tmp, -1);
  jcur k;
  js_init(&k, key - 1, klen + 2);
  int same = string(&k, &tmp, 1) == 0 && !tmp.err && tmp.len == n && memcmp(tmp.p, name, n) == 0;
  wb_free(&tmp);
  return same;
}

int js_end(jcur *c) {
  ws(c);
  return c->p == c->end ? 0 : fail(c, "text after the value");
}
