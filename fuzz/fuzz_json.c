/* Fuzz target: the CLI's JSON Lines writer and reader.  Arbitrary bytes go
 * through the scanner and cli/output.c exactly as `miltag --format jsonl`
 * writes them; the output must be one line of strictly valid JSON (RFC
 * 8259, UTF-8) whatever the input.  The same bytes read as a JSON value
 * by cli/json.c (`--input jsonl`, `telegram`): when it accepts them, its
 * minified copy must be strictly valid JSON too. */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>

#include "fuzz_common.h"
#include "json.h"
#include "output.h"

typedef struct json {
  const unsigned char *p, *end;
} json;

static void ws(json *j) {
  while (j->p < j->end && (*j->p == ' ' || *j->p == '\t' || *j->p == '\r' || *j->p == '\n')) j->p++;
}

static int value(json *j, int depth);

static int hex4(json *j) {
  for (int i = 0; i < 4; i++, j->p++) {
    if (j->p >= j->end) return 0;
    unsigned c = *j->p;
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'))) return 0;
  }
  return 1;
}

static int string(json *j) {
  if (j->p >= j->end || *j->p != '"') return 0;
  j->p++;
  while (j->p < j->end) {
    unsigned c = *j->p;
    if (c == '"') { j->p++; return 1; }
    if (c < 0x20) return 0;
    if (c == '\\') {
      j->p++;
      if (j->p >= j->end) return 0;
      c = *j->p;
      if (c == 'u') { j->p++; if (!hex4(j)) return 0; continue; }
      if (!strchr("\"\\/bfnrt", (int)c)) return 0;
      j->p++;
      continue;
    }
    if (c >= 0x80) {
      size_t k = fuzz_unit(j->p, (size_t)(j->end - j->p));
      /* a well-formed multi-byte character decodes to itself */
      if (k < 2) return 0;
      unsigned lead = c;
      size_t need = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
      if (k != need) return 0;
      j->p += k;
      continue;
    }
    j->p++;
  }
  return 0;
}

static int digits(json *j) {
  const unsigned char *s = j->p;
  while (j->p < j->end && *j->p >= '0' && *j->p <= '9') j->p++;
  return j->p > s;
}

static int number(json *j) {
  if (j->p < j->end && *j->p == '-') j->p++;
  if (j->p >= j->end) return 0;
  if (*j->p == '0') j->p++;
  else if (*j->p < '1' || *j->p > '9' || !digits(j)) return 0;
  if (j->p < j->end && *j->p == '.') {
    j->p++;
    if (!digits(j)) return 0;
  }
  if (j->p < j->end && (*j->p == 'e' || *j->p == 'E')) {
    j->p++;
    if (j->p < j->end && (*j->p == '+' || *j->p == '-')) j->p++;
    if (!digits(j)) return 0;
  }
  return 1;
}

static int value(json *j, int depth) {
  if (depth > JS_MAX_DEPTH) return 0;
  ws(j);
  if (j->p >= j->end) return 0;
  unsigned c = *j->p;
  if (c == '"') return string(j);
  if (c == '{' || c == '[') {
    unsigned close = c == '{' ? '}' : ']';
    j->p++;
    ws(j);
    if (j->p < j->end && *j->p == close) { j->p++; return 1; }
    for (;;) {
      if (c == '{') {
        ws(j);
        if (!string(j)) return 0;
        ws(j);
        if (j->p >= j->end || *j->p != ':') return 0;
        j->p++;
      }
      if (!value(j, depth + 1)) return 0;
      ws(j);
      if (j->p >= j->end) return 0;
      if (*j->p == ',') { j->p++; continue; }
      if (*j->p == close) { j->p++; return 1; }
      return 0;
    }
  }
  if (c == 't' && j->end - j->p >= 4 && memcmp(j->p, "true", 4) == 0) { j->p += 4; return 1; }
  if (c == 'f' && j->end - j->p >= 5 && memcmp(j->p, "false", 5) == 0) { j->p += 5; return 1; }
  if (c == 'n' && j->end - j->p >= 4 && memcmp(j->p, "null", 4) == 0) { j->p += 4; return 1; }
  return number(j);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  static miltag_lexicon *lex;
  static miltag_scanner *scan;
  if (!lex) {
    FUZZ_CHECK(miltag_lexicon_default(NULL, &lex) == MILTAG_OK);
    FUZZ_CHECK(miltag_scanner_new(lex, &scan) == MILTAG_OK);
  }
  out_opts oo;
  memset(&oo, 0, sizeof oo);
  oo.format = FMT_JSONL;
  oo.lex = lex;
  oo.show_file = size & 1;
  oo.scan_flags = size ? (data[0] & (MILTAG_SCAN_OVERLAPS | MILTAG_SCAN_AMBIGUOUS)) : 0;
  oo.offsets = size > 1 ? data[1] % 3 : 0;
  wbuf w;
  wb_init(&w, -1);
  emitter e;
  emitter_init(&e, &oo, &w, scan, NULL);
  doc d;
  memset(&d, 0, sizeof d);
  d.text = (const char *)data;
  d.len = size;
  d.file = "fuzz\"\\\x01name";
  d.line = 1;
  char msg[200];
  FUZZ_CHECK(emit_doc(&e, &d, msg, sizeof msg) == 0);
  emitter_free(&e);
  /* exactly one line, and it is one JSON value */
  const char *buf = w.p;
  size_t blen = w.len;
  FUZZ_CHECK(blen >= 2 && buf[blen - 1] == '\n');
  FUZZ_CHECK(memchr(buf, '\n', blen - 1) == NULL);
  json j = {(const unsigned char *)buf, (const unsigned char *)buf + blen - 1};
  FUZZ_CHECK(value(&j, 0));
  ws(&j);
  FUZZ_CHECK(j.p == j.end);
  /* the reader: what it accepts, it copies as valid JSON */
  jcur c;
  js_init(&c, (const char *)data, size);
  w.len = 0;
  if (js_copy(&c, &w) == 0 && js_end(&c) == 0) {
    FUZZ_CHECK(!w.err);
    json k = {(const unsigned char *)w.p, (const unsigned char *)w.p + w.len};
    FUZZ_CHECK(value(&k, 0));
    FUZZ_CHECK(k.p == k.end);
  } else {
    FUZZ_CHECK(c.err != NULL);
  }
  wb_free(&w);
  return 0;
}
