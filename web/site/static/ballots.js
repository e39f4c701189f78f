// The public list of ballots: a page of /api/ballots (by number, or the
// trackers that begin with a prefix), chosen by this page's own query
// (after, prefix), so that every page has an address to share.
"use strict";
(() => {
  const ui = window.evoteUI;
  const $ = (id) => document.getElementById(id);
  const params = new URLSearchParams(location.search);
  const prefix = params.get("prefix") || "";
  const status = $("ballots-status");
  const fmt = (n) => Number(n).toLocaleString(ui.lang === "ru" ? "ru-RU" : "en-GB");
  $("ballots-prefix").value = prefix;
  const here = (extra) => {
    const q = new URLSearchParams();
    for (const k in extra) q.set(k, extra[k]);
    for (const k of ["limit", "prefix"]) if (params.get(k)) q.set(k, params.get(k));
    const s = q.toString();
    return "/ballots" + (s ? "?" + s : "");
  };
  $("ballots-first").href = here({});

  function show(page) {
    const tbody = $("ballots-table").tBodies[0];
    tbody.textContent = "";
    for (const b of page.ballots) {
      const tr = tbody.insertRow();
      tr.insertCell().textContent = fmt(b.seq + 1);
      const a = document.createElement("a");
      a.href = "/track?tracker=" + encodeURIComponent(b.tracker);
      a.className = "code";
      a.textContent = b.tracker;
      tr.insertCell().appendChild(a);
      tr.insertCell().textContent = b.block;
      tr.insertCell().textContent = b.index;
    }
    const n = page.ballots.length;
    if (prefix) ui.say(status, n ? "ballots_found" : "ballots_none", { prefix, n: fmt(n), total: fmt(page.total) });
    else if (n) ui.say(status, "ballots_range", { from: fmt(page.ballots[0].seq + 1), to: fmt(page.ballots[n - 1].seq + 1), total: fmt(page.total) });
    else ui.say(status, "ballots_empty", { total: fmt(page.total) });
    $("ballots-next").hidden = !page.next;
    if (page.next) $("ballots-next").href = here({ after: page.next });
    document.body.dataset.loaded = "true";
  }

  const q = new URLSearchParams();
  for (const k of ["after", "prefix", "limit"]) if (params.get(k)) q.set(k, params.get(k));
  fetch("/api/ballots?" + q.toString())
    .then((r) => r.json().then((body) => ({ ok: r.ok, body })))
    .then(({ ok, body }) => {
      if (ok) return show(body);
      ui.say(status, body.error === "bad_prefix" ? "ballots_bad_prefix" : body.error === "chain_unavailable" ? "err_chain_unavailable" : "ballots_bad_query");
      status.className = "error";
      document.body.dataset.loaded = "error";
    })
    .catch(() => { ui.say(status, "err_chain_unavailable"); status.className = "error"; document.body.dataset.loaded = "error"; });
})();
