/* Output of the miltag command (cli/output.c): one document in, its tags
 * out, in one of the formats:
 *   jsonl    one object per document (stable, for programs)
 *   tsv/csv  one row per tag (csv with a header, RFC 4180)
 *   text     the text with its tags marked (for people; coloured on a
 *            terminal)
 *   brat     standoff annotations (.ann, for annotation tools)
 *   conll    one token a line with its BIO label (NER training)
 *   html     a page with every tag highlighted (cli/html.c)
 *   geojson  one map of all places found, written at the end (cli/agg.c)
 * The writers append to a wbuf; a document whose output cannot be made
 * (an allocation failed, the scan failed) is rolled back and reported. */
#ifndef MILTAG_CLI_OUTPUT_H
#define MILTAG_CLI_OUTPUT_H

#include <stddef.h>
#include <stdint.h>

#include "agg.h"
#include "miltag.h"
#include "reader.h"
#include "wbuf.h"

enum { FMT_JSONL, FMT_TSV, FMT_TEXT, FMT_BRAT, FMT_CONLL, FMT_CSV, FMT_GEOJSON, FMT_HTML, FMT_JSON };
enum { IN_TEXT, IN_JSONL, IN_CSV, IN_TELEGRAM, IN_DOC };
enum { OFF_BYTES, OFF_CHARS, OFF_UTF16 };
/* the keys of a tag, in their default order (--fields) */
enum { F_START, F_END, F_CATEGORY, F_ID, F_LABEL, F_TEXT, F_LANG, F_ATTRS, F_CANDIDATES,
       F_AMBIGUOUS, F_NUM, F_NUM_MIN, F_NUM_MAX, F_COUNT };  /* F_NUM: a casualty's "count" */
extern const char *const field_names[F_COUNT];

/* One document: a line, a record, a message or a whole file. */
typedef struct doc {
  const char *text;           /* its text (decoded for jsonl, csv, telegram) */
  size_t len;
  const char *file;           /* the input's name */
  unsigned long line;         /* the input line it starts on; 0: none */
  const char *id, *date, *chat; /* JSON values (id, Telegram date and chat), or NULL */
  size_t id_len, date_len, chat_len;
  size_t raw_len;             /* text input: the line with its \r and \n (brat) */
  unsigned long long seq;     /* its number in the run, from 1 */
} doc;

typedef struct out_opts {
  int format, input, color, offsets;
  int show_file;              /* several inputs: name the file */
  int fields[F_COUNT];        /* --fields, in the user's order */
  int nfields;                /* 0: the format's default keys */
  int count;                  /* --count: no output per document */
  unsigned scan_flags;
  const miltag_lexicon *lex;
} out_opts;

/* What one thread needs to tag documents and write them. */
typedef struct emitter {
  const out_opts *o;
  wbuf *w;
  miltag_scanner *scan;
  agg *agg;                   /* per-entry counts, or NULL */
  const doc *d;
  size_t ntags;               /* tags of the current document */
  size_t cur_byte, cur_unit;  /* --offsets chars/utf16: where counting is */
  miltag_tag *tags;           /* text, conll, html: the document's tags */
  size_t cap;
  uint32_t *cands;            /* html: the candidates of e->tags[i] are */
  size_t ncands, ccap;        /* cands[cand_at[i], + n_candidates) */
  size_t *cand_at;
  int oom;
  wbuf attrs;                 /* a tag's attributes with its captures */
  size_t brat_chars;          /* brat: characters before the document */
  unsigned long brat_t;
  /* jsonl: what a tag shows of its entry, escaped once per entry
   * (ecache_rec, output.c), in the order of first use */
  struct ecache_rec *erec;     /* a hash table by entry, or NULL */
  size_t nerec, caperec;       /* records in it, slots (a power of two) */
  wbuf ecache;
  const char *lang_of;        /* jsonl: the last tag's lang, */
  char lang_json[104];        /* as a JSON string (at most 16 bytes escaped) */
  size_t lang_json_len;
  unsigned long line_of;      /* jsonl: the last line number written, */
  char line_dec[WB_U64_MAX];  /* in decimal, line_len digits */
  size_t line_len;
  int jsonl_only;             /* jsonl tags, no counts: on_tag's short way */
  int line_begin;             /* jsonl: a document's head is its line alone */
  int tsv_fast;               /* tsv rows of the default columns from the entry cache */
  int short_run;              /* jsonl_only, or tsv_fast with nothing counted: emit_doc in short */
} emitter;

void emitter_init(emitter *e, const out_opts *o, wbuf *w, miltag_scanner *scan, agg *a);
void emitter_free(emitter *e);

/* Tag d and append its output to e->w.  0; 1 when the output is written
 * but the scan dropped partial matches at a size limit (MILTAG_INCOMPLETE:
 * tags may be missing), with the warning in msg; or -1 with the reason in
 * msg ("out of memory", a scan error), the document's output rolled back. */
int emit_doc(emitter *e, const doc *d, char *msg, size_t msgcap);

/* The usual run over text input (e->short_run and e->line_begin), in
 * short: emit_doc of each line that is whole in rd's buffer, one after
 * the other, each the document after d (d: the previous line's, as
 * src_next set it; its line and seq counted on, its text set).  Stops
 * when no whole line is left in the buffer or e->w holds `until` bytes
 * (0), or after a line whose emit_doc did not return 0 (its result, d
 * being that line's document and msg the message). */
int emit_lines(emitter *e, reader *rd, doc *d, size_t until, char *msg, size_t msgcap);

/* Output that comes once: before the first document (csv header, html
 * head) and after the last (html foot, geojson, counts). */
void emit_begin(wbuf *w, const out_opts *o, const char *title);
void emit_end(wbuf *w, const out_opts *o, const agg *a);

/* The document's id written for a table cell: a JSON string decoded, any
 * other value as its JSON text; without an id, its line. */
void doc_key(wbuf *w, const doc *d, int csv);
/* A JSON attribute string "k=v;k2=v2" as a JSON object: lat, lon and pop
 * as numbers when they are numbers, everything else as strings. */
void json_attrs(wbuf *w, const char *attrs);
/* Continue the attribute object that ends at o (json_attrs of a string A,
 * its '}' at o[-1]) with the members of the attribute string `more`, as
 * json_attrs of "A;more" (of "more" when A is empty) writes them, in
 * place: room for 6 * strlen(more) + 16 bytes.  Only for an A that ends
 * where a member does: neither ';' nor an escaping backslash at its end.
 * Returns the new end. */
char *json_attrs_continue(char *o, const char *more);
/* A tag's attributes as a JSON object: json_attrs of attrs (the entry's,
 * with number= and name= of what its slots took), then the count of a
 * casualty tag that has one as numbers, "count" (and "count_min" and
 * "count_max" for a range). */
void json_tag_attrs(wbuf *w, const char *attrs, const miltag_tag *t);
/* Whether v[0, n) is a JSON number. */
int is_json_number(const char *v, size_t n);
/* One value of an attribute string, unescaped (\; \= \\), into out. */
int attr_value(const char *attrs, const char *key, wbuf *out);
/* Where the current document comes from, for people: [FILE:]LINE, its id
 * and date (line: the line to name, 0 for none). */
void doc_where(wbuf *w, const emitter *e, unsigned long line);
/* A CSV cell (quoted when it holds a comma, a quote or a line break). */
void csv_cell(wbuf *w, const char *s, size_t n);

#endif
