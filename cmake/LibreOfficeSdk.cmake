# The LibreOffice SDK pipeline: IDL -> types .rdb (unoidl-write) -> C++ headers
# (cppumaker), and an interface target carrying the SDK's compile and link flags.

set(LO_PROGRAM_DIR "/usr/lib/libreoffice/program" CACHE PATH "LibreOffice program directory")
set(LO_SDK_DIR "/usr/lib/libreoffice/sdk" CACHE PATH "LibreOffice SDK directory")

find_program(LO_UNOIDL_WRITE unoidl-write PATHS "${LO_SDK_DIR}/bin" NO_DEFAULT_PATH REQUIRED)
find_program(LO_CPPUMAKER cppumaker PATHS "${LO_SDK_DIR}/bin" NO_DEFAULT_PATH REQUIRED)
find_program(LO_SOFFICE soffice PATHS "${LO_PROGRAM_DIR}" NO_DEFAULT_PATH REQUIRED)
find_program(LO_UNOPKG unopkg PATHS "${LO_PROGRAM_DIR}" NO_DEFAULT_PATH REQUIRED)
set(LO_TYPES_RDB "${LO_PROGRAM_DIR}/types.rdb")
set(LO_OFFAPI_RDB "${LO_PROGRAM_DIR}/types/offapi.rdb")
foreach(rdb IN ITEMS "${LO_TYPES_RDB}" "${LO_OFFAPI_RDB}")
  if(NOT EXISTS "${rdb}")
    message(FATAL_ERROR "LibreOffice type library ${rdb} not found: install libreoffice-dev")
  endif()
endforeach()

# Headers for the office's own types: Debian ships none, so generate them once.
set(LO_OFFICE_HEADERS_DIR "${CMAKE_BINARY_DIR}/gen/office")
add_custom_command(
  OUTPUT "${LO_OFFICE_HEADERS_DIR}/stamp"
  COMMAND "${CMAKE_COMMAND}" -E rm -rf "${LO_OFFICE_HEADERS_DIR}"
  COMMAND "${LO_CPPUMAKER}" -Gc "-O${LO_OFFICE_HEADERS_DIR}" "${LO_TYPES_RDB}" "${LO_OFFAPI_RDB}"
  COMMAND "${CMAKE_COMMAND}" -E touch "${LO_OFFICE_HEADERS_DIR}/stamp"
  DEPENDS "${LO_TYPES_RDB}" "${LO_OFFAPI_RDB}"
  COMMENT "Generating C++ headers for the office types"
  VERBATIM)
add_custom_target(lo_office_headers DEPENDS "${LO_OFFICE_HEADERS_DIR}/stamp")

add_library(lo_uno INTERFACE)
add_library(LibreOffice::uno ALIAS lo_uno)
add_dependencies(lo_uno lo_office_headers)
target_include_directories(lo_uno SYSTEM INTERFACE "${LO_OFFICE_HEADERS_DIR}" "${LO_SDK_DIR}/include")
target_compile_definitions(lo_uno INTERFACE LINUX UNX GCC CPPU_ENV=gcc3)
target_link_directories(lo_uno INTERFACE "${LO_SDK_DIR}/lib")
target_link_libraries(lo_uno INTERFACE uno_cppuhelpergcc3 uno_cppu uno_sal)

# alliance_uno_types(<target> RDB <out.rdb> IDL <files...> TYPES <type names...>)
# Compiles IDL files into a types .rdb and generates headers for the listed types.
function(alliance_uno_types target)
  cmake_parse_arguments(ARG "" "RDB" "IDL;TYPES" ${ARGN})
  set(header_dir "${CMAKE_CURRENT_BINARY_DIR}/gen/${target}")
  set(type_args)
  foreach(type IN LISTS ARG_TYPES)
    list(APPEND type_args "-T${type}")
  endforeach()
  add_custom_command(
    OUTPUT "${ARG_RDB}"
    COMMAND "${LO_UNOIDL_WRITE}" "${LO_TYPES_RDB}" "${LO_OFFAPI_RDB}" ${ARG_IDL} "${ARG_RDB}"
    DEPENDS ${ARG_IDL}
    COMMENT "Compiling ${target} IDL"
    VERBATIM)
  add_custom_command(
    OUTPUT "${header_dir}/stamp"
    COMMAND "${CMAKE_COMMAND}" -E rm -rf "${header_dir}"
    COMMAND "${LO_CPPUMAKER}" -Gc "-O${header_dir}" ${type_args} "-X${LO_TYPES_RDB}"
            "-X${LO_OFFAPI_RDB}" "${ARG_RDB}"
    COMMAND "${CMAKE_COMMAND}" -E touch "${header_dir}/stamp"
    DEPENDS "${ARG_RDB}"
    COMMENT "Generating C++ headers for ${target}"
    VERBATIM)
  add_custom_target(${target}_gen DEPENDS "${header_dir}/stamp" "${ARG_RDB}")
  add_library(${target} INTERFACE)
  add_dependencies(${target} ${target}_gen)
  target_include_directories(${target} SYSTEM INTERFACE "${header_dir}")
  target_link_libraries(${target} INTERFACE LibreOffice::uno)
endfunction()

# alliance_uno_component(<target> SOURCES ... LIBRARIES ...): a UNO component
# module loaded by the office: hidden symbols, no undefined ones, no RPATH.
function(alliance_uno_component target)
  cmake_parse_arguments(ARG "" "OUTPUT_NAME" "SOURCES;LIBRARIES" ${ARGN})
  add_library(${target} MODULE ${ARG_SOURCES})
  target_link_libraries(${target} PRIVATE ${ARG_LIBRARIES})
  target_link_options(${target} PRIVATE -Wl,--no-undefined -Wl,--as-needed)
  set_target_properties(${target} PROPERTIES
    PREFIX ""
    OUTPUT_NAME "${ARG_OUTPUT_NAME}"
    SUFFIX ".uno.so"
    SKIP_BUILD_RPATH ON)
endfunction()
