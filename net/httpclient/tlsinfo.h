#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSslCertificate>
#include <QString>
#include <QStringList>

namespace swb::net {

// What a certificate card shows, in plain strings.
struct CertificateSummary
{
    QString subject;        // "CN=localhost, O=…"
    QString issuer;
    QStringList subjectAltNames; // "DNS:localhost", "IP:127.0.0.1"
    QDateTime notBefore;
    QDateTime notAfter;
    QString sha256;         // colon-separated hex
    QString serialNumber;
    bool selfSigned = false;
};

struct TlsSessionInfo
{
    bool encrypted = false;
    QString protocol;       // "TLS 1.3"
    QString cipher;         // "TLS_AES_256_GCM_SHA384"
    QList<QSslCertificate> chain; // the peer's chain, leaf first (also on certificate errors)
    QStringList certificateErrors; // translated, empty when the chain verified
    bool errorsIgnored = false;    // ignoreCertificateErrors(true) let them through
};

// Turns Qt's TLS objects into the plain strings of the certificate card.
class TlsInfo final
{
    Q_DECLARE_TR_FUNCTIONS(swb::net::TlsInfo)
public:
    static CertificateSummary summarize(const QSslCertificate &certificate);
    static QString protocolName(int sslProtocol); // QSsl::SslProtocol -> "TLS 1.3"
};

} // namespace swb::net
