# Script mode (cmake -P): install a configured rdscodec build tree into a
# fresh prefix, so files deleted from the sources do not linger between runs.
#   cmake -DBUILD_DIR=<build dir> -DPREFIX=<prefix> -P install_tree.cmake
foreach(_var IN ITEMS BUILD_DIR PREFIX)
  if(NOT ${_var})
    message(FATAL_ERROR "install_tree.cmake: -D${_var}=... is required")
  endif()
endforeach()

file(REMOVE_RECURSE "${PREFIX}")
set(_config_args "")
if(CONFIG)
  set(_config_args --config "${CONFIG}")
endif()
execute_process(
  COMMAND "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix "${PREFIX}" ${_config_args}
  RESULT_VARIABLE _result)
if(NOT _result EQUAL 0)
  message(FATAL_ERROR "cmake --install ${BUILD_DIR} --prefix ${PREFIX} failed: ${_result}")
endif()
