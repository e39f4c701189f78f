// The registrar's token (docs/protocol.md, section 9): RFC 9474
// RSABSSA-SHA384-PSS-Randomized, checked with WebCrypto's RSA-PSS
// (SHA-384, salt length 48) on randomizer || message.

import { bytesToBigBE, concat, equal, u16be, utf8 } from './bytes.js';
import { Context, contextBytes } from './transcript.js';

export interface RegistrarKey {
  der: Uint8Array;
  n: bigint;
  size: number; // bytes of the modulus
  key: CryptoKey;
}

const ALG = new Uint8Array([0x30, 0x0d, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01, 0x05, 0x00]);

function derLen(n: number): Uint8Array {
  if (n < 0x80) return new Uint8Array([n]);
  if (n < 0x100) return new Uint8Array([0x81, n]);
  return new Uint8Array([0x82, n >> 8, n & 255]);
}
const tlv = (tag: number, body: Uint8Array) => concat(new Uint8Array([tag]), derLen(body.length), body);

/** The canonical SubjectPublicKeyInfo of (n, 65537). */
function spki(n: Uint8Array): Uint8Array {
  const intN = tlv(0x02, n[0] & 0x80 ? concat(new Uint8Array([0]), n) : n);
  const rsa = tlv(0x30, concat(intN, new Uint8Array([0x02, 0x03, 0x01, 0x00, 0x01])));
  return tlv(0x30, concat(ALG, tlv(0x03, concat(new Uint8Array([0]), rsa))));
}

/** Parses a registrar key: canonical DER, 3072 to 8192 bits, odd modulus, e = 65537. */
export async function parseRegistrarKey(der: Uint8Array): Promise<RegistrarKey> {
  // Find the modulus by the fixed layout, then insist on byte equality with its canonical encoding.
  const m = findModulus(der);
  if (!m) throw new Error('registrar key: not an RSA SubjectPublicKeyInfo');
  let n = m;
  while (n.length > 0 && n[0] === 0) n = n.subarray(1);
  const v = bytesToBigBE(n);
  const bits = v.toString(2).length;
  if (bits < 3072 || bits > 8192) throw new Error(`registrar key: ${bits} bits, want 3072 to 8192`);
  if ((v & 1n) === 0n) throw new Error('registrar key: even modulus');
  if (!equal(spki(n), der)) throw new Error('registrar key: not canonical');
  const key = await globalThis.crypto.subtle.importKey('spki', der as BufferSource, { name: 'RSA-PSS', hash: 'SHA-384' }, false, ['verify']);
  return { der, n: v, size: n.length, key };
}

function findModulus(der: Uint8Array): Uint8Array | undefined {
  // 30 L (30 0d …) 03 L 00 30 L 02 L n 02 03 01 00 01
  let o = 0;
  const read = (tag: number): [number, number] | undefined => {
    if (der[o] !== tag) return undefined;
    let len = der[o + 1];
    let h = 2;
    if (len === 0x81) { len = der[o + 2]; h = 3; }
    else if (len === 0x82) { len = (der[o + 2] << 8) | der[o + 3]; h = 4; }
    else if (len >= 0x80) return undefined;
    const start = o + h;
    return [start, len];
  };
  const outer = read(0x30);
  if (!outer) return undefined;
  o = outer[0];
  if (!equal(der.subarray(o, o + ALG.length), ALG)) return undefined;
  o += ALG.length;
  const bits = read(0x03);
  if (!bits || der[bits[0]] !== 0) return undefined;
  o = bits[0] + 1;
  const seq = read(0x30);
  if (!seq) return undefined;
  o = seq[0];
  const int = read(0x02);
  if (!int) return undefined;
  return der.subarray(int[0], int[0] + int[1]);
}

/** The 96-byte token message: u16be(14) || "evote/v1/token" || context || pseudonym. */
export const tokenMessage = (ctx: Context, pseudonym: Uint8Array): Uint8Array =>
  concat(u16be(14), utf8('evote/v1/token'), contextBytes(ctx), pseudonym);

export async function verifyToken(k: RegistrarKey, msg: Uint8Array, token: Uint8Array): Promise<boolean> {
  if (token.length !== 32 + k.size) return false;
  const sig = token.subarray(32);
  if (bytesToBigBE(sig) >= k.n) return false;
  const input = concat(token.subarray(0, 32), msg);
  return globalThis.crypto.subtle.verify({ name: 'RSA-PSS', saltLength: 48 }, k.key, sig as BufferSource, input as BufferSource);
}
