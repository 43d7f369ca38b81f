/*
 * miltag_inspect.h: look inside a scan, for `miltag explain`, for
 * debugging a lexicon and for tools that want to know why a word was or
 * was not tagged.
 *
 * The tagging interface is miltag.h; this header adds what a tagger does
 * not need: the tokens and keys a scan sees, the normalizer on its own,
 * and every candidate match with the evidence module's verdict on it and
 * the reason for that verdict (docs/lexicon.md, "Evidence").  It includes
 * miltag.h.  The same rules hold: the caller owns what it passes in, the
 * structs given to a callback are valid only during the call, and every
 * function that can fail returns a miltag_status.
 */
#ifndef MILTAG_INSPECT_H
#define MILTAG_INSPECT_H

#include "miltag.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ----------------------------------------------------------------- tokens */

/* Separator kinds between two tokens, as the matcher sees them. */
#define MILTAG_GAP_NONE   0x01u  /* nothing: parts of one word ("груз200") */
#define MILTAG_GAP_SPACE  0x02u  /* white space */
#define MILTAG_GAP_DASH   0x04u  /* a hyphen or dash of any kind */
#define MILTAG_GAP_QUOTE  0x08u  /* quotation marks */
#define MILTAG_GAP_PUNCT  0x10u  /* other punctuation or symbols */
#define MILTAG_GAP_BREAK  0x20u  /* a sentence or paragraph end */

typedef struct miltag_token {
  size_t start, end;      /* bytes of the token in the text */
  const char *key;        /* normalized key (NUL-terminated, scanner-owned) */
  size_t key_len;
  unsigned gap;           /* MILTAG_GAP_* bits of the separator before it */
  int known;              /* 1 if the key occurs in the lexicon */
} miltag_token;

/* Called for each token; return non-zero to stop. */
typedef int (*miltag_token_callback)(const miltag_token *tok, void *ctx);

/* Tokenize and normalize text exactly as miltag_scan does and report every
 * token (for `miltag explain` and for debugging a lexicon).  A token past
 * the bounds MILTAG_TOKEN_MAX_CHARS or MILTAG_TOKEN_MAX_MARKS has the key
 * "" (key_len 0) and is not known.  Returns MILTAG_OK, MILTAG_STOPPED,
 * MILTAG_E_INVALID, MILTAG_E_BUSY, MILTAG_E_NOMEM or MILTAG_E_ICU. */
MILTAG_API miltag_status miltag_tokens(miltag_scanner *s, const char *text, size_t len,
                                       miltag_token_callback cb, void *ctx);

/* Normalize one string (a whole term or a single token) the way the lexicon
 * compiler and the scanner do, writing a NUL-terminated UTF-8 key of at
 * most cap bytes into out.  *out_len receives the full length needed
 * (excluding the NUL); if it is >= cap the output was truncated.  The
 * string is held to the bounds of one token: past MILTAG_TOKEN_MAX_CHARS
 * code points or MILTAG_TOKEN_MAX_MARKS combining marks the result is
 * MILTAG_E_LIMIT with out set to "" and *out_len to 0.
 * Returns MILTAG_OK, MILTAG_E_INVALID, MILTAG_E_LIMIT, MILTAG_E_NOMEM or
 * MILTAG_E_ICU. */
MILTAG_API miltag_status miltag_normalize(const char *text, size_t len, char *out, size_t cap,
                                          size_t *out_len);

/* --------------------------------------------------------------- evidence */

/* What the evidence module decides about one lexicon row matched at one
 * span of the text. */
typedef enum miltag_verdict {
  MILTAG_ACCEPT = 0,          /* the row may be tagged here */
  MILTAG_REJECT = 1,          /* the row is never tagged here */
  MILTAG_NEEDS_EVIDENCE = 2   /* tagged only with evidence the sentence
                                 lacks: reported by miltag_scan only with
                                 MILTAG_SCAN_AMBIGUOUS, flagged
                                 MILTAG_TAG_AMBIGUOUS */
} miltag_verdict;

