/* Tillit i praksis: a module's knowledge check as attempts, where the first answer counts.
 *
 * - Each attempt draws one question for each of the module's learning goals from the goal's
 *   parallel questions (course.json: module.goals[].questions). The draw follows a random id
 *   this browser makes once (tip.key("learner")) and the attempt's number: stable for the learner and
 *   the attempt, and a retake draws the goal's next question.
 * - The first answer the learner submits to a drawn question is kept, right or wrong. Trying
 *   again afterwards shows all the feedback, but changes nothing that is counted.
 * - "Ta kunnskapssjekken på nytt" starts the next attempt, with links to the sections that teach
 *   the goals answered wrong.
 * Kept under module.attempt: {n, drawn: {goal: DOM id}, first: {DOM id: true|false}, kept?}.
 * A drawn question whose content changed (another DOM id) is drawn again, its answer dropped.
 *
 * Answers saved before attempts existed (mkdocs-quiz's own, under the page's path): the first
 * time a module is seen here, they become attempt 1 (for each goal, a question already answered
 * is drawn); a knowledge check that was passed by the old rule stays passed ("kept").
 *
 *   tip.attempts.of(module)           -> the current attempt (made and saved when missing);
 *                                        module as tip.progress.course() gives it
 *   tip.attempts.drawn(module, a)     -> the DOM ids drawn in it, one per goal, in page order
 *   tip.attempts.first(module, dom)   -> true | false | null: the first answer in the attempt
 *   tip.attempts.retake(module)       -> the next attempt, saved
 */
