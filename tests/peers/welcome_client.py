# welcome lesson, the notes' client: connect, receive the greeting, print it.
# The server closes after greeting; read to the end so nothing is missed.
# usage: python3 welcome_client.py PORT
import socket
import sys

s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
s.settimeout(10)
s.connect(('127.0.0.1', int(sys.argv[1])))
msg = b''
while True:
    chunk = s.recv(1024)
    if not chunk:
        break
    msg += chunk
s.close()
text = msg.decode('utf-8')
print(repr(text), flush=True)
sys.exit(0 if text == '欢迎访问菜鸟教程!\r\n' else 1)
