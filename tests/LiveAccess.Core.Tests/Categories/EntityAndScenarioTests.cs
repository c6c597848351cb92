using LiveAccess.Core.Domain;
using LiveAccess.Core.Evaluation;
using LiveAccess.Core.Text;
using static LiveAccess.Core.Tests.TestRules;

namespace LiveAccess.Core.Tests.Categories;

public sealed class EntityAndScenarioTests
{
    [Theory]
    [InlineData("个人", EntityType.Individual)]
    [InlineData("企业", EntityType.Enterprise)]
    [InlineData("个体工商户", EntityType.Enterprise)]
    [InlineData("政府", EntityType.Government)]
    [InlineData("媒体", EntityType.Media)]
    [InlineData("其他组织", EntityType.Organization)]
    [InlineData("Enterprise", EntityType.Enterprise)]
    [InlineData(" ORGANIZATION ", EntityType.Organization)]
    public void Entity_words(string written, EntityType expected)
    {
        Assert.True(EntityTypes.TryParse(written, out var t));
        Assert.Equal(expected, t);
    }

    private static RowError? Error(string entity, string? scenario, string appId = AppId) =>
        new ProgramNormalizer(Default, Language.English).Normalize(new InventoryRow
        {
            AppId = appId, EntityType = entity, Scenario = scenario, Source = new SourceLocation("apps.csv", 7),
        }).Error;

    [Fact]
    public void Unknown_entity_type_names_the_nearest_and_the_valid_values()
    {
        var e = Error("enterprize", "ecommerce")!;
        Assert.Equal("unknown-entity-type", e.Code);
        Assert.Contains("enterprise", e.Message);
        Assert.Contains("organization", e.Message);
        Assert.Equal("apps.csv:7: [wx0123456789abcdef] " + e.Message, e.ToString());
    }

    [Fact]
    public void Unknown_scenario_names_the_nearest()
    {
        var e = Error("enterprise", "ecomerce")!;
        Assert.Equal("unknown-scenario", e.Code);
        Assert.Contains("did you mean 'ecommerce'", e.Message);
    }

    [Theory]
    [InlineData("场景2", "ecommerce")]
    [InlineData("电商带货", "ecommerce")]
    [InlineData("ECOMMERCE", "ecommerce")]
    [InlineData("问诊", "medical-consultation")]
    [InlineData("场景9", "customer-service")]
    public void Scenario_aliases(string written, string id) =>
        Assert.Equal(id, new ProgramNormalizer(Default, Language.English).ResolveScenario(written, out _));

    [Fact]
    public void 场景5_is_ambiguous_and_says_so()
    {
        var e = Error("enterprise", "场景5")!;
        Assert.Equal("ambiguous-scenario", e.Code);
        Assert.Contains("medical-sales", e.Message);
        Assert.Contains("medical-consultation", e.Message);
    }

    [Fact]
    public void Bad_AppId_is_a_row_error_with_the_value()
    {
        var e = Error("enterprise", null, "wx123")!;
        Assert.Equal("bad-app-id", e.Code);
        Assert.Contains("wx123", e.Message);
    }
}
