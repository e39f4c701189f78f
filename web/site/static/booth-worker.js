// The booth's worker: runs the booth's WebAssembly (web/booth/wasm) off
// the page's thread, so that the page never freezes while the module
// starts, blinds, encrypts and proves. The page (booth.js) starts it from
// this same-origin file (the CSP allows workers from 'self' only) and
// sends {id, init: {exec, wasm, integrity}} once: the worker loads the Go
// release's wasm_exec.js, fetches the module with the Subresource
// Integrity hash the page shows (fetch refuses other bytes) and runs it.
// Every later message {id, method, args} calls that method of the
// module's evoteBooth and is answered with {id, result} (the method's
// JSON text) or {id, error: {error, message[, left]}}.
"use strict";
const methods = ["load", "signIn", "prepare", "audit", "resume", "token"];
let booth;

const start = async ({ exec, wasm, integrity }) => {
  importScripts(exec);
  const go = new Go();
  const ready = new Promise((resolve) => self.addEventListener("evoteBoothReady", resolve, { once: true }));
  const resp = await fetch(wasm, { integrity });
  if (!resp.ok) throw new Error("wasm: " + resp.status);
  const { instance } = await WebAssembly.instantiate(await resp.arrayBuffer(), go.importObject);
  go.run(instance);
  await ready;
  return self.evoteBooth;
};

// coded is what the page receives for e: the module's {error, message}
// (and, for a wrong code, left: the wrong codes the registrar still
// takes) as it is, anything else as an internal error.
const coded = (e) => e && typeof e.error === "string"
  ? { error: e.error, message: String(e.message || ""), ...(Number.isInteger(e.left) ? { left: e.left } : {}) }
  : { error: "internal", message: String(e) };

self.onmessage = async (ev) => {
  const { id, init, method, args } = ev.data;
  try {
    if (init) {
      booth = booth || start(init);
      await booth;
      return self.postMessage({ id, result: "" });
    }
    if (!booth || !methods.includes(method)) throw { error: "internal", message: "booth: no method " + method };
    const out = await (await booth)[method](...(args || []));
    if (typeof out !== "string") throw out;
    self.postMessage({ id, result: out });
  } catch (e) {
    self.postMessage({ id, error: coded(e) });
  }
};
