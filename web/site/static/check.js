// The Benaloh check on another device: the voter pastes the opened ballot
// the booth showed (docs/protocol.md, section 11), and the TypeScript
// verifier (verify.js, tally/verify/ts: its own ristretto255, ElGamal and
// proofs, nothing of the booth's WebAssembly) checks it against the
// election this site reads from the chain: the manifest must hash to the
// election id, every ciphertext must be the encryption of the revealed
// value (a choice, a rank, a grade) with the revealed randomness, the
// answer must keep its question's rule, and the proofs must verify. The
// page says which options, ranks or grades the ballot encrypts, or what
// does not match.
"use strict";
(() => {
  const ui = window.evoteUI;
  const $ = (id) => document.getElementById(id);
  let site; // {election, manifest} from /api/election, once loaded
  let shown; // the last result, re-drawn on a language switch

  const title = (t) => t[ui.lang] || t.ru;

  // valueText names a value of question q's option: chosen or not, a
  // rank or none, a grade or none.
  const valueText = (q, v) => {
    if (q.type === "ranked") return v ? ui.text("opened_rank", { n: v }) : ui.text("opened_unranked");
    if (q.type === "graded") return v ? ui.text("opened_grade", { grade: title(q.grades[v - 1]) }) : ui.text("opened_no_grade");
    return ui.text(v ? "opened_chosen" : "opened_not_chosen");
  };

  // answerText is what an answer says: the chosen options, the ranked
  // candidates in order of rank, or each graded one with its grade.
  const answerText = (q, values) => {
    const named = q.options.map((o, i) => ({ name: title(o.title), v: values[i] })).filter((x) => x.v);
    if (q.type === "ranked") {
      return named.length ? named.sort((a, b) => a.v - b.v).map((x) => x.v + ". " + x.name).join(", ") : ui.text("opened_none_ranked");
    }
    if (q.type === "graded") {
      return named.length ? named.map((x) => x.name + ": " + title(q.grades[x.v - 1])).join(", ") : ui.text("opened_none_graded");
    }
    return named.length ? named.map((x) => x.name).join(", ") : ui.text("no_choice");
  };

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
          choice: valueText(qs[p.question - 1], p.value),
        });
      case "rules": {
        const type = qs[p.question - 1].type;
        return ui.text(type ? "opened_p_rules_" + type : "opened_p_rules", { q: p.question, question: title(qs[p.question - 1].title), n: p.chosen, min: p.min, max: p.max });
      }
      case "ranks":
        return ui.text("opened_p_ranks", { q: p.question, question: title(qs[p.question - 1].title) });
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
      ? site.manifest.questions.map((q, qi) => title(q.title) + " — " + answerText(q, res.values[qi]))
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
