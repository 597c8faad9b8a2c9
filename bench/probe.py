#!/usr/bin/env python3
"""probe: run a terminal program in a pseudo-terminal like a user, and measure it.

Python 3 standard library only. Prints JSON:

  startup  ms from spawn until the output shows --expect (first_seen_ms) and
           until it then stays quiet for --settle-ms (stable_ms)
  idle     bytes written, CPU ms and wake-ups (context switches of all its
           threads) while nobody types, over --idle-ms
  typing   --type TEXT cycled to --type-n characters, one key at a time, the
           next key once the previous one showed and output was quiet for
           --key-settle-ms: key -> character shown latency, first byte
           latency, last byte latency (the key's output complete: its
           last read before the quiet), bytes per key, CPU ms per key
  proc     peak RSS (VmHWM, read just before the --post steps; ru_maxrss
           after exit would include the probe's own fork before exec)

"Shown": the program's output since the key, with escape sequences removed,
contains the typed character, and any synchronized update (CSI ?2026h) it
opened is closed again. Times are those of the read that completed it.
The probe answers the terminal queries a program may wait for at start:
primary device attributes (CSI c) and the cursor position (CSI 6n).

  probe.py --cols 120 --rows 40 --expect new.txt --pre i \
      --pre "wait:-- INSERT --" --type "hello world " --type-n 200 \
      --post Esc --post "text::q!" --post Enter -- vim -i NONE new.txt

Steps (--pre/--post, in order): a key name (Enter, Esc, Tab, Up, PgDn, Ctrl-Q,
Alt-/, F1, a single character), text:STRING, wait:STRING (until shown),
sleep:SECONDS, settle (until quiet).
"""
import argparse
import fcntl
import json
import os
import pty
import re
import select
import statistics
import struct
import sys
import termios
import time

CSI_ANY = re.compile(rb"\x1b\[[0-?]*[ -/]*[@-~]")
OSC_ANY = re.compile(rb"\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)")
OTHER_ESC = re.compile(rb"\x1b[()][0-~]|\x1b[=>78DEHMNOPc]")
SYNC_ON, SYNC_OFF = b"\x1b[?2026h", b"\x1b[?2026l"
DA1_QUERY = re.compile(rb"\x1b\[0?c")
CPR_QUERY = b"\x1b[6n"

KEYS = {"enter": b"\r", "tab": b"\t", "esc": b"\x1b", "backspace": b"\x7f",
        "space": b" ", "up": b"\x1b[A", "down": b"\x1b[B", "right": b"\x1b[C",
        "left": b"\x1b[D", "home": b"\x1b[H", "end": b"\x1b[F", "pgup": b"\x1b[5~",
        "pgdn": b"\x1b[6~", "f1": b"\x1bOP", "f2": b"\x1bOQ", "f3": b"\x1bOR",
        "f4": b"\x1bOS", "shift-tab": b"\x1b[Z"}


def encode_key(name):
    """xterm bytes for 'Enter', 'Ctrl-Q', 'Alt-/', 'F1' or one character."""
    if len(name) == 1:
        return name.encode()
    low = name.lower()
    if low in KEYS:
        return KEYS[low]
    if low.startswith("ctrl-") and len(name) == 6:
        return bytes([ord(name[5].upper()) & 0x1F])
    if low.startswith("alt-") and len(name) == 5:
        return b"\x1b" + name[4].encode()
    raise ValueError(f"unknown key {name!r}: use Enter, Esc, Tab, Up, PgDn, F1, Ctrl-X, Alt-x or one character")


def visible_text(data):
    """Printable text in output, escape sequences and control bytes removed."""
    for pattern in (OSC_ANY, CSI_ANY, OTHER_ESC):
        data = pattern.sub(b"", data)
    return data.decode("utf-8", "replace")


