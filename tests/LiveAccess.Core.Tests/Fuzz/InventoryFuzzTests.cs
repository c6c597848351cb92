using System;
using System.Collections.Generic;
using LiveAccess.Core.Inventory;

namespace LiveAccess.Core.Tests.Fuzz;

/// <summary>
/// Random bytes and random damage to valid inventories, in each format: nothing but
/// <see cref="InventoryException"/> ever escapes, and the accounting always holds (see
/// <see cref="InventoryHarness"/>). Fixed seeds keep every run the same; a failure prints the input.
/// </summary>
public sealed class InventoryFuzzTests
{
    private static readonly int Cases = FuzzBudget.Cases(200);

    public static IEnumerable<object[]> Formats() => new[]
    {
        new object[] { InventoryFormat.Csv, FuzzSeeds.Csv },
        new object[] { InventoryFormat.Json, FuzzSeeds.Json },
        new object[] { InventoryFormat.Yaml, FuzzSeeds.Yaml },
    };

    [Theory]
    [MemberData(nameof(Formats))]
    public void The_valid_seed_is_answered_whole(InventoryFormat format, string seed)
    {
        var result = InventoryHarness.Run(FuzzSeeds.Bytes(seed), format, "seed " + format);
        Assert.False(result.FileRefused);
        Assert.Equal(5, result.Records);
        Assert.Equal(5, result.Answered);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Mutated_inventories_never_throw_and_always_balance(InventoryFormat format, string seed)
    {
        var random = FuzzBudget.Random(20261121 + (int)format);
        var bytes = FuzzSeeds.Bytes(seed);
        var refusedRows = 0L;
        for (var i = 0; i < Cases; i++)
            refusedRows += InventoryHarness.Run(Mutator.Mutate(bytes, random), format, $"{format} mutation {i}").Refused;
        // The mutations must actually reach the row checks, or this test proves little.
        Assert.True(refusedRows > Cases / 10, $"only {refusedRows} refused rows in {Cases} mutations");
    }

    [Theory]
    [InlineData(InventoryFormat.Csv)]
    [InlineData(InventoryFormat.Json)]
    [InlineData(InventoryFormat.Yaml)]
    public void Random_bytes_and_random_text_never_throw(InventoryFormat format)
    {
        var random = FuzzBudget.Random(7 + (int)format);
        for (var i = 0; i < Cases; i++)
        {
            InventoryHarness.Run(Mutator.RandomBytes(random, 512), format, $"{format} random bytes {i}");
            InventoryHarness.Run(Mutator.RandomText(random, 512), format, $"{format} random text {i}");
        }
    }

    [Fact]
    public void Random_text_under_a_valid_header_never_throws()
    {
        var random = FuzzBudget.Random(99);
        var header = FuzzSeeds.Bytes("AppId,Name,EntityType,Categories,Scenario\n");
        for (var i = 0; i < Cases; i++)
        {
            var body = Mutator.RandomText(random, 400);
            var bytes = new byte[header.Length + body.Length];
            header.CopyTo(bytes, 0);
            body.CopyTo(bytes, header.Length);
            InventoryHarness.Run(bytes, InventoryFormat.Csv, $"csv body {i}");
        }
    }
}
