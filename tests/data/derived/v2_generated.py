#!/usr/bin/env python3
# Expected values for tests/unit/test_generated.cpp, computed by an independent
# signer that shares no code with rdscodec or its generator: the parameters are
# written out by hand below from the spec's wire names (spec/rds-20140815/main.dara)
# and the SDK encoding rules README.md documents (repeatList: Name.N.Member;
# shrink json: JSON.stringify, i.e. json.dumps with separators=(',', ':') and
# ensure_ascii=False, members in the spec's declaration order), then signed with
# Python's urllib.parse.quote (RFC 3986, safe="~"), sorted() on the UTF-8 bytes of
# the names, hmac and base64 (V2: METHOD&%2F&enc(canonical query), key secret + "&").
# Run: python3 tests/data/derived/v2_generated.py
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
    # AddTagsToResource: Tag is a repeatList of objects whose wire names are
    # lower case (key, value); proxyId is lower case too.
    ('add_tags_to_resource', 'POST', 'AddTagsToResource', {
        'ClientToken': 'ETnLKlblzczshOTUbOCz', 'DBInstanceId': 'rm-uf6wjk5xxxxxxx',
        'OwnerId': '1234567890123', 'RegionId': 'cn-hangzhou',
        'Tag.1.key': 'env', 'Tag.1.value': 'prod',
        'Tag.2.key': 'team', 'Tag.2.value': 'db ops/中文',
        'proxyId': 'p-1'}),
    # DescribeDBInstances: plain scalars only (int32, bool, strings).
    ('describe_db_instances', 'POST', 'DescribeDBInstances', {
        'DBInstanceStatus': 'Running', 'Engine': 'MySQL', 'PageNumber': '2', 'PageSize': '30',
        'QueryAutoRenewal': 'true', 'RegionId': 'cn-hangzhou',
        'Tags': js({'env': 'prod'})}),
    # CreateDBNodes: DBNode is shrink='json', a list of objects (classCode,
    # vswitchId, zoneId in spec order); the second item leaves vswitchId unset.
    ('create_db_nodes', 'POST', 'CreateDBNodes', {
        'DBInstanceId': 'rm-uf6wjk5xxxxxxx',
        'DBNode': js([{'classCode': 'mysql.n2.medium.c', 'vswitchId': 'vsw-1', 'zoneId': 'cn-hangzhou-h'},
                      {'classCode': 'mysql.n2.medium.c', 'zoneId': 'cn-hangzhou-i'}])}),
    # DescribeRCDisks: method GET, Tag a repeatList with Key/Value, a long.
    ('describe_rc_disks', 'GET', 'DescribeRCDisks', {
        'PageSize': '10', 'RegionId': 'cn-beijing',
        'Tag.1.Key': 'app', 'Tag.1.Value': 'web'}),
    # DescribeSQLCollectorRetention: RegionId is a Host field (not a parameter).
    ('describe_sql_collector_retention', 'POST', 'DescribeSQLCollectorRetention', {
        'DBInstanceId': 'rm-uf6wjk5xxxxxxx'}),
]
for name, method, action, op in cases:
    p = dict(common); p['Action'] = action; p.update(op)
    cq, sig = sign(method, p, 'testsecret')
    print(name, sig); print('  cq ', cq)
