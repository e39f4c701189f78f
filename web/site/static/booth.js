// The booth page: loads the election and, only while the polls are open,
// the booth's WebAssembly in a worker (booth-worker.js, with Subresource
// Integrity), which compares the site's election and keys with the
// relay's before anything else; then it leads the voter through the
// sign-in (the registrar checks the code and issues nothing), the ballot
// (encrypted for a fresh pseudonym), the optional encryption check
// (Benaloh), the cast and the tracker code.
//
// The token is asked for only when the voter casts, so that a voter who
// leaves before casting loses nothing. Before that request the pending
// sign-in (pseudonym key, blinding) and the ballot are kept on the device
// (booth-vault.js: localStorage, encrypted under a key derived from the
// voting code, which is never stored), then the signed cast, then, once
// included, only the tracker: a voter who returns with their code
// resumes where they left off. The voting code lives in this page's
// memory only. The signed cast is also kept in sessionStorage, so that a
// reload sends it again without the code; it is sent until the relay
// answers for good: it is never silently dropped.
"use strict";
(() => {
  const ui = window.evoteUI, vaults = window.evoteVault;
  const $ = (id) => document.getElementById(id);
  const root = $("booth");
  // The registrar's and the relay's base URLs: other origins, named by
  // the site (the CSP allows connecting to exactly these).
  const apis = document.body.dataset;
  const castKey = "evote-pending-cast", ticksKey = "evote-ticks";
  const steps = { login: 1, ballot: 2, review: 3, cast: 4, done: 4 };
  let election, manifest, choices, prepared, cast, voter, code, vault;
  let retryDelay = 2, retryTimer, settled = false;

  const step = (name) => {
    document.querySelectorAll("section[id^=step-]").forEach((s) => { s.hidden = s.id !== "step-" + name; });
    ui.clear($("status"));
    if (steps[name]) ui.say($("step-number"), "step_of", { n: steps[name], total: 4 }); else ui.clear($("step-number"));
    const h = document.querySelector("#step-" + name + " h1");
    if (h) h.focus();
  };
  const fail = (key, args) => ui.say($("error"), key, args);
  const clearError = () => ui.clear($("error"));

  // showError shows an error of the booth's WebAssembly: its code's own
  // text if the page has one (with how many wrong codes the registrar
  // still takes, if it said), else the registrar's sentence, else a
  // generic one.
  const showError = (e) => {
    const code = e && e.error;
    if (code && Number.isInteger(e.left) && ui.has("err_" + code + "_left")) fail("err_" + code + "_left", { n: e.left });
    else if (code && ui.has("err_" + code)) fail("err_" + code);
    else if (e && e.message && code !== "internal") ui.raw($("error"), e.message);
    else fail("err_generic");
  };

  // The WebAssembly runs in a worker (booth-worker.js) so that the page
  // never freezes; evoteBooth is its methods as promises, each resolved
  // with the method's JSON text or rejected with {error, message}.
  let worker;
  const calls = new Map();
  let nextCall = 0, workerFailed = false;
  const call = (msg) => new Promise((resolve, reject) => {
    if (workerFailed) return reject({ error: "wasm" });
    const id = ++nextCall;
    calls.set(id, { resolve, reject });
    worker.postMessage({ ...msg, id });
  });
  const onMessage = (ev) => {
    const c = calls.get(ev.data.id);
    if (!c) return;
    calls.delete(ev.data.id);
    if (ev.data.error) c.reject(ev.data.error); else c.resolve(ev.data.result);
  };
  // An error no call caught (the worker's script did not load, or the
  // module crashed) fails every call, now and later.
  const onWorkerError = () => {
    workerFailed = true;
    calls.forEach((c) => c.reject({ error: "wasm" }));
    calls.clear();
  };
  const evoteBooth = window.evoteBooth = Object.freeze(Object.fromEntries(
    ["load", "signIn", "prepare", "audit", "resume", "token"].map((m) => [m, (...args) => call({ method: m, args })])));
  // loadWasm starts the worker and its module: only once the polls are
  // known to be open (1.3 MB nobody needs after the close).
  const loadWasm = () => {
    worker = new Worker(root.dataset.worker);
    worker.onmessage = onMessage;
    worker.onerror = onWorkerError;
    return call({ init: { exec: root.dataset.wasmExec, wasm: root.dataset.wasm, integrity: root.dataset.wasmIntegrity } })
      .catch(() => { throw { error: "wasm" }; });
  };

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
  const showDetails = async () => {
    $("d-contract").textContent = election.contract;
    $("d-election").textContent = election.election_id;
    $("d-registrar").textContent = await fingerprint(election.registrar_key);
    $("d-election-key").textContent = await fingerprint(election.election_key);
  };

  const start = async () => {
    try {
      election = await loadElection();
    } catch (e) {
      ui.clear($("status"));
      return showError(e);
    }
    await showDetails();
    const kept = keptCast();
    if (kept) {
      cast = kept;
      return send();
    }
    if (election.state !== "Open") return closed();
    try {
      await loadWasm();
      ui.say($("status"), "checking");
      manifest = JSON.parse(await evoteBooth.load(JSON.stringify(election), apis.registrar, apis.relay));
    } catch (e) {
      ui.clear($("status"));
      return showError(e);
    }
    step("login");
    const t = savedTicks();
    if (t) $("voter-id").value = t.voter;
  };

  // closed is the page outside the voting period: no booth, a heading and
  // where to look instead.
  const closed = () => {
    const ended = !["Setup", "KeyCeremony", "Ready"].includes(election.state);
    ui.say($("closed-h"), ended ? "closed_heading" : "notopen_heading");
    ui.say($("closed-text"), ended ? "closed_text" : "notopen_text");
    $("closed-results").hidden = !ended;
    $("closed-reg").hidden = !ended;
    step("closed");
  };

  // keptCast is this tab's signed cast not yet recorded, if any.
  const keptCast = () => {
    let k = null;
    try { k = JSON.parse(sessionStorage.getItem(castKey) || "null"); } catch { k = null; }
    return k && k.election === election.election_id && k.cast ? k.cast : null;
  };
  const keepCast = () => sessionStorage.setItem(castKey, JSON.stringify({ election: election.election_id, cast }));

  // Sign-in: the registrar checks the code; no token yet.
  $("login-form").addEventListener("submit", async (ev) => {
    ev.preventDefault();
    clearError();
    const id = $("voter-id").value.trim(), typed = $("code").value.trim();
    if (!loginInputOK(id, typed)) return;
    $("login-submit").disabled = true;
    ui.say($("status"), "signing_in");
    try {
      const r = JSON.parse(await evoteBooth.signIn(id, typed, ui.lang));
      voter = id;
      code = typed;
      $("code").value = "";
      vault = await vaults.open(election.election_id, voter, code);
      await afterSignIn(r.issued, await vault.get());
    } catch (e) {
      ui.clear($("status"));
      showError(e);
      $("code").focus();
    } finally {
      $("login-submit").disabled = false;
    }
  });

  // loginInputOK checks what can be checked here: both fields filled, and
  // the code in the format of the codes (a typo is told apart from a
  // wrong code without asking the registrar, which counts attempts).
  const loginInputOK = (id, typed) => {
    const wellFormed = vaults.normalizeCode(typed) !== null;
    $("voter-id").setAttribute("aria-invalid", String(!id));
    $("code").setAttribute("aria-invalid", String(!wellFormed));
    if (!id || !typed) {
      fail("err_missing");
      return false;
    }
    if (!wellFormed) {
      fail("err_code_format");
      $("code").focus();
      return false;
    }
    return true;
  };

  // afterSignIn goes on from what this device holds for the voter: their
  // tracker, a cast to send, a cast to finish, or a fresh ballot; a token
  // issued elsewhere is said plainly.
  const afterSignIn = async (issued, rec) => {
    if (rec && rec.state === "done") return showDone(rec);
    if (rec && rec.state === "cast") {
      cast = rec.cast;
      keepCast();
      return send();
    }
    if (rec && rec.state === "pending") {
      await evoteBooth.resume(rec.pending, rec.ballot);
      prepared = { tracker: rec.tracker };
      return castPrepared();
    }
    if (issued) return step("issued");
    renderBallot();
    step("ballot");
  };

  // The ballot, with each question's min and max enforced.
  const title = (t) => t[ui.lang];
  const rule = (q) => q.type === "ranked" ? ["rank_rule", q] : q.type === "graded" ? ["grade_rule", q]
    : q.min === q.max ? ["select_exactly", q] : q.min === 0 ? ["select_upto", q] : ["select_range", q];
  const single = (q) => !q.type && q.min === 1 && q.max === 1;

  const renderBallot = () => {
    const box = $("questions");
    box.textContent = "";
    manifest.questions.forEach((q, qi) => box.append(renderQuestion(q, qi)));
    restoreTicks();
    translateBallot();
  };
  const renderQuestion = (q, qi) => {
    const fs = document.createElement("fieldset");
    fs.id = "q" + qi;
    fs.setAttribute("aria-describedby", "q" + qi + "-rule q" + qi + "-error");
    const legend = document.createElement("legend");
    legend.dataset.title = JSON.stringify(q.title);
    const hint = document.createElement("p");
    hint.id = "q" + qi + "-rule";
    hint.className = "hint";
    ui.say(hint, ...rule(q));
    fs.append(legend, hint);
    const render = q.type === "ranked" ? renderRank : q.type === "graded" ? renderGrade : renderOption;
    q.options.forEach((o, oi) => fs.append(render(q, qi, o, oi)));
    const full = document.createElement("p");
    full.id = "q" + qi + "-full";
    full.className = "hint";
    full.setAttribute("aria-live", "polite");
    full.hidden = true;
    const err = document.createElement("p");
    err.id = "q" + qi + "-error";
    err.className = "error";
    err.hidden = true;
    if (q.type) err.setAttribute("aria-live", "polite"); // a ranking is checked as it is made
    fs.append(full, err);
    return fs;
  };
  const renderOption = (q, qi, o, oi) => {
    const row = document.createElement("div");
    row.className = "option";
    const input = document.createElement("input");
    input.type = single(q) ? "radio" : "checkbox";
    input.name = "q" + qi;
    input.id = "q" + qi + "o" + oi;
    input.addEventListener("change", () => changed(q, qi));
    const label = document.createElement("label");
    label.htmlFor = input.id;
    label.dataset.title = JSON.stringify(o.title);
    row.append(input, label);
    return row;
  };
  const changed = (q, qi) => {
    enforceMax(q, qi);
    saveTicks();
    clearError();
    const problem = q.type && liveProblem(q, answer(q, qi));
    $("q" + qi).toggleAttribute("aria-invalid", !!problem);
    if (problem) ui.say($("q" + qi + "-error"), ...problem); else ui.clear($("q" + qi + "-error"));
  };
  // A ranked question: one labelled select per candidate ("—", 1 to
  // max), usable by keyboard, touch and screen reader on any phone.
  const renderRank = (q, qi, o, oi) => {
    const row = document.createElement("div");
    row.className = "option rank";
    const label = document.createElement("label");
    label.htmlFor = "q" + qi + "o" + oi;
    label.dataset.title = JSON.stringify(o.title);
    const sel = document.createElement("select");
    sel.id = label.htmlFor;
    for (let r = 0; r <= q.max; r++) {
      const opt = document.createElement("option");
      opt.value = String(r);
      if (r === 0) opt.dataset.i18n = "rank_none"; else opt.textContent = String(r);
      sel.append(opt);
    }
    sel.addEventListener("change", () => changed(q, qi));
    row.append(sel, label);
    return row;
  };
  // A graded question: per candidate a radio group of "no grade" and the
  // manifest's grades, best first.
  const renderGrade = (q, qi, o, oi) => {
    const fs = document.createElement("fieldset");
    fs.className = "grade";
    fs.id = "q" + qi + "o" + oi;
    const legend = document.createElement("legend");
    legend.dataset.title = JSON.stringify(o.title);
    fs.append(legend);
    [null, ...q.grades].forEach((g, gi) => {
      const row = document.createElement("div");
      row.className = "option";
      const input = document.createElement("input");
      input.type = "radio";
      input.name = fs.id;
      input.id = fs.id + "g" + gi;
      input.value = String(gi);
      input.checked = gi === 0;
      input.addEventListener("change", () => changed(q, qi));
      const label = document.createElement("label");
      label.htmlFor = input.id;
      if (g) label.dataset.title = JSON.stringify(g); else label.dataset.i18n = "grade_none";
      row.append(input, label);
      fs.append(row);
    });
    return fs;
  };
  const translateBallot = () => {
    if (!manifest) return;
    $("election-title").textContent = title(manifest.title);
    document.querySelectorAll("#questions [data-i18n]").forEach((el) => ui.say(el, el.dataset.i18n, el.dataset.args && JSON.parse(el.dataset.args)));
    document.querySelectorAll("[data-title]").forEach((el) => { el.textContent = title(JSON.parse(el.dataset.title)); });
    if (choices) renderSummary();
  };
  document.addEventListener("evoteLang", translateBallot);

  const inputs = (qi) => Array.from(document.querySelectorAll("#q" + qi + " input, #q" + qi + " select"));
  // answer is a question's answer as the WebAssembly takes it: per
  // option true or false (a choice), or a rank or grade (0 for none).
  const answer = (q, qi) => q.type === "ranked" ? inputs(qi).map((i) => Number(i.value))
    : q.type === "graded" ? q.options.map((o, oi) => Number((document.querySelector(`input[name="q${qi}o${oi}"]:checked`) || { value: 0 }).value))
    : inputs(qi).map((i) => i.checked);
  const ticked = () => manifest.questions.map((q, qi) => answer(q, qi));
  // liveProblem is what is wrong with a ranking or grading so far, in
  // words (crypto/ballot CheckValues is the rule, and the WebAssembly
  // refuses to encrypt what breaks it): a rank given twice, a rank
  // missing below a given one, too many graded. problem adds too few.
  const liveProblem = (q, vals) => {
    const n = vals.filter((v) => v > 0).length;
    if (q.type === "graded") return n > q.max ? ["err_grade_range", q] : null;
    const count = (r) => vals.filter((v) => v === r).length;
    for (let r = 1; r <= q.max; r++) if (count(r) > 1) return ["err_rank_twice", { r, n: count(r) }];
    for (let r = 1; r <= n; r++) if (count(r) === 0) return ["err_rank_missing", { r }];
    return null;
  };
  const problem = (q, vals) => {
    const live = q.type && liveProblem(q, vals);
    if (live) return live;
    const n = vals.filter((v) => v === true || v > 0).length;
    if (n >= q.min && n <= q.max) return null;
    return q.type === "ranked" ? ["err_rank_few", q] : q.type === "graded" ? ["err_grade_range", q] : ["err_too_few", { q: 0, min: q.min }];
  };
  // enforceMax disables the other options of a question whose maximum is
  // chosen, and says so.
  const enforceMax = (q, qi) => {
    if (single(q) || q.type) return;
    const full = inputs(qi).filter((i) => i.checked).length >= q.max;
    inputs(qi).forEach((i) => { i.disabled = full && !i.checked; });
    if (full) ui.say($("q" + qi + "-full"), "max_reached", { max: q.max }); else ui.clear($("q" + qi + "-full"));
  };

  // The ticks survive a reload of this tab (sessionStorage, which dies
  // with the tab), never the tab itself: they are the vote in clear, and
  // localStorage would show them to whoever uses the browser next. They
  // are removed once the ballot is cast.
  const saveTicks = () => sessionStorage.setItem(ticksKey, JSON.stringify({ election: election.election_id, voter, choices: ticked() }));
  const savedTicks = () => {
    let t = null;
    try { t = JSON.parse(sessionStorage.getItem(ticksKey) || "null"); } catch { t = null; }
    return t && t.election === election.election_id && typeof t.voter === "string" && Array.isArray(t.choices) ? t : null;
  };
  const restoreTicks = () => {
    const t = savedTicks();
    if (!t || t.voter !== voter) return;
    manifest.questions.forEach((q, qi) => {
      const a = t.choices[qi] || [];
      if (q.type === "ranked") inputs(qi).forEach((i, oi) => { i.value = String(Number(a[oi]) || 0); });
      else if (q.type === "graded") q.options.forEach((o, oi) => { const g = $("q" + qi + "o" + oi + "g" + (Number(a[oi]) || 0)); if (g) g.checked = true; });
      else inputs(qi).forEach((i, oi) => { i.checked = !!a[oi]; });
      enforceMax(q, qi);
    });
  };

  $("ballot-form").addEventListener("submit", async (ev) => {
    ev.preventDefault();
    clearError();
    choices = ticked();
    let bad = -1;
    manifest.questions.forEach((q, qi) => {
      const p = problem(q, choices[qi]), err = $("q" + qi + "-error");
      $("q" + qi).toggleAttribute("aria-invalid", !!p);
      if (p) { ui.say(err, p[0], p[0] === "err_too_few" ? { q: qi + 1, min: q.min } : p[1]); if (bad < 0) bad = qi; } else ui.clear(err);
    });
    if (bad >= 0) {
      const q = manifest.questions[bad];
      if (q.type) fail("err_question", { q: bad + 1 }); else fail("err_too_few", { q: bad + 1, min: q.min });
      return inputs(bad)[0].focus();
    }
    if (await encrypt()) step("review");
  });

  // encrypt encrypts the choices for the voter's pseudonym: no token yet.
  const encrypt = async () => {
    ui.say($("status"), "encrypting");
    $("encrypt").disabled = true;
    try {
      prepared = JSON.parse(await evoteBooth.prepare(JSON.stringify(choices)));
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
    summarize($("summary"), choices);
    if (prepared) $("review-tracker").textContent = prepared.tracker;
  };
  // summarize lists the answers in words: the options chosen, the
  // candidates in the order of their ranks ("1. Anna"), or each graded
  // candidate with its grade ("Park: Good").
  const summarize = (ul, answers) => {
    ul.textContent = "";
    manifest.questions.forEach((q, qi) => {
      const a = answers[qi] || [];
      const name = (oi) => title(q.options[oi].title);
      const given = q.options.map((o, oi) => oi).filter((oi) => a[oi]);
      const picked = q.type === "ranked" ? given.sort((x, y) => a[x] - a[y]).map((oi) => a[oi] + ". " + name(oi))
        : q.type === "graded" ? given.map((oi) => name(oi) + ": " + title(q.grades[a[oi] - 1]))
        : given.map(name);
      const li = document.createElement("li");
      li.textContent = title(q.title) + " — " + (picked.length ? picked.join(", ") : ui.text("no_choice"));
      ul.append(li);
    });
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
    prepared = null;
    const same = JSON.stringify(a.choices) === JSON.stringify(choices);
    const msg = $("audit-message");
    $("audit-opening").value = a.opened;
    $("audit-check-link").textContent = location.origin + "/check";
    $("audit-result").hidden = false;
    $("audit-result").className = a.valid && same ? "ok" : "error";
    summarize($("audit-choices"), a.choices);
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
    prepared = null;
    $("audit-result").hidden = true;
    step("ballot");
  });

  // Cast: the pending sign-in and the ballot are kept on the device
  // before the token is asked for.
  $("cast").addEventListener("click", async () => {
    if (!prepared || !prepared.pending) return;
    clearError();
    try {
      await vault.put({ state: "pending", pending: prepared.pending, ballot: prepared.ballot, tracker: prepared.tracker });
    } catch {
      return fail("err_storage");
    }
    castPrepared();
  });
  $("retry").addEventListener("click", () => (cast ? send() : castPrepared()));
  window.addEventListener("beforeunload", (ev) => {
    if (sessionStorage.getItem(castKey)) { ev.preventDefault(); ev.returnValue = ui.text("leave_warning"); }
  });

  // castPrepared gets the token for the prepared ballot (the same blinded
  // message however often it is asked), keeps the signed cast on the
  // device and sends it.
  const castPrepared = async () => {
    clearError();
    step("cast");
    $("retry").hidden = true;
    $("cast-bar").value = 1;
    ui.say($("cast-progress"), "cast_token", { tracker: prepared.tracker });
    try {
      cast = JSON.parse(await evoteBooth.token(code, ui.lang));
    } catch (e) {
      if (e && e.error === "already_issued") {
        vault.drop();
        return step("issued");
      }
      ui.clear($("cast-progress"));
      $("retry").hidden = false;
      return showError(e);
    }
    await vault.put({ state: "cast", cast });
    keepCast();
    sessionStorage.removeItem(ticksKey);
    send();
  };

  const transient = ["unavailable", "busy", "rate-limited", "internal"];
  const send = () => {
    clearError();
    step("cast");
    clearInterval(retryTimer);
    $("retry").hidden = true;
    $("cast-bar").value = 2;
    ui.say($("cast-progress"), "cast_sending", { tracker: cast.tracker });
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
        $("cast-bar").value = 3;
        return ui.say($("cast-progress"), "cast_accepted");
      }
      settled = true;
      ws.close();
      if (u.status === "included") return done(u);
      if (u.status === "error" && transient.includes(u.error)) return retryLater();
      sessionStorage.removeItem(castKey);
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

  // done: the relay saw the ballot included; the device keeps only its
  // tracker (public).
  const done = (u) => {
    sessionStorage.removeItem(castKey);
    const rec = { state: "done", tracker: cast.tracker, block: u.block, tx: u.tx };
    if (vault) vault.put(rec);
    showDone(rec);
  };
  const showDone = (rec) => {
    $("cast-bar").value = 4;
    $("tracker").textContent = rec.tracker;
    ui.say($("done-block"), "done_block", { block: rec.block, tx: rec.tx });
    $("done-track").href = "/track?tracker=" + encodeURIComponent(rec.tracker);
    $("done-receipt").hidden = false;
    window.evoteReceipt.render($("done-receipt"), rec.tracker);
    step("done");
  };

  start();
})();
