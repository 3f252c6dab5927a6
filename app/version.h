#pragma once

#include <QString>

namespace swb::app {

// What --version and the About box show: the project version from CMake and,
// when the build came from a git checkout, the commit, so a bug report names
// the exact sources. (The HTTP headers keep the plain SWB_VERSION.)
class Version final
{
public:
    // "0.1.0 (commit 1a2b3c4d5e6f)", or "0.1.0" without a commit.
    static QString text();
    // The abbreviated commit, empty when the build had none.
    static QString commit();
};

} // namespace swb::app
