#include "models/trafficmatcher.h"

#include "models/trafficstore.h"
#include "net/payload/payloadcomposer.h"

#include <algorithm>
#include <cstring>

namespace swb::models {

namespace {

bool isAscii(const QString &text)
{
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x80; });
}

char foldAscii(char c)
{
    return (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
}

// glibc's memmem is several times faster than a general search on the short
// payloads that make up most of a flood.
bool containsBytes(QByteArrayView haystack, QByteArrayView needle)
{
    // An empty payload may have no storage at all: memmem must not see its null pointer.
    if (needle.isEmpty())
        return true;
    if (haystack.size() < needle.size())
        return false;
#ifdef __GLIBC__
    return ::memmem(haystack.data(), size_t(haystack.size()), needle.data(), size_t(needle.size()))
        != nullptr;
#else
    return haystack.indexOf(needle) >= 0;
#endif
}

// Decoding to search: UTF-8 and Latin-1 directly, without TextCodec's care
// for a half character at the end, which cannot change whether text is found.
QString decodeForSearch(QByteArrayView bytes, net::TextEncoding encoding)
{
    switch (encoding) {
    case net::TextEncoding::Utf8: return QString::fromUtf8(bytes);
    case net::TextEncoding::Latin1: return QString::fromLatin1(bytes);
    case net::TextEncoding::Gbk:
    case net::TextEncoding::Gb18030: break;
    }
    return net::TextCodec::decode(QByteArray::fromRawData(bytes.data(), bytes.size()), encoding);
}

} // namespace

TrafficMatcher::TrafficMatcher(const TrafficFilter &filter, net::TextEncoding encoding)
    : m_filter(filter)
    , m_encoding(encoding)
{
    if (m_filter.text.isEmpty())
        return;
    if (m_filter.hex) {
        const Result<QByteArray> parsed = net::PayloadComposer::parseHex(m_filter.text);
        if (!parsed) {
            m_problem = parsed.message();
            m_search = Search::Bytes;
            m_needle.clear();
            return;
        }
        m_search = Search::Bytes;
        m_needle = *parsed;
        return;
    }
    // UTF-8 and Latin-1 keep ASCII bytes for ASCII characters only, so an ASCII
    // needle can be searched in the raw bytes. GBK and GB18030 reuse ASCII byte
    // values inside two-byte characters and must be decoded first.
    const bool asciiSafe = m_encoding == net::TextEncoding::Utf8
        || m_encoding == net::TextEncoding::Latin1;
    if (asciiSafe && isAscii(m_filter.text)) {
        m_search = Search::FoldedAscii;
        m_needle = m_filter.text.toLatin1();
        std::transform(m_needle.begin(), m_needle.end(), m_needle.begin(), foldAscii);
    } else if (m_encoding == net::TextEncoding::Utf8
               && m_filter.text.toLower() == m_filter.text.toUpper()) {
        // No letters with case (Chinese, digits, symbols): UTF-8 bytes match
        // exactly where the characters do.
        m_search = Search::Bytes;
        m_needle = m_filter.text.toUtf8();
    } else {
        m_search = Search::Decoded;
    }
}

bool TrafficMatcher::sourceMatches(const TrafficSource &source) const
{
    if (m_filter.panelId >= 0 && source.panelId != m_filter.panelId)
        return false;
    if (m_filter.protocol >= 0 && int(source.protocol) != m_filter.protocol)
        return false;
    if (!m_filter.address.isEmpty()
        && !source.local.contains(m_filter.address, Qt::CaseInsensitive)
        && !source.remote.contains(m_filter.address, Qt::CaseInsensitive))
        return false;
    return true;
}

bool TrafficMatcher::payloadMatches(QByteArrayView payload)
{
    switch (m_search) {
    case Search::None:
        return true;
    case Search::Bytes:
        return !m_needle.isEmpty() && containsBytes(payload, m_needle);
    case Search::FoldedAscii:
        if (payload.size() < m_needle.size())
            return false;
        m_folded.resize(payload.size());
        std::transform(payload.begin(), payload.end(), m_folded.begin(), foldAscii);
        return containsBytes(m_folded, m_needle);
    case Search::Decoded:
        return decodeForSearch(payload, m_encoding).contains(m_filter.text, Qt::CaseInsensitive);
    }
    return false;
}

bool TrafficMatcher::matches(const TrafficStore &store, qsizetype row)
{
    if (!(m_filter.kinds & TrafficFilter::kindBit(store.kind(row))))
        return false;
    const quint32 source = store.sourceId(row);
    if (source >= m_sourceDecisions.size())
        m_sourceDecisions.resize(size_t(store.sourceCount()), -1);
    qint8 &decision = m_sourceDecisions[source];
    if (decision < 0)
        decision = sourceMatches(store.source(source)) ? 1 : 0;
    if (!decision)
        return false;
    if (m_search == Search::None)
        return true;
    if (payloadMatches(store.payload(row)))
        return true;
    // The message of an error or info row is the text the table shows for it.
    return !m_filter.hex && store.hasText(row)
        && store.text(row).contains(m_filter.text, Qt::CaseInsensitive);
}

} // namespace swb::models
