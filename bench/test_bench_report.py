#!/usr/bin/env python3
"""Self-test of tools/bench_report.py on made-up Google Benchmark output.

Each case writes a small benchmark JSON (the shape rdscodec_bench prints with
--benchmark_format=json and repetitions), runs bench_report.py --from-json
--check on it and checks the exit status and the lines it must print. The
expected values follow from the inputs by hand (stated in each case), not from
running the report.

Usage: test_bench_report.py [path/to/bench_report.py]   (ctest: bench_report_selftest)
"""

import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
REPORT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "..", "tools", "bench_report.py")
MIB = 1 << 20

failures = []


def rep(name, cpu_ns, label="", **counters):
    row = {"name": name, "run_name": name, "run_type": "iteration", "repetitions": 5, "iterations": 1000,
           "real_time": cpu_ns, "cpu_time": cpu_ns, "time_unit": "ns", "label": label}
    row.update(counters)
    return row


def steady_measure(name, floor, cpu_ns, per_rep_counters):
    return [rep(name, cpu_ns, f"floor={floor};steady", **c) for c in per_rep_counters]


def floor_rows(name, cpu_ns, n=5):
    return [rep(name, cpu_ns, "") for _ in range(n)]


def zero(**over):
    c = {"allocs/op": 0.0, "new/op": 0.0, "malloc/op": 0.0, "ossl_mallocs/op": 0.0, "pugixml_mallocs/op": 0.0,
         "other_mallocs/op": 0.0}
    c.update(over)
    return c


