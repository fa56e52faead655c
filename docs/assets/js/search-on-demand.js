/* Tillit i praksis: Material asks for the search index, the largest file of the course, and
 * starts the search worker (a script of its own) on every page load. This holds both back until
 * the learner opens the search, or follows a search hit (?h=, for highlighting): a first visit on
 * a phone loads a third less. Material talks to the worker with postMessage and "message" events
 * only: until the search is opened, it talks to a stand-in that keeps the messages, and the
 * worker gets them once it runs. Loaded in <head> (overrides/main.html), before Material's own
 * script asks. */
(function () {
  "use strict";
  var open = XMLHttpRequest.prototype.open;
  var send = XMLHttpRequest.prototype.send;
  var RealWorker = window.Worker;
  var SEARCH_WORKER = /\/workers\/search\.[0-9a-f]+\.min\.js$/;

  /* Runs start() once the search is open: now, or when the learner opens it. */
  function whenSearchOpens(start) {
    var toggle = document.getElementById("__search");
    if (!toggle || toggle.checked || /[?&]h=/.test(window.location.search)) {
      start();
      return;
    }
    toggle.addEventListener("change", function opened() {
      if (!toggle.checked) return;
      toggle.removeEventListener("change", opened);
      start();
    });
  }

  XMLHttpRequest.prototype.open = function (method, url) {
    this.tipSearchIndex = /\/search\/search_index\.json$/.test(String(url));
    return open.apply(this, arguments);
  };

  XMLHttpRequest.prototype.send = function () {
    var request = this;
    var args = arguments;
    if (!request.tipSearchIndex) return send.apply(request, args);
    whenSearchOpens(function () {
      send.apply(request, args);
    });
  };

  /* The search worker's stand-in: the messages wait until the worker runs; the worker's
   * messages reach Material's listeners as before. */
  class SearchWorker extends EventTarget {
    constructor(url, options) {
      super();
      var self = this;
      var waiting = [];
      var worker = null;
      this.postMessage = function () {
        if (worker) worker.postMessage.apply(worker, arguments);
        else waiting.push(arguments);
      };
      this.terminate = function () {
        if (worker) worker.terminate();
        waiting = [];
      };
      whenSearchOpens(function () {
        worker = new RealWorker(url, options);
        ["message", "messageerror"].forEach(function (type) {
          worker.addEventListener(type, function (event) {
            self.dispatchEvent(new MessageEvent(type, { data: event.data }));
          });
        });
        worker.addEventListener("error", function () {
          self.dispatchEvent(new Event("error"));
        });
        waiting.forEach(function (args) {
          worker.postMessage.apply(worker, args);
        });
        waiting = null;
      });
    }
  }

  if (RealWorker) {
    window.Worker = function (url, options) {
      if (!SEARCH_WORKER.test(new URL(String(url), window.location.href).pathname)) {
        return new RealWorker(url, options);
      }
      return new SearchWorker(url, options);
    };
    window.Worker.prototype = RealWorker.prototype;
  }
})();
