"""Times scipy on the matrices written by run.mjs, in-process with time.perf_counter.

Usage: python3 scipy_bench.py MANIFEST.json  ->  prints one JSON object on stdout.
Each case: one warm-up call under tracemalloc, for the peak memory it allocates (numpy reports its
buffers to it), then `runs` timed calls (the median is taken by run.mjs).
"""
import json
import sys
import time
import tracemalloc

import numpy as np
import scipy
from scipy.optimize import linear_sum_assignment
from scipy.sparse import csr_matrix
from scipy.sparse.csgraph import min_weight_full_bipartite_matching


def timed(fn, runs):
    tracemalloc.start()
    fn()  # warm-up, as for the JS solvers
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    times = []
    result = None
    for _ in range(runs):
        t0 = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - t0) * 1000.0)
    return times, result, peak


def main():
    manifest = json.load(open(sys.argv[1]))
    out = {"scipy": scipy.__version__, "numpy": np.__version__, "python": sys.version.split()[0], "cases": {}}
    for case in manifest["cases"]:
        rows, cols, runs = case["rows"], case["cols"], case["runs"]
        maximize = bool(case.get("maximize", False))
        entry = {}
        if case["kind"] == "dense":
            a = np.fromfile(case["data"], dtype=np.float64).reshape(rows, cols)
            times, (r, c), peak = timed(lambda: linear_sum_assignment(a, maximize=maximize), runs)
            entry["linear_sum_assignment"] = {"times": times, "total": float(a[r, c].sum()), "peak": peak}
        else:
            start = np.fromfile(case["rowStart"], dtype=np.int32)
            col = np.fromfile(case["colIndex"], dtype=np.int32)
            cost = np.fromfile(case["cost"], dtype=np.float64)
            m = csr_matrix((cost, col, start), shape=(rows, cols))
            times, (r, c), peak = timed(lambda: min_weight_full_bipartite_matching(m), runs)
            total = float(m[r, c].sum())
            entry["min_weight_full_bipartite_matching"] = {"times": times, "total": total, "peak": peak}
        out["cases"][case["name"]] = entry
    print(json.dumps(out))


if __name__ == "__main__":
    main()
