/* miltag: the command-line tagger.  One document per input line; tags go
 * to standard output as JSON Lines, TSV or highlighted text. */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "explain.h"
#include "lint.h"
#include "miltag.h"
#include "output.h"
#include "parallel.h"

static const char usage[] =
    "usage: miltag [OPTION]... [FILE]...\n"
    "       miltag explain [--lexicon FILE | --extend FILE]... TEXT...\n"
    "       miltag lexicon check FILE...\n"
    "Tag casualty codes, unit names, places and military slang in Russian,\n"
    "Ukrainian and English text.  Each input line is one document; with no\n"
    "FILE, or when FILE is -, read standard input.\n"
    "\n"
    "  -l, --lexicon FILE   use FILE (lexicon TSV or compiled image) instead of\n"
    "                       the built-in lexicon; repeat to combine several\n"
    "  -e, --extend FILE    add FILE on top of the built-in lexicon; repeatable\n"
    "  -f, --format FMT     jsonl, tsv, text, brat or conll (default: text when\n"
    "                       standard output is a terminal, jsonl otherwise);\n"
    "                       brat writes FILE.ann beside each FILE (standard\n"
    "                       output for standard input), conll one token a line\n"
    "      --overlaps       report every match, overlapping ones too\n"
    "      --ambiguous      also report ambiguous matches that lack evidence\n"
    "      --color WHEN     colour the text format: auto (default), always, never\n"
    "      --stats          print tags per category and id on standard error\n"
    "  -j, --jobs N         tag with N threads (0: one per processor); the\n"
    "                       output is the same, in input order (brat: one)\n"
    "  -h, --help           show this help and exit\n"
    "  -V, --version        show the version and exit\n"
    "\n"
    "miltag explain shows the tokens of TEXT (or of standard input, with -),\n"
    "their normalized keys and separators, every match with the lexicon row\n"
    "(file:line) that produced it, and why a match was not tagged.\n"
    "miltag lexicon check reports duplicate rows, rows that never match, rows\n"
    "shadowed by others and terms with several ids, with counts per category;\n"
    "its exit status is 1 when it finds a defect.\n"
    "\n"
    "jsonl writes one object per input line, also for lines without tags:\n"
    "  {\"line\":N,\"tags\":[{\"start\":S,\"end\":E,\"category\":C,\"id\":I,\"label\":L,\n"
    "   \"text\":T,\"lang\":G,\"attrs\":{...}},...]}\n"
    "S and E are byte offsets into the line.  Invalid UTF-8 in strings is\n"
    "written as U+FFFD.  See docs/cli.md.\n"
    "\n"
    "Exit status: 0 on success, 1 on a runtime error, 2 on a usage error.\n";

static int usage_error(const char *what, const char *arg) {
  fprintf(stderr, "miltag: %s '%s'\nTry 'miltag --help' for more information.\n", what, arg);
  return 2;
}

static int print_warning(const miltag_error *w, void *ctx) {
  (void)ctx;
  fprintf(stderr, "miltag: warning: %s\n", w->message);
  return 0;
}

/* Add a lexicon file: a compiled image (by its magic) or TSV.  The file is
 * read once, so that pipes and process substitutions work. */
static int add_source(miltag_builder *b, const char *path, miltag_error *err) {
  FILE *f = fopen(path, "rb");
  if (!f) {
    snprintf(err->message, sizeof err->message, "%s: cannot open: %s", path, strerror(errno));
    return MILTAG_E_IO;
  }
  char *buf = NULL;
  size_t len = 0, cap = 0, k;
  char chunk[65536];
  int rc = 0;
  while ((k = fread(chunk, 1, sizeof chunk, f)) > 0) {
    if (len + k > cap) {
      cap = (len + k) * 2;
      char *nb = realloc(buf, cap);
      if (!nb) { rc = MILTAG_E_NOMEM; break; }
      buf = nb;
    }
    memcpy(buf + len, chunk, k);
    len += k;
  }
  if (!rc && ferror(f)) rc = MILTAG_E_IO;
  fclose(f);
  if (rc) {
    snprintf(err->message, sizeof err->message, "%s: %s", path, miltag_strerror(rc));
    free(buf);
    return rc;
  }
  if (len >= 8 && memcmp(buf, "MILTAGLX", 8) == 0) {
    miltag_lexicon *img;
    rc = miltag_lexicon_open_image(buf, len, NULL, &img, err);
    if (rc) {
      snprintf(err->message, sizeof err->message, "%s: %s", path, err->what);
    } else {
      rc = miltag_builder_add_lexicon(b, img, err);
      miltag_lexicon_free(img);
    }
  } else {
    rc = miltag_builder_add_tsv(b, buf ? buf : "", len, path, err);
  }
  free(buf);
  return rc;
}

