#!/usr/bin/env python3
# Expected values for tests/unit/test_generated_full.cpp: generated operations with
# EVERY request field set, signed with V2 (HMAC-SHA1) and V3 (ACS3-HMAC-SHA256) by an
# independent signer that shares no code with rdscodec or its generator.
#
# What comes from where:
# - The fields of each operation (wire name, type, position Query/Body, style) are read
#   from the spec (spec/rds-20140815/main.dara) through the spec reader's IR
#   (`node tools/codegen/read_spec.js`, Alibaba's Darabonba parser). The script refuses
#   a case that leaves out a field the spec has, or sets one it lacks: every field set.
#   The one exception is SecurityToken: rdscodec sends the STS token under that name,
#   so the generator leaves the business field out (tools/codegen/overrides.json).
# - The values are written below by hand, keyed by wire name (the C++ test sets the
#   same values member by member).
# - Flattening and encoding are this script's own reading of the SDK rules, as the
#   darabonba-openapi-util tests state them (aliyun/darabonba-openapi-util:
#   ts/test/client.spec.ts "query should ok" and python/tests/test_client.py
#   test_query: {'Tag': [{'Key': 'k', 'Value': 'v'}]} -> Tag.1.Key=k, Tag.1.Value=v,
#   objects Name.Member, lists 1-based, nested at any depth;
#   "arrayToStringWithSpecifiedStyle should ok" / test_array_to_string_with_specified_style:
#   simple = items joined by ',', json = JSON.stringify of the value;
#   tests/unit/test_styles.cpp quotes each case):
#     repeatList  Name.N (from 1), Name.Member, Name.Key, recursively; leaves as text
#     json        JSON.stringify: no whitespace, objects with their wire names in the
#                 spec's declaration order (toMap), unset members left out, non-ASCII
#                 as is, control characters as \uXXXX (json.dumps with
#                 separators=(',', ':'), ensure_ascii=False); an `any` is its text
#     simple      items joined by ','
#     scalars     bool true/false; integers in decimal; float and double as
#                 JavaScript's Number::toString writes them (ECMA-262 Number::toString:
#                 shortest round-trip digits, plain notation for exponents -7 < e < 21,
#                 else d.ddde+NN); a float from the shortest digits of the binary32
#                 value (the JS SDK holds doubles only; a C++ float member is given as
#                 the decimal it prints as)
#   Map entries are written below in key byte order: JSON.stringify keeps insertion
#   order, and a C++ std::map iterates in byte order, so a case in another order would
#   compare two insertion orders rather than the encoding.
# - Signing: V2 as the RPC signature documentation states it (percent-encode with
#   urllib.parse.quote(safe='~'), sort by the names' bytes, METHOD&%2F&enc(query),
#   Base64(HMAC-SHA1(secret + '&'))). Body fields go into an
#   application/x-www-form-urlencoded body; V2 signs them with the query parameters.
#   V3 as tests/data/vectors/README.md and v3_cancel_import.py: canonical request
#   METHOD \n / \n canonical query (Query fields only) \n signed headers (host,
#   x-acs-*, content-type with a body) \n names \n hex SHA-256 of the body;
#   ACS3-HMAC-SHA256 \n hex SHA-256(canonical request); hex HMAC-SHA256(secret).
#
# Run: python3 tests/data/derived/generated_full.py   (writes generated_full.json;
# needs node and `npm ci --prefix tools/codegen`)
import base64
import hashlib
import hmac
import json
import math
import os
import struct
import subprocess
import urllib.parse
from fractions import Fraction

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', '..'))


class Raw:
    """A value of the spec's type `any`: its JSON text, sent as is."""

    def __init__(self, text):
        self.text = text


# --- numbers as JavaScript writes them -------------------------------------------


