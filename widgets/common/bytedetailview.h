#pragma once

#include "net/payload/textcodec.h"

#include <QByteArray>
#include <QWidget>

class QLabel;
class QPlainTextEdit;

namespace swb::widgets {

class EncodingCombo;
class HexView;

// One payload, whole, however long: a hex dump on the left (HexView, painted
// lazily) and the decoded text on the right, with the encoding selectable.
class ByteDetailView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ByteDetailView)
public:
    explicit ByteDetailView(QWidget *parent = nullptr);

    void setBytes(const QByteArray &bytes, const QString &caption = QString());
    QByteArray bytes() const { return m_bytes; }
    // Replaces only the caption (after a language switch) without decoding again.
    void setCaption(const QString &caption);
    void setEncoding(net::TextEncoding encoding);
    net::TextEncoding encoding() const;
    QString decodedText() const;
    HexView *hexView() const { return m_hex; }

signals:
    void encodingChanged(swb::net::TextEncoding encoding);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();
    void refreshText();
    // The caption as much as fits, the whole of it in the tooltip.
    void showCaption();

    QByteArray m_bytes;
    QString m_caption;
    QString m_captionText; // what the caption says before eliding
    QLabel *m_captionLabel = nullptr;
    QLabel *m_encodingLabel = nullptr;
    EncodingCombo *m_encoding = nullptr;
    HexView *m_hex = nullptr;
    QPlainTextEdit *m_text = nullptr;
};

} // namespace swb::widgets
