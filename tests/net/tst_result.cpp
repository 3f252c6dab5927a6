#include "net/result.h"

#include <QTest>

#include <memory>

using swb::Failure;
using swb::Result;

class TestResult final : public QObject
{
    Q_OBJECT
private slots:
    void valueIsKept();
    void failureKeepsItsFacts();
    void moveOnlyValuesMoveOut();
    void voidResult();
};

void TestResult::valueIsKept()
{
    const Result<QString> r(QStringLiteral("bytes"));
    QVERIFY(r.ok());
    QVERIFY(static_cast<bool>(r));
    QCOMPARE(*r, QStringLiteral("bytes"));
    QCOMPARE(r->size(), 5);
    QVERIFY(r.message().isEmpty());
    QCOMPARE(r.valueOr(QStringLiteral("other")), QStringLiteral("bytes"));
}

void TestResult::failureKeepsItsFacts()
{
    const Result<int> r(Failure{QStringLiteral("Address in use"), 98, -1});
    QVERIFY(!r.ok());
    QCOMPARE(r.message(), QStringLiteral("Address in use"));
    QCOMPARE(r.failure().errorNumber, 98);
    QCOMPARE(r.failure().offset, qint64(-1));
    QCOMPARE(r.valueOr(7), 7);

    const Result<QString> offset(Failure{QStringLiteral("bad escape"), 0, 12});
    QCOMPARE(offset.failure().offset, qint64(12));
}

void TestResult::moveOnlyValuesMoveOut()
{
    Result<std::unique_ptr<int>> r(std::make_unique<int>(4));
    std::unique_ptr<int> taken = std::move(r).value();
    QCOMPARE(*taken, 4);
}

void TestResult::voidResult()
{
    const Result<void> done;
    QVERIFY(done.ok());
    QVERIFY(done.message().isEmpty());
    const Result<void> failed(Failure{QStringLiteral("disk full"), 28});
    QVERIFY(!failed.ok());
    QCOMPARE(failed.message(), QStringLiteral("disk full"));
    QCOMPARE(failed.failure().errorNumber, 28);
}

QTEST_GUILESS_MAIN(TestResult)
#include "tst_result.moc"
