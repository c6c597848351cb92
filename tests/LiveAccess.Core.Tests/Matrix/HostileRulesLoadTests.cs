namespace LiveAccess.Core.Tests.Matrix;

public sealed class HostileRulesLoadTests
{
    [Fact]
    public void The_hostile_rule_file_is_a_valid_extension_of_the_default()
    {
        var rules = HostileRules.Load();
        Assert.Equal("2026.11.21+hostile.1", rules.Version);
        Assert.Contains(rules.Plans, p => p.Id == "evil-plan");
        Assert.NotNull(rules.Categories.ById("evil/thing"));
    }
}
