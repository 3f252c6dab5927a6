#include "app/languagemanager.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace swb::app {

LanguageManager::LanguageManager(QObject *parent)
    : QObject(parent)
{
}

LanguageManager::~LanguageManager() = default;

QStringList LanguageManager::available()
{
    return {QStringLiteral("zh_CN"), QStringLiteral("en")};
}

bool LanguageManager::isAvailable(const QString &language)
{
    return available().contains(language);
}

QString LanguageManager::systemDefault()
{
    return QLocale::system().language() == QLocale::Chinese ? QStringLiteral("zh_CN")
                                                            : QStringLiteral("en");
}

QString LanguageManager::startLanguage(const QStringList &arguments)
{
    // The forms QCommandLineParser accepts: --lang X and --lang=X.
    const QString option = QStringLiteral("--lang");
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--"))
            break;
        QString value;
        if (argument == option && i + 1 < arguments.size())
            value = arguments.at(i + 1);
        else if (argument.startsWith(option + QLatin1Char('=')))
            value = argument.mid(option.size() + 1);
        if (isAvailable(value))
            return value;
    }
    const QString saved = QSettings().value(QStringLiteral("language")).toString();
    return isAvailable(saved) ? saved : systemDefault();
}

QString LanguageManager::displayName()
{
    return tr("Socket Workbench");
}

bool LanguageManager::setLanguage(const QString &language)
{
    if (!isAvailable(language))
        return false;
    if (language == m_language)
        return true;
    // Remove the old pair first: the newest installed translator wins lookups.
    for (QTranslator *old : {m_app, m_qt}) {
        if (old) {
            QCoreApplication::removeTranslator(old);
            delete old;
        }
    }
    m_app = new QTranslator(this);
    if (m_app->load(QStringLiteral(":/i18n/socket-workbench_%1.qm").arg(language)))
        QCoreApplication::installTranslator(m_app);
    m_qt = new QTranslator(this);
    if (m_qt->load(QStringLiteral("qtbase_%1").arg(language),
                   QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(m_qt);
    m_language = language;
    QLocale::setDefault(QLocale(language));
    // Qt appends the display name to every window title that does not end in it;
    // a console start (help, option errors) has no windows and no QGuiApplication.
    if (qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        QGuiApplication::setApplicationDisplayName(displayName());
    emit languageChanged(language);
    return true;
}

} // namespace swb::app
