/* Evidence: the one home of match acceptance (docs/lexicon.md, "Evidence").
 *
 * Every rule that decides whether a match may become a tag lives here:
 *
 *   compile time  a row's traits, derived once from its `flags` column and
 *                 the term as written (mt_ev_traits), and an entry's
 *                 evidence roles, from its `evidence=` attribute
 *                 (mt_ev_entry_roles); both are stored in the image.
 *   scan time     where a match may start (mt_ev_start); the evidence of
 *                 a window, found once when it is settled (mt_ev_begin);
 *                 and a typed verdict with its reason for every row of
 *                 every candidate (mt_ev_row, mt_ev_cand).
 *
 * The matcher walks the trie and selects among what this module accepts;
 * the compiler stores what it derives; neither decides acceptance itself.
 *
 * Adding a kind of evidence: a trait (compile time) or a role (data), an
 * MT_EV_* bit found by mt_ev_begin or a test on the window's tokens in
 * mt_ev_row, and a miltag_reason (miltag_inspect.h) with its name.
 */
#ifndef MT_EVIDENCE_H
#define MT_EVIDENCE_H

#include <stddef.h>
#include <stdint.h>

#include "alloc.h"
#include "image.h"
#include "miltag_inspect.h"
#include "tokenize.h"
#include "window.h"

/* ------------------------------------------------------------- traits */

/* Row traits (mt_img_row.flags).  The first five are written in the
 * `flags` column; the others the compiler derives from the term. */
typedef enum mt_trait {
  MT_TRAIT_AMB = 0x1u,      /* `amb`: also an ordinary word; needs evidence */
  MT_TRAIT_CAP = 0x2u,      /* `cap`: the text must capitalize it */
  MT_TRAIT_SLOT = 0x4u,     /* the term has a {num} slot */
  MT_TRAIT_NOT = 0x8u,      /* `not`: a stop phrase, selected, never tagged */
  MT_TRAIT_QUOTED = 0x10u,  /* `quoted`: alone between quotation marks */
  MT_TRAIT_PROPER = 0x20u,  /* a capitalized place or unit name: in lower
                               case it needs evidence */
  MT_TRAIT_ABBREV = 0x40u,  /* a place or unit abbreviation in capitals:
                               otherwise it needs evidence */
  MT_TRAIT_EN = 0x80u,      /* English: a capital is no evidence */
  MT_TRAIT_CTX = 0x100u,    /* `ctx`: needs military context; a capital is
                               no evidence (also a person's name) */
  MT_TRAIT_DOT = 0x200u,    /* the term ends with a period after its last
                               word (U.S.): the tag takes the text's period */
  MT_TRAIT_NAME = 0x400u,   /* the term has a {name} slot */
  MT_TRAIT_SUFFIX = 0x800u, /* `suffix`: the term is a word ending (a
                               context row: evidence about the words that
                               end so, never matched as a word) */
  MT_TRAIT_BARE = 0x1000u,  /* its name slot is a {Name}: capitalized words
                               without quotation marks */
  MT_TRAIT_SLOTSPAN = 0x2000u /* `slot`: the tag is the closing {Name} alone
                               (в поселке Порожек tags Порожек); a name the
                               gazetteer knows is never taken */
} mt_trait;

/* The traits a `flags` column can give. */
#define MT_TRAITS_WRITTEN \
  (MT_TRAIT_AMB | MT_TRAIT_CAP | MT_TRAIT_NOT | MT_TRAIT_QUOTED | MT_TRAIT_CTX | MT_TRAIT_SUFFIX | \
   MT_TRAIT_SLOTSPAN)
#define MT_TRAITS_ALL 0x3FFFu

/* One word of a `flags` column, s[0..n): its trait, or 0 if it is none.
 * MT_EV_FLAG_NAMES lists the words for messages. */
unsigned mt_ev_flag_parse(const char *s, size_t n);
#define MT_EV_FLAG_NAMES "amb, ctx, cap, not, quoted, suffix or slot"

/* Is a row with these written flags, of an entry of this category, valid?
 * (A `suffix` row must be a context row with no other flag.)  Returns NULL
 * or why not. */
const char *mt_ev_flags_check(unsigned written, int category);

