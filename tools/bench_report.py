#!/usr/bin/env python3
"""Run rdscodec_bench with repetitions and report each measure against its floor.

For every rdscodec benchmark this prints the median time, the ratio to the
median time of its floor (the bare OpenSSL / simdjson / pugixml work on the
same bytes, measured in the same run), and allocations per operation; for the
worst-case parse rows, CPU milliseconds per MiB of body and the ratio to the
plain 1 MiB body. As text tables, as JSON (--json-out) and as the README's
Markdown tables (--markdown).

Times are CPU time by default (--time real_time for wall-clock time): the
benchmarks are single-threaded, and on a shared machine CPU time is what the
other tenants disturb least. The worst-case table always uses CPU time.

Thread scaling: a benchmark run at several thread counts (Google Benchmark's
->Threads(n)->UseRealTime(), named ".../real_time/threads:n") is reported in
its own table: the items/s of all threads together as a multiple of the same
benchmark at 1 thread (target --scaling-target at 2 threads, reported only).

Pairing: each benchmark's label carries "floor=<floor benchmark name>" when it
has a floor, "steady" when it must make no allocation of its own in steady
state, "ref=<floor benchmark name>" for a second, informational floor whose
ratio is reported but never checked, and "plain=<benchmark name>" (or
"plain_body") on the worst-case parse rows (bench/bench_support.hpp).

Allocations (bench/bench_alloc.cpp counts them per thread around the timed
loop): allocs/op is everything the process allocated per operation, split into
new/op (C++ operator new) and malloc/op (the malloc family, operator new
excluded), itself split into OpenSSL's (its CRYPTO_set_mem_functions hooks),
pugixml's (pugi::set_memory_management_functions) and the rest ("other": made
by rdscodec, simdjson, libstdc++ or libc). Each counter is the MAXIMUM over the
repetitions, not the median, so that an allocation made in only some
repetitions still shows.

Targets: ratio <= --target-ratio (1.5), worst case per MiB <= --worst-target
(3) times the plain body, and no allocation of our own in steady state. They
are reported, not enforced, unless --check is given; then the exit status is
non-zero only when
  - an output check failed (a benchmark reported an error, or rdscodec_bench
    exited non-zero), or a paired floor or plain row is missing,
  - a ratio exceeds --max-ratio (default 4.5, three times the target: a
    generous bound for noisy shared machines),
  - a worst-case row's CPU per MiB exceeds --max-worst-ratio (default 9, three
    times the 3x goal) times the plain body's, or
  - a steady-state measure made a C++ heap allocation (new/op > 0) or a malloc
    that is neither OpenSSL's nor pugixml's (other_mallocs/op > 0). OpenSSL's
    and pugixml's own mallocs (EVP contexts, pugixml's node pages) are
    reported, never failed: rdscodec does not control them.

Python 3 standard library only.

Examples:
  tools/bench_report.py --bench build/bench/bench/rdscodec_bench --json-out build/bench/bench_report.json
  tools/bench_report.py --bench build/bench/bench/rdscodec_bench --check --min-time 0.1 --repetitions 3
  tools/bench_report.py --bench build/bench/bench/rdscodec_bench --markdown README_table.md
  tools/bench_report.py --from-json saved_run.json          # report an earlier --benchmark_format=json run
"""

import argparse
import json
import math
import os
import re
import subprocess
import sys
import textwrap

TIME_UNIT_NS = {"ns": 1.0, "us": 1e3, "ms": 1e6, "s": 1e9}
MIB = 1 << 20
THREADS_RE = re.compile(r"(?:/real_time)?/threads:(\d+)$")

# Allocation counters (bench/bench_alloc.cpp), reported as their maximum over
# the repetitions.
ALLOC_COUNTERS = {
    "allocs": "allocs/op",
    "new": "new/op",
    "malloc": "malloc/op",
    "openssl": "ossl_mallocs/op",
    "pugixml": "pugixml_mallocs/op",
    "other": "other_mallocs/op",
}

