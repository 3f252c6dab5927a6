#pragma once

#include <QCoreApplication>
#include <QString>

namespace swb::net {

// The one sentence a user reads where this system lacks what a feature needs
// (a -DSWB_PORTABLE=ON build, or a port to a system without /proc).
class UnavailableFeature final
{
    Q_DECLARE_TR_FUNCTIONS(swb::net::UnavailableFeature)
public:
    // "<what>: not available on this system"
    static QString about(const QString &what);
};

} // namespace swb::net
