// The error coach reads the panels' own messages (the panels pass the text
// they show, not an errno), so each message the app can show must still be
// recognised once it is translated. Every row: the real message function,
// in English and in Chinese, through the real translations.
#include "app/languagemanager.h"
#include "course/coach/errorcoach.h"
#include "net/socket/socketerrors.h"
#include "net/udp/udpmessages.h"

#include <QTest>

#include <cerrno>
#include <functional>
#include <memory>

using swb::course::ErrorCoach;
using Situation = swb::course::ErrorCoach::Situation;

class TestCoachLanguages : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void recognisedInBothLanguages_data();
    void recognisedInBothLanguages();

private:
    std::unique_ptr<swb::app::LanguageManager> m_languages;
};

using MessageMaker = std::function<QString()>;
Q_DECLARE_METATYPE(MessageMaker)

void TestCoachLanguages::initTestCase()
{
    m_languages = std::make_unique<swb::app::LanguageManager>();
}

void TestCoachLanguages::recognisedInBothLanguages_data()
{
    using swb::net::SocketErrors;
    using swb::net::UdpMessages;
    QTest::addColumn<MessageMaker>("message");
    QTest::addColumn<bool>("server");
    QTest::addColumn<bool>("udp");
    QTest::addColumn<quint16>("port");
    QTest::addColumn<Situation>("expected");
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        const auto row = [&language](const char *name) {
            return &QTest::newRow(qPrintable(language + QLatin1Char(' ') + QLatin1String(name)));
        };
        *row("tcp bind in use") << MessageMaker([] {
            return SocketErrors::bindFailed(EADDRINUSE, QStringLiteral("127.0.0.1"), 8001);
        }) << true << false << quint16(8001) << Situation::AddressInUse;
        *row("tcp bind below 1024") << MessageMaker([] {
            return SocketErrors::bindFailed(EACCES, QStringLiteral("127.0.0.1"), 80);
        }) << true << false << quint16(80) << Situation::PrivilegedPort;
        *row("tcp bind foreign address") << MessageMaker([] {
            return SocketErrors::bindFailed(EADDRNOTAVAIL, QStringLiteral("192.0.2.7"), 8001);
        }) << true << false << quint16(8001) << Situation::AddressNotAvailable;
        *row("connect refused") << MessageMaker([] {
            return SocketErrors::socketFailed(QAbstractSocket::ConnectionRefusedError,
                                              QStringLiteral("127.0.0.1"), 8001,
                                              QStringLiteral("Connection refused"));
        }) << false << false << quint16(8001) << Situation::ConnectionRefused;
        *row("connect host not found") << MessageMaker([] {
            return SocketErrors::socketFailed(QAbstractSocket::HostNotFoundError,
                                              QStringLiteral("nosuch.invalid"), 80,
                                              QStringLiteral("Host not found"));
        }) << false << false << quint16(80) << Situation::HostNotFound;
        *row("connect timed out") << MessageMaker([] {
            return SocketErrors::socketFailed(QAbstractSocket::SocketTimeoutError,
                                              QStringLiteral("127.0.0.1"), 8001,
                                              QStringLiteral("Socket operation timed out"));
        }) << false << false << quint16(8001) << Situation::TimedOut;
        *row("udp bind in use") << MessageMaker([] {
            return UdpMessages::bindFailed(EADDRINUSE, QStringLiteral("127.0.0.1"), 9090);
        }) << true << true << quint16(9090) << Situation::AddressInUse;
        *row("udp broadcast without the option") << MessageMaker([] {
            return UdpMessages::sendFailed(EACCES, QStringLiteral("255.255.255.255:9"),
                                           QStringLiteral("0.0.0.0:40000"), false);
        }) << false << true << quint16(9) << Situation::BroadcastWithoutOption;
        *row("udp host not found") << MessageMaker([] {
            return UdpMessages::hostNotFound(QStringLiteral("nosuch.invalid"));
        }) << false << true << quint16(9) << Situation::HostNotFound;
    }
}

void TestCoachLanguages::recognisedInBothLanguages()
{
    QFETCH(MessageMaker, message);
    QFETCH(bool, server);
    QFETCH(bool, udp);
    QFETCH(quint16, port);
    QFETCH(Situation, expected);
    const QString language = QString::fromLatin1(QTest::currentDataTag()).section(QLatin1Char(' '), 0, 0);
    m_languages->setLanguage(language);
    ErrorCoach::Context context;
    context.message = message();
    context.server = server;
    context.udp = udp;
    context.port = port;
    if (!server)
        context.host = QStringLiteral("127.0.0.1");
    QVERIFY2(language == QLatin1String("en") || context.message.contains(QChar(0x7684))
                 || context.message.toUtf8() != context.message.toLatin1(),
             qPrintable(QStringLiteral("not translated: ") + context.message));
    QCOMPARE(ErrorCoach::classify(context), expected);
}

QTEST_MAIN(TestCoachLanguages)

#include "tst_coachlanguages.moc"
