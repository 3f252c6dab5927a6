#pragma once

#include <QList>
#include <QWidget>

class QAction;
class QTextBrowser;
class QUrl;

namespace swb::widgets {

// What the main area shows while nothing is open: every lesson with its
// one-line goal, the well-known ports view, and the menu actions that start
// something (open a workspace or a traffic file, add a panel). Links, so the
// page wraps and scrolls at any zoom. The actions are the menus' own: their
// words and shortcuts are the menus' too, and the window triggers them.
class StartPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StartPage)
public:
    explicit StartPage(QWidget *parent = nullptr);

    void setLanguage(const QString &language);
    void setFileActions(const QList<QAction *> &actions);
    void setPanelActions(const QList<QAction *> &actions);
    QString html() const;

signals:
    void lessonChosen(const QString &id);
    void actionChosen(QAction *action);

protected:
    void changeEvent(QEvent *event) override;

private:
    void watch(const QList<QAction *> &actions);
    void scheduleRefresh();
    void refresh();
    void follow(const QUrl &link);
    QString actionLinks(const QList<QAction *> &actions, int firstIndex) const;
    QString lessonRows() const;

    QTextBrowser *m_browser = nullptr;
    QList<QAction *> m_fileActions;
    QList<QAction *> m_panelActions;
    QString m_language = QStringLiteral("en");
    bool m_refreshPending = false;
};

} // namespace swb::widgets
