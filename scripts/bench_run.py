#!/usr/bin/env python3
"""The measuring half of scripts/bench.sh (run that instead: it builds, installs the pinned tools and calls this).

Runs each command several times, measures wall time, CPU time (user+sys) and peak RSS of the child process with
os.wait4, takes medians, and writes a Markdown report (and the raw numbers as JSON) with the ratios of issue 8.
Standard library only.
"""
import argparse
import datetime
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import time

TARGETS = {
    "small_vs_jvm": 4.0,        # small scan wall <= 4x java -version
    "corpus_wall_s": 10.0,      # whole corpus <= 10 s on 2 cores
    "checkov_ratio": 20.0,      # >= 20x faster than Checkov
    "hcl_ratio": 1.0,           # HCL parse >= hcl2json
    "scaling_100k_10k": 12.0,   # time(100k) / time(10k) <= 12
    "heap_100k_mb": 1024.0,     # peak heap at 100k <= 1 GB
}


def load():
    return os.getloadavg()[0]


def run_once(cmd, env=None, cwd=None, timeout=None):
    """One run: wall seconds, CPU seconds (user+sys of the child and its waited-for children), peak RSS in MB."""
    full_env = dict(os.environ, **(env or {}))
    load_before = load()
    start = time.perf_counter()
    with open(os.devnull, "wb") as null:
        proc = subprocess.Popen(cmd, env=full_env, cwd=cwd, stdout=null, stderr=null)
        deadline = None if timeout is None else start + timeout
        while True:
            pid, status, ru = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if deadline and time.perf_counter() > deadline:
                proc.kill()
                pid, status, ru = os.wait4(proc.pid, 0)
                return {"wall": time.perf_counter() - start, "cpu": ru.ru_utime + ru.ru_stime,
                        "rss_mb": ru.ru_maxrss / 1024, "exit": None, "timeout": True, "load": load_before}
            time.sleep(0.005)
    wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    return {"wall": wall, "cpu": ru.ru_utime + ru.ru_stime, "rss_mb": ru.ru_maxrss / 1024,
            "exit": proc.returncode, "timeout": False, "load": load_before}


def measure(name, cmd, reps, warmups=1, **kw):
    for _ in range(warmups):
        run_once(cmd, **kw)
    runs = [run_once(cmd, **kw) for _ in range(reps)]
    res = {
        "name": name, "cmd": " ".join(cmd), "reps": reps, "runs": runs,
        "wall": statistics.median(r["wall"] for r in runs),
        "wall_min": min(r["wall"] for r in runs),
        "cpu": statistics.median(r["cpu"] for r in runs),
        "rss_mb": max(r["rss_mb"] for r in runs),
        "exits": sorted({r["exit"] for r in runs}, key=str),
        "timeout": any(r["timeout"] for r in runs),
        "load": statistics.median(r["load"] for r in runs),
    }
    print(f"  {name}: median wall {res['wall']:.3f} s (min {res['wall_min']:.3f}), cpu {res['cpu']:.3f} s, "
          f"peak RSS {res['rss_mb']:.0f} MB, exit {res['exits']}, load {res['load']:.1f}", flush=True)
    return res


def summary_of(report_path):
    with open(report_path) as f:
        return json.load(f)["summary"]


def scan_cmd(args, target, report):
    return [args.vnetlint, "scan", "-q", "--no-config", "-f", "json", "-o", report, "--root", target, target]


# The launcher turns JVM logging off (-Xlog:disable), which would also drop a GC log given in JAVA_TOOL_OPTIONS: the
# large runs start the jar directly, with the launcher's compiler and collector settings plus -Xmx1g and a GC log.
LARGE_JVM = ["-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xss4m", "-Xmx1g"]


def heap_of(log):
    """Peak heap from a GC log: the largest occupancy before a collection, or at exit when larger."""
    with open(log) as f:
        text = f.read()
    pauses = [(m.group(1), float(m.group(2)), float(m.group(3)))
              for m in re.finditer(r"Pause (\w+) .*? (\d+)M->(\d+)M\((\d+)M\)", text)]
    before = [b for _, b, _ in pauses]
    at_exit = sum(int(u) for u in re.findall(r"(?:generation|space)\s+total \d+K, used (\d+)K", text)) / 1024
    committed = [float(x) for x in re.findall(r"->\d+M\((\d+)M\)", text)]
    return {"peak_heap_mb": max(before + [at_exit]), "gcs": len(before), "heap_at_exit_mb": at_exit,
            # Live data is only known after a full collection: the largest such figure bounds what had to fit.
            "max_after_gc_mb": max([a for kind, _, a in pauses if kind == "Full"] + [0.0]),
            "max_committed_mb": max(committed) if committed else None}


