# local-socket lesson, server side: the notes' echo server over AF_UNIX, one
# thread per client, answering b'received: ' + data until the client closes.
# Serves CLIENTS clients (default 1), then removes its socket file and exits.
# usage: python3 unix_echo_server.py PATH [CLIENTS] [--once]
#   --once: answer one message per client, then close that connection.
import os
import socket
import sys
import threading

path = sys.argv[1]
clients = int(sys.argv[2]) if len(sys.argv) > 2 and sys.argv[2] != '--once' else 1
once = '--once' in sys.argv


def handle(conn):
    conn.settimeout(10)
    try:
        while True:
            data = conn.recv(1024)
            if not data:
                break
            conn.send(b'received: ' + data)
            if once:
                break
    except OSError as error:
        print('error: %s' % error, flush=True)
    conn.close()


# bind() fails while the file exists, so the notes remove a stale one first.
try:
    os.unlink(path)
except FileNotFoundError:
    pass
server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
server.settimeout(10)
server.bind(path)
server.listen(5)
print('listening on %s pid %d' % (path, os.getpid()), flush=True)
threads = []
for _ in range(clients):
    conn, addr = server.accept()  # addr is '' : the client socket has no name
    print('Accept new connection from %r' % addr, flush=True)
    t = threading.Thread(target=handle, args=(conn,))
    t.start()
    threads.append(t)
for t in threads:
    t.join()
server.close()
os.unlink(path)
