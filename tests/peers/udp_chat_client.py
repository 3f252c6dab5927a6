# udp-chat lesson, client side (the notes' client.py): send 'NAME : TEXT' to
# the chat server, then wait for the server's typed answer and print it.
# usage: python3 udp_chat_client.py PORT NAME TEXT [EXPECTED_REPLY]
# Exits 1 if no reply comes within 10 s, or if it differs from EXPECTED_REPLY.
import socket
import sys

port = int(sys.argv[1])
name = sys.argv[2]
text = sys.argv[3]
expected = sys.argv[4] if len(sys.argv) > 4 else None

sk = socket.socket(type=socket.SOCK_DGRAM)
sk.settimeout(10)  # a test must never hang on us
sk.sendto((name + ' : ' + text).encode('utf-8'), ('127.0.0.1', port))
print('sent from', sk.getsockname(), flush=True)
try:
    msg_r, addr = sk.recvfrom(1024)
except socket.timeout:
    print('no reply', flush=True)
    sys.exit(1)
msg_r = msg_r.decode('utf-8')
print('reply %r from %r' % (msg_r, addr), flush=True)
sk.close()
sys.exit(0 if expected is None or msg_r == expected else 1)
