#include "widgets/teaching/lessonhtml.h"

#include "course/lessons/lessonguide.h"

#include <QRegularExpression>

namespace swb::widgets {

namespace {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

QString boxStyle(const QPalette &palette)
{
    return QStringLiteral("background:%1; color:%2;")
        .arg(palette.color(QPalette::AlternateBase).name(), palette.color(QPalette::Text).name());
}

// "Goal: ..." / "目标：..." opens most lessons' explanations.
QString goalOf(const QString &paragraph)
{
    static const QRegularExpression goal(QStringLiteral("^(Goal:|目标：|目标:)\\s*"));
    const QRegularExpressionMatch m = goal.match(paragraph);
    return m.hasMatch() ? paragraph.mid(m.capturedLength()) : QString();
}

} // namespace

QString LessonHtml::progressHtml(const Progress &progress, const QPalette &palette)
{
    const bool dark = isDark(palette);
    if (progress.done) {
        return QStringLiteral("<table width=\"100%\" cellpadding=\"6\" style=\"background:%1; color:%2;\">"
                              "<tr><td><b>\u2713 %3</b></td></tr></table>")
            .arg(dark ? QStringLiteral("#1e4d2b") : QStringLiteral("#e3f4e8"),
                 dark ? QStringLiteral("#d6f5df") : QStringLiteral("#0b4a1f"),
                 tr("Done: everything this lesson asks for has happened.").toHtmlEscaped());
    }
    QString html = QStringLiteral("<table width=\"100%\" cellpadding=\"6\" style=\"%1\"><tr><td>")
                       .arg(boxStyle(palette));
    html += QStringLiteral("<b>%1</b>").arg(
        (progress.generic ? tr("Self-check (general)") : tr("Self-check")).toHtmlEscaped());
    for (const course::LessonCheck::Item &item : progress.items) {
        const QString count = item.need > 1 ? QStringLiteral(" (%1/%2)").arg(item.have).arg(item.need)
                                            : QString();
        html += QStringLiteral("<br>%1 %2%3")
                    .arg(item.done() ? QStringLiteral("\u2713") : QStringLiteral("\u25cb"),
                         item.text.toHtmlEscaped(), count);
    }
    html += QStringLiteral("</td></tr></table>");
    return html;
}

QString LessonHtml::goal(const course::LessonInfo &lesson, const QString &language)
{
    const QStringList paragraphs = course::LessonInfo::pick(lesson.explanation, language)
                                       .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    const QString fromExplanation = paragraphs.isEmpty() ? QString() : goalOf(paragraphs.first());
    if (!fromExplanation.isEmpty())
        return fromExplanation;
    const auto guide = course::LessonGuides::find(lesson.id);
    return guide ? course::LessonInfo::pick(guide->goal, language) : QString();
}

QString LessonHtml::lesson(const course::LessonInfo &lesson, const QString &language,
                           const Progress &progress, const QPalette &palette)
{
    const auto guide = course::LessonGuides::find(lesson.id);
    QString html = QStringLiteral("<h2>%1</h2>")
                       .arg(course::LessonInfo::pick(lesson.title, language).toHtmlEscaped());
    const QStringList paragraphs = course::LessonInfo::pick(lesson.explanation, language)
                                       .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    const int bodyStart = paragraphs.isEmpty() || goalOf(paragraphs.first()).isEmpty() ? 0 : 1;
    const QString goalText = goal(lesson, language);
    if (!goalText.isEmpty())
        html += QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("Goal:").toHtmlEscaped(), goalText.toHtmlEscaped());
    html += progressHtml(progress, palette);

    // Numbered paragraphs are the steps; the others are told as they come.
    static const QRegularExpression step(QStringLiteral("^\\d+\\.\\s*"));
    bool inSteps = false;
    bool stepsTitled = false;
    for (int i = bodyStart; i < paragraphs.size(); ++i) {
        const QString p = paragraphs.at(i).trimmed();
        const QRegularExpressionMatch m = step.match(p);
        if (m.hasMatch()) {
            if (!inSteps) {
                if (!stepsTitled)
                    html += QStringLiteral("<h3>%1</h3>").arg(tr("Steps").toHtmlEscaped());
                html += QStringLiteral("<ol>");
                inSteps = stepsTitled = true;
            }
            html += QStringLiteral("<li>%1</li>").arg(p.mid(m.capturedLength()).toHtmlEscaped());
            continue;
        }
        if (inSteps) {
            html += QStringLiteral("</ol>");
            inSteps = false;
        }
        if (p.startsWith(QLatin1String("- ")))
            html += QStringLiteral("<p>\u2022 %1</p>").arg(p.mid(2).toHtmlEscaped());
        else
            html += QStringLiteral("<p>%1</p>").arg(p.toHtmlEscaped());
    }
    if (inSteps)
        html += QStringLiteral("</ol>");
    if (guide && !guide->watchFor(language).isEmpty()) {
        html += QStringLiteral("<h3>%1</h3><ul>").arg(tr("Watch for").toHtmlEscaped());
        for (const QString &item : guide->watchFor(language))
            html += QStringLiteral("<li>%1</li>").arg(item.toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    const QString python = course::LessonInfo::pick(lesson.python, language);
    if (!python.isEmpty()) {
        html += QStringLiteral("<h3>%1</h3><pre style=\"%2\">%3</pre>")
                    .arg(tr("The same in Python (from the notes)").toHtmlEscaped(), boxStyle(palette),
                         python.toHtmlEscaped());
    }
    return html;
}

QString LessonHtml::portsTable(const QString &language, const QPalette &palette)
{
    const auto guide = course::LessonGuides::find(course::LessonGuides::portsTableId());
    QString html = QStringLiteral("<h2>%1</h2>")
                       .arg(guide ? course::LessonInfo::pick(guide->title, language).toHtmlEscaped()
                                  : tr("Well-known ports").toHtmlEscaped());
    if (guide)
        html += QStringLiteral("<p>%1</p>").arg(course::LessonInfo::pick(guide->goal, language).toHtmlEscaped());
    const QString head = QStringLiteral("background:%1; color:%2;")
                             .arg(palette.color(QPalette::Button).name(),
                                  palette.color(QPalette::ButtonText).name());
    html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"5\" "
                           "style=\"border-color:%1;\"><tr style=\"%2\"><th>%3</th><th>%4</th>"
                           "<th>%5</th><th>%6</th></tr>")
                .arg(palette.color(QPalette::Mid).name(), head, tr("Protocol").toHtmlEscaped(),
                     tr("Used for").toHtmlEscaped(), tr("Port").toHtmlEscaped(),
                     tr("Python modules").toHtmlEscaped());
    for (const course::WellKnownPort &row : course::LessonGuides::wellKnownPorts()) {
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td><td align=\"right\">%3</td>"
                               "<td><code>%4</code></td></tr>")
                    .arg(row.protocol.toHtmlEscaped(),
                         course::LessonInfo::pick(row.use, language).toHtmlEscaped())
                    .arg(row.port)
                    .arg(row.modules.toHtmlEscaped());
    }
    html += QStringLiteral("</table>");
    if (guide) {
        html += QStringLiteral("<ul>");
        for (const QString &note : guide->watchFor(language))
            html += QStringLiteral("<li>%1</li>").arg(note.toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    return html;
}

} // namespace swb::widgets
