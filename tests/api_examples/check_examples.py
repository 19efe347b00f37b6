#!/usr/bin/env python3
"""Every published example response decodes to the example's values.

spec/rds-20140815/api-docs.json has, for each documented operation, a
`responseDemo`: an example response in JSON and (for most) in XML. For every
documented operation that rdscodec generates (include/rdscodec/rds/registry.hpp),
this script

1. asks examples_dump (the C++ half, built from tests/api_examples/examples_dump.cpp)
   for the shape of the generated response type and checks it against the spec's
   response model, read here from the spec reader's IR (`node tools/codegen/read_spec.js`,
   the official Darabonba parser; the generator reads the same IR, so this checks the
   generator's C++ types and names, not the parser): the same wire names at every
   level, the same kinds (int32 vs long, float vs double, array, map, object), and each
   C++ member named after its wire name (the same letters, case and `_` aside);
2. has examples_dump decode the JSON example and the XML example with that type and
   compares every decoded value with the value this script reads from the example
   itself, walking the example by the spec's model (below);
3. writes the JSON example as the service's XML (by the spec's model, with this
   script's own writer), has it decoded, and checks that XML and JSON decode to the
   same values. (The published JSON and XML examples of an operation are usually
   different data, so they cannot be compared with each other directly.)

How an example is read (the normalisations, each applied only where the spec's
type asks for it):
- A number may arrive as a JSON string ("PageNumber": "1") and in XML always does
  (element text): for a field the spec types int32/long/float/double, the text is
  read as that number. For XML this is how Alibaba's own XML reader casts values
  (aliyun/tea-xml, ts/src/client.ts `_xmlCast`: `case 'number': ret = +value`); in
  JSON the spec's type is the contract and the examples write some numbers as text.
  float is compared after rounding the decimal text to the nearest IEEE binary32
  (exactly, with fractions), double to the nearest binary64.
- A boolean in XML is the text `true` / `false` (tea-xml `_xmlCast`, `case
  'boolean'`); in JSON a JSON boolean, or the same two words as a string.
- A list: in JSON an array; a lone value where the spec has an array is a list of
  one. In XML every child element with the field's name, so one element is a list of
  one (tea-xml `_xmlCast`: `if (!Array.isArray(value)) value = [value]`). The list
  wrappers (`Items` around `DBInstance` in `"Items": {"DBInstance": [...]}` and
  `<Items><DBInstance>…</DBInstance>…</Items>`) are objects in the spec itself, so
  they need no rule. An empty list equals an absent one: generated types hold lists
  as std::vector, empty when absent (README, Decoding responses).
- A map (`map[string]…`): a JSON object, or an element whose children are the keys.
- `any`: rdscodec keeps the value's JSON text; it is compared as parsed JSON. In XML
  it is the element's text, or its inner markup when it has child elements.
- A JSON `null` is an absent value.
- Strings are compared byte for byte, untrimmed.
- A field the spec declares required (no `?`) must be present, else the example does
  not match the spec (and the decoder must refuse it).
- Anything the spec does not declare is ignored (that is what a client must do with
  fields a newer service adds); such leaves are counted and a few printed.

An example that does not match the spec (a value of the wrong type, a malformed
document) is listed, with the reason, in known_mismatches.json next to this script;
an entry must still fail as listed, so a fix on either side shows up. Anything else
that differs fails the test.
"""
import argparse
import json
import math
import os
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
from fractions import Fraction
from xml.sax.saxutils import escape as xml_escape

HERE = os.path.dirname(os.path.abspath(__file__))

# --- numbers ----------------------------------------------------------------


def to_f32(x):
    return struct.unpack('<f', struct.pack('<f', x))[0]


