/* The compiled lexicon image: one position-independent, little-endian byte
 * block with a header and fixed-size tables (docs/design.md).  The same
 * bytes are built by the compiler, embedded in the library for the default
 * lexicon, saved to files and reopened.  Opening does no per-entry work. */
#ifndef MT_IMAGE_H
#define MT_IMAGE_H

#include <stddef.h>
#include <stdint.h>

#include "miltag.h"
#include "normalize.h"

#define MT_IMG_MAGIC "MILTAGLX"
/* 2: entries carry evidence roles, the header their union
 * 3: entries carry what the evidence module derives for places (tier,
 *    kind, country, region); a table of word endings (suffix rows)
 * 4: the formation grammar's tables
 * 5: the prefilter over the keys (prefilter.h)
 * 6: the tokens that can follow a {Name} that opens a term; nodes
 *    flagged MT_NODE_TAGGABLE
 * 7: a filter of the (parent, token) pairs of the edges
 * 8: the edge filter keeps the bits of a node in one block of 512 bits
 *    unless it is flagged MT_NODE_WIDE
 * 10: three bits a pair in one word of the edge filter, at least 48 bits
 *     an edge
 * 11: a node's edges by a slot's token are its MT_NODE_SLOT_* bits, exact;
 *     the edge filter holds the pairs of the other edges only
 * 12: an entry's MT_UNIT_* bits (type=pmc), in what was padding
 * 13: a place's MT_PLACE_WAR_REGION bit (Russia's regions on Ukraine's
 *     border), in the place byte's last free bit: a version 12 image
 *     would open without it and accept less jargon, silently
 * 14: an entry's role MT_ROLE_GLOSS (meaning, slang, jargon: a word that
 *     glosses quoted jargon): a version 13 image has no entry of it and
 *     would accept less jargon silently, and a library of version 13
 *     would call a new image corrupt, not one of another version
 * 15: the entries' roles MT_ROLE_RESIDENTS and MT_ROLE_AUTHORITIES
 *     (жители, власти, мерія in their case forms): a version 14 image has
 *     no entry of them and would take a town after с жителями or мэрией
 *     for a person silently */
#define MT_IMG_VERSION 15u
#define MT_NONE 0xFFFFFFFFu

#define MT_MAX_TERM_TOKENS 32u

typedef struct mt_img_header {
  char magic[8];
  uint32_t version;
  uint32_t header_size;
  uint64_t total_size;
  uint64_t checksum;        /* mt_image_checksum() of the whole image */
  uint32_t n_entries, n_rows, n_forms, n_tokens, n_nodes, n_matches;
  uint32_t key_slots, edge_slots;  /* powers of two */
  uint32_t max_term_tokens;
  uint32_t num_token;       /* token id of the {num} slot, or MT_NONE */
  uint32_t num2_token;      /* the same for numbers of 2+ digits, or MT_NONE */
  uint32_t name_token;      /* {name}: a capitalized word after an opening quote */
  uint32_t word_token;      /* a further word of a {name} */
  uint32_t per_category[6];
  uint32_t off_strings, len_strings;
  uint32_t off_entries, off_rows, off_tokens, off_keyslots, off_root, off_nodes,
      off_matches, off_edges;
  uint32_t roles;           /* every entry's roles together (mt_role) */
  uint32_t off_suffixes, n_suffixes; /* word endings (mt_img_suffix) */
  /* the formation grammar (grammar.h): class entries, class rows at trie
   * nodes, ordinal endings, composite types, listed formations */
  uint32_t off_gclass, n_gclass, off_ghits, n_ghits, off_gends, n_gends, off_gtypes, n_gtypes,
      off_glinks, n_glinks;
  uint32_t off_prefilter;   /* the prefilter's table (prefilter.h): */
  uint32_t prefilter_words; /* ... its 64-bit words, a power of two; 0: none */
  /* The tokens with an edge from root[name_token], the node of a term
   * that opens with {Name} (Стрийський парк), sorted and unique: every
   * capitalized word starts such a match, and the scanner lets it die
   * without a probe when the next word is none of them (match.c). */
  uint32_t off_name_follow, n_name_follow;
  /* Bits of a (parent, token) pair for every edge by a key, by any gap
   * (mt_image_key_edge_maybe): most partial matches (the, in, a) die at the
   * next word, and the scanner tells so without probing the edges. */
  uint32_t off_edge_filter;
  uint32_t edge_filter_words; /* its 64-bit words, a power of two; 0: none */
} mt_img_header;

typedef struct mt_img_entry {
  uint32_t id, label, attrs;   /* string offsets */
  uint8_t category;
  uint8_t place;             /* places: MT_PLACE_* bits (evidence.h) */
  uint16_t unit;             /* units: MT_UNIT_* bits (evidence.h) */
  uint32_t roles;            /* mt_role bits (evidence.h) */
  uint32_t region;           /* places: the entry of its first-level region
                                (its `admin1`), or MT_NONE */
  uint16_t country;          /* places: ISO 3166-1 alpha-2, two bytes; 0 none */
  uint16_t pad;
} mt_img_entry;

