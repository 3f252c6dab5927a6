#pragma once

#include "net/result.h"

#include <QAbstractScrollArea>

namespace swb::models {
class SequenceModel;
}

namespace swb::widgets {

// The live sequence (ladder) diagram: one lane per endpoint, one arrow per row,
// drawn as the traffic happens. Paints only the rows in view, so a capture of
// many thousands of events scrolls as smoothly as a short one. Clicking an
// arrow emits its traffic row; showRow() highlights the arrow of a table row.
// Follows new arrows while scrolled to the bottom, like the traffic table.
class SequenceDiagram final : public QAbstractScrollArea
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SequenceDiagram)
public:
    explicit SequenceDiagram(models::SequenceModel *model, QWidget *parent = nullptr);

    models::SequenceModel *model() const { return m_model; }
    int selectedArrow() const { return m_selected; }
    // The arrow under a point of the viewport, or -1.
    int arrowAt(const QPoint &viewportPoint) const;
    // The centre of an arrow's row in viewport coordinates (tests click there).
    QPoint arrowCentre(int arrow) const;

    Result<void> exportPng(const QString &path) const;
    Result<void> exportSvg(const QString &path) const;

public slots:
    // Highlights the arrow that shows this traffic row and scrolls to it.
    void showRow(int row);
    void chooseExportFile();

signals:
    void rowActivated(int row);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool viewportEvent(QEvent *event) override;

private:
    void updateScrollBars();
    void onArrowsAdded();
    void onArrowsRemoved(int count);
    void select(int arrow);

    models::SequenceModel *m_model;
    int m_selected = -1;
};

} // namespace swb::widgets
