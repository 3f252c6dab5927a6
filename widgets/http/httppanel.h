#pragma once

#include "widgets/common/panel.h"

#include <QElapsedTimer>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTabWidget;

namespace swb::net {
class HttpFetchClient;
class RawModeSession;
struct HttpTiming;
struct TlsSessionInfo;
}

namespace swb::widgets {

class CertificateCard;
class HttpFetchView;
class HttpRawView;
class TimingView;

// The HTTP panel. Fetch mode is the notes' requests.get(): status, headers,
// decoded body, redirects, save. Raw mode is the notes' socket version: the
// request typed byte for byte and the response as the exact bytes received,
// marked and split. Both show timing and, for HTTPS, the certificate.
class HttpPanel final : public Panel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpPanel)
public:
    HttpPanel(int id, models::TrafficModel *traffic, QWidget *parent = nullptr);
    ~HttpPanel() override;

    course::PanelConfig config() const override;
    void applyConfig(const course::PanelConfig &config) override;
    void shutdown() override;
    // A workspace's "autoStart": send the request once when it opens (after its
    // servers have started), so a scripted run shows an exchange.
    void autoStart() override;
    bool startsOnOpen() const override { return m_autoStart; }

    bool isRawMode() const;
    void setRawMode(bool raw);
    void setUrl(const QString &url);
    void setMethod(const QString &method);
    void setTimeoutMs(int ms);
    // Response bytes kept in memory; beyond this they go to a temporary file.
    void setDisplayLimit(qint64 bytes);
    bool isBusy() const;

public slots:
    void send();
    void sendAgain();
    void stop();

signals:
    // After every exchange, successful or not (tests, the window).
    void exchangeFinished(bool ok);

protected:
    void retranslateUi() override;
    void onNameChanged() override;

private:
    void onFetchFinished(bool ok);
    void onRawFinished(bool ok);
    void finishExchange(bool ok, const net::HttpTiming &timing,
                        const std::optional<net::TlsSessionInfo> &tls, const QString &summary,
                        const QString &error);
    void showTls(const net::TlsSessionInfo &tls);
    void updateState();
    void updateModeWidgets();
    void onUrlEdited();
    void showCertificateOption();
    void showProgress(qint64 received);
    // The timing and certificate tabs go beside the current mode's response tabs.
    void placeCards();
    QTabWidget *resultTabs() const;

    net::HttpFetchClient *m_fetch = nullptr;
    net::RawModeSession *m_raw = nullptr;
    QComboBox *m_mode = nullptr;
    QComboBox *m_method = nullptr;
    QLabel *m_urlLabel = nullptr;
    QLineEdit *m_url = nullptr;
    QPushButton *m_send = nullptr;
    QPushButton *m_stop = nullptr;
    QCheckBox *m_acceptInvalid = nullptr;
    // Hosts other than the typed one whose certificate errors the user accepted
    // ("Continue anyway" after a redirect); cleared with the check box.
    QStringList m_acceptedHosts;
    QLabel *m_timeoutLabel = nullptr;
    QSpinBox *m_timeout = nullptr;
    QStackedWidget *m_stack = nullptr;
    HttpFetchView *m_fetchView = nullptr;
    HttpRawView *m_rawView = nullptr;
    QWidget *m_timingPage = nullptr;
    TimingView *m_timing = nullptr;
    CertificateCard *m_certificate = nullptr;
    QString m_lastHost;
    int m_timeoutMs = 30000;
    bool m_autoStart = false;
    QElapsedTimer m_progressClock;
};

} // namespace swb::widgets
