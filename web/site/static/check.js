// The Benaloh check on another device: the voter pastes the opened ballot
// the booth showed (docs/protocol.md, section 11), and the TypeScript
// verifier (verify.js, tally/verify/ts: its own ristretto255, ElGamal and
// proofs, nothing of the booth's WebAssembly) checks it against the
// election this site reads from the chain: the manifest must hash to the
// election id, every ciphertext must be the encryption of the revealed
// choice with the revealed randomness, and the proofs must verify. The
// page says which options the ballot encrypts, or what does not match.
"use strict";
(() => {
  const ui = window.evoteUI;
  const $ = (id) => document.getElementById(id);
  let site; // {election, manifest} from /api/election, once loaded
  let shown; // the last result, re-drawn on a language switch

  const title = (t) => t[ui.lang] || t.ru;

  const loadElection = async () => {
    if (site) return site;
    const r = await fetch("/api/election");
    if (!r.ok) throw new Error("election");
    site = EvoteVerify.siteElection(await r.json());
    return site;
  };

  // problemText is the sentence for one problem the checker found.
  const problemText = (p) => {
    const qs = site.manifest.questions;
    switch (p.code) {
      case "mismatch":
        return ui.text("opened_p_mismatch", {
          q: p.question, question: title(qs[p.question - 1].title),
          option: title(qs[p.question - 1].options[p.option - 1].title),
          choice: ui.text(p.chosen ? "opened_chosen" : "opened_not_chosen"),
        });
      case "rules":
        return ui.text("opened_p_rules", { q: p.question, question: title(qs[p.question - 1].title), n: p.chosen, min: p.min, max: p.max });
      default:
        return ui.text("opened_p_" + p.code.replace("-", "_"));
    }
  };

  const draw = () => {
    const res = shown;
    const list = $("check-list");
    list.textContent = "";
    $("check-verdict").className = res.ok ? "ok-text" : "error";
    ui.say($("check-verdict"), res.ok ? "opened_ok" : "opened_bad");
    $("check-tracker").textContent = res.tracker || "—";
    const items = res.ok
      ? site.manifest.questions.map((q, qi) => {
        const picked = q.options.filter((o, oi) => res.choices[qi][oi]).map((o) => title(o.title));
        return title(q.title) + " — " + (picked.length ? picked.join(", ") : ui.text("no_choice"));
      })
      : res.problems.map(problemText);
    for (const text of items) {
      const li = document.createElement("li");
      li.textContent = text;
      list.append(li);
    }
    $("check-result").hidden = false;
  };

  $("check-form").addEventListener("submit", async (ev) => {
    ev.preventDefault();
    const text = $("opened-input").value.trim();
    $("check-result").hidden = true;
    if (!text) return ui.say($("check-status"), "opened_empty");
    $("check-submit").disabled = true;
    ui.say($("check-status"), "opened_running");
    try {
      const s = await loadElection();
      shown = EvoteVerify.checkOpened(s.election, text);
      ui.clear($("check-status"));
      draw();
      $("check-result").focus();
    } catch (e) {
      ui.say($("check-status"), "opened_no_election");
    } finally {
      $("check-submit").disabled = false;
    }
  });
  document.addEventListener("evoteLang", () => { if (shown) draw(); });
})();
