#!/usr/bin/env bash
# The benchmark command (separate from the test command, which stays fast): runs every benchmark
# at full size and prints each figure with its verdict against its budget. Results are recorded in
# docs/performance.md. Usage: ./scripts/bench.sh [BenchmarkDotNet arguments, e.g. --filter '*Eligibility*']
set -euo pipefail
cd "$(dirname "$0")/.."
args=("$@")
if [ ${#args[@]} -eq 0 ]; then args=(--filter '*'); fi
echo "==> micro-benchmarks (BenchmarkDotNet)"
dotnet run -c Release --project benchmarks/PartnerHelp.Benchmarks -- "${args[@]}"
