#!/usr/bin/env python3
# Signed requests for tests/unit/test_server.cpp ("independent signer" case):
# each one is what a client other than rdscodec would put on the wire, and
# verify_request must accept it, and refuse it with any one character of its
# signature changed. Written from DESIGN §2 and the V2/V3 documentation with
# the Python standard library only (urllib's RFC 3986 quote with safe="~",
# sorted(), hmac, hashlib, base64) and an SM3 written below from GB/T
# 32905-2016; nothing here reads rdscodec's output.
#
# Keys (also written into the JSON): testid / testsecret, and the STS key
# stsid / stssecret with token "CAIS/token+with=reserved". Every request is
# signed at 2023-03-13T08:34:30Z, the "now" the test verifies at.
# Run: python3 tests/data/derived/server_requests.py  (writes server_requests.json)
import base64, hashlib, hmac, json, struct, urllib.parse

KEYS = {'testid': ('testsecret', ''), 'stsid': ('stssecret', 'CAIS/token+with=reserved')}
NOW = '2023-03-13T08:34:30Z'


def enc(s):
    return urllib.parse.quote(s, safe='~')  # RFC 3986 unreserved kept; UTF-8; upper-case hex


# ---- SM3 (GB/T 32905-2016 §5), for ACS3-HMAC-SM3 ----
def _rotl(x, n):
    n %= 32
    return ((x << n) | (x >> (32 - n))) & 0xFFFFFFFF


def sm3(data):
    v = [0x7380166F, 0x4914B2B9, 0x172442D7, 0xDA8A0600, 0xA96F30BC, 0x163138AA, 0xE38DEE4D, 0xB0FB0E4E]
    m = data + b'\x80' + b'\x00' * ((55 - len(data)) % 64) + struct.pack('>Q', len(data) * 8)
    for off in range(0, len(m), 64):
        w = list(struct.unpack('>16I', m[off:off + 64]))
        for j in range(16, 68):
            x = w[j - 16] ^ w[j - 9] ^ _rotl(w[j - 3], 15)
            w.append((x ^ _rotl(x, 15) ^ _rotl(x, 23)) ^ _rotl(w[j - 13], 7) ^ w[j - 6])
        w1 = [w[j] ^ w[j + 4] for j in range(64)]
        a, b, c, d, e, f, g, h = v
        for j in range(64):
            t = 0x79CC4519 if j < 16 else 0x7A879D8A
            ss1 = _rotl((_rotl(a, 12) + e + _rotl(t, j)) & 0xFFFFFFFF, 7)
            ss2 = ss1 ^ _rotl(a, 12)
            ff = (a ^ b ^ c) if j < 16 else ((a & b) | (a & c) | (b & c))
            gg = (e ^ f ^ g) if j < 16 else ((e & f) | (~e & g))
            tt1 = (ff + d + ss2 + w1[j]) & 0xFFFFFFFF
            tt2 = (gg + h + ss1 + w[j]) & 0xFFFFFFFF
            d, c, b, a = c, _rotl(b, 9), a, tt1
            h, g, f = g, _rotl(f, 19), e
            e = tt2 ^ _rotl(tt2, 9) ^ _rotl(tt2, 17)
        v = [x ^ y for x, y in zip(v, [a, b, c, d, e, f, g, h])]
    return struct.pack('>8I', *v)


# The standard's two examples (Appendix A).
assert sm3(b'abc').hex() == '66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0'
assert sm3(b'abcd' * 16).hex() == 'debe9ff92275b8a138604889c18e5a4d6fdb70e5387e5765293dcba39c0c5732'


def hmac_sm3(key, msg):  # RFC 2104 with SM3 (64-byte blocks)
    key = sm3(key) if len(key) > 64 else key
    key = key.ljust(64, b'\x00')
    return sm3(bytes(k ^ 0x5C for k in key) + sm3(bytes(k ^ 0x36 for k in key) + msg))


# ---- V2: HMAC-SHA1 over METHOD&%2F&enc(canonical query) ----
def v2(case_id, method, key_id, op, placement='query', fmt='JSON', plus_spaces=False):
    secret, token = KEYS[key_id]
    common = {'AccessKeyId': key_id, 'Action': op[0], 'Format': fmt, 'SignatureMethod': 'HMAC-SHA1',
              'SignatureNonce': case_id, 'SignatureVersion': '1.0', 'Timestamp': NOW, 'Version': op[1]}
    if token:
        common['SecurityToken'] = token
    params = dict(common, **op[2])
    cq = '&'.join(enc(k) + '=' + enc(v) for k, v in sorted(params.items(), key=lambda kv: kv[0].encode()))
    sts = method + '&%2F&' + enc(cq)
    sig = base64.b64encode(hmac.new((secret + '&').encode(), sts.encode(), hashlib.sha1).digest()).decode()
    params['Signature'] = sig

    def wire(names):  # as a form encoder sends it; '+' for spaces when asked
        out = []
        for k in names:
            v = enc(params[k])
            out.append(enc(k) + '=' + (v.replace('%20', '+') if plus_spaces else v))
        return '&'.join(out)
    # 'query': all in the query; 'split': common ones and Signature in the
    # query, the operation's in a form body; 'body': all in the body.
    in_query = {'query': lambda k: True, 'body': lambda k: False,
                'split': lambda k: k in common or k == 'Signature'}[placement]
    query_names = [k for k in params if in_query(k)]
    body_names = [k for k in params if not in_query(k)]
    headers = [['Host', 'rds.aliyuncs.com'], ['User-Agent', 'independent-python-signer']]
    if body_names:
        headers.append(['Content-Type', 'application/x-www-form-urlencoded; charset=UTF-8'])
    return {'id': case_id, 'signature_version': 2, 'method': method, 'path': '/', 'query': wire(query_names),
            'headers': headers, 'body': wire(body_names), 'access_key_id': key_id, 'action': op[0],
            'version': op[1], 'parameters': op[2], 'signature': sig,
            'signature_on_wire': 'Signature=' + enc(sig)}


