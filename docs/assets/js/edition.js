/* Tillit i praksis: the two editions (Bokmål at the root, Nynorsk under nn/) share one learner
 * record. Runs in <head>, before mkdocs-quiz reads its saved answers.
 *
 * Every key of the course's own is the same in both editions (a translated question answers to
 * its Bokmål fingerprint, hooks/course/parity.py). mkdocs-quiz alone keys its answers by the
 * page's path: this script copies a page's answers to its twin in the other edition whenever
 * they change, and, on a page with none, takes the twin's. The language switch
 * (a.tip-edition__link, hooks/tip/editions.py) remembers the learner's choice of edition, and the
 * front page offers the other edition to a browser that prefers it. */
(function () {
  "use strict";
  var tip = window.tip; /* tip.key: assets/js/store.js, before this script (overrides/main.html) */
  var CHOICE = tip.key("edition");

  function storage() {
    try {
      return window.localStorage;
    } catch {
      return null;
    }
  }

  /* The twin page's path: from <meta name="tip-twin"> (hooks/tip/editions.py). */
  function twinPath() {
    var meta = document.querySelector('meta[name="tip-twin"]');
    return meta ? new URL(meta.getAttribute("content"), window.location.href).pathname : null;
  }

  function copy(from, to) {
    var s = storage();
    if (!s || !from || !to) return;
    try {
      var value = s.getItem(tip.key("answers", from));
      if (value === null) s.removeItem(tip.key("answers", to));
      else s.setItem(tip.key("answers", to), value);
    } catch {
      /* storage full or gone: the other edition keeps what it had */
    }
  }

  var here = window.location.pathname;
  var twin = twinPath();
  var s = storage();
  try {
    if (s && twin && s.getItem(tip.key("answers", here)) === null && s.getItem(tip.key("answers", twin)) !== null) copy(twin, here);
  } catch {
    /* no storage: nothing to share */
  }

  /* mkdocs-quiz saves while it handles a submit or a reset; copy once it has. */
  function later() {
    window.setTimeout(function () {
      copy(here, twin);
    }, 0);
  }
  document.addEventListener("submit", later, true);
  document.addEventListener(
    "click",
    function (event) {
      var target = event.target;
      if (!(target instanceof Element)) return;
      if (target.closest(".quiz-reset-button, .quiz-intro-reset")) later();
      var link = target.closest("a.tip-edition__link");
      if (link && s) {
        try {
          s.setItem(CHOICE, JSON.stringify(link.getAttribute("data-tip-edition")));
        } catch {
          /* not remembered */
        }
      }
    },
    true
  );
  window.addEventListener("pagehide", function () {
    copy(here, twin);
  });

  /* The front page: offer the other edition where the learner chose it, or, before any choice,
   * the Nynorsk one where the browser prefers Nynorsk (Bokmål is where everyone starts). */
  document.addEventListener("DOMContentLoaded", function () {
    var offer = document.querySelector(".tip-edition-offer");
    if (!offer) return;
    var other = offer.getAttribute("data-tip-edition");
    var chosen;
    try {
      chosen = s ? JSON.parse(s.getItem(CHOICE)) : null;
    } catch {
      chosen = null;
    }
    var preferred = (navigator.languages || [navigator.language || ""]).some(function (l) {
      return String(l).toLowerCase().split("-")[0] === other;
    });
    if (chosen === other || (chosen === null && preferred && other === "nn")) offer.hidden = false;
  });
})();
