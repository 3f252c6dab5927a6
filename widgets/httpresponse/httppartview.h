#pragma once

#include <QByteArray>
#include <QWidget>

class QComboBox;
class QLabel;
class QSpinBox;

namespace swb::net {
class BodySpool;
}

namespace swb::widgets {

class ByteDetailView;

// Hex and text of any part of the last exchange (the request as sent, the
// whole response, its header, its body as received, de-chunked or decoded),
// a window at a time so that a response of any size can be looked through.
class HttpPartView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpPartView)
public:
    enum Part { Request, Response, Header, BodyAsReceived, BodyDechunked, BodyDecoded, PartCount };
    static constexpr qint64 windowBytes = qint64(1) << 20;

    explicit HttpPartView(QWidget *parent = nullptr);

    // headerEnd: offset of the first body byte (-1: no complete header);
    // messageEnd: the response's last byte + 1 (bytes after it belong to no message).
    void setSources(const QByteArray &request, const net::BodySpool *response, qint64 headerEnd,
                    qint64 messageEnd, const QByteArray &dechunked, const QByteArray &decoded);
    void clear();
    void showPart(Part part, qint64 offset = 0);
    ByteDetailView *detail() const { return m_detail; }
    // [start, end) of a part of the response in the spool (BodyDechunked/Decoded: in their arrays).
    qint64 partSize(Part part) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void refresh();

    QByteArray m_request;
    const net::BodySpool *m_response = nullptr;
    qint64 m_headerEnd = -1;
    qint64 m_messageEnd = 0;
    QByteArray m_dechunked;
    QByteArray m_decoded;
    QLabel *m_partLabel = nullptr;
    QComboBox *m_part = nullptr;
    QLabel *m_offsetLabel = nullptr;
    QSpinBox *m_offset = nullptr;
    ByteDetailView *m_detail = nullptr;
};

} // namespace swb::widgets