def nearest_f32(text):
    """The binary32 nearest to the decimal `text` (ties to even), exactly."""
    exact = Fraction(text.strip())
    guess = to_f32(float(exact))
    if math.isinf(guess):
        return guess
    bits = struct.unpack('<I', struct.pack('<f', guess))[0]
    cands = [guess]
    for delta in (-1, 1):
        b = bits + delta if guess >= 0 else bits - delta
        if 0 <= b < 2**32:
            c = struct.unpack('<f', struct.pack('<I', b))[0]
            if not math.isinf(c) and not math.isnan(c):
                cands.append(c)
    best = None
    for c in cands:
        dist = abs(Fraction(c) - exact)
        even = struct.unpack('<I', struct.pack('<f', c))[0] % 2 == 0
        key = (dist, not even)
        if best is None or key < best[0]:
            best = (key, c)
    return best[1]


INT_RANGE = {'int32': (-2**31, 2**31 - 1), 'long': (-2**63, 2**63 - 1)}


class Mismatch(Exception):
    pass


# --- reading an example by the spec's model -----------------------------------


class Reader:
    """Reads an example into the value the decoder must produce.

    Values: dict (object or map), list, str, bool, int, ('float', f),
    ('double', d), ('any', parsed JSON or XML text)."""

    def __init__(self, op):
        self.op = op
        self.leaves = 0
        self.ignored = []

    def ignore(self, path, value):
        n = count_leaves(value)
        self.ignored.append((path, n))

    def require(self, t, out, path):
        """A field the spec declares required (no `?` in main.dara) must be there;
        the decoder refuses an object without it (errc::missing_field)."""
        for f in t['fields']:
            if f['required'] and f['wire'] not in out:
                raise Mismatch('%s.%s: the spec requires it, the example does not have it' % (path, f['wire']))

    # JSON

    def json_value(self, v, t, path):
        k = t['kind']
        if k == 'object':
            if not isinstance(v, dict):
                raise Mismatch('%s: spec has an object, example has %s' % (path, type(v).__name__))
            out = {}
            declared = {f['wire']: f for f in t['fields']}
            for key, sub in v.items():
                f = declared.get(key)
                if f is None:
                    self.ignore(path + '.' + key, sub)
                    continue
                if sub is None:
                    continue
                r = self.json_value(sub, f['type'], path + '.' + key)
                if r == []:
                    continue
                out[key] = r
            self.require(t, out, path)
            return out
        if k == 'array':
            items = v if isinstance(v, list) else [v]
            return [self.json_value(e, t['items'], '%s.%d' % (path, i + 1)) for i, e in enumerate(items)]
        if k == 'map':
            if not isinstance(v, dict):
                raise Mismatch('%s: spec has a map, example has %s' % (path, type(v).__name__))
            return {key: self.json_value(sub, t['value'], path + '.' + key) for key, sub in v.items()}
        self.leaves += 1
        if k == 'any':
            return ('any', v)
        if k == 'string':
            if not isinstance(v, str):
                raise Mismatch('%s: spec has a string, example has %s %s' % (path, type(v).__name__, json.dumps(v)))
            return v
        if k == 'boolean':
            if isinstance(v, bool):
                return v
            if v in ('true', 'false'):
                return v == 'true'
            raise Mismatch('%s: spec has a boolean, example has %s' % (path, json.dumps(v)))
        if isinstance(v, bool):
            raise Mismatch('%s: spec has %s, example has %s' % (path, k, json.dumps(v)))
        if k in INT_RANGE:
            if isinstance(v, int):
                n = v
            elif isinstance(v, str) and v.strip('-').isdigit() and v.count('-') <= 1 and not v.startswith(' '):
                n = int(v)
            else:
                raise Mismatch('%s: spec has %s, example has %s' % (path, k, json.dumps(v)))
            lo, hi = INT_RANGE[k]
            if not lo <= n <= hi:
                raise Mismatch('%s: %d is outside %s' % (path, n, k))
            return n
        if k in ('float', 'double'):
            if isinstance(v, (int, float)):
                text = repr(v) if isinstance(v, float) else str(v)
            elif isinstance(v, str):
                text = v
            else:
                raise Mismatch('%s: spec has %s, example has %s' % (path, k, json.dumps(v)))
            try:
                exact = Fraction(text.strip())
            except ValueError:
                raise Mismatch('%s: spec has %s, example has %s' % (path, k, json.dumps(v)))
            return ('float', nearest_f32(text)) if k == 'float' else ('double', float(exact))
        raise Mismatch('%s: kind %s' % (path, k))

    # XML

    def xml_object(self, elem, t, path):
        out = {}
        declared = {f['wire']: f for f in t['fields']}
        seen = {}
        for child in elem:
            seen.setdefault(child.tag, []).append(child)
        for tag, children in seen.items():
            f = declared.get(tag)
            if f is None:
                for c in children:
                    self.ignore(path + '.' + tag, xml_plain(c))
                continue
            ft = f['type']
            if ft['kind'] == 'array':
                r = [self.xml_value(c, ft['items'], '%s.%s.%d' % (path, tag, i + 1)) for i, c in enumerate(children)]
            else:
                if len(children) > 1:
                    raise Mismatch('%s.%s: %d elements for a field that is not a list' % (path, tag, len(children)))
                r = self.xml_value(children[0], ft, path + '.' + tag)
            if r == []:
                continue
            out[tag] = r
        self.require(t, out, path)
        return out

    def xml_value(self, elem, t, path):
        k = t['kind']
        if k == 'object':
            return self.xml_object(elem, t, path)
        if k == 'array':
            # A list inside a list (or a map): every child element is an item.
            return [self.xml_value(c, t['items'], '%s.%d' % (path, i + 1)) for i, c in enumerate(elem)]
        if k == 'map':
            return {c.tag: self.xml_value(c, t['value'], path + '.' + c.tag) for c in elem}
        self.leaves += 1
        text = elem.text or ''
        if k == 'any':
            return ('any-xml', inner_markup(elem) if len(elem) else text)
        if len(elem):
            raise Mismatch('%s: spec has %s, example has child elements' % (path, k))
        if k == 'string':
            return text
        if k == 'boolean':
            if text in ('true', 'false'):
                return text == 'true'
            raise Mismatch('%s: spec has a boolean, example has %r' % (path, text))
        if k in INT_RANGE:
            body = text[1:] if text.startswith('-') else text
            if not body.isdigit():
                raise Mismatch('%s: spec has %s, example has %r' % (path, k, text))
            n = int(text)
            lo, hi = INT_RANGE[k]
            if not lo <= n <= hi:
                raise Mismatch('%s: %d is outside %s' % (path, n, k))
            return n
        if k in ('float', 'double'):
            try:
                exact = Fraction(text)
            except ValueError:
                raise Mismatch('%s: spec has %s, example has %r' % (path, k, text))
            return ('float', nearest_f32(text)) if k == 'float' else ('double', float(exact))
        raise Mismatch('%s: kind %s' % (path, k))