typedef struct run {
  miltag_scanner *scan;
  out_ctx out;
  unsigned flags;
  int jobs;
} run;

static double now(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

/* Tag one input, line by line.  size > 0 and progress: show a progress
 * line on standard error (a terminal) for big files. */
static int tag_stream(run *r, FILE *in, const char *name, off_t size, int progress) {
  char *line = NULL;
  size_t cap = 0;
  ssize_t n;
  int rc = 0;
  off_t done = 0, next_report = 8 << 20;
  double t0 = now();
  r->out.file = name;
  r->out.line = 0;
  r->out.doc_chars = 0;
  r->out.brat_t = 0;
  errno = 0;
  while ((n = getline(&line, &cap, in)) >= 0) {
    size_t len = (size_t)n;
    int newline = len && line[len - 1] == '\n';
    if (newline) len--;
    size_t raw = len; /* the line with its \r, for brat's offsets */
    if (len && line[len - 1] == '\r') len--;
    r->out.line++;
    r->out.text = line;
    r->out.len = len;
    out_line_begin(&r->out);
    int s = miltag_scan(r->scan, line, len, r->flags, out_tag, &r->out);
    if (s < 0 || r->out.oom) {
      fprintf(stderr, "miltag: %s:%lu: %s\n", name, r->out.line,
              r->out.oom ? "out of memory" : miltag_strerror(s));
      rc = 1;
      break;
    }
    out_line_end(&r->out);
    if (r->out.format == FMT_BRAT) r->out.doc_chars += out_chars(line, raw) + (size_t)newline;
    done += n;
    if (progress && size > 0 && done >= next_report) {
      double dt = now() - t0;
      fprintf(stderr, "\rmiltag: %s %3.0f%% %.1f MB/s ", name, 100.0 * (double)done / (double)size,
              dt > 0 ? (double)done / 1e6 / dt : 0.0);
      next_report = done + (8 << 20);
    }
  }
  if (progress && size > 0 && done >= (8 << 20)) fprintf(stderr, "\r%*s\r", 60, "");
  if (!rc && ferror(in)) {
    fprintf(stderr, "miltag: %s: read error: %s\n", name, strerror(errno));
    rc = 1;
  }
  free(line);
  return rc;
}

typedef struct options {
  const char **lexicons, **inputs;
  int nlex, nin, replace, format, color, stats, jobs;
  unsigned flags;
} options;

/* Parse the command line: returns -1 to go on, else an exit status. */
static int parse_args(int argc, char **argv, options *o) {
  int only_files = 0;
  for (int i = 1; i < argc; i++) {
    const char *a = argv[i];
    if (only_files || a[0] != '-' || strcmp(a, "-") == 0) { o->inputs[o->nin++] = a; continue; }
    if (strcmp(a, "--") == 0) { only_files = 1; continue; }
    const char *val = NULL;
    const char *eq = strncmp(a, "--", 2) == 0 ? strchr(a, '=') : NULL;
    char opt[64];
    if (eq) {
      size_t k = (size_t)(eq - a) < sizeof opt - 1 ? (size_t)(eq - a) : sizeof opt - 1;
      memcpy(opt, a, k);
      opt[k] = 0;
      val = eq + 1;
      a = opt;
    }
#define NEEDS_VALUE()                                                          \
  do {                                                                         \
    if (!val) {                                                                \
      if (i + 1 >= argc) return usage_error("missing value for option", a);    \
      val = argv[++i];                                                         \
    }                                                                          \
  } while (0)
#define NO_VALUE()                                                             \
  do {                                                                         \
    if (val) return usage_error("option takes no value:", a);                  \
  } while (0)
    if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
      NO_VALUE();
      fputs(usage, stdout);
      return 0;
    }
    if (strcmp(a, "-V") == 0 || strcmp(a, "--version") == 0) {
      NO_VALUE();
      printf("miltag %s\n", miltag_version());
      return 0;
    }
    if (strcmp(a, "-l") == 0 || strcmp(a, "--lexicon") == 0) {
      NEEDS_VALUE();
      o->lexicons[o->nlex++] = val;
      o->replace = 1;
    } else if (strcmp(a, "-e") == 0 || strcmp(a, "--extend") == 0) {
      NEEDS_VALUE();
      o->lexicons[o->nlex++] = val;
    } else if (strcmp(a, "-f") == 0 || strcmp(a, "--format") == 0) {
      NEEDS_VALUE();
      if (strcmp(val, "jsonl") == 0) o->format = FMT_JSONL;
      else if (strcmp(val, "tsv") == 0) o->format = FMT_TSV;
      else if (strcmp(val, "text") == 0) o->format = FMT_TEXT;
      else if (strcmp(val, "brat") == 0) o->format = FMT_BRAT;
      else if (strcmp(val, "conll") == 0) o->format = FMT_CONLL;
      else return usage_error("unknown format (expected jsonl, tsv, text, brat or conll):", val);
    } else if (strcmp(a, "--color") == 0 || strcmp(a, "--colour") == 0) {
      NEEDS_VALUE();
      if (strcmp(val, "auto") == 0) o->color = -1;
      else if (strcmp(val, "always") == 0) o->color = 1;
      else if (strcmp(val, "never") == 0) o->color = 0;
      else return usage_error("unknown --color value (expected auto, always or never):", val);
    } else if (strcmp(a, "--overlaps") == 0) {
      NO_VALUE();
      o->flags |= MILTAG_SCAN_OVERLAPS;
    } else if (strcmp(a, "--ambiguous") == 0) {
      NO_VALUE();
      o->flags |= MILTAG_SCAN_AMBIGUOUS;
    } else if (strcmp(a, "--stats") == 0) {
      NO_VALUE();
      o->stats = 1;
    } else if (strcmp(a, "-j") == 0 || strcmp(a, "--jobs") == 0) {
      NEEDS_VALUE();
      char *end;
      long n = strtol(val, &end, 10);
      if (*val == '\0' || *end || n < 0 || n > 256) return usage_error("--jobs needs a number from 0 to 256:", val);
      o->jobs = n ? (int)n : (int)sysconf(_SC_NPROCESSORS_ONLN);
      if (o->jobs < 1) o->jobs = 1;
    } else {
      return usage_error("unknown option", a);
    }
#undef NEEDS_VALUE
#undef NO_VALUE
  }
  return -1;
}

