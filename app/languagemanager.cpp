#include "app/languagemanager.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
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
    emit languageChanged(language);
    return true;
}

} // namespace swb::app
