# local-socket lesson, client side: the notes' echo client over AF_UNIX.
# Sends COUNT messages and checks that every answer is b'received: ' + message.
# usage: python3 unix_echo_client.py PATH [COUNT] [--go]
#   --go: connect, then wait for one line on stdin before sending, so a test
#         can hold several clients connected at the same moment.
import os
import socket
import sys

path = sys.argv[1]
count = int(sys.argv[2]) if len(sys.argv) > 2 and sys.argv[2] != '--go' else 3

sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
sock.settimeout(10)  # a test must never hang on us
sock.connect(path)   # 连接的是一个文件路径, 不是 (ip, port)
print('connected', sock, flush=True)
if '--go' in sys.argv:
    sys.stdin.readline()

failed = False
for i in range(count):
    msg = ('message %d from pid %d' % (i + 1, os.getpid())).encode('utf-8')
    sock.send(msg)
    expected = b'received: ' + msg
    data = b''
    # A stream socket, like TCP: one recv() may return part of the answer.
    while len(data) < len(expected):
        chunk = sock.recv(1024)
        if not chunk:
            break
        data += chunk
    print('sent %r got %r' % (msg, data), flush=True)
    if data != expected:
        failed = True
sock.close()
sys.exit(1 if failed else 0)