/* Fold a word ending or the end of a word for comparing endings: lower
 * case, ё as е, stress marks dropped (Cyrillic and Latin letters; other
 * characters stay).  Writes at most cap bytes of s[0..n) folded into out
 * and returns the bytes written; with cap too small the fold is cut at a
 * character boundary. */
size_t mt_ev_fold(const char *s, size_t n, char *out, size_t cap);

/* The script of text[from..to): MT_EV_RU_TEXT or MT_EV_UK_TEXT by the
 * letters only one of the languages has (neither when both or none
 * occur), with MT_EV_CYRILLIC for Cyrillic letters at all.  (Internal;
 * exported for the tests of its fast paths.) */
unsigned mt_ev_script(const char *text, size_t from, size_t to);

/* Do text[from..to) lie between a '<' and a '>' of one line, each within
 * 80 bytes of it (a ticker, a newswire's company name)?  (Internal;
 * exported for the tests of its fast path.) */
int mt_ev_in_angle_brackets(const char *text, size_t len, size_t from, size_t to);

/* The roles the word endings of img give the capitalized word
 * text[from..to) (the fold and the search of every ending), and in *may
 * those that the last byte of its fold allows (the fast path that spares
 * most words both).  (Internal; exported for the tests of its fast
 * path.) */
unsigned mt_ev_suffix_roles(const mt_image *img, const char *text, size_t from, size_t to,
                            unsigned *may);

/* What the compiler knows of a term as written. */
typedef struct mt_ev_term {
  int category;            /* miltag_category of its entry */
  const char *lang;        /* its `lang` column */
  unsigned first_word;     /* MT_IW_* of its first word (0 if it has none) */
  int ends_with_period;    /* a period right after its last word */
  int has_num, has_name;   /* {num}; {name} 1, {Name} 2 */
} mt_ev_term;

/* The traits of a row: its written flags (MT_TRAITS_WRITTEN bits) and what
 * the term says. */
unsigned mt_ev_traits(unsigned written, const mt_ev_term *t);

/* A row that needs evidence whatever the text (`amb`, `ctx`): ranked after
 * the rows of its span that do not. */
static inline int mt_ev_needs_evidence(unsigned traits) {
  return (traits & (MT_TRAIT_AMB | MT_TRAIT_CTX)) != 0;
}

/* -------------------------------------------------------------- roles */

/* Evidence roles of an entry (mt_img_entry.roles): what a context word
 * says about the words around it.  Data gives them: the attribute
 * `evidence=<role>[,<role>...]` of a context entry (docs/names.md).  A
 * context entry without one is military context. */
