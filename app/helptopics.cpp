#include "app/helptopics.h"

#include "app/mainmenus.h"
#include "widgets/common/actiontext.h"
#include "widgets/common/helpdialog.h"

#include <QAction>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>

namespace swb::app {

HelpTopics::HelpTopics(QMainWindow *window, MainMenus *menus)
    : QObject(window)
    , m_window(window)
    , m_gettingStarted(new QAction(this))
    , m_shortcuts(new QAction(this))
{
    m_gettingStarted->setObjectName(QStringLiteral("gettingStarted"));
    m_gettingStarted->setShortcut(QKeySequence::HelpContents); // F1
    m_shortcuts->setObjectName(QStringLiteral("keyboardShortcuts"));
    m_shortcuts->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash));
    menus->helpMenu->insertActions(menus->about, {m_gettingStarted, m_shortcuts});
    menus->helpMenu->insertSeparator(menus->about);
    connect(m_gettingStarted, &QAction::triggered, this, &HelpTopics::showGettingStarted);
    connect(m_shortcuts, &QAction::triggered, this, &HelpTopics::showShortcuts);
    retranslate();
}

void HelpTopics::retranslate()
{
    m_gettingStarted->setText(tr("&Getting started"));
    m_shortcuts->setText(tr("&Keyboard shortcuts"));
}

widgets::HelpDialog *HelpTopics::showGettingStarted()
{
    if (!m_gettingStartedDialog) {
        m_gettingStartedDialog = new widgets::HelpDialog(
            [] { return tr("Getting started"); }, &HelpTopics::gettingStartedHtml, m_window);
        m_gettingStartedDialog->setObjectName(QStringLiteral("gettingStartedDialog"));
    }
    m_gettingStartedDialog->show();
    m_gettingStartedDialog->raise();
    m_gettingStartedDialog->activateWindow();
    return m_gettingStartedDialog;
}

widgets::HelpDialog *HelpTopics::showShortcuts()
{
    if (!m_shortcutsDialog) {
        const QMainWindow *window = m_window;
        m_shortcutsDialog = new widgets::HelpDialog(
            [] { return tr("Keyboard shortcuts"); }, [window] { return shortcutsHtml(window); },
            m_window);
        m_shortcutsDialog->setObjectName(QStringLiteral("shortcutsDialog"));
    }
    m_shortcutsDialog->show();
    m_shortcutsDialog->raise();
    m_shortcutsDialog->activateWindow();
    return m_shortcutsDialog;
}

QString HelpTopics::gettingStartedHtml()
{
    const QStringList steps{
        tr("<b>Open a lesson</b> from the start page or the Lessons menu. It starts the servers "
           "its exercise needs, on the ports of the notes, and the lesson pane on the right says "
           "what to do; its self-check ticks off what has happened."),
        tr("<b>Panels</b> are servers and clients: TCP, UDP, local sockets and HTTP (Panels "
           "menu). Start a server, connect a client, type in the send box and press Send."),
        tr("<b>The traffic table</b> in the middle lists every event of every panel: connections, "
           "bytes sent and received, errors. View \u25b8 Show the sequence diagram draws the "
           "same events over time; a panel's \u201cWhy?\u201d button opens the error coach."),
        tr("<b>Keep your work</b>: File \u25b8 Save workspace as keeps the panels and their "
           "settings; File \u25b8 Record traffic to disk keeps every byte; a session that ends "
           "unexpectedly is recovered at the next start."),
        tr("<b>In class</b>: the View menu zooms, switches themes and starts presentation mode "
           "for a projector; F9 collapses the lesson pane to the window's edge to give the "
           "panels its width."),
    };
    QString html = QStringLiteral("<h2>%1</h2><p>%2</p><ol>")
                       .arg(tr("Getting started").toHtmlEscaped(),
                            tr("Socket Workbench shows what sockets do, byte by byte, while you "
                               "learn socket programming.")
                                .toHtmlEscaped());
    for (const QString &step : steps)
        html += QStringLiteral("<li><p>%1</p></li>").arg(step);
    html += QStringLiteral("</ol><p>%1</p>")
                .arg(tr("Help \u25b8 Keyboard shortcuts lists every shortcut.").toHtmlEscaped());
    return html;
}

QString HelpTopics::shortcutRows(const QMenu *menu, const QString &path)
{
    QString rows;
    for (const QAction *action : menu->actions()) {
        if (action->isSeparator() || !action->isVisible())
            continue;
        const QString text = widgets::ActionText::plain(action);
        if (const QMenu *sub = action->menu()) {
            rows += shortcutRows(sub, path + QStringLiteral(" \u25b8 ") + text);
            continue;
        }
        const QString keys = widgets::ActionText::shortcuts(action);
        if (keys.isEmpty())
            continue;
        rows += QStringLiteral("<tr><td>%1</td><td><b>%2</b></td></tr>")
                    .arg((path + QStringLiteral(" \u25b8 ") + text).toHtmlEscaped(),
                         keys.toHtmlEscaped());
    }
    return rows;
}

QString HelpTopics::shortcutsHtml(const QMainWindow *window)
{
    QString html = QStringLiteral("<h2>%1</h2><table cellpadding=\"4\" cellspacing=\"0\">"
                                  "<tr><th align=\"left\">%2</th><th align=\"left\">%3</th></tr>")
                       .arg(tr("Keyboard shortcuts").toHtmlEscaped(), tr("Menu command").toHtmlEscaped(),
                            tr("Keys").toHtmlEscaped());
    for (const QAction *action : window->menuBar()->actions()) {
        if (const QMenu *menu = action->menu())
            html += shortcutRows(menu, widgets::ActionText::plain(menu->title()));
    }
    html += QStringLiteral("</table>");
    return html;
}

} // namespace swb::app
