#pragma once

#include <QList>
#include <QSslCertificate>
#include <QStringList>
#include <QWidget>

class QFormLayout;
class QLabel;
class QPushButton;

namespace swb::widgets {

// What the TLS handshake showed: the server certificate's subject, issuer,
// alternative names and validity, the chain, the protocol and cipher, and any
// certificate errors. With errors it offers "Continue anyway", which only a
// click sends (never a saved setting that a lesson could carry).
class CertificateCard final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CertificateCard)
public:
    explicit CertificateCard(QWidget *parent = nullptr);

    // chain: the peer's, leaf first; errors: translated texts; acceptedAnyway: the
    // user chose to go on despite them.
    void setConnection(const QList<QSslCertificate> &chain, const QString &protocol,
                       const QString &cipher, const QStringList &errors, bool acceptedAnyway);
    void clear();

    bool hasErrors() const { return !m_errors.isEmpty(); }
    QString subjectText() const;
    QString issuerText() const;
    QString validityText() const;
    QString errorsText() const;
    QPushButton *continueButton() const { return m_continue; }


signals:
    void continueAnywayRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void refresh();

    QList<QSslCertificate> m_chain;
    QString m_protocol;
    QString m_cipher;
    QStringList m_errors;
    bool m_accepted = false;

    QLabel *m_title = nullptr;
    QFormLayout *m_form = nullptr;
    QLabel *m_subjectName = nullptr;
    QLabel *m_subject = nullptr;
    QLabel *m_issuerName = nullptr;
    QLabel *m_issuer = nullptr;
    QLabel *m_sansName = nullptr;
    QLabel *m_sans = nullptr;
    QLabel *m_validityName = nullptr;
    QLabel *m_validity = nullptr;
    QLabel *m_chainName = nullptr;
    QLabel *m_chainText = nullptr;
    QLabel *m_protocolName = nullptr;
    QLabel *m_protocolText = nullptr;
    QLabel *m_cipherName = nullptr;
    QLabel *m_cipherText = nullptr;
    QLabel *m_fingerprintName = nullptr;
    QLabel *m_fingerprint = nullptr;
    QLabel *m_errorsText = nullptr;
    QPushButton *m_continue = nullptr;
};

} // namespace swb::widgets
