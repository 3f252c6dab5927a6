#include "widgets/http/certificatecard.h"

#include "net/httpclient/tlsinfo.h"
#include "widgets/common/selectablelabel.h"
#include "widgets/common/warningcolour.h"

#include <QDateTime>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace swb::widgets {

CertificateCard::CertificateCard(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_form(new QFormLayout)
    , m_subjectName(new QLabel(this))
    , m_subject(selectableLabel(this))
    , m_issuerName(new QLabel(this))
    , m_issuer(selectableLabel(this))
    , m_sansName(new QLabel(this))
    , m_sans(selectableLabel(this))
    , m_validityName(new QLabel(this))
    , m_validity(selectableLabel(this))
    , m_chainName(new QLabel(this))
    , m_chainText(selectableLabel(this))
    , m_protocolName(new QLabel(this))
    , m_protocolText(selectableLabel(this))
    , m_cipherName(new QLabel(this))
    , m_cipherText(selectableLabel(this))
    , m_fingerprintName(new QLabel(this))
    , m_fingerprint(selectableLabel(this))
    , m_errorsText(selectableLabel(this))
    , m_continue(new QPushButton(this))
{
    m_form->addRow(m_subjectName, m_subject);
    m_form->addRow(m_issuerName, m_issuer);
    m_form->addRow(m_sansName, m_sans);
    m_form->addRow(m_validityName, m_validity);
    m_form->addRow(m_chainName, m_chainText);
    m_form->addRow(m_protocolName, m_protocolText);
    m_form->addRow(m_cipherName, m_cipherText);
    m_form->addRow(m_fingerprintName, m_fingerprint);
    WarningColour::set(m_errorsText, true);
    WarningColour::set(m_continue, true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addLayout(m_form);
    layout->addWidget(m_errorsText);
    layout->addWidget(m_continue, 0, Qt::AlignLeft);
    layout->addStretch(1);
    connect(m_continue, &QPushButton::clicked, this, &CertificateCard::continueAnywayRequested);
    retranslateUi();
}

void CertificateCard::setConnection(const QList<QSslCertificate> &chain, const QString &protocol,
                                    const QString &cipher, const QStringList &errors,
                                    bool acceptedAnyway)
{
    m_chain = chain;
    m_protocol = protocol;
    m_cipher = cipher;
    m_errors = errors;
    m_accepted = acceptedAnyway;
    refresh();
}

void CertificateCard::clear()
{
    setConnection({}, QString(), QString(), {}, false);
}

QString CertificateCard::subjectText() const
{
    return m_subject->text();
}

QString CertificateCard::issuerText() const
{
    return m_issuer->text();
}

QString CertificateCard::validityText() const
{
    return m_validity->text();
}

QString CertificateCard::errorsText() const
{
    return m_errorsText->text();
}

void CertificateCard::refresh()
{
    const bool has = !m_chain.isEmpty();
    m_title->setText(has ? tr("<b>Server certificate</b>")
                         : tr("<b>Server certificate</b>: none yet (only HTTPS has one)."));
    if (has) {
        const net::CertificateSummary leaf = net::TlsInfo::summarize(m_chain.first());
        const QLocale locale;
        m_subject->setText(leaf.subject);
        m_issuer->setText(leaf.selfSigned ? tr("%1 (self-signed: it vouches for itself)")
                                                .arg(leaf.issuer)
                                          : leaf.issuer);
        m_sans->setText(leaf.subjectAltNames.isEmpty()
                            ? tr("none")
                            : leaf.subjectAltNames.join(QLatin1String(", ")));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QString state = tr("valid now");
        if (leaf.notAfter < now)
            state = tr("EXPIRED");
        else if (leaf.notBefore > now)
            state = tr("NOT YET VALID");
        m_validity->setText(
            tr("%1 to %2 (%3)")
                .arg(locale.toString(leaf.notBefore.toLocalTime(), QLocale::ShortFormat),
                     locale.toString(leaf.notAfter.toLocalTime(), QLocale::ShortFormat), state));
        QStringList chain;
        for (const QSslCertificate &c : std::as_const(m_chain)) {
            const QStringList cn = c.subjectInfo(QSslCertificate::CommonName);
            chain << (cn.isEmpty() ? c.subjectDisplayName() : cn.join(QLatin1String(", ")));
        }
        m_chainText->setText(tr("%n certificate(s): %1", nullptr, int(m_chain.size()))
                                 .arg(chain.join(QStringLiteral(" \u2190 "))));
        m_protocolText->setText(m_protocol.isEmpty() ? tr("not negotiated") : m_protocol);
        m_cipherText->setText(m_cipher.isEmpty() ? tr("not negotiated") : m_cipher);
        m_fingerprint->setText(leaf.sha256);
    }
    for (int row = 0; row < m_form->rowCount(); ++row)
        m_form->setRowVisible(row, has);

    QStringList problems;
    for (const QString &e : std::as_const(m_errors))
        problems << QStringLiteral("\u2022 ") + e;
    if (problems.isEmpty())
        m_errorsText->clear();
    else if (m_accepted)
        m_errorsText->setText(tr("Certificate errors, accepted because you chose \"Continue "
                                 "anyway\" (the connection is encrypted, but nobody vouches for "
                                 "who is at the other end):\n%1")
                                  .arg(problems.join(QLatin1Char('\n'))));
    else
        m_errorsText->setText(tr("The certificate was not accepted, so the request was not "
                                 "sent:\n%1")
                                  .arg(problems.join(QLatin1Char('\n'))));
    m_errorsText->setVisible(!problems.isEmpty());
    m_continue->setVisible(!problems.isEmpty() && !m_accepted);
}

void CertificateCard::retranslateUi()
{
    m_subjectName->setText(tr("Subject:"));
    m_issuerName->setText(tr("Issuer:"));
    m_sansName->setText(tr("Alternative names:"));
    m_validityName->setText(tr("Valid:"));
    m_chainName->setText(tr("Chain:"));
    m_protocolName->setText(tr("Protocol:"));
    m_cipherName->setText(tr("Cipher:"));
    m_fingerprintName->setText(tr("SHA-256:"));
    m_continue->setText(tr("Continue anyway (insecure)"));
    m_continue->setToolTip(tr("Ticks \"Accept invalid certificates\" and sends the request "
                              "again. Do this only for a server you run yourself, such as a test "
                              "server with a self-signed certificate."));
    refresh();
}

void CertificateCard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace swb::widgets