/* Why.  The first group goes with MILTAG_ACCEPT, the second with
 * MILTAG_REJECT, the third with MILTAG_NEEDS_EVIDENCE; the reasons after
 * them with the verdict miltag_reason_verdict() gives.  New reasons may be
 * added before MILTAG_REASON_COUNT in later versions. */
typedef enum miltag_reason {
  /* accepted */
  MILTAG_REASON_SURE = 0,         /* the row needs no evidence */
  MILTAG_REASON_CAPITAL,          /* capitalized inside a sentence */
  MILTAG_REASON_MILITARY_CONTEXT, /* the sentence has military context: a
                                     context word or a tag that needs no
                                     evidence */
  MILTAG_REASON_PLACE_CONTEXT,    /* a place: the sentence names a place
                                     that needs no evidence */
  MILTAG_REASON_QUOTED_SLANG,     /* slang between quotation marks */
  MILTAG_REASON_STOP_PHRASE,      /* a stop phrase (flag `not`): it wins
                                     its span and is never tagged */
  /* rejected */
  MILTAG_REASON_CONTEXT_WORD,     /* a context row: evidence, never a tag */
  MILTAG_REASON_NOT_CAPITALIZED,  /* flag `cap`, but the text has no capital;
                                     or a Russian or Ukrainian stop phrase
                                     (`not,cap`) whose only capital is a
                                     sentence's or a quotation's first, in
                                     a sentence with military context */
  MILTAG_REASON_NOT_QUOTED,       /* flag `quoted`, but the match does not
                                     stand alone between quotation marks */
  MILTAG_REASON_NAME_NOT_CLOSED,  /* a {name} not between quotation marks;
                                     a {Name} quoted, in lower case, a
                                     place of its own or running into a
                                     region's phrase */
  MILTAG_REASON_INSIDE_WORD,      /* the match ends inside a word */
  MILTAG_REASON_DESIGNATION,      /* a number that a hyphen joins to the word
                                     before it (С-300, ФАБ-500): no match
                                     starts there */
  /* needing evidence */
  MILTAG_REASON_AMBIGUOUS,        /* flag `amb`: also an ordinary word, and
                                     neither a capital inside the sentence
                                     nor context says otherwise */
  MILTAG_REASON_SENTENCE_START,   /* flag `amb`: its only capital is that of
                                     the first word of a sentence */
  MILTAG_REASON_ENGLISH_CAPITAL,  /* flag `amb`, English: a capital is no
                                     evidence (every name has one) */
  MILTAG_REASON_NEEDS_CONTEXT,    /* flag `ctx`: needs military context */
  MILTAG_REASON_MISCASED,         /* a name found in lower case, or an
                                     abbreviation not in capitals */
  /* Places, people and organisations (docs/lexicon.md, "Names").  These
   * come after the three groups above; miltag_reason_verdict() says which
   * verdict each goes with. */
  MILTAG_REASON_PLACE_EVIDENCE,   /* accept: place evidence beside it (a
                                     locative, a generic word such as село
                                     or village, a region named after it, a
                                     river word) beats what it would need */
  MILTAG_REASON_AFTER_FIRST_NAME, /* reject: a person's name after a first
                                     name (Лев Толстой, Sam Kahan) */
  MILTAG_REASON_AFTER_INITIAL,    /* reject: after an initial (В. Путин,
                                     Ів. Франко, W. Athey) */
  MILTAG_REASON_PATRONYMIC,       /* reject: next to a patronymic (Маврикий
                                     Николаевич, Иван Петрович Сидоров) */
  MILTAG_REASON_FULL_NAME,        /* reject: a first name with a surname
                                     (Владимир Путин, Бондаренко Володимир) */
  MILTAG_REASON_AFTER_TITLE,      /* reject: after a title or rank (граф
                                     Толстой, пан Козак, President Nelson) */
  MILTAG_REASON_SPEECH_VERB,      /* reject: the subject of a verb of saying
                                     (пояснил Песков, Kahan said) */
  MILTAG_REASON_CALL_SIGN,        /* reject: after a call-sign word
                                     (позывной Орел) */
  MILTAG_REASON_NAMED_PERSON,     /* reject: the same text names it as a
                                     person earlier, and no place evidence
                                     is beside it now (Николай Ростов ... на
                                     Ростова) */
  MILTAG_REASON_ORGANISATION,     /* reject: a quoted name after an
                                     organisation, media or work word (банк
                                     «Россия», газета «Культура»); a quoted
                                     code number after a name's possessive
                                     (Zack Snyder's "300": a title); English
                                     jargon capitalized and named as a work
                                     (Kill Zone, the third album) */
  MILTAG_REASON_QUOTED_NAME,      /* reject: a short quoted name, not a place
                                     («Манчестер», «Путь Грузии») */
  MILTAG_REASON_COMPANY,          /* reject: before a company word (Tonka
                                     Corp, Far East Bank, Kyiv Post) */
  MILTAG_REASON_TICKER,           /* reject: inside a ticker (<KPA>) */
  MILTAG_REASON_SPORTS_RESULT,    /* reject: a team in a sports result or
                                     table (CHICAGO 5 MINNESOTA 3) */
  MILTAG_REASON_INSIDE_NAME,      /* reject: a city or region inside an
                                     English name (the Texas Rangers, the
                                     University of Michigan) */
  MILTAG_REASON_COMPOUND,         /* reject: part of a joined word
                                     (London-based, pro-Moscow,
                                     France-Presse, the domain .РФ) */
  MILTAG_REASON_SMALL_PLACE,      /* needs evidence: a small place (tier 3)
                                     without place evidence or military
                                     context */
  MILTAG_REASON_NAME_FORM,        /* needs evidence: spelled like a person's
                                     name, without place evidence */
  MILTAG_REASON_ENGLISH_TOWN,     /* needs evidence: a town (tier 2) in
                                     English without place evidence */
  MILTAG_REASON_QUOTATION_START,  /* needs evidence: its only capital is that
                                     of the first word of a quotation */
  MILTAG_REASON_ALL_CAPS,         /* needs evidence: a word of an all-caps
                                     line, whose capitals prove nothing */
  MILTAG_REASON_OTHER_LANGUAGE,   /* needs evidence: a Ukrainian row in a
                                     Russian sentence or a Russian row in a
                                     Ukrainian one (by the letters only one
                                     of them has), without place evidence
                                     or military context */
  MILTAG_REASON_ATTRIBUTIVE,      /* needs evidence: Russian, Ukrainian: a
                                     town named by an adjective, agreeing
                                     with the noun after it (Слободского
                                     дворца, Новый завет), or a code's
                                     adjective or number so (двухсотый
                                     абонемент, 300-ю победу: an ordinal
                                     number), or its plural compared in
                                     quality (Двухсотые стали популярнее
                                     прошлых моделей: a series), without
                                     military context */
  MILTAG_REASON_ACRONYM,          /* needs evidence: a short word in capitals
                                     inside a sentence of small letters
                                     (the GAO, NIS has assigned) that is no
                                     abbreviation of the place: an acronym,
                                     without strong place evidence */
  MILTAG_REASON_NAMED_ORGANISATION, /* reject: the same text names it as
                                     part of an organisation's name earlier
                                     (Irving Bank Corp ... Irving's share),
                                     a town, not a country, region or
                                     capital, and no place evidence is
                                     beside it now */
  MILTAG_REASON_PERSON_CASE,      /* reject: Russian, Ukrainian: a name in
                                     -ов/-ин in a case no town takes there:
                                     an animate accusative after в, на, за
                                     (влюблен в Ростову, произвела на
                                     Королева), or the dative of a surname
                                     with no preposition (Королеву стало
                                     скучно); a name in -а whose stem the
                                     sentence also writes with a person's
                                     soft endings (Ганя ... Гане) */
  MILTAG_REASON_FOREIGN_SENTENCE, /* needs evidence: an English row at the
                                     start of a Latin sentence with no
                                     English function word (Mon père, je
                                     vous remercie) */
  MILTAG_REASON_HEAD_CASE,        /* reject: Russian, Ukrainian: a pattern's
                                     head noun in -а matched in -е (its
                                     dative or locative) with no
                                     preposition before it: another word
                                     (горе Грушеньки, grief) */
  MILTAG_REASON_ADJECTIVE_CASE,   /* needs evidence: Russian, Ukrainian: a
                                     town named by a noun (Покровск,
                                     Никольск) in -ом/-ем, its instrumental,
                                     after a preposition that never takes
                                     the instrumental (в Покровском, на
                                     Вознесенском проспекте): the locative
                                     of the adjective of its stem, without
                                     a generic word, a region or military
                                     context */
  MILTAG_REASON_ESTATE,           /* needs evidence: Russian, no military
                                     context: a town of tier 2 or 3 named by
                                     an adjective (Отрадное, Никольское), or
                                     a village of tier 3 with namesakes
                                     (Марьино), with a locative or a capital
                                     alone beside it (a novel's estate as
                                     often): a generic word, a region, a
                                     list */
  MILTAG_REASON_JARGON,           /* needs evidence: a place of tier 2 or 3
                                     (no country or capital) whose words are
                                     also a slang term that needs no
                                     evidence (Арта: the Djibouti region, and
                                     «арта», artillery): strong place
                                     evidence (a generic word, a region) */
  MILTAG_REASON_WAR_PLACE,        /* accept: slang that needs military
                                     context (flag `ctx`) in a sentence
                                     that names a town or region of
                                     Ukraine, or of Russia's border
                                     regions under fire (Belgorod, Kursk,
                                     Bryansk), accepted on sight (в Криму
                                     знову була бавовна) */
  MILTAG_REASON_SECTOR,           /* reject: Russian, Ukrainian: a town's
                                     name form that is also the adjective of
                                     its stem, agreeing with a front's word
                                     after it (на Покровском направлении,
                                     Курська операція, в Курском котле): the
                                     sector's name, no place (the region
                                     phrase, Курской области, is a place) */
  MILTAG_REASON_REGION_ADJECTIVE, /* reject: Russian, Ukrainian: a
                                     region's adjective without its generic
                                     word (Курской, Одеська), except as an
                                     item of a list that a plural generic
                                     word closes (в Курской, Белгородской
                                     и Брянской областях): an
                                     organisation's or a thing's name
                                     (Курская АЭС, Одеська кіностудія) */
  MILTAG_REASON_JARGON_PAIR,      /* accept: slang or a unit that needs
                                     military context (flag `ctx`) in a
                                     sentence with another such term of
                                     another entry: each is the other's
                                     context (— я хоть и за ленточкой, но
                                     не на нуле), in a line of dialogue;
                                     or after a sentence with military
                                     context earlier on the same line of
                                     dialogue (— Арта, прийом! Коробка на
                                     дев'ятій); or on a line of a call's
                                     transcript (a speaker's tag, "(R):",
                                     before it: (R): The birds hang over us),
                                     where English jargon quoted only
                                     elsewhere (box) is the war's too; not
                                     the word a turn opens with before a
                                     comma, whom the speaker calls) */
  MILTAG_REASON_ADJECTIVE_PHRASE, /* reject: Russian, Ukrainian: a town's
                                     name form that is also the adjective of
                                     its stem, before another adjective in
                                     small letters that agrees with it
                                     (Луганська обласна адміністрація,
                                     Лисичанського нафтопереробного заводу),
                                     or Ukrainian, before a council's word
                                     (Луцька міськрада, Генічеська РДА):
                                     a noun phrase's, no place */
  MILTAG_REASON_ACROSS_QUOTE,     /* reject: a match of several words that
                                     a closing quotation mark cuts, opened
                                     before it ("Akhmat" Spetsnaz: the
                                     quoted name and a word after it) */
  MILTAG_REASON_QUOTED_UNIT,      /* accept: Russian, Ukrainian: a private
                                     military company's name alone between
                                     quotation marks (из списка «Вагнера»;
                                     the composer goes unquoted) */
  MILTAG_REASON_UNIT_WORDS,       /* needs evidence: English: a small place
                                     that is also a unit's name, among
                                     words for the unit's men (Fighters of
                                     Azov, Azov veterans) or in an
                                     appositive with a formation's noun
                                     (Rubizh, a National Guard brigade) */
  MILTAG_REASON_NAMED_KIND,       /* reject: Russian, Ukrainian: a unit's
                                     one-word name after a verb that names
                                     a person (звали Айдар) or a river's
                                     word (річка Айдар); a unit's name or
                                     jargon that needs context in a
                                     sentence of concert music (музиканти
                                     гратимуть Вагнера: the composer) */
  MILTAG_REASON_COUNTRY_POSSESSIVE, /* accept: English: an `amb` unit's name,
                                     or a `ctx,cap` one, after a country's
                                     possessive (France's Foreign Legion,
                                     Ukraine's Southern Command) */
  MILTAG_REASON_SHORT_NUMBER,     /* reject: a military unit's number in a
                                     row that needs context (flag `amb`:
                                     Unit {num}) with fewer than five digits
                                     (a power plant's Unit 2, a flat's
                                     unit 10); Russia's unit numbers have
                                     five (GRU unit 29155) */
  MILTAG_REASON_COUNT             /* the number of reasons */
} miltag_reason;

