/* miltag: the command-line tagger.  Documents come from lines, JSON Lines
 * records, CSV rows, Telegram messages or whole files (cli/input.c); their
 * tags go to standard output in one of the formats of cli/output.h. */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "agg.h"
#include "explain.h"
#include "input.h"
#include "lexfile.h"
#include "lint.h"
#include "miltag.h"
#include "output.h"
#include "parallel.h"
#include "reader.h"
#include "wbuf.h"

static const char usage[] =
    "usage: miltag [OPTION]... [FILE]...\n"
    "       miltag explain [--lexicon FILE | --extend FILE | --overlaps | --ambiguous]... TEXT...\n"
    "       miltag lexicon check [--extend FILE]... [FILE]...\n"
    "Tag casualty codes, unit names, places and military slang in Russian,\n"
    "Ukrainian and English text.  With no FILE, or when FILE is -, read\n"
    "standard input.  A FILE that cannot be read is reported and the others\n"
    "are still tagged.\n"
    "\n"
    "Input:\n"
    "  -i, --input FORM     text (default: each line is a document), jsonl,\n"
    "                       csv (with a header row), telegram (Telegram\n"
    "                       Desktop's result.json) or doc (each FILE is one\n"
    "                       document)\n"
    "      --field NAME     jsonl, csv: the text to tag (default: text); in\n"
    "                       jsonl a dotted path reaches nested members\n"
    "      --id-field NAME  jsonl, csv: the document's id (default: id),\n"
    "                       copied into the output as \"id\"\n"
    "  -a, --binary-as-text tag input with NUL bytes too (by default a file\n"
    "                       with a NUL in its first 32 KiB is reported and\n"
    "                       skipped, as grep decides)\n"
    "Lexicon:\n"
    "  -l, --lexicon FILE   use FILE (lexicon TSV or compiled image) instead of\n"
    "                       the built-in lexicon; repeat to combine several\n"
    "  -e, --extend FILE    add FILE on top of the built-in lexicon; repeatable\n"
    "Output:\n"
    "  -f, --format FMT     jsonl, tsv, csv, text, html, geojson, brat or conll\n"
    "                       (default: text when standard output is a terminal,\n"
    "                       jsonl otherwise); html is one page with the tags\n"
    "                       highlighted, geojson one map of the places found,\n"
    "                       brat writes FILE.ann beside each FILE (standard\n"
    "                       output for standard input), conll one token a line\n"
    "      --offsets UNIT   bytes (default), chars (code points, as Python\n"
    "                       slices) or utf16 (as JavaScript slices); for jsonl,\n"
    "                       tsv and csv\n"
    "      --fields LIST    the keys written per tag, comma-separated, for\n"
    "                       jsonl, tsv and csv: start, end, category, id,\n"
    "                       label, text, lang, attrs, candidates, ambiguous,\n"
    "                       count, count_min, count_max\n"
    "      --count          instead of tags, print tags per id, most first:\n"
    "                       count, docs, category, id, label, and for casualty\n"
    "                       codes counted, sum, sum_max (the tags that state a\n"
    "                       number, and its sum) (tsv; or -f csv, jsonl, json)\n"
    "      --overlaps       report every match, overlapping ones too\n"
    "      --ambiguous      also report ambiguous matches that lack evidence\n"
    "      --color WHEN     colour the text format: auto (default), always, never\n"
    "      --stats[=json]   print tags per category and id, most first, on\n"
    "                       standard error (as one JSON object with =json)\n"
    "  -j, --jobs N         tag with N threads (0: one per processor); the\n"
    "                       output is the same, in input order (brat: one)\n"
    "  -h, --help           show this help and exit\n"
    "  -V, --version        show the version and exit\n"
    "\n"
    "miltag explain shows the tokens of TEXT (or of standard input, with -),\n"
    "their normalized keys and separators, every match with the lexicon row\n"
    "(file:line) that produced it, and the evidence module's reason for every\n"
    "match that was not tagged.\n"
    "miltag lexicon check reports duplicate rows, rows that never match, rows\n"
    "shadowed by others and terms with several ids.  See their --help.\n"
    "\n"
    "jsonl writes one object per document, also for documents without tags:\n"
    "  {\"line\":N,\"tags\":[{\"start\":S,\"end\":E,\"category\":C,\"id\":I,\"label\":L,\n"
    "   \"text\":T,\"lang\":G,\"attrs\":{...}},...]}\n"
    "with \"file\" when there are several inputs (always for doc), \"id\" (jsonl,\n"
    "csv, telegram) and \"date\" (telegram).  S and E are offsets into the\n"
    "document (the line; the decoded text of a record; the file).  Invalid\n"
    "UTF-8 in strings is written as U+FFFD; lat, lon and pop are numbers.\n"
    "A casualty tag whose text states how many (\"three 200s\", \"200-х — 4\")\n"
    "has \"count\" in its attrs (and \"count_min\", \"count_max\" for a range);\n"
    "tsv and csv end with a count column.\n"
    "See docs/cli.md or man miltag.\n"
    "\n"
    "Exit status: 0 on success; 1 on a runtime error, or when an input, a\n"
    "line or a record was skipped (each is reported); 2 on a usage error.  A\n"
    "document whose tags may be incomplete (a size limit of the scanner) gets\n"
    "a warning, not a failing status.\n";