# The README's Performance table: (operation, benchmark name(s)). Several names
# in one row are shown "a / b / c"; percent-encoding rows show throughput.
README_ROWS = [
    ("sign V2 CancelImport, fixed time and nonce", ["rdscodec/sign_v2/cancel_import/fixed"]),
    ("sign V2 generic request", ["rdscodec/sign_v2/generic/fixed"]),
    ("sign V2, default clock and CSPRNG nonce", ["rdscodec/sign_v2/cancel_import/default_sources"]),
    ("sign V3 CancelImport, fixed time and nonce", ["rdscodec/sign_v3/cancel_import/fixed"]),
    ("sign V3 generic request", ["rdscodec/sign_v3/generic/fixed"]),
    ("sign V3, default clock and CSPRNG nonce", ["rdscodec/sign_v3/cancel_import/default_sources"]),
    ("parse JSON success (kept parser and response)", ["rdscodec/parse_json/success"]),
    ("parse JSON error (into `api_error`)", ["rdscodec/parse_json/error"]),
    ("parse XML success", ["rdscodec/parse_xml/success"]),
    ("parse XML error", ["rdscodec/parse_xml/error"]),
    ("sign V2 CreateDBInstance, all 62 fields", ["rdscodec/sign_v2/create_db_instance/every_field"]),
    ("sign V3 CreateDBInstance, all 62 fields", ["rdscodec/sign_v3/create_db_instance/every_field"]),
    ("parse DescribeDBInstances, 30 items, JSON", ["rdscodec/parse_json/describe_db_instances_30"]),
    ("parse DescribeDBInstances, 30 items, XML", ["rdscodec/parse_xml/describe_db_instances_30"]),
    ("parse DescribeImportsForSQLServer, one item, JSON / XML",
     ["rdscodec/parse_json/describe_imports", "rdscodec/parse_xml/describe_imports"]),
    ("percent-encode 4 KiB ASCII / reserved-heavy / UTF-8",
     ["rdscodec/percent_encode_to/ascii/4096", "rdscodec/percent_encode_to/reserved/4096",
      "rdscodec/percent_encode_to/utf8/4096"]),
]

# The worst-case table: (input, JSON row, XML row).
README_WORST_ROWS = [
    ("plain: DescribeImportsForSQLServer, many items (the reference)", "plain_describe_imports"),
    ("error body, `AccessDeniedDetail` a large object followed by whitespace", "access_denied_detail"),
    ("unknown values nested to the depth limit (64), repeated", "deep_nesting"),
    ("many tiny unknown values (`\"a\":1` / `<a>1</a>`)", "tiny_values"),
    ("one long string (`RequestId`, an escape every 64 bytes)", "long_string"),
]


def parse_args(argv):
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--bench", default="build/bench/bench/rdscodec_bench", help="path of the rdscodec_bench program")
    p.add_argument("--repetitions", type=int, default=5, help="--benchmark_repetitions (default 5)")
    p.add_argument("--min-time", type=float, default=None,
                   help="--benchmark_min_time in seconds per repetition (default 0.5; with --from-json, only "
                   "what the report says the run used)")
    p.add_argument("--no-interleave", action="store_true",
                   help="run each benchmark's repetitions back to back instead of interleaving the repetitions of "
                   "all benchmarks at random (--benchmark_enable_random_interleaving, the default here, spreads "
                   "machine noise evenly over a measure and its floor)")
    p.add_argument("--filter", default=None, help="--benchmark_filter regex; keep the floors in it (a floor's name has its "
                   "measure's group, e.g. 'sign_v2' selects rdscodec/sign_v2/... and floor/sign_v2/...; "
                   "'_mib' selects the worst-case rows)")
    p.add_argument("--json-out", default=None, help="write the report as JSON to this file")
    p.add_argument("--raw-out", default=None, help="also keep Google Benchmark's own JSON output in this file")
    p.add_argument("--markdown", default=None, metavar="FILE",
                   help="write the README's Performance tables (Markdown) to FILE ('-': standard output)")
    p.add_argument("--from-json", default=None,
                   help="do not run anything: report this Google Benchmark JSON output instead")
    p.add_argument("--check", action="store_true", help="exit non-zero on a failed output check, a ratio above "
                   "--max-ratio or --max-worst-ratio, or an allocation of our own in a steady-state measure")
    p.add_argument("--target-ratio", type=float, default=1.5, help="target ratio to the floor (default 1.5)")
    p.add_argument("--max-ratio", type=float, default=4.5,
                   help="--check fails above this ratio (default 4.5 = 3 x the 1.5 target)")
    p.add_argument("--worst-target", type=float, default=3.0,
                   help="target ratio of a worst-case row's CPU per MiB to the plain body's (default 3)")
    p.add_argument("--max-worst-ratio", type=float, default=9.0,
                   help="--check fails above this worst-case ratio (default 9 = 3 x the 3 target)")
    p.add_argument("--known", default=None,
                   help="regex of measures whose bound and allocation failures are known and tracked elsewhere: "
                   "reported under their own heading, never a --check failure (output checks still are)")
    p.add_argument("--scaling-target", type=float, default=1.9,
                   help="target throughput at 2 threads as a multiple of 1 thread (default 1.9; N threads: "
                   "target x N / 2); reported, never checked: a shared machine's other tenants decide it")
    p.add_argument("--statistic", choices=["median", "mean", "min"], default="median",
                   help="statistic of the repetitions used for times (default median)")
    p.add_argument("--time", choices=["real_time", "cpu_time"], default="cpu_time",
                   help="which time to report in the main table (default cpu_time)")
    p.add_argument("extra", nargs="*", help="further arguments passed to the benchmark program (after --)")
    return p.parse_args(argv)


