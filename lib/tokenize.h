/* Tokenizer: ICU's word break iterator run over the caller's UTF-8 bytes
 * (no copy).  Word segments are split further where a letter meets a digit
 * ("груз200" → "груз" + "200") and before an English possessive "'s", so
 * that lexicon terms can say how their parts may be joined.  For each token
 * the tokenizer also describes the separator ("gap") before it. */
#ifndef MT_TOKENIZE_H
#define MT_TOKENIZE_H

#include <stddef.h>
#include <stdint.h>
#include <unicode/ubrk.h>
#include <unicode/utext.h>

#include "alloc.h"
#include "miltag_inspect.h"
#include "normalize.h"

/* Token flags. */
#define MT_TOK_CAP     0x01u  /* first letter is upper case */
#define MT_TOK_ALLCAPS 0x02u  /* two or more letters, all upper case */
#define MT_TOK_DIGITS  0x04u  /* only ASCII digits */
#define MT_TOK_QOPEN   0x08u  /* the gap before it ends with a quotation mark */
#define MT_TOK_SENT    0x10u  /* first token of a sentence (or of the text) */
#define MT_TOK_LETTERS 0x20u  /* contains at least one letter */
#define MT_TOK_MULTICAP 0x40u /* two or more capitals (ОШБр, ОБрМП: an abbreviation) */

/* 32 bytes, so that mt_tok_next copies a token out of the queue in two
 * moves.  mt_tok_batch writes tokens straight into the caller's array;
 * the bytes after charset are padding, which the scanner's mt_stok
 * (window.h) lays its qclose and id in: the tokenizer may write them
 * (plain_tail), the caller sets them after the call. */
typedef struct mt_token {
  size_t start, end;   /* byte range in the text */
  uint32_t gapsig;     /* punctuation signature of the separator before it;
                          0 = none */
  uint16_t gap;        /* MILTAG_GAP_* bits of that separator */
  uint8_t flags;       /* MT_TOK_* */
  uint8_t lead_quote;  /* bytes of a quotation mark that starts the gap
                          before this token (closes the previous token) */
  uint8_t charset;     /* what its characters are (mt_charset), for
                          mt_normalize_token */
  uint8_t zero[7];     /* 0: the tokenizer writes them with charset, in
                          one store; the scanner keeps its own fields of a
                          token here, which start as 0 (window.h) */
} mt_token;

/* What gap_analyze (tokenize.c) says of one gap. */
struct mt_tok_gap1 {
  uint16_t gap;
  uint8_t flags, lead_quote;
  uint32_t gapsig;
};

/* What gap_analyze gives for the gap "c " (c ' ': " ") after a token that
 * is an initial or not ([c][prev_initial]): window_batch's commonest gap
 * after punctuation ("word, word" "word. Word") without the call.  The
 * same for the gaps "c" (co-op, and/or, Kharkiv's) and " c" ("(word",
 * "<word") in gapc and gaps (c any ASCII character). */
typedef struct mt_tok_gap_tables {
  struct mt_tok_gap1 gap1[128][2], gapc[128][2], gaps[128][2];
} mt_tok_gap_tables;

/* The tables as constant data (lib/gaptab.c, written by miltag-gaptab:
 * tools/gaptab.c), shared by every tokenizer: working them out took each
 * new scanner 768 calls of gap_analyze (86,000 instructions, half its
 * cost when warm) and 6 KB. */
extern const mt_tok_gap_tables mt_tok_gaps;

/* Work the tables out from gap_analyze itself, which mt_tok_gaps must
 * equal (tests/test_tokenize.c checks it). */
void mt_tok_gap_tables_compute(mt_tok_gap_tables *out);

/* How many 32-byte constants the window's AVX2 classes take (tokenize.c:
 * win_k). */
#define MT_WIN_K 12

/* How many tokens the window finds ahead at most (tokenize.c). */
#define MT_TOK_QUEUE 64

