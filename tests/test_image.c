/* The image module (lib/image.c): what an image looks like, its full
 * validation of images from outside (checksum, layout, every index, the
 * evidence traits and roles), and the lookups the scanner makes. */
#include "testutil.h"

#include "evidence.h"
#include "image.h"
#include "scanner.h"

static miltag_lexicon *small(void) {
  return compile_or_fail(HEADER
    "Kursk\tplace\tplace.kursk\t\ten\t\t\t\n"
    "200s\tcasualty\tcasualty.200\t\ten\t\t\t\n"
    "в/ч {num}\tunit\tunit.vch\t\tru\tnone\t\t\n"
    "обстрел\tcontext\tctx.a\t\tru\t\t\t\n"
    "сказал\tcontext\tev.sp\t\tru\tnone\t\tevidence=speech\n");
}

/* A copy of lex's image the test may damage; fix() makes its checksum
 * right again, so that only the damage is refused. */
static void fix(unsigned char *img, size_t size) {
  ((mt_img_header *)img)->checksum = mt_image_checksum(img, size);
}

static int open_copy(const unsigned char *img, size_t size, const char **what) {
  static miltag_error err;
  miltag_lexicon *lex = (miltag_lexicon *)1;
  int rc = miltag_lexicon_open_image(img, size, NULL, &lex, &err);
  if (rc) ck_assert_ptr_null(lex);
  else miltag_lexicon_free(lex);
  *what = err.what;
  return rc;
}

START_TEST(is_image) {
  miltag_lexicon *lex = small();
  const void *data;
  size_t size;
  ck_assert_int_eq(miltag_lexicon_image(lex, &data, &size), MILTAG_OK);
  ck_assert_int_eq(miltag_lexicon_is_image(data, size), 1);
  ck_assert_int_eq(miltag_lexicon_is_image(HEADER, strlen(HEADER)), 0);
  ck_assert_int_eq(miltag_lexicon_is_image(NULL, 0), 0);
  ck_assert_int_eq(miltag_lexicon_is_image("MILTAGL", 7), 0);
  /* what begins as an image is one, intact or not: opening tells */
  ck_assert_int_eq(miltag_lexicon_is_image("MILTAGLX junk", 13), 1);
  const char *what;
  ck_assert_int_eq(open_copy((const unsigned char *)"MILTAGLX junk", 13, &what), MILTAG_E_IMAGE);
  miltag_lexicon *def;
  ck_assert_int_eq(miltag_lexicon_default(NULL, &def), MILTAG_OK);
  ck_assert_int_eq(miltag_lexicon_image(def, &data, &size), MILTAG_OK);
  ck_assert_int_eq(miltag_lexicon_is_image(data, size), 1);
  miltag_lexicon_free(def);
  miltag_lexicon_free(lex);
}
END_TEST

/* The built-in image is trusted when it opens; it passes the full check
 * too. */
START_TEST(builtin_passes_the_full_check) {
  miltag_lexicon *def;
  ck_assert_int_eq(miltag_lexicon_default(NULL, &def), MILTAG_OK);
  mt_image img;
  const char *why = NULL;
  ck_assert_int_eq(mt_image_open(&img, def->img.base, def->img.size, 1, &why), MILTAG_OK);
  ck_assert_ptr_null(why);
  ck_assert_uint_eq(img.h->version, MT_IMG_VERSION);
  miltag_lexicon_free(def);
}
END_TEST

START_TEST(version_and_layout) {
  miltag_lexicon *lex = small();
  size_t size;
  const char *what;
  unsigned char *img = copy_image(lex, &size);
  mt_img_header *h = (mt_img_header *)img;
  ck_assert_uint_eq(h->version, MT_IMG_VERSION);
  /* an image of format version 1 (before the evidence roles) is refused */
  h->version = 1;
  fix(img, size);
  ck_assert_int_eq(open_copy(img, size, &what), MILTAG_E_IMAGE);
  ck_assert_ptr_nonnull(strstr(what, "format version"));
  h->version = MT_IMG_VERSION;
  /* a size that disagrees with the header */
  fix(img, size);
  ck_assert_int_eq(open_copy(img, size - 8, &what), MILTAG_E_IMAGE);
  /* the checksum */
  img[h->off_strings + 1] ^= 1;
  ck_assert_int_eq(open_copy(img, size, &what), MILTAG_E_IMAGE);
  ck_assert_ptr_nonnull(strstr(what, "checksum"));
  img[h->off_strings + 1] ^= 1;
  /* a section past the end, with a right checksum */
  h->off_edges = (uint32_t)size;
  h->edge_slots = 8;
  fix(img, size);
  ck_assert_int_eq(open_copy(img, size, &what), MILTAG_E_IMAGE);
  ck_assert_ptr_nonnull(strstr(what, "layout"));
  free(img);
  miltag_lexicon_free(lex);
}
END_TEST

/* The evidence data are checked like every index: a trait or a role the
 * library does not know, or roles that disagree with the header. */
