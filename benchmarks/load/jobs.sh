# Jobs on Hangfire: refunds per second through the real pipeline (outbox → ProcessRefund → payment simulator at zero
# latency, which answers the payout settled, so the payment run completes the refund; a pending payout would add status
# checks) and the latency of a cancellation, on the default (SQLite, Hangfire.InMemory) and on PostgreSQL
# (Hangfire.PostgreSql in the application's database), each beside two references built from the site's own code and
# configuration (appsettings of the published site, the same Jobs__ settings):
# - direct (`refunds-direct`): the same refund code with no engine. The site's outbox dispatch pass and ProcessRefund's
#   body (payment, run record in the refund's commits, status checks until settled) on WorkerCount loops. It runs on a
#   copy of the site's database, made before either side starts: a site and a runner on one database would take each
#   other's outbox rows. Budget on the default: Hangfire refunds/s ÷ direct refunds/s >= 0.8 (engine overhead).
# - no-op (`hangfire-noop`): Hangfire with the site's storage options, server options, serializer and engine filters
#   firing jobs that do nothing, on its own storage (InMemory; on PostgreSQL a database of its own on the same cluster).
#   Budget on PostgreSQL: refunds/s ÷ no-op jobs/s >= 0.5.
# Method, kept from the Quartz harness: the published Release site; every process warm first (JOBS_WARMUP, 1000);
# JOBS_ROUNDS (3) rounds of JOBS_REFUNDS (500), each after `sync`; the site's round seeded and waited for by one client
# process (`refunds-run`) and timed by the refunds' own timestamps (first Processing to last Refunded); verdicts are
# medians of the rounds' ratios. The references live as long as the site: each warms once, then measures one round per
# line written to it (Rounds.cs), and the rounds alternate (site, direct, no-op) so the machine's noise hits every side.
# Latency: `cancel-latency` cancels JOBS_LATENCY_COUNT (200) orders on the site's cancel page, one every
# JOBS_LATENCY_INTERVAL ms (100), from each refund's RequestedAt (in the cancellation's transaction) to its ProcessingAt,
# on a site with the deployed poll intervals (appsettings.Production.json) and the simulator at zero latency. Budget p99
# < 1 s. Before and after: Quartz's refunds/s of main (JOBS_QUARTZ_SQLITE and JOBS_QUARTZ_POSTGRESQL; the defaults are
# the figures recorded in docs/performance.md), or measured in this run when JOBS_QUARTZ_COMMIT names a commit that
# still runs Quartz (its own ./scripts/bench.sh jobs, on a copy of that tree). Budget: refunds/s on the default do not
# fall. Sourced by scripts/bench.sh.
# shellcheck shell=bash

jobs_settings=(Jobs__PaymentSimulator__Latency=00:00:00 Jobs__PaymentSimulator__TransientFailureRate=0
  Jobs__PaymentSimulator__PermanentFailureRate=0 Jobs__PaymentSimulator__SettlementDelay=00:00:00
  Jobs__OutboxPollInterval=00:00:00.200 Jobs__StatusPollInterval=00:00:00.200 Jobs__RetryInitialDelay=00:00:01)
# The latency run keeps the deployed intervals: only the simulator is instant, and the cancel page's flood limit raised
# (one client plays every partner).
jobs_latency_settings=(Jobs__PaymentSimulator__Latency=00:00:00 Jobs__PaymentSimulator__TransientFailureRate=0
  Jobs__PaymentSimulator__PermanentFailureRate=0 Jobs__PaymentSimulator__SettlementDelay=00:00:00
  RateLimits__PartnerActionsPerMinute=100000)
# Quartz on main (fa70879), its own ./scripts/bench.sh jobs at 2026-12-06 10:48 UTC (docs/performance.md, "Jobs on
# Hangfire"), measured at load average 13-21 beside the Hangfire figures.
jobs_quartz_recorded="main fa70879, recorded 2026-12-06 10:48 UTC"
declare -A ref_fd ref_pid

# ref_start NAME COMMAND [ARGS...]: a reference process with the site's configuration; returns once it is warm.
ref_start() {
  local name=$1 fd; shift
  mkfifo "$work/$name.in"
  env ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning "${jobs_settings[@]}" \
    "${load_tool[@]}" "$@" --site "$web_dir" --timeout 600 <"$work/$name.in" >"$work/$name.out" 2>&1 &
  ref_pid[$name]=$!
  started_pids+=("${ref_pid[$name]}")
  exec {fd}>"$work/$name.in"
  ref_fd[$name]=$fd
  ref_wait "$name" ready
}

