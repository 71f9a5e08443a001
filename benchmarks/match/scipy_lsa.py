"""Times scipy's bare linear_sum_assignment on an n x n uniform [0, 1) matrix (maximize).

Usage: python3 scipy_lsa.py N  ->  prints {"ms": best of 3, "version": ...} on stdout.
"""
import json
import sys
import time

import numpy as np
import scipy
from scipy.optimize import linear_sum_assignment

n = int(sys.argv[1])
matrix = np.random.default_rng(2027).random((n, n))
linear_sum_assignment(matrix, maximize=True)  # warm-up
best = float("inf")
for _ in range(3):
    t0 = time.perf_counter()
    linear_sum_assignment(matrix, maximize=True)
    best = min(best, (time.perf_counter() - t0) * 1000.0)
print(json.dumps({"ms": best, "version": scipy.__version__}))
