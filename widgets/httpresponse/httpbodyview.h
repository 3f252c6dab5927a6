#pragma once

#include "net/http/charsetdetector.h"

#include <QByteArray>
#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;

namespace swb::widgets {

// A response body as text: the charset found (Content-Type header, else
// <meta charset>, else a BOM, else a guess that says it is one) and a manual
// override, the way a browser picks an encoding.
class HttpBodyView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpBodyView)
public:
    explicit HttpBodyView(QWidget *parent = nullptr);

    // body: the (first) decoded body bytes; totalBytes: the whole body's size,
    // which is larger when only the first part is kept in memory.
    void setBody(const QByteArray &body, const QByteArray &contentType, qint64 totalBytes);
    void clear();

    QByteArray charset() const;          // the one in use (detected or chosen)
    net::CharsetDetector::Source detectedSource() const { return m_detected.source; }
    bool isOverridden() const;
    void setOverride(const QByteArray &charset); // empty: automatic
    QString text() const;
    QString charsetLabel() const;

signals:
    void charsetChanged(const QByteArray &charset);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void refresh();

    QByteArray m_body;
    QByteArray m_contentType;
    qint64 m_total = 0;
    net::CharsetDetector::Result m_detected;
    QLabel *m_charsetLabel = nullptr;
    QLabel *m_overrideLabel = nullptr;
    QComboBox *m_override = nullptr;
    QLabel *m_note = nullptr;
    QPlainTextEdit *m_text = nullptr;
};

} // namespace swb::widgets
