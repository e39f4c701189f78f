// The receipt of a tracker code, for the "find my ballot" page and the
// booth's last step: window.evoteReceipt.render(container, tracker)
// fills container with the tracker, the address where anyone checks it,
// a QR code of that address, the election and the time, and buttons to
// copy the tracker, download the receipt (a small HTML file) and print
// it. Everything is made in the browser: the tracker is never sent
// anywhere for this (a server making the QR code or the file would link
// the voter's address to the tracker). The QR code is
// qrcode-generator's (byte mode, error correction M, the smallest
// version that fits).
import { qrcode } from "qrcode-generator";

const SVG = "http://www.w3.org/2000/svg";

// The library's default keeps only the low byte of each character; an
// address may hold any character, in UTF-8.
qrcode.stringToBytes = (s) => Array.from(new TextEncoder().encode(s));

// checkURL is the address of the site's "find my ballot" page for tracker.
export function checkURL(origin, tracker) {
  return origin + "/track?tracker=" + encodeURIComponent(tracker);
}

// modules is the QR code of text as rows of dark (true) and light modules.
export function modules(text) {
  const qr = qrcode(0, "M");
  qr.addData(text, "Byte");
  qr.make();
  const n = qr.getModuleCount();
  return Array.from({ length: n }, (_, r) => Array.from({ length: n }, (_, c) => qr.isDark(r, c)));
}

// qrSVG draws modules with the four-module quiet zone the standard asks for.
function qrSVG(m, label) {
  const n = m.length + 8;
  const svg = document.createElementNS(SVG, "svg");
  svg.setAttribute("viewBox", "0 0 " + n + " " + n);
  svg.setAttribute("class", "qr");
  svg.setAttribute("role", "img");
  svg.setAttribute("aria-label", label);
  svg.setAttribute("shape-rendering", "crispEdges");
  const bg = document.createElementNS(SVG, "rect");
  bg.setAttribute("width", n);
  bg.setAttribute("height", n);
  bg.setAttribute("fill", "#fff");
  let d = "";
  m.forEach((row, r) => row.forEach((dark, c) => { if (dark) d += "M" + (c + 4) + " " + (r + 4) + "h1v1h-1z"; }));
  const path = document.createElementNS(SVG, "path");
  path.setAttribute("d", d);
  path.setAttribute("fill", "#000");
  svg.append(bg, path);
  return svg;
}

// electionTitle is the manifest's title from the site's /api/election
// (which names no tracker), in both languages; {} if it cannot be read.
let titles;
function electionTitle() {
  titles = titles || fetch("/api/election")
    .then((r) => (r.ok ? r.json() : Promise.reject(new Error(String(r.status)))))
    .then((e) => {
      const bytes = Uint8Array.from(atob(e.manifest), (ch) => ch.charCodeAt(0));
      return JSON.parse(new TextDecoder().decode(bytes)).title || {};
    })
    .catch(() => ({}));
  return titles;
}

let receipts = 0;

function render(container, tracker) {
  const ui = window.evoteUI;
  const url = checkURL(location.origin, tracker);
  const made = new Date();
  const id = "receipt" + ++receipts;
  const h = (tag, attrs, key) => {
    const el = document.createElement(tag);
    for (const k in attrs || {}) el.setAttribute(k, attrs[k]);
    if (key) { el.dataset.i18n = key; el.textContent = ui.text(key); }
    return el;
  };
  container.textContent = "";
  container.classList.add("receipt");
  container.setAttribute("aria-labelledby", id + "-h");
  container.dataset.tracker = tracker;
  container.dataset.url = url;

  const heading = h("h2", { id: id + "-h" }, "receipt_heading");
  const list = h("dl");
  const row = (key, value) => {
    const dd = h("dd");
    dd.append(value);
    list.append(h("dt", {}, key), dd);
    return dd;
  };
  const election = row("receipt_election", "…");
  row("receipt_tracker", h("span", { class: "tracker" })).firstChild.textContent = tracker;
  const time = row("receipt_time", "");
  const link = h("a", { href: url });
  link.textContent = url;
  row("receipt_check", link);
  const qr = qrSVG(modules(url), ui.text("receipt_qr_alt", { tracker }));
  const body = h("div", { class: "receipt-body" });
  body.append(qr, list);
  const how = h("p", { class: "hint" }, "receipt_how");
  const status = h("p", { role: "status", class: "receipt-status" });
  const button = (key, onclick) => {
    const b = h("button", { type: "button" }, key);
    b.addEventListener("click", onclick);
    return b;
  };
  const actions = h("p", { class: "receipt-actions" });
  actions.append(
    button("receipt_copy", () => navigator.clipboard.writeText(tracker)
      .then(() => ui.say(status, "receipt_copied", { tracker }))
      .catch(() => ui.say(status, "receipt_copy_failed"))),
    button("receipt_download", () => download(container, tracker)),
    button("receipt_print", () => window.print()));
  container.append(heading, body, how, actions, status);

  const update = () => {
    time.textContent = made.toLocaleString(ui.lang === "ru" ? "ru-RU" : "en-GB");
    qr.setAttribute("aria-label", ui.text("receipt_qr_alt", { tracker }));
    electionTitle().then((t) => { election.textContent = t[ui.lang] || t.ru || t.en || "—"; });
  };
  update();
  if (container.evoteReceiptUpdate) document.removeEventListener("evoteLang", container.evoteReceiptUpdate);
  container.evoteReceiptUpdate = update;
  document.addEventListener("evoteLang", update);
}

// download saves the receipt as a small HTML file, made here.
function download(container, tracker) {
  const ui = window.evoteUI;
  const esc = (s) => s.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);
  const rows = [...container.querySelectorAll("dt")].map((dt) =>
    "<dt>" + esc(dt.textContent) + "</dt><dd>" + esc(dt.nextElementSibling.textContent) + "</dd>").join("");
  const html = "<!DOCTYPE html>\n<html lang=\"" + ui.lang + "\"><head><meta charset=\"utf-8\"><title>" +
    esc(ui.text("receipt_heading")) + " " + esc(tracker) + "</title>" +
    "<style>body{font-family:sans-serif;max-width:40rem;margin:2rem auto}svg{width:12rem;height:12rem}dt{font-weight:bold}dd{margin:0 0 .5rem}</style>" +
    "</head><body><h1>" + esc(ui.text("receipt_heading")) + "</h1>" + container.querySelector("svg.qr").outerHTML +
    "<dl>" + rows + "</dl><p>" + esc(ui.text("receipt_how")) + "</p></body></html>\n";
  const a = document.createElement("a");
  a.href = URL.createObjectURL(new Blob([html], { type: "text/html" }));
  a.download = "receipt-" + tracker + ".html";
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 60000);
}

if (typeof window !== "undefined") window.evoteReceipt = { render, checkURL, modules };
