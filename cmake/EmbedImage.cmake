# miltag_embed_image(IMAGE OUT_C HOW): OUT_C receives the C source that
# embeds the lexicon image file IMAGE and defines mt_default_image()
# (lib/default_image.h), the way MILTAG_EMBED asks for; HOW receives the way
# chosen.  A target that compiles a generated source depends on the target
# miltag_default_image_source when it exists.
#
#   INCBIN  lib/default_image.c: the assembler includes the file itself
#           (.incbin), whatever its size, in no time.  Written for ELF
#           targets and GNU-compatible compilers (gcc, clang).
#   C       tools/embed.c writes the bytes as C string literals: any C
#           compiler, no assembler.  gcc compiles 20 MB in about 2 s and
#           400 MB of memory, clang in 0.6 s; an array of integers, which
#           MSVC needs, takes 15 to 30 times as long.
#   AUTO    INCBIN when a probe of it compiles and links, C otherwise.
function(miltag_embed_image image out_var how_var)
  set(how ${MILTAG_EMBED})
  string(FIND "${image}" "\"" _quote)
  string(FIND "${image}" "\\" _backslash)
  if(how STREQUAL "AUTO")
    if(NOT _quote EQUAL -1 OR NOT _backslash EQUAL -1)
      set(how C)  # not worth quoting for the assembler
    else()
      if(NOT DEFINED MILTAG_HAVE_INCBIN)
        set(probe ${CMAKE_CURRENT_BINARY_DIR}/CMakeFiles/miltag_incbin)
        file(WRITE ${probe}/probe.img "MILTAGLX probe image")
        file(WRITE ${probe}/main.c
             "#include \"default_image.h\"\n"
             "int main(void) { size_t n; const unsigned char *p = mt_default_image(&n);\n"
             "  return n == 20 && p[0] == 'M' && p[19] == 'e' ? 0 : 1; }\n")
        try_compile(ok ${probe}/build SOURCES ${probe}/main.c ${PROJECT_SOURCE_DIR}/lib/default_image.c
                    CMAKE_FLAGS "-DINCLUDE_DIRECTORIES=${PROJECT_SOURCE_DIR}/lib"
                    COMPILE_DEFINITIONS "-DMILTAG_EMBED_IMAGE=\"${probe}/probe.img\""
                    OUTPUT_VARIABLE log)
        set(MILTAG_HAVE_INCBIN ${ok} CACHE INTERNAL "the compiler embeds files with .incbin")
        if(NOT ok)
          file(WRITE ${probe}/failed.log "${log}")
        endif()
      endif()
      if(MILTAG_HAVE_INCBIN)
        set(how INCBIN)
      else()
        set(how C)
      endif()
    endif()
  endif()

  if(how STREQUAL "INCBIN")
    if(NOT _quote EQUAL -1 OR NOT _backslash EQUAL -1)
      message(FATAL_ERROR "miltag: MILTAG_EMBED=INCBIN needs a build path without quotes or backslashes")
    endif()
    set(out ${PROJECT_SOURCE_DIR}/lib/default_image.c)
    set_source_files_properties(${out} PROPERTIES OBJECT_DEPENDS ${image}
                                COMPILE_DEFINITIONS "MILTAG_EMBED_IMAGE=\"${image}\"")
  elseif(how STREQUAL "C")
    set(out ${PROJECT_BINARY_DIR}/default_image.c)
    set(form "")
    if(MSVC)
      set(form --array)  # MSVC caps a string literal at 64 KB
    endif()
    add_executable(miltag-embed tools/embed.c)
    add_custom_command(OUTPUT ${out}
      COMMAND miltag-embed ${form} ${image} ${out}
      DEPENDS miltag-embed ${image}
      COMMENT "Writing the default lexicon image as C"
      VERBATIM)
    # One target makes the source: the shared and the static library both
    # compile it, and two instances of the command must not race.  It comes
    # after the target that makes the image (miltag_default_image), or it
    # would run that command too, at the same time.
    add_custom_target(miltag_default_image_source DEPENDS ${out})
    if(TARGET miltag_default_image)
      add_dependencies(miltag_default_image_source miltag_default_image)
    endif()
    if(CMAKE_C_COMPILER_ID MATCHES "GNU|Clang")
      # C11 asks compilers to accept string literals of 4095 bytes at least;
      # gcc and clang take any length, and -pedantic would say so per line.
      set_source_files_properties(${out} PROPERTIES COMPILE_OPTIONS "-Wno-overlength-strings")
    endif()
  else()
    message(FATAL_ERROR "miltag: MILTAG_EMBED must be AUTO, INCBIN or C, not '${MILTAG_EMBED}'")
  endif()
  set(${out_var} ${out} PARENT_SCOPE)
  set(${how_var} ${how} PARENT_SCOPE)
endfunction()
