#!/usr/bin/env bash
# Measures background jobs per second with 1, 2 and 3 nodes on one PostgreSQL database, every node a Hangfire server
# on Hangfire.PostgreSql (each cluster started by scripts/cluster.sh; payment simulator at zero latency, no failures). Prints one figures line per node count,
# also kept in artifacts/figures/cluster-bench.txt; docs/architecture.md records the results.
# Usage: scripts/cluster-bench.sh [refunds per run, default 400]
set -euo pipefail
cd "$(dirname "$0")/.."
echo "==> build (Release)"
dotnet build tests/PartnerHelp.Resilience.Tests -c Release -nologo -clp:ErrorsOnly
rm -f artifacts/figures/cluster-bench.txt
echo "==> measure ($(nproc) cores, $(date -u '+%Y-%m-%d %H:%M') UTC)"
PARTNERHELP_CLUSTER_BENCH_REFUNDS="${1:-400}" \
  dotnet test tests/PartnerHelp.Resilience.Tests -c Release --no-build -nologo \
  --filter "FullyQualifiedName~ClusterThroughputTests" --logger "console;verbosity=minimal"
echo "==> figures"
cat artifacts/figures/cluster-bench.txt
