/* Tillit i praksis: Norwegian inflections in the search. The build appends this file to
 * Material's lunr.no.min.js (hooks/tip/theme.py), so it runs in Material's search worker after
 * lunr's Norwegian support has loaded.
 *
 * Material searches every word as a prefix ("medarbeiderne*") without a stemmer, so an inflected
 * word only found pages with that exact form. Here each prefix word first loses its Norwegian
 * inflection: "medarbeiderne", "medarbeideren" and "medarbeidere" all search "medarbeid*", and
 * "samtalene" searches "samtal*", so every form of the word is found. The endings are stripped
 * one after the other, so Nynorsk's forms come to the same prefix: "medarbeidarane" loses "ne",
 * "a" and "ar", and searches "medarbeid*" too. */
(function (lunr) {
  "use strict";
  var ending = /(?:nes|ens|ets|ne|en|et|er|ar|e|a)$/;

  function prefixOf(word) {
    var shorter = word.replace(ending, "");
    return shorter.length >= 3 && shorter !== word ? prefixOf(shorter) : word;
  }

  var clause = lunr.Query.prototype.clause;
  lunr.Query.prototype.clause = function (c) {
    if (/^[^*]+\*$/.test(c.term)) c.term = prefixOf(c.term.slice(0, -1)) + "*";
    return clause.call(this, c);
  };
})(this.lunr);
