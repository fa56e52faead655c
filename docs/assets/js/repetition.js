/* Tillit i praksis: Repetisjon's schedule in the learner's browser, and how many questions are due
 * today (front page: #tip-repetition-due; the menu: next to "Repetisjon").
 *
 * The rules, in one place (Leitner boxes; the steps in days come from course.yml through
 * course.json: repetition_days, 1, 3, 7, 16 and 35 unless an editor changed them):
 * - A question enters the schedule when the learner first answers it in a module, right or wrong
 *   (the first answer of an attempt, tip.attempts: a retry changes nothing): the first box, due
 *   after the first step (tomorrow).
 * - Right on the Repetisjon page: one box on, due after that box's days (3, 7, 16, 35, 35 ...).
 *   Wrong: back to the first box, due tomorrow.
 * - Changed content (another DOM id, which carries the fingerprint): the first box again, due
 *   today, or after the first step if the learner has answered the new version in the module.
 *   A question no longer in the course is dropped.
 * - "Øv på alt fra en modul" changes nothing here.
 * Stored under tip.key("repetition"): {questions: {"bank:question": {question: DOM id,
 * box, due: "YYYY-MM-DD"}}}, days of the learner's own calendar. Junk entries are dropped; a
 * schedule that cannot be read at all is made again from the modules' answers.
 *
 *   tip.repetition.sync(course)           -> {entries, problem: null | "no-storage", rebuilt}
 *   tip.repetition.questions(course)      -> every question once, in module order: {id, question, module}
 *   tip.repetition.due(course, entries)   -> the questions due today
 *   tip.repetition.next(entries)          -> the first day after today with a question, or null
 *   tip.repetition.answer(course, id, ok) -> {box, due} after an answer, or null if not saved
 *   tip.repetition.when(day), .countText(n), .describe(course) (for the download)
 */
