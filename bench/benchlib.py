"""Shared helpers of the TCP and start-up benchmarks (bench_tcp_fanin.py,
bench_tcp_stream.py, bench_startup.py): child processes that are always
killed, loopback ports, process-tree memory, a private Xvfb display and the
MapNotify watcher. Python standard library only."""

import atexit
import ctypes
import ctypes.util
import json
import os
import platform
import resource
import select
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

_children = []
_temp_dirs = []


def build_dir():
    """The build directory: $SWB_BUILD_DIR, else build/ beside the sources."""
    path = os.environ.get("SWB_BUILD_DIR") or os.path.join(ROOT, "build")
    return os.path.abspath(path)


def binary(*parts):
    path = os.path.join(build_dir(), *parts)
    if not os.access(path, os.X_OK):
        sys.exit("missing %s: build first (make bench builds everything)" % path)
    return path


def cleanup():
    """Ends every child we started (whole process group), then removes temp dirs."""
    for proc in _children:
        if proc.poll() is None:
            try:
                os.killpg(proc.pid, signal.SIGTERM)
            except ProcessLookupError:
                pass
    deadline = time.monotonic() + 3
    for proc in _children:
        try:
            proc.wait(timeout=max(0.1, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            try:
                os.killpg(proc.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            proc.wait()
    _children.clear()
    for path in _temp_dirs:
        shutil.rmtree(path, ignore_errors=True)
    _temp_dirs.clear()


def _on_signal(signum, _frame):
    cleanup()
    sys.exit(128 + signum)


atexit.register(cleanup)
signal.signal(signal.SIGTERM, _on_signal)
signal.signal(signal.SIGINT, _on_signal)


def spawn(args, **kwargs):
    """Popen in its own session, so stop() can end it with everything it forked."""
    proc = subprocess.Popen(args, start_new_session=True, **kwargs)
    _children.append(proc)
    return proc


def stop(proc, grace=3.0):
    if proc.poll() is None:
        try:
            os.killpg(proc.pid, signal.SIGTERM)
        except ProcessLookupError:
            pass
        try:
            proc.wait(timeout=grace)
        except subprocess.TimeoutExpired:
            try:
                os.killpg(proc.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            proc.wait()
    if proc in _children:
        _children.remove(proc)


def raise_file_limit():
    """Soft descriptor limit up to the hard one; children (socat, Packet Sender) inherit it."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft < hard:
        resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
    return resource.getrlimit(resource.RLIMIT_NOFILE)


def temp_dir(prefix):
    path = tempfile.mkdtemp(prefix=prefix)
    _temp_dirs.append(path)
    return path


def fresh_home_env(base_env=None):
    """An environment whose HOME and XDG dirs are new and empty: no saved session."""
    home = temp_dir("swb-bench-home-")
    env = dict(base_env if base_env is not None else os.environ)
    runtime = os.path.join(home, "run")
    for sub in (".config", ".local/share", ".cache", "run"):
        os.makedirs(os.path.join(home, sub), exist_ok=True)
    os.chmod(runtime, 0o700)
    env.update(HOME=home, XDG_CONFIG_HOME=os.path.join(home, ".config"),
               XDG_DATA_HOME=os.path.join(home, ".local/share"),
               XDG_CACHE_HOME=os.path.join(home, ".cache"), XDG_RUNTIME_DIR=runtime)
    return env, home


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def is_listening(port):
    """True when some socket listens on 127.0.0.1 or 0.0.0.0 at port (read from
    /proc, so the check itself opens no connection that a server would log)."""
    wanted = {"0100007F:%04X" % port, "00000000:%04X" % port}
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            with open(table) as f:
                next(f)
                for line in f:
                    fields = line.split()
                    if fields[3] == "0A" and (fields[1] in wanted
                                              or fields[1].endswith(":%04X" % port)
                                              and fields[1].startswith("0000000000000000")):
                        return True
        except OSError:
            pass
    return False


def wait_listening(port, proc, timeout):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if is_listening(port):
            return True
        if proc is not None and proc.poll() is not None:
            return False
        time.sleep(0.02)
    return False


def _proc_children():
    children = {}
    for name in os.listdir("/proc"):
        if not name.isdigit():
            continue
        try:
            with open("/proc/%s/stat" % name) as f:
                stat = f.read()
        except OSError:
            continue
        ppid = int(stat[stat.rindex(")") + 2:].split()[1])
        children.setdefault(ppid, []).append(int(name))
    return children


def process_tree(pid):
    children = _proc_children()
    tree, todo = [], [pid]
    while todo:
        p = todo.pop()
        tree.append(p)
        todo.extend(children.get(p, []))
    return tree


def status_kb(pid, key):
    try:
        with open("/proc/%d/status" % pid) as f:
            for line in f:
                if line.startswith(key + ":"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def pss_kb(pid):
    try:
        with open("/proc/%d/smaps_rollup" % pid) as f:
            for line in f:
                if line.startswith("Pss:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


class TreeMemory(threading.Thread):
    """Samples a process tree's summed RSS and PSS (PSS splits shared pages among the
    processes, so it is the fair figure for a forking server) and keeps the peaks."""

    def __init__(self, pid, interval=0.2):
        super().__init__(daemon=True)
        self.pid, self.interval = pid, interval
        self.peak_rss_kb = self.peak_pss_kb = self.peak_processes = 0
        self._halt = threading.Event()

    def run(self):
        while not self._halt.is_set():
            tree = process_tree(self.pid)
            self.peak_rss_kb = max(self.peak_rss_kb, sum(status_kb(p, "VmRSS") for p in tree))
            self.peak_pss_kb = max(self.peak_pss_kb, sum(pss_kb(p) for p in tree))
            self.peak_processes = max(self.peak_processes, len(tree))
            self._halt.wait(self.interval)

    def finish(self):
        self._halt.set()
        self.join()


def run_tcpload(args, timeout):
    """Runs bench/tcpload; returns (figures from its RESULT line, its whole output)."""
    try:
        out = subprocess.run([binary("bench", "tcpload")] + [str(a) for a in args],
                             stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                             timeout=timeout).stdout
    except subprocess.TimeoutExpired as e:
        out = (e.stdout or b"").decode() if isinstance(e.stdout, bytes) else (e.stdout or "")
        return {}, out + "\n  tcpload did not finish within %d s" % timeout
    return parse_result(out, "RESULT"), out


def parse_result(text, tag):
    for line in text.splitlines():
        if line.startswith(tag + " "):
            fields = {}
            for item in line.split()[2 if tag == "RESULT" else 1:]:
                key, _, value = item.partition("=")
                try:
                    fields[key] = float(value)
                except ValueError:
                    fields[key] = value
            return fields
    return {}


def median(values):
    values = [v for v in values if v is not None]
    return statistics.median(values) if values else None


def load_average():
    return "%.2f %.2f %.2f" % os.getloadavg()


def machine():
    cpu = "?"
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    debian = ""
    try:
        with open("/etc/debian_version") as f:
            debian = "Debian " + f.read().strip() + ", "
    except OSError:
        pass
    qt = subprocess.run(["dpkg-query", "-W", "-f=${Version}", "libqt6core6"],
                        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True).stdout
    mem = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return "%d cores (%s), %.0f GiB, %sLinux %s, Qt %s" % (
        os.cpu_count(), cpu, mem, debian, platform.release(), qt.split("+")[0] or "?")


def header(title):
    print("=" * 78)
    print(title)
    print("machine: %s" % machine())
    print("load average at start: %s" % load_average())
    print("=" * 78)
    sys.stdout.flush()


def echo_prefix_workspace(port, backlog=None, reply=None):
    """The echo-prefix lesson's workspace with its server moved to port (so a busy
    8003 cannot spoil a run); optionally another backlog or reply behaviour."""
    with open(os.path.join(ROOT, "resources", "lessons", "05-echo-prefix.json")) as f:
        workspace = json.load(f)
    server = workspace["panels"][0]
    server["port"] = port
    if backlog is not None:
        server["backlog"] = backlog
    if reply is not None:
        server["behaviour"]["reply"] = reply
    path = os.path.join(temp_dir("swb-bench-ws-"), "workspace.json")
    with open(path, "w") as f:
        json.dump(workspace, f)
    return path


class WorkbenchServer:
    """bench_workbench_server (the app's MainWindow on a workspace, offscreen) with
    its stall meter, driven over stdin."""

    def __init__(self, workspace):
        env, _ = fresh_home_env()
        env["QT_QPA_PLATFORM"] = "offscreen"
        self.proc = spawn([binary("bench", "bench_workbench_server"), workspace], env=env,
                          stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                          stderr=subprocess.DEVNULL, text=True, bufsize=1)
        self.ready = self._line(30)

    def _line(self, timeout):
        ready, _, _ = select.select([self.proc.stdout], [], [], timeout)
        return self.proc.stdout.readline().strip() if ready else ""

    def command(self, text):
        self.proc.stdin.write(text + "\n")
        self.proc.stdin.flush()

    def stats(self):
        self.command("report")
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            line = self._line(max(0.1, deadline - time.monotonic()))
            if line.startswith("STATS"):
                return parse_result(line, "STATS")
            if not line and self.proc.poll() is not None:
                break
        return {}

    def close(self):
        try:
            self.command("quit")
            self.proc.wait(timeout=10)
        except (BrokenPipeError, subprocess.TimeoutExpired):
            pass
        stop(self.proc)


class Xvfb:
    """A private X display for the GUI peers and the start-up bench."""

    def __init__(self):
        self.proc, self.display, self.error = None, None, None
        if not shutil.which("Xvfb"):
            self.error = "Xvfb is not installed; Debian package xvfb"
            return
        for n in range(91, 160):
            if os.path.exists("/tmp/.X%d-lock" % n) or os.path.exists("/tmp/.X11-unix/X%d" % n):
                continue
            proc = spawn(["Xvfb", ":%d" % n, "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
                         stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            deadline = time.monotonic() + 10
            while time.monotonic() < deadline and proc.poll() is None:
                if os.path.exists("/tmp/.X11-unix/X%d" % n):
                    self.proc, self.display = proc, ":%d" % n
                    time.sleep(0.2)
                    return
                time.sleep(0.05)
            stop(proc)
        self.error = "Xvfb did not start"

    def close(self):
        if self.proc:
            stop(self.proc)


class MapWatcher:
    """Waits for a process's first top-level window to be mapped, from the X server's
    own MapNotify events (no polling, so no polling delay in the figure)."""

    MAP_NOTIFY = 19
    SUBSTRUCTURE_NOTIFY_MASK = 1 << 19

    def __init__(self, display):
        name = ctypes.util.find_library("X11") or "libX11.so.6"
        x = self.x = ctypes.CDLL(name)
        x.XOpenDisplay.restype = ctypes.c_void_p
        x.XOpenDisplay.argtypes = [ctypes.c_char_p]
        x.XDefaultRootWindow.restype = ctypes.c_ulong
        x.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
        x.XSelectInput.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_long]
        x.XFlush.argtypes = [ctypes.c_void_p]
        x.XPending.argtypes = [ctypes.c_void_p]
        x.XConnectionNumber.argtypes = [ctypes.c_void_p]
        x.XNextEvent.argtypes = [ctypes.c_void_p, ctypes.c_void_p]
        x.XInternAtom.restype = ctypes.c_ulong
        x.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
        x.XGetWindowProperty.argtypes = [
            ctypes.c_void_p, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_long, ctypes.c_long,
            ctypes.c_int, ctypes.c_ulong, ctypes.POINTER(ctypes.c_ulong),
            ctypes.POINTER(ctypes.c_int), ctypes.POINTER(ctypes.c_ulong),
            ctypes.POINTER(ctypes.c_ulong), ctypes.POINTER(ctypes.c_void_p)]
        x.XFree.argtypes = [ctypes.c_void_p]
        x.XCloseDisplay.argtypes = [ctypes.c_void_p]
        self.dpy = x.XOpenDisplay(display.encode())
        if not self.dpy:
            raise RuntimeError("cannot open display " + display)
        x.XSelectInput(self.dpy, x.XDefaultRootWindow(self.dpy), self.SUBSTRUCTURE_NOTIFY_MASK)
        x.XFlush(self.dpy)
        self.pid_atom = x.XInternAtom(self.dpy, b"_NET_WM_PID", 0)
        self.name_atom = x.XInternAtom(self.dpy, b"_NET_WM_NAME", 0)
        self.utf8_atom = x.XInternAtom(self.dpy, b"UTF8_STRING", 0)

    def _property(self, window, atom, kind, length):
        actual_type, actual_format = ctypes.c_ulong(), ctypes.c_int()
        items, after, data = ctypes.c_ulong(), ctypes.c_ulong(), ctypes.c_void_p()
        status = self.x.XGetWindowProperty(self.dpy, window, atom, 0, length, 0, kind,
                                           ctypes.byref(actual_type), ctypes.byref(actual_format),
                                           ctypes.byref(items), ctypes.byref(after),
                                           ctypes.byref(data))
        if status != 0 or not data.value or items.value == 0:
            return None
        try:
            if actual_format.value == 32:  # Xlib hands 32-bit items as C longs
                return ctypes.cast(data, ctypes.POINTER(ctypes.c_long))[0]
            return ctypes.string_at(data, items.value).decode("utf-8", "replace")
        finally:
            self.x.XFree(data)

    def drain(self):
        event = ctypes.create_string_buffer(192)
        while self.x.XPending(self.dpy):
            self.x.XNextEvent(self.dpy, event)

    def wait_mapped(self, pid, timeout):
        """Seconds (monotonic clock) at which pid's first normal window was mapped,
        and its title; (None, None) on timeout."""
        event = ctypes.create_string_buffer(192)
        fd = self.x.XConnectionNumber(self.dpy)
        deadline = time.monotonic() + timeout
        while True:
            while self.x.XPending(self.dpy):
                self.x.XNextEvent(self.dpy, event)
                when = time.monotonic()
                kind = ctypes.c_int.from_buffer(event, 0).value
                if kind != self.MAP_NOTIFY:
                    continue
                window = ctypes.c_ulong.from_buffer(event, 40).value
                override_redirect = ctypes.c_int.from_buffer(event, 48).value
                if override_redirect:
                    continue  # tooltips and menus
                if self._property(window, self.pid_atom, 6, 1) == pid:  # 6 = XA_CARDINAL
                    return when, self._property(window, self.name_atom, self.utf8_atom, 256)
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return None, None
            select.select([fd], [], [], min(remaining, 0.5))

    def close(self):
        self.x.XCloseDisplay(self.dpy)


def packetsender_portable_dir(port, reply, persistent=True):
    """A working directory that makes Packet Sender run in its portable mode
    (portablemode.txt + ps_settings.ini in the current directory): TCP server on
    127.0.0.1:port answering every message with reply, no UDP/SSL servers, no
    update check."""
    path = temp_dir("swb-bench-ps-")
    open(os.path.join(path, "portablemode.txt"), "w").close()
    with open(os.path.join(path, "ps_settings.ini"), "w") as f:
        f.write("[General]\n"
                "tcpPort=%d\nudpPort=0\nsslPort=0\nipMode=127.0.0.1\n"
                "tcpServerEnable=true\nudpServerEnable=false\nsslServerEnable=false\n"
                "sendReponse=true\nresponseHex=%s\npersistentTCPCheck=%s\n"
                "checkforUpdates=false\n"
                % (port, " ".join("%02x" % b for b in reply),
                   "true" if persistent else "false"))
    return path


def packetsender_missing_reason(xvfb):
    if not shutil.which("packetsender"):
        return "not installed; Debian package packetsender"
    if xvfb.error:
        return "needs an X display and " + xvfb.error
    if not shutil.which("xrandr"):
        return ("it runs xrandr at start to decide whether a display exists and quits "
                "without it; install x11-xserver-utils")
    return None


def fmt(value, spec="%.1f", none="-"):
    return none if value is None else spec % value
