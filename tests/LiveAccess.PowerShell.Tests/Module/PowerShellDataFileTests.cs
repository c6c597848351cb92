using System;
using System.Collections.Generic;
using LiveAccess.PowerShell.Tests.Support;

namespace LiveAccess.PowerShell.Tests.Module;

/// <summary>The manifest reader accepts what a data file may hold and refuses what it may not, as Import-PowerShellDataFile does.</summary>
public sealed class PowerShellDataFileTests
{
    [Fact]
    public void Reads_nested_tables_arrays_strings_here_strings_and_constants()
    {
        var data = PowerShellDataFile.Parse("# c\n@{ A = 'it''s'; B = @('x', \"y`tz\")\n C = 1, 2\n <# block #> D = @{ E = $true; F = $null }\n G = @'\nline 1\nline 2\n'@\n}");
        Assert.Equal("it's", data["a"]);
        Assert.Equal(new object?[] { "x", "y\tz" }, (List<object?>)data["B"]!);
        Assert.Equal(new object?[] { 1L, 2L }, (List<object?>)data["C"]!);
        Assert.Equal(true, ((Dictionary<string, object?>)data["D"]!)["E"]);
        Assert.Equal("line 1\nline 2", data["G"]);
    }

    [Theory]
    [InlineData("@{ A = $env:PATH }")]
    [InlineData("@{ A = \"$(Get-Date)\" }")]
    [InlineData("@{ A = Get-Date }")]
    [InlineData("@{ A = 'x' ")]
    [InlineData("@{ A = 1; A = 2 }")]
    public void Refuses_what_a_data_file_may_not_hold(string text)
    {
        Assert.Throws<FormatException>(() => PowerShellDataFile.Parse(text));
    }
}
