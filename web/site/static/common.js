// Shared by the site's pages: texts in Russian and English, switched
// without reloading (so a vote in progress is kept).
"use strict";
window.evoteUI = (() => {
  const texts = JSON.parse(document.getElementById("texts").textContent);
  const ui = { lang: document.documentElement.lang || "ru" };

  // text is the text of key in the current language, with {name} replaced.
  ui.text = (key, args) => {
    const t = (texts[key] || texts.err_generic)[ui.lang];
    return t.replace(/\{(\w+)\}/g, (m, name) => (args && name in args ? String(args[name]) : m));
  };
  ui.has = (key) => key in texts;

  // say shows a text in el and keeps it translated on a language switch.
  ui.say = (el, key, args) => {
    el.dataset.i18n = key;
    if (args) el.dataset.args = JSON.stringify(args); else delete el.dataset.args;
    el.textContent = ui.text(key, args);
    el.hidden = false;
  };
  // raw shows a sentence that is already in the voter's language.
  ui.raw = (el, text) => {
    delete el.dataset.i18n;
    delete el.dataset.args;
    el.textContent = text;
    el.hidden = false;
  };
  ui.clear = (el) => { delete el.dataset.i18n; el.textContent = ""; el.hidden = true; };

  ui.setLang = (lang) => {
    ui.lang = lang;
    document.documentElement.lang = lang;
    document.cookie = "lang=" + lang + "; path=/; max-age=31536000; samesite=strict";
    document.querySelectorAll("[data-i18n]").forEach((el) => {
      el.textContent = ui.text(el.dataset.i18n, el.dataset.args && JSON.parse(el.dataset.args));
    });
    document.querySelectorAll("[data-lang]").forEach((a) => {
      if (a.dataset.lang === lang) a.setAttribute("aria-current", "true"); else a.removeAttribute("aria-current");
    });
    document.dispatchEvent(new Event("evoteLang"));
  };
  document.querySelectorAll("[data-lang]").forEach((a) => a.addEventListener("click", (ev) => {
    ev.preventDefault();
    ui.setLang(a.dataset.lang);
  }));
  return ui;
})();
