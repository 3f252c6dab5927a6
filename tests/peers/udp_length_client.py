# udp-length lesson, client side (the notes' udp_client.py): send COUNT
# datagrams without stopping, of varying length, so the server can print the
# length of each. Datagram i (from 0) is LENGTH(i) bytes long:
#   1 + (i * 37) % 1400, starting with the text 'i:' and padded with 'x'.
# usage: python3 udp_length_client.py PORT COUNT
import socket
import sys

port = int(sys.argv[1])
count = int(sys.argv[2]) if len(sys.argv) > 2 else 2000


def length(i):
    return 1 + (i * 37) % 1400


sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
addr = ('127.0.0.1', port)
total = 0
for i in range(count):
    head = ('%d:' % i).encode('ascii')
    n = length(i)
    msg = (head + b'x' * n)[:n]
    sock.sendto(msg, addr)
    total += n
sock.close()
print('sent %d datagrams, %d bytes' % (count, total), flush=True)
