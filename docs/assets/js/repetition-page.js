/* Tillit i praksis: the Repetisjon page (docs/repetisjon.md, hooks/tip/repetition.py). Loaded on that
 * page only (overrides/main.html), with `defer`.
 *
 * Today's due questions one at a time, or all of one module's ("Øv på alt fra en modul"). The
 * questions are the modules' own, as the build wrote them for mkdocs-quiz: each in a file of its
 * own (in the folder data-tip-questions on #tip-repetition names: <DOM id>.json), fetched when
 * the learner gets to it and set up by mkdocs-quiz's own script (data-tip-quiz-script), run again
 * for each question. No question is drawn here. The schedule and its rules: repetition.js.
 *
 * mkdocs-quiz saves the answers given here under this page's address, never a module's, so a
 * module's answers and status never change; that copy is cleared before each question, so every
 * question starts unanswered. Only the first answer counts ("Prøv igjen" is hidden).
 */
(function () {
  "use strict";
  var tip = window.tip;
  var el = tip.el;

  function Practice(root, course) {
    this.root = root;
    this.course = course;
    this.folder = root.getAttribute("data-tip-questions");
    this.quizScript = root.getAttribute("data-tip-quiz-script");
    this.session = null; /* {mode: "due" | "all", module, queue, index, right, answered} */
    this.build();
  }

  Practice.prototype.build = function () {
    var self = this;
    var root = this.root;
    root.textContent = "";
    this.notice = el("p", "tip-notice");
    this.notice.hidden = true;
    this.status = el("p", "tip-repetition__status");
    this.start = el("button", "md-button md-button--primary tip-repetition__start", tip.t("repetition.start"));
    this.start.type = "button";
    this.start.hidden = true;
    this.start.addEventListener("click", function () {
      self.startDue(true);
    });

    this.box = el("section", "tip-repetition__session");
    this.box.setAttribute("aria-labelledby", "tip-repetition-heading");
    this.box.hidden = true;
    this.heading = el("h2", "tip-repetition__heading", tip.t("repetition.heading")); /* set for each question */
    this.heading.id = "tip-repetition-heading";
    this.heading.tabIndex = -1;
    this.source = el("p", "tip-repetition__source");
    this.stage = el("div", "tip-repetition__stage");
    this.verdict = el("p", "tip-repetition__verdict");
    this.verdict.setAttribute("role", "status");
    this.next = el("button", "md-button md-button--primary tip-repetition__next", tip.t("repetition.next"));
    this.next.type = "button";
    this.next.hidden = true;
    this.next.addEventListener("click", function () {
      self.advance();
    });
    /* mkdocs-quiz stops its form's submit event; listening on the way down sees every answer. */
    this.stage.addEventListener(
      "submit",
      function (e) {
        var quiz = e.target && e.target.closest ? e.target.closest(".quiz") : null;
        if (quiz)
          window.setTimeout(function () {
            self.graded(quiz);
          }, 0);
      },
      true
    );
    [this.heading, this.source, this.stage, this.verdict, this.next].forEach(function (n) {
      self.box.appendChild(n);
    });

    this.all = el("section", "tip-repetition__all");
    this.all.setAttribute("aria-labelledby", "tip-repetition-all");
    var title = el("h2", null, tip.t("repetition.practice-title"));
    title.id = "tip-repetition-all";
    this.all.appendChild(title);
    this.all.appendChild(el("p", null, tip.t("repetition.practice-intro")));
    this.modules = el("ul", "tip-repetition__modules");
    this.all.appendChild(this.modules);
    this.all.hidden = true;

    this.pool = el("div", "tip-repetition__pool");
    this.pool.hidden = true;
    [this.notice, this.status, this.start, this.box, this.all, this.pool].forEach(function (n) {
      root.appendChild(n);
    });
  };

  Practice.prototype.state = function () {
    return tip.repetition.sync(this.course);
  };

  /* The line at the top: how many today, or when the next one comes. */
  Practice.prototype.summarize = function () {
    var state = this.state();
    var due = tip.repetition.due(this.course, state.entries).length;
    var days = this.course.repetition.days;
    if (due) this.status.textContent = tip.t("repetition.status-due", { n: due });
    else if (Object.keys(state.entries).length) {
      var next = tip.repetition.next(state.entries);
      this.status.textContent =
        tip.t("repetition.status-none") + (next ? " " + tip.t("repetition.next-comes", { when: tip.repetition.when(next) }) : "");
    } else {
      this.status.textContent = days[0] === 1 ? tip.t("repetition.status-empty-next-day") : tip.t("repetition.status-empty-after", { days: days[0] });
    }
    var inDue = this.session && this.session.mode === "due" && this.session.index < this.session.queue.length;
    this.start.hidden = !due || !!inDue;
    this.start.textContent = tip.t("repetition.start-count", { n: due });
    return state;
  };

  /* "Øv på alt fra en modul": one button per module the learner has answered questions in. */
  Practice.prototype.listModules = function (state) {
    var self = this;
    this.modules.textContent = "";
    var any = false;
    this.course.modules.forEach(function (m) {
      var ids = (m.repetition || []).filter(function (id) {
        return state.entries[id];
      });
      if (!ids.length) return;
      any = true;
      var li = el("li");
      var button = el("button", "md-button tip-repetition__module", tip.t("repetition.module-button", { title: m.title, n: m.repetition.length }));
      button.type = "button";
      button.addEventListener("click", function () {
        self.startAll(m);
      });
      li.appendChild(button);
      self.modules.appendChild(li);
    });
    this.all.hidden = !any;
  };

  Practice.prototype.show = function () {
    var state = this.summarize();
    if (state.rebuilt) {
      this.notice.textContent = tip.t("repetition.rebuilt");
      this.notice.hidden = false;
    }
    this.listModules(state);
    this.startDue(false);
  };

  Practice.prototype.begin = function (mode, module, queue, moveFocus) {
    this.session = { mode: mode, module: module, queue: queue, index: 0, right: 0, answered: false };
    this.box.hidden = false;
    this.summarize();
    this.present(moveFocus);
  };

  Practice.prototype.startDue = function (moveFocus) {
    var queue = tip.repetition.due(this.course, this.state().entries);
    if (!queue.length) return;
    this.begin("due", null, queue, moveFocus);
  };

  Practice.prototype.startAll = function (module) {
    var mine = module.repetition;
    var queue = tip.repetition.questions(this.course).filter(function (q) {
      return mine.indexOf(q.id) >= 0;
    });
    this.begin("all", module, queue, true);
  };

  /* The session's current question on the stage, from its file. */
  Practice.prototype.present = function (moveFocus) {
    var self = this;
    var s = this.session;
    var q = s.queue[s.index];
    this.stage.textContent = "";
    this.verdict.textContent = "";
    this.next.hidden = true;
    s.answered = false;
    this.heading.textContent = tip.t("repetition.question-heading", { n: s.index + 1, total: s.queue.length });
    this.source.textContent =
      s.mode === "due" ? tip.t("repetition.from-module", { title: q.module.title }) : tip.t("repetition.practice-source", { title: s.module.title });
    if (moveFocus) this.heading.focus();
    this.stage.appendChild(el("p", null, tip.t("repetition.loading")));
    this.load(q).then(
      function (quiz) {
        if (self.session !== s || s.queue[s.index] !== q) return; /* the learner moved on */
        self.stage.textContent = "";
        self.stage.appendChild(quiz);
      },
      function () {
        if (self.session !== s || s.queue[s.index] !== q) return;
        self.stage.textContent = "";
        self.stage.appendChild(el("p", "tip-notice", tip.t("repetition.load-failed")));
        self.next.textContent = tip.t(s.index + 1 < s.queue.length ? "repetition.next" : "repetition.finish");
        self.next.hidden = false;
      }
    );
  };

  /* A question's file into the page, set up by mkdocs-quiz: a promise of the question. One at a
   * time: mkdocs-quiz's script sets up every question in the page when it runs. */
  Practice.prototype.load = function (q) {
    var self = this;
    var run = function () {
      return self.fetchAndRun(q);
    };
    this.pending = (this.pending || Promise.resolve()).then(run, run);
    return this.pending;
  };

  Practice.prototype.fetchAndRun = function (q) {
    var self = this;
    if (!this.folder || !this.quizScript) return Promise.reject(new Error("no questions here"));
    return fetch(new URL(this.folder + q.question + ".json", document.baseURI).href)
      .then(function (r) {
        if (!r.ok) throw new Error(q.question + ": HTTP " + r.status);
        return r.json();
      })
      .then(function (file) {
        if (!file || file.question !== q.question || typeof file.html !== "string") throw new Error(q.question + ": not this question");
        var parsed = new DOMParser().parseFromString(file.html, "text/html");
        var wrapper = parsed.body.firstElementChild;
        self.pool.textContent = "";
        self.pool.appendChild(document.adoptNode(wrapper));
        self.forgetPageAnswers();
        return self.runQuizScript().then(function () {
          return wrapper;
        });
      });
  };

  /* mkdocs-quiz would show the answers it saved for this page last time: start without them. */
  Practice.prototype.forgetPageAnswers = function () {
    var key = tip.key("answers", window.location.pathname);
    tip.store.removeAll(function (k) {
      return k === key;
    });
  };

  /* Run mkdocs-quiz's script on the questions now in the page. It sets up every quiz it finds,
   * once; hidden from it: Material's page stream (document$), to which it would subscribe and
   * set everything up a second time, and confetti (there is no score screen here). */
  Practice.prototype.runQuizScript = function () {
    var src = this.quizScript;
    return new Promise(function (resolve, reject) {
      var material = window.document$;
      window.document$ = undefined;
      if (window.mkdocsQuizConfig) window.mkdocsQuizConfig.confetti = false;
      var script = document.createElement("script");
      script.src = src;
      script.onload = function () {
        window.document$ = material;
        script.remove();
        resolve();
      };
      script.onerror = function () {
        window.document$ = material;
        script.remove();
        reject(new Error(src));
      };
      document.body.appendChild(script);
    });
  };

  /* The same rule as mkdocs-quiz: every right option chosen, and no other. */
  function isRight(quiz) {
    var chosen = quiz.querySelectorAll('input[name^="answer"]:checked');
    var right = quiz.querySelectorAll('input[name^="answer"][data-correct]');
    if (chosen.length !== right.length) return false;
    for (var i = 0; i < chosen.length; i++) if (!chosen[i].hasAttribute("data-correct")) return false;
    return true;
  }

  Practice.prototype.graded = function (quiz) {
    var s = this.session;
    if (!s || s.answered || s.index >= s.queue.length) return;
    var q = s.queue[s.index];
    if (quiz.id !== q.question) return;
    s.answered = true;
    var right = isRight(quiz);
    if (right) s.right++;
    var said = [tip.t(right ? "repetition.right" : "repetition.wrong")];
    if (s.mode === "due") {
      var entry = tip.repetition.answer(this.course, q.id, right);
      if (!entry) said.push(tip.t("repetition.not-saved"));
      else if (entry.days === 1) said.push(tip.t("repetition.again-tomorrow"));
      else said.push(tip.t("repetition.again-in", { days: entry.days, when: tip.repetition.when(entry.due) }));
    }
    var last = s.index + 1 >= s.queue.length;
    said.push(last ? tip.t("repetition.last") : tip.t("repetition.next-is", { n: s.index + 2, total: s.queue.length }));
    this.verdict.textContent = said.join(" ");
    this.next.textContent = tip.t(last ? "repetition.finish" : "repetition.next");
    this.next.hidden = false;
    this.summarize();
    this.listModules(this.state());
    document.dispatchEvent(new CustomEvent("tip:changed"));
  };

  Practice.prototype.advance = function () {
    var s = this.session;
    if (!s) return;
    s.index++;
    if (s.index < s.queue.length) this.present(true);
    else this.finish();
  };

  Practice.prototype.finish = function () {
    var s = this.session;
    var state = this.summarize();
    this.stage.textContent = "";
    this.verdict.textContent = "";
    this.next.hidden = true;
    this.heading.textContent = tip.t(s.mode === "due" ? "repetition.done-due" : "repetition.done-all");
    var text = [tip.t("repetition.result", { right: s.right, total: s.queue.length })];
    var next = tip.repetition.next(state.entries);
    if (s.mode === "due" && next) text.push(tip.t("repetition.next-comes", { when: tip.repetition.when(next) }));
    if (s.mode === "all") text.push(tip.t("repetition.practice-unchanged"));
    this.source.textContent = text.join(" ");
    this.heading.focus();
  };

  function start() {
    var root = document.getElementById("tip-repetition");
    if (!root) return;
    tip.progress.course().then(
      function (course) {
        if (!tip.repetition.enabled(course)) return;
        var state = tip.repetition.sync(course);
        if (state.problem === "no-storage") {
          root.textContent = "";
          root.appendChild(el("p", "tip-notice", tip.t("repetition.no-storage")));
          return;
        }
        new Practice(root, course).show();
      },
      function () {
        root.textContent = tip.t("repetition.failed") + " " + tip.t("reload");
      }
    );
  }

  /* After "load": mkdocs-quiz's script on this page has set itself up (with no questions yet)
   * by then, so running it again later never meets it half-way. */
  if (document.readyState === "complete") start();
  else window.addEventListener("load", start);
})();
