#include "widgets/teaching/startpage.h"

#include "course/lessons/lessoncatalog.h"
#include "course/lessons/lessonguide.h"
#include "widgets/common/actiontext.h"
#include "widgets/teaching/lessonhtml.h"

#include <QAction>
#include <QEvent>
#include <QScrollBar>
#include <QTextBrowser>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

namespace swb::widgets {

namespace {

const QString LessonScheme = QStringLiteral("lesson");
const QString ActionScheme = QStringLiteral("action");

QString lessonLink(const QString &id, const QString &title)
{
    return QStringLiteral("<a href=\"%1:%2\"><b>%3</b></a>")
        .arg(LessonScheme, id.toHtmlEscaped(), title.toHtmlEscaped());
}

} // namespace

StartPage::StartPage(QWidget *parent)
    : QWidget(parent)
    , m_browser(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("startPage"));
    m_browser->setObjectName(QStringLiteral("startPageText"));
    m_browser->setOpenLinks(false);
    m_browser->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_browser);
    connect(m_browser, &QTextBrowser::anchorClicked, this, &StartPage::follow);
    refresh();
}

void StartPage::setLanguage(const QString &language)
{
    m_language = language;
    refresh();
}

void StartPage::setFileActions(const QList<QAction *> &actions)
{
    m_fileActions = actions;
    watch(actions);
    refresh();
}

void StartPage::setPanelActions(const QList<QAction *> &actions)
{
    m_panelActions = actions;
    watch(actions);
    refresh();
}

QString StartPage::html() const
{
    return m_browser->toHtml();
}

void StartPage::watch(const QList<QAction *> &actions)
{
    // The menus retranslate their actions on their own time: follow them.
    for (QAction *action : actions)
        connect(action, &QAction::changed, this, &StartPage::scheduleRefresh);
}

void StartPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::PaletteChange)
        scheduleRefresh();
    QWidget::changeEvent(event);
}

void StartPage::scheduleRefresh()
{
    if (m_refreshPending)
        return;
    m_refreshPending = true;
    QTimer::singleShot(0, this, [this] {
        m_refreshPending = false;
        refresh();
    });
}

QString StartPage::actionLinks(const QList<QAction *> &actions, int firstIndex) const
{
    QStringList links;
    for (int i = 0; i < actions.size(); ++i) {
        const QAction *action = actions.at(i);
        QString link = QStringLiteral("<a href=\"%1:%2\">%3</a>")
                           .arg(ActionScheme)
                           .arg(firstIndex + i)
                           .arg(ActionText::plain(action).toHtmlEscaped());
        const QString keys = ActionText::shortcuts(action);
        if (!keys.isEmpty())
            link += QStringLiteral("&nbsp;(%1)").arg(keys.toHtmlEscaped());
        links << QStringLiteral("<li>%1</li>").arg(link);
    }
    return QStringLiteral("<ul>%1</ul>").arg(links.join(QString()));
}

QString StartPage::lessonRows() const
{
    QString html = QStringLiteral("<ol>");
    for (const course::LessonCatalog::Entry &entry : course::LessonCatalog::all()) {
        if (!entry.workspace.lesson)
            continue;
        const course::LessonInfo &lesson = *entry.workspace.lesson;
        html += QStringLiteral("<li>%1<br><i>%2</i> %3</li>")
                    .arg(lessonLink(entry.id, course::LessonInfo::pick(lesson.title, m_language)),
                         tr("Goal:").toHtmlEscaped(),
                         LessonHtml::goal(lesson, m_language).toHtmlEscaped());
    }
    html += QStringLiteral("</ol>");
    const QString portsId = course::LessonGuides::portsTableId();
    if (const auto ports = course::LessonGuides::find(portsId)) {
        html += QStringLiteral("<p>%1<br>%2</p>")
                    .arg(lessonLink(portsId, course::LessonInfo::pick(ports->title, m_language)),
                         course::LessonInfo::pick(ports->goal, m_language).toHtmlEscaped());
    }
    return html;
}

void StartPage::refresh()
{
    const int scroll = m_browser->verticalScrollBar()->value();
    QString html = QStringLiteral("<h2>%1</h2><p>%2</p>")
                       .arg(tr("Welcome to Socket Workbench").toHtmlEscaped(),
                            tr("Nothing is open yet. Start with a lesson, or add a panel and try "
                               "things on your own. Help \u25b8 Getting started explains the "
                               "window.")
                                .toHtmlEscaped());
    // The lessons, the heart of a class, on the left; what starts from scratch beside them.
    html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"6\"><tr>"
                           "<td width=\"62%\" valign=\"top\"><h3>%1</h3>%2</td>"
                           "<td valign=\"top\">")
                .arg(tr("Open a lesson").toHtmlEscaped(), lessonRows());
    if (!m_panelActions.isEmpty()) {
        html += QStringLiteral("<h3>%1</h3>").arg(tr("Add a panel").toHtmlEscaped());
        html += actionLinks(m_panelActions, int(m_fileActions.size()));
    }
    if (!m_fileActions.isEmpty()) {
        html += QStringLiteral("<h3>%1</h3>").arg(tr("Open a file").toHtmlEscaped());
        html += actionLinks(m_fileActions, 0);
    }
    html += QStringLiteral("</td></tr></table>");
    m_browser->setHtml(html);
    m_browser->verticalScrollBar()->setValue(scroll);
}

void StartPage::follow(const QUrl &link)
{
    if (link.scheme() == LessonScheme) {
        emit lessonChosen(link.path());
        return;
    }
    if (link.scheme() != ActionScheme)
        return;
    bool ok = false;
    const int index = link.path().toInt(&ok);
    if (!ok)
        return;
    if (index >= 0 && index < m_fileActions.size())
        emit actionChosen(m_fileActions.at(index));
    else if (const int panel = index - int(m_fileActions.size()); panel >= 0 && panel < m_panelActions.size())
        emit actionChosen(m_panelActions.at(panel));
}

} // namespace swb::widgets
