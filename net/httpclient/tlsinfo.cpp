#include "net/httpclient/tlsinfo.h"

#include <QCryptographicHash>
#include <QSsl>

namespace swb::net {

namespace {

QString distinguishedName(const QSslCertificate &certificate, bool issuer)
{
    QStringList parts;
    const QList<QByteArray> attributes =
        issuer ? certificate.issuerInfoAttributes() : certificate.subjectInfoAttributes();
    for (const QByteArray &attribute : attributes) {
        const QStringList values =
            issuer ? certificate.issuerInfo(attribute) : certificate.subjectInfo(attribute);
        for (const QString &value : values)
            parts << QStringLiteral("%1=%2").arg(QString::fromLatin1(attribute), value);
    }
    return parts.join(QLatin1String(", "));
}

} // namespace

QString TlsInfo::protocolName(int sslProtocol)
{
    switch (QSsl::SslProtocol(sslProtocol)) {
    case QSsl::TlsV1_2:
        return QStringLiteral("TLS 1.2");
    case QSsl::TlsV1_3:
        return QStringLiteral("TLS 1.3");
    case QSsl::DtlsV1_2:
        return QStringLiteral("DTLS 1.2");
    default:
        return tr("unknown");
    }
}

CertificateSummary TlsInfo::summarize(const QSslCertificate &certificate)
{
    CertificateSummary summary;
    summary.subject = distinguishedName(certificate, false);
    summary.issuer = distinguishedName(certificate, true);
    const auto names = certificate.subjectAlternativeNames();
    for (auto it = names.cbegin(); it != names.cend(); ++it) {
        switch (it.key()) {
        case QSsl::DnsEntry:
            summary.subjectAltNames << QStringLiteral("DNS:") + it.value();
            break;
        case QSsl::IpAddressEntry:
            summary.subjectAltNames << QStringLiteral("IP:") + it.value();
            break;
        case QSsl::EmailEntry:
            summary.subjectAltNames << QStringLiteral("email:") + it.value();
            break;
        }
    }
    summary.notBefore = certificate.effectiveDate();
    summary.notAfter = certificate.expiryDate();
    summary.sha256 = QString::fromLatin1(
        certificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
    summary.serialNumber = QString::fromLatin1(certificate.serialNumber());
    summary.selfSigned = certificate.isSelfSigned();
    return summary;
}

} // namespace swb::net
