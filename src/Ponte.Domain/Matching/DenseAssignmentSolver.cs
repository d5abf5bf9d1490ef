namespace Ponte.Domain.Matching;

/// <summary>
/// Exact assignment on a dense square cost matrix by the Jonker–Volgenant method (column reduction,
/// reduction transfer, augmenting row reduction, then shortest augmenting paths), O(N³) at worst and
/// far less on typical instances. Mentors' places become columns ("slots"); cells that are no
/// allowed pair, and padding rows or columns, cost <c>big</c>, which stands for "unmatched".
/// </summary>
internal sealed class DenseAssignmentSolver
{
    private readonly int _n;
    private readonly int _size;
    private readonly int _slots;
    private readonly int[] _cost;
    private readonly int[] _slotMentor;
    private readonly int _big;
    private readonly long[] _v;
    private readonly long[] _u;
    private readonly int[] _rowsol;
    private readonly int[] _colsol;

    private DenseAssignmentSolver(int n, int m, int[] start, int[] arcMentor, long[] arcCost, int[] capacity, int big)
    {
        _n = n;
        _big = big;
        var firstSlot = new int[m + 1];
        for (var j = 0; j < m; j++)
            firstSlot[j + 1] = firstSlot[j] + capacity[j];
        _slots = firstSlot[m];
        _size = Math.Max(n, _slots);
        _slotMentor = new int[_size];
        Array.Fill(_slotMentor, -1);
        for (var j = 0; j < m; j++)
        {
            for (var s = firstSlot[j]; s < firstSlot[j + 1]; s++)
                _slotMentor[s] = j;
        }

        _cost = new int[_size * _size];
        Array.Fill(_cost, big);
        for (var i = 0; i < n; i++)
        {
            var row = i * _size;
            for (var a = start[i]; a < start[i + 1]; a++)
            {
                var j = arcMentor[a];
                for (var s = firstSlot[j]; s < firstSlot[j + 1]; s++)
                    _cost[row + s] = (int)arcCost[a];
            }
        }

        _v = new long[_size];
        _u = new long[_size];
        _rowsol = new int[_size];
        _colsol = new int[_size];
    }

    /// <summary>The largest N (rows or slots) the dense method takes: N² ints must stay reasonable.</summary>
    public const int MaxSize = 4096;

    public static int[] Solve(int n, int m, int[] start, int[] arcMentor, long[] arcCost, int[] capacity, int big)
    {
        var solver = new DenseAssignmentSolver(n, m, start, arcMentor, arcCost, capacity, big);
        solver.Run();
        solver.CheckCertificate();
        var cost = solver.TotalCost();
        solver.BreakTies();
        solver.CheckCertificate();
        if (solver.TotalCost() != cost)
            throw new InvalidOperationException("Tie-breaking changed the optimum.");
        var result = new int[n];
        for (var i = 0; i < n; i++)
            result[i] = solver.MentorOfCell(i, solver._rowsol[i]);
        return result;
    }

    private int MentorOfCell(int row, int col) =>
        col < _slots && _cost[(row * _size) + col] < _big ? _slotMentor[col] : -1;

    private long TotalCost()
    {
        long total = 0;
        for (var i = 0; i < _size; i++)
            total += _cost[(i * _size) + _rowsol[i]];
        return total;
    }