def js_layout(digits, n):
    """ECMA-262 Number::toString for a positive value digits * 10^(n - k)."""
    k = len(digits)
    if k <= n <= 21:
        return digits + '0' * (n - k)
    if 0 < n <= 21:
        return digits[:n] + '.' + digits[n:]
    if -6 < n <= 0:
        return '0.' + '0' * (-n) + digits
    e = n - 1
    sign = '+' if e >= 0 else '-'
    mantissa = digits if k == 1 else digits[0] + '.' + digits[1:]
    return mantissa + 'e' + sign + str(abs(e))


def shortest_digits(x, round_trips):
    """The shortest decimal digits (and exponent n) that `round_trips` accepts."""
    for p in range(1, 18):
        s = '%.*e' % (p - 1, x)
        if round_trips(float(s)):
            mant, exp = s.split('e')
            digits = mant.replace('.', '').rstrip('0') or '0'
            return digits, int(exp) + 1
    raise ValueError(x)


def to_f32(x):
    return struct.unpack('<f', struct.pack('<f', x))[0]


def nearest_f32(text):
    exact = Fraction(text)
    guess = to_f32(float(exact))
    bits = struct.unpack('<I', struct.pack('<f', guess))[0]
    cands = [struct.unpack('<f', struct.pack('<I', b))[0] for b in (bits - 1, bits, bits + 1)]
    return min(cands, key=lambda c: (abs(Fraction(c) - exact), struct.unpack('<I', struct.pack('<f', c))[0] % 2))


def js_number(text, kind):
    if kind == 'float':
        v = nearest_f32(text)
        same = lambda y: nearest_f32(repr(y)) == v
    else:
        v = float(Fraction(text))
        same = lambda y: y == v
    if v == 0:
        return '0'
    neg = v < 0
    digits, n = shortest_digits(abs(v), (lambda y: same(-y)) if neg else same)
    return ('-' if neg else '') + js_layout(digits, n)


# --- the style rules -----------------------------------------------------------------


def scalar_text(v, t):
    k = t['kind']
    if k == 'boolean':
        assert isinstance(v, bool)
        return 'true' if v else 'false'
    if k in ('int32', 'long'):
        assert isinstance(v, int) and not isinstance(v, bool)
        return str(v)
    if k in ('float', 'double'):
        assert isinstance(v, str), 'give float/double values as decimal text'
        return js_number(v, k)
    if k == 'string':
        assert isinstance(v, str)
        return v
    raise AssertionError(k)


def json_text(v, t):
    k = t['kind']
    if k == 'any':
        assert isinstance(v, Raw)
        return v.text
    if k == 'string':
        return json.dumps(v, ensure_ascii=False)
    if k in ('boolean', 'int32', 'long', 'float', 'double'):
        return scalar_text(v, t)
    if k == 'array':
        return '[' + ','.join(json_text(e, t['items']) for e in v) + ']'
    if k == 'map':
        return '{' + ','.join(json.dumps(key, ensure_ascii=False) + ':' + json_text(sub, t['value'])
                              for key, sub in v.items()) + '}'
    if k == 'object':
        check_members(v, t)
        return '{' + ','.join(json.dumps(f['wire']) + ':' + json_text(v[f['wire']], f['type'])
                              for f in t['fields'] if f['wire'] in v) + '}'
    raise AssertionError(k)


def repeat_list(name, v, t, out):
    k = t['kind']
    if k == 'array':
        for i, e in enumerate(v):
            repeat_list('%s.%d' % (name, i + 1), e, t['items'], out)
    elif k == 'map':
        for key, sub in v.items():
            repeat_list(name + '.' + key, sub, t['value'], out)
    elif k == 'object':
        check_members(v, t)
        for f in t['fields']:
            if f['wire'] in v:
                repeat_list(name + '.' + f['wire'], v[f['wire']], f['type'], out)
    else:
        out[name] = scalar_text(v, t)


def check_members(v, t):
    unknown = set(v) - {f['wire'] for f in t['fields']}
    assert not unknown, 'members the spec does not have: %s' % unknown