typedef struct mt_tokenizer {
  UBreakIterator *bi;
  UText ut;
  const unsigned char *text;
  size_t len;
  /* The state of a text, from pos to seg_end: mt_tok_reset clears it in
   * one block of stores (it ran 22 instructions a text as fields spread
   * over the struct; bench_api scans a line a text). */
  size_t pos;        /* where the search for the next word segment goes on */
  size_t prev_end;   /* end of the last token returned */
  size_t sub;        /* next sub-token start inside the segment */
  /* Text is cut into chunks at ASCII white space.  A chunk of ASCII,
   * Cyrillic and common punctuation is segmented by mt_tok's own rules
   * (the subset of UAX #29 that these characters reach, as ICU applies
   * it); any other chunk goes to ICU's break iterator. */
  size_t chunk_start, chunk_end;
  size_t rest_end;   /* end of the chunk whose pieces are being cut (below) */
  size_t win_checked; /* the end of the last chunk found to need no ICU */
  int prev_initial;  /* the last token is one capital letter (an initial) */
  int have_seg;
  int started;
  int in_chunk;      /* a chunk is being segmented */
  int chunk_icu;     /* ... by ICU */
  int32_t icu_prev;  /* ICU: the last boundary, relative to chunk_start */
  int chunk_plain;   /* the current chunk is one run of plain letters or
                        digits, whose flags are in plain_flags */
  int win_ok;        /* the window (below) describes this text */
  /* Tokens found ahead by the window (window_batch), handed out in order
   * before anything else is looked at: queue[queue_at..queue_len). */
  unsigned queue_at, queue_len;
  int win_blank;     /* only white space follows the queue's tokens (the
                        batch that found them saw the text's end) */
  size_t seg_end;    /* current word segment [.., seg_end) */
  int icu_only;      /* never use the fast path (for tests and checks) */
  unsigned char cls[128]; /* ASCII classes, as the linked ICU has them */
  unsigned char byte[256]; /* BYTE_* of each byte value, for the loops
                              that go byte by byte */
  unsigned plain_flags;
  unsigned seg_flags;  /* fast path: MT_TOK_* of a one-run segment, or ~0u */
  /* ICU's dictionary segmentation (Chinese, Japanese, Thai...) takes
   * memory in proportion to the run it is given, about twenty bytes a
   * character, so a long chunk goes to ICU in pieces (next_chunk). */
  size_t piece_max;  /* bytes of one piece: MT_ICU_PIECE, or less in tests */
  /* The window: what the 64 bytes of text from win_base are, one bit a
   * byte (bit k: byte win_base + k), classified sixteen bytes at a time,
   * so that most tokens are found with a few bit operations and no loop
   * over their bytes (window_batch).  A cache of the text: refilled
   * whenever the position leaves it.  Near the end of the text the window
   * is a copy padded with spaces (win_open 0: nothing after it). */
  size_t win_base;
  int win_open;      /* the text goes on after the window's 64 bytes */
  uint64_t win_space, win_alnum, win_upper, win_digit, win_high;
  uint64_t win_cyr, win_cyr_upper; /* a basic Cyrillic letter starts here
                                      (U+0400-U+045F); ... a capital one */
  /* gap_analyze's answers for other gaps of up to seven bytes after a
   * token (« », dashes, several marks), as they come: by the gap's bytes,
   * its length and whether the token before is an initial (key, 0: none
   * yet); an answer depends on nothing else, so an entry never goes
   * stale (tokenize.c: gap_cached). */
  struct mt_tok_gapc {
    uint64_t key;
    struct mt_tok_gap1 g;
  } gap_cache[64];
  int win_mode;      /* MT_WIN_*: how tokens are found (tests compare them) */
  int win_avx2;      /* MT_WIN_VECTOR classifies with AVX2 (the CPU has it) */
  int win_bmi2;      /* the CPU has BMI1 and BMI2 (AVX2 is win_avx2's):
                        with win_avx2, MT_WIN_VECTOR's window_batch is
                        window_batch_avx2, built for all three; without
                        either, and in MT_WIN_SSE2, the baseline code (tests
                        clear it to reach win_classify_avx2 there) */
  int win_fast;      /* not icu_only, MT_WIN_VECTOR, win_avx2 and win_bmi2:
                        the window by window_batch_avx2, which keeps its
                        masks in its locals while it runs and stores them
                        here as it returns (tokenize.c: win_fast_set) */
  unsigned char win_k[MT_WIN_K][32]; /* its constants (tokenize.c: win_k) */
  mt_token queue[MT_TOK_QUEUE];
} mt_tokenizer;

