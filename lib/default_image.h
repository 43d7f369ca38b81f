/* The built-in lexicon image, embedded in the library at build time
 * (cmake/EmbedImage.cmake): by the assembler from lib/default_image.c,
 * or as a C source written by tools/embed.c. */
#ifndef MT_DEFAULT_IMAGE_H
#define MT_DEFAULT_IMAGE_H

#include <stddef.h>

/* The image's first byte (aligned to 64 bytes); its size in *size. */
const unsigned char *mt_default_image(size_t *size);

#endif
