#include "widgets/teaching/sequencediagram.h"

#include "models/sequencemodel.h"
#include "widgets/teaching/sequencepainter.h"

#include <QAction>
#include <QEvent>
#include <QFileDialog>
#include <QHelpEvent>
#include <QMessageBox>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>

namespace swb::widgets {

SequenceDiagram::SequenceDiagram(models::SequenceModel *model, QWidget *parent)
    : QAbstractScrollArea(parent)
    , m_model(model)
{
    setObjectName(QStringLiteral("SequenceDiagram"));
    viewport()->setBackgroundRole(QPalette::Base);
    viewport()->setAutoFillBackground(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    connect(m_model, &models::SequenceModel::arrowsAdded, this, &SequenceDiagram::onArrowsAdded);
    connect(m_model, &models::SequenceModel::arrowsRemoved, this, &SequenceDiagram::onArrowsRemoved);
    // New lanes come with new arrows: follow them the same way.
    connect(m_model, &models::SequenceModel::lanesChanged, this, &SequenceDiagram::onArrowsAdded);
    connect(m_model, &models::SequenceModel::modelReset, this, [this] {
        m_selected = -1;
        updateScrollBars();
        verticalScrollBar()->setValue(verticalScrollBar()->maximum());
        viewport()->update();
    });
    updateScrollBars();
}

void SequenceDiagram::updateScrollBars()
{
    const SequencePainter p(*m_model, font(), palette());
    const int visibleHeight = std::max(0, viewport()->height() - p.headerHeight());
    const qint64 content = qint64(m_model->arrowCount()) * p.rowHeight();
    verticalScrollBar()->setRange(0, int(std::min<qint64>(INT_MAX / 2, std::max<qint64>(0, content - visibleHeight))));
    verticalScrollBar()->setPageStep(visibleHeight);
    verticalScrollBar()->setSingleStep(p.rowHeight());
    horizontalScrollBar()->setRange(0, std::max(0, p.contentWidth() - viewport()->width()));
    horizontalScrollBar()->setPageStep(viewport()->width());
    horizontalScrollBar()->setSingleStep(p.laneWidth() / 4);
}

void SequenceDiagram::onArrowsAdded()
{
    QScrollBar *bar = verticalScrollBar();
    const bool follow = bar->value() >= bar->maximum();
    updateScrollBars();
    if (follow)
        bar->setValue(bar->maximum());
    viewport()->update();
}

void SequenceDiagram::onArrowsRemoved(int count)
{
    // The rows moved up by `count`; keep the same arrows in view.
    const SequencePainter p(*m_model, font(), palette());
    m_selected = m_selected >= count ? m_selected - count : -1;
    verticalScrollBar()->setValue(verticalScrollBar()->value() - count * p.rowHeight());
    updateScrollBars();
    viewport()->update();
}

int SequenceDiagram::arrowAt(const QPoint &point) const
{
    const SequencePainter p(*m_model, font(), palette());
    if (point.y() < p.headerHeight())
        return -1;
    const qint64 y = qint64(point.y()) - p.headerHeight() + verticalScrollBar()->value();
    const qint64 index = y / p.rowHeight();
    return index >= 0 && index < m_model->arrowCount() ? int(index) : -1;
}

QPoint SequenceDiagram::arrowCentre(int arrow) const
{
    const SequencePainter p(*m_model, font(), palette());
    const int y = p.headerHeight() + arrow * p.rowHeight() - verticalScrollBar()->value()
        + p.rowHeight() / 2;
    return QPoint(std::min(viewport()->width() / 2, p.contentWidth() / 2), y);
}

void SequenceDiagram::select(int arrow)
{
    if (arrow == m_selected)
        return;
    m_selected = arrow;
    viewport()->update();
}

void SequenceDiagram::showRow(int row)
{
    const int arrow = m_model->arrowForRow(row);
    select(arrow);
    if (arrow < 0)
        return;
    const SequencePainter p(*m_model, font(), palette());
    const int top = arrow * p.rowHeight();
    const int visible = viewport()->height() - p.headerHeight();
    QScrollBar *bar = verticalScrollBar();
    if (top < bar->value() || top + p.rowHeight() > bar->value() + visible)
        bar->setValue(top - visible / 2);
}

void SequenceDiagram::mousePressEvent(QMouseEvent *event)
{
    const int arrow = arrowAt(event->position().toPoint());
    if (arrow < 0) {
        QAbstractScrollArea::mousePressEvent(event);
        return;
    }
    event->accept();
    select(arrow);
    const int row = m_model->sourceRow(arrow);
    if (row >= 0)
        emit rowActivated(row);
}

bool SequenceDiagram::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        // The whole label, which the arrow may have had to cut short.
        auto *help = static_cast<QHelpEvent *>(event);
        const int arrow = arrowAt(help->pos());
        if (arrow >= 0) {
            const SequencePainter p(*m_model, font(), palette());
            QToolTip::showText(help->globalPos(), p.arrowText(m_model->arrow(arrow)), viewport());
        } else {
            QToolTip::hideText();
        }
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

void SequenceDiagram::paintEvent(QPaintEvent *)
{
    QPainter painter(viewport());
    const SequencePainter p(*m_model, font(), palette());
    const int width = viewport()->width();
    const int scrollX = horizontalScrollBar()->value();
    const int scrollY = verticalScrollBar()->value();
    const int count = m_model->arrowCount();
    if (count > 0) {
        const int first = std::min(count - 1, scrollY / p.rowHeight());
        const int last = std::min(count - 1,
                                  (scrollY + viewport()->height() - p.headerHeight()) / p.rowHeight());
        const int top = p.headerHeight() + first * p.rowHeight() - scrollY;
        painter.setClipRect(QRect(0, p.headerHeight(), width, viewport()->height()));
        p.paintRows(painter, first, last, top, scrollX, width, m_selected);
        painter.setClipping(false);
    } else {
        painter.setPen(palette().color(QPalette::Text));
        painter.drawText(viewport()->rect().adjusted(0, p.headerHeight(), 0, 0), Qt::AlignCenter | Qt::TextWordWrap,
                         tr("The conversation appears here as it happens: start a server, "
                            "connect a client and send something."));
    }
    p.paintHeader(painter, scrollX, width);
}

void SequenceDiagram::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBars();
}

void SequenceDiagram::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::PaletteChange
        || event->type() == QEvent::LanguageChange) {
        // Rows change height with the font: stay at the bottom if following.
        onArrowsAdded();
    }
    QAbstractScrollArea::changeEvent(event);
}

Result<void> SequenceDiagram::exportPng(const QString &path) const
{
    return SequencePainter::savePng(*m_model, font(), palette(), path);
}

Result<void> SequenceDiagram::exportSvg(const QString &path) const
{
    return SequencePainter::saveSvg(*m_model, font(), palette(), path);
}

void SequenceDiagram::chooseExportFile()
{
    QString filter;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export sequence diagram"), QStringLiteral("sequence.svg"),
        tr("SVG drawing (*.svg);;PNG image (*.png)"), &filter);
    if (path.isEmpty())
        return;
    const bool png = path.endsWith(QLatin1String(".png"), Qt::CaseInsensitive);
    const Result<void> exported = png ? exportPng(path) : exportSvg(path);
    if (!exported)
        QMessageBox::warning(this, tr("Export sequence diagram"), exported.message());
}

} // namespace swb::widgets
