#include "app/version.h"

// Written at configure time by app/CMakeLists.txt; only this file depends on it,
// so a new commit recompiles one file, not the project.
#include "swb_commit.h"

namespace swb::app {

QString Version::commit()
{
    return QStringLiteral(SWB_COMMIT);
}

QString Version::text()
{
    const QString version = QStringLiteral(SWB_VERSION);
    return commit().isEmpty() ? version : QStringLiteral("%1 (commit %2)").arg(version, commit());
}

} // namespace swb::app
