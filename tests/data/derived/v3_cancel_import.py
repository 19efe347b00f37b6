#!/usr/bin/env python3
# Expected values for tests/unit/test_sign_v3.cpp ("derived" cases), computed
# by an independent V3 signer that shares no code with rdscodec, written from
# DESIGN §2 / the V3 documentation: urllib's RFC 3986 quote (safe="~"),
# sorted(), hashlib (SHA-256, SM3) and hmac.
# Run: python3 tests/data/derived/v3_cancel_import.py  (writes v3_cancel_import.json)
import hashlib, hmac, json, urllib.parse

def enc(s): return urllib.parse.quote(s, safe='~')

def sign(alg, method, host, action, version, query, body=b'', content_type=None, token=None,
         key_id='testid', secret='testsecret', date='2023-10-26T10:22:32Z',
         nonce='3156853299f313e23d1673dc12e1703d', payload_header='x-acs-content-sha256'):
    h = (lambda b: hashlib.new('sm3', b).hexdigest()) if alg == 'ACS3-HMAC-SM3' else (lambda b: hashlib.sha256(b).hexdigest())
    payload = h(body)
    headers = {'host': host, 'x-acs-action': action, 'x-acs-version': version, 'x-acs-date': date,
               'x-acs-signature-nonce': nonce, payload_header: payload}
    if token: headers['x-acs-security-token'] = token
    if content_type: headers['content-type'] = content_type
    names = sorted(headers)
    cq = '&'.join(enc(k) + '=' + enc(v) for k, v in sorted(query.items(), key=lambda kv: kv[0].encode()))
    cr = '\n'.join([method, '/', cq, ''.join(n + ':' + headers[n].strip() + '\n' for n in names), ';'.join(names), payload])
    sts = alg + '\n' + h(cr.encode())
    digest = 'sm3' if alg == 'ACS3-HMAC-SM3' else 'sha256'
    sig = hmac.new(secret.encode(), sts.encode(), digest).hexdigest()
    auth = '%s Credential=%s,SignedHeaders=%s,Signature=%s' % (alg, key_id, ';'.join(names), sig)
    return cr, sts, sig, auth

ci = {'DBInstanceId': 'rm-uf6wjk5xxxxxxx', 'ImportId': '8562584'}
A = ('rds.aliyuncs.com', 'CancelImport', '2014-08-15')
cases = [
    ('post', sign('ACS3-HMAC-SHA256', 'POST', *A, ci)),
    ('get', sign('ACS3-HMAC-SHA256', 'GET', *A, ci)),
    ('sts', sign('ACS3-HMAC-SHA256', 'POST', *A, ci, token='CAIS/token+with=reserved')),
    ('unicode', sign('ACS3-HMAC-SHA256', 'POST', *A, dict(ci, OwnerAccount='中文 a+b*~/=&', ResourceGroupId=''))),
    ('form', sign('ACS3-HMAC-SHA256', 'POST', *A, {}, body=b'DBInstanceId=rm-uf6wjk5xxxxxxx&ImportId=8562584',
                  content_type='application/x-www-form-urlencoded')),
    ('sm3', sign('ACS3-HMAC-SM3', 'POST', *A, ci)),
    ('sm3_content_sm3', sign('ACS3-HMAC-SM3', 'POST', *A, ci, payload_header='x-acs-content-sm3')),
    ('json', sign('ACS3-HMAC-SHA256', 'POST', 'ecs.cn-shanghai.aliyuncs.com', 'RunInstances', '2014-05-26',
                  {'RegionId': 'cn-shanghai'}, body=b'{"Tag":[{"Key":"k","Value":"v"}]}',
                  content_type='application/json')),
]
out = []
for name, (cr, sts, sig, auth) in cases:
    out.append({'id': name, 'source': 'tests/data/derived/v3_cancel_import.py (independent Python signer)',
                'expected': {'canonical_request': cr, 'string_to_sign': sts, 'signature': sig, 'authorization': auth}})
with open(__file__.replace('.py', '.json'), 'w', encoding='utf-8') as f:
    json.dump(out, f, indent=1, ensure_ascii=False)
    f.write('\n')
