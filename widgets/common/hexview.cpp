#include "widgets/common/hexview.h"

#include <QClipboard>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QPainter>
#include <QScrollBar>

namespace swb::widgets {

namespace {

// Column layout of one line, the same as `hexdump -C` so that what learners
// see here matches what they see in a terminal:
// "00000010  68 65 6c 6c 6f 0d 0a 00  01 02 03 04 05 06 07 08  |hello...........|"
constexpr int offsetChars = 8;
constexpr int hexChars = HexView::bytesPerLine * 3; // "xx " per byte, minus the last space, plus the mid gap
constexpr int asciiStart = offsetChars + 2 + hexChars + 2;
constexpr int lineChars = asciiStart + HexView::bytesPerLine + 2;

// Copying is for pasting into a chat or a bug report; tens of megabytes of
// dump text would only stall the clipboard, so copy stops here.
constexpr qsizetype copyLimit = qsizetype(1) << 20;

constexpr int marginPx = 4;

constexpr char hexDigits[] = "0123456789abcdef";

} // namespace

HexView::HexView(QWidget *parent)
    : QAbstractScrollArea(parent)
{
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setFocusPolicy(Qt::StrongFocus);
    // Scroll bars count lines, not pixels: a pixel range for a payload of
    // hundreds of megabytes would overflow an int.
    verticalScrollBar()->setSingleStep(1);
    updateScrollBars();
}

void HexView::setBytes(const QByteArray &bytes)
{
    m_bytes = bytes;
    verticalScrollBar()->setValue(0);
    horizontalScrollBar()->setValue(0);
    updateScrollBars();
    viewport()->update();
}

int HexView::lineCount() const
{
    return int((m_bytes.size() + bytesPerLine - 1) / bytesPerLine);
}

QString HexView::lineText(int line) const
{
    if (line < 0 || line >= lineCount())
        return QString();
    const qsizetype start = qsizetype(line) * bytesPerLine;
    const int count = int(qMin<qsizetype>(bytesPerLine, m_bytes.size() - start));
    const char *data = m_bytes.constData() + start;

    QString text;
    text.reserve(lineChars);
    text += QString::number(start, 16).rightJustified(offsetChars, QLatin1Char('0'));
    text += QLatin1String("  ");
    for (int i = 0; i < bytesPerLine; ++i) {
        if (i == bytesPerLine / 2)
            text += QLatin1Char(' ');
        if (i < count) {
            const auto byte = uchar(data[i]);
            text += QLatin1Char(hexDigits[byte >> 4]);
            text += QLatin1Char(hexDigits[byte & 0x0f]);
        } else {
            // Pad the last line so its ASCII column lines up with the others.
            text += QLatin1String("  ");
        }
        if (i + 1 < bytesPerLine)
            text += QLatin1Char(' ');
    }
    text += QLatin1String("  |");
    for (int i = 0; i < count; ++i) {
        const auto byte = uchar(data[i]);
        text += (byte >= 0x20 && byte <= 0x7e) ? QLatin1Char(char(byte)) : QLatin1Char('.');
    }
    text += QLatin1Char('|');
    return text;
}

void HexView::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event)
    QPainter painter(viewport());
    const QFontMetrics metrics(font());
    const int lineHeight = metrics.height();
    const int first = verticalScrollBar()->value();
    const int last = qMin(lineCount(), first + viewport()->height() / lineHeight + 2);
    const int x = marginPx - horizontalScrollBar()->value();
    // The offset column is painted dimmer: it is an address, not data.
    const int dataX = x + metrics.horizontalAdvance(QString(offsetChars, QLatin1Char('0')));
    const QColor offsetColor = palette().color(QPalette::PlaceholderText);
    const QColor textColor = palette().color(QPalette::Text);

    for (int line = first; line < last; ++line) {
        const int baseline = marginPx + (line - first) * lineHeight + metrics.ascent();
        const QString text = lineText(line);
        painter.setPen(offsetColor);
        painter.drawText(x, baseline, text.left(offsetChars));
        painter.setPen(textColor);
        painter.drawText(dataX, baseline, text.mid(offsetChars));
    }
}

void HexView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBars();
}

void HexView::keyPressEvent(QKeyEvent *event)
{
    QScrollBar *bar = verticalScrollBar();
    if (event->matches(QKeySequence::Copy)) {
        const int lines = int(qMin<qsizetype>(lineCount(),
                                              (copyLimit + bytesPerLine - 1) / bytesPerLine));
        QString text;
        text.reserve(qsizetype(lines) * (lineChars + 1));
        for (int line = 0; line < lines; ++line) {
            text += lineText(line);
            text += QLatin1Char('\n');
        }
        QGuiApplication::clipboard()->setText(text);
        event->accept();
        return;
    }
    switch (event->key()) {
    case Qt::Key_Home:
        bar->triggerAction(QAbstractSlider::SliderToMinimum);
        break;
    case Qt::Key_End:
        bar->triggerAction(QAbstractSlider::SliderToMaximum);
        break;
    case Qt::Key_PageUp:
        bar->triggerAction(QAbstractSlider::SliderPageStepSub);
        break;
    case Qt::Key_PageDown:
        bar->triggerAction(QAbstractSlider::SliderPageStepAdd);
        break;
    default:
        QAbstractScrollArea::keyPressEvent(event);
        return;
    }
    event->accept();
}

void HexView::updateScrollBars()
{
    const QFontMetrics metrics(font());
    const int lineHeight = qMax(1, metrics.height());
    const int pageLines = qMax(1, (viewport()->height() - 2 * marginPx) / lineHeight);
    QScrollBar *vertical = verticalScrollBar();
    vertical->setPageStep(pageLines);
    vertical->setRange(0, qMax(0, lineCount() - pageLines));

    const int lineWidth = metrics.horizontalAdvance(QString(lineChars, QLatin1Char('0')))
        + 2 * marginPx;
    QScrollBar *horizontal = horizontalScrollBar();
    horizontal->setSingleStep(qMax(1, metrics.horizontalAdvance(QLatin1Char('0'))));
    horizontal->setPageStep(qMax(1, viewport()->width()));
    horizontal->setRange(0, qMax(0, lineWidth - viewport()->width()));
}

} // namespace swb::widgets
