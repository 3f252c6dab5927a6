# Who ships the package and where the project lives: the .deb's Maintainer and
# Homepage, the metainfo's URLs (screenshots are the ones in docs/), the changelog.
set(SWB_APPSTREAM_ID io.github.socketworkbench.SocketWorkbench)
set(SWB_HOMEPAGE "https://github.com/socketworkbench/socket-workbench")
set(SWB_RAW_FILES "https://raw.githubusercontent.com/socketworkbench/socket-workbench/main")
set(SWB_MAINTAINER "Socket Workbench maintainers <maintainers@users.noreply.h-seed-43f0bfae.example>")

# The version has one source, project() in the top CMakeLists.txt; --version, the
# About box, the .deb, the metainfo and the man pages all take it from there.
# This adds the commit the tree was configured from, when the sources are a git
# checkout of their own (a tarball, or a copy inside someone else's repository,
# has none). It is read at configure time: `make build` configures every time.
set(SWB_COMMIT "")
find_package(Git QUIET)
if(GIT_FOUND)
    execute_process(COMMAND ${GIT_EXECUTABLE} rev-parse --show-toplevel
        WORKING_DIRECTORY ${CMAKE_SOURCE_DIR} RESULT_VARIABLE swb_git_result
        OUTPUT_VARIABLE swb_git_top OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET)
    file(REAL_PATH "${CMAKE_SOURCE_DIR}" swb_source_real)
    if(swb_git_result EQUAL 0 AND EXISTS "${swb_git_top}")
        file(REAL_PATH "${swb_git_top}" swb_git_top)
    endif()
    if(swb_git_result EQUAL 0 AND swb_git_top STREQUAL swb_source_real)
        execute_process(COMMAND ${GIT_EXECUTABLE} rev-parse --short=12 HEAD
            WORKING_DIRECTORY ${CMAKE_SOURCE_DIR} RESULT_VARIABLE swb_git_result
            OUTPUT_VARIABLE SWB_COMMIT OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET)
        if(NOT swb_git_result EQUAL 0)
            set(SWB_COMMIT "")
        endif()
    endif()
endif()

# Debian's changelog wants the release date as RFC 2822 ("Tue, 08 Dec 2026 ...").
# string(TIMESTAMP) formats only "now" or SOURCE_DATE_EPOCH, so the date becomes
# an epoch first (days from the civil date, Howard Hinnant's algorithm).
function(swb_rfc2822_date iso_date out_var)
    string(REGEX MATCH "^([0-9]+)-([0-9]+)-([0-9]+)$" matched "${iso_date}")
    if(NOT matched)
        message(FATAL_ERROR "SWB_RELEASE_DATE must be YYYY-MM-DD, not '${iso_date}'")
    endif()
    math(EXPR y "${CMAKE_MATCH_1}")
    math(EXPR m "${CMAKE_MATCH_2}")
    math(EXPR d "${CMAKE_MATCH_3}")
    if(m LESS_EQUAL 2)
        math(EXPR y "${y} - 1")
    endif()
    math(EXPR era "${y} / 400")
    math(EXPR yoe "${y} - ${era} * 400")
    if(m GREATER 2)
        math(EXPR mp "${m} - 3")
    else()
        math(EXPR mp "${m} + 9")
    endif()
    math(EXPR doy "(153 * ${mp} + 2) / 5 + ${d} - 1")
    math(EXPR doe "${yoe} * 365 + ${yoe} / 4 - ${yoe} / 100 + ${doy}")
    math(EXPR epoch "(${era} * 146097 + ${doe} - 719468) * 86400")
    set(saved "$ENV{SOURCE_DATE_EPOCH}")
    set(ENV{SOURCE_DATE_EPOCH} ${epoch})
    string(TIMESTAMP formatted "%a, %d %b %Y %H:%M:%S +0000" UTC)
    if(saved STREQUAL "")
        unset(ENV{SOURCE_DATE_EPOCH})
    else()
        set(ENV{SOURCE_DATE_EPOCH} "${saved}")
    endif()
    set(${out_var} "${formatted}" PARENT_SCOPE)
endfunction()