/* A word ending: a row with the trait MT_TRAIT_SUFFIX (evidence.h).  Its
 * key is the term folded by mt_ev_fold; ordered by the key's last byte,
 * then by length, longest first. */
typedef struct mt_img_suffix {
  uint32_t row;
  uint32_t key;              /* string offset */
  uint16_t len;              /* bytes of the key */
  uint8_t min_stem;          /* letters the word keeps before it */
  uint8_t nominative;        /* 1: the ending of a nominative (case=nom) */
} mt_img_suffix;

typedef struct mt_img_row {
  uint32_t term, lang, inflect, flags_str, source; /* string offsets */
  uint32_t line;
  uint32_t entry;
  uint32_t rank;             /* global preference order: lower first */
  uint16_t flags;            /* traits: mt_trait bits (evidence.h) */
  uint16_t pad;
} mt_img_row;

typedef struct mt_img_token {
  uint32_t key, len;         /* normalized key: string offset, bytes */
} mt_img_token;

typedef struct mt_img_keyslot {
  uint32_t hash, token;      /* token == MT_NONE: empty slot */
} mt_img_keyslot;

typedef struct mt_img_node {
  uint32_t first;            /* rows ending here: matches[first..+count) */
  uint32_t count;            /* low 31 bits: row count; MT_NODE_INNER: the
                                node has children, so a match may go on */
} mt_img_node;

#define MT_NODE_INNER 0x80000000u
#define MT_NODE_GRAM 0x40000000u   /* some of its rows are grammar class
                                      rows (mt_img_ghit) */
#define MT_NODE_TAGGABLE 0x20000000u /* some of its rows are no context
                                         rows (mt_ev_is_context_row) */
#define MT_NODE_SPORT 0x10000000u    /* some of its rows are context rows
                                         with the role sport or military:
                                         what a window of context words
                                         alone says of its topic (the
                                         evidence module's one topic per
                                         text); not checked on load, a
                                         wrong bit changes a verdict only */
#define MT_NODE_MILITARY 0x08000000u
#define MT_NODE_WIDE 0x04000000u     /* more than MT_EDGE_BLOCK_EDGES edges
                                         by a key leave it (by any gap):
                                         its bits of the edge filter are
                                         spread over the table
                                         (mt_image_edge_bit) */
/* An edge leaves the node by the token of the slot: {num}, {num2}, {name}
 * (and {Name}), a further word of a quoted name.  Exact where the edge
 * filter is probabilistic: a slot's token is taken by every number or
 * capitalized word, so a frequent node (the, an) whose pair with a slot
 * passed the filter by chance sent thousands of tokens a MiB into the
 * scanner's step (docs/performance.md).  Checked on load in one way: an
 * edge by a slot's token without its bit is refused (its matches would
 * die); a bit without an edge costs time only. */
#define MT_NODE_SLOT_NUM 0x00400000u
#define MT_NODE_SLOT_NUM2 0x00800000u
#define MT_NODE_SLOT_NAME 0x01000000u
#define MT_NODE_SLOT_WORD 0x02000000u
#define MT_NODE_SLOTS                                                                         \
  (MT_NODE_SLOT_NUM | MT_NODE_SLOT_NUM2 | MT_NODE_SLOT_NAME | MT_NODE_SLOT_WORD)
#define MT_NODE_FLAGS                                                                         \
  (MT_NODE_INNER | MT_NODE_GRAM | MT_NODE_TAGGABLE | MT_NODE_SPORT | MT_NODE_MILITARY |        \
   MT_NODE_WIDE | MT_NODE_SLOTS)
#define MT_NODE_COUNT(n) ((n)->count & ~MT_NODE_FLAGS)
/* The most rows one node holds: its count shares a word with the flags
 * above, the lowest of which is MT_NODE_SLOT_NUM.  The compiler refuses a
 * row past it with MILTAG_E_LIMIT; a test build lowers it to reach it. */
#ifndef MT_NODE_ROWS_MAX
#define MT_NODE_ROWS_MAX (MT_NODE_SLOT_NUM - 1u)
#endif
_Static_assert((MT_NODE_FLAGS & (MT_NODE_SLOT_NUM - 1u)) == 0, "the flags are the high bits");
_Static_assert(MT_NODE_ROWS_MAX < MT_NODE_SLOT_NUM, "a node's row count must stay below its flags");
#define MT_EDGE_BLOCK_EDGES 16u

typedef struct mt_img_edge {
  uint32_t parent, token, gap, child;  /* parent == MT_NONE: empty slot;
                                          gap: mt_gap_kind or a punctuation
                                          signature (gap.h) */
} mt_img_edge;