static const char explain_usage[] =
    "usage: miltag explain [OPTION]... TEXT...\n"
    "       miltag explain [OPTION]... -\n"
    "Show how TEXT (the arguments joined by spaces; standard input with -,\n"
    "or when there is no TEXT) is tagged: every token with its byte offsets,\n"
    "the separator before it and its normalized key; every match with the\n"
    "lexicon row (file:line) that produced it and why it was accepted; and\n"
    "for every row that matched but was not tagged, the reason (by name, as\n"
    "in docs/lexicon.md, \"Evidence\").\n"
    "Put -- before a TEXT that starts with -.\n"
    "\n"
    "  -l, --lexicon FILE   use FILE instead of the built-in lexicon; repeatable\n"
    "  -e, --extend FILE    add FILE on top of the built-in lexicon; repeatable\n"
    "      --overlaps       explain the tags of a scan with --overlaps\n"
    "      --ambiguous      explain the tags of a scan with --ambiguous\n"
    "  -h, --help           show this help and exit\n";

static const char lexicon_usage[] =
    "usage: miltag lexicon check [OPTION]... [FILE]...\n"
    "Compile the lexicon FILEs (TSV or compiled images) and report, one line\n"
    "each on standard output, FILE:LINE: kind: message, where kind is\n"
    "  duplicate  the row repeats another row of its id\n"
    "  never      the row can never be tagged\n"
    "  shadowed   tagging the row's own term gives another id, or a stop phrase\n"
    "  conflict   a note: one term under several ids\n"
    "  place-name a note: a unit's term is also a place's\n"
    "  grammar    a note: a listed formation (number=, type=) that the formation\n"
    "             grammar's phrase of its number and type does not name\n"
    "then the rows per category.  Errors (a malformed row, an unreadable file)\n"
    "go to standard error.\n"
    "\n"
    "  -e, --extend FILE    check FILE as it works on top of the built-in\n"
    "                       lexicon: its rows, and built-in rows it shadows;\n"
    "                       repeatable\n"
    "  -l, --lexicon FILE   a file to check (the same as FILE)\n"
    "  -h, --help           show this help and exit\n"
    "\n"
    "Exit status: 0 when there is nothing but notes, 1 on a finding or an\n"
    "error, 2 on a usage error.\n";

/* Write text (a help, the version) on standard output: 0, or 1 with the
 * message every other failed write gets.  ferror too, not only fflush: a
 * text longer than stdio's buffer meets the error inside fputs, and the
 * fflush after it has nothing left to fail on (--help > /dev/full exited
 * 0 without a word). */
static int put_stdout(const char *text) {
  errno = 0;
  if (fputs(text, stdout) != EOF && fflush(stdout) == 0 && !ferror(stdout)) return 0;
  fprintf(stderr, "miltag: write error: %s\n", strerror(errno ? errno : EIO));
  return 1;
}

static int usage_error(const char *what, const char *arg, const char *cmd) {
  if (arg) fprintf(stderr, "miltag: %s '%s'\n", what, arg);
  else fprintf(stderr, "miltag: %s\n", what);
  fprintf(stderr, "Try 'miltag %s--help' for more information.\n", cmd);
  return 2;
}

/* getopt_long's failures, in our words (opterr is 0). */
static int getopt_error(int c, char **argv, const char *cmd) {
  const char *arg = argv[optind - 1];
  if (c == ':') return usage_error("missing value for option", arg, cmd);
  if (arg[0] == '-' && arg[1] == '-')
    return usage_error(optopt ? "option takes no value:" : "unknown option", arg, cmd);
  char shortopt[3] = {'-', (char)optopt, 0};
  return usage_error("unknown option", shortopt, cmd);
}

/* ------------------------------------------------------------- options */

enum {
  OPT_OVERLAPS = 256, OPT_AMBIGUOUS, OPT_COLOR, OPT_STATS, OPT_FIELD, OPT_ID_FIELD, OPT_OFFSETS,
  OPT_FIELDS, OPT_COUNT
};

