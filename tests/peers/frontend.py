# frontend-backend lesson, frontend side (the notes' frontend.py): read lines
# from the user (stdin here) and send each one, line ending included, to the
# backend, which appends them to its file.
# usage: python3 frontend.py PORT < lines
import socket
import sys

port = int(sys.argv[1])
sys.stdin.reconfigure(encoding='utf-8')

sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
sock.settimeout(10)
sock.connect(('127.0.0.1', port))
sent = 0
for line in sys.stdin:
    data = line.encode('utf-8')
    sock.sendall(data)
    sent += len(data)
sock.close()
print('sent %d bytes' % sent, flush=True)
