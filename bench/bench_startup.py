#!/usr/bin/env python3
"""Benchmark 5, start-up: time from starting the program until its main window is
mapped on a private Xvfb display (the X server's MapNotify for a window carrying
the process's _NET_WM_PID), and its RSS one second later; socket-workbench and
Packet Sender, each with a new empty HOME (no saved session), runs interleaved,
median of --runs. Without Xvfb the workbench falls back to offscreen and the
time until `--quit-after 0` exits, which is noted."""

import argparse
import os
import shutil
import subprocess
import sys
import time

import benchlib as b


def parse_args():
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--runs", type=int, default=5)
    p.add_argument("--timeout", type=int, default=30, help="seconds to wait for a window")
    return p.parse_args()


def run_mapped(command, display, watcher, timeout, cwd=None):
    env, home = b.fresh_home_env()
    env["DISPLAY"] = display
    env.pop("QT_QPA_PLATFORM", None)
    watcher.drain()
    start = time.monotonic()
    proc = b.spawn(command, env=env, cwd=cwd or home, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL)
    when, title = watcher.wait_mapped(proc.pid, timeout)
    rss = None
    if when is not None:
        time.sleep(1.0)
        rss = b.status_kb(proc.pid, "VmRSS") / 1024 if proc.poll() is None else None
    exited = proc.poll()
    b.stop(proc)
    if when is None:
        return None, None, "no window within %d s%s" % (
            timeout, "" if exited is None else " (exited with %s)" % exited)
    return (when - start) * 1000, rss, title


def run_offscreen(command, timeout):
    env, home = b.fresh_home_env()
    env["QT_QPA_PLATFORM"] = "offscreen"
    start = time.monotonic()
    proc = b.spawn(command + ["--quit-after", "0"], env=env, cwd=home,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    peak = 0
    while proc.poll() is None and time.monotonic() - start < timeout:
        peak = max(peak, b.status_kb(proc.pid, "VmHWM"))
        time.sleep(0.005)
    ms = (time.monotonic() - start) * 1000
    b.stop(proc)
    return ms, peak / 1024 or None, "offscreen, until exit"


def main():
    args = parse_args()
    b.header("Benchmark 5 - start-up: until the main window is mapped, and RSS 1 s later "
             "(%d runs each, median)" % args.runs)
    workbench = [b.binary("app", "socket-workbench")]
    xvfb = b.Xvfb()
    apps = [("socket-workbench", workbench)]
    notes = {}
    if xvfb.error:
        print("Xvfb unavailable (%s): falling back to offscreen; the figure is then the time "
              "until `socket-workbench --quit-after 0` exits, not a mapped window" % xvfb.error)
        notes["packetsender"] = "not measured (it needs an X display; %s)" % xvfb.error
    else:
        print("display: Xvfb %s 1280x800x24" % xvfb.display)
        reason = b.packetsender_missing_reason(xvfb)
        if reason:
            notes["packetsender"] = "not measured (%s)" % reason
        else:
            apps.append(("packetsender", [shutil.which("packetsender")]))
    watcher = None if xvfb.error else b.MapWatcher(xvfb.display)

    times = {name: [] for name, _ in apps}
    rss = {name: [] for name, _ in apps}
    for i in range(args.runs):
        for name, command in apps:
            if watcher:
                ms, mib, title = run_mapped(command, xvfb.display, watcher, args.timeout)
            else:
                ms, mib, title = run_offscreen(command, args.timeout)
            print("  run %d  %-17s %8s ms  RSS %6s MiB  (%s; load average %s)"
                  % (i + 1, name, b.fmt(ms, "%.0f"), b.fmt(mib, "%.1f"), title,
                     b.load_average()))
            sys.stdout.flush()
            if ms is not None:
                times[name].append(ms)
                rss[name].append(mib)
    if watcher:
        watcher.close()
    xvfb.close()

    print("\nSummary (medians; load average now %s)" % b.load_average())
    print("%-32s%18s%18s" % ("", "socket-workbench", "packetsender"))
    med = {n: (b.median(times[n]), b.median(rss[n])) for n in times}
    w = med.get("socket-workbench", (None, None))
    p = med.get("packetsender", (None, None))
    print("%-32s%18s%18s" % ("until the window is mapped, ms", b.fmt(w[0], "%.0f"),
                             b.fmt(p[0], "%.0f")))
    print("%-32s%18s%18s" % ("RSS 1 s after mapping, MiB", b.fmt(w[1], "%.1f"),
                             b.fmt(p[1], "%.1f")))
    for n, note in notes.items():
        print("%s: %s" % (n, note))
    if w[0] and p[0] and w[1] and p[1]:
        print("time: %.2fx Packet Sender's (target < 1): %s" % (
            w[0] / p[0], "met" if w[0] < p[0] else "MISSED"))
        print("RSS: %.0f%% of Packet Sender's (target < 70%%): %s" % (
            100 * w[1] / p[1], "met" if w[1] < 0.7 * p[1] else "MISSED"))


if __name__ == "__main__":
    os.environ.setdefault("LC_ALL", "C.UTF-8")
    main()