typedef enum mt_role {
  MT_ROLE_MILITARY = 0x1u,       /* "military": military context */
  MT_ROLE_FIRST_NAME = 0x2u,     /* "first-name" */
  MT_ROLE_SURNAME = 0x4u,        /* "surname" */
  MT_ROLE_TITLE = 0x8u,          /* "title": titles, ranks, offices */
  MT_ROLE_SPEECH = 0x10u,        /* "speech": verbs of saying */
  MT_ROLE_ORG_WORD = 0x20u,      /* "org-word": before a quoted name */
  MT_ROLE_ORG_SUFFIX = 0x40u,    /* "org-suffix": Corp, Ltd, Bank */
  MT_ROLE_LOCATIVE = 0x80u,      /* "locative": в, під, north of */
  MT_ROLE_GENERIC_PLACE = 0x100u,/* "generic-place": село, village */
  MT_ROLE_PATRONYMIC = 0x200u,   /* "patronymic": an ending (suffix rows) */
  MT_ROLE_CALL_SIGN = 0x400u,    /* "call-sign": позывной, call sign */
  MT_ROLE_WATER = 0x800u,        /* "water": река, річка, river: a river's
                                    generic word */
  MT_ROLE_RIVERSIDE = 0x1000u,   /* "riverside": за, над, через, берег,
                                    the: a river rather than its city */
  MT_ROLE_VERSUS = 0x2000u,      /* "versus": v, vs: teams on both sides */
  MT_ROLE_CONJUNCTION = 0x4000u, /* "conjunction": і, та, and: items of a list */
  MT_ROLE_ARTICLE = 0x8000u,     /* "article": the (a place inside a name:
                                    the Texas Rangers) */
  MT_ROLE_OF = 0x10000u,         /* "of": of (the Bank of Canada) */
  MT_ROLE_SPORT = 0x20000u,      /* "sport": match, innings, нападающий: a
                                    city in the sentence is its club */
  MT_ROLE_HONORIFIC = 0x40000u,  /* "honorific": пан, граф, Mr: a name
                                    follows, never a place */
  MT_ROLE_MODIFIER = 0x80000u,   /* "modifier": Eastern, Russian: before a
                                    place, no part of another name */
  MT_ROLE_CALENDAR = 0x100000u,  /* "calendar": Friday, Dec: after a place,
                                    a date, no part of another name */
  MT_ROLE_PARTICLE = 0x200000u,  /* "particle": de, do, du: a foreign name's
                                    "of" (Electricite de France) */
  MT_ROLE_POSITION = 0x400000u,  /* "position": keeper, prop: between a club
                                    and a player's name */
  MT_ROLE_GOVERNMENT = 0x800000u, /* "government": Treasury, Ministry: a
                                    country's own body after its name */
  MT_ROLE_FOREIGN = 0x1000000u,  /* "foreign": French and German function
                                    words (je, vous, und): a Latin sentence
                                    of another language than English */
  MT_ROLE_KIN = 0x2000000u,      /* "kin": brother, wife (English): a
                                    person's name follows, as after a title */
  MT_ROLE_SECTOR = 0x4000000u,   /* "sector": направление, напрямок,
                                    операция, котёл: a front's word, after
                                    which a town's adjective names it (на
                                    Покровском направлении), not the town */
  MT_ROLE_RADIO = 0x8000000u,    /* "radio": прийом, прийняв, скидаю,
                                    рація: a word of a radio call, which
                                    makes a line of dialogue a call (its
                                    jargon the war's); no context in prose */
  MT_ROLE_GLOSS = 0x10000000u,   /* "gloss": meaning, slang, jargon,
                                    dubbed, nicknamed, known as: a word
                                    that glosses or names jargon quoted
                                    beside it (the spotter said, meaning
                                    armored vehicles); no context itself */
  MT_ROLE_RESIDENTS = 0x20000000u, /* "residents": жители, уроженец,
                                    мешканці in their case forms: a town's
                                    genitive after it is its attribute, no
                                    person, and a place */
  MT_ROLE_AUTHORITIES = 0x40000000u /* "authorities": власти, мэрия,
                                    влада, керівництво in their case
                                    forms: a town's genitive after it is
                                    its attribute, no speaker (a person's
                                    too: власть Путина) */
} mt_role;
#define MT_ROLES_ALL 0x7FFFFFFFu
/* roles that name a person */
#define MT_ROLES_NAME (MT_ROLE_FIRST_NAME | MT_ROLE_SURNAME)

/* The roles of an entry of category `category` whose attributes are attrs.
 * Returns 0, or MILTAG_E_SYNTAX with *why set (an unknown role, or roles
 * on an entry that is not a context entry). */
int mt_ev_entry_roles(int category, const char *attrs, uint32_t *roles, const char **why);

/* The name of one role bit ("first-name"), or NULL. */
const char *mt_ev_role_name(unsigned role);

/* -------------------------------------------------------- place facts */

/* What the evidence module derives from a place entry's attributes once,
 * when the lexicon is compiled (mt_img_entry.place, docs/places.md,
 * "Tiers"). */
typedef enum mt_place_bits {
  MT_PLACE_TIER = 0x3u,       /* 1 tag on sight, 2 a town, 3 a small place;
                                 0 for entries that are not places */
  MT_PLACE_KIND = 0x1Cu,      /* MT_KIND_* << 2 */
  MT_PLACE_CAPITAL = 0x20u,   /* a capital (seat=country) or a city that is
                                 its own first-level region (Kyiv) */
  MT_PLACE_CITY_REGION = 0x40u, /* a city that is its own first-level region
                                 by ISO 3166-2 (Saint Petersburg): the region
                                 of the places in it, no capital */
  MT_PLACE_WAR_REGION = 0x80u /* a first-level region of Russia on Ukraine's
                                 border under fire since 2022 (Belgorod, Kursk,
                                 Bryansk oblasts; front=border in the lexicon):
                                 its places are the war's
                                 as Ukraine's are (the `war-place` rule) */
} mt_place_bits;

