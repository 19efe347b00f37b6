#!/usr/bin/env python3
"""Compile time of rdscodec translation units, against the floors of their dependencies.

A header-only library is paid for in compile time by every TU that includes it,
so this reports, for each probe in bench/compile/ and each optimisation level,
the median wall time of compiling it (-c, no link) over --runs runs, the
median CPU time of the compiler (user + system; less disturbed than the wall
time when other work shares the machine), its peak memory, and the ratio of
each rdscodec probe to its floor compiled in the same round (wall and CPU):

  sign_one             one generated operation signed with V3       floor: floor_openssl
  parse_one            one operation's response, JSON and XML       floor: floor_parsers
  umbrella_sign_parse  rdscodec.hpp + one operation signed + parsed floor: floor_parsers
  all_operations       every operation's header (rds/registry.hpp)  (reported, no floor)
  floor_openssl        <openssl/evp.h> and one EVP_Digest
  floor_openssl_std    floor_openssl + <string>, <string_view>, <optional>,
                       <vector>, <cstdint>: what a typed request and its
                       signature cannot do without (sign_one's second ratio)
  floor_parsers        simdjson.h + pugixml.hpp, one document each

Runs are interleaved (each round compiles every probe once) so that a drift of
the machine's speed hits all of them alike. Times are never a gate: the exit
status is non-zero only when a probe fails to compile or, with --check, when a
structural rule is broken: a TU that only signs must include neither simdjson
nor pugixml (checked from the compiler's own list of included headers, -H).

  bench/compile_times.py [--cxx g++] [--runs 3] [--levels=-O0,-O2] [--json-out FILE] [--check]
"""
import argparse
import json
import os
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PROBES = os.path.join(ROOT, "bench", "compile")
ORDER = ["floor_openssl", "floor_openssl_std", "floor_parsers", "sign_one", "parse_one", "umbrella_sign_parse", "all_operations"]
FLOOR = {"sign_one": "floor_openssl", "parse_one": "floor_parsers", "umbrella_sign_parse": "floor_parsers"}
# A second ratio, reported beside the first: the floor with the standard headers
# the API's types need, which no signing TU can avoid.
SUBFLOOR = {"sign_one": "floor_openssl_std"}
# The goals of issue 16, reported beside each ratio (not enforced).
GOAL = {"sign_one": 2.0, "parse_one": 1.3}
SIGN_ONLY = ["sign_one"]


def command(cxx, level, probe, extra=()):
    return [cxx, "-std=c++17", level, "-I", os.path.join(ROOT, "include"), "-DOPENSSL_API_COMPAT=30000",
            "-DOPENSSL_NO_DEPRECATED", *extra, "-c", os.path.join(PROBES, probe + ".cpp"), "-o", os.devnull]


def compile_once(cmd):
    """Wall seconds, CPU seconds (user + system) and peak memory (MiB) of one
    compile, run in a child that does only that compile (so the child's
    usage is the compiler's)."""
    code = ("import resource,subprocess,sys;"
            "p=subprocess.run(sys.argv[1:],stdout=subprocess.DEVNULL,stderr=subprocess.PIPE);"
            "sys.stderr.write(p.stderr.decode('utf-8','replace'));"
            "u=resource.getrusage(resource.RUSAGE_CHILDREN);"
            "print(p.returncode, u.ru_maxrss, u.ru_utime + u.ru_stime)")
    start = time.monotonic()
    out = subprocess.run([sys.executable, "-c", code, *cmd], capture_output=True, text=True)
    wall = time.monotonic() - start
    rc, peak_kib, cpu = (out.stdout.split() + ["1", "0", "0"])[:3]
    if out.returncode != 0 or rc != "0":
        sys.stderr.write(out.stderr)
        raise SystemExit(f"compile_times: {' '.join(cmd)} failed")
    return wall, float(cpu), int(peak_kib) / 1024.0