/* The lexicon the options ask for; NULL after printing why not. */
static miltag_lexicon *open_lexicon(const options *o) {
  miltag_lexicon *lex = NULL;
  miltag_error err;
  int rc;
  if (o->nlex == 0) {
    rc = miltag_lexicon_default(NULL, &lex);
    if (rc) fprintf(stderr, "miltag: cannot open the built-in lexicon: %s\n", miltag_strerror(rc));
    return lex;
  }
  miltag_compile_options opt = {0};
  opt.warn = print_warning;
  miltag_builder *b;
  if (miltag_builder_new(&opt, &b)) {
    fprintf(stderr, "miltag: out of memory\n");
    return NULL;
  }
  rc = 0;
  if (!o->replace) {
    miltag_lexicon *def;
    rc = miltag_lexicon_default(NULL, &def);
    if (!rc) {
      rc = miltag_builder_add_lexicon(b, def, &err);
      miltag_lexicon_free(def);
    }
    if (rc) fprintf(stderr, "miltag: %s\n", miltag_strerror(rc));
  }
  for (int i = 0; i < o->nlex && !rc; i++) {
    rc = add_source(b, o->lexicons[i], &err);
    if (rc) fprintf(stderr, "miltag: %s\n", err.message);
  }
  if (!rc) {
    rc = miltag_builder_compile(b, &lex, &err);
    if (rc) fprintf(stderr, "miltag: %s\n", err.message);
  }
  miltag_builder_free(b);
  return rc ? NULL : lex;
}

/* The .ann file for a brat run: FILE.txt → FILE.ann, else FILE.ann. */
static char *ann_name(const char *path) {
  size_t n = strlen(path);
  char *out = malloc(n + 5);
  if (!out) return NULL;
  memcpy(out, path, n + 1);
  if (n > 4 && strcmp(path + n - 4, ".txt") == 0) out[n - 4] = 0;
  strcat(out, ".ann");
  return out;
}

/* One input, with --jobs threads or with this one. */
static int tag_one(run *r, FILE *in, const char *name, off_t size, int progress) {
  /* brat numbers its entities through the whole document: one thread */
  if (r->jobs <= 1 || r->out.format == FMT_BRAT) return tag_stream(r, in, name, size, progress);
  r->out.file = name;
  return tag_parallel(&r->out, r->out.lex, r->flags, in, r->jobs, r->out.per_entry, r->out.f);
}

static int tag_file(run *r, const char *path, int progress) {
  if (strcmp(path, "-") == 0) return tag_one(r, stdin, "<stdin>", 0, 0);
  FILE *f = fopen(path, "rb");
  if (!f) {
    fprintf(stderr, "miltag: %s: %s\n", path, strerror(errno));
    return 1;
  }
  struct stat st;
  off_t size = fstat(fileno(f), &st) == 0 && S_ISREG(st.st_mode) ? st.st_size : 0;
  FILE *ann = NULL;
  if (r->out.format == FMT_BRAT) {
    char *name = ann_name(path);
    ann = name ? fopen(name, "w") : NULL;
    if (!ann) {
      fprintf(stderr, "miltag: %s: %s\n", name ? name : path, strerror(errno));
      free(name);
      fclose(f);
      return 1;
    }
    free(name);
    r->out.f = ann;
  }
  int status = tag_one(r, f, path, size, progress);
  fclose(f);
  if (ann) {
    if (fclose(ann) != 0) {
      fprintf(stderr, "miltag: %s: write error\n", path);
      status = 1;
    }
    r->out.f = stdout;
  }
  return status;
}

