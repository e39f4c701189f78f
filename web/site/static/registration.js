// The voter's check of the registration log (docs/protocol.md, "The
// voter's check"): the voter types their voter id and code; the page
// computes their leaf here (Argon2id, verify.js: tally/verify/ts
// src/reglog.ts), downloads from the registrar (another origin, the
// body's data-registrar) the whole log for a small roll or else the one
// bucket of the leaf's first byte, and checks every part against the
// roots the registrar posted on chain, read by this site's server
// (GET /api/registration-log), not against the registrar's word. It
// says whether the voter's entry is on the committed roll and in which
// posted interval, if any, a token was issued in their name.
//
// The voter id and the code are sent nowhere: the inputs have no name
// (a form sent without this script carries nothing), no request names
// them, and the code stays in this page's memory. The registrar learns
// the bucket (one of 256), or nothing when the whole log is fetched.
"use strict";
(() => {
  const ui = window.evoteUI;
  const R = window.EvoteVerify.reglog;
  const $ = (id) => document.getElementById(id);
  const status = $("reg-status");
  const error = $("reg-error");
  const wholeLogMax = Number($("reg").dataset.wholeLogMax);
  let shown; // the last result, redrawn on a language switch

  // Refused: the registrar's answer does not match the chain.
  class Refused extends Error {}
  // Stop: the check cannot run now; key says why.
  class Stop extends Error {
    constructor(key) {
      super(key);
      this.key = key;
    }
  }
  const refuse = () => { throw new Refused(); };

  // bytes decodes lowercase hex of n bytes (any length if n is undefined).
  const bytes = (s, n) => {
    if (typeof s !== "string" || !/^(?:[0-9a-f]{2})*$/.test(s) || (n !== undefined && s.length !== 2 * n)) refuse();
    const out = new Uint8Array(s.length / 2);
    for (let i = 0; i < out.length; i++) out[i] = parseInt(s.substr(2 * i, 2), 16);
    return out;
  };
  const same = (a, b) => a.length === b.length && a.every((x, i) => x === b[i]);

  const readChain = async () => {
    const r = await fetch("/api/registration-log").catch(() => null);
    if (!r || !r.ok) throw new Stop("reg_chain_unavailable");
    return r.json();
  };

  // fetchLog asks the registrar for part of the log: "all" or a bucket.
  const fetchLog = async (electionID, part) => {
    const base = document.body.dataset.registrar;
    if (!base) throw new Stop("reg_no_registrar");
    const r = await fetch(base + "/v1/elections/" + electionID + "/log/" + part,
      { credentials: "omit", referrerPolicy: "no-referrer" }).catch(() => null);
    if (!r || !r.ok) throw new Stop("reg_registrar_unavailable");
    return r.json().catch(refuse);
  };

  // entries decodes a list of at most max entries.
  const entries = (list, max) => (Array.isArray(list) && list.length <= max ? list.map((e) => bytes(e)) : refuse());

  // size is the number of issuances of interval k on chain.
  const size = (chain, k) => chain.intervals[k].count - (k ? chain.intervals[k - 1].count : 0);

  // intervals are the registrar's intervals that the chain has posted, in
  // order, each with the count the chain has (later ones, posted after
  // the site read the chain, are left out).
  const intervals = (chain, data) => {
    if (!Array.isArray(data.intervals)) refuse();
    if (data.intervals.length < chain.intervals.length) throw new Stop("reg_incomplete");
    return chain.intervals.map((post, k) => (data.intervals[k] && data.intervals[k].count === post.count ? data.intervals[k] : refuse()));
  };

  // whole checks the whole log: each list hashes to its root on chain
  // and has the number of entries the chain says. It returns the lists
  // searched: the roll's and each interval's.
  const whole = (chain, data) => {
    const rooted = (es, root, n) => {
      let got;
      try {
        got = R.root(es);
      } catch (e) { // a malformed entry or a leaf twice
        refuse();
      }
      return es.length === n && same(got, bytes(root, 32)) ? es : refuse();
    };
    const roll = rooted(entries(data.roll && data.roll.entries, chain.roll.count), chain.roll.root, chain.roll.count);
    const ivs = intervals(chain, data).map((iv, k) => rooted(entries(iv.entries, size(chain, k)), chain.intervals[k].root, size(chain, k)));
    return { roll, ivs };
  };

  // bucket checks bucket b of every list against its root on chain with
  // the path the registrar sent.
  const bucket = (chain, data, b) => {
    if (data.bucket !== b) refuse();
    const part = (p, root, max) => {
      const es = entries(p && p.entries, max);
      const path = Array.isArray(p.path) && p.path.length === 8 ? p.path.map((h) => bytes(h, 32)) : refuse();
      return R.verifyBucket(b, es, path, bytes(root, 32)) ? es : refuse();
    };
    const roll = part(data.roll, chain.roll.root, chain.roll.count);
    const ivs = intervals(chain, data).map((iv, k) => part(iv, chain.intervals[k].root, size(chain, k)));
    return { roll, ivs };
  };

  // checked runs a check of the registrar's answer: whatever fails in it
  // (a field missing, of another type) refuses the answer.
  const checked = (f) => {
    try {
      return f();
    } catch (e) {
      if (e instanceof Stop) throw e;
      throw new Refused();
    }
  };

  // find is the entry of es whose leaf is leaf, if any.
  const find = (es, leaf) => {
    const e = es.find((x) => same(x.subarray(0, 32), leaf));
    return e && R.parseEntry(e);
  };

  // check runs the whole check and returns what draw shows.
  const check = async (voter, code) => {
    ui.say(status, "reg_reading");
    const chain = await readChain();
    if (!chain.roll) throw new Stop("reg_no_roll");
    ui.say(status, "reg_computing");
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))); // show it before Argon2id runs
    const leaf = R.leaf(code, bytes(chain.election_id.replace(/^0x/, ""), 32), voter);
    ui.say(status, "reg_fetching");
    const all = chain.roll.count <= wholeLogMax;
    const b = leaf[0];
    const data = await fetchLog(chain.election_id, all ? "all" : b.toString(16).padStart(2, "0"));
    const lists = checked(() => (all ? whole(chain, data) : bucket(chain, data, b)));
    return {
      chain, all, bucket: b, groupSize: lists.roll.length,
      entry: find(lists.roll, leaf),
      issued: lists.ivs.flatMap((es, k) => (find(es, leaf) ? [k] : [])),
    };
  };

  // when is a post's time in the voter's language and time zone; the
  // date too unless it is today.
  const when = (seconds) => {
    const d = new Date(seconds * 1000);
    const opts = { hour: "2-digit", minute: "2-digit" };
    if (d.toDateString() !== new Date().toDateString()) Object.assign(opts, { day: "numeric", month: "long" });
    return new Intl.DateTimeFormat(ui.lang === "ru" ? "ru-RU" : "en-GB", opts).format(d);
  };

  const para = (parent, key, args) => {
    const p = document.createElement("p");
    p.textContent = ui.text(key, args);
    parent.append(p);
    return p;
  };

  // box replaces the content of el with a coloured box of paragraphs.
  const box = (el, kind, lines) => {
    el.textContent = "";
    el.className = kind;
    for (const [key, args] of lines) para(el, key, args);
  };

  const draw = () => {
    const s = shown;
    const c = s.chain;
    const posted = c.committed ? "" : "_posted";
    if (s.entry) {
      box($("reg-roll"), "ok", [[!c.committed ? "reg_roll_posted" : s.entry.district ? "reg_roll_ok_district" : "reg_roll_ok", { district: s.entry.district }]]);
    } else {
      box($("reg-roll"), "error", [["reg_roll_missing" + posted]]);
    }
    const last = c.intervals[c.intervals.length - 1];
    if (s.issued.length) {
      const lines = s.issued.map((k) => ["reg_issued", { time: when(c.intervals[k].time) }]);
      lines.push(["reg_issued_alarm"]);
      if (s.issued.length > 1) lines.push(["reg_issued_twice"]);
      box($("reg-token"), s.issued.length > 1 ? "error" : "notice", lines);
    } else if (!last) {
      box($("reg-token"), "notice", [["reg_no_posts"]]);
    } else {
      box($("reg-token"), s.entry ? "ok" : "notice", [[last.final ? "reg_not_issued_final" : "reg_not_issued", { time: when(last.time) }]]);
    }
    const how = $("reg-how-list");
    how.textContent = "";
    const item = (key, args) => {
      const li = document.createElement("li");
      li.textContent = ui.text(key, args);
      how.append(li);
    };
    item("reg_how_leaf");
    if (s.all) item("reg_how_all");
    else item("reg_how_bucket", { bucket: s.bucket, n: s.groupSize });
    const posts = last ? ui.text("reg_how_posts", { n: c.intervals.length, block: last.block }) : ui.text("reg_how_no_posts");
    item("reg_how_chain", { count: c.roll.count, block: c.roll.block, posts });
    $("reg-result").hidden = false;
  };

  // invalid marks an input and says why.
  const invalid = (input, key) => {
    input.setAttribute("aria-invalid", "true");
    ui.say(error, key);
    input.focus();
  };

  $("reg-form").addEventListener("submit", async (ev) => {
    ev.preventDefault();
    const voterInput = $("reg-voter");
    const codeInput = $("reg-code");
    voterInput.removeAttribute("aria-invalid");
    codeInput.removeAttribute("aria-invalid");
    ui.clear(error);
    $("reg-result").hidden = true;
    const voter = voterInput.value.trim();
    const code = R.normalizeCode(codeInput.value);
    if (!voter) return invalid(voterInput, "err_missing");
    if (!R.validVoterId(voter)) return invalid(voterInput, "reg_bad_voter");
    if (!code) return invalid(codeInput, codeInput.value.trim() ? "err_code_format" : "err_missing");
    $("reg-submit").disabled = true;
    try {
      shown = await check(voter, code);
      ui.clear(status);
      draw();
      $("reg-result").focus();
    } catch (e) {
      ui.clear(status);
      ui.say(error, e instanceof Refused ? "reg_refused" : e instanceof Stop ? e.key : "err_generic");
    } finally {
      $("reg-submit").disabled = false;
    }
  });
  document.addEventListener("evoteLang", () => { if (shown && !$("reg-result").hidden) draw(); });
})();
