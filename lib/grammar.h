/* The formation grammar (docs/lexicon.md, "The formation grammar";
 * docs/design.md, "The formation grammar").
 *
 * Numbered formations are phrases built from a few word classes:
 *
 *   NUM [SEP] [GUARDS] [HON] [BRANCH]{0,2} [HON] TYPE [QUAL] [SERVICE] [«NAME»] [HONOR]
 *
 * in every case of Russian and Ukrainian, with the number's ending, the
 * adjectives and the type noun agreeing, and the English orders besides.
 * Writing every combination out as trie paths multiplies (132,000 forms
 * for 1,777 rows); here each class word is compiled once, with its case
 * forms, as a row of the lexicon (category `context`, attribute `class=`),
 * and a small grammar run over the class words found in a sentence puts
 * the phrases together.
 *
 *   compile time  the grammar facts of a class entry (mt_gram_class_parse),
 *                 the agreement set of each form of a class row
 *                 (mt_gram_noun_mask, mt_gram_adj_mask); the compiler stores
 *                 them, with the ordinal endings, the composite types
 *                 (unit.pattern.*) and the listed formations they link to,
 *                 in the image (image.h, "grammar").
 *   scan time     mt_gram_run: phrases anchored on the type words among a
 *                 window's candidates, each with the entry it tags as, its
 *                 number, name and the facts the evidence module judges
 *                 (mt_phrase); the matcher selects them like trie matches.
 *
 * Only windows that hold a class word do any grammar work: the trie finds
 * the class words like any term.
 */
#ifndef MT_GRAMMAR_H
#define MT_GRAMMAR_H

#include <stddef.h>
#include <stdint.h>

#include "alloc.h"
#include "image.h"
#include "window.h"

/* ------------------------------------------------------------ agreement */

/* An agreement set: one bit per gender (or the plural) and case, the
 * cases in the order of mt_case (inflect.h).  A phrase agrees when the
 * sets of its words intersect. */
enum { MT_AGR_M = 0, MT_AGR_F = 1, MT_AGR_N = 2, MT_AGR_PL = 3 };
#define MT_AGR_BIT(g, c) (1u << ((unsigned)(g) * 6u + (unsigned)(c)))
#define MT_AGR_ALL 0xFFFFFFu
#define MT_AGR_SG (MT_AGR_ALL & ~MT_AGR_PLURAL)
#define MT_AGR_PLURAL (0x3Fu << 18)

/* Languages of class rows and phrases. */
typedef enum mt_glang {
  MT_GL_OTHER = 0,
  MT_GL_RU = 1,
  MT_GL_UK = 2,
  MT_GL_EN = 3,
  MT_GL_MUL = 4    /* abbreviations shared by the languages */
} mt_glang;

mt_glang mt_gram_lang(const char *lang);

/* The agreement set of an adjective form by its ending (key: normalized,
 * lower case), for Russian or Ukrainian; 0 if it does not end like an
 * adjective.  The same table serves the class words and the open class of
 * honorific adjectives (Кантемировскую, Полтавській). */
uint32_t mt_gram_adj_mask(mt_glang lang, const char *key, size_t len);

/* The agreement set of a noun form: gender MT_AGR_* of the noun (MT_AGR_PL
 * for a plural-only noun) and the form's slot (mt_iword.form). */
uint32_t mt_gram_noun_mask(int gender, int form);

/* ------------------------------------------------------------- classes */

