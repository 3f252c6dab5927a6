#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

class QTranslator;

namespace swb::app {

// Installs the translators for our strings and Qt's own (dialog buttons), and
// swaps them at run time; every widget then gets QEvent::LanguageChange.
class LanguageManager final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LanguageManager)
public:
    explicit LanguageManager(QObject *parent = nullptr);
    ~LanguageManager() override;

    static QStringList available(); // "zh_CN", "en"
    static bool isAvailable(const QString &language);
    // zh_CN when the system locale is Chinese, else en.
    static QString systemDefault();
    // What a start uses: --lang from the arguments, else the saved choice, else
    // systemDefault(). Needs no application object: it runs before the options are parsed.
    static QString startLanguage(const QStringList &arguments);
    // The application's name in the current language; Qt adds it to window titles.
    static QString displayName();

    QString language() const { return m_language; }
    bool setLanguage(const QString &language);

signals:
    void languageChanged(const QString &language);

private:
    QString m_language;
    QTranslator *m_app = nullptr;
    QTranslator *m_qt = nullptr;
};

} // namespace swb::app