START_TEST(traits_and_roles_are_checked) {
  miltag_lexicon *lex = small();
  size_t size;
  const char *what;
  unsigned char *img = copy_image(lex, &size);
  mt_img_header *h = (mt_img_header *)img;
  mt_img_row *rows = (mt_img_row *)(img + h->off_rows);
  mt_img_entry *ents = (mt_img_entry *)(img + h->off_entries);
  ck_assert_uint_eq(h->roles, MT_ROLE_MILITARY | MT_ROLE_SPEECH);
  ck_assert_int_eq(open_copy(img, size, &what), MILTAG_OK);

  rows[0].flags |= 0x8000;
  fix(img, size);
  ck_assert_int_eq(open_copy(img, size, &what), MILTAG_E_IMAGE);
  rows[0].flags &= (uint16_t)~0x8000u;

  ents[0].roles = 0x4000;
  fix(img, size);
  ck_assert_int_eq(open_copy(img, size, &what), MILTAG_E_IMAGE);
  ents[0].roles = 0;

  h->roles |= MT_ROLE_TITLE; /* no entry has it */
  fix(img, size);
  ck_assert_int_eq(open_copy(img, size, &what), MILTAG_E_IMAGE);
  h->roles &= ~(uint32_t)MT_ROLE_TITLE;

  fix(img, size);
  ck_assert_int_eq(open_copy(img, size, &what), MILTAG_OK);
  free(img);
  miltag_lexicon_free(lex);
}
END_TEST

/* Any flipped byte is refused (the checksum), never crashes; so is any
 * flipped byte with the checksum made right, or it opens and scans. */
START_TEST(flipped_bytes) {
  miltag_lexicon *lex = small();
  size_t size;
  const char *what;
  unsigned char *img = copy_image(lex, &size);
  unsigned char *work = malloc(size);
  for (size_t i = 0; i < size; i += 3) {
    memcpy(work, img, size);
    work[i] ^= 0xA5;
    if (i < offsetof(mt_img_header, checksum) || i >= offsetof(mt_img_header, checksum) + 8)
      ck_assert_int_eq(open_copy(work, size, &what), MILTAG_E_IMAGE);
    fix(work, size);
    miltag_lexicon *back;
    miltag_error err;
    if (miltag_lexicon_open_image(work, size, NULL, &back, &err) == MILTAG_OK) {
      miltag_scanner *s;
      ck_assert_int_eq(miltag_scanner_new(back, &s), MILTAG_OK);
      static const char t[] = "Kursk, 200s, в/ч 40318 и обстрел; сказал";
      miltag_results *r;
      ck_assert_int_eq(miltag_results_new(back, &r), MILTAG_OK);
      int rc = miltag_scan_results(s, t, sizeof t - 1, MILTAG_SCAN_OVERLAPS | MILTAG_SCAN_AMBIGUOUS, r);
      ck_assert(rc == MILTAG_OK || rc == MILTAG_INCOMPLETE);
      miltag_results_free(r);
      miltag_scanner_free(s);
      miltag_lexicon_free(back);
    }
  }
  free(work);
  free(img);
  miltag_lexicon_free(lex);
}
END_TEST

/* Every key the compiler interned is found again; an unknown one is not;
 * every edge leads where the table says. */
START_TEST(lookups) {
  miltag_lexicon *lex = small();
  const mt_image *img = &lex->img;
  char key[300];
  for (uint32_t t = 0; t < img->h->n_tokens; t++) {
    const mt_img_token *tk = &img->tokens[t];
    memset(key, 0x7F, sizeof key);
    memcpy(key, img->str + tk->key, tk->len);
    /* a slot's token has a key for people to read, which finds nothing */
    int slot = t == img->h->num_token || t == img->h->num2_token || t == img->h->name_token ||
               t == img->h->word_token;
    ck_assert_uint_eq(mt_image_lookup_padded(img, key, tk->len), slot ? MT_NONE : t);
  }
  ck_assert_uint_ne(img->h->num_token, MT_NONE);
  memset(key, 0, sizeof key);
  memcpy(key, "харьков", strlen("харьков"));
  ck_assert_uint_eq(mt_image_lookup_padded(img, key, strlen("харьков")), MT_NONE);
  size_t edges = 0;
  for (uint32_t i = 0; i < img->h->edge_slots; i++) {
    const mt_img_edge *e = &img->edges[i];
    if (e->parent == MT_NONE) continue;
    ck_assert_uint_eq(mt_image_edge(img, e->parent, e->token, e->gap), e->child);
    ck_assert_uint_eq(mt_image_edge(img, e->parent, e->token, e->gap ^ 0x1000u), MT_NONE);
    edges++;
  }
  ck_assert_uint_gt(edges, 0);
  miltag_lexicon_free(lex);
}
END_TEST

START_TEST(checksum_covers_everything_but_itself) {
  miltag_lexicon *lex = small();
  size_t size;
  unsigned char *img = copy_image(lex, &size);
  uint64_t sum = mt_image_checksum(img, size);
  ck_assert_uint_eq(sum, ((mt_img_header *)img)->checksum);
  ((mt_img_header *)img)->checksum ^= 0xFFFF; /* its own field: not covered */
  ck_assert_uint_eq(mt_image_checksum(img, size), sum);
  img[size - 1] ^= 1;
  ck_assert_uint_ne(mt_image_checksum(img, size), sum);
  free(img);
  miltag_lexicon_free(lex);
}
END_TEST

int main(void) {
  Suite *s = suite_create("image");
  TCase *tc = tcase_create("image");
  tcase_set_timeout(tc, 120);
  tcase_add_test(tc, is_image);
  tcase_add_test(tc, builtin_passes_the_full_check);
  tcase_add_test(tc, version_and_layout);
  tcase_add_test(tc, traits_and_roles_are_checked);
  tcase_add_test(tc, flipped_bytes);
  tcase_add_test(tc, lookups);
  tcase_add_test(tc, checksum_covers_everything_but_itself);
  suite_add_tcase(s, tc);
  return run_suite(s) ? EXIT_FAILURE : EXIT_SUCCESS;
}
