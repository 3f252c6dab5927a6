#pragma once

#include "net/result.h"

#include <QCoreApplication>
#include <QFont>
#include <QFontMetrics>
#include <QPalette>
#include <QString>

class QPainter;
class QImage;

namespace swb::models {
class SequenceModel;
struct SequenceArrow;
struct SequenceLane;
}

namespace swb::widgets {

// Draws a SequenceModel: the lane headers, the lanes, and a band of arrows,
// one arrow per row. Sizes come from the font, so the diagram zooms with the
// application font; colours from the palette, so the themes apply. The view
// paints only the visible rows; the exports paint all of them (up to a cap).
class SequencePainter final
{
    Q_DECLARE_TR_FUNCTIONS(swb::widgets::SequencePainter)
public:
    static constexpr int maxExportedArrows = 5000;

    SequencePainter(const models::SequenceModel &model, const QFont &font, const QPalette &palette);

    int headerHeight() const { return m_header; }
    int rowHeight() const { return m_row; }
    int timeWidth() const { return m_time; }
    int laneWidth() const { return m_lane; }
    int contentWidth() const;
    // A lane's centre in content coordinates.
    int laneX(int column) const { return m_time + column * m_lane + m_lane / 2; }

    // Header band at y 0..headerHeight(), shifted left by scrollX.
    void paintHeader(QPainter &painter, int scrollX, int width) const;
    // Lanes and arrows first..last, arrow `first` at y = top (its row's top).
    void paintRows(QPainter &painter, int first, int last, int top, int scrollX, int width,
                   int selected) const;

    // The whole diagram (the last maxExportedArrows arrows) as an image or SVG file.
    static QImage renderImage(const models::SequenceModel &model, const QFont &font,
                              const QPalette &palette);
    static Result<void> savePng(const models::SequenceModel &model, const QFont &font,
                                const QPalette &palette, const QString &path);
    static Result<void> saveSvg(const models::SequenceModel &model, const QFont &font,
                                const QPalette &palette, const QString &path);

    QString arrowText(const models::SequenceArrow &arrow) const;
    QString laneTitle(const models::SequenceLane &lane) const;
    QString laneSubtitle(const models::SequenceLane &lane) const;

    // The colour of an arrow of this kind (readable on the palette's base).
    QColor colourFor(const models::SequenceArrow &arrow) const;

private:
    void paintArrow(QPainter &painter, const models::SequenceArrow &arrow, int y, int scrollX) const;
    static void paintAll(QPainter &painter, const models::SequenceModel &model, const QFont &font,
                         const QPalette &palette, QSize *size);

    const models::SequenceModel &m_model;
    QFont m_font;
    QFontMetrics m_metrics;
    QPalette m_palette;
    int m_header = 0;
    int m_row = 0;
    int m_time = 0;
    int m_lane = 0;
};

} // namespace swb::widgets
