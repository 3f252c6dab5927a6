#include "net/http/httpdemopages.h"

#include "net/http/httpmessageparser.h"
#include "net/http/httpsyntax.h"
#include "net/payload/textcodec.h"

#include <zlib.h>

#include <algorithm>
#include <cstring>

namespace swb::net {

namespace {

struct PageText
{
    const char *path;
    const char *english; // QT_TRANSLATE_NOOP: the UI shows it translated
    const char *chinese; // the index page shows both, whatever the UI language
};

constexpr PageText pageTexts[] = {
    {"/", QT_TRANSLATE_NOOP("swb::net::HttpDemoPages", "this index of every path"), "本索引页"},
    {"/fixed", QT_TRANSLATE_NOOP("swb::net::HttpDemoPages", "a page with a fixed Content-Length"),
     "固定长度（Content-Length）的页面"},
    {"/chunked",
     QT_TRANSLATE_NOOP("swb::net::HttpDemoPages",
                       "Transfer-Encoding: chunked, five chunks sent apart, with an extension and a trailer"),
     "分块传输（chunked），五块分开发送，带扩展和尾部字段"},
    {"/gzip",
     QT_TRANSLATE_NOOP("swb::net::HttpDemoPages",
                       "Content-Encoding: gzip when the request's Accept-Encoding allows it"),
     "gzip 压缩（请求的 Accept-Encoding 允许时）"},
    {"/gbk-header",
     QT_TRANSLATE_NOOP("swb::net::HttpDemoPages", "a Chinese page in GBK, charset in the Content-Type header"),
     "GBK 编码的中文页面，字符集写在 Content-Type 头里"},
    {"/gbk-meta",
     QT_TRANSLATE_NOOP("swb::net::HttpDemoPages", "a Chinese page in GBK, charset only in <meta charset>"),
     "GBK 编码的中文页面，字符集只写在 <meta charset> 里"},
    {"/redirect-301", QT_TRANSLATE_NOOP("swb::net::HttpDemoPages", "301 Moved Permanently to /fixed"),
     "301 永久重定向到 /fixed"},
    {"/redirect-302", QT_TRANSLATE_NOOP("swb::net::HttpDemoPages", "302 Found, to /chunked"),
     "302 临时重定向到 /chunked"},
    {"/large",
     QT_TRANSLATE_NOOP("swb::net::HttpDemoPages", "a large body (50 MB; /large?mb=N up to 1024), streamed"),
     "大响应体（50 MB；/large?mb=N，最多 1024），流式发送"},
    {"/drip",
     QT_TRANSLATE_NOOP("swb::net::HttpDemoPages", "a slow drip: 20 bytes every 100 ms for 3 s (/drip?seconds=N)"),
     "慢速滴灌：每 100 毫秒 20 字节，共 3 秒（/drip?seconds=N）"},
    {"/echo", QT_TRANSLATE_NOOP("swb::net::HttpDemoPages", "your raw request, sent back as text/plain"),
     "把你的原始请求原样返回（text/plain）"},
    {"/nothing-here", QT_TRANSLATE_NOOP("swb::net::HttpDemoPages", "any other path: 404 Not Found"),
     "其他路径：404 Not Found"},
};

const QByteArray htmlUtf8 = "text/html; charset=utf-8";

QByteArray html(const QByteArray &title, const QByteArray &body, const QByteArray &charsetMeta = "utf-8")
{
    QByteArray page = "<!DOCTYPE html>\n<html><head>";
    if (!charsetMeta.isEmpty())
        page += "<meta charset=\"" + charsetMeta + "\">";
    page += "<title>" + title + "</title></head>\n<body>\n" + body + "</body></html>\n";
    return page;
}

HttpDemoResponse page(const QByteArray &contentType, const QByteArray &body)
{
    HttpDemoResponse response;
    response.headers = {{"Content-Type", contentType}};
    response.body = body;
    return response;
}

HttpDemoResponse status(int code, const QByteArray &reason, const QByteArray &text)
{
    HttpDemoResponse response = page(htmlUtf8, html(QByteArray::number(code) + ' ' + reason,
                                                     "<h1>" + QByteArray::number(code) + ' ' + reason
                                                         + "</h1>\n<p>" + text + "</p>\n"));
    response.status = code;
    response.reason = reason;
    return response;
}

QByteArray indexPage()
{
    QByteArray rows;
    for (const PageText &text : pageTexts) {
        const QByteArray path(text.path);
        rows += "<li><a href=\"" + path + "\">" + path + "</a> &mdash; " + text.english + " / "
            + text.chinese + "</li>\n";
    }
    return html("Socket Workbench HTTP demo / 套接字工作台 HTTP 演示",
                "<h1>Socket Workbench HTTP demo server / HTTP 演示服务器</h1>\n"
                "<p>Every page is served by the workbench itself, so HTTP can be studied without "
                "internet. 所有页面都由工作台自己提供，没有网络也能学习 HTTP。</p>\n<ul>\n"
                    + rows + "</ul>\n");
}

QByteArray gbkPage(bool withMeta)
{
    const QString text = QStringLiteral(
        "<!DOCTYPE html>\n<html><head>%1<title>GBK 编码示例</title></head>\n<body>\n"
        "<h1>你好，世界！</h1>\n"
        "<p>这一页用 GBK 编码：每个汉字占两个字节。%2</p>\n"
        "<p>如果你看到的是乱码，说明解码时用错了字符集。</p>\n"
        "</body></html>\n");
    const QString where = withMeta ? QStringLiteral("字符集只写在页面的 &lt;meta charset&gt; 里。")
                                   : QStringLiteral("字符集写在响应头 Content-Type 里。");
    return TextCodec::encode(
        text.arg(withMeta ? QStringLiteral("<meta charset=\"gbk\">") : QString(), where),
        TextEncoding::Gbk);
}

QList<QByteArray> chunkedPieces()
{
    QByteArray long_;
    for (int i = 0; i < 20; ++i)
        long_ += "Chunk three is the longest, to show that chunk sizes differ. ";
    return {
        "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>chunked</title></head><body>\n",
        "<p>This page arrives in five chunks, sent apart. Each chunk starts with its size in "
        "hexadecimal and a CR LF; a chunk of size 0 ends the body.</p>\n",
        "<p>" + long_ + "</p>\n",
        "<p>第四块：分块传输时，服务器事先不必知道整个响应体的长度。</p>\n",
        "</body></html>\n",
    };
}

qint64 queryNumber(const QByteArray &query, const QByteArray &name, qint64 fallback, qint64 low,
                   qint64 high)
{
    const QList<QByteArray> pairs = query.split('&');
    for (const QByteArray &pair : pairs) {
        if (pair.startsWith(name + '=')) {
            bool ok = false;
            const qint64 value = pair.mid(name.size() + 1).toLongLong(&ok);
            return ok ? std::clamp(value, low, high) : fallback;
        }
    }
    return fallback;
}

} // namespace

QList<HttpDemoPages::Page> HttpDemoPages::pages()
{
    QList<Page> result;
    for (const PageText &text : pageTexts)
        result << Page{text.path, tr(text.english)};
    return result;
}

bool HttpDemoPages::acceptsGzip(const QByteArray &acceptEncoding)
{
    bool star = false;
    for (const QByteArray &item : acceptEncoding.split(',')) {
        const QList<QByteArray> parts = item.split(';');
        const QByteArray coding = HttpSyntax::trimmedOws(parts.first()).toLower();
        double q = 1.0;
        for (qsizetype i = 1; i < parts.size(); ++i) {
            const QByteArray parameter = HttpSyntax::trimmedOws(parts.at(i)).toLower();
            if (parameter.startsWith("q="))
                q = parameter.mid(2).toDouble();
        }
        if (coding == "gzip" || coding == "x-gzip")
            return q > 0;
        if (coding == "*")
            star = q > 0;
    }
    return star;
}

QByteArray HttpDemoPages::gzip(const QByteArray &data)
{
    z_stream stream{};
    if (deflateInit2(&stream, Z_BEST_COMPRESSION, Z_DEFLATED, 16 + MAX_WBITS, 8,
                     Z_DEFAULT_STRATEGY)
        != Z_OK)
        return QByteArray();
    QByteArray out(int(deflateBound(&stream, uLong(data.size()))), Qt::Uninitialized);
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    stream.avail_in = uInt(data.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = uInt(out.size());
    const int rc = deflate(&stream, Z_FINISH);
    out.truncate(qsizetype(stream.total_out));
    deflateEnd(&stream);
    return rc == Z_STREAM_END ? out : QByteArray();
}

QByteArray HttpDemoPages::largeBody(qint64 offset, qint64 size)
{
    // Each 64-byte line carries its own number: a student (or a test) can
    // see where in the 50 MB a byte came from.
    static const char pattern[] = "/large line 0000000000: abcdefghijklmnopqrstuvwxyz0123456789ABC\n";
    static_assert(sizeof(pattern) == 65, "lines are 64 bytes");
    QByteArray out;
    const qint64 skip = offset % 64;
    out.reserve(qsizetype(size + skip + 64));
    char line[65];
    std::memcpy(line, pattern, sizeof line);
    for (qint64 number = offset / 64; out.size() < size + skip; ++number) {
        qint64 n = number;
        for (int digit = 21; digit >= 12; --digit) {
            line[digit] = char('0' + n % 10);
            n /= 10;
        }
        out.append(line, 64);
    }
    return out.mid(qsizetype(skip), qsizetype(size));
}

HttpDemoResponse HttpDemoPages::badRequest(const QString &why)
{
    HttpDemoResponse response =
        status(400, "Bad Request", "The demo server could not read this request as HTTP/1.x: "
                                       + why.toHtmlEscaped().toUtf8());
    response.close = true;
    return response;
}

HttpDemoResponse HttpDemoPages::respond(const HttpMessageParser &request, const QByteArray &raw)
{
    QByteArray target = request.target();
    if (target.startsWith("http://") || target.startsWith("https://")) {
        const qsizetype slash = target.indexOf('/', target.indexOf("//") + 2);
        target = slash < 0 ? QByteArray("/") : target.mid(slash);
    }
    const qsizetype question = target.indexOf('?');
    const QByteArray path = question < 0 ? target : target.left(question);
    const QByteArray query = question < 0 ? QByteArray() : target.mid(question + 1);
    const QByteArray method = request.method();

    bool hasHost = false;
    for (const HttpHeaderLine &line : request.headers())
        hasHost = hasHost || line.name.compare("Host", Qt::CaseInsensitive) == 0;
    if (request.httpVersion() == "HTTP/1.1" && !hasHost)
        return badRequest(QStringLiteral("an HTTP/1.1 request must carry a Host header "
                                         "(e.g. Host: 127.0.0.1:8080). HTTP/1.1 请求必须带 Host 头。"));

    if (path == "/echo") {
        HttpDemoResponse response = page("text/plain; charset=utf-8", raw);
        return response;
    }
    if (method != "GET" && method != "HEAD") {
        HttpDemoResponse response = status(405, "Method Not Allowed",
                                           "Only GET and HEAD here; /echo takes any method.");
        response.headers << qMakePair(QByteArray("Allow"), QByteArray("GET, HEAD"));
        return response;
    }
    if (path == "/" || path == "/index.html")
        return page(htmlUtf8, indexPage());
    if (path == "/fixed") {
        return page(htmlUtf8, html("fixed length",
                                   "<h1>Fixed length / 固定长度</h1>\n<p>This response carries a "
                                   "Content-Length header: the client knows where the body ends "
                                   "and can reuse the connection.</p>\n"));
    }
    if (path == "/chunked") {
        HttpDemoResponse response = page(htmlUtf8, QByteArray());
        response.delivery = HttpDemoResponse::Delivery::Chunked;
        response.chunks = chunkedPieces();
        response.extensions = {QByteArray(), ";demo=extension", QByteArray(), QByteArray(), QByteArray()};
        response.headers << qMakePair(QByteArray("Trailer"), QByteArray("X-Demo-Chunks"));
        response.trailers = {{"X-Demo-Chunks", QByteArray::number(response.chunks.size())}};
        return response;
    }
    if (path == "/gzip") {
        const QByteArray plain = html(
            "gzip", "<h1>gzip</h1>\n<p>When the request says Accept-Encoding: gzip, this page is "
                    "compressed and the response says Content-Encoding: gzip. Without it, the same "
                    "page comes uncompressed: send Accept-Encoding: gzip to see the compressed "
                    "bytes. 请求头带 Accept-Encoding: gzip 时，本页以 gzip 压缩发送。</p>\n<p>"
                        + QByteArray("Repetition compresses well. ").repeated(40) + "</p>\n");
        HttpDemoResponse response = page(htmlUtf8, plain);
        response.headers << qMakePair(QByteArray("Vary"), QByteArray("Accept-Encoding"));
        if (acceptsGzip(request.header("Accept-Encoding"))) {
            response.body = gzip(plain);
            response.headers << qMakePair(QByteArray("Content-Encoding"), QByteArray("gzip"));
        }
        return response;
    }
    if (path == "/gbk-header")
        return page("text/html; charset=GBK", gbkPage(false));
    if (path == "/gbk-meta")
        return page("text/html", gbkPage(true));
    if (path == "/redirect-301" || path == "/redirect-302") {
        const bool permanent = path.endsWith("301");
        const QByteArray to = permanent ? "/fixed" : "/chunked";
        HttpDemoResponse response = status(permanent ? 301 : 302,
                                           permanent ? "Moved Permanently" : "Found",
                                           "Go to <a href=\"" + to + "\">" + to + "</a>.");
        response.headers << qMakePair(QByteArray("Location"), to);
        return response;
    }
    if (path == "/large") {
        HttpDemoResponse response = page("text/plain; charset=utf-8", QByteArray());
        response.delivery = HttpDemoResponse::Delivery::Stream;
        response.streamBytes =
            queryNumber(query, "mb", defaultLargeMegabytes, 0, maxLargeMegabytes) << 20;
        return response;
    }
    if (path == "/drip") {
        const qint64 seconds = queryNumber(query, "seconds", defaultDripSeconds, 1, 60);
        HttpDemoResponse response = page("text/plain; charset=utf-8", QByteArray());
        response.delivery = HttpDemoResponse::Delivery::Drip;
        for (qint64 i = 0; i < seconds * 10; ++i)
            response.body += QByteArray("drip ") + QByteArray::number(i + 1).rightJustified(4, '0')
                + " .........\n"; // 20 bytes
        return response;
    }
    return status(404, "Not Found",
                  "Nothing at " + path.toPercentEncoding("/") + ". See <a href=\"/\">the index</a>.");
}

} // namespace swb::net