typedef enum mt_place_kind {
  MT_KIND_SETTLEMENT = 0,     /* a city, town, village */
  MT_KIND_COUNTRY = 1,        /* a country or former country */
  MT_KIND_REGION = 2,         /* a first-level region (oblast, state, ...) */
  MT_KIND_AREA = 3,           /* a district, raion, region of geography */
  MT_KIND_WATER = 4,          /* a river, sea, lake, strait, gulf */
  MT_KIND_SELF_DECLARED = 5,  /* a self-declared entity (ДНР: ironic quotes
                                 do not make it a name) */
  MT_KIND_MACRO = 6           /* a continent, macro-region or union (Asia,
                                 the EU) */
} mt_place_kind;

#define MT_PLACE_TIER_OF(p) ((unsigned)(p) & MT_PLACE_TIER)
#define MT_PLACE_KIND_OF(p) (((unsigned)(p) & MT_PLACE_KIND) >> 2)

/* The place facts of an entry (its label and merged attributes): *place
 * gets MT_PLACE_* bits, *country its
 * ISO code (two bytes, 0 without), *admin1 points into attrs at the value
 * of its `admin1` (the label of its region's entry), *admin1_len its
 * length (0 without).  Entries of other categories get zeros. */
void mt_ev_place_facts(int category, const char *label, const char *attrs, uint8_t *place,
                       uint16_t *country, const char **admin1, size_t *admin1_len);

/* What the evidence module derives from a unit entry's attributes once,
 * when the lexicon is compiled (mt_img_entry.unit): the rules test a bit
 * where they would otherwise parse the attributes per candidate. */
typedef enum mt_unit_bits {
  MT_UNIT_PMC = 0x1u /* type=pmc: a private military company (Вагнер) */
} mt_unit_bits;

/* The MT_UNIT_* bits of an entry of category `category` whose attributes
 * are attrs; 0 for entries of other categories. */
uint16_t mt_ev_unit_facts(int category, const char *attrs);

/* Can an entry with these facts be the region that other places name as
 * their `admin1`? */
static inline int mt_ev_is_region(uint8_t place) {
  unsigned k = MT_PLACE_KIND_OF(place);
  return MT_PLACE_TIER_OF(place) && (k == MT_KIND_REGION || k == MT_KIND_AREA ||
                                     (place & (MT_PLACE_CAPITAL | MT_PLACE_CITY_REGION)));
}

/* ------------------------------------------------------ where to start */

typedef enum mt_start {
  MT_START_NO = 0,         /* not where a word starts: never */
  MT_START_YES = 1,
  MT_START_DESIGNATION = 2 /* a number a hyphen joins to the word before it
                              (С-300, ФАБ-500, 767-300s): a designation */
} mt_start;

/* May a match start at token t?  (Called for every token: inline.) */
static inline mt_start mt_ev_start(const mt_stok *t) {
  if (t->gap == MILTAG_GAP_NONE) return MT_START_NO;
  if ((t->flags & MT_TOK_DIGITS) && t->gap == MILTAG_GAP_DASH) return MT_START_DESIGNATION;
  return MT_START_YES;
}

/* ------------------------------------------------- evidence of a window */

/* Evidence found in a window. */
typedef enum mt_ev_kind {
  MT_EV_SPORT = 0x4u,    /* a word of sport (role sport) */
  MT_EV_MILITARY = 0x1u, /* military context: a context word that gives it,
                            or a match of a unit, a casualty code or slang
                            that needs no evidence */
  MT_EV_PLACE = 0x2u,    /* a place that needs no evidence: evidence for
                            other places only, or every sentence naming a
                            town would let ambiguous slang fire */
  MT_EV_RU_TEXT = 0x8u,  /* letters only Russian has (ы, э, ъ, ё), none of
                            Ukrainian's own (і, ї, є, ґ) */
  MT_EV_UK_TEXT = 0x10u, /* the other way round */
  MT_EV_CYRILLIC = 0x20u, /* Cyrillic letters at all */
  MT_EV_WAR_PLACE = 0x40u, /* a place in Ukraine (no country) that needs no
                              evidence: context for the jargon of the war
                              (`ctx` slang) only */
  MT_EV_JARGON = 0x80u     /* two different `ctx` slang or unit entries:
                              each the other's context (за ленточкой, но
                              не на нуле), for those rows only; also an
                              earlier sentence of the same line of
                              dialogue with military context (war_turn) */
} mt_ev_kind;
#define MT_EV_ALL (MT_EV_MILITARY | MT_EV_PLACE)

