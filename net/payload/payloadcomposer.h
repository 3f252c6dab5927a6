#pragma once

#include "net/payload/textcodec.h"

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

struct ComposeResult
{
    QByteArray bytes;
    bool ok = true;
    int errorPosition = -1; // index into the input text (QChar units) of the offending character
    QString errorMessage;   // translated, says what is wrong and where
};

class PayloadComposer final
{
    Q_DECLARE_TR_FUNCTIONS(swb::net::PayloadComposer)
public:
    // The line ending is appended in Text and Escapes modes, never in Hex mode.
    static ComposeResult compose(const QString &text, InputMode mode, TextEncoding encoding,
                                 LineEnding ending = LineEnding::None);
    static ComposeResult parseHex(const QString &text);
    static ComposeResult parseEscapes(const QString &text, TextEncoding encoding);

    // Stable names for workspace files: "text", "escapes", "hex" / "none", "lf", "crlf".
    static QString modeName(InputMode mode);
    static InputMode modeFromName(const QString &name, InputMode fallback = InputMode::Text);
    static QString lineEndingName(LineEnding ending);
    static LineEnding lineEndingFromName(const QString &name, LineEnding fallback = LineEnding::None);
    static QByteArray lineEndingBytes(LineEnding ending);
};

} // namespace swb::net
