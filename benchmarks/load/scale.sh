bench_scale() { echo "scale: not yet"; }
