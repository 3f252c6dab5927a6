# echo-prefix lesson, client side (the notes' echo_client.py): send the current
# time COUNT times, INTERVAL seconds apart, and check that every answer is
# b'received: ' + what was sent.
# usage: python3 echo_client.py PORT [COUNT] [INTERVAL] [--go]
#   --go: connect, then wait for one line on stdin before sending, so a test
#         can hold several clients connected at the same moment.
import socket
import sys
import time

port = int(sys.argv[1])
count = int(sys.argv[2]) if len(sys.argv) > 2 else 3
interval = float(sys.argv[3]) if len(sys.argv) > 3 else 1.0

sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
sock.settimeout(10)  # a test must never hang on us
sock.connect(('127.0.0.1', port))
print('connected', sock.getsockname(), flush=True)
if '--go' in sys.argv:
    sys.stdin.readline()

failed = False
for i in range(count):
    msg = time.ctime().encode('utf-8')
    sock.send(msg)
    expected = b'received: ' + msg
    data = b''
    # TCP is a byte stream: one recv() may return part of the answer.
    while len(data) < len(expected):
        chunk = sock.recv(1024)
        if not chunk:
            break
        data += chunk
    print('sent %r got %r' % (msg, data), flush=True)
    if data != expected or not data.startswith(b'received: '):
        failed = True
    if i + 1 < count:
        time.sleep(interval)
sock.close()
sys.exit(1 if failed else 0)
