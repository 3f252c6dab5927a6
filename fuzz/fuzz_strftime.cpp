// libFuzzer target: strftime formats as a peer sends them to the udp-time
// server (ReplyKind::TimeFormat), and as typed into the timestamp reply, at
// an input-chosen time in UTC, a fixed offset, local time or no valid time.
// Input layout: flags byte, 8 time bytes, 2 offset bytes, then the format
// bytes as they arrive from the network.

#include "fuzz/fuzzcheck.h"

#include "net/payload/strftimeformatter.h"
#include "net/reply/replyengine.h"

#include <QTimeZone>

namespace {

using namespace swb::net;
using swb::Result;
using swb::fuzz::check;

QDateTime timeFrom(uint8_t flags, uint64_t bits, uint16_t offsetBits)
{
    // About ±8,900 years: beyond every calendar test, and the clock never
    // gives more; the formats are what comes from outside.
    const qint64 msecs = qint64(bits) % (qint64(1) << 48);
    switch (flags % 4) {
    case 0:
        return QDateTime();
    case 1:
        return QDateTime::fromMSecsSinceEpoch(msecs, QTimeZone::utc());
    case 2:
        return QDateTime::fromMSecsSinceEpoch(msecs, QTimeZone(int(offsetBits % (2 * 50400 + 1)) - 50400));
    default:
        return QDateTime::fromMSecsSinceEpoch(msecs);
    }
}

void checkFormat(const QString &pattern, const QDateTime &when)
{
    const Result<QString> result = StrftimeFormatter::format(pattern, when);
    const QString text = StrftimeFormatter::formatLiterally(pattern, when);
    check(result.ok() == result.message().isEmpty(), "ok and message disagree");
    check(!result || *result == text, "the literal text differs from the formatted one");
    if (!result)
        check(result.failure().offset >= 0 && result.failure().offset < pattern.size(),
              "error position outside the pattern");
    if (!pattern.contains(QLatin1Char('%')))
        check(result.ok() && *result == pattern, "text without directives was changed");
    // A directive pads to at most MaxWidth; %c, the longest unpadded, gives under 32.
    check(text.size() <= (StrftimeFormatter::MaxWidth + 32) * pattern.size(), "output unbounded");
    if (QStringView(pattern).isValidUtf16())
        check(QStringView(text).isValidUtf16(), "valid format gave broken UTF-16");
}

void checkReplies(const QByteArray &message, const QDateTime &when, TextEncoding encoding)
{
    ServerBehaviour behaviour;
    behaviour.reply = ReplyKind::TimeFormat;
    const ReplyEngine timeFormat(behaviour, encoding);
    const ReplyEngine::Action action = timeFormat.onMessage(message, QStringLiteral("127.0.0.1:9"), 1, when);
    check(action.reply && !action.close, "time-format server did not answer");
    const QString format = TextCodec::decode(ReplyEngine::splitLineEnding(message, nullptr), encoding);
    const Result<QString> direct = StrftimeFormatter::format(format, when);
    // A NUL in the format is Python's one refusal: the server answers its
    // ValueError's words, not a time.
    if (format.contains(QChar(0)))
        check(!action.bytes.isEmpty(), "a format with NUL was answered with nothing");
    else if (direct)
        check(action.bytes == TextCodec::encode(*direct, encoding), "reply is not the formatted time");
    else
        check(!action.bytes.isEmpty(), "a bad format was answered with nothing");

    // The same text typed as the timestamp prefix: validate() must not throw
    // it at the user as a crash, and the reply still carries the message.
    behaviour.reply = ReplyKind::Timestamp;
    behaviour.timestampFormat = TextCodec::decode(message, encoding);
    const ReplyEngine timestamp(behaviour, encoding);
    (void)timestamp.validate();
    check(timestamp.onMessage(message, QString(), 2, when).bytes.endsWith(message), "timestamp lost the message");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    swb::fuzz::FuzzInput input(data, size);
    const uint8_t flags = input.byte();
    const uint64_t bits = uint64_t(input.u32()) << 32 | input.u32();
    const uint16_t offsetBits = uint16_t(input.byte() << 8 | input.byte());
    const QDateTime when = timeFrom(flags, bits, offsetBits);
    const QByteArray bytes = input.rest();

    checkFormat(swb::fuzz::FuzzInput::text(bytes, flags & 4), when);
    const QList<TextEncoding> encodings = TextCodec::all();
    checkReplies(bytes, when, encodings.at((flags >> 3) % encodings.size()));
    return 0;
}
