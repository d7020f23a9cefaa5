#!/usr/bin/env bash
# Runs every test suite. Installs what the tests need when it is missing (Debian chromium for browser
# tests, postgresql for the PostgreSQL tests, the npm clients for the bot conformance tests), so it
# works on a fresh machine. Usage: ./scripts/test.sh [extra dotnet test arguments]
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || missing+=(postgresql)
id postgres >/dev/null 2>&1 || missing+=(postgresql)
if ((${#missing[@]})); then
  echo "==> installing: ${missing[*]}"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if [ -f tests/conformance/package.json ]; then
  echo "==> npm clients for the bot conformance tests"
  (cd tests/conformance && npm ci --no-audit --no-fund --loglevel=error)
fi

echo "==> build"
dotnet build PartnerHelp.sln -c Release -nologo -clp:ErrorsOnly

results="$root/artifacts/test-results"
rm -rf "$results" artifacts/figures
mkdir -p "$results"
echo "==> test"
# Two lanes, one test project at a time in each (the machine has 2 cores), each starting with a long suite, so the two
# long ones do not end up queued behind each other: letting `dotnet test` order the solution's projects started
# Resilience (8-13 min) last, after Browser, Core, Infrastructure and Jobs. Measured with this split, alongside other
# work: Resilience + Core + Jobs ≈ 14 min, Browser + Web + Infrastructure ≈ 14 min (docs/performance.md, "Test suite time").
lanes=("PartnerHelp.Resilience.Tests PartnerHelp.Core.Tests PartnerHelp.Jobs.Tests"
  "PartnerHelp.Browser.Tests PartnerHelp.Web.Tests PartnerHelp.Infrastructure.Tests")
for project in tests/*/*.Tests.csproj; do
  name=$(basename "$project" .csproj)
  [[ " ${lanes[*]} " == *" $name "* ]] || { echo "scripts/test.sh: $name is in no lane; add it to one" >&2; exit 1; }
done
# lane N PROJECT...: the projects one after another, each one's output to the console and to lane-N.log.
lane() {
  local n=$1 status=0 project; shift
  for project in "$@"; do
    # Measurements (Category=Benchmark) belong to the benchmark command, not here.
    dotnet test "tests/$project" -c Release --no-build -nologo --filter "Category!=Benchmark" \
      --logger "trx" --logger "console;verbosity=minimal" --results-directory "$results" "${extra[@]}" 2>&1 \
      | tee -a "$results/lane-$n.log"
    [ "${PIPESTATUS[0]}" -eq 0 ] || status=1
  done
  return "$status"
}
extra=("$@")
set +e
# shellcheck disable=SC2086 # each lane is a list of project names
lane 1 ${lanes[0]} & lane1=$!
# shellcheck disable=SC2086
lane 2 ${lanes[1]} & lane2=$!
wait "$lane1"; status=$?
wait "$lane2" || status=1
set -e
cat "$results"/lane-*.log >"$results/console.log"

# Figures the crash, fault, concurrency and cluster suites recorded (fast profile here; full sizes from bench.sh).
if compgen -G "artifacts/figures/*.txt" >/dev/null; then
  echo "==> figures"
  cat artifacts/figures/*.txt
fi

# One plain summary line, summed over every project's closing line
# ("Passed!  - Failed: 0, Passed: 58, Skipped: 0, Total: 58, ...").
passed=0; failed=0; skipped=0
while read -r f p s; do
  passed=$((passed + p)); failed=$((failed + f)); skipped=$((skipped + s))
done < <(sed -n 's/.*Failed: *\([0-9]*\), Passed: *\([0-9]*\), Skipped: *\([0-9]*\), Total.*/\1 \2 \3/p' "$results/console.log")
echo "${passed} passed, ${failed} failed, ${skipped} skipped"
if [ "$passed" -eq 0 ]; then
  echo "no test ran" >&2
  exit 1
fi
exit "$status"
