using System;
using System.Text;

namespace LiveAccess.Core;

/// <summary>
/// The string of bytes already known to be well-formed UTF-8 (a field the fast CSV path checked, a
/// category pair split from one): for the byte-level code that learns a value once and keeps its
/// answer by its bytes. netstandard2.0 has no decoding of a span, so there the bytes are copied first.
/// </summary>
internal static class Utf8Text
{
    private static readonly UTF8Encoding Utf8 = new(false, false);

    public static string Of(ReadOnlySpan<byte> bytes) =>
#if NET
        Utf8.GetString(bytes);
#else
        bytes.IsEmpty ? string.Empty : Utf8.GetString(bytes.ToArray());
#endif
}
