#pragma once

#include "net/payload/textcodec.h"
#include "net/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace swb::net {

// How the text typed in a send box becomes bytes.
enum class InputMode {
    Text,    // the text as is, encoded
    Escapes, // \r \n \t \\ \0 \xNN are replaced; \xNN inserts one raw byte
    Hex      // "68 65 6c 6c 6f", "68656c6c6f", "0x68 0x65": whitespace, commas and 0x prefixes ignored
};

enum class LineEnding { None, Lf, CrLf };

class PayloadComposer final
{
    Q_DECLARE_TR_FUNCTIONS(swb::net::PayloadComposer)
public:
    // The line ending is appended in Text and Escapes modes, never in Hex mode.
    // A failure's message says what is wrong and where; its offset is the index
    // into text (QChar units) of the offending character.
    static Result<QByteArray> compose(const QString &text, InputMode mode, TextEncoding encoding,
                                      LineEnding ending = LineEnding::None);
    static Result<QByteArray> parseHex(const QString &text);
    static Result<QByteArray> parseEscapes(const QString &text, TextEncoding encoding);

    // Stable names for workspace files: "text", "escapes", "hex" / "none", "lf", "crlf".
    static QString modeName(InputMode mode);
    static InputMode modeFromName(const QString &name, InputMode fallback = InputMode::Text);
    static QString lineEndingName(LineEnding ending);
    static LineEnding lineEndingFromName(const QString &name, LineEnding fallback = LineEnding::None);
    static QByteArray lineEndingBytes(LineEnding ending);
};

} // namespace swb::net
