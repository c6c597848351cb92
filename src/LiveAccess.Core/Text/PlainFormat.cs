using System.Globalization;
using System.Text;

namespace LiveAccess.Core.Text;

/// <summary>
/// <c>string.Format(CultureInfo.InvariantCulture, format, args)</c> for what messages hold (<c>{0}</c>
/// placeholders, <c>{{</c> and <c>}}</c>) and get (text, whole numbers), without touching the culture
/// machinery: its first use costs a command's start several milliseconds, and a single answer
/// formats nothing else. Any other format or argument goes to <c>string.Format</c> itself.
/// </summary>
internal static class PlainFormat
{
    public static string Format(string format, object?[]? args)
    {
        if (args is null) return Invariant(format, args);
        var sb = new StringBuilder(format.Length + 16 * args.Length);
        for (var i = 0; i < format.Length; i++)
        {
            var c = format[i];
            if (c == '{')
            {
                if (i + 1 < format.Length && format[i + 1] == '{')
                {
                    sb.Append('{');
                    i++;
                    continue;
                }
                var j = i + 1;
                var index = 0;
                while (j < format.Length && j - i <= 6 && format[j] is >= '0' and <= '9')
                {
                    index = index * 10 + (format[j] - '0');
                    j++;
                }
                if (j == i + 1 || j >= format.Length || format[j] != '}' || index >= args.Length || !Append(sb, args[index]))
                    return Invariant(format, args);
                i = j;
                continue;
            }
            if (c == '}')
            {
                if (i + 1 < format.Length && format[i + 1] == '}')
                {
                    sb.Append('}');
                    i++;
                    continue;
                }
                return Invariant(format, args);
            }
            sb.Append(c);
        }
        return sb.ToString();
    }

    private static bool Append(StringBuilder sb, object? arg)
    {
        switch (arg)
        {
            case null:
                return true;
            case string text:
                sb.Append(text);
                return true;
            case int n:
                AppendWhole(sb, n);
                return true;
            case long n:
                AppendWhole(sb, n);
                return true;
            default:
                return false;
        }
    }

    // Decimal digits with a leading '-', as the invariant culture writes whole numbers.
    private static void AppendWhole(StringBuilder sb, long n)
    {
        if (n == long.MinValue)
        {
            sb.Append("-9223372036854775808");
            return;
        }
        if (n < 0)
        {
            sb.Append('-');
            n = -n;
        }
        var digits = new char[19];
        var k = digits.Length;
        do
        {
            digits[--k] = (char)('0' + n % 10);
            n /= 10;
        }
        while (n != 0);
        sb.Append(digits, k, digits.Length - k);
    }

    private static string Invariant(string format, object?[]? args) => string.Format(CultureInfo.InvariantCulture, format, args!);
}
