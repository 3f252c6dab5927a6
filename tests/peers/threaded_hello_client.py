# threaded-hello lesson, client side: the server greets with b'Welcome!',
# answers each name with 'Hello, <name>!' after a pause, and closes on 'exit'.
# usage: python3 threaded_hello_client.py PORT
import socket
import sys

port = int(sys.argv[1])
s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
s.settimeout(10)
s.connect(('127.0.0.1', port))


def expect(wanted):
    data = s.recv(1024).decode('utf-8')
    print('got %r' % data, flush=True)
    if data != wanted:
        print('expected %r' % wanted, flush=True)
        sys.exit(1)


expect('Welcome!')
for name in ['Michael']:
    s.send(name.encode('utf-8'))
    expect('Hello, %s!' % name)
s.send(b'exit')
# The server closes the connection: recv() returns b'' (end of stream).
expect('')
s.close()
