/* Threads: 8 threads share one lexicon, each with its own scanner, and
 * must get exactly the single-threaded tags; a scanner used by two threads
 * at once refuses the second with MILTAG_E_BUSY.  Run under ThreadSanitizer
 * by scripts/test.sh. */
#include <pthread.h>

#include "testutil.h"

#define NTHREADS 8

static const char *lines[] = {
  "Intercepted near Bakhmut: three 200s and five 300s, two more 500s.",
  "Перехват: «У нас два груза 200 и пять трёхсотых, ещё один пятисотый».",
  "Бойцы ЧВК «Вагнер» под Бахмутом; птички ВСУ над позициями.",
  "The 155th Naval Infantry Brigade near Donetsk; Storm-Z in the Kursk region.",
  "В Курской области, у Суджи, коробочка сгорела.",
};

typedef struct job {
  const miltag_lexicon *lex;
  unsigned long sum;   /* a digest of every tag seen */
  int rc;
} job;

static int digest(const miltag_tag *t, void *ctx) {
  unsigned long *sum = ctx;
  *sum = *sum * 31 + t->start * 7 + t->end * 13 + t->entry;
  return 0;
}

static void *work(void *arg) {
  job *j = arg;
  miltag_scanner *s;
  if ((j->rc = miltag_scanner_new(j->lex, &s))) return NULL;
  for (int round = 0; round < 300 && !j->rc; round++)
    for (size_t i = 0; i < sizeof lines / sizeof *lines && !j->rc; i++)
      j->rc = miltag_scan(s, lines[i], strlen(lines[i]), round % 2 ? MILTAG_SCAN_OVERLAPS : 0, digest, &j->sum);
  miltag_scanner_free(s);
  return NULL;
}

START_TEST(eight_threads_share_a_lexicon) {
  miltag_lexicon *lex;
  ck_assert_int_eq(miltag_lexicon_default(NULL, &lex), MILTAG_OK);
  job ref = {lex, 0, 0};
  work(&ref);
  ck_assert_int_eq(ref.rc, MILTAG_OK);
  ck_assert_uint_ne(ref.sum, 0);
  pthread_t th[NTHREADS];
  job jobs[NTHREADS];
  for (int i = 0; i < NTHREADS; i++) {
    jobs[i] = (job){lex, 0, 0};
    ck_assert_int_eq(pthread_create(&th[i], NULL, work, &jobs[i]), 0);
  }
  for (int i = 0; i < NTHREADS; i++) {
    pthread_join(th[i], NULL);
    ck_assert_int_eq(jobs[i].rc, MILTAG_OK);
    ck_assert_uint_eq(jobs[i].sum, ref.sum);
  }
  miltag_lexicon_free(lex);
}
END_TEST

/* One scanner, two threads: the first holds it inside a callback until the
 * second has tried. */
typedef struct race {
  miltag_scanner *s;
  pthread_mutex_t mu;
  pthread_cond_t cv;
  int inside, tried, second_rc;
} race;

static int hold(const miltag_tag *t, void *ctx) {
  (void)t;
  race *r = ctx;
  pthread_mutex_lock(&r->mu);
  r->inside = 1;
  pthread_cond_broadcast(&r->cv);
  while (!r->tried) pthread_cond_wait(&r->cv, &r->mu);
  pthread_mutex_unlock(&r->mu);
  return 0;
}

static int ignore(const miltag_tag *t, void *ctx) {
  (void)t;
  (void)ctx;
  return 0;
}

static void *second(void *arg) {
  race *r = arg;
  pthread_mutex_lock(&r->mu);
  while (!r->inside) pthread_cond_wait(&r->cv, &r->mu);
  pthread_mutex_unlock(&r->mu);
  int rc = miltag_scan(r->s, "Kharkiv", 7, 0, ignore, NULL);
  pthread_mutex_lock(&r->mu);
  r->second_rc = rc;
  r->tried = 1;
  pthread_cond_broadcast(&r->cv);
  pthread_mutex_unlock(&r->mu);
  return NULL;
}

START_TEST(one_scanner_two_threads_is_refused) {
  miltag_lexicon *lex;
  ck_assert_int_eq(miltag_lexicon_default(NULL, &lex), MILTAG_OK);
  race r;
  memset(&r, 0, sizeof r);
  pthread_mutex_init(&r.mu, NULL);
  pthread_cond_init(&r.cv, NULL);
  ck_assert_int_eq(miltag_scanner_new(lex, &r.s), MILTAG_OK);
  pthread_t th;
  ck_assert_int_eq(pthread_create(&th, NULL, second, &r), 0);
  ck_assert_int_eq(miltag_scan(r.s, "Kharkiv", 7, 0, hold, &r), MILTAG_OK);
  pthread_join(th, NULL);
  ck_assert_int_eq(r.second_rc, MILTAG_E_BUSY);
  /* free again once the first scan is over */
  ck_assert_int_eq(miltag_scan(r.s, "Kharkiv", 7, 0, ignore, NULL), MILTAG_OK);
  miltag_scanner_free(r.s);
  pthread_mutex_destroy(&r.mu);
  pthread_cond_destroy(&r.cv);
  miltag_lexicon_free(lex);
}
END_TEST

int main(void) {
  Suite *s = suite_create("threads");
  TCase *tc = tcase_create("core");
  tcase_set_timeout(tc, 300);
  tcase_add_test(tc, eight_threads_share_a_lexicon);
  tcase_add_test(tc, one_scanner_two_threads_is_refused);
  suite_add_tcase(s, tc);
  return run_suite(s) ? EXIT_FAILURE : EXIT_SUCCESS;
}
