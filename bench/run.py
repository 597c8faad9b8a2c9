#!/usr/bin/env python3
"""Measure resumd beside vim and nano (typing) and lowdown/mdcat (rendering),
in one run, and write a Markdown report.

  python3 bench/run.py [--runs 5] [--chars 200] [--out bench/report.md]

Builds resumd and the resume generator in release mode, writes the
2,000-line resume (examples/gen_big_resume), and runs every program through
bench/probe.py in a 120x40 pseudo-terminal, each in a private temporary HOME,
working directory and resumd config folder, one warm-up run then --runs runs
(medians). Programs that are not installed are skipped and listed.

Typing scenarios (--chars characters of "hello world " one key at a time):
  new     vim and nano on a new file; resumd on a one-page resume, typing on a
          new line at the end of its Summary
  big     vim and nano on the 2,000-line Markdown file, typing on a new last
          line; resumd with the 2,000-line resume, typing at the end of the
          same Summary, and at the end of its longest section
Rendering: `resumd preview`, lowdown -Tterm and mdcat on the 2,000-line file at
width 100, whole process, stdout to a file.
"""
import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
PROBE = os.path.join(HERE, "probe.py")
READY = "Coach & tips"


def sh(cmd, **kw):
    return subprocess.run(cmd, check=True, capture_output=True, text=True, **kw).stdout


def build(workdir, resumd=None):
    """Release binaries, copied so a parallel build cannot swap them;
    `resumd` replaces the freshly built resumd (to compare another build)."""
    subprocess.run(["cargo", "build", "--release", "--bin", "resumd", "--example", "gen_big_resume"],
                   cwd=REPO, check=True)
    meta = json.loads(sh(["cargo", "metadata", "--format-version", "1", "--no-deps"], cwd=REPO))
    release = os.path.join(meta["target_directory"], "release")
    bins = {}
    for name, rel in (("resumd", "resumd"), ("gen", os.path.join("examples", "gen_big_resume"))):
        bins[name] = os.path.join(workdir, os.path.basename(rel))
        shutil.copy2(os.path.join(release, rel), bins[name])
    if resumd:
        shutil.copy2(resumd, bins["resumd"])
    return bins


def machine():
    model = "?"
    with open("/proc/cpuinfo") as f:
        for line in f:
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    with open("/proc/meminfo") as f:
        mem_kb = int(f.readline().split()[1])
    return {"cpus": os.cpu_count(), "model": model, "mem_gib": round(mem_kb / 1024 / 1024, 1),
            "kernel": platform.release(), "load": os.getloadavg()}


def version(cmd):
    try:
        out = subprocess.run(cmd, capture_output=True, text=True, timeout=10)
        return (out.stdout or out.stderr).strip().splitlines()[0]
    except (OSError, IndexError, subprocess.TimeoutExpired):
        return "?"


def probe(args, env_extra, cwd):
    cmd = [sys.executable, PROBE, "--cols", "120", "--rows", "40", "--idle-ms", "1000", "--cwd", cwd]
    for k, v in env_extra.items():
        cmd += ["--env", f"{k}={v}"]
    p = subprocess.run(cmd + args, capture_output=True, text=True, timeout=600)
    try:
        return json.loads(p.stdout)["runs"][0]
    except (ValueError, KeyError, IndexError):
        return {"ok": False, "errors": [f"probe failed: {p.stderr[-300:]}"]}


def typing_args(a, pre, post, expect):
    out = ["--expect", expect, "--type", "hello world ", "--type-n", str(a.chars)]
    for s in pre:
        out += ["--pre", s]
    for s in post:
        out += ["--post", s]
    return out