def xml_plain(elem):
    if len(elem) == 0:
        return elem.text or ''
    return {c.tag: xml_plain(c) for c in elem}


def inner_markup(elem):
    s = xml_escape(elem.text or '')
    for c in elem:
        s += ET.tostring(c, encoding='unicode')
    return s


def count_leaves(v):
    if isinstance(v, dict):
        return sum(count_leaves(x) for x in v.values()) or 1
    if isinstance(v, list):
        return sum(count_leaves(x) for x in v) or 1
    return 1


# --- what the dump printed, in the same terms ---------------------------------


def from_dump(v, t, path):
    """The dump's value as Reader values, by the spec type (the dump's own markers
    for float, double and any are checked against it)."""
    k = t['kind']
    if k == 'object':
        if not isinstance(v, dict):
            raise Mismatch('%s: decoded %r for an object' % (path, v))
        declared = {f['wire']: f for f in t['fields']}
        out = {}
        for key, sub in v.items():
            if key not in declared:
                raise Mismatch('%s: decoded a field %s the spec does not declare' % (path, key))
            out[key] = from_dump(sub, declared[key]['type'], path + '.' + key)
        return out
    if k == 'array':
        return [from_dump(e, t['items'], path) for e in v]
    if k == 'map':
        return {key: from_dump(sub, t['value'], path + '.' + key) for key, sub in v.items()}
    if k in ('float', 'double'):
        if not isinstance(v, dict) or list(v) != [k]:
            raise Mismatch('%s: decoded %r for a %s' % (path, v, k))
        x = float(v[k])
        return ('float', to_f32(x)) if k == 'float' else ('double', x)
    if k == 'any':
        if not isinstance(v, dict) or list(v) != ['any']:
            raise Mismatch('%s: decoded %r for an any' % (path, v))
        return ('any-text', v['any'])
    return v


