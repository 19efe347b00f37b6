#!/usr/bin/env python3
"""Run rdscodec_bench with repetitions and report each measure against its floor.

For every rdscodec benchmark this prints the median time, the ratio to the
median time of its floor (the bare OpenSSL / simdjson / pugixml work on the
same bytes, measured in the same run), and allocations per operation, as a
table and (with --json-out) as JSON.

Pairing: each benchmark's label carries "floor=<floor benchmark name>" when it
has a floor, "steady" when it must make no C++ heap allocation in steady state,
and "ref=<floor benchmark name>" for a second, informational floor whose ratio
is reported but never checked (bench/bench_support.hpp, describe()).

Targets: ratio <= --target-ratio (1.5) and 0 allocs/op in steady state. They
are reported, not enforced, unless --check is given; then the exit status is
non-zero only when
  - an output check failed (a benchmark reported an error, or rdscodec_bench
    exited non-zero), or a paired floor is missing,
  - a ratio exceeds --max-ratio (default 4.5, three times the target: a
    generous bound for noisy shared machines), or
  - a steady-state measure made any C++ heap allocation (allocs/op > 0).

Python 3 standard library only.

Examples:
  tools/bench_report.py --bench build/bench/bench/rdscodec_bench --json-out build/bench/bench_report.json
  tools/bench_report.py --bench build/bench/bench/rdscodec_bench --check --min-time 0.1 --repetitions 3
  tools/bench_report.py --from-json saved_run.json          # report an earlier --benchmark_format=json run
"""

import argparse
import json
import math
import os
import subprocess
import sys

TIME_UNIT_NS = {"ns": 1.0, "us": 1e3, "ms": 1e6, "s": 1e9}


def parse_args(argv):
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--bench", default="build/bench/bench/rdscodec_bench", help="path of the rdscodec_bench program")
    p.add_argument("--repetitions", type=int, default=5, help="--benchmark_repetitions (default 5)")
    p.add_argument("--min-time", type=float, default=0.5,
                   help="--benchmark_min_time in seconds per repetition (default 0.5)")
    p.add_argument("--no-interleave", action="store_true",
                   help="run each benchmark's repetitions back to back instead of interleaving the repetitions of "
                   "all benchmarks at random (--benchmark_enable_random_interleaving, the default here, spreads "
                   "machine noise evenly over a measure and its floor)")
    p.add_argument("--filter", default=None, help="--benchmark_filter regex; keep the floors in it (a floor's name has its "
                   "measure's group, e.g. 'sign_v2' selects rdscodec/sign_v2/... and floor/sign_v2/...)")
    p.add_argument("--json-out", default=None, help="write the report as JSON to this file")
    p.add_argument("--raw-out", default=None, help="also keep Google Benchmark's own JSON output in this file")
    p.add_argument("--from-json", default=None,
                   help="do not run anything: report this Google Benchmark JSON output instead")
    p.add_argument("--check", action="store_true", help="exit non-zero on a failed output check, a ratio above "
                   "--max-ratio, or an allocation in a steady-state measure")
    p.add_argument("--target-ratio", type=float, default=1.5, help="target ratio to the floor (default 1.5)")
    p.add_argument("--max-ratio", type=float, default=4.5,
                   help="--check fails above this ratio (default 4.5 = 3 x the 1.5 target)")
    p.add_argument("--statistic", choices=["median", "mean", "min"], default="median",
                   help="aggregate used for times (default median; min is computed from the repetitions)")
    p.add_argument("--time", choices=["real_time", "cpu_time"], default="real_time",
                   help="which time to report (default real_time)")
    p.add_argument("extra", nargs="*", help="further arguments passed to the benchmark program (after --)")
    return p.parse_args(argv)


