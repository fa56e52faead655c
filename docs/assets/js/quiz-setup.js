/* Tillit i praksis: set-up that must run before mkdocs-quiz's inline scripts (loaded in <head>
 * on quiz pages only).
 * - No confetti for learners who ask the system for reduced motion.
 * - The confetti canvas, which mkdocs-quiz appends to <body>, is moved into <main> (a landmark)
 *   and hidden from assistive technology: it is decoration.
 * - Feedback names the option it answers in full: mkdocs-quiz cuts that name after 30 characters
 *   (keeping the whole in its title), which on a phone leaves the learner guessing.
 * - A module page hides its questions until attempts.js has drawn the learner's (tip-drawing). */
(function () {
  "use strict";
  document.documentElement.classList.add("tip-drawing");
  var reduced = window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)").matches;

  Object.defineProperty(window, "mkdocsQuizConfig", {
    configurable: true,
    set: function (config) {
      if (reduced && config) config.confetti = false;
      Object.defineProperty(window, "mkdocsQuizConfig", { value: config, writable: true, configurable: true });
    },
  });

  new MutationObserver(function (changes) {
    changes.forEach(function (change) {
      change.addedNodes.forEach(function (node) {
        if (node.querySelectorAll) {
          node.querySelectorAll(".quiz-feedback-badge[title]").forEach(function (badge) {
            badge.textContent = badge.getAttribute("title");
          });
        }
        if (node.nodeName !== "CANVAS" || node.parentNode !== document.body) return;
        var main = document.querySelector("main");
        node.setAttribute("aria-hidden", "true");
        if (main) main.appendChild(node);
      });
    });
  }).observe(document.documentElement, { childList: true, subtree: true });
})();