# ref_wait NAME LINE: until the reference prints LINE; fails when it exits first or takes 15 minutes.
ref_wait() {
  local deadline=$(( $(date +%s) + 900 ))
  until grep -qxF "$2" "$work/$1.out"; do
    if ! kill -0 "${ref_pid[$1]}" 2>/dev/null || [ "$(date +%s)" -gt "$deadline" ]; then
      echo "reference $1 stopped before '$2':" >&2; tail -20 "$work/$1.out" >&2; return 1
    fi
    sleep 0.05
  done
}

# ref_round NAME BATCH: one measured round of the reference; prints that round's lines.
ref_round() {
  echo "$2" >&"${ref_fd[$1]}"
  ref_wait "$1" "done $2" || return 1
  awk -v b="$2" '$0 == "done " b { exit } on; $0 == "begin " b { on = 1 }' "$work/$1.out"
}

# ref_stop NAME: closes the reference's input, so it stops its host and exits.
ref_stop() {
  local fd=${ref_fd[$1]:-}
  [ -z "$fd" ] || exec {fd}>&-
  stop_pid "${ref_pid[$1]}"
}

# first_figure NAME: the value of the first "figure NAME" line (reads all its input, so no writer upstream gets SIGPIPE).
first_figure() { awk -v f="figure $1" '!seen && index($0, f " ") == 1 { print $3; seen = 1 }'; }

# jobs_run LABEL PROVIDER CONNECTION DIRECT_CONNECTION NOOP_CONNECTION SHAPED_CONNECTION: rounds of the site and both
# references, then the refund-shaped no-op once. Sets jobs_refunds_median.
jobs_run() {
  local label=$1 provider=$2 connection=$3 direct=$4 noop=$5 shaped_connection=$6 count=${JOBS_REFUNDS:-500} warmup=${JOBS_WARMUP:-1000} rounds=${JOBS_ROUNDS:-3}
  local status=0 out="$work/jobs-$label.txt" round refunds direct_rate noop_rate latency
  local engine=() per_noop=()
  : >"$out"
  "${load_tool[@]}" refunds --provider "$provider" --connection "$connection" --batch w --count "$warmup"
  start_site "jobs-$label" "$work/unused-$label.db" Database__Provider="$provider" ConnectionStrings__PartnerHelp="$connection" "${jobs_settings[@]}"
  "${load_tool[@]}" refunds-done --provider "$provider" --connection "$connection" --batch w --count "$warmup" --timeout 600 | sed 's/^figure /warm-up /' || status=$?
  ref_start "direct-$label" refunds-direct --provider "$provider" --connection "$direct" --warmup "$warmup" --count "$count" || status=1
  ref_start "noop-$label" hangfire-noop --provider "$provider" --connection "$noop" --warmup "$warmup" --count "$count" || status=1
  for round in $(seq 1 "$rounds"); do
    sync
    refunds=$("${load_tool[@]}" refunds-run --provider "$provider" --connection "$connection" --batch "m$round" --count "$count" --timeout 600 | tee -a "$out" | first_figure refunds_per_second) || status=1
    latency=$(awk '/^figure refund_processing_ms/ { sub(/^figure refund_processing_ms /, ""); sub(/ \(.*/, ""); line = $0 } END { print line }' "$out")
    sync
    direct_rate=$(ref_round "direct-$label" "m$round" | sed 's/^figure refund/figure direct_refund/' | tee -a "$out" | first_figure direct_refunds_per_second) || status=1
    sync
    noop_rate=$(ref_round "noop-$label" "n$round" | tee -a "$out" | first_figure hangfire_noop_per_second) || status=1
    engine+=("$(ratio "${refunds:-0}" "${direct_rate:-0}")")
    per_noop+=("$(ratio "${refunds:-0}" "${noop_rate:-0}")")
    figure "jobs_${label}_round_$round" "$refunds refunds/s; direct $direct_rate refunds/s (ratio ${engine[-1]}); Hangfire no-op $noop_rate jobs/s (ratio ${per_noop[-1]}); each refund Processing to Refunded: $latency ms"
  done
  stop_pid "$site_pid"; ref_stop "direct-$label"; ref_stop "noop-$label"
  # Once, for the engine's share of a refund job: no-op jobs of ProcessRefund's shape (queue, per-refund lock, arguments).
  local shaped=""
  if ref_start "shaped-$label" hangfire-noop --provider "$provider" --connection "$shaped_connection" --warmup "$warmup" --count "$count" --shape refund; then
    shaped=$(ref_round "shaped-$label" s1 | tee -a "$out" | first_figure hangfire_noop_refund_shaped_per_second)
    ref_stop "shaped-$label"
  else
    status=1
  fi

  local incomplete; ((status == 0)) || incomplete=', run incomplete'
  jobs_refunds_median=$(awk '/^figure refunds_per_second/ { print $3 }' "$out" | median)
  local direct_median noop_median engine_median noop_ratio
  direct_median=$(awk '/^figure direct_refunds_per_second/ { print $3 }' "$out" | median)
  noop_median=$(awk '/^figure hangfire_noop_per_second/ { print $3 }' "$out" | median)
  engine_median=$(printf '%s\n' "${engine[@]}" | median)
  noop_ratio=$(printf '%s\n' "${per_noop[@]}" | median)
  figure "jobs_${label}" "median $jobs_refunds_median refunds/s over $rounds rounds of $count after $warmup warm-up; direct $direct_median refunds/s; Hangfire no-op $noop_median jobs/s, refund-shaped no-op $shaped jobs/s"
  figure "jobs_${label}_shaped_ratio" "refunds/s ÷ refund-shaped no-op jobs/s = $(ratio "${jobs_refunds_median:-0}" "${shaped:-0}") (the application's own share of a refund)"
  # If a refund through the engine cost the engine's share (the refund-shaped no-op) plus its own work (the direct run),
  # with nothing lost to the two sharing the machine, it would run at 1 / (1/shaped + 1/direct): roughly the most this
  # design reaches against the no-op reference (a little low: the no-op writes its run record in two commits of its
  # own, which a refund folds into its commits).
  local bound
  bound=$(awk -v s="${shaped:-0}" -v d="${direct_median:-0}" 'BEGIN { printf "%.1f", (s > 0 && d > 0 ? 1 / (1 / s + 1 / d) : 0) }')
  figure "jobs_${label}_bound" "additive bound 1/(1/shaped + 1/direct) = $bound refunds/s = $(ratio "$bound" "${noop_median:-0}") of no-op jobs/s (measured $(ratio "${jobs_refunds_median:-0}" "${noop_median:-0}"))"
  local engine_text="Hangfire refunds/s ÷ direct refunds/s, median of rounds ${engine[*]} = $engine_median"
  local noop_text="refunds/s ÷ Hangfire no-op jobs/s, median of rounds ${per_noop[*]} = $noop_ratio"
  if [ "$label" = sqlite ]; then
    verdict "jobs_sqlite_engine" "$(pass_if ge "${engine_median:-0}" 0.8)" "$engine_text (target >= 0.80)${incomplete:-}"
    figure "jobs_sqlite_noop_ratio" "$noop_text (no budget on the default)"
  else
    verdict "jobs_${label}_ratio" "$(pass_if ge "${noop_ratio:-0}" 0.5)" "$noop_text (target >= 0.50)${incomplete:-}"
    figure "jobs_${label}_engine" "$engine_text (no budget on PostgreSQL)"
  fi
}

