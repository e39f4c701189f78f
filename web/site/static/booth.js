// The booth page: loads the election and, in a worker (booth-worker.js),
// the booth's WebAssembly (web/booth/wasm, with Subresource Integrity),
// which compares the site's election and keys with the relay's before
// anything else; then it leads the voter
// through sign-in, the ballot, the optional encryption check (Benaloh),
// casting over the relay's WebSocket, and the tracker code. A sign-in's
// pending state (pseudonym key, blinding and blinded message, voter id;
// never the code) is kept in sessionStorage before the token request is
// sent, so that after a reload the same request is sent again with the
// re-entered code (the registrar signs one blinded message per voter);
// the voter's credential (pseudonym key and token) then replaces it until
// the cast, so that a reload goes straight back to the ballot;
// a cast ballot is kept (in the page and in sessionStorage) and sent
// again until the relay answers for good: it is never silently dropped.
"use strict";
(() => {
  const ui = window.evoteUI;
  const $ = (id) => document.getElementById(id);
  const root = $("booth");
  // The registrar's and the relay's base URLs: other origins, named by
  // the site (the CSP allows connecting to exactly these).
  const apis = document.body.dataset;
  const pendingKey = "evote-pending-cast", credentialKey = "evote-credential", signInKey = "evote-pending-sign-in";
  let election, manifest, choices, cast, retryDelay = 2, retryTimer, settled = false;

  const step = (name) => {
    document.querySelectorAll("section[id^=step-]").forEach((s) => { s.hidden = s.id !== "step-" + name; });
    ui.clear($("status"));
    const h = document.querySelector("#step-" + name + " h1");
    if (h) h.focus();
  };
  const fail = (key, args) => ui.say($("error"), key, args);
  const clearError = () => ui.clear($("error"));

  // showError shows an error of the booth's WebAssembly: its code's own
  // text if the page has one, else the registrar's sentence, else a
  // generic one.
  const showError = (e) => {
    const code = e && e.error;
    if (code && ui.has("err_" + code)) fail("err_" + code);
    else if (e && e.message && code !== "internal") ui.raw($("error"), e.message);
    else fail("err_generic");
  };

  // The WebAssembly runs in a worker (booth-worker.js) so that the page
  // never freezes; evoteBooth is its methods as promises, each resolved
  // with the method's JSON text or rejected with {error, message}.
  const worker = new Worker(root.dataset.worker);
  const calls = new Map();
  let nextCall = 0, workerFailed = false;
  const call = (msg) => new Promise((resolve, reject) => {
    if (workerFailed) return reject({ error: "wasm" });
    const id = ++nextCall;
    calls.set(id, { resolve, reject });
    worker.postMessage({ ...msg, id });
  });
  worker.onmessage = (ev) => {
    const c = calls.get(ev.data.id);
    if (!c) return;
    calls.delete(ev.data.id);
    if (ev.data.error) c.reject(ev.data.error); else c.resolve(ev.data.result);
  };
  // An error no call caught (the worker's script did not load, or the
  // module crashed) fails every call, now and later.
  worker.onerror = () => {
    workerFailed = true;
    calls.forEach((c) => c.reject({ error: "wasm" }));
    calls.clear();
  };
  const evoteBooth = window.evoteBooth = Object.freeze(Object.fromEntries(
    ["load", "begin", "register", "restore", "prepare", "audit"].map((m) => [m, (...args) => call({ method: m, args })])));
  const loadWasm = () => call({ init: { exec: root.dataset.wasmExec, wasm: root.dataset.wasm, integrity: root.dataset.wasmIntegrity } });

  const loadElection = async () => {
    const resp = await fetch("/api/election");
    if (!resp.ok) throw { error: "chain_unavailable" };
    return resp.json();
  };

  // fingerprint is a key as the page shows it (docs/protocol.md): the
  // SHA-256 of its bytes, 64 hex digits in groups of 4.
  const fingerprint = async (b64) => {
    if (!crypto.subtle || !b64) return "";
    const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const sum = new Uint8Array(await crypto.subtle.digest("SHA-256", bytes));
    return Array.from(sum, (b) => b.toString(16).padStart(2, "0")).join("").match(/.{4}/g).join(" ");
  };

  const start = async () => {
    try {
      [election] = await Promise.all([loadElection(), loadWasm().catch(() => { throw { error: "wasm" }; })]);
    } catch (e) {
      ui.clear($("status"));
      return showError(e);
    }
    $("d-contract").textContent = election.contract;
    $("d-election").textContent = election.election_id;
    $("d-registrar").textContent = await fingerprint(election.registrar_key);
    $("d-election-key").textContent = await fingerprint(election.election_key);
    const pending = JSON.parse(sessionStorage.getItem(pendingKey) || "null");
    if (pending && pending.election === election.election_id) {
      cast = pending.cast;
      return send();
    }
    if (election.state !== "Open") {
      ui.clear($("status"));
      return fail(election.state === "Closed" || election.state === "Tallied" ? "err_polls_closed" : "err_polls_not_open");
    }
    try {
      ui.say($("status"), "checking");
      manifest = JSON.parse(await evoteBooth.load(JSON.stringify(election), apis.registrar, apis.relay));
    } catch (e) {
      ui.clear($("status"));
      return showError(e);
    }
    if (await restore()) {
      sessionStorage.removeItem(signInKey);
      renderBallot();
      return step("ballot");
    }
    step("login");
    const signIn = pendingSignIn();
    if (signIn) {
      $("voter-id").value = signIn.voter;
      $("resume-note").hidden = false;
    }
  };

  // pendingSignIn is this tab's sign-in whose token request may have
  // reached the registrar, if any.
  const pendingSignIn = () => {
    let p = null;
    try { p = JSON.parse(sessionStorage.getItem(signInKey) || "null"); } catch { p = null; }
    if (p && p.election === election.election_id && typeof p.voter === "string" && typeof p.pending === "string") return p;
    sessionStorage.removeItem(signInKey);
    return null;
  };

  // begin starts voter's sign-in (the pending one if it is this voter's)
  // and keeps its state before any request is sent.
  const begin = async (voter) => {
    const p = pendingSignIn();
    const saved = p && p.voter === voter ? p.pending : "";
    if (!saved) sessionStorage.removeItem(signInKey);
    const b = JSON.parse(await evoteBooth.begin(voter, saved, ui.lang));
    sessionStorage.setItem(signInKey, JSON.stringify({ election: election.election_id, voter, pending: b.pending }));
    if (!b.resumed) $("resume-note").hidden = true;
  };

  // restore takes back the credential of this tab's sign-in, if any.
  const restore = async () => {
    const saved = JSON.parse(sessionStorage.getItem(credentialKey) || "null");
    if (!saved || saved.election !== election.election_id) return false;
    try {
      await evoteBooth.restore(saved.credential);
      return true;
    } catch {
      sessionStorage.removeItem(credentialKey);
      return false;
    }
  };

  // Sign-in: the registrar's blind token.
  $("login-form").addEventListener("submit", async (ev) => {
    ev.preventDefault();
    clearError();
    const id = $("voter-id"), code = $("code");
    for (const input of [id, code]) input.setAttribute("aria-invalid", String(!input.value.trim()));
    if (!id.value.trim() || !code.value.trim()) return fail("err_auth_failed");
    $("login-submit").disabled = true;
    ui.say($("status"), "registering");
    try {
      await begin(id.value.trim());
      const reg = JSON.parse(await evoteBooth.register(id.value.trim(), code.value.trim(), ui.lang));
      sessionStorage.setItem(credentialKey, JSON.stringify({ election: election.election_id, credential: reg.saved }));
      sessionStorage.removeItem(signInKey);
      $("resume-note").hidden = true;
      code.value = "";
      renderBallot();
      step("ballot");
    } catch (e) {
      ui.clear($("status"));
      showError(e);
      code.focus();
    } finally {
      $("login-submit").disabled = false;
    }
  });

  // The ballot, with each question's min and max enforced.
  const title = (t) => t[ui.lang];
  const rule = (q) => q.min === q.max ? ["select_exactly", q] : q.min === 0 ? ["select_upto", q] : ["select_range", q];
  const single = (q) => q.min === 1 && q.max === 1;

  const renderBallot = () => {
    const box = $("questions");
    box.textContent = "";
    manifest.questions.forEach((q, qi) => {
      const fs = document.createElement("fieldset");
      fs.id = "q" + qi;
      fs.setAttribute("aria-describedby", "q" + qi + "-rule q" + qi + "-error");
      const legend = document.createElement("legend");
      legend.dataset.title = JSON.stringify(q.title);
      fs.append(legend);
      const hint = document.createElement("p");
      hint.id = "q" + qi + "-rule";
      hint.className = "hint";
      ui.say(hint, ...rule(q));
      fs.append(hint);
      q.options.forEach((o, oi) => {
        const row = document.createElement("div");
        row.className = "option";
        const input = document.createElement("input");
        input.type = single(q) ? "radio" : "checkbox";
        input.name = "q" + qi;
        input.id = "q" + qi + "o" + oi;
        input.addEventListener("change", () => {
          enforceMax(q, qi);
          ui.clear($("q" + qi + "-error"));
          $("q" + qi).removeAttribute("aria-invalid");
          clearError();
        });
        const label = document.createElement("label");
        label.htmlFor = input.id;
        label.dataset.title = JSON.stringify(o.title);
        row.append(input, label);
        fs.append(row);
      });
      const err = document.createElement("p");
      err.id = "q" + qi + "-error";
      err.className = "error";
      err.hidden = true;
      fs.append(err);
      box.append(fs);
    });
    translateBallot();
  };
  const translateBallot = () => {
    if (!manifest) return;
    $("election-title").textContent = title(manifest.title);
    document.querySelectorAll("[data-title]").forEach((el) => { el.textContent = title(JSON.parse(el.dataset.title)); });
    if (choices) renderSummary();
  };
  document.addEventListener("evoteLang", translateBallot);

  const inputs = (qi) => Array.from(document.querySelectorAll("#q" + qi + " input"));
  const enforceMax = (q, qi) => {
    if (single(q)) return;
    const full = inputs(qi).filter((i) => i.checked).length >= q.max;
    inputs(qi).forEach((i) => { i.disabled = full && !i.checked; });
  };

  $("ballot-form").addEventListener("submit", async (ev) => {
    ev.preventDefault();
    clearError();
    choices = manifest.questions.map((q, qi) => inputs(qi).map((i) => i.checked));
    let bad = -1;
    manifest.questions.forEach((q, qi) => {
      const n = choices[qi].filter(Boolean).length, err = $("q" + qi + "-error");
      const wrong = n < q.min || n > q.max;
      $("q" + qi).toggleAttribute("aria-invalid", wrong);
      if (wrong) { ui.say(err, "err_too_few", { q: qi + 1, min: q.min }); if (bad < 0) bad = qi; } else ui.clear(err);
    });
    if (bad >= 0) {
      fail("err_too_few", { q: bad + 1, min: manifest.questions[bad].min });
      return inputs(bad)[0].focus();
    }
    if (await encrypt()) step("review");
  });

  const encrypt = async () => {
    ui.say($("status"), "encrypting");
    $("encrypt").disabled = true;
    try {
      cast = JSON.parse(await evoteBooth.prepare(JSON.stringify(choices)));
      renderSummary();
      return true;
    } catch (e) {
      showError(e);
      return false;
    } finally {
      ui.clear($("status"));
      $("encrypt").disabled = false;
    }
  };

  const renderSummary = () => {
    const ul = $("summary");
    ul.textContent = "";
    manifest.questions.forEach((q, qi) => {
      const picked = q.options.filter((o, oi) => choices[qi][oi]).map((o) => title(o.title));
      const li = document.createElement("li");
      li.textContent = title(q.title) + " — " + (picked.length ? picked.join(", ") : ui.text("no_choice"));
      ul.append(li);
    });
    if (cast) $("review-tracker").textContent = cast.tracker;
  };

  // Benaloh challenge: reveal and check, discard, encrypt afresh.
  $("audit").addEventListener("click", async () => {
    clearError();
    let a;
    try {
      a = JSON.parse(await evoteBooth.audit());
    } catch (e) {
      return showError(e);
    }
    cast = null;
    const same = JSON.stringify(a.choices) === JSON.stringify(choices);
    const msg = $("audit-message");
    $("audit-opening").value = a.opened;
    $("audit-check-link").textContent = location.origin + "/check";
    $("audit-result").hidden = false;
    $("audit-result").className = a.valid && same ? "ok" : "error";
    if (!(a.valid && same)) {
      ui.say(msg, "audit_bad");
      $("cast").hidden = $("audit").hidden = true;
      return msg.focus();
    }
    ui.say(msg, "audit_ok", { tracker: a.tracker });
    await encrypt();
  });

  $("audit-opening").addEventListener("focus", (ev) => ev.target.select());

  $("change").addEventListener("click", () => {
    cast = null;
    $("audit-result").hidden = true;
    step("ballot");
  });

  // Casting over the relay's WebSocket, until the relay answers for good.
  $("cast").addEventListener("click", () => {
    if (!cast) return;
    sessionStorage.setItem(pendingKey, JSON.stringify({ election: election.election_id, cast }));
    sessionStorage.removeItem(credentialKey);
    send();
  });
  $("retry").addEventListener("click", () => send());
  window.addEventListener("beforeunload", (ev) => {
    if (sessionStorage.getItem(pendingKey)) { ev.preventDefault(); ev.returnValue = ui.text("leave_warning"); }
  });

  const transient = ["unavailable", "busy", "rate-limited", "internal"];
  const send = () => {
    clearError();
    step("cast");
    clearInterval(retryTimer);
    $("retry").hidden = true;
    $("cast-bar").value = 1;
    ui.say($("cast-progress"), "cast_sending");
    settled = false;
    const ws = new WebSocket(apis.relay.replace(/^http/, "ws") + "/v1/ws");
    ws.onopen = () => ws.send(JSON.stringify({
      type: "cast", id: "cast", lang: ui.lang,
      pseudonym: cast.pseudonym, token: cast.token, ballot: cast.ballot, signature: cast.signature,
    }));
    ws.onmessage = (ev) => {
      const u = JSON.parse(ev.data);
      if (u.status === "accepted") {
        retryDelay = 2;
        $("cast-bar").value = 2;
        return ui.say($("cast-progress"), "cast_accepted");
      }
      settled = true;
      ws.close();
      if (u.status === "included") return done(u);
      if (u.status === "error" && transient.includes(u.error)) return retryLater();
      sessionStorage.removeItem(pendingKey);
      ui.clear($("cast-progress"));
      ui.raw($("error"), u.message);
    };
    ws.onclose = () => { if (!settled) { settled = true; retryLater(); } };
  };

  const retryLater = () => {
    let left = retryDelay;
    retryDelay = Math.min(retryDelay * 2, 60);
    const tick = () => {
      if (left <= 0) return send();
      ui.say($("cast-progress"), "relay_retry", { s: left });
      left--;
    };
    $("retry").hidden = false;
    tick();
    retryTimer = setInterval(tick, 1000);
  };

  const done = (u) => {
    sessionStorage.removeItem(pendingKey);
    $("cast-bar").value = 3;
    $("tracker").textContent = cast.tracker;
    ui.say($("done-block"), "done_block", { block: u.block, tx: u.tx });
    $("done-track").href = "/track?tracker=" + encodeURIComponent(cast.tracker);
    step("done");
  };

  start();
})();
