using System;
using System.Globalization;
using System.Linq;
using LiveAccess.Core.Text;

namespace LiveAccess.Core.Tests.TextFormatting;

/// <summary>Messages are formatted without the culture machinery, exactly as string.Format with the invariant culture formats them.</summary>
public sealed class PlainFormatTests
{
    public static TheoryData<string, object?[]> Cases => new()
    {
        { "plain", Array.Empty<object?>() },
        { "{0} and {1}", new object?[] { "a", 2 } },
        { "{1}{0}{1}", new object?[] { -5L, "x" } },
        { "{{literal}} {0}", new object?[] { long.MinValue } },
        { "{0}", new object?[] { null } },
        { "{0}", new object?[] { int.MinValue } },
        { "{00}", new object?[] { 0 } },
        { "{0:N0}", new object?[] { 1234567 } },
        { "{0,5}|", new object?[] { 42 } },
        { "{0}", new object?[] { 1.5 } },
        { "{0}", new object?[] { DayOfWeek.Monday } },
        { "}}{{", Array.Empty<object?>() },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Gives_what_string_Format_gives(string format, object?[] args)
    {
        Assert.Equal(string.Format(CultureInfo.InvariantCulture, format, args), PlainFormat.Format(format, args));
    }

    [Theory]
    [InlineData("{")]
    [InlineData("}")]
    [InlineData("{1}")]
    [InlineData("{x}")]
    public void Fails_where_string_Format_fails(string format)
    {
        Assert.Throws<FormatException>(() => string.Format(CultureInfo.InvariantCulture, format, "a"));
        Assert.Throws<FormatException>(() => PlainFormat.Format(format, new object?[] { "a" }));
    }

    [Fact]
    public void Every_message_of_the_catalogue_formats_the_same()
    {
        var args = new object?[] { "text", 12, -3L, null, "更多", 0, 7L, "z", 9, 10 };
        foreach (var (key, text) in Messages.All)
            foreach (var format in new[] { text.En, text.Zh })
            {
                var expected = string.Format(CultureInfo.InvariantCulture, format, args);
                Assert.True(expected == PlainFormat.Format(format, args), key);
            }
    }
}
