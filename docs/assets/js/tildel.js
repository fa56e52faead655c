/* Tillit i praksis: the leader's page "Tildel moduler": choose modules, a deadline, a team and a
 * message, and get a link to share; print the chosen modules' conversation guides as one document. */
(function () {
  "use strict";
  var tip = window.tip;
  var el = tip.el;

  function field(labelText, input) {
    var wrap = el("p", "tip-field");
    var label = el("label", null, labelText);
    label.htmlFor = input.id;
    wrap.appendChild(label);
    wrap.appendChild(input);
    return wrap;
  }

  /* The fieldset with a checkbox for every module of the course. */
  function moduleChoice(course) {
    var set = el("fieldset");
    set.appendChild(el("legend", null, tip.t("tildel.choose")));
    course.modules.forEach(function (m) {
      var p = el("p", "tip-tildel__module");
      var box = el("input");
      box.type = "checkbox";
      box.id = "tildel-" + m.id;
      box.value = m.id;
      var label = el("label", null, m.minutes ? tip.t("tildel.module-minutes", { title: m.title, minutes: m.minutes }) : m.title);
      label.htmlFor = box.id;
      p.appendChild(box);
      p.appendChild(label);
      set.appendChild(p);
    });
    return set;
  }

  /* The form: the modules, a deadline, a team, a message and the button that makes the link. */
  function assignmentForm(course) {
    var form = el("form", "tip-tildel");
    var set = moduleChoice(course);
    form.appendChild(set);
    var deadline = el("input");
    deadline.type = "date";
    deadline.id = "tildel-frist";
    var team = el("input");
    team.type = "text";
    team.id = "tildel-team";
    team.maxLength = 80;
    var message = el("textarea");
    message.id = "tildel-melding";
    message.maxLength = 600;
    message.rows = 3;
    form.appendChild(field(tip.t("tildel.deadline"), deadline));
    form.appendChild(field(tip.t("tildel.team"), team));
    form.appendChild(field(tip.t("tildel.message"), message));
    var make = el("button", "md-button md-button--primary", tip.t("tildel.make"));
    make.type = "submit";
    form.appendChild(make);
    var problem = el("p", "tip-tildel__problem");
    problem.setAttribute("role", "alert");
    form.appendChild(problem);
    return { form: form, set: set, deadline: deadline, team: team, message: message, problem: problem };
  }

  /* The block that shows the link, with buttons to copy it, mail it and print the guides. */
  function resultBlock() {
    var result = el("div", "tip-tildel__result");
    result.hidden = true;
    var link = el("input");
    link.id = "tildel-lenke";
    link.readOnly = true;
    result.appendChild(field(tip.t("tildel.link"), link));
    var copy = el("button", "md-button", tip.t("tildel.copy"));
    copy.type = "button";
    var mail = el("a", "md-button", tip.t("tildel.mail"));
    var print = el("button", "md-button", tip.t("tildel.print"));
    print.type = "button";
    var done = el("p", "tip-tildel__status");
    done.setAttribute("role", "status");
    [copy, mail, print].forEach(function (b) {
      result.appendChild(b);
      result.appendChild(document.createTextNode(" "));
    });
    result.appendChild(done);
    return { result: result, link: link, copy: copy, mail: mail, print: print, done: done };
  }

  /* The ids of the modules ticked in the form. */
  function chosen(form) {
    return Array.prototype.slice.call(form.set.querySelectorAll("input:checked")).map(function (b) {
      return b.value;
    });
  }

  /* The form sent: the link to the assignment page, and a mail that carries it. */
  function makeLink(course, form, out) {
    var modules = chosen(form);
    if (!modules.length) {
      form.problem.textContent = tip.t("tildel.choose-one");
      out.result.hidden = true;
      return;
    }
    form.problem.textContent = "";
    var message = form.message.value.trim();
    var params = new URLSearchParams();
    params.set("moduler", modules.join(","));
    if (form.deadline.value) params.set("frist", form.deadline.value);
    if (form.team.value.trim()) params.set("team", form.team.value.trim());
    if (message) params.set("melding", message);
    var url = tip.link("oppdrag/") + "?" + params.toString();
    out.link.value = url;
    var subject = tip.t("tildel.mail-subject", { course: course.title });
    var body = message ? tip.t("tildel.mail-body-message", { message: message, url: url }) : tip.t("tildel.mail-body", { url: url });
    out.mail.href = "mailto:?subject=" + encodeURIComponent(subject) + "&body=" + encodeURIComponent(body);
    out.result.hidden = false;
    out.done.textContent = tip.t("tildel.ready");
  }

  /* The link to the clipboard, the old way where the browser has no clipboard for the page. */
  function copyLink(out) {
    out.link.select();
    var fallback = function () {
      var ok;
      try {
        ok = document.execCommand("copy");
      } catch {
        ok = false;
      }
      out.done.textContent = tip.t(ok ? "tildel.copied" : "tildel.copy-yourself");
    };
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(out.link.value).then(function () {
        out.done.textContent = tip.t("tildel.copied");
      }, fallback);
    } else fallback();
  }

  /* A guide's page as a section of the printout: its article, without buttons and permalinks. */
  function printedGuide(page) {
    /* The guides are the course's own pages, written in Markdown and built by MkDocs. */
    var article = new DOMParser().parseFromString(page.text, "text/html").querySelector("article.md-content__inner");
    if (!article) return null;
    article.querySelectorAll(".headerlink, .md-content__button, .md-source-file, .tip-samtale-start").forEach(function (n) {
      n.remove();
    });
    /* Links as the guide's own page has them, with the full address for the printout. */
    article.querySelectorAll("a[href]").forEach(function (a) {
      var href = a.getAttribute("href");
      if (href && href.charAt(0) !== "#") a.href = new URL(href, page.url).href;
    });
    if (tip.samtale) tip.samtale.addressesForPrint(article, page.url);
    var section = el("section", "tip-print-guide");
    Array.prototype.slice.call(article.childNodes).forEach(function (n) {
      section.appendChild(document.importNode(n, true));
    });
    return section;
  }

  /* Fetch the chosen modules' conversation guides and print them as one document. */
  function printGuides(course, form, out, guides) {
    var picked = course.modules.filter(function (m) {
      return chosen(form).indexOf(m.id) >= 0 && m.guide;
    });
    out.done.textContent = tip.t("tildel.fetching");
    Promise.all(
      picked.map(function (m) {
        var url = tip.link(m.guide);
        return fetch(url).then(function (r) {
          return r.text().then(function (text) {
            return { url: url, text: text };
          });
        });
      })
    ).then(function (pages) {
      guides.textContent = "";
      pages.forEach(function (page) {
        var section = printedGuide(page);
        if (section) guides.appendChild(section);
      });
      out.done.textContent = tip.tn("tildel.printing", pages.length, { n: pages.length });
      window.print();
    }, function () {
      out.done.textContent = tip.t("tildel.fetch-failed");
    });
  }

  function build(root, course) {
    root.textContent = "";
    var form = assignmentForm(course);
    var out = resultBlock();
    var guides = el("div", "tip-print-guides");
    guides.id = "tip-print-guides";
    form.form.addEventListener("submit", function (e) {
      e.preventDefault();
      makeLink(course, form, out);
    });
    out.copy.addEventListener("click", function () {
      copyLink(out);
    });
    out.print.addEventListener("click", function () {
      printGuides(course, form, out, guides);
    });
    root.appendChild(form.form);
    root.appendChild(out.result);
    root.appendChild(guides);
  }

  tip.progress.mount("tip-tildel", build, tip.t("tildel.failed"));
})();
