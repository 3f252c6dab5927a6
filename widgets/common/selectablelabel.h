#pragma once

#include <QLabel>

namespace swb::widgets {

// A word-wrapped label of plain text that can be selected and copied: facts a
// student pastes into notes, and peers' text, which is never read as rich text.
inline QLabel *selectableLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace swb::widgets
