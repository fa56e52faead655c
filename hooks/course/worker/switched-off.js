/* Tillit i praksis: the offline worker is switched off (course.yml: offline: false, or the
 * preview). A learner's browser that holds a worker from an earlier build replaces it with this
 * one when it next checks, and this one removes the course's offline copy and itself. */
self.addEventListener("install", () => self.skipWaiting());
self.addEventListener("activate", (event) => {
  var scope = self.registration.scope;
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(
          names.filter((name) => name.endsWith(scope)).map((name) => caches.delete(name)),
        ),
      )
      .then(() => self.registration.unregister()),
  );
});