def same(expected, decoded):
    """Equal, with `any` compared as JSON (JSON examples) or text (XML)."""
    if isinstance(expected, tuple) and expected[0] == 'any':
        if not (isinstance(decoded, tuple) and decoded[0] == 'any-text'):
            return False
        try:
            return json_equal(expected[1], json.loads(decoded[1]))
        except ValueError:
            return False
    if isinstance(expected, tuple) and expected[0] == 'any-xml':
        return isinstance(decoded, tuple) and decoded[0] == 'any-text' and decoded[1] == expected[1]
    if isinstance(expected, dict):
        return isinstance(decoded, dict) and expected.keys() == decoded.keys() and all(
            same(expected[k], decoded[k]) for k in expected)
    if isinstance(expected, list):
        return isinstance(decoded, list) and len(expected) == len(decoded) and all(
            same(a, b) for a, b in zip(expected, decoded))
    return type(expected) is type(decoded) and expected == decoded


def json_equal(a, b):
    if isinstance(a, bool) or isinstance(b, bool):
        return a is b
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return a == b
    if isinstance(a, dict):
        return isinstance(b, dict) and a.keys() == b.keys() and all(json_equal(a[k], b[k]) for k in a)
    if isinstance(a, list):
        return isinstance(b, list) and len(a) == len(b) and all(json_equal(x, y) for x, y in zip(a, b))
    return a == b


def first_difference(expected, decoded, path=''):
    if isinstance(expected, dict) and isinstance(decoded, dict):
        for k in sorted(set(expected) | set(decoded)):
            if k not in decoded:
                return '%s.%s: expected %s, not decoded' % (path, k, short(expected[k]))
            if k not in expected:
                return '%s.%s: decoded %s, not in the example' % (path, k, short(decoded[k]))
            d = first_difference(expected[k], decoded[k], path + '.' + k)
            if d:
                return d
        return None
    if isinstance(expected, list) and isinstance(decoded, list):
        if len(expected) != len(decoded):
            return '%s: %d items expected, %d decoded' % (path, len(expected), len(decoded))
        for i, (a, b) in enumerate(zip(expected, decoded)):
            d = first_difference(a, b, '%s.%d' % (path, i + 1))
            if d:
                return d
        return None
    if same(expected, decoded):
        return None
    return '%s: expected %s, decoded %s' % (path, short(expected), short(decoded))


def short(v):
    s = json.dumps(v, ensure_ascii=False, default=str)
    return s if len(s) <= 80 else s[:77] + '...'


# --- the JSON example as the service's XML ------------------------------------


def write_xml(out, name, v, t):
    """The value `v` (read from JSON by the spec's model) as XML elements named
    `name`: objects as child elements, a list as one element per item, a map as
    one child per key. Returns False when the value holds an `any` (whose XML
    form is not a function of its JSON form), which the caller then leaves out."""
    k = t['kind']
    if k == 'array':
        ok = True
        for e in v:
            ok = write_xml(out, name, e, t['items']) and ok
        return ok
    out.append('<%s>' % name)
    ok = True
    if k == 'object':
        declared = {f['wire']: f for f in t['fields']}
        for key, sub in v.items():
            part = []
            if write_xml(part, key, sub, declared[key]['type']):
                out.extend(part)
            else:
                ok = False
    elif k == 'map':
        for key, sub in v.items():
            if not write_xml(out, key, sub, t['value']):
                ok = False
    elif k == 'any':
        return False
    elif k == 'boolean':
        out.append('true' if v else 'false')
    elif k in ('float', 'double'):
        out.append(repr(v[1]))
    elif k in INT_RANGE:
        out.append(str(v))
    else:
        out.append(xml_escape(v))
    out.append('</%s>' % name)
    return ok


