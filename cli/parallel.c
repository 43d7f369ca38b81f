/* `miltag --jobs N`: tag documents with N threads and write the output in
 * input order.
 *
 * The main thread reads documents and copies them into batches (about
 * 1 MB each).  Worker threads, each with its own scanner on the shared
 * lexicon, tag a batch into its own memory buffer with the writers of the
 * one-thread path (cli/output.c).  The main thread writes finished batches
 * strictly in the order it filled them, so the output is byte for byte the
 * one of --jobs 1.  At most 2*N batches are in flight, which bounds
 * memory.  A document that cannot be tagged is reported by the main
 * thread, in order, when its batch is written; a failed write stops the
 * run and is reported once. */
#define _POSIX_C_SOURCE 200809L
#include "parallel.h"

#include <errno.h>
#include <pthread.h>
#include <time.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define BATCH_BYTES (1u << 20)

typedef struct pdoc {
  size_t text, len, id, id_len, date, date_len, chat, chat_len; /* in data */
  const char *file;
  unsigned long line;
  unsigned long long seq;
} pdoc;

/* Where a batch is: free for the reader, queued for a worker, being
 * tagged, or tagged and waiting to be written. */
typedef enum batch_state {
  BATCH_FREE = 0,
  BATCH_QUEUED = 1,
  BATCH_TAKEN = 2,
  BATCH_DONE = 3
} batch_state;

typedef struct batch {
  wbuf data;               /* the documents' texts and ids */
  pdoc *docs;
  size_t ndocs, cap;
  wbuf out;                /* the batch's output */
  wbuf msgs;               /* documents skipped: one message a line */
  batch_state state;
  int fatal;               /* the worker could not tag it at all */
  int skipped;             /* a document was skipped (msgs also has warnings) */
} batch;

typedef struct worker_ctx {
  struct par *p;
  agg a;
  int with_agg;
} worker_ctx;

struct par {
  pthread_mutex_t mu;
  pthread_cond_t work, done;
  batch *slots;
  size_t nslots;
  size_t fill_at, write_at; /* batch numbers, both advancing in order */
  int closing;
  const out_opts *o;
  worker_ctx *w;
  pthread_t *th;
  int started;
  wbuf *out;
  int status;
  int dead;                /* the output failed: nothing more is written */
  struct timespec first_at; /* when the batch being filled got its first
                               document (the main thread's alone) */
};

/* Tag every document of b into b->out. */
static void run_batch(const out_opts *o, miltag_scanner *scan, agg *a, batch *b) {
  emitter e;
  emitter_init(&e, o, &b->out, scan, a);
  for (size_t i = 0; i < b->ndocs; i++) {
    const pdoc *pd = &b->docs[i];
    const char *base = b->data.p;
    doc d;
    memset(&d, 0, sizeof d);
    d.text = base + pd->text;
    d.len = pd->len;
    d.file = pd->file;
    d.line = pd->line;
    d.seq = pd->seq;
    if (pd->id_len) d.id = base + pd->id, d.id_len = pd->id_len;
    if (pd->date_len) d.date = base + pd->date, d.date_len = pd->date_len;
    if (pd->chat_len) d.chat = base + pd->chat, d.chat_len = pd->chat_len;
    char msg[200];
    int rc = emit_doc(&e, &d, msg, sizeof msg);
    if (rc < 0) {
      if (d.line) wb_printf(&b->msgs, "%s:%lu: %s: document skipped\n", d.file, d.line, msg);
      else wb_printf(&b->msgs, "%s: %s: document skipped\n", d.file, msg);
      b->skipped = 1;
    } else if (rc > 0) { /* tagged, but tags may be missing */
      if (d.line) wb_printf(&b->msgs, "%s:%lu: warning: %s\n", d.file, d.line, msg);
      else wb_printf(&b->msgs, "%s: warning: %s\n", d.file, msg);
    }
    if (b->msgs.err) b->fatal = 1;
    if (b->out.err) {
      b->fatal = 1;
      break;
    }
  }
  emitter_free(&e);
}

static void *worker(void *arg) {
  worker_ctx *wc = arg;
  par *p = wc->p;
  miltag_scanner *scan = NULL;
  int rc = miltag_scanner_new(p->o->lex, &scan);
  pthread_mutex_lock(&p->mu);
  for (;;) {
    /* the oldest queued batch */
    batch *b = NULL;
    for (size_t k = 0; k < p->nslots; k++) {
      batch *c = &p->slots[(p->write_at + k) % p->nslots];
      if (c->state == BATCH_QUEUED) {
        b = c;
        break;
      }
    }
    if (!b) {
      if (p->closing) break;
      pthread_cond_wait(&p->work, &p->mu);
      continue;
    }
    b->state = BATCH_TAKEN;
    pthread_mutex_unlock(&p->mu);
    if (rc) b->fatal = 1;
    else run_batch(p->o, scan, wc->with_agg ? &wc->a : NULL, b);
    pthread_mutex_lock(&p->mu);
    b->state = BATCH_DONE;
    pthread_cond_broadcast(&p->done);
  }
  pthread_mutex_unlock(&p->mu);
  miltag_scanner_free(scan);
  return NULL;
}