    private void Run()
    {
        var dim = _size;
        var c = _cost;
        var v = _v;
        var rowsol = _rowsol;
        var colsol = _colsol;
        var matches = new int[dim];
        var free = new int[dim];

        // Column reduction, right to left.
        for (var j = dim - 1; j >= 0; j--)
        {
            var min = c[j];
            var imin = 0;
            for (var i = 1; i < dim; i++)
            {
                var h = c[(i * dim) + j];
                if (h < min)
                {
                    min = h;
                    imin = i;
                }
            }

            v[j] = min;
            if (++matches[imin] == 1)
            {
                rowsol[imin] = j;
                colsol[j] = imin;
            }
            else if (v[j] < v[rowsol[imin]])
            {
                var j1 = rowsol[imin];
                rowsol[imin] = j;
                colsol[j] = imin;
                colsol[j1] = -1;
            }
            else
            {
                colsol[j] = -1;
            }
        }

        // Reduction transfer from rows that got exactly one column.
        var numFree = 0;
        for (var i = 0; i < dim; i++)
        {
            if (matches[i] == 0)
            {
                free[numFree++] = i;
            }
            else if (matches[i] == 1)
            {
                var j1 = rowsol[i];
                var min = long.MaxValue;
                var row = i * dim;
                for (var j = 0; j < dim; j++)
                {
                    if (j != j1)
                        min = Math.Min(min, c[row + j] - v[j]);
                }

                if (dim > 1)
                    v[j1] -= min;
            }
        }

        // Augmenting row reduction, two passes, with a guard on the work done.
        var budget = 64L * dim;
        for (var pass = 0; pass < 2 && numFree > 0; pass++)
        {
            var k = 0;
            var prvNumFree = numFree;
            numFree = 0;
            while (k < prvNumFree)
            {
                var i = free[k++];
                if (--budget < 0)
                {
                    free[numFree++] = i;
                    continue;
                }

                var row = i * dim;
                var umin = c[row] - v[0];
                var j1 = 0;
                var j2 = -1;
                var usubmin = long.MaxValue;
                for (var j = 1; j < dim; j++)
                {
                    var h = c[row + j] - v[j];
                    if (h < usubmin)
                    {
                        if (h >= umin)
                        {
                            usubmin = h;
                            j2 = j;
                        }
                        else
                        {
                            usubmin = umin;
                            umin = h;
                            j2 = j1;
                            j1 = j;
                        }
                    }
                }

                if (j2 < 0)
                    usubmin = umin;
                var i0 = colsol[j1];
                if (umin < usubmin)
                {
                    v[j1] -= usubmin - umin;
                }
                else if (i0 >= 0 && j2 >= 0)
                {
                    j1 = j2;
                    i0 = colsol[j2];
                }

                if (i0 >= 0)
                    rowsol[i0] = -1;
                rowsol[i] = j1;
                colsol[j1] = i;
                if (i0 >= 0)
                {
                    if (umin < usubmin)
                        free[--k] = i0;
                    else
                        free[numFree++] = i0;
                }
            }
        }

        // Shortest augmenting paths for the rows still free.
        var d = new long[dim];
        var pred = new int[dim];
        var collist = new int[dim];
        for (var f = 0; f < numFree; f++)
        {
            var freeRow = free[f];
            var frow = freeRow * dim;
            for (var j = 0; j < dim; j++)
            {
                d[j] = c[frow + j] - v[j];
                pred[j] = freeRow;
                collist[j] = j;
            }

            var low = 0;
            var up = 0;
            var last = 0;
            long min = 0;
            var endOfPath = -1;
            while (endOfPath < 0)
            {
                if (up == low)
                {
                    last = low - 1;
                    min = d[collist[up++]];
                    for (var k = up; k < dim; k++)
                    {
                        var j = collist[k];
                        var h = d[j];
                        if (h <= min)
                        {
                            if (h < min)
                            {
                                up = low;
                                min = h;
                            }

                            collist[k] = collist[up];
                            collist[up++] = j;
                        }
                    }

                    for (var k = low; k < up; k++)
                    {
                        if (colsol[collist[k]] < 0)
                        {
                            endOfPath = collist[k];
                            break;
                        }
                    }
                }

                if (endOfPath < 0)
                {
                    var j1 = collist[low++];
                    var i = colsol[j1];
                    var row = i * dim;
                    var h = c[row + j1] - v[j1] - min;
                    for (var k = up; k < dim; k++)
                    {
                        var j = collist[k];
                        var v2 = c[row + j] - v[j] - h;
                        if (v2 < d[j])
                        {
                            pred[j] = i;
                            if (v2 == min)
                            {
                                if (colsol[j] < 0)
                                {
                                    endOfPath = j;
                                    break;
                                }

                                collist[k] = collist[up];
                                collist[up++] = j;
                            }

                            d[j] = v2;
                        }
                    }
                }
            }

            // Update the prices of the columns scanned before the last level.
            for (var k = 0; k <= last; k++)
            {
                var j1 = collist[k];
                v[j1] += d[j1] - min;
            }

            while (true)
            {
                var i = pred[endOfPath];
                colsol[endOfPath] = i;
                var j1 = endOfPath;
                endOfPath = rowsol[i];
                rowsol[i] = j1;
                if (i == freeRow)
                    break;
            }
        }

        for (var i = 0; i < dim; i++)
            _u[i] = c[(i * dim) + rowsol[i]] - v[rowsol[i]];
    }

