/* Tillit i praksis: a knowledge check's verdict in words (WCAG 1.4.1 and 4.1.3).
 * mkdocs-quiz shows right and wrong with colour and strike-through, and the feedback of the
 * option chosen. Here, after each answer:
 * - the quiz's status line (.tip-quiz-verdict, role="status", written by the build) says
 *   "Riktig." or "Ikke riktig.", and after a wrong answer names the right option or options in
 *   words where the quiz shows them (data-show-correct);
 * - every option mkdocs-quiz marks right or wrong says so in its label, also when saved answers
 *   are shown again. Works for quizzes added later too (Repetisjon). */
(function () {
  "use strict";
  var tip = window.tip;

  /* An option's own words: its label without the mark this script adds. */
  function label(input) {
    var l = input.parentElement && input.parentElement.querySelector("label");
    if (!l) return "";
    var copy = l.cloneNode(true);
    copy.querySelectorAll(".tip-option-mark").forEach(function (m) {
      m.remove();
    });
    return copy.textContent.trim();
  }

  function listed(names) {
    if (names.length < 2) return names.join("");
    return names.slice(0, -1).map(quoted).join(", ") + tip.t("quiz.and") + quoted(names[names.length - 1]);
  }

  function quoted(name) {
    return tip.t("quiz.quoted", { name: name });
  }

  function verdict(quiz) {
    var inputs = Array.prototype.slice.call(quiz.querySelectorAll("fieldset input"));
    var chosen = inputs.filter(function (i) {
      return i.checked;
    });
    var right = inputs.filter(function (i) {
      return i.hasAttribute("data-correct");
    });
    var ok =
      chosen.length === right.length &&
      chosen.every(function (i) {
        return i.hasAttribute("data-correct");
      });
    if (ok) return tip.t("quiz.right");
    if (!quiz.hasAttribute("data-show-correct")) return tip.t("quiz.wrong-retry");
    var names = right.map(label);
    if (names.length === 1) return tip.t("quiz.right-option", { options: names[0] });
    return tip.t("quiz.right-options", { options: listed(names) });
  }

  /* The words an option's mark adds to its label, for the class mkdocs-quiz gave its box. */
  function mark(box) {
    var l = box.querySelector(":scope > label");
    if (!l) return;
    var text = box.classList.contains("wrong") ? tip.t("quiz.mark-wrong") : box.classList.contains("correct") ? tip.t("quiz.mark-right") : "";
    var span = l.querySelector(".tip-option-mark");
    if (!text) {
      if (span) span.remove();
      return;
    }
    if (!span) {
      span = tip.el("span", "tip-option-mark");
      l.appendChild(span);
    }
    if (span.textContent !== " (" + text + ")") span.textContent = " (" + text + ")";
  }

  /* In the capture phase: mkdocs-quiz's own listener stops the event on the form. The verdict
   * comes from the options themselves (data-correct), not from mkdocs-quiz's classes. */
  document.addEventListener(
    "submit",
    function (e) {
      var quiz = e.target && e.target.closest && e.target.closest(".quiz");
      var line = quiz && quiz.querySelector(".tip-quiz-verdict");
      if (!line || !quiz.querySelector("fieldset input:checked")) return; /* nothing answered */
      var say = verdict(quiz);
      line.textContent = "";
      window.setTimeout(function () {
        line.textContent = say; /* a change a screen reader announces, also the same text twice */
      }, 50);
    },
    true
  );

  new MutationObserver(function (changes) {
    changes.forEach(function (change) {
      var box = change.target;
      if (box.parentElement && box.parentElement.tagName === "FIELDSET" && box.closest(".quiz")) mark(box);
    });
  }).observe(document.documentElement, { attributes: true, attributeFilter: ["class"], subtree: true });

  /* A retry (mkdocs-quiz's "Prøv igjen") clears the verdict with the marks. */
  document.addEventListener("click", function (e) {
    var t = e.target;
    var quiz = t && t.closest && t.closest(".quiz");
    if (quiz && t.closest(".quiz-reset-button")) {
      var line = quiz.querySelector(".tip-quiz-verdict");
      if (line) line.textContent = "";
    }
  });
})();
