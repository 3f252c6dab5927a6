# timestamp-echo lesson, client side: the server answers '[%Y-%m-%d %X]:' + data.
# usage: python3 timestamp_client.py PORT [DATA]
#        python3 timestamp_client.py PORT --vanish
#   --vanish: send once, then disappear with a reset (SO_LINGER 0) instead of
#             a clean close, like a client that crashed.
import re
import socket
import struct
import sys

port = int(sys.argv[1])
arg = sys.argv[2] if len(sys.argv) > 2 else 'hello'

tcpCliSock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
tcpCliSock.settimeout(10)
tcpCliSock.connect(('127.0.0.1', port))

if arg == '--vanish':
    tcpCliSock.send(b'going away')
    tcpCliSock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack('ii', 1, 0))
    tcpCliSock.close()
    print('reset sent', flush=True)
    sys.exit(0)

tcpCliSock.send(arg.encode('utf-8'))
data = tcpCliSock.recv(1024).decode('utf-8')
print(repr(data), flush=True)
tcpCliSock.close()
ok = re.match(r'^\[\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\]:' + re.escape(arg) + r'$', data)
sys.exit(0 if ok else 1)
