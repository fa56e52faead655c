/* Tillit i praksis: «Fortsett der du slapp».
 *
 * On a module page: remember the module and the section the learner reads (the last heading
 * scrolled past the upper third of the window), under the key course.json names (keys.last_read),
 * as {module, section, heading}. On the front page: the one button into the course (#tip-continue,
 * built as «Start kurset» at module 1): back to that section, on to the next module when that one
 * is completed, and to the certificate when every module is. */
(function () {
  "use strict";
  var tip = window.tip;
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

  /* ---- on a module page ---- */

  function headings() {
    return Array.prototype.slice.call(document.querySelectorAll("article.md-content__inner :is(h2, h3)[id]"));
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
    var key = course.keys && course.keys.last_read;
    if (!key || !tip.store.available()) return;
    var list = headings();
    var last = null;
    function save() {
      var h = sectionRead(list);
      var place = { module: moduleId, section: h ? h.id : "", heading: h ? h.textContent.trim().slice(0, 120) : "" };
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

  /* ---- on the front page ---- */

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
      text: "Start kurset",
      href: tip.link(first.url),
      where: "Modul 1: " + first.title + (first.minutes ? ", omtrent " + first.minutes + " minutter" : ""),
    };
    if (!tip.store.available()) return start;
    if (
      statuses.every(function (s) {
        return s.status === "completed";
      })
    ) {
      return { text: "Skriv ut kursbeviset", href: tip.link(course.certificate || ""), where: "Du har fullført alle modulene." };
    }
    var place = course.keys ? tip.store.get(course.keys.last_read, isPlace) : null;
    var m = place && byId(course, place.module);
    if (m && tip.progress.status(m).status !== "completed") {
      return {
        text: "Fortsett der du slapp",
        href: tip.link(m.url) + (place.section ? "#" + place.section : ""),
        where: "Modul " + number(m) + ": " + m.title + (place.heading ? ", «" + place.heading + "»" : ""),
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
    return { text: "Fortsett", href: tip.link(nm.url), where: "Neste modul: " + number(nm) + ". " + nm.title };
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

  tip.ready(function () {
    var button = document.getElementById("tip-continue");
    tip.progress
      .course()
      .then(function (course) {
        if (button) {
          drawButton(button, course);
          document.addEventListener("tip:changed", function () {
            drawButton(button, course);
          });
        }
        return tip.progress.current().then(function (s) {
          if (s) remember(course, s.id);
        });
      })
      .catch(function () {
        /* no course.json: the button keeps «Start kurset», nothing is remembered */
      });
  });
})();