    /// <summary>Dual feasibility and complementary slackness over every cell: the proof of optimality.</summary>
    private void CheckCertificate()
    {
        var dim = _size;
        var seen = new bool[dim];
        for (var i = 0; i < dim; i++)
        {
            var col = _rowsol[i];
            if (col < 0 || seen[col] || _colsol[col] != i)
                throw new InvalidOperationException("The dense assignment is not a permutation.");
            seen[col] = true;
            var row = i * dim;
            var ui = _u[i];
            for (var j = 0; j < dim; j++)
            {
                var rc = _cost[row + j] - ui - _v[j];
                if (j == col ? rc != 0 : rc < 0)
                    throw new InvalidOperationException("Optimality certificate failed in the dense assignment.");
            }
        }
    }

    /// <summary>Same rule as the sparse solver: lexicographically smallest (mentee, mentor) list among optima.</summary>
    private void BreakTies()
    {
        var dim = _size;
        var tightStart = new int[dim + 1];
        var tight = new List<int>(dim * 2);
        for (var i = 0; i < dim; i++)
        {
            var row = i * dim;
            for (var j = 0; j < dim; j++)
            {
                if (_cost[row + j] - _u[i] - _v[j] == 0)
                    tight.Add(j);
            }

            tightStart[i + 1] = tight.Count;
        }

        var locked = new bool[dim];
        var visited = new int[dim];
        var parent = new int[dim];
        var queue = new int[dim];
        var candidates = new List<(int Mentor, int Col)>();
        var stamp = 0;
        for (var i = 0; i < _n; i++)
        {
            var current = Rank(i, _rowsol[i]);
            candidates.Clear();
            for (var t = tightStart[i]; t < tightStart[i + 1]; t++)
            {
                var col = tight[t];
                var r = Rank(i, col);
                if (r < current)
                    candidates.Add((r, col));
            }

            candidates.Sort();
            stamp++;
            foreach (var (_, col) in candidates)
            {
                if (visited[col] != stamp && Search(col, _rowsol[i]))
                {
                    Apply(i, col, _rowsol[i]);
                    break;
                }
            }

            locked[i] = true;
        }

        bool Search(int source, int target)
        {
            var qh = 0;
            var qt = 0;
            visited[source] = stamp;
            parent[source] = -1;
            queue[qt++] = source;
            while (qh < qt)
            {
                var col = queue[qh++];
                var r = _colsol[col];
                var keep = locked[r] ? Rank(r, col) : -1;
                for (var t = tightStart[r]; t < tightStart[r + 1]; t++)
                {
                    var z = tight[t];
                    if (visited[z] == stamp || (keep >= 0 && Rank(r, z) != keep))
                        continue;
                    visited[z] = stamp;
                    parent[z] = col;
                    if (z == target)
                        return true;
                    queue[qt++] = z;
                }
            }

            return false;
        }

        void Apply(int i, int source, int target)
        {
            var chain = new List<int>();
            for (var col = target; col >= 0; col = parent[col])
                chain.Add(col);
            chain.Reverse();

            // chain[0] = source … chain[^1] = target; the owner of chain[k] moves to chain[k + 1].
            var owners = chain.Select(col => _colsol[col]).ToArray();
            for (var k = 0; k + 1 < chain.Count; k++)
            {
                _rowsol[owners[k]] = chain[k + 1];
                _colsol[chain[k + 1]] = owners[k];
            }

            _rowsol[i] = source;
            _colsol[source] = i;
            for (var k = 0; k < chain.Count; k++)
                _u[_colsol[chain[k]]] = _cost[(_colsol[chain[k]] * dim) + chain[k]] - _v[chain[k]];
        }

        // The value a row's cell has in the tie rule: the mentor's rank, or "unmatched" after all mentors.
        int Rank(int row, int col)
        {
            if (row >= _n)
                return int.MaxValue;
            var mentor = MentorOfCell(row, col);
            return mentor < 0 ? int.MaxValue : mentor;
        }
    }
}
