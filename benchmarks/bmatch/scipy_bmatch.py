"""Times scipy's min_weight_full_bipartite_matching on a 1:1 graph written by run.mjs.

Usage: python3 scipy_bmatch.py DIR ROWS COLS  ->  one JSON object on stdout: the time (ms, one
call after a warm-up call), the number of pairs and the total weight (costs are 2 - weight, so the
minimum-cost full matching is the maximum-weight one among the full matchings).
"""
import json
import sys
import time

import numpy as np
from scipy.sparse import csr_matrix
from scipy.sparse.csgraph import min_weight_full_bipartite_matching


def main():
    folder, rows, cols = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    start = np.fromfile(f"{folder}/start.bin", dtype=np.int32)
    col = np.fromfile(f"{folder}/col.bin", dtype=np.int32)
    weight = np.fromfile(f"{folder}/weight.bin", dtype=np.float64)
    matrix = csr_matrix((2.0 - weight, col, start), shape=(rows, cols))
    min_weight_full_bipartite_matching(matrix)  # warm-up
    t0 = time.perf_counter()
    row_ind, col_ind = min_weight_full_bipartite_matching(matrix)
    ms = (time.perf_counter() - t0) * 1000.0
    total = float((2.0 - np.asarray(matrix[row_ind, col_ind]).ravel()).sum())
    print(json.dumps({"ms": ms, "pairs": int(len(row_ind)), "total": total}))


if __name__ == "__main__":
    main()
