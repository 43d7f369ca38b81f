/* The built-in lexicon image, included by the assembler (.incbin) from
 * the file miltag-mkimage wrote, whose path the build passes in the macro
 * MILTAG_EMBED_IMAGE (a string literal).  Not in the source itself: the
 * file would then differ between build directories, and with it the
 * checksum of it that clang writes into the debug information.  ELF only
 * (section flags, .hidden); cmake/EmbedImage.cmake probes this file and
 * falls back to a generated C source (tools/embed.c) where it fails. */
#include "default_image.h"

#if !defined(__ELF__) || !defined(__GNUC__)
#error "the .incbin embedding is written for ELF targets and GNU-compatible compilers"
#endif
#ifndef MILTAG_EMBED_IMAGE
#error "MILTAG_EMBED_IMAGE must name the image file"
#endif

/* Hidden: the image is reached through miltag_lexicon_default() only.
 * The section is pushed and popped so that the compiler's own idea of the
 * current section stays true. */
__asm__(
    "  .pushsection .rodata.mt_default_image, \"a\", %progbits\n"
    "  .balign 64\n"
    "  .globl mt_default_image_start\n"
    "  .hidden mt_default_image_start\n"
    "  .type mt_default_image_start, %object\n"
    "mt_default_image_start:\n"
    "  .incbin \"" MILTAG_EMBED_IMAGE "\"\n"
    "  .globl mt_default_image_end\n"
    "  .hidden mt_default_image_end\n"
    "mt_default_image_end:\n"
    "  .byte 0\n"
    "  .size mt_default_image_start, mt_default_image_end - mt_default_image_start\n"
    "  .popsection\n");

extern const unsigned char mt_default_image_start[] __attribute__((visibility("hidden")));
extern const unsigned char mt_default_image_end[] __attribute__((visibility("hidden")));

const unsigned char *mt_default_image(size_t *size) {
  *size = (size_t)(mt_default_image_end - mt_default_image_start);
  return mt_default_image_start;
}