static void batch_reset(batch *b) {
  b->data.len = 0;
  b->data.err = 0;
  b->ndocs = 0;
  b->out.len = 0;
  b->out.err = 0;
  b->msgs.len = 0;
  b->msgs.err = 0;
  b->fatal = 0;
  b->skipped = 0;
}

static void batch_free(batch *b) {
  wb_free(&b->data);
  wb_free(&b->out);
  wb_free(&b->msgs);
  free(b->docs);
}

/* Write a finished batch: its messages, then its output. */
static int write_batch(par *p, batch *b) {
  int rc = 0;
  if (b->msgs.len) {
    /* one "miltag: " per line */
    const char *s = b->msgs.p, *end = s + b->msgs.len;
    while (s < end) {
      const char *nl = memchr(s, '\n', (size_t)(end - s));
      size_t n = nl ? (size_t)(nl - s) : (size_t)(end - s);
      fprintf(stderr, "miltag: %.*s\n", (int)n, s);
      s += n + 1;
    }
    if (b->skipped) p->status = 1; /* a warning alone does not fail the run */
  }
  if (b->fatal) {
    fprintf(stderr, "miltag: %s\n", b->out.err || b->msgs.err ? "out of memory" : "cannot create a scanner");
    p->status = 1;
    p->dead = 1;
    rc = -1;
  } else if (!p->dead && b->out.len && wb_write(p->out, b->out.p, b->out.len)) {
    fprintf(stderr, "miltag: write error: %s\n", strerror(p->out->err));
    p->status = 1;
    p->dead = 1;
    rc = -1;
  }
  pthread_mutex_lock(&p->mu);
  batch_reset(b);
  b->state = BATCH_FREE;
  /* (under the lock: the workers read write_at to find the oldest
   * queued batch) */
  p->write_at++;
  pthread_mutex_unlock(&p->mu);
  return rc;
}

par *par_start(const out_opts *o, int jobs, int with_agg, wbuf *out) {
  par *p = calloc(1, sizeof *p);
  if (!p) goto oom;
  p->o = o;
  p->out = out;
  p->nslots = (size_t)jobs * 2;
  p->slots = calloc(p->nslots, sizeof *p->slots);
  p->w = calloc((size_t)jobs, sizeof *p->w);
  p->th = calloc((size_t)jobs, sizeof *p->th);
  if (!p->slots || !p->w || !p->th) goto oom;
  for (size_t k = 0; k < p->nslots; k++) {
    wb_init(&p->slots[k].data, -1);
    wb_init(&p->slots[k].out, -1);
    wb_init(&p->slots[k].msgs, -1);
  }
  for (int i = 0; i < jobs; i++) {
    p->w[i].p = p;
    p->w[i].with_agg = with_agg;
    if (with_agg && agg_init(&p->w[i].a, miltag_lexicon_entry_count(o->lex), o->format == FMT_GEOJSON))
      goto oom;
  }
  pthread_mutex_init(&p->mu, NULL);
  pthread_cond_init(&p->work, NULL);
  pthread_cond_init(&p->done, NULL);
  for (; p->started < jobs; p->started++)
    if (pthread_create(&p->th[p->started], NULL, worker, &p->w[p->started])) break;
  if (!p->started) {
    fprintf(stderr, "miltag: cannot start threads\n");
    p->status = 1;
    par_finish(p, NULL);
    return NULL;
  }
  return p;
oom:
  fprintf(stderr, "miltag: out of memory\n");
  if (p) {
    free(p->slots);
    if (p->w)
      for (int i = 0; i < jobs; i++) agg_free(&p->w[i].a); /* zeroed ones too */
    free(p->w);
    free(p->th);
    free(p);
  }
  return NULL;
}

/* Write the finished batches in order; return when the slot to fill next
 * is free.  0, or -1 when the output failed. */
static int make_room(par *p) {
  for (;;) {
    pthread_mutex_lock(&p->mu);
    batch *w = &p->slots[p->write_at % p->nslots];
    batch *f = &p->slots[p->fill_at % p->nslots];
    while (w->state != BATCH_DONE && f->state != BATCH_FREE) pthread_cond_wait(&p->done, &p->mu);
    int ready = w->state == BATCH_DONE;
    pthread_mutex_unlock(&p->mu);
    if (!ready) return 0;
    if (write_batch(p, w)) return -1;
  }
}

