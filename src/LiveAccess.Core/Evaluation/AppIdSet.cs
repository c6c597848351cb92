namespace LiveAccess.Core.Evaluation;

/// <summary>
/// The AppIds a run has seen, to warn about duplicates: each normalised AppId is 64 bits, kept in
/// an open-addressing table of bare <c>ulong</c>s (about 11 bytes per AppId, against about 24 in a
/// <c>HashSet&lt;ulong&gt;</c>), because a run of millions of rows holds one per row.
/// </summary>
internal sealed class AppIdSet
{
    private ulong[] _slots = new ulong[1024];
    private int _count;
    private bool _hasZero;
    private ulong _touched;

    /// <summary>Slots in the table (for tests: it grows when three quarters are taken).</summary>
    internal int SlotCount => _slots.Length;

    /// <summary>Adds a normalised AppId (<c>wx</c> + 16 lower-case hex digits); false when it was there already.</summary>
    public bool Add(string appId) => Add(Parse(appId));

    /// <summary>Adds an AppId as the number its 16 hexadecimal digits write; false when it was there already.</summary>
    internal bool Add(ulong value)
    {
        // 0 marks an empty slot, so wx0000000000000000 is remembered apart.
        if (value == 0)
        {
            if (_hasZero) return false;
            _hasZero = true;
            return true;
        }
        if ((_count + 1) * 4 > _slots.Length * 3) Grow();
        if (!Insert(_slots, value)) return false;
        _count++;
        return true;
    }

    /// <summary>Makes room for <paramref name="count"/> more AppIds at once (a table grown step by step copies itself at every step).</summary>
    internal void Reserve(int count)
    {
        var length = _slots.Length;
        while ((long)(_count + count + 1) * 4 > (long)length * 3) length *= 2;
        if (length != _slots.Length) Rehash(length);
    }

    /// <summary>
    /// Adds AppIds in their order, as <see cref="Add(ulong)"/> one by one would, and says of each
    /// whether it was there already. The table is far larger than the processor's caches: the slot
    /// of every AppId is read once first, so that the waits for memory overlap instead of coming
    /// one after another.
    /// </summary>
    internal void AddAll(ulong[] values, int count, bool[] seen)
    {
        while ((_count + count + 1) * 4 > _slots.Length * 3) Grow();
        var slots = _slots;
        var mask = slots.Length - 1;
        var touched = 0UL;
        for (var i = 0; i < count; i++) touched ^= slots[Slot(values[i], mask)];
        _touched ^= touched; // kept, so that the reads are not left out
        for (var i = 0; i < count; i++) seen[i] = !Add(values[i]);
    }

    private static bool Insert(ulong[] slots, ulong value)
    {
        var mask = slots.Length - 1;
        for (var i = Slot(value, mask); ; i = (i + 1) & mask)
        {
            if (slots[i] == value) return false;
            if (slots[i] == 0)
            {
                slots[i] = value;
                return true;
            }
        }
    }

    private void Grow() => Rehash(_slots.Length * 2);

    private void Rehash(int length)
    {
        var grown = FreshPages.NewSlots<ulong>(length);
        foreach (var value in _slots)
            if (value != 0) Insert(grown, value);
        _slots = grown;
    }

    // AppIds are not random enough in their low bits to index by them directly: mix first.
    private static int Slot(ulong value, int mask)
    {
        unchecked
        {
            var h = value * 0x9E3779B97F4A7C15UL;
            return (int)(h >> 33) & mask;
        }
    }

    private static ulong Parse(string appId)
    {
        ulong value = 0;
        for (var i = 2; i < appId.Length; i++)
        {
            // '0'-'9' are 0x30-0x39, 'a'-'f' 0x61-0x66: the low nibble, plus 9 for a letter.
            var c = appId[i];
            value = (value << 4) | (uint)((c & 0xF) + ((c >> 6) * 9));
        }
        return value;
    }
}
