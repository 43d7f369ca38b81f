#include "image.h"
#include "prefilter.h"
#include "invariant.h"

#include <stddef.h>
#include <string.h>

#include "evidence.h"
#include "grammar.h"

#define CHECKSUM_SEED 0x6D696C746167ull

#define KEY_SEED 0x4B4559ull

uint64_t mt_image_key_hash(const char *key, size_t len) {
  return mt_hash(key, len, KEY_SEED);
}

uint32_t mt_image_lookup_padded(const mt_image *img, const char *key, size_t len) {
  if (!img->h->key_slots) return MT_NONE;
  uint64_t h = mt_hash_padded(key, len, KEY_SEED);
  uint32_t mask = img->h->key_slots - 1, tag = (uint32_t)(h >> 32);
  uint32_t i = (uint32_t)h & mask;
  for (;;) {
    const mt_img_keyslot *s = &img->keys[i];
    if (s->token == MT_NONE) return MT_NONE;
    if (s->hash == tag) {
      const mt_img_token *t = &img->tokens[s->token];
      if (t->len == len && memcmp(img->str + t->key, key, len) == 0) return s->token;
    }
    i = (i + 1) & mask;
  }
}

static int section_ok(const mt_img_header *h, size_t size, uint32_t off, uint64_t count,
                      size_t elem) {
  if (off < h->header_size || off % 4) return 0;
  if (count > (UINT64_MAX / (elem ? elem : 1))) return 0;
  uint64_t end = (uint64_t)off + count * elem;
  return end <= size;
}

static int is_pow2_or_zero(uint32_t x) { return (x & (x - 1)) == 0; }

/* Are the slots' tokens distinct (MT_NONE aside)?  A token of two slots
 * would have one MT_NODE_SLOT_* bit (mt_image_slot_bit) where the
 * scanner asks for the other. */
static int slots_distinct(const mt_img_header *h) {
  const uint32_t t[4] = {h->num_token, h->num2_token, h->name_token, h->word_token};
  for (int a = 0; a < 4; a++)
    for (int b = a + 1; b < 4; b++)
      if (t[a] != MT_NONE && t[a] == t[b]) return 0;
  return 1;
}

