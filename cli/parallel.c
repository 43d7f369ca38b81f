/* `miltag --jobs N`: tag an input with N threads and write the output in
 * input order.
 *
 * The main thread reads the input in batches of lines (about 1 MB each).
 * Worker threads, each with its own scanner on the shared lexicon, tag a
 * batch into a memory buffer with the same writers as the one-thread path
 * (cli/output.c).  The main thread writes finished batches strictly in the
 * order it read them, so the output is byte for byte the one of --jobs 1.
 * At most 2*N batches are in flight, which bounds memory. */
#define _POSIX_C_SOURCE 200809L
#include "parallel.h"

#include <errno.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#define BATCH_BYTES (1u << 20)

typedef struct batch {
  char *data;              /* the lines, each followed by its '\n' */
  size_t len, cap;
  size_t *starts;          /* offsets of the lines in data */
  size_t nlines, cap_lines;
  unsigned long first_line;
  size_t doc_chars;        /* brat: characters before the batch */
  char *out;               /* the batch's output */
  size_t out_len;
  int state;               /* 0 free, 1 queued, 2 taken, 3 done */
  int status;              /* 0, or 1 after an error (message in err) */
  char err[300];
} batch;

typedef struct pool {
  pthread_mutex_t mu;
  pthread_cond_t work, done;
  batch *slots;
  size_t nslots;
  size_t next_take;        /* the next slot workers look at */
  int closing;
  const miltag_lexicon *lex;
  const out_ctx *proto;
  unsigned flags;
  unsigned long *per_entry; /* --stats, summed under mu */
} pool;

/* Tag every line of b into b->out. */
static void run_batch(pool *p, miltag_scanner *scan, batch *b, unsigned long *counts) {
  FILE *mf = open_memstream(&b->out, &b->out_len);
  if (!mf) {
    b->status = 1;
    snprintf(b->err, sizeof b->err, "out of memory");
    return;
  }
  out_ctx o = *p->proto;
  o.f = mf;
  o.scan = scan;
  o.tags = NULL;
  o.cap = 0;
  o.oom = 0;
  o.per_entry = counts;
  o.doc_chars = b->doc_chars;
  for (size_t i = 0; i < b->nlines && !b->status; i++) {
    char *line = b->data + b->starts[i];
    size_t end = i + 1 < b->nlines ? b->starts[i + 1] : b->len;
    size_t len = end - b->starts[i];
    int newline = len && line[len - 1] == '\n';
    if (newline) len--;
    size_t raw = len;
    if (len && line[len - 1] == '\r') len--;
    o.line = b->first_line + i;
    o.text = line;
    o.len = len;
    out_line_begin(&o);
    int s = miltag_scan(scan, line, len, p->flags, out_tag, &o);
    if (s < 0 || o.oom) {
      b->status = 1;
      snprintf(b->err, sizeof b->err, "%s:%lu: %s", o.file, o.line,
               o.oom ? "out of memory" : miltag_strerror(s));
      break;
    }
    out_line_end(&o);
    if (o.format == FMT_BRAT) o.doc_chars += out_chars(line, raw) + (size_t)newline;
  }
  if (fclose(mf) != 0 && !b->status) {
    b->status = 1;
    snprintf(b->err, sizeof b->err, "out of memory");
  }
  free(o.tags);
}

static void *worker(void *arg) {
  pool *p = arg;
  miltag_scanner *scan = NULL;
  int rc = miltag_scanner_new(p->lex, &scan);
  uint32_t nent = miltag_lexicon_entry_count(p->lex);
  unsigned long *counts = p->per_entry ? calloc(nent + 1, sizeof *counts) : NULL;
  pthread_mutex_lock(&p->mu);
  for (;;) {
    /* the oldest queued batch */
    batch *b = NULL;
    for (size_t k = 0; k < p->nslots; k++) {
      batch *c = &p->slots[(p->next_take + k) % p->nslots];
      if (c->state == 1) { b = c; break; }
    }
    if (!b) {
      if (p->closing) break;
      pthread_cond_wait(&p->work, &p->mu);
      continue;
    }
    b->state = 2;
    pthread_mutex_unlock(&p->mu);
    if (rc || (p->per_entry && !counts)) {
      b->status = 1;
      snprintf(b->err, sizeof b->err, "%s", rc ? miltag_strerror(rc) : "out of memory");
    } else {
      run_batch(p, scan, b, counts);
    }
    pthread_mutex_lock(&p->mu);
    b->state = 3;
    pthread_cond_broadcast(&p->done);
  }
  if (counts)
    for (uint32_t e = 0; e < nent; e++) p->per_entry[e] += counts[e];
  pthread_mutex_unlock(&p->mu);
  free(counts);
  miltag_scanner_free(scan);
  return NULL;
}

static void batch_reset(batch *b) {
  b->len = 0;
  b->nlines = 0;
  free(b->out);
  b->out = NULL;
  b->out_len = 0;
  b->status = 0;
  b->err[0] = 0;
}

/* Read lines into b until it holds BATCH_BYTES or the input ends.
 * Returns 1 if it read anything, 0 at the end, -1 on error. */