/* What is known of one token of a window. */
typedef struct mt_ev_tok {
  uint32_t end, start;   /* roles of the context matches accepted here
                            (ending at it, starting at it) */
  uint32_t end_weak, start_weak; /* roles of those that only lack evidence
                            (an `amb` word: у, на, Лев at a sentence start) */
  uint32_t sfx, sfx_nom;  /* roles its ending gives (all endings, those of
                            a nominative), once found (sfx_done bits 1, 2) */
  uint8_t marks;         /* MT_MARK_* */
  uint8_t sfx_done;
  /* (to 32 bytes: a token's place in the array by one shift, where 28
   * took three instructions at each of the rules' reads) */
  uint8_t pad_[4];
} mt_ev_tok;
_Static_assert(sizeof(mt_ev_tok) == 32, "mt_ev_tok is 32 bytes");

enum {
  MT_MARK_PLACE_START = 0x1u,  /* a place accepted on sight starts here */
  MT_MARK_PLACE_END = 0x2u,    /* ... ends here */
  MT_MARK_REGION_START = 0x4u, /* ... a region or country starts here */
  MT_MARK_PLACE_MATCH = 0x8u,  /* a match with a place row starts here,
                                  whatever its verdict */
  MT_MARK_PLACE_MATCH_END = 0x10u, /* ... ends here */
  MT_MARK_LISTED = 0x20u,      /* a place match in a list with a place
                                  accepted on sight: its first and its
                                  last token */
  MT_MARK_ABBREV = 0x40u,      /* a context word written with its period
                                  ends here (с., г., St.) */
  MT_MARK_WAR_WORD = 0x80u     /* a military context word is this token
                                  or starts here (бійці, позиції, troops,
                                  sabotage group) */
};

/* Places of several words that are part of another name, kept per window:
 * the places inside them are too. */
#define MT_EV_CLAIMS 8
#define MT_EV_PEOPLE 32
#define MT_EV_ORGS 32
#define MT_EV_SPANS 64
#define MT_EV_SOFT_BITS 8 /* 256 terms: docs/robustness.md */
#define MT_EV_LISTS 512 /* two ways a set, 256 sets (spells' line hashes to 8 bits) */
#define MT_EV_VERDICTS_LOG2 7
#define MT_EV_VERDICTS (1u << MT_EV_VERDICTS_LOG2)
#define MT_EV_NODES_LOG2 10
#define MT_EV_NODES (1u << MT_EV_NODES_LOG2)

