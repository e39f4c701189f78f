"use strict";
var EvoteVerify = (() => {
  var __defProp = Object.defineProperty;
  var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
  var __getOwnPropNames = Object.getOwnPropertyNames;
  var __hasOwnProp = Object.prototype.hasOwnProperty;
  var __export = (target, all) => {
    for (var name in all)
      __defProp(target, name, { get: all[name], enumerable: true });
  };
  var __copyProps = (to, from, except, desc) => {
    if (from && typeof from === "object" || typeof from === "function") {
      for (let key2 of __getOwnPropNames(from))
        if (!__hasOwnProp.call(to, key2) && key2 !== except)
          __defProp(to, key2, { get: () => from[key2], enumerable: !(desc = __getOwnPropDesc(from, key2)) || desc.enumerable });
    }
    return to;
  };
  var __toCommonJS = (mod3) => __copyProps(__defProp({}, "__esModule", { value: true }), mod3);

  // src/browser.ts
  var browser_exports = {};
  __export(browser_exports, {
    Batch: () => Batch,
    CHECK_NAMES: () => CHECK_NAMES,
    Chain: () => Chain,
    ChainError: () => ChainError,
    EVENTS: () => EVENTS,
    LogCheck: () => LogCheck,
    RecordError: () => RecordError,
    Rpc: () => Rpc,
    RpcError: () => RpcError,
    TooLarge: () => TooLarge,
    Transcript: () => Transcript,
    VIEWS: () => VIEWS,
    abi: () => abi_exports,
    addBallot: () => addBallot,
    ballotSize: () => ballotSize,
    bytes: () => bytes_exports,
    checkOpened: () => checkOpened,
    dkg: () => dkg_exports,
    group: () => group_exports,
    json: () => json_exports,
    logLines: () => logLines,
    manifestId: () => manifestId,
    parseAddress: () => parseAddress,
    parseBallot: () => parseBallot,
    parseManifest: () => parseManifest,
    printReport: () => printReport,
    record: () => record_exports,
    recordLog: () => recordLog,
    registrarLog: () => registrarLog,
    reglog: () => reglog_exports,
    siteElection: () => siteElection,
    tokenMessage: () => tokenMessage,
    trackerOf: () => trackerOf,
    verifyChain: () => verifyChain,
    verifyRecord: () => verifyRecord,
    webPool: () => webPool
  });

  // src/group.ts
  var group_exports = {};
  __export(group_exports, {
    G: () => G,
    L: () => L,
    Point: () => Point,
    ZERO: () => ZERO,
    decodeElement: () => decodeElement,
    decodeScalar: () => decodeScalar,
    encodeScalar: () => encodeScalar,
    invert: () => invert2,
    mod: () => mod2,
    msm: () => msm,
    mul: () => mul
  });

  // node_modules/@noble/hashes/_u64.js
  var U32_MASK64 = /* @__PURE__ */ (() => BigInt(2 ** 32 - 1))();
  var _32n = /* @__PURE__ */ BigInt(32);
  function fromBig(n, le = false) {
    if (le)
      return { h: Number(n & U32_MASK64), l: Number(n >> _32n & U32_MASK64) };
    return { h: Number(n >> _32n & U32_MASK64) | 0, l: Number(n & U32_MASK64) | 0 };
  }
  function split(lst, le = false) {
    const len = lst.length;
    let Ah = new Uint32Array(len);
    let Al = new Uint32Array(len);
    for (let i = 0; i < len; i++) {
      const { h, l } = fromBig(lst[i], le);
      [Ah[i], Al[i]] = [h, l];
    }
    return [Ah, Al];
  }
  var fromNumH = (n) => n / 2 ** 32 | 0;
  var fromNumL = (n) => n >>> 0;
  function setU64FromNum(view, byteOffset, n, isLE2) {
    const h = fromNumH(n);
    const l = fromNumL(n);
    view.setUint32(byteOffset, isLE2 ? l : h, isLE2);
    view.setUint32(byteOffset + 4, isLE2 ? h : l, isLE2);
  }
  var shrSH = (h, _l, s) => h >>> s;
  var shrSL = (h, l, s) => h << 32 - s | l >>> s;
  var rotrSH = (h, l, s) => h >>> s | l << 32 - s;
  var rotrSL = (h, l, s) => h << 32 - s | l >>> s;
  var rotrBH = (h, l, s) => h << 64 - s | l >>> s - 32;
  var rotrBL = (h, l, s) => h >>> s - 32 | l << 64 - s;
  var rotr32H = (_h, l) => l;
  var rotr32L = (h, _l) => h;
  function add(Ah, Al, Bh, Bl) {
    const l = (Al >>> 0) + (Bl >>> 0);
    return { h: Ah + Bh + (l / 2 ** 32 | 0) | 0, l: l | 0 };
  }
  var add3L = (Al, Bl, Cl) => (Al >>> 0) + (Bl >>> 0) + (Cl >>> 0);
  var add3H = (low, Ah, Bh, Ch) => Ah + Bh + Ch + (low / 2 ** 32 | 0) | 0;
  var add4L = (Al, Bl, Cl, Dl) => (Al >>> 0) + (Bl >>> 0) + (Cl >>> 0) + (Dl >>> 0);
  var add4H = (low, Ah, Bh, Ch, Dh) => Ah + Bh + Ch + Dh + (low / 2 ** 32 | 0) | 0;
  var add5L = (Al, Bl, Cl, Dl, El) => (Al >>> 0) + (Bl >>> 0) + (Cl >>> 0) + (Dl >>> 0) + (El >>> 0);
  var add5H = (low, Ah, Bh, Ch, Dh, Eh) => Ah + Bh + Ch + Dh + Eh + (low / 2 ** 32 | 0) | 0;

  // node_modules/@noble/hashes/utils.js
  function isBytes(a) {
    return a instanceof Uint8Array || ArrayBuffer.isView(a) && a.constructor.name === "Uint8Array" && "BYTES_PER_ELEMENT" in a && a.BYTES_PER_ELEMENT === 1;
  }
  var atitle = (title) => title ? `"${title}" ` : "";
  function anumber(n, title = "") {
    if (typeof n !== "number")
      throw new TypeError(atitle(title) + "expected number, got " + typeof n);
    if (!Number.isSafeInteger(n) || n < 0)
      throw new RangeError(atitle(title) + "expected integer >= 0, got " + n);
    return n;
  }
  function abool(value, title = "") {
    if (typeof value !== "boolean")
      throw new TypeError(atitle(title) + "expected boolean, got type=" + typeof value);
    return value;
  }
  function abytes(value, length, title = "") {
    if (isBytes(value) && (length === void 0 || value.length === length))
      return value;
    if (length !== void 0)
      anumber(length, "length");
    const bytes2 = isBytes(value);
    const ofLen = length !== void 0 ? ` of length ${length}` : "";
    const got = bytes2 ? `length=${value.length}` : `type=${typeof value}`;
    const message = atitle(title) + "expected Uint8Array" + ofLen + ", got " + got;
    if (!bytes2)
      throw new TypeError(message);
    throw new RangeError(message);
  }
  function copyBytes(bytes2) {
    return Uint8Array.from(abytes(bytes2));
  }
  function ahash(h) {
    if (typeof h !== "function" || typeof h.create !== "function")
      throw new TypeError("expected hash wrapped by utils.createHasher");
    anumber(h.outputLen);
    anumber(h.blockLen);
    if (h.outputLen < 1 || h.blockLen < 1)
      throw new Error("hash blockLen / outputLen must be >= 1");
  }
  var aobject = (value, label) => {
    if (value === null || typeof value !== "object" || Array.isArray(value))
      throw new TypeError((label === "object" ? "" : `"${label}" `) + "expected object, got type=" + typeof value);
  };
  var aopts = (value, label) => {
    aobject(value, label);
    const proto = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null)
      throw new TypeError(`"${label}" expected plain object`);
    if (Object.hasOwn(value, "__proto__"))
      throw new TypeError(`"${label}.__proto__" is not allowed`);
  };
  function aexists(instance, checkFinished = true) {
    if (instance.destroyed)
      throw new Error("hash was destroyed");
    if (checkFinished && instance.finished)
      throw new Error("digest() was already called");
  }
  function aoutput(out, instance) {
    abytes(out, void 0, "output");
    const min = instance.outputLen;
    if (!(out.length >= min)) {
      throw new RangeError('"output" expected length >= ' + min);
    }
  }
  function u8(arr) {
    return new Uint8Array(arr.buffer, arr.byteOffset, arr.byteLength);
  }
  function u32(arr) {
    return new Uint32Array(arr.buffer, arr.byteOffset, Math.floor(arr.byteLength / 4));
  }
  function clean(...arrays) {
    for (let i = 0; i < arrays.length; i++) {
      arrays[i].fill(0);
    }
  }
  function createView(arr) {
    return new DataView(arr.buffer, arr.byteOffset, arr.byteLength);
  }
  function rotr(word, shift) {
    return word << 32 - shift | word >>> shift;
  }
  var isLE = /* @__PURE__ */ (() => new Uint8Array(new Uint32Array([287454020]).buffer)[0] === 68)();
  function byteSwap(word) {
    return word << 24 & 4278190080 | word << 8 & 16711680 | word >>> 8 & 65280 | word >>> 24 & 255;
  }
  var swap8IfBE = isLE ? (n) => n : (n) => byteSwap(n) >>> 0;
  function byteSwap32(arr) {
    for (let i = 0; i < arr.length; i++) {
      arr[i] = byteSwap(arr[i]);
    }
    return arr;
  }
  var swap32IfBE = isLE ? (u) => u : byteSwap32;
  var hasHexBuiltin = /* @__PURE__ */ (() => (
    // @ts-ignore
    typeof Uint8Array.from([]).toHex === "function" && typeof Uint8Array.fromHex === "function"
  ))();
  var hexes = /* @__PURE__ */ Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, "0"));
  function bytesToHex(bytes2) {
    abytes(bytes2);
    if (hasHexBuiltin)
      return bytes2.toHex();
    let hex2 = "";
    for (let i = 0; i < bytes2.length; i++) {
      hex2 += hexes[bytes2[i]];
    }
    return hex2;
  }
  function asciiToBase16(ch) {
    return ch >= 48 && ch <= 57 ? ch - 48 : ch >= 65 && ch <= 70 ? ch - (65 - 10) : ch >= 97 && ch <= 102 ? ch - (97 - 10) : void 0;
  }
  function hexToBytes(hex2) {
    if (typeof hex2 !== "string")
      throw new TypeError("hex string expected, got " + typeof hex2);
    if (hasHexBuiltin) {
      try {
        return Uint8Array.fromHex(hex2);
      } catch (error) {
        if (error instanceof SyntaxError)
          throw new RangeError(error.message);
        throw error;
      }
    }
    const hl = hex2.length;
    const al = hl / 2;
    if (hl % 2)
      throw new RangeError("hex string expected, got unpadded hex of length " + hl);
    const array = new Uint8Array(al);
    for (let ai = 0, hi = 0; ai < al; ai++, hi += 2) {
      const n1 = asciiToBase16(hex2.charCodeAt(hi));
      const n2 = asciiToBase16(hex2.charCodeAt(hi + 1));
      if (n1 === void 0 || n2 === void 0) {
        const char = hex2[hi] + hex2[hi + 1];
        throw new RangeError('hex string expected, got non-hex character "' + char + '" at index ' + hi);
      }
      array[ai] = n1 * 16 + n2;
    }
    return array;
  }
  function utf8ToBytes(str2) {
    if (typeof str2 !== "string")
      throw new TypeError("string expected");
    const encoded = new TextEncoder().encode(str2);
    try {
      return new Uint8Array(encoded);
    } finally {
      clean(encoded);
    }
  }
  function kdfInputToBytes(data, errorTitle = "") {
    if (typeof data === "string")
      return utf8ToBytes(data);
    return abytes(data, void 0, errorTitle);
  }
  function concatBytes(...arrays) {
    let sum = 0;
    for (let i = 0; i < arrays.length; i++) {
      const a = arrays[i];
      abytes(a);
      sum += a.length;
    }
    const res = new Uint8Array(sum);
    for (let i = 0, pad = 0; i < arrays.length; i++) {
      const a = arrays[i];
      res.set(a, pad);
      pad += a.length;
    }
    return res;
  }
  function checkOpts(defaults, opts, title = "opts") {
    aopts(defaults, "defaults");
    if (opts !== void 0)
      aopts(opts, title);
    const merged = Object.assign(/* @__PURE__ */ Object.create(null), defaults, opts);
    return merged;
  }
  function createHasher(hashCons, info = {}) {
    if (typeof hashCons !== "function")
      throw new TypeError('"hashCons" expected function, got type=' + typeof hashCons);
    info = checkOpts({}, info, "info");
    const hashC = (msg, opts) => hashCons(opts).update(msg).digest();
    const tmp = hashCons(void 0);
    hashC.outputLen = tmp.outputLen;
    hashC.blockLen = tmp.blockLen;
    hashC.canXOF = tmp.canXOF;
    hashC.create = (opts) => hashCons(opts);
    Object.assign(hashC, info);
    return Object.freeze(hashC);
  }
  function randomBytes(bytesLength = 32) {
    anumber(bytesLength, "bytesLength");
    const cr = typeof globalThis === "object" ? globalThis.crypto : null;
    if (typeof cr?.getRandomValues !== "function")
      throw new Error("crypto.getRandomValues must be defined");
    if (bytesLength > 65536)
      throw new RangeError(`"bytesLength" expected <= 65536, got ${bytesLength}`);
    return cr.getRandomValues(new Uint8Array(bytesLength));
  }
  var oidNist = (suffix) => ({
    // Current NIST hashAlgs suffixes used here fit in one DER subidentifier octet.
    // Larger suffix values would need base-128 OID encoding and a different length byte.
    oid: Uint8Array.from([6, 9, 96, 134, 72, 1, 101, 3, 4, 2, suffix])
  });

  // node_modules/@noble/hashes/_md.js
  function Chi(a, b, c) {
    return a & b ^ ~a & c;
  }
  function Maj(a, b, c) {
    return a & b ^ a & c ^ b & c;
  }
  var HashMD = class {
    blockLen;
    outputLen;
    canXOF = false;
    padOffset;
    isLE;
    // For partial updates less than block size
    buffer;
    view;
    finished = false;
    length = 0;
    pos = 0;
    destroyed = false;
    constructor(blockLen, outputLen, padOffset, isLE2) {
      this.blockLen = blockLen;
      this.outputLen = outputLen;
      this.padOffset = padOffset;
      this.isLE = isLE2;
      this.buffer = new Uint8Array(blockLen);
      this.view = createView(this.buffer);
    }
    update(data) {
      aexists(this);
      abytes(data);
      const { view, buffer, blockLen } = this;
      const len = data.length;
      let processed = false;
      for (let pos = 0; pos < len; ) {
        const take = Math.min(blockLen - this.pos, len - pos);
        if (take === blockLen) {
          const dataView = createView(data);
          for (; blockLen <= len - pos; pos += blockLen)
            this.process(dataView, pos);
          processed = true;
          continue;
        }
        buffer.set(pos === 0 && take === len ? data : data.subarray(pos, pos + take), this.pos);
        this.pos += take;
        pos += take;
        if (this.pos === blockLen) {
          this.process(view, 0);
          this.pos = 0;
          processed = true;
        }
      }
      this.length += data.length;
      if (processed)
        this.roundClean();
      return this;
    }
    digestInto(out) {
      aexists(this);
      aoutput(out, this);
      this.finished = true;
      const { buffer, view, blockLen, isLE: isLE2 } = this;
      let { pos } = this;
      buffer[pos++] = 128;
      buffer.fill(0, pos);
      if (this.padOffset > blockLen - pos) {
        this.process(view, 0);
        buffer.fill(0);
      }
      setU64FromNum(view, blockLen - 8, this.length * 8, isLE2);
      this.process(view, 0);
      this.roundClean();
      const oview = out === buffer ? view : createView(out);
      const len = this.outputLen;
      const outLen = len / 4;
      const state = this.get();
      if (len % 4 || outLen > state.length)
        throw new Error("invalid outputLen");
      for (let i = 0; i < outLen; i++)
        oview.setUint32(4 * i, state[i], isLE2);
    }
    digest() {
      const { buffer, outputLen } = this;
      this.digestInto(buffer);
      const res = buffer.slice(0, outputLen);
      this.destroy();
      return res;
    }
    _cloneIntoMeta(to) {
      const { buffer, length, finished, destroyed, pos } = this;
      to.destroyed = destroyed;
      to.finished = finished;
      to.length = length;
      to.pos = pos;
      if (pos)
        to.buffer.set(buffer);
      return to;
    }
    clone() {
      return this._cloneInto();
    }
  };
  var SHA256_IV = /* @__PURE__ */ Uint32Array.from([
    1779033703,
    3144134277,
    1013904242,
    2773480762,
    1359893119,
    2600822924,
    528734635,
    1541459225
  ]);
  var SHA512_IV = /* @__PURE__ */ Uint32Array.from([
    1779033703,
    4089235720,
    3144134277,
    2227873595,
    1013904242,
    4271175723,
    2773480762,
    1595750129,
    1359893119,
    2917565137,
    2600822924,
    725511199,
    528734635,
    4215389547,
    1541459225,
    327033209
  ]);

  // node_modules/@noble/hashes/sha2.js
  var SHA256_K = /* @__PURE__ */ Uint32Array.from([
    1116352408,
    1899447441,
    3049323471,
    3921009573,
    961987163,
    1508970993,
    2453635748,
    2870763221,
    3624381080,
    310598401,
    607225278,
    1426881987,
    1925078388,
    2162078206,
    2614888103,
    3248222580,
    3835390401,
    4022224774,
    264347078,
    604807628,
    770255983,
    1249150122,
    1555081692,
    1996064986,
    2554220882,
    2821834349,
    2952996808,
    3210313671,
    3336571891,
    3584528711,
    113926993,
    338241895,
    666307205,
    773529912,
    1294757372,
    1396182291,
    1695183700,
    1986661051,
    2177026350,
    2456956037,
    2730485921,
    2820302411,
    3259730800,
    3345764771,
    3516065817,
    3600352804,
    4094571909,
    275423344,
    430227734,
    506948616,
    659060556,
    883997877,
    958139571,
    1322822218,
    1537002063,
    1747873779,
    1955562222,
    2024104815,
    2227730452,
    2361852424,
    2428436474,
    2756734187,
    3204031479,
    3329325298
  ]);
  var SHA256_W = /* @__PURE__ */ new Uint32Array(64);
  var SHA2_32B = class extends HashMD {
    // We cannot use array here since array allows indexing by variable
    // which means optimizer/compiler cannot use registers.
    // Numeric initializers matter: starting the fields as `undefined` changes
    // V8's field representation and makes sha256 3x slower (measured).
    A = 0;
    B = 0;
    C = 0;
    D = 0;
    E = 0;
    F = 0;
    G = 0;
    H = 0;
    constructor(outputLen, IV) {
      super(64, outputLen, 8, false);
      this.A = IV[0] | 0;
      this.B = IV[1] | 0;
      this.C = IV[2] | 0;
      this.D = IV[3] | 0;
      this.E = IV[4] | 0;
      this.F = IV[5] | 0;
      this.G = IV[6] | 0;
      this.H = IV[7] | 0;
    }
    get() {
      const { A, B: B2, C, D, E, F, G: G3, H } = this;
      return [A, B2, C, D, E, F, G3, H];
    }
    // prettier-ignore
    set(A, B2, C, D, E, F, G3, H) {
      this.A = A | 0;
      this.B = B2 | 0;
      this.C = C | 0;
      this.D = D | 0;
      this.E = E | 0;
      this.F = F | 0;
      this.G = G3 | 0;
      this.H = H | 0;
    }
    _cloneInto(to) {
      (to ||= new this.constructor()).set(...this.get());
      return this._cloneIntoMeta(to);
    }
    process(view, offset) {
      for (let i = 0; i < 16; i++, offset += 4)
        SHA256_W[i] = view.getUint32(offset, false);
      for (let i = 16; i < 64; i++) {
        const W15 = SHA256_W[i - 15];
        const W2 = SHA256_W[i - 2];
        const s0 = rotr(W15, 7) ^ rotr(W15, 18) ^ W15 >>> 3;
        const s1 = rotr(W2, 17) ^ rotr(W2, 19) ^ W2 >>> 10;
        SHA256_W[i] = s1 + SHA256_W[i - 7] + s0 + SHA256_W[i - 16] | 0;
      }
      let { A, B: B2, C, D, E, F, G: G3, H } = this;
      for (let i = 0; i < 64; i++) {
        const sigma1 = rotr(E, 6) ^ rotr(E, 11) ^ rotr(E, 25);
        const T1 = H + sigma1 + Chi(E, F, G3) + SHA256_K[i] + SHA256_W[i] | 0;
        const sigma0 = rotr(A, 2) ^ rotr(A, 13) ^ rotr(A, 22);
        const T2 = sigma0 + Maj(A, B2, C) | 0;
        H = G3;
        G3 = F;
        F = E;
        E = D + T1 | 0;
        D = C;
        C = B2;
        B2 = A;
        A = T1 + T2 | 0;
      }
      A = A + this.A | 0;
      B2 = B2 + this.B | 0;
      C = C + this.C | 0;
      D = D + this.D | 0;
      E = E + this.E | 0;
      F = F + this.F | 0;
      G3 = G3 + this.G | 0;
      H = H + this.H | 0;
      this.set(A, B2, C, D, E, F, G3, H);
    }
    roundClean() {
      clean(SHA256_W);
    }
    destroy() {
      this.destroyed = true;
      this.set(0, 0, 0, 0, 0, 0, 0, 0);
      clean(this.buffer);
    }
  };
  var _SHA256 = class extends SHA2_32B {
    constructor() {
      super(32, SHA256_IV);
    }
  };
  var K512 = /* @__PURE__ */ (() => split([
    "0x428a2f98d728ae22",
    "0x7137449123ef65cd",
    "0xb5c0fbcfec4d3b2f",
    "0xe9b5dba58189dbbc",
    "0x3956c25bf348b538",
    "0x59f111f1b605d019",
    "0x923f82a4af194f9b",
    "0xab1c5ed5da6d8118",
    "0xd807aa98a3030242",
    "0x12835b0145706fbe",
    "0x243185be4ee4b28c",
    "0x550c7dc3d5ffb4e2",
    "0x72be5d74f27b896f",
    "0x80deb1fe3b1696b1",
    "0x9bdc06a725c71235",
    "0xc19bf174cf692694",
    "0xe49b69c19ef14ad2",
    "0xefbe4786384f25e3",
    "0x0fc19dc68b8cd5b5",
    "0x240ca1cc77ac9c65",
    "0x2de92c6f592b0275",
    "0x4a7484aa6ea6e483",
    "0x5cb0a9dcbd41fbd4",
    "0x76f988da831153b5",
    "0x983e5152ee66dfab",
    "0xa831c66d2db43210",
    "0xb00327c898fb213f",
    "0xbf597fc7beef0ee4",
    "0xc6e00bf33da88fc2",
    "0xd5a79147930aa725",
    "0x06ca6351e003826f",
    "0x142929670a0e6e70",
    "0x27b70a8546d22ffc",
    "0x2e1b21385c26c926",
    "0x4d2c6dfc5ac42aed",
    "0x53380d139d95b3df",
    "0x650a73548baf63de",
    "0x766a0abb3c77b2a8",
    "0x81c2c92e47edaee6",
    "0x92722c851482353b",
    "0xa2bfe8a14cf10364",
    "0xa81a664bbc423001",
    "0xc24b8b70d0f89791",
    "0xc76c51a30654be30",
    "0xd192e819d6ef5218",
    "0xd69906245565a910",
    "0xf40e35855771202a",
    "0x106aa07032bbd1b8",
    "0x19a4c116b8d2d0c8",
    "0x1e376c085141ab53",
    "0x2748774cdf8eeb99",
    "0x34b0bcb5e19b48a8",
    "0x391c0cb3c5c95a63",
    "0x4ed8aa4ae3418acb",
    "0x5b9cca4f7763e373",
    "0x682e6ff3d6b2b8a3",
    "0x748f82ee5defb2fc",
    "0x78a5636f43172f60",
    "0x84c87814a1f0ab72",
    "0x8cc702081a6439ec",
    "0x90befffa23631e28",
    "0xa4506cebde82bde9",
    "0xbef9a3f7b2c67915",
    "0xc67178f2e372532b",
    "0xca273eceea26619c",
    "0xd186b8c721c0c207",
    "0xeada7dd6cde0eb1e",
    "0xf57d4f7fee6ed178",
    "0x06f067aa72176fba",
    "0x0a637dc5a2c898a6",
    "0x113f9804bef90dae",
    "0x1b710b35131c471b",
    "0x28db77f523047d84",
    "0x32caab7b40c72493",
    "0x3c9ebe0a15c9bebc",
    "0x431d67c49c100d4c",
    "0x4cc5d4becb3e42b6",
    "0x597f299cfc657e2a",
    "0x5fcb6fab3ad6faec",
    "0x6c44198c4a475817"
  ].map((n) => BigInt(n))))();
  var SHA512_Kh = /* @__PURE__ */ (() => K512[0])();
  var SHA512_Kl = /* @__PURE__ */ (() => K512[1])();
  var SHA512_W_H = /* @__PURE__ */ new Uint32Array(80);
  var SHA512_W_L = /* @__PURE__ */ new Uint32Array(80);
  var SHA2_64B = class extends HashMD {
    // We cannot use array here since array allows indexing by variable
    // which means optimizer/compiler cannot use registers.
    // h -- high 32 bits, l -- low 32 bits
    // Numeric initializers matter: starting the fields as `undefined` changes
    // V8's field representation and slows hashing down (measured on sha256).
    Ah = 0;
    Al = 0;
    Bh = 0;
    Bl = 0;
    Ch = 0;
    Cl = 0;
    Dh = 0;
    Dl = 0;
    Eh = 0;
    El = 0;
    Fh = 0;
    Fl = 0;
    Gh = 0;
    Gl = 0;
    Hh = 0;
    Hl = 0;
    constructor(outputLen, IV) {
      super(128, outputLen, 16, false);
      this.Ah = IV[0] | 0;
      this.Al = IV[1] | 0;
      this.Bh = IV[2] | 0;
      this.Bl = IV[3] | 0;
      this.Ch = IV[4] | 0;
      this.Cl = IV[5] | 0;
      this.Dh = IV[6] | 0;
      this.Dl = IV[7] | 0;
      this.Eh = IV[8] | 0;
      this.El = IV[9] | 0;
      this.Fh = IV[10] | 0;
      this.Fl = IV[11] | 0;
      this.Gh = IV[12] | 0;
      this.Gl = IV[13] | 0;
      this.Hh = IV[14] | 0;
      this.Hl = IV[15] | 0;
    }
    // prettier-ignore
    get() {
      const { Ah, Al, Bh, Bl, Ch, Cl, Dh, Dl, Eh, El, Fh, Fl, Gh, Gl, Hh, Hl } = this;
      return [Ah, Al, Bh, Bl, Ch, Cl, Dh, Dl, Eh, El, Fh, Fl, Gh, Gl, Hh, Hl];
    }
    // prettier-ignore
    set(Ah, Al, Bh, Bl, Ch, Cl, Dh, Dl, Eh, El, Fh, Fl, Gh, Gl, Hh, Hl) {
      this.Ah = Ah | 0;
      this.Al = Al | 0;
      this.Bh = Bh | 0;
      this.Bl = Bl | 0;
      this.Ch = Ch | 0;
      this.Cl = Cl | 0;
      this.Dh = Dh | 0;
      this.Dl = Dl | 0;
      this.Eh = Eh | 0;
      this.El = El | 0;
      this.Fh = Fh | 0;
      this.Fl = Fl | 0;
      this.Gh = Gh | 0;
      this.Gl = Gl | 0;
      this.Hh = Hh | 0;
      this.Hl = Hl | 0;
    }
    _cloneInto(to) {
      (to ||= new this.constructor()).set(...this.get());
      return this._cloneIntoMeta(to);
    }
    process(view, offset) {
      for (let i = 0; i < 16; i++, offset += 4) {
        SHA512_W_H[i] = view.getUint32(offset);
        SHA512_W_L[i] = view.getUint32(offset += 4);
      }
      for (let i = 16; i < 80; i++) {
        const W15h = SHA512_W_H[i - 15] | 0;
        const W15l = SHA512_W_L[i - 15] | 0;
        const s0h = rotrSH(W15h, W15l, 1) ^ rotrSH(W15h, W15l, 8) ^ shrSH(W15h, W15l, 7);
        const s0l = rotrSL(W15h, W15l, 1) ^ rotrSL(W15h, W15l, 8) ^ shrSL(W15h, W15l, 7);
        const W2h = SHA512_W_H[i - 2] | 0;
        const W2l = SHA512_W_L[i - 2] | 0;
        const s1h = rotrSH(W2h, W2l, 19) ^ rotrBH(W2h, W2l, 61) ^ shrSH(W2h, W2l, 6);
        const s1l = rotrSL(W2h, W2l, 19) ^ rotrBL(W2h, W2l, 61) ^ shrSL(W2h, W2l, 6);
        const SUMl = add4L(s0l, s1l, SHA512_W_L[i - 7], SHA512_W_L[i - 16]);
        const SUMh = add4H(SUMl, s0h, s1h, SHA512_W_H[i - 7], SHA512_W_H[i - 16]);
        SHA512_W_H[i] = SUMh | 0;
        SHA512_W_L[i] = SUMl | 0;
      }
      let { Ah, Al, Bh, Bl, Ch, Cl, Dh, Dl, Eh, El, Fh, Fl, Gh, Gl, Hh, Hl } = this;
      for (let i = 0; i < 80; i++) {
        const sigma1h = rotrSH(Eh, El, 14) ^ rotrSH(Eh, El, 18) ^ rotrBH(Eh, El, 41);
        const sigma1l = rotrSL(Eh, El, 14) ^ rotrSL(Eh, El, 18) ^ rotrBL(Eh, El, 41);
        const CHIh = Eh & Fh ^ ~Eh & Gh;
        const CHIl = El & Fl ^ ~El & Gl;
        const T1ll = add5L(Hl, sigma1l, CHIl, SHA512_Kl[i], SHA512_W_L[i]);
        const T1h = add5H(T1ll, Hh, sigma1h, CHIh, SHA512_Kh[i], SHA512_W_H[i]);
        const T1l = T1ll | 0;
        const sigma0h = rotrSH(Ah, Al, 28) ^ rotrBH(Ah, Al, 34) ^ rotrBH(Ah, Al, 39);
        const sigma0l = rotrSL(Ah, Al, 28) ^ rotrBL(Ah, Al, 34) ^ rotrBL(Ah, Al, 39);
        const MAJh = Ah & Bh ^ Ah & Ch ^ Bh & Ch;
        const MAJl = Al & Bl ^ Al & Cl ^ Bl & Cl;
        Hh = Gh | 0;
        Hl = Gl | 0;
        Gh = Fh | 0;
        Gl = Fl | 0;
        Fh = Eh | 0;
        Fl = El | 0;
        ({ h: Eh, l: El } = add(Dh | 0, Dl | 0, T1h | 0, T1l | 0));
        Dh = Ch | 0;
        Dl = Cl | 0;
        Ch = Bh | 0;
        Cl = Bl | 0;
        Bh = Ah | 0;
        Bl = Al | 0;
        const All = add3L(T1l, sigma0l, MAJl);
        Ah = add3H(All, T1h, sigma0h, MAJh);
        Al = All | 0;
      }
      ({ h: Ah, l: Al } = add(this.Ah | 0, this.Al | 0, Ah | 0, Al | 0));
      ({ h: Bh, l: Bl } = add(this.Bh | 0, this.Bl | 0, Bh | 0, Bl | 0));
      ({ h: Ch, l: Cl } = add(this.Ch | 0, this.Cl | 0, Ch | 0, Cl | 0));
      ({ h: Dh, l: Dl } = add(this.Dh | 0, this.Dl | 0, Dh | 0, Dl | 0));
      ({ h: Eh, l: El } = add(this.Eh | 0, this.El | 0, Eh | 0, El | 0));
      ({ h: Fh, l: Fl } = add(this.Fh | 0, this.Fl | 0, Fh | 0, Fl | 0));
      ({ h: Gh, l: Gl } = add(this.Gh | 0, this.Gl | 0, Gh | 0, Gl | 0));
      ({ h: Hh, l: Hl } = add(this.Hh | 0, this.Hl | 0, Hh | 0, Hl | 0));
      this.set(Ah, Al, Bh, Bl, Ch, Cl, Dh, Dl, Eh, El, Fh, Fl, Gh, Gl, Hh, Hl);
    }
    roundClean() {
      clean(SHA512_W_H, SHA512_W_L);
    }
    destroy() {
      this.destroyed = true;
      clean(this.buffer);
      this.set(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }
  };
  var _SHA512 = class extends SHA2_64B {
    constructor() {
      super(64, SHA512_IV);
    }
  };
  var sha256 = /* @__PURE__ */ createHasher(
    () => new _SHA256(),
    /* @__PURE__ */ oidNist(1)
  );
  var sha512 = /* @__PURE__ */ createHasher(
    () => new _SHA512(),
    /* @__PURE__ */ oidNist(3)
  );

  // node_modules/@noble/curves/utils.js
  function aarray(item, title, inner = () => {
  }) {
    if (!Array.isArray(item))
      throw new TypeError(`"${title}" expected array, got type=${typeof item}`);
    for (let i = 0; i < item.length; i++)
      inner(item[i], `${title}[${i}]`);
    return item;
  }
  var abytes2 = (value, length, title) => abytes(value, length, title);
  var anumber2 = anumber;
  function astring(value, title = "") {
    if (typeof value !== "string") {
      const prefix = title && `"${title}" `;
      throw new TypeError(prefix + "expected string, got type=" + typeof value);
    }
    return value;
  }
  function aobject2(value, title = "object") {
    if (value === null || typeof value !== "object" || Array.isArray(value))
      throw new TypeError(title === "object" ? "expected valid options object" : `"${title}" expected object, got type=${typeof value}`);
    return value;
  }
  function afunction(value, title) {
    if (typeof value !== "function")
      throw new TypeError(`"${title}" is invalid: expected function, got ${typeof value}`);
    return value;
  }
  var bytesToHex2 = bytesToHex;
  var concatBytes2 = (...arrays) => concatBytes(...arrays);
  var hexToBytes2 = (hex2) => hexToBytes(hex2);
  var isBytes2 = isBytes;
  var randomBytes2 = (bytesLength) => randomBytes(bytesLength);
  var _0n = /* @__PURE__ */ BigInt(0);
  var _1n = /* @__PURE__ */ BigInt(1);
  var atitle2 = (title) => title ? `"${title}" ` : "";
  function abool2(value, title = "") {
    if (typeof value !== "boolean")
      throw new TypeError(atitle2(title) + "expected boolean, got type=" + typeof value);
    return value;
  }
  function abignumber(n) {
    if (typeof n === "bigint") {
      if (!isPosBig(n))
        throw new RangeError("positive bigint expected, got " + n);
    } else
      anumber2(n);
    return n;
  }
  function asafenumber(value, title = "") {
    if (typeof value !== "number") {
      const prefix = title && `"${title}" `;
      throw new TypeError(prefix + "expected number, got type=" + typeof value);
    }
    if (!Number.isSafeInteger(value)) {
      const prefix = title && `"${title}" `;
      throw new RangeError(prefix + "expected safe integer, got " + value);
    }
  }
  function numberToHexUnpadded(num) {
    const hex2 = abignumber(num).toString(16);
    return hex2.length & 1 ? "0" + hex2 : hex2;
  }
  function hexToNumber(hex2) {
    if (typeof hex2 !== "string")
      throw new TypeError("hex string expected, got " + typeof hex2);
    return hex2 === "" ? _0n : BigInt("0x" + hex2);
  }
  function bytesToNumberBE(bytes2) {
    return hexToNumber(bytesToHex(bytes2));
  }
  function bytesToNumberLE(bytes2) {
    return hexToNumber(bytesToHex(copyBytes2(abytes(bytes2)).reverse()));
  }
  function numberToBytesBE(n, len) {
    anumber(len);
    if (len === 0)
      throw new Error("zero output length is invalid");
    n = abignumber(n);
    const expectedLen = len * 2;
    const hex2 = n.toString(16);
    if (hex2.length > expectedLen)
      throw new RangeError("number is too large");
    return hexToBytes(hex2.padStart(expectedLen, "0"));
  }
  function numberToBytesLE(n, len) {
    return numberToBytesBE(n, len).reverse();
  }
  function equalBytes(a, b) {
    a = abytes2(a);
    b = abytes2(b);
    if (a.length !== b.length)
      return false;
    let diff = 0;
    for (let i = 0; i < a.length; i++)
      diff |= a[i] ^ b[i];
    return diff === 0;
  }
  function copyBytes2(bytes2) {
    return Uint8Array.from(abytes2(bytes2));
  }
  function isPosBig(n) {
    return typeof n === "bigint" && _0n <= n;
  }
  function inRange(n, min, max) {
    return isPosBig(n) && isPosBig(min) && isPosBig(max) && min <= n && n < max;
  }
  function aInRange(title, n, min, max) {
    if (!inRange(n, min, max))
      throw new RangeError("expected valid " + title + ": " + min + " <= n < " + max + ", got " + n);
  }
  function bitLen(n) {
    if (n < _0n)
      throw new Error("expected non-negative bigint, got " + n);
    return n === _0n ? 0 : n.toString(2).length;
  }
  var bitMask = (n) => {
    asafenumber(n, "n");
    return (_1n << BigInt(n)) - _1n;
  };
  function createHmacDrbg(hashLen, qByteLen, hmacFn) {
    anumber(hashLen, "hashLen");
    anumber(qByteLen, "qByteLen");
    if (typeof hmacFn !== "function")
      throw new TypeError("hmacFn must be a function");
    const u8n = (len) => new Uint8Array(len);
    const NULL = Uint8Array.of();
    const byte0 = Uint8Array.of(0);
    const byte1 = Uint8Array.of(1);
    const _maxDrbgIters = 1e3;
    let v = u8n(hashLen);
    let k = u8n(hashLen);
    let i = 0;
    const reset = () => {
      v.fill(1);
      k.fill(0);
      i = 0;
    };
    const h = (...msgs) => hmacFn(k, concatBytes2(v, ...msgs));
    const reseed = (seed = NULL) => {
      k = h(byte0, seed);
      v = h();
      if (seed.length === 0)
        return;
      k = h(byte1, seed);
      v = h();
    };
    const gen = () => {
      if (i++ >= _maxDrbgIters)
        throw new Error("drbg: tried max amount of iterations");
      let len = 0;
      const out = [];
      while (len < qByteLen) {
        v = h();
        const sl = v.slice();
        out.push(sl);
        len += v.length;
      }
      return concatBytes2(...out);
    };
    const genUntil = (seed, pred) => {
      reset();
      reseed(seed);
      let res = void 0;
      while ((res = pred(gen())) === void 0)
        reseed();
      reset();
      return res;
    };
    return genUntil;
  }
  function validateObject(object2, fields = {}, optFields = {}, title = "object") {
    aobject2(object2, title);
    aobject2(fields, "fields");
    aobject2(optFields, "optFields");
    function checkField(fieldName, expectedType, isOpt) {
      const label = title === "object" ? `param "${String(fieldName)}"` : `"${title}.${String(fieldName)}"`;
      const val = object2[fieldName];
      if (!Object.hasOwn(object2, fieldName) && (isOpt ? val !== void 0 : expectedType !== "function")) {
        throw new TypeError(`${label} is invalid: expected own property`);
      }
      if (isOpt && val === void 0)
        return;
      const current = typeof val;
      if (current !== expectedType || val === null)
        throw new TypeError(`${label} is invalid: expected ${expectedType}, got ${current}`);
    }
    const iter = (f, isOpt) => Object.entries(f).forEach(([k, v]) => checkField(k, v, isOpt));
    iter(fields, false);
    iter(optFields, true);
  }
  var notImplemented = () => {
    throw new Error("not implemented");
  };

  // node_modules/@noble/curves/abstract/modular.js
  var _0n2 = /* @__PURE__ */ BigInt(0);
  var _1n2 = /* @__PURE__ */ BigInt(1);
  var _2n = /* @__PURE__ */ BigInt(2);
  var _3n = /* @__PURE__ */ BigInt(3);
  var _4n = /* @__PURE__ */ BigInt(4);
  var _5n = /* @__PURE__ */ BigInt(5);
  var _7n = /* @__PURE__ */ BigInt(7);
  var _8n = /* @__PURE__ */ BigInt(8);
  var _9n = /* @__PURE__ */ BigInt(9);
  var _15n = /* @__PURE__ */ BigInt(15);
  var _16n = /* @__PURE__ */ BigInt(16);
  var POW_WINDOWED_MIN = /* @__PURE__ */ BigInt("0x10000000000000000");
  function mod(a, b) {
    if (b <= _0n2)
      throw new Error("mod: expected positive modulus, got " + b);
    const result = a % b;
    return result >= _0n2 ? result : b + result;
  }
  function pow(num, power, modulo) {
    if (modulo <= _1n2)
      throw new Error("pow: expected modulus > 1, got " + modulo);
    if (typeof power !== "bigint")
      throw new TypeError("invalid exponent: expected bigint, got " + typeof power);
    if (power < _0n2)
      throw new Error("invalid exponent, negatives unsupported");
    if (power === _0n2)
      return _1n2;
    if (power === _1n2)
      return num;
    let d = num % modulo;
    if (d < _0n2)
      d += modulo;
    if (power < POW_WINDOWED_MIN) {
      let p2 = _1n2;
      while (power > _0n2) {
        if (power & _1n2)
          p2 = p2 * d % modulo;
        d = d * d % modulo;
        power >>= _1n2;
      }
      return p2;
    }
    const digits = [];
    while (power > _0n2) {
      digits.push(Number(power & _15n));
      power >>= _4n;
    }
    const table = new Array(16);
    table[0] = _1n2;
    table[1] = d;
    for (let i = 2; i < 16; i++)
      table[i] = table[i - 1] * d % modulo;
    let p = table[digits[digits.length - 1]];
    for (let w = digits.length - 2; w >= 0; w--) {
      p = p * p % modulo;
      p = p * p % modulo;
      p = p * p % modulo;
      p = p * p % modulo;
      const digit = digits[w];
      if (digit !== 0)
        p = p * table[digit] % modulo;
    }
    return p;
  }
  function pow2(x, power, modulo) {
    if (modulo <= _1n2)
      throw new Error("pow2: expected modulus > 1, got " + modulo);
    if (power < _0n2)
      throw new Error("pow2: expected non-negative exponent, got " + power);
    let res = x;
    while (power-- > _0n2) {
      res *= res;
      res %= modulo;
    }
    return res;
  }
  function invert(number, modulo) {
    if (number === _0n2)
      throw new Error("invert: expected non-zero number");
    if (modulo <= _1n2)
      throw new Error("invert: expected modulus > 1, got " + modulo);
    let a = mod(number, modulo);
    let b = modulo;
    let x = _0n2, u = _1n2;
    while (a !== _0n2) {
      const q = b / a;
      const r = b - a * q;
      const m = x - u * q;
      b = a, a = r, x = u, u = m;
    }
    const gcd = b;
    if (gcd !== _1n2)
      throw new Error("invert: does not exist");
    return mod(x, modulo);
  }
  function invertCt(a, prime) {
    if (prime <= _1n2)
      throw new Error("invertCt: expected prime modulus > 1, got " + prime);
    const an = mod(a, prime);
    if (an === _0n2)
      throw new Error("invertCt: expected non-zero number");
    const inverse = pow(an, prime - _2n, prime);
    if (mod(an * inverse, prime) !== _1n2)
      throw new Error("invertCt: does not exist");
    return inverse;
  }
  function assertIsSquare(Fp2, root2, n) {
    const F = Fp2;
    if (!F.eql(F.sqr(root2), n))
      throw new Error("Cannot find square root");
  }
  function aoddModulus(order, fnName) {
    if ((order & _1n2) === _0n2)
      throw new Error(fnName + ": expected odd modulus, got " + order);
  }
  function sqrt3mod4(Fp2, n) {
    const F = Fp2;
    const p1div4 = (F.ORDER + _1n2) / _4n;
    const root2 = F.pow(n, p1div4);
    assertIsSquare(F, root2, n);
    return root2;
  }
  function sqrt5mod8(Fp2, n) {
    const F = Fp2;
    const p5div8 = (F.ORDER - _5n) / _8n;
    const n2 = F.mul(n, _2n);
    const v = F.pow(n2, p5div8);
    const nv = F.mul(n, v);
    const i = F.mul(F.mul(nv, _2n), v);
    const root2 = F.mul(nv, F.sub(i, F.ONE));
    assertIsSquare(F, root2, n);
    return root2;
  }
  function sqrt9mod16(P2) {
    const Fp_ = Field(P2);
    const tn = tonelliShanks(P2);
    const c1 = tn(Fp_, Fp_.neg(Fp_.ONE));
    const c2 = tn(Fp_, c1);
    const c3 = tn(Fp_, Fp_.neg(c1));
    const c4 = (P2 + _7n) / _16n;
    return ((Fp2, n) => {
      const F = Fp2;
      let tv1 = F.pow(n, c4);
      let tv2 = F.mul(tv1, c1);
      const tv3 = F.mul(tv1, c2);
      const tv4 = F.mul(tv1, c3);
      const e1 = F.eql(F.sqr(tv2), n);
      const e2 = F.eql(F.sqr(tv3), n);
      tv1 = F.cmov(tv1, tv2, e1);
      tv2 = F.cmov(tv4, tv3, e2);
      const e3 = F.eql(F.sqr(tv2), n);
      const root2 = F.cmov(tv1, tv2, e3);
      assertIsSquare(F, root2, n);
      return root2;
    });
  }
  function tonelliShanks(P2) {
    if (P2 < _3n)
      throw new Error("sqrt is not defined for small field");
    aoddModulus(P2, "tonelliShanks");
    let Q = P2 - _1n2;
    let S = 0;
    while (Q % _2n === _0n2) {
      Q /= _2n;
      S++;
    }
    let Z = _2n;
    const _Fp = Field(P2);
    while (FpLegendre(_Fp, Z) === 1) {
      if (Z++ > 1e3)
        throw new Error("Cannot find square root: probably non-prime P");
    }
    if (S === 1)
      return sqrt3mod4;
    let cc = _Fp.pow(Z, Q);
    const Q1div2 = (Q + _1n2) / _2n;
    return function tonelliSlow(Fp2, n) {
      const F = Fp2;
      if (F.is0(n))
        return n;
      if (FpLegendre(F, n) !== 1)
        throw new Error("Cannot find square root");
      let M = S;
      let c = F.mul(F.ONE, cc);
      let t = F.pow(n, Q);
      let R = F.pow(n, Q1div2);
      while (!F.eql(t, F.ONE)) {
        if (F.is0(t))
          throw new Error("Cannot find square root: probably non-prime P");
        let i = 1;
        let t_tmp = F.sqr(t);
        while (!F.eql(t_tmp, F.ONE)) {
          i++;
          t_tmp = F.sqr(t_tmp);
          if (i === M)
            throw new Error("Cannot find square root");
        }
        const exponent = _1n2 << BigInt(M - i - 1);
        const b = F.pow(c, exponent);
        M = i;
        c = F.sqr(b);
        t = F.mul(t, c);
        R = F.mul(R, b);
      }
      return R;
    };
  }
  function FpSqrt(P2) {
    aoddModulus(P2, "Fp.sqrt");
    if (P2 % _4n === _3n)
      return sqrt3mod4;
    if (P2 % _8n === _5n)
      return sqrt5mod8;
    if (P2 % _16n === _9n)
      return sqrt9mod16(P2);
    return tonelliShanks(P2);
  }
  var isNegativeLE = (num, modulo) => (mod(num, modulo) & _1n2) === _1n2;
  var FIELD_FIELDS = [
    "create",
    "isValid",
    "is0",
    "neg",
    "inv",
    "sqrt",
    "sqr",
    "eql",
    "add",
    "sub",
    "mul",
    "pow",
    "div",
    "addN",
    "subN",
    "mulN",
    "sqrN"
  ];
  function validateField(field) {
    aobject2(field, "field");
    if (typeof field.ORDER !== "bigint")
      throw new TypeError('param "ORDER" is invalid: expected bigint, got ' + typeof field.ORDER);
    asafenumber(field.BYTES, "BYTES");
    asafenumber(field.BITS, "BITS");
    for (const name of FIELD_FIELDS)
      afunction(field[name], "field." + name);
    if (field.BYTES < 1 || field.BITS < 1)
      throw new Error("invalid field: expected BYTES/BITS > 0");
    if (field.ORDER <= _1n2)
      throw new Error("invalid field: expected ORDER > 1, got " + field.ORDER);
    return field;
  }
  function FpInvertBatch(Fp2, nums, passZero = false) {
    validateField(Fp2);
    aarray(nums, "nums");
    abool2(passZero, "passZero");
    const F = Fp2;
    const inverted = new Array(nums.length).fill(passZero ? F.ZERO : void 0);
    const multipliedAcc = nums.reduce((acc, num, i) => {
      if (F.is0(num))
        return acc;
      inverted[i] = acc;
      return F.mul(acc, num);
    }, F.ONE);
    const invertedAcc = F.inv(multipliedAcc);
    nums.reduceRight((acc, num, i) => {
      if (F.is0(num))
        return acc;
      inverted[i] = F.mul(acc, inverted[i]);
      return F.mul(acc, num);
    }, invertedAcc);
    return inverted;
  }
  function FpLegendre(Fp2, n) {
    validateField(Fp2);
    const F = Fp2;
    aoddModulus(F.ORDER, "FpLegendre");
    const p1mod2 = (F.ORDER - _1n2) / _2n;
    const powered = F.pow(n, p1mod2);
    const yes = F.eql(powered, F.ONE);
    const zero2 = F.eql(powered, F.ZERO);
    const no = F.eql(powered, F.neg(F.ONE));
    if (!yes && !zero2 && !no)
      throw new Error("invalid Legendre symbol result");
    return yes ? 1 : zero2 ? 0 : -1;
  }
  function nLength(n, nBitLength) {
    if (nBitLength !== void 0)
      anumber2(nBitLength);
    if (n <= _0n2)
      throw new Error("invalid n length: expected positive n, got " + n);
    if (nBitLength !== void 0 && nBitLength < 1)
      throw new Error("invalid n length: expected positive bit length, got " + nBitLength);
    const bits = bitLen(n);
    if (nBitLength !== void 0 && nBitLength < bits)
      throw new Error(`invalid n length: expected nBitLength (${nBitLength}) >= bitLen(n) (${bits})`);
    const _nBitLength = nBitLength !== void 0 ? nBitLength : bits;
    const nByteLength = Math.ceil(_nBitLength / 8);
    return { nBitLength: _nBitLength, nByteLength };
  }
  var FIELD_SQRT = /* @__PURE__ */ new WeakMap();
  var _Field = class {
    ORDER;
    BITS;
    BYTES;
    isLE;
    ZERO = _0n2;
    ONE = _1n2;
    _lengths;
    _mod;
    constructor(ORDER, opts = {}) {
      if (ORDER <= _1n2)
        throw new Error("invalid field: expected ORDER > 1, got " + ORDER);
      let _nbitLength = void 0;
      this.isLE = false;
      if (opts != null && typeof opts === "object") {
        if (typeof opts.BITS === "number")
          _nbitLength = opts.BITS;
        if (typeof opts.sqrt === "function")
          Object.defineProperty(this, "sqrt", { value: opts.sqrt, enumerable: true });
        if (typeof opts.isLE === "boolean")
          this.isLE = opts.isLE;
        if (opts.allowedLengths)
          this._lengths = Object.freeze(opts.allowedLengths.slice());
        if (typeof opts.modFromBytes === "boolean")
          this._mod = opts.modFromBytes;
      }
      const { nBitLength, nByteLength } = nLength(ORDER, _nbitLength);
      if (nByteLength > 2048)
        throw new Error("invalid field: expected ORDER of <= 2048 bytes");
      this.ORDER = ORDER;
      this.BITS = nBitLength;
      this.BYTES = nByteLength;
      Object.freeze(this);
    }
    create(num) {
      return mod(num, this.ORDER);
    }
    isValid(num) {
      if (typeof num !== "bigint")
        throw new TypeError("invalid field element: expected bigint, got " + typeof num);
      return _0n2 <= num && num < this.ORDER;
    }
    is0(num) {
      return num === _0n2;
    }
    // is valid and invertible
    isValidNot0(num) {
      return !this.is0(num) && this.isValid(num);
    }
    isOdd(num) {
      return (num & _1n2) === _1n2;
    }
    neg(num) {
      return mod(-num, this.ORDER);
    }
    eql(lhs, rhs) {
      return lhs === rhs;
    }
    sqr(num) {
      return mod(num * num, this.ORDER);
    }
    add(lhs, rhs) {
      return mod(lhs + rhs, this.ORDER);
    }
    sub(lhs, rhs) {
      return mod(lhs - rhs, this.ORDER);
    }
    mul(lhs, rhs) {
      return mod(lhs * rhs, this.ORDER);
    }
    pow(num, power) {
      return pow(num, power, this.ORDER);
    }
    div(lhs, rhs) {
      return mod(lhs * invert(rhs, this.ORDER), this.ORDER);
    }
    // Same as above, but doesn't normalize
    sqrN(num) {
      return num * num;
    }
    addN(lhs, rhs) {
      return lhs + rhs;
    }
    subN(lhs, rhs) {
      return lhs - rhs;
    }
    mulN(lhs, rhs) {
      return lhs * rhs;
    }
    inv(num) {
      return invert(num, this.ORDER);
    }
    sqrt(num) {
      let sqrt = FIELD_SQRT.get(this);
      if (!sqrt)
        FIELD_SQRT.set(this, sqrt = FpSqrt(this.ORDER));
      return sqrt(this, num);
    }
    toBytes(num) {
      return this.isLE ? numberToBytesLE(num, this.BYTES) : numberToBytesBE(num, this.BYTES);
    }
    fromBytes(bytes2, skipValidation = false) {
      abytes2(bytes2);
      const { _lengths: allowedLengths, BYTES, isLE: isLE2, ORDER, _mod: modFromBytes } = this;
      if (allowedLengths) {
        if (bytes2.length < 1 || !allowedLengths.includes(bytes2.length) || bytes2.length > BYTES) {
          throw new Error("Field.fromBytes: expected " + allowedLengths + " bytes, got " + bytes2.length);
        }
        const padded = new Uint8Array(BYTES);
        padded.set(bytes2, isLE2 ? 0 : padded.length - bytes2.length);
        bytes2 = padded;
      }
      if (bytes2.length !== BYTES)
        throw new Error("Field.fromBytes: expected " + BYTES + " bytes, got " + bytes2.length);
      let scalar = isLE2 ? bytesToNumberLE(bytes2) : bytesToNumberBE(bytes2);
      if (modFromBytes)
        scalar = mod(scalar, ORDER);
      if (!skipValidation) {
        if (!this.isValid(scalar))
          throw new Error("invalid field element: outside of range 0..ORDER");
      }
      return scalar;
    }
    // TODO: we don't need it here, move out to separate fn
    invertBatch(lst) {
      return FpInvertBatch(this, lst, true);
    }
    // We can't move this out because Fp6, Fp12 implement it
    // and it's unclear what to return in there.
    cmov(a, b, condition) {
      abool2(condition, "condition");
      return condition ? b : a;
    }
  };
  function Field(ORDER, opts = {}) {
    Object.freeze(_Field.prototype);
    return new _Field(ORDER, opts);
  }
  function getFieldBytesLength(fieldOrder) {
    if (typeof fieldOrder !== "bigint")
      throw new Error("field order must be bigint");
    if (fieldOrder <= _1n2)
      throw new Error("field order must be greater than 1");
    const bitLength = bitLen(fieldOrder - _1n2);
    return Math.ceil(bitLength / 8);
  }
  function getMinHashLength(fieldOrder) {
    const length = getFieldBytesLength(fieldOrder);
    return length + Math.ceil(length / 2);
  }
  function mapHashToField(key2, fieldOrder, isLE2 = false) {
    abytes2(key2);
    const len = key2.length;
    const fieldLen = getFieldBytesLength(fieldOrder);
    const minLen = Math.max(getMinHashLength(fieldOrder), 16);
    if (len < minLen || len > 1024)
      throw new Error("expected " + minLen + "-1024 bytes of input, got " + len);
    const num = isLE2 ? bytesToNumberLE(key2) : bytesToNumberBE(key2);
    const reduced = mod(num, fieldOrder - _1n2) + _1n2;
    return isLE2 ? numberToBytesLE(reduced, fieldLen) : numberToBytesBE(reduced, fieldLen);
  }

  // node_modules/@noble/curves/abstract/curve.js
  var _0n3 = /* @__PURE__ */ BigInt(0);
  var _1n3 = /* @__PURE__ */ BigInt(1);
  var _4n2 = /* @__PURE__ */ BigInt(4);
  var BLIND_BYTES = 16;
  var BLIND_BITS = 128;
  var FW_WINDOW = 5;
  var TABLE_BYTES_MAX = /* @__PURE__ */ (() => 2 ** 31)();
  function validatePointCons(Point5) {
    const pc = Point5;
    if (typeof pc !== "function")
      throw new TypeError('"Point" expected constructor, got type=' + typeof Point5);
    afunction(pc.fromAffine, "Point.fromAffine");
    afunction(pc.fromBytes, "Point.fromBytes");
    afunction(pc.fromHex, "Point.fromHex");
    aobject2(pc.BASE, "Point.BASE");
    aobject2(pc.ZERO, "Point.ZERO");
    validateField(pc.Fp);
    validateField(pc.Fn);
  }
  function normalizeZ(c, points) {
    validatePointCons(c);
    validateMSMPoints(points, c);
    const invertedZs = FpInvertBatch(c.Fp, points.map((p) => p.Z));
    return points.map((p, i) => c.fromAffine(p.toAffine(invertedZs[i])));
  }
  function validateW(W, bits, min = 1) {
    if (!Number.isSafeInteger(W) || W < min || W > bits)
      throw new Error("invalid window size, expected [" + min + ".." + bits + "], got W=" + W);
  }
  function validateTableBytes(numPoints, fpBytes) {
    const bytes2 = numPoints * (4 * fpBytes + 128);
    if (bytes2 > TABLE_BYTES_MAX)
      throw new Error("invalid window size: table would need ~" + Math.ceil(bytes2 / 2 ** 20) + " MiB, max " + TABLE_BYTES_MAX / 2 ** 20 + " MiB");
  }
  function probeRandomBytes(randomBytes3, length) {
    if (randomBytes3 === void 0)
      return void 0;
    afunction(randomBytes3, "randomBytes");
    try {
      const probe = randomBytes3(length);
      if (!isBytes2(probe) || probe.length !== length)
        return void 0;
    } catch {
      return void 0;
    }
    return randomBytes3;
  }
  function validateMSMPoints(points, c) {
    aarray(points, "points");
    points.forEach((p, i) => {
      if (!(p instanceof c))
        throw new Error("invalid point at index " + i);
    });
  }
  function validateMSMScalars(scalars2, field, maxScalar) {
    if (!Array.isArray(scalars2))
      throw new Error("array of scalars expected");
    scalars2.forEach((s, i) => {
      const ok = maxScalar === void 0 ? field.isValid(s) : isPosBig(s) && s < maxScalar;
      if (!ok)
        throw new Error("invalid scalar at index " + i);
    });
  }
  var pointWindowSizes = /* @__PURE__ */ new WeakMap();
  function getWindowSize(P2) {
    return pointWindowSizes.get(P2) || 1;
  }
  function oddMultiples(p, size) {
    const dbl = p.double();
    const t = [p];
    for (let j = 1; j < size; j++)
      t.push(t[j - 1].add(dbl));
    return t;
  }
  function wnafDigits(n, W) {
    const size = 2 ** W;
    const half = size / 2;
    const mask = BigInt(size - 1);
    const d = [];
    while (n > _0n3) {
      let w = 0;
      if (n & _1n3) {
        w = Number(n & mask);
        if (w >= half)
          w -= size;
        n -= BigInt(w);
      }
      d.push(w);
      n >>= _1n3;
    }
    return d;
  }
  function signedWindowDigits(n, W, windows) {
    const size = 2 ** W;
    const half = size / 2;
    const mask = BigInt(size - 1);
    const shiftBy = BigInt(W);
    const d = [];
    for (let w = 0; w < windows; w++) {
      let v = Number(n & mask);
      n >>= shiftBy;
      if (v > half) {
        v -= size;
        n += _1n3;
      }
      d.push(v);
    }
    if (n !== _0n3)
      throw new Error("invalid wnaf");
    return d;
  }
  function wnafWalk(zero2, tables, digits) {
    let max = 0;
    for (const d of digits)
      max = Math.max(max, d.length);
    let acc = zero2;
    for (let bit = max - 1; bit >= 0; bit--) {
      if (bit !== max - 1)
        acc = acc.double();
      for (let i = 0; i < digits.length; i++) {
        const w = digits[i][bit];
        if (w) {
          const item = tables[i][Math.abs(w) - 1 >> 1];
          acc = acc.add(w < 0 ? item.negate() : item);
        }
      }
    }
    return acc;
  }
  var ScalarMultiplier = class {
    Point;
    BASE;
    ZERO;
    randomBytes;
    wnafPrecomputes = /* @__PURE__ */ new WeakMap();
    baseCanBeBlinded;
    bits;
    // Parametrized with a given Point class (not individual point)
    constructor(Point5, randomBytes3) {
      validatePointCons(Point5);
      this.randomBytes = probeRandomBytes(randomBytes3, BLIND_BYTES);
      this.Point = Point5;
      this.BASE = Point5.BASE;
      this.ZERO = Point5.ZERO;
      this.bits = Point5.Fn.BITS;
    }
    /**
     * Creates a signed fixed-window wNAF precomputation table: for every window w, the
     * multiples `[1..2^(W−1)]⋅2^(w⋅W)⋅P`, flattened. All doublings are baked into the table,
     * so cached multiplication is additions-only. `windows = ceil(bits/W) + 1`: the extra
     * window absorbs the final carry of signed-digit recoding.
     * For a 256-bit curve and W=6, the table is 44⋅32 = 1408 points.
     * @param point - Point instance
     * @param W - window size
     * @param bits - scalar bitlength the table must cover
     */
    buildWnafTable(point, W, bits) {
      const windows = Math.ceil(bits / W) + 1;
      const half = 2 ** (W - 1);
      const comp = [];
      let base = point;
      for (let w = 0; w < windows; w++) {
        let acc = base;
        for (let i = 0; i < half; i++) {
          comp.push(acc);
          acc = acc.add(base);
        }
        base = comp[comp.length - 1].double();
      }
      return { W, bits, windows, comp };
    }
    /**
     * Implements ec multiplication using precomputed signed fixed-window wNAF tables.
     * Constant-time: fixed window count with one table addition per window — zero digits feed
     * the fake accumulator — and no doublings; the lookup scans the whole window slice.
     * Scalar bounds are validated by the public entry points ({@link ScalarMultiplier.mulCT},
     * {@link ScalarMultiplier.mulCTBlinded}, {@link ScalarMultiplier.mulUnsafe});
     * signedWindowDigits throws if `n` exceeds the table.
     * @returns real and fake (for const-time) points
     */
    wnafCachedCT(precomputes, n) {
      const { W, windows, comp } = precomputes;
      const half = 2 ** (W - 1);
      const digits = signedWindowDigits(n, W, windows);
      let p = this.ZERO;
      let f = this.BASE;
      for (let w = 0; w < windows; w++) {
        const digit = digits[w];
        const start2 = w * half;
        const idx = Math.abs(digit) - 1;
        let sel = comp[start2];
        for (let i = 1; i < half; i++)
          sel = i === idx ? comp[start2 + i] : sel;
        const neg = sel.negate();
        if (digit === 0)
          f = f.add(comp[start2]);
        else
          p = p.add(digit < 0 ? neg : sel);
      }
      return { p, f };
    }
    // Cache key is point identity plus (W, bits); at most two entries exist per point (public-width
    // `Fn.BITS` and blinded `Fn.BITS + BLIND_BITS`). Callers must not reuse the same point with
    // incompatible `transform(...)` layouts and expect a separate cache entry.
    getWnafPrecomputes(W, point, bits, transform) {
      let entries = this.wnafPrecomputes.get(point);
      let comp = entries?.find((entry2) => entry2.W === W && entry2.bits === bits);
      if (!comp) {
        comp = this.buildWnafTable(point, W, bits);
        if (typeof transform === "function")
          comp = { ...comp, comp: transform(comp.comp) };
        if (!entries) {
          entries = [];
          this.wnafPrecomputes.set(point, entries);
        }
        entries.push(comp);
      }
      return comp;
    }
    assertPoint(point) {
      if (!(point instanceof this.Point))
        throw new TypeError('"point" expected Point instance, got type=' + typeof point);
    }
    // Shared prologue of the constant-time entry points. Rejects scalar 0: in key/signature-style
    // callers a zero scalar means broken upstream plumbing, and concrete Points already reject it.
    // Uses inRange instead of Fn.isValidNot0: validateField() only certifies the arithmetic subset.
    validateMulInput(point, scalar) {
      this.assertPoint(point);
      if (!inRange(scalar, _1n3, this.Point.Fn.ORDER))
        throw new Error("invalid scalar");
    }
    // Constant-time dispatch shared by mulCT / mulCTBlinded. Un-precomputed points (W===1, e.g.
    // ECDH peer keys) skip building a throwaway cached table in favor of a small fixed-window
    // multiply. `n` must be < 2^bits.
    runCT(point, n, bits, transform) {
      const W = getWindowSize(point);
      if (W === 1)
        return this.fixedWindowCT(point, n, bits);
      return this.wnafCachedCT(this.getWnafPrecomputes(W, point, bits, transform), n);
    }
    mulCT(point, scalar, transform) {
      this.validateMulInput(point, scalar);
      return this.runCT(point, scalar, this.bits, transform);
    }
    mulCTBlinded(point, scalar, transform) {
      this.validateMulInput(point, scalar);
      if (this.randomBytes === void 0)
        throw new Error("randomBytes is required for scalar blinding");
      const bits = this.Point.Fn.BITS + BLIND_BITS;
      const blind = this.randomBytes(BLIND_BYTES);
      if (!isBytes2(blind) || blind.length !== BLIND_BYTES)
        throw new Error("randomBytes returned invalid byte array");
      blind[0] = blind[0] & 63 | 128;
      const n = scalar + bytesToNumberBE(blind) * this.Point.Fn.ORDER;
      return this.runCT(point, n, bits, transform);
    }
    /**
     * Constant-time multiplication `n*point` for an un-precomputed point, via a small fixed window.
     * A cached wNAF table only pays off when reused; a flat 2^FW_WINDOW table (`size-1` adds) is
     * far cheaper to build for a single use. The point-operation sequence is independent of `n`:
     * build the table, then per window exactly FW_WINDOW doublings, a data-oblivious scan over
     * every table entry, and one addition (adds the identity when the window digit is 0 — never
     * skipped).
     *
     * `n` must be `< 2^bits`. Assumes complete addition (adding the identity costs the same as any
     * add), which holds for the Weierstrass/Edwards point types used here. The table is left in
     * projective form (no normalizeZ): normalizing this small a table costs more than the
     * mixed-add savings it would buy for a single multiply.
     * @returns real point `p`; `f` duplicates it only to match {@link wnafCachedCT}'s return shape
     * (this path needs no fake accumulator — its op-count is already scalar-independent).
     */
    fixedWindowCT(point, n, bits) {
      const W = FW_WINDOW;
      const size = 1 << W;
      const mask = bitMask(W);
      const table = new Array(size);
      table[0] = this.ZERO;
      for (let i = 1; i < size; i++)
        table[i] = table[i - 1].add(point);
      const windows = Math.ceil(bits / W);
      let acc = this.ZERO;
      for (let window = windows - 1; window >= 0; window--) {
        if (window !== windows - 1)
          for (let d = 0; d < W; d++)
            acc = acc.double();
        const digit = Number(n >> BigInt(window * W) & mask);
        let sel = table[0];
        for (let i = 1; i < size; i++)
          sel = i === digit ? table[i] : sel;
        acc = acc.add(sel);
      }
      return { p: acc, f: acc };
    }
    shouldBlind(point, cofactor) {
      if (this.randomBytes === void 0)
        return false;
      if (cofactor === _1n3)
        return true;
      if (point !== this.BASE)
        return false;
      if (this.baseCanBeBlinded === void 0)
        this.baseCanBeBlinded = this.mulUnsafe(this.BASE, this.Point.Fn.ORDER).is0();
      return this.baseCanBeBlinded;
    }
    mulSecret(point, scalar, cofactor, transform) {
      return this.shouldBlind(point, cofactor) ? this.mulCTBlinded(point, scalar, transform) : this.mulCT(point, scalar, transform);
    }
    mulUnsafe(point, scalar, transform) {
      this.assertPoint(point);
      if (!isPosBig(scalar))
        throw new Error("invalid scalar");
      const W = getWindowSize(point);
      if (W === 1 || scalar >= this.Point.Fn.ORDER)
        return mulAddUnsafe(this.Point, [point], [scalar], true);
      const precomputes = this.getWnafPrecomputes(W, point, this.bits, transform);
      return this.wnafCachedCT(precomputes, scalar).p;
    }
    // Remembers the window size used for precomputed wNAF multiplication of the given point
    // and drops any previously built tables. Usually only the base point is precomputed.
    // W=1 resets the point to the un-precomputed (table-less) paths.
    // W is additionally capped so tables stay under ~2 GiB ({@link TABLE_BYTES_MAX}).
    setWindowSize(point, W) {
      this.assertPoint(point);
      validateW(W, this.bits);
      const windows = Math.ceil((this.bits + BLIND_BITS) / W) + 1;
      validateTableBytes(windows * 2 ** (W - 1), this.Point.Fp.BYTES);
      pointWindowSizes.set(point, W);
      this.wnafPrecomputes.delete(point);
    }
    // True when a window size is set: tables themselves are built lazily on first multiply.
    hasWindowSize(point) {
      return getWindowSize(point) !== 1;
    }
  };
  function mulAddUnsafe(c, points, scalars2, allowOversized = false) {
    validatePointCons(c);
    validateMSMPoints(points, c);
    abool2(allowOversized, "allowOversized");
    validateMSMScalars(scalars2, c.Fn, allowOversized ? c.Fn.ORDER ** _4n2 : void 0);
    if (points.length !== scalars2.length)
      throw new Error("arrays of points and scalars must have equal length");
    const tables = points.map((p) => oddMultiples(p, 4));
    const digits = scalars2.map((n) => wnafDigits(n, 4));
    return wnafWalk(c.ZERO, tables, digits);
  }
  function pippenger(c, points, scalars2) {
    validatePointCons(c);
    const fieldN = c.Fn;
    validateMSMPoints(points, c);
    validateMSMScalars(scalars2, fieldN);
    const plength = points.length;
    const slength = scalars2.length;
    if (plength !== slength)
      throw new Error("arrays of points and scalars must have equal length");
    const zero2 = c.ZERO;
    if (plength === 0)
      return zero2;
    const wbits = bitLen(BigInt(plength));
    let windowSize = 1;
    if (wbits > 12)
      windowSize = wbits - 3;
    else if (wbits > 4)
      windowSize = wbits - 2;
    else if (wbits > 0)
      windowSize = 2;
    const MASK = bitMask(windowSize);
    const buckets2 = new Array(Number(MASK) + 1).fill(zero2);
    const lastBits = Math.floor((fieldN.BITS - 1) / windowSize) * windowSize;
    let sum = zero2;
    for (let i = lastBits; i >= 0; i -= windowSize) {
      buckets2.fill(zero2);
      for (let j = 0; j < slength; j++) {
        const scalar = scalars2[j];
        const wbits2 = Number(scalar >> BigInt(i) & MASK);
        buckets2[wbits2] = buckets2[wbits2].add(points[j]);
      }
      let resI = zero2;
      for (let j = buckets2.length - 1, sumI = zero2; j > 0; j--) {
        sumI = sumI.add(buckets2[j]);
        resI = resI.add(sumI);
      }
      sum = sum.add(resI);
      if (i !== 0)
        for (let j = 0; j < windowSize; j++)
          sum = sum.double();
    }
    return sum;
  }
  function createField(order, field, isLE2) {
    if (field) {
      if (field.ORDER !== order)
        throw new Error("Field.ORDER must match order: Fp == p, Fn == n");
      validateField(field);
      return field;
    } else {
      return Field(order, { isLE: isLE2 });
    }
  }
  function createCurveFields(type, CURVE, curveOpts = {}, FpFnLE) {
    if (type !== "weierstrass" && type !== "edwards")
      throw new Error('expected curve type "weierstrass" or "edwards"');
    if (FpFnLE === void 0)
      FpFnLE = type === "edwards";
    if (!CURVE || typeof CURVE !== "object")
      throw new Error(`expected valid ${type} CURVE object`);
    validateObject(curveOpts);
    for (const p of ["p", "n", "h"]) {
      const val = CURVE[p];
      if (!(isPosBig(val) && val !== _0n3))
        throw new Error(`CURVE.${p} must be positive bigint`);
    }
    const Fp2 = createField(CURVE.p, curveOpts.Fp, FpFnLE);
    const Fn2 = createField(CURVE.n, curveOpts.Fn, FpFnLE);
    const _b = type === "weierstrass" ? "b" : "d";
    const params = ["Gx", "Gy", "a", _b];
    for (const p of params) {
      if (!Fp2.isValid(CURVE[p]))
        throw new Error(`CURVE.${p} must be valid field element of CURVE.Fp`);
    }
    CURVE = Object.freeze(Object.assign({}, CURVE));
    return { CURVE, Fp: Fp2, Fn: Fn2 };
  }
  function createKeygen(randomSecretKey, getPublicKey) {
    return function keygen(seed) {
      const secretKey = randomSecretKey(seed);
      return { secretKey, publicKey: getPublicKey(secretKey) };
    };
  }

  // node_modules/@noble/curves/abstract/edwards.js
  var _0n4 = /* @__PURE__ */ BigInt(0);
  var _1n4 = /* @__PURE__ */ BigInt(1);
  var _2n2 = /* @__PURE__ */ BigInt(2);
  var _4n3 = /* @__PURE__ */ BigInt(4);
  var _8n2 = /* @__PURE__ */ BigInt(8);
  function isEdValidXY(Fp2, CURVE, x, y) {
    const x2 = Fp2.sqr(x);
    const y2 = Fp2.sqr(y);
    const left = Fp2.add(Fp2.mul(CURVE.a, x2), y2);
    const right = Fp2.add(Fp2.ONE, Fp2.mul(CURVE.d, Fp2.mul(x2, y2)));
    return Fp2.eql(left, right);
  }
  function edwards(params, extraOpts = {}) {
    validateObject(extraOpts, {}, {}, "extraOpts");
    const opts = extraOpts;
    const validated = createCurveFields("edwards", params, opts, opts.FpFnLE);
    const { Fp: Fp2, Fn: Fn2 } = validated;
    let CURVE = validated.CURVE;
    const { h: cofactor } = CURVE;
    if (FpLegendre(Fp2, CURVE.a) !== 1)
      throw new Error("edwards: CURVE.a must be a square in Fp for complete addition formulas");
    if (FpLegendre(Fp2, CURVE.d) !== -1)
      throw new Error("edwards: CURVE.d must be a non-square in Fp for complete addition formulas");
    validateObject(opts, {}, { uvRatio: "function", randomBytes: "function" });
    const randomBytes3 = opts.randomBytes === void 0 ? randomBytes2 : opts.randomBytes;
    const MASK = _2n2 << BigInt(Fp2.BYTES * 8) - _1n4;
    function isOdd(n) {
      if (!Fp2.isOdd)
        throw new Error("Field does not have .isOdd()");
      return Fp2.isOdd(n);
    }
    const uvRatio2 = opts.uvRatio === void 0 ? (u, v) => {
      try {
        return { isValid: true, value: Fp2.sqrt(Fp2.div(u, v)) };
      } catch (e) {
        return { isValid: false, value: _0n4 };
      }
    } : opts.uvRatio;
    if (!isEdValidXY(Fp2, CURVE, CURVE.Gx, CURVE.Gy))
      throw new Error("bad curve params: generator point");
    const mulA = Fp2.eql(CURVE.a, Fp2.neg(Fp2.ONE)) ? (x) => Fp2.neg(x) : Fp2.eql(CURVE.a, Fp2.ONE) ? (x) => x : (x) => Fp2.mul(CURVE.a, x);
    function acoord(title, n, banZero = false) {
      const min = banZero ? _1n4 : _0n4;
      aInRange("coordinate " + title, n, min, MASK);
      return n;
    }
    function aedpoint(other) {
      if (!(other instanceof Point5))
        throw new Error("EdwardsPoint expected");
    }
    class Point5 {
      static BASE = new Point5(CURVE.Gx, CURVE.Gy, Fp2.ONE, Fp2.mul(CURVE.Gx, CURVE.Gy));
      static ZERO = new Point5(Fp2.ZERO, Fp2.ONE, Fp2.ONE, Fp2.ZERO);
      static Fp = Fp2;
      static Fn = Fn2;
      X;
      Y;
      Z;
      T;
      constructor(X, Y, Z, T) {
        this.X = acoord("x", X);
        this.Y = acoord("y", Y);
        this.Z = acoord("z", Z, true);
        this.T = acoord("t", T);
        Object.freeze(this);
      }
      static CURVE() {
        return CURVE;
      }
      /**
       * Create one extended Edwards point from affine coordinates.
       * Does NOT validate that the point is on-curve or torsion-free.
       * Use `.assertValidity()` on adversarial inputs.
       */
      static fromAffine(p) {
        if (p instanceof Point5)
          throw new Error("extended point not allowed");
        const { x, y } = p || {};
        acoord("x", x);
        acoord("y", y);
        return new Point5(x, y, Fp2.ONE, Fp2.mul(x, y));
      }
      // Uses algo from RFC8032 5.1.3.
      static fromBytes(bytes2, zip215 = false) {
        const len = Fp2.BYTES;
        const { a, d } = CURVE;
        bytes2 = copyBytes2(abytes2(bytes2, len, "point"));
        abool2(zip215, "zip215");
        const normed = copyBytes2(bytes2);
        const lastByte = bytes2[len - 1];
        normed[len - 1] = lastByte & ~128;
        const y = bytesToNumberLE(normed);
        const max = zip215 ? MASK : Fp2.ORDER;
        aInRange("point.y", y, _0n4, max);
        const y2 = Fp2.sqr(y);
        const u = Fp2.sub(y2, Fp2.ONE);
        const v = Fp2.sub(Fp2.mulN(d, y2), a);
        let { isValid, value: x } = uvRatio2(u, v);
        if (!isValid)
          throw new Error("bad point: invalid y coordinate");
        const isXOdd = isOdd(x);
        const isLastByteOdd = (lastByte & 128) !== 0;
        if (!zip215 && Fp2.is0(x) && isLastByteOdd)
          throw new Error("bad point: x=0 and x_0=1");
        if (isLastByteOdd !== isXOdd)
          x = Fp2.neg(x);
        return Point5.fromAffine({ x, y });
      }
      static fromHex(hex2, zip215 = false) {
        return Point5.fromBytes(hexToBytes2(hex2), zip215);
      }
      get x() {
        return this.toAffine().x;
      }
      get y() {
        return this.toAffine().y;
      }
      precompute(windowSize = 6, isLazy = true) {
        wnaf.setWindowSize(this, windowSize);
        if (!isLazy)
          this.multiply(_2n2);
        return this;
      }
      // Useful in fromAffine() - not for fromBytes(), which always created valid points.
      assertValidity() {
        const p = this;
        const { a, d } = CURVE;
        if (p.is0())
          throw new Error("bad point: ZERO");
        const { X, Y, Z, T } = p;
        const X2 = Fp2.sqr(X);
        const Y2 = Fp2.sqr(Y);
        const Z2 = Fp2.sqr(Z);
        const Z4 = Fp2.sqr(Z2);
        const aX2 = Fp2.mul(X2, a);
        const left = Fp2.mul(Fp2.add(aX2, Y2), Z2);
        const right = Fp2.add(Z4, Fp2.mul(d, Fp2.mul(X2, Y2)));
        if (!Fp2.eql(left, right))
          throw new Error("bad point: equation left != right (1)");
        const XY = Fp2.mul(X, Y);
        const ZT = Fp2.mul(Z, T);
        if (!Fp2.eql(XY, ZT))
          throw new Error("bad point: equation left != right (2)");
      }
      // Compare one point to another.
      equals(other) {
        aedpoint(other);
        const { X: X1, Y: Y1, Z: Z1 } = this;
        const { X: X2, Y: Y2, Z: Z2 } = other;
        const X1Z2 = Fp2.mul(X1, Z2);
        const X2Z1 = Fp2.mul(X2, Z1);
        const Y1Z2 = Fp2.mul(Y1, Z2);
        const Y2Z1 = Fp2.mul(Y2, Z1);
        return Fp2.eql(X1Z2, X2Z1) && Fp2.eql(Y1Z2, Y2Z1);
      }
      is0() {
        return this.equals(Point5.ZERO);
      }
      negate() {
        return new Point5(Fp2.neg(this.X), this.Y, this.Z, Fp2.neg(this.T));
      }
      // Fast algo for doubling Extended Point.
      // https://hyperelliptic.org/EFD/g1p/auto-twisted-extended.html#doubling-dbl-2008-hwcd
      // Cost: 4M + 4S + 1*a + 6add + 1*2.
      double() {
        const { X: X1, Y: Y1, Z: Z1 } = this;
        const A = Fp2.sqr(X1);
        const B2 = Fp2.sqr(Y1);
        const C = Fp2.mul(Fp2.sqr(Z1), _2n2);
        const D = mulA(A);
        const x1y1 = Fp2.addN(X1, Y1);
        const E = Fp2.sub(Fp2.subN(Fp2.sqr(x1y1), A), B2);
        const G3 = Fp2.addN(D, B2);
        const F = Fp2.subN(G3, C);
        const H = Fp2.subN(D, B2);
        const X3 = Fp2.mul(E, F);
        const Y3 = Fp2.mul(G3, H);
        const T3 = Fp2.mul(E, H);
        const Z3 = Fp2.mul(F, G3);
        return new Point5(X3, Y3, Z3, T3);
      }
      // Fast algo for adding 2 Extended Points.
      // https://hyperelliptic.org/EFD/g1p/auto-twisted-extended.html#addition-add-2008-hwcd
      // Cost: 9M + 1*a + 1*d + 7add.
      add(other) {
        aedpoint(other);
        const { d } = CURVE;
        const { X: X1, Y: Y1, Z: Z1, T: T1 } = this;
        const { X: X2, Y: Y2, Z: Z2, T: T2 } = other;
        const A = Fp2.mul(X1, X2);
        const B2 = Fp2.mul(Y1, Y2);
        const C = Fp2.mul(Fp2.mulN(T1, d), T2);
        const D = Fp2.mul(Z1, Z2);
        const E = Fp2.sub(Fp2.subN(Fp2.mulN(Fp2.addN(X1, Y1), Fp2.addN(X2, Y2)), A), B2);
        const F = Fp2.subN(D, C);
        const G3 = Fp2.addN(D, C);
        const H = Fp2.sub(B2, mulA(A));
        const X3 = Fp2.mul(E, F);
        const Y3 = Fp2.mul(G3, H);
        const T3 = Fp2.mul(E, H);
        const Z3 = Fp2.mul(F, G3);
        return new Point5(X3, Y3, Z3, T3);
      }
      subtract(other) {
        aedpoint(other);
        return this.add(other.negate());
      }
      // Constant-time multiplication.
      multiply(scalar) {
        if (!Fn2.isValidNot0(scalar))
          throw new RangeError("invalid scalar: expected 1 <= sc < curve.n");
        const { p, f } = wnaf.mulSecret(this, scalar, cofactor, normalize);
        return normalize([p, f])[0];
      }
      // Non-constant-time multiplication. Uses double-and-add algorithm.
      // It's faster, but should only be used when you don't care about
      // an exposed private key e.g. sig verification.
      // Keeps the same subgroup-scalar contract: 0 is allowed for public-scalar callers, but
      // n and larger values are rejected instead of being reduced mod n to the identity point.
      multiplyUnsafe(scalar) {
        if (!Fn2.isValid(scalar))
          throw new RangeError("invalid scalar: expected 0 <= sc < curve.n");
        if (scalar === _0n4)
          return Point5.ZERO;
        if (this.is0() || scalar === _1n4)
          return this;
        return wnaf.mulUnsafe(this, scalar, normalize);
      }
      // Checks if point is of small order.
      // If you add something to small order point, you will have "dirty"
      // point with torsion component.
      // Clears cofactor and checks if the result is 0.
      isSmallOrder() {
        return this.clearCofactor().is0();
      }
      // Multiplies point by curve order and checks if the result is 0.
      // Returns `false` is the point is dirty.
      isTorsionFree() {
        return wnaf.mulUnsafe(this, CURVE.n).is0();
      }
      // Converts Extended point to default (x, y) coordinates.
      // Can accept precomputed Z^-1 - for example, from invertBatch.
      toAffine(invertedZ) {
        const p = this;
        let iz = invertedZ;
        if (iz != null && typeof iz !== "bigint")
          throw new TypeError('"invertedZ" expected bigint, got type=' + typeof iz);
        const { X, Y, Z } = p;
        const is0 = p.is0();
        if (iz == null)
          iz = is0 ? Fp2.create(_8n2) : Fp2.inv(Z);
        const x = Fp2.mul(X, iz);
        const y = Fp2.mul(Y, iz);
        const zz = Fp2.mul(Z, iz);
        if (is0)
          return { x: Fp2.ZERO, y: Fp2.ONE };
        if (!Fp2.eql(zz, Fp2.ONE))
          throw new Error("invZ was invalid");
        return { x, y };
      }
      clearCofactor() {
        if (cofactor === _1n4)
          return this;
        if (cofactor === _2n2)
          return this.double();
        if (cofactor === _4n3)
          return this.double().double();
        if (cofactor === _8n2)
          return this.double().double().double();
        return this.multiplyUnsafe(cofactor);
      }
      toBytes() {
        const { x, y } = this.toAffine();
        const bytes2 = Fp2.toBytes(y);
        bytes2[bytes2.length - 1] |= isOdd(x) ? 128 : 0;
        return bytes2;
      }
      toHex() {
        return bytesToHex2(this.toBytes());
      }
      toString() {
        return `<Point ${this.is0() ? "ZERO" : this.toHex()}>`;
      }
    }
    const normalize = (points) => normalizeZ(Point5, points);
    const wnaf = new ScalarMultiplier(Point5, randomBytes3);
    if (wnaf.bits >= 6)
      Point5.BASE.precompute(6);
    Object.freeze(Point5.prototype);
    Object.freeze(Point5);
    return Point5;
  }
  var PrimeEdwardsPoint = class {
    static BASE;
    static ZERO;
    static Fp;
    static Fn;
    ep;
    /**
     * Wrap one internal Edwards representative directly.
     * This is not a canonical encoding boundary: alternate Edwards
     * representatives may still describe the same abstract wrapper element.
     */
    constructor(ep) {
      this.ep = ep;
    }
    // Static methods that must be implemented by subclasses
    static fromBytes(_bytes) {
      notImplemented();
    }
    static fromHex(_hex) {
      notImplemented();
    }
    get x() {
      return this.toAffine().x;
    }
    get y() {
      return this.toAffine().y;
    }
    // Common implementations
    clearCofactor() {
      return this;
    }
    assertValidity() {
      this.ep.assertValidity();
    }
    /**
     * Return affine coordinates of the current internal Edwards representative.
     * This is a convenience helper, not a canonical Ristretto/Decaf encoding.
     * Equal abstract elements may expose different `x` / `y`; use
     * `toBytes()` / `fromBytes()` for canonical roundtrips.
     */
    toAffine(invertedZ) {
      return this.ep.toAffine(invertedZ);
    }
    toHex() {
      return bytesToHex2(this.toBytes());
    }
    toString() {
      return this.toHex();
    }
    isTorsionFree() {
      return true;
    }
    isSmallOrder() {
      return false;
    }
    add(other) {
      this.assertSame(other);
      return this.init(this.ep.add(other.ep));
    }
    subtract(other) {
      this.assertSame(other);
      return this.init(this.ep.subtract(other.ep));
    }
    multiply(scalar) {
      return this.init(this.ep.multiply(scalar));
    }
    multiplyUnsafe(scalar) {
      return this.init(this.ep.multiplyUnsafe(scalar));
    }
    double() {
      return this.init(this.ep.double());
    }
    negate() {
      return this.init(this.ep.negate());
    }
    precompute(windowSize, isLazy) {
      this.ep.precompute(windowSize, isLazy);
      return this;
    }
  };

  // node_modules/@noble/curves/ed25519.js
  var _1n5 = /* @__PURE__ */ BigInt(1);
  var _2n3 = /* @__PURE__ */ BigInt(2);
  var _5n2 = /* @__PURE__ */ BigInt(5);
  var _8n3 = /* @__PURE__ */ BigInt(8);
  var ed25519_CURVE_p = /* @__PURE__ */ BigInt("0x7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffed");
  var ed25519_CURVE = /* @__PURE__ */ (() => ({
    p: ed25519_CURVE_p,
    n: BigInt("0x1000000000000000000000000000000014def9dea2f79cd65812631a5cf5d3ed"),
    h: _8n3,
    a: BigInt("0x7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffec"),
    d: BigInt("0x52036cee2b6ffe738cc740797779e89800700a4d4141d8ab75eb4dca135978a3"),
    Gx: BigInt("0x216936d3cd6e53fec0a4e231fdd6dc5c692cc7609525a7b2c9562d608f25d51a"),
    Gy: BigInt("0x6666666666666666666666666666666666666666666666666666666666666658")
  }))();
  function ed25519_pow_2_252_3(x) {
    const _10n = BigInt(10), _20n = BigInt(20), _40n = BigInt(40), _80n = BigInt(80);
    const P2 = ed25519_CURVE_p;
    const x2 = x * x % P2;
    const b2 = x2 * x % P2;
    const b4 = pow2(b2, _2n3, P2) * b2 % P2;
    const b5 = pow2(b4, _1n5, P2) * x % P2;
    const b10 = pow2(b5, _5n2, P2) * b5 % P2;
    const b20 = pow2(b10, _10n, P2) * b10 % P2;
    const b40 = pow2(b20, _20n, P2) * b20 % P2;
    const b80 = pow2(b40, _40n, P2) * b40 % P2;
    const b160 = pow2(b80, _80n, P2) * b80 % P2;
    const b240 = pow2(b160, _80n, P2) * b80 % P2;
    const b250 = pow2(b240, _10n, P2) * b10 % P2;
    const pow_p_5_8 = pow2(b250, _2n3, P2) * x % P2;
    return { pow_p_5_8, b2 };
  }
  var ED25519_SQRT_M1 = /* @__PURE__ */ BigInt("19681161376707505956807079304988542015446066515923890162744021073123829784752");
  function uvRatio(u, v) {
    const P2 = ed25519_CURVE_p;
    const v3 = mod(v * v * v, P2);
    const v7 = mod(v3 * v3 * v, P2);
    const pow3 = ed25519_pow_2_252_3(u * v7).pow_p_5_8;
    let x = mod(u * v3 * pow3, P2);
    const vx2 = mod(v * x * x, P2);
    const root1 = x;
    const root2 = mod(x * ED25519_SQRT_M1, P2);
    const useRoot1 = vx2 === u;
    const useRoot2 = vx2 === mod(-u, P2);
    const noRoot = vx2 === mod(-u * ED25519_SQRT_M1, P2);
    if (useRoot1)
      x = root1;
    if (useRoot2 || noRoot)
      x = root2;
    if (isNegativeLE(x, P2))
      x = mod(-x, P2);
    return { isValid: useRoot1 || useRoot2, value: x };
  }
  var ed25519_Point = /* @__PURE__ */ edwards(ed25519_CURVE, { uvRatio });
  var Fp = /* @__PURE__ */ (() => ed25519_Point.Fp)();
  var Fn = /* @__PURE__ */ (() => ed25519_Point.Fn)();
  var SQRT_M1 = ED25519_SQRT_M1;
  var INVSQRT_A_MINUS_D = /* @__PURE__ */ BigInt("54469307008909316920995813868745141605393597292927456921205312896311721017578");
  var invertSqrt = (number) => uvRatio(_1n5, number);
  var MAX_255B = /* @__PURE__ */ BigInt("0x7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff");
  var bytes255ToNumberLE = (bytes2) => Fp.create(bytesToNumberLE(bytes2) & MAX_255B);
  var _RistrettoPoint = class __RistrettoPoint extends PrimeEdwardsPoint {
    // Do NOT change syntax: the following gymnastics is done,
    // because typescript strips comments, which makes bundlers disable tree-shaking.
    // prettier-ignore
    static BASE = /* @__PURE__ */ (() => new __RistrettoPoint(ed25519_Point.BASE))();
    // prettier-ignore
    static ZERO = /* @__PURE__ */ (() => new __RistrettoPoint(ed25519_Point.ZERO))();
    // prettier-ignore
    static Fp = /* @__PURE__ */ (() => Fp)();
    // prettier-ignore
    static Fn = /* @__PURE__ */ (() => Fn)();
    constructor(ep) {
      super(ep);
    }
    /**
     * Create one Ristretto255 point from affine Edwards coordinates.
     * This wraps the internal Edwards representative directly and is not a
     * canonical ristretto255 decoding path.
     * Use `toBytes()` / `fromBytes()` if canonical ristretto255 bytes matter.
     */
    static fromAffine(ap) {
      return new __RistrettoPoint(ed25519_Point.fromAffine(ap));
    }
    assertSame(other) {
      if (!(other instanceof __RistrettoPoint))
        throw new Error("RistrettoPoint expected");
    }
    init(ep) {
      return new __RistrettoPoint(ep);
    }
    static fromBytes(bytes2) {
      abytes(bytes2, 32);
      const { a, d } = ed25519_CURVE;
      const s = bytes255ToNumberLE(bytes2);
      if (!equalBytes(Fp.toBytes(s), bytes2) || Fp.isOdd(s))
        throw new Error("invalid ristretto255 encoding 1");
      const s2 = Fp.sqr(s);
      const u1 = Fp.add(_1n5, Fp.mulN(a, s2));
      const u2 = Fp.sub(_1n5, Fp.mulN(a, s2));
      const u1_2 = Fp.sqr(u1);
      const u2_2 = Fp.sqr(u2);
      const v = Fp.sub(Fp.mulN(Fp.mulN(a, d), u1_2), u2_2);
      const { isValid, value: I } = invertSqrt(Fp.mul(v, u2_2));
      const Dx = Fp.mul(I, u2);
      const Dy = Fp.mul(Fp.mulN(I, Dx), v);
      let x = Fp.mul(Fp.addN(s, s), Dx);
      if (Fp.isOdd(x))
        x = Fp.neg(x);
      const y = Fp.mul(u1, Dy);
      const t = Fp.mul(x, y);
      if (!isValid || Fp.isOdd(t) || Fp.is0(y))
        throw new Error("invalid ristretto255 encoding 2");
      return new __RistrettoPoint(new ed25519_Point(x, y, Fp.ONE, t));
    }
    /**
     * Converts ristretto-encoded string to ristretto point.
     * Described in [RFC9496](https://www.rfc-editor.org/rfc/rfc9496#name-decode).
     * @param hex - Ristretto-encoded 32 bytes. Not every 32-byte string is valid ristretto encoding
     */
    static fromHex(hex2) {
      return __RistrettoPoint.fromBytes(hexToBytes(hex2));
    }
    /**
     * Encodes ristretto point to Uint8Array.
     * Described in [RFC9496](https://www.rfc-editor.org/rfc/rfc9496#name-encode).
     */
    toBytes() {
      let { X, Y, Z, T } = this.ep;
      const u1 = Fp.mul(Fp.add(Z, Y), Fp.sub(Z, Y));
      const u2 = Fp.mul(X, Y);
      const u2sq = Fp.sqr(u2);
      const { value: invsqrt } = invertSqrt(Fp.mul(u1, u2sq));
      const D1 = Fp.mul(invsqrt, u1);
      const D2 = Fp.mul(invsqrt, u2);
      const zInv = Fp.mul(Fp.mulN(D1, D2), T);
      let D;
      if (Fp.isOdd(Fp.mul(T, zInv))) {
        let _x = Fp.mul(Y, SQRT_M1);
        let _y = Fp.mul(X, SQRT_M1);
        X = _x;
        Y = _y;
        D = Fp.mul(D1, INVSQRT_A_MINUS_D);
      } else {
        D = D2;
      }
      if (Fp.isOdd(Fp.mul(X, zInv)))
        Y = Fp.neg(Y);
      let s = Fp.mul(Fp.subN(Z, Y), D);
      if (Fp.isOdd(s))
        s = Fp.neg(s);
      return Fp.toBytes(s);
    }
    /**
     * Compares two Ristretto points.
     * Described in [RFC9496](https://www.rfc-editor.org/rfc/rfc9496#name-equals).
     */
    equals(other) {
      this.assertSame(other);
      const { X: X1, Y: Y1 } = this.ep;
      const { X: X2, Y: Y2 } = other.ep;
      const one = Fp.eql(Fp.mul(X1, Y2), Fp.mul(Y1, X2));
      const two = Fp.eql(Fp.mul(Y1, Y2), Fp.mul(X1, X2));
      return one || two;
    }
    is0() {
      return this.equals(__RistrettoPoint.ZERO);
    }
  };
  var ristretto255 = /* @__PURE__ */ (() => {
    Object.freeze(_RistrettoPoint.BASE);
    Object.freeze(_RistrettoPoint.ZERO);
    Object.freeze(_RistrettoPoint.prototype);
    Object.freeze(_RistrettoPoint);
    return Object.freeze({ Point: _RistrettoPoint });
  })();

  // src/bytes.ts
  var bytes_exports = {};
  __export(bytes_exports, {
    bigToLE32: () => bigToLE32,
    bytesToBigBE: () => bytesToBigBE,
    bytesToBigLE: () => bytesToBigLE,
    concat: () => concat,
    equal: () => equal,
    fromBase64: () => fromBase64,
    fromHex: () => fromHex,
    hex: () => hex,
    readU16: () => readU16,
    toBase64: () => toBase64,
    u16be: () => u16be,
    u32be: () => u32be,
    u64be: () => u64be,
    utf8: () => utf8
  });
  function concat(...parts) {
    let n = 0;
    for (const p of parts) n += p.length;
    const out = new Uint8Array(n);
    let o = 0;
    for (const p of parts) {
      out.set(p, o);
      o += p.length;
    }
    return out;
  }
  function equal(a, b) {
    if (a.length !== b.length) return false;
    let d = 0;
    for (let i = 0; i < a.length; i++) d |= a[i] ^ b[i];
    return d === 0;
  }
  function hex(b) {
    let s = "";
    for (const x of b) s += x.toString(16).padStart(2, "0");
    return s;
  }
  function fromHex(s) {
    if (s.length % 2 !== 0 || !/^[0-9a-fA-F]*$/.test(s)) throw new Error(`bad hex ${s.slice(0, 20)}`);
    const out = new Uint8Array(s.length / 2);
    for (let i = 0; i < out.length; i++) out[i] = parseInt(s.slice(2 * i, 2 * i + 2), 16);
    return out;
  }
  var B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  var B64INV = new Int16Array(128).fill(-1);
  for (let i = 0; i < 64; i++) B64INV[B64.charCodeAt(i)] = i;
  function toBase64(b) {
    let s = "";
    let i = 0;
    for (; i + 2 < b.length; i += 3) {
      const v = b[i] << 16 | b[i + 1] << 8 | b[i + 2];
      s += B64[v >> 18] + B64[v >> 12 & 63] + B64[v >> 6 & 63] + B64[v & 63];
    }
    if (i + 1 === b.length) {
      const v = b[i] << 16;
      s += B64[v >> 18] + B64[v >> 12 & 63] + "==";
    } else if (i + 2 === b.length) {
      const v = b[i] << 16 | b[i + 1] << 8;
      s += B64[v >> 18] + B64[v >> 12 & 63] + B64[v >> 6 & 63] + "=";
    }
    return s;
  }
  function fromBase64(s) {
    if (s.length % 4 !== 0) return void 0;
    let pad = 0;
    if (s.endsWith("==")) pad = 2;
    else if (s.endsWith("=")) pad = 1;
    const n = s.length / 4 * 3 - pad;
    const out = new Uint8Array(n);
    let o = 0;
    for (let i = 0; i < s.length; i += 4) {
      let v = 0;
      for (let j = 0; j < 4; j++) {
        const c = s.charCodeAt(i + j);
        let d;
        if (c === 61 && i + 4 === s.length && j >= 4 - pad) d = 0;
        else {
          d = c < 128 ? B64INV[c] : -1;
          if (d < 0) return void 0;
        }
        v = v << 6 | d;
      }
      if (o < n) out[o++] = v >> 16 & 255;
      if (o < n) out[o++] = v >> 8 & 255;
      if (o < n) out[o++] = v & 255;
    }
    return toBase64(out) === s ? out : void 0;
  }
  function u16be(x) {
    return new Uint8Array([x >> 8 & 255, x & 255]);
  }
  function u32be(x) {
    return new Uint8Array([x >>> 24 & 255, x >>> 16 & 255, x >>> 8 & 255, x & 255]);
  }
  function u64be(x) {
    let v = BigInt(x);
    const out = new Uint8Array(8);
    for (let i = 7; i >= 0; i--) {
      out[i] = Number(v & 255n);
      v >>= 8n;
    }
    return out;
  }
  function readU16(b, o) {
    return b[o] << 8 | b[o + 1];
  }
  function bytesToBigBE(b) {
    let v = 0n;
    for (const x of b) v = v << 8n | BigInt(x);
    return v;
  }
  function bytesToBigLE(b) {
    let v = 0n;
    for (let i = b.length - 1; i >= 0; i--) v = v << 8n | BigInt(b[i]);
    return v;
  }
  function bigToLE32(v) {
    const out = new Uint8Array(32);
    for (let i = 0; i < 32; i++) {
      out[i] = Number(v & 255n);
      v >>= 8n;
    }
    return out;
  }
  var utf8 = (s) => new TextEncoder().encode(s);

  // src/group.ts
  var Point = ristretto255.Point;
  var L = 2n ** 252n + 27742317777372353535851937790883648493n;
  var G = Point.BASE;
  var ZERO = Point.ZERO;
  var mod2 = (x) => {
    const r = x % L;
    return r < 0n ? r + L : r;
  };
  function decodeElement(b) {
    if (b.length !== 32) return void 0;
    let p;
    try {
      p = Point.fromBytes(b);
    } catch {
      return void 0;
    }
    return p.is0() ? void 0 : p;
  }
  function decodeScalar(b) {
    if (b.length !== 32) return void 0;
    const v = bytesToBigLE(b);
    return v < L ? v : void 0;
  }
  var encodeScalar = (s) => bigToLE32(mod2(s));
  function mul(p, s) {
    s = mod2(s);
    return s === 0n ? ZERO : p.multiplyUnsafe(s);
  }
  function msm(points, scalars2) {
    if (points.length === 0) return ZERO;
    return pippenger(Point, points, scalars2.map(mod2));
  }
  function invert2(x) {
    let r = 1n;
    let b = mod2(x);
    let e = L - 2n;
    while (e > 0n) {
      if (e & 1n) r = r * b % L;
      b = b * b % L;
      e >>= 1n;
    }
    return r;
  }

  // src/batch.ts
  function weight() {
    const b = new Uint8Array(16);
    globalThis.crypto.getRandomValues(b);
    let w = 0n;
    for (const x of b) w = w << 8n | BigInt(x);
    return w === 0n ? 1n : w;
  }
  var Batch = class {
    points = [];
    scalars = [];
    shared = /* @__PURE__ */ new Map();
    constructor() {
      this.share(G);
    }
    /** Terms on p are merged into one (G always; the election key, …). */
    share(p) {
      if (!this.shared.has(p)) {
        this.shared.set(p, this.points.length);
        this.points.push(p);
        this.scalars.push(0n);
      }
    }
    /** Adds the equation Σ s·P = 0. */
    add(terms) {
      const w = weight();
      for (const [s, p] of terms) {
        const k = this.shared.get(p);
        if (k !== void 0) this.scalars[k] = mod2(this.scalars[k] + w * s);
        else {
          this.points.push(p);
          this.scalars.push(mod2(w * s));
        }
      }
    }
    /** Appends another batch's (already weighted) terms. */
    merge(o) {
      for (let i = 0; i < o.points.length; i++) {
        const k = this.shared.get(o.points[i]);
        if (k !== void 0) this.scalars[k] = mod2(this.scalars[k] + o.scalars[i]);
        else {
          this.points.push(o.points[i]);
          this.scalars.push(o.scalars[i]);
        }
      }
    }
    check() {
      return msm(this.points, this.scalars).is0();
    }
  };

  // src/proofs.ts
  var MAX_BRANCHES = 65;
  var disjunctiveSize = (lo, hi) => {
    const k = hi - lo + 1;
    return 64 * k + 32 * (2 * k - 1);
  };
  function elements(b, n) {
    const out = [];
    for (let i = 0; i < n; i++) {
      const p = decodeElement(b.subarray(32 * i, 32 * i + 32));
      if (!p) return void 0;
      out.push(p);
    }
    return out;
  }
  function scalars(b, n) {
    const out = [];
    for (let i = 0; i < n; i++) {
      const s = decodeScalar(b.subarray(32 * i, 32 * i + 32));
      if (s === void 0) return void 0;
      out.push(s);
    }
    return out;
  }
  function parseDisjunctive(b, lo, hi) {
    const k = hi - lo + 1;
    if (hi < lo || k > MAX_BRANCHES || b.length !== disjunctiveSize(lo, hi)) return void 0;
    const commitments = elements(b, 2 * k);
    const challenges = commitments && scalars(b.subarray(64 * k), k - 1);
    const responses = challenges && scalars(b.subarray(64 * k + 32 * (k - 1)), k);
    if (!commitments || !challenges || !responses) return void 0;
    return { commitments, commitEnc: b.subarray(0, 64 * k), challenges, responses };
  }
  function verifyDisjunctive(p, t, K, Kenc, A, B2, ctEnc, lo, hi, bv) {
    t.append("K", Kenc).append("ct", ctEnc).u64("lo", lo).u64("hi", hi).append("commit", p.commitEnc);
    const c = t.challenge();
    const k = hi - lo + 1;
    let last = c;
    for (const cj of p.challenges) last -= cj;
    const cs = [...p.challenges, mod2(last)];
    for (let j = 0; j < k; j++) {
      const [a, b, cj, z] = [p.commitments[2 * j], p.commitments[2 * j + 1], cs[j], p.responses[j]];
      bv.add([[z, G], [-1n, a], [-cj, A]]);
      bv.add([[z, K], [-1n, b], [-cj, B2], [cj * BigInt(lo + j), G]]);
    }
  }
  function parseDLEQ(b) {
    if (b.length !== 96) return void 0;
    const e = elements(b, 2);
    const z = decodeScalar(b.subarray(64));
    if (!e || z === void 0) return void 0;
    return { a: e[0], b: e[1], z, enc: b };
  }
  function verifyDLEQ(p, t, Y, H, D, enc, bv) {
    t.append("Y", enc[0]).append("H", enc[1]).append("D", enc[2]).append("a", p.enc.subarray(0, 32)).append("b", p.enc.subarray(32, 64));
    const c = t.challenge();
    bv.add([[p.z, G], [-1n, p.a], [-c, Y]]);
    bv.add([[p.z, H], [-1n, p.b], [-c, D]]);
  }
  function parseSchnorr(b) {
    if (b.length !== 64) return void 0;
    const a = decodeElement(b.subarray(0, 32));
    const z = decodeScalar(b.subarray(32));
    if (!a || z === void 0) return void 0;
    return { a, z, enc: b };
  }
  function verifySchnorr(p, t, X, Xenc, bv) {
    t.append("X", Xenc).append("a", p.enc.subarray(0, 32));
    const c = t.challenge();
    bv.add([[p.z, G], [-1n, p.a], [-c, X]]);
  }

  // src/transcript.ts
  var contextBytes = (c) => concat(u64be(c.chainId), c.contract, c.electionId);
  var Transcript = class {
    parts = [];
    constructor(kind) {
      this.append("dom", utf8("evote/v1/" + kind));
    }
    append(label, data) {
      const l = utf8(label);
      this.parts.push(u16be(l.length), l, u32be(data.length), data);
      return this;
    }
    u64(label, v) {
      return this.append(label, u64be(v));
    }
    ctx(c) {
      return this.append("ctx", contextBytes(c));
    }
    bytes() {
      return concat(...this.parts);
    }
    /** SHA-512 of the transcript as a little-endian integer, mod ℓ. */
    challenge() {
      return bytesToBigLE(sha512(this.bytes())) % L;
    }
  };

  // src/ballot.ts
  function top(q) {
    return q.kind === "ranked" ? q.max : q.kind === "graded" ? q.grades : 1;
  }
  var optionSize = (q) => 64 + disjunctiveSize(0, top(q));
  var selectionSize = (q) => q.kind ? 0 : disjunctiveSize(q.min, q.max);
  function ballotSize(qs) {
    let n = 1;
    for (const q of qs) n += q.options * optionSize(q) + selectionSize(q);
    return n;
  }
  function parseCiphertext(b) {
    const A = decodeElement(b.subarray(0, 32));
    const B2 = A && decodeElement(b.subarray(32, 64));
    return A && B2 ? { A, B: B2, enc: b.subarray(0, 64) } : void 0;
  }
  function parseBallot(e, b) {
    if (b.length !== ballotSize(e.questions) || b[0] !== 1) return void 0;
    let o = 1;
    const out = [];
    for (const q of e.questions) {
      const ans = { options: [] };
      const size = optionSize(q);
      for (let i = 0; i < q.options; i++) {
        const ct = parseCiphertext(b.subarray(o, o + 64));
        const proof = ct && parseDisjunctive(b.subarray(o + 64, o + size), 0, top(q));
        if (!ct || !proof) return void 0;
        ans.options.push({ ct, proof });
        o += size;
      }
      if (!q.kind) {
        const n = selectionSize(q);
        ans.selections = parseDisjunctive(b.subarray(o, o + n), q.min, q.max);
        if (!ans.selections) return void 0;
        o += n;
      }
      out.push(ans);
    }
    return out;
  }
  function addBallot(e, pseudonym, ballot, bv) {
    bv.share(e.K);
    ballot.forEach((ans, q) => {
      let sumA = Point.ZERO;
      let sumB = Point.ZERO;
      ans.options.forEach(({ ct, proof }, o) => {
        const t2 = new Transcript("ballot/option").ctx(e.ctx).append("pseudonym", pseudonym).u64("question", q).u64("option", o);
        verifyDisjunctive(proof, t2, e.K, e.Kenc, ct.A, ct.B, ct.enc, 0, top(e.questions[q]), bv);
        sumA = sumA.add(ct.A);
        sumB = sumB.add(ct.B);
      });
      const qs = e.questions[q];
      if (!ans.selections) return;
      const t = new Transcript("ballot/selections").ctx(e.ctx).append("pseudonym", pseudonym).u64("question", q);
      const enc = new Uint8Array(64);
      enc.set(sumA.toBytes(), 0);
      enc.set(sumB.toBytes(), 32);
      verifyDisjunctive(ans.selections, t, e.K, e.Kenc, sumA, sumB, enc, qs.min, qs.max, bv);
    });
  }

  // node_modules/@noble/hashes/hmac.js
  var _HMAC = class {
    oHash;
    iHash;
    blockLen;
    outputLen;
    canXOF = false;
    finished = false;
    destroyed = false;
    constructor(hash2, key2) {
      ahash(hash2);
      abytes(key2, void 0, "key");
      this.iHash = hash2.create();
      if (typeof this.iHash.update !== "function")
        throw new Error("expected Hash instance");
      this.blockLen = this.iHash.blockLen;
      this.outputLen = this.iHash.outputLen;
      const blockLen = this.blockLen;
      const pad = new Uint8Array(blockLen);
      pad.set(key2.length > blockLen ? hash2.create().update(key2).digest() : key2);
      for (let i = 0; i < pad.length; i++)
        pad[i] ^= 54;
      this.iHash.update(pad);
      this.oHash = hash2.create();
      for (let i = 0; i < pad.length; i++)
        pad[i] ^= 54 ^ 92;
      this.oHash.update(pad);
      clean(pad);
    }
    update(buf) {
      aexists(this);
      this.iHash.update(buf);
      return this;
    }
    digestInto(out) {
      aexists(this);
      aoutput(out, this);
      this.finished = true;
      const buf = out.subarray(0, this.outputLen);
      this.iHash.digestInto(buf);
      this.oHash.update(buf);
      this.oHash.digestInto(buf);
      this.destroy();
    }
    digest() {
      const out = new Uint8Array(this.oHash.outputLen);
      this.digestInto(out);
      return out;
    }
    _cloneInto(to) {
      to ||= Object.create(Object.getPrototypeOf(this), {});
      const { oHash, iHash, finished, destroyed, blockLen, outputLen, canXOF } = this;
      to = to;
      to.finished = finished;
      to.destroyed = destroyed;
      to.blockLen = blockLen;
      to.outputLen = outputLen;
      to.canXOF = canXOF;
      to.oHash = oHash._cloneInto(to.oHash);
      to.iHash = iHash._cloneInto(to.iHash);
      return to;
    }
    clone() {
      return this._cloneInto();
    }
    destroy() {
      this.destroyed = true;
      this.oHash.destroy();
      this.iHash.destroy();
    }
  };
  var hmac = /* @__PURE__ */ (() => {
    const hmac_ = ((hash2, key2, message) => new _HMAC(hash2, key2).update(message).digest());
    hmac_.create = (hash2, key2) => new _HMAC(hash2, key2);
    return hmac_;
  })();

  // node_modules/@noble/curves/abstract/der.js
  var _0n5 = /* @__PURE__ */ BigInt(0);
  var DERErr = class extends Error {
    constructor(m = "") {
      super(m);
    }
  };
  var _DER = {
    // asn.1 DER encoding utils
    Err: DERErr,
    // Basic building block is TLV (Tag-Length-Value)
    _tlv: {
      encode: (tag, data) => {
        const { Err: E } = _DER;
        asafenumber(tag, "tag");
        if (tag < 0 || tag > 255)
          throw new E("tlv.encode: wrong tag");
        astring(data, "data");
        if (data.length & 1)
          throw new E("tlv.encode: unpadded data");
        const dataLen = data.length / 2;
        const len = numberToHexUnpadded(dataLen);
        if (len.length / 2 & 128)
          throw new E("tlv.encode: long form length too big");
        const lenLen = dataLen > 127 ? numberToHexUnpadded(len.length / 2 | 128) : "";
        const t = numberToHexUnpadded(tag);
        return t + lenLen + len + data;
      },
      // v - value, l - left bytes (unparsed)
      decode(tag, data) {
        const { Err: E } = _DER;
        data = abytes2(data, void 0, "DER data");
        let pos = 0;
        if (tag < 0 || tag > 255)
          throw new E("tlv.decode: wrong tag");
        if (data.length < 2 || data[pos++] !== tag)
          throw new E("tlv.decode: wrong tlv");
        const first = data[pos++];
        const isLong = !!(first & 128);
        let length = 0;
        if (!isLong)
          length = first;
        else {
          const lenLen = first & 127;
          if (!lenLen)
            throw new E("tlv.decode(long): indefinite length not supported");
          if (lenLen > 4)
            throw new E("tlv.decode(long): byte length is too big");
          const lengthBytes = data.subarray(pos, pos + lenLen);
          if (lengthBytes.length !== lenLen)
            throw new E("tlv.decode: length bytes not complete");
          if (lengthBytes[0] === 0)
            throw new E("tlv.decode(long): zero leftmost byte");
          for (const b of lengthBytes)
            length = length << 8 | b;
          pos += lenLen;
          if (length < 128)
            throw new E("tlv.decode(long): not minimal encoding");
        }
        const v = data.subarray(pos, pos + length);
        if (v.length !== length)
          throw new E("tlv.decode: wrong value length");
        return { v, l: data.subarray(pos + length) };
      }
    },
    // https://crypto.stackexchange.com/a/57734 Leftmost bit of first byte is 'negative' flag,
    // since we always use positive integers here. It must always be empty:
    // - add zero byte if exists
    // - if next byte doesn't have a flag, leading zero is not allowed (minimal encoding)
    _int: {
      encode(num) {
        const { Err: E } = _DER;
        abignumber(num);
        if (num < _0n5)
          throw new E("integer: negative integers are not allowed");
        let hex2 = numberToHexUnpadded(num);
        if (Number.parseInt(hex2[0], 16) & 8)
          hex2 = "00" + hex2;
        if (hex2.length & 1)
          throw new E("unexpected DER parsing assertion: unpadded hex");
        return hex2;
      },
      decode(data) {
        const { Err: E } = _DER;
        if (data.length < 1)
          throw new E("invalid signature integer: empty");
        if (data[0] & 128)
          throw new E("invalid signature integer: negative");
        if (data.length > 1 && data[0] === 0 && !(data[1] & 128))
          throw new E("invalid signature integer: unnecessary leading zero");
        return bytesToNumberBE(data);
      }
    },
    toSig(bytes2, maxScalarBytes) {
      const { Err: E, _int: int2, _tlv: tlv2 } = _DER;
      if (maxScalarBytes !== void 0) {
        asafenumber(maxScalarBytes, "maxScalarBytes");
        if (maxScalarBytes < 1)
          throw new E("invalid signature: maxScalarBytes must be positive");
      }
      const data = abytes2(bytes2, void 0, "signature");
      const { v: seqBytes, l: seqLeftBytes } = tlv2.decode(48, data);
      if (seqLeftBytes.length)
        throw new E("invalid signature: left bytes after parsing");
      const { v: rBytes, l: rLeftBytes } = tlv2.decode(2, seqBytes);
      const { v: sBytes, l: sLeftBytes } = tlv2.decode(2, rLeftBytes);
      if (sLeftBytes.length)
        throw new E("invalid signature: left bytes after parsing");
      if (maxScalarBytes !== void 0 && (rBytes.length > maxScalarBytes || sBytes.length > maxScalarBytes))
        throw new E("invalid signature: integer too large");
      return { r: int2.decode(rBytes), s: int2.decode(sBytes) };
    },
    hexFromSig(sig) {
      const { _tlv: tlv2, _int: int2 } = _DER;
      validateObject(sig, { r: "bigint", s: "bigint" }, {}, "sig");
      const rs = tlv2.encode(2, int2.encode(sig.r));
      const ss = tlv2.encode(2, int2.encode(sig.s));
      const seq = rs + ss;
      return tlv2.encode(48, seq);
    }
  };
  var DER = /* @__PURE__ */ (() => {
    Object.freeze(_DER._tlv);
    Object.freeze(_DER._int);
    return Object.freeze(_DER);
  })();

  // node_modules/@noble/curves/abstract/weierstrass.js
  var divNearest = (num, den) => (num + (num >= 0 ? den : -den) / _2n4) / den;
  function _splitEndoScalar(k, basis, n) {
    aInRange("scalar", k, _0n6, n);
    const [[a1, b1], [a2, b2]] = basis;
    const c1 = divNearest(b2 * k, n);
    const c2 = divNearest(-b1 * k, n);
    let k1 = k - c1 * a1 - c2 * a2;
    let k2 = -c1 * b1 - c2 * b2;
    const k1neg = k1 < _0n6;
    const k2neg = k2 < _0n6;
    if (k1neg)
      k1 = -k1;
    if (k2neg)
      k2 = -k2;
    const MAX_NUM = bitMask(Math.ceil(bitLen(n) / 2)) + _1n6;
    if (k1 < _0n6 || k1 >= MAX_NUM || k2 < _0n6 || k2 >= MAX_NUM) {
      throw new Error("splitScalar (endomorphism): failed for k");
    }
    return { k1neg, k1, k2neg, k2 };
  }
  function validateSigFormat(format) {
    if (!["compact", "recovered", "der"].includes(format))
      throw new Error('Signature format must be "compact", "recovered", or "der"');
    return format;
  }
  function validateSigOpts(opts, def) {
    validateObject(opts);
    const optsn = {};
    for (let optName of Object.keys(def)) {
      optsn[optName] = opts[optName] === void 0 ? def[optName] : opts[optName];
    }
    abool2(optsn.lowS, "lowS");
    abool2(optsn.prehash, "prehash");
    if (optsn.format !== void 0)
      validateSigFormat(optsn.format);
    return optsn;
  }
  var _0n6 = /* @__PURE__ */ BigInt(0);
  var _1n6 = /* @__PURE__ */ BigInt(1);
  var _2n4 = /* @__PURE__ */ BigInt(2);
  var _3n2 = /* @__PURE__ */ BigInt(3);
  var _4n4 = /* @__PURE__ */ BigInt(4);
  function weierstrass(params, extraOpts = {}) {
    const validated = createCurveFields("weierstrass", params, extraOpts);
    const Fp2 = validated.Fp;
    const Fn2 = validated.Fn;
    let CURVE = validated.CURVE;
    const { h: cofactor, n: CURVE_ORDER } = CURVE;
    validateObject(extraOpts, {}, {
      allowInfinityPoint: "boolean",
      clearCofactor: "function",
      isTorsionFree: "function",
      fromBytes: "function",
      toBytes: "function",
      endo: "object",
      randomBytes: "function"
    });
    const { endo: endoOpts, allowInfinityPoint, clearCofactor, isTorsionFree, fromBytes, toBytes } = extraOpts;
    const randomBytes3 = extraOpts.randomBytes === void 0 ? randomBytes2 : extraOpts.randomBytes;
    if (endoOpts) {
      if (!Fp2.is0(CURVE.a) || typeof endoOpts.beta !== "bigint" || !Array.isArray(endoOpts.basises)) {
        throw new Error('invalid endo: expected "beta": bigint and "basises": array');
      }
    }
    const endo = endoOpts ? {
      beta: endoOpts.beta,
      basises: endoOpts.basises.map((basis) => [...basis])
    } : void 0;
    const lengths = getWLengths(Fp2, Fn2);
    function assertCompressionIsSupported() {
      if (!Fp2.isOdd)
        throw new Error("compression is not supported: Field does not have .isOdd()");
    }
    function pointToBytes(_c, point, isCompressed) {
      if (point.is0()) {
        if (!allowInfinityPoint)
          throw new Error("bad point: ZERO");
        return Uint8Array.of(0);
      }
      const { x, y } = point.toAffine();
      const bx = Fp2.toBytes(x);
      abool2(isCompressed, "isCompressed");
      if (isCompressed) {
        assertCompressionIsSupported();
        const hasEvenY = !Fp2.isOdd(y);
        return concatBytes2(pprefix(hasEvenY), bx);
      } else {
        return concatBytes2(Uint8Array.of(4), bx, Fp2.toBytes(y));
      }
    }
    function pointFromBytes(bytes2) {
      abytes2(bytes2, void 0, "Point");
      const { publicKey: comp, publicKeyUncompressed: uncomp } = lengths;
      const length = bytes2.length;
      const head = bytes2[0];
      const tail = bytes2.subarray(1);
      if (allowInfinityPoint && length === 1 && head === 0)
        return { x: Fp2.ZERO, y: Fp2.ZERO };
      if (length === comp && (head === 2 || head === 3)) {
        const x = Fp2.fromBytes(tail);
        if (!Fp2.isValid(x))
          throw new Error("bad point: is not on curve, wrong x");
        const y2 = weierstrassEquation(x);
        let y;
        try {
          y = Fp2.sqrt(y2);
        } catch (sqrtError) {
          const err = sqrtError instanceof Error ? ": " + sqrtError.message : "";
          throw new Error("bad point: is not on curve, sqrt error" + err);
        }
        assertCompressionIsSupported();
        const evenY = Fp2.isOdd(y);
        const evenH = (head & 1) === 1;
        if (evenH !== evenY)
          y = Fp2.neg(y);
        return { x, y };
      } else if (length === uncomp && head === 4) {
        const L2 = Fp2.BYTES;
        const x = Fp2.fromBytes(tail.subarray(0, L2));
        const y = Fp2.fromBytes(tail.subarray(L2, L2 * 2));
        if (!isValidXY(x, y))
          throw new Error("bad point: is not on curve");
        return { x, y };
      } else {
        throw new Error(`bad point: got length ${length}, expected compressed=${comp} or uncompressed=${uncomp}`);
      }
    }
    const encodePoint = toBytes === void 0 ? pointToBytes : toBytes;
    const decodePoint = fromBytes === void 0 ? pointFromBytes : fromBytes;
    const b3 = Fp2.mul(CURVE.b, _3n2);
    const mulA = Fp2.is0(CURVE.a) ? (_) => Fp2.ZERO : (x) => Fp2.mul(CURVE.a, x);
    function weierstrassEquation(x) {
      const x2 = Fp2.sqr(x);
      const x3 = Fp2.mul(x2, x);
      return Fp2.add(Fp2.add(x3, Fp2.mul(x, CURVE.a)), CURVE.b);
    }
    function isValidXY(x, y) {
      const left = Fp2.sqr(y);
      const right = weierstrassEquation(x);
      return Fp2.eql(left, right);
    }
    if (!isValidXY(CURVE.Gx, CURVE.Gy))
      throw new Error("bad curve params: generator point");
    const _4a3 = Fp2.mul(Fp2.pow(CURVE.a, _3n2), _4n4);
    const _27b2 = Fp2.mul(Fp2.sqr(CURVE.b), BigInt(27));
    if (Fp2.is0(Fp2.add(_4a3, _27b2)))
      throw new Error("bad curve params: a or b");
    function acoord(title, n, banZero = false) {
      if (!Fp2.isValid(n) || banZero && Fp2.is0(n))
        throw new Error(`bad point coordinate ${title}`);
      return typeof n === "object" && n !== null ? Fp2.create(n) : n;
    }
    function aprjpoint(other) {
      if (!(other instanceof Point5))
        throw new Error("Weierstrass Point expected");
    }
    function splitEndoScalarN(k) {
      if (!endo || !endo.basises)
        throw new Error("no endo");
      return _splitEndoScalar(k, endo.basises, Fn2.ORDER);
    }
    function pushWnafPair(points, scalars2, p, k) {
      if (!Fn2.isValid(k))
        throw new RangeError("invalid scalar: out of range");
      if (endo) {
        const { k1neg, k1, k2neg, k2 } = splitEndoScalarN(k);
        const psi = new Point5(Fp2.mul(p.X, endo.beta), p.Y, p.Z);
        points.push(k1neg ? p.negate() : p, k2neg ? psi.negate() : psi);
        scalars2.push(k1, k2);
      } else {
        points.push(p);
        scalars2.push(k);
      }
    }
    const validityCache = /* @__PURE__ */ new WeakSet();
    class Point5 {
      static BASE = new Point5(CURVE.Gx, CURVE.Gy, Fp2.ONE);
      static ZERO = new Point5(Fp2.ZERO, Fp2.ONE, Fp2.ZERO);
      static Fp = Fp2;
      static Fn = Fn2;
      X;
      Y;
      Z;
      /** Does NOT validate if the point is valid. Use `.assertValidity()`. */
      constructor(X, Y, Z) {
        this.X = acoord("x", X);
        this.Y = acoord("y", Y, true);
        this.Z = acoord("z", Z);
        Object.freeze(this);
      }
      static CURVE() {
        return CURVE;
      }
      /** Does NOT validate if the point is valid. Use `.assertValidity()`. */
      static fromAffine(p) {
        const { x, y } = p || {};
        if (!p || !Fp2.isValid(x) || !Fp2.isValid(y))
          throw new Error("invalid affine point");
        if (p instanceof Point5)
          throw new Error("projective point not allowed");
        if (Fp2.is0(x) && Fp2.is0(y))
          return Point5.ZERO;
        return new Point5(x, y, Fp2.ONE);
      }
      static fromBytes(bytes2) {
        const P2 = Point5.fromAffine(decodePoint(abytes2(bytes2, void 0, "point")));
        P2.assertValidity();
        return P2;
      }
      static fromHex(hex2) {
        return Point5.fromBytes(hexToBytes2(hex2));
      }
      get x() {
        return this.toAffine().x;
      }
      get y() {
        return this.toAffine().y;
      }
      /**
       * @param isLazy - true will defer table computation until the first multiplication
       */
      precompute(windowSize = 6, isLazy = true) {
        wnaf.setWindowSize(this, windowSize);
        if (!isLazy)
          this.multiply(_3n2);
        return this;
      }
      // TODO: return `this`
      /** A point on curve is valid if it conforms to equation. */
      assertValidity() {
        const p = this;
        if (p.is0()) {
          if (allowInfinityPoint && Fp2.is0(p.X) && Fp2.eql(p.Y, Fp2.ONE) && Fp2.is0(p.Z))
            return;
          throw new Error("bad point: ZERO");
        }
        if (validityCache.has(p))
          return;
        const { x, y } = p.toAffine();
        if (!Fp2.isValid(x) || !Fp2.isValid(y))
          throw new Error("bad point: x or y not field elements");
        if (!isValidXY(x, y))
          throw new Error("bad point: equation left != right");
        if (!p.isTorsionFree())
          throw new Error("bad point: not in prime-order subgroup");
        validityCache.add(p);
      }
      hasEvenY() {
        const { y } = this.toAffine();
        if (!Fp2.isOdd)
          throw new Error("Field doesn't support isOdd");
        return !Fp2.isOdd(y);
      }
      /** Compare one point to another. */
      equals(other) {
        aprjpoint(other);
        const { X: X1, Y: Y1, Z: Z1 } = this;
        const { X: X2, Y: Y2, Z: Z2 } = other;
        const U1 = Fp2.eql(Fp2.mul(X1, Z2), Fp2.mul(X2, Z1));
        const U2 = Fp2.eql(Fp2.mul(Y1, Z2), Fp2.mul(Y2, Z1));
        return U1 && U2;
      }
      /** Flips point to one corresponding to (x, -y) in Affine coordinates. */
      negate() {
        return new Point5(this.X, Fp2.neg(this.Y), this.Z);
      }
      // Renes-Costello-Batina exception-free doubling formula.
      // There is 30% faster Jacobian formula, but it is not complete.
      // https://eprint.iacr.org/2015/1060, algorithm 3
      // Cost: 8M + 3S + 3*a + 2*b3 + 15add.
      double() {
        const { X: X1, Y: Y1, Z: Z1 } = this;
        let X3 = Fp2.ZERO, Y3 = Fp2.ZERO, Z3 = Fp2.ZERO;
        let t0 = Fp2.mul(X1, X1);
        let t1 = Fp2.mul(Y1, Y1);
        let t2 = Fp2.mul(Z1, Z1);
        let t3 = Fp2.mul(X1, Y1);
        t3 = Fp2.add(t3, t3);
        Z3 = Fp2.mul(X1, Z1);
        Z3 = Fp2.add(Z3, Z3);
        X3 = mulA(Z3);
        Y3 = Fp2.mul(b3, t2);
        Y3 = Fp2.add(X3, Y3);
        X3 = Fp2.sub(t1, Y3);
        Y3 = Fp2.add(t1, Y3);
        Y3 = Fp2.mul(X3, Y3);
        X3 = Fp2.mul(t3, X3);
        Z3 = Fp2.mul(b3, Z3);
        t2 = mulA(t2);
        t3 = Fp2.sub(t0, t2);
        t3 = mulA(t3);
        t3 = Fp2.add(t3, Z3);
        Z3 = Fp2.add(t0, t0);
        t0 = Fp2.add(Z3, t0);
        t0 = Fp2.add(t0, t2);
        t0 = Fp2.mul(t0, t3);
        Y3 = Fp2.add(Y3, t0);
        t2 = Fp2.mul(Y1, Z1);
        t2 = Fp2.add(t2, t2);
        t0 = Fp2.mul(t2, t3);
        X3 = Fp2.sub(X3, t0);
        Z3 = Fp2.mul(t2, t1);
        Z3 = Fp2.add(Z3, Z3);
        Z3 = Fp2.add(Z3, Z3);
        return new Point5(X3, Y3, Z3);
      }
      // Renes-Costello-Batina exception-free addition formula.
      // There is 30% faster Jacobian formula, but it is not complete.
      // https://eprint.iacr.org/2015/1060, algorithm 1
      // Cost: 12M + 0S + 3*a + 3*b3 + 23add.
      add(other) {
        aprjpoint(other);
        const { X: X1, Y: Y1, Z: Z1 } = this;
        const { X: X2, Y: Y2, Z: Z2 } = other;
        let X3 = Fp2.ZERO, Y3 = Fp2.ZERO, Z3 = Fp2.ZERO;
        let t0 = Fp2.mul(X1, X2);
        let t1 = Fp2.mul(Y1, Y2);
        let t2 = Fp2.mul(Z1, Z2);
        let t3 = Fp2.add(X1, Y1);
        let t4 = Fp2.add(X2, Y2);
        t3 = Fp2.mul(t3, t4);
        t4 = Fp2.add(t0, t1);
        t3 = Fp2.sub(t3, t4);
        t4 = Fp2.add(X1, Z1);
        let t5 = Fp2.add(X2, Z2);
        t4 = Fp2.mul(t4, t5);
        t5 = Fp2.add(t0, t2);
        t4 = Fp2.sub(t4, t5);
        t5 = Fp2.add(Y1, Z1);
        X3 = Fp2.add(Y2, Z2);
        t5 = Fp2.mul(t5, X3);
        X3 = Fp2.add(t1, t2);
        t5 = Fp2.sub(t5, X3);
        Z3 = mulA(t4);
        X3 = Fp2.mul(b3, t2);
        Z3 = Fp2.add(X3, Z3);
        X3 = Fp2.sub(t1, Z3);
        Z3 = Fp2.add(t1, Z3);
        Y3 = Fp2.mul(X3, Z3);
        t1 = Fp2.add(t0, t0);
        t1 = Fp2.add(t1, t0);
        t2 = mulA(t2);
        t4 = Fp2.mul(b3, t4);
        t1 = Fp2.add(t1, t2);
        t2 = Fp2.sub(t0, t2);
        t2 = mulA(t2);
        t4 = Fp2.add(t4, t2);
        t0 = Fp2.mul(t1, t4);
        Y3 = Fp2.add(Y3, t0);
        t0 = Fp2.mul(t5, t4);
        X3 = Fp2.mul(t3, X3);
        X3 = Fp2.sub(X3, t0);
        t0 = Fp2.mul(t3, t1);
        Z3 = Fp2.mul(t5, Z3);
        Z3 = Fp2.add(Z3, t0);
        return new Point5(X3, Y3, Z3);
      }
      subtract(other) {
        aprjpoint(other);
        return this.add(other.negate());
      }
      is0() {
        return this.equals(Point5.ZERO);
      }
      /**
       * Constant time multiplication.
       * Uses precomputed tables (signed fixed-window wNAF) when available.
       * Uses scalar blinding and avoids endomorphism splitting in the secret-scalar path.
       * @param scalar - by which the point would be multiplied
       * @returns New point
       */
      multiply(scalar) {
        if (!Fn2.isValidNot0(scalar))
          throw new RangeError("invalid scalar: out of range");
        const { p, f } = wnaf.mulSecret(this, scalar, cofactor, normalize);
        return normalize([p, f])[0];
      }
      /**
       * Non-constant-time multiplication. Uses width-4 wNAF with GLV endomorphism splitting
       * when available (two half-width scalars sharing one halved doubling chain).
       * It's faster, but should only be used when you don't care about
       * an exposed secret key e.g. sig verification, which works over *public* keys.
       */
      multiplyUnsafe(scalar) {
        const p = this;
        const sc = scalar;
        if (!Fn2.isValid(sc))
          throw new RangeError("invalid scalar: out of range");
        if (sc === _0n6 || p.is0())
          return Point5.ZERO;
        if (sc === _1n6)
          return p;
        if (wnaf.hasWindowSize(this))
          return wnaf.mulUnsafe(p, sc, normalize);
        const points = [];
        const scalars2 = [];
        pushWnafPair(points, scalars2, p, sc);
        return mulAddUnsafe(Point5, points, scalars2);
      }
      /**
       * Non-constant-time double-scalar multiplication `a⋅this + b⋅other` (Strauss–Shamir).
       * Both walks share one doubling chain via {@link mulAddUnsafe}, and GLV endomorphism
       * (when available) halves the chain again by splitting each scalar into two half-width
       * parts. Used by ECDSA verification and public-key recovery for `R = u1⋅G + u2⋅P`.
       * Only for public scalars.
       */
      mulAddUnsafe(a, other, b) {
        aprjpoint(other);
        const points = [];
        const scalars2 = [];
        pushWnafPair(points, scalars2, this, a);
        pushWnafPair(points, scalars2, other, b);
        return mulAddUnsafe(Point5, points, scalars2);
      }
      /**
       * Converts Projective point to affine (x, y) coordinates.
       * (X, Y, Z) ∋ (x=X/Z, y=Y/Z).
       * @param invertedZ - Z^-1 (inverted zero) - optional, precomputation is useful for invertBatch
       */
      toAffine(invertedZ) {
        const p = this;
        let iz = invertedZ;
        if (iz != null && !Fp2.isValid(iz))
          throw new RangeError('"invertedZ" expected valid field element');
        const { X, Y, Z } = p;
        if (Fp2.eql(Z, Fp2.ONE))
          return { x: X, y: Y };
        const is0 = p.is0();
        if (iz == null)
          iz = is0 ? Fp2.ONE : Fp2.inv(Z);
        const x = Fp2.mul(X, iz);
        const y = Fp2.mul(Y, iz);
        const zz = Fp2.mul(Z, iz);
        if (is0)
          return { x: Fp2.ZERO, y: Fp2.ZERO };
        if (!Fp2.eql(zz, Fp2.ONE))
          throw new Error("invZ was invalid");
        return { x, y };
      }
      /**
       * Checks whether Point is free of torsion elements (is in prime subgroup).
       * Always torsion-free for cofactor=1 curves.
       */
      isTorsionFree() {
        if (cofactor === _1n6)
          return true;
        if (isTorsionFree)
          return isTorsionFree(Point5, this);
        return wnaf.mulUnsafe(this, CURVE_ORDER).is0();
      }
      clearCofactor() {
        if (cofactor === _1n6)
          return this;
        if (clearCofactor)
          return clearCofactor(Point5, this);
        return this.multiplyUnsafe(cofactor);
      }
      isSmallOrder() {
        if (cofactor === _1n6)
          return this.is0();
        return this.clearCofactor().is0();
      }
      toBytes(isCompressed = true) {
        abool2(isCompressed, "isCompressed");
        this.assertValidity();
        return encodePoint(Point5, this, isCompressed);
      }
      toHex(isCompressed = true) {
        return bytesToHex2(this.toBytes(isCompressed));
      }
      toString() {
        return `<Point ${this.is0() ? "ZERO" : this.toHex()}>`;
      }
    }
    const normalize = (points) => normalizeZ(Point5, points);
    const wnaf = new ScalarMultiplier(Point5, randomBytes3);
    if (wnaf.bits >= 6)
      Point5.BASE.precompute(6);
    Object.freeze(Point5.prototype);
    Object.freeze(Point5);
    return Point5;
  }
  function pprefix(hasEvenY) {
    return Uint8Array.of(hasEvenY ? 2 : 3);
  }
  function getWLengths(Fp2, Fn2) {
    return {
      secretKey: Fn2.BYTES,
      publicKey: 1 + Fp2.BYTES,
      publicKeyUncompressed: 1 + 2 * Fp2.BYTES,
      publicKeyHasPrefix: true,
      // Raw compact `(r || s)` signature width; DER and recovered signatures use
      // different lengths outside this helper.
      signature: 2 * Fn2.BYTES
    };
  }
  function ecdh(Point5, ecdhOpts = {}) {
    validatePointCons(Point5);
    const { Fn: Fn2 } = Point5;
    const randomBytes_ = ecdhOpts.randomBytes === void 0 ? randomBytes2 : ecdhOpts.randomBytes;
    const lengths = Object.assign(getWLengths(Point5.Fp, Fn2), {
      seed: Math.max(getMinHashLength(Fn2.ORDER), 16)
    });
    function isValidSecretKey(secretKey) {
      try {
        const num = Fn2.fromBytes(secretKey);
        return Fn2.isValidNot0(num);
      } catch (error) {
        return false;
      }
    }
    function isValidPublicKey(publicKey, isCompressed) {
      const { publicKey: comp, publicKeyUncompressed } = lengths;
      try {
        const l = publicKey.length;
        if (isCompressed === true && l !== comp)
          return false;
        if (isCompressed === false && l !== publicKeyUncompressed)
          return false;
        return !Point5.fromBytes(publicKey).is0();
      } catch (error) {
        return false;
      }
    }
    function randomSecretKey(seed) {
      seed = seed === void 0 ? randomBytes_(lengths.seed) : seed;
      return mapHashToField(abytes2(seed, lengths.seed, "seed"), Fn2.ORDER);
    }
    function getPublicKey(secretKey, isCompressed = true) {
      return Point5.BASE.multiply(Fn2.fromBytes(secretKey)).toBytes(isCompressed);
    }
    function isProbPub(item) {
      const { secretKey, publicKey, publicKeyUncompressed } = lengths;
      const allowedLengths = Fn2._lengths;
      if (!isBytes2(item))
        return void 0;
      const l = abytes2(item, void 0, "key").length;
      const isPub = l === publicKey || l === publicKeyUncompressed;
      const isSec = l === secretKey || !!allowedLengths?.includes(l);
      if (isPub && isSec)
        return void 0;
      return isPub;
    }
    function getSharedSecret(secretKeyA, publicKeyB, isCompressed = true) {
      if (isProbPub(secretKeyA) === true)
        throw new Error("first arg must be private key");
      if (isProbPub(publicKeyB) === false)
        throw new Error("second arg must be public key");
      const s = Fn2.fromBytes(secretKeyA);
      const b = Point5.fromBytes(publicKeyB);
      if (b.is0())
        throw new Error("invalid public key: point at infinity");
      return b.multiply(s).toBytes(isCompressed);
    }
    const utils = {
      isValidSecretKey,
      isValidPublicKey,
      randomSecretKey
    };
    const keygen = createKeygen(randomSecretKey, getPublicKey);
    Object.freeze(utils);
    Object.freeze(lengths);
    return Object.freeze({ getPublicKey, getSharedSecret, keygen, Point: Point5, utils, lengths });
  }
  function ecdsa(Point5, hash2, ecdsaOpts = {}) {
    validatePointCons(Point5);
    const hash_ = hash2;
    ahash(hash_);
    validateObject(ecdsaOpts, {}, {
      hmac: "function",
      lowS: "boolean",
      randomBytes: "function",
      bits2int: "function",
      bits2int_modN: "function"
    });
    const opts = Object.assign({}, ecdsaOpts);
    const randomBytes3 = opts.randomBytes === void 0 ? randomBytes2 : opts.randomBytes;
    const hmac2 = opts.hmac === void 0 ? (key2, msg) => hmac(hash_, key2, msg) : opts.hmac;
    const { Fp: Fp2, Fn: Fn2 } = Point5;
    const { ORDER: CURVE_ORDER, BITS: fnBits } = Fn2;
    const blindLength = getMinHashLength(CURVE_ORDER);
    const csprng = probeRandomBytes(randomBytes3, blindLength);
    const { keygen, getPublicKey, getSharedSecret, utils, lengths } = ecdh(Point5, opts);
    const defaultSigOpts = {
      prehash: true,
      lowS: typeof opts.lowS === "boolean" ? opts.lowS : true,
      format: "compact",
      extraEntropy: false
    };
    const hasLargeRecoveryLifts = CURVE_ORDER * _2n4 + _1n6 < Fp2.ORDER;
    function isBiggerThanHalfOrder(number) {
      const HALF = CURVE_ORDER >> _1n6;
      return number > HALF;
    }
    function validateRS(title, num) {
      if (!Fn2.isValidNot0(num))
        throw new Error(`invalid signature ${title}: out of range 1..Point.Fn.ORDER`);
      return num;
    }
    function assertFieldSignIsSupported() {
      if (!Fp2.isOdd)
        throw new Error("Field doesn't support isOdd");
    }
    function getRecoveryBit(x, y, r) {
      assertFieldSignIsSupported();
      return (x === r ? 0 : 2) | Number(Fp2.isOdd(y));
    }
    function assertRecoverableCurve() {
      if (hasLargeRecoveryLifts)
        throw new Error('"recovered" sig type is not supported for cofactor >2 curves');
    }
    function validateSigLength(bytes2, format) {
      validateSigFormat(format);
      const size = lengths.signature;
      const sizer = format === "compact" ? size : format === "recovered" ? size + 1 : void 0;
      return abytes2(bytes2, sizer);
    }
    class Signature {
      r;
      s;
      recovery;
      constructor(r, s, recovery) {
        this.r = validateRS("r", r);
        this.s = validateRS("s", s);
        if (recovery != null) {
          assertRecoverableCurve();
          if (![0, 1, 2, 3].includes(recovery))
            throw new Error("invalid recovery id");
          this.recovery = recovery;
        }
        Object.freeze(this);
      }
      static fromBytes(bytes2, format = defaultSigOpts.format) {
        validateSigLength(bytes2, format);
        let recid;
        if (format === "der") {
          if (bytes2.length > 2 * Fn2.BYTES + 16)
            throw new DER.Err("invalid signature: DER signature too long");
          const { r: r2, s: s2 } = DER.toSig(abytes2(bytes2), Fn2.BYTES + 1);
          return new Signature(r2, s2);
        }
        if (format === "recovered") {
          recid = bytes2[0];
          format = "compact";
          bytes2 = bytes2.subarray(1);
        }
        const L2 = lengths.signature / 2;
        const r = bytes2.subarray(0, L2);
        const s = bytes2.subarray(L2, L2 * 2);
        return new Signature(Fn2.fromBytes(r), Fn2.fromBytes(s), recid);
      }
      static fromHex(hex2, format) {
        return this.fromBytes(hexToBytes2(hex2), format);
      }
      assertRecovery() {
        const { recovery } = this;
        if (recovery == null)
          throw new Error("invalid recovery id: must be present");
        return recovery;
      }
      addRecoveryBit(recovery) {
        return new Signature(this.r, this.s, recovery);
      }
      // Unlike the top-level helper below, this method expects a digest that has
      // already been hashed to the curve's message representative.
      recoverPublicKey(messageHash) {
        const { r, s } = this;
        const recovery = this.assertRecovery();
        const radj = recovery === 2 || recovery === 3 ? r + CURVE_ORDER : r;
        if (!Fp2.isValid(radj))
          throw new Error("invalid recovery id: sig.r+curve.n != R.x");
        const x = Fp2.toBytes(radj);
        const R = Point5.fromBytes(concatBytes2(pprefix((recovery & 1) === 0), x));
        const ir = Fn2.inv(radj);
        const h = bits2int_modN(abytes2(messageHash, void 0, "msgHash"));
        const u1 = Fn2.create(-h * ir);
        const u2 = Fn2.create(s * ir);
        const Q = Point5.BASE.mulAddUnsafe(u1, R, u2);
        if (Q.is0())
          throw new Error("invalid recovery: point at infinify");
        Q.assertValidity();
        return Q;
      }
      // Signatures should be low-s, to prevent malleability.
      hasHighS() {
        return isBiggerThanHalfOrder(this.s);
      }
      toBytes(format = defaultSigOpts.format) {
        validateSigFormat(format);
        if (format === "der")
          return hexToBytes2(DER.hexFromSig(this));
        const { r, s } = this;
        const rb = Fn2.toBytes(r);
        const sb = Fn2.toBytes(s);
        if (format === "recovered") {
          assertRecoverableCurve();
          return concatBytes2(Uint8Array.of(this.assertRecovery()), rb, sb);
        }
        return concatBytes2(rb, sb);
      }
      toHex(format) {
        return bytesToHex2(this.toBytes(format));
      }
    }
    Object.freeze(Signature.prototype);
    Object.freeze(Signature);
    const bits2int = opts.bits2int === void 0 ? function bits2int_def(bytes2) {
      if (bytes2.length > 8192)
        throw new Error("input is too large");
      const num = bytesToNumberBE(bytes2);
      const delta = bytes2.length * 8 - fnBits;
      return delta > 0 ? num >> BigInt(delta) : num;
    } : opts.bits2int;
    const bits2int_modN = opts.bits2int_modN === void 0 ? function bits2int_modN_def(bytes2) {
      return Fn2.create(bits2int(bytes2));
    } : opts.bits2int_modN;
    const ORDER_MASK = bitMask(fnBits);
    function int2octets(num) {
      aInRange("num < 2^" + fnBits, num, _0n6, ORDER_MASK);
      return Fn2.toBytes(num);
    }
    function validateMsgAndHash(message, prehash) {
      abytes2(message, void 0, "message");
      return prehash ? abytes2(hash_(message), void 0, "prehashed message") : message;
    }
    function prepSig(message, secretKey, opts2) {
      const { lowS, prehash, extraEntropy } = validateSigOpts(opts2, defaultSigOpts);
      message = validateMsgAndHash(message, prehash);
      const h1int = bits2int_modN(message);
      const d = Fn2.fromBytes(secretKey);
      if (!Fn2.isValidNot0(d))
        throw new Error("invalid private key");
      const seedArgs = [int2octets(d), int2octets(h1int)];
      if (extraEntropy != null && extraEntropy !== false) {
        const e = extraEntropy === true ? randomBytes3(lengths.secretKey) : extraEntropy;
        seedArgs.push(abytes2(e, void 0, "extraEntropy"));
      }
      const seed = concatBytes2(...seedArgs);
      const m = h1int;
      function k2sig(kBytes) {
        const k = bits2int(kBytes);
        if (!Fn2.isValidNot0(k))
          return;
        const q = Point5.BASE.multiply(k).toAffine();
        const r = Fn2.create(q.x);
        if (r === _0n6)
          return;
        let s;
        if (csprng !== void 0) {
          const b = bytesToNumberBE(mapHashToField(csprng(blindLength), CURVE_ORDER));
          const ibk = Fn2.inv(Fn2.mul(b, k));
          const bm = Fn2.mul(b, m);
          const bd = Fn2.mul(b, d);
          s = Fn2.create(ibk * Fn2.create(bm + bd * r));
        } else {
          const ik = invertCt(k, CURVE_ORDER);
          s = Fn2.create(ik * Fn2.create(m + r * d));
        }
        if (s === _0n6)
          return;
        let recovery = getRecoveryBit(q.x, q.y, r);
        let normS = s;
        if (lowS && isBiggerThanHalfOrder(s)) {
          normS = Fn2.neg(s);
          recovery ^= 1;
        }
        return new Signature(r, normS, hasLargeRecoveryLifts ? void 0 : recovery);
      }
      return { seed, k2sig };
    }
    function sign(message, secretKey, opts2 = {}) {
      const { seed, k2sig } = prepSig(message, secretKey, opts2);
      const drbg = createHmacDrbg(hash_.outputLen, Fn2.BYTES, hmac2);
      const sig = drbg(seed, k2sig);
      return sig.toBytes(opts2.format);
    }
    function verify(signature, message, publicKey, opts2 = {}) {
      const { lowS, prehash, format } = validateSigOpts(opts2, defaultSigOpts);
      publicKey = abytes2(publicKey, void 0, "publicKey");
      message = validateMsgAndHash(message, prehash);
      if (!isBytes2(signature)) {
        const end = signature instanceof Signature ? ", use sig.toBytes()" : "";
        throw new Error("verify expects Uint8Array signature" + end);
      }
      validateSigLength(signature, format);
      try {
        const sig = Signature.fromBytes(signature, format);
        const P2 = Point5.fromBytes(publicKey);
        if (P2.is0())
          return false;
        if (lowS && sig.hasHighS())
          return false;
        const { r, s } = sig;
        const h = bits2int_modN(message);
        const is = Fn2.inv(s);
        const u1 = Fn2.create(h * is);
        const u2 = Fn2.create(r * is);
        const R = Point5.BASE.mulAddUnsafe(u1, P2, u2);
        if (R.is0())
          return false;
        const q = R.toAffine();
        const v = Fn2.create(q.x);
        if (v !== r)
          return false;
        if (format === "recovered" && sig.recovery !== getRecoveryBit(q.x, q.y, r))
          return false;
        return true;
      } catch (e) {
        return false;
      }
    }
    function recoverPublicKey(signature, message, opts2 = {}) {
      const { prehash } = validateSigOpts(opts2, defaultSigOpts);
      message = validateMsgAndHash(message, prehash);
      return Signature.fromBytes(signature, "recovered").recoverPublicKey(message).toBytes();
    }
    return Object.freeze({
      keygen,
      getPublicKey,
      getSharedSecret,
      utils,
      lengths,
      Point: Point5,
      sign,
      verify,
      recoverPublicKey,
      Signature,
      hash: hash_
    });
  }

  // node_modules/@noble/curves/secp256k1.js
  var secp256k1_CURVE = {
    p: BigInt("0xfffffffffffffffffffffffffffffffffffffffffffffffffffffffefffffc2f"),
    n: BigInt("0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141"),
    h: BigInt(1),
    a: BigInt(0),
    b: BigInt(7),
    Gx: BigInt("0x79be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798"),
    Gy: BigInt("0x483ada7726a3c4655da4fbfc0e1108a8fd17b448a68554199c47d08ffb10d4b8")
  };
  var secp256k1_ENDO = {
    beta: BigInt("0x7ae96a2b657c07106e64479eac3434e99cf0497512f58995c1396c28719501ee"),
    basises: [
      [BigInt("0x3086d221a7d46bcde86c90e49284eb15"), -BigInt("0xe4437ed6010e88286f547fa90abfe4c3")],
      [BigInt("0x114ca50f7a8e2f3f657c1108d9d44cfd8"), BigInt("0x3086d221a7d46bcde86c90e49284eb15")]
    ]
  };
  var _2n5 = /* @__PURE__ */ BigInt(2);
  function sqrtMod(y) {
    const P2 = secp256k1_CURVE.p;
    const _3n3 = BigInt(3), _6n = BigInt(6), _11n = BigInt(11), _22n = BigInt(22);
    const _23n = BigInt(23), _44n = BigInt(44), _88n = BigInt(88);
    const b2 = y * y * y % P2;
    const b3 = b2 * b2 * y % P2;
    const b6 = pow2(b3, _3n3, P2) * b3 % P2;
    const b9 = pow2(b6, _3n3, P2) * b3 % P2;
    const b11 = pow2(b9, _2n5, P2) * b2 % P2;
    const b22 = pow2(b11, _11n, P2) * b11 % P2;
    const b44 = pow2(b22, _22n, P2) * b22 % P2;
    const b88 = pow2(b44, _44n, P2) * b44 % P2;
    const b176 = pow2(b88, _88n, P2) * b88 % P2;
    const b220 = pow2(b176, _44n, P2) * b44 % P2;
    const b223 = pow2(b220, _3n3, P2) * b3 % P2;
    const t1 = pow2(b223, _23n, P2) * b22 % P2;
    const t2 = pow2(t1, _6n, P2) * b2 % P2;
    const root2 = pow2(t2, _2n5, P2);
    if (!Fpk1.eql(Fpk1.sqr(root2), y))
      throw new Error("Cannot find square root");
    return root2;
  }
  var Fpk1 = /* @__PURE__ */ Field(secp256k1_CURVE.p, { sqrt: sqrtMod });
  var Pointk1 = /* @__PURE__ */ weierstrass(secp256k1_CURVE, {
    Fp: Fpk1,
    endo: secp256k1_ENDO
  });
  var secp256k1 = /* @__PURE__ */ ecdsa(Pointk1, sha256);

  // node_modules/@noble/hashes/sha3.js
  var _0n7 = BigInt(0);
  var _1n7 = BigInt(1);
  var _2n6 = BigInt(2);
  var _7n2 = BigInt(7);
  var _256n = BigInt(256);
  var _0x71n = BigInt(113);
  var SHA3_PI = [];
  var SHA3_ROTL = [];
  var _SHA3_IOTA = [];
  for (let round = 0, R = _1n7, x = 1, y = 0; round < 24; round++) {
    [x, y] = [y, (2 * x + 3 * y) % 5];
    SHA3_PI.push(2 * (5 * y + x));
    SHA3_ROTL.push((round + 1) * (round + 2) / 2 % 64);
    let t = _0n7;
    for (let j = 0; j < 7; j++) {
      R = (R << _1n7 ^ (R >> _7n2) * _0x71n) % _256n;
      if (R & _2n6)
        t ^= _1n7 << (_1n7 << BigInt(j)) - _1n7;
    }
    _SHA3_IOTA.push(t);
  }
  var IOTAS = split(_SHA3_IOTA, true);
  var SHA3_IOTA_H = IOTAS[0];
  var SHA3_IOTA_L = IOTAS[1];
  var rotlSH = (h, l, s) => h << s | l >>> 32 - s;
  var rotlSL = (h, l, s) => l << s | h >>> 32 - s;
  var rotlBH = (h, l, s) => l << s - 32 | h >>> 64 - s;
  var rotlBL = (h, l, s) => h << s - 32 | l >>> 64 - s;
  var rotlH = (h, l, s) => s > 32 ? rotlBH(h, l, s) : rotlSH(h, l, s);
  var rotlL = (h, l, s) => s > 32 ? rotlBL(h, l, s) : rotlSL(h, l, s);
  var B = new Uint32Array(5 * 2);
  function keccakP(s, rounds = 24) {
    if (!(s instanceof Uint32Array))
      throw new TypeError('"s" expected Uint32Array(50), got type=' + typeof s);
    if (s.length !== 50)
      throw new RangeError('"s" expected Uint32Array(50), got length=' + s.length);
    anumber(rounds, "rounds");
    if (rounds < 1 || rounds > 24)
      throw new Error('"rounds" expected integer 1..24');
    for (let round = 24 - rounds; round < 24; round++) {
      for (let x = 0; x < 10; x++)
        B[x] = s[x] ^ s[x + 10] ^ s[x + 20] ^ s[x + 30] ^ s[x + 40];
      for (let x = 0; x < 10; x += 2) {
        const idx1 = (x + 8) % 10;
        const idx0 = (x + 2) % 10;
        const B0 = B[idx0];
        const B1 = B[idx0 + 1];
        const Th = rotlH(B0, B1, 1) ^ B[idx1];
        const Tl = rotlL(B0, B1, 1) ^ B[idx1 + 1];
        for (let y = 0; y < 50; y += 10) {
          s[x + y] ^= Th;
          s[x + y + 1] ^= Tl;
        }
      }
      let curH = s[2];
      let curL = s[3];
      for (let t = 0; t < 24; t++) {
        const shift = SHA3_ROTL[t];
        const Th = rotlH(curH, curL, shift);
        const Tl = rotlL(curH, curL, shift);
        const PI = SHA3_PI[t];
        curH = s[PI];
        curL = s[PI + 1];
        s[PI] = Th;
        s[PI + 1] = Tl;
      }
      for (let y = 0; y < 50; y += 10) {
        const b0 = s[y], b1 = s[y + 1], b2 = s[y + 2], b3 = s[y + 3];
        s[y] ^= ~s[y + 2] & s[y + 4];
        s[y + 1] ^= ~s[y + 3] & s[y + 5];
        s[y + 2] ^= ~s[y + 4] & s[y + 6];
        s[y + 3] ^= ~s[y + 5] & s[y + 7];
        s[y + 4] ^= ~s[y + 6] & s[y + 8];
        s[y + 5] ^= ~s[y + 7] & s[y + 9];
        s[y + 6] ^= ~s[y + 8] & b0;
        s[y + 7] ^= ~s[y + 9] & b1;
        s[y + 8] ^= ~b0 & b2;
        s[y + 9] ^= ~b1 & b3;
      }
      s[0] ^= SHA3_IOTA_H[round];
      s[1] ^= SHA3_IOTA_L[round];
    }
    clean(B);
  }
  var Keccak = class _Keccak {
    state;
    pos = 0;
    posOut = 0;
    finished = false;
    state32;
    destroyed = false;
    blockLen;
    suffix;
    outputLen;
    canXOF;
    enableXOF = false;
    rounds;
    // NOTE: we accept arguments in bytes instead of bits here.
    constructor(blockLen, suffix, outputLen, enableXOF = false, rounds = 24) {
      anumber(blockLen, "blockLen");
      anumber(suffix, "suffix");
      anumber(rounds, "rounds");
      abool(enableXOF, "enableXOF");
      this.blockLen = blockLen;
      this.suffix = suffix;
      this.outputLen = outputLen;
      this.enableXOF = enableXOF;
      this.canXOF = enableXOF;
      this.rounds = rounds;
      anumber(outputLen, "outputLen");
      if (!(0 < blockLen && blockLen < 200))
        throw new Error('"blockLen" must be 1..199');
      this.state = new Uint8Array(200);
      this.state32 = u32(this.state);
    }
    clone() {
      return this._cloneInto();
    }
    keccak() {
      swap32IfBE(this.state32);
      keccakP(this.state32, this.rounds);
      swap32IfBE(this.state32);
      this.posOut = 0;
      this.pos = 0;
    }
    update(data) {
      aexists(this);
      abytes(data);
      const { blockLen, state, state32 } = this;
      const len = data.length;
      const canUseU32 = blockLen % 4 === 0 && data.byteOffset % 4 === 0;
      const blockLen32 = blockLen / 4;
      const data32 = canUseU32 && len >= blockLen ? u32(data) : void 0;
      for (let pos = 0; pos < len; ) {
        if (data32 !== void 0 && this.pos === 0 && pos % 4 === 0 && len - pos >= blockLen) {
          for (let i = 0, o = pos / 4; i < blockLen32; i++)
            state32[i] ^= data32[o + i];
          pos += blockLen;
          this.pos = blockLen;
          this.keccak();
          continue;
        }
        const take = Math.min(blockLen - this.pos, len - pos);
        for (let i = 0; i < take; i++)
          state[this.pos++] ^= data[pos++];
        if (this.pos === blockLen)
          this.keccak();
      }
      return this;
    }
    finish() {
      if (this.finished)
        return;
      this.finished = true;
      const { state, suffix, pos, blockLen } = this;
      state[pos] ^= suffix;
      if ((suffix & 128) !== 0 && pos === blockLen - 1)
        this.keccak();
      state[blockLen - 1] ^= 128;
      this.keccak();
    }
    writeInto(out) {
      aexists(this, false);
      abytes(out);
      this.finish();
      const bufferOut = this.state;
      const { blockLen } = this;
      for (let pos = 0, len = out.length; pos < len; ) {
        if (this.posOut >= blockLen)
          this.keccak();
        const take = Math.min(blockLen - this.posOut, len - pos);
        out.set(bufferOut.subarray(this.posOut, this.posOut + take), pos);
        this.posOut += take;
        pos += take;
      }
      return out;
    }
    xofInto(out) {
      if (!this.enableXOF)
        throw new Error("XOF is not enabled");
      return this.writeInto(out);
    }
    xof(bytes2) {
      anumber(bytes2);
      return this.xofInto(new Uint8Array(bytes2));
    }
    digestInto(out) {
      aoutput(out, this);
      if (this.finished)
        throw new Error("digest() was already called");
      this.writeInto(out.length === this.outputLen ? out : out.subarray(0, this.outputLen));
      this.destroy();
    }
    digest() {
      const out = new Uint8Array(this.outputLen);
      this.digestInto(out);
      return out;
    }
    destroy() {
      this.destroyed = true;
      clean(this.state);
    }
    _cloneInto(to) {
      const { blockLen, suffix, outputLen, rounds, enableXOF } = this;
      to ||= new _Keccak(blockLen, suffix, outputLen, enableXOF, rounds);
      to.blockLen = blockLen;
      to.state32.set(this.state32);
      to.pos = this.pos;
      to.posOut = this.posOut;
      to.finished = this.finished;
      to.rounds = rounds;
      to.suffix = suffix;
      to.outputLen = outputLen;
      to.enableXOF = enableXOF;
      to.canXOF = this.canXOF;
      to.destroyed = this.destroyed;
      return to;
    }
  };
  var genKeccak = (suffix, blockLen, outputLen, info = {}) => createHasher(() => new Keccak(blockLen, suffix, outputLen), info);
  var keccak_256 = /* @__PURE__ */ genKeccak(1, 136, 32);

  // src/cast.ts
  var N = secp256k1.Point.Fn.ORDER;
  var HALF_N = N >> 1n;
  var castDigest = (ctx, token, ballot) => keccak_256(concat(utf8("evote/v1/cast"), contextBytes(ctx), keccak_256(token), keccak_256(ballot)));
  function verifyCastSignature(ctx, pseudonym, token, ballot, sig) {
    if (sig.length !== 65) return false;
    const v = sig[64];
    if (v !== 27 && v !== 28) return false;
    const r = bytesToBigBE(sig.subarray(0, 32));
    const s = bytesToBigBE(sig.subarray(32, 64));
    if (r < 1n || r >= N || s < 1n || s > HALF_N) return false;
    try {
      const pub = secp256k1.Signature.fromBytes(sig.subarray(0, 64), "compact").addRecoveryBit(v - 27).recoverPublicKey(castDigest(ctx, token, ballot));
      const xy = pub.toBytes(false).subarray(1);
      return equal(keccak_256(xy).subarray(12), pseudonym);
    } catch {
      return false;
    }
  }

  // src/checker.ts
  var GROUP = 512;
  function ballotParams(p) {
    const K = decodeElement(p.Kenc);
    if (!K) throw new Error("election key does not decode");
    return { ctx: p.ctx, K, Kenc: p.Kenc, questions: p.questions };
  }
  function checkGroup(bp, casts) {
    const verdicts = casts.map((c) => {
      if (!verifyCastSignature(bp.ctx, c.pseudonym, c.token, c.ballot, c.signature)) return "bad-signature";
      return c.tokenOK ? "counted" : "bad-token";
    });
    const ballots = casts.map((c, i) => {
      if (verdicts[i] !== "counted") return void 0;
      const b = parseBallot(bp, c.ballot);
      if (!b) verdicts[i] = "bad-encoding";
      return b;
    });
    const idx = ballots.map((b, i) => b ? i : -1).filter((i) => i >= 0);
    const one = idx.map((i) => {
      const bv = new Batch();
      addBallot(bp, casts[i].pseudonym, ballots[i], bv);
      return bv;
    });
    const all = new Batch();
    all.share(bp.K);
    for (const bv of one) all.merge(bv);
    if (!all.check()) idx.forEach((i, k) => !one[k].check() && (verdicts[i] = "bad-proof"));
    const options = bp.questions.reduce((a, q) => a + q.options, 0);
    const A = new Array(options).fill(ZERO);
    const B2 = new Array(options).fill(ZERO);
    ballots.forEach((b, i) => {
      if (!b || verdicts[i] !== "counted") return;
      let o = 0;
      for (const ans of b) for (const { ct } of ans.options) {
        A[o] = A[o].add(ct.A);
        B2[o] = B2[o].add(ct.B);
        o++;
      }
    });
    return { verdicts, sums: concat(...A.flatMap((a, o) => [a.toBytes(), B2[o].toBytes()])) };
  }
  function inThread() {
    let last;
    let bp;
    return async (p, casts) => {
      if (p !== last) {
        last = p;
        bp = ballotParams(p);
      }
      return checkGroup(bp, casts);
    };
  }

  // src/dkg.ts
  var dkg_exports = {};
  __export(dkg_exports, {
    CeremonyError: () => CeremonyError,
    ciphertextOf: () => ciphertextOf,
    combine: () => combine,
    dealingSize: () => dealingSize,
    dlog: () => dlog,
    evalCommitments: () => evalCommitments,
    parseComplaint: () => parseComplaint,
    parseDealing: () => parseDealing,
    parseKey: () => parseKey,
    parsePartial: () => parsePartial,
    settle: () => settle,
    sortBlames: () => sortBlames,
    verifyKeys: () => verifyKeys
  });
  var valid = (p, i) => i >= 1 && i <= p.n;
  function start(c, kind) {
    return new Transcript(kind).ctx(c.ctx).u64("n", c.p.n).u64("t", c.p.t);
  }
  var header = (b, kind, min) => b.length >= min && b[0] === 1 && b[1] === kind;
  var index = (i) => i >= 1 && i <= 64;
  function parseKey(b) {
    if (!header(b, 1, 99) || b.length !== 99 || !index(b[2])) return void 0;
    const X = decodeElement(b.subarray(3, 35));
    const pop = parseSchnorr(b.subarray(35));
    return X && pop ? { trustee: b[2], X, Xenc: b.subarray(3, 35), pop } : void 0;
  }
  var dealingSize = (p) => 5 + 32 * (p.t + 1) + 32 * p.n + 128;
  function parseDealing(b) {
    if (!header(b, 2, 5)) return void 0;
    const p = { t: b[3], n: b[4] };
    if (p.t < 1 || p.t > p.n || p.n > 64 || !valid(p, b[2]) || b.length !== dealingSize(p)) return void 0;
    let o = 5;
    const C = [];
    for (let k = 0; k <= p.t; k++, o += 32) {
      const e = decodeElement(b.subarray(o, o + 32));
      if (!e) return void 0;
      C.push(e);
    }
    const E = C.pop();
    const shares = [];
    const sStart = o;
    for (let j = 0; j < p.n; j++, o += 32) {
      const s = decodeScalar(b.subarray(o, o + 32));
      if (s === void 0) return void 0;
      shares.push(s);
    }
    const pop = parseSchnorr(b.subarray(o, o + 64));
    const ephemeralPoK = parseSchnorr(b.subarray(o + 64, o + 128));
    if (!pop || !ephemeralPoK) return void 0;
    return {
      dealer: b[2],
      t: p.t,
      n: p.n,
      C,
      Cenc: b.subarray(5, 5 + 32 * p.t),
      E,
      Eenc: b.subarray(5 + 32 * p.t, sStart),
      shares,
      sharesEnc: b.subarray(sStart, o),
      pop,
      ephemeralPoK
    };
  }
  function parseComplaint(b) {
    if (!header(b, 3, 132) || b.length !== 132 || !index(b[2]) || !index(b[3])) return void 0;
    const S = decodeElement(b.subarray(4, 36));
    const proof = parseDLEQ(b.subarray(36));
    return S && proof ? { dealer: b[2], recipient: b[3], S, Senc: b.subarray(4, 36), proof } : void 0;
  }
  function parsePartial(b) {
    if (!header(b, 4, 5)) return void 0;
    const count = readU16(b, 3);
    if (!index(b[2]) || count < 1 || count > 4096 || b.length !== 5 + 128 * count) return void 0;
    const out = { trustee: b[2], D: [], Denc: [], proofs: [] };
    for (let c = 0; c < count; c++) {
      const e = b.subarray(5 + 128 * c, 5 + 128 * (c + 1));
      const D = decodeElement(e.subarray(0, 32));
      const pr = D && parseDLEQ(e.subarray(32));
      if (!D || !pr) return void 0;
      out.D.push(D);
      out.Denc.push(e.subarray(0, 32));
      out.proofs.push(pr);
    }
    return out;
  }
  function addKey(c, k, bv) {
    verifySchnorr(k.pop, start(c, "dkg/key-pop").u64("trustee", k.trustee), k.X, k.Xenc, bv);
  }
  function dealingTranscript(c, kind, d) {
    return start(c, kind).u64("dealer", d.dealer).append("commitments", d.Cenc).append("ephemeral", d.Eenc).append("shares", d.sharesEnc);
  }
  function checkDealing(c, d) {
    if (!valid(c.p, d.dealer) || d.t !== c.p.t || d.n !== c.p.n) return "mismatch";
    const bv = new Batch();
    verifySchnorr(d.pop, dealingTranscript(c, "dkg/dealing-pop", d), d.C[0], d.Cenc.subarray(0, 32), bv);
    verifySchnorr(d.ephemeralPoK, dealingTranscript(c, "dkg/dealing-ephemeral", d), d.E, d.Eenc, bv);
    return bv.check() ? void 0 : "invalid-proof";
  }
  function evalCommitments(C, j) {
    const pows = [];
    let x = 1n;
    for (let k = 0; k < C.length; k++, x = mod2(x * BigInt(j))) pows.push(x);
    return msm(C, pows);
  }
  function sharePad(c, dealer, recipient, Xenc, Eenc, Senc) {
    return start(c, "dkg/share-pad").u64("dealer", dealer).u64("recipient", recipient).append("X", Xenc).append("E", Eenc).append("S", Senc).challenge();
  }
  function adjudicate(c, keys, d, cp) {
    if (cp.dealer !== d.dealer || !valid(c.p, cp.recipient)) return "mismatch";
    const X = keys[cp.recipient - 1];
    const bv = new Batch();
    verifyDLEQ(cp.proof, start(c, "dkg/complaint").u64("dealer", cp.dealer).u64("recipient", cp.recipient), X.X, d.E, cp.S, [X.Xenc, d.Eenc, cp.Senc], bv);
    if (!bv.check()) return "invalid-proof";
    const s = mod2(d.shares[cp.recipient - 1] - sharePad(c, d.dealer, cp.recipient, X.Xenc, d.Eenc, cp.Senc));
    return mul(G, s).equals(evalCommitments(d.C, cp.recipient)) ? "share-correct" : "guilty";
  }
  function sortBlames(bs) {
    return bs.map((b, i) => [b, i]).sort(([a, i], [b, k]) => a.trustee - b.trustee || (a.dealer ?? 0) - (b.dealer ?? 0) || i - k).map(([b]) => b);
  }
  var CeremonyError = class extends Error {
  };
  function verifyKeys(c, posts) {
    const keys = new Array(c.p.n).fill(void 0);
    const unusable = [];
    for (const p of posts) {
      if (p.trustee < 0 || p.trustee >= c.p.n) continue;
      const k = parseKey(p.data ?? new Uint8Array());
      if (!k) unusable.push({ trustee: p.trustee + 1, reason: "malformed" });
      else keys[p.trustee] = k;
    }
    const errs = [];
    keys.forEach((k, i) => {
      if (!k) errs.push(`trustee ${i + 1}: ${unusable.find((u) => u.trustee === i + 1)?.reason ?? "missing"}`);
      else if (k.trustee !== i + 1) errs.push(`trustee ${i + 1}: mismatch (key of trustee ${k.trustee})`);
    });
    const placed = keys.filter((k, i) => k !== void 0 && k.trustee === i + 1);
    const bv = new Batch();
    placed.forEach((k) => addKey(c, k, bv));
    if (!bv.check()) {
      for (const k of placed) {
        const one = new Batch();
        addKey(c, k, one);
        if (!one.check()) errs.push(`trustee ${k.trustee}: invalid-proof`);
      }
    }
    if (errs.length) throw new CeremonyError(errs.join("; "));
    return keys;
  }
  function parseDealings(posts) {
    const out = { dealings: [], unusable: [] };
    for (const p of posts) {
      const d = parseDealing(p.data ?? new Uint8Array());
      if (!d) out.unusable.push({ trustee: p.trustee + 1, reason: "malformed" });
      else if (d.dealer !== p.trustee + 1) out.unusable.push({ trustee: p.trustee + 1, reason: "mismatch" });
      else out.dealings.push(d);
    }
    return out;
  }
  function parseComplaints(posts) {
    const out = [];
    for (const p of posts) {
      const cp = parseComplaint(p.data ?? new Uint8Array());
      if (cp && cp.recipient === p.trustee + 1) out.push(cp);
    }
    return out;
  }
  function settle(c, keys, dealingPosts, complaintPosts) {
    const { dealings, unusable } = parseDealings(dealingPosts);
    const byDealer = new Array(c.p.n + 1).fill(void 0);
    const count = new Array(c.p.n + 1).fill(0);
    for (const d of dealings) if (valid(c.p, d.dealer)) {
      byDealer[d.dealer] = d;
      count[d.dealer]++;
    }
    for (const u of unusable) if (valid(c.p, u.trustee)) count[u.trustee]++;
    let excluded = [];
    for (let i = 1; i <= c.p.n; i++) {
      let why;
      if (count[i] > 1) why = "mismatch";
      else if (byDealer[i]) why = checkDealing(c, byDealer[i]);
      else why = unusable.find((u) => u.trustee === i)?.reason ?? "missing";
      if (why) {
        byDealer[i] = void 0;
        excluded.push({ trustee: i, reason: why });
      }
    }
    const complaints = parseComplaints(complaintPosts);
    for (const cp of complaints) {
      const d = valid(c.p, cp.dealer) ? byDealer[cp.dealer] : void 0;
      if (d && adjudicate(c, keys, d, cp) === "guilty") {
        byDealer[cp.dealer] = void 0;
        excluded.push({ trustee: cp.dealer, reason: "bad-share" });
      }
    }
    excluded = sortBlames(excluded);
    const qual = [];
    const qualified = [];
    for (let i = 1; i <= c.p.n; i++) if (byDealer[i]) {
      qualified.push(i);
      qual.push(byDealer[i]);
    }
    if (qual.length < c.p.t) {
      throw new CeremonyError(`${qual.length} of ${c.p.n} qualified, need ${c.p.t}: ${excluded.map((b) => `${b.trustee} ${b.reason}`).join(", ")}`);
    }
    const sum = [];
    for (let k = 0; k < c.p.t; k++) sum.push(qual.reduce((acc, d) => acc.add(d.C[k]), ZERO));
    if (sum[0].is0()) throw new CeremonyError("the election key is the identity");
    const Y = [];
    for (let j = 1; j <= c.p.n; j++) Y.push(evalCommitments(sum, j));
    return { qualified, excluded, falseComplaints: falseComplaints(c, keys, dealingPosts, dealings, complaints, complaintPosts), K: sum[0], Y };
  }
  function falseComplaints(c, keys, dealingPosts, dealings, complaints, posts) {
    const out = [];
    const perDealer = /* @__PURE__ */ new Map();
    for (const p of dealingPosts) perDealer.set(p.trustee + 1, (perDealer.get(p.trustee + 1) ?? 0) + 1);
    const validD = /* @__PURE__ */ new Map();
    for (const d of dealings) if (perDealer.get(d.dealer) === 1 && !checkDealing(c, d)) validD.set(d.dealer, d);
    for (const cp of complaints) {
      const d = validD.get(cp.dealer);
      if (!d) continue;
      const v = adjudicate(c, keys, d, cp);
      if (v === "guilty") validD.delete(cp.dealer);
      else out.push({ trustee: cp.recipient, dealer: cp.dealer, reason: v });
    }
    for (const p of posts) {
      const cp = parseComplaint(p.data ?? new Uint8Array());
      if (!cp) out.push({ trustee: p.trustee + 1, reason: "malformed" });
      else if (cp.recipient !== p.trustee + 1) out.push({ trustee: p.trustee + 1, reason: "mismatch" });
    }
    return sortBlames(out);
  }
  function addPartial(c, s, cts, p, bv) {
    if (!valid(c.p, p.trustee) || p.D.length !== cts.length) return "mismatch";
    const Y = s.Y[p.trustee - 1];
    const Yenc = Y.toBytes();
    cts.forEach((ct, k) => {
      const t = start(c, "dkg/decryption-share").u64("trustee", p.trustee).u64("ciphertext", k).append("ct", ct.enc);
      verifyDLEQ(p.proofs[k], t, Y, ct.A, p.D[k], [Yenc, ct.enc.subarray(0, 32), p.Denc[k]], bv);
    });
    return void 0;
  }
  function lagrange(xs) {
    return xs.map((j) => {
      let num = 1n;
      let den = 1n;
      for (const m of xs) {
        if (m === j) continue;
        num = mod2(num * BigInt(m));
        den = mod2(den * BigInt(m - j));
      }
      return mod2(num * invert2(den));
    });
  }
  function combine(c, s, cts, posts) {
    const parseBlames = [];
    const parts = [];
    for (const p of posts) {
      const pd = parsePartial(p.data ?? new Uint8Array());
      if (!pd) parseBlames.push({ trustee: p.trustee + 1, reason: "malformed" });
      else if (pd.trustee !== p.trustee + 1) parseBlames.push({ trustee: p.trustee + 1, reason: "mismatch" });
      else parts.push(pd);
    }
    const mismatches = [];
    const invalid = [];
    const seen = /* @__PURE__ */ new Set();
    let cands = [];
    const bv = new Batch();
    for (const p of parts) {
      const why = seen.has(p.trustee) ? "mismatch" : addPartial(c, s, cts, p, bv);
      seen.add(p.trustee);
      if (why) mismatches.push({ trustee: p.trustee, reason: why });
      else cands.push(p);
    }
    if (!bv.check()) {
      cands = cands.filter((p) => {
        const one = new Batch();
        addPartial(c, s, cts, p, one);
        if (one.check()) return true;
        invalid.push({ trustee: p.trustee, reason: "invalid-proof" });
        return false;
      });
    }
    cands.sort((a, b) => a.trustee - b.trustee);
    const rejected = sortBlames([...parseBlames, ...sortBlames([...mismatches, ...invalid])]);
    if (cands.length < c.p.t) return { used: [], rejected };
    const used = cands.slice(0, c.p.t);
    const lambda = lagrange(used.map((p) => p.trustee));
    const messages = cts.map((ct, k) => ct.B.subtract(msm(used.map((p) => p.D[k]), lambda)));
    return { used: used.map((p) => p.trustee), rejected, messages };
  }
  function dlog(M, bound) {
    let steps = 1n;
    while (steps * steps <= bound) steps++;
    const baby = /* @__PURE__ */ new Map();
    let p = ZERO;
    for (let j = 0n; j < steps; j++) {
      baby.set(key(p), j);
      p = p.add(G);
    }
    const giant = mul(G, steps).negate();
    let q = M;
    for (let base = 0n; base <= bound; base += steps) {
      const j = baby.get(key(q));
      if (j !== void 0) return base + j <= bound ? base + j : void 0;
      q = q.add(giant);
    }
    return void 0;
  }
  var key = (p) => {
    const b = p.toBytes();
    let s = "";
    for (const x of b) s += String.fromCharCode(x);
    return s;
  };
  var ciphertextOf = (A, B2) => ({ A, B: B2, enc: concat(A.toBytes(), B2.toBytes()) });

  // src/json.ts
  var json_exports = {};
  __export(json_exports, {
    JNum: () => JNum,
    JObj: () => JObj,
    RecordError: () => RecordError,
    address: () => address,
    bool: () => bool,
    bytes: () => bytes,
    encString: () => encString,
    hash: () => hash,
    hexFixed: () => hexFixed,
    i64: () => i64,
    int: () => int,
    list: () => list,
    object: () => object,
    parse: () => parse,
    readLine: () => readLine,
    str: () => str,
    u64: () => u64,
    writeLine: () => writeLine
  });
  var JNum = class {
    constructor(text2) {
      this.text = text2;
    }
    text;
  };
  var JObj = class {
    constructor(entries) {
      this.entries = entries;
    }
    entries;
  };
  var RecordError = class extends Error {
  };
  function parse(s) {
    let i = 0;
    const fail = (what) => {
      throw new RecordError(`invalid JSON at ${i}: ${what}`);
    };
    const ws = () => {
      while (i < s.length && (s[i] === " " || s[i] === "	" || s[i] === "\n" || s[i] === "\r")) i++;
    };
    const str2 = () => {
      i++;
      let out = "";
      let start2 = i;
      for (; ; ) {
        if (i >= s.length) fail("unterminated string");
        const c = s.charCodeAt(i);
        if (c === 34) {
          out += s.slice(start2, i);
          i++;
          return out;
        }
        if (c < 32) fail("control character in string");
        if (c !== 92) {
          i++;
          continue;
        }
        out += s.slice(start2, i);
        const e = s[i + 1];
        i += 2;
        switch (e) {
          case '"':
            out += '"';
            break;
          case "\\":
            out += "\\";
            break;
          case "/":
            out += "/";
            break;
          case "b":
            out += "\b";
            break;
          case "f":
            out += "\f";
            break;
          case "n":
            out += "\n";
            break;
          case "r":
            out += "\r";
            break;
          case "t":
            out += "	";
            break;
          case "u": {
            const h = s.slice(i, i + 4);
            if (!/^[0-9a-fA-F]{4}$/.test(h)) fail("bad \\u escape");
            out += String.fromCharCode(parseInt(h, 16));
            i += 4;
            break;
          }
          default:
            fail("bad escape");
        }
        start2 = i;
      }
    };
    const value = () => {
      ws();
      const c = s[i];
      if (c === "{") {
        i++;
        const entries = [];
        ws();
        if (s[i] === "}") {
          i++;
          return new JObj(entries);
        }
        for (; ; ) {
          ws();
          if (s[i] !== '"') fail("expected key");
          const k = str2();
          ws();
          if (s[i] !== ":") fail("expected :");
          i++;
          entries.push([k, value()]);
          ws();
          if (s[i] === ",") {
            i++;
            continue;
          }
          if (s[i] === "}") {
            i++;
            return new JObj(entries);
          }
          fail("expected , or }");
        }
      }
      if (c === "[") {
        i++;
        const out = [];
        ws();
        if (s[i] === "]") {
          i++;
          return out;
        }
        for (; ; ) {
          out.push(value());
          ws();
          if (s[i] === ",") {
            i++;
            continue;
          }
          if (s[i] === "]") {
            i++;
            return out;
          }
          fail("expected , or ]");
        }
      }
      if (c === '"') return str2();
      const m = /^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/.exec(s.slice(i, i + 400));
      if (m && m[0].length > 0) {
        i += m[0].length;
        return new JNum(m[0]);
      }
      for (const [w, v2] of [["true", true], ["false", false], ["null", null]]) {
        if (s.startsWith(w, i)) {
          i += w.length;
          return v2;
        }
      }
      return fail("unexpected character");
    };
    const v = value();
    ws();
    if (i !== s.length) fail("data after the value");
    return v;
  }
  function encString(s) {
    let out = '"';
    let start2 = 0;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      let esc;
      if (c === 34) esc = '\\"';
      else if (c === 92) esc = "\\\\";
      else if (c < 32) {
        esc = { 8: "\\b", 12: "\\f", 10: "\\n", 13: "\\r", 9: "\\t" }[c] ?? "\\u00" + c.toString(16).padStart(2, "0");
      } else if (c === 8232 || c === 8233) esc = "\\u" + c.toString(16);
      else if (c >= 55296 && c <= 57343) {
        const pair = c <= 56319 && i + 1 < s.length && s.charCodeAt(i + 1) >= 56320 && s.charCodeAt(i + 1) <= 57343;
        if (pair) {
          i++;
          continue;
        }
        esc = "\uFFFD";
      }
      if (esc !== void 0) {
        out += s.slice(start2, i) + esc;
        start2 = i + 1;
      }
    }
    return out + s.slice(start2) + '"';
  }
  var bad = (path2, what) => {
    throw new RecordError(`${path2}: ${what}`);
  };
  var U64MAX = (1n << 64n) - 1n;
  var I64MIN = -(1n << 63n);
  var I64MAX = (1n << 63n) - 1n;
  function integer(lo, hi) {
    return {
      dec(j, path2) {
        if (!(j instanceof JNum) || !/^-?[0-9]+$/.test(j.text)) return bad(path2, "not an integer");
        const v = BigInt(j.text);
        if (v < lo || v > hi) return bad(path2, "integer out of range");
        return v;
      },
      enc: (v) => v.toString()
    };
  }
  var u64 = integer(0n, U64MAX);
  var i64 = integer(I64MIN, I64MAX);
  function small(c) {
    return {
      dec(j, path2) {
        const v = c.dec(j, path2);
        if (v > BigInt(Number.MAX_SAFE_INTEGER) || v < -BigInt(Number.MAX_SAFE_INTEGER)) return bad(path2, "integer too large here");
        return Number(v);
      },
      enc: (v) => String(v)
    };
  }
  var int = small(i64);
  var str = {
    dec: (j, path2) => typeof j === "string" ? j : bad(path2, "not a string"),
    enc: encString
  };
  var bool = {
    dec: (j, path2) => typeof j === "boolean" ? j : bad(path2, "not a boolean"),
    enc: (v) => v ? "true" : "false"
  };
  var bytes = {
    dec(j, path2) {
      if (j === null) return null;
      if (typeof j !== "string") return bad(path2, "not a byte string");
      return fromBase64(j) ?? bad(path2, "not canonical base64");
    },
    enc: (v) => v === null ? "null" : '"' + toBase64(v) + '"'
  };
  function hexFixed(n) {
    return {
      dec(j, path2) {
        if (typeof j !== "string" || j.length !== 2 + 2 * n || !j.startsWith("0x")) return bad(path2, `not ${n} bytes of 0x-hex`);
        try {
          return fromHex(j.slice(2));
        } catch {
          return bad(path2, "bad hex");
        }
      },
      enc: (v) => '"0x' + hex(v) + '"'
    };
  }
  var address = hexFixed(20);
  var hash = hexFixed(32);
  function list(c) {
    return {
      dec(j, path2) {
        if (j === null) return null;
        if (!Array.isArray(j)) return bad(path2, "not a list");
        return j.map((x, k) => c.dec(x, `${path2}[${k}]`));
      },
      enc: (v) => v === null ? "null" : "[" + v.map((x) => c.enc(x)).join(",") + "]"
    };
  }
  function object(fields, omitZero = []) {
    const names = Object.keys(fields);
    return {
      dec(j, path2) {
        if (!(j instanceof JObj)) return bad(path2, "not an object");
        const out = {};
        let k = 0;
        for (const name of names) {
          const e = j.entries[k];
          if (omitZero.includes(name) && (e === void 0 || e[0] !== name)) {
            out[name] = void 0;
            continue;
          }
          if (e === void 0 || e[0] !== name) return bad(path2, `expected field ${name}`);
          out[name] = fields[name].dec(e[1], `${path2}.${name}`);
          k++;
        }
        if (k !== j.entries.length) return bad(path2, `unexpected field ${j.entries[k][0]}`);
        return out;
      },
      enc(v) {
        const parts = [];
        for (const name of names) {
          const x = v[name];
          if (omitZero.includes(name) && (x === 0 || x === 0n || x === "" || x === void 0)) continue;
          parts.push(encString(name) + ":" + fields[name].enc(x));
        }
        return "{" + parts.join(",") + "}";
      }
    };
  }
  var decoder = new TextDecoder("utf-8");
  var encoder = new TextEncoder();
  function readLine(c, line, what) {
    const v = c.dec(parse(decoder.decode(line)), what);
    const again = encoder.encode(c.enc(v));
    if (again.length !== line.length || !again.every((x, i) => x === line[i])) {
      throw new RecordError(`${what}: line not in canonical form`);
    }
    return v;
  }
  function writeLine(c, v) {
    return encoder.encode(c.enc(v));
  }

  // src/record.ts
  var record_exports = {};
  __export(record_exports, {
    VERDICTS: () => VERDICTS,
    blame: () => blame,
    castLine: () => castLine,
    ceremony: () => ceremony,
    decryption: () => decryption,
    header: () => header2,
    issuedLine: () => issuedLine,
    lineType: () => lineType,
    post: () => post,
    published: () => published,
    rollLine: () => rollLine,
    tallyLine: () => tallyLine
  });
  var post = object({ trustee: int, data: bytes, block: u64, tx: hash });
  var blame = object({ trustee: int, dealer: int, reason: str }, ["dealer"]);
  var stateFact = object({ state: str, block: u64, tx: hash });
  var ceremony = object({
    keys: list(post),
    dealings: list(post),
    complaints: list(post),
    electionKey: bytes,
    qualifiedMask: u64,
    qualified: list(int),
    excluded: list(blame),
    falseComplaints: list(blame)
  });
  var decryption = object({
    ciphertexts: list(bytes),
    shares: list(post),
    used: list(int),
    rejected: list(blame),
    values: list(u64)
  });
  var header2 = object({
    type: str,
    version: int,
    chainId: u64,
    contract: address,
    electionId: hash,
    createdBlock: u64,
    readBlock: u64,
    manifest: bytes,
    commission: address,
    trustees: list(address),
    threshold: int,
    registrarKey: bytes,
    states: list(stateFact),
    ceremony,
    test: decryption,
    casts: u64,
    tokenCount: u64,
    rollPosts: list(object({ root: hash, count: u64, block: u64, tx: hash })),
    countPosts: list(object({ count: u64, logRoot: hash, final: bool, block: u64, tx: hash }))
  });
  var rollLine = object({ type: str, bucket: u64, entries: list(bytes) });
  var issuedLine = object({ type: str, interval: u64, bucket: u64, entries: list(bytes) });
  var castLine = object({
    type: str,
    seq: u64,
    block: u64,
    tx: hash,
    index: u64,
    pseudonym: address,
    token: bytes,
    ballot: bytes,
    signature: bytes,
    verdict: str
  });
  var verdictCount = object({ verdict: str, casts: u64 });
  var tallyLine = object({
    type: str,
    counted: u64,
    verdicts: list(verdictCount),
    aggregates: list(bytes),
    decryption,
    counts: list(list(u64)),
    result: bytes
  });
  var published = object({ type: str, result: bytes, recordHash: hash, block: u64, tx: hash });
  var VERDICTS = ["counted", "not-open", "bad-signature", "bad-token", "bad-encoding", "bad-proof", "duplicate"];
  function lineType(line) {
    const head = new TextDecoder().decode(line.subarray(0, 24));
    for (const t of ["cast", "issued", "roll", "header", "tally", "published"]) {
      if (head.startsWith(`{"type":"${t}",`)) return t;
    }
    return "";
  }

  // src/lines.ts
  var LineReader = class {
    it;
    buf = new Uint8Array(0);
    pos = 0;
    done = false;
    hash = sha256.create();
    line = 0;
    constructor(src) {
      this.it = Symbol.asyncIterator in src ? src[Symbol.asyncIterator]() : src[Symbol.iterator]();
    }
    /** The next line without its newline and its type, or undefined at the end. */
    async next() {
      for (; ; ) {
        const nl = this.buf.indexOf(10, this.pos);
        if (nl >= 0) {
          const full = this.buf.subarray(this.pos, nl + 1);
          this.pos = nl + 1;
          this.line++;
          const type = lineType(full);
          if (type !== "published") this.hash.update(full);
          return { type, line: full.subarray(0, full.length - 1) };
        }
        if (this.done) {
          if (this.pos < this.buf.length) throw new RecordError(`line ${this.line + 1}: no newline at the end`);
          return void 0;
        }
        const r = await this.it.next();
        if (r.done) {
          this.done = true;
          continue;
        }
        const rest = this.buf.subarray(this.pos);
        const b = new Uint8Array(rest.length + r.value.length);
        b.set(rest);
        b.set(r.value, rest.length);
        this.buf = b;
        this.pos = 0;
      }
    }
  };

  // src/reglog.ts
  var reglog_exports = {};
  __export(reglog_exports, {
    BUCKETS: () => BUCKETS,
    CODE_LENGTH: () => CODE_LENGTH,
    LEAF_SIZE: () => LEAF_SIZE,
    MAX_DISTRICT: () => MAX_DISTRICT,
    MAX_VOTER_ID: () => MAX_VOTER_ID,
    PATH_LENGTH: () => PATH_LENGTH,
    buckets: () => buckets,
    checkBucket: () => checkBucket,
    compareLeaves: () => compareLeaves,
    entry: () => entry,
    findEntry: () => findEntry,
    foldPath: () => foldPath,
    leaf: () => leaf,
    leafSalt: () => leafSalt,
    mth: () => mth,
    normalizeCode: () => normalizeCode,
    parseEntry: () => parseEntry,
    parseHex: () => parseHex,
    parsePath: () => parsePath,
    path: () => path,
    root: () => root,
    rootOfBuckets: () => rootOfBuckets,
    validDistrict: () => validDistrict,
    validVoterId: () => validVoterId,
    verifyBucket: () => verifyBucket
  });

  // node_modules/@noble/hashes/_blake.js
  var BSIGMA = /* @__PURE__ */ Uint8Array.from([
    0,
    1,
    2,
    3,
    4,
    5,
    6,
    7,
    8,
    9,
    10,
    11,
    12,
    13,
    14,
    15,
    14,
    10,
    4,
    8,
    9,
    15,
    13,
    6,
    1,
    12,
    0,
    2,
    11,
    7,
    5,
    3,
    11,
    8,
    12,
    0,
    5,
    2,
    15,
    13,
    10,
    14,
    3,
    6,
    7,
    1,
    9,
    4,
    7,
    9,
    3,
    1,
    13,
    12,
    11,
    14,
    2,
    6,
    5,
    10,
    4,
    0,
    15,
    8,
    9,
    0,
    5,
    7,
    2,
    4,
    10,
    15,
    14,
    1,
    11,
    12,
    6,
    8,
    3,
    13,
    2,
    12,
    6,
    10,
    0,
    11,
    8,
    3,
    4,
    13,
    7,
    5,
    15,
    14,
    1,
    9,
    12,
    5,
    1,
    15,
    14,
    13,
    4,
    10,
    0,
    7,
    6,
    3,
    9,
    2,
    8,
    11,
    13,
    11,
    7,
    14,
    12,
    1,
    3,
    9,
    5,
    0,
    15,
    4,
    8,
    6,
    2,
    10,
    6,
    15,
    14,
    9,
    11,
    3,
    0,
    8,
    12,
    2,
    13,
    7,
    1,
    4,
    10,
    5,
    10,
    2,
    8,
    4,
    7,
    6,
    1,
    5,
    15,
    11,
    9,
    14,
    3,
    12,
    13,
    0,
    0,
    1,
    2,
    3,
    4,
    5,
    6,
    7,
    8,
    9,
    10,
    11,
    12,
    13,
    14,
    15,
    14,
    10,
    4,
    8,
    9,
    15,
    13,
    6,
    1,
    12,
    0,
    2,
    11,
    7,
    5,
    3,
    // Blake1, unused in others
    11,
    8,
    12,
    0,
    5,
    2,
    15,
    13,
    10,
    14,
    3,
    6,
    7,
    1,
    9,
    4,
    7,
    9,
    3,
    1,
    13,
    12,
    11,
    14,
    2,
    6,
    5,
    10,
    4,
    0,
    15,
    8,
    9,
    0,
    5,
    7,
    2,
    4,
    10,
    15,
    14,
    1,
    11,
    12,
    6,
    8,
    3,
    13,
    2,
    12,
    6,
    10,
    0,
    11,
    8,
    3,
    4,
    13,
    7,
    5,
    15,
    14,
    1,
    9
  ]);

  // node_modules/@noble/hashes/blake2.js
  var B2B_IV = /* @__PURE__ */ Uint32Array.from([
    4089235720,
    1779033703,
    2227873595,
    3144134277,
    4271175723,
    1013904242,
    1595750129,
    2773480762,
    2917565137,
    1359893119,
    725511199,
    2600822924,
    4215389547,
    528734635,
    327033209,
    1541459225
  ]);
  var BBUF = /* @__PURE__ */ new Uint32Array(32);
  function G1b(a, b, c, d, msg, x) {
    const Xl = msg[x], Xh = msg[x + 1];
    let Al = BBUF[2 * a], Ah = BBUF[2 * a + 1];
    let Bl = BBUF[2 * b], Bh = BBUF[2 * b + 1];
    let Cl = BBUF[2 * c], Ch = BBUF[2 * c + 1];
    let Dl = BBUF[2 * d], Dh = BBUF[2 * d + 1];
    const ll = add3L(Al, Bl, Xl);
    Ah = add3H(ll, Ah, Bh, Xh);
    Al = ll | 0;
    let xh = Dh ^ Ah, xl = Dl ^ Al;
    Dh = rotr32H(xh, xl);
    Dl = rotr32L(xh, xl);
    ({ h: Ch, l: Cl } = add(Ch, Cl, Dh, Dl));
    xh = Bh ^ Ch;
    xl = Bl ^ Cl;
    Bh = rotrSH(xh, xl, 24);
    Bl = rotrSL(xh, xl, 24);
    BBUF[2 * a] = Al;
    BBUF[2 * a + 1] = Ah;
    BBUF[2 * b] = Bl;
    BBUF[2 * b + 1] = Bh;
    BBUF[2 * c] = Cl;
    BBUF[2 * c + 1] = Ch;
    BBUF[2 * d] = Dl;
    BBUF[2 * d + 1] = Dh;
  }
  function G2b(a, b, c, d, msg, x) {
    const Xl = msg[x], Xh = msg[x + 1];
    let Al = BBUF[2 * a], Ah = BBUF[2 * a + 1];
    let Bl = BBUF[2 * b], Bh = BBUF[2 * b + 1];
    let Cl = BBUF[2 * c], Ch = BBUF[2 * c + 1];
    let Dl = BBUF[2 * d], Dh = BBUF[2 * d + 1];
    const ll = add3L(Al, Bl, Xl);
    Ah = add3H(ll, Ah, Bh, Xh);
    Al = ll | 0;
    let xh = Dh ^ Ah, xl = Dl ^ Al;
    Dh = rotrSH(xh, xl, 16);
    Dl = rotrSL(xh, xl, 16);
    ({ h: Ch, l: Cl } = add(Ch, Cl, Dh, Dl));
    xh = Bh ^ Ch;
    xl = Bl ^ Cl;
    Bh = rotrBH(xh, xl, 63);
    Bl = rotrBL(xh, xl, 63);
    BBUF[2 * a] = Al;
    BBUF[2 * a + 1] = Ah;
    BBUF[2 * b] = Bl;
    BBUF[2 * b + 1] = Bh;
    BBUF[2 * c] = Cl;
    BBUF[2 * c + 1] = Ch;
    BBUF[2 * d] = Dl;
    BBUF[2 * d + 1] = Dh;
  }
  function checkBlake2Opts(outputLen, opts = {}, keyLen, saltLen, persLen) {
    anumber(keyLen);
    if (outputLen <= 0 || outputLen > keyLen)
      throw new Error('"dkLen" must be 1..' + keyLen + ", got " + outputLen);
    const { key: key2, salt, personalization } = opts;
    if (key2 !== void 0 && (key2.length < 1 || key2.length > keyLen))
      throw new Error('"key" expected to be undefined or of length=1..' + keyLen);
    if (salt !== void 0)
      abytes(salt, saltLen, "salt");
    if (personalization !== void 0)
      abytes(personalization, persLen, "personalization");
  }
  var _BLAKE2 = class {
    buffer;
    buffer32;
    finished = false;
    destroyed = false;
    length = 0;
    pos = 0;
    blockLen;
    outputLen;
    canXOF = false;
    constructor(blockLen, outputLen) {
      anumber(blockLen);
      anumber(outputLen);
      this.blockLen = blockLen;
      this.outputLen = outputLen;
      this.buffer = new Uint8Array(blockLen);
      this.buffer32 = u32(this.buffer);
    }
    update(data) {
      aexists(this);
      abytes(data);
      const { blockLen, buffer, buffer32 } = this;
      const len = data.length;
      const offset = data.byteOffset;
      const buf = data.buffer;
      for (let pos = 0; pos < len; ) {
        if (this.pos === blockLen) {
          swap32IfBE(buffer32);
          this.compress(buffer32, 0, false);
          swap32IfBE(buffer32);
          this.pos = 0;
        }
        const take = Math.min(blockLen - this.pos, len - pos);
        const dataOffset = offset + pos;
        if (take === blockLen && !(dataOffset % 4) && pos + take < len) {
          const data32 = new Uint32Array(buf, dataOffset, Math.floor((len - pos) / 4));
          swap32IfBE(data32);
          for (let pos32 = 0; pos + blockLen < len; pos32 += buffer32.length, pos += blockLen) {
            this.length += blockLen;
            this.compress(data32, pos32, false);
          }
          swap32IfBE(data32);
          continue;
        }
        buffer.set(pos === 0 && take === len ? data : data.subarray(pos, pos + take), this.pos);
        this.pos += take;
        this.length += take;
        pos += take;
      }
      return this;
    }
    digestInto(out) {
      aexists(this);
      aoutput(out, this);
      if (out.byteOffset & 3)
        throw new RangeError('"output" expected 4-byte aligned byteOffset, got ' + out.byteOffset);
      const { pos, buffer32 } = this;
      this.finished = true;
      this.buffer.fill(0, pos);
      swap32IfBE(buffer32);
      this.compress(buffer32, 0, true);
      swap32IfBE(buffer32);
      const state = this.get();
      const out32 = out === this.buffer ? buffer32 : u32(out);
      const full = Math.floor(this.outputLen / 4);
      for (let i = 0; i < full; i++)
        out32[i] = swap8IfBE(state[i]);
      const tail = this.outputLen % 4;
      if (!tail)
        return;
      const off = full * 4;
      const word = state[full];
      for (let i = 0; i < tail; i++)
        out[off + i] = word >>> 8 * i;
    }
    digest() {
      const { buffer, outputLen } = this;
      this.digestInto(buffer);
      const res = buffer.slice(0, outputLen);
      this.destroy();
      return res;
    }
    _cloneInto(to) {
      const { buffer, length, finished, destroyed, outputLen, pos } = this;
      to ||= new this.constructor({ dkLen: outputLen });
      to.set(...this.get());
      to.buffer.set(buffer);
      to.destroyed = destroyed;
      to.finished = finished;
      to.length = length;
      to.pos = pos;
      to.outputLen = outputLen;
      return to;
    }
    clone() {
      return this._cloneInto();
    }
  };
  var _BLAKE2b = class extends _BLAKE2 {
    // Same IV words as SHA-512 / BLAKE2b, encoded as LE u32 low/high halves.
    v0l = B2B_IV[0] | 0;
    v0h = B2B_IV[1] | 0;
    v1l = B2B_IV[2] | 0;
    v1h = B2B_IV[3] | 0;
    v2l = B2B_IV[4] | 0;
    v2h = B2B_IV[5] | 0;
    v3l = B2B_IV[6] | 0;
    v3h = B2B_IV[7] | 0;
    v4l = B2B_IV[8] | 0;
    v4h = B2B_IV[9] | 0;
    v5l = B2B_IV[10] | 0;
    v5h = B2B_IV[11] | 0;
    v6l = B2B_IV[12] | 0;
    v6h = B2B_IV[13] | 0;
    v7l = B2B_IV[14] | 0;
    v7h = B2B_IV[15] | 0;
    constructor(opts = {}) {
      opts = checkOpts({}, opts);
      const olen = opts.dkLen === void 0 ? 64 : opts.dkLen;
      super(128, olen);
      checkBlake2Opts(olen, opts, 64, 16, 16);
      let { key: key2, personalization, salt } = opts;
      let keyLength = 0;
      if (key2 !== void 0) {
        abytes(key2, void 0, "key");
        keyLength = key2.length;
      }
      this.v0l ^= this.outputLen | keyLength << 8 | 1 << 16 | 1 << 24;
      if (salt !== void 0) {
        abytes(salt, void 0, "salt");
        const slt = u32(copyBytes(salt));
        this.v4l ^= swap8IfBE(slt[0]);
        this.v4h ^= swap8IfBE(slt[1]);
        this.v5l ^= swap8IfBE(slt[2]);
        this.v5h ^= swap8IfBE(slt[3]);
      }
      if (personalization !== void 0) {
        abytes(personalization, void 0, "personalization");
        const pers = u32(copyBytes(personalization));
        this.v6l ^= swap8IfBE(pers[0]);
        this.v6h ^= swap8IfBE(pers[1]);
        this.v7l ^= swap8IfBE(pers[2]);
        this.v7h ^= swap8IfBE(pers[3]);
      }
      if (key2 !== void 0) {
        const tmp = new Uint8Array(this.blockLen);
        tmp.set(key2);
        this.update(tmp);
        clean(tmp);
      }
    }
    // prettier-ignore
    get() {
      let { v0l, v0h, v1l, v1h, v2l, v2h, v3l, v3h, v4l, v4h, v5l, v5h, v6l, v6h, v7l, v7h } = this;
      return [v0l, v0h, v1l, v1h, v2l, v2h, v3l, v3h, v4l, v4h, v5l, v5h, v6l, v6h, v7l, v7h];
    }
    // prettier-ignore
    set(v0l, v0h, v1l, v1h, v2l, v2h, v3l, v3h, v4l, v4h, v5l, v5h, v6l, v6h, v7l, v7h) {
      this.v0l = v0l | 0;
      this.v0h = v0h | 0;
      this.v1l = v1l | 0;
      this.v1h = v1h | 0;
      this.v2l = v2l | 0;
      this.v2h = v2h | 0;
      this.v3l = v3l | 0;
      this.v3h = v3h | 0;
      this.v4l = v4l | 0;
      this.v4h = v4h | 0;
      this.v5l = v5l | 0;
      this.v5h = v5h | 0;
      this.v6l = v6l | 0;
      this.v6h = v6h | 0;
      this.v7l = v7l | 0;
      this.v7h = v7h | 0;
    }
    compress(msg, offset, isLast) {
      const { v0l, v0h, v1l, v1h, v2l, v2h, v3l, v3h, v4l, v4h, v5l, v5h, v6l, v6h, v7l, v7h } = this;
      {
        BBUF[0] = v0l;
        BBUF[1] = v0h;
        BBUF[2] = v1l;
        BBUF[3] = v1h;
        BBUF[4] = v2l;
        BBUF[5] = v2h;
        BBUF[6] = v3l;
        BBUF[7] = v3h;
        BBUF[8] = v4l;
        BBUF[9] = v4h;
        BBUF[10] = v5l;
        BBUF[11] = v5h;
        BBUF[12] = v6l;
        BBUF[13] = v6h;
        BBUF[14] = v7l;
        BBUF[15] = v7h;
      }
      BBUF.set(B2B_IV, 16);
      const l = fromNumL(this.length);
      const h = fromNumH(this.length);
      BBUF[24] = B2B_IV[8] ^ l;
      BBUF[25] = B2B_IV[9] ^ h;
      if (isLast) {
        BBUF[28] = ~BBUF[28];
        BBUF[29] = ~BBUF[29];
      }
      let j = 0;
      const s = BSIGMA;
      for (let i = 0; i < 12; i++) {
        G1b(0, 4, 8, 12, msg, offset + 2 * s[j++]);
        G2b(0, 4, 8, 12, msg, offset + 2 * s[j++]);
        G1b(1, 5, 9, 13, msg, offset + 2 * s[j++]);
        G2b(1, 5, 9, 13, msg, offset + 2 * s[j++]);
        G1b(2, 6, 10, 14, msg, offset + 2 * s[j++]);
        G2b(2, 6, 10, 14, msg, offset + 2 * s[j++]);
        G1b(3, 7, 11, 15, msg, offset + 2 * s[j++]);
        G2b(3, 7, 11, 15, msg, offset + 2 * s[j++]);
        G1b(0, 5, 10, 15, msg, offset + 2 * s[j++]);
        G2b(0, 5, 10, 15, msg, offset + 2 * s[j++]);
        G1b(1, 6, 11, 12, msg, offset + 2 * s[j++]);
        G2b(1, 6, 11, 12, msg, offset + 2 * s[j++]);
        G1b(2, 7, 8, 13, msg, offset + 2 * s[j++]);
        G2b(2, 7, 8, 13, msg, offset + 2 * s[j++]);
        G1b(3, 4, 9, 14, msg, offset + 2 * s[j++]);
        G2b(3, 4, 9, 14, msg, offset + 2 * s[j++]);
      }
      this.v0l ^= BBUF[0] ^ BBUF[16];
      this.v0h ^= BBUF[1] ^ BBUF[17];
      this.v1l ^= BBUF[2] ^ BBUF[18];
      this.v1h ^= BBUF[3] ^ BBUF[19];
      this.v2l ^= BBUF[4] ^ BBUF[20];
      this.v2h ^= BBUF[5] ^ BBUF[21];
      this.v3l ^= BBUF[6] ^ BBUF[22];
      this.v3h ^= BBUF[7] ^ BBUF[23];
      this.v4l ^= BBUF[8] ^ BBUF[24];
      this.v4h ^= BBUF[9] ^ BBUF[25];
      this.v5l ^= BBUF[10] ^ BBUF[26];
      this.v5h ^= BBUF[11] ^ BBUF[27];
      this.v6l ^= BBUF[12] ^ BBUF[28];
      this.v6h ^= BBUF[13] ^ BBUF[29];
      this.v7l ^= BBUF[14] ^ BBUF[30];
      this.v7h ^= BBUF[15] ^ BBUF[31];
      clean(BBUF);
    }
    destroy() {
      this.destroyed = true;
      clean(this.buffer32);
      this.set(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }
  };
  var blake2b = /* @__PURE__ */ createHasher((opts) => new _BLAKE2b(opts));

  // node_modules/@noble/hashes/argon2.js
  var AT = { Argon2d: 0, Argon2i: 1, Argon2id: 2 };
  var ARGON2_SYNC_POINTS = 4;
  var abytesOrZero = (buf, errorTitle = "") => {
    if (buf === void 0)
      return Uint8Array.of();
    return kdfInputToBytes(buf, errorTitle);
  };
  var A2_BUF = new Uint32Array(256);
  function G2(a, b, c, d) {
    let Al = A2_BUF[2 * a], Ah = A2_BUF[2 * a + 1];
    let Bl = A2_BUF[2 * b], Bh = A2_BUF[2 * b + 1];
    let Cl = A2_BUF[2 * c], Ch = A2_BUF[2 * c + 1];
    let Dl = A2_BUF[2 * d], Dh = A2_BUF[2 * d + 1];
    let ml = 0, mh = 0, rl = 0, xh = 0, xl = 0;
    ml = Math.imul(Al, Bl);
    mh = ((Al >>> 0) * (Bl >>> 0) - (ml >>> 0)) / 4294967296 + 0.5 | 0;
    rl = (Al >>> 0) + (Bl >>> 0) + (ml << 1 >>> 0);
    Ah = Ah + Bh + (mh << 1 | ml >>> 31) + (rl / 4294967296 | 0) | 0;
    Al = rl | 0;
    xh = Dh ^ Ah;
    xl = Dl ^ Al;
    Dh = xl;
    Dl = xh;
    ml = Math.imul(Cl, Dl);
    mh = ((Cl >>> 0) * (Dl >>> 0) - (ml >>> 0)) / 4294967296 + 0.5 | 0;
    rl = (Cl >>> 0) + (Dl >>> 0) + (ml << 1 >>> 0);
    Ch = Ch + Dh + (mh << 1 | ml >>> 31) + (rl / 4294967296 | 0) | 0;
    Cl = rl | 0;
    xh = Bh ^ Ch;
    xl = Bl ^ Cl;
    Bh = xh >>> 24 | xl << 8;
    Bl = xh << 8 | xl >>> 24;
    ml = Math.imul(Al, Bl);
    mh = ((Al >>> 0) * (Bl >>> 0) - (ml >>> 0)) / 4294967296 + 0.5 | 0;
    rl = (Al >>> 0) + (Bl >>> 0) + (ml << 1 >>> 0);
    Ah = Ah + Bh + (mh << 1 | ml >>> 31) + (rl / 4294967296 | 0) | 0;
    Al = rl | 0;
    xh = Dh ^ Ah;
    xl = Dl ^ Al;
    Dh = xh >>> 16 | xl << 16;
    Dl = xh << 16 | xl >>> 16;
    ml = Math.imul(Cl, Dl);
    mh = ((Cl >>> 0) * (Dl >>> 0) - (ml >>> 0)) / 4294967296 + 0.5 | 0;
    rl = (Cl >>> 0) + (Dl >>> 0) + (ml << 1 >>> 0);
    Ch = Ch + Dh + (mh << 1 | ml >>> 31) + (rl / 4294967296 | 0) | 0;
    Cl = rl | 0;
    xh = Bh ^ Ch;
    xl = Bl ^ Cl;
    Bh = xh << 1 | xl >>> 31;
    Bl = xh >>> 31 | xl << 1;
    A2_BUF[2 * a] = Al, A2_BUF[2 * a + 1] = Ah;
    A2_BUF[2 * b] = Bl, A2_BUF[2 * b + 1] = Bh;
    A2_BUF[2 * c] = Cl, A2_BUF[2 * c + 1] = Ch;
    A2_BUF[2 * d] = Dl, A2_BUF[2 * d + 1] = Dh;
  }
  function P(v00, v01, v02, v03, v04, v05, v06, v07, v08, v09, v10, v11, v12, v13, v14, v15) {
    G2(v00, v04, v08, v12);
    G2(v01, v05, v09, v13);
    G2(v02, v06, v10, v14);
    G2(v03, v07, v11, v15);
    G2(v00, v05, v10, v15);
    G2(v01, v06, v11, v12);
    G2(v02, v07, v08, v13);
    G2(v03, v04, v09, v14);
  }
  function block(x, xPos, yPos, outPos, needXor) {
    if (needXor) {
      for (let i = 0; i < 256; i++) {
        const r = x[xPos + i] ^ x[yPos + i];
        A2_BUF[i] = r;
        x[outPos + i] ^= r;
      }
    } else {
      for (let i = 0; i < 256; i++) {
        const r = x[xPos + i] ^ x[yPos + i];
        A2_BUF[i] = r;
        x[outPos + i] = r;
      }
    }
    for (let i = 0; i < 128; i += 16) {
      P(i, i + 1, i + 2, i + 3, i + 4, i + 5, i + 6, i + 7, i + 8, i + 9, i + 10, i + 11, i + 12, i + 13, i + 14, i + 15);
    }
    for (let i = 0; i < 16; i += 2) {
      P(i, i + 1, i + 16, i + 17, i + 32, i + 33, i + 48, i + 49, i + 64, i + 65, i + 80, i + 81, i + 96, i + 97, i + 112, i + 113);
    }
    for (let i = 0; i < 256; i++)
      x[outPos + i] ^= A2_BUF[i];
    clean(A2_BUF);
  }
  function Hp(A, dkLen) {
    const A8 = u8(A);
    const T = new Uint32Array(1);
    const T8 = u8(T);
    T[0] = swap8IfBE(dkLen);
    if (dkLen <= 64)
      return blake2b.create({ dkLen }).update(T8).update(A8).digest();
    const out = new Uint8Array(dkLen);
    let V = blake2b.create({}).update(T8).update(A8).digest();
    let pos = 0;
    out.set(V.subarray(0, 32));
    pos += 32;
    for (; dkLen - pos > 64; pos += 32) {
      const Vh = blake2b.create({}).update(V);
      Vh.digestInto(V);
      Vh.destroy();
      out.set(V.subarray(0, 32), pos);
    }
    out.set(blake2b(V, { dkLen: dkLen - pos }), pos);
    clean(V, T);
    return out;
  }
  function indexAlpha(r, s, laneLen, segmentLen, index2, randL, sameLane = false) {
    let area;
    if (r === 0) {
      if (s === 0)
        area = index2 - 1;
      else if (sameLane)
        area = s * segmentLen + index2 - 1;
      else
        area = s * segmentLen + (index2 == 0 ? -1 : 0);
    } else if (sameLane)
      area = laneLen - segmentLen + index2 - 1;
    else
      area = laneLen - segmentLen + (index2 == 0 ? -1 : 0);
    const startPos = r !== 0 && s !== ARGON2_SYNC_POINTS - 1 ? (s + 1) * segmentLen : 0;
    const randLow = Math.imul(randL, randL);
    const randHigh = ((randL >>> 0) * (randL >>> 0) - (randLow >>> 0)) / 4294967296 + 0.5 | 0;
    const areaLow = Math.imul(area, randHigh);
    const areaHigh = ((area >>> 0) * (randHigh >>> 0) - (areaLow >>> 0)) / 4294967296 + 0.5 | 0;
    const rel = area - 1 - areaHigh;
    return (startPos + rel) % laneLen;
  }
  var maxUint32 = Math.pow(2, 32);
  var ARGON2_DEFAULT_MEMORY = 1024 ** 2;
  var ARGON2_DEFAULT_MAXMEM = ARGON2_DEFAULT_MEMORY * 1024;
  function isU32(num) {
    return Number.isSafeInteger(num) && num >= 0 && num < maxUint32;
  }
  function argon2Opts(opts = {}) {
    opts = checkOpts({}, opts);
    const merged = {
      t: 3,
      m: ARGON2_DEFAULT_MEMORY,
      p: 1,
      version: 19,
      dkLen: 32,
      maxmem: ARGON2_DEFAULT_MAXMEM,
      asyncTick: 10
    };
    for (let [k, v] of Object.entries(opts))
      if (v !== void 0)
        merged[k] = v;
    const { dkLen, p, m, t, version, onProgress, asyncTick } = merged;
    if (!isU32(dkLen) || dkLen < 4)
      throw new Error('"dkLen" must be 4..');
    if (!isU32(p) || p < 1 || p >= Math.pow(2, 24))
      throw new Error('"p" must be 1..2^24');
    if (!isU32(m))
      throw new Error('"m" must be 0..2^32');
    if (!isU32(t) || t < 1)
      throw new Error('"t" (iterations) must be 1..2^32');
    if (onProgress !== void 0 && typeof onProgress !== "function")
      throw new Error('"onProgress" must be a function');
    anumber(asyncTick, "asyncTick");
    if (!isU32(m) || m < 8 * p)
      throw new Error('"m" (memory) must be at least 8*p bytes');
    if (version !== 16 && version !== 19)
      throw new Error('"version" must be 0x10 or 0x13, got ' + version);
    return merged;
  }
  function argon2InitialHash(password, salt, type, opts) {
    const ownedInputs = [];
    const BUF = new Uint32Array(1);
    const BUF8 = u8(BUF);
    let h;
    let H0;
    let succeeded = false;
    const rememberOwned = (input, bytes2) => {
      if (typeof input === "string")
        ownedInputs.push(bytes2);
      return bytes2;
    };
    try {
      const passwordBytes = rememberOwned(password, kdfInputToBytes(password, "password"));
      const saltBytes = rememberOwned(salt, kdfInputToBytes(salt, "salt"));
      if (!isU32(passwordBytes.length))
        throw new Error('"password" must be less of length 1..4Gb');
      if (!isU32(saltBytes.length) || saltBytes.length < 8)
        throw new Error('"salt" must be of length 8..4Gb');
      if (!Object.values(AT).includes(type))
        throw new Error('"type" was invalid');
      let { p, dkLen, m, t, version, key: key2, personalization, maxmem, onProgress, asyncTick } = argon2Opts(opts);
      const keyInput = key2;
      key2 = rememberOwned(keyInput, abytesOrZero(keyInput, "key"));
      const personalizationInput = personalization;
      personalization = rememberOwned(personalizationInput, abytesOrZero(personalizationInput, "personalization"));
      h = blake2b.create();
      for (let item of [p, dkLen, m, t, version, type]) {
        BUF[0] = swap8IfBE(item);
        h.update(BUF8);
      }
      for (let i of [passwordBytes, saltBytes, key2, personalization]) {
        BUF[0] = swap8IfBE(i.length);
        h.update(BUF8).update(i);
      }
      H0 = new Uint32Array(18);
      h.digestInto(u8(H0));
      succeeded = true;
      return { H0, p, dkLen, m, t, version, maxmem, onProgress, asyncTick };
    } finally {
      if (h)
        h.destroy();
      clean(BUF, ...ownedInputs);
      if (!succeeded && H0)
        clean(H0);
    }
  }
  function argon2Init(password, salt, type, opts) {
    const { H0, p, dkLen, m, t, version, maxmem, onProgress, asyncTick } = argon2InitialHash(password, salt, type, opts);
    try {
      const lanes = p;
      const mP = 4 * p * Math.floor(m / (ARGON2_SYNC_POINTS * p));
      const laneLen = Math.floor(mP / p);
      const segmentLen = Math.floor(laneLen / ARGON2_SYNC_POINTS);
      const memUsed = mP * 1024;
      if (!isU32(maxmem))
        throw new Error('"maxmem" expected <2**32, got ' + maxmem);
      if (memUsed > maxmem)
        throw new Error('"maxmem" limit was hit: memUsed(mP*1024)=' + memUsed + ", maxmem=" + maxmem);
      const B2 = new Uint32Array(memUsed / 4);
      for (let l = 0; l < p; l++) {
        const i = 256 * laneLen * l;
        H0[17] = swap8IfBE(l);
        H0[16] = swap8IfBE(0);
        B2.set(swap32IfBE(u32(Hp(H0, 1024))), i);
        H0[16] = swap8IfBE(1);
        B2.set(swap32IfBE(u32(Hp(H0, 1024))), i + 256);
      }
      let perBlock = () => {
      };
      if (onProgress) {
        const totalBlock = t * ARGON2_SYNC_POINTS * p * segmentLen - 2 * p;
        const callbackPer = Math.max(Math.floor(totalBlock / 1e4), 1);
        let blockCnt = 0;
        perBlock = () => {
          blockCnt++;
          if (onProgress && (!(blockCnt % callbackPer) || blockCnt === totalBlock))
            onProgress(blockCnt / totalBlock);
        };
      }
      return { type, mP, p, t, version, B: B2, laneLen, lanes, segmentLen, dkLen, perBlock, asyncTick };
    } finally {
      clean(H0);
    }
  }
  function argon2Output(B2, p, laneLen, dkLen) {
    const B_final = new Uint32Array(256);
    for (let l = 0; l < p; l++)
      for (let j = 0; j < 256; j++)
        B_final[j] ^= B2[256 * (laneLen * l + laneLen - 1) + j];
    const res = Hp(swap32IfBE(B_final), dkLen);
    clean(B2, B_final);
    return res;
  }
  function* argon2Blocks(ctx, address2) {
    const { type, mP, p, t, version, B: B2, laneLen, lanes, segmentLen, perBlock } = ctx;
    address2[256 + 6] = mP;
    address2[256 + 8] = t;
    address2[256 + 10] = type;
    for (let r = 0; r < t; r++) {
      const needXor = r !== 0 && version === 19;
      address2[256 + 0] = r;
      for (let s = 0; s < ARGON2_SYNC_POINTS; s++) {
        address2[256 + 4] = s;
        const dataIndependent = type == AT.Argon2i || type == AT.Argon2id && r === 0 && s < 2;
        for (let l = 0; l < p; l++) {
          address2[256 + 2] = l;
          address2[256 + 12] = 0;
          let startPos = 0;
          if (r === 0 && s === 0) {
            startPos = 2;
            if (dataIndependent) {
              address2[256 + 12]++;
              block(address2, 256, 2 * 256, 0, false);
              block(address2, 0, 2 * 256, 0, false);
            }
          }
          let offset = l * laneLen + s * segmentLen + startPos;
          for (let index2 = startPos; index2 < segmentLen; index2++, offset++) {
            perBlock();
            const prev = offset % laneLen ? offset - 1 : offset + laneLen - 1;
            let randL, randH;
            if (dataIndependent) {
              let i128 = index2 % 128;
              if (i128 === 0) {
                address2[256 + 12]++;
                block(address2, 256, 2 * 256, 0, false);
                block(address2, 0, 2 * 256, 0, false);
              }
              randL = address2[2 * i128];
              randH = address2[2 * i128 + 1];
            } else {
              const T = 256 * prev;
              randL = B2[T];
              randH = B2[T + 1];
            }
            const refLane = r === 0 && s === 0 ? l : randH % lanes;
            const refPos = indexAlpha(r, s, laneLen, segmentLen, index2, randL, refLane == l);
            const refBlock = laneLen * refLane + refPos;
            block(B2, 256 * prev, 256 * refBlock, offset * 256, needXor);
            yield;
          }
        }
      }
    }
    clean(address2);
  }
  function argon2(type, password, salt, opts) {
    const ctx = argon2Init(password, salt, type, opts);
    const blocks = argon2Blocks(ctx, new Uint32Array(3 * 256));
    while (!blocks.next().done) {
    }
    return argon2Output(ctx.B, ctx.p, ctx.laneLen, ctx.dkLen);
  }
  var argon2id = (password, salt, opts = {}) => argon2(AT.Argon2id, password, salt, opts);

  // src/reglog.ts
  var LEAF_SIZE = 32;
  var BUCKETS = 256;
  var PATH_LENGTH = 8;
  var MAX_VOTER_ID = 64;
  var MAX_DISTRICT = 64;
  var CODE_LENGTH = 12;
  var ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
  var SALT_TAG = utf8("evote/registration-log/v1/salt");
  var ID_CHARS = /^[A-Za-z0-9._-]*$/;
  function normalizeCode(typed) {
    if (typed.length > 4 * CODE_LENGTH) return void 0;
    let out = "";
    for (const ch of typed) {
      if (ch === " " || ch === "-") continue;
      let c = ch >= "a" && ch <= "z" ? ch.toUpperCase() : ch;
      if (c === "O") c = "0";
      if (c === "I" || c === "L") c = "1";
      if (!ALPHABET.includes(c) || out.length === CODE_LENGTH) return void 0;
      out += c;
    }
    return out.length === CODE_LENGTH ? out : void 0;
  }
  function wellFormedId(s, min) {
    return s.length >= min && s.length <= MAX_VOTER_ID && ID_CHARS.test(s);
  }
  var validVoterId = (v) => wellFormedId(v, 1);
  var validDistrict = (d) => wellFormedId(d, 0);
  function leafSalt(electionId, voterId) {
    if (electionId.length !== 32) throw new Error("reglog: election id is not 32 bytes");
    if (!validVoterId(voterId)) throw new Error("reglog: malformed voter id");
    const v = utf8(voterId);
    return sha256(concat(SALT_TAG, electionId, new Uint8Array([v.length]), v));
  }
  function leaf(code, electionId, voterId) {
    if (normalizeCode(code) !== code) throw new Error("reglog: code is not canonical");
    return argon2id(utf8(code), leafSalt(electionId, voterId), { t: 1, m: 1024, p: 1, dkLen: LEAF_SIZE });
  }
  function entry(l, district) {
    if (l.length !== LEAF_SIZE) throw new Error("reglog: leaf is not 32 bytes");
    if (!validDistrict(district)) throw new Error("reglog: malformed district");
    const d = utf8(district);
    return concat(l, new Uint8Array([d.length]), d);
  }
  function parseEntry(e) {
    if (e.length < LEAF_SIZE + 1 || e.length !== LEAF_SIZE + 1 + e[LEAF_SIZE]) return void 0;
    let district = "";
    for (const c of e.subarray(LEAF_SIZE + 1)) district += String.fromCharCode(c);
    if (!validDistrict(district)) return void 0;
    return { leaf: e.slice(0, LEAF_SIZE), district };
  }
  function compareLeaves(a, b) {
    for (let i = 0; i < LEAF_SIZE; i++) if (a[i] !== b[i]) return a[i] - b[i];
    return 0;
  }
  var node = (l, r) => sha256(concat(new Uint8Array([1]), l, r));
  function mth(d, lo = 0, hi = d.length) {
    const n = hi - lo;
    if (n === 0) return sha256(new Uint8Array(0));
    if (n === 1) return sha256(concat(new Uint8Array([0]), d[lo]));
    let k = 1;
    while (k * 2 < n) k *= 2;
    return node(mth(d, lo, lo + k), mth(d, lo + k, hi));
  }
  function buckets(entries) {
    const out = Array.from({ length: BUCKETS }, () => []);
    for (const e of entries) {
      if (!parseEntry(e)) throw new Error("reglog: malformed entry");
      out[e[0]].push(e);
    }
    for (const b of out) {
      b.sort(compareLeaves);
      for (let i = 1; i < b.length; i++) {
        if (compareLeaves(b[i - 1], b[i]) === 0) throw new Error("reglog: a leaf appears twice");
      }
    }
    return out;
  }
  function levels(bucketRoots) {
    if (bucketRoots.length !== BUCKETS) throw new Error("reglog: want 256 bucket roots");
    const out = [bucketRoots.slice()];
    for (let j = 0; j < PATH_LENGTH; j++) {
      const below = out[j];
      out.push(Array.from({ length: below.length / 2 }, (_, i) => node(below[2 * i], below[2 * i + 1])));
    }
    return out;
  }
  function rootOfBuckets(bucketRoots) {
    return levels(bucketRoots)[PATH_LENGTH][0];
  }
  function root(entries) {
    return rootOfBuckets(buckets(entries).map((b) => mth(b)));
  }
  function path(entries, b) {
    if (!Number.isInteger(b) || b < 0 || b >= BUCKETS) throw new Error("reglog: bucket out of range");
    const lv = levels(buckets(entries).map((x) => mth(x)));
    return Array.from({ length: PATH_LENGTH }, (_, j) => lv[j][b >> j ^ 1]);
  }
  function foldPath(b, bucketRoot, p) {
    if (p.length !== PATH_LENGTH || p.some((h2) => h2.length !== 32)) throw new Error("reglog: a path is 8 hashes of 32 bytes");
    let h = bucketRoot;
    for (let j = 0; j < PATH_LENGTH; j++) h = b >> j & 1 ? node(p[j], h) : node(h, p[j]);
    return h;
  }
  function checkBucket(b, entries, p, rootHash) {
    if (!Number.isInteger(b) || b < 0 || b >= BUCKETS) return "bucket";
    if (p.length !== PATH_LENGTH || p.some((h) => h.length !== 32)) return "path";
    for (let i = 0; i < entries.length; i++) {
      const e = entries[i];
      if (!parseEntry(e)) return "entry";
      if (e[0] !== b) return "bucket";
      const c = i > 0 ? compareLeaves(entries[i - 1], e) : -1;
      if (c === 0) return "duplicate";
      if (c > 0) return "order";
    }
    return equal(foldPath(b, mth(entries), p), rootHash) ? void 0 : "root";
  }
  var verifyBucket = (b, entries, p, rootHash) => checkBucket(b, entries, p, rootHash) === void 0;
  function parseHex(s) {
    return typeof s === "string" && /^([0-9a-f]{2})*$/.test(s) ? fromHex(s) : void 0;
  }
  function parsePath(hexes2) {
    if (!Array.isArray(hexes2) || hexes2.length !== PATH_LENGTH) return void 0;
    const out = hexes2.map(parseHex);
    return out.every((h) => h?.length === 32) ? out : void 0;
  }
  function findEntry(entries, l) {
    let lo = 0;
    let hi = entries.length;
    while (lo < hi) {
      const mid = lo + hi >> 1;
      const c = compareLeaves(entries[mid], l);
      if (c === 0) return parseEntry(entries[mid]);
      if (c < 0) lo = mid + 1;
      else hi = mid;
    }
    return void 0;
  }

  // src/logcheck.ts
  function logLines(l) {
    const out = [];
    const runs = (list2, line) => {
      for (let i = 0; i < list2.length; ) {
        let j = i + 1;
        while (j < list2.length && (list2[j][0] ?? 0) === (list2[i][0] ?? 0)) j++;
        out.push(line(BigInt(list2[i][0] ?? 0), list2.slice(i, j)));
        i = j;
      }
    };
    runs(l.roll, (bucket, entries) => ({ type: "roll", bucket, entries }));
    l.intervals.forEach((list2, k) => runs(list2, (bucket, entries) => ({ type: "issued", interval: BigInt(k + 1), bucket, entries })));
    return out;
  }
  function registrarLog(base) {
    return async (id) => {
      const url = `${base.replace(/\/$/, "")}/v1/elections/${hex(id)}/log/all`;
      const r = await fetch(url);
      if (!r.ok) throw new RecordError(`the registrar answered ${r.status} to GET ${url}`);
      const all = await r.json();
      const entries = (list2) => {
        if (!Array.isArray(list2) || !list2.every((h) => typeof h === "string" && /^([0-9a-f]{2})*$/.test(h))) {
          throw new RecordError("the registrar's log: entries are not lists of lowercase hex");
        }
        return list2.map((h) => Uint8Array.from(h.match(/../g) ?? [], (x) => parseInt(x, 16)));
      };
      if (!Array.isArray(all.intervals)) throw new RecordError("the registrar's log has no intervals");
      return { roll: all.roll ? entries(all.roll.entries) : [], intervals: all.intervals.map((x) => entries(x?.entries)) };
    };
  }
  function recordLog(src) {
    return async () => {
      const rd = new LineReader(src);
      const l = { roll: [], intervals: [] };
      for (let next = await rd.next(); next && next.type !== "cast" && next.type !== "tally"; next = await rd.next()) {
        if (next.type === "roll") l.roll.push(...nonNull(readLine(rollLine, next.line, `line ${rd.line}`).entries));
        if (next.type !== "issued") continue;
        const x = readLine(issuedLine, next.line, `line ${rd.line}`);
        if (x.interval === 0n || x.interval > 1n << 20n) throw new RecordError(`line ${rd.line}: interval ${x.interval}`);
        while (l.intervals.length < Number(x.interval)) l.intervals.push([]);
        l.intervals[Number(x.interval) - 1].push(...nonNull(x.entries));
      }
      return l;
    };
  }
  var nonNull = (es) => (es ?? []).map((e) => e ?? new Uint8Array(0));
  var LogCheck = class {
    constructor(h) {
      this.h = h;
      this.posts = h.countPosts ?? [];
    }
    h;
    err;
    list = [];
    // the list being read: the roll, then one interval
    bucket = -1n;
    interval = 0n;
    // 0: the roll
    roll = [];
    issued = new Uint8Array(0);
    count = 0n;
    districts = /* @__PURE__ */ new Map();
    posts;
    fail(why) {
      this.err ??= `registration log: ${why}`;
    }
    rollLine(l) {
      this.add(l.bucket, l.entries);
    }
    issuedLine(l) {
      const k = l.interval;
      if (this.err) return;
      if (k < this.interval || k === 0n) return this.fail(`issued line of interval ${k} after interval ${this.interval}`);
      if (k > BigInt(this.posts.length)) return this.fail(`issued line of interval ${k}, but ${this.posts.length} counts were posted`);
      if (k > this.interval) {
        this.closeUpTo(k - 1n);
        this.interval = k;
        this.list = [];
        this.bucket = -1n;
      }
      this.add(l.bucket, l.entries);
    }
    add(bucket, entries) {
      if (this.err) return;
      if (bucket >= BigInt(BUCKETS) || bucket <= this.bucket) return this.fail(`bucket ${bucket} after bucket ${this.bucket}`);
      if (!entries || entries.length === 0) return this.fail(`a line of bucket ${bucket} without entries`);
      this.bucket = bucket;
      for (const [i, e] of entries.entries()) {
        if (!e || !parseEntry(e)) return this.fail(`bucket ${bucket}, entry ${i}: malformed`);
        if (BigInt(e[0]) !== bucket) return this.fail(`bucket ${bucket}, entry ${i} begins with ${e[0]}`);
        const prev = this.list[this.list.length - 1];
        if (prev && compareLeaves(prev, e) >= 0) return this.fail(`bucket ${bucket}, entry ${i}: leaves not in ascending order (or one twice)`);
        this.list.push(e);
      }
    }
    closeUpTo(k) {
      if (this.interval === 0n) {
        this.closeRoll();
        this.interval = 1n;
        this.list = [];
      }
      for (; !this.err && this.interval <= k; this.interval++, this.list = []) this.closeInterval();
    }
    closeRoll() {
      if (this.err) return;
      const posts = this.h.rollPosts ?? [];
      const p = posts[posts.length - 1];
      if (!p) return this.fail("no roll was posted");
      const open = (this.h.states ?? []).find((s) => s.state === "Open");
      if (!open || p.block > open.block) return this.fail("the roll was not posted before the polls opened");
      const r = root(this.list);
      if (hex(r) !== hex(p.root) || BigInt(this.list.length) !== p.count) {
        return this.fail(`the roll's ${this.list.length} entries hash to ${hex(r)}; the registrar committed to ${p.count} entries, root ${hex(p.root)}`);
      }
      this.roll = this.list;
      this.issued = new Uint8Array(this.roll.length);
      for (const e of this.roll) this.district(e).roll++;
    }
    closeInterval() {
      if (this.err) return;
      const k = this.interval;
      const p = this.posts[Number(k) - 1];
      if (p.count < this.count || p.count - this.count !== BigInt(this.list.length)) {
        return this.fail(`interval ${k} has ${this.list.length} entries; its post counts ${p.count} after ${this.count}`);
      }
      const r = root(this.list);
      if (hex(r) !== hex(p.logRoot)) return this.fail(`interval ${k}'s entries hash to ${hex(r)}, posted ${hex(p.logRoot)}`);
      for (const e of this.list) {
        const i = this.find(e);
        if (i < 0) return this.fail(`interval ${k}: entry ${hex(e)} is not on the committed roll`);
        if (this.issued[i]) return this.fail(`interval ${k}: leaf ${hex(e.subarray(0, LEAF_SIZE))} was issued before`);
        this.issued[i] = 1;
        this.district(e).issued++;
      }
      this.count = p.count;
    }
    /** The index of exactly e on the roll, or -1. */
    find(e) {
      let lo = 0;
      let hi = this.roll.length;
      while (lo < hi) {
        const mid = lo + hi >> 1;
        const c = compareLeaves(this.roll[mid], e);
        if (c === 0) return hex(this.roll[mid]) === hex(e) ? mid : -1;
        if (c < 0) lo = mid + 1;
        else hi = mid;
      }
      return -1;
    }
    district(e) {
      const name = String.fromCharCode(...e.subarray(LEAF_SIZE + 1));
      let d = this.districts.get(name);
      if (!d) this.districts.set(name, d = { district: name, roll: 0n, issued: 0n });
      return d;
    }
    /** Closes the log; the summary, or undefined with err set. */
    done() {
      const posts = this.posts;
      this.closeUpTo(BigInt(posts.length));
      if (this.err) return void 0;
      if (posts.length === 0 || !posts[posts.length - 1].final) this.fail("the last count post is not the final count");
      else if (posts.slice(0, -1).some((p) => p.final)) this.fail("a count posted after the final count");
      else if (this.h.tokenCount !== this.count) this.fail(`the contract's token count is ${this.h.tokenCount}, the final post ${this.count}`);
      if (this.err) return void 0;
      const rolls = this.h.rollPosts;
      const districts = [...this.districts.values()].sort((a, b) => a.district < b.district ? -1 : a.district > b.district ? 1 : 0);
      return { roll: rolls[rolls.length - 1], issued: this.count, intervals: posts.length, districts };
    }
  };

  // src/manifest.ts
  var text = object({ ru: str, en: str });
  var option = object({ title: text });
  var question = object(
    {
      title: text,
      min: int,
      max: int,
      options: list(option),
      type: str,
      method: str,
      seats: int,
      grades: list(text)
    },
    ["type", "method", "seats", "grades"]
  );
  var schedule = object({ opens: str, closes: str });
  var nullable = (c) => ({
    dec: (j, p) => j === null ? void 0 : c.dec(j, p),
    enc: (v) => v === void 0 ? "null" : c.enc(v)
  });
  var manifestCodec = object(
    { version: int, title: text, district: str, questions: list(question), schedule: nullable(schedule) },
    ["district", "schedule"]
  );
  var SPACE = /^[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]*$/;
  function checkText(t, what) {
    for (const s of [t.ru, t.en]) {
      if (SPACE.test(s) || new TextEncoder().encode(s).length > 1e3) {
        throw new Error(`manifest: ${what} must be non-empty UTF-8 of at most 1000 bytes in ru and en`);
      }
    }
  }
  var RFC3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|([+-])(\d{2}):(\d{2}))$/;
  function parseTime(s) {
    const m = RFC3339.exec(s);
    if (!m) throw new Error(`manifest: schedule time ${JSON.stringify(s)} is not RFC 3339`);
    const [y, mo, d, h, mi, se] = m.slice(1, 7).map(Number);
    const days = new Date(Date.UTC(y, mo, 0)).getUTCDate();
    if (mo < 1 || mo > 12 || d < 1 || d > days || h > 23 || mi > 59 || se > 59) throw new Error("manifest: schedule time out of range");
    let t = Date.UTC(y, mo - 1, d, h, mi, se) * 1e3 + Number((m[7] ?? ".0").slice(1).padEnd(9, "0").slice(0, 9)) / 1e6;
    if (m[9]) {
      const off = (Number(m[10]) * 60 + Number(m[11])) * 6e4 * 1e3;
      if (Number(m[10]) > 23 || Number(m[11]) > 59) throw new Error("manifest: schedule offset out of range");
      t += m[9] === "+" ? -off : off;
    }
    return t;
  }
  var mixed = (q) => q.type !== void 0;
  function shape(m) {
    return (m.questions ?? []).map((q) => {
      const out = { options: (q.options ?? []).length, min: q.min, max: q.max };
      if (q.type === "ranked") out.kind = "ranked";
      if (q.type === "graded") Object.assign(out, { kind: "graded", grades: (q.grades ?? []).length });
      return out;
    });
  }
  function checkType(q, i) {
    const n = (q.options ?? []).length;
    const bad2 = (why) => new Error(`manifest: question ${i + 1}: ${why}`);
    switch (q.type) {
      case void 0:
        if (q.method !== void 0 || q.seats !== void 0 || q.grades !== void 0) throw bad2("a choice question has no method, seats or grades");
        return;
      case "ranked":
        if (!["irv", "stv", "schulze"].includes(q.method ?? "")) throw bad2(`method ${JSON.stringify(q.method ?? "")} is no ranking method`);
        if (q.method === "stv" && ((q.seats ?? 0) < 1 || (q.seats ?? 0) >= n)) throw bad2(`STV for ${q.seats ?? 0} seats of ${n} candidates`);
        if (q.method !== "stv" && q.seats !== void 0 || q.grades !== void 0) throw bad2("only STV has seats, and a ranked question no grades");
        return;
      case "graded": {
        if (q.method !== "majority-judgment" || q.seats !== void 0) throw bad2(`method ${JSON.stringify(q.method ?? "")} with seats, want majority-judgment and none`);
        const g = q.grades ?? [];
        if (g.length < 2 || g.length > 10) throw bad2(`${g.length} grades, want 2 to 10`);
        g.forEach((t, k) => checkText(t, `question ${i + 1} grade ${k + 1}`));
        return;
      }
      default:
        throw bad2(`type ${JSON.stringify(q.type)}, want none, "ranked" or "graded"`);
    }
  }
  function parseManifest(b) {
    if (b.length === 0 || b.length > 96 * 1024) throw new Error(`manifest: ${b.length} bytes, want 1 to 98304`);
    const m = readLine(manifestCodec, b, "manifest");
    if (m.version !== 1) throw new Error(`manifest: version ${m.version}, want 1`);
    checkText(m.title, "title");
    (m.questions ?? []).forEach((q, i) => {
      checkText(q.title, `question ${i + 1} title`);
      (q.options ?? []).forEach((o, k) => checkText(o.title, `question ${i + 1} option ${k + 1} title`));
      checkType(q, i);
    });
    if (m.schedule) {
      if (!(parseTime(m.schedule.opens) < parseTime(m.schedule.closes))) throw new Error("manifest: the polls must close after they open");
    }
    const qs = shape(m);
    if (qs.length === 0 || qs.length > 32) throw new Error(`manifest: ${qs.length} questions, want 1 to 32`);
    for (const q of qs) {
      if (q.options < 1 || q.options > 64 || q.min < 0 || q.min > q.max || q.max > q.options || q.kind === "ranked" && q.max < 1) {
        throw new Error(`manifest: a question with ${q.options} options allows [${q.min}, ${q.max}]`);
      }
    }
    if (ballotSize(qs) > 16 * 1024) throw new Error(`manifest: its ballots would be ${ballotSize(qs)} bytes, at most 16384`);
    return m;
  }
  var manifestId = (b) => keccak_256(b);

  // src/token.ts
  var ALG = new Uint8Array([48, 13, 6, 9, 42, 134, 72, 134, 247, 13, 1, 1, 1, 5, 0]);
  function derLen(n) {
    if (n < 128) return new Uint8Array([n]);
    if (n < 256) return new Uint8Array([129, n]);
    return new Uint8Array([130, n >> 8, n & 255]);
  }
  var tlv = (tag, body) => concat(new Uint8Array([tag]), derLen(body.length), body);
  function spki(n) {
    const intN = tlv(2, n[0] & 128 ? concat(new Uint8Array([0]), n) : n);
    const rsa = tlv(48, concat(intN, new Uint8Array([2, 3, 1, 0, 1])));
    return tlv(48, concat(ALG, tlv(3, concat(new Uint8Array([0]), rsa))));
  }
  async function parseRegistrarKey(der) {
    const m = findModulus(der);
    if (!m) throw new Error("registrar key: not an RSA SubjectPublicKeyInfo");
    let n = m;
    while (n.length > 0 && n[0] === 0) n = n.subarray(1);
    const v = bytesToBigBE(n);
    const bits = v.toString(2).length;
    if (bits < 3072 || bits > 8192) throw new Error(`registrar key: ${bits} bits, want 3072 to 8192`);
    if ((v & 1n) === 0n) throw new Error("registrar key: even modulus");
    if (!equal(spki(n), der)) throw new Error("registrar key: not canonical");
    const key2 = await globalThis.crypto.subtle.importKey("spki", der, { name: "RSA-PSS", hash: "SHA-384" }, false, ["verify"]);
    return { der, n: v, size: n.length, key: key2 };
  }
  function findModulus(der) {
    let o = 0;
    const read = (tag) => {
      if (der[o] !== tag) return void 0;
      let len = der[o + 1];
      let h = 2;
      if (len === 129) {
        len = der[o + 2];
        h = 3;
      } else if (len === 130) {
        len = der[o + 2] << 8 | der[o + 3];
        h = 4;
      } else if (len >= 128) return void 0;
      const start2 = o + h;
      return [start2, len];
    };
    const outer = read(48);
    if (!outer) return void 0;
    o = outer[0];
    if (!equal(der.subarray(o, o + ALG.length), ALG)) return void 0;
    o += ALG.length;
    const bits = read(3);
    if (!bits || der[bits[0]] !== 0) return void 0;
    o = bits[0] + 1;
    const seq = read(48);
    if (!seq) return void 0;
    o = seq[0];
    const int2 = read(2);
    if (!int2) return void 0;
    return der.subarray(int2[0], int2[0] + int2[1]);
  }
  var tokenMessage = (ctx, pseudonym) => concat(u16be(14), utf8("evote/v1/token"), contextBytes(ctx), pseudonym);
  async function verifyToken(k, msg, token) {
    if (token.length !== 32 + k.size) return false;
    const sig = token.subarray(32);
    if (bytesToBigBE(sig) >= k.n) return false;
    const input = concat(token.subarray(0, 32), msg);
    return globalThis.crypto.subtle.verify({ name: "RSA-PSS", saltLength: 48 }, k.key, sig, input);
  }

  // src/verify.ts
  var CHECK_NAMES = [
    "manifest hash = election id, parameters",
    "trustee keys and proofs of possession",
    "dealings and complaints adjudicated, QUAL, election key",
    "test decryption",
    "every cast's verdict re-derived",
    "registration log, ballots <= tokens <= roll",
    "aggregates",
    "partial decryptions' DLEQ proofs",
    "combination and counts",
    "result and record hash as posted"
  ];
  var CHUNK = 8192;
  var STATES = ["Setup", "KeyCeremony", "Ready", "Open", "Closed", "Tallied"];
  var stateName = (i) => STATES[i] ?? `State(${i & 255})`;
  var Mismatch = class extends Error {
  };
  async function pending(rd) {
    try {
      return { next: await rd.next() };
    } catch (x) {
      if (!(x instanceof RecordError)) throw x;
      return { err: x.message };
    }
  }
  var same = (what, c, a, b) => equal(writeLine(c, a), writeLine(c, b)) ? void 0 : `the record's ${what} is not the re-derived one`;
  var u64list = {
    dec: () => null,
    enc: (v) => v === null ? "null" : "[" + v.join(",") + "]"
  };
  var intlist = { dec: () => null, enc: (v) => v === null ? "null" : "[" + v.join(",") + "]" };
  var u64c = { dec: () => 0n, enc: (v) => v.toString() };
  function blames(bs) {
    if (!bs || bs.length === 0) return "none";
    return bs.map((b) => `${b.trustee} (${b.reason}${b.dealer ? ` against ${b.dealer}` : ""})`).join(", ");
  }
  async function newElection(h) {
    if (h.type !== "header" || h.version !== 1) throw new Error(`header of type ${h.type} version ${h.version}`);
    const manifest = parseManifest(h.manifest ?? new Uint8Array());
    const q = (manifest.questions ?? []).findIndex(mixed);
    if (q >= 0) {
      throw new Error(`manifest: question ${q + 1} is ranked or graded: it is counted by the mix phase, whose checks (11: the shuffle proofs, 12: the decryption of the mixed ballots, 13: their count) this verifier does not do; verify this election with evote verify`);
    }
    const id = manifestId(h.manifest);
    if (!equal(id, h.electionId)) throw new Error(`manifest hash ${hex(id)} is not the election id ${hex(h.electionId)}`);
    const ctx = { chainId: h.chainId, contract: h.contract, electionId: h.electionId };
    const n = (h.trustees ?? []).length;
    if (h.threshold < 1 || h.threshold > n || n > 64) throw new Error(`n=${n} t=${h.threshold}, want 1 \u2264 t \u2264 n \u2264 64`);
    const registrar = await parseRegistrarKey(h.registrarKey ?? new Uint8Array());
    let K;
    if (h.ceremony.electionKey !== null) {
      K = decodeElement(h.ceremony.electionKey);
      if (!K || h.ceremony.electionKey.length !== 32) throw new Error("election key: not a canonical non-identity element");
    }
    let open = 0n;
    let close = 0n;
    (h.states ?? []).forEach((s, i) => {
      if (s.state !== stateName(1 + i)) throw new Error(`transition ${i + 1} is to ${s.state}, want ${stateName(1 + i)}`);
      if (i > 0 && s.block < h.states[i - 1].block) throw new Error("transitions out of block order");
      if (s.state === "Open") open = s.block;
      if (s.state === "Closed") close = s.block;
    });
    return { h, manifest, ctx, ceremony: { ctx, p: { n, t: h.threshold } }, registrar, K, open, close };
  }
  function testCiphertexts(ctx, K) {
    return [1n, 0n].map((m, c) => {
      const r = new Transcript("tally/test-nonce").ctx(ctx).append("K", K.toBytes()).u64("index", c).challenge();
      return ciphertextOf(mul(G, r), mul(G, m).add(mul(K, r)));
    });
  }
  function decrypt(e, d, cts, bound) {
    d.ciphertexts = cts.map((c) => c.enc);
    d.used = [];
    d.rejected = [];
    d.values = [];
    const r = combine(e.ceremony, e.settled, cts, d.shares ?? []);
    d.rejected = r.rejected;
    if (!r.messages) return { err: `fewer than t valid partial decryptions; rejected: ${blames(r.rejected)}`, tooFew: true };
    d.used = r.used;
    for (const [c, M] of r.messages.entries()) {
      const v = dlog(M, bound);
      if (v === void 0) return { err: `ciphertext ${c}: no logarithm up to ${bound}` };
      d.values.push(v);
    }
    return {};
  }
  var Verifier = class {
    constructor(opts) {
      this.opts = opts;
      this.checker = opts.checker ?? inThread();
    }
    opts;
    checks = CHECK_NAMES.map((name, i) => ({ number: i + 1, name, status: "not run", detail: "" }));
    out = sha256.create();
    e;
    counted = 0n;
    casts = 0n;
    verdicts = new Array(7).fill(0n);
    seen = /* @__PURE__ */ new Set();
    aggA = [];
    aggB = [];
    wrong = 0;
    mismatch = [];
    line;
    log;
    logErr;
    districts;
    checker;
    set(n, err, detail) {
      const c = this.checks[n - 1];
      c.status = err === void 0 ? "ok" : "FAIL";
      c.detail = err ?? detail;
      return err === void 0;
    }
    write(c, v) {
      const b = concat(writeLine(c, v), new Uint8Array([10]));
      this.out.update(b);
      this.opts.out?.(b);
    }
    /** Checks 1 to 4; false if nothing further can be checked. */
    async header(raw, claimed) {
      let e;
      try {
        e = await newElection(raw);
      } catch (err) {
        this.set(1, String(err.message), "");
        return false;
      }
      this.e = e;
      const n = e.ceremony.p.n;
      const options = shape(e.manifest).reduce((a, q) => a + q.options, 0);
      this.set(1, void 0, `election ${hex(raw.electionId)}, ${e.manifest.questions.length} questions, ${options} options, ${raw.threshold}-of-${n} trustees`);
      const c = raw.ceremony;
      let err2;
      try {
        verifyKeys(e.ceremony, c.keys ?? []);
      } catch (err) {
        err2 = err.message;
      }
      this.set(2, err2, `${(c.keys ?? []).length} of ${n} keys valid`);
      let err3 = err2;
      if (!err3) {
        try {
          const keys = verifyKeys(e.ceremony, c.keys ?? []);
          e.settled = settle(e.ceremony, keys, c.dealings ?? [], c.complaints ?? []);
        } catch (err) {
          if (!(err instanceof CeremonyError)) throw err;
          err3 = err.message;
        }
      }
      if (e.settled) {
        const s = e.settled;
        c.qualified = s.qualified;
        c.excluded = s.excluded;
        c.falseComplaints = s.falseComplaints;
        let mask = 0n;
        for (const j of s.qualified) mask |= 1n << BigInt(j - 1);
        if (mask !== c.qualifiedMask) err3 = `QUAL is mask 0x${mask.toString(16)}, the commission posted 0x${c.qualifiedMask.toString(16)}`;
        else if (c.electionKey === null || !equal(s.K.toBytes(), c.electionKey)) err3 = `the election key is ${hex(s.K.toBytes())}, the commission posted ${hex(c.electionKey ?? new Uint8Array())}`;
        else if (claimed) err3 = same("ceremony", ceremony, c, claimed.ceremony);
      }
      this.set(3, err3, `QUAL [${c.qualified?.join(" ")}] (mask 0x${c.qualifiedMask.toString(16)}), excluded ${blames(c.excluded)}, false complaints ${blames(c.falseComplaints)}, key ${hex(c.electionKey ?? new Uint8Array())}`);
      if (e.settled) {
        const d = { ciphertexts: null, shares: raw.test.shares, used: null, rejected: null, values: null };
        raw.test = d;
        let { err } = decrypt(e, d, testCiphertexts(e.ctx, e.settled.K), 1n);
        if (!err && (d.values.length !== 2 || d.values[0] !== 1n || d.values[1] !== 0n)) err = `values [${d.values.join(" ")}], want [1 0]`;
        if (!err && claimed) err = same("test decryption", decryption, raw.test, claimed.test);
        this.set(4, err, `trustees [${d.used?.join(" ")}] decrypt to [${d.values?.join(" ")}], rejected ${blames(d.rejected)}`);
      }
      this.write(header2, raw);
      return true;
    }
    ballotParams() {
      const e = this.e;
      return { ctx: e.ctx, K: e.K, Kenc: e.h.ceremony.electionKey, questions: shape(e.manifest) };
    }
    /** The verdicts of a chunk of casts, in chain order (docs/protocol.md, section 13). */
    async chunk(casts, bp, cp) {
      const e = this.e;
      const out = new Array(casts.length).fill(void 0);
      const ins = await Promise.all(
        casts.map(async (c, i) => {
          if (c.block < e.open || e.close !== 0n && c.block > e.close) {
            out[i] = "not-open";
            return void 0;
          }
          const token = c.token ?? new Uint8Array();
          const tokenOK = await verifyToken(e.registrar, tokenMessage(e.ctx, c.pseudonym), token);
          return { pseudonym: c.pseudonym, token, ballot: c.ballot ?? new Uint8Array(), signature: c.signature ?? new Uint8Array(), tokenOK };
        })
      );
      const todo = ins.map((x, i) => x ? i : -1).filter((i) => i >= 0);
      const groups = [];
      for (let k = 0; k < todo.length; k += GROUP) groups.push(todo.slice(k, k + GROUP));
      const results = await Promise.all(groups.map((g) => this.checker(cp, g.map((i) => ins[i]))));
      results.forEach((r, k) => {
        groups[k].forEach((i, j) => out[i] = r.verdicts[j]);
        this.aggA.forEach((_, o) => {
          this.aggA[o] = this.aggA[o].add(Point.fromBytes(r.sums.subarray(64 * o, 64 * o + 32)));
          this.aggB[o] = this.aggB[o].add(Point.fromBytes(r.sums.subarray(64 * o + 32, 64 * o + 64)));
        });
      });
      casts.forEach((c, i) => {
        if (out[i] !== "counted") return;
        const p = hex(c.pseudonym);
        if (!this.seen.has(p)) {
          this.seen.add(p);
          this.counted++;
          return;
        }
        out[i] = "duplicate";
        let o = 0;
        for (const ans of parseBallot(bp, c.ballot)) for (const { ct } of ans.options) {
          this.aggA[o] = this.aggA[o].subtract(ct.A);
          this.aggB[o] = this.aggB[o].subtract(ct.B);
          o++;
        }
      });
      return out;
    }
    /**
     * Reads the registration log's lines of a record (the roll's, then the
     * issued ones) into check 6; returns the line after them, or the error
     * reading it.
     */
    async logLines(rd) {
      const c = new LogCheck(this.e.h);
      let p = await pending(rd);
      for (const [type, codec] of [["roll", rollLine], ["issued", issuedLine]]) {
        for (; p.next?.type === type; p = await pending(rd)) this.logLine(c, readLine(codec, p.next.line, `line ${rd.line}`));
      }
      this.logDone(c);
      return p;
    }
    /** Check 6 on a log's lines not read from a record (verifyChain). */
    logFrom(lines) {
      const c = new LogCheck(this.e.h);
      for (const l of lines) this.logLine(c, l);
      this.logDone(c);
    }
    logLine(c, l) {
      if (l.type === "roll") {
        c.rollLine(l);
        this.write(rollLine, l);
      } else {
        c.issuedLine(l);
        this.write(issuedLine, l);
      }
    }
    logDone(c) {
      this.log = c.done();
      this.logErr = c.err;
    }
    /**
     * Checks 5 and 6 over the casts, comparing their verdicts if claimed. A
     * RecordError from casts fails check 5; any other error is thrown.
     */
    async castsCheck(casts, claimed) {
      const e = this.e;
      if (e.K === void 0 || e.close === 0n) {
        this.set(5, "the polls have not closed", "");
        return false;
      }
      const bp = this.ballotParams();
      const cp = { ctx: e.ctx, Kenc: e.h.ceremony.electionKey, questions: bp.questions };
      for (let o = 0; o < bp.questions.reduce((a, q) => a + q.options, 0); o++) {
        this.aggA.push(ZERO);
        this.aggB.push(ZERO);
      }
      let err;
      let chunk = [];
      const flush = async () => {
        for (const [i, c] of chunk.entries()) {
          if (c.seq !== this.casts + BigInt(i)) throw new Mismatch(`cast ${c.seq} where ${this.casts + BigInt(i)} was due`);
        }
        this.casts += BigInt(chunk.length);
        const vs = await this.chunk(chunk, bp, cp);
        chunk.forEach((c, i) => {
          this.verdicts[VERDICTS.indexOf(vs[i])]++;
          if (claimed && c.verdict !== vs[i]) {
            if (this.wrong++ < 10) this.mismatch.push(c.seq);
          }
          c.verdict = vs[i];
          this.write(castLine, c);
        });
        this.opts.progress?.(Number(this.casts), Number(e.h.casts));
        chunk = [];
      };
      try {
        try {
          for await (const c of casts) {
            chunk.push(c);
            if (chunk.length === CHUNK) await flush();
          }
        } catch (x) {
          if (!(x instanceof RecordError)) throw x;
          err = x.message;
        }
        if (!err && chunk.length > 0) await flush();
      } catch (x) {
        if (!(x instanceof Mismatch)) throw x;
        err = x.message;
      }
      if (!err && this.casts !== e.h.casts) err = `${this.casts} casts, the contract counted ${e.h.casts}`;
      if (!err && this.wrong > 0) err = `${this.wrong} verdicts differ, casts [${this.mismatch.join(" ")}]`;
      const summary = VERDICTS.map((v, i) => this.verdicts[i] > 0n ? `${this.verdicts[i]} ${v}` : "").filter(Boolean).join(", ") || "none";
      this.set(5, err, `${this.casts} casts: ${summary}`);
      this.tokens();
      return err === void 0;
    }
    /** Check 6: the registration log, and counted ballots <= tokens issued <= voters on the committed roll. */
    tokens() {
      const s = this.log;
      if (!s) {
        this.set(6, this.logErr, "");
        return;
      }
      let err;
      const voters = this.opts.voters ?? 0n;
      if (this.counted > s.issued) err = `${this.counted} counted ballots but ${s.issued} tokens issued`;
      else if (voters > 0n && s.roll.count !== voters) err = `the registrar committed to a roll of ${s.roll.count} voters, the election office published ${voters} (--voters)`;
      let detail = `${this.counted} counted <= ${s.issued} tokens <= ${s.roll.count} voters on the roll committed at block ${s.roll.block}; ${s.intervals} count posts, every issued entry on the roll, once`;
      if (voters > 0n) detail += " (--voters agrees)";
      if (this.set(6, err, detail)) this.districts = s.districts;
    }
    /** Checks 7 to 9. */
    tally(shares, claimed) {
      const e = this.e;
      const aggs = this.aggA.map((A, o) => ciphertextOf(A, this.aggB[o]));
      const line = {
        type: "tally",
        counted: this.counted,
        verdicts: VERDICTS.map((v, i) => ({ verdict: v, casts: this.verdicts[i] })),
        aggregates: aggs.map((c) => c.enc),
        decryption: { ciphertexts: null, shares: null, used: null, rejected: null, values: null },
        counts: [],
        result: null
      };
      let err;
      let in8 = false;
      if (!e.settled) {
        err = "no settled key ceremony";
        in8 = true;
      } else {
        let list2 = aggs.filter((c) => !c.A.is0());
        const options = aggs.map((c, o) => c.A.is0() ? -1 : o).filter((o) => o >= 0);
        if (list2.length === 0) list2 = testCiphertexts(e.ctx, e.K);
        line.decryption.shares = shares;
        const bound = this.counted > 1n ? this.counted : 1n;
        const r = decrypt(e, line.decryption, list2, bound);
        if (r.err) {
          err = r.err;
          in8 = !!r.tooFew;
        } else {
          const counts = new Array(aggs.length).fill(0n);
          const done = new Array(aggs.length).fill(false);
          options.forEach((o, k) => {
            counts[o] = line.decryption.values[k];
            done[o] = true;
          });
          for (const [o, ct] of aggs.entries()) {
            if (done[o]) continue;
            const m = dlog(ct.B, bound);
            if (m === void 0) {
              err = `option ${o}: no logarithm up to ${bound}`;
              break;
            }
            counts[o] = m;
          }
          if (!err) {
            let o = 0;
            for (const q of shape(e.manifest)) {
              line.counts.push(counts.slice(o, o + q.options));
              o += q.options;
            }
            line.result = concat(new Uint8Array([1]), u64be(e.h.readBlock), u64be(e.h.casts), u64be(this.counted), u16be(counts.length), ...counts.map((c) => u64be(c)));
          }
        }
      }
      const j = (...xs) => xs.filter(Boolean).join("\n") || void 0;
      const d = line.decryption;
      let err7;
      let err8;
      let err9;
      if (claimed) {
        const cd = claimed.decryption;
        err7 = j(
          same("counted ballots", u64c, line.counted, claimed.counted),
          same("verdict counts", tallyLine, { ...claimed, verdicts: line.verdicts }, claimed),
          same("aggregates", tallyLine, { ...claimed, aggregates: line.aggregates }, claimed)
        );
        err8 = j(
          same("ciphertexts decrypted", decryption, { ...cd, ciphertexts: d.ciphertexts }, cd),
          same("used trustees", intlist, d.used, cd.used),
          same("rejected trustees", decryption, { ...cd, rejected: d.rejected }, cd)
        );
        err9 = j(
          same("values", u64list, d.values, cd.values),
          same("counts", tallyLine, { ...claimed, counts: line.counts }, claimed),
          same("result", tallyLine, { ...claimed, result: line.result }, claimed)
        );
      }
      if (err !== void 0) {
        if (in8) err8 = err;
        else err9 = err;
      }
      this.set(7, err7, `${aggs.length} options over ${line.counted} counted ballots`);
      this.set(8, err8, `${(d.shares ?? []).length} shares posted, combined [${(d.used ?? []).join(" ")}], rejected ${blames(d.rejected)}`);
      if (err8) {
        this.checks[8].detail = "needs check 8";
        return;
      }
      if (this.set(9, err9, `counts [${line.counts.map((q) => `[${q.join(" ")}]`).join(" ")}]`)) {
        this.line = line;
        this.write(tallyLine, line);
      }
    }
    published(result, recordHash, where) {
      let err;
      const derived = this.out.clone().digest();
      if (!this.line) err = "no result derived";
      else if (!equal(result ?? new Uint8Array(), this.line.result ?? new Uint8Array())) err = `the result ${where} is ${hex(result ?? new Uint8Array())}, derived ${hex(this.line.result)}`;
      else if (!equal(recordHash, derived)) err = `the record hash ${where} is ${hex(recordHash)}, derived ${hex(derived)}`;
      this.set(10, err, `record hash ${hex(recordHash)} ${where}`);
    }
    report() {
      const ok = this.checks.every((c) => c.status === "ok");
      return {
        checks: this.checks,
        manifest: this.e?.manifest,
        counted: this.counted,
        counts: this.line ? this.line.counts.map((q) => q) : void 0,
        districts: this.districts,
        derivedHash: hex(this.out.clone().digest()),
        ok
      };
    }
  };
  async function* castLines(rd, rest, first) {
    for (let p = first; ; p = await pending(rd)) {
      if (p.err !== void 0) throw new RecordError(p.err);
      const next = p.next;
      if (!next || next.type !== "cast") {
        rest.after = next;
        return;
      }
      yield readLine(castLine, next.line, `line ${rd.line}`);
    }
  }
  async function verifyRecord(src, opts = {}) {
    const rd = new LineReader(src);
    const first = await rd.next();
    if (!first) throw new RecordError("empty record");
    if (first.type !== "header") throw new RecordError(`line 1 is "${first.type}", want "header"`);
    const claimed = readLine(header2, first.line, "header");
    const raw = readLine(header2, first.line, "header");
    raw.ceremony.qualified = raw.ceremony.excluded = raw.ceremony.falseComplaints = null;
    raw.test = { ciphertexts: null, shares: claimed.test.shares, used: null, rejected: null, values: null };
    const v = new Verifier(opts);
    if (!await v.header(raw, claimed)) return v.report();
    const rest = {};
    if (!await v.castsCheck(castLines(rd, rest, await v.logLines(rd)), true)) return v.report();
    const after = rest.after;
    if (!after || after.type !== "tally") throw new RecordError(`line ${rd.line} is "${after?.type ?? "end of file"}", want the tally line`);
    const t = readLine(tallyLine, after.line, "tally line");
    v.tally(t.decryption.shares, t);
    const p = await rd.next();
    if (!p) {
      v.set(10, "the record has no published line", "");
      return v.report();
    }
    if (p.type !== "published") throw new RecordError(`line ${rd.line} is "${p.type}", want "published"`);
    const pub = readLine(published, p.line, "published line");
    if (await rd.next()) throw new RecordError("lines after the published line");
    const readHash = rd.hash.clone().digest();
    if (v.line && !equal(readHash, v.out.clone().digest())) {
      v.set(10, `the record's bytes hash to ${hex(readHash)}`, "");
    } else {
      v.published(pub.result, pub.recordHash, "in the record's published line (not checked against the chain)");
    }
    const b = concat(writeLine(published, { ...pub, type: "published" }), new Uint8Array([10]));
    opts.out?.(b);
    return v.report();
  }
  function printReport(r) {
    let s = "";
    for (const c of r.checks) s += `${String(c.number).padStart(2)} ${c.status.padEnd(7)} ${c.name}: ${c.detail}
`;
    const ds = r.districts ?? [];
    if (ds.length > 1 || ds.length === 1 && ds[0].district !== "") {
      s += `${"district".padEnd(24)} ${"roll".padStart(10)} ${"tokens".padStart(10)}
`;
      for (const d of ds) s += `${d.district.padEnd(24)} ${String(d.roll).padStart(10)} ${String(d.issued).padStart(10)}
`;
    }
    if (r.counts && r.manifest) {
      s += `counted ballots: ${r.counted}
`;
      r.counts.forEach((qc, q) => {
        const mq = r.manifest.questions[q];
        s += `question ${q + 1}: ${mq.title.en}
`;
        qc.forEach((n, o) => s += `  ${String(n).padStart(8)}  ${mq.options[o].title.en}
`);
      });
    }
    if (r.ok) return s + "PASS: every check holds\n";
    return s + `FAIL: checks ${r.checks.filter((c) => c.status !== "ok").map((c) => c.number).join(", ")} did not pass
`;
  }

  // src/abi.ts
  var abi_exports = {};
  __export(abi_exports, {
    AbiError: () => AbiError,
    decode: () => decode,
    decodeWord: () => decodeWord,
    selector: () => selector,
    topicOf: () => topicOf
  });
  var AbiError = class extends Error {
  };
  var zero = (b) => b.every((x) => x === 0);
  var selector = (sig) => keccak_256(utf8(sig)).subarray(0, 4);
  var topicOf = (sig) => keccak_256(utf8(sig));
  function decodeWord(t, w) {
    const bits = { address: 160, bytes32: 256, uint8: 8, uint64: 64, uint256: 256 }[t];
    if (bits === void 0) throw new AbiError(`${t} is not a static type`);
    if (!zero(w.subarray(0, 32 - bits / 8))) throw new AbiError(`${t}: padding is not zero`);
    if (t === "address" || t === "bytes32") return w.slice(32 - bits / 8);
    return bytesToBigBE(w);
  }
  function decode(types, data) {
    if (data.length % 32 !== 0 || data.length < 32 * types.length) throw new AbiError(`${data.length} bytes for ${types.length} values`);
    const word = (o) => {
      if (o < 0 || o + 32 > data.length) throw new AbiError(`a word at ${o} is past the end`);
      return data.subarray(o, o + 32);
    };
    const small2 = (o, what) => {
      const v = decodeWord("uint256", word(o));
      if (v > BigInt(data.length)) throw new AbiError(`${what} ${v} is past the end`);
      return Number(v);
    };
    let end = 32 * types.length;
    const tail = (at, size) => {
      if (at !== end) throw new AbiError(`a dynamic value at ${at}, want ${end}`);
      end = at + size;
    };
    const out = types.map((t, i) => {
      if (t !== "bytes" && t !== "address[]") return decodeWord(t, word(32 * i));
      const at = small2(32 * i, "offset");
      const n = small2(at, "length");
      if (t === "bytes") {
        const padded = Math.ceil(n / 32) * 32;
        tail(at, 32 + padded);
        word(at + padded);
        const b = data.slice(at + 32, at + 32 + n);
        if (!zero(data.subarray(at + 32 + n, at + 32 + padded))) throw new AbiError("bytes: padding is not zero");
        return b;
      }
      tail(at, 32 + 32 * n);
      return Array.from({ length: n }, (_, k) => decodeWord("address", word(at + 32 + 32 * k)));
    });
    if (end !== data.length) throw new AbiError(`${data.length - end} bytes after the values`);
    return out;
  }

  // src/rpc.ts
  var ChainError = class extends Error {
  };
  var RpcError = class extends ChainError {
    constructor(code, message) {
      super(message);
      this.code = code;
    }
    code;
  };
  var TooLarge = class extends ChainError {
  };
  var Busy = class extends ChainError {
    constructor(message, retryAfterMs) {
      super(message);
      this.retryAfterMs = retryAfterMs;
    }
    retryAfterMs;
  };
  var Rpc = class {
    constructor(url, opts = {}) {
      this.url = url;
      this.o = {
        fetch: opts.fetch ?? globalThis.fetch.bind(globalThis),
        maxBytes: opts.maxBytes ?? 32 << 20,
        retries: opts.retries ?? 5,
        backoffMs: opts.backoffMs ?? 500,
        timeoutMs: opts.timeoutMs ?? 6e4
      };
    }
    url;
    id = 0;
    o;
    /** Calls method; a JSON-RPC error is an RpcError, anything else wrong a ChainError. */
    async call(method, params) {
      for (let attempt = 0; ; attempt++) {
        try {
          return await this.once(method, params);
        } catch (e) {
          if (!(e instanceof Busy) || attempt >= this.o.retries) {
            if (e instanceof ChainError) throw e;
            throw new ChainError(`${method}: ${e.message}`);
          }
          const ms = Math.min(e.retryAfterMs ?? this.o.backoffMs * 2 ** attempt, 6e4);
          await new Promise((r) => setTimeout(r, ms));
        }
      }
    }
    async once(method, params) {
      const id = ++this.id;
      const ctl = new AbortController();
      const timer = setTimeout(() => ctl.abort(), this.o.timeoutMs);
      try {
        let res;
        try {
          res = await this.o.fetch(this.url, {
            method: "POST",
            headers: { "content-type": "application/json" },
            signal: ctl.signal,
            body: JSON.stringify({ jsonrpc: "2.0", id, method, params })
          });
        } catch (e) {
          throw new Busy(`${method}: ${this.url}: ${ctl.signal.aborted ? "no answer in time" : e.message}`);
        }
        if (res.status === 429 || res.status >= 500) {
          await res.body?.cancel();
          const after = Number(res.headers.get("retry-after"));
          throw new Busy(`${method}: HTTP ${res.status}`, after > 0 ? after * 1e3 : void 0);
        }
        const text2 = await this.read(res, method);
        let j;
        try {
          j = JSON.parse(text2);
        } catch {
          throw new ChainError(`${method}: the node's answer (HTTP ${res.status}) is not JSON`);
        }
        return response(j, id, method, res.status);
      } finally {
        clearTimeout(timer);
      }
    }
    /** The body as text, refused past maxBytes. */
    async read(res, method) {
      const max = this.o.maxBytes;
      const tooLarge = () => new TooLarge(`${method}: the node's answer is longer than ${max} bytes`);
      if (Number(res.headers.get("content-length")) > max) {
        await res.body?.cancel();
        throw tooLarge();
      }
      if (!res.body) return "";
      const rd = res.body.getReader();
      const parts = [];
      let n = 0;
      for (; ; ) {
        const { done, value } = await rd.read();
        if (done) break;
        n += value.length;
        if (n > max) {
          await rd.cancel();
          throw tooLarge();
        }
        parts.push(value);
      }
      const all = new Uint8Array(n);
      let o = 0;
      for (const p of parts) {
        all.set(p, o);
        o += p.length;
      }
      return new TextDecoder().decode(all);
    }
  };
  function response(j, id, method, status) {
    const bad2 = (what) => new ChainError(`${method}: the node's answer (HTTP ${status}) ${what}`);
    if (typeof j !== "object" || j === null || Array.isArray(j)) throw bad2("is not a JSON-RPC response object");
    const r = j;
    if (r.jsonrpc !== "2.0" || r.id !== id) throw bad2(`is not the response to request ${id}`);
    if ("error" in r) {
      const e = r.error;
      if (typeof e !== "object" || e === null || typeof e.code !== "number" || typeof e.message !== "string") throw bad2("has a malformed error");
      throw new RpcError(e.code, `${method}: the node says: ${e.message.slice(0, 300)} (${e.code})`);
    }
    if (!("result" in r)) throw bad2("has no result");
    if (status !== 200) throw bad2("is not HTTP 200");
    return r.result;
  }

  // src/chain.ts
  var FIRST_SPAN = 256n;
  var MAX_SPAN = 1n << 16n;
  var MANY_LOGS = 2048;
  var FEW_LOGS = 256;
  var quantity = (v) => "0x" + v.toString(16);
  function parseQuantity(x, what) {
    if (typeof x !== "string" || !/^0x(0|[1-9a-fA-F][0-9a-fA-F]{0,15})$/.test(x)) throw new ChainError(`${what} is not a hex quantity`);
    return BigInt(x);
  }
  function parseData(x, what, size) {
    if (typeof x !== "string" || !/^0x([0-9a-fA-F]{2})*$/.test(x)) throw new ChainError(`${what} is not 0x-hex data`);
    const b = fromHex(x.slice(2));
    if (size !== void 0 && b.length !== size) throw new ChainError(`${what} is ${b.length} bytes, want ${size}`);
    return b;
  }
  var Chain = class {
    // block number -> hash, from every log seen
    constructor(rpc, contract) {
      this.rpc = rpc;
      if (contract.length !== 20) throw new ChainError("a contract address is 20 bytes");
      this.address = "0x" + hex(contract);
    }
    rpc;
    address;
    blocks = /* @__PURE__ */ new Map();
    async head() {
      return parseQuantity(await this.rpc.call("eth_blockNumber", []), "eth_blockNumber");
    }
    async chainId() {
      return parseQuantity(await this.rpc.call("eth_chainId", []), "eth_chainId");
    }
    /** Calls a view of the contract at a block (or the latest). */
    async view(v, block2) {
      const at = block2 === "latest" ? block2 : quantity(block2);
      const out = await this.rpc.call("eth_call", [{ to: this.address, data: "0x" + hex(selector(v.signature)) }, at]);
      try {
        return decode(v.returns, parseData(out, `${v.signature} at ${at}`));
      } catch (e) {
        if (e instanceof AbiError) throw new ChainError(`${v.signature} at ${at}: ${e.message}`);
        throw e;
      }
    }
    /**
     * The contract's events e in blocks from to to (inclusive), in chain
     * order; topic1, if given, is the first indexed field's value.
     */
    async *events(e, from, to, topic1) {
      let span = FIRST_SPAN;
      let limit = MAX_SPAN;
      let prev;
      const topics = topic1 ? [e.topic, "0x" + hex(topic1)] : [e.topic];
      while (from <= to) {
        const end = to - from >= span ? from + span - 1n : to;
        let raw;
        try {
          raw = await this.rpc.call("eth_getLogs", [{ address: this.address, fromBlock: quantity(from), toBlock: quantity(end), topics }]);
        } catch (x) {
          if (!(x instanceof RpcError || x instanceof TooLarge) || span === 1n) {
            throw new ChainError(`${e.name} logs of blocks ${from} to ${end}: ${x.message}`);
          }
          span /= 2n;
          limit = span;
          continue;
        }
        if (!Array.isArray(raw)) throw new ChainError(`eth_getLogs of blocks ${from} to ${end}: not a list`);
        for (const [k, r] of raw.entries()) {
          const l = this.log(r, e, from, end, topics, `eth_getLogs of blocks ${from} to ${end}, log ${k}`);
          if (prev && (l.block < prev.block || l.block === prev.block && l.index <= prev.index)) {
            throw new ChainError(`${e.name} log ${l.index} of block ${l.block} comes after log ${prev.index} of block ${prev.block}: not in chain order`);
          }
          prev = l;
          yield l;
        }
        if (raw.length > MANY_LOGS && span > 1n) span /= 2n;
        else if (raw.length < FEW_LOGS && span < limit) span = span * 2n < limit ? span * 2n : limit;
        if (end === to) break;
        from = end + 1n;
      }
    }
    /** One log of an eth_getLogs answer, checked and decoded. */
    log(r, e, from, to, topics, where) {
      if (typeof r !== "object" || r === null || Array.isArray(r)) throw new ChainError(`${where}: not an object`);
      const l = r;
      if (typeof l.address !== "string" || l.address.toLowerCase() !== this.address) {
        throw new ChainError(`${where}: a log of ${String(l.address).slice(0, 42)}, not of the contract ${this.address}`);
      }
      if (l.removed === true) throw new ChainError(`${where}: a removed log (the node's chain reorganised)`);
      if (!Array.isArray(l.topics) || l.topics.length !== 1 + e.indexed.length) throw new ChainError(`${where}: not the ${1 + e.indexed.length} topics of ${e.name}`);
      const tv = l.topics.map((t, i) => parseData(t, `${where}: topic ${i}`, 32));
      topics.forEach((t, i) => {
        if ("0x" + hex(tv[i]) !== t.toLowerCase()) throw new ChainError(`${where}: topic ${i} is not the one asked for (${e.name})`);
      });
      const block2 = parseQuantity(l.blockNumber, `${where}: blockNumber`);
      if (block2 < from || block2 > to) throw new ChainError(`${where}: a log of block ${block2}, outside the blocks asked for`);
      const blockHash = hex(parseData(l.blockHash, `${where}: blockHash`, 32));
      const seen = this.blocks.get(block2);
      if (seen === void 0) this.blocks.set(block2, blockHash);
      else if (seen !== blockHash) throw new ChainError(`${where}: block ${block2} has two hashes in the node's answers (the chain changed while it was read)`);
      const index2 = parseQuantity(l.logIndex, `${where}: logIndex`);
      const tx = parseData(l.transactionHash, `${where}: transactionHash`, 32);
      try {
        return { block: block2, index: index2, tx, indexed: e.indexed.map((t, i) => decodeWord(t, tv[i + 1])), data: decode(e.data, parseData(l.data, `${where}: data`)) };
      } catch (x) {
        if (x instanceof AbiError) throw new ChainError(`${where}: ${e.name}: ${x.message}`);
        throw x;
      }
    }
  };
  var uintTopic = (v) => concat(new Uint8Array(31), new Uint8Array([v]));

  // src/events.ts
  function event(name, indexed, data) {
    const signature = `${name}(${[...indexed, ...data].map(([, t]) => t).join(",")})`;
    return { name, signature, indexed: indexed.map(([, t]) => t), data: data.map(([, t]) => t), topic: "0x" + hex(topicOf(signature)) };
  }
  var EVENTS = {
    ElectionCreated: event(
      "ElectionCreated",
      [["electionId", "bytes32"]],
      [["commission", "address"], ["trustees", "address[]"], ["threshold", "uint8"], ["manifest", "bytes"]]
    ),
    StateChanged: event("StateChanged", [], [["state", "uint8"]]),
    TrusteeKeyPosted: event("TrusteeKeyPosted", [["trustee", "uint8"]], [["data", "bytes"]]),
    DealingPosted: event("DealingPosted", [["trustee", "uint8"]], [["data", "bytes"]]),
    ComplaintPosted: event("ComplaintPosted", [["trustee", "uint8"]], [["data", "bytes"]]),
    BallotCast: event(
      "BallotCast",
      [["pseudonym", "address"], ["seq", "uint256"]],
      [["token", "bytes"], ["ballot", "bytes"], ["signature", "bytes"]]
    ),
    RollPosted: event("RollPosted", [], [["root", "bytes32"], ["count", "uint256"]]),
    TokenCountPosted: event("TokenCountPosted", [], [["count", "uint256"], ["logRoot", "bytes32"]]),
    FinalTokenCountPosted: event("FinalTokenCountPosted", [], [["count", "uint256"], ["logRoot", "bytes32"]]),
    DecryptionSharePosted: event("DecryptionSharePosted", [["round", "uint8"], ["trustee", "uint8"]], [["share", "bytes"]])
  };
  var VIEWS = {
    registrarKey: { signature: "registrarKey()", returns: ["bytes"] },
    electionKey: { signature: "electionKey()", returns: ["bytes32"] },
    qualifiedMask: { signature: "qualifiedMask()", returns: ["uint64"] },
    ballotCount: { signature: "ballotCount()", returns: ["uint64"] },
    tokenCount: { signature: "tokenCount()", returns: ["uint256"] },
    result: { signature: "result()", returns: ["bytes"] },
    recordHash: { signature: "recordHash()", returns: ["bytes32"] }
  };
  var STATES2 = ["Setup", "KeyCeremony", "Ready", "Open", "Closed", "Tallied"];

  // src/fromchain.ts
  var U64 = (1n << 64n) - 1n;
  function u642(v, what) {
    if (typeof v !== "bigint" || v > U64) throw new ChainError(`${what} ${v} does not fit 64 bits`);
    return v;
  }
  function readBlockOf(result) {
    const options = result.length >= 27 ? result[25] << 8 | result[26] : -1;
    if (result[0] !== 1 || result.length !== 27 + 8 * options) throw new ChainError(`the published result (${result.length} bytes) is not a version-1 result`);
    return bytesToBigBE(result.subarray(1, 9));
  }
  var ChainRecord = class {
    constructor(chain, contract) {
      this.chain = chain;
      this.contract = contract;
    }
    chain;
    contract;
    /** The result and record hash as the contract holds them now. */
    async published() {
      const head = await this.chain.head();
      const [result] = await this.chain.view(VIEWS.result, head);
      const [recordHash] = await this.chain.view(VIEWS.recordHash, head);
      if (result.length === 0) throw new ChainError(`no result published yet (block ${head})`);
      const readBlock = readBlockOf(result);
      if (readBlock > head) throw new ChainError(`the result names block ${readBlock}, after the node's head ${head}`);
      return { result, recordHash, readBlock, head };
    }
    /** The header's raw facts as of block at, searching the creation event from block from. */
    async header(from, at) {
      const c = this.chain;
      let created;
      for await (const l of c.events(EVENTS.ElectionCreated, from, at)) {
        created = l;
        break;
      }
      if (!created) throw new ChainError(`no ElectionCreated event of the contract in blocks ${from} to ${at}`);
      const [commission, trustees, threshold, manifest] = created.data;
      const start2 = created.block;
      const view = async (v) => (await c.view(v, at))[0];
      const electionKey = await view(VIEWS.electionKey);
      return {
        type: "header",
        version: 1,
        chainId: await c.chainId(),
        contract: this.contract,
        electionId: created.indexed[0],
        createdBlock: start2,
        readBlock: at,
        manifest,
        commission,
        trustees,
        threshold: Number(threshold),
        registrarKey: await view(VIEWS.registrarKey),
        states: (await this.states(start2, at)).filter((s) => s.state !== "Tallied"),
        ceremony: {
          keys: await this.posts(EVENTS.TrusteeKeyPosted, start2, at),
          dealings: await this.posts(EVENTS.DealingPosted, start2, at),
          complaints: await this.posts(EVENTS.ComplaintPosted, start2, at),
          electionKey: electionKey.every((x) => x === 0) ? null : electionKey,
          qualifiedMask: u642(await view(VIEWS.qualifiedMask), "qualifiedMask()"),
          qualified: null,
          excluded: null,
          falseComplaints: null
        },
        test: { ciphertexts: null, shares: await this.shares(0, start2, at), used: null, rejected: null, values: null },
        casts: u642(await view(VIEWS.ballotCount), "ballotCount()"),
        tokenCount: u642(await view(VIEWS.tokenCount), "tokenCount()"),
        rollPosts: await this.rollPosts(start2, at),
        countPosts: await this.countPosts(start2, at)
      };
    }
    /** The registrar's commitments to its roll in blocks from to to. */
    async rollPosts(from, to) {
      const out = [];
      for await (const l of this.chain.events(EVENTS.RollPosted, from, to)) {
        const [root2, count] = l.data;
        out.push({ root: root2, count: u642(count, `RollPosted count in block ${l.block}`), block: l.block, tx: l.tx });
      }
      return out;
    }
    /** The registrar's token counts and final count, with their log roots, in chain order. */
    async countPosts(from, to) {
      const posts = [];
      for (const [e, final] of [[EVENTS.TokenCountPosted, false], [EVENTS.FinalTokenCountPosted, true]]) {
        for await (const l of this.chain.events(e, from, to)) posts.push([l, final]);
      }
      posts.sort(([a], [b]) => a.block !== b.block ? a.block < b.block ? -1 : 1 : a.index < b.index ? -1 : a.index > b.index ? 1 : 0);
      return posts.map(([l, final]) => {
        const [count, logRoot] = l.data;
        return { count: u642(count, `token count in block ${l.block}`), logRoot, final, block: l.block, tx: l.tx };
      });
    }
    /** The state transitions in blocks from to to. */
    async states(from, to) {
      const out = [];
      for await (const l of this.chain.events(EVENTS.StateChanged, from, to)) {
        const s = STATES2[Number(l.data[0])];
        if (s === void 0) throw new ChainError(`StateChanged(${l.data[0]}) in block ${l.block}: not a state`);
        out.push({ state: s, block: l.block, tx: l.tx });
      }
      return out;
    }
    /** Trustee posts of event e (trustee index first among its indexed fields, data its one data field). */
    async posts(e, from, to, topic1) {
      const out = [];
      for await (const l of this.chain.events(e, from, to, topic1)) {
        out.push({ trustee: Number(l.indexed[l.indexed.length - 1]), data: l.data[0], block: l.block, tx: l.tx });
      }
      return out;
    }
    /** The decryption shares of a round (0: test, 1: tally) in blocks from to to. */
    shares(round, from, to) {
      return this.posts(EVENTS.DecryptionSharePosted, from, to, uintTopic(round));
    }
    /**
     * The casts in blocks from to to as record lines without a verdict:
     * their seq must count 0, 1, 2, … and end at casts (the contract's
     * ballotCount() at to), or the node left some out.
     */
    async *casts(from, to, casts) {
      let seq = 0n;
      for await (const l of this.chain.events(EVENTS.BallotCast, from, to)) {
        const [pseudonym, s] = l.indexed;
        if (s !== seq) throw new ChainError(`BallotCast ${s} in block ${l.block} where ${seq} was due: the node's logs have a gap or a repetition`);
        const [token, ballot, signature] = l.data;
        yield { type: "cast", seq, block: l.block, tx: l.tx, index: l.index, pseudonym, token, ballot, signature, verdict: "" };
        seq++;
      }
      if (seq !== casts) throw new ChainError(`the node gave ${seq} BallotCast logs up to block ${to}, but its ballotCount() there is ${casts}`);
    }
    /** The published line: the block and transaction of the last StateChanged(Tallied) after readBlock. */
    async publishedLine(p) {
      const line = { type: "published", result: p.result, recordHash: p.recordHash, block: 0n, tx: new Uint8Array(32) };
      for (const s of await this.states(p.readBlock, p.head)) {
        if (s.state === "Tallied") {
          line.block = s.block;
          line.tx = s.tx;
        }
      }
      return line;
    }
  };

  // src/verifychain.ts
  function parseAddress(s) {
    if (!/^0x[0-9a-fA-F]{40}$/.test(s.trim())) throw new ChainError(`${JSON.stringify(s.slice(0, 60))} is not a contract address (0x and 40 hex digits)`);
    return fromHex(s.trim().slice(2));
  }
  async function verifyChain(url, contract, opts = {}) {
    const addr = parseAddress(contract);
    if (!opts.log) throw new ChainError("the registration log is needed: --registrar URL, or --log RECORD");
    const src = new ChainRecord(new Chain(new Rpc(url, opts.rpc), addr), addr);
    const p = await src.published();
    const raw = await src.header(opts.from ?? 0n, p.readBlock);
    const v = new Verifier(opts);
    if (!await v.header(raw)) return v.report();
    v.logFrom(logLines(await opts.log(raw.electionId)));
    if (!await v.castsCheck(src.casts(raw.createdBlock, p.readBlock, raw.casts), false)) return v.report();
    v.tally(await src.shares(1, raw.createdBlock, p.readBlock));
    v.published(p.result, p.recordHash, "on the contract");
    const line = await src.publishedLine(p);
    opts.out?.(new Uint8Array([...writeLine(published, line), 10]));
    return v.report();
  }

  // src/opened.ts
  var openedCodec = object({
    type: str,
    version: int,
    chainId: u64,
    contract: address,
    electionId: hash,
    pseudonym: address,
    ballot: str,
    opening: str
  });
  var CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
  function trackerOf(ballot) {
    let v = 0n;
    for (const x of keccak_256(ballot).subarray(0, 10)) v = v << 8n | BigInt(x);
    let s = "";
    for (let i = 15; i >= 0; i--) s += CROCKFORD[Number(v >> BigInt(5 * i) & 31n)];
    return s.match(/.{4}/g).join("-");
  }
  function siteElection(j) {
    const manifestBytes = typeof j?.manifest === "string" ? fromBase64(j.manifest) : void 0;
    const Kenc = typeof j?.election_key === "string" ? fromBase64(j.election_key) : void 0;
    const K = Kenc && decodeElement(Kenc);
    if (!manifestBytes || !K || !Kenc) throw new Error("the site gave no manifest or election key");
    const ctx = {
      chainId: BigInt(j.chain_id),
      contract: address.dec(j.contract, "contract"),
      electionId: hash.dec(j.election_id, "election_id")
    };
    if (!equal(manifestId(manifestBytes), ctx.electionId)) throw new Error("the manifest's hash is not the election id");
    const manifest = parseManifest(manifestBytes);
    return { election: { ctx, K, Kenc, questions: shape(manifest) }, manifest };
  }
  function parseOpening(qs, b) {
    const n = qs.reduce((a, q) => a + q.options, 0);
    if (b.length !== 1 + 33 * n || b[0] !== 1) return void 0;
    const values = [];
    const nonces = [];
    let o = 1;
    for (const q of qs) {
      const v = [];
      const r = [];
      for (let i = 0; i < q.options; i++, o += 33) {
        const s = decodeScalar(b.subarray(o + 1, o + 33));
        if (b[o] > top(q) || s === void 0) return void 0;
        v.push(b[o]);
        r.push(s);
      }
      values.push(v);
      nonces.push(r);
    }
    return { values, nonces };
  }
  function ruleProblems(q, question2, values) {
    const out = [];
    const n = values.filter((v) => v !== 0).length;
    if (n < q.min || n > q.max) out.push({ code: "rules", question: question2, chosen: n, min: q.min, max: q.max });
    if (q.kind === "ranked") {
      for (let r = 1; r <= n; r++) {
        if (values.filter((v) => v === r).length !== 1) {
          out.push({ code: "ranks", question: question2 });
          break;
        }
      }
    }
    return out;
  }
  var sameContext = (a, b) => a.chainId === b.chainId && equal(a.contract, b.contract) && equal(a.electionId, b.electionId);
  function checkOpened(e, text2) {
    let o;
    try {
      o = openedCodec.dec(parse(text2.trim()), "opened ballot");
      if (o.type !== "opened-ballot" || o.version !== 1) throw new Error(`type ${o.type} version ${o.version}`);
    } catch (err) {
      return { ok: false, problems: [{ code: "format", detail: err.message }] };
    }
    const ballotBytes = fromBase64(o.ballot);
    const openingBytes = fromBase64(o.opening);
    if (!ballotBytes || !openingBytes) return { ok: false, problems: [{ code: "format", detail: "ballot or opening is not base64" }] };
    const res = { ok: false, tracker: trackerOf(ballotBytes), problems: [] };
    if (!sameContext(e.ctx, { chainId: o.chainId, contract: o.contract, electionId: o.electionId })) {
      res.problems.push({ code: "election" });
      return res;
    }
    const ballot = parseBallot(e, ballotBytes);
    if (!ballot) {
      res.problems.push({ code: "ballot-encoding" });
      return res;
    }
    const bv = new Batch();
    addBallot(e, o.pseudonym, ballot, bv);
    if (!bv.check()) res.problems.push({ code: "ballot-proofs" });
    const op = parseOpening(e.questions, openingBytes);
    if (!op) {
      res.problems.push({ code: "opening-encoding" });
      return res;
    }
    res.values = op.values;
    ballot.forEach((ans, q) => {
      ans.options.forEach(({ ct }, i) => {
        const r = op.nonces[q][i];
        const value = op.values[q][i];
        const B2 = mul(e.K, r).add(value ? mul(G, BigInt(value)) : Point.ZERO);
        if (!mul(G, r).equals(ct.A) || !B2.equals(ct.B)) res.problems.push({ code: "mismatch", question: q + 1, option: i + 1, value });
      });
      res.problems.push(...ruleProblems(e.questions[q], q + 1, op.values[q]));
    });
    res.ok = res.problems.length === 0;
    return res;
  }

  // src/browser.ts
  if (typeof WorkerGlobalScope !== "undefined" && self instanceof WorkerGlobalScope) {
    let bp;
    self.onmessage = (ev) => {
      const m = ev.data;
      if (m.params) bp = ballotParams(m.params);
      else self.postMessage({ id: m.id, out: checkGroup(bp, m.casts) });
    };
  }
  function webPool(n, script, type = "module") {
    const workers = Array.from({ length: n }, () => new Worker(script, { type }));
    const waiting = /* @__PURE__ */ new Map();
    for (const w of workers) w.onmessage = (ev) => waiting.get(ev.data.id)(ev.data.out);
    let sent;
    let next = 0;
    return {
      checker: (p, casts) => {
        if (p !== sent) {
          sent = p;
          for (const w of workers) w.postMessage({ params: p });
        }
        const id = next++;
        return new Promise((resolve) => {
          waiting.set(id, (o) => {
            waiting.delete(id);
            resolve(o);
          });
          workers[id % n].postMessage({ id, casts });
        });
      },
      close: () => workers.forEach((w) => w.terminate())
    };
  }
  return __toCommonJS(browser_exports);
})();
/*! Bundled license information:

@noble/curves/utils.js:
@noble/curves/abstract/modular.js:
@noble/curves/abstract/curve.js:
@noble/curves/abstract/edwards.js:
@noble/curves/ed25519.js:
@noble/curves/abstract/der.js:
@noble/curves/abstract/weierstrass.js:
@noble/curves/secp256k1.js:
  (*! noble-curves - MIT License (c) 2022 Paul Miller (paulmillr.com) *)
*/
