# The tests that run in LibreOffice 25.2 (Debian 13) as well as in the host's 7.4:
# scripts/debian13-root.sh makes a Debian 13 root in the build folder and runs a
# test inside it, with the source and build trees at their own paths. Making the
# root needs root (debootstrap, chroot, mount namespaces), as CI has.
execute_process(COMMAND id -u OUTPUT_VARIABLE ALLIANCE_UID OUTPUT_STRIP_TRAILING_WHITESPACE)
if(ALLIANCE_UID STREQUAL "0")
  set(ALLIANCE_NEWEST_OFFICE_DEFAULT ON)
else()
  set(ALLIANCE_NEWEST_OFFICE_DEFAULT OFF)
endif()
option(ALLIANCE_TEST_NEWEST_OFFICE
  "Also run the integration and window tests in LibreOffice 25.2, in a Debian 13 root (needs root)"
  ${ALLIANCE_NEWEST_OFFICE_DEFAULT})
set(ALLIANCE_DEBIAN13_ROOT "${PROJECT_BINARY_DIR}/debian13" CACHE PATH
  "The Debian 13 root with LibreOffice 25.2 for the tests")
set(ALLIANCE_DEBIAN13 bash "${PROJECT_SOURCE_DIR}/scripts/debian13-root.sh")
# Prefix of a test COMMAND that runs the rest of the command in the Debian 13 root.
set(ALLIANCE_IN_DEBIAN13 ${ALLIANCE_DEBIAN13} run "${ALLIANCE_DEBIAN13_ROOT}")
set(ALLIANCE_TEST_PROFILE_LO25 "${PROJECT_BINARY_DIR}/test-profile-lo25")