def measure_large(name, jar, scan_args, reps, work):
    """Large trees: no warm-up (generation left the files in the page cache); every run with -Xmx1g and a GC log."""
    runs = []
    cmd = []
    for i in range(reps):
        log = os.path.join(work, f"gc-{name.replace(' ', '-')}-{i}.log")
        cmd = ["java"] + LARGE_JVM + [f"-Xlog:gc,gc+heap+exit:file={log}", "-jar", jar] + scan_args
        r = run_once(cmd)
        r.update(heap_of(log))
        runs.append(r)
    res = {
        "name": name, "cmd": " ".join(cmd), "reps": reps, "runs": runs, "xmx": "1g",
        "wall": statistics.median(r["wall"] for r in runs), "wall_min": min(r["wall"] for r in runs),
        "cpu": statistics.median(r["cpu"] for r in runs), "rss_mb": max(r["rss_mb"] for r in runs),
        "exits": sorted({r["exit"] for r in runs}, key=str), "timeout": False,
        "load": statistics.median(r["load"] for r in runs),
        "heap": {"peak_heap_mb": max(r["peak_heap_mb"] for r in runs), "gcs": max(r["gcs"] for r in runs),
                 "max_after_gc_mb": max(r["max_after_gc_mb"] for r in runs),
                 "exit": max(r["exit"] for r in runs)},
    }
    print(f"  {name} (-Xmx1g): median wall {res['wall']:.3f} s, cpu {res['cpu']:.3f} s, peak RSS {res['rss_mb']:.0f} MB,"
          f" peak heap {res['heap']['peak_heap_mb']:.0f} MB, exit {res['exits']}, load {res['load']:.1f}", flush=True)
    return res


def check_tree(args, tree, report):
    p = subprocess.run([sys.executable, args.generator, "--check", tree, report], capture_output=True, text=True)
    return p.returncode == 0, p.stdout.strip().splitlines()[-1] if p.stdout.strip() else p.stderr.strip()


