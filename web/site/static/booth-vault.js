// The booth's record of a cast on this device, so that a closed tab
// loses no vote (docs/threat-model.md, "The booth's record on the
// device"). It lives in localStorage, which outlives the tab, encrypted
// with AES-GCM under a key derived from the voting code (PBKDF2-SHA-256,
// then HKDF), with the election id and voter id as salt; the entry's
// name is derived from the same secret. Without the code, another user
// of the browser can neither read an entry nor tell whose it is. The
// code itself is never stored, and nothing here is derived from it but
// this local key: the pseudonym and the blinding are random
// (web/booth), so the registrar, which knows the code, learns nothing.
//
// A record is {state: "pending", pending, ballot, tracker} before the
// token request (the pseudonym key and blinding, the ballot encrypted
// for it), {state: "cast", cast} once signed, {state: "done", tracker,
// block, tx} once the relay confirmed the inclusion: then only the
// tracker, which is public, is left.
"use strict";
window.evoteVault = (() => {
  const enc = (s) => new TextEncoder().encode(s);
  const b64 = (b) => {
    let s = "";
    for (const x of new Uint8Array(b)) s += String.fromCharCode(x);
    return btoa(s);
  };
  const unb64 = (s) => Uint8Array.from(atob(s), (c) => c.charCodeAt(0));
  const hex = (b) => Array.from(new Uint8Array(b), (x) => x.toString(16).padStart(2, "0")).join("");
  const prefix = "evote-vault-";
  // PBKDF2's cost per guess of a code; a code has 60 bits (registrar/code).
  const iterations = 200000;

  // normalizeCode reads a voting code as registrar/code does: case,
  // spaces and hyphens ignored, O read as 0 and I, L as 1; it returns the
  // 12 canonical characters of Crockford's base32, or null.
  const normalizeCode = (s) => {
    const c = s.toUpperCase().replace(/[ -]/g, "").replace(/O/g, "0").replace(/[IL]/g, "1");
    return /^[0-9A-HJKMNP-TV-Z]{12}$/.test(c) ? c : null;
  };

  const hkdf = (base, info, bits) => crypto.subtle.deriveBits(
    { name: "HKDF", hash: "SHA-256", salt: new Uint8Array(0), info: enc("evote/v1/booth-vault/" + info) }, base, bits);

  // open derives the voter's key and entry name: a vault with get, put
  // and drop.
  const open = async (electionID, voterID, code) => {
    const pw = await crypto.subtle.importKey("raw", enc(normalizeCode(code)), "PBKDF2", false, ["deriveBits"]);
    const salt = enc("evote/v1/booth-vault\0" + electionID + "\0" + voterID);
    const seed = await crypto.subtle.deriveBits({ name: "PBKDF2", hash: "SHA-256", salt, iterations }, pw, 256);
    const base = await crypto.subtle.importKey("raw", seed, "HKDF", false, ["deriveBits"]);
    const key = await crypto.subtle.importKey("raw", await hkdf(base, "key", 256), "AES-GCM", false, ["encrypt", "decrypt"]);
    const name = prefix + hex(await hkdf(base, "name", 128));
    const ad = { name: "AES-GCM", additionalData: enc(name) };
    return {
      get: async () => {
        try {
          const box = JSON.parse(localStorage.getItem(name));
          const plain = await crypto.subtle.decrypt({ ...ad, iv: unb64(box.iv) }, key, unb64(box.ct));
          return JSON.parse(new TextDecoder().decode(plain));
        } catch {
          return null;
        }
      },
      put: async (record) => {
        const iv = crypto.getRandomValues(new Uint8Array(12));
        const ct = await crypto.subtle.encrypt({ ...ad, iv }, key, enc(JSON.stringify(record)));
        localStorage.setItem(name, JSON.stringify({ iv: b64(iv), ct: b64(ct) }));
      },
      drop: () => localStorage.removeItem(name),
    };
  };
  return Object.freeze({ normalizeCode, open });
})();
