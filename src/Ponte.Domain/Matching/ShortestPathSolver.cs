namespace Ponte.Domain.Matching;

/// <summary>
/// Exact min-cost assignment of mentees to capacitated mentors by successive shortest paths with
/// node potentials (Dijkstra on reduced costs, stopped at the first free place).
/// <para>
/// Network: every mentee supplies one unit; it flows to a mentor (cost <c>c</c>, ≤ capacity) or to
/// the dummy node D ("unmatched", cost <c>big</c>, unbounded); mentors and D drain into the sink t.
/// Rows are added one at a time; each shortest augmenting path keeps the flow cost-optimal for the
/// rows added so far, and the potentials are a dual certificate of that, checked at the end. When
/// mentor places are fewer than mentees, the same algorithm runs on the transposed problem (places
/// as rows) and the potentials of this orientation are rebuilt from the result.
/// </para>
/// </summary>
internal sealed class ShortestPathSolver
{
    private readonly int _n;
    private readonly int _m;
    private readonly int[] _start;
    private readonly int[] _stop;
    private readonly int[] _arcMentor;
    private readonly long[] _arcCost;
    private readonly int[] _cap;
    private readonly long _big;
    private readonly int _dummy;
    private readonly int _sink;
    private readonly long[] _pot;
    private readonly int[] _assign;
    private readonly long[] _assignCost;
    private readonly int[] _load;
    private readonly int[] _head;
    private readonly int[] _next;
    private readonly int[] _prev;
    private readonly long[] _dist;
    private readonly int[] _seen;
    private readonly int[] _done;
    private readonly int[] _pred;
    private readonly int[] _predArc;
    private readonly List<int> _popped = [];
    private readonly MinHeap _heap = new();
    private int _epoch;

    // Rows that are places of one mentor (transposed problem) have the same arcs and costs: the
    // group of each row, and per group the best (distance + potential) at which one of them was
    // scanned in the current search, and the column that row holds (the one arc it did not scan).
    private int[]? _rowGroup;
    private int[] _groupSeen = [];
    private long[] _groupKey = [];
    private int[] _groupHeld = [];

    /// <param name="stop">Where each row's arcs end, when rows share arcs; by default where the next row's start.</param>
    private ShortestPathSolver(int n, int m, int[] start, int[] arcMentor, long[] arcCost, int[] capacity, long big, int[]? stop = null)
    {
        _n = n;
        _m = m;
        _start = start;
        _stop = stop ?? start[1..];
        _arcMentor = arcMentor;
        _arcCost = arcCost;
        _big = big;
        _dummy = m;
        _sink = n + m + 1;
        _cap = new int[m + 1];
        Array.Copy(capacity, _cap, m);
        _cap[m] = int.MaxValue;
        var nodes = n + m + 2;
        _pot = new long[nodes];
        _assign = new int[n];
        Array.Fill(_assign, -1);
        _assignCost = new long[n];
        _load = new int[m + 1];
        _head = new int[m + 1];
        Array.Fill(_head, -1);
        _next = new int[n];
        _prev = new int[n];
        _dist = new long[nodes];
        _seen = new int[nodes];
        _done = new int[nodes];
        _pred = new int[nodes];
        _predArc = new int[nodes];
    }

    /// <summary>Returns each mentee's mentor index, or -1 when she stays unmatched.</summary>
    public static int[] Solve(int n, int m, int[] start, int[] arcMentor, long[] arcCost, int[] capacity, long big)
    {
        long places = 0;
        foreach (var c in capacity)
            places += c;
        var solver = new ShortestPathSolver(n, m, start, arcMentor, arcCost, capacity, big);
        if (places < n && places <= int.MaxValue / 2)
        {
            // Places are the scarce side: augmenting from them finds a free mentee within a few steps,
            // where augmenting from mentees would search far for the last free places.
            solver.AdoptFromPlaces(SolvePlaces(n, m, start, arcMentor, arcCost, capacity, big, (int)places));
            solver.RepairPotentials();
        }
        else
        {
            solver.AddAll();
        }

        solver.CheckCertificate();
        var cost = solver.TotalCost();
        solver.BreakTies();
        solver.CheckCertificate();
        if (solver.TotalCost() != cost)
            throw new InvalidOperationException("Tie-breaking changed the optimum.");
        var result = new int[n];
        for (var i = 0; i < n; i++)
            result[i] = solver._assign[i] == solver._dummy ? -1 : solver._assign[i];
        return result;
    }

