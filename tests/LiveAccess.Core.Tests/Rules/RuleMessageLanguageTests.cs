using System;
using System.IO;
using System.Linq;
using LiveAccess.Core.Rules;
using LiveAccess.Core.Text;

namespace LiveAccess.Core.Tests.Rules;

/// <summary>
/// A rule file's problems in Chinese: the same problems at the same file, line and column as in
/// English, only the words change. One test per family of message.
/// </summary>
public sealed class RuleMessageLanguageTests
{
    private const string Header = "mode: extend\nversion: t1\n";

    // Loads the text in both languages, checks the positions agree and returns the Chinese message
    // at the position of the English one that contains `english`.
    private static string Chinese(string yaml, string english)
    {
        var en = Assert.Throws<RuleFileException>(() => RuleSetLoader.Load(yaml, "mine.yaml"));
        var zh = Assert.Throws<RuleFileException>(() => RuleSetLoader.Load(yaml, "mine.yaml", Language.Chinese));
        Assert.Equal(en.Errors.Select(e => (e.File, e.Line, e.Column)), zh.Errors.Select(e => (e.File, e.Line, e.Column)));
        var index = en.Errors.ToList().FindIndex(e => e.Message.Contains(english, StringComparison.Ordinal));
        Assert.True(index >= 0, "no English error containing '" + english + "' in: " + en.Message);
        Assert.NotEqual(en.Errors[index].Message, zh.Errors[index].Message);
        Assert.StartsWith("规则文件 mine.yaml 被拒绝（共 " + zh.Errors.Count + " 处问题）", zh.Message, StringComparison.Ordinal);
        return zh.Errors[index].Message;
    }

    [Fact]
    public void Unknown_key_with_its_suggestion() =>
        Assert.StartsWith("规则文件中有未知的键“rotues”（是否想写“routes”？）。允许的键：schema, version,",
            Chinese(Header + "rotues: []\n", "Unknown key 'rotues'"), StringComparison.Ordinal);

    [Fact]
    public void Unknown_key_in_a_route() =>
        Assert.StartsWith("路由中有未知的键“plan”（是否想写“plans”？）。",
            Chinese(Header + "routes:\n  - id: my.route\n    scenario: ecommerce\n    when: { anyCategory: [社交/直播] }\n    plan: [tencent-standard-live]\n    source: { ref: tencent-plans }\n", "Unknown key 'plan'"),
            StringComparison.Ordinal);

    [Fact]
    public void Unknown_plan_reference() =>
        Assert.Equal("路由“my.route”引用了未知方案“tencent-standrad-live”（是否想写“tencent-standard-live”？）。",
            Chinese(Header + "routes:\n  - id: my.route\n    scenario: ecommerce\n    when: { anyCategory: [社交/直播] }\n    plans: [tencent-standrad-live]\n    source: { ref: tencent-plans }\n", "unknown plan"));

    [Fact]
    public void Unknown_source_reference() =>
        Assert.StartsWith("未知来源“nowhere”",
            Chinese(Header + "routes:\n  - id: my.route\n    scenario: ecommerce\n    when: { always: true }\n    plans: [tencent-enterprise-live]\n    source: { ref: nowhere }\n", "Unknown source 'nowhere'"),
            StringComparison.Ordinal);

    [Fact]
    public void Unknown_category_reference() =>
        Assert.Contains("请使用类目 ID（primary/secondary）、中文类目对（一级/二级）或“primary/*”。",
            Chinese(Header + "routes:\n  - id: my.route\n    scenario: ecommerce\n    when: { anyCategory: [社交/直拨] }\n    plans: [tencent-standard-live]\n    source: { ref: tencent-plans }\n", "Unknown category"),
            StringComparison.Ordinal);

    [Fact]
    public void Duplicate_id_in_the_file() =>
        Assert.Equal("重复的方案 ID“p1”：每个方案都需要自己的 ID。",
            Chinese(Header + "plans:\n  - { id: p1, vendor: V, integration: saas, needsDevelopment: false, name: P }\n  - { id: p1, vendor: V, integration: saas, needsDevelopment: false, name: P }\n", "Duplicate plan id"));

    [Fact]
    public void Duplicate_id_against_the_default() =>
        Assert.Equal("路由 ID“ecommerce.social-live.native”已由默认规则集定义：请换一个新 ID，或将旧 ID 列入 removeRoutes。",
            Chinese(Header + "routes:\n  - id: ecommerce.social-live.native\n    scenario: ecommerce\n    when: { always: true }\n    plans: [tencent-enterprise-live]\n    source: { ref: tencent-plans }\n", "already defined by the default rule set"));

