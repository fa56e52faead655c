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

  /* The view's top bar: the guide's title, and where in the meeting it is. */
  function meetingBar(ui, guideTitle) {
    var bar = el("div", "tip-meeting__bar");
    var name = el("p", "tip-meeting__guide", guideTitle);
    name.id = "tip-meeting-guide";
    ui.where = el("p", "tip-meeting__where");
    bar.appendChild(name);
    bar.appendChild(ui.where);
    return bar;
  }

  /* The view's middle: the step's heading and its text. */
  function meetingBody(ui) {
    var body = el("div", "tip-meeting__body");
    ui.heading = el("h2", "tip-meeting__title");
    ui.heading.tabIndex = -1;
    ui.content = el("div", "tip-meeting__content");
    body.appendChild(ui.heading);
    body.appendChild(ui.content);
    return body;
  }

  /* The countdown and the line under it. */
  function meetingClock(ui) {
    var clockBox = el("div", "tip-meeting__clock");
    ui.clock = el("p", "tip-meeting__time");
    ui.clock.setAttribute("role", "timer");
    ui.note = el("p", "tip-meeting__note");
    clockBox.appendChild(ui.clock);
    clockBox.appendChild(ui.note);
    return clockBox;
  }

  /* Back, pause, next, fullscreen (where the browser allows it) and close. */
  function meetingControls(ui) {
    var controls = el("div", "tip-meeting__controls");
    ui.back = button(tip.t("meeting.back"));
    ui.pause = button(tip.t("meeting.pause"), "tip-meeting__pause");
    ui.next = button(tip.t("meeting.next"), "md-button--primary");
    ui.full = button(tip.t("meeting.fullscreen"));
    ui.close = button(tip.t("meeting.close"));
    [ui.back, ui.pause, ui.next].forEach(function (b) {
      controls.appendChild(b);
    });
    if (ui.canFullscreen) controls.appendChild(ui.full);
    controls.appendChild(ui.close);
    return controls;
  }

  /* The meeting view, a modal dialog, and the parts of it that change as the meeting goes. */
  function meetingView(guideTitle) {
    var view = el("div", "tip-meeting");
    view.setAttribute("role", "dialog");
    view.setAttribute("aria-modal", "true");
    view.setAttribute("aria-labelledby", "tip-meeting-guide");
    view.setAttribute("aria-describedby", "tip-meeting-help");
    var ui = { view: view, canFullscreen: !!(document.fullscreenEnabled && view.requestFullscreen) };
    var help = el("p", "tip-meeting__help", tip.t("meeting.help"));
    help.id = "tip-meeting-help";
    ui.live = el("p", "tip-meeting__live tip-visually-hidden");
    ui.live.setAttribute("aria-live", "polite");
    [meetingBar(ui, guideTitle), meetingBody(ui), meetingClock(ui), meetingControls(ui), help, ui.live].forEach(function (part) {
      view.appendChild(part);
    });
    return ui;
  }

  function say(meeting, text) {
    /* A change of text is what a screen reader announces; clear first so a repeat is heard. */
    var live = meeting.ui.live;
    live.textContent = "";
    window.setTimeout(function () {
      live.textContent = text;
    }, 50);
  }

  function phase(meeting) {
    return meeting.step > 0 ? meeting.plan.phases[meeting.step - 1] : null;
  }

  /* Milliseconds the current phase has run, counting the running stretch. */
  function elapsed(meeting) {
    var i = meeting.step - 1;
    if (i < 0) return 0;
    return meeting.elapsed[i] + (meeting.running ? Date.now() - meeting.since : 0);
  }

  function stopClock(meeting) {
    if (meeting.running && meeting.step > 0) meeting.elapsed[meeting.step - 1] += Date.now() - meeting.since;
    meeting.running = false;
  }

  function startClock(meeting) {
    meeting.since = Date.now();
    meeting.running = true;
  }

  /* The clock face changes on whole seconds of the time left: wake up exactly then. */
  function showClock(meeting) {
    var ui = meeting.ui;
    window.clearTimeout(meeting.tick);
    var p = phase(meeting);
    if (!p) {
      ui.clock.textContent = tip.t("meeting.clock-minutes", { minutes: meeting.plan.minutes });
      ui.note.textContent = tip.t("meeting.clock-waits");
      ui.view.classList.remove("tip-meeting--time-up", "tip-meeting--paused");
      return;
    }
    var ms = p.minutes * 60000 - elapsed(meeting);
    var left = Math.ceil(ms / 1000);
    var up = left <= 0;
    if (meeting.running && !up) {
      meeting.tick = window.setTimeout(function () {
        showClock(meeting);
      }, ms % 1000 || 1000);
    }
    ui.clock.textContent = clockText(left);
    ui.view.classList.toggle("tip-meeting--time-up", up);
    ui.view.classList.toggle("tip-meeting--paused", !meeting.running);
    if (up) {
      ui.note.textContent = tip.t("meeting.time-up");
      if (!meeting.upSaid[meeting.step]) {
        meeting.upSaid[meeting.step] = true;
        say(meeting, tip.t("meeting.time-up-for", { title: p.title }));
      }
    } else {
      ui.note.textContent = meeting.running ? tip.tn("meeting.left-of", p.minutes, { minutes: p.minutes }) : tip.t("meeting.paused");
    }
  }

  /* The step's heading, place and text: the ground rules, or a phase's task and questions. */
  function showContent(meeting, p) {
    var ui = meeting.ui;
    var plan = meeting.plan;
    ui.content.textContent = "";
    if (!p) {
      ui.heading.textContent = plan.rulesTitle;
      ui.where.textContent = tip.tn("meeting.before", plan.minutes, { minutes: plan.minutes });
      if (plan.rules) ui.content.appendChild(plan.rules.cloneNode(true));
      return;
    }
    ui.heading.textContent = p.title;
    ui.where.textContent = tip.t("meeting.where", { n: meeting.step, total: plan.phases.length, time: p.time });
    if (p.task) ui.content.appendChild(p.task.cloneNode(true));
    if (p.questions) {
      ui.content.appendChild(el("h3", "tip-meeting__questions", tip.t("meeting.questions")));
      ui.content.appendChild(p.questions.cloneNode(true));
    }
  }

  function show(meeting, announce) {
    var ui = meeting.ui;
    var plan = meeting.plan;
    var p = phase(meeting);
    showContent(meeting, p);
    ui.pause.hidden = !p;
    ui.pause.textContent = tip.t(meeting.running ? "meeting.pause" : "meeting.resume");
    ui.back.disabled = meeting.step === 0;
    ui.next.disabled = meeting.step === meeting.steps - 1;
    ui.content.scrollTop = 0;
    ui.content.tabIndex = ui.content.scrollHeight > ui.content.clientHeight + 1 ? 0 : -1;
    showClock(meeting);
    if (announce) {
      say(
        meeting,
        p
          ? tip.tn("meeting.announce", p.minutes, { n: meeting.step, total: plan.phases.length, title: p.title, minutes: p.minutes })
          : tip.t("meeting.announce-rules", { title: plan.rulesTitle })
      );
    }
    if (document.activeElement && document.activeElement.disabled) ui.heading.focus();
  }

  function go(meeting, step) {
    if (step < 0 || step >= meeting.steps || step === meeting.step) return;
    stopClock(meeting);
    meeting.step = step;
    if (step > 0) startClock(meeting);
    show(meeting, true);
  }

  function togglePause(meeting) {
    if (!phase(meeting)) return;
    if (meeting.running) {
      stopClock(meeting);
      say(meeting, tip.t("meeting.paused"));
    } else {
      startClock(meeting);
      say(meeting, tip.t("meeting.running"));
    }
    meeting.ui.pause.textContent = tip.t(meeting.running ? "meeting.pause" : "meeting.resume");
    showClock(meeting);
  }

  /* Everything behind the view is out of reach (keyboard and screen reader) while it is open;
   * returns what was made inert, to be given back. */
  function makeBackgroundInert(view) {
    var madeInert = [];
    Array.prototype.slice.call(document.body.children).forEach(function (child) {
      if (child !== view && !child.inert) {
        child.inert = true;
        madeInert.push(child);
      }
    });
    return madeInert;
  }

  function onKey(meeting, e) {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    /* The keys belong to the meeting view: Material's own shortcuts (search, next page) wait. */
    e.stopPropagation();
    if (e.key === "ArrowRight" || e.key === "PageDown") {
      e.preventDefault();
      go(meeting, meeting.step + 1);
    } else if (e.key === "ArrowLeft" || e.key === "PageUp") {
      e.preventDefault();
      go(meeting, meeting.step - 1);
    } else if (e.key === "Escape") {
      e.preventDefault();
      leave(meeting);
    } else if (e.key === "Tab") {
      wrapFocus(meeting.ui.view, e);
    }
  }

  /* Tab goes round the view's controls (the dialog pattern): never out to the page behind. */
  function wrapFocus(view, e) {
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

  function onFullscreen(meeting) {
    var now = document.fullscreenElement === meeting.ui.view;
    if (meeting.fullscreen && !now && !meeting.leavingFullscreen) {
      leave(meeting); /* the browser left fullscreen on Esc: leave the view too */
      return;
    }
    meeting.fullscreen = now;
    meeting.leavingFullscreen = false;
    meeting.ui.full.textContent = tip.t(now ? "meeting.window" : "meeting.fullscreen");
  }

  function enterFullscreen(meeting) {
    if (!meeting.ui.canFullscreen) return;
    try {
      meeting.ui.view.requestFullscreen().catch(function () {
        /* not allowed here: the view stays in the window */
      });
    } catch {
      /* an older browser without the promise: the view stays in the window */
    }
  }

  /* The fullscreen button: out of fullscreen into the window, or into fullscreen. */
  function toggleFullscreen(meeting) {
    if (document.fullscreenElement === meeting.ui.view) {
      meeting.leavingFullscreen = true;
      document.exitFullscreen().catch(function () {
        meeting.leavingFullscreen = false;
      });
    } else enterFullscreen(meeting);
  }

  function leave(meeting) {
    if (meeting.left) return;
    meeting.left = true;
    window.clearTimeout(meeting.tick);
    window.removeEventListener("keydown", meeting.onKey, true);
    document.removeEventListener("fullscreenchange", meeting.onFullscreen);
    if (document.fullscreenElement === meeting.ui.view && document.exitFullscreen) {
      document.exitFullscreen().catch(function () {
        /* already out */
      });
    }
    meeting.madeInert.forEach(function (child) {
      child.inert = false;
    });
    document.documentElement.classList.remove("tip-meeting-open");
    meeting.ui.view.remove();
    meeting.opener.focus();
  }

  /* The buttons, the keys and the browser's own way out of fullscreen. */
  function listen(meeting) {
    var ui = meeting.ui;
    ui.back.addEventListener("click", function () {
      go(meeting, meeting.step - 1);
    });
    ui.next.addEventListener("click", function () {
      go(meeting, meeting.step + 1);
    });
    ui.pause.addEventListener("click", function () {
      togglePause(meeting);
    });
    ui.close.addEventListener("click", function () {
      leave(meeting);
    });
    ui.full.addEventListener("click", function () {
      toggleFullscreen(meeting);
    });
    window.addEventListener("keydown", meeting.onKey, true);
    document.addEventListener("fullscreenchange", meeting.onFullscreen);
  }

  function openMeeting(plan, guideTitle, opener) {
    var meeting = {
      plan: plan,
      opener: opener,
      steps: plan.phases.length + 1 /* the ground rules, then every phase */,
      step: 0,
      elapsed: plan.phases.map(function () {
        return 0;
      }),
      running: false,
      since: 0,
      upSaid: {},
      fullscreen: false,
      leavingFullscreen: false,
      tick: null,
      left: false,
      ui: meetingView(guideTitle),
    };
    meeting.onKey = function (e) {
      onKey(meeting, e);
    };
    meeting.onFullscreen = function () {
      onFullscreen(meeting);
    };
    meeting.madeInert = makeBackgroundInert(meeting.ui.view);
    listen(meeting);
    document.documentElement.classList.add("tip-meeting-open");
    document.body.appendChild(meeting.ui.view);
    show(meeting, false);
    meeting.ui.heading.focus();
    enterFullscreen(meeting);
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
