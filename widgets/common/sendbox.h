#pragma once

#include "course/lessons/workspace.h"
#include "net/payload/textcodec.h"
#include "net/result.h"

#include <QStringList>
#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace swb::net {
class AutoSender;
}

namespace swb::widgets {

class EncodingCombo;

// The send box shared by every panel: a line (Enter sends, Up/Down walk the
// history), text/escapes/hex, line ending, encoding, template tokens, and
// auto-send every N ms with an optional count.
class SendBox final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SendBox)
public:
    // Delivers the bytes; returns false when they could not be sent (not connected).
    using Sender = std::function<bool(const QByteArray &bytes)>;

    explicit SendBox(QWidget *parent = nullptr);
    ~SendBox() override;

    void setSender(Sender sender) { m_sender = std::move(sender); }
    // Fills {peer} in templates.
    void setPeerText(const QString &peer) { m_peer = peer; }

    course::SendSettings settings() const;
    void setSettings(const course::SendSettings &settings);
    net::TextEncoding encoding() const;
    void setEncoding(net::TextEncoding encoding);
    QString text() const;
    void setText(const QString &text);
    QStringList history() const { return m_history; }

    bool isAutoSending() const;
    // The workspace's send.autoStart: the panel starts automatic sending when
    // the workspace opens (once it can send). Kept and saved as read.
    bool startsOnOpen() const { return m_startsOnOpen; }
    // Composes the current text (tokens, escapes or hex, line ending, encoding).
    // A failure says where (its offset is in the text once tokens are filled in)
    // or that there is nothing to send.
    Result<QByteArray> compose(quint64 counter) const;

public slots:
    bool sendNow();
    void startAutoSend();
    void stopAutoSend();

signals:
    void encodingChanged(swb::net::TextEncoding encoding);
    // A text that does not parse, or a send that failed; the panel shows it.
    void problem(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fitCountToText();
    bool sendOnce(quint64 counter);
    void remember(const QString &text);
    void updateAutoButton();

    Sender m_sender;
    bool m_startsOnOpen = false;
    QString m_peer;
    QStringList m_history;
    int m_historyIndex = -1;
    quint64 m_manualCounter = 0;

    QLineEdit *m_line = nullptr;
    QPushButton *m_sendButton = nullptr;
    QLabel *m_modeLabel = nullptr;
    QComboBox *m_mode = nullptr;
    QLabel *m_endingLabel = nullptr;
    QComboBox *m_ending = nullptr;
    QLabel *m_encodingLabel = nullptr;
    EncodingCombo *m_encoding = nullptr;
    QCheckBox *m_autoBox = nullptr;
    QSpinBox *m_interval = nullptr;
    QLabel *m_countLabel = nullptr;
    QSpinBox *m_count = nullptr;
    QLabel *m_error = nullptr;
    net::AutoSender *m_auto = nullptr;
};

} // namespace swb::widgets
