/*
 * mulberry32: the small seeded generator the biology demos share with their Python modules
 * (biology.swarms.Mulberry32). The same seed gives the same numbers in both languages, so a
 * demo on the page and the module's tests can be compared number for number.
 */
(function () {
  "use strict";

  function mulberry32(seed) {
    let a = seed >>> 0;
    return function () {
      a = (a + 0x6D2B79F5) >>> 0;
      let t = a;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }

  window.BioPRNG = { mulberry32 };
})();
