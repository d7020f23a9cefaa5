#!/usr/bin/env bash
# A/B of the pages' signed-in first views between two published sites, both up at once on identically seeded databases,
# alternating wrk turns in one window (docs/performance.md: on the shared 2-core machine, runs minutes apart are not
# comparable). Each round runs, for both sites in turn (the first site alternates), memberships first views, memberships
# the same URL again (served from the per-session cache by builds before 2026-12-06, rendered again since) and order
# page first views at 32 connections; then each site's peak working set (VmHWM) and CPU seconds.
#
# Usage: scripts/ab-pages.sh A_PUBLISH_DIR B_PUBLISH_DIR      (each the output of `dotnet publish src/PartnerHelp.Web`)
# Environment: AB_ROUNDS (3), AB_SECONDS (8), AB_WARMUP (30); AB_A_ENV / AB_B_ENV: extra KEY=VALUE settings for a site.
# Both sites get the deployment's environment from benchmarks/load/lib.sh (site_env: the gen0 budget; SITE_GEN0SIZE=
# leaves it out of both).
# The load tool must be published to artifacts/publish/load (scripts/bench.sh does it). Figures: artifacts/ab/figures.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
dirs=("$(realpath "$1")" "$(realpath "$2")")
names=(A B)
mkdir -p artifacts/ab
figures="$root/artifacts/ab/figures.txt"
work=$(mktemp -d /tmp/partnerhelp-ab.XXXXXX)
# shellcheck source=benchmarks/load/lib.sh
source benchmarks/load/lib.sh
# shellcheck source=benchmarks/load/pages.sh
source benchmarks/load/pages.sh
trap 'cleanup; rm -rf "$work"' EXIT
echo "# $(date -u '+%Y-%m-%d %H:%M UTC') ab-pages A=${dirs[0]} B=${dirs[1]}, load average $(cut -d' ' -f1-3 /proc/loadavg)" | tee "$figures"

urls=() pids=()
for i in 0 1; do
  web_dir=${dirs[$i]}
  db=$(fresh_db "ab-${names[$i]}")
  for partner in contoso fabrikam northwind; do
    "${load_tool[@]}" seed-orders --connection "Data Source=$db" --partner "$partner" --count 50
  done
  extra="AB_${names[$i]}_ENV"
  # shellcheck disable=SC2086
  start_site "ab-${names[$i]}" "$db" RateLimits__SignInPerMinute=100 ${!extra:-}
  urls+=("$site_url"); pids+=("$site_pid")
  : >"$work/m-$i.txt"; : >"$work/o-$i.txt"
  for entry in "${pages_sessions[@]}"; do
    read -r email culture ids <<<"$entry"
    cookie=$(sign_in "$site_url" "$email" "$culture")
    printf '%s\t/%s/memberships\n' "$cookie" "$culture" >>"$work/m-$i.txt"
    for id in $ids; do printf '%s\t/%s/orders/%s\n' "$cookie" "$culture" "$id" >>"$work/o-$i.txt"; done
  done
  pages_check "$work/m-$i.txt" "$work/o-$i.txt"
done

turn() { # turn LABEL SITE KIND UNIQUE
  site_url=${urls[$2]}
  SESSIONS_UNIQUE=$4 run_wrk "$1" 32 "${AB_SECONDS:-8}" "$site_url" "" "$root/benchmarks/load/sessions.lua" "$work/$3-$2.txt"
}
cpu_s() { awk '{ printf "%.1f", ($14 + $15) / 100 }' "/proc/$1/stat"; }

for i in 0 1; do
  SESSIONS_UNIQUE=1 site_url=${urls[$i]} run_wrk "warm-m-$i" 8 "${AB_WARMUP:-30}" "${urls[$i]}" "" "$root/benchmarks/load/sessions.lua" "$work/m-$i.txt"
  SESSIONS_UNIQUE=1 site_url=${urls[$i]} run_wrk "warm-o-$i" 8 "${AB_WARMUP:-30}" "${urls[$i]}" "" "$root/benchmarks/load/sessions.lua" "$work/o-$i.txt"
done
for ((round = 1; round <= ${AB_ROUNDS:-3}; round++)); do
  order=(0 1); ((round % 2)) || order=(1 0)
  for kind in m-first m-repeat o-first; do
    for i in "${order[@]}"; do
      load=$(cut -d' ' -f1 /proc/loadavg); c0=$(cpu_s "${pids[$i]}")
      case $kind in m-first) turn "$kind-$round-$i" "$i" m 1 ;; m-repeat) turn "$kind-$round-$i" "$i" m 0 ;; o-first) turn "$kind-$round-$i" "$i" o 1 ;; esac
      cpu=$(awk -v a="$c0" -v b="$(cpu_s "${pids[$i]}")" -v n="$rps" -v s="${AB_SECONDS:-8}" 'BEGIN { printf "%.3f", (n > 0 ? (b - a) * 1000 / (n * s) : 0) }')
      figure "round $round $kind ${names[$i]}" "$rps req/s, p50 $p50 ms, p99 $p99 ms, $cpu ms CPU/request, $errs errors, load $load"
    done
  done
done
for i in 0 1; do
  figure "${names[$i]} working set" "$(awk '/VmHWM|VmRSS/ { printf "%s %.0f MB ", $1, $2 / 1024 }' "/proc/${pids[$i]}/status")"
done
