#!/usr/bin/env python3
# Expected output of examples/list_tag_resources.cpp, computed without rdscodec:
# - the request: ListTagResources with RegionId, ResourceType, ResourceId as a
#   repeat list (ResourceId.1, ResourceId.2) and Tag as a repeat list of
#   objects (Tag.1.Key, Tag.1.Value): OpenApiUtil's flattening rule as the
#   darabonba-openapi-util tests state it (prefix.N for list items, counted
#   from 1; prefix.N.Member for object members); signed with V3
#   (ACS3-HMAC-SHA256) as the V3 documentation describes, with hashlib/hmac;
#   the host is the spec's endpoint for cn-hangzhou (main.dara line 28, endpointMap:
#   cn-hangzhou -> rds.aliyuncs.com);
# - the decoded responses: the operation's two example responses in
#   spec/rds-20140815/api-docs.json, read with json and xml.etree.
# Run: python3 tests/data/derived/list_tag_resources_example.py > tests/data/derived/list_tag_resources_example.txt
import hashlib, hmac, json, os, urllib.parse
import xml.etree.ElementTree as ET

def enc(s): return urllib.parse.quote(s, safe='~')

here = os.path.dirname(os.path.abspath(__file__))
spec = os.path.join(here, '..', '..', '..', 'spec', 'rds-20140815', 'api-docs.json')

host = 'rds.aliyuncs.com'
date, nonce = '2026-12-01T12:00:00Z', '3a1f0c5e9b7d4e2f8a6c1b0d9e8f7a6b'
query = {'RegionId': 'cn-hangzhou', 'ResourceType': 'INSTANCE'}
for i, rid in enumerate(['rm-uf6wjk5xxxxxxx', 'rm-bp1xxxxxxxxxxxx'], 1):
    query['ResourceId.%d' % i] = rid
for i, (k, v) in enumerate([('env', 'prod')], 1):
    query['Tag.%d.Key' % i] = k
    query['Tag.%d.Value' % i] = v
cq = '&'.join(enc(k) + '=' + enc(v) for k, v in sorted(query.items(), key=lambda kv: kv[0].encode()))
payload = hashlib.sha256(b'').hexdigest()
headers = [('host', host), ('x-acs-action', 'ListTagResources'), ('x-acs-content-sha256', payload),
           ('x-acs-date', date), ('x-acs-signature-nonce', nonce), ('x-acs-version', '2014-08-15')]
names = ';'.join(n for n, _ in headers)
cr = '\n'.join(['POST', '/', cq, ''.join('%s:%s\n' % h for h in headers), names, payload])
sts = 'ACS3-HMAC-SHA256\n' + hashlib.sha256(cr.encode()).hexdigest()
sig = hmac.new(b'testsecret', sts.encode(), hashlib.sha256).hexdigest()

print('POST https://%s/?%s' % (host, cq))
for n, v in headers:
    print('  %s: %s' % (n, v))
print('  Authorization: ACS3-HMAC-SHA256 Credential=testid,SignedHeaders=%s,Signature=%s' % (names, sig))

api = json.load(open(spec, encoding='utf-8'))['apis']['ListTagResources']
demos = {d['type']: d['example'] for d in json.loads(api['responseDemo'])}
j = json.loads(demos['json'])
print('JSON example: RequestId=%s' % j['RequestId'])
for t in j['TagResources']['TagResource']:
    print('  %s %s=%s' % (t['ResourceId'], t['TagKey'], t['TagValue']))
x = ET.fromstring(demos['xml'])
print('XML example: RequestId=%s' % x.findtext('RequestId'))
for t in x.find('TagResources').findall('TagResource'):
    print('  %s %s=%s' % (t.findtext('ResourceId'), t.findtext('TagKey'), t.findtext('TagValue')))
