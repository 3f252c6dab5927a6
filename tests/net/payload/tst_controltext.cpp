#include "net/payload/controltext.h"

#include <QTest>

using swb::net::ControlText;

// Hidden characters written visibly for other programs' displays, and back.
class TestControlText : public QObject
{
    Q_OBJECT

private slots:
    void escape_data();
    void escape();
    void unescapeIsLenient();
    void terminalKeepsLines();
    void everyCodePointRoundTrips();
};

void TestControlText::escape_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("escaped");
    QTest::newRow("plain") << QStringLiteral("hello, 你好") << QStringLiteral("hello, 你好");
    QTest::newRow("ESC and BEL") << QStringLiteral("\x1b]0;t\x07") << QStringLiteral("\\x1B]0;t\\x07");
    QTest::newRow("NUL, DEL, C1") << QString::fromUtf8("a\0b\x7f\xc2\x9b", 6)
                                  << QStringLiteral("a\\x00b\\x7F\\x9B");
    QTest::newRow("RLO, LRI, ZWSP, BOM") << QString::fromUtf8("\u202e\u2066\u200b\ufeff")
                                         << QStringLiteral("\\u{202E}\\u{2066}\\u{200B}\\u{FEFF}");
    QTest::newRow("backslash") << QStringLiteral("a\\b") << QStringLiteral("a\\\\b");
    QTest::newRow("emoji stays") << QString::fromUtf8("\U0001F600") << QString::fromUtf8("\U0001F600");
}

void TestControlText::escape()
{
    QFETCH(QString, text);
    QFETCH(QString, escaped);
    QCOMPARE(ControlText::escape(text, ControlText::Mode::Reversible), escaped);
    QCOMPARE(ControlText::unescape(escaped), text);
}

void TestControlText::unescapeIsLenient()
{
    // What escape() never writes stays as it is.
    for (const QString &text : {QStringLiteral("C:\\temp"), QStringLiteral("\\x4"), QStringLiteral("\\u{}"),
                                QStringLiteral("\\u{110000}"), QStringLiteral("\\u{D800}"),
                                QStringLiteral("\\u{1234567}"), QStringLiteral("\\")})
        QCOMPARE(ControlText::unescape(text), text);
}

void TestControlText::terminalKeepsLines()
{
    const QString message = QStringLiteral("line one\n\tC:\\x \x1b[2J");
    QCOMPARE(ControlText::escape(message, ControlText::Mode::Terminal),
             QStringLiteral("line one\n\tC:\\x \\x1B[2J"));
    QCOMPARE(ControlText::forTerminal(QStringLiteral("\x1b")), QByteArray("\\x1B"));
}

void TestControlText::everyCodePointRoundTrips()
{
    QString all;
    for (char32_t c = 0; c < 0x30000; ++c) {
        if (c >= 0xD800 && c <= 0xDFFF)
            continue;
        if (QChar::requiresSurrogates(c)) {
            all += QChar(QChar::highSurrogate(c));
            all += QChar(QChar::lowSurrogate(c));
        } else {
            all += QChar(char16_t(c));
        }
    }
    const QString escaped = ControlText::escape(all, ControlText::Mode::Reversible);
    for (const QChar c : escaped)
        QVERIFY(!ControlText::isHidden(c.unicode()));
    QCOMPARE(ControlText::unescape(escaped), all);
}

QTEST_GUILESS_MAIN(TestControlText)
#include "tst_controltext.moc"
