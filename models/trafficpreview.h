#pragma once

#include "net/payload/textcodec.h"

#include <QByteArray>
#include <QString>

namespace swb::models {

// The one-line preview of a payload in the traffic table: decoded, control
// characters made visible (\r \n \t \xNN) so that nothing a peer sends can act
// on the display, and cut to a length.
class TrafficPreview final
{
public:
    static constexpr int defaultLength = 160;
    static QString make(const QByteArray &data, net::TextEncoding encoding,
                        int maxChars = defaultLength);
    // The same escaping for text that is already a string but may quote a
    // peer (a request line or status line in an info row): whole, not cut.
    static QString inert(const QString &text);
};

} // namespace swb::models
