#include "net/platform/descriptorlimit.h"
#include "net/platform/linuxdescriptorlimit.h"
#include "net/platform/portabledescriptorlimit.h"
#include "platformrows.h"

#include <QTest>

using swb::net::DescriptorLimit;

// Linux tells the limit and raises it to the hard one; the fallback leaves it
// and says it cannot tell (-1). Either way raising never lowers it.
class TestDescriptorLimit : public QObject
{
    Q_OBJECT
private slots:
    void raisingNeverLowers_data() { swb::tests::platformRows(); }
    void raisingNeverLowers();
    void chosenByTheBuild();
};

void TestDescriptorLimit::raisingNeverLowers()
{
    QFETCH(bool, portable);
    const auto limit = swb::tests::makeImplementation<DescriptorLimit, swb::net::PortableDescriptorLimit,
                                                      swb::net::LinuxDescriptorLimit>(portable);
    const long before = limit->current();
    const long after = limit->raiseToMaximum();
    QCOMPARE(after, limit->current());
    if (portable) {
        QCOMPARE(before, -1L);
        QCOMPARE(after, -1L);
        return;
    }
    QVERIFY(before > 0);
    QVERIFY(after >= before);
    QCOMPARE(limit->raiseToMaximum(), after); // already at the maximum
}

void TestDescriptorLimit::chosenByTheBuild()
{
    QCOMPARE(DescriptorLimit::system().current() == -1, swb::tests::portableBuild);
}

QTEST_GUILESS_MAIN(TestDescriptorLimit)
#include "tst_descriptorlimit.moc"
