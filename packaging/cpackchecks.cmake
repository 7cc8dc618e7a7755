# SPDX-License-Identifier: GPL-3.0-or-later
# Read by cpack for each generator (CPACK_PROJECT_CONFIG_FILE): a package installs into /usr, so the build
# must have been configured for /usr, or the D-Bus service would start a /usr/local/bin that is not there
# and the program would look for its modules in the wrong lib folder.
if(NOT CPACK_RC_CONFIGURED_PREFIX STREQUAL CPACK_PACKAGING_INSTALL_PREFIX)
    message(FATAL_ERROR "This build is configured for ${CPACK_RC_CONFIGURED_PREFIX}, the package installs into "
                        "${CPACK_PACKAGING_INSTALL_PREFIX}: configure it again with "
                        "-DCMAKE_INSTALL_PREFIX=${CPACK_PACKAGING_INSTALL_PREFIX} "
                        "(scripts/package does).")
endif()
