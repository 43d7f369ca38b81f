#define _POSIX_C_SOURCE 200809L
#include "lexfile.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static int fail(miltag_error *err, int rc, const char *path, const char *what) {
  err->status = rc;
  snprintf(err->message, sizeof err->message, "%s: %s", path, what);
  return rc;
}

/* The file's bytes, read once (a pipe cannot be read twice). */
static int slurp(const char *path, char **out, size_t *outlen, miltag_error *err) {
  int fd = open(path, O_RDONLY | O_CLOEXEC);
  if (fd < 0) return fail(err, MILTAG_E_IO, path, strerror(errno));
  struct stat st;
  if (fstat(fd, &st) != 0) {
    int e = errno;
    close(fd);
    return fail(err, MILTAG_E_IO, path, strerror(e));
  }
  if (!S_ISREG(st.st_mode) && !S_ISFIFO(st.st_mode)) {
    close(fd);
    return fail(err, MILTAG_E_IO, path,
                S_ISDIR(st.st_mode) ? "is a directory, not a lexicon file"
                                    : "not a regular file or a pipe: refused as a lexicon");
  }
  if (S_ISREG(st.st_mode) && (unsigned long long)st.st_size > LEXFILE_MAX) {
    close(fd);
    return fail(err, MILTAG_E_LIMIT, path, "larger than 1 GiB, the limit for a lexicon file");
  }
  size_t cap = S_ISREG(st.st_mode) ? (size_t)st.st_size + 1 : 65536, len = 0;
  char *buf = malloc(cap);
  int rc = 0;
  if (!buf) rc = fail(err, MILTAG_E_NOMEM, path, "out of memory");
  while (!rc) {
    if (len == cap) {
      if (cap > LEXFILE_MAX) {
        rc = fail(err, MILTAG_E_LIMIT, path, "larger than 1 GiB, the limit for a lexicon file");
        break;
      }
      char *nb = realloc(buf, cap * 2);
      if (!nb) {
        rc = fail(err, MILTAG_E_NOMEM, path, "out of memory");
        break;
      }
      buf = nb;
      cap *= 2;
    }
    ssize_t k = read(fd, buf + len, cap - len);
    if (k < 0 && errno == EINTR) continue;
    if (k < 0) {
      rc = fail(err, MILTAG_E_IO, path, strerror(errno));
      break;
    }
    if (k == 0) break;
    len += (size_t)k;
    if (len > LEXFILE_MAX) rc = fail(err, MILTAG_E_LIMIT, path, "larger than 1 GiB, the limit for a lexicon file");
  }
  if (close(fd) != 0 && !rc) rc = fail(err, MILTAG_E_IO, path, strerror(errno));
  if (rc) {
    free(buf);
    return rc;
  }
  *out = buf;
  *outlen = len;
  return 0;
}

int lexfile_add(miltag_builder *b, const char *path, miltag_error *err) {
  char *buf;
  size_t len;
  int rc = slurp(path, &buf, &len, err);
  if (rc) return rc;
  if (miltag_lexicon_is_image(buf, len)) {
    miltag_lexicon *img;
    rc = miltag_lexicon_open_image(buf, len, NULL, &img, err);
    if (rc) {
      char what[sizeof err->what];
      snprintf(what, sizeof what, "%s", err->what);
      fail(err, rc, path, what);
    } else {
      rc = miltag_builder_add_lexicon(b, img, err);
      miltag_lexicon_free(img);
    }
  } else {
    rc = miltag_builder_add_tsv(b, buf, len, path, err);
  }
  free(buf);
  return rc;
}

static int print_warning(const miltag_error *w, void *ctx) {
  (void)ctx;
  fprintf(stderr, "miltag: warning: %s\n", w->message);
  return 0;
}

miltag_lexicon *lexfile_build(const char *const *files, int n, int with_default,
                              const miltag_compile_options *opt) {
  miltag_lexicon *lex = NULL;
  miltag_error err;
  int rc;
  if (n == 0 && with_default) {
    rc = miltag_lexicon_default(NULL, &lex);
    if (rc) fprintf(stderr, "miltag: cannot open the built-in lexicon: %s\n", miltag_strerror(rc));
    return lex;
  }
  miltag_compile_options dflt = MILTAG_COMPILE_OPTIONS_INIT;
  dflt.warn = print_warning;
  miltag_builder *b;
  if (miltag_builder_new(opt ? opt : &dflt, &b)) {
    fprintf(stderr, "miltag: out of memory\n");
    return NULL;
  }
  rc = 0;
  if (with_default) {
    miltag_lexicon *def;
    rc = miltag_lexicon_default(NULL, &def);
    if (!rc) {
      rc = miltag_builder_add_lexicon(b, def, &err);
      miltag_lexicon_free(def);
    }
    if (rc) fprintf(stderr, "miltag: the built-in lexicon: %s\n", miltag_strerror(rc));
  }
  for (int i = 0; i < n && !rc; i++) {
    rc = lexfile_add(b, files[i], &err);
    if (rc) fprintf(stderr, "miltag: %s\n", err.message);
  }
  if (!rc) {
    rc = miltag_builder_compile(b, &lex, &err);
    if (rc) fprintf(stderr, "miltag: %s\n", *err.message ? err.message : miltag_strerror(rc));
  }
  miltag_builder_free(b);
  return rc ? NULL : lex;
}