def run_benchmarks(args):
    """Runs the bench program; returns (parsed JSON, exit status, stderr text)."""
    if not os.path.exists(args.bench):
        sys.exit(f"bench_report: {args.bench} does not exist; build the rdscodec_bench target "
                 "(cmake -DRDSCODEC_BUILD_BENCHMARKS=ON) or pass --bench")
    # Every repetition is kept in the output (no --benchmark_report_aggregates_only):
    # times use their median, allocation counters their maximum.
    cmd = [args.bench,
           f"--benchmark_repetitions={args.repetitions}",
           "--benchmark_format=json",
           f"--benchmark_min_time={0.5 if args.min_time is None else args.min_time}"]
    if not args.no_interleave:
        cmd.append("--benchmark_enable_random_interleaving=true")
    if args.filter:
        cmd.append(f"--benchmark_filter={args.filter}")
    cmd += args.extra
    print("bench_report: running " + " ".join(cmd), file=sys.stderr, flush=True)
    proc = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    if proc.stderr:
        sys.stderr.write(proc.stderr)
    try:
        data = json.loads(proc.stdout)
    except json.JSONDecodeError as e:
        sys.exit(f"bench_report: cannot read the benchmark output as JSON ({e}); exit status {proc.returncode}")
    if args.raw_out:
        with open(args.raw_out, "w", encoding="utf-8") as f:
            f.write(proc.stdout)
    return data, proc.returncode, proc.stderr


def parse_label(label):
    out = {"floor": None, "steady": False, "ref": None, "plain": None, "is_plain": False}
    for part in (label or "").split(";"):
        part = part.strip()
        if part.startswith("floor="):
            out["floor"] = part[len("floor="):] or None
        elif part.startswith("ref="):
            out["ref"] = part[len("ref="):] or None
        elif part.startswith("plain="):
            out["plain"] = part[len("plain="):] or None
        elif part == "plain_body":
            out["is_plain"] = True
        elif part == "steady":
            out["steady"] = True
    return out


def finite(x):
    return x is not None and isinstance(x, (int, float)) and math.isfinite(x)


def median(vals):
    vals = sorted(vals)
    mid = len(vals) // 2
    return vals[mid] if len(vals) % 2 else (vals[mid - 1] + vals[mid]) / 2


