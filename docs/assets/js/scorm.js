/* Tillit i praksis: report a module's progress to a learning platform (LMS) that runs the course
 * as a SCORM 1.2 package (make scorm). Outside an LMS no SCORM API is found and nothing happens.
 *
 * Reported for the module on the page: cmi.core.lesson_status ("incomplete" while not done,
 * "passed" when completed, "failed" when every question is answered below the pass mark),
 * cmi.core.score.raw/min/max (percent of the quiz answered correctly, once a question is
 * answered) and cmi.core.session_time; cmi.core.lesson_location holds the module's id, so a
 * learner who follows a link to another module inside the LMS's frame does not report that
 * module as this one. Never reported: answers, reflection ticks or notes.
 * The session ends (LMSCommit, LMSFinish) when the learner leaves the page. */
(function () {
  "use strict";
  var tip = window.tip;
  var MAX_LEVELS = 10; /* frames to climb before giving up, as in ADL's sample code */

  /* The SCORM 1.2 API in this window or one of its parents, or null. */
  function apiFrom(win) {
    for (var level = 0; win && level <= MAX_LEVELS; level++) {
      try {
        if (win.API && typeof win.API.LMSInitialize === "function") return win.API;
      } catch {
        return null; /* a frame from another site: no API we may use */
      }
      if (win.parent === win) return null;
      win = win.parent;
    }
    return null;
  }

  function findApi() {
    return apiFrom(window) || (window.opener ? apiFrom(window.opener) : null);
  }

  function lessonStatus(s) {
    if (s.status === "completed") return "passed";
    if (tip.progress.outcome(s) === "failed") return "failed";
    return "incomplete";
  }

  function pad(n, width) {
    var text = String(n);
    while (text.length < width) text = "0" + text;
    return text;
  }

  /* CMITimespan: HHHH:MM:SS.SS */
  function timespan(ms) {
    var cs = Math.min(Math.floor(ms / 10), 9999 * 360000 - 1);
    var seconds = Math.floor(cs / 100) % 60;
    return pad(Math.floor(cs / 360000), 4) + ":" + pad(Math.floor(cs / 6000) % 60, 2) + ":" + pad(seconds, 2) + "." + pad(cs % 100, 2);
  }

  function start(api, first) {
    if (String(api.LMSInitialize("")) !== "true") return;
    var owner = String(api.LMSGetValue("cmi.core.lesson_location"));
    if (owner && owner !== first.id) {
      api.LMSFinish(""); /* this LMS activity belongs to another module */
      return;
    }
    api.LMSSetValue("cmi.core.lesson_location", first.id);
    var began = Date.now();
    var finished = false;
    var before = String(api.LMSGetValue("cmi.core.lesson_status"));
    /* A module passed earlier (perhaps in another browser, with nothing saved in this one)
     * stays passed: the LMS is told a lower status only for a module it has not seen passed. */
    var keepPassed = before === "passed" || before === "completed";

    function report(s) {
      var status = lessonStatus(s);
      if (finished || (keepPassed && status !== "passed")) return;
      api.LMSSetValue("cmi.core.lesson_status", status);
      if (s.answered > 0) {
        api.LMSSetValue("cmi.core.score.min", "0");
        api.LMSSetValue("cmi.core.score.max", "100");
        api.LMSSetValue("cmi.core.score.raw", String(s.score));
      }
      api.LMSCommit("");
    }

    function finish() {
      if (finished) return;
      finished = true;
      api.LMSSetValue("cmi.core.session_time", timespan(Date.now() - began));
      api.LMSCommit("");
      api.LMSFinish("");
    }

    tip.progress.follow(first, report);
    window.addEventListener("pagehide", finish);
  }

  tip.ready(function () {
    var api = findApi();
    if (!api || !tip.progress) return;
    tip.progress
      .current()
      .then(function (s) {
        if (s) start(api, s);
      })
      .catch(function () {});
  });

  tip.scorm = { findApi: findApi, lessonStatus: lessonStatus, timespan: timespan };
})();
