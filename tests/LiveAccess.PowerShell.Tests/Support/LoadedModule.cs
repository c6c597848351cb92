using System;
using System.Linq;
using System.Reflection;

namespace LiveAccess.PowerShell.Tests.Support;

/// <summary>
/// The built module loaded into this test process the way PowerShell 7 loads it: LiveAccess.dll by
/// path into the default context, then its import-time dependency loader (what
/// IModuleAssemblyInitializer.OnImport calls). Internal members are reached by reflection, since
/// this project must not reference the module (that would put LiveAccess.Core in the default context).
/// </summary>
internal static class LoadedModule
{
    private static readonly Lazy<Assembly> Module = new(Load);

    public static Assembly Assembly => Module.Value;

    /// <summary>A type of the cmdlet assembly, public or internal.</summary>
    public static Type Type(string fullName) =>
        Assembly.GetType(fullName, throwOnError: true)!;

    /// <summary>Calls a static method (any visibility) and returns its result.</summary>
    public static object? CallStatic(string typeName, string method, params object?[] arguments)
    {
        var candidates = Type(typeName).GetMethods(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic)
            .Where(m => m.Name == method && m.GetParameters().Length == arguments.Length).ToList();
        return Unwrap(() => candidates.Single().Invoke(null, arguments));
    }

    /// <summary>Creates an instance (any visibility).</summary>
    public static object Create(string typeName, params object?[] arguments) =>
        Unwrap(() => Activator.CreateInstance(Type(typeName), BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic, null, arguments, null))!;

    /// <summary>Calls an instance method (any visibility).</summary>
    public static object? Call(object target, string method, params object?[] arguments)
    {
        var candidates = target.GetType().GetMethods(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)
            .Where(m => m.Name == method && m.GetParameters().Length == arguments.Length).ToList();
        return Unwrap(() => candidates.Single().Invoke(target, arguments));
    }

    /// <summary>Reads a property (any visibility).</summary>
    public static object? Get(object target, string property) =>
        target.GetType().GetProperty(property, BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)!.GetValue(target);

    private static object? Unwrap(Func<object?> call)
    {
        try { return call(); }
        catch (TargetInvocationException ex) when (ex.InnerException is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(ex.InnerException).Throw();
            throw;
        }
    }

    private static Assembly Load()
    {
        // The "other module" got there first: this project's own YamlDotNet (13.x) is in use before LiveAccess loads.
        _ = new YamlDotNet.Serialization.DeserializerBuilder().Build().Deserialize<object>("loaded: first");
        var assembly = Assembly.LoadFrom(RepositoryLayout.CmdletAssembly);
        assembly.GetType("LiveAccess.PowerShell.Loading.DependencyLoader", throwOnError: true)!
            .GetMethod("Install", BindingFlags.Static | BindingFlags.NonPublic)!
            .Invoke(null, null);
        return assembly;
    }
}
