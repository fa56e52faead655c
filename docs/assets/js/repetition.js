/* Tillit i praksis: Repetisjon's schedule, kept in the learner's browser, and how many questions
 * are due today (on the front page, #tip-repetition-due, and next to "Repetisjon" in the menu).
 *
 * The rules, in one place (Leitner boxes). course.json gives the steps in days (course.yml,
 * repetition_days: 1, 3, 7, 16, 35 unless an editor changed them):
 * - A question enters the schedule the first time the learner answers it in a module, right or
 *   wrong: in the first box, due after the first step (tomorrow).
 * - Answered right on the Repetisjon page, it moves one box on and waits that box's days
 *   (3, 7, 16, then 35 and 35 again). Answered wrong, it goes back to the first box and comes
 *   back tomorrow.
 * - A question whose content changed (another fingerprint) starts over: first box, due today
 *   (tomorrow if the learner has already answered the new version in the module). A question
 *   removed from the course is dropped.
 * - Practising all of a module's questions ("Øv på alt fra en modul") changes nothing here.
 *
 * Stored under course.json's repetition.key as {questions: {"bank:question": {fingerprint, box,
 * due: "YYYY-MM-DD"}}}; days are the learner's own calendar days. Junk is dropped; a schedule
 * that cannot be read at all is made again from the modules' answers (and the page says so).
 *
 *   tip.repetition.sync(course)           -> {entries, problem: null | "no-storage", rebuilt}
 *   tip.repetition.due(course, entries)   -> due questions [{id, question, fingerprint, module}]
 *   tip.repetition.answer(course, id, ok) -> the entry after the answer, or null if not saved
 *   tip.repetition.next(entries)          -> the next day after today with questions, or null
 *   tip.repetition.questions(course)      -> every question, each once, in module order
 *   tip.repetition.when(day), .today(), .daysFrom(day), .countText(n), .describe(course)
 */
