/* Tillit i praksis: Material asks for the search index, the largest file of the course, on every
 * page load. This holds that one request back until the learner opens the search, or follows a
 * search hit (?h=, for highlighting): a first visit on a phone loads a third less.
 * Loaded in <head> (overrides/main.html), before Material's own script asks. */
(function () {
  "use strict";
  var open = XMLHttpRequest.prototype.open;
  var send = XMLHttpRequest.prototype.send;

  XMLHttpRequest.prototype.open = function (method, url) {
    this.tipSearchIndex = /\/search\/search_index\.json$/.test(String(url));
    return open.apply(this, arguments);
  };

  XMLHttpRequest.prototype.send = function () {
    var request = this;
    var args = arguments;
    var toggle = document.getElementById("__search");
    if (!request.tipSearchIndex || !toggle || toggle.checked || /[?&]h=/.test(window.location.search)) {
      return send.apply(request, args);
    }
    toggle.addEventListener("change", function opened() {
      if (!toggle.checked) return;
      toggle.removeEventListener("change", opened);
      send.apply(request, args);
    });
  };
})();