/* Scratch space of one scanner, reused window after window. */
typedef struct mt_ev_scratch {
  mt_ev_tok *tok;        /* one per token of the window */
  size_t cap;            /* in mt_ev_tok */
  uint32_t *picks;       /* the window's candidates that mt_ev_judged accepts, when
                            mt_ev_begin is not given them */
  size_t cap_picks;      /* in uint32_t */
  mt_cand *slow;         /* the window's hits that begin reads as candidates */
  size_t cap_slow;       /* in mt_cand */
  /* The look-behind: the last tokens before the window, from the text the
   * scanner dropped (a sentence "ends" after an initial: В. Путин). */
  mt_stok carry[2];
  mt_ev_tok carry_ev[2];
  size_t ncarry;
  uint32_t claims[MT_EV_CLAIMS][2]; /* token spans */
  size_t nclaims;
  /* Places named as people earlier in the text (Николай Ростов ... на
   * Ростова): one sense in one text.  A ring of entries. */
  uint32_t people[MT_EV_PEOPLE];
  size_t npeople;
  /* Towns named as part of an organisation's name earlier in the text
   * (Irving Bank Corp ... Irving's share): one sense in one text, too,
   * for the mentions after that one.  A
   * ring of entries: past MT_EV_ORGS the oldest is forgotten, and its later
   * bare mentions are judged by their sentence alone again. */
  /* An earlier sentence of the text named a club by its city, or two had
   * words of sport: a report of sport, whose every sentence names clubs
   * so */
  int sport_text;
  unsigned sport_sentences; /* sentences with a word of sport so far */
  size_t sport_at;          /* 1 + the first byte of the last one counted */
  uint32_t orgs[MT_EV_ORGS];
  size_t orgs_at[MT_EV_ORGS];  /* the byte where each was so named */
  size_t norgs;
  /* The line of byte line_at of this text starts at byte line_start
   * (evidence.c: line_start_of; 0 and 0 at a text's start).  The line
   * that starts at byte tag_line was read for speakers' tags from byte
   * tag_from up to byte tag_to, the last one's bracket at byte
   * tag_open - 1 (0: none), its colon at byte tag_colon (dialogue_line;
   * all 0 at a text's start). */
  size_t line_at, line_start;
  size_t tag_line, tag_to, tag_open, tag_from, tag_colon;
  /* 1 + the start of the line of dialogue (a dash first on it) whose
   * sentence judged last with military context had it; 0: none
   * (evidence.c: war_turn) */
  size_t war_line;
  /* What the whole window holds, counted once a window (evidence.c:
   * window_counts; valid while topics_gen == gen): its military context
   * words, its words of computing, of concert music and of kinship, its
   * teams with a score after them.  A
   * rule that asks "such a word in the window outside this candidate"
   * subtracts the candidate's own from these instead of reading the
   * window again for each candidate (a window of 4,096 tokens with a
   * candidate in each; tests/budget_test.py). */
  uint32_t topics_gen, topics_have; /* evidence.c: COUNT_* */
  uint32_t n_war, n_computing, n_music, n_kin;
  uint32_t n_scores[2]; /* capitalized words with a score after them
                           (without, with the token evidence) */
  /* The evidence around the spans judged in this window: a small
   * direct-mapped cache, valid for one generation (one finished
   * mt_ev_begin). */
  struct mt_ev_span {
    uint32_t start, end, gen;
    uint64_t bits;
  } spans[MT_EV_SPANS];
  /* soft_sibling's read of the window for a place's term: whether the
   * window writes the term's stem with a person's soft ending; direct-
   * mapped by the term's offset (term + 1; 0: none), valid for one
   * generation. */
  struct mt_ev_soft {
    uint32_t term, gen;
    int hit;
  } soft[1u << MT_EV_SOFT_BITS];
  uint32_t gen;
  /* mt_ev_row's verdicts on the finished evidence of the window (evidence.c:
   * row_memo): direct-mapped by row and span, valid for one generation
   * and one vstamp (which mt_ev_begin moves on when it names a place as a
   * person's or an organisation's, which in a full ring of names forgets
   * the oldest, or claims a span).  Begin's later
   * steps judge rows (a place that may be named, a place of several
   * words) that selection judges again. */
  struct mt_ev_verdict {
    uint32_t row, start, end, gen, vstamp;
    uint8_t kind, num_at, name_at, verdict, why;
  } verdicts[MT_EV_VERDICTS];
  uint32_t vstamp;
  /* title_case_sentence_en's last answer on the finished evidence: for
   * token title_at (1 + the token; 0: none), valid for one generation
   * (the spans that start at one token each ask it of that token) */
  uint32_t title_gen, title_at;
  int title;
  /* Summaries of the nodes of context rows alone (evidence.c:
   * node_summary), direct-mapped by node, for the lexicon node_img. */
  const mt_image *node_img;
  struct mt_ev_node {
    uint32_t node;           /* 1 + the node; 0: none (a zeroed table is empty) */
    uint32_t acc[2], weak[2];
    uint32_t kind;
  } nodes[MT_EV_NODES];
  /* The roles of the word endings (suffix rows) by the last byte of the
   * ending, folded: a word whose last byte has none needs no fold and no
   * search of the endings.  Built for sfx_img on first use. */
  const mt_image *sfx_img;
  uint32_t sfx_last[256];
  /* The word lists of more than one word that rules spell tokens against
   * (evidence.c: spells): for each, the first letters and the lengths of
   * its words as bit masks, which turn most tokens away before any word
   * is compared.  A small cache, two ways a set, built on first use: the
   * set is the one of the line that calls spells (a constant), the way
   * the one with the list's address. */
  struct mt_ev_list {
    const char *const *words;
    uint32_t first, lens;
    uint64_t pairs; /* bit mt_ev_pair_bit(c, n) of each word's first byte and length */
  } lists[MT_EV_LISTS];
} mt_ev_scratch;

