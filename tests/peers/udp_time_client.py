# udp-time lesson, client side (the notes' time client): send a strftime
# format COUNT times, INTERVAL seconds apart, and check that every answer is
# the current local time in that format.
# usage: python3 udp_time_client.py PORT FORMAT [COUNT] [INTERVAL]
import socket
import sys
import time

port = int(sys.argv[1])
tm_format = sys.argv[2]
count = int(sys.argv[3]) if len(sys.argv) > 3 else 1
interval = float(sys.argv[4]) if len(sys.argv) > 4 else 2.0

sk = socket.socket(type=socket.SOCK_DGRAM)
sk.settimeout(10)
failed = False
for i in range(count):
    sk.sendto(tm_format.encode('utf-8'), ('127.0.0.1', port))
    local_tm, addr = sk.recvfrom(1024)
    local_tm = local_tm.decode('utf-8')
    print(local_tm, flush=True)
    try:
        parsed = time.mktime(time.strptime(local_tm, tm_format))
        # The format may drop the date or the seconds; compare what it keeps.
        if abs(parsed - time.mktime(time.strptime(time.strftime(tm_format), tm_format))) > 120:
            failed = True
    except ValueError:
        failed = True
    if i + 1 < count:
        time.sleep(interval)
sk.close()
sys.exit(1 if failed else 0)
