// The "find my ballot" page: looks a tracker code up on chain (through
// the site's index of the contract's ballots), and, if it is not there
// yet, asks the relay (another origin, named by the page's
// data-relay) whether it holds it. A ballot found gets its receipt.
"use strict";
(() => {
  const ui = window.evoteUI;
  const $ = (id) => document.getElementById(id);
  const out = $("track-result");

  // receipt shows the receipt of a ballot found (web/site/receipt).
  const receipt = (tracker) => {
    $("track-receipt").hidden = false;
    window.evoteReceipt.render($("track-receipt"), tracker);
  };

  const lookup = async (code) => {
    $("track-receipt").hidden = true;
    const chain = await fetch("/api/ballots/" + encodeURIComponent(code));
    if (chain.status === 400) return ui.say(out, "track_bad");
    if (chain.ok) {
      const b = await chain.json();
      receipt(b.tracker);
      return ui.say(out, "track_found", { tracker: b.tracker, block: b.block, tx: b.tx });
    }
    if (chain.status !== 404) return ui.say(out, "err_chain_unavailable");
    const relay = await fetch(document.body.dataset.relay + "/v1/casts/" + encodeURIComponent(code) + "?lang=" + ui.lang,
      { credentials: "omit" }).catch(() => null);
    const u = relay && relay.ok ? await relay.json() : null;
    if (u && u.status === "accepted") {
      receipt(u.tracker);
      return ui.say(out, "track_pending", { tracker: u.tracker });
    }
    ui.say(out, "track_not_found", { tracker: code });
  };

  $("track-form").addEventListener("submit", (ev) => {
    ev.preventDefault();
    const code = $("tracker-input").value.trim();
    if (!code) return ui.say(out, "track_bad");
    $("track-submit").disabled = true;
    lookup(code).catch(() => ui.say(out, "err_generic")).finally(() => { $("track-submit").disabled = false; });
  });

  const given = new URLSearchParams(location.search).get("tracker");
  if (given) {
    $("tracker-input").value = given;
    $("track-form").requestSubmit();
  }
})();
