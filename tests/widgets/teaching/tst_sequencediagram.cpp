#include "models/sequencemodel.h"
#include "models/trafficmodel.h"
#include "widgets/teaching/sequencediagram.h"

#include <QFile>
#include <QImage>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using swb::models::SequenceModel;
using swb::models::TrafficModel;
using swb::net::EventKind;
using swb::net::TrafficEvent;
using swb::widgets::SequenceDiagram;

// The diagram widget: clicking an arrow emits its traffic row, a row selected
// elsewhere highlights its arrow, it follows new traffic, paints thousands of
// arrows without trouble, and exports PNG and SVG.
class TestSequenceDiagram : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void clickEmitsRow();
    void rowSelectsArrow();
    void followsNewArrows();
    void exports();

private:
    void talk(int messages);

    std::unique_ptr<TrafficModel> m_traffic;
    std::unique_ptr<SequenceModel> m_sequence;
    std::unique_ptr<SequenceDiagram> m_diagram;
};

namespace {

TrafficEvent makeEvent(int panel, EventKind kind, const QString &local, const QString &remote,
                   const QByteArray &data = QByteArray())
{
    TrafficEvent e;
    e.panelId = panel;
    e.panel = panel == 1 ? QStringLiteral("Echo server") : QStringLiteral("Client 1");
    e.kind = kind;
    e.local = local;
    e.remote = remote;
    e.data = data;
    e.timeMs = 1700000000000;
    return e;
}

const QString S = QStringLiteral("127.0.0.1:8003");
const QString C = QStringLiteral("127.0.0.1:50000");

} // namespace

void TestSequenceDiagram::init()
{
    m_traffic = std::make_unique<TrafficModel>();
    m_sequence = std::make_unique<SequenceModel>();
    m_sequence->setSource(m_traffic.get());
    m_diagram = std::make_unique<SequenceDiagram>(m_sequence.get());
    m_diagram->resize(900, 500);
    m_diagram->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_diagram.get()));
}

void TestSequenceDiagram::cleanup()
{
    m_diagram.reset();
    m_sequence.reset();
    m_traffic.reset();
}

void TestSequenceDiagram::talk(int messages)
{
    m_traffic->record(makeEvent(1, EventKind::Listen, S, QString()));
    m_traffic->record(makeEvent(2, EventKind::Connect, C, S));
    m_traffic->record(makeEvent(1, EventKind::Accept, S, C));
    for (int i = 0; i < messages; ++i) {
        const QByteArray text = "message " + QByteArray::number(i);
        m_traffic->record(makeEvent(2, EventKind::Send, C, S, text));
        m_traffic->record(makeEvent(1, EventKind::Recv, S, C, text));
        m_traffic->record(makeEvent(1, EventKind::Send, S, C, "received: " + text));
        m_traffic->record(makeEvent(2, EventKind::Recv, C, S, "received: " + text));
    }
    m_traffic->flush();
}

void TestSequenceDiagram::clickEmitsRow()
{
    talk(2);
    QCOMPARE(m_sequence->arrowCount(), 3 + 2 * 2);
    m_diagram->verticalScrollBar()->setValue(0);
    QSignalSpy activated(m_diagram.get(), &SequenceDiagram::rowActivated);
    // Arrow 3 is the first "message 0" send: traffic row 3.
    QTest::mouseClick(m_diagram->viewport(), Qt::LeftButton, {}, m_diagram->arrowCentre(3));
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.first().at(0).toInt(), 3);
    QCOMPARE(m_diagram->selectedArrow(), 3);
    QCOMPARE(m_diagram->arrowAt(m_diagram->arrowCentre(4)), 4);
    QCOMPARE(m_diagram->arrowAt(QPoint(10, 2)), -1); // the lane headers
}

void TestSequenceDiagram::rowSelectsArrow()
{
    talk(50);
    // Row 4 is the server's recv of "message 0": its arrow is the client's send.
    m_diagram->showRow(4);
    QCOMPARE(m_diagram->selectedArrow(), 3);
    // A row far down scrolls the diagram to its arrow.
    const int lastRow = m_traffic->rowCount() - 1;
    m_diagram->verticalScrollBar()->setValue(0);
    m_diagram->showRow(lastRow);
    const int arrow = m_diagram->selectedArrow();
    QCOMPARE(arrow, m_sequence->arrowCount() - 1);
    const QPoint centre = m_diagram->arrowCentre(arrow);
    QVERIFY(m_diagram->viewport()->rect().contains(centre));
    m_diagram->showRow(1); // the Connect's row has its own arrow
    QCOMPARE(m_diagram->selectedArrow(), 1);
}

void TestSequenceDiagram::followsNewArrows()
{
    talk(200);
    QScrollBar *bar = m_diagram->verticalScrollBar();
    QCOMPARE(bar->value(), bar->maximum());
    const int before = bar->maximum();
    m_traffic->record(makeEvent(2, EventKind::Send, C, S, "more"));
    m_traffic->flush();
    QVERIFY(bar->maximum() > before);
    QCOMPARE(bar->value(), bar->maximum());
    // Scrolled up, it stays where the reader is.
    bar->setValue(0);
    m_traffic->record(makeEvent(2, EventKind::Send, C, S, "again"));
    m_traffic->flush();
    QCOMPARE(bar->value(), 0);
    m_diagram->repaint(); // painting only the visible rows of 1000 arrows
}

void TestSequenceDiagram::exports()
{
    talk(5);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString png = dir.filePath(QStringLiteral("sequence.png"));
    const QString svg = dir.filePath(QStringLiteral("sequence.svg"));
    QCOMPARE(m_diagram->exportPng(png).message(), QString());
    QCOMPARE(m_diagram->exportSvg(svg).message(), QString());
    const QImage image(png);
    QVERIFY(!image.isNull());
    QVERIFY(image.width() > 200 && image.height() > 200);
    QFile file(svg);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(text.contains("<svg"));
    QVERIFY(text.contains("Echo server"));
    QVERIFY(text.size() > 2000);
    QVERIFY(!m_diagram->exportPng(QStringLiteral("/nonexistent/dir/x.png")).ok());
}

QTEST_MAIN(TestSequenceDiagram)
#include "tst_sequencediagram.moc"
