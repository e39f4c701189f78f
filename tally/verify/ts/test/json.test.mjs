// The record's canonical form (docs/record.md, "Canonical form").

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { json, record } from '../dist/lib.mjs';

const enc = new TextEncoder();
const post = (s) => json.readLine(record.post, typeof s === 'string' ? enc.encode(s) : s, 'post');
const tx = '"0x' + 'ab'.repeat(32) + '"';

test('strings are escaped as Go does', () => {
  assert.equal(json.encString('a"b\\c'), '"a\\"b\\\\c"');
  assert.equal(json.encString('\b\f\n\r\t\x01\x1f'), '"\\b\\f\\n\\r\\t\\u0001\\u001f"');
  assert.equal(json.encString('\u2028\u2029'), '"\\u2028\\u2029"');
  assert.equal(json.encString('<&> é 😀 \x7f'), '"<&> é 😀 \x7f"');
});

test('a canonical line reads, any other spelling does not', () => {
  const ok = `{"trustee":1,"data":"AQI=","block":18446744073709551615,"tx":${tx}}`;
  assert.equal(post(ok).block, 18446744073709551615n);
  assert.equal(post(`{"trustee":-1,"data":null,"block":0,"tx":${tx}}`).data, null);
  for (const bad of [
    ok.replace('"trustee":1', '"trustee": 1'),
    ok.replace('"trustee":1', '"trustee":1.0'),
    ok.replace('"trustee":1', '"trustee":01'),
    ok.replace('18446744073709551615', '18446744073709551616'),
    ok.replace('"AQI="', '"AQI"'),
    ok.replace('"AQI="', '"AQJ="'), // padding bits not zero
    ok.replace('"data"', '"Data"'),
    ok.replace('"data":"AQI=",', ''),
    ok.replace('}', ',"x":1}'),
    ok.replace('"trustee":1', '"trustee":-0'),
    ok.replace(tx, tx.toUpperCase().replace('0X', '0x')),
  ]) {
    assert.throws(() => post(bad), json.RecordError, bad);
  }
});

test('a string with invalid UTF-8, or an escape Go would not write, is not canonical', () => {
  const line = (v) => `{"state":${v},"block":1,"tx":${tx}}`;
  const fact = (b) => json.readLine(json.object({ state: json.str, block: json.u64, tx: json.hash }), b, 'fact');
  assert.equal(fact(enc.encode(line('"Open"'))).state, 'Open');
  const raw = enc.encode(line('"Op?n"'));
  raw[raw.indexOf(63)] = 0xff; // not UTF-8
  assert.throws(() => fact(raw), json.RecordError);
  assert.throws(() => fact(enc.encode(line('"\\u004fpen"'))), json.RecordError);
  assert.throws(() => fact(enc.encode(line('"\\ufffd"'))), json.RecordError);
  assert.throws(() => fact(enc.encode(line('"a\u2028"'))), json.RecordError);
  assert.equal(fact(enc.encode(line('"a\\u2028"'))).state, 'a\u2028');
});
