#!/usr/bin/env bash
# PactFlow's bi-directional check, run locally: every pact in contract-tests/pacts/ against the spec of its
# provider with PactFlow's own comparator (@pactflow/openapi-pact-comparator, pinned in package.json and
# package-lock.json). Exits 0 when no pact has an error (warnings are printed, not counted), 1 otherwise,
# 2 when it cannot run. Needs node and npm (Debian: apt-get install nodejs npm). docs/contract-tests.md
# explains the spec extensions the comparator needs.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
pacts=("$root"/contract-tests/pacts/*.json)
specs="$root/specs/src/main/resources/openapi"

for tool in node npm; do
  command -v "$tool" >/dev/null || { echo "pactflow check: $tool is not installed (Debian: apt-get install nodejs npm)" >&2; exit 2; }
done
[[ -e "${pacts[0]}" ]] || { echo "pactflow check: no pacts in contract-tests/pacts/" >&2; exit 2; }

(cd "$here" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
comparator="$here/node_modules/.bin/openapi-pact-comparator"

failed=0
for pact in "${pacts[@]}"; do
  provider="$(node -e 'const p = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")); console.log(String((p.provider || {}).name || "").toLowerCase())' "$pact")"
  spec="$specs/$provider.yaml"
  if [[ ! -f "$spec" ]]; then
    echo "pactflow check: ${pact#"$root"/} names provider '$provider', which has no spec in ${specs#"$root"/}/" >&2
    exit 2
  fi
  # prints one JSON array of findings per pact; its exit code counts the pacts with errors, which we count ourselves
  findings="$("$comparator" "$spec" "$pact")" || true
  if [[ -z "$findings" ]]; then
    echo "pactflow check: the comparator printed nothing for ${pact#"$root"/}; run $comparator $spec $pact to see why" >&2
    exit 2
  fi
  FINDINGS="$findings" node -e '
    const findings = JSON.parse(process.env.FINDINGS);
    const [pact, spec] = process.argv.slice(1);
    const errors = findings.filter(f => f.type === "error");
    for (const f of findings) {
      console.log(`  ${f.type} ${f.code}: ${f.message}\n    pact: ${f.mockDetails?.interactionDescription ?? ""} at ${f.mockDetails?.location ?? "?"}\n    spec: ${f.specDetails?.location ?? "?"}`);
    }
    console.log(`${errors.length === 0 ? "ok  " : "FAIL"} ${pact} against ${spec}: ${errors.length} errors, ${findings.length - errors.length} warnings`);
    process.exit(errors.length === 0 ? 0 : 1);
  ' "${pact#"$root"/}" "${spec#"$root"/}" || failed=1
done
exit "$failed"
