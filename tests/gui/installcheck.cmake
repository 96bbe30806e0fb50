# Installs the build into a scratch prefix (as `cmake --install build --prefix ~/.local` does)
# and checks that the desktop files are there and valid:
#   cmake -DBUILD_DIR=... -DPREFIX=... -DDESKTOP_FILE_VALIDATE=... -DAPPSTREAMCLI=... -P installcheck.cmake
# Fails when a file is missing or a validator finds a problem (or is not installed:
# scripts/bootstrap installs desktop-file-utils and appstream).
set(app_id io.github.deploydeck.DeployDeck)
foreach(var BUILD_DIR PREFIX)
    if(NOT ${var})
        message(FATAL_ERROR "installcheck: ${var} is not set")
    endif()
endforeach()
foreach(tool DESKTOP_FILE_VALIDATE APPSTREAMCLI)
    if(NOT ${tool} OR NOT EXISTS "${${tool}}")
        message(FATAL_ERROR "installcheck: ${tool} is missing; run scripts/bootstrap")
    endif()
endforeach()

file(REMOVE_RECURSE "${PREFIX}")
execute_process(COMMAND ${CMAKE_COMMAND} --install "${BUILD_DIR}" --prefix "${PREFIX}"
                RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "cmake --install failed:\n${output}")
endif()

set(expected
    bin/deploydeck
    share/applications/${app_id}.desktop
    share/metainfo/${app_id}.metainfo.xml
    share/icons/hicolor/scalable/apps/${app_id}.svg)
foreach(file ${expected})
    if(NOT EXISTS "${PREFIX}/${file}")
        message(FATAL_ERROR "not installed: ${file}\n${output}")
    endif()
endforeach()
if(NOT IS_DIRECTORY "${PREFIX}/bin" OR IS_DIRECTORY "${PREFIX}/bin/deploydeck")
    message(FATAL_ERROR "the binary is not at bin/deploydeck")
endif()
file(READ "${PREFIX}/share/icons/hicolor/scalable/apps/${app_id}.svg" icon LIMIT 4096)
if(NOT icon MATCHES "<svg")
    message(FATAL_ERROR "the installed icon is not an SVG")
endif()

execute_process(COMMAND "${DESKTOP_FILE_VALIDATE}" "${PREFIX}/share/applications/${app_id}.desktop"
                RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
# desktop-file-validate exits 0 on hints too; an "error:" line is a failure.
if(NOT result EQUAL 0 OR output MATCHES "error:")
    message(FATAL_ERROR "desktop-file-validate:\n${output}")
endif()
execute_process(COMMAND "${APPSTREAMCLI}" validate --no-net
                        "${PREFIX}/share/metainfo/${app_id}.metainfo.xml"
                RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "appstreamcli validate:\n${output}")
endif()
file(REMOVE_RECURSE "${PREFIX}")
message(STATUS "installed and valid: ${expected}")