static const struct option long_options[] = {
    {"lexicon", required_argument, NULL, 'l'},
    {"extend", required_argument, NULL, 'e'},
    {"format", required_argument, NULL, 'f'},
    {"input", required_argument, NULL, 'i'},
    {"field", required_argument, NULL, OPT_FIELD},
    {"id-field", required_argument, NULL, OPT_ID_FIELD},
    {"offsets", required_argument, NULL, OPT_OFFSETS},
    {"fields", required_argument, NULL, OPT_FIELDS},
    {"count", no_argument, NULL, OPT_COUNT},
    {"overlaps", no_argument, NULL, OPT_OVERLAPS},
    {"ambiguous", no_argument, NULL, OPT_AMBIGUOUS},
    {"color", required_argument, NULL, OPT_COLOR},
    {"colour", required_argument, NULL, OPT_COLOR},
    {"stats", optional_argument, NULL, OPT_STATS},
    {"jobs", required_argument, NULL, 'j'},
    {"binary-as-text", no_argument, NULL, 'a'},
    {"help", no_argument, NULL, 'h'},
    {"version", no_argument, NULL, 'V'},
    {NULL, 0, NULL, 0},
};

typedef struct options {
  const char **lexicons, **inputs;
  int nlex, nin, replace;
  int format, input, color, offsets, count, stats, jobs, binary;
  const char *field, *id_field;
  int fields[F_COUNT], nfields;
  unsigned flags;
} options;

static int parse_fields(options *o, const char *list) {
  const char *p = list;
  o->nfields = 0;
  while (*p) {
    const char *comma = strchr(p, ',');
    size_t n = comma ? (size_t)(comma - p) : strlen(p);
    int f = -1;
    for (int k = 0; k < F_COUNT; k++)
      if (strlen(field_names[k]) == n && memcmp(field_names[k], p, n) == 0) f = k;
    if (f < 0) {
      fprintf(stderr, "miltag: unknown field '%.*s' in --fields (expected start, end, category, id, "
                      "label, text, lang, attrs, candidates, ambiguous, count, count_min or count_max)\n", (int)n, p);
      return -1;
    }
    for (int k = 0; k < o->nfields; k++)
      if (o->fields[k] == f) {
        fprintf(stderr, "miltag: field '%s' twice in --fields\n", field_names[f]);
        return -1;
      }
    o->fields[o->nfields++] = f;
    if (!comma) break;
    p = comma + 1;
  }
  if (o->nfields == 0) {
    fprintf(stderr, "miltag: --fields needs at least one field\n");
    return -1;
  }
  return 0;
}

static int lookup(const char *val, const char *const *names, int n) {
  for (int i = 0; i < n; i++)
    if (strcmp(val, names[i]) == 0) return i;
  return -1;
}

