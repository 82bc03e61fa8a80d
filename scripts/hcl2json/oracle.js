// Copyright (c) vnetlint authors. SPDX-License-Identifier: Apache-2.0
//
// Thin access to HashiCorp's HCL parser as shipped in @cdktf/hcl2json (hcl v2.23.0 + tmccombs/hcl2json v0.6.5,
// compiled to WASM). The package's own parse() runs JSON.parse on the Go output, which turns every number into a
// double (1e400, 12345678901234567890 lose their exact value); rawParse() returns the Go output text unchanged.
"use strict";

const hcl2json = require("@cdktf/hcl2json");

let warmed = false;

// Resolves to {ok: true, json: "<text>"} or {ok: false, error: "<message>"}; never rejects for HCL errors.
async function rawParse(filename, contents) {
  if (!warmed) {
    // The first call through the package boots the WASM module and registers the bridge functions.
    try { await hcl2json.parse("warmup.tf", ""); } catch (e) { /* an empty file parses; ignore anyway */ }
    warmed = true;
  }
  const bridge = globalThis.__parse_terraform_config_wasm__;
  return new Promise((resolve) => {
    bridge.parse(filename, contents, (err, out) => {
      if (err) resolve({ ok: false, error: String(err) });
      else resolve({ ok: true, json: out });
    });
  });
}

module.exports = { rawParse };
