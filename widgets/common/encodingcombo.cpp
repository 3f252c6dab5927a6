#include "widgets/common/encodingcombo.h"

#include "widgets/common/combofitter.h"

namespace swb::widgets {

EncodingCombo::EncodingCombo(QWidget *parent)
    : QComboBox(parent)
{
    // The whole current item shows in either language and at any zoom.
    new ComboFitter(this);
    // Encoding names are technical identifiers and stay untranslated.
    for (const net::TextEncoding encoding : net::TextCodec::all())
        addItem(net::TextCodec::name(encoding), int(encoding));
    connect(this, &QComboBox::currentIndexChanged, this,
            [this] { emit encodingChanged(encoding()); });
}

net::TextEncoding EncodingCombo::encoding() const
{
    return static_cast<net::TextEncoding>(currentData().toInt());
}

void EncodingCombo::setEncoding(net::TextEncoding encoding)
{
    setCurrentIndex(findData(int(encoding)));
}

} // namespace swb::widgets
