/* Tillit i praksis: the course without the network. Registers the edition's offline worker
 * (sw.js at the edition's root, written by the build: hooks/course/offline.py), says quietly on
 * the front page when the whole course is kept in the browser, and offers a new build once the
 * browser has fetched it: the old copy answers, all of it, until the learner loads the new one.
 * The build leaves this script out where the worker is switched off, and the SCORM package too. */
(function () {
  "use strict";
  var tip = window.tip;
  var sw = navigator.serviceWorker;
  if (!sw || !window.isSecureContext) return;
  var reloading = false;
  var controlled = Boolean(sw.controller);

  /* A worker has taken over a page that an older one served: the page is reloaded, so that no
   * page shows old files next to new ones (every open tab of the course does this). */
  sw.addEventListener("controllerchange", function () {
    if (!controlled || reloading) return;
    reloading = true;
    window.location.reload();
  });

  function showReady() {
    var modules = document.getElementById("tip-modules");
    if (!modules || document.querySelector(".tip-offline-status")) return;
    var status = tip.el("p", "tip-offline-status");
    status.setAttribute("role", "status"); /* polite: it never interrupts */
    modules.insertAdjacentElement("afterend", status);
    /* Filled after it is in the page, so that a screen reader hears it. */
    window.setTimeout(function () {
      status.textContent = tip.t("offline.ready");
    }, 50);
  }

  function offerUpdate(waiting) {
    if (!controlled || document.querySelector(".tip-update")) return;
    var box = tip.el("div", "tip-update");
    box.setAttribute("role", "status");
    box.appendChild(tip.el("p", "", tip.t("offline.update")));
    var button = tip.el("button", "md-button md-button--primary", tip.t("offline.load"));
    button.type = "button";
    button.addEventListener("click", function () {
      button.disabled = true;
      waiting.postMessage({ type: "SKIP_WAITING" });
    });
    box.appendChild(button);
    document.body.appendChild(box);
  }

  function watch(registration) {
    if (registration.waiting) offerUpdate(registration.waiting);
    registration.addEventListener("updatefound", function () {
      var worker = registration.installing;
      if (!worker) return;
      worker.addEventListener("statechange", function () {
        if (worker.state === "installed") offerUpdate(worker);
      });
    });
  }

  /* After the page has loaded: the copy of the course must not slow the first page down. */
  function register() {
    sw.register(new URL("sw.js", tip.siteRoot()).href)
      .then(watch)
      .catch(function () {
        /* not allowed here (an intranet's policy, private browsing): the course reads online */
      });
    sw.ready.then(function () {
      tip.ready(showReady);
    });
  }
  if (document.readyState === "complete") register();
  else window.addEventListener("load", register);
})();
