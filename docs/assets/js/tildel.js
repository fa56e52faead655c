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

  function build(root, course) {
    root.textContent = "";
    var form = el("form", "tip-tildel");
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
    var guides = el("div", "tip-print-guides");
    guides.id = "tip-print-guides";

    function chosen() {
      return Array.prototype.slice.call(set.querySelectorAll("input:checked")).map(function (b) {
        return b.value;
      });
    }

    form.addEventListener("submit", function (e) {
      e.preventDefault();
      var modules = chosen();
      if (!modules.length) {
        problem.textContent = tip.t("tildel.choose-one");
        result.hidden = true;
        return;
      }
      problem.textContent = "";
      var params = new URLSearchParams();
      params.set("moduler", modules.join(","));
      if (deadline.value) params.set("frist", deadline.value);
      if (team.value.trim()) params.set("team", team.value.trim());
      if (message.value.trim()) params.set("melding", message.value.trim());
      var url = tip.link("oppdrag/") + "?" + params.toString();
      link.value = url;
      var subject = tip.t("tildel.mail-subject", { course: course.title });
      var body = message.value.trim()
        ? tip.t("tildel.mail-body-message", { message: message.value.trim(), url: url })
        : tip.t("tildel.mail-body", { url: url });
      mail.href = "mailto:?subject=" + encodeURIComponent(subject) + "&body=" + encodeURIComponent(body);
      result.hidden = false;
      done.textContent = tip.t("tildel.ready");
    });

    copy.addEventListener("click", function () {
      link.select();
      var fallback = function () {
        var ok;
        try {
          ok = document.execCommand("copy");
        } catch {
          ok = false;
        }
        done.textContent = tip.t(ok ? "tildel.copied" : "tildel.copy-yourself");
      };
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(link.value).then(function () {
          done.textContent = tip.t("tildel.copied");
        }, fallback);
      } else fallback();
    });

    print.addEventListener("click", function () {
      var picked = course.modules.filter(function (m) {
        return chosen().indexOf(m.id) >= 0 && m.guide;
      });
      done.textContent = tip.t("tildel.fetching");
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
          /* The guides are the course's own pages, written in Markdown and built by MkDocs. */
          var article = new DOMParser().parseFromString(page.text, "text/html").querySelector("article.md-content__inner");
          if (!article) return;
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
          guides.appendChild(section);
        });
        done.textContent = tip.tn("tildel.printing", pages.length, { n: pages.length });
        window.print();
      }, function () {
        done.textContent = tip.t("tildel.fetch-failed");
      });
    });

    root.appendChild(form);
    root.appendChild(result);
    root.appendChild(guides);
  }

  tip.progress.mount("tip-tildel", build, tip.t("tildel.failed"));
})();
