#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace {

// Messages to spoil in a filled-in copy, by their position in the file; -1: none.
struct Damage
{
    int drop = -1;
    int empty = -1;
};

} // namespace

// The translation rule of DESIGN.md: after lupdate, neither .ts file has an
// unfinished or empty entry, and lupdate finds no string that the committed
// files lack. lupdate runs on a copy of the sources, so the check never
// rewrites the committed files. Two self-tests first show that the check
// passes on complete files and names what is wrong in incomplete ones.
class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void checkPassesOnCompleteFiles();
    void checkNamesMissingAndUnfinished();
    void committedTranslationsAreComplete();

private:
    QStringList problemsWith(const QString &tsDir);
    // The committed .ts files after lupdate, every entry filled with its source text.
    // Damage, if any, goes into the zh_CN file.
    bool makeCompleteCopy(const QString &toDir, Damage damage = {});

    QString m_lupdate;
    QTemporaryDir m_updated; // the sources and .ts files after one lupdate run
    bool m_updatedReady = false;
};

namespace {

const QStringList TsFiles{QStringLiteral("socket-workbench_zh_CN.ts"),
                          QStringLiteral("socket-workbench_en.ts")};
const QStringList SourceDirs{QStringLiteral("net"), QStringLiteral("models"),
                             QStringLiteral("widgets"), QStringLiteral("app")};
constexpr int MaxListed = 20;

struct Message
{
    QString context;
    QString source;
    QString comment;
    bool unfinished = false;
    bool empty = true;

    // What lupdate matches messages by.
    QString key() const { return context + QChar(0) + source + QChar(0) + comment; }
    QString describe() const
    {
        return QStringLiteral("[%1] \"%2\"%3")
            .arg(context, source, comment.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(comment));
    }
};

// Reads a <translation>, plain or with <numerusform>s: empty when no form has text.
void readTranslation(QXmlStreamReader &xml, Message &message)
{
    const QString type = xml.attributes().value(QLatin1String("type")).toString();
    message.unfinished = type == QLatin1String("unfinished");
    QString text;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isCharacters())
            text += xml.text();
        else if (xml.isEndElement() && xml.name() == QLatin1String("translation"))
            break;
    }
    message.empty = text.trimmed().isEmpty();
}

QList<Message> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return {};
    }
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message *current = nullptr;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            current = nullptr;
            continue;
        }
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name") && !current) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            messages.append(Message{context, QString(), QString()});
            current = &messages.last();
        } else if (current && name == QLatin1String("source")) {
            current->source = xml.readElementText();
        } else if (current && name == QLatin1String("comment")) {
            current->comment = xml.readElementText();
        } else if (current && name == QLatin1String("translation")) {
            readTranslation(xml, *current);
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1: %2 at line %3").arg(path, xml.errorString()).arg(xml.lineNumber());
    return messages;
}

bool copyTree(const QString &from, const QString &to)
{
    QDirIterator it(from, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString target = to + QLatin1Char('/') + QDir(from).relativeFilePath(file);
        if (!QDir().mkpath(QFileInfo(target).path()) || !QFile::copy(file, target))
            return false;
    }
    return true;
}

// Runs lupdate the way the project does, in a copy of the sources. Returns an
// error text, empty on success.
QString runLupdate(const QString &lupdate, const QString &workDir)
{
    QProcess process;
    process.setWorkingDirectory(workDir);
    process.setProcessChannelMode(QProcess::MergedChannels);
    QStringList arguments{QStringLiteral("-no-obsolete"), QStringLiteral("-locations"),
                          QStringLiteral("none"),
                          // Sources include "net/x.h" relative to the top folder. Without
                          // -I . lupdate cannot see the namespaces and files every string
                          // under a wrong, unqualified context.
                          QStringLiteral("-I"), QStringLiteral(".")};
    arguments << SourceDirs << QStringLiteral("-ts");
    for (const QString &ts : TsFiles)
        arguments << QStringLiteral("translations/") + ts;
    process.start(lupdate, arguments);
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished(5000);
        return QStringLiteral("lupdate did not finish within 60 s");
    }
    const QString output = QString::fromLocal8Bit(process.readAll());
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return QStringLiteral("lupdate failed (exit code %1):\n%2").arg(process.exitCode()).arg(output);
    if (output.contains(QLatin1String("Qualifying with unknown namespace")))
        return QStringLiteral("lupdate could not resolve some classes:\n%1").arg(output);
    return QString();
}

// A filled-in translation for every message (the source text itself), except
// for the damage asked for.
bool fillTranslations(const QString &from, const QString &to, Damage damage)
{
    QFile in(from);
    QFile out(to);
    if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    QXmlStreamReader xml(&in);
    QXmlStreamWriter writer(&out);
    QString source;
    bool numerus = false;
    int index = -1;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("message")) {
            numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            if (++index == damage.drop) {
                xml.skipCurrentElement();
                continue;
            }
        } else if (xml.isStartElement() && xml.name() == QLatin1String("source")) {
            writer.writeStartElement(QStringLiteral("source"));
            source = xml.readElementText();
            writer.writeCharacters(source);
            writer.writeEndElement();
            continue;
        } else if (xml.isStartElement() && xml.name() == QLatin1String("translation")) {
            xml.skipCurrentElement();
            writer.writeStartElement(QStringLiteral("translation"));
            if (index == damage.empty)
                writer.writeCharacters(QString());
            else if (numerus)
                for (int form = 0; form < 2; ++form)
                    writer.writeTextElement(QStringLiteral("numerusform"), source);
            else
                writer.writeCharacters(source);
            writer.writeEndElement();
            continue;
        }
        writer.writeCurrentToken(xml);
    }
    return !xml.hasError();
}

} // namespace

