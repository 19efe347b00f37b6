'use strict';
// Alibaba Cloud's two RPC signatures, written here from the documentation with node's crypto
// only (no SDK code), to check what the harness captures:
//
// - V2 ("RPC mechanism", HMAC-SHA1): the parameters (common ones, the operation's, and those of
//   a form body), each name and value percent-encoded, sorted by encoded name, joined name=value
//   with '&'; string to sign = METHOD + "&%2F&" + percentEncode(that); signature =
//   base64(HMAC-SHA1(secret + "&", string to sign)).
// - V3 ("V3 request structure and signature", ACS3-HMAC-SHA256): canonical request =
//   METHOD \n URI \n canonical query \n canonical headers \n signed headers \n hex(SHA-256(body));
//   string to sign = "ACS3-HMAC-SHA256\n" + hex(SHA-256(canonical request)); signature =
//   hex(HMAC-SHA256(secret, string to sign)).
//
// Percent-encoding in both: every UTF-8 byte outside the RFC 3986 unreserved set
// A-Z a-z 0-9 - _ . ~ becomes %XX with upper-case hex.

const crypto = require('crypto');

function percentEncode(s) {
  let out = '';
  for (const b of Buffer.from(String(s), 'utf8')) {
    const c = String.fromCharCode(b);
    if (/[A-Za-z0-9\-_.~]/.test(c)) out += c;
    else out += `%${b.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

function byteCompare(a, b) {
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}

// pairs: [[name, value]...] decoded
function v2CanonicalQuery(pairs) {
  return pairs
    .map(([k, v]) => [percentEncode(k), percentEncode(v)])
    .sort((x, y) => byteCompare(x[0], y[0]))
    .map(([k, v]) => `${k}=${v}`)
    .join('&');
}

function v2StringToSign(method, pairs) {
  return `${method}&${percentEncode('/')}&${percentEncode(v2CanonicalQuery(pairs))}`;
}

function v2Signature(method, pairs, secret) {
  return crypto.createHmac('sha1', `${secret}&`).update(v2StringToSign(method, pairs), 'utf8').digest('base64');
}

// headers: {name: value}; signedHeaders: the lower-case names, sorted
function v3CanonicalRequest(method, uri, queryPairs, headers, signedHeaders, body) {
  const query = queryPairs
    .map(([k, v]) => [percentEncode(k), percentEncode(v)])
    .sort((x, y) => byteCompare(x[0], y[0]))
    .map(([k, v]) => `${k}=${v}`)
    .join('&');
  const lower = {};
  for (const [k, v] of Object.entries(headers)) lower[k.toLowerCase()] = String(v).trim();
  const canonicalHeaders = signedHeaders.map((h) => `${h}:${lower[h]}\n`).join('');
  const payload = crypto.createHash('sha256').update(body || '', 'utf8').digest('hex');
  return `${method}\n${uri}\n${query}\n${canonicalHeaders}\n${signedHeaders.join(';')}\n${payload}`;
}

function v3Signature(canonicalRequest, secret) {
  const hashed = crypto.createHash('sha256').update(canonicalRequest, 'utf8').digest('hex');
  const stringToSign = `ACS3-HMAC-SHA256\n${hashed}`;
  return crypto.createHmac('sha256', secret).update(stringToSign, 'utf8').digest('hex');
}

// Decodes application/x-www-form-urlencoded text (also a URL query): '+' is a space.
function formPairs(text) {
  if (text === null || text === undefined || text === '') return [];
  return text.split('&').map((kv) => {
    const i = kv.indexOf('=');
    const dec = (s) => decodeURIComponent(s.replace(/\+/g, ' '));
    return i < 0 ? [dec(kv), ''] : [dec(kv.slice(0, i)), dec(kv.slice(i + 1))];
  });
}

module.exports = {
  percentEncode, v2CanonicalQuery, v2StringToSign, v2Signature, v3CanonicalRequest, v3Signature, formPairs,
};
