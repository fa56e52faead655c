/* Tillit i praksis: the course certificate (kursbevis), printable once every module is completed.
 * It is self-reported: it rests on what this browser has saved, and says so. */
(function () {
  "use strict";
  var tip = window.tip;
  var el = tip.el;

  function show(root, course) {
    var statuses = course.modules.map(tip.progress.status);
    var left = statuses.filter(function (s) {
      return s.status !== "completed";
    });
    root.textContent = "";
    if (left.length) {
      root.appendChild(el("p", null, tip.t("certificate.left")));
      var ul = el("ul");
      left.forEach(function (s) {
        var li = el("li");
        var a = el("a", null, s.title);
        a.href = s.url;
        li.appendChild(a);
        li.appendChild(document.createTextNode(": " + tip.progress.remaining(s, course.pass_mark)));
        ul.appendChild(li);
      });
      root.appendChild(ul);
      return;
    }
    var form = el("form", "tip-certificate-form");
    var label = el("label", null, tip.t("certificate.name"));
    label.htmlFor = "tip-certificate-name";
    var input = el("input");
    input.id = "tip-certificate-name";
    input.type = "text";
    input.maxLength = 80;
    input.required = true;
    input.autocomplete = "name";
    var button = el("button", "md-button md-button--primary", tip.t("certificate.make"));
    button.type = "submit";
    form.appendChild(label);
    form.appendChild(input);
    form.appendChild(button);
    var certificate = el("section", "tip-certificate");
    certificate.hidden = true;
    certificate.setAttribute("aria-label", tip.t("certificate.title"));
    form.addEventListener("submit", function (e) {
      e.preventDefault();
      var name = input.value.trim();
      if (!name) return;
      fill(certificate, course, name);
      certificate.hidden = false;
      window.print();
    });
    root.appendChild(form);
    root.appendChild(certificate);
  }

  function fill(certificate, course, name) {
    certificate.textContent = "";
    certificate.appendChild(el("p", "tip-certificate__kind", tip.t("certificate.title")));
    certificate.appendChild(el("p", "tip-certificate__name", name));
    certificate.appendChild(el("p", null, tip.t("certificate.completed", { course: course.title })));
    var ul = el("ul");
    course.modules.forEach(function (m) {
      ul.appendChild(el("li", null, m.title));
    });
    certificate.appendChild(ul);
    var today = tip.date(new Date(), { day: "numeric", month: "long", year: "numeric" });
    certificate.appendChild(el("p", "tip-certificate__date", tip.t("certificate.date", { date: today })));
    certificate.appendChild(el("p", "tip-certificate__note", tip.t("certificate.note")));
  }

  tip.progress.mount("tip-certificate", show, tip.t("certificate.failed"));
})();