def collect(data, statistic):
    """Returns {name: entry} with the statistics of each benchmark, and the errors."""
    per_name = {}
    errors = []
    for b in data.get("benchmarks", []):
        name = b.get("run_name") or b.get("name")
        if b.get("error_occurred"):
            errors.append({"name": name, "message": b.get("error_message", "")})
            continue
        per_name.setdefault(name, {"label": b.get("label", ""), "iterations": [], "aggregates": {}})
        entry = per_name[name]
        if b.get("label"):
            entry["label"] = b["label"]
        if b.get("run_type") == "aggregate":
            entry["aggregates"][b.get("aggregate_name")] = b
        else:
            entry["iterations"].append(b)

    def value(row, key):
        v = row.get(key)
        if key in ("real_time", "cpu_time") and finite(v):
            v = v * TIME_UNIT_NS.get(row.get("time_unit", "ns"), 1.0)
        return v if finite(v) else None

    result = {}
    for name, entry in per_name.items():
        reps = entry["iterations"]
        aggs = entry["aggregates"]

        def central(key):
            """The chosen statistic of the repetitions (times, rates)."""
            vals = [v for v in (value(r, key) for r in reps) if v is not None]
            if vals:
                if statistic == "min":
                    return min(vals) if key in ("real_time", "cpu_time") else median(vals)
                if statistic == "mean":
                    return sum(vals) / len(vals)
                return median(vals)
            for agg in (statistic, "median", "mean"):
                if agg in aggs and value(aggs[agg], key) is not None:
                    return value(aggs[agg], key)
            return None

        def maximum(key):
            """The largest value over the repetitions (allocation counters).
            Without the repetitions (an aggregates-only input), the "max"
            aggregate if there is one, else the mean (non-zero whenever any
            repetition allocated)."""
            vals = [v for v in (value(r, key) for r in reps) if v is not None]
            if vals:
                return max(vals)
            for agg in ("max", "mean"):
                if agg in aggs and value(aggs[agg], key) is not None:
                    return value(aggs[agg], key)
            return None

        if not reps and not aggs:
            continue
        cv = aggs.get("cv", {}).get("cpu_time")
        lab = parse_label(entry["label"])
        allocs = {k: maximum(counter) for k, counter in ALLOC_COUNTERS.items()}
        if allocs["new"] is None and allocs["malloc"] is None and allocs["allocs"] is not None:
            # A run from before malloc was counted: its allocs/op was operator new only.
            allocs["new"], allocs["allocs"] = allocs["allocs"], None
        body = [v for v in (value(r, "body_bytes") for r in reps) if v is not None] or \
            [v for v in (value(a, "body_bytes") for a in aggs.values()) if v is not None]
        result[name] = {
            "name": name,
            "real_time_ns": central("real_time"),
            "cpu_time_ns": central("cpu_time"),
            "repetitions": len(reps),
            "allocs_per_op": allocs,
            "bytes_per_second": central("bytes_per_second"),
            "items_per_second": central("items_per_second"),
            "body_bytes": body[0] if body else None,
            "cv": cv if finite(cv) else None,
            "floor": lab["floor"],
            "ref_floor": lab["ref"],
            "plain": lab["plain"],
            "is_plain": lab["is_plain"],
            "steady_state": lab["steady"],
        }
    return result, errors


def cpu_ms_per_mib(r):
    if not finite(r.get("cpu_time_ns")) or not r.get("body_bytes"):
        return None
    return r["cpu_time_ns"] * MIB / r["body_bytes"] / 1e6