def scenarios(bins, fixtures):
    """name -> (program, argv, expect, pre keys, post keys, file to copy, config dir)."""
    vim = ["vim", "-i", "NONE"]
    vim_quit = ["Esc", "text::q!", "Enter"]
    resumd = [bins["resumd"]]
    return [
        ("new", "vim", vim + ["new.txt"], "new.txt", ["i", "wait:-- INSERT --"], vim_quit, None, None),
        ("new", "nano", ["nano", "new.txt"], "Exit", [], ["Ctrl-X", "text:n"], None, None),
        ("new", "resumd", resumd + ["--resume", "one"], READY, [], ["Ctrl-Q"], None, fixtures["one"]),
        ("big", "vim", vim + ["big.md"], "big.md", ["G", "o", "wait:-- INSERT --"], vim_quit,
         fixtures["md"], None),
        ("big", "nano", ["nano", "big.md"], "Exit", ["Alt-/"], ["Ctrl-X", "text:n"], fixtures["md"], None),
        ("big", "resumd", resumd + ["--resume", "big"], READY, [], ["Ctrl-Q"], None, fixtures["big"]),
        ("big", "resumd (longest section)", resumd + ["--resume", "big"], READY, [], ["Ctrl-Q"], None,
         fixtures["big_longest"]),
    ]


def run_typing(a, bins, fixtures, log):
    """Runs go round the programs (vim, nano, resumd, vim, ...) so a change
    in the machine's load during the run touches all of them alike."""
    chosen = []
    for entry in scenarios(bins, fixtures):
        if shutil.which(entry[2][0]):
            chosen.append(entry)
        else:
            log(f"skip {entry[1]}: not installed")
    runs = {i: [] for i in range(len(chosen))}
    for round_ in range(a.runs + 1):
        log(f"typing, round {round_ + 1} of {a.runs + 1}")
        for i, (scenario, name, argv, expect, pre, post, md, config) in enumerate(chosen):
            with tempfile.TemporaryDirectory() as home:
                cwd = os.path.join(home, "work")
                os.mkdir(cwd)
                env = {"HOME": home}
                if md:
                    shutil.copy(md, os.path.join(cwd, "big.md"))
                if config:
                    shutil.copytree(config, os.path.join(home, "resumd"))
                    env["RESUMD_CONFIG_DIR"] = os.path.join(home, "resumd")
                r = probe(typing_args(a, pre, post, expect) + ["--"] + argv, env, cwd)
            if round_ > 0:  # the first round warms caches
                runs[i].append(r)
    return [summarize(scenario, name, argv, runs[i])
            for i, (scenario, name, argv, *_rest) in enumerate(chosen)]


def med(xs):
    xs = [x for x in xs if x is not None]
    return round(statistics.median(xs), 3) if xs else None


def summarize(scenario, name, argv, runs):
    ok = [r for r in runs if r.get("ok")]
    g = lambda f: med(_safe(f, r) for r in ok)
    return {
        "scenario": scenario, "name": name, "version": version([argv[0], "--version"]),
        "ok_runs": len(ok), "runs": len(runs),
        "errors": sorted({e for r in runs for e in r.get("errors", [])}),
        "startup_ms": g(lambda r: r["startup"]["stable_ms"]),
        "lat_med": g(lambda r: r["typing"]["latency_ms"]["median"]),
        "lat_p90": g(lambda r: r["typing"]["latency_ms"]["p90"]),
        "done_med": g(lambda r: r["typing"]["last_byte_ms"]["median"]),
        "bytes_mean": g(lambda r: r["typing"]["bytes_per_key_mean"]),
        "bytes_median": g(lambda r: r["typing"]["bytes_per_key_median"]),
        "cpu_key": g(lambda r: r["typing"]["cpu_ms_per_key"]),
        "idle_bytes": g(lambda r: r["idle"]["bytes"]),
        "idle_cpu": g(lambda r: r["idle"]["cpu_ms"]),
        "idle_wakeups": g(lambda r: r["idle"]["wakeups"]),
        "rss_mib": g(lambda r: round(r["proc"]["vmhwm_kb"] / 1024, 2)),
        "quit_ok": sum(bool(r.get("exited_by_itself")) for r in ok),
    }


def _safe(f, r):
    try:
        return f(r)
    except (KeyError, TypeError):
        return None


