using System.Reflection;

namespace LiveAccess.Core.Reports;

/// <summary>What reports say about the tool that wrote them (SARIF driver, NUnit engine, footers).</summary>
public static class ProductInfo
{
    /// <summary>The tool's name.</summary>
    public const string Name = "LiveAccess";

    /// <summary>Where the project and its documentation live.</summary>
    public const string InformationUri = "https://github.com/liveaccess/liveaccess";

    /// <summary>The report documentation (SARIF rule help falls back to it).</summary>
    public const string ReportsDocUri = InformationUri + "/blob/main/docs/reports.md";

    /// <summary>The version of the core assembly, without build metadata (e.g. <c>0.1.0</c>).</summary>
    public static string Version { get; } = ReadVersion();

    private static string ReadVersion()
    {
        var assembly = typeof(ProductInfo).Assembly;
        var informational = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        var version = informational ?? assembly.GetName().Version?.ToString() ?? "0.0.0";
        var plus = version.IndexOf('+');
        return plus >= 0 ? version.Substring(0, plus) : version;
    }
}