void mt_ev_scratch_free(const miltag_allocator *a, mt_ev_scratch *sc);

/* A new text: nothing before it. */
static inline void mt_ev_scratch_reset(mt_ev_scratch *sc) {
  sc->ncarry = 0;
  sc->npeople = 0;
  sc->norgs = 0;
  sc->sport_text = 0;
  sc->sport_sentences = 0;
  sc->sport_at = 0;
  sc->line_at = sc->line_start = 0;
  sc->tag_line = sc->tag_to = sc->tag_open = sc->tag_from = sc->tag_colon = 0;
  sc->war_line = 0;
}

/* The scanner drops tokens toks[0, keep) of its window, whose evidence is
 * in sc if judged (a window without candidates is not): keep the last of
 * them as the look-behind of what follows. */
void mt_ev_carry(mt_ev_scratch *sc, const mt_stok *toks, size_t keep, int judged);

#define MT_EV_ANCHORS 8

/* The evidence of one window, valid until the window changes. */
typedef struct mt_ev {
  const mt_window *w;
  unsigned found;            /* MT_EV_* */
  /* What is known of each token (context roles around a candidate, places
   * accepted on sight); NULL while finding it. */
  const mt_ev_tok *tok;
  mt_ev_scratch *sc;
  /* regions and countries named in the window, accepted on sight: linking
   * prefers the candidates that lie in them */
  uint32_t regions[MT_EV_ANCHORS];    /* entries */
  uint32_t region_at[MT_EV_ANCHORS];  /* the token each region starts at */
  uint16_t countries[MT_EV_ANCHORS];  /* codes (mt_img_entry.country) */
  uint32_t country_at[MT_EV_ANCHORS]; /* the token each country starts at */
  /* towns accepted on sight that lie in a region of the lexicon: a
   * region's name after one and a comma is its region (Seattle,
   * Washington) */
  uint32_t towns[MT_EV_ANCHORS];      /* entries */
  uint32_t town_end[MT_EV_ANCHORS];   /* the token each town ends at */
  /* where the places accepted on sight start (MT_EV_PLACE), the first
   * MT_EV_ANCHORS of them: a reading of a span is no context for another
   * reading of the same span */
  uint32_t place_at[MT_EV_ANCHORS];
  uint8_t nregions, ncountries, ntowns, nplaces;
} mt_ev;

/* Roles of the context matches that end at token i / start at token i of
 * the window (0 without roles or out of the window). */
static inline unsigned mt_ev_roles_ending(const mt_ev *ev, size_t i) {
  return ev->tok && i < ev->w->ntoks ? ev->tok[i].end : 0;
}
static inline unsigned mt_ev_roles_starting(const mt_ev *ev, size_t i) {
  return ev->tok && i < ev->w->ntoks ? ev->tok[i].start : 0;
}

/* Is candidate c more than context words: may it be tagged, or say more
 * than its words' roles (a phrase of the grammar, an inspected
 * designation, a match at a node with a row that is no context row,
 * MT_NODE_TAGGABLE)?  A candidate that is not is judged by its roles
 * alone (mt_ev_begin's first step), and mt_ev_cand rejects it: the
 * scanner need not judge it.  (Called for every candidate: inline.) */
static inline int mt_ev_judged(const mt_image *img, const mt_cand *c) {
  return c->kind != MT_CAND_MATCH || (img->nodes[c->node].count & MT_NODE_TAGGABLE);
}

/* Find the evidence of window w from its candidates c[0..n) (every match
 * of the window, settled or not: context anywhere in the sentence counts).
 * picks[0..npicks): the indices, ascending, of the candidates that
 * mt_ev_judged accepts, as the scanner collects them while it makes the
 * candidates (its settling judges the same ones); NULL: begin finds them
 * itself.  Returns 0 or MILTAG_E_NOMEM. */
int mt_ev_begin(mt_ev *ev, const mt_window *w, const mt_cand *c, size_t n, const uint32_t *picks,
                size_t npicks, mt_ev_scratch *sc, const miltag_allocator *a);

