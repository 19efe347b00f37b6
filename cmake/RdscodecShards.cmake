# rdscodec_operation_shards: code that runs over every generated operation, split
# into shard translation units.
#
# A TU that instantiates every operation's encoder or decoder is too big to build
# (one with every JSON and XML decoder took over 10 minutes and 10 GB with GCC 12;
# the request encoders and decoders of all operations over 17 GB with ASan). This
# writes SHARDS source files instead, each including the headers of about
# 1/SHARDS of the operations and calling one template of the caller's with their
# request types:
#
#   rdscodec_operation_shards(
#     DIR        <dir>              where shard_<k>.cpp and shards.hpp are written
#     NAMESPACE  <ns>               C++ namespace of the shard functions and of `shards`
#     SHARDS     <n>
#     INCLUDE    <header>           included by each shard (quoted or <>), defines FUNCTION
#     FUNCTION   <name>             template <class... Requests> RETURN name(PARAMS)
#     RETURN     <type>             e.g. bool
#     PARAMS     <declaration>      e.g. "std::string_view action, std::string& out"
#     ARGS       <expression list>  e.g. "action, out"
#     [PREAMBLE  <text>]            included before the declarations in shards.hpp
#     [HEADERS   <h>...]            operation headers (rdscodec/rds/x.hpp); default: every
#                                   operation the generated registry lists
#     SOURCES    <var>)             set to the list of shard sources
#
# shards.hpp declares `RETURN shard_<k>(PARAMS)` for each k, `using shard_fn = ...`
# and `inline constexpr shard_fn shards[] = {...}` in NAMESPACE; a program tries
# the shards in turn (for example until one reports that it knew the action).
# Operations go to shards in registry order, so a shard holds a contiguous run
# of action names.
function(rdscodec_operation_shards)
  cmake_parse_arguments(S "" "DIR;NAMESPACE;SHARDS;INCLUDE;FUNCTION;RETURN;PARAMS;ARGS;PREAMBLE;SOURCES"
                        "HEADERS" ${ARGN})
  foreach(_req DIR NAMESPACE SHARDS INCLUDE FUNCTION RETURN PARAMS ARGS SOURCES)
    if(NOT DEFINED S_${_req})
      message(FATAL_ERROR "rdscodec_operation_shards: ${_req} is required")
    endif()
  endforeach()
  if(NOT S_HEADERS)
    set(_registry "${PROJECT_SOURCE_DIR}/include/rdscodec/rds/registry.hpp")
    set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${_registry}")
    file(STRINGS "${_registry}" _lines REGEX "^#include <rdscodec/rds/[a-z0-9_]+\\.hpp>$")
    foreach(_l IN LISTS _lines)
      string(REGEX REPLACE "^#include <(.*)>$" "\\1" _h "${_l}")
      list(APPEND S_HEADERS "${_h}")
    endforeach()
  endif()
  list(LENGTH S_HEADERS _count)
  if(_count EQUAL 0)
    message(FATAL_ERROR "rdscodec_operation_shards: no operation headers")
  endif()
  if(S_INCLUDE MATCHES "^<")
    set(_impl "#include ${S_INCLUDE}")
  else()
    set(_impl "#include \"${S_INCLUDE}\"")
  endif()
  set(_sources "")
  set(_decls "")
  set(_names "")
  foreach(_k RANGE 1 ${S_SHARDS})
    set(_inc "")
    set(_ops "")
    set(_i 0)
    foreach(_h IN LISTS S_HEADERS)
      math(EXPR _slot "${_i} * ${S_SHARDS} / ${_count} + 1")
      if(_slot EQUAL _k)
        get_filename_component(_ns "${_h}" NAME_WE)
        string(APPEND _inc "#include <${_h}>\n")
        if(_ops)
          string(APPEND _ops ",\n    ")
        endif()
        string(APPEND _ops "rdscodec::rds::${_ns}::request")
      endif()
      math(EXPR _i "${_i} + 1")
    endforeach()
    if(NOT _ops)
      message(FATAL_ERROR "rdscodec_operation_shards: more shards (${S_SHARDS}) than operations (${_count})")
    endif()
    file(CONFIGURE OUTPUT "${S_DIR}/shard_${_k}.cpp" CONTENT "// written by cmake/RdscodecShards.cmake
${_inc}${_impl}
#include \"shards.hpp\"
${S_RETURN} ${S_NAMESPACE}::shard_${_k}(${S_PARAMS}) {
  return ${S_FUNCTION}<
    ${_ops}>(${S_ARGS});
}
" @ONLY)
    list(APPEND _sources "${S_DIR}/shard_${_k}.cpp")
    string(APPEND _decls "${S_RETURN} shard_${_k}(${S_PARAMS});\n")
    list(APPEND _names "shard_${_k}")
  endforeach()
  list(JOIN _names ", " _names)
  file(CONFIGURE OUTPUT "${S_DIR}/shards.hpp" CONTENT "// written by cmake/RdscodecShards.cmake
#pragma once
${S_PREAMBLE}
namespace ${S_NAMESPACE} {
${_decls}using shard_fn = ${S_RETURN} (*)(${S_PARAMS});
inline constexpr shard_fn shards[] = {${_names}};
}  // namespace ${S_NAMESPACE}
" @ONLY)
  set(${S_SOURCES} "${_sources}" PARENT_SCOPE)
endfunction()