/* Parse the command line: returns -1 to go on, else an exit status. */
static int parse_args(int argc, char **argv, options *o) {
  static const char *const formats[] = {"jsonl", "tsv", "text", "brat", "conll", "csv", "geojson", "html", "json"};
  static const char *const inputs[] = {"text", "jsonl", "csv", "telegram", "doc"};
  static const char *const units[] = {"bytes", "chars", "utf16"};
  static const char *const colors[] = {"never", "always", "auto"};
  int c, offsets_given = 0;
  const char *fields_arg = NULL;
  opterr = 0;
  optind = 1;
  while ((c = getopt_long(argc, argv, ":l:e:f:i:j:ahV", long_options, NULL)) != -1) {
    int k;
    switch (c) {
      case 'h': return put_stdout(usage);
      case 'V': {
        char version[64];
        snprintf(version, sizeof version, "miltag %s\n", miltag_version());
        return put_stdout(version);
      }
      case 'l': o->lexicons[o->nlex++] = optarg; o->replace = 1; break;
      case 'e': o->lexicons[o->nlex++] = optarg; break;
      case 'f':
        if ((k = lookup(optarg, formats, 9)) < 0)
          return usage_error("unknown format (expected jsonl, tsv, csv, text, html, geojson, brat or conll):",
                             optarg, "");
        o->format = k;
        break;
      case 'i':
        if ((k = lookup(optarg, inputs, 5)) < 0)
          return usage_error("unknown input form (expected text, jsonl, csv, telegram or doc):", optarg, "");
        o->input = k;
        break;
      case OPT_FIELD: o->field = optarg; break;
      case OPT_ID_FIELD: o->id_field = optarg; break;
      case OPT_OFFSETS:
        if ((k = lookup(optarg, units, 3)) < 0)
          return usage_error("unknown --offsets unit (expected bytes, chars or utf16):", optarg, "");
        o->offsets = k;
        offsets_given = k != OFF_BYTES;
        break;
      case OPT_FIELDS: fields_arg = optarg; break;
      case OPT_COUNT: o->count = 1; break;
      case OPT_COLOR:
        if ((k = lookup(optarg, colors, 3)) < 0)
          return usage_error("unknown --color value (expected auto, always or never):", optarg, "");
        o->color = k == 2 ? -1 : k;
        break;
      case OPT_OVERLAPS: o->flags |= MILTAG_SCAN_OVERLAPS; break;
      case OPT_AMBIGUOUS: o->flags |= MILTAG_SCAN_AMBIGUOUS; break;
      case OPT_STATS:
        if (!optarg || strcmp(optarg, "text") == 0) o->stats = 1;
        else if (strcmp(optarg, "json") == 0) o->stats = 2;
        else return usage_error("unknown --stats form (expected --stats or --stats=json):", optarg, "");
        break;
      case 'j': {
        char *end;
        long n = strtol(optarg, &end, 10);
        if (*optarg == '\0' || *end || n < 0 || n > 256)
          return usage_error("--jobs needs a number from 0 to 256:", optarg, "");
        o->jobs = n ? (int)n : (int)sysconf(_SC_NPROCESSORS_ONLN);
        if (o->jobs < 1) o->jobs = 1;
        break;
      }
      case 'a': o->binary = 1; break;
      default: return getopt_error(c, argv, "");
    }
  }
  for (int i = optind; i < argc; i++) o->inputs[o->nin++] = argv[i];
  if (fields_arg && parse_fields(o, fields_arg)) return 2;
  /* combinations that cannot mean anything */
  if ((o->field || o->id_field) && o->input != IN_JSONL && o->input != IN_CSV)
    return usage_error("--field and --id-field are for --input jsonl and csv", NULL, "");
  if (o->count) {
    if (o->format < 0 || o->format == FMT_TEXT) o->format = FMT_TSV;
    if (o->format != FMT_TSV && o->format != FMT_CSV && o->format != FMT_JSONL && o->format != FMT_JSON)
      return usage_error("--count writes tsv, csv, jsonl or json, not", formats[o->format], "");
    if (offsets_given || o->nfields)
      return usage_error("--offsets and --fields are for tags, not for --count", NULL, "");
    return -1;
  }
  if (o->format == FMT_JSON) return usage_error("format json is for --count; tags are written as", "jsonl", "");
  if (o->format == FMT_BRAT && o->input != IN_TEXT && o->input != IN_DOC)
    return usage_error("brat annotates text files: use --input text or doc, not", inputs[o->input], "");
  int tabular = o->format < 0 || o->format == FMT_JSONL || o->format == FMT_TSV || o->format == FMT_CSV;
  if ((offsets_given || o->nfields) && !tabular)
    return usage_error("--offsets and --fields are for jsonl, tsv and csv, not", formats[o->format], "");
  return -1;
}

/* ------------------------------------------------------------- tagging */

typedef struct run {
  const options *opt;
  out_opts oo;
  wbuf out;                /* standard output */
  wbuf ann;                /* brat: the current FILE.ann */
  emitter em;              /* one thread */
  par *par;                /* --jobs */
  agg agg;
  int with_agg;
  unsigned long long seq;
  int status;
  int dead;                /* the output failed: stop */
} run;

