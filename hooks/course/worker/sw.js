/* Tillit i praksis: the offline worker, sw.js at the root of each edition (hooks/course/offline.py).
 * workbox-build's injectManifest puts the list of the edition's files, each with a hash of its
 * content, in the place of the manifest marker below. Workbox's own precaching keeps them all and
 * answers every request for one of them from that copy, so the course reads without the network.
 *
 * A new build is a new list: the browser installs the new worker beside the old one, which keeps
 * answering with the old files, every one of them, until the learner chooses to load the new
 * version (docs/assets/js/offline.js sends SKIP_WAITING). Pages and question files change together. */
importScripts("workbox/workbox-sw.js");
workbox.setConfig({ modulePathPrefix: "workbox/", debug: false });
workbox.precaching.cleanupOutdatedCaches();
/* An assignment's link (oppdrag/?moduler=...) is the page oppdrag/ in the copy. */
workbox.precaching.precacheAndRoute(self.__WB_MANIFEST, { ignoreURLParametersMatching: [/.*/] });

self.addEventListener("message", (event) => {
  if (event.data && event.data.type === "SKIP_WAITING") self.skipWaiting();
});
