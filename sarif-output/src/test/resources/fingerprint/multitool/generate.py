#!/usr/bin/env python3
"""Regenerates expected.tsv: the SARIF multitool's primaryLocationLineHash for every line of every file in src/.

Usage: python3 generate.py <path to Sarif.Multitool>   (scripts/validate-sarif.sh installs it under
${VNETLINT_CACHE:-$HOME/.cache/vnetlint}/sarif-multitool/node_modules/@microsoft/sarif-multitool-linux/)
The files in src/ are data, byte for byte (CR and CRLF line ends, a BOM, no final newline): see ../../../../.gitattributes.
"""
import json, os, subprocess, sys, tempfile

here = os.path.dirname(os.path.abspath(__file__))
src = os.path.join(here, "src")
results = []
for name in sorted(os.listdir(src)):
    text = open(os.path.join(src, name), encoding="utf-8", newline="").read()
    lines = text.count("\n") + text.count("\r") - text.count("\r\n") + 1
    for line in range(1, lines + 2):  # one past the end, which must get no hash
        results.append({"ruleId": "X1", "message": {"text": "m."}, "locations": [{"physicalLocation": {
            "artifactLocation": {"uri": name, "uriBaseId": "%SRCROOT%"}, "region": {"startLine": line}}}]})
log = {"$schema": "https://json.schemastore.org/sarif-2.1.0.json", "version": "2.1.0", "runs": [{
    "tool": {"driver": {"name": "t", "rules": [{"id": "X1"}]}},
    "originalUriBaseIds": {"%SRCROOT%": {"uri": "file://" + src + "/"}}, "results": results}]}
with tempfile.TemporaryDirectory() as tmp:
    nofp, out = os.path.join(tmp, "nofp.sarif"), os.path.join(tmp, "out.sarif")
    json.dump(log, open(nofp, "w"))
    subprocess.run([sys.argv[1], "rewrite", nofp, "--insert", "RollingHashPartialFingerprints;Hashes",
                    "-o", out, "--log", "ForceOverwrite;PrettyPrint"], check=True, stdout=subprocess.DEVNULL)
    rewritten = json.load(open(out))
with open(os.path.join(here, "expected.tsv"), "w", newline="\n") as f:
    f.write("# file\tline\tprimaryLocationLineHash (SARIF multitool 5.7.0 rewrite --insert RollingHashPartialFingerprints)\n")
    for r in rewritten["runs"][0]["results"]:
        loc = r["locations"][0]["physicalLocation"]
        h = (r.get("partialFingerprints") or {}).get("primaryLocationLineHash", "-")
        f.write("%s\t%d\t%s\n" % (loc["artifactLocation"]["uri"], loc["region"]["startLine"], h))