(function () {
  "use strict";
  var tip = window.tip;
  var el = tip.el;

  function hash(text) {
    /* FNV-1a, 32 bits: a small, fixed spread of the learner's id over a goal's questions */
    var h = 0x811c9dc5;
    for (var i = 0; i < text.length; i++) {
      h ^= text.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
    return h;
  }

  var transient = null; /* the learner's id until it is kept: other pages write nothing */

  function learner(keep) {
    var key = tip.key("learner");
    var id = tip.store.get(key, function (v) {
      return typeof v === "string" && /^[a-z0-9]{8,40}$/.test(v);
    });
    if (id) return id;
    if (!transient) {
      var bytes = new Uint8Array(12);
      if (window.crypto && window.crypto.getRandomValues) window.crypto.getRandomValues(bytes);
      else for (var i = 0; i < bytes.length; i++) bytes[i] = Math.floor(Math.random() * 256);
      transient = Array.prototype.map
        .call(bytes, function (b) {
          return (b + 256).toString(16).slice(1);
        })
        .join("");
    }
    if (keep) tip.store.set(key, transient);
    return transient;
  }

  /* Keep an attempt, and the learner's id its draw rests on. */
  function save(module, attempt) {
    learner(true);
    return tip.store.set(module.attempt, attempt);
  }

  function goals(module) {
    return Array.isArray(module.goals) && module.goals.length
      ? module.goals
      : module.questions.map(function (q) {
          return { id: q, questions: [q] };
        });
  }

  function isAttempt(v) {
    return (
      v &&
      typeof v === "object" &&
      v.n === Math.floor(v.n) &&
      v.n >= 1 &&
      v.drawn &&
      typeof v.drawn === "object" &&
      v.first &&
      typeof v.first === "object"
    );
  }

  function pick(module, goal, n) {
    var pool = goal.questions;
    return pool[(hash(learner() + "\u001f" + module.id + "\u001f" + goal.id) + n - 1) % pool.length];
  }

  /* The old rule (before attempts): every question answered, pass_mark percent of them right. */
  function passedBefore(module, saved) {
    var total = module.questions.length;
    var right = module.questions.filter(function (q) {
      return saved[q] && saved[q].answered === true && saved[q].correct === true;
    }).length;
    var all = module.questions.every(function (q) {
      return saved[q] && saved[q].answered === true;
    });
    return all && total > 0 && Math.round((100 * right) / total) >= module.pass_mark;
  }

  /* The attempt as stored, brought up to date with the course; a first one made from old answers. */
  function of(module) {
    var key = module.attempt;
    var stored = key ? tip.store.get(key, isAttempt) : null;
    var attempt = stored || { n: 1, drawn: {}, first: {} };
    var changed = false; /* a new attempt without answers is not kept: viewing writes nothing */
    if (!stored) {
      var saved = tip.progress.answers(module);
      var answered = module.questions.filter(function (q) {
        return saved[q] && saved[q].answered === true;
      });
      if (answered.length) {
        goals(module).forEach(function (g) {
          var done = g.questions.filter(function (q) {
            return answered.indexOf(q) >= 0;
          })[0];
          if (done) {
            attempt.drawn[g.id] = done;
            attempt.first[done] = saved[done].correct === true;
          }
        });
        if (passedBefore(module, saved)) attempt.kept = true;
        changed = true;
      }
    }
    goals(module).forEach(function (g) {
      var d = attempt.drawn[g.id];
      if (typeof d !== "string" || g.questions.indexOf(d) < 0) {
        if (d !== undefined) delete attempt.first[d];
        attempt.drawn[g.id] = pick(module, g, attempt.n);
        changed = changed || !!stored;
      }
    });
    Object.keys(attempt.first).forEach(function (q) {
      if (typeof attempt.first[q] !== "boolean" || drawnIds(module, attempt).indexOf(q) < 0) {
        delete attempt.first[q];
        changed = true;
      }
    });
    if (changed && key) save(module, attempt);
    return attempt;
  }

  function drawnIds(module, attempt) {
    return goals(module)
      .map(function (g) {
        return attempt.drawn[g.id];
      })
      .filter(function (q) {
        return typeof q === "string";
      });
  }

  function first(module, attempt, dom) {
    return Object.prototype.hasOwnProperty.call(attempt.first, dom) ? attempt.first[dom] : null;
  }

  /* The next attempt: the next question of every goal, no answers, mkdocs-quiz's saved answers
   * to the module's questions cleared so that the page starts afresh. */
  function retake(module) {
    var attempt = of(module);
    var next = { n: attempt.n + 1, drawn: {}, first: {} };
    goals(module).forEach(function (g) {
      next.drawn[g.id] = pick(module, g, next.n);
    });
    save(module, next);
    var path = new URL(module.href).pathname;
    [path, path + "index.html"].forEach(function (p) {
      var key = tip.key("answers", p);
      var saved = tip.store.get(key);
      if (!saved || typeof saved !== "object") return;
      module.questions.forEach(function (q) {
        delete saved[q];
      });
      tip.store.set(key, saved);
    });
    return next;
  }

  tip.attempts = {
    of: of,
    drawn: drawnIds,
    first: first,
    retake: retake,
    goals: goals,
  };

  /* ---- on the module page: only the drawn questions, the first answers kept, the result ---- */

  function correctOf(quiz) {
    var inputs = Array.prototype.slice.call(quiz.querySelectorAll("fieldset input"));
    return inputs.every(function (i) {
      return i.checked === i.hasAttribute("data-correct");
    });
  }

  function showDrawn(module, attempt) {
    var drawn = drawnIds(module, attempt);
    module.questions.forEach(function (q) {
      var quiz = document.getElementById(q);
      var wrapper = quiz && quiz.closest("tip-quiz");
      if (wrapper) wrapper.hidden = drawn.indexOf(q) < 0;
    });
  }

  function drawPanel(panel, module, course) {
    var attempt = of(module);
    var s = tip.progress.status(module);
    panel.textContent = "";
    panel.appendChild(el("p", "tip-attempt__draw", tip.t("attempt.draw", { count: s.total, n: attempt.n })));
    if (s.answered < s.total && !attempt.kept) return;
    var needed = Math.ceil((course.pass_mark * s.total) / 100);
    if (attempt.kept) {
      panel.appendChild(el("p", "tip-attempt__result", tip.t("attempt.kept")));
      return;
    }
    panel.appendChild(el("p", "tip-attempt__result", tip.t("attempt.result", { correct: s.correct, total: s.total })));
    if (s.passed) {
      panel.appendChild(el("p", null, tip.t("attempt.passed")));
      return;
    }
    panel.appendChild(el("p", null, tip.t("attempt.failed", { needed: needed })));
    var missed = goals(module).filter(function (g) {
      return first(module, attempt, attempt.drawn[g.id]) === false && g.read;
    });
    if (missed.length) {
      panel.appendChild(el("p", null, tip.t("attempt.read-again")));
      var ul = el("ul", "tip-attempt__read");
      missed.forEach(function (g) {
        var li = el("li");
        var a = el("a", null, g.section || g.text);
        a.href = tip.link(g.read);
        li.appendChild(a);
        ul.appendChild(li);
      });
      panel.appendChild(ul);
    }
    var button = el("button", "md-button md-button--primary tip-attempt__retake", tip.t("attempt.retake"));
    button.type = "button";
    button.addEventListener("click", function () {
      var next = retake(module);
      var firstDrawn = drawnIds(module, next)[0];
      window.location.hash = firstDrawn || "";
      window.location.reload();
    });
    panel.appendChild(button);
  }

  /* Until the draw is made, the module page shows none of its questions (quiz-setup.js,
   * course.css): a learner who answers at once answers a drawn question, and the page does not
   * jump from every question to the drawn ones. Without a draw, every question is shown. */
  function shown() {
    document.documentElement.classList.remove("tip-drawing");
  }

  tip.ready(function () {
    var panel = document.querySelector(".tip-attempt[data-tip-module]");
    if (!panel) return shown();
    /* Without course.json no draw can be made (or the preview reloaded the page while it
     * was read): say so in the panel, and show every question. */
    var unavailable = function () {
      panel.textContent = tip.t("attempt.unavailable") + " " + tip.t("reload");
    };
    tip.progress
      .current()
      .then(function (status) {
        if (!status) return;
        return tip.progress.course().then(function (course) {
          var module = course.modules.filter(function (m) {
            return m.id === status.id;
          })[0];
          if (!module) return;
          /* on the module page the draw is kept at once, so that it stays when the learner
           * goes to read and comes back (elsewhere, only a kept answer writes anything) */
          var attempt = of(module);
          if (tip.store.available() && !tip.store.has(module.attempt)) save(module, attempt);
          showDrawn(module, attempt);
          drawPanel(panel, module, course);
          /* The first answer to a drawn question, before mkdocs-quiz (capture), right or wrong. */
          document.addEventListener(
            "submit",
            function (e) {
              var quiz = e.target && e.target.closest && e.target.closest(".quiz");
              if (!quiz || !quiz.querySelector("fieldset input:checked")) return;
              var attempt = of(module);
              if (drawnIds(module, attempt).indexOf(quiz.id) < 0 || first(module, attempt, quiz.id) !== null) return;
              attempt.first[quiz.id] = correctOf(quiz);
              save(module, attempt);
              window.setTimeout(function () {
                drawPanel(panel, module, course);
                document.dispatchEvent(new CustomEvent("tip:changed"));
              }, 0);
            },
            true
          );
        });
      })
      .catch(unavailable)
      .then(shown);
  });
})();
