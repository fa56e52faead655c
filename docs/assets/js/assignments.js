/* Tillit i praksis: assignments from a leader's link, kept in the learner's browser.
 *
 * Link: <site>/oppdrag/?moduler=<id>,<id>&frist=YYYY-MM-DD&team=...&melding=...
 * Everything in the link is untrusted: shown as text, checked, and cut to a sensible length.
 * Stored under tip.key("assignments") as a list of {modules, deadline, team, message, saved}. */
(function () {
  "use strict";
  var tip = window.tip;
  var el = tip.el;
  var LIMITS = { team: 80, melding: 600 };
  var KNOWN = ["moduler", "frist", "team", "melding"];

  function isDate(text) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
    var d = new Date(text + "T00:00:00");
    return !isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text;
  }

  /* At most max characters, and "…" where it was cut. */
  function cut(text, max) {
    return text.length <= max ? text : text.slice(0, max) + "…";
  }

  /* A part of the link cut to max characters, with a notice that names the part if it was. */
  function shorten(text, max, name, notices) {
    if (text.length > max) notices.push(tip.t("assignment.shortened", { name: name, max: max }));
    return cut(text, max);
  }

  /* The assignment a link describes, with a notice for everything that was wrong in it. */
  function parse(search, modules) {
    var params = new URLSearchParams(search);
    var notices = [];
    var ids = modules.map(function (m) {
      return m.id;
    });
    KNOWN.forEach(function (name) {
      if (params.getAll(name).length > 1) notices.push(tip.t("assignment.repeated", { name: name }));
    });
    params.forEach(function (_, name) {
      if (KNOWN.indexOf(name) < 0) notices.push(tip.t("assignment.unknown-part", { name: cut(name, 40) }));
    });
    var chosen = [];
    (params.get("moduler") || "").split(",").forEach(function (raw) {
      var id = raw.trim();
      if (!id) return;
      if (ids.indexOf(id) < 0) notices.push(tip.t("assignment.unknown-module", { id: cut(id, 40) }));
      else if (chosen.indexOf(id) < 0) chosen.push(id);
    });
    if (!params.get("moduler")) notices.push(tip.t("assignment.no-modules"));
    var deadline = (params.get("frist") || "").trim();
    if (deadline && !isDate(deadline)) {
      notices.push(tip.t("assignment.bad-deadline", { deadline: cut(deadline, 20) }));
      deadline = "";
    }
    return {
      modules: chosen,
      deadline: deadline || null,
      team: shorten((params.get("team") || "").trim(), LIMITS.team, "team", notices),
      message: shorten((params.get("melding") || "").trim(), LIMITS.melding, "melding", notices),
      notices: notices,
    };
  }

  function isAssignment(a) {
    return (
      a &&
      typeof a === "object" &&
      Array.isArray(a.modules) &&
      a.modules.every(function (m) {
        return typeof m === "string";
      }) &&
      (a.deadline === null || (typeof a.deadline === "string" && isDate(a.deadline))) &&
      typeof a.team === "string" &&
      typeof a.message === "string"
    );
  }

  function list() {
    var stored = tip.store.get(tip.key("assignments"), Array.isArray) || [];
    return stored.filter(isAssignment);
  }

  function same(a, b) {
    return a.modules.join(",") === b.modules.join(",") && a.deadline === b.deadline && a.team === b.team && a.message === b.message;
  }

  function save(assignment) {
    var all = list();
    var entry = { modules: assignment.modules, deadline: assignment.deadline, team: assignment.team, message: assignment.message, saved: new Date().toISOString() };
    if (all.some(function (a) { return same(a, entry); })) return true;
    all.push(entry);
    return tip.store.set(tip.key("assignments"), all);
  }

  function remove(assignment) {
    var rest = list().filter(function (a) {
      return !same(a, assignment);
    });
    if (rest.length) tip.store.set(tip.key("assignments"), rest);
    else tip.store.remove(tip.key("assignments"));
  }

  /* "Fristen er 1. desember 2026 (om 8 dager)" and whether it has passed. */
  function deadlineText(deadline, today) {
    var d = new Date(deadline + "T00:00:00");
    var now = today || new Date();
    var midnight = new Date(now.getFullYear(), now.getMonth(), now.getDate());
    var days = Math.round((d - midnight) / 86400000);
    var when = tip.date(d, { day: "numeric", month: "long", year: "numeric" });
    if (days < 0) return { text: tip.t("assignment.deadline-passed", { date: when }), passed: true };
    if (days === 0) return { text: tip.t("assignment.deadline-today", { date: when }), passed: false };
    return { text: tip.tn("assignment.deadline-in", days, { date: when, days: days }), passed: false };
  }

  /* One assignment as a block under the page's title: team, message, deadline and each module
   * with its status. */
  function render(assignment, course) {
    var box = el("div", "tip-assignment");
    box.appendChild(el("h2", null, assignment.team ? tip.t("assignment.to-team", { team: assignment.team }) : tip.t("assignment.from-leader")));
    if (assignment.message) box.appendChild(el("p", "tip-assignment__message", assignment.message));
    if (assignment.deadline) {
      var d = deadlineText(assignment.deadline);
      box.appendChild(el("p", "tip-assignment__deadline" + (d.passed ? " tip-assignment__deadline--passed" : ""), d.text));
    }
    var ul = el("ul", "tip-assignment__modules");
    assignment.modules.forEach(function (id) {
      var m = course.modules.filter(function (x) {
        return x.id === id;
      })[0];
      if (!m) return;
      var s = tip.progress.status(m);
      var li = el("li");
      var a = el("a", null, m.title);
      a.href = tip.link(m.url);
      li.appendChild(a);
      li.appendChild(el("span", "tip-status tip-status--" + s.status, " – " + s.label.toLowerCase()));
      ul.appendChild(li);
    });
    box.appendChild(ul);
    return box;
  }

  tip.assignments = { list: list, remove: remove, render: render, deadlineText: deadlineText };

  /* The /oppdrag/ page: show the assignment in the link and remember it. */
  function showAssignmentPage(root, course) {
    root.textContent = "";
    if (!window.location.search) {
      root.appendChild(el("p", null, tip.t("assignment.about")));
      return;
    }
    var a = parse(window.location.search, course.modules);
    if (a.notices.length) {
      var notice = el("div", "admonition warning tip-notice");
      notice.setAttribute("role", "alert");
      notice.appendChild(el("p", "admonition-title", tip.t("assignment.problems")));
      var ul = el("ul");
      a.notices.forEach(function (n) {
        ul.appendChild(el("li", null, n));
      });
      notice.appendChild(ul);
      root.appendChild(notice);
    }
    if (!a.modules.length) {
      root.appendChild(el("p", null, tip.t("assignment.no-modules-in-course")));
      return;
    }
    root.appendChild(render(a, course));
    var saved = save(a);
    root.appendChild(el("p", "tip-assignment__saved", tip.t(saved ? "assignment.saved" : "assignment.not-saved")));
  }

  tip.progress.mount("tip-assignment", showAssignmentPage, tip.t("assignment.failed"));
})();
