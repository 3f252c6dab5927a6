#pragma once

#include <QStringList>

namespace swb::app {

// The options every Qt application takes (-platform offscreen, -style Fusion,
// -reverse, ...). Our own options are parsed before QApplication exists, so
// that --help and --list-lessons need no display; Qt's must then be set aside
// for QApplication, which reads them from argv itself.
class QtOptions final
{
public:
    // The arguments without Qt's options and their values (the program name stays first).
    static QStringList withoutQtOptions(const QStringList &arguments);
    static bool takesValue(const QString &argument);
    static bool isQtOption(const QString &argument);
};

} // namespace swb::app
