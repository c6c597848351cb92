using System;
using LiveAccess.Core.Text;

namespace LiveAccess.Cli;

/// <summary>
/// The language of the user interface when <c>--lang</c> is not given. On Linux and macOS .NET
/// takes the UI culture from the first of <c>LC_ALL</c>, <c>LC_MESSAGES</c> and <c>LANG</c> that is
/// set (set but empty counts, and means the invariant culture), through ICU; reading those
/// variables here gives the same language without initialising the culture machinery, which
/// costs a single answer several milliseconds of its start. Windows asks the culture as before.
/// </summary>
internal static class UiLanguage
{
    public static Language Current(Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        if (OperatingSystem.IsWindows()) return Languages.Current;
        var invariant = environment("DOTNET_SYSTEM_GLOBALIZATION_INVARIANT");
        if (invariant is not null && (invariant == "1" || invariant.Equals("true", StringComparison.OrdinalIgnoreCase))) return Language.English;
        var locale = environment("LC_ALL") ?? environment("LC_MESSAGES") ?? environment("LANG");
        return locale is not null && locale.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? Language.Chinese : Language.English;
    }
}