def without_any(v, t):
    """`v` without the fields write_xml left out (those holding an `any`)."""
    k = t['kind']
    if k == 'object':
        declared = {f['wire']: f for f in t['fields']}
        out = {}
        for key, sub in v.items():
            ft = declared[key]['type']
            if holds_any(sub, ft):
                continue
            out[key] = without_any(sub, ft)
        return out
    if k == 'array':
        return [without_any(e, t['items']) for e in v]
    if k == 'map':
        return {key: without_any(sub, t['value']) for key, sub in v.items()}
    return v


def holds_any(v, t):
    k = t['kind']
    if k == 'any':
        return True
    if k == 'object':
        declared = {f['wire']: f for f in t['fields']}
        return any(holds_any(sub, declared[key]['type']) for key, sub in v.items())
    if k == 'array':
        return any(holds_any(e, t['items']) for e in v)
    if k == 'map':
        return any(holds_any(sub, t['value']) for sub in v.values())
    return False


# --- the generated type's shape against the spec ------------------------------


def letters(s):
    return s.replace('_', '').lower()


def check_schema(spec, dumped, path, problems):
    if spec['kind'] != dumped['kind']:
        problems.append('%s: spec kind %s, generated %s' % (path, spec['kind'], dumped['kind']))
        return
    if spec['kind'] == 'object':
        s = [f['wire'] for f in spec['fields']]
        d = [f['wire'] for f in dumped['fields']]
        if sorted(s) != sorted(d):
            problems.append('%s: spec fields %s, generated %s' % (path, sorted(set(s) - set(d)), sorted(set(d) - set(s))))
            return
        by_wire = {f['wire']: f for f in spec['fields']}
        for f in dumped['fields']:
            m = f['member'].rstrip('_')
            if letters(m) != letters(f['wire']):
                problems.append('%s.%s: held in member %s' % (path, f['wire'], f['member']))
            check_schema(by_wire[f['wire']]['type'], f['type'], path + '.' + f['wire'], problems)
    elif spec['kind'] == 'array':
        check_schema(spec['items'], dumped['items'], path + '[]', problems)
    elif spec['kind'] == 'map':
        check_schema(spec['value'], dumped['value'], path + '{}', problems)


# --- main -----------------------------------------------------------------------


def examples_of(api):
    demo = json.loads(api.get('responseDemo') or '[]')
    return {d['type']: d['example'] for d in demo}


def documented_headers(root):
    """The generated headers (rdscodec/rds/x.hpp) of the documented operations with an
    example, for CMake to build examples_dump from (the others need no decoder here).
    Which header holds which action: its `action = "…"` line."""
    import glob
    import re
    with open(os.path.join(root, 'spec', 'rds-20140815', 'api-docs.json'), encoding='utf-8') as f:
        docs = json.load(f)['apis']
    wanted = {n for n, a in docs.items() if examples_of(a)}
    out = []
    for path in sorted(glob.glob(os.path.join(root, 'include', 'rdscodec', 'rds', '*.hpp'))):
        with open(path, encoding='utf-8') as f:
            m = re.search(r'static constexpr std::string_view action = "([A-Za-z0-9]+)";', f.read())
        if m and m.group(1) in wanted:
            out.append('rdscodec/rds/' + os.path.basename(path))
    return out


