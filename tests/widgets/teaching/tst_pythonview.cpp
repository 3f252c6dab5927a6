// The "Show as Python" window: the script it shows is the generator's for the
// panel's settings, highlighted; Copy puts it on the clipboard, Save writes it
// (and says why when it cannot), Refresh reads the panel again.
#include "course/lessons/workspace.h"
#include "course/python/pythongenerator.h"
#include "widgets/teaching/pythonhighlighter.h"
#include "widgets/teaching/pythonview.h"

#include <QClipboard>
#include <QFile>
#include <QGuiApplication>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

using swb::course::PanelConfig;

class TestPythonView : public QObject
{
    Q_OBJECT

private slots:
    void showsCopiesSavesAndRefreshes();
};

void TestPythonView::showsCopiesSavesAndRefreshes()
{
    PanelConfig config(swb::course::PanelType::TcpServer);
    config.name = QStringLiteral("Echo server");
    config.tcpServer().listen.port = 8003;
    config.tcpServer().behaviour.reply = swb::net::ReplyKind::Prefix;
    swb::widgets::PythonView view([&config] { return config; });
    view.show();
    const QString expected = swb::course::PythonGenerator::generate(config);
    QCOMPARE(view.script(), expected);
    // A plain text edit keeps no last line break; the script ends with one.
    QCOMPARE(view.editor()->toPlainText() + QLatin1Char('\n'), expected);
    QCOMPARE(view.suggestedFileName(), QStringLiteral("echo_server.py"));

    // Highlighted: "import" is drawn as a keyword.
    const auto *highlighter = view.editor()->document()->findChild<swb::widgets::PythonHighlighter *>();
    QVERIFY(highlighter);
    bool keywordSeen = false;
    for (QTextBlock block = view.editor()->document()->begin(); block.isValid() && !keywordSeen;
         block = block.next()) {
        if (!block.text().startsWith(QLatin1String("import ")))
            continue;
        for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
            if (range.start == 0 && range.length == 6)
                keywordSeen = range.format.foreground().color() == highlighter->keywordColour();
        }
    }
    QVERIFY(keywordSeen);

    view.copyToClipboard();
    QCOMPARE(QGuiApplication::clipboard()->text(), expected);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(view.suggestedFileName());
    QCOMPARE(view.saveTo(path).message(), QString());
    QFile saved(path);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(saved.readAll()), expected);
    const QString problem = view.saveTo(dir.filePath(QStringLiteral("no/such/folder/x.py"))).message();
    QVERIFY2(!problem.isEmpty(), "a failed save must say so");

    config.tcpServer().listen.port = 9999;
    view.refresh();
    QVERIFY(view.script().contains(QLatin1String("PORT = 9999")));
    QCOMPARE(view.editor()->toPlainText() + QLatin1Char('\n'), view.script());
}

QTEST_MAIN(TestPythonView)

#include "tst_pythonview.moc"
