#!/usr/bin/env python3
# Expected values for tests/unit/test_sign_v2.cpp ("derived" cases), computed
# by an independent signer that shares no code with rdscodec: Python's
# urllib.parse.quote (RFC 3986, safe="~"), sorted(), hmac and base64.
# Run: python3 tests/data/derived/v2_cancel_import.py
# Independent V2 signer (Python stdlib only), written from DESIGN §2.
import hmac, hashlib, base64, urllib.parse
def enc(s): return urllib.parse.quote(s, safe='~')   # RFC 3986 unreserved kept; UTF-8; upper-case hex
def sign(method, params, secret):
    cq = '&'.join(enc(k) + '=' + enc(v) for k, v in sorted(params.items(), key=lambda kv: kv[0].encode()))
    sts = method + '&%2F&' + enc(cq)
    return cq, sts, base64.b64encode(hmac.new((secret + '&').encode(), sts.encode(), hashlib.sha1).digest()).decode()
common = {'AccessKeyId': 'testid', 'Action': 'CancelImport', 'Format': 'JSON', 'SignatureMethod': 'HMAC-SHA1',
          'SignatureNonce': 'edb2b34af0af9a6d14deaf7c1a5315eb', 'SignatureVersion': '1.0',
          'Timestamp': '2023-03-13T08:34:30Z', 'Version': '2014-08-15'}
op = {'DBInstanceId': 'rm-uf6wjk5xxxxxxx', 'ImportId': '8562584'}
for name, method, extra in [
    ('post', 'POST', {}), ('get', 'GET', {}),
    ('sts', 'POST', {'SecurityToken': 'CAIS/token+with=reserved'}),
    ('unicode', 'POST', {'OwnerAccount': '中文 a+b*~/=&', 'ResourceGroupId': ''}),
    ('xml', 'POST', {'Format': 'XML'}),
]:
    p = dict(common); p.update(op); p.update(extra)
    cq, sts, sig = sign(method, p, 'testsecret')
    print(name, sig); print('  cq ', cq); print('  sts', sts)