def machine():
    cpu = ""
    with open("/proc/cpuinfo") as f:
        for line in f:
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    with open("/proc/meminfo") as f:
        mem_kb = int(f.readline().split()[1])
    java = subprocess.run(["java", "-version"], capture_output=True, text=True).stderr.splitlines()[0]
    return {"nproc": os.cpu_count(), "cpu": cpu, "ram_gb": round(mem_kb / 1024 / 1024, 1), "java": java,
            "python": platform.python_version(), "kernel": platform.release()}


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--vnetlint", required=True)
    p.add_argument("--generator", required=True)
    p.add_argument("--corpus", required=True)
    p.add_argument("--small", required=True, help="one quickstart folder")
    p.add_argument("--work", required=True)
    p.add_argument("--out", required=True, help="Markdown report")
    p.add_argument("--reps", type=int, default=5)
    p.add_argument("--reps-large", type=int, default=3)
    p.add_argument("--sizes", default="10,100,1000,10000,100000")
    p.add_argument("--formats", default="terraform,bicep,arm")
    p.add_argument("--checkov", help="checkov executable; omitted: no Checkov runs")
    p.add_argument("--checkov-reps", type=int, default=1)
    p.add_argument("--checkov-timeout", type=float, default=3600)
    p.add_argument("--hcl-results", help="file with the RESULT lines of scripts/bench-hcl.sh runs")
    a = p.parse_args()
    os.makedirs(a.work, exist_ok=True)
    res = {"date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
           "machine": machine(), "load_start": os.getloadavg(), "targets": TARGETS}
    print(f"machine: {res['machine']}; load {res['load_start']}", flush=True)

    print("JVM baseline and small scan", flush=True)
    res["jvm"] = measure("java -Xshare:auto -version", ["java", "-Xshare:auto", "-version"], a.reps)
    small_report = os.path.join(a.work, "small.json")
    res["small"] = measure("small scan", scan_cmd(a, a.small, small_report), a.reps)
    res["small"]["summary"] = summary_of(small_report)
    # The same scan without the launcher script (its staleness check walks the checkout): plain java -jar.
    jar = os.path.join(os.path.dirname(os.path.abspath(a.vnetlint)), "cli", "target", "vnetlint.jar")
    res["small_jar"] = measure("small scan, java -jar", ["java", "-jar", jar] + scan_cmd(a, a.small, small_report)[1:],
                               a.reps)

    print("corpus", flush=True)
    corpus_report = os.path.join(a.work, "corpus.json")
    res["corpus"] = measure("corpus scan", scan_cmd(a, a.corpus, corpus_report), a.reps)
    res["corpus"]["summary"] = summary_of(corpus_report)
    res["corpus"]["bytes"] = sum(os.path.getsize(os.path.join(d, f)) for d, _, fs in os.walk(a.corpus) for f in fs)

    res["generated"] = []
    for fmt in a.formats.split(","):
        for size in [int(s) for s in a.sizes.split(",")]:
            tree = os.path.join(a.work, "trees", f"{fmt}-{size}")
            if not os.path.exists(os.path.join(tree, "landing-zone.json")):
                subprocess.run([sys.executable, a.generator, "--format", fmt, "--resources", str(size), "--out", tree],
                               check=True, stdout=subprocess.DEVNULL)
            with open(os.path.join(tree, "landing-zone.json")) as f:
                manifest = json.load(f)
            report = os.path.join(a.work, f"gen-{fmt}-{size}.json")
            if size >= 100000:
                r = measure_large(f"{fmt} {size}", jar, scan_cmd(a, tree, report)[1:], a.reps_large, a.work)
            else:
                r = measure(f"{fmt} {size}", scan_cmd(a, tree, report), a.reps)
            r["check_ok"], r["check"] = check_tree(a, tree, report)
            r.update({"format": fmt, "size": size, "resources": manifest["resources"], "files": manifest["files"],
                      "bytes": manifest["bytes"]})
            print(f"    check: {r['check']}", flush=True)
            res["generated"].append(r)

    if a.checkov:
        print("Checkov", flush=True)
        ver = subprocess.run([a.checkov, "--version"], capture_output=True, text=True).stdout.strip()
        out = os.path.join(a.work, "checkov.json")
        cmd = ["sh", "-c", f"exec '{a.checkov}' -d '{a.corpus}' --framework terraform arm bicep --quiet --compact "
                           f"-o json --skip-download > '{out}'"]
        res["checkov"] = measure(f"checkov {ver} corpus", cmd, a.checkov_reps, warmups=0,
                                 timeout=a.checkov_timeout)
        res["checkov"]["version"] = ver

    if a.hcl_results and os.path.exists(a.hcl_results):
        res["hcl"] = []
        with open(a.hcl_results) as f:
            for line in f:
                m = re.match(r"(\S+) RESULT (\S+) (.*)", line.strip())
                if m:
                    kv = dict(x.split("=", 1) for x in m.group(3).split() if "=" in x)
                    res["hcl"].append({"set": m.group(1), "parser": m.group(2), **kv})

    res["load_end"] = os.getloadavg()
    with open(os.path.splitext(a.out)[0] + ".json", "w") as f:
        json.dump(res, f, indent=1)
    with open(a.out, "w") as f:
        f.write(markdown(res))
    print(f"report: {a.out}", flush=True)


def fmt_s(x):
    return f"{x:.2f} s" if x >= 1 else f"{x * 1000:.0f} ms"


def rate(n, seconds):
    x = n / seconds
    return f"{x:,.0f}" if x >= 100 else f"{x:.1f}"