def included_headers(cxx, probe):
    """Every header the compiler opens for the probe (its -H output)."""
    cmd = command(cxx, "-O0", probe, ["-H", "-fsyntax-only"])
    cmd = [c for c in cmd if c not in ("-c", "-o", os.devnull)]
    out = subprocess.run(cmd, capture_output=True, text=True)
    if out.returncode != 0:
        raise SystemExit(f"compile_times: {probe} failed to compile:\n{out.stderr}")
    return [line.lstrip(". ").strip() for line in out.stderr.splitlines() if line.startswith(".")]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cxx", default=os.environ.get("CXX", "c++"))
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--levels", default="-O0,-O2")
    ap.add_argument("--probes", default=",".join(ORDER), help="comma-separated subset of the probes")
    ap.add_argument("--json-out")
    ap.add_argument("--check", action="store_true", help="enforce the structural rules (never the times)")
    a = ap.parse_args()
    asked = [p for p in a.probes.split(",") if p]
    unknown = [p for p in asked if p not in ORDER]
    if unknown:
        ap.error(f"unknown probe(s): {', '.join(unknown)} (known: {', '.join(ORDER)})")
    probes = [p for p in ORDER if p in asked]
    levels = [l for l in a.levels.split(",") if l]
    if a.runs < 1 or not probes or not levels:
        ap.error("nothing to measure")

    failures = []
    for probe in SIGN_ONLY:
        if probe not in probes:
            continue
        bad = [h for h in included_headers(a.cxx, probe) if os.path.basename(h) in ("simdjson.h", "pugixml.hpp")]
        if bad:
            failures.append(f"{probe} includes {', '.join(sorted(set(os.path.basename(h) for h in bad)))}")

    times = {(p, l): [] for p in probes for l in levels}
    cpus = {(p, l): [] for p in probes for l in levels}
    peaks = {(p, l): 0.0 for p in probes for l in levels}
    for _ in range(a.runs):
        for l in levels:
            for p in probes:
                wall, cpu, peak = compile_once(command(a.cxx, l, p))
                times[(p, l)].append(wall)
                cpus[(p, l)].append(cpu)
                peaks[(p, l)] = max(peaks[(p, l)], peak)

    version = subprocess.run([a.cxx, "--version"], capture_output=True, text=True).stdout.splitlines()[0]
    rows = []
    print(f"compile time, {version}, median of {a.runs}, -c only; wall s (min, max), CPU s (user + system);")
    print("ratio to the floor of the same level, by wall time (by CPU time)")
    print(f"{'probe':<22}{'level':<7}{'median s':>9}{'min':>7}{'max':>7}{'cpu s':>7}{'peak MiB':>10}  ratio")

    def ratio_of(p, fl, l):
        if fl not in probes:
            return None, None
        return (statistics.median(times[(p, l)]) / statistics.median(times[(fl, l)]),
                statistics.median(cpus[(p, l)]) / statistics.median(cpus[(fl, l)]))

    for p in probes:
        for l in levels:
            t = times[(p, l)]
            med = statistics.median(t)
            cpu = statistics.median(cpus[(p, l)])
            fl = FLOOR.get(p)
            ratio, cpu_ratio = ratio_of(p, fl, l)
            goal = f" (goal <= {GOAL[p]})" if p in GOAL and ratio is not None else ""
            rtext = f"{ratio:.2f} ({cpu_ratio:.2f}) x {fl}{goal}" if ratio is not None else ""
            sub = SUBFLOOR.get(p)
            sub_ratio, sub_cpu_ratio = ratio_of(p, sub, l)
            if sub_ratio is not None:
                rtext += f"; {sub_ratio:.2f} ({sub_cpu_ratio:.2f}) x {sub}"
            print(f"{p:<22}{l:<7}{med:>9.2f}{min(t):>7.2f}{max(t):>7.2f}{cpu:>7.2f}{peaks[(p, l)]:>10.0f}  {rtext}")
            rows.append({"probe": p, "level": l, "median_s": med, "min_s": min(t), "max_s": max(t),
                         "cpu_median_s": cpu, "peak_mib": peaks[(p, l)],
                         "floor": fl if ratio is not None else None, "ratio": ratio, "cpu_ratio": cpu_ratio,
                         "subfloor": sub if sub_ratio is not None else None, "subfloor_ratio": sub_ratio,
                         "subfloor_cpu_ratio": sub_cpu_ratio})
    for f in failures:
        print(f"RULE BROKEN: {f}")
    if a.json_out:
        with open(a.json_out, "w", encoding="utf-8") as f:
            json.dump({"compiler": version, "runs": a.runs, "rows": rows, "rules_broken": failures}, f, indent=1)
    return 1 if (a.check and failures) else 0


if __name__ == "__main__":
    sys.exit(main())
