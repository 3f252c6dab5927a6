# hi-server lesson, the notes' client: send b'hello!', print the answer.
# The server answers b'hi' and closes, so the next recv() returns b''.
# usage: python3 hi_client.py PORT
import socket
import sys

sk = socket.socket()
sk.settimeout(10)
sk.connect(('127.0.0.1', int(sys.argv[1])))
sk.send(b'hello!')
ret = sk.recv(1024)
print(ret, flush=True)
rest = sk.recv(1024)
print(rest, flush=True)
sk.close()
sys.exit(0 if ret == b'hi' and rest == b'' else 1)