def parameters(op, values, every_member=True):
    """(query, body) parameter dicts of one request, by the spec's fields."""
    spec = [f for f in op['request'] if f['wire'] != 'SecurityToken']
    names = {f['wire'] for f in spec}
    assert set(values) == names, '%s: missing %s, extra %s' % (
        op['name'], sorted(names - set(values)), sorted(set(values) - names))
    query, body = {}, {}
    for f in spec:
        dest = body if f['position'] == 'Body' else query
        assert f['position'] in ('Query', 'Body'), f
        v = values[f['wire']]
        style = f['style']
        if style == 'json':
            dest[f['wire']] = json_text(v, f['type'])
        elif style == 'simple':
            dest[f['wire']] = ','.join(scalar_text(e, f['type']['items']) for e in v)
        elif style == 'repeatList' or f['type']['kind'] in ('array', 'map', 'object'):
            repeat_list(f['wire'], v, f['type'], dest)
        else:
            dest[f['wire']] = scalar_text(v, f['type'])
    return query, body


# --- signing ---------------------------------------------------------------------------


def enc(s):
    return urllib.parse.quote(s, safe='~')


def form(params):
    return '&'.join(enc(k) + '=' + enc(v) for k, v in sorted(params.items(), key=lambda kv: kv[0].encode()))


def form_in_order(params):
    return '&'.join(enc(k) + '=' + enc(v) for k, v in params.items())


KEY_ID, SECRET = 'testid', 'testsecret'
TIMESTAMP, NONCE = '2023-03-13T08:34:30Z', 'edb2b34af0af9a6d14deaf7c1a5315eb'


def sign_v2(method, action, query, body):
    p = {'AccessKeyId': KEY_ID, 'Action': action, 'Format': 'JSON', 'SignatureMethod': 'HMAC-SHA1',
         'SignatureNonce': NONCE, 'SignatureVersion': '1.0', 'Timestamp': TIMESTAMP, 'Version': '2014-08-15'}
    p.update(query)
    p.update(body)
    cq = form(p)
    sts = method + '&%2F&' + enc(cq)
    sig = base64.b64encode(hmac.new((SECRET + '&').encode(), sts.encode(), hashlib.sha1).digest()).decode()
    return {'v2_canonical_query': cq, 'v2_string_to_sign': sts, 'v2_signature': sig,
            'v2_body': form_in_order(body) if body else ''}


def sign_v3(method, action, query, body):
    body_bytes = form_in_order(body).encode() if body else b''
    payload = hashlib.sha256(body_bytes).hexdigest()
    headers = {'host': 'rds.aliyuncs.com', 'x-acs-action': action, 'x-acs-version': '2014-08-15',
               'x-acs-date': TIMESTAMP, 'x-acs-signature-nonce': NONCE, 'x-acs-content-sha256': payload}
    if body:
        headers['content-type'] = 'application/x-www-form-urlencoded'
    names = sorted(headers)
    cq = form(query)
    cr = '\n'.join([method, '/', cq, ''.join(n + ':' + headers[n] + '\n' for n in names), ';'.join(names), payload])
    sts = 'ACS3-HMAC-SHA256\n' + hashlib.sha256(cr.encode()).hexdigest()
    sig = hmac.new(SECRET.encode(), sts.encode(), hashlib.sha256).hexdigest()
    auth = 'ACS3-HMAC-SHA256 Credential=%s,SignedHeaders=%s,Signature=%s' % (KEY_ID, ';'.join(names), sig)
    return {'v3_canonical_query': cq, 'v3_canonical_request': cr, 'v3_string_to_sign': sts, 'v3_signature': sig,
            'v3_authorization': auth, 'v3_body': body_bytes.decode()}


# --- the cases: every field of each operation, by wire name ---------------------------

TAGS = [{'Key': 'env', 'Value': 'prod'}, {'Key': 'team', 'Value': 'db ops/中文'}]

