#include "net/traffic/deferredtext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <vector>

namespace swb::net::DeferredText {

namespace {

// A Unicode noncharacter: no text a user or a peer sends is meant to hold it.
constexpr char16_t marker = u'\uFDD0';
// Arguments nest (a reason inside a close line); a hostile string cannot make
// rendering recurse deeper than this.
constexpr int maxDepth = 4;

// What QString::arg(a, b, …) does with a list: the lowest-numbered %N takes
// the first argument, the next-lowest the second, in one pass, so an argument
// holding "%1" is not replaced again.
QString substitute(const QString &pattern, const QStringList &args)
{
    std::vector<int> numbers;
    for (qsizetype i = 0; i + 1 < pattern.size(); ++i) {
        if (pattern.at(i) == u'%' && pattern.at(i + 1).isDigit()) {
            int number = pattern.at(i + 1).digitValue();
            if (i + 2 < pattern.size() && pattern.at(i + 2).isDigit())
                number = number * 10 + pattern.at(i + 2).digitValue();
            numbers.push_back(number);
        }
    }
    std::sort(numbers.begin(), numbers.end());
    numbers.erase(std::unique(numbers.begin(), numbers.end()), numbers.end());
    QString result;
    result.reserve(pattern.size());
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        if (pattern.at(i) == u'%' && i + 1 < pattern.size() && pattern.at(i + 1).isDigit()) {
            int number = pattern.at(i + 1).digitValue();
            qsizetype length = 2;
            if (i + 2 < pattern.size() && pattern.at(i + 2).isDigit()) {
                number = number * 10 + pattern.at(i + 2).digitValue();
                length = 3;
            }
            const auto at = std::lower_bound(numbers.begin(), numbers.end(), number);
            const qsizetype index = at - numbers.begin();
            if (index < args.size()) {
                result += args.at(index);
                i += length - 1;
                continue;
            }
        }
        result += pattern.at(i);
    }
    return result;
}

QString renderAt(const QString &text, int depth)
{
    if (!isDeferred(text))
        return text;
    if (depth > maxDepth)
        return QString();
    const QJsonArray call = QJsonDocument::fromJson(text.mid(1).toUtf8()).array();
    if (call.size() < 3)
        return QString();
    const QByteArray context = call.at(0).toString().toUtf8();
    const QByteArray source = call.at(1).toString().toUtf8();
    const int n = call.at(2).toInt(-1);
    QStringList args;
    for (qsizetype i = 3; i < call.size(); ++i)
        args << renderAt(call.at(i).toString(), depth + 1);
    return substitute(
        QCoreApplication::translate(context.constData(), source.constData(), nullptr, n), args);
}

} // namespace

QString make(const char *context, const char *source, const QStringList &args, int n)
{
    QJsonArray call{QString::fromUtf8(context), QString::fromUtf8(source), n};
    for (const QString &arg : args)
        call.append(arg);
    return QChar(marker) + QString::fromUtf8(QJsonDocument(call).toJson(QJsonDocument::Compact));
}

QString render(const QString &text)
{
    return renderAt(text, 0);
}

bool isDeferred(const QString &text)
{
    return !text.isEmpty() && text.front() == QChar(marker);
}

} // namespace swb::net::DeferredText
