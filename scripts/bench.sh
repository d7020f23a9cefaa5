#!/usr/bin/env bash
# The benchmark and soak command (separate from the test command, which stays fast). Runs each selected
# benchmark against Release builds, prints every figure with its verdict against its budget, and keeps them
# in artifacts/bench/figures.txt (docs/performance.md records the latest). Verdicts never fail the command:
# on a shared machine they are measurements, not gates; a harness error does.
#
# Usage: ./scripts/bench.sh [micro] [pages] [bot] [jobs] [scale] [soak]     (no argument = all of them)
#   micro  BenchmarkDotNet: eligibility evaluations/s per core and bytes allocated per evaluation; one SQLite
#          statement through EF Core and through plain ADO.NET (figures, no budget); loading the bot's recognizer
#          model and reading a message with it
#   pages  wrk: signed-in first views (memberships, order page; many sessions, a new URL every request) and the
#          same URLs again vs the stock `dotnet new webapp` home page, alternating; /healthz, output cache, startup, memory
#   bot    Direct Line client loop: reply time median/p95, 100 concurrent conversations
#   jobs   refunds/s through Hangfire (simulator at zero latency) on SQLite/InMemory and PostgreSQL against the same
#          refund code without an engine and Hangfire firing no-op jobs; cancellation → Processing latency; before and
#          after Quartz (JOBS_QUARTZ_COMMIT=<commit> measures main's Quartz figures in the same run)
#   scale  Bogus: 100,000 partners and 1,000,000 orders; latencies against the demo data (SCALE_ORDERS to change)
#   soak   the process-level soak suites at full size (PARTNERHELP_PROFILE=full)
# Environment: BENCH_ROUNDS (5), BENCH_SECONDS (10), BENCH_WARMUP (30) for pages; MICRO_ARGS for BenchmarkDotNet (default --filter '*');
# JOBS_REFUNDS (500), JOBS_WARMUP (1000), JOBS_ROUNDS (3), JOBS_LATENCY_COUNT (200), JOBS_LATENCY_INTERVAL (100 ms),
# JOBS_QUARTZ_COMMIT, JOBS_QUARTZ_SQLITE, JOBS_QUARTZ_POSTGRESQL for jobs (benchmarks/load/jobs.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
missing=()
command -v wrk >/dev/null 2>&1 || missing+=(wrk)
compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || missing+=(postgresql)
if ((${#missing[@]})); then
  echo "==> installing: ${missing[*]}"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

selected=("$@")
((${#selected[@]})) || selected=(micro pages bot jobs scale soak)
for s in "${selected[@]}"; do
  case $s in micro|pages|bot|jobs|scale|soak) ;; *) echo "unknown selection: $s" >&2; exit 2 ;; esac
done

mkdir -p artifacts/bench
figures="$root/artifacts/bench/figures.txt"
work=$(mktemp -d /tmp/partnerhelp-bench.XXXXXX)
# shellcheck source=benchmarks/load/lib.sh
source benchmarks/load/lib.sh
for f in benchmarks/load/*.sh; do [ "$f" = benchmarks/load/lib.sh ] || source "$f"; done
trap 'cleanup; rm -rf "$work"' EXIT
{
  echo "# $(date -u '+%Y-%m-%d %H:%M UTC') ./scripts/bench.sh ${selected[*]}"
  echo "# $(nproc) cores, $(awk '/MemTotal/ { printf "%.1f GB", $2 / 1048576 }' /proc/meminfo), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load average $(cut -d' ' -f1-3 /proc/loadavg)"
} | tee "$figures"

needs_site=0
for s in "${selected[@]}"; do case $s in pages|bot|jobs|scale) needs_site=1 ;; esac; done
if ((needs_site)); then
  # The site is measured as it is deployed: published (ReadyToRun, see the csproj), not from bin/.
  echo "==> publish the site and the load tool (Release, ReadyToRun) to artifacts/publish/web and artifacts/publish/load"
  rm -rf artifacts/publish/web artifacts/publish/load
  dotnet publish src/PartnerHelp.Web -c Release -nologo -clp:ErrorsOnly -o artifacts/publish/web >/dev/null
  dotnet publish benchmarks/PartnerHelp.Load -c Release -nologo -clp:ErrorsOnly -o artifacts/publish/load >/dev/null
fi

for s in "${selected[@]}"; do
  case $s in
    micro)
      echo "==> micro-benchmarks (BenchmarkDotNet)"
      micro_args=(--filter '*')
      [ -z "${MICRO_ARGS:-}" ] || read -ra micro_args <<<"$MICRO_ARGS"
      dotnet run -c Release --project benchmarks/PartnerHelp.Benchmarks -- "${micro_args[@]}" | tee "$work/micro.txt" || true
      grep -E '^(verdict|figure store_|figure recognizer_)' "$work/micro.txt" >>"$figures" || true ;;
    pages) bench_pages ;;
    bot) bench_bot ;;
    jobs) bench_jobs ;;
    scale) bench_scale ;;
    soak) bench_soak ;;
  esac
done

echo "==> figures ($figures)"
cat "$figures"