/* How the tokenizer finds plain tokens: by the window, classified with
 * the CPU's vector instructions where it has them (the default: AVX2
 * where the CPU has it, else SSE2), by the window classified a byte at a
 * time (what other CPUs do), byte by byte without the window, or by the
 * window classified with SSE2 even where AVX2 is there (for the tests).
 * All give the same tokens. */
enum { MT_WIN_VECTOR = 0, MT_WIN_PORTABLE = 1, MT_WIN_OFF = 2, MT_WIN_SSE2 = 3 };

/* The most bytes ICU's break iterator sees at once.  A chunk (text
 * between ASCII white space) that needs ICU and is longer is cut into
 * pieces: after punctuation or a symbol where ICU would break anyway, so
 * that the tokens are the same, or, in a run of more than MT_ICU_PIECE / 2
 * bytes without such a character, at a character boundary, where a word
 * that spans the cut is split. */
#define MT_ICU_PIECE 65536u

/* Returns 0, MILTAG_E_ICU or MILTAG_E_NOMEM. */
int mt_tok_open(mt_tokenizer *t);
/* Use ICU's break iterator for everything (the reference behaviour). */
void mt_tok_icu_only(mt_tokenizer *t, int on);
/* Choose MT_WIN_* (tests: every way must give the same tokens). */
void mt_tok_win_mode(mt_tokenizer *t, int mode);
void mt_tok_close(mt_tokenizer *t);
/* Start on a new text (of any length: ICU sees pieces of at most
 * MT_ICU_PIECE bytes).  Returns 0. */
int mt_tok_reset(mt_tokenizer *t, const char *text, size_t len);
/* mt_tok_next once the queue is empty. */
int mt_tok_next_more(mt_tokenizer *t, mt_token *out);
/* Next token: returns 1 and fills *out, 0 at the end, <0 on error.
 * Inline, so that most tokens (from the queue) cost no call. */
static inline int mt_tok_next(mt_tokenizer *t, mt_token *out) {
  if (t->queue_at < t->queue_len) {
    *out = t->queue[t->queue_at++];
    return 1;
  }
  return mt_tok_next_more(t, out);
}
/* The next tokens straight into the caller's out[0..cap) (2 <= cap <=
 * MT_TOK_QUEUE), without the queue's copy: returns how many (at least 1),
 * 0 at the end, <0 on error.  The same tokens as mt_tok_next gives, in
 * order (the two may be mixed).  out may be the mt_token member of a
 * caller's struct of the same size that lays its other fields in
 * mt_token's padding (match.c's window, mt_stok): those are the caller's
 * to set after the call. */
int mt_tok_batch(mt_tokenizer *t, mt_token *out, unsigned cap);
/* 1 if the next mt_tok_batch or mt_tok_next is known to say 0 (the end):
 * the last batch saw only white space after its tokens, and the queue is
 * empty; 0 if that is not known (more tokens, or a call must tell).  So
 * that a caller may skip the call that only says so, once a text (most
 * lines are one batch). */
static inline int mt_tok_ended(const mt_tokenizer *t) {
  return t->win_blank && t->queue_at >= t->queue_len;
}
/* Is c a quotation mark (Unicode's Quotation_Mark, and ‹ ›)? */
int mt_tok_is_quote(uint32_t c);
/* After the end: bytes of a quotation mark right after the last token. */
unsigned mt_tok_tail_quote(const mt_tokenizer *t);

#endif