def markdown(res):
    m = res["machine"]
    L = [f"# vnetlint benchmark run, {res['date']}", "",
         f"Machine: {m['nproc']} cores ({m['cpu']}), {m['ram_gb']} GB RAM, {m['java']}, Linux {m['kernel']}. "
         f"Load average (1 min) {res['load_start'][0]:.1f} at start, {res['load_end'][0]:.1f} at end.", "",
         "| run | median wall | min wall | CPU (user+sys) | peak RSS | files | resources | files/s | resources/s | load |",
         "|---|---|---|---|---|---|---|---|---|---|"]

    def row(name, r, files="", resources=""):
        fps = rate(files, r["wall"]) if files else ""
        rps = rate(resources, r["wall"]) if resources else ""
        L.append(f"| {name} | {fmt_s(r['wall'])} | {fmt_s(r['wall_min'])} | {fmt_s(r['cpu'])} | "
                 f"{r['rss_mb']:.0f} MB | {files if files else ''} | {resources if resources else ''} | {fps} | {rps} "
                 f"| {r['load']:.1f} |")

    row("`java -Xshare:auto -version`", res["jvm"])
    s = res["small"]["summary"]
    row("small scan (one quickstart folder)", res["small"], s["filesScanned"], s["resources"])
    row("same, plain `java -jar` (default JVM flags, no launcher)", res["small_jar"], s["filesScanned"], s["resources"])
    s = res["corpus"]["summary"]
    row(f"corpus ({res['corpus']['bytes'] / 1e6:.0f} MB)", res["corpus"], s["filesScanned"], s["resources"])
    for g in res["generated"]:
        row(f"generated {g['format']} {g['size']:,}", g, g["files"], g["resources"])
    if "checkov" in res:
        c = res["checkov"]
        row(f"Checkov {c['version']} corpus" + (" (timed out)" if c["timeout"] else ""), c)
    L.append("")
    L.append("Generated trees checked against their manifests (no input errors, exactly the expected findings):")
    for g in res["generated"]:
        L.append(f"- {g['format']} {g['size']:,}: {'OK' if g['check_ok'] else 'FAIL'} ({g['check']})")
    L.append("")

    L += ["| target | measured | goal | met |", "|---|---|---|---|"]
    t = res["targets"]
    ratio = res["small"]["wall"] / res["jvm"]["wall"]
    L.append(f"| small scan / JVM `-version` (wall) | {ratio:.1f}x | <= {t['small_vs_jvm']:.0f}x | "
             f"{'yes' if ratio <= t['small_vs_jvm'] else 'no'} |")
    ratio = res["small_jar"]["wall"] / res["jvm"]["wall"]
    L.append(f"| small scan with plain `java -jar` / JVM `-version` (wall) | {ratio:.1f}x | <= {t['small_vs_jvm']:.0f}x | "
             f"{'yes' if ratio <= t['small_vs_jvm'] else 'no'} |")
    w = res["corpus"]["wall"]
    L.append(f"| corpus wall, {res['machine']['nproc']} cores | {w:.2f} s (CPU {res['corpus']['cpu']:.2f} s) | "
             f"<= {t['corpus_wall_s']:.0f} s | {'yes' if w <= t['corpus_wall_s'] else 'no'} |")
    if "checkov" in res:
        c = res["checkov"]
        r = c["wall"] / w
        rc = c["cpu"] / res["corpus"]["cpu"]
        bound = ">= " if c["timeout"] else ""
        L.append(f"| Checkov / vnetlint, corpus | {bound}{r:.0f}x wall, {bound}{rc:.0f}x CPU | >= {t['checkov_ratio']:.0f}x"
                 f" | {'yes' if r >= t['checkov_ratio'] else 'no'} |")
    for h in [x for x in res.get("hcl", []) if x["parser"] == "vnetlint"]:
        other = next((x for x in res["hcl"] if x["set"] == h["set"] and x["parser"] == "hcl2json"), None)
        if other:
            r = float(h["MB_per_s"]) / float(other["MB_per_s"])
            L.append(f"| HCL parse vnetlint / hcl2json ({h['set']}) | {h['MB_per_s']} vs {other['MB_per_s']} MB/s = "
                     f"{r:.1f}x | >= 1x | {'yes' if r >= t['hcl_ratio'] else 'no'} |")
    for fmt in sorted({g["format"] for g in res["generated"]}):
        by = {g["size"]: g for g in res["generated"] if g["format"] == fmt}
        if 10000 in by and 100000 in by:
            r = by[100000]["wall"] / by[10000]["wall"]
            rc = by[100000]["cpu"] / by[10000]["cpu"]
            L.append(f"| time(100k) / time(10k), {fmt} | {r:.1f} wall, {rc:.1f} CPU | <= {t['scaling_100k_10k']:.0f} | "
                     f"{'yes' if r <= t['scaling_100k_10k'] else 'no'} |")
        if 100000 in by and "heap" in by[100000]:
            hp = by[100000]["heap"]
            okrun = hp["exit"] in (0, 1) and by[100000]["check_ok"]
            L.append(f"| peak heap at 100k, {fmt} (-Xmx1g) | {hp['peak_heap_mb']:.0f} MB occupied before a GC, "
                     f"{hp['max_after_gc_mb']:.0f} MB live after a full GC ({hp['gcs']} GCs, "
                     f"run {'passed' if okrun else 'FAILED'}, RSS {by[100000]['rss_mb']:.0f} MB) | <= 1024 MB | "
                     f"{'yes' if okrun and hp['peak_heap_mb'] <= t['heap_100k_mb'] else 'no'} |")
    L.append("")
    return "\n".join(L) + "\n"


if __name__ == "__main__":
    main()
