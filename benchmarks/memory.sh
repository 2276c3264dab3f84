#!/usr/bin/env bash
# The memory of the national evaluation (docs/performance.md, "Memory"): bytes per commitment of
# the library's evaluation data against the plain-array baseline, then the smallest heap (-Xmx, to
# 16 MB) in which the national portfolio (150,000 commitments x 24 cycles) is built and evaluated.
# Needs benchmarks/target/benchmarks.jar (see run-all.sh). Usage: benchmarks/memory.sh [commitments]
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=benchmarks/target/benchmarks.jar
N="${1:-150000}"
MAIN=io.rakor.benchmarks.monitoring.EvaluationMemory
java -Xmx4g -cp "$JAR" "$MAIN" "$N"
runs() { java -Xmx"$1"m -XX:+UseSerialGC -cp "$JAR" "$MAIN" "$N" >/dev/null 2>&1; }
lo=16 hi=4096
runs "$hi" || { echo "[memory] does not run in ${hi} MB"; exit 1; }
while (( hi - lo > 16 )); do
  mid=$(( (lo + hi) / 2 ))
  if runs "$mid"; then hi=$mid; else lo=$mid; fi
done
echo "[memory] smallest heap: ${hi} MB (-Xmx${hi}m, serial GC; fails at ${lo} MB)"
