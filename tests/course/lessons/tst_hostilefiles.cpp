#include "course/lessons/workspace.h"
#include "models/trafficreader.h"
#include "net/files/privatesavefile.h"
#include "net/files/safefile.h"
#include "net/httpclient/bodyspool.h"
#include "net/reply/appendfile.h"
#include "net/reply/serverbehaviour.h"
#include "net/stream/tcpserverendpoint.h"
#include "net/traffic/replayloader.h"
#include "net/udp/udpendpoint.h"
#include "net/traffic/trafficwriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using swb::course::WorkspaceFile;
using swb::models::TrafficReader;
using swb::net::AppendFile;
using swb::net::ReplayLoader;
using swb::net::TrafficWriter;

// Files that are not what they claim to be (issue 19): a FIFO or /dev/zero
// named as a workspace, a traffic file, a --save-traffic target or a server's
// append file must be refused at once with a message that names the path and
// what it is (a FIFO used to hang the program, /dev/zero to read for ever);
// workspace files are held to limits; what the program writes is private.
class TestHostileFiles : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void fifoAsWorkspace();
    void deviceAsWorkspace();
    void fifoAsTrafficFiles();
    void fifoAsSaveTrafficTarget();
    void fifoAsAppendFile();
    void udpAppendFileOpensOnBind();
    void createdFilesArePrivate();
    void plantedSymlinks();
    void workspaceLimits();
    void hundredsOfThousandsOfProblems();

private:
    QString fifo();
    std::unique_ptr<QTemporaryDir> m_dir;
};

namespace {

bool namesFifo(const QString &message, const QString &path)
{
    return message.contains(path) && message.contains(QStringLiteral("named pipe (FIFO)"));
}

QByteArray workspaceWith(const QJsonArray &panels)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("format"), QStringLiteral("socket-workbench-workspace")},
                                     {QStringLiteral("version"), 1},
                                     {QStringLiteral("panels"), panels}})
        .toJson();
}

} // namespace

void TestHostileFiles::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TestHostileFiles::fifo()
{
    const QString path = m_dir->filePath(QStringLiteral("pipe.jsonl"));
    if (::mkfifo(QFile::encodeName(path).constData(), 0600) != 0)
        return QString();
    return path;
}

void TestHostileFiles::fifoAsWorkspace()
{
    const QString path = fifo();
    QVERIFY(!path.isEmpty());
    const auto loaded = WorkspaceFile::load(path);
    QVERIFY(!loaded);
    QVERIFY2(namesFifo(loaded.message(), path), qPrintable(loaded.message()));
}

void TestHostileFiles::deviceAsWorkspace()
{
    const auto loaded = WorkspaceFile::load(QStringLiteral("/dev/zero"));
    QVERIFY(!loaded);
    QVERIFY2(loaded.message().contains(QStringLiteral("/dev/zero"))
                 && loaded.message().contains(QStringLiteral("character device")),
             qPrintable(loaded.message()));
}

void TestHostileFiles::fifoAsTrafficFiles()
{
    const QString path = fifo();
    QVERIFY(!path.isEmpty());
    TrafficReader reader;
    const auto opened = reader.open(path);
    QVERIFY(!opened);
    QVERIFY2(namesFifo(opened.message(), path), qPrintable(opened.message()));

    const auto replayed = ReplayLoader::loadCsv(path);
    QVERIFY(!replayed);
    QVERIFY2(namesFifo(replayed.message(), path), qPrintable(replayed.message()));
}

void TestHostileFiles::fifoAsSaveTrafficTarget()
{
    const QString path = fifo();
    QVERIFY(!path.isEmpty());
    TrafficWriter writer;
    const auto opened = writer.open(path);
    QVERIFY(!opened);
    QVERIFY2(namesFifo(opened.message(), path), qPrintable(opened.message()));
}

void TestHostileFiles::fifoAsAppendFile()
{
    const QString path = fifo();
    QVERIFY(!path.isEmpty());
    AppendFile file(path);
    const auto opened = file.open();
    QVERIFY(!opened);
    QVERIFY2(namesFifo(opened.message(), path), qPrintable(opened.message()));

    // Through the server, as a workspace's behaviour would set it: nothing is
    // opened while the server is stopped (a workspace with autoStart false
    // loads at once); starting it refuses the FIFO with the message.
    swb::net::TcpServerEndpoint server;
    QSignalSpy errors(&server, &swb::net::TcpServerEndpoint::errorOccurred);
    swb::net::ServerBehaviour behaviour;
    behaviour.appendFile = path;
    QVERIFY(server.setBehaviour(behaviour, swb::net::TextEncoding::Utf8).ok());
    QVERIFY(!server.start(swb::net::TcpServerSettings()));
    QVERIFY(!server.isListening());
    QCOMPARE(errors.size(), 1);
    QVERIFY2(namesFifo(errors.at(0).at(0).toString(), path),
             qPrintable(errors.at(0).at(0).toString()));

    // A regular append file is created when the server starts, not before.
    const QString later = m_dir->filePath(QStringLiteral("later.log"));
    behaviour.appendFile = later;
    QVERIFY(server.setBehaviour(behaviour, swb::net::TextEncoding::Utf8).ok());
    QVERIFY(!QFile::exists(later));
    QVERIFY(server.start(swb::net::TcpServerSettings()));
    QVERIFY(QFile::exists(later));
}

