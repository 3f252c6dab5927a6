#include "widgets/teaching/sequencepainter.h"

#include "models/colourcontrast.h"

#include "models/sequencemodel.h"

#include <QDateTime>
#include <QImage>
#include <QPainter>
#include <QPainterPath>
#include <QSvgGenerator>

#include <algorithm>
#include <cmath>

namespace swb::widgets {

using models::SequenceArrow;
using models::SequenceLane;
using models::SequenceModel;

SequencePainter::SequencePainter(const SequenceModel &model, const QFont &font,
                                 const QPalette &palette)
    : m_model(model)
    , m_font(font)
    , m_metrics(font)
    , m_palette(palette)
{
    const int line = m_metrics.height();
    m_header = line * 2 + line;
    m_row = line * 2 + line / 3;
    m_time = m_metrics.horizontalAdvance(QStringLiteral("00:00:00.000")) + line;
    // Room for "127.0.0.1:54321" and a little air.
    m_lane = m_metrics.horizontalAdvance(QString(18, QLatin1Char('0')));
}

int SequencePainter::contentWidth() const
{
    return m_time + m_model.laneCount() * m_lane;
}

QColor SequencePainter::colourFor(const SequenceArrow &arrow) const
{
    // A pair for light and for dark bases, lifted to the theme's contrast.
    const auto pick = [this](const QColor &onDark, const QColor &onLight) {
        return models::ColourContrast::onBase(onLight, onDark, m_palette);
    };
    if (arrow.reset)
        return pick(QColor(0xff, 0x8a, 0x80), QColor(0xb7, 0x1c, 0x1c));
    switch (arrow.kind) {
    case SequenceArrow::Kind::Connect:
    case SequenceArrow::Kind::Accept:
        return pick(QColor(0x8a, 0xb4, 0xf8), QColor(0x1a, 0x4f, 0xa8));
    case SequenceArrow::Kind::Close:
    case SequenceArrow::Kind::Listen:
        return pick(QColor(0xb0, 0xb0, 0xb0), QColor(0x55, 0x55, 0x55));
    case SequenceArrow::Kind::Error:
        return pick(QColor(0xff, 0x8a, 0x80), QColor(0xb7, 0x1c, 0x1c));
    case SequenceArrow::Kind::Data:
        break;
    }
    return m_palette.color(QPalette::Text);
}

QString SequencePainter::laneTitle(const SequenceLane &lane) const
{
    switch (lane.kind) {
    case SequenceLane::Kind::Outside: return tr("outside the app");
    case SequenceLane::Kind::Overflow: return tr("%1: more").arg(lane.title);
    case SequenceLane::Kind::Connection: return tr("\u21c4 %1").arg(lane.address);
    default: return lane.title;
    }
}

QString SequencePainter::laneSubtitle(const SequenceLane &lane) const
{
    switch (lane.kind) {
    case SequenceLane::Kind::Listener: return lane.address;
    case SequenceLane::Kind::Connection: return lane.title;
    case SequenceLane::Kind::Overflow: return tr("more connections");
    default: return lane.address;
    }
}

QString SequencePainter::arrowText(const SequenceArrow &arrow) const
{
    switch (arrow.kind) {
    case SequenceArrow::Kind::Listen: return tr("listen %1").arg(arrow.label);
    case SequenceArrow::Kind::Connect: return tr("connect");
    case SequenceArrow::Kind::Accept: return tr("accept %1").arg(arrow.label);
    case SequenceArrow::Kind::Data: return tr("%n byte(s)  %1", "", int(arrow.bytes)).arg(arrow.label);
    case SequenceArrow::Kind::Close:
        if (arrow.reset)
            return tr("reset (RST): %1").arg(arrow.label);
        return arrow.label.isEmpty() ? tr("close") : tr("close: %1").arg(arrow.label);
    case SequenceArrow::Kind::Error: return tr("\u2717 %1").arg(arrow.label);
    }
    return QString();
}

void SequencePainter::paintHeader(QPainter &painter, int scrollX, int width) const
{
    painter.save();
    painter.setFont(m_font);
    painter.fillRect(QRect(0, 0, width, m_header), m_palette.color(QPalette::Window));
    const int line = m_metrics.height();
    painter.setPen(m_palette.color(QPalette::WindowText));
    painter.drawText(QRect(line / 2, 0, m_time - line / 2, m_header), Qt::AlignLeft | Qt::AlignVCenter,
                     tr("Time"));
    QFont bold = m_font;
    bold.setBold(true);
    for (int column = 0; column < m_model.laneCount(); ++column) {
        const SequenceLane &lane = m_model.laneAt(column);
        const QRect box(m_time + column * m_lane + 3 - scrollX, line / 3, m_lane - 6, m_header - line * 2 / 3);
        if (box.right() < 0 || box.left() > width)
            continue;
        painter.setPen(m_palette.color(QPalette::Mid));
        painter.setBrush(lane.kind == SequenceLane::Kind::Outside ? m_palette.color(QPalette::Window)
                                                                   : m_palette.color(QPalette::Base));
        painter.drawRoundedRect(box, 4, 4);
        painter.setPen(m_palette.color(QPalette::Text));
        const QRect top(box.left() + 4, box.top() + 2, box.width() - 8, line);
        // Panels' names in bold; a connection's or a peer's address is long, so plain.
        const bool named = lane.kind != SequenceLane::Kind::Connection
            && lane.kind != SequenceLane::Kind::Outside;
        painter.setFont(named ? bold : m_font);
        painter.drawText(top, Qt::AlignCenter,
                         QFontMetrics(painter.font())
                             .elidedText(laneTitle(lane), Qt::ElideRight, top.width()));
        painter.setFont(m_font);
        const QRect bottom = top.translated(0, line);
        painter.drawText(bottom, Qt::AlignCenter,
                         m_metrics.elidedText(laneSubtitle(lane), Qt::ElideMiddle, bottom.width()));
    }
    painter.setPen(m_palette.color(QPalette::Mid));
    painter.drawLine(0, m_header - 1, width, m_header - 1);
    painter.restore();
}

void SequencePainter::paintRows(QPainter &painter, int first, int last, int top, int scrollX,
                                int width, int selected) const
{
    painter.save();
    painter.setFont(m_font);
    const int bottom = top + (last - first + 1) * m_row;
    if (selected >= first && selected <= last) {
        // A tint, not a solid bar: the arrow and its label stay in their colours.
        QColor tint = m_palette.color(QPalette::Highlight);
        tint.setAlpha(70);
        painter.fillRect(QRect(0, top + (selected - first) * m_row, width, m_row), tint);
    }
    // Lanes: solid while open, the lane's line ends in a dotted tail once closed.
    for (int column = 0; column < m_model.laneCount(); ++column) {
        const int x = laneX(column) - scrollX;
        if (x < 0 || x > width)
            continue;
        QPen pen(m_palette.color(QPalette::Mid), 1,
                 m_model.laneAt(column).closed ? Qt::DotLine : Qt::SolidLine);
        painter.setPen(pen);
        painter.drawLine(x, top, x, bottom);
    }
    const int line = m_metrics.height();
    for (int i = first; i <= last; ++i) {
        const SequenceArrow &arrow = m_model.arrow(i);
        const int y = top + (i - first) * m_row;
        painter.setPen(m_palette.color(QPalette::Text));
        painter.drawText(QRect(line / 2, y, m_time - line, m_row), Qt::AlignLeft | Qt::AlignVCenter,
                         QDateTime::fromMSecsSinceEpoch(arrow.timeMs).toString(QStringLiteral("HH:mm:ss.zzz")));
        paintArrow(painter, arrow, y, scrollX);
    }
    painter.restore();
}

void SequencePainter::paintArrow(QPainter &painter, const SequenceArrow &arrow, int y, int scrollX) const
{
    const int x1 = laneX(m_model.columnOf(arrow.from)) - scrollX;
    const int x2 = laneX(m_model.columnOf(arrow.to)) - scrollX;
    const int line = m_metrics.height();
    const int ay = y + m_row - line / 2 - 2; // the arrow under its label
    const QColor colour = colourFor(arrow);
    QPen pen(colour, std::max(1.5, line / 9.0));
    if (arrow.kind == SequenceArrow::Kind::Connect || arrow.kind == SequenceArrow::Kind::Close)
        pen.setStyle(Qt::DashLine);
    painter.setPen(pen);
    painter.setRenderHint(QPainter::Antialiasing, true);
    const QString text = arrowText(arrow);
    if (x1 == x2) {
        // A mark on one lane: listen, a server stopping, an error with no peer.
        const int r = line / 3;
        painter.setBrush(colour);
        painter.drawEllipse(QPoint(x1, ay), r, r);
        painter.setPen(colour);
        const QRect label(x1 + r + 4, y, m_lane * 2, m_row - line / 3);
        painter.drawText(label, Qt::AlignLeft | Qt::AlignVCenter,
                         m_metrics.elidedText(text, Qt::ElideRight, label.width()));
        return;
    }
    painter.drawLine(x1, ay, x2, ay);
    const int dir = x2 > x1 ? 1 : -1;
    const int head = std::max(6, line / 2);
    QPainterPath tip;
    tip.moveTo(x2, ay);
    tip.lineTo(x2 - dir * head, ay - head / 2);
    tip.lineTo(x2 - dir * head, ay + head / 2);
    tip.closeSubpath();
    painter.setPen(Qt::NoPen);
    painter.fillPath(tip, colour);
    painter.setPen(arrow.kind == SequenceArrow::Kind::Data ? m_palette.color(QPalette::Text) : colour);
    const int left = std::min(x1, x2) + head;
    const int span = std::max(std::abs(x2 - x1) - 2 * head, m_lane - 2 * head);
    const QRect label(left, y + 1, span, line + 2);
    painter.drawText(label, Qt::AlignLeft | Qt::AlignVCenter,
                     m_metrics.elidedText(text, Qt::ElideRight, label.width()));
}

void SequencePainter::paintAll(QPainter &painter, const SequenceModel &model, const QFont &font,
                               const QPalette &palette, QSize *size)
{
    const SequencePainter p(model, font, palette);
    const int count = model.arrowCount();
    const int first = std::max(0, count - maxExportedArrows);
    const int rows = count - first;
    const QSize total(std::max(p.contentWidth(), p.timeWidth() + p.laneWidth()),
                      p.headerHeight() + std::max(rows, 1) * p.rowHeight());
    if (size)
        *size = total;
    if (!painter.isActive())
        return;
    painter.fillRect(QRect(QPoint(0, 0), total), palette.color(QPalette::Base));
    p.paintHeader(painter, 0, total.width());
    if (rows > 0)
        p.paintRows(painter, first, count - 1, p.headerHeight(), 0, total.width(), -1);
}

QImage SequencePainter::renderImage(const SequenceModel &model, const QFont &font,
                                    const QPalette &palette)
{
    QSize size;
    QPainter none;
    paintAll(none, model, font, palette, &size);
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(palette.color(QPalette::Base));
    QPainter painter(&image);
    paintAll(painter, model, font, palette, nullptr);
    return image;
}

Result<void> SequencePainter::savePng(const SequenceModel &model, const QFont &font,
                                      const QPalette &palette, const QString &path)
{
    if (!renderImage(model, font, palette).save(path, "PNG"))
        return Failure{tr("Cannot write the image \"%1\".").arg(path)};
    return {};
}

Result<void> SequencePainter::saveSvg(const SequenceModel &model, const QFont &font,
                                      const QPalette &palette, const QString &path)
{
    QSize size;
    QPainter none;
    paintAll(none, model, font, palette, &size);
    QSvgGenerator svg;
    svg.setFileName(path);
    svg.setSize(size);
    svg.setViewBox(QRect(QPoint(0, 0), size));
    svg.setTitle(tr("Sequence diagram"));
    svg.setDescription(tr("Socket Workbench: the conversation of the traffic table."));
    QPainter painter;
    if (!painter.begin(&svg))
        return Failure{tr("Cannot write the drawing \"%1\".").arg(path)};
    paintAll(painter, model, font, palette, nullptr);
    painter.end();
    return {};
}

} // namespace swb::widgets
