#include "app/qtoptions.h"

#include <QTest>

using swb::app::QtOptions;

class TestQtOptions final : public QObject
{
    Q_OBJECT
private slots:
    void qtOptionsAreSetAside_data();
    void qtOptionsAreSetAside();
};

void TestQtOptions::qtOptionsAreSetAside_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("ours");
    const QString program = QStringLiteral("socket-workbench");
    const QString list = QStringLiteral("--list-lessons");
    QTest::newRow("-platform offscreen")
        << QStringList{program, QStringLiteral("-platform"), QStringLiteral("offscreen"), list}
        << QStringList{program, list};
    QTest::newRow("--platform offscreen")
        << QStringList{program, QStringLiteral("--platform"), QStringLiteral("offscreen"), list}
        << QStringList{program, list};
    QTest::newRow("-style=Fusion")
        << QStringList{program, QStringLiteral("-style=Fusion"), list} << QStringList{program, list};
    QTest::newRow("flags")
        << QStringList{program, QStringLiteral("-reverse"), QStringLiteral("-nograb"), list}
        << QStringList{program, list};
    QTest::newRow("ours keep their values")
        << QStringList{program, QStringLiteral("--lesson"), QStringLiteral("echo-prefix"),
                       QStringLiteral("-style"), QStringLiteral("Fusion"), QStringLiteral("ws.json")}
        << QStringList{program, QStringLiteral("--lesson"), QStringLiteral("echo-prefix"),
                       QStringLiteral("ws.json")};
    QTest::newRow("after -- everything is ours")
        << QStringList{program, QStringLiteral("--"), QStringLiteral("-style")}
        << QStringList{program, QStringLiteral("--"), QStringLiteral("-style")};
    QTest::newRow("unknown stays for our parser to refuse")
        << QStringList{program, QStringLiteral("--bogus")}
        << QStringList{program, QStringLiteral("--bogus")};
}

void TestQtOptions::qtOptionsAreSetAside()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, ours);
    QCOMPARE(QtOptions::withoutQtOptions(arguments), ours);
}

QTEST_GUILESS_MAIN(TestQtOptions)
#include "tst_qtoptions.moc"