# jobs_latency LABEL PROVIDER CONNECTION: cancellations on the cancel page, commit to Processing.
jobs_latency() {
  local label=$1 out="$work/jobs-$1-latency.txt" p99 status=0
  start_site "jobs-$label-latency" "$work/unused-$label.db" Database__Provider="$2" ConnectionStrings__PartnerHelp="$3" "${jobs_latency_settings[@]}"
  "${load_tool[@]}" cancel-latency --url "$site_url" --provider "$2" --connection "$3" --batch 1 --count "${JOBS_LATENCY_COUNT:-200}" \
    --interval "${JOBS_LATENCY_INTERVAL:-100}" --timeout 300 >"$out" || status=1
  stop_pid "$site_pid"
  p99=$(awk '/^figure cancel_to_processing_ms/ { print $6 }' "$out")
  verdict "jobs_${label}_latency" "$( ((status == 0)) && pass_if lt "${p99:-1000000}" 1000 || echo MISS)" \
    "cancellation commit → Processing, ms: $(sed -n 's/^figure cancel_to_processing_ms //p' "$out") (target p99 < 1000)$( ((status == 0)) || echo ', run incomplete')"
}

# jobs_quartz: main's Quartz figures, measured now from JOBS_QUARTZ_COMMIT or as recorded.
jobs_quartz() {
  quartz_sqlite=${JOBS_QUARTZ_SQLITE:-62.5} quartz_postgresql=${JOBS_QUARTZ_POSTGRESQL:-56.8} quartz_source=$jobs_quartz_recorded
  [ -n "${JOBS_QUARTZ_COMMIT:-}" ] || return 0
  echo "==> jobs: Quartz, $JOBS_QUARTZ_COMMIT's own ./scripts/bench.sh jobs"
  mkdir -p "$work/quartz"
  git archive "$JOBS_QUARTZ_COMMIT" | tar -x -C "$work/quartz"
  (cd "$work/quartz" && ./scripts/bench.sh jobs) | sed 's/^/quartz: /'
  quartz_sqlite=$(awk '$1 == "jobs_sqlite" { print $3 }' "$work/quartz/artifacts/bench/figures.txt")
  quartz_postgresql=$(awk '$1 == "jobs_postgresql" { print $3 }' "$work/quartz/artifacts/bench/figures.txt")
  quartz_source="$JOBS_QUARTZ_COMMIT, measured in this run"
}

