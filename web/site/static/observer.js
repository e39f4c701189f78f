// The observer dashboard: snapshots of the election pushed over a
// WebSocket (/api/observer/ws), or polled from /api/observer if the
// socket fails. Charts are inline SVG drawn here; every number they show
// is also in text (the list, the tables).
"use strict";
(() => {
  const ui = window.evoteUI;
  const $ = (id) => document.getElementById(id);
  const SVG = "http://www.w3.org/2000/svg";
  let snap = null;

  const fmt = (n) => Number(n).toLocaleString(ui.lang === "ru" ? "ru-RU" : "en-GB");
  const svgEl = (name, attrs, parent) => {
    const el = document.createElementNS(SVG, name);
    for (const k in attrs) el.setAttribute(k, attrs[k]);
    if (parent) parent.appendChild(el);
    return el;
  };
  const clear = (el) => { while (el.firstChild) el.removeChild(el.firstChild); };
  const title = (t) => t[ui.lang] || t.ru || t.en || "";
  // pct is n of total as a percentage with one decimal, "–" of nothing.
  const pct = (n, total) => (total > 0 ? (100 * n / total).toLocaleString(ui.lang === "ru" ? "ru-RU" : "en-GB",
    { minimumFractionDigits: 1, maximumFractionDigits: 1 }) + " %" : "–");

  // bars draws horizontal bars of rows [{label, value}] into svg.
  // width is the drawing's width in CSS pixels, so that its text keeps
  // its size on a phone.
  const width = (svg) => Math.round(svg.getBoundingClientRect().width) || 600;

  function bars(svg, rows, max) {
    clear(svg);
    const h = 28, gap = 8, W = width(svg);
    svg.setAttribute("viewBox", "0 0 " + W + " " + Math.max(rows.length * (h + gap) - gap, h));
    rows.forEach((r, i) => {
      const y = i * (h + gap);
      svgEl("rect", { x: 0, y, width: W, height: h, class: "bar-bg" }, svg);
      const w = max > 0 ? Math.max(W * r.value / max, r.value > 0 ? 2 : 0) : 0;
      svgEl("rect", { x: 0, y, width: w, height: h, class: "bar " + (r.cls || "") }, svg);
      const t = svgEl("text", { x: 8, y: y + h / 2 + 6, class: "bar-label" }, svg);
      t.textContent = r.label + ": " + fmt(r.value) + (r.pct ? " (" + r.pct + ")" : "");
    });
  }

  // turnout compares like with like: the registrar's last posted count
  // of tokens with the ballots cast up to the block of that count.
  function turnout(s) {
    const c = s.count || { tokens: 0, ballots: s.ballots, block: s.head };
    const rows = [];
    if (s.voters) rows.push({ label: ui.text("obs_bar_voters"), value: s.voters, cls: "voters" });
    rows.push({ label: ui.text("obs_bar_tokens"), value: c.tokens, cls: "tokens" });
    rows.push({ label: ui.text("obs_bar_ballots_at", { block: c.block }), value: c.ballots, cls: c.status === "fail" ? "fail" : "ballots" });
    bars($("turnout-chart"), rows, Math.max(s.voters || 0, c.tokens, c.ballots));
  }

  // turnoutText is the turnout in %: of the roll if its size is known
  // (the commission's statement: it is not on the chain), else of the
  // tokens issued, like with like (both as of the count's block).
  function turnoutText(s) {
    const c = s.count, t = $("obs-turnout"), note = $("obs-turnout-note");
    if (s.voters) {
      ui.say(t, "obs_turnout_roll", { pct: pct(s.ballots, s.voters) });
      if (c && c.status !== "lag") ui.say(note, "obs_turnout_roll_note", { block: c.block, tokens: pct(c.ballots, c.tokens) }); else ui.clear(note);
    } else if (c && c.status === "lag") { // more ballots than a lagging count: not a turnout
      ui.say(t, "obs_turnout_lag");
      ui.say(note, "obs_turnout_tokens_note", { block: c.block });
    } else if (c) {
      ui.say(t, "obs_turnout_tokens", { pct: pct(c.ballots, c.tokens) });
      ui.say(note, "obs_turnout_tokens_note", { block: c.block });
    } else {
      ui.say(t, "obs_turnout_none");
      ui.clear(note);
    }
  }

  // count says how the ballots compare with the registrar's count: only
  // an excess over a count posted after the close is a failure.
  function count(s) {
    const el = $("obs-count"), c = s.count;
    el.className = "";
    el.dataset.status = c ? c.status : "none";
    if (!c) { ui.say(el, "obs_count_none"); return; }
    const args = { block: c.block, ballots: fmt(c.ballots), tokens: fmt(c.tokens) };
    if (c.status === "fail") { ui.say(el, "obs_count_fail", args); el.className = "error"; }
    else if (c.final) ui.say(el, "obs_count_final_ok", args);
    else if (s.state === "Closed") ui.say(el, "obs_count_waiting", args);
    else if (s.state === "Tallied") ui.say(el, "obs_count_no_final", args);
    else ui.say(el, c.status === "lag" ? "obs_count_lag" : "obs_count_ok", args);
  }

  // history draws cumulative ballots by block, with the blocks and the
  // chain's time of a few of them under the axis, and the table of the
  // exact blocks the ballots are in.
  function history(s) {
    const svg = $("history-chart");
    clear(svg);
    const pts = s.history || [];
    const W = width(svg), H = 220, L = 50, B = 44, T = 10;
    svg.setAttribute("viewBox", "0 0 " + W + " " + H);
    const max = Math.max(1, ...pts.map((p) => p.ballots));
    const b0 = pts.length ? pts[0].block : 0, b1 = pts.length ? pts[pts.length - 1].block : 1;
    const x = (b) => L + (W - L - 10) * (b1 > b0 ? (b - b0) / (b1 - b0) : 1);
    const y = (n) => T + (H - T - B) * (1 - n / max);
    svgEl("line", { x1: L, y1: y(0), x2: W - 10, y2: y(0), class: "axis" }, svg);
    svgEl("line", { x1: L, y1: T, x2: L, y2: y(0), class: "axis" }, svg);
    const lab = (txt, ax, ay, anchor) => { const t = svgEl("text", { x: ax, y: ay, class: "axis-label", "text-anchor": anchor }, svg); t.textContent = txt; };
    lab(fmt(max), L - 6, T + 12, "end");
    lab("0", L - 6, y(0), "end");
    const ticks = (s.ticks && s.ticks.length ? s.ticks : [{ block: b0 }, { block: b1 }]).filter((t, i, all) => W > 500 || i === 0 || i === all.length - 1);
    const time = (sec) => new Date(sec * 1000).toLocaleTimeString(ui.lang === "ru" ? "ru-RU" : "en-GB", { hour: "2-digit", minute: "2-digit", second: "2-digit" });
    ticks.forEach((t, i) => {
      const anchor = i === 0 ? "start" : i === ticks.length - 1 ? "end" : "middle";
      svgEl("line", { x1: x(t.block), y1: y(0), x2: x(t.block), y2: y(0) + 4, class: "axis" }, svg);
      lab(String(t.block), x(t.block), H - 22, anchor);
      if (t.time) lab(time(t.time), x(t.block), H - 4, anchor);
    });
    if (pts.length) {
      const d = pts.map((p, i) => (i ? "L" : "M") + x(p.block).toFixed(1) + " " + y(p.ballots).toFixed(1)).join(" ");
      svgEl("path", { d: d + " L" + x(b1).toFixed(1) + " " + y(0) + " L" + x(b0).toFixed(1) + " " + y(0) + " Z", class: "area" }, svg);
      svgEl("path", { d, class: "line" }, svg);
      const last = pts[pts.length - 1];
      svg.setAttribute("aria-label", ui.text("obs_history_alt", { block: last.block, ballots: fmt(last.ballots) }));
    }
    const tbody = $("history-table").tBodies[0];
    clear(tbody);
    let prev = 0;
    for (const p of pts) {
      if (!p.first) continue; // only the blocks with ballots
      const tr = tbody.insertRow();
      tr.insertCell().textContent = p.first === p.last ? String(p.first) : p.first + "–" + p.last;
      tr.insertCell().textContent = fmt(p.ballots - prev);
      tr.insertCell().textContent = fmt(p.ballots);
      prev = p.ballots;
    }
  }

  // checkItem is one numbered check of evote verify as a list item.
  function checkItem(number, status, detail) {
    const li = document.createElement("li");
    li.value = number;
    li.dataset.status = status;
    const name = document.createElement("span");
    name.textContent = ui.has("check_" + number) ? ui.text("check_" + number) : "#" + number;
    const st = document.createElement("strong");
    st.className = "check-" + status;
    st.textContent = (status === "ok" ? "✓ " : status === "fail" ? "✗ " : "– ") + ui.text("check_" + status);
    li.append(name, " — ", st);
    if (detail) { const d = document.createElement("div"); d.className = "hint"; d.textContent = detail; li.appendChild(d); }
    return li;
  }

  // roundsChart draws an instant-runoff or STV count round by round
  // (q.rounds, web/site/rounds.go): per round, a bar per candidate still
  // in the count, its votes and what the round transferred to it (the
  // change from the round before), the quota as a line; then the same
  // numbers as a table, for screen readers and for copying.
  function roundsChart(parent, q, headingId) {
    const r = q.rounds, rounds = r.rounds || [];
    const name = (c) => title(q.options[c].title);
    const votes = (v, digits) => (v / r.unit).toLocaleString(ui.lang === "ru" ? "ru-RU" : "en-GB", { maximumFractionDigits: digits });
    const delta = (v) => (v > 0 ? "+" : v < 0 ? "−" : "±") + votes(Math.abs(v), 2);
    const action = (rd, i) => ui.text("obs_round_" + rd.action.replace("-", "_"), { n: i + 1, name: rd.candidate >= 0 ? name(rd.candidate) : "" });
    const elected = (r.elected || []).map(name).join(", ") || "—";
    const summary = document.createElement("p");
    summary.textContent = ui.text("obs_rounds_summary", { elected, n: fmt(r.ballots), blank: fmt(r.blank), spoiled: fmt(r.spoiled) }) +
      (r.method === "stv" ? " " + ui.text("obs_rounds_quota", { seats: r.seats, quota: fmt(r.quota) }) : "");
    parent.appendChild(summary);
    // out[c] is the round after which candidate c is out of the count (excluded); in[c] the round it was elected.
    const out = {}, won = {};
    rounds.forEach((rd, i) => {
      if (rd.action === "exclusion") out[rd.candidate] = i;
      for (const c of rd.elected || []) won[c] = i;
    });
    const fig = document.createElement("figure");
    fig.className = "rounds";
    fig.setAttribute("aria-label", ui.text("obs_rounds_alt", { rounds: rounds.length, elected }));
    parent.appendChild(fig);
    const max = Math.max(1, r.quota * r.unit || 0, ...rounds.flatMap((rd) => rd.votes));
    rounds.forEach((rd, i) => {
      const label = document.createElement("p");
      label.className = "round-label";
      label.textContent = action(rd, i);
      fig.appendChild(label);
      const svg = svgEl("svg", { class: "chart round", role: "img" }, fig);
      const W = width(svg), h = 24, gap = 4;
      let y = 0;
      const said = [];
      rd.votes.forEach((v, c) => {
        if (c in out && out[c] < i) return; // excluded in an earlier round
        const state = c in won && won[c] <= i ? " elected" : c in out && out[c] === i ? " excluded" : "";
        svgEl("rect", { x: 0, y, width: W, height: h, class: "bar-bg" }, svg);
        svgEl("rect", { x: 0, y, width: Math.max(W * v / max, v > 0 ? 2 : 0), height: h, class: "bar round" + state }, svg);
        const moved = i > 0 ? v - rounds[i - 1].votes[c] : 0;
        said.push(name(c) + ": " + votes(v, 2) + (moved ? " (" + delta(moved) + ")" : "") +
          (state ? " — " + ui.text("obs_round" + state.replace(" ", "_")) : ""));
        y += h + gap;
      });
      if (r.method === "stv" && r.quota) { // under the labels
        const x = W * r.quota * r.unit / max;
        svgEl("line", { x1: x, y1: 0, x2: x, y2: y - gap, class: "quota" }, svg);
      }
      said.forEach((text, k) => { svgEl("text", { x: 8, y: k * (h + gap) + h / 2 + 5, class: "bar-label halo" }, svg).textContent = text; });
      if (r.method === "stv" && r.quota) said.push(ui.text("obs_rounds_quota_line", { quota: fmt(r.quota) }));
      svg.setAttribute("viewBox", "0 0 " + W + " " + Math.max(y - gap, 1));
      svg.setAttribute("aria-label", said.join("; "));
    });
    parent.appendChild(roundsTable(q, rounds, name, votes, delta, action, headingId));
  }

  // roundsTable is the rounds as a table: a row per candidate, a column
  // per round, each cell the votes and the change from the round before.
  function roundsTable(q, rounds, name, votes, delta, action, headingId) {
    const details = document.createElement("details");
    const sum = document.createElement("summary");
    sum.textContent = ui.text("obs_rounds_table");
    details.appendChild(sum);
    const wrap = document.createElement("div");
    wrap.className = "scroll";
    wrap.tabIndex = 0;
    wrap.setAttribute("role", "region");
    wrap.setAttribute("aria-labelledby", headingId);
    const table = document.createElement("table");
    table.className = "rounds";
    table.id = headingId.replace("-h", "-rounds");
    table.createCaption().textContent = ui.text("obs_rounds_caption");
    const hr = table.createTHead().insertRow();
    const corner = document.createElement("th");
    corner.scope = "col";
    corner.textContent = ui.text("obs_rounds_candidate");
    hr.appendChild(corner);
    rounds.forEach((rd, i) => {
      const th = document.createElement("th");
      th.scope = "col";
      th.textContent = action(rd, i);
      hr.appendChild(th);
    });
    const body = table.createTBody();
    const row = (label, cell) => {
      const tr = body.insertRow();
      const th = document.createElement("th");
      th.scope = "row";
      th.textContent = label;
      tr.appendChild(th);
      rounds.forEach((rd, i) => { tr.insertCell().textContent = cell(rd, i); });
    };
    const digits = q.rounds.unit > 1 ? 5 : 0;
    q.options.forEach((o, c) => row(name(c), (rd, i) => {
      const moved = i > 0 ? rd.votes[c] - rounds[i - 1].votes[c] : 0;
      return votes(rd.votes[c], digits) + (moved ? " (" + delta(moved) + ")" : "") + ((rd.elected || []).includes(c) ? " — " + ui.text("obs_round_elected") : "");
    }));
    row(ui.text("obs_rounds_exhausted"), (rd) => votes(rd.exhausted, digits));
    wrap.appendChild(table);
    details.appendChild(wrap);
    return details;
  }

  function result(s) {
    const sec = $("obs-result");
    const t = s.tally;
    if (!t) { sec.hidden = true; return; }
    sec.hidden = false;
    const v = $("obs-verify");
    v.className = "";
    if (!t.verified) ui.say(v, "obs_verifying");
    else if (t.ok) { ui.say(v, "obs_verified_ok", { n: t.counted }); v.className = "ok-text"; }
    else { ui.say(v, "obs_verified_fail"); v.className = "error"; }
    const qs = $("obs-questions");
    clear(qs);
    (t.questions || []).forEach((q, i) => {
      const h = document.createElement("h3");
      h.id = "q" + i + "-h";
      h.textContent = title(q.title);
      qs.appendChild(h);
      if (q.mixed && q.rounds) {
        roundsChart(qs, q, h.id);
        return;
      }
      if (q.mixed) { // ranked or graded: no sums to show (and no zeros)
        const p = document.createElement("p");
        p.className = q.winners ? "" : "hint";
        p.textContent = q.winners ? ui.text("obs_mixed_winners", { names: q.winners.map((c) => title(q.options[c].title)).join(", ") || "—" }) : ui.text("obs_mixed");
        qs.appendChild(p);
        return;
      }
      const svg = svgEl("svg", { class: "chart", role: "img", "aria-labelledby": h.id }, qs);
      const max = Math.max(0, ...q.options.map((o) => o.count));
      bars(svg, q.options.map((o) => ({ label: title(o.title), value: o.count, cls: "ballots", pct: pct(o.count, t.counted) })), max);
      const wrap = document.createElement("div");
      wrap.className = "scroll";
      const table = document.createElement("table");
      table.className = "result";
      const head = table.createTHead().insertRow();
      for (const k of ["obs_option", "obs_count", "obs_share"]) {
        const th = document.createElement("th");
        th.scope = "col";
        th.textContent = ui.text(k);
        head.appendChild(th);
      }
      const body = table.createTBody();
      for (const o of q.options) {
        const tr = body.insertRow();
        const th = document.createElement("th");
        th.scope = "row";
        th.textContent = title(o.title);
        tr.appendChild(th);
        tr.insertCell().textContent = fmt(o.count);
        tr.insertCell().textContent = pct(o.count, t.counted);
      }
      wrap.appendChild(table);
      qs.appendChild(wrap);
      const note = document.createElement("p");
      note.className = "hint";
      note.textContent = ui.text("obs_share_note", { n: fmt(t.counted) });
      qs.appendChild(note);
    });
    const ol = $("obs-checks");
    clear(ol);
    for (const c of t.checks || []) ol.appendChild(checkItem(c.number, c.status, c.detail));
    $("obs-record").hidden = !s.record;
    $("obs-src-site-row").hidden = !s.record;
    if (!document.querySelector('input[name="obs-src"]:checked')) $(s.record ? "obs-src-site" : "obs-src-rpc").checked = true;
  }

  // localVerify checks the election again in this browser with the
  // independent TypeScript verifier (tally/verify/ts, loaded only now),
  // its ballots in Web Workers, from what the observer chose: the site's
  // record, a record file, or the chain through a node's JSON-RPC (which
  // must allow this origin by CORS). It shows each numbered check and
  // the first failure; body.dataset.localVerify ends "ok", "fail" or
  // "error".
  function localVerify(ev) {
    ev.preventDefault();
    const bar = $("obs-local-bar"), st = $("obs-local-status"), ol = $("obs-local-checks");
    const src = (document.querySelector('input[name="obs-src"]:checked') || {}).value;
    const file = $("obs-local-file").files[0];
    const rpc = $("obs-local-rpc").value.trim(), contract = $("obs-local-contract").value.trim();
    st.className = "";
    if (src === "file" && !file) { ui.say(st, "obs_local_need_file"); st.className = "error"; return; }
    if (src === "rpc" && (!/^https?:\/\/./.test(rpc) || !/^0x[0-9a-fA-F]{40}$/.test(contract))) { ui.say(st, "obs_local_need_rpc"); st.className = "error"; return; }
    $("obs-local-run").disabled = true;
    bar.hidden = false;
    bar.removeAttribute("value");
    clear(ol);
    ui.clear(st);
    document.body.dataset.localVerify = "running";
    const lib = $("obs-local-lib");
    const script = document.createElement("script");
    script.src = lib.dataset.src;
    script.integrity = lib.dataset.integrity;
    script.onerror = () => done("error", "obs_local_error", { detail: "verify.js" });
    script.onload = () => {
      const V = window.EvoteVerify;
      const pool = V.webPool(Math.max(1, navigator.hardwareConcurrency || 2), lib.dataset.src, "classic");
      const start = performance.now();
      const opts = {
        checker: pool.checker,
        progress: (n, total) => {
          bar.max = total;
          bar.value = n;
          const s = (performance.now() - start) / 1000;
          ui.say(st, "obs_local_progress", { n: fmt(n), total: fmt(total), left: Math.round((total - n) * s / Math.max(n, 1)) });
        },
      };
      const record = () => fetch("/record").then((r) => (r.ok ? r.body : Promise.reject(new Error("/record: " + r.status))));
      // From the chain, the registration log's entries (the chain holds
      // only their roots) come from the site's record and are checked
      // against the node's roots.
      const log = (id) => record().then((body) => V.recordLog(body)(id));
      const run = src === "rpc" ? V.verifyChain(rpc, contract, { ...opts, rpc: { retries: 2 }, log })
        : src === "file" ? V.verifyRecord(file.stream(), opts)
        : record().then((body) => V.verifyRecord(body, opts));
      run.then((rep) => {
        for (const c of rep.checks) {
          ol.appendChild(checkItem(c.number, c.status === "ok" ? "ok" : c.status === "FAIL" ? "fail" : "not_run", c.detail));
        }
        const bad = rep.checks.find((c) => c.status !== "ok");
        if (!bad) done("ok", "obs_local_ok", { n: fmt(rep.counted), s: Math.round((performance.now() - start) / 1000) });
        else done("fail", "obs_local_fail", { check: bad.number, detail: bad.detail || "" });
      })
        .catch((e) => done("error", e instanceof V.ChainError ? "obs_local_chain_error" : "obs_local_error", { detail: e.message }))
        .finally(() => pool.close());
    };
    document.head.appendChild(script);

    function done(outcome, key, args) {
      ui.say(st, key, args);
      st.className = outcome === "ok" ? "ok-text" : "error";
      bar.hidden = outcome !== "ok";
      $("obs-local-run").disabled = false;
      document.body.dataset.localVerify = outcome;
    }
  }
  $("obs-local-form").addEventListener("submit", localVerify);

  function render() {
    const s = snap;
    if (!s) return;
    $("obs-state").textContent = ui.has("state_" + s.state) ? ui.text("state_" + s.state) : s.state;
    $("obs-state").dataset.state = s.state;
    $("obs-head").textContent = fmt(s.head);
    $("obs-ballots").textContent = fmt(s.ballots);
    $("obs-tokens").textContent = fmt(s.count ? s.count.tokens : 0);
    if (s.count) ui.say($("obs-tokens-at"), "obs_as_of", { block: s.count.block }); else ui.clear($("obs-tokens-at"));
    $("obs-voters").textContent = s.voters ? fmt(s.voters) : ui.text("obs_unknown");
    turnout(s);
    turnoutText(s);
    count(s);
    history(s);
    result(s);
  }
  document.addEventListener("evoteLang", render);
  let resized = 0;
  window.addEventListener("resize", () => { clearTimeout(resized); resized = setTimeout(render, 100); });

  const show = (s) => { snap = s; render(); };
  const live = (key) => { if ($("obs-live").dataset.i18n !== key) ui.say($("obs-live"), key); document.body.dataset.live = key; };

  // poll is the fallback: the JSON endpoint every 3 seconds.
  let polling = false;
  function poll() {
    if (polling) return;
    polling = true;
    const once = () => fetch("/api/observer", { cache: "no-store" })
      .then((r) => (r.ok ? r.json() : Promise.reject(r.status)))
      .then((s) => { show(s); live("obs_polling"); })
      .catch(() => live("obs_offline"))
      .finally(() => setTimeout(once, 3000));
    once();
  }

  function connect() {
    let ws;
    try {
      ws = new WebSocket((location.protocol === "https:" ? "wss://" : "ws://") + location.host + "/api/observer/ws");
    } catch (e) { poll(); return; }
    let opened = false;
    ws.onopen = () => { opened = true; live("obs_live"); };
    ws.onmessage = (ev) => { try { show(JSON.parse(ev.data)); } catch (e) { /* ignore a bad message */ } };
    ws.onclose = () => {
      if (!opened) { poll(); return; } // no socket here: poll
      if (!polling) { live("obs_offline"); setTimeout(connect, 2000); }
    };
  }
  connect();
})();
