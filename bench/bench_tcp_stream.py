#!/usr/bin/env python3
"""Benchmark 4, TCP stream: one connection sends 1 GiB (64 KiB blocks) and reads
the echo at the same time (bench/tcpload stream, every byte compared). Servers:
the workbench's echo server (its MainWindow, capture on: every chunk becomes a
traffic event) and socat forking cat, as a user would type it. Medians of --runs;
each run bounded by --deadline."""

import argparse
import shutil
import subprocess
import sys
import time

import benchlib as b


def parse_args():
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--bytes", type=int, default=1 << 30)
    p.add_argument("--block", type=int, default=64 * 1024)
    p.add_argument("--runs", type=int, default=3)
    p.add_argument("--deadline", type=int, default=120, help="seconds per run")
    p.add_argument("--budget", type=int, default=600, help="seconds for the whole benchmark")
    p.add_argument("--only", default="workbench,socat")
    return p.parse_args()


def load_args(port, args):
    return ["stream", "--port", port, "--bytes", args.bytes, "--block", args.block,
            "--deadline-s", args.deadline]


def run_workbench(args):
    port = b.free_port()
    server = b.WorkbenchServer(b.echo_prefix_workspace(port, reply="echo"))
    if not server.ready.startswith("READY"):
        server.close()
        return None, "workbench did not start: %s" % (server.ready or "no answer")
    server.command("start")
    figures, out = b.run_tcpload(load_args(port, args), args.deadline + 30)
    stats = server.stats()
    server.close()
    figures.update(stats)
    return figures, out


def run_socat(args):
    port = b.free_port()
    proc = b.spawn(["socat", "TCP-LISTEN:%d,bind=127.0.0.1,fork,reuseaddr" % port, "EXEC:cat"],
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    if not b.wait_listening(port, proc, 10):
        b.stop(proc)
        return None, "socat did not listen"
    memory = b.TreeMemory(proc.pid)
    memory.start()
    figures, out = b.run_tcpload(load_args(port, args), args.deadline + 30)
    memory.finish()
    b.stop(proc)
    figures["peak_pss_kb"] = memory.peak_pss_kb
    return figures, out


def main():
    args = parse_args()
    started = time.monotonic()
    b.header("Benchmark 4 - TCP stream: %.0f MiB echoed over one connection in %d KiB blocks"
             % (args.bytes / 2**20, args.block // 1024))
    only = args.only.split(",")
    results, notes = {}, {}
    for name, runner in (("workbench", run_workbench), ("socat", run_socat)):
        if name not in only:
            continue
        if name == "socat" and not shutil.which("socat"):
            notes[name] = "not measured (socat is not installed)"
            continue
        rates, runs = [], []
        for i in range(args.runs):
            if time.monotonic() - started > args.budget:
                print("  (budget of %d s used up: %d of %d runs)" % (args.budget, i, args.runs))
                break
            print("\n%s, run %d of %d (load average %s)" % (name, i + 1, args.runs,
                                                          b.load_average()))
            sys.stdout.flush()
            figures, out = runner(args)
            print("\n".join(l for l in out.splitlines() if not l.startswith("RESULT")))
            if figures and "stall_max_ms" in figures:
                print("  GUI thread: longest stall %.0f ms (of it busy %.0f ms); server CPU %.1f s;"
                      " peak RSS %.0f MiB; %d table rows, %d dropped by the memory cap"
                      % (figures["stall_max_ms"], figures.get("worst_stall_busy_ms", 0),
                         figures.get("cpu_s", 0), figures.get("peak_rss_kb", 0) / 1024,
                         figures.get("table_rows", 0), figures.get("dropped_rows", 0)))
            if figures and figures.get("ok") == 1:
                rates.append(figures["mb_per_s"])
                runs.append(figures)
        if rates:
            results[name] = {
                "mb_per_s": b.median(rates),
                "runs": len(rates),
                "stall_max_ms": b.median([r.get("stall_max_ms") for r in runs]),
                "memory_mib": b.median([(r.get("peak_rss_kb") or r.get("peak_pss_kb") or 0) / 1024
                                        for r in runs]),
            }
        else:
            notes[name] = "no complete run"

    print("\nSummary (medians; load average now %s)" % b.load_average())
    print("%-28s%16s%16s" % ("", "workbench", "socat+cat"))
    w, s = results.get("workbench"), results.get("socat")
    rows = (("MiB/s", "mb_per_s", "%.0f"), ("complete runs", "runs", "%d"),
            ("GUI-thread stall max ms", "stall_max_ms", "%.0f"),
            ("peak memory MiB", "memory_mib", "%.0f"))
    for label, key, spec in rows:
        print("%-28s%16s%16s" % (label, b.fmt(w and w.get(key), spec), b.fmt(s and s.get(key), spec)))
    print("memory: workbench = peak RSS (capture keeps every chunk, up to the traffic table's "
          "memory cap); socat = peak PSS of socat + cat")
    for n, note in notes.items():
        print("%s: %s" % (n, note))
    if w and s:
        ratio = w["mb_per_s"] / s["mb_per_s"]
        print("workbench / socat throughput: %.2fx (target >= 0.5x): %s"
              % (ratio, "met" if ratio >= 0.5 else "MISSED"))


if __name__ == "__main__":
    main()
