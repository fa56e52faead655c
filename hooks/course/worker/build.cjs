// Tillit i praksis: writes the offline worker of one built edition with workbox-build
// (hooks/course/offline.py runs it after the build):  node build.cjs '<options as JSON>'
// Prints {"count": files, "size": bytes} as JSON; a problem goes to stderr with exit status 1.
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const { injectManifest } = require("workbox-build");

async function main() {
  const options = JSON.parse(process.argv[2]);
  const runtime = path.join(options.site, options.runtime);
  fs.mkdirSync(runtime, { recursive: true });
  for (const file of options.runtimeFiles) {
    fs.copyFileSync(require.resolve(file), path.join(runtime, path.basename(file)));
  }
  const { count, size, warnings } = await injectManifest({
    globDirectory: options.site,
    globPatterns: options.patterns,
    globIgnores: options.ignores,
    swSrc: options.source,
    swDest: path.join(options.site, options.worker),
    maximumFileSizeToCacheInBytes: options.maxFileBytes,
    // A name that carries its content's hash needs no revision: the copy may come from the
    // browser's cache, where the page has just put it, instead of a second download.
    dontCacheBustURLsMatching: new RegExp(options.hashedNames),
  });
  if (warnings.length) throw new Error(warnings.join("\n"));
  process.stdout.write(JSON.stringify({ count, size }) + "\n");
}

main().catch((error) => {
  process.stderr.write(String(error && error.message ? error.message : error) + "\n");
  process.exit(1);
});
