#!/usr/bin/env python3
# Three clients of the "echo-prefix" lesson at once, in the style of the notes'
# echo_client.py: each connects, sends the current time three times about
# 0.2 s apart and checks that every reply starts with b'received: '.
#
# Prints one line per message sent, "<client local port> <message>", so the
# test can match what the app logged to what went over the wire.
# Exit status 0 when every reply was right, 1 otherwise.
import socket
import sys
import threading
import time

HOST = sys.argv[1] if len(sys.argv) > 1 else '127.0.0.1'
PORT = int(sys.argv[2]) if len(sys.argv) > 2 else 8003
CLIENTS = 3
MESSAGES = 3
TIMEOUT = 5.0  # no recv() may hang the test

lock = threading.Lock()
sent = []
problems = []


def client(number):
    try:
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.settimeout(TIMEOUT)
        sock.connect((HOST, PORT))
        port = sock.getsockname()[1]
        for i in range(MESSAGES):
            # The time, as echo_client.py sends it; the client number keeps
            # the messages of the three clients apart.
            message = '%s c%d m%d' % (time.strftime('%H:%M:%S'), number, i)
            sock.sendall(message.encode('utf-8'))
            with lock:
                sent.append('%d %s' % (port, message))
            reply = b''
            expected = b'received: ' + message.encode('utf-8')
            # One reply can arrive in pieces; read until the whole of it is here.
            while len(reply) < len(expected):
                chunk = sock.recv(1024)
                if not chunk:
                    break
                reply += chunk
            if not reply.startswith(b'received: '):
                raise RuntimeError('client %d: reply %r does not start with received: '
                                   % (number, reply))
            if reply != expected:
                raise RuntimeError('client %d: expected %r, got %r' % (number, expected, reply))
            time.sleep(0.2)
        sock.close()
    except Exception as error:  # report every failure, not just the first thread's
        with lock:
            problems.append('client %d: %s' % (number, error))


threads = [threading.Thread(target=client, args=(n,)) for n in range(1, CLIENTS + 1)]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join(TIMEOUT * (MESSAGES + 1))

for line in sent:
    print(line)
for problem in problems:
    print(problem, file=sys.stderr)
if problems or any(thread.is_alive() for thread in threads):
    sys.exit(1)
sys.exit(0)
