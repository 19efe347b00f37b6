#!/usr/bin/env python3
"""Writes the seed corpus of the response_any fuzz target (fuzz/response_any.cpp).

Each seed is one example response of spec/rds-20140815/api-docs.json: the first
JSON and the first XML example of each documented operation (no more, so that
the corpus stays small), after the three bytes the target reads first: the
operation's number (two bytes, big-endian: its position in
rdscodec::rds::actions, the registry's byte order, which is the order of
fuzz/any_operation.hpp's all_operations()), then the status byte (0: HTTP 200;
fuzz::statuses in fuzz/response_checks.hpp).

    fuzz/make_response_any_seeds.py     # rewrites fuzz/corpus/response_any/

Run it again when the operations or the spec change. Operations the spec has
examples for but rdscodec does not declare are reported and skipped.
"""
import json
import pathlib
import re
import sys

root = pathlib.Path(__file__).resolve().parent.parent
registry = (root / "include/rdscodec/rds/registry.hpp").read_text()
block = re.search(r"actions = \{(.*?)\};", registry, re.S).group(1)
order = re.findall(r'"([A-Za-z0-9]+)"', block)
# The registry writes them in byte order, as std::sort of std::string_view does.
assert order == sorted(order, key=lambda a: a.encode()), "registry actions are not in byte order"
index = {a: i for i, a in enumerate(order)}

apis = json.loads((root / "spec/rds-20140815/api-docs.json").read_text())["apis"]
out = root / "fuzz/corpus/response_any"
out.mkdir(parents=True, exist_ok=True)
for old in out.iterdir():
    old.unlink()

written = 0
skipped = []
for name in sorted(apis):
    demo = apis[name].get("responseDemo")
    if not demo:
        continue
    if name not in index:
        skipped.append(name)
        continue
    prefix = index[name].to_bytes(2, "big")
    seen = set()
    for example in json.loads(demo):
        kind = example.get("type")
        body = example.get("example") or ""
        if kind not in ("json", "xml") or kind in seen or not body.strip():
            continue
        seen.add(kind)
        (out / f"{name}-{kind}").write_bytes(prefix + bytes([0]) + body.encode())
        written += 1

print(f"{written} seeds for {len(index)} operations in {out.relative_to(root)}")
if skipped:
    print("no operation declared for: " + ", ".join(skipped), file=sys.stderr)
