#include "app/languagemanager.h"
#include "net/errors/systemerrortext.h"

#include <QTest>

#include <cerrno>
#include <clocale>
#include <cstring>

using swb::net::SystemErrorText;

// Every OS error the app can meet, in the interface's language with its errno
// symbol, never in the words of the machine's locale.
class TestSystemErrorText : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyErrnoInBothLanguages_data();
    void everyErrnoInBothLanguages();
    void qtTextsBecomeOurs_data();
    void qtTextsBecomeOurs();
    void independentOfTheProcessLocale();
    void unknownErrnoStaysEnglishAndNamed();

private:
    swb::app::LanguageManager m_languages;
};

void TestSystemErrorText::initTestCase()
{
    QVERIFY(m_languages.setLanguage(QStringLiteral("en")));
}

void TestSystemErrorText::everyErrnoInBothLanguages_data()
{
    QTest::addColumn<int>("number");
    QTest::addColumn<QString>("english");
    QTest::addColumn<QString>("chinese");
    const auto row = [](int number, const char *symbol, const char *english, const char *chinese) {
        QTest::newRow(symbol) << number
                              << QStringLiteral("%1 [%2]").arg(QLatin1String(english), QLatin1String(symbol))
                              << QStringLiteral("%1 [%2]").arg(QString::fromUtf8(chinese), QLatin1String(symbol));
    };
    row(EADDRINUSE, "EADDRINUSE", "address already in use", "地址已被占用");
    row(EADDRNOTAVAIL, "EADDRNOTAVAIL", "address not available on this machine", "本机没有这个地址");
    row(EACCES, "EACCES", "permission denied", "没有权限");
    row(ECONNREFUSED, "ECONNREFUSED", "connection refused", "连接被拒绝");
    row(ECONNRESET, "ECONNRESET", "connection reset by the peer", "连接被对方重置");
    row(EPIPE, "EPIPE", "broken pipe: the peer has closed the connection", "管道已断开：对方已关闭连接");
    row(ETIMEDOUT, "ETIMEDOUT", "connection timed out", "连接超时");
    row(EHOSTUNREACH, "EHOSTUNREACH", "no route to the host", "主机不可达");
    row(ENETUNREACH, "ENETUNREACH", "network unreachable", "网络不可达");
    row(EMFILE, "EMFILE", "too many open files in this program", "本程序打开的文件太多");
    row(ENFILE, "ENFILE", "too many open files in the system", "系统打开的文件太多");
    row(ENOENT, "ENOENT", "no such file or directory", "没有这个文件或目录");
    row(ENOTSOCK, "ENOTSOCK", "not a socket", "不是套接字");
    row(EMSGSIZE, "EMSGSIZE", "message too long for one datagram", "消息太长，一个数据报装不下");
    row(EINVAL, "EINVAL", "invalid argument", "参数无效");
    row(EAGAIN, "EAGAIN", "resource temporarily unavailable: try again", "资源暂时不可用：请重试");
}

void TestSystemErrorText::everyErrnoInBothLanguages()
{
    QFETCH(int, number);
    QFETCH(QString, english);
    QFETCH(QString, chinese);
    QCOMPARE(SystemErrorText::forErrno(number), english);
    QVERIFY(m_languages.setLanguage(QStringLiteral("zh_CN")));
    const QString zh = SystemErrorText::forErrno(number);
    QVERIFY(m_languages.setLanguage(QStringLiteral("en")));
    QCOMPARE(zh, chinese);
}