    private void AddAll()
    {
        // Any order gives the optimum; rows with the best offers first make shorter searches later.
        var order = new int[_n];
        var bestCost = new long[_n];
        for (var i = 0; i < _n; i++)
        {
            order[i] = i;
            bestCost[i] = long.MaxValue;
            for (var a = _start[i]; a < _stop[i]; a++)
                bestCost[i] = Math.Min(bestCost[i], _arcCost[a]);
        }

        Array.Sort(bestCost, order);
        foreach (var i in order)
            Add(i);
    }

    /// <summary>
    /// The transposed problem: each place of a mentor is a row with supply one, each mentee a column
    /// of capacity one, and "place left empty" costs <c>big</c>. It has the same optimal assignments
    /// (the objective differs by a constant). Returns the mentee of each place, or -1.
    /// </summary>
    private static int[] SolvePlaces(int n, int m, int[] start, int[] arcMentor, long[] arcCost, int[] capacity, long big, int places)
    {
        var firstPlace = new int[m + 1];
        for (var v = 0; v < m; v++)
            firstPlace[v + 1] = firstPlace[v] + capacity[v];

        // The mentors' arcs, mentor by mentor (mentees in order); every place of a mentor uses her stretch.
        var mentorStart = new int[m + 1];
        foreach (var v in arcMentor)
            mentorStart[v + 1]++;
        for (var v = 0; v < m; v++)
            mentorStart[v + 1] += mentorStart[v];
        var fill = mentorStart[..m];
        var col = GC.AllocateUninitializedArray<int>(arcMentor.Length);
        var cost = GC.AllocateUninitializedArray<long>(col.Length);
        for (var u = 0; u < n; u++)
        {
            for (var a = start[u]; a < start[u + 1]; a++)
            {
                var k = fill[arcMentor[a]]++;
                col[k] = u;
                cost[k] = arcCost[a];
            }
        }

        var rowStart = new int[places];
        var rowStop = new int[places];
        for (var v = 0; v < m; v++)
        {
            for (var r = firstPlace[v]; r < firstPlace[v + 1]; r++)
            {
                rowStart[r] = mentorStart[v];
                rowStop[r] = mentorStart[v + 1];
            }
        }

        var ones = new int[n];
        Array.Fill(ones, 1);
        var transposed = new ShortestPathSolver(places, n, rowStart, col, cost, ones, big, rowStop);
        var group = new int[places];
        for (var v = 0; v < m; v++)
        {
            for (var r = firstPlace[v]; r < firstPlace[v + 1]; r++)
                group[r] = v;
        }

        transposed._rowGroup = group;
        transposed._groupSeen = new int[m];
        transposed._groupKey = new long[m];
        transposed._groupHeld = new int[m];
        transposed.AddAll();
        var result = new int[places];
        for (var r = 0; r < places; r++)
            result[r] = transposed._assign[r] == transposed._dummy ? -1 : transposed._assign[r];
        return result;
    }

    private void AdoptFromPlaces(int[] menteeOfPlace)
    {
        var r = 0;
        for (var v = 0; v < _m; v++)
        {
            for (var k = 0; k < _cap[v]; k++, r++)
            {
                if (menteeOfPlace[r] >= 0)
                    Move(menteeOfPlace[r], v, ArcCost(menteeOfPlace[r], v));
            }
        }

        for (var u = 0; u < _n; u++)
        {
            if (_assign[u] < 0)
                Move(u, _dummy, _big);
        }
    }

