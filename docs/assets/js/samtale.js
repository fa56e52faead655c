/* Tillit i praksis: "Start samtalen" on a conversation guide (docs/ledere/samtale-*.md).
 *
 * The button opens a meeting view for a shared screen or a projector: the ground rules first,
 * then one phase at a time in large type, with a countdown of the phase's minutes. Arrow keys
 * (and a presenter's Page Up/Page Down) or the buttons move back and forth; the clock can be
 * paused; Esc leaves. When the time is up the view says so, quietly: no sound, and it never
 * moves on by itself. Fullscreen where the browser allows it, a plain window where it does not.
 *
 * The view is built from the guide's rendered plan (.tip-samtale, written by hooks/guides.py)
 * and from nothing else on the page, so the leader's preparation is never on the shared screen.
 * Nothing is stored. On the same pages, every link gets its full address for the printout. */
(function () {
  "use strict";
  var tip = window.tip;
  var el = tip.el;

  /* A copy of a rendered node without its permalink anchors ("¶"). */
  function copyOf(node) {
    var copy = node.cloneNode(true);
    copy.querySelectorAll(".headerlink").forEach(function (n) {
      n.remove();
    });
    copy.removeAttribute("id");
    copy.querySelectorAll("[id]").forEach(function (n) {
      n.removeAttribute("id");
    });
    return copy;
  }

  function textOf(node) {
    return node ? copyOf(node).textContent.replace(/\s+/g, " ").trim() : "";
  }

  /* The plan as the page renders it: the ground rules and each phase. */
  function readPlan(block) {
    var rules = block.querySelector(".tip-ground-rules");
    var rulesHeading = block.querySelector("h2");
    var phases = Array.prototype.slice.call(block.querySelectorAll(".tip-phase")).map(function (section) {
      var task = section.querySelector(".tip-phase__task");
      var questions = section.querySelector(".tip-phase__questions");
      return {
        title: textOf(section.querySelector(".tip-phase__title")),
        time: textOf(section.querySelector(".tip-phase__time")),
        minutes: Math.max(0, parseInt(section.getAttribute("data-tip-minutes"), 10) || 0),
        task: task ? copyOf(task) : null,
        questions: questions ? copyOf(questions) : null,
      };
    });
    return {
      minutes: parseInt(block.getAttribute("data-tip-minutes"), 10) || 0,
      rulesTitle: textOf(rulesHeading) || tip.t("meeting.rules-title"),
      rules: rules ? copyOf(rules) : null,
      phases: phases,
    };
  }

  /* "4:05" for 245 seconds. */
  function clockText(seconds) {
    var s = Math.max(0, seconds);
    var rest = s % 60;
    return Math.floor(s / 60) + ":" + (rest < 10 ? "0" : "") + rest;
  }

  function button(text, className) {
    var b = el("button", "md-button tip-meeting__button " + (className || ""), text);
    b.type = "button";
    return b;
  }

  function openMeeting(plan, guideTitle, opener) {
    var state = {
      step: 0,
      elapsed: plan.phases.map(function () {
        return 0;
      }),
      running: false,
      since: 0,
      upSaid: {},
      fullscreen: false,
      leavingFullscreen: false,
    };
    var steps = plan.phases.length + 1; /* the ground rules, then every phase */

    var view = el("div", "tip-meeting");
    view.setAttribute("role", "dialog");
    view.setAttribute("aria-modal", "true");
    view.setAttribute("aria-labelledby", "tip-meeting-guide");
    view.setAttribute("aria-describedby", "tip-meeting-help");

    var bar = el("div", "tip-meeting__bar");
    var name = el("p", "tip-meeting__guide", guideTitle);
    name.id = "tip-meeting-guide";
    var where = el("p", "tip-meeting__where");
    bar.appendChild(name);
    bar.appendChild(where);

    var body = el("div", "tip-meeting__body");
    var heading = el("h2", "tip-meeting__title");
    heading.tabIndex = -1;
    var content = el("div", "tip-meeting__content");
    body.appendChild(heading);
    body.appendChild(content);

    var clockBox = el("div", "tip-meeting__clock");
    var clock = el("p", "tip-meeting__time");
    clock.setAttribute("role", "timer");
    var note = el("p", "tip-meeting__note");
    clockBox.appendChild(clock);
    clockBox.appendChild(note);

    var controls = el("div", "tip-meeting__controls");
    var back = button(tip.t("meeting.back"));
    var pause = button(tip.t("meeting.pause"), "tip-meeting__pause");
    var next = button(tip.t("meeting.next"), "md-button--primary");
    var full = button(tip.t("meeting.fullscreen"));
    var close = button(tip.t("meeting.close"));
    [back, pause, next].forEach(function (b) {
      controls.appendChild(b);
    });
    var canFullscreen = !!(document.fullscreenEnabled && view.requestFullscreen);
    if (canFullscreen) controls.appendChild(full);
    controls.appendChild(close);
    var help = el("p", "tip-meeting__help", tip.t("meeting.help"));
    help.id = "tip-meeting-help";

    var live = el("p", "tip-meeting__live tip-visually-hidden");
    live.setAttribute("aria-live", "polite");

    view.appendChild(bar);
    view.appendChild(body);
    view.appendChild(clockBox);
    view.appendChild(controls);
    view.appendChild(help);
    view.appendChild(live);

    function say(text) {
      /* A change of text is what a screen reader announces; clear first so a repeat is heard. */
      live.textContent = "";
      window.setTimeout(function () {
        live.textContent = text;
      }, 50);
    }

    function phase() {
      return state.step > 0 ? plan.phases[state.step - 1] : null;
    }

    /* Milliseconds the current phase has run, counting the running stretch. */
    function elapsed() {
      var i = state.step - 1;
      if (i < 0) return 0;
      return state.elapsed[i] + (state.running ? Date.now() - state.since : 0);
    }

    function stopClock() {
      if (state.running && state.step > 0) state.elapsed[state.step - 1] += Date.now() - state.since;
      state.running = false;
    }

    function startClock() {
      state.since = Date.now();
      state.running = true;
    }

    /* The clock face changes on whole seconds of the time left: wake up exactly then. */
    var tick = null;
    function showClock() {
      window.clearTimeout(tick);
      var p = phase();
      if (!p) {
        clock.textContent = tip.t("meeting.clock-minutes", { minutes: plan.minutes });
        note.textContent = tip.t("meeting.clock-waits");
        view.classList.remove("tip-meeting--time-up", "tip-meeting--paused");
        return;
      }
      var ms = p.minutes * 60000 - elapsed();
      var left = Math.ceil(ms / 1000);
      var up = left <= 0;
      if (state.running && !up) tick = window.setTimeout(showClock, ms % 1000 || 1000);
      clock.textContent = clockText(left);
      view.classList.toggle("tip-meeting--time-up", up);
      view.classList.toggle("tip-meeting--paused", !state.running);
      if (up) {
        note.textContent = tip.t("meeting.time-up");
        if (!state.upSaid[state.step]) {
          state.upSaid[state.step] = true;
          say(tip.t("meeting.time-up-for", { title: p.title }));
        }
      } else {
        note.textContent = state.running ? tip.tn("meeting.left-of", p.minutes, { minutes: p.minutes }) : tip.t("meeting.paused");
      }
    }

    function show(announce) {
      var p = phase();
      content.textContent = "";
      if (!p) {
        heading.textContent = plan.rulesTitle;
        where.textContent = tip.tn("meeting.before", plan.minutes, { minutes: plan.minutes });
        if (plan.rules) content.appendChild(plan.rules.cloneNode(true));
      } else {
        heading.textContent = p.title;
        where.textContent = tip.t("meeting.where", { n: state.step, total: plan.phases.length, time: p.time });
        if (p.task) content.appendChild(p.task.cloneNode(true));
        if (p.questions) {
          content.appendChild(el("h3", "tip-meeting__questions", tip.t("meeting.questions")));
          content.appendChild(p.questions.cloneNode(true));
        }
      }
      pause.hidden = !p;
      pause.textContent = tip.t(state.running ? "meeting.pause" : "meeting.resume");
      back.disabled = state.step === 0;
      next.disabled = state.step === steps - 1;
      content.scrollTop = 0;
      content.tabIndex = content.scrollHeight > content.clientHeight + 1 ? 0 : -1;
      showClock();
      if (announce) {
        say(
          p
            ? tip.tn("meeting.announce", p.minutes, { n: state.step, total: plan.phases.length, title: p.title, minutes: p.minutes })
            : tip.t("meeting.announce-rules", { title: plan.rulesTitle })
        );
      }
      if (document.activeElement && document.activeElement.disabled) heading.focus();
    }

    function go(step) {
      if (step < 0 || step >= steps || step === state.step) return;
      stopClock();
      state.step = step;
      if (step > 0) startClock();
      show(true);
    }

    function togglePause() {
      if (!phase()) return;
      if (state.running) {
        stopClock();
        say(tip.t("meeting.paused"));
      } else {
        startClock();
        say(tip.t("meeting.running"));
      }
      pause.textContent = tip.t(state.running ? "meeting.pause" : "meeting.resume");
      showClock();
    }

    /* Everything behind the view is out of reach (keyboard and screen reader) while it is open. */
    var madeInert = [];
    Array.prototype.slice.call(document.body.children).forEach(function (child) {
      if (child !== view && !child.inert) {
        child.inert = true;
        madeInert.push(child);
      }
    });

    function onKey(e) {
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      /* The keys belong to the meeting view: Material's own shortcuts (search, next page) wait. */
      e.stopPropagation();
      if (e.key === "ArrowRight" || e.key === "PageDown") {
        e.preventDefault();
        go(state.step + 1);
      } else if (e.key === "ArrowLeft" || e.key === "PageUp") {
        e.preventDefault();
        go(state.step - 1);
      } else if (e.key === "Escape") {
        e.preventDefault();
        leave();
      } else if (e.key === "Tab") {
        wrapFocus(e);
      }
    }

    /* Tab goes round the view's controls (the dialog pattern): never out to the page behind. */
    function wrapFocus(e) {
      var stops = Array.prototype.slice
        .call(view.querySelectorAll("button, a[href], [tabindex='0']"))
        .filter(function (n) {
          return !n.disabled && n.getClientRects().length > 0;
        });
      if (!stops.length) return;
      var first = stops[0];
      var last = stops[stops.length - 1];
      var at = stops.indexOf(document.activeElement);
      if (e.shiftKey && at <= 0) {
        e.preventDefault();
        last.focus();
      } else if (!e.shiftKey && (at === -1 || at === stops.length - 1)) {
        e.preventDefault();
        first.focus();
      }
    }

    function onFullscreen() {
      var now = document.fullscreenElement === view;
      if (state.fullscreen && !now && !state.leavingFullscreen) {
        leave(); /* the browser left fullscreen on Esc: leave the view too */
        return;
      }
      state.fullscreen = now;
      state.leavingFullscreen = false;
      full.textContent = tip.t(now ? "meeting.window" : "meeting.fullscreen");
    }

    function enterFullscreen() {
      if (!canFullscreen) return;
      try {
        view.requestFullscreen().catch(function () {
          /* not allowed here: the view stays in the window */
        });
      } catch {
        /* an older browser without the promise: the view stays in the window */
      }
    }

    var left = false;
    function leave() {
      if (left) return;
      left = true;
      window.clearTimeout(tick);
      window.removeEventListener("keydown", onKey, true);
      document.removeEventListener("fullscreenchange", onFullscreen);
      if (document.fullscreenElement === view && document.exitFullscreen) {
        document.exitFullscreen().catch(function () {
          /* already out */
        });
      }
      madeInert.forEach(function (child) {
        child.inert = false;
      });
      document.documentElement.classList.remove("tip-meeting-open");
      view.remove();
      opener.focus();
    }

    back.addEventListener("click", function () {
      go(state.step - 1);
    });
    next.addEventListener("click", function () {
      go(state.step + 1);
    });
    pause.addEventListener("click", togglePause);
    close.addEventListener("click", leave);
    full.addEventListener("click", function () {
      if (document.fullscreenElement === view) {
        state.leavingFullscreen = true;
        document.exitFullscreen().catch(function () {
          state.leavingFullscreen = false;
        });
      } else enterFullscreen();
    });
    window.addEventListener("keydown", onKey, true);
    document.addEventListener("fullscreenchange", onFullscreen);

    document.documentElement.classList.add("tip-meeting-open");
    document.body.appendChild(view);
    show(false);
    heading.focus();
    enterFullscreen();
  }

  /* Every link that leads out of the guide shows its full address when printed (a[data-tip-href],
   * CSS); an ordliste term is explained on the page already, so it prints as plain text. */
  function addressesForPrint(root, base) {
    root.querySelectorAll("a[href]:not(.headerlink):not(.tip-term)").forEach(function (a) {
      var href = a.getAttribute("href");
      if (!href || href.charAt(0) === "#") return;
      try {
        a.setAttribute("data-tip-href", new URL(href, base).href);
      } catch {
        /* not an address: printed as it is */
      }
    });
  }
  tip.samtale = { addressesForPrint: addressesForPrint };

  tip.ready(function () {
    var block = document.querySelector(".tip-samtale");
    var article = document.querySelector("article.md-content__inner");
    if (!block || !article) return;
    addressesForPrint(article, window.location.href);
    var title = textOf(article.querySelector("h1")) || document.title;
    var start = button(tip.t("meeting.start"), "md-button--primary tip-samtale-start__button");
    var intro = el("p", "tip-samtale-start");
    intro.appendChild(el("span", null, tip.t("meeting.intro") + " "));
    intro.appendChild(start);
    block.insertBefore(intro, block.firstChild);
    start.addEventListener("click", function () {
      openMeeting(readPlan(block), title, start);
    });
  });
})();