static int dispatch(par *p) {
  batch *b = &p->slots[p->fill_at % p->nslots];
  pthread_mutex_lock(&p->mu);
  b->state = BATCH_QUEUED;
  pthread_cond_signal(&p->work);
  pthread_mutex_unlock(&p->mu);
  p->fill_at++;
  return make_room(p);
}

/* Copy d into b: 0, or -1 (out of memory; b as it was). */
static int append(batch *b, const doc *d) {
  size_t mark = b->data.len;
  if (b->ndocs == b->cap) {
    size_t nc = b->cap ? b->cap * 2 : 1024;
    pdoc *nd = realloc(b->docs, nc * sizeof *nd);
    if (!nd) return -1;
    b->docs = nd;
    b->cap = nc;
  }
  pdoc *pd = &b->docs[b->ndocs];
  memset(pd, 0, sizeof *pd);
  pd->text = b->data.len;
  pd->len = d->len;
  wb_put(&b->data, d->text, d->len);
  if (d->id) pd->id = b->data.len, pd->id_len = d->id_len, wb_put(&b->data, d->id, d->id_len);
  if (d->date) pd->date = b->data.len, pd->date_len = d->date_len, wb_put(&b->data, d->date, d->date_len);
  if (d->chat) pd->chat = b->data.len, pd->chat_len = d->chat_len, wb_put(&b->data, d->chat, d->chat_len);
  if (b->data.err) {
    b->data.err = 0;
    b->data.len = mark;
    return -1;
  }
  pd->file = d->file;
  pd->line = d->line;
  pd->seq = d->seq;
  b->ndocs++;
  return 0;
}

int par_add(par *p, const doc *d) {
  if (p->dead) return -1;
  batch *b = &p->slots[p->fill_at % p->nslots];
  if (append(b, d)) {
    /* tag what the batch holds, then try again in an empty one */
    if (b->ndocs && dispatch(p)) return -1;
    b = &p->slots[p->fill_at % p->nslots];
    if (append(b, d)) {
      if (d->line) fprintf(stderr, "miltag: %s:%lu: out of memory: document skipped\n", d->file, d->line);
      else fprintf(stderr, "miltag: %s: out of memory: document skipped\n", d->file);
      p->status = 1;
      return 1;
    }
  }
  if (b->ndocs == 1) clock_gettime(CLOCK_MONOTONIC, &p->first_at);
  if (b->data.len >= BATCH_BYTES) return dispatch(p) ? -1 : 0;
  return 0;
}

long par_pending_ms(const par *p) {
  if (!p->slots[p->fill_at % p->nslots].ndocs) return -1;
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (long)(t.tv_sec - p->first_at.tv_sec) * 1000 + (t.tv_nsec - p->first_at.tv_nsec) / 1000000;
}

/* Write every batch dispatched so far, in order, waiting for each.  0, or
 * -1 when the output failed. */
static int write_all_batches(par *p) {
  while (!p->dead && p->write_at < p->fill_at) {
    batch *w = &p->slots[p->write_at % p->nslots];
    pthread_mutex_lock(&p->mu);
    while (w->state != BATCH_DONE) pthread_cond_wait(&p->done, &p->mu);
    pthread_mutex_unlock(&p->mu);
    if (write_batch(p, w)) return -1;
  }
  return p->dead ? -1 : 0;
}

int par_sync(par *p) {
  if (p->dead) return -1;
  if (p->slots[p->fill_at % p->nslots].ndocs && dispatch(p)) return -1;
  return write_all_batches(p);
}

int par_finish(par *p, agg *into) {
  if (!p->dead && p->slots[p->fill_at % p->nslots].ndocs) dispatch(p);
  write_all_batches(p);
  pthread_mutex_lock(&p->mu);
  p->closing = 1;
  /* after a failure, what is queued is dropped (the run fails anyway) */
  for (size_t k = 0; k < p->nslots; k++)
    if (p->slots[k].state == BATCH_QUEUED) p->slots[k].state = BATCH_FREE;
  pthread_cond_broadcast(&p->work);
  pthread_mutex_unlock(&p->mu);
  for (int i = 0; i < p->started; i++) pthread_join(p->th[i], NULL);
  int jobs = (int)(p->nslots / 2);
  for (int i = 0; i < jobs; i++) {
    if (!p->w[i].with_agg) continue;
    if (into && !p->dead && agg_merge(into, &p->w[i].a)) {
      fprintf(stderr, "miltag: out of memory counting tags\n");
      p->status = 1;
    }
    agg_free(&p->w[i].a);
  }
  for (size_t k = 0; k < p->nslots; k++) batch_free(&p->slots[k]);
  pthread_mutex_destroy(&p->mu);
  pthread_cond_destroy(&p->work);
  pthread_cond_destroy(&p->done);
  int status = p->status;
  free(p->slots);
  free(p->w);
  free(p->th);
  free(p);
  return status;
}