/* Word classes (attribute class=). */
typedef enum mt_gkind {
  MT_GK_NONE = 0,
  MT_GK_TYPE,     /* a type noun: бригада, полк, Brigade, мехкорпус */
  MT_GK_ABBR,     /* a type abbreviation: ОМБр, мсд, CAA (SEP BRANCH TYPE QUAL in one) */
  MT_GK_BRANCH,   /* мотострелковый, Mechanized */
  MT_GK_QUAL,     /* a genitive complement after the noun: морской пехоты, ТрО */
  MT_GK_SEP,      /* отдельный, Separate */
  MT_GK_GUARDS,   /* гвардейский, гв., Guards */
  MT_GK_SERVICE,  /* a service after the noun: ДШВ, НГУ, ВДВ */
  MT_GK_ORD,      /* an ordinal word: седьмая, Third (value=) */
  MT_GK_CARD,     /* a cardinal before an ordinal word: сорок (седьмая), сто */
  MT_GK_HONOR,    /* имени, імені: an honorific name follows */
  MT_GK_GOV,      /* a noun that governs the genitive: бойцы (22 бригады) */
  MT_GK_NATION,   /* a country's adjective before a phrase: Iraqi, российской
                     (affiliation=): whose formation it is, for links */
  MT_GK_COUNT
} mt_gkind;

/* Class flags (attributes). */
#define MT_GF_BARE_NO 0x01u    /* bare=no: a number and the noun alone are
                                  no formation (батарея, группа) */
#define MT_GF_NAMED_AMB 0x02u  /* named=amb: the noun and a quoted name alone
                                  need military context (бригада «Скорой
                                  помощи», группа «Кино») */
#define MT_GF_UNNUMBERED 0x04u /* number=no: only before a quoted name
                                  (спецназ, легион, ЧВК) */
#define MT_GF_NUMAFTER 0x08u   /* numafter=yes: English TYPE NUM (Brigade 153) */
#define MT_GF_PLURAL 0x10u     /* plural=yes: an unnumbered plural noun with
                                  it is a formation (бригад ТрО) */
#define MT_GF_DIGITS_AMB 0x20u /* digits=amb: bare digits and the noun alone
                                  need military context (1 Division) */
#define MT_GF_DIGITS 0x40u     /* digits=yes (or amb): English bare digits
                                  before it (16 Air Assault Brigade) */
#define MT_GF_JOIN_NUMBERED 0x80u  /* join=numbered: a service that is part of
                                      a numbered phrase only (72-ї бригади
                                      ЗСУ; Сухопутних військ + ЗСУ), or a
                                      branch that only a numbered phrase
                                      takes (добровольческий батальон
                                      «Алга» -> батальон «Алга») */
#define MT_GF_JOIN_NAMED 0x100u    /* join=named: a service that is part of
                                      the phrase only before its quoted name
                                      (корпус Національної гвардії «Азов») */
#define MT_GF_JOIN_UNNAMED 0x200u  /* join=unnamed: a service that is part of
                                      the phrase except before a quoted
                                      name: an intelligence agency's units
                                      go by their names alone (Спецпідрозділ
                                      ГУР «Кракен» -> ГУР + Кракен; батальйон
                                      ГУР stays one phrase) */
#define MT_GF_JOIN_APART 0x400u    /* join=apart: the whole forces after a
                                      numbered formation name its country
                                      (the id) but are tagged apart, as
                                      every held-out gold marks them
                                      (5-й бригады + ВСУ; 11-го корпуса +
                                      КНА); unnumbered, they say nothing */

/* What a class entry's attributes say (parsed when the lexicon is
 * compiled).  Strings point into attrs; lengths are 0 when absent. */
typedef struct mt_gclass_src {
  mt_gkind kind;
  unsigned flags;              /* MT_GF_* */
  const char *type, *shorttype, *affil, *nouns;
  size_t type_len, short_len, affil_len, nouns_len;
  uint32_t value;              /* value= of ORD and CARD */
} mt_gclass_src;

/* Parse the attributes of an entry.  Returns 0 and fills *out (kind
 * MT_GK_NONE when attrs have no class=), or MILTAG_E_SYNTAX with *why for
 * an unknown class, a bad value or a class on an entry that is not of
 * category context. */
int mt_gram_class_parse(int category, const char *attrs, mt_gclass_src *out, const char **why);

/* The name of a class ("type", "branch", ...), or NULL. */
const char *mt_gram_kind_name(mt_gkind k);

/* ------------------------------------------------------------- phrases */