(function () {
  "use strict";
  var tip = window.tip;
  var el = tip.el;
  var DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
  var MONTHS = ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "desember"];
  var rebuilt = false; /* this page found the stored schedule unreadable and made it again */

  function pad(n) {
    return (n < 10 ? "0" : "") + n;
  }

  function dayOf(date) {
    return date.getFullYear() + "-" + pad(date.getMonth() + 1) + "-" + pad(date.getDate());
  }

  function parts(day) {
    var m = DAY.exec(day);
    return [Number(m[1]), Number(m[2]) - 1, Number(m[3])];
  }

  function today() {
    return dayOf(new Date());
  }

  function addDays(day, n) {
    var p = parts(day);
    return dayOf(new Date(p[0], p[1], p[2] + n));
  }

  /* Whole days from today to day (negative when it has passed). */
  function daysFrom(day) {
    var a = parts(today());
    var b = parts(day);
    return Math.round((Date.UTC(b[0], b[1], b[2]) - Date.UTC(a[0], a[1], a[2])) / 86400000);
  }

  /* "i dag", "i morgen", "12. desember", or "12. desember 2027" in another year. */
  function when(day) {
    var n = daysFrom(day);
    if (n <= 0) return "i dag";
    if (n === 1) return "i morgen";
    var p = parts(day);
    return p[2] + ". " + MONTHS[p[1]] + (p[0] === parts(today())[0] ? "" : " " + p[0]);
  }

  function countText(n) {
    return n + " spørsmål å repetere i dag";
  }

  function enabled(course) {
    var r = course && course.repetition;
    return !!(r && typeof r.key === "string" && Array.isArray(r.days) && r.days.length > 0);
  }

  /* Every question of the course, each once (the first module that places it), in module order. */
  function questions(course) {
    var seen = {};
    var list = [];
    course.modules.forEach(function (m) {
      (m.repetition || []).forEach(function (q) {
        if (seen[q.id]) return;
        seen[q.id] = true;
        list.push({ id: q.id, question: q.question, fingerprint: q.fingerprint, module: m });
      });
    });
    return list;
  }

  function isEntry(e) {
    return (
      !!e &&
      typeof e === "object" &&
      typeof e.fingerprint === "string" &&
      typeof e.box === "number" &&
      e.box % 1 === 0 &&
      e.box >= 0 &&
      typeof e.due === "string" &&
      DAY.test(e.due)
    );
  }

  function isSchedule(v) {
    return !!v && typeof v === "object" && !Array.isArray(v) && !!v.questions && typeof v.questions === "object" && !Array.isArray(v.questions);
  }

  function save(course, entries) {
    return tip.store.set(course.repetition.key, { questions: entries });
  }

  /* The schedule brought up to date with the course and the modules' answers, and saved. */
  function sync(course) {
    if (!enabled(course)) return { entries: {}, problem: "disabled", rebuilt: false };
    if (!tip.store.available()) return { entries: {}, problem: "no-storage", rebuilt: false };
    var key = course.repetition.key;
    var days = course.repetition.days;
    var stored = tip.store.get(key);
    var changed = false;
    if (!isSchedule(stored)) {
      if (tip.store.has(key)) {
        rebuilt = true;
        changed = true;
      }
      stored = { questions: {} };
    }
    var entries = {};
    Object.keys(stored.questions).forEach(function (id) {
      var e = stored.questions[id];
      if (isEntry(e)) entries[id] = { fingerprint: e.fingerprint, box: Math.min(e.box, days.length - 1), due: e.due };
      else changed = true;
    });
    var now = today();
    var known = {};
    course.modules.forEach(function (m) {
      var answers = tip.progress.answers(m);
      (m.repetition || []).forEach(function (q) {
        known[q.id] = true;
        var e = entries[q.id];
        var answered = !!(answers[q.question] && answers[q.question].answered === true);
        if (e && e.fingerprint !== q.fingerprint) {
          entries[q.id] = { fingerprint: q.fingerprint, box: 0, due: answered ? addDays(now, days[0]) : now };
          changed = true;
        } else if (!e && answered) {
          entries[q.id] = { fingerprint: q.fingerprint, box: 0, due: addDays(now, days[0]) };
          changed = true;
        }
      });
    });
    Object.keys(entries).forEach(function (id) {
      if (!known[id]) {
        delete entries[id];
        changed = true;
      }
    });
    if (changed) save(course, entries);
    return { entries: entries, problem: null, rebuilt: rebuilt };
  }

  function due(course, entries) {
    var now = today();
    return questions(course).filter(function (q) {
      var e = entries[q.id];
      return !!e && e.fingerprint === q.fingerprint && e.due <= now;
    });
  }

  function next(entries) {
    var now = today();
    var found = null;
    Object.keys(entries).forEach(function (id) {
      var d = entries[id].due;
      if (d > now && (found === null || d < found)) found = d;
    });
    return found;
  }

  /* A due question answered on the Repetisjon page: on to the next box, or back to the first. */
  function answer(course, id, correct) {
    var state = sync(course);
    var e = state.entries[id];
    if (state.problem || !e) return null;
    var days = course.repetition.days;
    var now = today();
    if (correct) {
      e.box = Math.min(e.box + 1, days.length - 1);
      e.due = addDays(now, days[e.box]);
    } else {
      e.box = 0;
      e.due = addDays(now, 1);
    }
    return save(course, state.entries) ? { box: e.box, due: e.due } : null;
  }

  /* The schedule as text, for the learner's download ("Dine data"): lines, or none when empty. */
  function describe(course) {
    if (!enabled(course) || !tip.store.available()) return [];
    var entries = sync(course).entries;
    var lines = [];
    course.modules.forEach(function (m) {
      var mine = questions(course).filter(function (q) {
        return q.module === m && entries[q.id];
      });
      if (!mine.length) return;
      lines.push("", m.title, "-".repeat(m.title.length));
      mine.forEach(function (q) {
        var e = entries[q.id];
        var p = parts(e.due);
        lines.push("Spørsmål «" + q.id.split(":").pop() + "»: trinn " + (e.box + 1) + " av " + course.repetition.days.length + ", neste gang " + p[2] + ". " + MONTHS[p[1]] + " " + p[0]);
      });
    });
    if (!lines.length) return [];
    return ["", "Repetisjonsplanen", "================="].concat(lines);
  }

  tip.repetition = {
    enabled: enabled,
    sync: sync,
    due: due,
    next: next,
    answer: answer,
    questions: questions,
    describe: describe,
    today: today,
    daysFrom: daysFrom,
    when: when,
    countText: countText,
  };

  /* ---- showing the count: on the front page and next to "Repetisjon" in the menu ---- */

  function samePage(href) {
    return href.replace(/index\.html(?=$|[?#])/, "");
  }

  function showInNavigation(course, count) {
    var target = samePage(new URL(course.repetition.url, tip.siteRoot()).href);
    document.querySelectorAll("a.md-nav__link[href]").forEach(function (a) {
      if (samePage(new URL(a.getAttribute("href"), window.location.href).href) !== target) return;
      var badge = a.querySelector(".tip-repetition-count");
      if (!badge) {
        badge = el("span", "tip-nav-status tip-repetition-count");
        (a.querySelector(".md-ellipsis") || a).appendChild(badge);
      }
      badge.textContent = count ? " (" + count + " i dag)" : "";
    });
  }

  function showOnFrontPage(course, state, count) {
    var box = document.getElementById("tip-repetition-due");
    if (!box) return;
    box.textContent = "";
    if (state.problem) return; /* the overview says when nothing can be saved */
    var p = el("p", "tip-repetition-due");
    if (count) {
      var a = el("a", null, countText(count));
      a.href = tip.link(course.repetition.url);
      p.appendChild(a);
    } else {
      var upcoming = next(state.entries);
      if (!upcoming) return; /* nothing answered yet: nothing to say */
      p.appendChild(document.createTextNode("Ingen spørsmål å repetere i dag. Neste kommer " + when(upcoming) + ". "));
      var more = el("a", null, "Til repetisjonen");
      more.href = tip.link(course.repetition.url);
      p.appendChild(more);
    }
    box.appendChild(p);
  }

  function refresh() {
    tip.progress
      .course()
      .then(function (course) {
        if (!enabled(course)) return;
        var state = sync(course);
        var count = state.problem ? 0 : due(course, state.entries).length;
        showInNavigation(course, count);
        showOnFrontPage(course, state, count);
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
