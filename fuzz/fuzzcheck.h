#pragma once

// What every fuzz target shares: a broken invariant aborts, so libFuzzer
// saves the input as a crash; FuzzInput hands out the leading control bytes
// the targets use to choose modes, so that the mutator can flip them too.

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace swb::fuzz {

inline void check(bool condition, const char *what)
{
    if (!condition) {
        std::fprintf(stderr, "fuzz invariant broken: %s\n", what);
        std::abort();
    }
}

class FuzzInput
{
public:
    FuzzInput(const uint8_t *data, size_t size)
        : m_data(data)
        , m_size(size)
    {
    }

    // Zero once the input is used up, so short inputs still run.
    uint8_t byte() { return m_at < m_size ? m_data[m_at++] : 0; }
    uint32_t u32()
    {
        uint32_t value = 0;
        for (int i = 0; i < 4; ++i)
            value = value << 8 | byte();
        return value;
    }
    QByteArray rest() const
    {
        return QByteArray(reinterpret_cast<const char *>(m_data + m_at), qsizetype(m_size - m_at));
    }
    // Text as a peer or a file would give it (UTF-8), or, when raw is set, the
    // bytes read as UTF-16 so that lone surrogates and any QChar reach the parser.
    static QString text(const QByteArray &bytes, bool raw)
    {
        if (!raw)
            return QString::fromUtf8(bytes);
        return QString(reinterpret_cast<const QChar *>(bytes.constData()), bytes.size() / 2);
    }

private:
    const uint8_t *m_data;
    size_t m_size;
    size_t m_at = 0;
};

} // namespace swb::fuzz
