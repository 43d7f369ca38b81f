# miltag_sanitizer_runtime(OUT): the path of the sanitizer runtime that a
# sanitized miltag needs preloaded into an uninstrumented host (a Python
# interpreter, the sqlite3 shell); "" when the build is not sanitized, and
# NOTFOUND when it is but the compiler has no such runtime.
function(miltag_sanitizer_runtime out)
  if(NOT (MILTAG_SANITIZE OR MILTAG_TSAN))
    set(${out} "" PARENT_SCOPE)
    return()
  endif()
  # each compiler has its own runtime: clang's carries its UBSan handlers
  if(MILTAG_SANITIZE)
    set(kind asan)
  else()
    set(kind tsan)
  endif()
  if(CMAKE_C_COMPILER_ID MATCHES "Clang")
    set(rt libclang_rt.${kind}-${CMAKE_SYSTEM_PROCESSOR}.so)
  else()
    set(rt lib${kind}.so)
  endif()
  execute_process(COMMAND ${CMAKE_C_COMPILER} -print-file-name=${rt}
                  OUTPUT_VARIABLE path OUTPUT_STRIP_TRAILING_WHITESPACE)
  if(NOT IS_ABSOLUTE "${path}")
    set(path NOTFOUND)
  endif()
  set(${out} "${path}" PARENT_SCOPE)
endfunction()