static double now(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static void write_failed(run *r, wbuf *w, const char *name) {
  if (name) fprintf(stderr, "miltag: %s: write error: %s\n", name, strerror(w->err));
  else fprintf(stderr, "miltag: write error: %s\n", strerror(w->err));
  r->status = 1;
  r->dead = 1;
}

/* How long the input must stay empty before flush_before_read: with
 * --jobs, a partial batch handed to the workers costs its parallel work,
 * so a short pause of a fast writer (`cat big |` refills the pipe within
 * it) is waited out; but a document held PAR_HOLD_MS already goes out at
 * the first read that would wait, so that a busy log, a line every few
 * milliseconds, is seen as it comes (tail -f log | miltag -j2). */
#define PAR_HOLD_MS 100
static int wait_before_flush(void *ctx) {
  run *r = ctx;
  if (!r->par) return 0;
  return par_pending_ms(r->par) >= PAR_HOLD_MS ? 0 : 20;
}

/* Before a read that would wait (a pipe, a terminal), hand over what is
 * tagged so far: a pipeline sees each document as soon as it is done.
 * With --jobs, the documents of the batch being filled are tagged and
 * written first (par_sync reports a failed write itself). */
static void flush_before_read(void *ctx) {
  run *r = ctx;
  if (r->dead) return;
  if (r->par) {
    if (par_sync(r->par)) {
      r->status = 1;
      r->dead = 1;
    }
    return;
  }
  if (r->out.len && wb_flush(&r->out)) write_failed(r, &r->out, NULL);
}

/* The output is written out once it holds this much (and at the end). */
#define FLUSH_AT (64u << 10)

/* What emit_doc said of document d (e != 0), for people. */
static void doc_told(run *r, const doc *d, int e, const char *msg) {
  if (e < 0) {
    if (d->line) fprintf(stderr, "miltag: %s:%lu: %s: document skipped\n", d->file, d->line, msg);
    else fprintf(stderr, "miltag: %s: %s: document skipped\n", d->file, msg);
    r->status = 1;
  } else { /* tagged, but tags may be missing */
    if (d->line) fprintf(stderr, "miltag: %s:%lu: warning: %s\n", d->file, d->line, msg);
    else fprintf(stderr, "miltag: %s: warning: %s\n", d->file, msg);
  }
}

/* One document, on this thread or handed to the workers. */
static void tag_doc(run *r, doc *d, wbuf *w, const char *wname) {
  /* the output may have failed while the reader waited for this document
   * (flush_before_read): the run is over, the failed buffer takes nothing */
  if (r->dead) return;
  d->seq = ++r->seq;
  if (r->par) {
    int rc = par_add(r->par, d);
    if (rc) r->status = 1;
    if (rc < 0) r->dead = 1;
    return;
  }
  char msg[200];
  int e = emit_doc(&r->em, d, msg, sizeof msg);
  if (e) doc_told(r, d, e, msg);
  if (w->len >= FLUSH_AT && wb_flush(w)) write_failed(r, w, wname);
}

/* After tag_doc of a line of text input in the usual run: the lines that
 * are already in the read buffer, in short (emit_lines; tag_doc's work
 * without a call per line), until a line has to be read. */
static void tag_buffered_lines(run *r, reader *rd, source *src, doc *d, wbuf *w) {
  while (!r->dead) {
    char msg[200];
    int e = emit_lines(&r->em, rd, d, FLUSH_AT, msg, sizeof msg);
    r->seq = d->seq;
    if (e) doc_told(r, d, e, msg);
    else if (w->len < FLUSH_AT) break; /* no whole line left */
    if (w->len >= FLUSH_AT && wb_flush(w)) write_failed(r, w, NULL);
  }
  src_text_line_at(src, d->line);
}

/* The .ann file for a brat run: FILE.txt -> FILE.ann, else FILE.ann. */
static char *ann_name(const char *path) {
  size_t n = strlen(path);
  char *out = malloc(n + 5);
  if (!out) return NULL;
  memcpy(out, path, n + 1);
  if (n > 4 && strcmp(path + n - 4, ".txt") == 0) out[n - 4] = 0;
  strcat(out, ".ann");
  return out;
}

static void tag_file(run *r, const char *path, int progress) {
  const options *o = r->opt;
  int is_stdin = strcmp(path, "-") == 0;
  const char *name = is_stdin ? "<stdin>" : path;
  int fd = is_stdin ? STDIN_FILENO : open(path, O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    fprintf(stderr, "miltag: %s: %s\n", path, strerror(errno));
    r->status = 1;
    return;
  }
  struct stat st;
  int regular = 0;
  off_t size = 0;
  if (fstat(fd, &st) == 0) {
    if (S_ISDIR(st.st_mode)) {
      fprintf(stderr, "miltag: %s: %s\n", name, strerror(EISDIR));
      r->status = 1;
      if (!is_stdin) close(fd);
      return;
    }
    regular = S_ISREG(st.st_mode);
    size = regular ? st.st_size : 0;
  }
  reader rd;
  rd_init(&rd, fd, !regular);
  rd.before_block = flush_before_read;
  rd.block_ctx = r;
  rd.block_wait_ms = wait_before_flush;
  source *src = NULL;
  wbuf *w = &r->out;
  const char *wname = NULL;
  char *ann = NULL;
  if (!o->binary) {
    int bin = rd_is_binary(&rd);
    if (bin < 0) {
      fprintf(stderr, "miltag: %s: read error: %s\n", name, strerror(rd.err));
      r->status = 1;
      goto done;
    }
    if (bin) {
      fprintf(stderr, "miltag: %s: binary file (a NUL byte in its first 32 KiB): skipped; "
                      "--binary-as-text tags it anyway\n", name);
      r->status = 1;
      goto done;
    }
  }
  if (r->oo.format == FMT_BRAT && !is_stdin) {
    ann = ann_name(path);
    int afd = ann ? open(ann, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666) : -1;
    if (afd < 0) {
      fprintf(stderr, "miltag: %s: %s\n", ann ? ann : path, ann ? strerror(errno) : "out of memory");
      r->status = 1;
      goto done;
    }
    wb_init(&r->ann, afd);
    w = &r->ann;
    wname = ann;
    r->em.w = w;
  }
  r->em.brat_chars = 0;
  r->em.brat_t = 0;
  in_opts io = {o->input, o->field, o->id_field};
  src = src_new(&io, &rd, name);
  if (!src) {
    fprintf(stderr, "miltag: %s: out of memory\n", name);
    r->status = 1;
    goto done;
  }
  unsigned long long next_report = 8u << 20;
  double t0 = now();
  doc d;
  int rc;
  /* text input, one thread, the usual run: the lines in the read buffer
   * in short after each line read */
  int in_short = o->input == IN_TEXT && !r->par && w == &r->out && r->em.short_run && r->em.line_begin;
  while (!r->dead && (rc = src_next(src, &d)) != 0) {
    if (rc == 1) {
      tag_doc(r, &d, w, wname);
      if (in_short) tag_buffered_lines(r, &rd, src, &d, w);
    } else {
      const char *m = src_msg(src);
      fprintf(stderr, "miltag: %s:%s%s\n", name, *m >= '0' && *m <= '9' ? "" : " ", m);
      r->status = 1;
      if (rc == 3) break;
    }
    if (progress && size > 0 && rd.done >= next_report) {
      double dt = now() - t0;
      fprintf(stderr, "\rmiltag: %s %3.0f%% %.1f MB/s ", name, 100.0 * (double)rd.done / (double)size,
              dt > 0 ? (double)rd.done / 1e6 / dt : 0.0);
      next_report = rd.done + (8u << 20);
    }
  }
  if (progress && size > 0 && rd.done >= (8u << 20)) fprintf(stderr, "\r%*s\r", 60, "");
done:
  src_free(src);
  rd_free(&rd);
  if (!is_stdin && close(fd) != 0) {
    fprintf(stderr, "miltag: %s: %s\n", name, strerror(errno));
    r->status = 1;
  }
  if (w == &r->ann) {
    if (!r->dead && wb_flush(w)) write_failed(r, w, wname);
    if (close(w->fd) != 0 && !r->dead) {
      w->err = errno;
      write_failed(r, w, wname);
    }
    wb_free(w);
    r->em.w = &r->out;
    r->dead = 0; /* a full disk for one .ann: the next file may still go */
  }
  free(ann);
}

/* The page's title: the inputs' names. */
static const char *input_title(const char *name) {
  return strcmp(name, "-") == 0 ? "standard input" : name;
}

static char *title_of(const options *o) {
  size_t n = 1;
  for (int i = 0; i < o->nin; i++) n += strlen(input_title(o->inputs[i])) + 2;
  char *t = malloc(n);
  if (!t) return NULL;
  t[0] = 0;
  for (int i = 0; i < o->nin; i++) {
    if (i) strcat(t, ", ");
    strcat(t, input_title(o->inputs[i]));
  }
  return t;
}

static int tag_inputs(const options *o, miltag_lexicon *lex) {
  run *r = calloc(1, sizeof *r);
  if (!r) {
    fprintf(stderr, "miltag: out of memory\n");
    return 1;
  }
  r->opt = o;
  out_opts *oo = &r->oo;
  oo->format = o->format;
  oo->input = o->input;
  oo->color = o->color;
  oo->offsets = o->offsets;
  oo->show_file = o->nin > 1;
  memcpy(oo->fields, o->fields, sizeof oo->fields);
  oo->nfields = o->nfields;
  oo->count = o->count;
  oo->scan_flags = o->flags;
  oo->lex = lex;
  wb_init(&r->out, STDOUT_FILENO);
  /* the size it grows to (a flush every 64 KiB, and a document): no
   * copies while it grows.  Without the memory, it grows as it needs. */
  if (wb_reserve(&r->out, 128u << 10)) r->out.err = 0;
  r->with_agg = o->count || o->stats || o->format == FMT_GEOJSON || o->format == FMT_HTML;
  miltag_scanner *scan = NULL;
  int rc = miltag_scanner_new(lex, &scan);
  if (rc) {
    fprintf(stderr, "miltag: %s\n", miltag_strerror(rc));
    free(r);
    return 1;
  }
  if (r->with_agg && agg_init(&r->agg, miltag_lexicon_entry_count(lex), o->format == FMT_GEOJSON)) {
    fprintf(stderr, "miltag: out of memory\n");
    miltag_scanner_free(scan);
    free(r);
    return 1;
  }
  emitter_init(&r->em, oo, &r->out, scan, r->with_agg ? &r->agg : NULL);
  char *title = o->format == FMT_HTML ? title_of(o) : NULL;
  if (o->format == FMT_HTML && !title) r->out.err = ENOMEM;
  emit_begin(&r->out, oo, title ? title : "");
  free(title);
  if (r->out.err) {
    fprintf(stderr, "miltag: out of memory\n");
    r->status = 1;
    r->dead = 1;
  }
  /* brat numbers its entities through each file: one thread */
  if (o->jobs > 1 && o->format != FMT_BRAT) {
    r->par = par_start(oo, o->jobs, r->with_agg, &r->out);
    if (!r->par) r->dead = 1, r->status = 1;
  }
  int progress = !r->par && isatty(STDERR_FILENO);
  for (int i = 0; i < o->nin && !r->dead; i++) tag_file(r, o->inputs[i], progress);
  if (r->par) {
    if (par_finish(r->par, r->with_agg ? &r->agg : NULL)) r->status = 1;
    if (r->out.err) r->dead = 1;
  }
  if (!r->dead) {
    if (r->with_agg && r->agg.oom) {
      fprintf(stderr, "miltag: out of memory counting tags\n");
      r->status = 1;
    }
    emit_end(&r->out, oo, r->with_agg ? &r->agg : NULL);
    if (r->out.err == ENOMEM) {
      fprintf(stderr, "miltag: out of memory\n");
      r->status = 1;
    } else if (wb_flush(&r->out)) {
      write_failed(r, &r->out, NULL);
    }
  }
  /* a write error may only show when the file is closed (NFS, quotas) */
  if (!r->dead && close(STDOUT_FILENO) != 0 && errno != EBADF && errno != EINTR) {
    r->out.err = errno;
    write_failed(r, &r->out, NULL);
  }
  if (o->stats && r->with_agg) {
    wbuf e;
    wb_init(&e, STDERR_FILENO);
    agg_write_stats(&e, &r->agg, lex, o->stats == 2);
    if (e.err == ENOMEM) fprintf(stderr, "miltag: out of memory writing the statistics\n");
    if (e.err || wb_flush(&e)) r->status = 1;
    wb_free(&e);
  }
  emitter_free(&r->em);
  miltag_scanner_free(scan);
  if (r->with_agg) agg_free(&r->agg);
  wb_free(&r->out);
  int status = r->status;
  free(r);
  return status;
}

/* ------------------------------------------------------------- explain */

/* The options of explain and lexicon check: --lexicon FILE, --extend FILE
 * (both kept in *files, in order) and --help; with scan_flags (explain),
 * --overlaps and --ambiguous too.  Returns -1 to go on, or the exit
 * status. */
static int sub_options(int argc, char **argv, const char *optstring, const char *help,
                       const char *cmd, const char **files, int *nfiles, int *lexicons,
                       int *extends, unsigned *scan_flags) {
  static const struct option longs[] = {
      {"lexicon", required_argument, NULL, 'l'},
      {"extend", required_argument, NULL, 'e'},
      {"help", no_argument, NULL, 'h'},
      {"overlaps", no_argument, NULL, OPT_OVERLAPS},
      {"ambiguous", no_argument, NULL, OPT_AMBIGUOUS},
      {NULL, 0, NULL, 0},
  };
  int c;
  opterr = 0;
  optind = 1;
  while ((c = getopt_long(argc, argv, optstring, longs, NULL)) != -1) {
    switch (c) {
      case 'h':
        return put_stdout(help);
      case 'l': files[(*nfiles)++] = optarg; *lexicons = 1; break;
      case 'e': files[(*nfiles)++] = optarg; *extends = 1; break;
      case OPT_OVERLAPS:
      case OPT_AMBIGUOUS:
        if (!scan_flags) {
          optopt = 0; /* an option of explain only: unknown here */
          return getopt_error('?', argv, cmd);
        }
        *scan_flags |= c == OPT_OVERLAPS ? MILTAG_SCAN_OVERLAPS : MILTAG_SCAN_AMBIGUOUS;
        break;
      default: return getopt_error(c, argv, cmd);
    }
  }
  return -1;
}

static int explain_main(int argc, char **argv) {
  const char **files = calloc((size_t)argc + 1, sizeof *files);
  if (!files) {
    fprintf(stderr, "miltag: out of memory\n");
    return 1;
  }
  int nfiles = 0, replace = 0, extend = 0;
  unsigned flags = 0;
  /* "+": the text may hold words that look like options after the first */
  int rc = sub_options(argc, argv, "+:l:e:h", explain_usage, "explain ", files, &nfiles, &replace,
                       &extend, &flags);
  if (rc >= 0) {
    free(files);
    return rc;
  }
  char *text = NULL;
  size_t len = 0;
  int nin = argc - optind;
  char **in = argv + optind;
  if (nin == 0 || (nin == 1 && strcmp(in[0], "-") == 0)) {
    reader rd;
    rd_init(&rd, STDIN_FILENO, 1);
    char *all;
    if (rd_all(&rd, &all, &len)) {
      fprintf(stderr, "miltag: <stdin>: %s\n", rd.err == ENOMEM ? "out of memory" : strerror(rd.err));
      rd_free(&rd);
      free(files);
      return 1;
    }
    text = malloc(len + 1);
    if (text) memcpy(text, all, len + 1);
    rd_free(&rd);
    while (text && len && (text[len - 1] == '\n' || text[len - 1] == '\r')) len--;
  } else {
    for (int i = 0; i < nin; i++) len += strlen(in[i]) + 1;
    text = malloc(len + 1);
    len = 0;
    for (int i = 0; text && i < nin; i++) {
      if (i) text[len++] = ' ';
      size_t l = strlen(in[i]);
      memcpy(text + len, in[i], l);
      len += l;
    }
  }
  if (!text) {
    free(files);
    fprintf(stderr, "miltag: out of memory\n");
    return 1;
  }
  miltag_lexicon *lex = lexfile_build(files, nfiles, !replace, NULL);
  int status = lex ? explain_text(stdout, lex, text, len, flags, 0) : 1;
  if (fflush(stdout) != 0 || ferror(stdout)) {
    fprintf(stderr, "miltag: write error: %s\n", strerror(errno));
    status = 1;
  }
  miltag_lexicon_free(lex);
  free(text);
  free(files);
  return status;
}

/* ------------------------------------------------------- lexicon check */

static int lexicon_main(int argc, char **argv) {
  /* argv[0] is "lexicon" */
  if (argc >= 2 && (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0)) {
    return put_stdout(lexicon_usage);
  }
  if (argc < 2) return usage_error("lexicon needs a command: check", NULL, "lexicon ");
  if (strcmp(argv[1], "check") != 0) return usage_error("unknown lexicon command (expected check):", argv[1], "lexicon ");
  argc--;
  argv++;
  const char **files = calloc((size_t)argc + 1, sizeof *files);
  if (!files) {
    fprintf(stderr, "miltag: out of memory\n");
    return 1;
  }
  int nfiles = 0, with_default = 0, named = 0;
  int rc = sub_options(argc, argv, ":e:l:h", lexicon_usage, "lexicon check ", files, &nfiles, &named,
                       &with_default, NULL);
  if (rc >= 0) {
    free(files);
    return rc;
  }
  for (int i = optind; i < argc; i++) files[nfiles++] = argv[i];
  if (nfiles == 0) {
    free(files);
    return usage_error("lexicon check needs a FILE (or --extend FILE)", NULL, "lexicon check ");
  }
  int status = lint_main(files, nfiles, with_default);
  free(files);
  return status;
}

int main(int argc, char **argv) {
  if (argc >= 2 && strcmp(argv[1], "lexicon") == 0) return lexicon_main(argc - 1, argv + 1);
  if (argc >= 2 && strcmp(argv[1], "explain") == 0) return explain_main(argc - 1, argv + 1);
  options o;
  memset(&o, 0, sizeof o);
  o.format = -1;
  o.color = -1;
  o.jobs = 1;
  o.lexicons = calloc((size_t)argc + 1, sizeof *o.lexicons);
  o.inputs = calloc((size_t)argc + 2, sizeof *o.inputs);
  int status = 1;
  if (!o.lexicons || !o.inputs) {
    fprintf(stderr, "miltag: out of memory\n");
    goto out;
  }
  status = parse_args(argc, argv, &o);
  if (status >= 0) goto out;
  int tty = isatty(STDOUT_FILENO);
  if (o.format < 0) o.format = tty ? FMT_TEXT : FMT_JSONL;
  if (o.color < 0) o.color = tty && o.format == FMT_TEXT && getenv("NO_COLOR") == NULL;
  if (o.nin == 0) o.inputs[o.nin++] = "-";
  miltag_lexicon *lex = lexfile_build(o.lexicons, o.nlex, !o.replace, NULL);
  status = lex ? tag_inputs(&o, lex) : 1;
  miltag_lexicon_free(lex);
out:
  free(o.lexicons);
  free(o.inputs);
  return status;
}
