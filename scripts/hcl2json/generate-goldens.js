#!/usr/bin/env node
// Copyright (c) vnetlint authors. SPDX-License-Identifier: Apache-2.0
//
// Generates the golden file of the parser-hcl differential test: HashiCorp's own HCL parser (hcl v2.23.0 with
// tmccombs/hcl2json v0.6.5, as compiled to WASM in @cdktf/hcl2json@0.21.0) run over every .tf and .tfvars file
// under a corpus root.
//
// Regenerate (from the repository root, needs Node 18+ and the npm registry):
//   npm ci --prefix scripts/hcl2json && node scripts/hcl2json/generate-goldens.js
// Options: --root <dir> (default ../shared/corpus next to the repository)
//          --out <file> (default parser-hcl/src/test/resources/oracle/hcl2json-goldens.jsonl.gz)
//
// Output: gzip'd JSON Lines. Line 1 is a header; every further line is one file, sorted by path:
//   {"set":"corpus","path":"<set-relative, '/'-separated>","sha256":"<hex of the file's bytes>","json":<output>}
//   {"set":...,"path":...,"sha256":...,"error":"<HashiCorp's error text, with file:line,col-col ranges>"}
// Sets: "corpus" (every .tf/.tfvars under the corpus), "specsuite" (hashicorp__hcl/specsuite/tests of the corpus),
// "probes" (parser-hcl/src/test/resources/oracle/probes, hand-written edge cases and syntax errors), "mutants"
// (corpus files with one deterministic mutation: truncated, a character deleted, a token inserted, two lines joined,
// two neighbouring characters swapped;
// these lines also carry the mutated text as "content").
// The "json" value is the Go output copied verbatim (not re-serialised by JavaScript), so numbers such as 1e400
// keep their exact decimal text. The test reads files from the corpus at test time and skips (and counts) files
// whose sha256 no longer matches their golden.
"use strict";

const crypto = require("crypto");
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");
const { rawParse } = require("./oracle");

const repoRoot = path.resolve(__dirname, "..", "..");

function option(name, fallback) {
  const i = process.argv.indexOf(name);
  return i >= 0 && i + 1 < process.argv.length ? process.argv[i + 1] : fallback;
}

// The file sets the test compares; each golden line names its set so the test knows where to read the file.
function sets(corpus) {
  return [
    // The acceptance measure: every .tf and .tfvars file of the shared corpus.
    { name: "corpus", root: corpus, accept: (p) => p.endsWith(".tf") || p.endsWith(".tfvars") },
    // HashiCorp's specification suite: its inputs, decoder specs and expectations are all native syntax.
    { name: "specsuite", root: path.join(corpus, "hashicorp__hcl", "specsuite", "tests"),
      accept: (p) => /\.(hcl|hcldec|t)$/.test(p) },
    // Hand-written edge cases (tricky constructs and syntax errors) committed next to the goldens.
    { name: "probes", root: path.join(repoRoot, "parser-hcl", "src", "test", "resources", "oracle", "probes"),
      accept: (p) => p.endsWith(".tf") || p.endsWith(".tfvars") },
    // Mutated corpus files, stored with their text.
    { name: "mutants", generated: () => mutants(corpus) },
  ];
}

// Deterministic pseudo-random numbers (mulberry32), so regenerating gives the same mutants.
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const INSERTIONS = ["{", "}", "\"", ",", "=", "${", "[", "]", "(", ")", "<<EOT\n", "%{", "\n", "~", "*", ".", "#",
  "/*", "?", ":", "=>", "...", "\\", "$", "-", "0.", "\t", "\r\n"];

