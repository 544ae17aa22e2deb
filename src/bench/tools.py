#!/usr/bin/env python3
"""Small helpers for src/bench/run.sh (standard library only).

  tools.py startup OUT_JSON PORT -- CMD...   time from spawning CMD to the first GraphQL answer without errors
  tools.py wait MANAGEMENT_PORT SECONDS      wait until /q/health/ready answers 200
  tools.py statements MANAGEMENT_PORT        prepared SQL statements so far (hibernate_statements_total)
  tools.py compare GRAPHQL_JSON REST_JSON    exit 1 unless GraphQL data == REST body (and no errors)
  tools.py rss PID                           VmRSS of PID in KiB
  tools.py heap PID JCMD                     live heap of PID in KiB, after a full collection (jcmd GC.run, GC.heap_info)
  tools.py rps RESULTS_TXT                   requests per second of the last round in a raw/NAME.txt file
  tools.py post PORT BODY_FILE OUT           POST /graphql, write the response body
  tools.py pgcpu POSTMASTER_PID              CPU time (user + system, clock ticks) of a PostgreSQL server so far: the
                                             postmaster and its children (backends, background processes)
  tools.py report OUT SCALES STARTUPS JAVA JDK25 CONNECTIONS DURATION ROUNDS   write OUT/results.md and results.json
"""
import json
import os
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.request

PROBE = json.dumps({"query": "{ countries { code } }"}).encode()


def graphql_ok(port, timeout=1.0):
    try:
        req = urllib.request.Request(f"http://127.0.0.1:{port}/graphql", data=PROBE,
                                     headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            body = json.loads(resp.read())
            return resp.status == 200 and "errors" not in body and body["data"]["countries"]
    except Exception:
        return False


def port_open(port):
    try:
        socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
        return True
    except OSError:
        return False


def startup(out, port, cmd):
    """Waits for the port to accept connections, then sends one query and waits for its answer as long as it takes:
    a probe that gives up early aborts a request the service is still working on (it logs a closed session)."""
    log = open(out + ".log", "w")
    t0 = time.monotonic()
    proc = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))  # so that finally stops the service
    try:
        while True:
            if proc.poll() is not None:
                sys.exit(f"service exited with {proc.returncode} before answering (see {out}.log)")
            if time.monotonic() - t0 > 120:
                sys.exit("no GraphQL answer within 120 s")
            if port_open(port) and graphql_ok(port, 60):
                ms = (time.monotonic() - t0) * 1000
                break
            time.sleep(0.005)
        time.sleep(0.3)
        rss = read_rss(proc.pid)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(20)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
    errors = [line for line in open(out + ".log") if " ERROR " in line]
    if errors:
        sys.exit(f"the service logged errors while starting (see {out}.log): {errors[0].strip()}")
    json.dump({"ms": ms, "rss_kib": rss}, open(out, "w"))
    print(f"{ms:.0f} ms")


def wait(port, seconds):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/q/health/ready", timeout=1) as resp:
                if resp.status == 200:
                    return
        except Exception:
            pass
        time.sleep(0.1)
    sys.exit(f"service on port {port} not ready within {seconds} s")


def statements(port):
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/q/metrics", timeout=10) as resp:
        text = resp.read().decode()
    total = 0.0
    found = False
    for line in text.splitlines():
        if line.startswith("hibernate_statements_total{") and re.search(r'(status|result)="prepared"', line):
            total += float(line.rsplit(" ", 1)[1])
            found = True
    if not found:
        sys.exit("hibernate_statements_total{...prepared} not in /q/metrics")
    print(int(total))


def compare(gql_file, rest_file):
    gql = json.load(open(gql_file))
    rest = json.load(open(rest_file))
    if gql.get("errors"):
        sys.exit(f"GraphQL answered errors: {gql['errors']}")
    if gql.get("data") != rest:
        sys.exit(f"GraphQL data and REST body differ ({gql_file} vs {rest_file})")
    edges = gql["data"]["meetings"]["edges"]
    parts = sum(len(e["node"]["participants"]) for e in edges)
    stmts = sum(len(p["statements"]) for e in edges for p in e["node"]["participants"])
    print(f"identical: {len(edges)} meetings, {parts} participants, {stmts} statements, "
          f"{os.path.getsize(gql_file)} bytes")