def run_rendering(a, bins, md, workdir, log):
    renderers = [
        ("resumd preview", [bins["resumd"], "preview", md, "--width", "100", "--color", "always"],
         [bins["resumd"], "--version"]),
        ("lowdown -Tterm", ["lowdown", "-Tterm", "--term-width=100", "--term-columns=100", md],
         ["dpkg-query", "-W", "-f=${Version}", "lowdown"]),
        ("mdcat", ["mdcat", "--columns", "100", md], ["mdcat", "--version"]),
    ]
    out, skipped = [], []
    env = dict(os.environ, COLUMNS="100", TERM="xterm-256color")
    env.pop("NO_COLOR", None)
    for name, cmd, vcmd in renderers:
        if not shutil.which(cmd[0]):
            skipped.append(f"{name}: `{cmd[0]}` not installed")
            continue
        log(f"rendering: {name}")
        target = os.path.join(workdir, "rendered.txt")

        def once(timed):
            with open(target, "wb") as f:
                t = time.perf_counter()
                p = subprocess.run(timed, stdin=subprocess.DEVNULL, stdout=f, stderr=subprocess.PIPE,
                                   env=env, start_new_session=True, timeout=120)
                return (time.perf_counter() - t) * 1000, p
        once(cmd)  # warm-up
        walls = [once(cmd)[0] for _ in range(a.render_runs)]
        rss = []
        for _ in range(3):  # peak RSS through GNU time, in a separate run
            _, p = once(["/usr/bin/time", "-f", "RSS %M"] + cmd)
            rss += [int(l.split()[1]) for l in p.stderr.decode().splitlines() if l.startswith("RSS ")]
        size = os.path.getsize(target)
        out.append({"name": name, "version": version(vcmd), "cmd": " ".join(cmd).replace(workdir, "$TMP"),
                    "wall_med": round(statistics.median(walls), 2), "wall_min": round(min(walls), 2),
                    "rss_mib": round(statistics.median(rss) / 1024, 2) if rss else None,
                    "out_kib": round(size / 1024, 1)})
    return out, skipped