def build_report(data, exit_status, args):
    results, errors = collect(data, args.statistic)
    time_key = "cpu_time_ns" if args.time == "cpu_time" else "real_time_ns"
    measures, floors, worst, problems = [], [], [], []
    # A ref may name another measure (default sources against fixed inputs):
    # that one stays a measure.
    floor_names = {r["floor"] for r in results.values() if r["floor"]} | {
        r["ref_floor"] for r in results.values()
        if r["ref_floor"] and not (r["ref_floor"] in results and results[r["ref_floor"]]["floor"])}
    scaling = []
    for name in sorted(results):
        r = dict(results[name])
        r["time_ns"] = r[time_key]
        if THREADS_RE.search(name):
            scaling.append(r)
            continue
        if r["plain"] or r["is_plain"]:
            r["ms_per_mib"] = cpu_ms_per_mib(r)
            worst.append(r)
            continue
        if name.startswith("floor/") or name in floor_names:
            floors.append(r)
            continue
        m = r
        m["floor_time_ns"] = None
        m["ratio"] = None
        if r["floor"]:
            f = results.get(r["floor"])
            if f is None or not f[time_key]:
                if not any(e["name"] == r["floor"] for e in errors):
                    problems.append(f"{name}: its floor {r['floor']} was not measured")
            elif r["time_ns"] is not None:
                m["floor_time_ns"] = f[time_key]
                m["ratio"] = r["time_ns"] / f[time_key]
        m["ref_floor_time_ns"] = None
        m["ref_ratio"] = None
        if r["ref_floor"]:
            f = results.get(r["ref_floor"])
            if f is not None and f[time_key] and r["time_ns"] is not None:
                m["ref_floor_time_ns"] = f[time_key]
                m["ref_ratio"] = r["time_ns"] / f[time_key]
        a = r["allocs_per_op"]
        own = (a["new"] or 0) + (a["other"] or 0)
        m["meets_ratio_target"] = None if m["ratio"] is None else m["ratio"] <= args.target_ratio
        m["meets_alloc_target"] = None if not r["steady_state"] else own == 0
        measures.append(m)

    # Thread scaling: items/s of "<base>[/real_time]/threads:N" (all threads
    # together, with wall-clock time) as a multiple of the same base at 1 thread.
    scale_rows = []
    by_base = {}
    for r in scaling:
        m = THREADS_RE.search(r["name"])
        by_base.setdefault(r["name"][:m.start()], {})[int(m.group(1))] = r
    for base, runs in sorted(by_base.items()):
        one = runs.get(1)
        for n, r in sorted(runs.items()):
            speedup = None
            if one is not None and finite(one["items_per_second"]) and one["items_per_second"] and \
                    finite(r["items_per_second"]):
                speedup = r["items_per_second"] / one["items_per_second"]
            scale_rows.append({"name": base, "threads": n, "items_per_second": r["items_per_second"],
                               "speedup": speedup,
                               "meets_scaling_target": None if speedup is None or n == 1 else
                               speedup >= args.scaling_target * n / 2})
        if one is None:
            problems.append(f"{base}: no 1-thread run to scale against")

    by_name = {w["name"]: w for w in worst}
    for w in worst:
        w["ratio_to_plain"] = None
        if w["is_plain"]:
            w["ratio_to_plain"] = 1.0 if w["ms_per_mib"] else None
            continue
        p = by_name.get(w["plain"])
        if p is None or not p["ms_per_mib"]:
            if not any(e["name"] == w["plain"] for e in errors):
                problems.append(f"{w['name']}: its plain body {w['plain']} was not measured")
        elif w["ms_per_mib"] is not None:
            w["ratio_to_plain"] = w["ms_per_mib"] / p["ms_per_mib"]
        w["meets_worst_target"] = None if w["ratio_to_plain"] is None else w["ratio_to_plain"] <= args.worst_target

    for e in errors:
        problems.append(f"{e['name']}: benchmark error: {e['message']}")
    if exit_status not in (0, None):
        problems.append(f"rdscodec_bench exited with status {exit_status} (an output check failed)")
    known = re.compile(args.known) if args.known else None
    known_problems = []
    for m in measures:
        if known is not None and known.search(m["name"]):
            m["known"] = True
            if m["ratio"] is not None and m["ratio"] > args.max_ratio:
                known_problems.append(f"{m['name']}: ratio {m['ratio']:.2f} to {m['floor']} above the bound "
                                      f"{args.max_ratio}")
            if m["steady_state"] and finite(m["allocs_per_op"]["new"]) and m["allocs_per_op"]["new"] > 0:
                known_problems.append(f"{m['name']}: {fmt_allocs(m['allocs_per_op']['new'])} C++ allocations "
                                      "(operator new) per op")
            continue
        if m["ratio"] is not None and m["ratio"] > args.max_ratio:
            problems.append(f"{m['name']}: ratio {m['ratio']:.2f} to {m['floor']} exceeds the bound {args.max_ratio}")
        if m["steady_state"]:
            a = m["allocs_per_op"]
            if finite(a["new"]) and a["new"] > 0:
                problems.append(f"{m['name']}: {fmt_allocs(a['new'])} C++ allocations (operator new) per op in a "
                                "steady-state measure (must be 0)")
            if finite(a["other"]) and a["other"] > 0:
                problems.append(f"{m['name']}: {fmt_allocs(a['other'])} mallocs per op made neither by OpenSSL nor "
                                "by pugixml in a steady-state measure (must be 0)")
    for w in worst:
        if w["ratio_to_plain"] is not None and w["ratio_to_plain"] > args.max_worst_ratio:
            problems.append(f"{w['name']}: {w['ms_per_mib']:.2f} CPU ms per MiB, {w['ratio_to_plain']:.1f} x the "
                            f"plain body's, exceeds the bound {args.max_worst_ratio}")

    ctx = data.get("context", {})
    reps = [b.get("repetitions") for b in data.get("benchmarks", []) if finite(b.get("repetitions"))]
    return {
        "context": ctx,
        "settings": {
            "statistic": args.statistic,
            "time": args.time,
            "allocation_statistic": "max over repetitions",
            "repetitions": max(reps) if args.from_json and reps else args.repetitions,
            "min_time_s": args.min_time if args.from_json or args.min_time is not None else 0.5,
            "interleaved": not args.no_interleave,
            "target_ratio": args.target_ratio,
            "max_ratio": args.max_ratio,
            "worst_target": args.worst_target,
            "max_worst_ratio": args.max_worst_ratio,
            "scaling_target": args.scaling_target,
        },
        "measures": measures,
        "floors": floors,
        "worst_case": worst,
        "scaling": scale_rows,
        "errors": errors,
        "problems": problems,
        "known_problems": known_problems,
        "above_target": [m["name"] for m in measures if m["meets_ratio_target"] is False] +
                        [w["name"] for w in worst if w.get("meets_worst_target") is False] +
                        [f"{r['name']} at {r['threads']} threads" for r in scale_rows
                         if r["meets_scaling_target"] is False],
    }


