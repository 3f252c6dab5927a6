#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace swb::widgets {

// Asks where to save a file, starting in the folder used last time (kept in
// QSettings, so the notes' gne.html and baidu-index.html land side by side).
class SaveFileChooser final
{
    Q_DECLARE_TR_FUNCTIONS(swb::widgets::SaveFileChooser)
public:
    // Empty when the user cancels.
    static QString choose(QWidget *parent, const QString &title, const QString &suggestedName);
    static QString lastFolder();
    static void rememberFolder(const QString &filePath);
};

} // namespace swb::widgets