    /// <summary>
    /// Potentials for an optimal assignment found another way: shortest distances in its residual
    /// graph (label-correcting, from every node at once). An optimal assignment has no negative cycle,
    /// so this ends, and the labels are a valid dual.
    /// </summary>
    private void RepairPotentials()
    {
        var nodes = _n + _m + 2;
        var queued = new bool[nodes];
        var queue = new Queue<int>(nodes);
        Array.Fill(_pot, 0);
        for (var x = 0; x < nodes; x++)
        {
            queue.Enqueue(x);
            queued[x] = true;
        }

        long relaxations = 0;
        var limit = 64L * nodes * nodes;
        while (queue.Count > 0)
        {
            var x = queue.Dequeue();
            queued[x] = false;
            if (++relaxations > limit)
                throw new InvalidOperationException("Potentials did not settle: the assignment is not optimal.");
            var px = _pot[x];
            if (x < _n)
            {
                var cur = _assign[x];
                for (var a = _start[x]; a < _stop[x]; a++)
                {
                    if (_arcMentor[a] != cur)
                        Relax(MentorNode(_arcMentor[a]), px + _arcCost[a]);
                }

                if (cur != _dummy)
                    Relax(MentorNode(_dummy), px + _big);
            }
            else if (x == _sink)
            {
                for (var j = 0; j <= _m; j++)
                {
                    if (_load[j] > 0)
                        Relax(MentorNode(j), px);
                }
            }
            else
            {
                var j = x - _n;
                for (var w = _head[j]; w >= 0; w = _next[w])
                    Relax(w, px - _assignCost[w]);
                if (_load[j] < _cap[j])
                    Relax(_sink, px);
            }
        }

        void Relax(int y, long label)
        {
            if (label < _pot[y])
            {
                _pot[y] = label;
                if (!queued[y])
                {
                    queued[y] = true;
                    queue.Enqueue(y);
                }
            }
        }
    }

    private int MentorNode(int j) => _n + j;

    private void Add(int i)
    {
        long best = _pot[MentorNode(_dummy)] - _big;
        for (var a = _start[i]; a < _stop[i]; a++)
            best = Math.Max(best, _pot[MentorNode(_arcMentor[a])] - _arcCost[a]);
        _pot[i] = best;

        // Greedy fast path: a tight arc to a place that drains into t at reduced cost 0 is a shortest path.
        var sinkPot = _pot[_sink];
        for (var a = _start[i]; a < _stop[i]; a++)
        {
            var v = _arcMentor[a];
            if (_load[v] < _cap[v] && _pot[MentorNode(v)] == sinkPot && best + _arcCost[a] == _pot[MentorNode(v)])
            {
                Move(i, v, _arcCost[a]);
                return;
            }
        }

        if (_pot[MentorNode(_dummy)] == sinkPot && best + _big == _pot[MentorNode(_dummy)])
        {
            Move(i, _dummy, _big);
            return;
        }

        Dijkstra(i);
    }

    private void Dijkstra(int i)
    {
        _epoch++;
        _heap.Clear();
        _popped.Clear();
        Relax(i, 0, -1, -1);
        long distSink = -1;
        while (_heap.TryPop(out var dx, out var x))
        {
            if (_done[x] == _epoch || dx > _dist[x])
                continue;
            if (x == _sink)
            {
                distSink = dx;
                break;
            }

            _done[x] = _epoch;
            _popped.Add(x);
            if (x < _n)
            {
                var px = _pot[x];
                var cur = _assign[x];
                if (_rowGroup is { } groups)
                {
                    // A sibling place scanned at a smaller or equal distance + potential gave every
                    // column at least as good a label, except the column that sibling holds (none, -1,
                    // for the row being added).
                    var g = groups[x];
                    if (_groupSeen[g] == _epoch && _groupKey[g] <= dx + px)
                    {
                        var held = _groupHeld[g];
                        if (held >= 0 && held != cur)
                            RelaxArc(x, dx, px, held, held == _dummy ? -1 : ArcIndex(x, held));
                        continue;
                    }

                    _groupSeen[g] = _epoch;
                    _groupKey[g] = dx + px;
                    _groupHeld[g] = cur;
                }

                ScanRow(x, dx, px, cur);
                if (cur != _dummy)
                    RelaxArc(x, dx, px, _dummy, -1);
            }
            else
            {
                var j = x - _n;
                var px = _pot[x];
                if (_load[j] < _cap[j])
                {
                    var ds = dx + px - _pot[_sink];
                    if (ds == dx)
                    {
                        // t is as near as anything left in the heap: stop now.
                        _seen[_sink] = _epoch;
                        _dist[_sink] = ds;
                        _pred[_sink] = x;
                        distSink = ds;
                        break;
                    }

                    Relax(_sink, ds, x, -1);
                }

                for (var w = _head[j]; w >= 0; w = _next[w])
                {
                    if (_done[w] != _epoch)
                        Relax(w, dx - (_assignCost[w] + _pot[w] - px), x, -1);
                }
            }
        }

        if (distSink < 0)
            throw new InvalidOperationException("No augmenting path: the dummy place should always be reachable.");

        foreach (var x in _popped)
        {
            if (_dist[x] < distSink)
                _pot[x] += _dist[x] - distSink;
        }

        var node = _pred[_sink];
        while (true)
        {
            var j = node - _n;
            var u = _pred[node];
            var arc = _predArc[node];
            var old = _assign[u];
            Move(u, j, arc >= 0 ? _arcCost[arc] : _big);
            if (u == i)
                break;
            node = MentorNode(old);
        }
    }

