# The notes' echo_server.py, for testing the workbench's TCP client: one
# thread per client, answers b'received: ' + data until the client closes.
# Binds port 0 and prints the port it got, so tests never collide.
# Serves CLIENTS clients (default 1), then exits.
# usage: python3 echo_server.py [CLIENTS]
import socket
import sys
import threading

clients = int(sys.argv[1]) if len(sys.argv) > 1 else 1


def handle(conn, addr):
    conn.settimeout(10)
    print('Accept new connection from %s:%s' % addr, flush=True)
    try:
        while True:
            data = conn.recv(1024)
            if not data:
                break
            conn.send(b'received: ' + data)
    except OSError as error:
        print('error: %s' % error, flush=True)
    conn.close()
    print('Connection from %s:%s closed.' % addr, flush=True)


server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
server.settimeout(10)
server.bind(('127.0.0.1', 0))
server.listen(5)
print('port %d' % server.getsockname()[1], flush=True)
threads = []
for _ in range(clients):
    conn, addr = server.accept()
    t = threading.Thread(target=handle, args=(conn, addr))
    t.start()
    threads.append(t)
for t in threads:
    t.join()
server.close()