// docs/workspace.md: a UDP server's append file too opens when the server
// starts (binds), not when the workspace sets its behaviour.
void TestHostileFiles::udpAppendFileOpensOnBind()
{
    const QString path = fifo();
    QVERIFY(!path.isEmpty());
    swb::net::UdpEndpoint server;
    QSignalSpy errors(&server, &swb::net::UdpEndpoint::errorOccurred);
    swb::net::ServerBehaviour behaviour;
    behaviour.appendFile = path;
    QVERIFY(server.setBehaviour(behaviour, swb::net::TextEncoding::Utf8).ok());
    QVERIFY(errors.isEmpty());
    QVERIFY(!server.bind(QStringLiteral("127.0.0.1"), 0, false));
    QVERIFY(!server.isOpen());
    QCOMPARE(errors.size(), 1);
    QVERIFY2(namesFifo(errors.at(0).at(0).toString(), path),
             qPrintable(errors.at(0).at(0).toString()));

    const QString later = m_dir->filePath(QStringLiteral("udp.log"));
    behaviour.appendFile = later;
    QVERIFY(server.setBehaviour(behaviour, swb::net::TextEncoding::Utf8).ok());
    QVERIFY(!QFile::exists(later));
    QVERIFY(server.bind(QStringLiteral("127.0.0.1"), 0, false));
    QVERIFY(QFile::exists(later));
    QCOMPARE(QFileInfo(later).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
             QFileDevice::Permissions());
}

void TestHostileFiles::createdFilesArePrivate()
{
    const QString recording = m_dir->filePath(QStringLiteral("capture.jsonl"));
    {
        TrafficWriter writer;
        QVERIFY(writer.open(recording).ok());
    }
    const QString append = m_dir->filePath(QStringLiteral("backend.log"));
    {
        AppendFile file(append);
        QVERIFY(file.open().ok());
        QVERIFY(file.append("x").ok());
    }
    // The recovery folder and its autosaved workspace (SessionRecovery).
    const QString folder = m_dir->filePath(QStringLiteral("share/recovery"));
    QVERIFY(swb::net::SafeFile::makePrivateFolder(folder));
    const QFileDevice::Permissions folderMode = QFileInfo(folder).permissions();
    QCOMPARE(folderMode & (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner),
             QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QVERIFY((folderMode & (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
                           | QFileDevice::ReadOther | QFileDevice::WriteOther
                           | QFileDevice::ExeOther))
            == 0);
    const QString recovered = folder + QStringLiteral("/workspace.json");
    QVERIFY(swb::net::SafeFile::writePrivately(recovered, "{}", nullptr));
    QVERIFY(swb::net::SafeFile::writePrivately(recovered, "{ }", nullptr)); // replaced, still private

    const auto privateOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    for (const QString &path : {recording, append, recovered}) {
        const QFileDevice::Permissions p = QFileInfo(path).permissions();
        QVERIFY2((p & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup
                       | QFileDevice::WriteOther))
                     == 0,
                 qPrintable(path));
        QVERIFY((p & privateOnly) == privateOnly);
    }
}