static int tag_inputs(const options *o, miltag_lexicon *lex) {
  run r;
  memset(&r, 0, sizeof r);
  r.flags = o->flags;
  r.jobs = o->jobs;
  int rc = miltag_scanner_new(lex, &r.scan);
  if (rc) {
    fprintf(stderr, "miltag: %s\n", miltag_strerror(rc));
    return 1;
  }
  static char outbuf[1 << 16];
  setvbuf(stdout, outbuf, _IOFBF, sizeof outbuf);
  r.out.f = stdout;
  r.out.format = o->format;
  r.out.color = o->color;
  r.out.lex = lex;
  r.out.scan = r.scan;
  r.out.show_file = o->nin > 1;
  int status = 0;
  if (o->stats) {
    r.out.per_entry = calloc(miltag_lexicon_entry_count(lex) + 1, sizeof *r.out.per_entry);
    if (!r.out.per_entry) {
      fprintf(stderr, "miltag: out of memory\n");
      status = 1;
    }
  }
  int progress = isatty(STDERR_FILENO);
  for (int i = 0; i < o->nin && !status; i++) status = tag_file(&r, o->inputs[i], progress);
  if (fflush(stdout) != 0 || ferror(stdout)) {
    fprintf(stderr, "miltag: write error: %s\n", strerror(errno));
    status = 1;
  }
  if (!status && o->stats) out_stats(stderr, &r.out);
  free(r.out.tags);
  free(r.out.per_entry);
  miltag_scanner_free(r.scan);
  return status;
}

/* `miltag explain`: the inputs are the words of the text (or "-"). */
static int explain_main(const options *o) {
  char *text = NULL;
  size_t len = 0;
  if (o->nin == 0 || (o->nin == 1 && strcmp(o->inputs[0], "-") == 0)) {
    size_t cap = 0;
    char chunk[65536];
    size_t k;
    while ((k = fread(chunk, 1, sizeof chunk, stdin)) > 0) {
      if (len + k + 1 > cap) {
        cap = (len + k + 1) * 2;
        char *nt = realloc(text, cap);
        if (!nt) { free(text); fprintf(stderr, "miltag: out of memory\n"); return 1; }
        text = nt;
      }
      memcpy(text + len, chunk, k);
      len += k;
    }
    while (len && (text[len - 1] == '\n' || text[len - 1] == '\r')) len--;
  } else {
    for (int i = 0; i < o->nin; i++) len += strlen(o->inputs[i]) + 1;
    text = malloc(len + 1);
    if (!text) { fprintf(stderr, "miltag: out of memory\n"); return 1; }
    len = 0;
    for (int i = 0; i < o->nin; i++) {
      if (i) text[len++] = ' ';
      size_t l = strlen(o->inputs[i]);
      memcpy(text + len, o->inputs[i], l);
      len += l;
    }
  }
  miltag_lexicon *lex = open_lexicon(o);
  int status = lex ? explain_text(stdout, lex, text ? text : "", len, 0) : 1;
  miltag_lexicon_free(lex);
  free(text);
  return status;
}

int main(int argc, char **argv) {
  if (argc >= 3 && strcmp(argv[1], "lexicon") == 0 && strcmp(argv[2], "check") == 0)
    return lint_main(argc - 3, argv + 3);
  int explain = argc >= 2 && strcmp(argv[1], "explain") == 0;
  options o;
  memset(&o, 0, sizeof o);
  o.format = -1;
  o.color = -1;
  o.lexicons = calloc((size_t)argc + 1, sizeof *o.lexicons);
  o.inputs = calloc((size_t)argc + 1, sizeof *o.inputs);
  int status = 1;
  if (!o.lexicons || !o.inputs) {
    fprintf(stderr, "miltag: out of memory\n");
    goto out;
  }
  status = explain ? parse_args(argc - 1, argv + 1, &o) : parse_args(argc, argv, &o);
  if (status >= 0) goto out;
  if (explain) {
    status = explain_main(&o);
    goto out;
  }
  int tty = isatty(STDOUT_FILENO);
  if (o.format < 0) o.format = tty ? FMT_TEXT : FMT_JSONL;
  if (o.color < 0) o.color = tty && o.format == FMT_TEXT && getenv("NO_COLOR") == NULL;
  if (o.nin == 0) o.inputs[o.nin++] = "-";
  miltag_lexicon *lex = open_lexicon(&o);
  status = lex ? tag_inputs(&o, lex) : 1;
  miltag_lexicon_free(lex);
out:
  free(o.lexicons);
  free(o.inputs);
  return status;
}
