/* Prefilter: a compile-time summary of every key of a lexicon, consulted
 * by the scanner before it folds, hashes and looks up a token.  Most words
 * of running text are no key (59% of the tokens of English news, 66% of
 * Russian), and for those the exact lookup is wasted work.
 *
 * The summary is a blocked Bloom filter (one 64-bit word per probe, two
 * bits set in it per key) over a hash of the key's first and last eight
 * bytes, each with bit 5 set (MT_PF_CASE: an ASCII key is then the text
 * as written, capitals and all, with no folding), and its length.  Those bytes come from the text without building
 * the key for the tokens the tokenizer has classified as plain ASCII or
 * plain basic Cyrillic (mt_key_ends), so a rejected token costs a few
 * loads and a multiply.  The filter has no false negatives: every key of
 * the lexicon passes, so the token ids the scanner (and through its window
 * the evidence module) sees are exactly those of the full lookup; a false
 * positive only costs the lookup that would have been done anyway.
 *
 * The table is stored in the image (mt_img_header.off_prefilter,
 * prefilter_words); an image without one (prefilter_words == 0) passes
 * every token. */
#ifndef MT_PREFILTER_H
#define MT_PREFILTER_H

#include <stddef.h>
#include <stdint.h>

/* Bits of table per key, at least: with two bits a key the filter lets
 * about 5% of the tokens that are no key through. */
#define MT_PF_BITS_PER_KEY 8u
/* The largest table (words of 64 bits): 2^26 bits, 8 MB. */
#define MT_PF_MAX_WORDS (1u << 20)

/* Words of table for n keys: a power of two, 0 for no keys. */
uint32_t mt_pf_words(size_t n_keys);

/* Bit 5 of every byte: set in the bytes the filter hashes.  ASCII letters
 * and digits with it set are their keys' bytes with it set. */
#define MT_PF_CASE 0x2020202020202020ull

/* The hash of a key given its first eight bytes (head: the bytes in
 * memory order, zero past the key), its last eight (tail: the same for
 * key[len - 8 .. len), or 0 when len <= 8), both with MT_PF_CASE or'ed
 * into the bytes of the key, and its length. */
static inline uint64_t mt_pf_hash(uint64_t head, uint64_t tail, size_t len) {
  uint64_t x = head ^ (tail * 0x94D049BB133111EBull) ^ ((uint64_t)len << 57);
  x ^= x >> 32;
  x *= 0xBF58476D1CE4E5B9ull;
  return x ^ (x >> 29);
}

/* The word and the two bits of a hash in a table of `words` words. */
static inline int mt_pf_test(const uint64_t *table, uint32_t words, uint64_t h) {
  uint64_t want = (1ull << (h & 63)) | (1ull << ((h >> 6) & 63));
  return (table[(h >> 32) & (words - 1)] & want) == want;
}

/* head and tail of key[0..len) as mt_pf_hash wants them (MT_PF_CASE
 * or'ed in). */
void mt_pf_key_ends(const char *key, size_t len, uint64_t *head, uint64_t *tail);

/* May the key key[0..len) be in the table?  1 for every key added. */
int mt_pf_pass_key(const uint64_t *table, uint32_t words, const char *key, size_t len);

/* Add a key to a table of `words` words (zeroed by the caller first). */
void mt_pf_add(uint64_t *table, uint32_t words, const char *key, size_t len);

#endif
