/* Tillit i praksis: the learner's way through the course.
 * On a module page: remember the module and the section read (the last heading above the upper
 * third of the window) under tip.key("last-read"): {module, section, heading}.
 * On the front page: the one button into the course (#tip-continue, built as «Start kurset»): back
 * to that section, on to the next module when that one is completed, to the certificate when all
 * are; the assignments (#tip-assignment-banner); the summary (#tip-progress-summary); and in each
 * module card (#tip-modules) the status, a progress bar and the deadline of an assignment. Without
 * storage nothing claims a status, and the cards stay a plain list of links. */
(function () {
  "use strict";
  var tip = window.tip;
  var el = tip.el;
  var SECTION = /^[A-Za-z0-9_-]{1,120}$/;

  function isPlace(v) {
    return (
      v &&
      typeof v === "object" &&
      typeof v.module === "string" &&
      typeof v.section === "string" &&
      (v.section === "" || SECTION.test(v.section)) &&
      typeof v.heading === "string"
    );
  }

  function headings() {
    return Array.prototype.slice.call(document.querySelectorAll("article.md-content__inner :is(h2, h3)[id]"));
  }

  /* A heading's own words: without its permalink sign (Material's "¶" link, .headerlink). */
  function headingText(h) {
    var copy = h.cloneNode(true);
    copy.querySelectorAll(".headerlink").forEach(function (a) {
      a.remove();
    });
    return copy.textContent.trim().slice(0, 120);
  }

  /* A stored heading as it is shown: older versions kept the "¶" with it. */
  function shownHeading(text) {
    return text.replace(/\s*¶\s*$/, "");
  }

  /* The heading of the section being read: the last one above the upper third of the window. */
  function sectionRead(list) {
    var line = window.innerHeight / 3;
    var found = null;
    list.forEach(function (h) {
      if (h.getBoundingClientRect().top <= line) found = h;
    });
    return found;
  }

  function remember(course, moduleId) {
    var key = tip.key("last-read");
    if (!tip.store.available()) return;
    var list = headings();
    var last = null;
    function save() {
      var h = sectionRead(list);
      var place = { module: moduleId, section: h ? h.id : "", heading: h ? headingText(h) : "" };
      if (last && last.section === place.section) return;
      last = place;
      tip.store.set(key, place);
    }
    var waiting = false;
    window.addEventListener(
      "scroll",
      function () {
        if (waiting) return;
        waiting = true;
        window.setTimeout(function () {
          waiting = false;
          save();
        }, 200);
      },
      { passive: true }
    );
    /* after the browser has scrolled to an address's #section */
    window.setTimeout(save, 0);
  }

  function byId(course, id) {
    return course.modules.filter(function (m) {
      return m.id === id;
    })[0];
  }

  /* Where the button goes: {text, href, where}. */
  function destination(course) {
    var modules = course.modules;
    var statuses = modules.map(tip.progress.status);
    var number = function (m) {
      return modules.indexOf(m) + 1;
    };
    var first = modules[0];
    var start = {
      text: tip.t("home.start"),
      href: tip.link(first.url),
      where: first.minutes
        ? tip.tn("home.module-minutes", first.minutes, { number: 1, title: first.title, minutes: first.minutes })
        : tip.t("home.module", { number: 1, title: first.title }),
    };
    if (!tip.store.available()) return start;
    if (
      statuses.every(function (s) {
        return s.status === "completed";
      })
    ) {
      return { text: tip.t("home.certificate"), href: tip.link(course.certificate || ""), where: tip.t("home.all-completed") };
    }
    var place = tip.store.get(tip.key("last-read"), isPlace);
    var m = place && byId(course, place.module);
    if (m && tip.progress.status(m).status !== "completed") {
      var heading = shownHeading(place.heading);
      return {
        text: tip.t("home.resume"),
        href: tip.link(m.url) + (place.section ? "#" + place.section : ""),
        where: heading
          ? tip.t("home.module-heading", { number: number(m), title: m.title, heading: heading })
          : tip.t("home.module", { number: number(m), title: m.title }),
      };
    }
    /* The next module not completed: after the one last read, else the first started, else the first. */
    var after = m ? modules.indexOf(m) : -1;
    var open = statuses.filter(function (s) {
      return s.status !== "completed";
    });
    var next =
      open.filter(function (s) {
        return modules.indexOf(byId(course, s.id)) > after;
      })[0] ||
      open.filter(function (s) {
        return s.status === "started";
      })[0] ||
      open[0];
    var begun = m || statuses.some(function (s) {
      return s.status !== "not-started";
    });
    if (!begun) return start;
    var nm = byId(course, next.id);
    return { text: tip.t("home.continue"), href: tip.link(nm.url), where: tip.t("home.next-module", { number: number(nm), title: nm.title }) };
  }

  function drawButton(root, course) {
    var link = root.querySelector(".tip-continue__link");
    var where = root.querySelector(".tip-continue__where");
    if (!link || !where || !course.modules.length) return;
    var d = destination(course);
    link.textContent = d.text;
    link.href = d.href;
    where.textContent = d.where;
  }

  /* module id -> the earliest deadline of the assignments that name it */
  function deadlines(assignments) {
    var by = {};
    assignments.forEach(function (a) {
      if (!a.deadline) return;
      a.modules.forEach(function (id) {
        if (!by[id] || a.deadline < by[id]) by[id] = a.deadline;
      });
    });
    return by;
  }

  function drawBanner(root, course, redraw) {
    root.textContent = "";
    tip.assignments.list().forEach(function (a) {
      var box = tip.assignments.render(a, course);
      var remove = el("button", "md-button tip-assignment__remove", tip.t("home.remove-assignment"));
      remove.type = "button";
      remove.addEventListener("click", function () {
        tip.assignments.remove(a);
        redraw();
        var next = document.querySelector("#tip-assignment-banner .tip-assignment__remove, #tip-continue a");
        if (next) next.focus();
      });
      box.appendChild(remove);
      root.appendChild(box);
    });
  }

  function drawCard(card, module, s, deadline) {
    var old = card.querySelector(".tip-module-card__progress");
    if (old) old.remove();
    var box = el("div", "tip-module-card__progress");
    var line = el("p", "tip-module-card__status");
    var label = el("strong", null, s.label);
    label.setAttribute("data-tip-status", s.status);
    var count = el(
      "span",
      "tip-module-card__count",
      tip.tn("home.card-count", s.reflectionsTotal, { answered: s.answered, questions: s.total, done: s.reflectionsDone, reflections: s.reflectionsTotal })
    );
    count.id = "tip-count-" + module.id;
    line.appendChild(label);
    line.appendChild(document.createTextNode(" "));
    line.appendChild(count);
    box.appendChild(line);
    var total = s.total + s.reflectionsTotal;
    var bar = el("progress", "tip-module-card__bar");
    bar.max = total || 1;
    bar.value = total ? s.answered + s.reflectionsDone : s.status === "completed" ? 1 : 0;
    bar.setAttribute("aria-label", tip.t("home.card-progress", { title: module.title }));
    bar.setAttribute("aria-describedby", "tip-count-" + module.id);
    box.appendChild(bar);
    if (deadline && s.status !== "completed") {
      var d = tip.assignments.deadlineText(deadline);
      box.appendChild(el("p", "tip-module-card__deadline" + (d.passed ? " tip-module-card__deadline--passed" : ""), d.text));
    }
    card.appendChild(box);
  }

  function draw(summary, course) {
    var redraw = function () {
      draw(summary, course);
    };
    var button = document.getElementById("tip-continue");
    if (button) drawButton(button, course);
    var banner = document.getElementById("tip-assignment-banner");
    if (banner) drawBanner(banner, course, redraw);
    var cards = document.querySelectorAll("#tip-modules [data-tip-module]");
    if (!tip.store.available()) {
      summary.textContent = tip.t("home.no-storage");
      cards.forEach(function (card) {
        var old = card.querySelector(".tip-module-card__progress");
        if (old) old.remove();
      });
      return;
    }
    var statuses = course.modules.map(tip.progress.status);
    var done = statuses.filter(function (s) {
      return s.status === "completed";
    }).length;
    summary.textContent = tip.tn("home.summary", statuses.length, { done: done, total: statuses.length });
    var due = deadlines(tip.assignments.list());
    cards.forEach(function (card) {
      var id = card.getAttribute("data-tip-module");
      var i = course.modules.map(function (m) {
        return m.id;
      }).indexOf(id);
      if (i >= 0) drawCard(card, course.modules[i], statuses[i], due[id]);
    });
  }

  tip.progress.mount("tip-progress-summary", draw, tip.t("home.failed"), true);

  /* Opened from a folder (file://), the course cannot work: say so on the front page. */
  function fileNotice() {
    var notice = document.querySelector(".tip-file-notice");
    if (notice && window.location.protocol === "file:") notice.hidden = false;
  }

  tip.ready(function () {
    fileNotice();
    tip.progress
      .current()
      .then(function (s) {
        if (s) return tip.progress.course().then(function (course) {
          remember(course, s.id);
        });
      })
      .catch(function () {
        /* no course.json: nothing is remembered */
      });
  });
})();
