#!/usr/bin/env bash
# Builds the benchmarks and runs the whole suite with the settings docs/performance.md documents,
# Rakor and its peers (Flowable, SQL on PostgreSQL) in the same JMH runs, each benchmark's
# equal-results check in its set-up. Writes one JMH JSON results file (all runs, merged); beside
# it a .md with every measurement against its baseline or peer (benchmarks/summarize.py), the
# table docs/performance.md is built from, and a .txt with the load average before and after each
# run and the memory figures.
#
# Run it on a quiet machine (nothing else running; the load average is recorded with every run).
# It takes a few hours on the 2-core machine (the SQL peer sets up PostgreSQL for each size, twice);
# pass JMH options after the output file to change every run, e.g.
#   benchmarks/run-all.sh benchmarks/results/quick.json -p commitments=1000
# (options given here are appended to every run, so they override the documented ones).
#
# Usage: benchmarks/run-all.sh [results.json] [extra JMH options...]
#
# RAKOR_BENCH_ONLY="lifecycle sql-overlaps" runs only the runs with those labels (the labels are the
# first argument of each `run` below, and "memory" for benchmarks/memory.sh), for re-measuring part
# of the suite after a change.
set -euo pipefail
cd "$(dirname "$0")/.."
OUT="${1:-benchmarks/results/results-$(date -u +%Y%m%dT%H%M%SZ).json}"
shift || true
EXTRA=("$@")
LOG="${OUT%.json}.txt"
JAR=benchmarks/target/benchmarks.jar
# Each run's JSON, kept until they are merged: a suite stopped early still has its finished runs.
PARTS="${OUT%.json}.parts"
mkdir -p "$PARTS"

./mvnw -B -ntp -pl benchmarks -am package -DskipTests
{
  echo "Rakor benchmarks, $(date -u +%Y-%m-%dT%H:%M:%SZ), commit $(git rev-parse --short HEAD)"
  echo "$(nproc) cores, $(java -version 2>&1 | head -1)"
} >"$LOG"

n=0
run() { # run <label> <JMH arguments...>
  local label="$1"
  shift
  n=$((n + 1))
  if [ -n "${RAKOR_BENCH_ONLY:-}" ] && [[ " $RAKOR_BENCH_ONLY " != *" $label "* ]]; then
    return 0
  fi
  echo "== $label: load before $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$LOG"
  java -jar "$JAR" "$@" ${EXTRA[@]+"${EXTRA[@]}"} -rf json -rff "$PARTS/$(printf %02d $n).json"
  echo "   $label: load after $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$LOG"
}

# Most important first: the peers, then the national-scale goals, then the rest.
# The process engine: Rakor's engines and Flowable single-threaded in one JMH run, then Rakor
# with 2 and 4 threads.
run lifecycle 'io\.rakor\.benchmarks\.lifecycle\.LifecycleBenchmark' -f 1 -wi 1 -i 3 \
  -p engine=rakorH2File,rakorPostgres,rakorMemory,flowableH2File -p commitments=1000 -p threads=1
run lifecycle-threads 'io\.rakor\.benchmarks\.lifecycle\.LifecycleBenchmark' -f 1 -wi 1 -i 3 \
  -p engine=rakorH2File,rakorPostgres,rakorMemory -p commitments=1000 -p threads=2,4
run sql-overlaps 'io\.rakor\.benchmarks\.jdbc\.SqlOverlapBenchmark' -f 1 -wi 1 -i 3
# In-memory library code against its baselines.
run monitoring 'io\.rakor\.benchmarks\.monitoring\.MonitoringEvaluationBenchmark' -f 1 -wi 2 -i 3 -w 5s -r 5s
run analysis 'io\.rakor\.benchmarks\.analysis\.' -f 1 -wi 2 -i 3
# The stores: PostgreSQL and the H2 file, each against raw JDBC.
run observation-stream 'io\.rakor\.benchmarks\.jdbc\.ObservationStreamBenchmark' -f 1 -wi 1 -i 3
run jdbc-queries 'io\.rakor\.benchmarks\.jdbc\.(JdbcCommitmentQuery|H2FileQuery)Benchmark' -f 1 -wi 1 -i 3 -w 5s -r 5s
run jdbc-bulk-save 'io\.rakor\.benchmarks\.jdbc\.(JdbcBulkSave|H2FileBulkSave)Benchmark' -f 1 -wi 1 -i 3 -w 5s -r 5s
run json 'io\.rakor\.benchmarks\.json\.JsonBenchmark' -f 1 -wi 2 -i 3
run incremental 'io\.rakor\.benchmarks\.monitoring\.IncrementalEvaluationBenchmark' -f 1 -wi 2 -i 3 -w 5s -r 5s
run in-memory-store 'io\.rakor\.benchmarks\.persistence\.InMemoryStoreBenchmark' -f 1 -wi 2 -i 3
run export 'io\.rakor\.benchmarks\.persistence\.ExportBenchmark' -f 1 -wi 1 -i 3 -w 5s -r 5s

# One results file: the runs' arrays, concatenated.
python3 - "$OUT" "$PARTS"/*.json <<'PY'
import json, sys
merged = []
for part in sys.argv[2:]:
    with open(part) as f:
        merged.extend(json.load(f))
with open(sys.argv[1], "w") as f:
    json.dump(merged, f, indent=2)
PY
rm -r "$PARTS"
python3 benchmarks/summarize.py "$OUT" "${OUT%.json}.md"
if [ -z "${RAKOR_BENCH_ONLY:-}" ] || [[ " $RAKOR_BENCH_ONLY " == *" memory "* ]]; then
  echo "== memory: load before $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$LOG"
  benchmarks/memory.sh | tee -a "$LOG"
fi
echo "Results: $OUT (JMH JSON), ${OUT%.json}.md (against baselines and peers), $LOG (load, memory)"
