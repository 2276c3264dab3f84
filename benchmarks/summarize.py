#!/usr/bin/env python3
"""Summarises a JMH JSON results file of run-all.sh as Markdown: one row per measurement, with
the baseline or peer it is compared with in the same run and the ratio between them.

Usage: benchmarks/summarize.py results.json [results.md]

A row's comparison is the benchmark its class pairs it with (PAIRS below) under the same
parameters; the lifecycle engines are compared with Flowable at the same size and one thread.
The ratio reads "N× faster" or "N× slower" than that baseline or peer: for times it is the
baseline's time over the library's, for throughputs the library's over the baseline's.
"""
import json
import sys

# (class, library method) -> baseline or peer method of the same class, same parameters.
PAIRS = {
    ("JsonBenchmark", "rakorEncode"): "handEncode",
    ("JsonBenchmark", "rakorDecode"): "handDecode",
    ("MonitoringEvaluationBenchmark", "evaluateAllCycles"): "baselineAllCycles",
    ("IncrementalEvaluationBenchmark", "acceptReport"): "fullEvaluation",
    ("IncrementalEvaluationBenchmark", "changeStatus"): "fullEvaluation",
    ("OverlapBenchmark", "indexed"): "allPairs",
    ("ReconciliationBenchmark", "streaming"): "iterateOnly",
    ("ReconciliationBenchmark", "inMemory"): "iterateOnly",
    ("ReconciliationStreamingBenchmark", "generateAndReconcile"): "generateOnly",
    ("InMemoryStoreBenchmark", "keysetPage"): "baselineFilterSortSkip",
    ("ExportBenchmark", "export"): "baselinePagesAsJson",
    ("JdbcBulkSaveBenchmark", "storeBulkSave"): "rawBatchInsert",
    ("H2FileBulkSaveBenchmark", "storeBulkSave"): "rawBatchInsert",
    ("JdbcCommitmentQueryBenchmark", "loadById"): "rawPrimaryKeyLookup",
    ("JdbcCommitmentQueryBenchmark", "byLead"): "rawByLeadSql",
    ("ObservationStreamBenchmark", "fromStore"): "rawPages",
    ("ObservationStreamBenchmark", "pagesOnly"): "rawPages",
    ("SqlOverlapBenchmark", "rakor"): "sql",
}

THROUGHPUT = "thrpt"


def key(result):
    name = result["benchmark"].rsplit(".", 2)
    return name[1], name[2], tuple(sorted(result.get("params", {}).items()))


def fmt(x):
    if x >= 100:
        return f"{x:,.0f}"
    if x >= 10:
        return f"{x:.1f}"
    return f"{x:.3g}"


def ratio(lib, base):
    """How many times faster (or slower) the library is than the baseline."""
    a, b = lib["primaryMetric"]["score"], base["primaryMetric"]["score"]
    speed = a / b if lib["mode"] == THROUGHPUT else b / a
    return f"{speed:.2f}× faster" if speed >= 1 else f"{1 / speed:.2f}× slower"


def comparison(result, by_key):
    cls, method, params = key(result)
    if cls == "LifecycleBenchmark":
        p = dict(params)
        if p.get("engine", "").startswith("flowable"):
            return None, None
        p.update(engine="flowableH2File", threads="1")
        peer = by_key.get((cls, method, tuple(sorted(p.items()))))
        return ("Flowable, H2 file, 1 thread", peer) if peer else (None, None)
    base = PAIRS.get((cls, method))
    if base is None:
        return None, None
    return base, by_key.get((cls, base, params))


def row(result, by_key):
    cls, method, params = key(result)
    metric = result["primaryMetric"]
    score = f"{fmt(metric['score'])} ± {fmt(metric['scoreError'])} {metric['scoreUnit']}"
    if result["mode"] == "sample":
        pct = metric["scorePercentiles"]
        score += f" (p50 {fmt(pct['50.0'])}, p99 {fmt(pct['99.0'])})"
    against, base = comparison(result, by_key)
    versus = ratio(result, base) if base else ""
    shown = ", ".join(f"{k}={v}" for k, v in params)
    return f"| {cls}.{method} | {shown} | {score} | {against or ''} | {versus} |"


def main():
    with open(sys.argv[1]) as f:
        results = json.load(f)
    by_key = {key(r): r for r in results}
    lines = [
        "| benchmark | parameters | score | compared with | library against it |",
        "|---|---|---|---|---|",
    ]
    lines += [row(r, by_key) for r in results]
    text = "\n".join(lines) + "\n"
    if len(sys.argv) > 2:
        with open(sys.argv[2], "w") as f:
            f.write(text)
    else:
        sys.stdout.write(text)


if __name__ == "__main__":
    main()
