using System.IO;
using System.Linq;
using LiveAccess.Core.Rules;

namespace LiveAccess.Core.Tests.Rules;

/// <summary>One test per kind of rule-file error: each refused whole, with file, line and column.</summary>
public sealed class RuleFileErrorTests
{
    private const string Header = "mode: extend\nversion: t1\n";

    private static RuleFileError Refused(string yaml, int line, int column, string containing)
    {
        var ex = Assert.Throws<RuleFileException>(() => RuleSetLoader.Load(yaml, "mine.yaml"));
        var error = ex.Errors.FirstOrDefault(e => e.Message.Contains(containing));
        Assert.True(error is not null, "expected an error containing '" + containing + "' but got: " + ex.Message);
        Assert.Equal("mine.yaml", error!.File);
        Assert.Equal(line, error.Line);
        Assert.Equal(column, error.Column);
        return error;
    }

    [Fact]
    public void Malformed_yaml() => Refused("mode: extend\nroutes: [\n  - id: x\n", 3, 3, "Malformed YAML");

    [Fact]
    public void Unknown_top_level_key_with_suggestion() =>
        Refused(Header + "rotues: []\n", 3, 1, "did you mean 'routes'");

    [Fact]
    public void Unknown_key_in_a_route() =>
        Refused(Header + "routes:\n  - id: my.route\n    scenario: ecommerce\n    when: { anyCategory: [社交/直播] }\n    plan: [tencent-standard-live]\n    source: { ref: tencent-plans }\n", 7, 5, "Unknown key 'plan'");

    [Fact]
    public void Unknown_plan() =>
        Refused(Header + "routes:\n  - id: my.route\n    scenario: ecommerce\n    when: { anyCategory: [社交/直播] }\n    plans: [tencent-standrad-live]\n    source: { ref: tencent-plans }\n", 7, 13, "unknown plan 'tencent-standrad-live' (did you mean 'tencent-standard-live'?)");

    [Fact]
    public void Unknown_category() =>
        Refused(Header + "routes:\n  - id: my.route\n    scenario: ecommerce\n    when: { anyCategory: [社交/直拨] }\n    plans: [tencent-standard-live]\n    source: { ref: tencent-plans }\n", 6, 27, "Unknown category '社交/直拨'");

    [Fact]
    public void Unknown_scenario() =>
        Refused(Header + "routes:\n  - id: my.route\n    scenario: ecomerce\n    when: { always: true }\n    plans: [tencent-enterprise-live]\n    source: { ref: tencent-plans }\n", 5, 15, "unknown scenario 'ecomerce'");

    [Fact]
    public void Unknown_source() =>
        Refused(Header + "routes:\n  - id: my.route\n    scenario: ecommerce\n    when: { always: true }\n    plans: [tencent-enterprise-live]\n    source: { ref: nowhere }\n", 8, 20, "Unknown source 'nowhere'");

    [Fact]
    public void Unknown_entity_type() =>
        Refused(Header + "routes:\n  - id: my.route\n    scenario: ecommerce\n    when: { entity: [goverment] }\n    plans: [tencent-standard-live]\n    source: { ref: tencent-plans }\n", 6, 22, "unknown entity type 'goverment'");

    [Fact]
    public void Duplicate_id_against_the_default() =>
        Refused(Header + "routes:\n  - id: ecommerce.social-live.native\n    scenario: ecommerce\n    when: { always: true }\n    plans: [tencent-enterprise-live]\n    source: { ref: tencent-plans }\n", 4, 9, "already defined by the default rule set");

    [Fact]
    public void Duplicate_id_in_the_file() =>
        Refused(Header + "plans:\n  - { id: p1, vendor: V, integration: saas, needsDevelopment: false, name: P }\n  - { id: p1, vendor: V, integration: saas, needsDevelopment: false, name: P }\n", 5, 11, "Duplicate plan id 'p1'");

    [Fact]
    public void Contradictory_routes() =>
        Refused(Header + "routes:\n  - id: my.route\n    scenario: ecommerce\n    when: { anyCategory: [social/live] }\n    plans: [tencent-standard-live]\n    source: { ref: tencent-plans }\n    condition: { code: maybe, message: only sometimes }\n", 4, 9, "contradicts route 'ecommerce.social-live.native'");

    [Fact]
    public void Route_contradicting_itself() =>
        Refused(Header + "routes:\n  - id: my.route\n    scenario: ecommerce\n    when: { always: true, entity: [government] }\n    plans: [tencent-standard-live]\n    source: { ref: tencent-plans }\n", 6, 11, "contradicts itself");

    [Fact]
    public void Route_opening_a_plan_to_individuals() =>
        Refused(Header + "routes:\n  - id: my.route\n    scenario: ecommerce\n    when: { entity: [个人] }\n    plans: [tencent-standard-live]\n    source: { ref: tencent-plans }\n", 6, 22, "non-individual prerequisite");

    [Fact]
    public void Include_cycle() =>
        Refused("version: v\nsources: [{ id: s, title: S, date: '2026' }]\nplans: [{ id: p, vendor: V, integration: saas, needsDevelopment: false, name: P }]\nscenarios:\n  - { id: a, name: A, source: { ref: s }, includes: [b] }\n  - { id: b, name: B, source: { ref: s }, includes: [a] }\n", 5, 11, "cycle");

    [Fact]
    public void Aliases_are_refused() =>
        Refused(Header + "x: &a [1]\ny: *a\n", 3, 4, "Anchors");

    [Fact]
    public void Tags_are_refused() =>
        Refused(Header + "routes: !!python/object:os.system [ls]\n", 3, 9, "Tags");

    [Fact]
    public void Deep_nesting_is_refused() =>
        Refused(Header + "routes: " + new string('[', 40) + new string(']', 40) + "\n", 3, 32, "nested more than");

    [Fact]
    public void Replace_mode_needs_a_version()
    {
        var ex = Assert.Throws<RuleFileException>(() => RuleSetLoader.Load("sources: []\n", "mine.yaml"));
        Assert.Contains(ex.Errors, e => e.Message.Contains("needs a 'version'"));
    }

    [Fact]
    public void Refusal_leaves_the_default_untouched()
    {
        var before = RuleSetLoader.Default;
        Assert.Throws<RuleFileException>(() => RuleSetLoader.Load(Header + "rotues: []\n", "mine.yaml"));
        Assert.Same(before, RuleSetLoader.Default);
        Assert.Equal("default-rules.yaml", RuleSetLoader.Default.Origin);
    }

    [Fact]
    public void Missing_file_is_refused_with_its_path()
    {
        var path = Path.Combine(Path.GetTempPath(), "no-such-rules-" + System.Guid.NewGuid() + ".yaml");
        var ex = Assert.Throws<RuleFileException>(() => RuleSetLoader.LoadFile(path));
        Assert.Equal(path, ex.Errors.Single().File);
    }

    [Fact]
    public void Non_utf8_file_is_refused()
    {
        var path = Path.GetTempFileName();
        File.WriteAllBytes(path, new byte[] { 0x6d, 0x6f, 0xff, 0xfe, 0xfd });
        try { Assert.Contains("not UTF-8", Assert.Throws<RuleFileException>(() => RuleSetLoader.LoadFile(path)).Message); }
        finally { File.Delete(path); }
    }
}