static int fill(batch *b, FILE *in, char **line, size_t *cap) {
  ssize_t n;
  while (b->len < BATCH_BYTES && (n = getline(line, cap, in)) >= 0) {
    if (b->nlines == b->cap_lines) {
      size_t nc = b->cap_lines ? b->cap_lines * 2 : 4096;
      size_t *ns = realloc(b->starts, nc * sizeof *ns);
      if (!ns) return -1;
      b->starts = ns;
      b->cap_lines = nc;
    }
    if (b->len + (size_t)n > b->cap) {
      size_t nc = (b->len + (size_t)n) * 2;
      char *nd = realloc(b->data, nc);
      if (!nd) return -1;
      b->data = nd;
      b->cap = nc;
    }
    b->starts[b->nlines++] = b->len;
    memcpy(b->data + b->len, *line, (size_t)n);
    b->len += (size_t)n;
  }
  if (ferror(in)) return -1;
  return b->nlines > 0;
}

int tag_parallel(const out_ctx *proto, const miltag_lexicon *lex, unsigned flags, FILE *in,
                 int jobs, unsigned long *per_entry, FILE *out) {
  pool p;
  memset(&p, 0, sizeof p);
  p.nslots = (size_t)jobs * 2;
  p.slots = calloc(p.nslots, sizeof *p.slots);
  pthread_t *th = calloc((size_t)jobs, sizeof *th);
  if (!p.slots || !th) {
    free(p.slots);
    free(th);
    fprintf(stderr, "miltag: out of memory\n");
    return 1;
  }
  pthread_mutex_init(&p.mu, NULL);
  pthread_cond_init(&p.work, NULL);
  pthread_cond_init(&p.done, NULL);
  p.lex = lex;
  p.proto = proto;
  p.flags = flags;
  p.per_entry = per_entry;
  int started = 0;
  for (; started < jobs; started++)
    if (pthread_create(&th[started], NULL, worker, &p)) break;
  int status = started ? 0 : 1;
  if (!started) fprintf(stderr, "miltag: cannot start threads\n");

  char *line = NULL;
  size_t cap = 0;
  unsigned long next_line = 1;
  size_t doc_chars = 0;
  size_t fill_at = 0, write_at = 0; /* slot indices, both advancing in order */
  int eof = 0;
  while (!status) {
    /* write what is finished, in order */
    pthread_mutex_lock(&p.mu);
    batch *w = &p.slots[write_at % p.nslots];
    while (w->state == 1 || w->state == 2) {
      if (!eof && p.slots[fill_at % p.nslots].state == 0) break;
      pthread_cond_wait(&p.done, &p.mu);
    }
    int ready = w->state == 3;
    pthread_mutex_unlock(&p.mu);
    if (ready) {
      if (w->status) {
        fprintf(stderr, "miltag: %s\n", w->err);
        status = 1;
        break;
      }
      if (w->out_len && fwrite(w->out, 1, w->out_len, out) != w->out_len) {
        fprintf(stderr, "miltag: write error: %s\n", strerror(errno));
        status = 1;
        break;
      }
      pthread_mutex_lock(&p.mu);
      w->state = 0;
      pthread_mutex_unlock(&p.mu);
      write_at++;
      continue;
    }
    if (eof) break;
    /* read the next batch into a free slot */
    batch *b = &p.slots[fill_at % p.nslots];
    batch_reset(b);
    b->first_line = next_line;
    b->doc_chars = doc_chars;
    int got = fill(b, in, &line, &cap);
    if (got < 0) {
      fprintf(stderr, "miltag: %s: read error or out of memory\n", proto->file);
      status = 1;
      break;
    }
    if (!got) {
      eof = 1;
      continue;
    }
    next_line += b->nlines;
    if (proto->format == FMT_BRAT) {
      for (size_t i = 0; i < b->nlines; i++) {
        size_t end = i + 1 < b->nlines ? b->starts[i + 1] : b->len;
        size_t len = end - b->starts[i];
        int newline = len && b->data[b->starts[i] + len - 1] == '\n';
        doc_chars += out_chars(b->data + b->starts[i], len - (size_t)newline) + (size_t)newline;
      }
    }
    pthread_mutex_lock(&p.mu);
    b->state = 1;
    p.next_take = write_at % p.nslots;
    pthread_cond_signal(&p.work);
    pthread_mutex_unlock(&p.mu);
    fill_at++;
  }
  pthread_mutex_lock(&p.mu);
  p.closing = 1;
  /* on an error, drop what is queued */
  for (size_t k = 0; k < p.nslots; k++)
    if (p.slots[k].state == 1) p.slots[k].state = 0;
  pthread_cond_broadcast(&p.work);
  pthread_mutex_unlock(&p.mu);
  for (int i = 0; i < started; i++) pthread_join(th[i], NULL);
  for (size_t k = 0; k < p.nslots; k++) {
    batch_reset(&p.slots[k]);
    free(p.slots[k].data);
    free(p.slots[k].starts);
  }
  free(line);
  free(p.slots);
  free(th);
  pthread_mutex_destroy(&p.mu);
  pthread_cond_destroy(&p.work);
  pthread_cond_destroy(&p.done);
  return status;
}