(function () {
  "use strict";
  var tip = window.tip;
  var el = tip.el;
  var DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
  var rebuilt = false; /* on this page, the stored schedule was unreadable and made again */

  function pad(n) {
    return (n < 10 ? "0" : "") + n;
  }

  function dayOf(d) {
    return d.getFullYear() + "-" + pad(d.getMonth() + 1) + "-" + pad(d.getDate());
  }

  function today() {
    return dayOf(new Date());
  }

  function parts(day) {
    var m = DAY.exec(day);
    return [Number(m[1]), Number(m[2]) - 1, Number(m[3])];
  }

  function addDays(day, n) {
    var p = parts(day);
    return dayOf(new Date(p[0], p[1], p[2] + n));
  }

  /* Whole days from today to day. */
  function daysFrom(day) {
    var a = parts(today());
    var b = parts(day);
    return Math.round((Date.UTC(b[0], b[1], b[2]) - Date.UTC(a[0], a[1], a[2])) / 86400000);
  }

  /* "i dag", "i morgen", "12. desember", or "12. desember 2027" in another year. */
  function when(day, withYear) {
    var n = daysFrom(day);
    if (!withYear && n <= 1) return tip.t(n <= 0 ? "date.today" : "date.tomorrow");
    var p = parts(day);
    var date = { day: p[2], month: tip.t("date.month." + (p[1] + 1)), year: p[0] };
    return tip.t(withYear || p[0] !== parts(today())[0] ? "date.day-month-year" : "date.day-month", date);
  }

  function countText(n) {
    return tip.t("repetition.due-count", { n: n });
  }

  function enabled(course) {
    var r = course && course.repetition;
    return !!(r && Array.isArray(r.days) && r.days.length);
  }

  /* Every question, once (with the first module that places it), in module order. */
  function questions(course) {
    var seen = {};
    var list = [];
    course.modules.forEach(function (m) {
      (m.repetition || []).forEach(function (id, i) {
        if (seen[id]) return;
        seen[id] = true;
        list.push({ id: id, question: m.questions[i], module: m });
      });
    });
    return list;
  }

  function isEntry(e) {
    return !!e && typeof e.question === "string" && e.box === Math.floor(e.box) && e.box >= 0 && typeof e.due === "string" && DAY.test(e.due);
  }

  function save(course, entries) {
    return tip.store.set(tip.key("repetition"), { questions: entries });
  }

  /* The schedule brought up to date with the course and the modules' answers (and saved). */
  function sync(course) {
    if (!tip.store.available()) return { entries: {}, problem: "no-storage", rebuilt: false };
    var key = tip.key("repetition");
    var days = course.repetition.days;
    var stored = tip.store.get(key);
    var changed = false;
    if (!stored || typeof stored !== "object" || !stored.questions || typeof stored.questions !== "object" || Array.isArray(stored.questions)) {
      rebuilt = rebuilt || tip.store.has(key);
      changed = tip.store.has(key);
      stored = { questions: {} };
    }
    var entries = {};
    var now = today();
    course.modules.forEach(function (m) {
      var attempt = tip.attempts.of(m);
      (m.repetition || []).forEach(function (id, i) {
        var question = m.questions[i];
        /* the first answer of the module's attempt puts it in the first box; a retry changes
         * nothing (the module's own answers are mkdocs-quiz's, and a retry rewrites them) */
        var answered = tip.attempts.first(m, attempt, question) !== null;
        var e = entries[id] || stored.questions[id];
        if (!isEntry(e)) {
          changed = changed || e !== undefined;
          e = answered ? { question: question, box: 0, due: addDays(now, days[0]) } : null;
          changed = changed || !!e;
        } else if (e.question !== question) {
          e = { question: question, box: 0, due: answered ? addDays(now, days[0]) : now };
          changed = true;
        }
        if (e) entries[id] = { question: e.question, box: Math.min(e.box, days.length - 1), due: e.due };
      });
    });
    changed = changed || Object.keys(stored.questions).some(function (id) {
      return !entries[id];
    });
    if (changed) save(course, entries);
    return { entries: entries, problem: null, rebuilt: rebuilt };
  }

  function due(course, entries) {
    var now = today();
    return questions(course).filter(function (q) {
      var e = entries[q.id];
      return !!e && e.question === q.question && e.due <= now;
    });
  }

  function next(entries) {
    var now = today();
    return Object.keys(entries).reduce(function (found, id) {
      var d = entries[id].due;
      return d > now && (found === null || d < found) ? d : found;
    }, null);
  }

  /* A due question answered on the Repetisjon page: one box on, or back to the first. */
  function answer(course, id, correct) {
    var state = sync(course);
    var e = state.entries[id];
    if (state.problem || !e) return null;
    var days = course.repetition.days;
    e.box = correct ? Math.min(e.box + 1, days.length - 1) : 0;
    e.due = addDays(today(), correct ? days[e.box] : 1);
    return save(course, state.entries) ? { box: e.box, due: e.due, days: daysFrom(e.due) } : null;
  }

  /* The schedule as lines of text for the learner's download ("Dine data"); none when empty. */
  function describe(course) {
    if (!enabled(course) || !tip.store.available()) return [];
    var entries = sync(course).entries;
    var lines = [];
    var last = null;
    questions(course).forEach(function (q) {
      var e = entries[q.id];
      if (!e) return;
      if (q.module !== last) lines.push("", q.module.title, "-".repeat(q.module.title.length));
      last = q.module;
      lines.push(tip.t("repetition.plan-line", { question: q.id.split(":").pop(), box: e.box + 1, boxes: course.repetition.days.length, when: when(e.due, true) }));
    });
    var title = tip.t("repetition.plan-title");
    return lines.length ? ["", title, "=".repeat(title.length)].concat(lines) : [];
  }

  tip.repetition = {
    enabled: enabled,
    sync: sync,
    questions: questions,
    due: due,
    next: next,
    answer: answer,
    describe: describe,
    when: when,
    countText: countText,
  };

  /* ---- the count: in the menu and on the front page ---- */

  function refresh() {
    tip.progress
      .course()
      .then(function (course) {
        if (!enabled(course)) return;
        var state = sync(course);
        var count = state.problem ? 0 : due(course, state.entries).length;
        var target = tip.samePage(new URL(course.repetition.url, tip.siteRoot()).href);
        document.querySelectorAll("a.md-nav__link[href]").forEach(function (a) {
          if (tip.samePage(new URL(a.getAttribute("href"), window.location.href).href) !== target) return;
          var badge = a.querySelector(".tip-repetition-count");
          if (!badge) (a.querySelector(".md-ellipsis") || a).appendChild((badge = el("span", "tip-nav-status tip-repetition-count")));
          badge.textContent = count ? " " + tip.t("repetition.nav-count", { n: count }) : "";
        });
        var box = document.getElementById("tip-repetition-due");
        var upcoming = next(state.entries);
        if (!box) return;
        box.textContent = "";
        if (!count && !upcoming) return; /* nothing answered yet, or no storage: nothing to say */
        var p = el("p", "tip-repetition-due", count ? "" : tip.t("repetition.none-due", { when: when(upcoming) }) + " ");
        var a = el("a", null, count ? countText(count) : tip.t("repetition.to-page"));
        a.href = tip.link(course.repetition.url);
        p.appendChild(a);
        box.appendChild(p);
      })
      .catch(function () {
        /* no course.json (a page opened outside the site): nothing to show */
      });
  }

  tip.ready(function () {
    refresh();
    document.addEventListener("tip:changed", refresh);
  });
})();