/* The formation grammar (grammar.h).  Strings are offsets into the pool,
 * interned: equal strings have equal offsets (0 is ""). */
typedef struct mt_img_gclass {  /* a class entry */
  uint32_t entry;
  uint32_t type;                /* type= */
  uint32_t noun;                /* the last word of type= (what links) */
  uint32_t shorttype;           /* short=: English short forms (the 47th Mech) */
  uint32_t affil;               /* affiliation= */
  uint32_t value;               /* value= (ordinal and cardinal words) */
  uint8_t kind, pad;            /* mt_gkind */
  uint16_t flags;               /* MT_GF_* */
} mt_img_gclass;

typedef struct mt_img_ghit {    /* a class row among the rows of a node */
  uint32_t node, row;
  uint32_t mask;                /* agreement set (low 24 bits), language
                                   (mt_glang) in the next 4, the gender of
                                   a noun (MT_AGR_* + 1, 0: none) in the
                                   high 4 */
  uint32_t cls;                 /* its mt_img_gclass */
} mt_img_ghit;                  /* sorted by node, then row */

typedef struct mt_img_gend {    /* an ordinal ending after digits (155-я) */
  uint32_t token;
  uint32_t mask[3];             /* agreement sets: Russian, Ukrainian, and
                                   English suffixes (th) */
} mt_img_gend;                  /* sorted by token */

typedef struct mt_img_gtype {   /* a composite type: unit.pattern.<type> */
  uint32_t prefix, type, affil; /* what it is made of (0: none) */
  uint32_t full;                /* the type it names: "motor rifle brigade" */
  uint32_t entry;
} mt_img_gtype;                 /* sorted by type, prefix, affil */

typedef struct mt_img_glink {   /* a listed formation with number= and type= */
  uint32_t number;
  uint32_t type, noun, affil;   /* strings */
  uint32_t entry;
} mt_img_glink;                 /* sorted by number, then entry */

/* An opened image: pointers into the bytes. */
typedef struct mt_image {
  const uint8_t *base;
  size_t size;
  const mt_img_header *h;
  const char *str;
  const mt_img_entry *entries;
  const mt_img_row *rows;
  const mt_img_token *tokens;
  const mt_img_keyslot *keys;
  const uint32_t *root;
  const mt_img_node *nodes;
  const uint32_t *matches;
  const mt_img_edge *edges;
  const mt_img_suffix *suffixes;
  const mt_img_gclass *gclass;
  const mt_img_ghit *ghits;
  const mt_img_gend *gends;
  const mt_img_gtype *gtypes;
  const mt_img_glink *glinks;
  const uint64_t *prefilter; /* prefilter_words words, or NULL */
  const uint32_t *name_follow; /* n_name_follow token ids */
  const uint64_t *edge_filter; /* edge_filter_words words, or NULL */
} mt_image;

/* Point img at data.  With verify, check the checksum and every offset and
 * index (for images from outside); without, trust them (the built-in one).
 * Returns 0 or MILTAG_E_IMAGE with *why set to a static message. */
int mt_image_open(mt_image *img, const void *data, size_t size, int verify, const char **why);

static inline const char *mt_img_str(const mt_image *img, uint32_t off) {
  return img->str + off;
}

/* Token id of a normalized key, or MT_NONE.  At least 16 bytes after
 * key[len) must be readable (MT_KEY_PAD: the normalizers leave them), as
 * the key is hashed with mt_hash_padded; they do not affect the result. */
uint32_t mt_image_lookup_padded(const mt_image *img, const char *key, size_t len);

/* Child of node along (token, gap kind), or MT_NONE. */
static inline uint32_t mt_image_edge(const mt_image *img, uint32_t parent, uint32_t token,
                                     uint32_t gap);

uint64_t mt_image_key_hash(const char *key, size_t len);

/* The node a term that opens with {Name} reaches by its name, or MT_NONE:
 * root[name_token]. */
static inline uint32_t mt_image_name_node(const mt_image *img) {
  uint32_t t = img->h->name_token;
  return t != MT_NONE && t < img->h->n_tokens ? img->root[t] : MT_NONE;
}

/* May token follow the {Name} node, by some gap?  0 only if no edge
 * from that node has it (a binary search of the image's short list). */
static inline int mt_image_name_follows(const mt_image *img, uint32_t token) {
  uint32_t lo = 0, hi = img->h->n_name_follow;
  while (lo < hi) {
    uint32_t mid = lo + (hi - lo) / 2;
    if (img->name_follow[mid] < token) lo = mid + 1;
    else hi = mid;
  }
  return lo < img->h->n_name_follow && img->name_follow[lo] == token;
}