def main():
    if len(sys.argv) == 3 and sys.argv[1] == '--list-headers':
        print(';'.join(documented_headers(sys.argv[2])))
        return 0
    ap = argparse.ArgumentParser()
    ap.add_argument('--dump', required=True, help='the examples_dump program')
    ap.add_argument('--node', default='node')
    ap.add_argument('--root', required=True, help='the repository')
    ap.add_argument('--work', required=True, help='a directory for the intermediate files')
    ap.add_argument('--verbose', action='store_true')
    args = ap.parse_args()
    os.makedirs(args.work, exist_ok=True)

    ir_path = os.path.join(args.work, 'ir.json')
    subprocess.run([args.node, os.path.join(args.root, 'tools', 'codegen', 'read_spec.js'), '--out', ir_path],
                   check=True)
    with open(ir_path, encoding='utf-8') as f:
        ir = json.load(f)
    # The spec's `float` is held as a C++ double (tools/codegen/README.md: the
    # official TypeScript SDK holds it as a JavaScript number, an IEEE double;
    # a 32-bit float would lose digits the service sends, e.g. 1234567.89).
    def float_as_double(node):
        if isinstance(node, dict):
            if node.get('kind') == 'float':
                node['kind'] = 'double'
            for v in node.values():
                float_as_double(v)
        elif isinstance(node, list):
            for v in node:
                float_as_double(v)
    float_as_double(ir)
    spec_ops = {o['name']: o for o in ir['operations']}  # the retired three too (generated from the older snapshots)
    with open(os.path.join(args.root, 'spec', 'rds-20140815', 'api-docs.json'), encoding='utf-8') as f:
        docs = json.load(f)['apis']
    with open(os.path.join(HERE, 'known_mismatches.json'), encoding='utf-8') as f:
        known = {(k['operation'], k['example']): k for k in json.load(f)['mismatches']}

    documented = sorted(n for n, a in docs.items() if examples_of(a))
    readers = {}
    records = []
    for name in documented:
        records.append((name, 'schema', ''))
        ex = examples_of(docs[name])
        for fmt in ('json', 'xml'):
            if fmt in ex:
                records.append((name, fmt, ex[fmt]))

    def run_dump(recs):
        path = os.path.join(args.work, 'records.txt')
        with open(path, 'wb') as f:
            for action, kind, body in recs:
                b = body.encode('utf-8')
                f.write(('%s\t%s\t%d\n' % (action, kind, len(b))).encode('ascii'))
                f.write(b)
        p = subprocess.run([args.dump, path], check=True, stdout=subprocess.PIPE)
        lines = p.stdout.decode('utf-8').splitlines()
        if len(lines) != len(recs):
            raise SystemExit('examples_dump answered %d records of %d' % (len(lines), len(recs)))
        return [json.loads(l) for l in lines]

    answers = run_dump(records)

    failures = []
    expected_failures = []
    seen_known = set()
    not_generated = []
    covered = set()
    counts = {'json': 0, 'xml': 0, 'xml-from-json': 0}
    leaves = {'json': 0, 'xml': 0, 'xml-from-json': 0}
    ignored = []
    json_values = {}
    second = []

    def outcome(op, which, problem):
        key = (op, which)
        if key in known:
            seen_known.add(key)
            if known[key]['failure'] not in problem:
                failures.append('%s %s: listed as failing with "%s", fails with: %s'
                                % (op, which, known[key]['failure'], problem))
            else:
                expected_failures.append('%s %s: %s (%s)' % (op, which, problem, known[key]['reason']))
        else:
            failures.append('%s %s: %s' % (op, which, problem))

    for (op, kind, body), ans in zip(records, answers):
        if not ans['ok'] and ans.get('error') == 'unknown action':
            if kind == 'schema':
                not_generated.append(op)
            continue
        resp = spec_ops[op]['response'] if op in spec_ops else None
        if resp is None:
            failures.append('%s: generated, but not an operation of the spec' % op)
            continue
        if kind == 'schema':
            problems = []
            check_schema(resp, ans['schema'], op, problems)
            for p in problems:
                failures.append('%s schema: %s' % (op, p))
            continue
        covered.add(op)
        reader = Reader(op)
        try:
            if kind == 'json':
                expected = reader.json_value(json.loads(body), resp, op)
            else:
                root = ET.fromstring(body.encode('utf-8'))
                if root.tag != op + 'Response':
                    raise Mismatch('XML root <%s>, not <%sResponse>' % (root.tag, op))
                expected = reader.xml_object(root, resp, op)
        except (Mismatch, ValueError, ET.ParseError) as e:
            # The example itself does not fit the spec (or is not well formed):
            # then the decoder must refuse it too, with a typed error.
            problem = 'example does not match the spec: %s' % e
            if ans['ok']:
                problem += '; and the decoder accepted it'
            else:
                problem += '; decoder: %s' % ans['error']
            outcome(op, kind, problem)
            continue
        if not ans['ok']:
            outcome(op, kind, 'decoder refused it: %s' % ans['error'])
            continue
        try:
            decoded = from_dump(ans['value'], resp, op)
        except Mismatch as e:
            outcome(op, kind, str(e))
            continue
        diff = first_difference(expected, decoded, op)
        if diff:
            outcome(op, kind, 'decoded value differs: %s' % diff)
            continue
        counts[kind] += 1
        leaves[kind] += reader.leaves
        ignored.extend((op, kind, p, n) for p, n in reader.ignored)
        if kind == 'json':
            json_values[op] = decoded
            part = []
            write_xml(part, op + 'Response', expected, resp)
            second.append((op, 'xml', ''.join(part), without_any(expected, resp), reader.leaves))

    # 3. The JSON examples as XML: XML and JSON decode to the same values.
    answers2 = run_dump([(op, kind, body) for op, kind, body, _, _ in second])
    for (op, _, _, expected, n), ans in zip(second, answers2):
        if not ans['ok']:
            outcome(op, 'xml-from-json', 'decoder refused it: %s' % ans['error'])
            continue
        decoded = from_dump(ans['value'], spec_ops[op]['response'], op)
        diff = first_difference(expected, decoded, op)
        if diff is None:
            diff = first_difference(without_any(json_values[op], spec_ops[op]['response']), decoded, op)
        if diff:
            outcome(op, 'xml-from-json', 'XML decodes differently from JSON: %s' % diff)
            continue
        counts['xml-from-json'] += 1
        leaves['xml-from-json'] += n

    for key in sorted(set(known) - seen_known):
        failures.append('%s %s: listed in known_mismatches.json but did not fail' % key)

    # Every documented operation the registry lacks must be one the spec lacks.
    for op in not_generated:
        if op in spec_ops:
            failures.append('%s: in the spec and documented, but examples_dump does not know it' % op)

    print('documented operations with an example: %d (JSON %d, XML %d)' % (
        len(documented), sum('json' in examples_of(docs[n]) for n in documented),
        sum('xml' in examples_of(docs[n]) for n in documented)))
    print('not generated (not operations of main.dara): %d: %s' % (len(not_generated), ', '.join(not_generated)))
    print('operations covered: %d' % len(covered))
    for k in ('json', 'xml', 'xml-from-json'):
        print('  %-14s examples decoded and equal: %3d, leaves checked: %d' % (k, counts[k], leaves[k]))
    total_ignored = sum(n for _, _, _, n in ignored)
    print('leaves the spec does not declare, ignored: %d in %d fields, e.g.' % (total_ignored, len(ignored)))
    for op, kind, p, n in ignored[:8]:
        print('  %s (%s, %d leaves)' % (p, kind, n))
    print('examples that do not match the spec, as listed in known_mismatches.json: %d' % len(expected_failures))
    for e in expected_failures:
        print('  ' + e)
    if failures:
        print('FAILED: %d' % len(failures))
        for e in failures:
            print('  ' + e)
        return 1
    print('all checks passed')
    return 0


if __name__ == '__main__':
    sys.exit(main())