def fmt_ns(x):
    if x is None:
        return "-"
    if x >= 100:
        return f"{x:,.0f}"
    return f"{x:.1f}"


def fmt_rate(x, unit):
    if not finite(x):
        return "-"
    for div, prefix in ((1e9, "G"), (1e6, "M"), (1e3, "k")):
        if x >= div:
            return f"{x / div:.2f} {prefix}{unit}"
    return f"{x:.0f} {unit}"


def fmt_allocs(x):
    """Whole numbers as such; a fraction (an allocation in some iterations
    only) with enough digits that it never reads as 0."""
    if not finite(x):
        return "-"
    if abs(x - round(x)) < 1e-9:
        return f"{x:,.0f}"
    return f"{x:,.6g}"


def print_table(rows, headers):
    widths = [max(len(str(h)), *(len(str(r[i])) for r in rows)) if rows else len(h) for i, h in enumerate(headers)]
    line = "  ".join(h.ljust(w) if i == 0 else h.rjust(w) for i, (h, w) in enumerate(zip(headers, widths)))
    print(line)
    print("  ".join("-" * w for w in widths))
    for r in rows:
        print("  ".join(str(c).ljust(w) if i == 0 else str(c).rjust(w) for i, (c, w) in enumerate(zip(r, widths))))


def alloc_cells(a):
    return [fmt_allocs(a["allocs"]), fmt_allocs(a["new"]), fmt_allocs(a["openssl"]), fmt_allocs(a["pugixml"]),
            fmt_allocs(a["other"])]


ALLOC_HEADERS = ["allocs/op", "new", "OpenSSL", "pugixml", "other"]


def print_report(report):
    ctx = report["context"]
    s = report["settings"]
    min_time = "?" if s["min_time_s"] is None else s["min_time_s"]
    print(f"rdscodec benchmark report: {s['statistic']} {s['time']} of {s['repetitions']} repetitions, "
          f"min time {min_time} s; allocations: max over the repetitions; target ratio <= {s['target_ratio']}, "
          f"worst case <= {s['worst_target']} x the plain body per MiB, no allocation of our own in steady state")
    info = [f"{k}={ctx[k]}" for k in ("date", "host_name", "num_cpus", "mhz_per_cpu", "library_build_type", "compiler",
                                      "openssl", "simdjson", "pugixml", "simdjson_builtin_kernel",
                                      "simdjson_active_kernel", "malloc_counting", "rdscodec_build") if k in ctx]
    if info:
        print("context: " + ", ".join(info))
    print()
    rows = []
    for m in report["measures"]:
        ratio = "-" if m["ratio"] is None else f"{m['ratio']:.2f}"
        flag = ""
        if m["ref_ratio"] is not None:
            flag += f" ({m['ref_ratio']:.2f} x ref {m['ref_floor']})"
        if m["meets_ratio_target"] is False:
            flag += " >target"
        if m["meets_alloc_target"] is False:
            flag += " ALLOC"
        rows.append([m["name"], fmt_ns(m["time_ns"]), m["floor"] or "-", fmt_ns(m["floor_time_ns"]), ratio,
                     *alloc_cells(m["allocs_per_op"]), "steady" if m["steady_state"] else "",
                     fmt_rate(m["bytes_per_second"], "B/s"), fmt_rate(m["items_per_second"], "op/s"), flag.strip()])
    print_table(rows, ["measure", "ns", "floor", "floor ns", "ratio", *ALLOC_HEADERS, "", "bytes/s", "items/s",
                       "note"])
    print()
    rows = [[f["name"], fmt_ns(f["time_ns"]), *alloc_cells(f["allocs_per_op"]),
             fmt_rate(f["bytes_per_second"], "B/s"), fmt_rate(f["items_per_second"], "op/s")]
            for f in report["floors"]]
    print_table(rows, ["floor", "ns", *ALLOC_HEADERS, "bytes/s", "items/s"])
    if report["worst_case"]:
        print()
        rows = []
        for w in report["worst_case"]:
            ratio = "-" if w["ratio_to_plain"] is None else f"{w['ratio_to_plain']:.2f}"
            mps = "-" if not w["ms_per_mib"] else f"{1e3 / w['ms_per_mib']:,.{0 if w['ms_per_mib'] < 100 else 2}f}"
            rows.append([w["name"], "-" if not w["body_bytes"] else f"{w['body_bytes'] / 1024:,.0f}",
                         "-" if w["ms_per_mib"] is None else f"{w['ms_per_mib']:,.2f}", mps, ratio,
                         *alloc_cells(w["allocs_per_op"]),
                         ">target" if w.get("meets_worst_target") is False else ""])
        print_table(rows, ["worst-case parse (CPU time)", "body KiB", "ms/MiB", "MiB/s", "x plain", *ALLOC_HEADERS,
                           "note"])
    if report.get("scaling"):
        print()
        rows = [[r["name"], r["threads"], fmt_rate(r["items_per_second"], "/s"),
                 "-" if r["speedup"] is None else f"{r['speedup']:.2f}",
                 ">target" if r["meets_scaling_target"] is False else ""] for r in report["scaling"]]
        print_table(rows, [f"thread scaling (wall clock; target {s['scaling_target']} x at 2 threads)", "threads",
                           "items/s (all threads)", "x 1 thread", ""])
    print()
    if report["above_target"]:
        print("above target: " + ", ".join(report["above_target"]))
    if report.get("known_problems"):
        print("known, reported and not checked (--known):")
        for p in report["known_problems"]:
            print("  " + p)
    if report["problems"]:
        print("problems:")
        for p in report["problems"]:
            print("  " + p)
    else:
        print(f"no problems (output checks passed, every ratio <= {s['max_ratio']}, every worst case <= "
              f"{s['max_worst_ratio']} x the plain body, no allocation of our own in any steady-state measure)")