int mt_image_open(mt_image *img, const void *data, size_t size, int verify, const char **why) {
  memset(img, 0, sizeof *img);
  *why = NULL;
  if (!data || size < sizeof(mt_img_header) || ((uintptr_t)data % 8)) {
    *why = "too small or misaligned to be a lexicon image";
    return MILTAG_E_IMAGE;
  }
  const mt_img_header *h = data;
  if (memcmp(h->magic, MT_IMG_MAGIC, 8) != 0) { *why = "not a miltag lexicon image"; return MILTAG_E_IMAGE; }
  if (h->version != MT_IMG_VERSION) { *why = "lexicon image of another format version"; return MILTAG_E_IMAGE; }
  if (h->header_size != sizeof(mt_img_header) || h->total_size != size) {
    *why = "lexicon image size does not match its header";
    return MILTAG_E_IMAGE;
  }
  if (verify) {
    const uint8_t *b = data;
    if (mt_image_checksum(b, size) != h->checksum) {
      *why = "lexicon image checksum mismatch (corrupt file)";
      return MILTAG_E_IMAGE;
    }
    if (!section_ok(h, size, h->off_strings, h->len_strings, 1) || h->len_strings == 0 ||
        ((const char *)b)[h->off_strings + h->len_strings - 1] != '\0' ||
        ((const char *)b)[h->off_strings] != '\0' ||
        !section_ok(h, size, h->off_entries, h->n_entries, sizeof(mt_img_entry)) ||
        !section_ok(h, size, h->off_rows, h->n_rows, sizeof(mt_img_row)) ||
        !section_ok(h, size, h->off_tokens, h->n_tokens, sizeof(mt_img_token)) ||
        !section_ok(h, size, h->off_keyslots, h->key_slots, sizeof(mt_img_keyslot)) ||
        !section_ok(h, size, h->off_root, h->n_tokens, sizeof(uint32_t)) ||
        !section_ok(h, size, h->off_nodes, h->n_nodes, sizeof(mt_img_node)) ||
        !section_ok(h, size, h->off_matches, h->n_matches, sizeof(uint32_t)) ||
        !section_ok(h, size, h->off_edges, h->edge_slots, sizeof(mt_img_edge)) ||
        !section_ok(h, size, h->off_suffixes, h->n_suffixes, sizeof(mt_img_suffix)) ||
        !section_ok(h, size, h->off_gclass, h->n_gclass, sizeof(mt_img_gclass)) ||
        !section_ok(h, size, h->off_ghits, h->n_ghits, sizeof(mt_img_ghit)) ||
        !section_ok(h, size, h->off_gends, h->n_gends, sizeof(mt_img_gend)) ||
        !section_ok(h, size, h->off_gtypes, h->n_gtypes, sizeof(mt_img_gtype)) ||
        !section_ok(h, size, h->off_glinks, h->n_glinks, sizeof(mt_img_glink)) ||
        !section_ok(h, size, h->off_prefilter, h->prefilter_words, sizeof(uint64_t)) ||
        !section_ok(h, size, h->off_name_follow, h->n_name_follow, sizeof(uint32_t)) ||
        !section_ok(h, size, h->off_edge_filter, h->edge_filter_words, sizeof(uint64_t)) ||
        h->off_edge_filter % 8 || !is_pow2_or_zero(h->edge_filter_words) ||
        (h->edge_filter_words && h->edge_filter_words < MT_EDGE_FILTER_BLOCK_WORDS) ||
        h->edge_filter_words > (1u << 26) ||
        h->off_prefilter % 8 || !is_pow2_or_zero(h->prefilter_words) ||
        h->prefilter_words > MT_PF_MAX_WORDS ||
        !is_pow2_or_zero(h->key_slots) || !is_pow2_or_zero(h->edge_slots) ||
        h->n_nodes == 0 || (h->n_tokens && h->key_slots <= h->n_tokens) ||
        (h->edge_slots && h->edge_slots <= h->n_nodes / 64) ||
        h->max_term_tokens > MT_MAX_TERM_TOKENS ||
        (h->num_token != MT_NONE && h->num_token >= h->n_tokens) ||
        (h->num2_token != MT_NONE && h->num2_token >= h->n_tokens) ||
        (h->name_token != MT_NONE && h->name_token >= h->n_tokens) ||
        (h->word_token != MT_NONE && h->word_token >= h->n_tokens) || !slots_distinct(h)) {
      *why = "lexicon image has an invalid table layout";
      return MILTAG_E_IMAGE;
    }
  }
  const uint8_t *b = data;
  MT_ASSERT(h->version == MT_IMG_VERSION);
  img->base = b;
  img->size = size;
  img->h = h;
  img->str = (const char *)b + h->off_strings;
  img->entries = (const mt_img_entry *)(b + h->off_entries);
  img->rows = (const mt_img_row *)(b + h->off_rows);
  img->tokens = (const mt_img_token *)(b + h->off_tokens);
  img->keys = (const mt_img_keyslot *)(b + h->off_keyslots);
  img->root = (const uint32_t *)(b + h->off_root);
  img->nodes = (const mt_img_node *)(b + h->off_nodes);
  img->matches = (const uint32_t *)(b + h->off_matches);
  img->edges = (const mt_img_edge *)(b + h->off_edges);
  img->suffixes = (const mt_img_suffix *)(b + h->off_suffixes);
  img->gclass = (const mt_img_gclass *)(b + h->off_gclass);
  img->ghits = (const mt_img_ghit *)(b + h->off_ghits);
  img->gends = (const mt_img_gend *)(b + h->off_gends);
  img->gtypes = (const mt_img_gtype *)(b + h->off_gtypes);
  img->glinks = (const mt_img_glink *)(b + h->off_glinks);
  img->prefilter = h->prefilter_words ? (const uint64_t *)(b + h->off_prefilter) : NULL;
  img->name_follow = (const uint32_t *)(b + h->off_name_follow);
  img->edge_filter = h->edge_filter_words ? (const uint64_t *)(b + h->off_edge_filter) : NULL;
  if (!verify) return 0;

  /* Every index in range, every string terminated inside the pool, and
   * every probe chain finite (an empty slot exists), so that no lookup on a
   * hostile image can read out of bounds or loop forever. */
  uint32_t ls = h->len_strings;
#define STR_OK(o) ((o) < ls)
  uint32_t roles = 0;
  for (uint32_t i = 0; i < h->n_entries; i++) {
    const mt_img_entry *e = &img->entries[i];
    if (!STR_OK(e->id) || !STR_OK(e->label) || !STR_OK(e->attrs) || e->category < 1 ||
        e->category > MILTAG_CONTEXT || (e->roles & ~MT_ROLES_ALL) ||
        (e->region != MT_NONE && e->region >= h->n_entries))
      goto bad;
    roles |= e->roles;
  }
  if (roles != h->roles) goto bad;
  for (uint32_t i = 0; i < h->n_rows; i++) {
    const mt_img_row *r = &img->rows[i];
    if (!STR_OK(r->term) || !STR_OK(r->lang) || !STR_OK(r->inflect) || !STR_OK(r->flags_str) ||
        !STR_OK(r->source) || r->entry >= h->n_entries || (r->flags & ~MT_TRAITS_ALL))
      goto bad;
  }
  for (uint32_t i = 0; i < h->n_suffixes; i++) {
    const mt_img_suffix *x = &img->suffixes[i];
    if (x->row >= h->n_rows || x->key >= ls || x->len >= ls - x->key ||
        img->str[x->key + x->len] != '\0' || !(img->rows[x->row].flags & MT_TRAIT_SUFFIX))
      goto bad;
  }
  for (uint32_t i = 0; i < h->n_tokens; i++) {
    const mt_img_token *t = &img->tokens[i];
    if (t->key >= ls || t->len >= ls - t->key || img->str[t->key + t->len] != '\0') goto bad;
    if (img->root[i] != MT_NONE && (img->root[i] == 0 || img->root[i] >= h->n_nodes)) goto bad;
  }
  /* the prefilter must let every key through, or tags would be lost */
  for (uint32_t i = 0; i < h->key_slots && h->prefilter_words; i++) {
    const mt_img_keyslot *k = &img->keys[i];
    if (k->token != MT_NONE && k->token < h->n_tokens &&
        !mt_pf_pass_key(img->prefilter, h->prefilter_words, img->str + img->tokens[k->token].key,
                        img->tokens[k->token].len))
      goto bad;
  }
  {
    int empty = h->key_slots == 0;
    for (uint32_t i = 0; i < h->key_slots; i++) {
      if (img->keys[i].token == MT_NONE) empty = 1;
      /* no key reaches a slot's token: the scanner asks the edge filter
       * about a key, a node's bits about a slot */
      else if (img->keys[i].token >= h->n_tokens || mt_image_slot_bit(h, img->keys[i].token))
        goto bad;
    }
    if (!empty) goto bad;
  }
  for (uint32_t i = 0; i < h->n_name_follow; i++)
    if (img->name_follow[i] >= h->n_tokens || (i && img->name_follow[i] <= img->name_follow[i - 1]))
      goto bad;
  uint32_t name_node = mt_image_name_node(img); /* root[] checked above */
  for (uint32_t i = 0; i < h->n_nodes; i++) {
    const mt_img_node *n = &img->nodes[i];
    if (n->first > h->n_matches || MT_NODE_COUNT(n) > h->n_matches - n->first) goto bad;
  }
  for (uint32_t i = 0; i < h->n_matches; i++)
    if (img->matches[i] >= h->n_rows) goto bad;
  /* MT_NODE_TAGGABLE exactly where a row is no context row: a node
   * flagged wrongly would lose its window's tags */
  for (uint32_t i = 0; i < h->n_nodes; i++) {
    const mt_img_node *n = &img->nodes[i];
    uint32_t taggable = 0;
    for (uint32_t m = 0; m < MT_NODE_COUNT(n) && !taggable; m++)
      if (!mt_ev_is_context_row(img, img->matches[n->first + m])) taggable = MT_NODE_TAGGABLE;
    if ((n->count & MT_NODE_TAGGABLE) != taggable) goto bad;
  }
  {
    int empty = h->edge_slots == 0;
    for (uint32_t i = 0; i < h->edge_slots; i++) {
      const mt_img_edge *e = &img->edges[i];
      if (e->parent == MT_NONE) { empty = 1; continue; }
      if (e->parent >= h->n_nodes || e->token >= h->n_tokens || e->child == 0 ||
          e->child >= h->n_nodes)
        goto bad;
      /* the list of what follows a {Name} must hold every such edge's
       * token, or the scanner would miss its matches */
      if (e->parent == name_node && !mt_image_name_follows(img, e->token)) goto bad;
      /* and the parent's slot bit or the edge filter every edge's pair,
       * or a match would die */
      if (!mt_image_edge_maybe(img, e->parent, e->token)) goto bad;
    }
    if (!empty) goto bad;
  }
  /* the grammar: indices in range, tables sorted as the scanner's
   * binary searches need them, and MT_NODE_GRAM exactly on the nodes
   * that have class rows */
  for (uint32_t i = 0; i < h->n_gclass; i++) {
    const mt_img_gclass *g = &img->gclass[i];
    if (g->entry >= h->n_entries || !STR_OK(g->type) || !STR_OK(g->noun) ||
        !STR_OK(g->shorttype) || !STR_OK(g->affil) || g->kind == 0 || g->kind >= MT_GK_COUNT)
      goto bad;
  }
  for (uint32_t i = 0; i < h->n_ghits; i++) {
    const mt_img_ghit *g = &img->ghits[i];
    if (g->node == 0 || g->node >= h->n_nodes || g->row >= h->n_rows || g->cls >= h->n_gclass ||
        !(img->nodes[g->node].count & MT_NODE_GRAM) ||
        (i && (g->node < img->ghits[i - 1].node ||
               (g->node == img->ghits[i - 1].node && g->row <= img->ghits[i - 1].row))))
      goto bad;
  }
  {
    uint32_t flagged = 0, k = 0;
    for (uint32_t i = 0; i < h->n_nodes; i++) {
      if (!(img->nodes[i].count & MT_NODE_GRAM)) continue;
      flagged++;
      while (k < h->n_ghits && img->ghits[k].node < i) k++;
      if (k == h->n_ghits || img->ghits[k].node != i) goto bad;
    }
    if (flagged > h->n_ghits) goto bad;
  }
  for (uint32_t i = 0; i < h->n_gends; i++)
    if (img->gends[i].token >= h->n_tokens || (i && img->gends[i].token <= img->gends[i - 1].token))
      goto bad;
  for (uint32_t i = 0; i < h->n_gtypes; i++) {
    const mt_img_gtype *g = &img->gtypes[i], *p = i ? g - 1 : NULL;
    if (!STR_OK(g->prefix) || !STR_OK(g->type) || !STR_OK(g->affil) || !STR_OK(g->full) ||
        g->entry >= h->n_entries ||
        (p && (p->type > g->type ||
               (p->type == g->type && (p->prefix > g->prefix ||
                                       (p->prefix == g->prefix && p->affil >= g->affil))))))
      goto bad;
  }
  for (uint32_t i = 0; i < h->n_glinks; i++) {
    const mt_img_glink *g = &img->glinks[i], *p = i ? g - 1 : NULL;
    if (!STR_OK(g->type) || !STR_OK(g->noun) || !STR_OK(g->affil) || g->entry >= h->n_entries ||
        (p && (p->number > g->number || (p->number == g->number && p->entry >= g->entry))))
      goto bad;
  }
#undef STR_OK
  return 0;
bad:
  memset(img, 0, sizeof *img);
  *why = "lexicon image has an out-of-range index";
  return MILTAG_E_IMAGE;
}

uint64_t mt_image_checksum(const void *data, size_t size) {
  /* everything but the checksum field itself, header included */
  const uint8_t *b = data;
  size_t at = offsetof(mt_img_header, checksum);
  uint64_t h = mt_hash(b, at, CHECKSUM_SEED);
  return mt_hash(b + at + 8, size - at - 8, h);
}