void TestSystemErrorText::qtTextsBecomeOurs_data()
{
    QTest::addColumn<int>("error"); // QAbstractSocket::SocketError
    QTest::addColumn<QString>("qtText");
    QTest::addColumn<QString>("english");
    QTest::addColumn<QString>("chinese");
    QTest::newRow("host not found")
        << int(QAbstractSocket::HostNotFoundError) << QStringLiteral("Host not found")
        << QStringLiteral("host not found [EAI_NONAME]") << QStringLiteral("找不到主机 [EAI_NONAME]");
    QTest::newRow("reset, from Qt's words")
        << int(QAbstractSocket::NetworkError) << QStringLiteral("Connection reset by peer")
        << QStringLiteral("connection reset by the peer [ECONNRESET]")
        << QStringLiteral("连接被对方重置 [ECONNRESET]");
    QTest::newRow("unreachable, from Qt's words")
        << int(QAbstractSocket::NetworkError) << QStringLiteral("Network unreachable")
        << QStringLiteral("network unreachable [ENETUNREACH]")
        << QStringLiteral("网络不可达 [ENETUNREACH]");
    QTest::newRow("refused, from the code")
        << int(QAbstractSocket::ConnectionRefusedError) << QString()
        << QStringLiteral("connection refused [ECONNREFUSED]")
        << QStringLiteral("连接被拒绝 [ECONNREFUSED]");
    QTest::newRow("in use, from the code")
        << int(QAbstractSocket::AddressInUseError) << QStringLiteral("something else")
        << QStringLiteral("address already in use [EADDRINUSE]")
        << QStringLiteral("地址已被占用 [EADDRINUSE]");
    QTest::newRow("file, from qt_error_string")
        << int(QAbstractSocket::UnknownSocketError) << QStringLiteral("No such file or directory")
        << QStringLiteral("no such file or directory [ENOENT]")
        << QStringLiteral("没有这个文件或目录 [ENOENT]");
}

void TestSystemErrorText::qtTextsBecomeOurs()
{
    QFETCH(int, error);
    QFETCH(QString, qtText);
    QFETCH(QString, english);
    QFETCH(QString, chinese);
    const auto socketError = QAbstractSocket::SocketError(error);
    QCOMPARE(SystemErrorText::forSocket(socketError, qtText), english);
    QVERIFY(m_languages.setLanguage(QStringLiteral("zh_CN")));
    // Qt's own text may already be in Chinese (qtbase_zh_CN): recognised too.
    const QString zh = SystemErrorText::forSocket(socketError, qtText);
    QVERIFY(m_languages.setLanguage(QStringLiteral("en")));
    QCOMPARE(zh, chinese);
}

// An English-locale lab PC with a Chinese interface, or the other way round:
// the words follow the interface, never LANG or LC_ALL.
void TestSystemErrorText::independentOfTheProcessLocale()
{
    const QList<int> numbers{EADDRINUSE, ECONNREFUSED, ENOENT, ETIMEDOUT, EMSGSIZE};
    const auto texts = [&numbers] {
        QStringList all;
        for (int number : numbers)
            all << SystemErrorText::forErrno(number);
        return all;
    };
    QVERIFY(m_languages.setLanguage(QStringLiteral("zh_CN")));
    const QStringList before = texts();
    const QByteArray oldLang = qgetenv("LANG");
    const QByteArray oldAll = qgetenv("LC_ALL");
    for (const char *locale : {"en_US.UTF-8", "de_DE.UTF-8", "C"}) {
        qputenv("LANG", locale);
        qputenv("LC_ALL", locale);
        std::setlocale(LC_ALL, "");
        QCOMPARE(texts(), before);
    }
    qputenv("LANG", oldLang);
    qputenv("LC_ALL", oldAll);
    std::setlocale(LC_ALL, "");
    for (const QString &text : before) {
        // Chinese words and the symbol, nothing of strerror()'s English.
        QVERIFY2(!text.contains(QLatin1String(" in use")) && !text.contains(QLatin1String("refused")),
                 qPrintable(text));
    }
    QVERIFY(m_languages.setLanguage(QStringLiteral("en")));
    for (int number : numbers)
        QVERIFY(SystemErrorText::forErrno(number) != QString::fromLocal8Bit(std::strerror(number)));
}

void TestSystemErrorText::unknownErrnoStaysEnglishAndNamed()
{
    QVERIFY(m_languages.setLanguage(QStringLiteral("zh_CN")));
    const QString text = SystemErrorText::forErrno(EDOM);
    QVERIFY(m_languages.setLanguage(QStringLiteral("en")));
    QVERIFY2(text.endsWith(QLatin1String("[EDOM]")) || text.contains(QString::number(EDOM)),
             qPrintable(text));
}

QTEST_GUILESS_MAIN(TestSystemErrorText)
#include "tst_systemerrortext.moc"
