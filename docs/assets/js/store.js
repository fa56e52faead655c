/* Tillit i praksis: the one way the course reads and writes the learner's browser storage.
 * Every key is versioned ("tip:v1:..."); every read tolerates junk and a missing localStorage. */
(function () {
  "use strict";
  var tip = (window.tip = window.tip || {});
  var PREFIX = "tip:v1:";
  var cached;

  function storage() {
    if (cached !== undefined) return cached;
    try {
      var s = window.localStorage;
      s.setItem(PREFIX + "probe", "1");
      s.removeItem(PREFIX + "probe");
      cached = s;
    } catch {
      cached = null;
    }
    return cached;
  }

  tip.store = {
    available: function () {
      return storage() !== null;
    },
    /* The stored value, or null when missing, unreadable or rejected by isValid. */
    get: function (key, isValid) {
      var s = storage();
      if (!s) return null;
      try {
        var value = JSON.parse(s.getItem(PREFIX + key));
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
        return s.getItem(PREFIX + key) !== null;
      } catch {
        return false;
      }
    },
    set: function (key, value) {
      var s = storage();
      if (!s) return false;
      try {
        s.setItem(PREFIX + key, JSON.stringify(value));
        return true;
      } catch {
        return false;
      }
    },
    remove: function (key) {
      var s = storage();
      if (!s) return;
      try {
        s.removeItem(PREFIX + key);
      } catch {
        /* nothing to do */
      }
    },
    /* A value another component saved under its own key (JSON), or null. */
    foreign: function (fullKey) {
      var s = storage();
      if (!s) return null;
      try {
        return JSON.parse(s.getItem(fullKey));
      } catch {
        return null;
      }
    },
    /* Write a value under another component's own key (JSON): mkdocs-quiz's, to clear answers. */
    setForeign: function (fullKey, value) {
      var s = storage();
      if (!s) return false;
      try {
        s.setItem(fullKey, JSON.stringify(value));
        return true;
      } catch {
        return false;
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
