#include "models/udppeermodel.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <cmath>

using swb::models::UdpPeerModel;
using swb::net::UdpPeerInfo;

// The senders list of a UDP panel: one row per sender, a colour per name that
// stays put and differs from the others, counters refreshed in one sweep.
class TestUdpPeerModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void rowsAndColumns();
    void sameNameSameColour();
    void namesGetDistinctColours();
    void coloursAreStableAcrossModels();
    void colourFollowsTheName();
    void refreshIsOneSweep();
    void paletteIsReadable();
    void clearEmptiesEverything();

private:
    static UdpPeerInfo peer(quint64 id, const QString &address, const QString &name = QString());

    UdpPeerModel *m_model = nullptr;
    QAbstractItemModelTester *m_tester = nullptr;
};

UdpPeerInfo TestUdpPeerModel::peer(quint64 id, const QString &address, const QString &name)
{
    UdpPeerInfo info;
    info.id = id;
    info.address = address;
    info.name = name;
    info.datagramsIn = 1;
    info.bytesIn = 10;
    return info;
}

void TestUdpPeerModel::init()
{
    m_model = new UdpPeerModel;
    m_tester = new QAbstractItemModelTester(m_model,
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestUdpPeerModel::cleanup()
{
    delete m_tester;
    delete m_model;
}

void TestUdpPeerModel::rowsAndColumns()
{
    m_model->add(peer(1, QStringLiteral("127.0.0.1:5000"), QStringLiteral("alex")));
    m_model->add(peer(2, QStringLiteral("127.0.0.1:5001")));
    m_model->add(peer(1, QStringLiteral("127.0.0.1:5000"))); // known id: ignored
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->columnCount(), int(UdpPeerModel::ColumnCount));
    QCOMPARE(m_model->index(0, UdpPeerModel::NameColumn).data().toString(), QStringLiteral("alex"));
    QCOMPARE(m_model->index(0, UdpPeerModel::AddressColumn).data().toString(),
             QStringLiteral("127.0.0.1:5000"));
    QCOMPARE(m_model->index(1, UdpPeerModel::NameColumn).data().toString(), QStringLiteral("\u2014"));
    QCOMPARE(m_model->index(0, UdpPeerModel::DatagramsColumn).data().toLongLong(), 1);
    QCOMPARE(m_model->idAt(1), quint64(2));
    QCOMPARE(m_model->rowOf(2), 1);
    QCOMPARE(m_model->rowOf(99), -1);
    // The swatch and the name's colour are the row's colour.
    const QColor colour = m_model->index(0, 0).data(UdpPeerModel::ColourRole).value<QColor>();
    QVERIFY(colour.isValid());
    QCOMPARE(m_model->index(0, 0).data(Qt::DecorationRole).value<QColor>(), colour);
    QCOMPARE(m_model->colourOf(1), colour);
    QVERIFY(!m_model->headerData(0, Qt::Horizontal).toString().isEmpty());
}

void TestUdpPeerModel::sameNameSameColour()
{
    // The same person from two sockets (the notes' client restarted) keeps the colour.
    m_model->add(peer(1, QStringLiteral("127.0.0.1:5000"), QStringLiteral("太白")));
    m_model->add(peer(2, QStringLiteral("127.0.0.1:6000"), QStringLiteral("太白")));
    QCOMPARE(m_model->colourOf(1), m_model->colourOf(2));
}

void TestUdpPeerModel::namesGetDistinctColours()
{
    const int names = int(UdpPeerModel::palette().size());
    QSet<QRgb> colours;
    for (int i = 0; i < names; ++i)
        m_model->add(peer(quint64(i + 1), QStringLiteral("127.0.0.1:%1").arg(5000 + i),
                          QStringLiteral("user%1").arg(i)));
    for (int i = 0; i < names; ++i)
        colours.insert(m_model->colourOf(quint64(i + 1)).rgb());
    QCOMPARE(colours.size(), names);
}

void TestUdpPeerModel::coloursAreStableAcrossModels()
{
    // Not seeded per process: "alex" is "alex"'s colour in every run.
    UdpPeerModel other;
    QCOMPARE(m_model->colourFor(QStringLiteral("name:alex")),
             other.colourFor(QStringLiteral("name:alex")));
    QCOMPARE(m_model->colourFor(QStringLiteral("name:alex")),
             m_model->colourFor(QStringLiteral("name:alex")));
}

void TestUdpPeerModel::colourFollowsTheName()
{
    m_model->add(peer(1, QStringLiteral("127.0.0.1:5000")));
    m_model->add(peer(2, QStringLiteral("127.0.0.1:6000"), QStringLiteral("alex")));
    const QColor alex = m_model->colourOf(2);
    // Sender 1 now says "alex : ..." too: it takes alex's colour.
    m_model->refresh({peer(1, QStringLiteral("127.0.0.1:5000"), QStringLiteral("alex"))});
    QCOMPARE(m_model->colourOf(1), alex);
    QCOMPARE(m_model->index(0, UdpPeerModel::NameColumn).data().toString(), QStringLiteral("alex"));
}

void TestUdpPeerModel::refreshIsOneSweep()
{
    for (int i = 0; i < 5; ++i)
        m_model->add(peer(quint64(i + 1), QStringLiteral("127.0.0.1:%1").arg(5000 + i)));
    QSignalSpy changed(m_model, &UdpPeerModel::dataChanged);
    QSignalSpy inserted(m_model, &UdpPeerModel::rowsInserted);
    QList<UdpPeerInfo> now;
    for (int i = 0; i < 5; ++i) {
        UdpPeerInfo p = peer(quint64(i + 1), QStringLiteral("127.0.0.1:%1").arg(5000 + i));
        p.datagramsIn = 100 + i;
        now << p;
    }
    now << peer(77, QStringLiteral("10.0.0.1:1")); // unknown: ignored, not added
    m_model->refresh(now);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(inserted.size(), 0);
    QCOMPARE(m_model->rowCount(), 5);
    QCOMPARE(m_model->index(4, UdpPeerModel::DatagramsColumn).data().toLongLong(), 104);
}

void TestUdpPeerModel::paletteIsReadable()
{
    // WCAG contrast against white: at least 4.5:1 for every colour.
    const auto luminance = [](const QColor &c) {
        const auto channel = [](double v) {
            v /= 255.0;
            return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(c.red()) + 0.7152 * channel(c.green()) + 0.0722 * channel(c.blue());
    };
    for (const QColor &c : UdpPeerModel::palette()) {
        const double contrast = 1.05 / (luminance(c) + 0.05);
        QVERIFY2(contrast >= 4.5, qPrintable(c.name() + QStringLiteral(" %1").arg(contrast)));
    }
}

void TestUdpPeerModel::clearEmptiesEverything()
{
    m_model->add(peer(1, QStringLiteral("127.0.0.1:5000"), QStringLiteral("alex")));
    m_model->clear();
    QCOMPARE(m_model->rowCount(), 0);
    QVERIFY(!m_model->colourOf(1).isValid());
    m_model->refresh({peer(1, QStringLiteral("127.0.0.1:5000"))});
    QCOMPARE(m_model->rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestUdpPeerModel)

#include "tst_udppeermodel.moc"
