/* Tillit i praksis: the front page. The assignments at the top (#tip-assignment-banner), the
 * status summary (#tip-progress-summary), and in each module card the build made (#tip-modules):
 * the status in words, a progress bar for questions answered and reflections ticked, and the
 * deadline of an assignment that names the module. Without storage nothing claims a status: the
 * summary says that progress is not kept, and the cards stay a plain list of links. */
(function () {
  "use strict";
  var tip = window.tip;
  var el = tip.el;
  var NO_STORAGE = "Nettleseren din lar ikke kurset lagre noe (for eksempel i privat modus). Du kan ta kurset, men framdriften blir ikke husket.";

  /* module id -> the earliest deadline of the assignments that name it */
  function deadlines(assignments) {
    var by = {};
    assignments.forEach(function (a) {
      if (!a.deadline) return;
      a.modules.forEach(function (id) {
        if (!by[id] || a.deadline < by[id]) by[id] = a.deadline;
      });
    });
    return by;
  }

  function drawBanner(root, course, redraw) {
    root.textContent = "";
    tip.assignments.list().forEach(function (a) {
      var box = tip.assignments.render(a, course, 2);
      var remove = el("button", "md-button tip-assignment__remove", "Fjern oppdraget");
      remove.type = "button";
      remove.addEventListener("click", function () {
        tip.assignments.remove(a);
        redraw();
        var next = document.querySelector("#tip-assignment-banner .tip-assignment__remove, #tip-continue a");
        if (next) next.focus();
      });
      box.appendChild(remove);
      root.appendChild(box);
    });
  }

  function drawCard(card, module, s, deadline) {
    var old = card.querySelector(".tip-module-card__progress");
    if (old) old.remove();
    var box = el("div", "tip-module-card__progress");
    var line = el("p", "tip-module-card__status");
    var label = el("strong", null, s.label);
    label.setAttribute("data-tip-status", s.status);
    var count = el("span", "tip-module-card__count", s.answered + " av " + s.total + " spørsmål, " + s.reflectionsDone + " av " + s.reflectionsTotal + " refleksjoner");
    count.id = "tip-count-" + module.id;
    line.appendChild(label);
    line.appendChild(document.createTextNode(" "));
    line.appendChild(count);
    box.appendChild(line);
    var total = s.total + s.reflectionsTotal;
    var bar = el("progress", "tip-module-card__bar");
    bar.max = total || 1;
    bar.value = total ? s.answered + s.reflectionsDone : s.status === "completed" ? 1 : 0;
    bar.setAttribute("aria-label", "Framdrift i " + module.title);
    bar.setAttribute("aria-describedby", "tip-count-" + module.id);
    box.appendChild(bar);
    if (deadline && s.status !== "completed") {
      var d = tip.assignments.deadlineText(deadline);
      box.appendChild(el("p", "tip-module-card__deadline" + (d.passed ? " tip-module-card__deadline--passed" : ""), d.text));
    }
    card.appendChild(box);
  }

  function draw(summary, course) {
    var redraw = function () {
      draw(summary, course);
    };
    var banner = document.getElementById("tip-assignment-banner");
    if (banner) drawBanner(banner, course, redraw);
    var cards = document.querySelectorAll("#tip-modules [data-tip-module]");
    if (!tip.store.available()) {
      summary.textContent = NO_STORAGE;
      cards.forEach(function (card) {
        var old = card.querySelector(".tip-module-card__progress");
        if (old) old.remove();
      });
      return;
    }
    var statuses = course.modules.map(tip.progress.status);
    var done = statuses.filter(function (s) {
      return s.status === "completed";
    }).length;
    summary.textContent = "Du har fullført " + done + " av " + statuses.length + " moduler.";
    var due = deadlines(tip.assignments.list());
    cards.forEach(function (card) {
      var id = card.getAttribute("data-tip-module");
      var i = course.modules.map(function (m) {
        return m.id;
      }).indexOf(id);
      if (i >= 0) drawCard(card, course.modules[i], statuses[i], due[id]);
    });
  }

  tip.progress.mount("tip-progress-summary", draw, "Framdriften kunne ikke vises.", true);
})();