    [Fact]
    public void Contradicting_routes() =>
        Assert.StartsWith("路由“my.route”与路由“ecommerce.social-live.native”相矛盾：相同的场景和条件开放了 ",
            Chinese(Header + "routes:\n  - id: my.route\n    scenario: ecommerce\n    when: { anyCategory: [social/live] }\n    plans: [tencent-standard-live]\n    source: { ref: tencent-plans }\n    condition: { code: maybe, message: only sometimes }\n", "contradicts route"),
            StringComparison.Ordinal);

    [Fact]
    public void Route_contradicting_itself() =>
        Assert.Equal("路由“my.route”自相矛盾：“always: true”不能与“entity”或“anyCategory”同时使用。",
            Chinese(Header + "routes:\n  - id: my.route\n    scenario: ecommerce\n    when: { always: true, entity: [government] }\n    plans: [tencent-standard-live]\n    source: { ref: tencent-plans }\n", "contradicts itself"));

    [Fact]
    public void Guard_refuses_anchors() =>
        Assert.Equal("规则文件中不允许使用锚点（&a）：请直接写出该值。", Chinese(Header + "x: &a [1]\ny: *a\n", "Anchors"));

    [Fact]
    public void Guard_refuses_tags() =>
        Assert.Equal("规则文件中不允许使用标签（tag:yaml.org,2002:python/object:os.system）：请删除该标签。",
            Chinese(Header + "routes: !!python/object:os.system [ls]\n", "Tags"));

    [Fact]
    public void Guard_refuses_deep_nesting() =>
        Assert.Equal("文件嵌套超过 24 层；规则文件大约只需 5 层。",
            Chinese(Header + "routes: " + new string('[', 40) + new string(']', 40) + "\n", "nested more than"));

    [Fact]
    public void Guard_refuses_control_characters() =>
        Assert.StartsWith("文件在此处包含控制字符（U+0007）", Chinese(Header + "title: a\u0007b\n", "control character"), StringComparison.Ordinal);

    [Fact]
    public void Malformed_yaml() =>
        Assert.StartsWith("YAML 格式错误：", Chinese("mode: extend\nroutes: [\n  - id: x\n", "Malformed YAML"), StringComparison.Ordinal);

    [Fact]
    public void Wrong_shape_names_what_was_found() =>
        Assert.Equal("“plans”必须是列表（以“- ”开头的行），实际是值“5”。", Chinese(Header + "plans: 5\n", "must be a list"));

    [Fact]
    public void Missing_field() =>
        Assert.Equal("方案需要“vendor”。",
            Chinese(Header + "plans:\n  - { id: p1, integration: saas, needsDevelopment: false, name: P }\n", "needs 'vendor'"));

    [Fact]
    public void A_missing_file_is_refused_in_chinese()
    {
        var path = Path.Combine(Path.GetTempPath(), "liveaccess-no-such-" + Guid.NewGuid().ToString("N") + ".yaml");
        var ex = Assert.Throws<RuleFileException>(() => RuleSetLoader.LoadFile(path, Language.Chinese));
        var error = Assert.Single(ex.Errors);
        Assert.Equal((path, 0, 0, "规则文件不存在：请检查路径。"), (error.File, error.Line, error.Column, error.Message));
        Assert.StartsWith("规则文件 " + path + " 被拒绝（共 1 处问题）；当前生效的规则集保持不变。", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void English_stays_the_default()
    {
        var yaml = Header + "rotues: []\n";
        var implicitly = Assert.Throws<RuleFileException>(() => RuleSetLoader.Load(yaml, "mine.yaml"));
        var explicitly = Assert.Throws<RuleFileException>(() => RuleSetLoader.Load(yaml, "mine.yaml", Language.English));
        Assert.Equal(implicitly.Message, explicitly.Message);
        Assert.StartsWith("Rule file mine.yaml was refused (1 problem(s)); the rule set in force is unchanged.", implicitly.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_valid_file_loads_in_either_language()
    {
        var yaml = Header + "routes:\n  - id: my.route\n    scenario: ecommerce\n    when: { entity: [government] }\n    plans: [tencent-enterprise-live]\n    source: { ref: tencent-plans }\n";
        Assert.Equal(RuleSetLoader.Load(yaml, "mine.yaml").Routes.Count, RuleSetLoader.Load(yaml, "mine.yaml", Language.Chinese).Routes.Count);
    }
}
