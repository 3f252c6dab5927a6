#pragma once

#include <QObject>

class QComboBox;

namespace swb::widgets {

// Keeps a combo box wide enough for its longest item in the current language
// and font. QComboBox caches its minimum size hint from the first time it is
// asked and never forgets it on a language switch or a zoom, so a layout
// squeezed to its minimum cut "Any protocol" to "Any prot". This sets the
// minimum width from the items' texts instead, again whenever they change,
// the language or font changes.
class ComboFitter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComboFitter)
public:
    // Becomes a child of combo.
    explicit ComboFitter(QComboBox *combo);

    // The width the combo needs to show its widest item whole.
    static int neededWidth(const QComboBox *combo);

public slots:
    void fit();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QComboBox *m_combo;
};

} // namespace swb::widgets
