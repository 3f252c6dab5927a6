#include "widgets/lessonpane.h"

#include <QEvent>
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

void LessonPane::setLesson(const net::LessonInfo &lesson)
{
    m_lesson = lesson;
    refresh();
}

void LessonPane::setLanguage(const QString &language)
{
    m_language = language;
    refresh();
}

QString LessonPane::title() const
{
    return net::LessonInfo::pick(m_lesson.title, m_language);
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
    const QString explanation = net::LessonInfo::pick(m_lesson.explanation, m_language);
    QString html = QStringLiteral("<h2>%1</h2>").arg(title().toHtmlEscaped());
    for (const QString &paragraph : explanation.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        html += QStringLiteral("<p>%1</p>").arg(paragraph.toHtmlEscaped());
    if (!m_lesson.python.isEmpty()) {
        html += QStringLiteral("<h3>%1</h3><pre style=\"background:#f4f4f4;\">%2</pre>")
                    .arg(tr("The same in Python (from the notes)").toHtmlEscaped(),
                         m_lesson.python.toHtmlEscaped());
    }
    m_browser->setHtml(html);
}

void LessonPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QWidget::changeEvent(event);
}

} // namespace swb::widgets