def report(a, info, typing, rendering, skipped, started, finished):
    L = ["# resumd beside vim, nano and lowdown", "",
         f"Machine: {info['cpus']} CPUs ({info['model']}), {info['mem_gib']} GiB memory, "
         f"Linux {info['kernel']}; load average at start {started[0]:.2f}, at end {finished[0]:.2f}.",
         f"Pseudo-terminal 120x40, TERM=xterm-256color, private empty HOME per run; "
         f"{a.runs} runs after 1 warm-up round, taken in turn, medians. Typing: {a.chars} characters of 'hello world ' "
         "one key at a time, the next key 30 ms after the screen showed the previous one.", "",
         "## Typing", "",
         "Key→char: until the typed character shows; key→done: until the key's last output "
         "(the next 30 ms are quiet).", "",
         "| scenario | program | startup ms | key→char ms (median) | p90 ms | key→done ms (median) "
         "| bytes/key (mean) "
         "| bytes/key (median) | CPU ms/key | idle bytes/s | idle CPU ms/s | idle wake-ups/s "
         "| peak RSS MiB | runs ok |",
         "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for r in typing:
        L.append(f"| {r['scenario']} | {r['name']} | {r['startup_ms']} | {r['lat_med']} | {r['lat_p90']} | "
                 f"{r['done_med']} | "
                 f"{r['bytes_mean']} | {r['bytes_median']} | {r['cpu_key']} | {r['idle_bytes']} | "
                 f"{r['idle_cpu']} | {r['idle_wakeups']} | {r['rss_mib']} | {r['ok_runs']}/{r['runs']} |")
    L += ["", "Versions: " + "; ".join(sorted({f"{r['name'].split()[0]}: {r['version']}" for r in typing})), ""]
    L += ["## Rendering the 2,000-line resume at width 100 (whole process)", "",
          "| renderer | version | wall ms (median) | wall ms (min) | peak RSS MiB | output KiB |",
          "|---|---|---:|---:|---:|---:|"]
    for r in rendering:
        L.append(f"| {r['name']} | {r['version']} | {r['wall_med']} | {r['wall_min']} | {r['rss_mib']} | "
                 f"{r['out_kib']} |")
    L += ["", "Commands: " + "; ".join(f"`{r['cmd']}`" for r in rendering)]
    if skipped:
        L += ["", "Skipped: " + "; ".join(skipped)]
    errors = [(r["name"], e) for r in typing for e in r["errors"]]
    if errors:
        L += ["", "## Errors", ""] + [f"- {n}: {e}" for n, e in errors]
    L += ["", "## Targets", ""] + targets(typing, rendering)
    return "\n".join(L) + "\n"


def targets(typing, rendering):
    row = {(r["scenario"], r["name"]): r for r in typing}
    out = []

    def check(label, ours, limit, ok):
        if ours is None or limit is None:
            out.append(f"- {label}: not measured")
        else:
            out.append(f"- {label}: {ours} vs {limit} — {'met' if ok(ours, limit) else 'MISSED'}")
    for scenario in ("new", "big"):
        us, vim, nano = (row.get((scenario, n)) for n in ("resumd", "vim", "nano"))
        if not us:
            continue
        g = lambda r, k: r.get(k) if r else None
        check(f"{scenario}: key→char ≤ vim's (ms)", g(us, "lat_med"), g(vim, "lat_med"), lambda x, y: x <= y)
        check(f"{scenario}: key→char ≤ nano's (goal, ms)", g(us, "lat_med"), g(nano, "lat_med"),
              lambda x, y: x <= y)
        check(f"{scenario}: bytes/key ≤ 2× vim's", g(us, "bytes_mean"),
              g(vim, "bytes_mean") and round(2 * vim["bytes_mean"], 1), lambda x, y: x <= y)
        check(f"{scenario}: bytes/key ≤ vim's (goal)", g(us, "bytes_mean"), g(vim, "bytes_mean"),
              lambda x, y: x <= y)
        check(f"{scenario}: idle bytes = 0", g(us, "idle_bytes"), 0, lambda x, y: x == y)
        check(f"{scenario}: startup ≤ vim's (ms)", g(us, "startup_ms"), g(vim, "startup_ms"), lambda x, y: x <= y)
        check(f"{scenario}: peak RSS ≤ vim's (MiB)", g(us, "rss_mib"), g(vim, "rss_mib"), lambda x, y: x <= y)
    one, big = row.get(("new", "resumd")), row.get(("big", "resumd"))
    if one and big and one.get("lat_med") and big.get("lat_med"):
        ratio = round(big["lat_med"] / one["lat_med"], 2)
        out.append(f"- key→char on the 2,000-line resume within 1.2× of the one-page one (same section): "
                   f"{ratio}× — {'met' if ratio <= 1.2 else 'MISSED'}")
    ours = next((r for r in rendering if r["name"].startswith("resumd")), None)
    low = next((r for r in rendering if r["name"].startswith("lowdown")), None)
    if ours and low:
        check("`resumd preview` faster than lowdown (ms, median)", ours["wall_med"], low["wall_med"],
              lambda x, y: x < y)
    return out


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--runs", type=int, default=5)
    p.add_argument("--chars", type=int, default=200)
    p.add_argument("--render-runs", type=int, default=11)
    p.add_argument("--out", default=os.path.join(HERE, "report.md"))
    p.add_argument("--resumd", help="measure this resumd binary instead of the one built")
    a = p.parse_args()
    log = lambda m: print(m, file=sys.stderr, flush=True)
    with tempfile.TemporaryDirectory() as workdir:
        log("building (release) ...")
        bins = build(workdir, a.resumd)
        md = os.path.join(workdir, "big.md")
        with open(md, "w") as f:
            subprocess.run([bins["gen"], "--lines", "2000"], stdout=f, check=True)
        fixtures = {"md": md}
        for key, lines, name, section in (("one", 80, "one", "Summary"), ("big", 2000, "big", "Summary"),
                                          ("big_longest", 2000, "big", None)):
            folder = os.path.join(workdir, f"config-{key}")
            cmd = [bins["gen"], "--lines", str(lines), "--save-to", folder, "--name", name]
            subprocess.run(cmd + (["--section", section] if section else []), check=True)
            fixtures[key] = folder
        info = machine()
        started = os.getloadavg()
        typing = run_typing(a, bins, fixtures, log)
        rendering, skipped = run_rendering(a, bins, md, workdir, log)
        finished = os.getloadavg()
        text = report(a, info, typing, rendering, skipped, started, finished)
    print(text, end="")
    with open(a.out, "w") as f:
        f.write(text)
    log(f"wrote {a.out}")


if __name__ == "__main__":
    main()