# ---- Markdown (the README's Performance tables) ---------------------------------------

def md_time(ns):
    if not finite(ns):
        return "-"
    if ns >= 1e6:
        return f"{ns / 1e6:,.2f} ms"
    if ns >= 1e4:
        return f"{ns / 1e3:,.1f} µs"
    if ns >= 1e3:
        return f"{ns / 1e3:.2f} µs"
    return f"{ns:,.0f} ns"


def md_malloc(a):
    """malloc/op with whose they are, e.g. "3 (OpenSSL)", "1 (pugixml)"."""
    total = a["malloc"]
    if not finite(total):
        parts = [f"{fmt_allocs(a[k])} {label}" for k, label in (("openssl", "OpenSSL"), ("pugixml", "pugixml"))
                 if finite(a[k]) and a[k] > 0]
        return " + ".join(parts) if parts else "-"
    if total == 0:
        return "0"
    parts = [(k, label) for k, label in (("openssl", "OpenSSL"), ("pugixml", "pugixml"), ("other", "other"))
             if finite(a[k]) and a[k] > 0]
    if len(parts) == 1:
        return f"{fmt_allocs(total)} ({parts[0][1]})"
    return fmt_allocs(total) + " (" + ", ".join(f"{fmt_allocs(a[k])} {label}" for k, label in parts) + ")"