// Someone plants a link at the name a save will use (the suggested
// "header.txt" in a shared folder, a recovery file) pointing at a file of the
// user's. Saving replaces the link with a private file of its own; the file
// it pointed to is untouched, and no temporary file is left behind.
void TestHostileFiles::plantedSymlinks()
{
    const QString victim = m_dir->filePath(QStringLiteral("victim.txt"));
    {
        QFile file(victim);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("precious\n");
    }
    const QByteArray response = "HTTP/1.1 200 OK\r\nSet-Cookie: session=secret\r\n\r\nbody";
    const qint64 headerEnd = response.indexOf("\r\n\r\n") + 4;
    swb::net::BodySpool spool(16); // small display limit: spooled to a temporary file
    QVERIFY(spool.append(response).ok());
    QVERIFY(spool.isSpooled());

    const QString header = m_dir->filePath(QStringLiteral("header.txt"));
    const QString recovered = m_dir->filePath(QStringLiteral("workspace-1.json"));
    QVERIFY(QFile::link(victim, header));
    QVERIFY(QFile::link(victim, recovered));
    QVERIFY(spool.saveTo(header, 0, headerEnd).ok());
    QVERIFY(swb::net::SafeFile::writePrivately(recovered, "{}", nullptr));

    QFile check(victim);
    QVERIFY(check.open(QIODevice::ReadOnly));
    QCOMPARE(check.readAll(), QByteArray("precious\n"));
    for (const QString &path : {header, recovered}) {
        const QFileInfo info(path);
        QVERIFY2(!info.isSymLink() && info.isFile(), qPrintable(path));
        QCOMPARE(info.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther
                                       | QFileDevice::WriteGroup | QFileDevice::WriteOther),
                 QFileDevice::Permissions());
    }
    QFile saved(header);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(saved.readAll(), response.left(headerEnd));

    // A folder at the name is refused before anything is written.
    const QString folder = m_dir->filePath(QStringLiteral("folder.txt"));
    QVERIFY(QDir().mkdir(folder));
    const auto refused = swb::net::PrivateSaveFile::save(folder, "x");
    QVERIFY(!refused);
    QVERIFY2(refused.message().contains(folder), qPrintable(refused.message()));

    // The program's private folders: a planted link is refused, not followed.
    const QString planted = m_dir->filePath(QStringLiteral("private"));
    QVERIFY(QFile::link(m_dir->path(), planted));
    const auto privateFolder = swb::net::SafeFile::ensurePrivateFolder(planted);
    QVERIFY(!privateFolder);
    QVERIFY2(privateFolder.message().contains(QStringLiteral("symbolic link")),
             qPrintable(privateFolder.message()));

    const QStringList left = QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden);
    QCOMPARE(left, (QStringList{QStringLiteral("header.txt"), QStringLiteral("victim.txt"),
                                QStringLiteral("workspace-1.json")}));
}

void TestHostileFiles::workspaceLimits()
{
    const QJsonObject panel{{QStringLiteral("type"), QStringLiteral("tcp-client")}};
    QJsonArray many;
    for (int i = 0; i <= WorkspaceFile::maxPanels; ++i)
        many.append(panel);
    const auto tooMany = WorkspaceFile::parse(workspaceWith(many));
    QVERIFY(!tooMany);
    QVERIFY2(tooMany.message().contains(QString::number(WorkspaceFile::maxPanels)),
             qPrintable(tooMany.message()));

    QJsonObject huge = panel;
    huge.insert(QStringLiteral("rawRequest"), QString(WorkspaceFile::maxFieldChars + 1, 'r'));
    const auto tooLong = WorkspaceFile::parse(workspaceWith(QJsonArray{huge}));
    QVERIFY(!tooLong);
    QVERIFY2(tooLong.message().contains(QStringLiteral("rawRequest"))
                 && tooLong.message().contains(QString::number(WorkspaceFile::maxFieldChars)),
             qPrintable(tooLong.message()));

    const QString big = m_dir->filePath(QStringLiteral("big.json"));
    QFile file(big);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.resize(WorkspaceFile::maxFileBytes + 1));
    file.close();
    const auto tooBig = WorkspaceFile::load(big);
    QVERIFY(!tooBig);
    QVERIFY2(tooBig.message().contains(QString::number(WorkspaceFile::maxFileBytes)),
             qPrintable(tooBig.message()));
}

// A workspace asking for 300,000 problems (a lesson title with 300,000
// languages, none of them text): the message lists 20 and counts the rest.
void TestHostileFiles::hundredsOfThousandsOfProblems()
{
    constexpr int count = 300000;
    // Written as text: QJsonObject::insert keeps its keys sorted, so building
    // 300,000 of them takes minutes under the sanitizers.
    QByteArray title;
    for (int i = 0; i < count; ++i)
        title += (i ? ",\"l" : "\"l") + QByteArray::number(i) + "\":" + QByteArray::number(i);
    const QByteArray bytes = R"({"format":"socket-workbench-workspace","version":1,"panels":[],)"
                             R"("lesson":{"title":{)" + title + "}}}";
    QVERIFY(bytes.size() < WorkspaceFile::maxFileBytes);
    const auto parsed = WorkspaceFile::parse(bytes);
    QVERIFY(!parsed);
    const QStringList lines = parsed.message().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 1 + WorkspaceFile::maxListedProblems + 1);
    QVERIFY2(lines.constLast().contains(QString::number(count - WorkspaceFile::maxListedProblems)),
             qPrintable(lines.constLast()));
    QVERIFY(parsed.message().size() < 20 * 1024);

    // One problem of a megabyte is cut short too.
    QStringList one{QString(1 << 20, QLatin1Char('p'))};
    QVERIFY(WorkspaceFile::problemList(one).size() <= WorkspaceFile::maxProblemChars + 1);
}

QTEST_GUILESS_MAIN(TestHostileFiles)
#include "tst_hostilefiles.moc"