void TestTranslations::initTestCase()
{
    m_lupdate = QStandardPaths::findExecutable(
        QStringLiteral("lupdate"), {QStringLiteral("/usr/lib/qt6/bin"), QStringLiteral("/usr/lib/qt6/libexec")});
    if (m_lupdate.isEmpty())
        m_lupdate = QStandardPaths::findExecutable(QStringLiteral("lupdate"));
    if (m_lupdate.isEmpty())
        QFAIL("lupdate (Qt 6 Linguist tools) is not installed: run scripts/install-deps.sh, "
              "which installs qt6-l10n-tools");
}

QStringList TestTranslations::problemsWith(const QString &tsDir)
{
    QTemporaryDir work;
    if (!work.isValid())
        return {QStringLiteral("cannot create a temporary folder")};
    for (const QString &dir : SourceDirs) {
        if (!copyTree(QStringLiteral(SWB_SOURCE_DIR "/") + dir, work.filePath(dir)))
            return {QStringLiteral("cannot copy the source folder %1").arg(dir)};
    }
    QDir(work.path()).mkdir(QStringLiteral("translations"));
    for (const QString &ts : TsFiles) {
        if (!QFile::copy(tsDir + QLatin1Char('/') + ts, work.filePath(QStringLiteral("translations/") + ts)))
            return {QStringLiteral("cannot copy %1/%2").arg(tsDir, ts)};
    }
    const QString failure = runLupdate(m_lupdate, work.path());
    if (!failure.isEmpty())
        return {failure};

    QStringList problems;
    int total = 0;
    const auto report = [&problems, &total](const QString &problem) {
        if (++total <= MaxListed)
            problems << problem;
    };
    for (const QString &ts : TsFiles) {
        QString error;
        const QList<Message> committed = readTs(tsDir + QLatin1Char('/') + ts, &error);
        const QList<Message> updated =
            readTs(work.filePath(QStringLiteral("translations/") + ts), &error);
        if (!error.isEmpty())
            return {error};
        QSet<QString> committedKeys;
        for (const Message &m : committed)
            committedKeys.insert(m.key());
        for (const Message &m : updated) {
            if (!committedKeys.contains(m.key()))
                report(QStringLiteral("%1: missing from the committed file: %2").arg(ts, m.describe()));
            else if (m.unfinished)
                report(QStringLiteral("%1: unfinished: %2").arg(ts, m.describe()));
            else if (m.empty)
                report(QStringLiteral("%1: empty translation: %2").arg(ts, m.describe()));
        }
    }
    if (total > MaxListed)
        problems << QStringLiteral("... and %1 more").arg(total - MaxListed);
    return problems;
}

bool TestTranslations::makeCompleteCopy(const QString &toDir, Damage damage)
{
    // lupdate first, so that the copy holds exactly what the sources have today;
    // once is enough for every copy.
    if (!m_updatedReady) {
        for (const QString &dir : SourceDirs) {
            if (!copyTree(QStringLiteral(SWB_SOURCE_DIR "/") + dir, m_updated.filePath(dir)))
                return false;
        }
        if (!copyTree(QStringLiteral(SWB_SOURCE_DIR "/translations"),
                      m_updated.filePath(QStringLiteral("translations"))))
            return false;
        const QString failure = runLupdate(m_lupdate, m_updated.path());
        if (!failure.isEmpty()) {
            qWarning("%s", qPrintable(failure));
            return false;
        }
        m_updatedReady = true;
    }
    for (const QString &ts : TsFiles) {
        const QString from = m_updated.filePath(QStringLiteral("translations/") + ts);
        if (!fillTranslations(from, toDir + QLatin1Char('/') + ts, ts == TsFiles.first() ? damage : Damage()))
            return false;
    }
    return true;
}

void TestTranslations::checkPassesOnCompleteFiles()
{
    QTemporaryDir complete;
    QVERIFY(makeCompleteCopy(complete.path()));
    const QStringList problems = problemsWith(complete.path());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestTranslations::checkNamesMissingAndUnfinished()
{
    QTemporaryDir complete;
    QVERIFY(makeCompleteCopy(complete.path()));
    QString error;
    const QList<Message> messages = readTs(complete.filePath(TsFiles.first()), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(messages.size() >= 2);

    // In the zh_CN copy, drop the first message and empty the last one's translation.
    QTemporaryDir broken;
    QVERIFY(makeCompleteCopy(broken.path(), Damage{0, int(messages.size()) - 1}));
    const QString problems = problemsWith(broken.path()).join(QLatin1Char('\n'));
    const QString zh = TsFiles.first();
    QVERIFY2(problems.contains(zh + QStringLiteral(": missing from the committed file: ")
                               + messages.first().describe()),
             qPrintable(problems));
    // lupdate may keep an empty entry as it is or mark it unfinished; either is named.
    QVERIFY2(problems.contains(zh + QStringLiteral(": empty translation: ") + messages.last().describe())
                 || problems.contains(zh + QStringLiteral(": unfinished: ") + messages.last().describe()),
             qPrintable(problems));
    QVERIFY2(!problems.contains(TsFiles.last()), qPrintable(problems));
}

void TestTranslations::committedTranslationsAreComplete()
{
    const QStringList problems = problemsWith(QStringLiteral(SWB_SOURCE_DIR "/translations"));
    if (!problems.isEmpty())
        QFAIL(qPrintable(QStringLiteral("translations/*.ts are not complete; translate these, "
                                        "then run the update_translations target:\n")
                         + problems.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
