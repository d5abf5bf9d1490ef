namespace Ponte.Domain.Matching;

/// <summary>A binary min-heap of (key, node) with lazy deletion: stale entries are skipped by the caller.</summary>
internal sealed class MinHeap
{
    private long[] _keys = new long[256];
    private int[] _nodes = new int[256];
    private int _count;

    public int Count => _count;

    public void Clear() => _count = 0;

    public void Push(long key, int node)
    {
        if (_count == _keys.Length)
        {
            Array.Resize(ref _keys, _count * 2);
            Array.Resize(ref _nodes, _count * 2);
        }

        var i = _count++;
        while (i > 0)
        {
            var parent = (i - 1) >> 1;
            if (_keys[parent] <= key)
                break;
            _keys[i] = _keys[parent];
            _nodes[i] = _nodes[parent];
            i = parent;
        }

        _keys[i] = key;
        _nodes[i] = node;
    }

    public bool TryPop(out long key, out int node)
    {
        if (_count == 0)
        {
            key = 0;
            node = -1;
            return false;
        }

        key = _keys[0];
        node = _nodes[0];
        var lastKey = _keys[--_count];
        var lastNode = _nodes[_count];
        var i = 0;
        var half = _count >> 1;
        while (i < half)
        {
            var child = (2 * i) + 1;
            if (child + 1 < _count && _keys[child + 1] < _keys[child])
                child++;
            if (_keys[child] >= lastKey)
                break;
            _keys[i] = _keys[child];
            _nodes[i] = _nodes[child];
            i = child;
        }

        _keys[i] = lastKey;
        _nodes[i] = lastNode;
        return true;
    }
}
