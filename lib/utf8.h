/* UTF-8 decoding with the "maximal subpart" replacement rule, the same rule
 * ICU's UTF-8 UText applies, so that our offsets and ICU's agree. */
#ifndef MT_UTF8_H
#define MT_UTF8_H

#include <stddef.h>
#include <stdint.h>

#define MT_REPLACEMENT 0xFFFDu

/* Decode the code point at s[0..n) (n >= 1).  Returns its byte length
 * (1..4) and stores the code point in *cp; an ill-formed sequence yields
 * U+FFFD and the length of its maximal subpart (at least 1). */
size_t mt_utf8_decode(const unsigned char *s, size_t n, uint32_t *cp);

/* Encode cp (a scalar value) into out (4 bytes room); returns the length. */
size_t mt_utf8_encode(uint32_t cp, char *out);

/* 1 if s[0..n) is well-formed UTF-8; otherwise 0 and *bad = offset of the
 * first ill-formed byte. */
int mt_utf8_valid(const char *s, size_t n, size_t *bad);

/* Number of code points in s[0..n) (ill-formed subparts count as one). */
size_t mt_utf8_count(const char *s, size_t n);

/* Length of the longest prefix of the NUL-terminated s of at most max
 * bytes that does not end inside a UTF-8 character. */
size_t mt_utf8_prefix(const char *s, size_t max);

/* printf arguments for "%.*s": s cut to at most 200 bytes at a character
 * boundary (quoting a term in a message); MT_QUOTE_SHORT to 120, for
 * messages with more to say (miltag_error.what holds 255 bytes). */
#define MT_QUOTE(s) (int)mt_utf8_prefix((s), 200), (s)
#define MT_QUOTE_SHORT(s) (int)mt_utf8_prefix((s), 120), (s)

#endif
