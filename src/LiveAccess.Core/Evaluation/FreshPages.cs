using System.Runtime.CompilerServices;

namespace LiveAccess.Core.Evaluation;

/// <summary>
/// Makes a new large array's memory the process's own before a table probes it. A large array
/// comes from the system as pages not there yet, and a probing table reads a slot before it writes
/// it: a page first read is the shared zero page, and the write after it must replace that page,
/// telling every other processor running the process to drop the old mapping (an interrupt each,
/// thousands per table). Writing one slot of each page first costs a few milliseconds per 16 MB.
/// </summary>
internal static class FreshPages
{
    private const int PageBytes = 4096;
    // Below this, the array comes from memory the collector already has (or the pages are few).
    private const int MinPages = 16;

    /// <summary>A new array of <paramref name="length"/> default slots, one slot of every page written once it spans at least 16 pages.</summary>
    public static T[] NewSlots<T>(int length)
    {
        var slots = new T[length];
        var slotsPerPage = PageBytes / Unsafe.SizeOf<T>();
        if (slotsPerPage == 0 || slots.Length < MinPages * slotsPerPage) return slots;
        for (var i = 0; i < slots.Length; i += slotsPerPage) slots[i] = default!;
        return slots;
    }
}