def read_rss(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return -1


def live_heap(pid, jcmd):
    subprocess.run([jcmd, str(pid), "GC.run"], check=True, capture_output=True)
    info = subprocess.run([jcmd, str(pid), "GC.heap_info"], check=True, capture_output=True, text=True).stdout
    match = re.search(r"heap\s+total (\d+)K, used (\d+)K", info)
    if not match:
        sys.exit(f"no heap usage in jcmd GC.heap_info: {info}")
    return int(match.group(2))


def stat_fields(pid):
    """The fields of /proc/PID/stat after the command name (which may hold spaces and parentheses): [0] is the state,
    [1] the parent's pid, [11] and [12] utime and stime, [13] and [14] those of its exited children it has waited for."""
    with open(f"/proc/{pid}/stat") as f:
        return f.read().rsplit(")", 1)[1].split()


def pg_cpu(postmaster):
    """The server's processes are all children of the postmaster, which reaps each one that exits: the running ones
    count with their own time, the exited ones (autovacuum workers, closed connections) in the postmaster's."""
    own = stat_fields(postmaster)
    total = sum(int(own[i]) for i in (11, 12, 13, 14))
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            fields = stat_fields(entry)
        except OSError:   # exited meanwhile
            continue
        if fields[1] == str(postmaster):
            total += int(fields[11]) + int(fields[12])
    return total


def post(port, body_file, out):
    req = urllib.request.Request(f"http://127.0.0.1:{port}/graphql", data=open(body_file, "rb").read(),
                                 headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=60) as resp:
        open(out, "wb").write(resp.read())


def kv(path):
    values = {}
    for line in open(path):
        line = line.strip()
        if line.startswith("BENCH_RESULT"):
            line = line[len("BENCH_RESULT"):]
        for part in line.split():
            if "=" in part:
                k, v = part.split("=", 1)
                values[k] = float(v)
    return values


def rps(rounds):
    """Requests per second over the given wrk rounds."""
    return sum(x["requests"] for x in rounds) / (sum(x["duration_us"] for x in rounds) / 1e6)


def wrk_rounds(path):
    rounds = []
    for line in open(path):
        if line.startswith("BENCH_RESULT"):
            rounds.append({k: float(v) for k, v in (p.split("=", 1) for p in line.split()[1:])})
    return rounds


def median(values):
    values = sorted(values)
    n = len(values)
    return values[n // 2] if n % 2 else (values[n // 2 - 1] + values[n // 2]) / 2


def report(out, scales, startups, java, jdk25, connections, duration, rounds_n):
    import platform
    scales = scales.split()
    raw = os.path.join(out, "raw")
    result = {"scales": {}, "startup": {}}
    n = int(os.environ.get("BENCH_RSS_REQUESTS", "10000"))
    once, twice = (f"{n // 1000}k", f"{2 * n // 1000}k") if n % 1000 == 0 else (str(n), str(2 * n))
    for scale in scales:
        r = {}
        st = kv(f"{raw}/statements-x{scale}.txt")
        r["statements_graphql"], r["statements_rest"] = st["graphql"], st["rest"]
        for kind in ("graphql", "rest"):
            rs = wrk_rounds(f"{raw}/{kind}-x{scale}.txt")
            r[kind] = {
                "rps": rps(rs),
                "rps_rounds": [rps([x]) for x in rs],
                "p50_ms": median([x["p50_us"] for x in rs]) / 1000,
                "p99_ms": median([x["p99_us"] for x in rs]) / 1000,
                "requests": sum(x["requests"] for x in rs),
                # service CPU time (user + system) per request: robust against other load on a shared machine
                "cpu_ms": sum(x["cpu_ticks"] / x["clk_tck"] * 1000 for x in rs) / sum(x["requests"] for x in rs),
            }
            if all("db_ticks" in x for x in rs):   # PostgreSQL: its server processes' CPU time, same rounds
                r[kind]["db_cpu_ms"] = sum(x["db_ticks"] / x["clk_tck"] * 1000 for x in rs) / r[kind]["requests"]
        r["ratio"] = r["graphql"]["rps"] / r["rest"]["rps"]
        r["ratio_rounds"] = [g / b for g, b in zip(r["graphql"]["rps_rounds"], r["rest"]["rps_rounds"])]
        r["cpu_ratio"] = r["rest"]["cpu_ms"] / r["graphql"]["cpu_ms"]
        if os.path.exists(f"{raw}/rss-x{scale}.txt"):
            rss = kv(f"{raw}/rss-x{scale}.txt")
            r["rss_mib"] = {k: rss[f"rss_{k}"] / 1024 for k in ("start", "10k", "20k")}
            r["rss_ratio"] = rss["rss_20k"] / rss["rss_10k"]
            r["heap_mib"] = {k: rss[f"heap_{k}"] / 1024 for k in ("start", "10k", "20k")}
            r["heap_ratio"] = rss["heap_20k"] / rss["heap_10k"]
        gen = kv(f"{raw}/gen-x{scale}.txt")
        r["gen_seconds"] = gen["gen_seconds"]
        r["meetings"], r["statements"] = int(gen["meetings"]), int(gen["statements"])
        r["response"] = open(f"{raw}/compare-x{scale}.txt").read().strip()
        result["scales"][scale] = r
    for variant in ("default", "aot", "default17") if int(startups) > 0 else ():
        runs = [json.load(open(f"{raw}/startup-{variant}-{i}.json")) for i in range(1, int(startups) + 1)]
        result["startup"][variant] = {"ms": median([x["ms"] for x in runs]), "runs_ms": [round(x["ms"]) for x in runs],
                                      "rss_mib": median([x["rss_kib"] for x in runs]) / 1024}
    su = result["startup"]
    su_ratio = su["aot"]["ms"] / su["default"]["ms"] if su else None
    stmts = [result["scales"][s]["statements_graphql"] for s in scales]
    ratios = [result["scales"][s]["ratio"] for s in scales]
    rss_scales = [s for s in scales if "rss_ratio" in result["scales"][s]]
    rss_ratios = [result["scales"][s]["rss_ratio"] for s in rss_scales]
    targets = [
        ("SQL statements per nested request independent of data size", " / ".join(f"{x:g}" for x in stmts),
         max(stmts) == min(stmts)),
        ("nested GraphQL throughput >= 0.9x REST baseline (every size)", f"{min(ratios):.2f}x - {max(ratios):.2f}x",
         min(ratios) >= 0.9),
        ("AOT-cache startup <= 0.35x default (JDK 25)", f"{su_ratio:.2f}x" if su else "not measured (BENCH_STARTUPS=0)",
         bool(su) and su_ratio <= 0.35),
        (f"RSS after {twice} <= 1.05x RSS after {once} requests ({', '.join(s + 'x' for s in rss_scales)})",
         " / ".join(f"{x:.3f}x" for x in rss_ratios) or "not measured", bool(rss_ratios) and max(rss_ratios) <= 1.05),
    ]
    result["targets"] = [{"target": t, "measured": m, "met": ok} for t, m, ok in targets]

    def java_version(cmd):
        try:
            return subprocess.run([cmd, "-version"], capture_output=True, text=True).stderr.splitlines()[0]
        except Exception:
            return "?"
    cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), "?")
    mem = next((int(l.split()[1]) for l in open("/proc/meminfo") if l.startswith("MemTotal")), 0) / 1024 / 1024
    db_measured = all("db_cpu_ms" in result["scales"][s]["graphql"] for s in scales)
    result["database"] = os.environ.get("BENCH_DB_DESC", "H2 embedded")
    lines = [
        "# Trade Talks benchmark results", "",
        f"Run {time.strftime('%Y-%m-%d %H:%M %Z')} with `src/bench/run.sh` on {os.cpu_count()} cores ({cpu}), "
        f"{mem:.0f} GiB RAM, {platform.system()} {platform.release()}.  ",
        f"Service under load: `{java_version(java)}`; "
        + (f"startup compared on `{java_version(jdk25 + '/bin/java')}`; " if su else "") +
        f"JVM options of every service run: `{os.environ.get('BENCH_SERVICE_OPTS', '?')}`.  ",
        f"Load: wrk on loopback, 1 thread, {connections} connections, {rounds_n} interleaved GraphQL/REST rounds of "
        f"{duration} s per size after warm-up; every response checked (HTTP 200, no `errors`).  ",
        f"Database: {result['database']}" + (
            "; its CPU time per request is that of the server's processes (the postmaster and its children, from "
            "`/proc`) over the same rounds." if db_measured else "."), "",
        "Nested query (`src/bench/nested.graphql`): `meetings(first: 20)` → `participants` → `statements` → `source` "
        "(plus `countries`, the participants' `country`, `totalCount`, cursors). The REST baseline "
        "(`src/bench/java`, only in the `-Pbench` build) answers the identical JSON with join fetches.", "",
        "| data size | meetings / statements | SQL per request GraphQL (REST) | GraphQL req/s | REST req/s | "
        "throughput GraphQL / REST (per round) | p50 GraphQL / REST (ms) | p99 GraphQL / REST (ms) | "
        "service CPU ms per request GraphQL / REST | "
        + ("database CPU ms per request GraphQL / REST | " if db_measured else "")
        + "CPU efficiency GraphQL / REST |",
        "|---|---|---|---|---|---|---|---|---|" + ("---|" if db_measured else "") + "---|",
    ]
    for s in scales:
        r = result["scales"][s]
        g, b = r["graphql"], r["rest"]
        lines.append(
            f"| {s}× | {r['meetings']:,} / {r['statements']:,} | {r['statements_graphql']:g} ({r['statements_rest']:g}) | "
            f"{g['rps']:.0f} | {b['rps']:.0f} | **{r['ratio']:.2f}×** "
            f"({min(r['ratio_rounds']):.2f}–{max(r['ratio_rounds']):.2f}) | {g['p50_ms']:.1f} / {b['p50_ms']:.1f} | "
            f"{g['p99_ms']:.1f} / {b['p99_ms']:.1f} | {g['cpu_ms']:.2f} / {b['cpu_ms']:.2f} | "
            + (f"{g['db_cpu_ms']:.2f} / {b['db_cpu_ms']:.2f} | " if db_measured else "")
            + f"{r['cpu_ratio']:.2f}× |")
    rss_query = {"graphql": "src/bench/nested.graphql"}.get(os.environ.get("BENCH_RSS_QUERY", "light"), "src/bench/light.graphql")
    lines += ["", f"| memory, requests of `{rss_query}`, heap of {os.environ.get('BENCH_RSS_HEAP', '?')} committed and "
              f"touched at start | after start | after {once} requests | "
              f"after {twice} requests | {twice} / {once} |", "|---|---|---|---|---|"]
    for s in rss_scales:
        m = result["scales"][s]["rss_mib"]
        h = result["scales"][s]["heap_mib"]
        lines.append(f"| {s}× data: RSS | {m['start']:.0f} MiB | {m['10k']:.0f} MiB | {m['20k']:.0f} MiB | "
                     f"**{result['scales'][s]['rss_ratio']:.3f}×** |")
        lines.append(f"| {s}× data: live heap after a full GC | {h['start']:.0f} MiB | {h['10k']:.0f} MiB | "
                     f"{h['20k']:.0f} MiB | {result['scales'][s]['heap_ratio']:.3f}× |")
    if su:
        lines += [
            "", "| startup to first GraphQL answer (median of %s) | ms | runs (ms) | RSS then (MiB) |" % startups,
            "|---|---|---|---|",
            f"| default jar, JDK 25 | {su['default']['ms']:.0f} | {su['default']['runs_ms']} | {su['default']['rss_mib']:.0f} |",
            f"| AOT cache (aot-jar + app.aot), JDK 25 | {su['aot']['ms']:.0f} (**{su_ratio:.2f}×**) | {su['aot']['runs_ms']} | {su['aot']['rss_mib']:.0f} |",
            f"| default jar, {java_version(java)} | {su['default17']['ms']:.0f} | {su['default17']['runs_ms']} | {su['default17']['rss_mib']:.0f} |",
        ]
    lines += ["", "| target | measured | met |", "|---|---|---|"]
    for t, m, ok in targets:
        lines.append(f"| {t} | {m} | {'yes' if ok else '**no**'} |")
    lines += ["", "Responses compared (GraphQL `data` == REST body):", ""]
    lines += [f"- {s}×: {result['scales'][s]['response']} (data generated in {result['scales'][s]['gen_seconds']:.1f} s)"
              for s in scales]
    open(os.path.join(out, "results.md"), "w").write("\n".join(lines) + "\n")
    json.dump(result, open(os.path.join(out, "results.json"), "w"), indent=2)


def main():
    cmd = sys.argv[1]
    if cmd == "startup":
        sep = sys.argv.index("--")
        startup(sys.argv[2], int(sys.argv[3]), sys.argv[sep + 1:])
    elif cmd == "wait":
        wait(int(sys.argv[2]), float(sys.argv[3]))
    elif cmd == "statements":
        statements(int(sys.argv[2]))
    elif cmd == "compare":
        compare(sys.argv[2], sys.argv[3])
    elif cmd == "heap":
        print(live_heap(int(sys.argv[2]), sys.argv[3]))
    elif cmd == "rps":
        print(f"{rps(wrk_rounds(sys.argv[2])[-1:]):.1f}")
    elif cmd == "rss":
        print(read_rss(int(sys.argv[2])))
    elif cmd == "pgcpu":
        print(pg_cpu(int(sys.argv[2])))
    elif cmd == "post":
        post(int(sys.argv[2]), sys.argv[3], sys.argv[4])
    elif cmd == "report":
        report(*sys.argv[2:10])
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main()
