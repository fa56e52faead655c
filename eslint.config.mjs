// ESLint for the course's own JavaScript (make check, tests/unit/test_code.py).
// The course's scripts run in the learner's browser as classic scripts, one namespace each
// page shares: window.tip (docs/assets/js/store.js makes it, assets/js/text.js fills tip.text).
import js from "@eslint/js";
import globals from "globals";

export default [
  // Only the course's own code: not the virtualenv's packages, nor built or packaged copies.
  { ignores: [".venv/**", ".venv-ralph/**", "site/**", "dist/**", "**/*.min.js"] },
  js.configs.recommended,
  {
    files: ["docs/assets/js/**/*.js"],
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: "script",
      globals: {
        ...globals.browser,
        tip: "readonly", // the course's one namespace (design.md: no globals beyond one)
      },
    },
    rules: {
      // Small functions, one job each (issue #23); the file's own wrapper (an IIFE) is not counted.
      "max-lines-per-function": ["error", { max: 60, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    // Appended to Material's lunr.no.min.js and run in its search worker (hooks/theme.py),
    // where lunr is the worker's global `this.lunr`.
    files: ["docs/assets/js/search-stemming.js"],
    languageOptions: { globals: { ...globals.worker } },
  },
  {
    // The offline worker (hooks/course/offline.py): Workbox's runtime gives it `workbox`.
    files: ["hooks/course/worker/*.js"],
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: "script",
      globals: { ...globals.serviceworker, workbox: "readonly" },
    },
  },
  {
    // The build's call of workbox-build, in Node.js.
    files: ["hooks/course/worker/*.cjs"],
    languageOptions: { ecmaVersion: 2022, sourceType: "commonjs", globals: { ...globals.node } },
  },
  {
    files: ["tests/js/**/*.mjs", "eslint.config.mjs"],
    languageOptions: { ecmaVersion: 2022, sourceType: "module", globals: { ...globals.node } },
  },
];
