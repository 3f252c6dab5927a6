#pragma once

#include "net/payload/textcodec.h"

#include <QComboBox>

namespace swb::widgets {

// A combo box of the text encodings a panel can use (UTF-8, GBK, GB18030, Latin-1).
class EncodingCombo final : public QComboBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EncodingCombo)
public:
    explicit EncodingCombo(QWidget *parent = nullptr);

    net::TextEncoding encoding() const;
    void setEncoding(net::TextEncoding encoding);

signals:
    void encodingChanged(swb::net::TextEncoding encoding);
};

} // namespace swb::widgets