CASES = [
    # The largest create call: 62 fields, a json object with two doubles, a repeatList.
    ('create_db_instance', 'CreateDBInstance', {
        'Amount': 2, 'AutoCreateProxy': True, 'AutoPay': False, 'AutoRenew': 'true', 'AutoUseCoupon': True,
        'BabelfishConfig': '{"babelfishEnabled":"true","migrationMode":"single"}', 'BpeEnabled': 'bpe',
        'BurstingEnabled': False, 'BusinessInfo': '121436975448952', 'Category': 'HighAvailability',
        'ClientToken': 'ETnLKlblzczshOTUbOCz', 'ColdDataEnabled': True, 'ConnectionMode': 'Standard',
        'ConnectionString': 'rm-uf6wjk5xxxxxxx.mysql.rds.aliyuncs.com', 'CreateStrategy': 'Atomicity',
        'CustomExtraInfo': 'a+b=c&d', 'DBInstanceClass': 'rds.mysql.s1.small',
        'DBInstanceDescription': 'test db 测试~*', 'DBInstanceNetType': 'Intranet', 'DBInstanceStorage': 20,
        'DBInstanceStorageType': 'cloud_essd', 'DBIsIgnoreCase': '1', 'DBParamGroupId': 'rpg-xxxx',
        'DBTimeZone': '+08:00', 'DedicatedHostGroupId': 'dhg-4n', 'DeletionProtection': True, 'DryRun': False,
        'EncryptionKey': '0d24*-*', 'Engine': 'MySQL', 'EngineVersion': '8.0', 'ExternalReplication': True,
        'InstanceNetworkType': 'VPC', 'IoAccelerationEnabled': '1', 'OptimizedWrites': 'optimized',
        'PayType': 'Postpaid', 'Period': 'Month', 'Port': '3306', 'PrivateIpAddress': '172.16.201.69',
        'PromotionCode': 'youhuiquan_promotion_option_id_for_blank', 'RegionId': 'cn-hangzhou',
        'ResourceGroupId': 'rg-acfmy', 'ResourceOwnerId': 1234567890123456, 'RoleARN': 'acs:ram::1406****:role/aliyunrdsinstanceencryptiondefaultrole',
        'SecurityIPList': '127.0.0.1,10.0.0.0/8', 'ServerlessConfig': {
            'AutoPause': True, 'MaxCapacity': '8', 'MinCapacity': '0.5', 'SwitchForce': False},
        'StorageAutoScale': 'Enable', 'StorageThreshold': 50, 'StorageUpperBound': 2000,
        'SystemDBCharset': 'Chinese_PRC_CI_AS', 'Tag': TAGS, 'TargetDedicatedHostIdForLog': 'dh-log',
        'TargetDedicatedHostIdForMaster': 'dh-master', 'TargetDedicatedHostIdForSlave': 'dh-slave',
        'TargetMinorVersion': 'rds_20200229', 'UsedTime': '2', 'UserBackupId': '5A7B', 'VPCId': 'vpc-1',
        'VSwitchId': 'vsw-1,vsw-2', 'WhitelistTemplateList': 'tpl 1', 'ZoneId': 'cn-hangzhou-b',
        'ZoneIdSlave1': 'cn-hangzhou-c', 'ZoneIdSlave2': 'cn-hangzhou-d'}),
    ('modify_security_ips', 'ModifySecurityIps', {
        'DBInstanceIPArrayAttribute': 'hidden', 'DBInstanceIPArrayName': 'default', 'DBInstanceId': 'rm-uf6wjk5xxxxxxx',
        'FreshWhiteListReadins': 'rr-1,rr-2', 'ModifyMode': 'Cover', 'ResourceOwnerId': 1,
        'SecurityIPType': 'IPv4', 'SecurityIps': '192.168.1.0/24,10.0.0.1', 'WhitelistNetworkType': 'MIX'}),
    ('describe_db_instances', 'DescribeDBInstances', {
        'Category': 'Basic', 'ClientToken': 'tok', 'ConnectionMode': 'Safe', 'ConnectionString': 'rm-1.mysql.rds.aliyuncs.com',
        'DBInstanceClass': 'rds.mys2.small', 'DBInstanceId': 'rm-1,rm-2', 'DBInstanceStatus': 'Running',
        'DBInstanceType': 'Primary', 'DedicatedHostGroupId': 'dhg-1', 'DedicatedHostId': 'dh-1', 'Engine': 'MySQL',
        'EngineVersion': '5.7', 'Expired': 'False', 'Filter': 'f', 'InstanceLevel': 1, 'InstanceNetworkType': 'VPC',
        'MaxResults': 100, 'NextToken': 'o7PORW5o2TJg', 'OwnerAccount': 'owner@example', 'OwnerId': 9007199254740993,
        'PageNumber': 21474836, 'PageSize': 1, 'PayType': 'Prepaid', 'QueryAutoRenewal': False,
        'RegionId': 'cn-hangzhou', 'ResourceGroupId': 'rg-1', 'ResourceOwnerAccount': 'ro',
        'ResourceOwnerId': -1, 'SearchKey': 'rm-uf6', 'Tags': '{"key1":"value1"}', 'VSwitchId': 'vsw-1',
        'VpcId': 'vpc-1', 'ZoneId': 'cn-hangzhou-a', 'proxyId': 'p-1'}),
    # DBNode: shrink json, a list of objects with lower-case members.
    ('create_db_nodes', 'CreateDBNodes', {
        'ClientToken': 'tok', 'DBInstanceId': 'rm-uf6wjk5xxxxxxx', 'DBNode': [
            {'classCode': 'mysql.n2.medium.c', 'vswitchId': 'vsw-1', 'zoneId': 'cn-hangzhou-h'},
            {'classCode': 'mysql.n2.medium.c', 'zoneId': 'cn-hangzhou-"i"'}],
        'OwnerAccount': 'o', 'OwnerId': 2, 'ResourceGroupId': 'rg-2', 'ResourceOwnerAccount': 'ra',
        'ResourceOwnerId': 3}),
    # Tag: repeatList with lower-case members key/value; proxyId lower case.
    ('add_tags_to_resource', 'AddTagsToResource', {
        'Tag': [{'key': 'env', 'value': 'prod'}, {'key': 'team', 'value': 'db ops/中文'}],
        'ClientToken': 'tok', 'DBInstanceId': 'rm-uf6wjk5xxxxxxx', 'OwnerAccount': 'o', 'OwnerId': 4,
        'RegionId': 'cn-hangzhou', 'ResourceGroupId': 'rg', 'ResourceOwnerAccount': 'ra', 'ResourceOwnerId': 5,
        'Tags': '{"k":"v"}', 'proxyId': 'p-1'}),
    # InstanceType: shrink='simple', a list of strings joined by ','.
    ('describe_rc_instance_types', 'DescribeRCInstanceTypes', {
        'CommodityCode': 'rds_rordspre_public_cn', 'Engine': 'mysql',
        'InstanceType': ['mysql.x2.large.6cm', 'mysql x4', 'ü'], 'InstanceTypeFamily': 'x86',
        'RegionId': 'cn-beijing'}),
    # Parameters: map[string]string in json style; DBNodes a json list of objects.
    ('modify_db_instance', 'ModifyDBInstance', {
        'AutoUseCoupon': True, 'BurstingEnabled': False, 'Category': 'cluster', 'ColdDataEnabled': True,
        'DBInstanceClass': 'mysql.n2.medium.xc', 'DBInstanceId': 'rm-1', 'DBInstanceStorage': 5,
        'DBInstanceStorageType': 'cloud_essd', 'DBNodes': [
            {'NodeId': 'rn-1', 'Role': 'master', 'VSwitchId': 'vsw-1', 'ZoneId': 'cn-hangzhou-h'},
            {'Role': 'slave'}],
        'Direction': 'Up', 'EffectiveTime': 'Immediate', 'IoAccelerationEnabled': '0', 'OwnerAccount': 'o',
        'OwnerId': 6, 'ParameterGroupId': 'rpg-1',
        'Parameters': {'back_log': '3000', 'innodb_buffer_pool_size': '{DBInstanceClassMemory*3/4}', 'sql_mode': ''},
        'PromotionCode': 'pc', 'ResourceGroupId': 'rg', 'ResourceOwnerAccount': 'ra', 'ResourceOwnerId': 7,
        'SwitchTime': '2024-01-01T00:00:00Z', 'TargetMinorVersion': 'rds_20240101'}),
    # Memory: the spec's float, a JavaScript number in the SDK (a double in rdscodec):
    # 0.1 goes out as its shortest text, 0.1.
    ('describe_rc_available_resource', 'DescribeRCAvailableResource', {
        'Cores': 4, 'DataDiskCategory': 'cloud_essd', 'DedicatedHostId': 'dh-1', 'DestinationResource': 'Zone',
        'InstanceChargeType': 'PostPaid', 'InstanceType': 'mysql.x2.large.6cm', 'IoOptimized': 'optimized',
        'Memory': '0.1', 'NetworkCategory': 'vpc', 'RegionId': 'cn-beijing', 'ResourceType': 'instance',
        'Scope': 'instance', 'SpotDuration': 0, 'SpotStrategy': 'NoSpot', 'SystemDiskCategory': 'cloud_essd',
        'ZoneId': 'cn-beijing-h'}),
    # Body fields: all five in the form body (their spec order is also byte order).
    ('query_notify', 'QueryNotify', {
        'From': '2022-05-02T08:38:37Z', 'PageNumber': 1, 'PageSize': 100, 'To': '2022-05-09T08:38:37Z',
        'WithConfirmed': False}),
    # Both fields in the body, one shrunk to JSON (a list of longs).
    ('confirm_notify', 'ConfirmNotify', {'Confirmor': 123456, 'NotifyIdList': [1, 9007199254740993]}),
    # A GET operation with a repeatList and two longs.
    ('describe_rc_disks', 'DescribeRCDisks', {
        'DiskIds': '["d-1","d-2"]', 'DiskType': 'data', 'InstanceId': 'rc-1', 'PageNumber': 3, 'PageSize': 100,
        'RegionId': 'cn-beijing', 'Status': 'In_use', 'Tag': TAGS}),
    # any in a map (Parameters: map[string]any, json), json lists of strings and objects.
    ('run_rc_command', 'RunRCCommand', {
        'ClientToken': 'tok', 'CommandContent': 'echo {{name}}', 'ContainerId': 'c-1', 'ContainerName': 'cn',
        'ContentEncoding': 'PlainText', 'Description': 'd', 'EnableParameter': True, 'Frequency': 'rate(5m)',
        'InstanceIds': ['rc-1', 'rc-2'], 'KeepCommand': False, 'Launcher': 'l', 'Name': 'n',
        'Parameters': {'count': Raw('3'), 'list': Raw('[1,"a",null]'), 'name': Raw('{"x": true}')},
        'RegionId': 'cn-hangzhou', 'RepeatMode': 'Once', 'ResourceGroupId': 'rg',
        'ResourceTags': [{'Key': 'a', 'Value': 'b'}], 'Tags': [{'Key': 'k'}], 'TerminationMode': 'ProcessTree',
        'Timeout': 60, 'Type': 'RunShellScript', 'Username': 'root', 'WindowsPasswordName': 'w',
        'WorkingDir': '/home/'}),
]


def main():
    ir = json.loads(subprocess.run(['node', os.path.join(ROOT, 'tools', 'codegen', 'read_spec.js')],
                                   check=True, stdout=subprocess.PIPE).stdout)
    ops = {o['name']: o for o in ir['operations'] if not o.get('retired')}
    out = []
    for case_id, action, values in CASES:
        op = ops[action]
        query, body = parameters(op, values)
        method = op['method']
        e = {'method': method}
        e.update(sign_v2(method, action, query, body))
        e.update(sign_v3(method, action, query, body))
        out.append({'id': case_id, 'action': action,
                    'source': 'tests/data/derived/generated_full.py (independent Python signer)',
                    'expected': e})
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'generated_full.json')
    with open(path, 'w', encoding='utf-8') as f:
        json.dump(out, f, indent=1, ensure_ascii=False)
        f.write('\n')


if __name__ == '__main__':
    main()
