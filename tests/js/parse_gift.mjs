// Parse GIFT files with gift-pegjs and print what it read as JSON: {"<file>": [questions...]}.
// Usage: node tests/js/parse_gift.mjs <file.gift>...  (exit status 1 with the parser's message on a syntax error)
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const { parse } = createRequire(import.meta.url)("gift-pegjs");
const parsed = {};
for (const file of process.argv.slice(2)) {
  try {
    parsed[file] = parse(readFileSync(file, "utf8"));
  } catch (error) {
    const where = error.location ? `:${error.location.start.line}:${error.location.start.column}` : "";
    console.error(`${file}${where}: ${error.message}`);
    process.exit(1);
  }
}
console.log(JSON.stringify(parsed));
