#include "widgets/common/savefilechooser.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace swb::widgets {

namespace {
const QString folderKey = QStringLiteral("http/saveFolder");
}

QString SaveFileChooser::lastFolder()
{
    const QString folder = QSettings().value(folderKey).toString();
    if (!folder.isEmpty() && QDir(folder).exists())
        return folder;
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

void SaveFileChooser::rememberFolder(const QString &filePath)
{
    QSettings().setValue(folderKey, QFileInfo(filePath).absolutePath());
}

QString SaveFileChooser::choose(QWidget *parent, const QString &title, const QString &suggestedName)
{
    const QString path =
        QFileDialog::getSaveFileName(parent, title, QDir(lastFolder()).filePath(suggestedName));
    if (!path.isEmpty())
        rememberFolder(path);
    return path;
}

} // namespace swb::widgets
