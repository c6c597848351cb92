using LiveAccess.Core.Rules;

namespace LiveAccess.Core.Tests.Matrix;

/// <summary>A rule file (extending the default) whose every text tries to inject markup or formulas.</summary>
internal static class HostileRules
{
    public const string Script = "<script>document.title='pwned'</script>";
    public const string Img = "<img src=x onerror=\"document.title='pwned'\">";
    public const string Formula = "=HYPERLINK(\"http://evil.example\",\"x\")";

    public const string Yaml = """
        mode: extend
        version: "hostile.1"
        sources:
          - id: evil-source
            title: { en: "<script>document.title='pwned'</script> source", zh-CN: "恶意<script>alert(1)</script>来源" }
            url: "javascript:document.title='pwned'"
            date: "2026-01-01"
        plans:
          - id: evil-plan
            vendor: "Evil <img src=x onerror=\"document.title='pwned'\"> Corp"
            integration: plugin
            needsDevelopment: true
            name: { en: "<script>document.title='pwned'</script>", zh-CN: "恶意 & \"方案\"" }
            docs: "javascript:alert(1)"
        categories:
          - id: evil
            zh-CN: "=HYPERLINK(\"http://evil.example\",\"x\")"
            en: "<b>bold</b> & co"
            secondaries:
              - { id: thing, zh-CN: "<script>document.title='pwned'</script>", en: "\"><svg onload=alert(1)>" }
        scenarios:
          - id: evil-scenario
            name: { en: "-2+3 <i>italic</i>", zh-CN: "@SUM(1) 场景" }
            source: { ref: evil-source, section: "<u>section</u>" }
        routes:
          - id: evil-scenario.thing
            scenario: evil-scenario
            when: { anyCategory: [evil/thing] }
            plans: [evil-plan, tencent-standard-live]
            source: { ref: evil-source, section: "</td></tr></table><h1>broken</h1>" }
            condition:
              code: evil-condition
              message: { en: "Only if <script>document.title='pwned'</script> & more", zh-CN: "仅当 <b>条件</b> 满足" }
        """;

    public static RuleSet Load() => RuleSetLoader.Load(Yaml, "hostile-rules.yaml");
}
