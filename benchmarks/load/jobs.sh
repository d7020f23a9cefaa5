bench_jobs() { echo "jobs: not yet"; }