# ---- V3: ACS3-HMAC-SHA256 / ACS3-HMAC-SM3 over the canonical request ----
def v3(case_id, method, key_id, op, form=False, alg='ACS3-HMAC-SHA256', payload_header='x-acs-content-sha256',
       wire_names=None, pad=None):
    secret, token = KEYS[key_id]
    h = (lambda b: sm3(b).hex()) if alg == 'ACS3-HMAC-SM3' else (lambda b: hashlib.sha256(b).hexdigest())
    items = sorted(op[2].items(), key=lambda kv: kv[0].encode())
    encoded = '&'.join(enc(k) + '=' + enc(v) for k, v in items)
    query, body = ('', encoded.encode()) if form else (encoded, b'')
    headers = {'host': 'rds.aliyuncs.com', 'x-acs-action': op[0], 'x-acs-version': op[1], 'x-acs-date': NOW,
               'x-acs-signature-nonce': case_id, payload_header: h(body)}
    if token:
        headers['x-acs-security-token'] = token
    if form:
        headers['content-type'] = 'application/x-www-form-urlencoded'
    names = sorted(headers)
    cr = '\n'.join([method, '/', query, ''.join(n + ':' + headers[n].strip() + '\n' for n in names),
                    ';'.join(names), headers[payload_header]])
    sts = alg + '\n' + h(cr.encode())
    if alg == 'ACS3-HMAC-SM3':
        sig = hmac_sm3(secret.encode(), sts.encode()).hex()
    else:
        sig = hmac.new(secret.encode(), sts.encode(), hashlib.sha256).hexdigest()
    auth = '%s Credential=%s,SignedHeaders=%s,Signature=%s' % (alg, key_id, ';'.join(names), sig)
    # On the wire: names in any case, values with optional whitespace around
    # them (canonicalisation lower-cases and trims), plus headers not signed.
    wire_names = wire_names or {}
    pad = pad or {}
    sent = [[wire_names.get(n, n), pad.get(n, '%s') % headers[n]] for n in names]
    sent += [['Authorization', auth], ['User-Agent', 'independent-python-signer'], ['Accept', 'application/json']]
    return {'id': case_id, 'signature_version': 3, 'method': method, 'path': '/', 'query': query, 'headers': sent,
            'body': body.decode(), 'access_key_id': key_id, 'action': op[0], 'version': op[1],
            'parameters': op[2], 'signature': sig, 'signature_on_wire': 'Signature=' + sig}


cancel = ('CancelImport', '2014-08-15', {'DBInstanceId': 'rm-uf6wjk5xxxxxxx', 'ImportId': '8562584'})
unicode_cancel = ('CancelImport', '2014-08-15', dict(cancel[2], OwnerAccount='中文 a+b*~/=&'))
start_import = ('ImportDatabaseBetweenInstances', '2014-08-15',
                {'DBInfo': '{"DBNames":{"srcdb":"destdb"}}', 'DBInstanceId': 'rm-uf6wjk5xxxxxxx',
                 'SourceDBInstanceId': 'rm-g4a1jk8xxxxxxx'})

cases = [
    v2('v2-get', 'GET', 'testid', cancel),
    v2('v2-post-xml', 'POST', 'testid', cancel, fmt='XML'),
    v2('v2-unicode', 'POST', 'testid', unicode_cancel),
    v2('v2-sts', 'POST', 'stsid', cancel),
    # Common parameters and the signature in the query, the operation's in a form body ('+' for spaces).
    v2('v2-form', 'POST', 'testid', unicode_cancel, placement='split', plus_spaces=True),
    # Everything, the signature included, in the body.
    v2('v2-form-all-in-body', 'POST', 'stsid', start_import, placement='body'),
    v3('v3-post', 'POST', 'testid', cancel),
    v3('v3-get', 'GET', 'testid', cancel),
    v3('v3-unicode', 'POST', 'testid', unicode_cancel),
    v3('v3-form', 'POST', 'testid', start_import, form=True),
    v3('v3-sts', 'POST', 'stsid', cancel),
    v3('v3-sts-form', 'POST', 'stsid', unicode_cancel, form=True),
    v3('v3-sm3', 'POST', 'testid', cancel, alg='ACS3-HMAC-SM3'),
    v3('v3-sm3-content-sm3', 'POST', 'stsid', start_import, form=True, alg='ACS3-HMAC-SM3',
       payload_header='x-acs-content-sm3'),
    v3('v3-header-case-and-spaces', 'POST', 'testid', cancel,
       wire_names={'host': 'Host', 'x-acs-action': 'X-Acs-Action', 'x-acs-date': 'X-ACS-DATE'},
       pad={'x-acs-action': ' %s', 'x-acs-version': '%s\t', 'x-acs-signature-nonce': ' \t%s '}),
]
out = {'source': 'tests/data/derived/server_requests.py (independent Python signer, stdlib only)',
       'now': NOW,
       'keys': [{'access_key_id': k, 'secret': s, 'security_token': t} for k, (s, t) in KEYS.items()],
       'cases': cases}
with open(__file__.replace('.py', '.json'), 'w', encoding='utf-8') as f:
    json.dump(out, f, indent=1, ensure_ascii=False)
    f.write('\n')
