/* Tillit i praksis: keep reflection ticks and notes in the learner's browser.
 * Key: the data-tip-key of the item -> {"done": bool, "note": string}; the build writes the key
 * (hooks/course/storage.py: "reflection", the page and the prompt's id), the one course.json names. */
(function () {
  "use strict";
  var tip = window.tip;

  function isEntry(v) {
    return typeof v === "object" && !Array.isArray(v);
  }

  function setUp(box) {
    var status = box.querySelector(".tip-reflections__status");
    var items = Array.prototype.slice.call(box.querySelectorAll(".tip-reflection"));
    if (!tip.store.available()) status.textContent = tip.t("reflections.no-storage");

    var fields = items.map(function (item) {
      var key = item.getAttribute("data-tip-key");
      var check = item.querySelector('input[type="checkbox"]');
      var note = item.querySelector("textarea");
      var saved = tip.store.get(key, isEntry);
      if (saved) {
        check.checked = saved.done === true;
        note.value = typeof saved.note === "string" ? saved.note : "";
      }
      function save() {
        if (!check.checked && !note.value) tip.store.remove(key);
        else tip.store.set(key, { done: check.checked, note: note.value });
        document.dispatchEvent(new CustomEvent("tip:changed"));
      }
      check.addEventListener("change", save);
      note.addEventListener("input", save);
      return { key: key, check: check, note: note };
    });

    box.querySelector(".tip-reflections__clear").addEventListener("click", function () {
      if (!window.confirm(tip.t("reflections.confirm-clear"))) return;
      fields.forEach(function (f) {
        tip.store.remove(f.key);
        f.check.checked = false;
        f.note.value = "";
      });
      status.textContent = tip.t("reflections.cleared");
      document.dispatchEvent(new CustomEvent("tip:changed"));
    });
  }

  tip.ready(function () {
    document.querySelectorAll(".tip-reflections").forEach(setUp);
  });
})();