/* A phrase found by the grammar in a window. */
typedef struct mt_phrase {
  uint32_t start, end;        /* tokens of the window, end inclusive */
  size_t byte_end;            /* where the tag ends: after the closing
                                 quotation marks of a name */
  uint32_t anchor_row;        /* the row of its type word or abbreviation */
  uint32_t entry;             /* the entry it tags as: a listed formation
                                 it links to, or its composite type */
  uint32_t alt[4];            /* further candidates (the composite type
                                 when linked; the formations when several
                                 fit), MT_NONE-terminated */
  uint32_t num_tok;           /* the token of its digits, or MT_NONE */
  uint64_t value;             /* its number, or MILTAG_NO_NUMBER */
  uint32_t name_first, name_last; /* tokens of a quoted name, or MT_NONE */
  unsigned facts;             /* MT_PF_*: what the evidence module judges */
} mt_phrase;

/* Facts of a phrase (mt_phrase.facts). */
#define MT_PF_NUMBERED 0x001u   /* it has a number */
#define MT_PF_MODIFIED 0x002u   /* a branch or an honorific adjective */
#define MT_PF_QUAL 0x004u       /* a qualifier or the type abbreviation */
#define MT_PF_SERVICE 0x008u    /* a service */
#define MT_PF_NAME 0x010u       /* a quoted name */
#define MT_PF_HONOR 0x020u      /* an honorific name (імені ...) */
#define MT_PF_ANCHOR_AMB 0x040u /* its type word needs evidence alone (amb) */
#define MT_PF_ANCHOR_CTX 0x080u /* ... military context (ctx) */
#define MT_PF_NAMED_AMB 0x100u  /* a name after a noun that names civilian
                                   groups too */
#define MT_PF_PLURAL_OK 0x200u  /* a qualifier or service that makes an
                                   unnumbered plural a formation */

/* Scratch space of one scanner. */
typedef struct mt_gram_scratch {
  struct mt_gitem *items;     /* class words of the window */
  size_t cap_items;
  mt_phrase *ph;              /* phrases of the window */
  size_t nph, cap_ph;
  int incomplete;             /* mt_gram_run reached a bound on its work:
                                 phrases may be missing (MILTAG_INCOMPLETE) */
  /* The class hits of the nodes met lately (of, the, numbers: the same
   * few in window after window), direct-mapped by node; node1 is the node
   * + 1, 0 for an empty slot.  The scanner's image is fixed. */
  struct mt_gram_hits {
    uint32_t node1, lo, n; /* hits [lo, lo + n) of img->ghits (n uncapped) */
    uint32_t starts;       /* a phrase may start at one of the first
                              MAX_HITS_PER_WORD of them */
  } hits[64];
} mt_gram_scratch;

void mt_gram_scratch_free(const miltag_allocator *a, mt_gram_scratch *g);

/* Find the phrases of window w.  c[0..n) are every candidate of the
 * window (class words are found among them); phrases are anchored only on
 * class words of c[0..nfinal) (the candidates being settled).  Phrases go
 * to g->ph[0..g->nph).  Returns 0 or MILTAG_E_NOMEM. */
int mt_gram_run(mt_gram_scratch *g, const miltag_allocator *a, const mt_window *w,
                const mt_cand *c, size_t n, size_t nfinal);

/* Is a grammar word written with its period that the phrase goes on
 * after (гв., им., ім.: a modifier or an honorific) among the rows of
 * node?  Its period ends no sentence. */
int mt_gram_dot_word(const mt_image *img, uint32_t node);
/* Does a candidate at node, a class word (MT_NODE_GRAM), give mt_gram_run
 * work: may a phrase start at it, or do its hits pass the bound on them
 * (which makes the run incomplete)?  A window none of whose class words
 * gives work has no phrase, and mt_gram_run need not look. */
int mt_gram_node_works(mt_gram_scratch *g, const mt_image *img, uint32_t node);

/* Does the image have a grammar? */
static inline int mt_gram_present(const mt_image *img) { return img->h->n_ghits != 0; }

#endif
