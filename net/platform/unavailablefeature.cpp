#include "net/platform/unavailablefeature.h"

namespace swb::net {

QString UnavailableFeature::about(const QString &what)
{
    return tr("%1: not available on this system").arg(what);
}

} // namespace swb::net
