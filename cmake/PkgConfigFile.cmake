# miltag_pkgconfig_file(OUT): write miltag.pc from cmake/miltag.pc.in.
#
# `pkg-config --static --libs miltag` must give all a fully static link
# needs (`cc app.c $(pkg-config --static --cflags --libs miltag) -static`).
# ICU is C++: its static archives need the C++ runtime, which icu-uc.pc does
# not name, and a C compiler driver does not add.  The runtime must come
# after the ICU archives, so Libs.private names ICU itself before it (icu-uc
# stays in Requires.private for its -L and its own private libraries).
set(MILTAG_CXX_RUNTIME "" CACHE STRING
    "C++ runtime ICU needs in a static link, for miltag.pc (default: -lc++ on Apple, -lstdc++ elsewhere)")

function(miltag_pkgconfig_file out)
  set(private "")
  foreach(lib ${MILTAG_ICU_STATIC_LIBRARIES})
    list(APPEND private -l${lib})
  endforeach()
  if(MILTAG_CXX_RUNTIME)
    list(APPEND private ${MILTAG_CXX_RUNTIME})
  elseif(APPLE)
    list(APPEND private -lc++)
  else()
    list(APPEND private -lstdc++)
  endif()
  list(APPEND private -lm)
  if(CMAKE_THREAD_LIBS_INIT)
    list(APPEND private ${CMAKE_THREAD_LIBS_INIT})
  endif()
  foreach(lib ${CMAKE_DL_LIBS})
    list(APPEND private -l${lib})
  endforeach()
  list(JOIN private " " MILTAG_PC_LIBS_PRIVATE)
  # Relocatable: the prefix is found from where the .pc file lies.
  file(RELATIVE_PATH MILTAG_PC_PREFIX_REL "/prefix/${CMAKE_INSTALL_LIBDIR}/pkgconfig" "/prefix")
  configure_file(${PROJECT_SOURCE_DIR}/cmake/miltag.pc.in ${out} @ONLY)
endfunction()
