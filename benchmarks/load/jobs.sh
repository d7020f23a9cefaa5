# Jobs: refunds per second through the real pipeline (outbox → process job → simulator at zero latency, which
# answers the payout settled, so the process job completes the refund; a pending payout would add status-job polls)
# on SQLite and on a throwaway PostgreSQL cluster, against Quartz firing no-op jobs with the site's scheduler set-up,
# fed as the outbox feeds refunds (50 per ScheduleJobs call while the first ones run).
# Both sides are measured warm: a warm-up batch (JOBS_WARMUP, default 1000) runs through the same process first, so
# the figures are throughput after tiered compilation, not the JIT of a process's first seconds. This machine is
# noisy (one no-op process alone varies 2× between runs), so each provider runs JOBS_ROUNDS (3) rounds of refunds then
# the reference, each after `sync`, and the verdict is the median of the rounds' ratios. A measured round is seeded
# and waited for by one client process (`refunds-run`) that has started and compiled its queries before the first
# refund exists, so the round's window does not hold a client's start-up as well (it did until 2026-12-02: ≈ 10%).
# Sourced by scripts/bench.sh.
# shellcheck shell=bash

jobs_settings=(Jobs__PaymentSimulator__Latency=00:00:00 Jobs__PaymentSimulator__TransientFailureRate=0
  Jobs__PaymentSimulator__PermanentFailureRate=0 Jobs__PaymentSimulator__SettlementDelay=00:00:00
  Jobs__OutboxPollInterval=00:00:00.200 Jobs__StatusPollInterval=00:00:00.200 Jobs__RetryInitialDelay=00:00:01)

# jobs_run LABEL PROVIDER CONNECTION QUARTZ_CONNECTION BARE_CONNECTION: seeds, processes and compares. The
# reference is Quartz with the site's own scheduler set-up (PartnerHelp.Jobs.Scheduling.QuartzSetup: store,
# serializer, workers, misfire threshold, retry policy, execution history) firing no-op jobs. Printed beside it, once:
# the same reference with ProcessRefund's Quartz attributes (no concurrent runs, durable, recovery, job data, retry
# policy: Quartz's own cost of a refund-shaped job) and the bare one (Quartz's defaults, no history).
jobs_run() {
  local label=$1 provider=$2 connection=$3 quartz=$4 bare=$5 count=${JOBS_REFUNDS:-500} warmup=${JOBS_WARMUP:-1000} rounds=${JOBS_ROUNDS:-3}
  local status=0 out="$work/jobs-$label.txt" ratios=() round refunds noop r latency
  : >"$out"
  "${load_tool[@]}" refunds --provider "$provider" --connection "$connection" --batch w --count "$warmup"
  start_site "jobs-$label" "$work/unused-$label.db" Database__Provider="$provider" ConnectionStrings__PartnerHelp="$connection" "${jobs_settings[@]}"
  "${load_tool[@]}" refunds-done --provider "$provider" --connection "$connection" --batch w --count "$warmup" --timeout 600 | sed 's/^figure /warm-up /' || status=$?
  for round in $(seq 1 "$rounds"); do
    sync
    refunds=$("${load_tool[@]}" refunds-run --provider "$provider" --connection "$connection" --batch "m$round" --count "$count" --timeout 600 | tee -a "$out" | awk '/^figure refunds_per_second/ { print $3 }') || status=$?
    sync
    noop=$("${load_tool[@]}" quartz-noop --provider "$provider" --connection "$quartz$round" --warmup "$warmup" --count "$count" --workers 4 --setup site | tee -a "$out" | awk '/^figure quartz_noop_per_second/ { print $3 }') || status=$?
    r=$(ratio "${refunds:-0}" "${noop:-0}"); ratios+=("$r")
    latency=$(awk '/^figure refund_processing_ms/ { sub(/^figure refund_processing_ms /, ""); sub(/ \(.*/, ""); line = $0 } END { print line }' "$out")
    figure "jobs_${label}_round_$round" "$refunds refunds/s, Quartz no-op $noop jobs/s (site set-up): $r; each refund Processing to Refunded: $latency ms"
  done
  stop_pid "$site_pid"
  "${load_tool[@]}" quartz-noop --provider "$provider" --connection "${quartz}shaped" --warmup "$warmup" --count "$count" --workers 4 --setup site --shape refund | tee -a "$out" || status=$?
  "${load_tool[@]}" quartz-noop --provider "$provider" --connection "$bare" --warmup "$warmup" --count "$count" --workers 4 --setup bare | tee -a "$out" || status=$?
  local shaped noop_bare median
  shaped=$(awk '/^figure quartz_noop_refund_shaped_per_second/ { print $3 }' "$out")
  noop_bare=$(awk '/^figure quartz_noop_bare_per_second/ { print $3 }' "$out")
  refunds=$(awk '/^figure refunds_per_second/ { print $3 }' "$out" | median)
  figure "jobs_${label}" "median $refunds refunds/s over $rounds rounds of $count after $warmup warm-up; Quartz alone: $shaped refund-shaped no-op jobs/s, $noop_bare bare"
  figure "jobs_${label}_shaped_ratio" "refunds/s ÷ refund-shaped no-op jobs/s = $(ratio "${refunds:-0}" "${shaped:-0}") (the application's own share of a refund)"
  median=$(printf '%s\n' "${ratios[@]}" | median)
  verdict "jobs_${label}_ratio" "$(pass_if ge "${median:-0}" 0.5)" "refunds/s ÷ no-op jobs/s (site set-up), median of rounds ${ratios[*]} = $median (target >= 0.50)$( ((status == 0)) || echo ', run incomplete')"
}

bench_jobs() {
  local rounds=${JOBS_ROUNDS:-3} round
  echo "==> jobs: SQLite"
  local db; db=$(fresh_db jobs)
  rm -f "$work"/noop*.db* "$work/noop-bare.db"*
  jobs_run sqlite Sqlite "Data Source=$db" "Data Source=$work/noop" "Data Source=$work/noop-bare.db"

  echo "==> jobs: PostgreSQL (throwaway cluster)"
  pg_start || { verdict jobs_postgresql MISS "no PostgreSQL cluster"; return; }
  pg_sql "CREATE DATABASE bench"; pg_sql "CREATE DATABASE noopbare"; pg_sql "CREATE DATABASE noopshaped"
  for round in $(seq 1 "$rounds"); do pg_sql "CREATE DATABASE noop$round"; done
  local cs="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=bench;Pooling=true"
  start_site jobs-pg-init "$work/unused.db" Database__Provider=PostgreSql ConnectionStrings__PartnerHelp="$cs" Jobs__Enabled=false
  stop_pid "$site_pid"
  jobs_run postgresql PostgreSql "$cs" "Host=127.0.0.1;Port=$pg_port;Username=postgres;Pooling=true;Database=noop" \
    "Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=noopbare;Pooling=true"
  pg_stop
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
