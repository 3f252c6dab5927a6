# frontend-backend over AF_UNIX: read lines from stdin and send each one, line
# ending included, to the backend at PATH, which appends them to its file.
# usage: python3 unix_frontend.py PATH < lines
import socket
import sys

sys.stdin.reconfigure(encoding='utf-8')
sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
sock.settimeout(10)
sock.connect(sys.argv[1])
sent = 0
for line in sys.stdin:
    data = line.encode('utf-8')
    sock.sendall(data)
    sent += len(data)
sock.close()
print('sent %d bytes' % sent, flush=True)