def run(case, rows, expect_status, must_contain=(), must_not_contain=(), extra=()):
    data = {"context": {"date": "2026-12-01T10:00:00+00:00", "host_name": "test", "num_cpus": 2,
                        "mhz_per_cpu": 2600}, "benchmarks": rows}
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, "run.json")
        md = os.path.join(d, "table.md")
        with open(path, "w", encoding="utf-8") as f:
            json.dump(data, f)
        proc = subprocess.run([sys.executable, REPORT, "--from-json", path, "--check", "--markdown", md, *extra],
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        out = proc.stdout
        if os.path.exists(md):
            with open(md, encoding="utf-8") as f:
                out += f.read()
    ok = proc.returncode == expect_status
    missing = [s for s in must_contain if s not in out]
    present = [s for s in must_not_contain if s in out]
    if not ok or missing or present:
        failures.append(case)
        print(f"FAIL {case}: exit {proc.returncode} (expected {expect_status}); missing {missing}; "
              f"unexpected {present}\n{out}")
    else:
        print(f"ok   {case}")


SIGN = "rdscodec/sign_v2/cancel_import/fixed"
SIGN_FLOOR = "floor/sign_v2/hmac_sha1_prekeyed"

# 1. One C++ allocation in 1 of 1,000,000 iterations of one repetition out of
#    five: the median over repetitions is 0, the maximum 1e-06 -> fails.
run("an occasional operator new in one repetition fails --check",
    steady_measure(SIGN, SIGN_FLOOR, 540, [zero()] * 4 + [zero(**{"allocs/op": 1e-6, "new/op": 1e-6})]) +
    floor_rows(SIGN_FLOOR, 276),
    1, must_contain=["C++ allocations (operator new)", "1e-06"])

# 2. OpenSSL's two mallocs per signature in every repetition: reported in the
#    malloc column as "2 (OpenSSL)", never a failure. 540 / 276 = 1.956 -> 1.96.
run("OpenSSL's mallocs are reported, not failed",
    steady_measure(SIGN, SIGN_FLOOR, 540, [zero(**{"allocs/op": 2, "malloc/op": 2, "ossl_mallocs/op": 2})] * 5) +
    floor_rows(SIGN_FLOOR, 276),
    0, must_contain=["| sign V2 CancelImport, fixed time and nonce | 540 ns | 276 ns | 1.96 | 0 | 2 (OpenSSL) |"])

# 3. A malloc that is neither OpenSSL's nor pugixml's in a steady measure fails.
PX = "rdscodec/parse_xml/success"
PX_FLOOR = "floor/parse_xml/pugixml_parse_lookup/success"
run("a malloc of our own fails --check",
    steady_measure(PX, PX_FLOOR, 236, [zero(**{"allocs/op": 1, "malloc/op": 1, "pugixml_mallocs/op": 1})] * 4 +
                   [zero(**{"allocs/op": 2, "malloc/op": 2, "pugixml_mallocs/op": 1, "other_mallocs/op": 1})]) +
    floor_rows(PX_FLOOR, 83),
    1, must_contain=["neither by OpenSSL nor by pugixml"])

# 4. pugixml's page per parse alone passes; 236 / 83 = 2.84 (above the 1.5
#    target, under the 4.5 bound).
run("pugixml's malloc is reported, not failed",
    steady_measure(PX, PX_FLOOR, 236, [zero(**{"allocs/op": 1, "malloc/op": 1, "pugixml_mallocs/op": 1})] * 5) +
    floor_rows(PX_FLOOR, 83),
    0, must_contain=["| parse XML success | 236 ns | 83 ns | 2.84 | 0 | 1 (pugixml) |"])

# 5. Worst case: the plain body takes 2 ms of CPU for 1 MiB; a 64 KiB body
#    taking 1 ms is 16 ms per MiB, 8 x the plain body: above the 3 target,
#    under the bound 9 -> passes, printed as "16.0 (64 KiB body)" and "8.00".
PLAIN = "rdscodec/parse_json_mib/plain_describe_imports"
WORST = "rdscodec/parse_json_mib/access_denied_detail"


def worst_rows(plain_ns, worst_ns, worst_bytes):
    return ([rep(PLAIN, plain_ns, "plain_body", body_bytes=MIB, **zero()) for _ in range(3)] +
            [rep(WORST, worst_ns, f"plain={PLAIN}", body_bytes=worst_bytes, **zero()) for _ in range(3)])


run("a worst case at 8 x the plain body passes, above target",
    worst_rows(2e6, 1e6, 64 * 1024), 0,
    must_contain=["above target: " + WORST, "| 16.0 (64 KiB body) | 8.00 |", "| 2.00 | 1.00 |"])

# 6. The same 64 KiB body taking 2 ms: 32 ms per MiB, 16 x -> fails.
run("a worst case at 16 x the plain body fails --check",
    worst_rows(2e6, 2e6, 64 * 1024), 1, must_contain=["16.0 x the plain body's, exceeds the bound 9.0"])

# 7. A worst-case row whose plain row is missing fails.
run("a missing plain row fails --check",
    [rep(WORST, 1e6, f"plain={PLAIN}", body_bytes=MIB, **zero())], 1,
    must_contain=["its plain body " + PLAIN + " was not measured"])

# 8. An error reported by a benchmark (a failed output check) fails.
run("a benchmark error fails --check",
    [{"name": SIGN, "run_name": SIGN, "run_type": "iteration", "error_occurred": True,
      "error_message": "output check failed: signature"}] + floor_rows(SIGN_FLOOR, 276),
    1, must_contain=["output check failed: signature"])

# 9. A ref naming another measure keeps that measure a measure: default
#    sources 1000 ns against the hash floor 400 (2.50) and against the fixed
#    signing 800 (1000 / 800 = 1.25); the fixed one keeps its own ratio, 800 /
#    400 = 2.00, in the measures table.
DEF = "rdscodec/sign_v2/cancel_import/default_sources"
run("a ref to another measure: both stay measures",
    [rep(DEF, 1000, f"floor={SIGN_FLOOR};steady;ref={SIGN}", **zero()) for _ in range(3)] +
    steady_measure(SIGN, SIGN_FLOOR, 800, [zero()] * 3) + floor_rows(SIGN_FLOOR, 400, 3),
    0, must_contain=["(1.25 x ref " + SIGN + ")", "| sign V2 CancelImport, fixed time and nonce | 800 ns | 400 ns | 2.00 |"])

# 10. Thread scaling: 1 thread 1.0 M items/s, 2 threads 1.8 M items/s (all
#     threads) -> 1.80 x, under the 1.9 target: reported above target, not a
#     failure; the rows stay out of the measures table.
TH = "rdscodec/sign_v3/cancel_import/shared_credentials"
run("thread scaling is reported as a multiple of one thread",
    [rep(TH + "/real_time/threads:1", 1000, "", items_per_second=1.0e6, **zero()) for _ in range(3)] +
    [rep(TH + "/real_time/threads:2", 1100, "", items_per_second=1.8e6, **zero()) for _ in range(3)],
    0, must_contain=["1.80", "above target: " + TH + " at 2 threads"],
    must_not_contain=["no 1-thread run"])

# 11. --known: the same occasional operator new as case 1, on a measure the
#     regex names, is reported under its own heading and does not fail; an
#     output check of that measure still fails.
run("a known measure's allocation is reported, not failed",
    steady_measure(SIGN, SIGN_FLOOR, 540, [zero()] * 4 + [zero(**{"allocs/op": 1e-6, "new/op": 1e-6})]) +
    floor_rows(SIGN_FLOOR, 276),
    0, must_contain=["known, reported and not checked", "1e-06 C++ allocations"], extra=("--known", "sign_v2"))
run("a known measure's benchmark error still fails",
    [{"name": SIGN, "run_name": SIGN, "run_type": "iteration", "error_occurred": True,
      "error_message": "output check failed: signature"}] + floor_rows(SIGN_FLOOR, 276),
    1, must_contain=["output check failed: signature"], extra=("--known", "sign_v2"))

if failures:
    print(f"{len(failures)} case(s) failed")
    sys.exit(1)
print("all cases passed")
