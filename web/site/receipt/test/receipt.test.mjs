// The receipt's QR codes decode, with an independent decoder (jsQR), to
// the check address they were made of, from the bundle the site serves.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import vm from "node:vm";
import jsQR from "jsqr";

const bundle = readFileSync(new URL("../dist/receipt.js", import.meta.url), "utf8");
const window = {};
vm.runInNewContext(bundle, { window, TextEncoder });
const { modules, checkURL } = window.evoteReceipt;

// image draws modules at 4 pixels each with a four-module quiet zone.
function image(m) {
  const scale = 4, n = (m.length + 8) * scale;
  const data = new Uint8ClampedArray(n * n * 4).fill(255);
  m.forEach((row, r) => row.forEach((dark, c) => {
    if (!dark) return;
    for (let y = 0; y < scale; y++) for (let x = 0; x < scale; x++) {
      const i = (((r + 4) * scale + y) * n + (c + 4) * scale + x) * 4;
      data[i] = data[i + 1] = data[i + 2] = 0;
    }
  }));
  return { data, width: n, height: n };
}

const cases = [
  checkURL("https://vote.example", "7ZQ4-1M8D-XK2C-9VTA"),
  checkURL("http://127.0.0.1:8080", "0000-0000-0000-0000"),
  checkURL("https://голосование.example.ru:8443", "ZZZZ-ZZZZ-ZZZZ-ZZZZ"),
  checkURL("https://vote.example", "a tracker with spaces & <symbols>?"),
];

for (const url of cases) {
  test("the QR code of " + url + " decodes to it", () => {
    const m = modules(url);
    assert.ok(m.length >= 21 && (m.length - 17) % 4 === 0, "a QR code's size is 17 + 4 × version");
    const img = image(m);
    const got = jsQR(img.data, img.width, img.height);
    assert.ok(got, "jsQR found no code");
    assert.equal(got.data, url);
  });
}

test("the check address escapes the tracker", () => {
  assert.equal(checkURL("https://v.example", "A&B?C#D"), "https://v.example/track?tracker=A%26B%3FC%23D");
});
