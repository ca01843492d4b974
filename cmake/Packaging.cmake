# What `cmake --install` and the Debian package (CPack) put on a machine:
#   bin/alliancecalc, share/alliancecalc/{templates,AllianceCalc.oxt},
#   the man page and the bash completion (made from the tool's --help), and, in
#   the Debian package only, the extension unpacked into the office's folder of
#   bundled extensions, so that every user's LibreOffice has it.
include(GNUInstallDirs)

set(ALLIANCE_CLI_DOCS "${PROJECT_BINARY_DIR}/cli-docs")
add_custom_command(
  OUTPUT "${ALLIANCE_CLI_DOCS}/alliancecalc.1" "${ALLIANCE_CLI_DOCS}/alliancecalc.bash"
  COMMAND "${CMAKE_COMMAND}" -E make_directory "${ALLIANCE_CLI_DOCS}"
  COMMAND "${Python3_EXECUTABLE}" "${PROJECT_SOURCE_DIR}/scripts/make_cli_docs.py"
          "$<TARGET_FILE:alliancecalc>" "${PROJECT_VERSION}"
          "${ALLIANCE_CLI_DOCS}/alliancecalc.1" "${ALLIANCE_CLI_DOCS}/alliancecalc.bash"
  DEPENDS alliancecalc "${PROJECT_SOURCE_DIR}/scripts/make_cli_docs.py"
  COMMENT "Making the man page and the bash completion of alliancecalc"
  VERBATIM)
add_custom_target(alliance_cli_docs ALL
  DEPENDS "${ALLIANCE_CLI_DOCS}/alliancecalc.1" "${ALLIANCE_CLI_DOCS}/alliancecalc.bash")

# The package unpacked, as the office keeps a bundled extension.
set(ALLIANCE_BUNDLED "${PROJECT_BINARY_DIR}/bundled/alliancecalc")
add_custom_command(
  OUTPUT "${ALLIANCE_BUNDLED}/description.xml"
  COMMAND "${CMAKE_COMMAND}" -E rm -rf "${ALLIANCE_BUNDLED}"
  COMMAND "${CMAKE_COMMAND}" -E make_directory "${ALLIANCE_BUNDLED}"
  COMMAND "${CMAKE_COMMAND}" -E chdir "${ALLIANCE_BUNDLED}" "${CMAKE_COMMAND}" -E tar xf
          "${ALLIANCE_OXT}"
  DEPENDS alliance_oxt "${ALLIANCE_OXT}"
  COMMENT "Unpacking the extension for the Debian package"
  VERBATIM)
add_custom_target(alliance_bundled ALL DEPENDS "${ALLIANCE_BUNDLED}/description.xml")

install(DIRECTORY "${PROJECT_SOURCE_DIR}/templates/"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/alliancecalc/templates"
        FILES_MATCHING PATTERN "*.fods")
install(FILES "${ALLIANCE_OXT}" DESTINATION "${CMAKE_INSTALL_DATADIR}/alliancecalc")
install(FILES "${ALLIANCE_CLI_DOCS}/alliancecalc.1" DESTINATION "${CMAKE_INSTALL_MANDIR}/man1")
install(FILES "${ALLIANCE_CLI_DOCS}/alliancecalc.bash"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/bash-completion/completions" RENAME alliancecalc)
# Outside the prefix, so only when asked for (the Debian package asks for it):
#   cmake --install build --component office_extension
cmake_path(GET LO_PROGRAM_DIR PARENT_PATH ALLIANCE_LO_DIR)
install(DIRECTORY "${ALLIANCE_BUNDLED}/" DESTINATION "${ALLIANCE_LO_DIR}/share/extensions/alliancecalc"
        COMPONENT office_extension EXCLUDE_FROM_ALL)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME alliancecalc)
set(CPACK_PACKAGE_VENDOR "AllianceCalc contributors")
set(CPACK_PACKAGE_CONTACT "AllianceCalc contributors <maintainers@alliancecalc.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "alliance scorecards for LibreOffice Calc, and a batch tool")
set(CPACK_PACKAGE_DESCRIPTION
    "AllianceCalc adds alliance scorecard functions, a partner sidebar and templates to\n"
    "LibreOffice Calc, for every user of the office. The alliancecalc command scores a\n"
    "portfolio workbook, checks it, compares account lists and makes quarterly business\n"
    "review workbooks and PDFs, on a headless LibreOffice.")
string(REPLACE ";" "" CPACK_PACKAGE_DESCRIPTION "${CPACK_PACKAGE_DESCRIPTION}")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_COMPONENTS_ALL Unspecified office_extension)
set(CPACK_COMPONENTS_GROUPING ALL_COMPONENTS_IN_ONE)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION office)
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "libreoffice-calc (>= 4:7.4), libc6 (>= 2.34), libstdc++6 (>= 12), zlib1g")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://alliancecalc.org/")
include(CPack)
