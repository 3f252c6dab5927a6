# An HTTP peer for the HTTP panel's fetch mode. Any method on any path is
# answered with JSON saying what arrived: the method, the path, every header
# as the client spelled it, and the body (base64, so every byte is kept).
# The report is also in the X-Echo-Report header (base64): HEAD gets the same
# headers and no body, as RFC 9110 asks.
# /deflate answers a fixed page with Content-Encoding: deflate, zlib-wrapped
# (RFC 9110); /deflate-raw sends raw deflate, as some servers do.
# Binds port 0 and prints the port it got; exits after 120 s whatever happens.
# usage: python3 http_echo_server.py
import base64
import http.server
import json
import threading
import zlib

PAGE = (b'<html><head><meta charset="utf-8"></head><body>'
        + b'deflate: the same page, smaller on the wire. ' * 8 + b'</body></html>')


def deflate(data, wbits):
    compressor = zlib.compressobj(9, zlib.DEFLATED, wbits)
    return compressor.compress(data) + compressor.flush()


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = 'HTTP/1.1'

    def log_message(self, *args):
        pass

    def answer(self, status, body, content_type, extra=()):
        self.send_response(status)
        self.send_header('Content-Type', content_type)
        for name, value in extra:
            self.send_header(name, value)
        self.send_header('Content-Length', str(len(body)))
        self.end_headers()
        if self.command != 'HEAD':
            self.wfile.write(body)

    def echo(self):
        if self.path in ('/deflate', '/deflate-raw'):
            wbits = 15 if self.path == '/deflate' else -15
            self.answer(200, deflate(PAGE, wbits), 'text/html; charset=utf-8',
                        [('Content-Encoding', 'deflate')])
            return
        length = int(self.headers.get('Content-Length') or 0)
        body = self.rfile.read(length) if length > 0 else b''
        report = {
            'method': self.command,
            'path': self.path,
            'headers': [[name, value] for name, value in self.headers.items()],
            'body': base64.b64encode(body).decode('ascii'),
        }
        encoded = json.dumps(report).encode('utf-8')
        # The report again as a header, so that HEAD (no body) is checked too.
        self.answer(200, encoded, 'application/json',
                    [('X-Echo-Report', base64.b64encode(encoded).decode('ascii'))])

    do_GET = do_HEAD = do_POST = do_PUT = do_DELETE = do_PATCH = echo


server = http.server.ThreadingHTTPServer(('127.0.0.1', 0), Handler)
server.daemon_threads = True
threading.Timer(120, server.shutdown).start()
print(server.server_address[1], flush=True)
server.serve_forever()