def markdown(report):
    ctx = report["context"]
    s = report["settings"]
    results = {r["name"]: r for r in report["measures"] + report["floors"] + report["worst_case"]}
    date = str(ctx.get("date", "?"))[:10]
    cpus = ctx.get("num_cpus", "?")
    versions = ", ".join(f"{label} {ctx[k]}" for k, label in (("compiler", ""), ("openssl", ""), ("simdjson", "simdjson"),
                                                              ("pugixml", "pugixml")) if k in ctx).replace("  ", " ")
    out = []

    def prose(text):
        out.extend(textwrap.wrap(text, width=105, break_on_hyphens=False))

    prose(f"Measured {date} on a {cpus}-vCPU shared virtual machine ({ctx.get('host_name', '?')}, "
               f"{ctx.get('mhz_per_cpu', '?')} MHz; {versions.strip()}), one run of `tools/bench_report.py` "
               f"(Release build): {s['statistic']} {s['time'].replace('_', ' ')} of {s['repetitions']} interleaved "
               f"repetitions{'' if s['min_time_s'] is None else ' of ' + format(s['min_time_s'], 'g') + ' s'}; "
               "allocations per operation are the maximum over the repetitions.")
    out.append("")
    out.append("| operation | rdscodec | floor | ratio | C++ new/op | malloc/op |")
    out.append("|---|---|---|---|---|---|")
    for title, names in README_ROWS:
        rows = [results.get(n) for n in names]
        if not any(rows):
            continue
        rate = "percent_encode" in names[0]
        if rate:
            vals = [r["bytes_per_second"] / 1e9 if r and finite(r["bytes_per_second"]) else None for r in rows]
            cell = " / ".join("-" if v is None else (f"{v:.1f}" if v >= 10 else f"{v:.2f}") for v in vals) + " GB/s"
            floor_cell, ratio_cell = "", ""
        else:
            cell = " / ".join(md_time(r["time_ns"]) if r else "-" for r in rows)
            if len(rows) > 1:
                # "534 / 1,323 ns": one unit when all share it
                units = {md_time(r["time_ns"]).split(" ")[-1] for r in rows if r}
                if len(units) == 1:
                    cell = " / ".join(md_time(r["time_ns"]).rsplit(" ", 1)[0] if r else "-" for r in rows) + \
                        " " + units.pop()
            floors = [r.get("floor_time_ns") for r in rows if r]
            ratios = [r.get("ratio") for r in rows if r]
            floor_cell = " / ".join(md_time(f) for f in floors) if any(finite(f) for f in floors) else "(no floor)"
            ratio_cell = " / ".join(f"{x:.2f}" for x in ratios if finite(x))
        new_cell = " / ".join(fmt_allocs(r["allocs_per_op"]["new"]) if r else "-" for r in rows)
        malloc_cell = " / ".join(md_malloc(r["allocs_per_op"]) if r else "-" for r in rows)
        if len(set(new_cell.split(" / "))) == 1:
            new_cell = new_cell.split(" / ")[0]
        if len(set(malloc_cell.split(" / "))) == 1:
            malloc_cell = malloc_cell.split(" / ")[0]
        out.append(f"| {title} | {cell} | {floor_cell} | {ratio_cell} | {new_cell} | {malloc_cell} |")

    worst = {w["name"]: w for w in report["worst_case"]}
    if worst:
        out.append("")
        prose(f"Worst-case parsing, CPU time per MiB of body ({s['statistic']} of the repetitions), and its ratio "
              f"to the plain body of the same format (goal: ≤ {s['worst_target']:g}):")
        out.append("")
        out.append("| input (about 1 MiB) | JSON ms/MiB | JSON × plain | XML ms/MiB | XML × plain |")
        out.append("|---|---|---|---|---|")
        for title, case in README_WORST_ROWS:
            cells = []
            for fmt in ("json", "xml"):
                w = worst.get(f"rdscodec/parse_{fmt}_mib/{case}")
                if w is None or w["ms_per_mib"] is None:
                    cells += ["-", "-"]
                    continue
                ms = f"{w['ms_per_mib']:,.1f}" if w["ms_per_mib"] >= 10 else f"{w['ms_per_mib']:.2f}"
                if w["body_bytes"] and w["body_bytes"] < 1000 * 1024:
                    ms += f" ({w['body_bytes'] / 1024:,.0f} KiB body)"
                ratio = "-" if w["ratio_to_plain"] is None else (
                    f"{w['ratio_to_plain']:,.0f}" if w["ratio_to_plain"] >= 100 else f"{w['ratio_to_plain']:.2f}")
                cells += [ms, ratio]
            out.append(f"| {title} | " + " | ".join(cells) + " |")
    return "\n".join(out) + "\n"


def main(argv):
    args = parse_args(argv)
    if args.from_json:
        with open(args.from_json, encoding="utf-8") as f:
            data = json.load(f)
        exit_status = None
    else:
        data, exit_status, _ = run_benchmarks(args)
    report = build_report(data, exit_status, args)
    print_report(report)
    if args.json_out:
        with open(args.json_out, "w", encoding="utf-8") as f:
            json.dump(report, f, indent=2, allow_nan=False, default=str)
            f.write("\n")
        print(f"\nJSON report: {args.json_out}")
    if args.markdown:
        text = markdown(report)
        if args.markdown == "-":
            print()
            sys.stdout.write(text)
        else:
            with open(args.markdown, "w", encoding="utf-8") as f:
                f.write(text)
            print(f"Markdown tables: {args.markdown}")
    if args.check and report["problems"]:
        print(f"bench_report --check: FAILED ({len(report['problems'])} problem(s))", file=sys.stderr)
        return 1
    if args.check:
        print("bench_report --check: passed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
