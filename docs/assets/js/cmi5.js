/* Tillit i praksis: report a module to the learning record store (LRS) of a learning platform
 * (LMS) that launched it through cmi5 (make cmi5). Only the module pages of the cmi5 package
 * name this file (course/cmi5.py), and it loads @xapi/cmi5 (bundled at build time, named by the
 * script's data-tip-library) only when the page's address carries the cmi5 launch parameters.
 *
 * Sent, as @xapi/cmi5 makes them (cmi5 defined statements, with the LMS's context template, so
 * with the session id): initialized; passed or failed with the module's scaled score, once every
 * drawn question is answered; completed once the module is completed (reflections ticked too);
 * terminated when the learner leaves the page. Never sent: answers, reflection ticks or notes.
 *
 * A statement that cannot be sent waits in the queue (under the storage key tip.key("cmi5")
 * names) and goes later, in order: with the next statement, when the browser is online again,
 * or at the next launch. Each statement has its own id (a UUID made by @xapi/cmi5), so an LRS
 * keeps it once however often it arrives. What a registration was told (passed, completed,
 * failed per attempt) is kept there too, so a later launch does not tell it again. */
(function () {
  "use strict";
  var tip = window.tip;
  var script = document.currentScript;
  var KEY = tip.key("cmi5"); /* course/storage.py */
  var PARAMS = ["endpoint", "fetch", "actor", "registration", "activityId"];
  var RETRY_MS = 5000;
  var KEPT = 200; /* registrations' verdicts remembered, the newest */

  /* ---- the queue, in the learner's browser ---- */

  function isRecord(v) {
    return v && typeof v === "object" && Array.isArray(v.queue) && Array.isArray(v.sent);
  }

  function record() {
    var v = tip.store.get(KEY, isRecord);
    return v || { queue: [], sent: [] };
  }

  function save(r) {
    if (r.queue.length === 0 && r.sent.length === 0) tip.store.remove(KEY);
    else tip.store.set(KEY, r);
  }

  var pending = []; /* where the queue lives when the browser lets the course store nothing */

  function enqueue(endpoint, statement) {
    var r = record();
    r.queue.push({ endpoint: endpoint, statement: statement });
    if (!tip.store.set(KEY, r)) pending.push({ endpoint: endpoint, statement: statement });
  }

  function queueFor(endpoint) {
    return record()
      .queue.concat(pending)
      .filter(function (e) {
        return e && e.endpoint === endpoint && e.statement && typeof e.statement.id === "string";
      });
  }

  function dequeue(id) {
    var r = record();
    r.queue = r.queue.filter(function (e) {
      return !(e && e.statement && e.statement.id === id);
    });
    save(r);
    pending = pending.filter(function (e) {
      return e.statement.id !== id;
    });
  }

  var toldHere = []; /* the same, for a browser that lets the course store nothing */

  function told(key) {
    return toldHere.indexOf(key) >= 0 || record().sent.indexOf(key) >= 0;
  }

  function remember(key) {
    toldHere.push(key);
    var r = record();
    r.sent.push(key);
    r.sent = r.sent.slice(-KEPT);
    save(r);
  }

  /* ---- sending, one statement at a time, oldest first ---- */

  // eslint-disable-next-line max-lines-per-function -- one closure over the queue and the token
  function sender(endpoint, token) {
    var url = endpoint.replace(/\/?$/, "/") + "statements";
    var running = null;
    var timer = null;

    /* One statement, or (as the page goes) several in one request. */
    function post(statement) {
      return fetch(url, {
        method: "POST",
        keepalive: true /* terminated is sent as the page goes */,
        headers: {
          Authorization: "Basic " + token,
          "Content-Type": "application/json",
          "X-Experience-API-Version": "1.0.3",
        },
        body: JSON.stringify(statement),
      });
    }

    function next() {
      var entry = queueFor(endpoint)[0];
      if (!entry) return Promise.resolve();
      return post(entry.statement).then(function (response) {
        /* Sent, or refused for good (a statement the LRS will never take): the next one. */
        if (response.ok || response.status === 400 || response.status === 409) {
          dequeue(entry.statement.id);
          return next();
        }
        throw new Error("LRS: HTTP " + response.status);
      });
    }

    function flush() {
      if (!running) {
        running = next()
          .catch(function () {
            if (!timer) {
              timer = window.setTimeout(function () {
                timer = null;
                flush();
              }, RETRY_MS);
            }
          })
          .then(function () {
            running = null;
          });
      }
      return running;
    }

    /* As the page goes, the whole queue goes at once, in one request and in order: only a
     * request that starts as the page goes outlives it, and one that was on its way may be
     * cut off. Should both arrive, the LRS keeps each statement once (by its id). Without an
     * answer (the page is gone) the queue stays as it is: a later launch sends what is left,
     * and the LRS keeps once what it has already. */
    function last() {
      var queue = queueFor(endpoint);
      if (queue.length === 0) return Promise.resolve();
      return post(
        queue.map(function (e) {
          return e.statement;
        })
      )
        .then(function (response) {
          if (response.ok)
            queue.forEach(function (e) {
              dequeue(e.statement.id);
            });
        })
        .catch(function () {});
    }

    window.addEventListener("online", flush);
    return { flush: flush, last: last };
  }

  /* ---- the launch ---- */

  function absoluteHttp(text) {
    try {
      var url = new URL(text);
      return url.protocol === "http:" || url.protocol === "https:";
    } catch {
      return false;
    }
  }

  /* The launch parameters, or null when the page was not launched through cmi5 at all;
   * throws when they are there but incomplete or wrong. */
  function launchParameters() {
    var query = new URLSearchParams(window.location.search);
    if (
      !PARAMS.some(function (p) {
        return query.has(p);
      })
    )
      return null;
    var p = {};
    PARAMS.forEach(function (name) {
      p[name] = query.get(name) || "";
    });
    if (!absoluteHttp(p.endpoint) || !absoluteHttp(p.fetch) || !p.registration || !p.activityId)
      throw new Error("cmi5: launch parameters missing");
    p.actor = JSON.parse(p.actor);
    if (!p.actor || typeof p.actor !== "object") throw new Error("cmi5: no actor");
    return p;
  }

  /* One calm sentence at the top of the page: the course reads on as usual. */
  function sayUnavailable() {
    if (document.querySelector(".tip-cmi5-notice")) return;
    var box = document.createElement("div");
    box.className = "tip-cmi5-notice admonition note";
    box.setAttribute("role", "status");
    box.appendChild(document.createElement("p")).textContent = tip.t("cmi5.unavailable");
    var heading = document.querySelector(".md-content__inner h1");
    if (heading) heading.after(box);
    else (document.querySelector(".md-content__inner") || document.body).prepend(box);
  }

  function loadLibrary() {
    return new Promise(function (resolve, reject) {
      if (tip.xapiCmi5) return resolve(tip.xapiCmi5.default);
      var tag = document.createElement("script");
      tag.src = new URL(script.getAttribute("data-tip-library"), window.location.href).href;
      tag.onload = function () {
        if (tip.xapiCmi5 && tip.xapiCmi5.default) resolve(tip.xapiCmi5.default);
        else reject(new Error("cmi5: library did not load"));
      };
      tag.onerror = function () {
        reject(new Error("cmi5: library did not load"));
      };
      document.head.appendChild(tag);
    });
  }

  function start(Cmi5, params, first) {
    var cmi5 = new Cmi5(params);
    var send = null;
    var leaving = false;
    var backlog = [];
    /* Every statement @xapi/cmi5 makes goes through the queue: kept first, then sent. */
    cmi5.sendXapiStatement = function (statement, options) {
      var s = options && typeof options.transform === "function" ? options.transform(statement) : statement;
      if (!send) {
        backlog.push(s); /* initialized, made before the token is ours to send with */
        return Promise.resolve([s.id]);
      }
      enqueue(params.endpoint, s);
      return (leaving ? send.last() : send.flush()).then(function () {
        return [s.id];
      });
    };
    window.addEventListener("pagehide", function () {
      leaving = true;
    });
    return cmi5.initialize().then(function () {
      send = sender(params.endpoint, cmi5.getAuthToken());
      backlog.forEach(function (s) {
        enqueue(params.endpoint, s);
      });
      send.flush();
      return report(cmi5, params, first);
    });
  }

  function report(cmi5, params, first) {
    var data = cmi5.getLaunchData() || {};
    var normal = data.launchMode === "Normal";
    var mastery = typeof data.masteryScore === "number" ? data.masteryScore : undefined;
    var prefix = params.registration + " " + params.activityId + " ";
    var finished = false;

    function tell(s) {
      if (finished || !normal) return;
      var outcome = tip.progress.outcome(s, mastery);
      var score = s.score / 100;
      if (outcome === "passed" && !told(prefix + "passed")) {
        remember(prefix + "passed");
        cmi5.pass(score);
      } else if (outcome === "failed" && !told(prefix + "passed") && !told(prefix + "failed:" + s.attempt)) {
        remember(prefix + "failed:" + s.attempt);
        cmi5.fail(score);
      }
      if (s.status === "completed" && !told(prefix + "completed")) {
        remember(prefix + "completed");
        cmi5.complete();
      }
    }

    function leave() {
      if (finished) return;
      finished = true;
      cmi5.terminate();
    }

    tip.progress.follow(first, tell);
    window.addEventListener("pagehide", leave);
    /* Read, and not acted on: each package holds one edition (bokmål or nynorsk). */
    tip.cmi5.preferences = cmi5.getLearnerPreferences() || {};
  }

  tip.cmi5 = { preferences: null };

  tip.ready(function () {
    var params;
    try {
      params = launchParameters();
    } catch {
      sayUnavailable();
      return;
    }
    if (!params || !tip.progress) return;
    Promise.all([loadLibrary(), tip.progress.current()])
      .then(function (loaded) {
        if (!loaded[1]) return null; /* not a module page */
        return start(loaded[0], params, loaded[1]);
      })
      .catch(sayUnavailable);
  });
})();
