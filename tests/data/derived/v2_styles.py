#!/usr/bin/env python3
# Expected values for tests/unit/test_styles.cpp ("signed V2" cases), computed
# by an independent signer that shares no code with rdscodec: the flattened
# and shrunk parameters are written out by hand below from the SDK rules
# (repeatList: Name.N.Member; json: JSON.stringify, i.e. json.dumps with
# separators=(',', ':') and ensure_ascii=False, members in declaration
# order; simple: ','.join), then signed with Python's urllib.parse.quote
# (RFC 3986, safe="~"), sorted() on the UTF-8 bytes of the names, hmac and
# base64.
# Run: python3 tests/data/derived/v2_styles.py
import base64, hashlib, hmac, json, urllib.parse

def enc(s): return urllib.parse.quote(s, safe='~')
def sign(method, params, secret):
    cq = '&'.join(enc(k) + '=' + enc(v) for k, v in sorted(params.items(), key=lambda kv: kv[0].encode()))
    sts = method + '&%2F&' + enc(cq)
    return cq, base64.b64encode(hmac.new((secret + '&').encode(), sts.encode(), hashlib.sha1).digest()).decode()
def js(v): return json.dumps(v, separators=(',', ':'), ensure_ascii=False)

common = {'AccessKeyId': 'testid', 'Format': 'JSON', 'SignatureMethod': 'HMAC-SHA1',
          'SignatureNonce': 'edb2b34af0af9a6d14deaf7c1a5315eb', 'SignatureVersion': '1.0',
          'Timestamp': '2023-03-13T08:34:30Z', 'Version': '2014-08-15'}
cases = [
    # AddTagsToResource: Tag is a repeatList of objects with lower-case wire names.
    ('add_tags', 'AddTagsToResource', {
        'DBInstanceId': 'rm-uf6wjk5xxxxxxx', 'RegionId': 'cn-hangzhou',
        'Tag.1.key': 'env', 'Tag.1.value': 'prod',
        'Tag.2.key': 'team', 'Tag.2.value': 'db ops/中文',
        'proxyId': 'p-1'}),
    # A shrink-json map, a shrink-json object with doubles, a simple list.
    ('shrink', 'ShrinkProbe', {
        'DBInstanceId': 'rm-uf6wjk5xxxxxxx', 'RegionId': 'cn-hangzhou',
        'InstanceIds': ','.join(['rc-1', 'rc-2']),
        'Parameters': js({'max_connections': '100', 'sql_mode': 'STRICT "A"'}),
        'ServerlessConfig': js({'AutoPause': True, 'MaxCapacity': 8, 'MinCapacity': 0.5})}),
    # ConfirmNotify: both fields in the form body (signed like query fields).
    ('confirm_notify', 'ConfirmNotify', {
        'Confirmor': '123456', 'NotifyIdList': js([1, 2])}),
]
for name, action, op in cases:
    p = dict(common); p['Action'] = action; p.update(op)
    cq, sig = sign('POST', p, 'testsecret')
    print(name, sig); print('  cq ', cq)
