using System.Collections;
using System.Collections.Generic;
using System.Linq;

namespace LiveAccess.PowerShell.Tests.Support;

/// <summary>
/// The module's engine layer (everything a cmdlet does except PowerShell's own binding and
/// streams), driven through the isolated module exactly as the cmdlets drive it.
/// </summary>
internal static class Engine
{
    private const string Ns = "LiveAccess.PowerShell.Engine.";

    public static object Rules(string? rulePath = null, string language = "en") =>
        LoadedModule.CallStatic(Ns + "RuleContext", "Load", rulePath, language)!;

    public static object Session(string language = "en") => LoadedModule.Create(Ns + "DecisionSession", Rules(null, language));

    /// <summary>Decides one row the way the object parameter set binds it.</summary>
    public static object Decide(object session, string? appId, string? entity, string?[]? categories, string? scenario, string? name = null) =>
        LoadedModule.Call(session, "Decide", appId, name, entity, categories, scenario)!;

    public static IReadOnlyList<object> Decisions(object decidedRow) =>
        ((IEnumerable)LoadedModule.Get(decidedRow, "Decisions")!).Cast<object>().ToList();

    public static object? Error(object decidedRow) => LoadedModule.Get(decidedRow, "Error");

    public static IReadOnlyList<string> InputWarnings(object decidedRow) =>
        ((IEnumerable)LoadedModule.Get(decidedRow, "InputWarnings")!).Cast<object>().Select(m => (string)LoadedModule.Get(m, "Text")!).ToList();

    /// <summary>The decision as Test-LiveEligibility writes it.</summary>
    public static dynamic Result(object decision) => LoadedModule.CallStatic(Ns + "ResultMapper", "ToResult", decision)!;

    /// <summary>The decision's plans as Get-LivePlan writes them.</summary>
    public static IReadOnlyList<dynamic> Plans(object decision) =>
        ((IEnumerable)LoadedModule.CallStatic(Ns + "ResultMapper", "ToPlans", decision)!).Cast<object>().ToList();
}

/// <summary>Core types and values of the module's own (isolated) LiveAccess.Core, by name.</summary>
internal static class CoreTypes
{
    public static System.Reflection.Assembly Assembly => LoadedModule.Get(Engine.Rules(), "Rules")!.GetType().Assembly;

    public static System.Type Type(string fullName) => Assembly.GetType(fullName, throwOnError: true)!;

    public static object New(string fullName, params object?[] arguments) => System.Activator.CreateInstance(Type(fullName), arguments)!;

    public static object Enum(string fullName, string value) => System.Enum.Parse(Type(fullName), value);

    public static object? Static(string typeName, string method, params object?[] arguments) =>
        Type(typeName).GetMethods().Single(m => m.Name == method && m.GetParameters().Length == arguments.Length).Invoke(null, arguments);

    public static void Set(object target, string property, object? value) => target.GetType().GetProperty(property)!.SetValue(target, value);
}