/* The edge filter: a blocked Bloom filter of the (parent, token) pairs of
 * the edges by a key (a slot's edges are its parent's MT_NODE_SLOT_* bits),
 * MT_EDGE_FILTER_K bits a pair in one 64-bit word of a block
 * of 512 bits (a cache line where the table is aligned).  The words of a
 * node with few edges are in one block, chosen by the node alone: the
 * nodes most partial matches are at (the, in, a: a few edges each) keep
 * their lines in the core's first cache.  A wide node (MT_NODE_WIDE; a
 * {num} slot has hundreds of edges) would fill its block, and those of
 * the nodes that share it, so its pairs choose their blocks by the pair.
 *
 * Why three bits and a table of at least 48 bits an edge: with one bit a
 * pair (image version 9, 12-24 bits an edge as the table's size rounded
 * to a power of two) one pair without an edge in ten passed, and which
 * pairs did changed with every row added or dropped.  Where the pair of
 * a frequent word (the + next word) was among them, English scanning
 * cost 4-7% more (Ir of lexicons that differ by 5 rows spread from 72.5M
 * to 77.6M).  With three bits in a word that holds the bits of one or two
 * edges, a few pairs in 10000 pass, and none frequent enough to matter,
 * whatever the layout. */
#define MT_EDGE_FILTER_K 3u
#define MT_EDGE_FILTER_BLOCK_WORDS 8u   /* 512 bits */

/* The word of (parent, token) among `words` 64-bit words (a power of two,
 * at least a block), and its bits in it (*mask). */
static inline uint64_t mt_image_edge_word(uint32_t parent, uint32_t token, uint32_t words, int wide,
                                          uint64_t *mask) {
  uint64_t key = (uint64_t)parent << 32 | token;
  uint64_t x = key * 0x9E3779B97F4A7C15ull;
  /* the block: by the node, or by the pair for a wide node */
  uint64_t block = ((wide ? key : parent) * 0xBF58476D1CE4E5B9ull) >> 32;
  block &= words / MT_EDGE_FILTER_BLOCK_WORDS - 1;
  _Static_assert(MT_EDGE_FILTER_K == 3, "three bits a pair");
  *mask = (1ull << ((x >> 43) & 63)) | (1ull << ((x >> 49) & 63)) | (1ull << ((x >> 55) & 63));
  return block * MT_EDGE_FILTER_BLOCK_WORDS + (x >> 61);
}

/* The MT_NODE_SLOT_* bit of a slot's token, 0 for any other token. */
static inline uint32_t mt_image_slot_bit(const mt_img_header *h, uint32_t token) {
  if (token == MT_NONE) return 0;
  if (token == h->num_token) return MT_NODE_SLOT_NUM;
  if (token == h->num2_token) return MT_NODE_SLOT_NUM2;
  if (token == h->name_token) return MT_NODE_SLOT_NAME;
  if (token == h->word_token) return MT_NODE_SLOT_WORD;
  return 0;
}

/* May node parent have an edge with token (no slot's), by some gap?  0
 * only if it has none (the filter has the bits of every such edge's pair;
 * a few pairs without an edge have all theirs set by others).  1 where
 * the image has no filter. */
static inline int mt_image_key_edge_maybe(const mt_image *img, uint32_t parent, uint32_t token) {
  uint32_t words = img->h->edge_filter_words;
  if (!words) return 1;
  uint64_t mask;
  uint64_t w = mt_image_edge_word(parent, token, words,
                                  (img->nodes[parent].count & MT_NODE_WIDE) != 0, &mask);
  return (img->edge_filter[w] & mask) == mask;
}

/* The same for any token: a slot's by the node's bit (exact), a key's by
 * the filter. */
static inline int mt_image_edge_maybe(const mt_image *img, uint32_t parent, uint32_t token) {
  uint32_t bit = mt_image_slot_bit(img->h, token);
  if (bit) return (img->nodes[parent].count & bit) != 0;
  return mt_image_key_edge_maybe(img, parent, token);
}

/* Checksum stored in the header: a hash of every byte but its own field. */
uint64_t mt_image_checksum(const void *data, size_t size);

#include "hash.h"
#include "invariant.h"

static inline uint32_t mt_image_edge(const mt_image *img, uint32_t parent, uint32_t token,
                                     uint32_t gap) {
  MT_ASSERT(parent < img->h->n_nodes);
  if (parent == 0) return token < img->h->n_tokens ? img->root[token] : MT_NONE;
  uint32_t mask = img->h->edge_slots - 1;
  if (!img->h->edge_slots) return MT_NONE;
  uint32_t i = (uint32_t)mt_hash3(parent, token, gap) & mask;
  for (;;) {
    const mt_img_edge *e = &img->edges[i];
    if (e->parent == MT_NONE) return MT_NONE;
    if (e->parent == parent && e->token == token && e->gap == gap) return e->child;
    i = (i + 1) & mask;
  }
}

#endif
