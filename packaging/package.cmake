# `make install` and `make package`: the executable (resources, lessons and
# translations are compiled into it), the desktop entry, icons, metainfo and
# manual pages (resources/CMakeLists.txt), and here the package's own documents
# and the Debian package built by CPack.
set(swb_doc_dir ${CMAKE_INSTALL_DATADIR}/doc/socket-workbench)
install(FILES ${CMAKE_CURRENT_LIST_DIR}/copyright DESTINATION ${swb_doc_dir})

# A native Debian package carries its changelog, compressed.
swb_rfc2822_date(${SWB_RELEASE_DATE} SWB_RELEASE_RFC2822)
if(SWB_COMMIT)
    set(SWB_CHANGELOG_COMMIT ${SWB_COMMIT})
else()
    set(SWB_CHANGELOG_COMMIT "(unknown: not a git checkout)")
endif()
set(swb_changelog ${CMAKE_BINARY_DIR}/packaging/changelog)
configure_file(${CMAKE_CURRENT_LIST_DIR}/changelog.in ${swb_changelog} @ONLY)
add_custom_command(OUTPUT ${swb_changelog}.gz
    COMMAND ${GZIP_EXECUTABLE} -9 -n -c ${swb_changelog} > ${swb_changelog}.gz
    DEPENDS ${swb_changelog}
    COMMENT "Compressing the package changelog")
add_custom_target(swb_changelog ALL DEPENDS ${swb_changelog}.gz)
install(FILES ${swb_changelog}.gz DESTINATION ${swb_doc_dir})

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME socket-workbench)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "Socket Workbench maintainers")
set(CPACK_PACKAGE_CONTACT "${SWB_MAINTAINER}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "learn and debug socket programming with TCP, UDP and HTTP")
# Lines under 80 columns: the extended description is shown as written.
set(CPACK_PACKAGE_DESCRIPTION
    "Socket Workbench starts TCP servers and clients, UDP endpoints, local
(AF_UNIX) sockets and HTTP clients side by side, sends text or bytes, and
shows every byte that passes in a traffic table and a sequence diagram.

It is made for teaching: built-in lessons set up the servers and clients of
an exercise, an error coach explains what went wrong and what to try, and
the whole interface can be zoomed for a projector. The interface is in
English and Chinese.")
# The package is built from the install tree: /usr, stripped (the debug
# information of a RelWithDebInfo build would triple its size).
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION net)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE ${SWB_HOMEPAGE})
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${SWB_MAINTAINER}")
# dpkg-shlibdeps computes the libraries the executable links; what Qt loads as
# plugins it cannot see: the SVG plugin draws the window icon.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6svg6")
# The Chinese interface needs a CJK font; Qt's own dialogs need its translations.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "fonts-noto-cjk, qt6-translations-l10n")
# Files 0644, directories and the executable 0755, whatever the builder's umask.
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
# CPack also makes a source tarball (cmake --build build --target package_source):
# the sources without build folders.
set(CPACK_SOURCE_GENERATOR TGZ)
set(CPACK_SOURCE_IGNORE_FILES "/\\.git/" "/\\.git$" "/build[^/]*/")
include(CPack)
