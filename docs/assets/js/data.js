/* Tillit i praksis: the learner's own data. Download reflection notes and the repetition schedule
 * (repetition.js) as a text file; delete everything the course keeps in this browser, and nothing
 * else. Fills every .tip-my-data. */
(function () {
  "use strict";
  var tip = window.tip;
  var el = tip.el;

  /* Every key family the course writes (hooks/course/storage.py, listed on the privacy page):
   * the theme's keys follow the site's path, every other family's key is where its keys start. */
  function belongsToCourse(key) {
    if (typeof key !== "string") return false;
    if (key.indexOf(tip.siteRoot().pathname + tip.key("theme")) === 0) return true;
    return Object.keys(tip.storage).some(function (name) {
      return name !== "theme" && key.indexOf(tip.key(name)) === 0;
    });
  }

  function deleteAll() {
    var removed = tip.store.removeAll(belongsToCourse);
    try {
      for (var i = window.sessionStorage.length - 1; i >= 0; i--) {
        var k = window.sessionStorage.key(i);
        if (belongsToCourse(k)) window.sessionStorage.removeItem(k);
      }
    } catch {
      /* no session storage */
    }
    document.dispatchEvent(new CustomEvent("tip:changed"));
    return removed;
  }

  function notesText(course) {
    var lines = [tip.t("data.notes-title", { course: course.title }), tip.t("data.downloaded", { date: tip.date(new Date()) }), ""];
    var any = false;
    course.modules.forEach(function (m) {
      var entries = m.reflections.filter(function (r) {
        return tip.progress.reflectionDone(m, r) || tip.progress.reflectionNote(m, r);
      });
      if (!entries.length) return;
      any = true;
      lines.push(m.title, "=".repeat(m.title.length), "");
      entries.forEach(function (r) {
        lines.push((tip.progress.reflectionDone(m, r) ? "[x] " : "[ ] ") + r.text);
        var note = tip.progress.reflectionNote(m, r);
        if (note) lines.push("    " + note.split("\n").join("\n    "));
        lines.push("");
      });
    });
    if (!any) lines.push(tip.t("data.no-notes"));
    if (tip.repetition) lines = lines.concat(tip.repetition.describe(course));
    return lines.join("\n");
  }

  function download(course) {
    var blob = new Blob([notesText(course)], { type: "text/plain;charset=utf-8" });
    var a = el("a");
    a.href = URL.createObjectURL(blob);
    a.download = tip.t("data.file-name");
    document.body.appendChild(a);
    a.click();
    window.setTimeout(function () {
      URL.revokeObjectURL(a.href);
      a.remove();
    }, 1000);
  }

  function setUp(box) {
    var status = el("p", "tip-my-data__status");
    status.setAttribute("role", "status");
    var get = el("button", "md-button", tip.t("data.download"));
    get.type = "button";
    var wipe = el("button", "md-button tip-my-data__delete", tip.t("data.delete"));
    wipe.type = "button";
    get.addEventListener("click", function () {
      tip.progress.course().then(download, function () {
        status.textContent = tip.t("data.fetch-failed") + " " + tip.t("reload");
      });
    });
    wipe.addEventListener("click", function () {
      if (!window.confirm(tip.t("data.confirm-delete"))) return;
      var n = deleteAll();
      status.textContent = tip.t(n ? "data.deleted" : "data.nothing-deleted");
    });
    box.textContent = "";
    box.appendChild(get);
    box.appendChild(document.createTextNode(" "));
    box.appendChild(wipe);
    box.appendChild(status);
    if (!tip.store.available()) status.textContent = tip.t("data.no-storage");
  }

  tip.ready(function () {
    document.querySelectorAll(".tip-my-data").forEach(setUp);
  });
})();