    /// <summary><see cref="RelaxArc"/> over every arc of row x but the one to the column she holds: the hot loop.</summary>
    private void ScanRow(int x, long dx, long px, int cur)
    {
        var arcMentor = _arcMentor;
        var arcCost = _arcCost;
        var pot = _pot;
        var dist = _dist;
        var seen = _seen;
        var done = _done;
        var load = _load;
        var cap = _cap;
        var n = _n;
        var sink = _sink;
        var epoch = _epoch;
        var potSink = pot[sink];
        var bound = seen[sink] == epoch ? dist[sink] : long.MaxValue;
        var from = dx + px;
        for (int a = _start[x], end = _stop[x]; a < end; a++)
        {
            var v = arcMentor[a];
            var y = n + v;
            var dy = from + arcCost[a] - pot[y];
            if (dy >= bound || done[y] == epoch || v == cur || (seen[y] == epoch && dy >= dist[y]))
                continue;
            seen[y] = epoch;
            dist[y] = dy;
            _pred[y] = x;
            _predArc[y] = a;
            _heap.Push(dy, y);
            if (load[v] < cap[v])
            {
                var ds = dy + pot[y] - potSink;
                if (ds < bound)
                {
                    bound = ds;
                    Relax(sink, ds, y, -1);
                }
            }
        }
    }

    /// <summary>Relaxes row x's arc to column v (or to the dummy, arc -1) and, when v has room, the sink through it.</summary>
    private void RelaxArc(int x, long dx, long px, int v, int arc)
    {
        var y = MentorNode(v);
        if (_done[y] == _epoch)
            return;
        var py = _pot[y];
        var dy = dx + (arc >= 0 ? _arcCost[arc] : _big) + px - py;

        // Nothing at or beyond the best known distance to t can lie on a shortest path found first.
        if (_seen[_sink] == _epoch && dy >= _dist[_sink])
            return;
        Relax(y, dy, x, arc);
        if (_load[v] < _cap[v] && _pred[y] == x && _dist[y] == dy)
            Relax(_sink, dy + py - _pot[_sink], y, -1);
    }

    private void Relax(int y, long d, int from, int arc)
    {
        if (_seen[y] != _epoch || d < _dist[y])
        {
            _seen[y] = _epoch;
            _dist[y] = d;
            _pred[y] = from;
            _predArc[y] = arc;
            _heap.Push(d, y);
        }
    }

    private void Move(int u, int to, long cost)
    {
        var from = _assign[u];
        if (from >= 0)
        {
            if (_prev[u] >= 0)
                _next[_prev[u]] = _next[u];
            else
                _head[from] = _next[u];
            if (_next[u] >= 0)
                _prev[_next[u]] = _prev[u];
            _load[from]--;
        }

        _prev[u] = -1;
        _next[u] = _head[to];
        if (_head[to] >= 0)
            _prev[_head[to]] = u;
        _head[to] = u;
        _load[to]++;
        _assign[u] = to;
        _assignCost[u] = cost;
    }

    private long TotalCost()
    {
        long total = 0;
        for (var u = 0; u < _n; u++)
            total += _assignCost[u];
        return total;
    }

    private long ArcCost(int u, int j) => j == _dummy ? _big : _arcCost[ArcIndex(u, j)];

    private int ArcIndex(int u, int j)
    {
        var a = Array.BinarySearch(_arcMentor, _start[u], _stop[u] - _start[u], j);
        return a >= 0 ? a : throw new InvalidOperationException("A pair that should be allowed has no arc.");
    }

