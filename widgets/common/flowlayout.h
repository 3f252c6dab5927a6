#pragma once

#include <QHash>
#include <QLayout>
#include <QSize>
#include <QList>

namespace swb::widgets {

// Lays widgets out left to right and starts a new row when the next one does
// not fit, so a bar of filters wraps on a narrow window or at a large zoom
// instead of squeezing its fields over each other. Within a row, the room
// left over goes to the items that can grow horizontally, in proportion to
// their stretch (set with addWidget).
class FlowLayout final : public QLayout
{
public:
    explicit FlowLayout(QWidget *parent = nullptr);
    ~FlowLayout() override;

    void addWidget(QWidget *widget, int stretch = 0);

    void addItem(QLayoutItem *item) override;
    int count() const override;
    QLayoutItem *itemAt(int index) const override;
    QLayoutItem *takeAt(int index) override;
    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect &rect) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // Places the items in rect (or only measures, when apply is false) and
    // returns the height used.
    int arrange(const QRect &rect, bool apply) const;
    int spacingOrDefault() const;

    QList<QLayoutItem *> m_items;
    QList<int> m_stretch;
    // The size each widget was given in the last pass.
    mutable QHash<const QWidget *, QSize> m_placed;
    bool m_arranging = false;
};

} // namespace swb::widgets