// Small syntax mutations of corpus files (most become syntax errors): the negative side of the differential test,
// which the real-world corpus alone hardly exercises. The mutated text is stored in the golden line ("content").
function mutants(corpus) {
  const rnd = random(20261125);
  const sources = listFiles(corpus, (p) => p.endsWith(".tf"))
    .filter((rel) => fs.statSync(path.join(corpus, rel)).size <= 6000)
    .filter((_, i) => i % 5 === 0);
  const out = [];
  for (const rel of sources) {
    const text = fs.readFileSync(path.join(corpus, rel), "utf8");
    if (text.length < 20) continue;
    // Cut points never split a surrogate pair.
    const at = () => {
      let i = Math.floor(rnd() * text.length);
      if (i > 0 && /[\udc00-\udfff]/.test(text[i])) i--;
      return i;
    };
    const name = rel.replace(/\.tf$/, "");
    const i = at();
    const j = at();
    const token = INSERTIONS[Math.floor(rnd() * INSERTIONS.length)];
    out.push({ rel: `${name}.truncate.tf`, text: text.slice(0, i) });
    const width = /[\ud800-\udbff]/.test(text[j]) ? 2 : 1;
    out.push({ rel: `${name}.delete.tf`, text: text.slice(0, j) + text.slice(j + width) });
    out.push({ rel: `${name}.insert.tf`, text: text.slice(0, i) + token + text.slice(i) });
    const nl = text.indexOf("\n", j);
    if (nl >= 0) out.push({ rel: `${name}.join.tf`, text: text.slice(0, nl) + " " + text.slice(nl + 1) });
    const k = at();
    if (k + 2 <= text.length && !/[\ud800-\udfff]/.test(text.slice(k, k + 2))) {
      out.push({ rel: `${name}.swap.tf`, text: text.slice(0, k) + text[k + 1] + text[k] + text.slice(k + 2) });
    }
  }
  return out;
}

function listFiles(root, accept) {
  const found = [];
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile() && accept(entry.name)) found.push(full);
    }
  };
  walk(root);
  return found
    .map((full) => path.relative(root, full).split(path.sep).join("/"))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

async function main() {
  const corpus = path.resolve(option("--root", path.join(repoRoot, "..", "shared", "corpus")));
  const out = path.resolve(option("--out",
    path.join(repoRoot, "parser-hcl", "src", "test", "resources", "oracle", "hcl2json-goldens.jsonl.gz")));
  const lines = [JSON.stringify({
    generator: "scripts/hcl2json/generate-goldens.js",
    oracle: "@cdktf/hcl2json@0.21.0 (hashicorp/hcl v2.23.0, tmccombs/hcl2json v0.6.5)",
  })];
  for (const set of sets(corpus)) {
    const counts = { files: 0, accepted: 0, parseErrors: 0, convertErrors: 0 };
    const entries = set.generated
      ? set.generated().map((m) => ({ rel: m.rel, bytes: Buffer.from(m.text, "utf8"), stored: true }))
      : listFiles(set.root, set.accept).map((rel) => ({ rel, bytes: fs.readFileSync(path.join(set.root, rel)) }));
    for (const { rel, bytes, stored } of entries) {
      const sha256 = crypto.createHash("sha256").update(bytes).digest("hex");
      const text = bytes.toString("utf8");
      if (!Buffer.from(text, "utf8").equals(bytes)) {
        // The WASM bridge takes a JavaScript string, so invalid UTF-8 would reach the Go parser altered.
        throw new Error(`${set.name}/${rel}: not valid UTF-8; the oracle cannot see its exact bytes`);
      }
      const result = await rawParse(rel, text);
      const content = stored ? `"content":${JSON.stringify(text)},` : "";
      const head = `{"set":"${set.name}","path":${JSON.stringify(rel)},"sha256":"${sha256}",${content}`;
      counts.files++;
      if (result.ok) {
        JSON.parse(result.json); // fail loudly if the bridge ever returns something that is not JSON
        lines.push(`${head}"json":${result.json}}`);
        counts.accepted++;
      } else {
        lines.push(`${head}"error":${JSON.stringify(result.error)}}`);
        if (result.error.startsWith("parse config:")) counts.parseErrors++;
        else counts.convertErrors++;
      }
    }
    console.log(`${set.name} (${set.root || "generated"}): ${counts.files} files, ${counts.accepted} accepted, `
      + `${counts.parseErrors} rejected by the parser, ${counts.convertErrors} parsed but not convertible to JSON`);
  }
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, zlib.gzipSync(lines.join("\n") + "\n", { level: 9 }));
  console.log(`wrote ${path.relative(process.cwd(), out)} (${fs.statSync(out).size} bytes)`);
}

main().catch((e) => {
  console.error(e.stack || String(e));
  process.exit(1);
});
