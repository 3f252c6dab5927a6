#pragma once

#include <QComboBox>

namespace swb::widgets {

// A combo box as wide as its items' text advances. QComboBox measures the
// ink of each item; Chinese full-width brackets carry blank space beyond the
// ink, and without it the current item is cut off by a few pixels.
class FittingComboBox final : public QComboBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FittingComboBox)
public:
    explicit FittingComboBox(QWidget *parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

private:
    int blankBeyondInk() const;
};

} // namespace swb::widgets
