/* Tillit i praksis: the one way the course reads and writes the learner's browser storage.
 * Every key comes from the build's list (tip.storage, hooks/course/storage.py) through tip.key,
 * or from course.json; every read tolerates junk and a missing localStorage. */
(function () {
  "use strict";
  var tip = (window.tip = window.tip || {});
  var cached;

  /* The key of a family in hooks/course/storage.py, followed by rest where the family has one
   * key per page or item: tip.key("assignments"), tip.key("answers", path). */
  tip.key = function (name, rest) {
    var keys = tip.storage || {};
    if (!Object.prototype.hasOwnProperty.call(keys, name)) throw new Error("no storage key " + name + " in hooks/course/storage.py");
    return keys[name] + (rest || "");
  };

  function storage() {
    if (cached !== undefined) return cached;
    try {
      var s = window.localStorage;
      s.setItem(tip.key("probe"), "1");
      s.removeItem(tip.key("probe"));
      cached = s;
    } catch {
      cached = null;
    }
    return cached;
  }

  /* Every method takes a whole key: the course's own or another component's (mkdocs-quiz's). */
  tip.store = {
    available: function () {
      return storage() !== null;
    },
    /* The stored value (JSON), or null when missing, unreadable or rejected by isValid. */
    get: function (key, isValid) {
      var s = storage();
      if (!s) return null;
      try {
        var value = JSON.parse(s.getItem(key));
        return value === null || (isValid && !isValid(value)) ? null : value;
      } catch {
        return null;
      }
    },
    /* Whether anything is stored under the key, readable or not. */
    has: function (key) {
      var s = storage();
      if (!s) return false;
      try {
        return s.getItem(key) !== null;
      } catch {
        return false;
      }
    },
    set: function (key, value) {
      var s = storage();
      if (!s) return false;
      try {
        s.setItem(key, JSON.stringify(value));
        return true;
      } catch {
        return false;
      }
    },
    remove: function (key) {
      var s = storage();
      if (!s) return;
      try {
        s.removeItem(key);
      } catch {
        /* nothing to do */
      }
    },
    /* Remove every key, ours or not, for which belongs(key) is true; returns how many. */
    removeAll: function (belongs) {
      var s = storage();
      if (!s) return 0;
      var doomed = [];
      try {
        for (var i = 0; i < s.length; i++) if (belongs(s.key(i))) doomed.push(s.key(i));
        doomed.forEach(function (k) {
          s.removeItem(k);
        });
      } catch {
        /* storage went away */
      }
      return doomed.length;
    },
  };

  tip.ready = function (fn) {
    if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", fn);
    else fn();
  };

  /* A text of the course in the edition's language (assets/js/text.js, made by the build from
   * hooks/course/text/), with its {placeholders} filled in from args; the key itself if missing. */
  tip.t = function (key, args) {
    var texts = tip.text || {};
    var template = Object.prototype.hasOwnProperty.call(texts, key) ? texts[key] : key;
    return template.replace(/\{(\w+)\}/g, function (whole, name) {
      return args && Object.prototype.hasOwnProperty.call(args, name) ? String(args[name]) : whole;
    });
  };

  /* A date in the edition's words: "15. desember 2026". The catalogue names the languages to try
   * in turn ("locale"): a browser without Nynorsk data (Chromium has none) writes the date in
   * Bokmål, which writes it the same way, instead of in English. */
  tip.date = function (date, options) {
    return date.toLocaleDateString(tip.t("locale").split(" "), options);
  };

  /* A text about a number of things, in the form for one ("key.one") or for any other number
   * ("key.many"): "om 1 dag", "om 3 dager". The same rule holds in Bokmål and Nynorsk. */
  tip.tn = function (key, count, args) {
    return tip.t(key + (count === 1 ? ".one" : ".many"), args);
  };

  /* A new element with a class and text content: text, never HTML. */
  tip.el = function (tag, className, text) {
    var e = document.createElement(tag);
    if (className) e.className = className;
    if (text !== undefined) e.textContent = text;
    return e;
  };
})();
