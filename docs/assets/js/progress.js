/* Tillit i praksis: each module's status, computed in the learner's browser from what is saved
 * there (quiz answers by mkdocs-quiz, reflection ticks by reflections.js) and course.json.
 *
 *   tip.progress.course()   -> Promise of course.json ({title, pass_mark, modules: [...]})
 *   tip.progress.status(m)  -> {id, title, url, status, label, answered, correct, total, score,
 *                               passed, finished, attempt, reflectionsDone, reflectionsTotal}
 *   tip.progress.current()  -> Promise of this page's module status, or null
 *   tip.progress.answers(m) -> the module's saved answers: {question id: {answered, correct}}
 *   tip.progress.outcome(s, masteryScore) -> the check's outcome for a learning platform
 *   tip.progress.follow(first, report) -> report(status) now and after every change
 *
 * A module's knowledge check is one attempt: one question drawn per learning goal, and the
 * learner's first answer to each (tip.attempts, attempts.js). A module is completed when every
 * drawn question is answered, at least pass_mark percent of them right at the first answer, and
 * every reflection prompt is ticked. The event "tip:changed" on document tells
 * that something a status depends on changed on this page. */
(function () {
  "use strict";
  var tip = window.tip;
  var coursePromise = null;

  /* The site's root URL, from Material's page config (works under any sub-path). */
  function siteRoot() {
    try {
      var base = JSON.parse(document.getElementById("__config").textContent).base || ".";
      return new URL(base.replace(/\/?$/, "/"), window.location.href);
    } catch {
      return new URL("/", window.location.href);
    }
  }
  tip.siteRoot = siteRoot;

  /* A link to a page of the site. Inside an LMS the package is opened as .../index.html, and
   * not every LMS serves index.html for a folder: then links name the file too. */
  function link(relative) {
    var url = new URL(relative, siteRoot());
    if (/\/index\.html$/.test(window.location.pathname) && /\/$/.test(url.pathname)) url.pathname += "index.html";
    return url.href;
  }
  tip.link = link;

  /* The same page, whether it is named as a folder or as its index.html. */
  function samePage(href) {
    return href.replace(/index\.html(?=$|[?#])/, "");
  }
  tip.samePage = samePage;

  function isCourse(c) {
    return c && typeof c === "object" && Array.isArray(c.modules) && typeof c.pass_mark === "number";
  }

  function course() {
    if (!coursePromise) {
      coursePromise = fetch(new URL("course.json", siteRoot()).href)
        .then(function (r) {
          if (!r.ok) throw new Error("course.json: HTTP " + r.status);
          return r.json();
        })
        .then(function (c) {
          if (!isCourse(c)) throw new Error("course.json has the wrong shape");
          c.modules.forEach(function (m) {
            m.href = new URL(m.url, siteRoot()).href;
            m.pass_mark = c.pass_mark;
          });
          return c;
        });
    }
    return coursePromise;
  }

  /* mkdocs-quiz saves {quizId: {answered, correct, selectedValues}} per page path. */
  function quizAnswers(module) {
    var path = new URL(module.href).pathname;
    var saved = {};
    [path, path + "index.html"].forEach(function (p) {
      var v = tip.store.get(tip.key("answers", p));
      if (v && typeof v === "object" && !Array.isArray(v)) {
        Object.keys(v).forEach(function (k) {
          if (v[k] && typeof v[k] === "object") saved[k] = v[k];
        });
      }
    });
    return saved;
  }

  /* reflection.key comes from course.json: the build makes every storage key. */
  function reflectionDone(module, reflection) {
    var v = tip.store.get(reflection.key);
    return !!(v && typeof v === "object" && v.done === true);
  }

  function reflectionNote(module, reflection) {
    var v = tip.store.get(reflection.key);
    return v && typeof v === "object" && typeof v.note === "string" ? v.note : "";
  }

  /* A module's status. Its knowledge check counts the first answer to each question drawn in
   * the current attempt (tip.attempts): one question for each learning goal. */
  function status(module) {
    var attempt = tip.attempts.of(module);
    var drawn = tip.attempts.drawn(module, attempt);
    var answered = 0;
    var correct = 0;
    drawn.forEach(function (q) {
      var first = tip.attempts.first(module, attempt, q);
      if (first !== null) answered++;
      if (first === true) correct++;
    });
    var total = drawn.length;
    var done = module.reflections.filter(function (r) {
      return reflectionDone(module, r);
    }).length;
    var touched = module.reflections.some(function (r) {
      return reflectionNote(module, r) !== "";
    });
    var score = total ? Math.round((100 * correct) / total) : 100;
    var passed = attempt.kept === true || score >= module.pass_mark;
    var finished = attempt.kept === true || answered === total;
    var state = "started";
    if (finished && passed && done === module.reflections.length) state = "completed";
    else if (answered === 0 && done === 0 && !touched && attempt.n === 1 && !attempt.kept) state = "not-started";
    return {
      id: module.id,
      title: module.title,
      url: link(module.url),
      status: state,
      label: tip.t("status." + state),
      answered: answered,
      correct: correct,
      total: total,
      score: attempt.kept === true ? Math.max(score, module.pass_mark) : score,
      passed: passed,
      finished: finished,
      attempt: attempt.n,
      reflectionsDone: done,
      reflectionsTotal: module.reflections.length,
    };
  }

  function currentModule(c) {
    var here = samePage(new URL(".", window.location.href).href);
    return (
      c.modules.filter(function (m) {
        return m.href === here;
      })[0] || null
    );
  }

  function current() {
    return course().then(function (c) {
      var m = currentModule(c);
      return m ? status(m) : null;
    });
  }

  /* The knowledge check's outcome, as a learning platform is told it (scorm.js, cmi5.js):
   * "passed" or "failed" once every drawn question is answered, null while some are left.
   * A platform's own mastery score (0 to 1, cmi5's LMS.LaunchData) takes the place of the
   * course's pass mark; without one, the course's verdict stands (an attempt kept as passed
   * from before the first answer counted, too). */
  function outcome(s, masteryScore) {
    if (!s.finished) return null;
    var passed = typeof masteryScore === "number" ? s.score / 100 >= masteryScore : s.passed;
    return passed ? "passed" : "failed";
  }

  /* Call report with this page's module status: with first at once, and again after every
   * change on the page (what a learning platform is told: scorm.js, cmi5.js). */
  function follow(first, report) {
    report(first);
    document.addEventListener("tip:changed", function () {
      current()
        .then(function (s) {
          if (s) report(s);
        })
        .catch(function () {});
    });
  }

  /* What is left to complete a module, in plain words. */
  function whatIsLeft(s, passMark) {
    if (s.status === "completed") return tip.t("left.completed");
    if (s.status === "not-started") return tip.t("left.not-started", { questions: s.total, reflections: s.reflectionsTotal });
    var left = [];
    var needed = Math.ceil((passMark * s.total) / 100);
    if (s.finished && !s.passed) left.push(tip.t("left.retake", { correct: s.correct, total: s.total, needed: needed }));
    else if (s.answered < s.total) left.push(tip.t("left.answer", { left: s.total - s.answered, total: s.total }));
    if (s.reflectionsDone < s.reflectionsTotal)
      left.push(tip.t("left.reflections", { left: s.reflectionsTotal - s.reflectionsDone, total: s.reflectionsTotal }));
    return tip.t("left.to-do", { what: joinWords(left) });
  }

  /* What is left of a module, counted: "3 spørsmål og 2 refleksjoner igjen." (for the kursbevis). */
  function remaining(s, passMark) {
    var counts = [];
    var questions = s.total - s.answered;
    var reflections = s.reflectionsTotal - s.reflectionsDone;
    if (questions > 0 && !s.finished) counts.push(tip.t(questions === 1 ? "remaining.question" : "remaining.questions", { n: questions }));
    if (reflections > 0) counts.push(tip.t(reflections === 1 ? "remaining.reflection" : "remaining.reflections", { n: reflections }));
    var parts = [];
    if (s.finished && !s.passed) parts.push(tip.t("remaining.retake", { needed: Math.ceil((passMark * s.total) / 100), total: s.total }));
    if (counts.length) parts.push(tip.t("remaining.counted", { what: joinWords(counts) }));
    var text = parts.join(tip.t("and"));
    return text.charAt(0).toUpperCase() + text.slice(1) + ".";
  }

  function joinWords(items) {
    if (items.length < 2) return items.join("");
    return items.slice(0, -1).join(", ") + tip.t("and") + items[items.length - 1];
  }

  /* Draw a widget into the element with this id once course.json is read (and again after
   * every change when redrawOnChange); say so in the element when it cannot be read. */
  function mount(id, draw, failure, redrawOnChange) {
    tip.ready(function () {
      var root = document.getElementById(id);
      if (!root) return;
      var redraw = function () {
        course().then(
          function (c) {
            draw(root, c);
          },
          function () {
            root.textContent = failure + " " + tip.t("reload");
          }
        );
      };
      redraw();
      if (redrawOnChange) document.addEventListener("tip:changed", redraw);
    });
  }

  tip.progress = {
    course: course,
    mount: mount,
    status: status,
    answers: quizAnswers,
    current: current,
    outcome: outcome,
    follow: follow,
    whatIsLeft: whatIsLeft,
    remaining: remaining,
    reflectionNote: reflectionNote,
    reflectionDone: reflectionDone,
  };

  /* ---- showing it: on the module, next to it in the navigation ---- */

  function showOnModule(c) {
    var box = document.querySelector(".tip-module-status");
    var m = currentModule(c);
    if (!box || !m) return;
    var s = status(m);
    box.textContent = tip.t("status.line", { label: s.label, left: whatIsLeft(s, c.pass_mark) });
    box.setAttribute("data-tip-status", s.status);
  }

  function showInNavigation(c) {
    var byHref = {};
    c.modules.forEach(function (m) {
      byHref[m.href] = status(m);
    });
    document.querySelectorAll("a.md-nav__link[href]").forEach(function (a) {
      var s = byHref[samePage(new URL(a.getAttribute("href"), window.location.href).href)];
      if (!s) return;
      badge(a, s);
      /* The page's own entry: in the mobile menu Material shows a label (it opens the page's
       * contents) in place of the link, and the label needs the status too. */
      var label = a.parentElement && a.parentElement.querySelector(":scope > label.md-nav__link--active");
      if (a.classList.contains("md-nav__link--active") && label) badge(label, s);
    });
  }

  function badge(link, s) {
    var b = link.querySelector(".tip-nav-status");
    if (!b) {
      b = document.createElement("span");
      b.className = "tip-nav-status";
      (link.querySelector(".md-ellipsis") || link).appendChild(b);
    }
    b.textContent = s.status === "not-started" ? "" : " (" + s.label.toLowerCase() + ")";
    b.setAttribute("data-tip-status", s.status);
  }

  function refresh() {
    course()
      .then(function (c) {
        showOnModule(c);
        showInNavigation(c);
      })
      .catch(function () {
        /* no course.json (a page opened outside the site): nothing to show */
      });
  }

  tip.ready(function () {
    refresh();
    document.addEventListener("tip:changed", refresh);
    /* mkdocs-quiz saves an answer when its buttons are pressed; it sends no event of its own. */
    document.addEventListener("click", function (e) {
      var t = e.target;
      if (t && t.closest && t.closest(".quiz-button, .quiz-reset-all-link, .quiz-intro-reset, .quiz-results-reset")) {
        window.setTimeout(function () {
          document.dispatchEvent(new CustomEvent("tip:changed"));
        }, 0);
      }
    });
  });
})();
