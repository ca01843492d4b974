# alliance_package_extension(<target>
#   OUTPUT <file.oxt>  COMPONENT <module target>  [EXTRA_COMPONENTS <module targets...>]
#   RDB <types.rdb>
#   DESCRIPTION <description.xml.in>  COMPONENTS <.components.in>
#   [CONFIGURATION <xcu files...>]  [FILES <dest=source ...>]
#   [GENERATORS <targets that produce the files above>])
# Stages the package and zips it. The shared library goes into a platform
# folder named by the .components file (@ALLIANCE_PLATFORM_DIR@); further
# component libraries (EXTRA_COMPONENTS) go beside it, and the .components file
# names them with $<TARGET_FILE_NAME:target>.
set(ALLIANCE_PLATFORM_DIR "Linux_x86_64")
set(ALLIANCE_EXTENSION_CMAKE_DIR "${CMAKE_CURRENT_LIST_DIR}")

function(alliance_package_extension target)
  cmake_parse_arguments(ARG "" "OUTPUT;COMPONENT;RDB;DESCRIPTION;COMPONENTS"
                        "CONFIGURATION;FILES;GENERATORS;EXTRA_COMPONENTS" ${ARGN})
  set(stage "${CMAKE_CURRENT_BINARY_DIR}/${target}-stage")
  get_filename_component(components_name "${ARG_COMPONENTS}" NAME_WLE)
  get_filename_component(rdb_name "${ARG_RDB}" NAME)

  set(COMPONENT_FILE "$<TARGET_FILE_NAME:${ARG_COMPONENT}>")
  set(manifest_entries "  <manifest:file-entry manifest:media-type=\"application/vnd.sun.star.uno-components\" manifest:full-path=\"${components_name}\"/>\n")
  string(APPEND manifest_entries "  <manifest:file-entry manifest:media-type=\"application/vnd.sun.star.uno-typelibrary;type=RDB\" manifest:full-path=\"${rdb_name}\"/>\n")
  set(staged "${stage}/META-INF/manifest.xml" "${stage}/description.xml" "${stage}/${components_name}"
             "${stage}/${rdb_name}" "${stage}/${ALLIANCE_PLATFORM_DIR}/${COMPONENT_FILE}")
  set(copy_commands
    COMMAND "${CMAKE_COMMAND}" -E copy "${ARG_RDB}" "${stage}/${rdb_name}"
    COMMAND "${CMAKE_COMMAND}" -E copy "$<TARGET_FILE:${ARG_COMPONENT}>"
            "${stage}/${ALLIANCE_PLATFORM_DIR}/$<TARGET_FILE_NAME:${ARG_COMPONENT}>"
    # Users get the code without its debug information; the build tree keeps it.
    COMMAND "${CMAKE_STRIP}" --strip-debug
            "${stage}/${ALLIANCE_PLATFORM_DIR}/$<TARGET_FILE_NAME:${ARG_COMPONENT}>")
  set(depends "${ARG_RDB}" ${ARG_COMPONENT} "${ARG_DESCRIPTION}" "${ARG_COMPONENTS}")
  foreach(module IN LISTS ARG_EXTRA_COMPONENTS)
    set(module_file "${ALLIANCE_PLATFORM_DIR}/$<TARGET_FILE_NAME:${module}>")
    list(APPEND copy_commands
      COMMAND "${CMAKE_COMMAND}" -E copy "$<TARGET_FILE:${module}>" "${stage}/${module_file}"
      COMMAND "${CMAKE_STRIP}" --strip-debug "${stage}/${module_file}")
    list(APPEND staged "${stage}/${module_file}")
    list(APPEND depends ${module})
  endforeach()
  foreach(xcu IN LISTS ARG_CONFIGURATION)
    get_filename_component(xcu_name "${xcu}" NAME)
    string(APPEND manifest_entries "  <manifest:file-entry manifest:media-type=\"application/vnd.sun.star.configuration-data\" manifest:full-path=\"${xcu_name}\"/>\n")
    list(APPEND copy_commands COMMAND "${CMAKE_COMMAND}" -E copy "${xcu}" "${stage}/${xcu_name}")
    list(APPEND staged "${stage}/${xcu_name}")
    list(APPEND depends "${xcu}")
  endforeach()
  foreach(pair IN LISTS ARG_FILES)
    string(REPLACE "=" ";" parts "${pair}")
    list(GET parts 0 dest)
    list(GET parts 1 source)
    list(APPEND copy_commands COMMAND "${CMAKE_COMMAND}" -E copy "${source}" "${stage}/${dest}")
    list(APPEND staged "${stage}/${dest}")
    list(APPEND depends "${source}")
  endforeach()

  set(MANIFEST_ENTRIES "${manifest_entries}")
  configure_file("${ALLIANCE_EXTENSION_CMAKE_DIR}/manifest.xml.in" "${stage}-conf/manifest.xml" @ONLY)
  configure_file("${ARG_DESCRIPTION}" "${stage}-conf/description.xml" @ONLY)
  configure_file("${ARG_COMPONENTS}" "${stage}-conf/${components_name}.in" @ONLY)
  # The .components file names the library, known only at generation time.
  file(GENERATE OUTPUT "${stage}-conf/${components_name}" INPUT "${stage}-conf/${components_name}.in")

  string(REPLACE "${stage}/" "" relative "${staged}")
  add_custom_command(
    OUTPUT "${ARG_OUTPUT}"
    COMMAND "${CMAKE_COMMAND}" -E rm -rf "${stage}"
    COMMAND "${CMAKE_COMMAND}" -E copy "${stage}-conf/manifest.xml" "${stage}/META-INF/manifest.xml"
    COMMAND "${CMAKE_COMMAND}" -E copy "${stage}-conf/description.xml" "${stage}/description.xml"
    COMMAND "${CMAKE_COMMAND}" -E copy "${stage}-conf/${components_name}" "${stage}/${components_name}"
    ${copy_commands}
    COMMAND "${CMAKE_COMMAND}" -E rm -f "${ARG_OUTPUT}"
    COMMAND "${CMAKE_COMMAND}" -E chdir "${stage}" "${CMAKE_COMMAND}" -E tar cf "${ARG_OUTPUT}" --format=zip ${relative}
    DEPENDS ${depends} "${stage}-conf/manifest.xml" "${stage}-conf/description.xml" "${stage}-conf/${components_name}"
    COMMENT "Packaging ${ARG_OUTPUT}"
    VERBATIM)
  add_custom_target(${target} ALL DEPENDS "${ARG_OUTPUT}")
  if(ARG_GENERATORS)
    add_dependencies(${target} ${ARG_GENERATORS})
  endif()
endfunction()