def run_benchmarks(args):
    """Runs the bench program; returns (parsed JSON, exit status, stderr text)."""
    if not os.path.exists(args.bench):
        sys.exit(f"bench_report: {args.bench} does not exist; build the rdscodec_bench target "
                 "(cmake -DRDSCODEC_BUILD_BENCHMARKS=ON) or pass --bench")
    cmd = [args.bench,
           f"--benchmark_repetitions={args.repetitions}",
           "--benchmark_format=json",
           f"--benchmark_min_time={args.min_time}"]
    if not args.no_interleave:
        cmd.append("--benchmark_enable_random_interleaving=true")
    if args.statistic != "min":
        cmd.append("--benchmark_report_aggregates_only=true")
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
    floor, steady, ref = None, False, None
    for part in (label or "").split(";"):
        part = part.strip()
        if part.startswith("floor="):
            floor = part[len("floor="):] or None
        elif part.startswith("ref="):
            ref = part[len("ref="):] or None
        elif part == "steady":
            steady = True
    return floor, steady, ref


def finite(x):
    return x is not None and isinstance(x, (int, float)) and math.isfinite(x)


def collect(data, statistic, time_key):
    """Returns {name: entry} with the chosen statistic of each benchmark, and the errors."""
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

    result = {}
    for name, entry in per_name.items():
        rows = []
        if statistic in entry["aggregates"]:
            rows = [entry["aggregates"][statistic]]
        elif entry["iterations"]:
            rows = entry["iterations"]
        elif "median" in entry["aggregates"]:
            rows = [entry["aggregates"]["median"]]
        if not rows:
            continue

        def value(row, key):
            v = row.get(key)
            if key in ("real_time", "cpu_time") and finite(v):
                v = v * TIME_UNIT_NS.get(row.get("time_unit", "ns"), 1.0)
            return v

        def pick(key):
            vals = [value(r, key) for r in rows if finite(value(r, key))]
            if not vals:
                return None
            if len(vals) == 1:
                return vals[0]
            if statistic == "min":
                return min(vals) if key in ("real_time", "cpu_time") else sorted(vals)[len(vals) // 2]
            vals.sort()
            mid = len(vals) // 2
            return vals[mid] if len(vals) % 2 else (vals[mid - 1] + vals[mid]) / 2

        cv = entry["aggregates"].get("cv", {}).get(time_key)
        floor, steady, ref = parse_label(entry["label"])
        result[name] = {
            "name": name,
            "time_ns": pick(time_key),
            "allocs_per_op": pick("allocs/op"),
            "openssl_mallocs_per_op": pick("ossl_mallocs/op"),
            "bytes_per_second": pick("bytes_per_second"),
            "items_per_second": pick("items_per_second"),
            "cv": cv if finite(cv) else None,
            "floor": floor,
            "ref_floor": ref,
            "steady_state": steady,
        }
    return result, errors


def build_report(data, exit_status, args):
    results, errors = collect(data, args.statistic, args.time)
    measures, floors, problems = [], [], []
    floor_names = {r["floor"] for r in results.values() if r["floor"]} | {
        r["ref_floor"] for r in results.values() if r["ref_floor"]}
    for name in sorted(results):
        r = results[name]
        if name.startswith("floor/") or name in floor_names:
            floors.append(r)
            continue
        m = dict(r)
        m["floor_time_ns"] = None
        m["ratio"] = None
        if r["floor"]:
            f = results.get(r["floor"])
            if f is None or not f["time_ns"]:
                if not any(e["name"] == r["floor"] for e in errors):
                    problems.append(f"{name}: its floor {r['floor']} was not measured")
            elif r["time_ns"] is not None:
                m["floor_time_ns"] = f["time_ns"]
                m["ratio"] = r["time_ns"] / f["time_ns"]
        m["ref_floor_time_ns"] = None
        m["ref_ratio"] = None
        if r["ref_floor"]:
            f = results.get(r["ref_floor"])
            if f is not None and f["time_ns"] and r["time_ns"] is not None:
                m["ref_floor_time_ns"] = f["time_ns"]
                m["ref_ratio"] = r["time_ns"] / f["time_ns"]
        m["meets_ratio_target"] = None if m["ratio"] is None else m["ratio"] <= args.target_ratio
        m["meets_alloc_target"] = None if not r["steady_state"] else (r["allocs_per_op"] or 0) == 0
        measures.append(m)

    for e in errors:
        problems.append(f"{e['name']}: benchmark error: {e['message']}")
    if exit_status not in (0, None):
        problems.append(f"rdscodec_bench exited with status {exit_status} (an output check failed)")
    for m in measures:
        if m["ratio"] is not None and m["ratio"] > args.max_ratio:
            problems.append(f"{m['name']}: ratio {m['ratio']:.2f} to {m['floor']} exceeds the bound {args.max_ratio}")
        if m["steady_state"] and finite(m["allocs_per_op"]) and m["allocs_per_op"] > 0:
            problems.append(f"{m['name']}: {m['allocs_per_op']:.2f} allocs/op in a steady-state measure (must be 0)")

    return {
        "context": data.get("context", {}),
        "settings": {
            "statistic": args.statistic,
            "time": args.time,
            "repetitions": args.repetitions,
            "min_time_s": args.min_time,
            "interleaved": not args.no_interleave,
            "target_ratio": args.target_ratio,
            "max_ratio": args.max_ratio,
        },
        "measures": measures,
        "floors": floors,
        "errors": errors,
        "problems": problems,
        "above_target": [m["name"] for m in measures if m["meets_ratio_target"] is False],
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
    if not finite(x):
        return "-"
    return f"{x:.0f}" if abs(x - round(x)) < 1e-9 else f"{x:.2f}"


def print_table(rows, headers):
    widths = [max(len(str(h)), *(len(str(r[i])) for r in rows)) if rows else len(h) for i, h in enumerate(headers)]
    line = "  ".join(h.ljust(w) if i == 0 else h.rjust(w) for i, (h, w) in enumerate(zip(headers, widths)))
    print(line)
    print("  ".join("-" * w for w in widths))
    for r in rows:
        print("  ".join(str(c).ljust(w) if i == 0 else str(c).rjust(w) for i, (c, w) in enumerate(zip(r, widths))))


def print_report(report):
    ctx = report["context"]
    s = report["settings"]
    print(f"rdscodec benchmark report: {s['statistic']} {s['time']} of {s['repetitions']} repetitions, "
          f"min time {s['min_time_s']} s; target ratio <= {s['target_ratio']}, 0 allocs/op in steady state")
    info = [f"{k}={ctx[k]}" for k in ("host_name", "num_cpus", "mhz_per_cpu", "library_build_type", "openssl",
                                      "simdjson", "simdjson_builtin_kernel", "simdjson_active_kernel",
                                      "rdscodec_build") if k in ctx]
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
                     fmt_allocs(m["allocs_per_op"]) + ("" if not m["steady_state"] else " (steady)"),
                     fmt_allocs(m["openssl_mallocs_per_op"]), fmt_rate(m["bytes_per_second"], "B/s"),
                     fmt_rate(m["items_per_second"], "op/s"), flag.strip()])
    print_table(rows, ["measure", "ns", "floor", "floor ns", "ratio", "allocs/op", "ossl mallocs/op", "bytes/s",
                       "items/s", "note"])
    print()
    rows = [[f["name"], fmt_ns(f["time_ns"]), fmt_allocs(f["allocs_per_op"]), fmt_allocs(f["openssl_mallocs_per_op"]),
             fmt_rate(f["bytes_per_second"], "B/s"), fmt_rate(f["items_per_second"], "op/s")]
            for f in report["floors"]]
    print_table(rows, ["floor", "ns", "allocs/op", "ossl mallocs/op", "bytes/s", "items/s"])
    print()
    if report["above_target"]:
        print(f"above the {s['target_ratio']} target: " + ", ".join(report["above_target"]))
    if report["problems"]:
        print("problems:")
        for p in report["problems"]:
            print("  " + p)
    else:
        print(f"no problems (output checks passed, every ratio <= {s['max_ratio']}, "
              "0 allocs/op in every steady-state measure)")


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
    if args.check and report["problems"]:
        print(f"bench_report --check: FAILED ({len(report['problems'])} problem(s))", file=sys.stderr)
        return 1
    if args.check:
        print("bench_report --check: passed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
