#!/usr/bin/env python3
# A 30-item DescribeDBInstances page, JSON and XML, for the parse benchmarks
# (bench/bench_generated.cpp): tests/data/responses/describe_db_instances_30.json
# and .xml. Written from Alibaba's published example response (api-docs.json,
# DescribeDBInstances, responseDemo, JSON), not from rdscodec:
# - the example's one DBInstance item is repeated 30 times; item i (0-29) gets
#   DBInstanceId "rm-bench{i:02d}", DBInstanceMemory 4096 + i and
#   DBInstanceDescription "db {i}" so that each item is distinct and a reader
#   can check the last one;
# - PageRecordCount is 30; every other member as the example has it;
# - the XML is the same document as the service writes XML: the root element
#   DescribeDBInstancesResponse, one element per member, a list as its wrapper
#   element holding one element per item (Items/DBInstance,
#   ReadOnlyDBInstanceIds/ReadOnlyDBInstanceId), booleans as true/false;
# - both compact (no whitespace between tokens), as the service sends them.
# Run from anywhere: python3 tests/data/derived/describe_db_instances_page.py
import copy
import json
import os
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(HERE)))
OUT = os.path.join(ROOT, "tests", "data", "responses", "describe_db_instances_30")


def example():
    with open(os.path.join(ROOT, "spec", "rds-20140815", "api-docs.json"), encoding="utf-8") as f:
        demo = json.load(f)["apis"]["DescribeDBInstances"]["responseDemo"]
    demo = json.loads(demo) if isinstance(demo, str) else demo
    return json.loads(next(d["example"] for d in demo if d["type"] == "json"))


def xml_of(name, value, out, indent):
    pad = ""  # compact, as the service sends it
    if isinstance(value, dict):
        out.append(f"{pad}<{name}>")
        for k, v in value.items():
            if isinstance(v, list):
                for item in v:
                    xml_of(k, item, out, indent + 1)
            else:
                xml_of(k, v, out, indent + 1)
        out.append(f"{pad}</{name}>")
    else:
        text = "true" if value is True else "false" if value is False else str(value)
        out.append(f"{pad}<{name}>{escape(text)}</{name}>")


def main():
    doc = example()
    item = doc["Items"]["DBInstance"][0]
    items = []
    for i in range(30):
        it = copy.deepcopy(item)
        it["DBInstanceId"] = f"rm-bench{i:02d}"
        it["DBInstanceMemory"] = 4096 + i
        it["DBInstanceDescription"] = f"db {i}"
        items.append(it)
    doc["Items"]["DBInstance"] = items
    doc["PageRecordCount"] = 30
    with open(OUT + ".json", "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, separators=(",", ":"))
        f.write("\n")
    lines = ['<?xml version="1.0" encoding="UTF-8"?>']
    xml_of("DescribeDBInstancesResponse", doc, lines, 0)
    with open(OUT + ".xml", "w", encoding="utf-8") as f:
        f.write("".join(lines) + "\n")


if __name__ == "__main__":
    main()
