/* Tillit i praksis: "Din framdrift" on the front page: each module's status, what is left, the
 * certificate when everything is done, and the assignments the learner has received. */
(function () {
  "use strict";
  var tip = window.tip;
  var el = tip.el;

  function draw(root, course) {
    var statuses = course.modules.map(tip.progress.status);
    var done = statuses.filter(function (s) {
      return s.status === "completed";
    }).length;
    root.textContent = "";
    if (!tip.store.available()) {
      root.appendChild(el("p", "tip-notice", "Nettleseren din lar ikke kurset lagre noe (for eksempel i privat modus). Du kan ta kurset, men framdriften blir ikke husket."));
    }
    root.appendChild(el("p", "tip-dashboard__summary", "Du har fullført " + done + " av " + statuses.length + " moduler."));
    var table = el("table", "tip-dashboard__table");
    var head = el("tr");
    ["Modul", "Status", "Hva som gjenstår"].forEach(function (h) {
      var th = el("th", null, h);
      th.scope = "col";
      head.appendChild(th);
    });
    var thead = el("thead");
    thead.appendChild(head);
    table.appendChild(thead);
    var body = el("tbody");
    statuses.forEach(function (s) {
      var tr = el("tr");
      var name = el("td");
      var a = el("a", null, s.title);
      a.href = s.url;
      name.appendChild(a);
      tr.appendChild(name);
      tr.appendChild(el("td", "tip-status tip-status--" + s.status, s.label));
      tr.appendChild(el("td", null, s.status === "completed" ? "–" : tip.progress.whatIsLeft(s, course.pass_mark)));
      body.appendChild(tr);
    });
    table.appendChild(body);
    root.appendChild(table);
    if (done === statuses.length) {
      var p = el("p", "tip-dashboard__certificate");
      var link = el("a", "md-button md-button--primary", "Skriv ut kursbeviset ditt");
      link.href = tip.link("kursbevis/");
      p.appendChild(link);
      root.appendChild(p);
    }
    var assignments = tip.assignments.list();
    if (assignments.length) {
      root.appendChild(el("h3", null, "Oppdrag du har fått"));
      assignments.forEach(function (a) {
        var box = tip.assignments.render(a, course);
        var remove = el("button", "md-button tip-assignment__remove", "Fjern oppdraget");
        remove.type = "button";
        remove.addEventListener("click", function () {
          tip.assignments.remove(a);
          draw(root, course);
        });
        box.appendChild(remove);
        root.appendChild(box);
      });
    }
  }

  tip.progress.mount("tip-dashboard", draw, "Framdriften kunne ikke vises.", true);
})();
