#pragma once

#include "models/trafficfilter.h"
#include "net/payload/textcodec.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <vector>

namespace swb::models {

class TrafficStore;
struct TrafficSource;

// A TrafficFilter made ready to test rows of a TrafficStore quickly: what
// depends only on where a row came from (panel, protocol, addresses) is
// decided once per source and remembered; payloads are searched as bytes
// whenever the encoding allows it, and decoded only when it does not.
class TrafficMatcher final
{
    Q_DECLARE_TR_FUNCTIONS(swb::models::TrafficMatcher)
public:
    TrafficMatcher() = default;
    TrafficMatcher(const TrafficFilter &filter, net::TextEncoding encoding);

    const TrafficFilter &filter() const { return m_filter; }
    // Empty, or why the filter matches nothing (hex that is not hex).
    QString problem() const { return m_problem; }
    bool matches(const TrafficStore &store, qsizetype row);
    // The store forgot its sources (clear()): their numbers mean others now.
    void forgetSources() { m_sourceDecisions.clear(); }

private:
    enum class Search { None, Bytes, FoldedAscii, Decoded };

    bool sourceMatches(const TrafficSource &source) const;
    bool payloadMatches(QByteArrayView payload);

    TrafficFilter m_filter;
    net::TextEncoding m_encoding = net::TextEncoding::Utf8;
    Search m_search = Search::None;
    QByteArray m_needle;
    QString m_problem;
    std::vector<qint8> m_sourceDecisions; // -1: not decided yet
    QByteArray m_folded; // scratch, reused from row to row
};

} // namespace swb::models
