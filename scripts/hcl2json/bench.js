#!/usr/bin/env node
// Copyright (c) vnetlint authors. SPDX-License-Identifier: Apache-2.0
//
// HCL parse throughput of HashiCorp's parser (hcl v2.23.0 + hcl2json v0.6.5 in WASM, @cdktf/hcl2json@0.21.0), the
// counterpart of io.vnetlint.hcl.oracle.HclParseBenchmark; run both through scripts/bench-hcl.sh.
// Usage: node bench.js <file-list> [warm-up passes] [measured passes]
// All files are read into strings first; a pass parses every file sequentially (the WASM module is single-threaded).
// The timed call is the bridge's parse, which parses and converts to JSON text; JSON.parse on the JavaScript side
// is not included.
"use strict";

const fs = require("fs");
const { rawParse } = require("./oracle");

async function pass(files) {
  let sink = 0;
  for (const f of files) {
    const r = await rawParse(f.path, f.text);
    sink += r.ok ? r.json.length : -1;
  }
  return sink;
}

async function main() {
  const [list, warm = "10", measured = "10"] = process.argv.slice(2);
  if (!list) {
    console.error("usage: bench.js <file-list> [warm-up passes] [measured passes]");
    process.exit(2);
  }
  const files = fs.readFileSync(list, "utf8").split("\n").filter((p) => p.trim() !== "")
    .map((p) => {
      const bytes = fs.readFileSync(p);
      return { path: p, bytes: bytes.length, text: bytes.toString("utf8") };
    });
  const bytes = files.reduce((n, f) => n + f.bytes, 0);
  let sink = 0;
  for (let i = 0; i < Number(warm); i++) sink += await pass(files);
  const seconds = [];
  for (let i = 0; i < Number(measured); i++) {
    const start = process.hrtime.bigint();
    sink += await pass(files);
    const s = Number(process.hrtime.bigint() - start) / 1e9;
    seconds.push(s);
    console.log(`pass ${i + 1}: ${s.toFixed(3)} s, ${(bytes / 1e6 / s).toFixed(2)} MB/s`);
  }
  const sorted = [...seconds].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)];
  console.log(`RESULT hcl2json files=${files.length} bytes=${bytes} median_s=${median.toFixed(4)} `
    + `best_s=${sorted[0].toFixed(4)} MB_per_s=${(bytes / 1e6 / median).toFixed(2)} `
    + `files_per_s=${(files.length / median).toFixed(0)} (output length checksum ${sink})`);
}

main().catch((e) => {
  console.error(e.stack || String(e));
  process.exit(1);
});
