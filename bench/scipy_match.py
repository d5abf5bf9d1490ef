#!/usr/bin/python3
"""The reference side of bench/matching.sh: the same optimum with SciPy.

usage: scipy_match.py candidates.csv mentors.csv {slots|dense|sparse}

  slots   linear_sum_assignment on mentees x mentor places (capacities expanded into slots);
          a real pair weighs M + score (M = most possible matches x top score + 1), so the
          maximum matches the most mentees first, then has the largest total score
  dense   linear_sum_assignment on the plain score matrix (every pair a candidate, capacity 1)
  sparse  min_weight_full_bipartite_matching on the sparse slot graph, one private
          "unmatched" column per mentee at cost M

Prints one JSON line: matched, totalCents, solveSeconds (the solver call only).
"""
import json
import sys
import time

import numpy as np
from scipy.optimize import linear_sum_assignment
from scipy.sparse import csr_matrix
from scipy.sparse.csgraph import min_weight_full_bipartite_matching


def read(candidates_path, mentors_path):
    with open(mentors_path) as f:
        rows = [line.rstrip("\r\n").split(",") for line in f.read().splitlines()[1:] if line.strip()]
    mentor_index = {r[0]: k for k, r in enumerate(rows)}
    capacity = np.array([int(r[1]) for r in rows], dtype=np.int64)
    with open(candidates_path) as f:
        lines = f.read().splitlines()[1:]
    mentee_index = {}
    e = np.empty(len(lines), dtype=np.int64)
    v = np.empty(len(lines), dtype=np.int64)
    cents = np.empty(len(lines), dtype=np.int64)
    for k, line in enumerate(lines):
        a, b, s = line.split(",")
        e[k] = mentee_index.setdefault(a, len(mentee_index))
        v[k] = mentor_index[b]
        whole, _, frac = s.partition(".")
        cents[k] = int(whole) * 100 + int((frac + "00")[:2])
    return len(mentee_index), capacity, e, v, cents


def main():
    cpath, mpath, mode = sys.argv[1:4]
    n, capacity, e, v, cents = read(cpath, mpath)
    smax = int(cents.max()) if len(cents) else 0
    places = int(capacity.sum())
    big = min(n, places) * smax + 1
    first = np.concatenate([[0], np.cumsum(capacity)])

    if mode == "dense":
        m = len(capacity)
        if len(cents) != n * m or (capacity != 1).any():
            raise SystemExit("dense mode needs every pair and capacity 1")
        w = np.zeros((n, m))
        w[e, v] = cents
        t = time.perf_counter()
        rows, cols = linear_sum_assignment(w, maximize=True)
        solve = time.perf_counter() - t
        matched, total = len(rows), int(w[rows, cols].sum())
    elif mode == "slots":
        w = np.zeros((n, places))
        real = np.zeros((n, places), dtype=bool)
        for k in range(int(capacity.max()) if places else 0):
            has = capacity[v] > k
            w[e[has], first[v[has]] + k] = big + cents[has]
            real[e[has], first[v[has]] + k] = True
        t = time.perf_counter()
        rows, cols = linear_sum_assignment(w, maximize=True)
        solve = time.perf_counter() - t
        chosen = real[rows, cols]
        matched = int(chosen.sum())
        total = int((w[rows, cols][chosen] - big).sum())
    elif mode == "sparse":
        r, c, d = [], [], []
        for k in range(int(capacity.max()) if places else 0):
            has = capacity[v] > k
            r.append(e[has]); c.append(first[v[has]] + k); d.append(smax - cents[has] + 1)
        r.append(np.arange(n)); c.append(places + np.arange(n)); d.append(np.full(n, big + smax + 1))
        g = csr_matrix((np.concatenate(d).astype(float), (np.concatenate(r), np.concatenate(c))), shape=(n, places + n))
        t = time.perf_counter()
        rows, cols = min_weight_full_bipartite_matching(g)
        solve = time.perf_counter() - t
        chosen = cols < places
        matched = int(chosen.sum())
        total = int(matched * (smax + 1) - g[rows[chosen], cols[chosen]].sum())
    else:
        raise SystemExit("mode is slots, dense or sparse")
    print(json.dumps({"mode": mode, "matched": matched, "totalCents": total, "solveSeconds": round(solve, 4)}))


if __name__ == "__main__":
    main()
