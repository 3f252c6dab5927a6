#pragma once

#include <QCoreApplication>
#include <QString>

namespace swb::net {

// A number with its noun, singular or plural as the language wants ("1 byte",
// "8 bytes"; Chinese has one form), the number in the locale's digits. Qt's
// %n takes an int; byte counts can pass 2^31, so the number goes in as %1.
class CountText final
{
    Q_DECLARE_TR_FUNCTIONS(swb::net::CountText)
public:
    // The n for tr(source, disambiguation, n) when the number itself goes in as %1.
    static int form(qint64 count);
    static QString bytes(qint64 count);
    static QString messages(qint64 count);
    static QString events(qint64 count);
};

} // namespace swb::net
