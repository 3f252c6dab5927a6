#include "models/colourcontrast.h"
#include "models/trafficmodel.h"
#include "tests/models/testevents.h"

#include <QApplication>
#include <QBrush>
#include <QTest>

using swb::models::ColourContrast;
using swb::models::TrafficModel;
using swb::net::EventKind;
using swb::tests::makeEvent;

// The traffic table's error and information rows keep the theme's contrast on
// a light and on a dark palette, and follow a switch between them.
class TestTrafficColours final : public QObject
{
    Q_OBJECT
private slots:
    void rowColoursAreReadable_data();
    void rowColoursAreReadable();
};

void TestTrafficColours::rowColoursAreReadable_data()
{
    QTest::addColumn<QColor>("base");
    QTest::newRow("light") << QColor(Qt::white);
    QTest::newRow("dark") << QColor(0x1e, 0x1e, 0x1e);
}

void TestTrafficColours::rowColoursAreReadable()
{
    QFETCH(QColor, base);
    const QPalette before = QApplication::palette();
    QPalette palette = before;
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::Window, base);
    QApplication::setPalette(palette);

    TrafficModel model;
    model.record(makeEvent(EventKind::Error, QByteArray(), 1, QStringLiteral("refused")));
    model.record(makeEvent(EventKind::Listen));
    model.flush();
    QCOMPARE(model.rowCount(), 2);
    for (int row = 0; row < 2; ++row) {
        const QColor text = model.index(row, 0).data(Qt::ForegroundRole).value<QBrush>().color();
        QVERIFY2(ColourContrast::contrast(text, base) >= 4.5,
                 qPrintable(QStringLiteral("row %1: %2 on %3").arg(row).arg(text.name(), base.name())));
    }
    QApplication::setPalette(before);
}

QTEST_MAIN(TestTrafficColours)
#include "tst_trafficcolours.moc"