/* Could any candidate of c[0..n) become a tag (a row that is no context
 * word)?  A window without one needs only the roles of its words, for the
 * look-behind of the next (mt_ev_words). */
int mt_ev_taggable(const mt_image *img, const mt_cand *c, size_t n);

/* The roles of the words of window w that end at token from or after it
 * only (what mt_ev_begin finds first), for a window with nothing to tag:
 * the look-behind of the next.  Returns 0 or MILTAG_E_NOMEM. */
int mt_ev_words(mt_ev *ev, const mt_window *w, const mt_cand *c, size_t n, size_t from,
                mt_ev_scratch *sc, const miltag_allocator *a);

/* ------------------------------------------------------------ verdicts */

/* Is a row of traits `traits` whose entry is of category `category` a
 * context row (evidence only, never a tag)? */
static inline int mt_ev_is_context(int category, unsigned traits) {
  return category == MILTAG_CONTEXT && !(traits & MT_TRAIT_NOT);
}

/* Is row a context row? */
static inline int mt_ev_is_context_row(const mt_image *img, uint32_t row) {
  const mt_img_row *r = &img->rows[row];
  return mt_ev_is_context(img->entries[r->entry].category, r->flags);
}

/* Is row a stop phrase? */
static inline int mt_ev_is_stop_row(const mt_image *img, uint32_t row) {
  return (img->rows[row].flags & MT_TRAIT_NOT) != 0;
}

/* The verdict on row matched as candidate c, with the evidence found; the
 * reason goes to *why.  ev->found may be 0: the verdict then says what the
 * row and the text alone allow (a match that needs no evidence from the
 * rest of the sentence is sure).  Context rows are not judged here. */
miltag_verdict mt_ev_row(const mt_ev *ev, uint32_t row, const mt_cand *c, miltag_reason *why);

/* Does a match end inside a word (so none of its rows may be tagged)? */
static inline int mt_ev_ends_inside_word(const mt_window *w, const mt_cand *c) {
  unsigned after = c->end + 1 < w->ntoks ? w->toks[c->end + 1].gap : w->next_gap;
  return after == MILTAG_GAP_NONE;
}

struct mt_phrase;

/* The verdict on phrase p of the formation grammar (grammar.h), from the
 * facts the grammar found: a type word that also names civilian things
 * (корпус, отряд; бригада «Скорой помощи») needs military context unless
 * a branch, a qualifier, a service or a name says what it is. */
miltag_verdict mt_ev_phrase(const mt_ev *ev, const struct mt_phrase *p, miltag_reason *why);

/* The best verdict among the rows of candidate c that may be tagged
 * (MILTAG_ACCEPT before MILTAG_NEEDS_EVIDENCE before MILTAG_REJECT); for a
 * phrase of the grammar, its verdict. */
miltag_verdict mt_ev_cand(const mt_ev *ev, const mt_cand *c);

/* Linking: the preference of place row `row` among the readings of
 * candidate c, from the evidence of the window: a river's words for a
 * river, a city's for a city (a riverside word such as за, the only where
 * a river is among the readings: `water`); then a region named in the
 * sentence that the row's place lies in, or a country named right after
 * it, or (with countries set) anywhere in the sentence.  Lower first,
 * 0..5; rows of other categories and places with no such evidence get 2;
 * rows of equal preference keep their rank (prominence). */
unsigned mt_ev_link(const mt_ev *ev, uint32_t row, const mt_cand *c, int countries, int water);

/* Is place row `row` a town whose own region is named right after
 * candidate c (Азов Ростовской области; English after a comma too: Azov,
 * Rostov region)?  Such a town wins its span over a unit or another
 * non-place reading of the same words (the Azov brigade). */
int mt_ev_in_own_region(const mt_ev *ev, uint32_t row, const mt_cand *c);

/* What the evidence module found around candidate c and in its window, as
 * bits of miltag_candidate.evidence (named by miltag_evidence_name); row is
 * the row inspected. */
uint64_t mt_ev_evidence(const mt_ev *ev, uint32_t row, const mt_cand *c);

/* The verdict and reason on one row of an inspected candidate, whatever
 * it is: a context row, a stop phrase, a designation, a match that ends
 * inside a word. */
miltag_verdict mt_ev_inspect(const mt_ev *ev, uint32_t row, const mt_cand *c, miltag_reason *why);

#endif
