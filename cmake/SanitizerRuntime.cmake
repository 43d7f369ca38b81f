# miltag_sanitizer_runtime(OUT): the path of the sanitizer runtime that a
# sanitized miltag needs preloaded into an uninstrumented host (a Python
# interpreter, the sqlite3 shell); "" when the build is not sanitized, and
# NOTFOUND when it is but the compiler has no such runtime.
function(miltag_sanitizer_runtime out)
  if(NOT (MILTAG_SANITIZE OR MILTAG_TSAN))
    set(${out} "" PARENT_SCOPE)
    return()
  endif()
  if(MILTAG_SANITIZE)
    set(rt libasan.so)
  else()
    set(rt libtsan.so)
  endif()
  execute_process(COMMAND ${CMAKE_C_COMPILER} -print-file-name=${rt}
                  OUTPUT_VARIABLE path OUTPUT_STRIP_TRAILING_WHITESPACE)
  if(NOT IS_ABSOLUTE "${path}")
    set(path NOTFOUND)
  endif()
  set(${out} "${path}" PARENT_SCOPE)
endfunction()
