namespace LiveAccess.Cli.Tests.Hardening;

/// <summary>A refused rule file: what each problem line must start with after the path (<c>:line:column: message</c>).</summary>
public sealed record RuleCase(string File, params string[] Problems)
{
    public override string ToString() => File;
}