class Program:
    """A program in a pseudo-terminal, with every byte it wrote and when."""

    def __init__(self, argv, cols, rows, env, cwd):
        self.t0 = time.perf_counter()
        pid, fd = pty.fork()
        if pid == 0:  # child: size the terminal, then become the program
            try:
                fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
                if cwd:
                    os.chdir(cwd)
                os.execvpe(argv[0], argv, env)
            finally:
                os._exit(127)
        self.pid, self.fd = pid, fd
        self.out = bytearray()
        self.last_rx = self.t0
        self.eof = False
        self.rusage = None
        self.status = None

    def ms(self, t):
        return round((t - self.t0) * 1000, 2)

    def send(self, data):
        os.write(self.fd, data)

    def read(self, timeout):
        """One read of output, or None after `timeout` s. Answers queries."""
        if self.eof:
            return None
        ready, _, _ = select.select([self.fd], [], [], max(0.0, timeout))
        if not ready:
            return None
        now = time.perf_counter()
        try:
            data = os.read(self.fd, 65536)
        except OSError:
            data = b""
        if not data:
            self.eof = True
            return None
        tail = bytes(self.out[-8:]) + data  # a query may straddle two reads
        self.out += data
        self.last_rx = now
        if DA1_QUERY.search(tail):
            self.send(b"\x1b[?62;22c")
        if CPR_QUERY in tail:
            self.send(b"\x1b[1;1R")
        return now

    def wait_for(self, since, condition, timeout):
        """Reads until condition(output since `since`) holds: (first read, done) times."""
        deadline, first = time.perf_counter() + timeout, None
        if condition(bytes(self.out[since:])):
            return None, time.perf_counter()
        while time.perf_counter() < deadline:
            t = self.read(deadline - time.perf_counter())
            if t is None:
                if self.eof:
                    break
                continue
            first = first or t
            if condition(bytes(self.out[since:])):
                return first, t
        return first, None

    def settle(self, quiet, timeout):
        """Reads until no output for `quiet` s; True if that happened in time."""
        deadline = time.perf_counter() + timeout
        while time.perf_counter() < deadline:
            if self.read(min(quiet, deadline - time.perf_counter())) is None:
                if self.eof or time.perf_counter() - self.last_rx >= quiet:
                    return True
        return False

    def proc(self):
        """CPU ms, peak RSS and context switches (all threads) from /proc."""
        out = {}
        try:
            with open(f"/proc/{self.pid}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
            out["cpu_ms"] = (int(fields[11]) + int(fields[12])) * 1000 / os.sysconf("SC_CLK_TCK")
            with open(f"/proc/{self.pid}/status") as f:
                for line in f:
                    if line.startswith("VmHWM:"):
                        out["vmhwm_kb"] = int(line.split()[1])
            switches = 0
            for task in os.listdir(f"/proc/{self.pid}/task"):
                with open(f"/proc/{self.pid}/task/{task}/status") as f:
                    for line in f:
                        if line.startswith(("voluntary_ctxt_switches:", "nonvoluntary_ctxt_switches:")):
                            switches += int(line.split()[1])
            out["ctxt_switches"] = switches
        except (OSError, IndexError, ValueError):
            pass
        return out

    def close(self, wait):
        """Waits up to `wait` s for the program to exit, then kills it."""
        deadline = time.perf_counter() + wait
        exited = False
        while time.perf_counter() < deadline:
            self.read(0.02)
            pid, status, rusage = os.wait4(self.pid, os.WNOHANG)
            if pid:
                exited, self.status, self.rusage = True, status, rusage
                break
        if not exited:
            os.kill(self.pid, 9)
            _, self.status, self.rusage = os.wait4(self.pid, 0)
        os.close(self.fd)
        return exited


def shown(ch):
    def condition(data):
        if data.rfind(SYNC_ON) > data.rfind(SYNC_OFF):
            return False  # a frame is still being written
        # A space may be drawn as a cursor move over a blank cell.
        return ch in visible_text(data) or (ch.isspace() and bool(data))
    return condition


def run_step(p, step, a):
    kind, _, arg = step.partition(":")
    t0, b0, ok = time.perf_counter(), len(p.out), True
    if kind == "wait":
        ok = p.wait_for(0, lambda d: arg in visible_text(d), a.timeout)[1] is not None
    elif kind == "sleep":
        p.wait_for(len(p.out), lambda d: False, float(arg))
    elif step == "settle":
        ok = p.settle(a.settle_ms / 1000, a.timeout)
    else:
        p.send(arg.encode() if kind == "text" else encode_key(step))
        ok = p.settle(a.settle_ms / 1000, a.timeout)
    last = max(p.last_rx, t0)
    return {"step": step, "ok": ok, "ms": round((last - t0) * 1000, 2), "bytes": len(p.out) - b0}


def stats(xs):
    if not xs:
        return None
    xs = sorted(xs)
    return {"median": round(statistics.median(xs), 3), "p90": round(xs[int(0.9 * (len(xs) - 1))], 3),
            "min": round(xs[0], 3), "max": round(xs[-1], 3), "n": len(xs)}


def type_text(p, text, a):
    latency, first, last, per_key, missed = [], [], [], [], 0
    cpu0, b_start = p.proc().get("cpu_ms"), len(p.out)
    for ch in text:
        since = len(p.out)
        t_send = time.perf_counter()
        p.send(b"\r" if ch == "\n" else ch.encode())
        t_first, t_shown = p.wait_for(since, shown(ch), a.key_timeout)
        p.settle(a.key_settle_ms / 1000, a.key_timeout)
        per_key.append(len(p.out) - since)
        if t_first is not None:
            first.append((t_first - t_send) * 1000)
            # The key's last output before the quiet: its frame complete.
            last.append((p.last_rx - t_send) * 1000)
        if t_shown is None:
            missed += 1
        else:
            latency.append((t_shown - t_send) * 1000)
        if a.trace:
            print(repr(ch), t_shown is not None, bytes(p.out[since:]), file=sys.stderr)
    cpu1 = p.proc().get("cpu_ms")
    n = len(text)
    return {"keys": n, "not_shown": missed, "latency_ms": stats(latency),
            "first_byte_ms": stats(first), "last_byte_ms": stats(last),
            "bytes_total": len(p.out) - b_start,
            "bytes_per_key_mean": round((len(p.out) - b_start) / n, 1),
            "bytes_per_key_median": statistics.median(per_key),
            "cpu_ms_per_key": round((cpu1 - cpu0) / n, 3) if None not in (cpu0, cpu1) else None}


def one_run(a, env):
    res = {"ok": True, "errors": []}
    p = Program(a.cmd, a.cols, a.rows, env, a.cwd)
    try:
        _, t = p.wait_for(0, lambda d: a.expect in visible_text(d), a.timeout)
        if t is None:
            res["errors"].append(f"never showed {a.expect!r}")
        else:
            p.settle(a.settle_ms / 1000, a.timeout)
            res["startup"] = {"first_seen_ms": p.ms(t), "stable_ms": p.ms(p.last_rx),
                              "bytes": len(p.out)}
            if a.idle_ms:
                before, b0 = p.proc(), len(p.out)
                p.wait_for(b0, lambda d: False, a.idle_ms / 1000)
                after = p.proc()
                res["idle"] = {"ms": a.idle_ms, "bytes": len(p.out) - b0,
                               "cpu_ms": round(after.get("cpu_ms", 0) - before.get("cpu_ms", 0), 1),
                               "wakeups": after.get("ctxt_switches", 0) - before.get("ctxt_switches", 0)}
            res["pre"] = [run_step(p, s, a) for s in a.pre]
            if a.type:
                text = (a.type * (a.type_n // len(a.type) + 1))[:a.type_n] if a.type_n else a.type
                res["typing"] = type_text(p, text, a)
                if res["typing"]["not_shown"]:
                    res["errors"].append(f"{res['typing']['not_shown']} keys never showed")
            res["proc"] = p.proc()
            res["post"] = [run_step(p, s, a) for s in a.post]
            for s in res["pre"] + res["post"]:
                if not s["ok"]:
                    res["errors"].append(f"step {s['step']!r} failed or timed out")
    except (OSError, ValueError) as e:
        res["errors"].append(str(e))
    finally:
        res.setdefault("proc", p.proc())
        res["exited_by_itself"] = p.close(a.exit_wait if a.post else 0.0)
        res["bytes_total"] = len(p.out)
        if a.keep_output:
            res["output_tail"] = visible_text(bytes(p.out[-2000:]))
    res["ok"] = not res["errors"]
    return res


def summarize(runs):
    def med(get):
        vals = []
        for r in runs:
            try:
                v = get(r)
            except (KeyError, TypeError):
                continue
            if v is not None:
                vals.append(v)
        return round(statistics.median(vals), 3) if vals else None
    return {
        "startup_first_seen_ms": med(lambda r: r["startup"]["first_seen_ms"]),
        "startup_stable_ms": med(lambda r: r["startup"]["stable_ms"]),
        "idle_bytes": med(lambda r: r["idle"]["bytes"]),
        "idle_cpu_ms": med(lambda r: r["idle"]["cpu_ms"]),
        "idle_wakeups": med(lambda r: r["idle"]["wakeups"]),
        "latency_ms_median": med(lambda r: r["typing"]["latency_ms"]["median"]),
        "latency_ms_p90": med(lambda r: r["typing"]["latency_ms"]["p90"]),
        "first_byte_ms_median": med(lambda r: r["typing"]["first_byte_ms"]["median"]),
        "last_byte_ms_median": med(lambda r: r["typing"]["last_byte_ms"]["median"]),
        "bytes_per_key_mean": med(lambda r: r["typing"]["bytes_per_key_mean"]),
        "bytes_per_key_median": med(lambda r: r["typing"]["bytes_per_key_median"]),
        "cpu_ms_per_key": med(lambda r: r["typing"]["cpu_ms_per_key"]),
        "peak_rss_kb": med(lambda r: r["proc"]["vmhwm_kb"]),
        "runs_ok": sum(r["ok"] for r in runs), "runs": len(runs),
    }


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--cols", type=int, default=120)
    p.add_argument("--rows", type=int, default=40)
    p.add_argument("--term", default="xterm-256color")
    p.add_argument("--env", action="append", default=[], metavar="K=V")
    p.add_argument("--cwd")
    p.add_argument("--expect", required=True, help="text the ready screen shows")
    p.add_argument("--timeout", type=float, default=10.0)
    p.add_argument("--settle-ms", type=float, default=150)
    p.add_argument("--idle-ms", type=float, default=0)
    p.add_argument("--pre", action="append", default=[], metavar="STEP")
    p.add_argument("--type", default="")
    p.add_argument("--type-n", type=int, default=0)
    p.add_argument("--key-timeout", type=float, default=2.0)
    p.add_argument("--key-settle-ms", type=float, default=30)
    p.add_argument("--post", action="append", default=[], metavar="STEP")
    p.add_argument("--exit-wait", type=float, default=5.0)
    p.add_argument("--runs", type=int, default=1)
    p.add_argument("--trace", action="store_true", help="print each key's output to stderr")
    p.add_argument("--keep-output", action="store_true", help="add the last visible text")
    p.add_argument("cmd", nargs=argparse.REMAINDER)
    a = p.parse_args(argv)
    if a.cmd and a.cmd[0] == "--":
        a.cmd = a.cmd[1:]
    if not a.cmd:
        p.error("no command given (put it after --)")
    for s in a.pre + a.post:
        kind = s.partition(":")[0]
        if kind not in ("text", "wait", "sleep") and s != "settle":
            try:
                encode_key(s)
            except ValueError as e:
                p.error(str(e))
    env = {k: v for k, v in os.environ.items()
           if k not in ("TMUX", "TMUX_PANE", "STY", "COLUMNS", "LINES", "NO_COLOR")}
    env["TERM"] = a.term
    env.setdefault("LANG", "C.UTF-8")
    for kv in a.env:
        k, sep, v = kv.partition("=")
        if not sep:
            p.error(f"--env wants KEY=VALUE, got {kv!r}")
        env[k] = v
    runs = [one_run(a, env) for _ in range(a.runs)]
    out = {"cmd": a.cmd, "cols": a.cols, "rows": a.rows, "summary": summarize(runs), "runs": runs}
    print(json.dumps(out, indent=1))
    return 0 if all(r["ok"] for r in runs) else 1


if __name__ == "__main__":
    sys.exit(main())
