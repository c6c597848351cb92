using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.InteropServices;

namespace LiveAccess.PowerShell.Tests.Support;

/// <summary>
/// The cmdlet surface of the built module, read from module/bin/LiveAccess.dll with
/// MetadataLoadContext: attributes only, nothing is executed (PowerShellStandard's
/// System.Management.Automation is a stub and is only read as metadata).
/// </summary>
internal sealed class CmdletSurface
{
    private const string Sma = "System.Management.Automation.";
    private static readonly Lazy<CmdletSurface> Instance = new(() => new CmdletSurface(RepositoryLayout.CmdletAssembly));

    private CmdletSurface(string assemblyPath)
    {
        if (!File.Exists(assemblyPath))
            throw new InvalidOperationException($"{assemblyPath} is missing: build the solution first (dotnet build LiveAccess.sln).");
        var paths = Directory.GetFiles(RuntimeEnvironment.GetRuntimeDirectory(), "*.dll")
            .Concat(Directory.GetFiles(RepositoryLayout.ModuleBin, "*.dll"))
            .Concat(Directory.GetFiles(RepositoryLayout.Dependencies, "*.dll"))
            .Append(RepositoryLayout.PowerShellReference);
        var context = new MetadataLoadContext(new PathAssemblyResolver(paths));
        Assembly = context.LoadFromAssemblyPath(assemblyPath);
        Types = Assembly.GetTypes();
        Cmdlets = Types.Where(t => Attribute(t.CustomAttributes, "CmdletAttribute") is not null)
            .Select(t => new CmdletInfo(t)).OrderBy(c => c.Name, StringComparer.Ordinal).ToList();
    }

    public static CmdletSurface Load() => Instance.Value;

    /// <summary>The assembly (metadata only).</summary>
    public Assembly Assembly { get; }
    /// <summary>Every type in it.</summary>
    public IReadOnlyList<Type> Types { get; }
    /// <summary>Every cmdlet.</summary>
    public IReadOnlyList<CmdletInfo> Cmdlets { get; }

    public CmdletInfo Cmdlet(string name) =>
        Cmdlets.SingleOrDefault(c => c.Name == name) ?? throw new InvalidOperationException("No cmdlet " + name);

    internal static CustomAttributeData? Attribute(IEnumerable<CustomAttributeData> attributes, string name) =>
        attributes.FirstOrDefault(a => a.AttributeType.FullName == Sma + name);

    internal static IEnumerable<CustomAttributeData> Attributes(IEnumerable<CustomAttributeData> attributes, string name) =>
        attributes.Where(a => a.AttributeType.FullName == Sma + name);

    /// <summary>The value of a named attribute argument, or the default.</summary>
    internal static T Named<T>(CustomAttributeData attribute, string name, T fallback) =>
        attribute.NamedArguments.Where(a => a.MemberName == name).Select(a => (T)a.TypedValue.Value!).DefaultIfEmpty(fallback).First();

    /// <summary>The values of a <c>params</c> constructor argument (Alias, ValidateSet, OutputType).</summary>
    internal static IReadOnlyList<object> ParamsValues(CustomAttributeData attribute) =>
        attribute.ConstructorArguments.SelectMany(a => a.Value is ReadOnlyCollection<CustomAttributeTypedArgument> items
            ? items.Select(i => i.Value!) : new[] { a.Value! }).ToList();
}

/// <summary>One cmdlet as its attributes declare it.</summary>
internal sealed class CmdletInfo
{
    public CmdletInfo(Type type)
    {
        Type = type;
        var cmdlet = CmdletSurface.Attribute(type.CustomAttributes, "CmdletAttribute")!;
        Verb = (string)cmdlet.ConstructorArguments[0].Value!;
        Noun = (string)cmdlet.ConstructorArguments[1].Value!;
        SupportsShouldProcess = CmdletSurface.Named(cmdlet, "SupportsShouldProcess", false);
        DefaultParameterSet = CmdletSurface.Named<string?>(cmdlet, "DefaultParameterSetName", null);
        OutputTypes = CmdletSurface.Attributes(type.CustomAttributes, "OutputTypeAttribute")
            .SelectMany(CmdletSurface.ParamsValues)
            .Select(v => v is Type t ? t.FullName! : (string)v).ToList();
        Parameters = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => CmdletSurface.Attribute(p.CustomAttributes, "ParameterAttribute") is not null)
            .Select(p => new ParameterInfo(p)).ToList();
    }

    public Type Type { get; }
    public string Verb { get; }
    public string Noun { get; }
    public string Name => Verb + "-" + Noun;
    public bool SupportsShouldProcess { get; }
    public string? DefaultParameterSet { get; }
    public IReadOnlyList<string> OutputTypes { get; }
    public IReadOnlyList<ParameterInfo> Parameters { get; }

    public ParameterInfo Parameter(string name) =>
        Parameters.SingleOrDefault(p => p.Name == name) ?? throw new InvalidOperationException($"{Name} has no parameter {name}");

    public override string ToString() => Name;
}

/// <summary>One parameter: its [Parameter] attributes (one per set), aliases, validation and completer.</summary>
internal sealed class ParameterInfo
{
    public ParameterInfo(PropertyInfo property)
    {
        Property = property;
        var attributes = property.CustomAttributes.ToList();
        Sets = CmdletSurface.Attributes(attributes, "ParameterAttribute").Select(a => new ParameterSetUse(
            CmdletSurface.Named(a, "ParameterSetName", "__AllParameterSets"),
            CmdletSurface.Named(a, "Mandatory", false),
            CmdletSurface.Named(a, "Position", int.MinValue),
            CmdletSurface.Named(a, "ValueFromPipeline", false),
            CmdletSurface.Named(a, "ValueFromPipelineByPropertyName", false))).ToList();
        Aliases = CmdletSurface.Attributes(attributes, "AliasAttribute").SelectMany(CmdletSurface.ParamsValues).Cast<string>().ToList();
        ValidateSet = CmdletSurface.Attributes(attributes, "ValidateSetAttribute").SelectMany(CmdletSurface.ParamsValues).Cast<string>().ToList();
        Completer = CmdletSurface.Attribute(attributes, "ArgumentCompleterAttribute")?.ConstructorArguments[0].Value as Type;
        SupportsWildcards = CmdletSurface.Attribute(attributes, "SupportsWildcardsAttribute") is not null;
    }

    public PropertyInfo Property { get; }
    public string Name => Property.Name;
    public string TypeName => Property.PropertyType.FullName!;
    public IReadOnlyList<ParameterSetUse> Sets { get; }
    public IReadOnlyList<string> Aliases { get; }
    public IReadOnlyList<string> ValidateSet { get; }
    public Type? Completer { get; }
    public bool SupportsWildcards { get; }
    public bool ByPropertyName => Sets.Any(s => s.ValueFromPipelineByPropertyName);
    public bool Mandatory(string set) => Sets.Any(s => s.Set == set && s.Mandatory);

    public override string ToString() => Name;
}

/// <summary>One [Parameter] attribute: the parameter's use in one parameter set.</summary>
internal sealed record ParameterSetUse(string Set, bool Mandatory, int Position, bool ValueFromPipeline, bool ValueFromPipelineByPropertyName);