/* A short stable name of a reason ("needs-context", "not-capitalized"),
 * or NULL for a value that is not a reason.  Static storage. */
MILTAG_API const char *miltag_reason_name(int reason);

/* One sentence that explains a reason to a person ("flag ctx: needs
 * military context in the sentence"), or NULL.  Static storage. */
MILTAG_API const char *miltag_reason_text(int reason);

/* The verdict a reason goes with (MILTAG_ACCEPT, MILTAG_REJECT or
 * MILTAG_NEEDS_EVIDENCE), or -1 for a value that is not a reason. */
MILTAG_API int miltag_reason_verdict(int reason);

/* One lexicon row matched at one span. */
typedef struct miltag_candidate {
  size_t start;           /* bytes of the match [start, end): a tag made of
                             it may be longer (a closing quotation mark, the
                             period of U.S.) */
  size_t end;
  uint32_t row;           /* the row (miltag_lexicon_row) */
  uint32_t entry;         /* its entry (miltag_lexicon_entry) */
  int category;           /* miltag_category of the entry */
  miltag_verdict verdict; /* the evidence module's verdict */
  miltag_reason reason;   /* and why */
  int tagged;             /* 1 if miltag_scan, with the same flags, reports
                             a tag of this span with this row's entry among
                             its candidates; 0 if the verdict forbids it or
                             a longer or earlier match won the span */
  uint64_t evidence;      /* what the evidence module found around the
                             span and in its sentence: bit i set is the
                             evidence miltag_evidence_name(i) names (a
                             locative before it, a first name before it,
                             military context, ...); the same for every row
                             of a span */
} miltag_candidate;

/* The short stable name of evidence bit `bit` (0 to 63) of
 * miltag_candidate.evidence ("locative-before", "first-name-before",
 * "military-context"), or NULL for a bit that means nothing.  Static
 * storage.  New bits may be named in later versions. */
MILTAG_API const char *miltag_evidence_name(int bit);

/* Called for each candidate; return non-zero to stop. */
typedef int (*miltag_candidate_callback)(const miltag_candidate *c, void *ctx);

/* Scan text as miltag_scan(s, text, len, flags, ...) does and report every
 * row that matched anywhere, with its verdict and reason, whether or not it
 * became a tag: the rows of one span in the order miltag_scan ranks them,
 * spans in order of increasing start, then decreasing end.  Context rows
 * and stop phrases are reported too, and so is a number that the
 * designation rule keeps from starting a match (with the rows of that
 * number alone).  flags are miltag_scan's; they decide `tagged`.
 * Returns what miltag_scan returns. */
MILTAG_API miltag_status miltag_candidates(miltag_scanner *s, const char *text, size_t len,
                                           unsigned flags, miltag_candidate_callback cb, void *ctx);

#ifdef __cplusplus
}
#endif
#endif /* MILTAG_INSPECT_H */