bench_jobs() {
  jobs_quartz
  echo "==> jobs: SQLite, Hangfire.InMemory"
  local db; db=$(fresh_db jobs)
  # The direct runner's copy, in a folder of its own (its mail pickup too); the WAL goes with it if the site left one.
  mkdir -p "$work/direct"
  cp "$db" "$work/direct/jobs.db"
  [ ! -f "$db-wal" ] || cp "$db-wal" "$work/direct/jobs.db-wal"
  jobs_run sqlite Sqlite "Data Source=$db" "Data Source=$work/direct/jobs.db" "Data Source=$work/noop-unused.db" "Data Source=$work/noop-unused.db"
  local sqlite=$jobs_refunds_median
  jobs_latency sqlite Sqlite "Data Source=$db"

  echo "==> jobs: PostgreSQL, Hangfire.PostgreSql (throwaway cluster)"
  local postgresql=0
  if pg_start; then
    pg_sql "CREATE DATABASE bench"; pg_sql "CREATE DATABASE noop"; pg_sql "CREATE DATABASE noopshaped"
    local cs="Host=127.0.0.1;Port=$pg_port;Username=postgres;Pooling=true;Database="
    start_site jobs-pg-init "$work/unused.db" Database__Provider=PostgreSql ConnectionStrings__PartnerHelp="${cs}bench" Jobs__Enabled=false
    stop_pid "$site_pid"
    pg_sql "CREATE DATABASE direct TEMPLATE bench"
    jobs_run postgresql PostgreSql "${cs}bench" "${cs}direct" "${cs}noop" "${cs}noopshaped"
    postgresql=$jobs_refunds_median
    jobs_latency postgresql PostgreSql "${cs}bench"
    pg_stop
  else
    verdict jobs_postgresql MISS "no PostgreSQL cluster"
  fi

  figure "jobs_before_after" "refunds/s, Quartz ($quartz_source) → Hangfire (this run): SQLite $quartz_sqlite → $sqlite ($(ratio "$sqlite" "$quartz_sqlite")×), PostgreSQL $quartz_postgresql → $postgresql ($(ratio "$postgresql" "$quartz_postgresql")×)"
  if ge 0 "$quartz_sqlite"; then
    verdict "jobs_before_after" MISS "no Quartz figure to compare with (JOBS_QUARTZ_COMMIT or JOBS_QUARTZ_SQLITE)"
  else
    verdict "jobs_before_after" "$(pass_if ge "${sqlite:-0}" "$quartz_sqlite")" "refunds/s on the default: Hangfire $sqlite vs Quartz $quartz_sqlite (target: not lower)"
  fi
}

# A PostgreSQL cluster in $work/pg on a free loopback port (initdb refuses root: it runs as postgres).
pg_start() {
  local bin; bin=$(dirname "$(compgen -G '/usr/lib/postgresql/*/bin/initdb' | sort -V | tail -1)")
  pg_bin=$bin; pg_port=$(free_port); pg_dir="$work/pg"
  mkdir -p "$pg_dir"
  local run=(sh -c)
  if [ "$(id -u)" -eq 0 ]; then chown postgres:postgres "$pg_dir"; chmod 755 "$work"; run=(runuser -u postgres -- sh -c); fi
  pg_run=("${run[@]}")
  "${run[@]}" "$bin/initdb -D $pg_dir/data -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 -N" >/dev/null &&
    "${run[@]}" "$bin/pg_ctl -D $pg_dir/data -l $pg_dir/log -w -t 60 -o \"-c listen_addresses=127.0.0.1 -p $pg_port -k $pg_dir -c fsync=off -c max_connections=200\" start" >/dev/null
}
pg_sql() { "${pg_run[@]}" "$pg_bin/psql -h 127.0.0.1 -p $pg_port -U postgres -qc '$1'" >/dev/null; }
pg_stop() { "${pg_run[@]}" "$pg_bin/pg_ctl -D $pg_dir/data -m immediate -w stop" >/dev/null || true; }
