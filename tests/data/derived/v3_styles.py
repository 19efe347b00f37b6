#!/usr/bin/env python3
# Expected values for tests/unit/test_styles.cpp ("signed V3" cases), computed
# by an independent V3 signer that shares no code with rdscodec (urllib's
# RFC 3986 quote with safe="~", sorted() on the UTF-8 bytes of the names,
# hashlib, hmac). The flattened and shrunk parameters are written out by
# hand from the SDK rules, as in v2_styles.py.
# Run: python3 tests/data/derived/v3_styles.py
import hashlib, hmac, json, urllib.parse

def enc(s): return urllib.parse.quote(s, safe='~')
def form(params): return '&'.join(enc(k) + '=' + enc(v) for k, v in sorted(params.items(), key=lambda kv: kv[0].encode()))
def sign(action, query, body=b'', content_type=None, host='rds.aliyuncs.com', date='2023-03-13T08:34:30Z',
         nonce='edb2b34af0af9a6d14deaf7c1a5315eb'):
    headers = {'host': host, 'x-acs-action': action, 'x-acs-version': '2014-08-15', 'x-acs-date': date,
               'x-acs-signature-nonce': nonce, 'x-acs-content-sha256': hashlib.sha256(body).hexdigest()}
    if content_type: headers['content-type'] = content_type
    names = sorted(headers)
    cr = '\n'.join(['POST', '/', form(query), ''.join(n + ':' + headers[n] + '\n' for n in names), ';'.join(names),
                    headers['x-acs-content-sha256']])
    sts = 'ACS3-HMAC-SHA256\n' + hashlib.sha256(cr.encode()).hexdigest()
    return hmac.new(b'testsecret', sts.encode(), hashlib.sha256).hexdigest()

print('add_tags', sign('AddTagsToResource', {
    'DBInstanceId': 'rm-uf6wjk5xxxxxxx', 'RegionId': 'cn-hangzhou',
    'Tag.1.key': 'env', 'Tag.1.value': 'prod', 'Tag.2.key': 'team', 'Tag.2.value': 'db ops/中文',
    'proxyId': 'p-1'}))
body = form({'Confirmor': '123456', 'NotifyIdList': json.dumps([1, 2], separators=(',', ':'))}).encode()
print('confirm_notify', sign('ConfirmNotify', {}, body=body, content_type='application/x-www-form-urlencoded'))
