using System.Runtime.CompilerServices;
#if NET
using System.Runtime.Intrinsics.X86;
#endif

namespace LiveAccess.Core.Evaluation;

/// <summary>
/// Asks the processor to bring a location into its caches ahead of use, for a caller with other
/// work to do first: a prefetch instruction on x86 with .NET; nothing elsewhere (netstandard2.0
/// has no such instruction to ask for). Never changes what a program computes, only when memory
/// arrives.
/// </summary>
internal static class CacheHint
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Fetch<T>(ref T location)
    {
#if NET
        if (Sse.IsSupported)
        {
            unsafe
            {
                Sse.Prefetch0(Unsafe.AsPointer(ref location));
            }
        }
#endif
    }
}