    /// <summary>
    /// Complementary slackness: every residual arc has reduced cost ≥ 0 and every used arc 0. This proves
    /// the assignment optimal; a failure is a bug, never a property of the input.
    /// </summary>
    private void CheckCertificate()
    {
        for (var u = 0; u < _n; u++)
        {
            var pu = _pot[u];
            for (var a = _start[u]; a < _stop[u]; a++)
            {
                var v = _arcMentor[a];
                var rc = _arcCost[a] + pu - _pot[MentorNode(v)];
                if (v == _assign[u] ? rc != 0 : rc < 0)
                    throw new InvalidOperationException("Optimality certificate failed on a mentor arc.");
            }

            var rd = _big + pu - _pot[MentorNode(_dummy)];
            if (_assign[u] == _dummy ? rd != 0 : rd < 0)
                throw new InvalidOperationException("Optimality certificate failed on an unmatched arc.");
        }

        for (var j = 0; j <= _m; j++)
        {
            var diff = _pot[MentorNode(j)] - _pot[_sink];
            if (_load[j] > _cap[j] || (_load[j] < _cap[j] && diff < 0) || (_load[j] > 0 && diff > 0))
                throw new InvalidOperationException("Optimality certificate failed on a capacity arc.");
        }
    }

    /// <summary>
    /// Among all optimal assignments, moves to the one whose list of (mentee, mentor) pairs is
    /// lexicographically smallest. With the potentials fixed, the optimal assignments are exactly
    /// the current one changed by cycles of zero reduced cost. Mentees are taken in id order; each
    /// gets the smallest mentor reachable by such a cycle that leaves every earlier mentee as she is.
    /// </summary>
    private void BreakTies()
    {
        var nodes = _n + _m + 2;
        var locked = new bool[_n];
        var visited = new int[nodes];
        var parent = new int[nodes];
        var queue = new int[nodes];
        var hub = new List<int>();
        for (var j = 0; j <= _m; j++)
        {
            if (_pot[MentorNode(j)] == _pot[_sink])
                hub.Add(j);
        }

        var stamp = 0;
        for (var u = 0; u < _n; u++)
        {
            var cur = _assign[u];
            var curRank = cur == _dummy ? int.MaxValue : cur;
            stamp++;
            for (var a = _start[u]; a < _stop[u]; a++)
            {
                var v = _arcMentor[a];
                if (v >= curRank)
                    break;
                var source = MentorNode(v);
                if (_arcCost[a] + _pot[u] - _pot[source] != 0 || visited[source] == stamp)
                    continue;
                if (Search(u, source, MentorNode(cur)))
                {
                    Apply(u, v, _arcCost[a], source, MentorNode(cur));
                    break;
                }
            }

            locked[u] = true;
        }

        bool Search(int u, int source, int target)
        {
            var qh = 0;
            var qt = 0;
            visited[source] = stamp;
            parent[source] = -1;
            queue[qt++] = source;
            while (qh < qt)
            {
                var x = queue[qh++];
                if (x < _n)
                {
                    var cur = _assign[x];
                    for (var b = _start[x]; b < _stop[x]; b++)
                    {
                        var v = _arcMentor[b];
                        if (v != cur && _arcCost[b] + _pot[x] - _pot[MentorNode(v)] == 0 && Visit(MentorNode(v), x))
                            return true;
                    }

                    if (cur != _dummy && _big + _pot[x] - _pot[MentorNode(_dummy)] == 0 && Visit(MentorNode(_dummy), x))
                        return true;
                }
                else if (x == _sink)
                {
                    foreach (var j in hub)
                    {
                        if (_load[j] > 0 && Visit(MentorNode(j), x))
                            return true;
                    }
                }
                else
                {
                    var j = x - _n;
                    for (var w = _head[j]; w >= 0; w = _next[w])
                    {
                        if (w != u && !locked[w] && Visit(w, x))
                            return true;
                    }

                    if (_load[j] < _cap[j] && _pot[x] == _pot[_sink] && Visit(_sink, x))
                        return true;
                }
            }

            return false;

            bool Visit(int y, int from)
            {
                if (visited[y] == stamp)
                    return false;
                visited[y] = stamp;
                parent[y] = from;
                if (y == target)
                    return true;
                queue[qt++] = y;
                return false;
            }
        }

        void Apply(int u, int v, long cost, int source, int target)
        {
            // Walk back from the target: every mentee on the path moves to the node after her.
            var moves = new List<(int Mentee, int Mentor)>();
            var after = target;
            for (var x = parent[target]; x >= 0; x = parent[x])
            {
                if (x < _n)
                    moves.Add((x, after - _n));
                after = x;
            }

            foreach (var (w, j) in moves)
                Move(w, j, ArcCost(w, j));
            Move(u, v, cost);
        }
    }
}
