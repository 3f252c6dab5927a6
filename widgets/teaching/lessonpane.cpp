#include "widgets/teaching/lessonpane.h"

#include "course/lessons/lessonguide.h"
#include "widgets/teaching/lessonhtml.h"

#include <QEvent>
#include <QScrollBar>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace swb::widgets {

LessonPane::LessonPane(QWidget *parent)
    : QWidget(parent)
    , m_browser(new QTextBrowser(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_browser);
    m_browser->setOpenExternalLinks(false);
    refresh();
}

void LessonPane::setLesson(const course::LessonInfo &lesson)
{
    m_lesson = lesson;
    m_portsTable = false;
    m_items.clear();
    m_done = false;
    refresh();
}

void LessonPane::setProgress(const QList<course::LessonCheck::Item> &items, bool done, bool generic)
{
    m_items = items;
    m_done = done;
    m_generic = generic;
    refresh();
}

void LessonPane::showPortsTable()
{
    m_lesson = course::LessonInfo();
    m_lesson.id = course::LessonGuides::portsTableId();
    if (const auto guide = course::LessonGuides::find(m_lesson.id))
        m_lesson.title = guide->title;
    m_portsTable = true;
    m_items.clear();
    m_done = false;
    refresh();
}

void LessonPane::setLanguage(const QString &language)
{
    m_language = language;
    refresh();
}

QString LessonPane::title() const
{
    return course::LessonInfo::pick(m_lesson.title, m_language);
}

QString LessonPane::html() const
{
    return m_browser->toHtml();
}

void LessonPane::refresh()
{
    if (m_lesson.id.isEmpty()) {
        m_browser->setHtml(QStringLiteral("<p>%1</p>")
                               .arg(tr("Open a lesson from the Lessons menu. Each lesson starts "
                                       "its servers at the ports of the notes and explains what "
                                       "to do and what to watch for.")
                                        .toHtmlEscaped()));
        return;
    }
    // Progress updates arrive while the student reads: keep the place.
    const int scroll = m_browser->verticalScrollBar()->value();
    m_browser->setHtml(m_portsTable
                           ? LessonHtml::portsTable(m_language, palette())
                           : LessonHtml::lesson(m_lesson, m_language,
                                                LessonHtml::Progress{m_items, m_done, m_generic},
                                                palette()));
    m_browser->verticalScrollBar()->setValue(scroll);
}

void LessonPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::PaletteChange)
        refresh();
    QWidget::changeEvent(event);
}

} // namespace swb::widgets
