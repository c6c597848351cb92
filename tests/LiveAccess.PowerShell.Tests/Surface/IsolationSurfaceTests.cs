using System;
using System.Linq;
using System.Reflection;
using LiveAccess.PowerShell.Tests.Support;

namespace LiveAccess.PowerShell.Tests.Surface;

/// <summary>
/// PowerShell loads the cmdlet assembly's exported types (Assembly.ExportedTypes) when it imports
/// the module, before the module's dependency loader runs (IModuleAssemblyInitializer.OnImport).
/// So no public type may need LiveAccess.Core or YamlDotNet to load: no base type, interface or
/// value-type field (of any visibility) from them, and no public member that exposes them.
/// Internal types load only when a cmdlet runs, after the loader is in place.
/// </summary>
public sealed class IsolationSurfaceTests
{
    private static readonly string[] Isolated = { "LiveAccess.Core", "YamlDotNet", "CsvHelper" };
    private readonly CmdletSurface _surface = CmdletSurface.Load();

    private static bool FromIsolated(Type type)
    {
        while (type.HasElementType) type = type.GetElementType()!;
        if (Isolated.Contains(type.Assembly.GetName().Name)) return true;
        return type.IsGenericType && type.GetGenericArguments().Any(FromIsolated);
    }

    [Fact]
    public void No_public_type_derives_from_or_implements_an_isolated_type()
    {
        foreach (var type in _surface.Types.Where(t => t.IsVisible))
        {
            Assert.False(type.BaseType is not null && FromIsolated(type.BaseType), $"{type.FullName} derives from a dependency type");
            Assert.DoesNotContain(type.GetInterfaces(), FromIsolated);
        }
    }

    [Fact]
    public void No_public_type_holds_a_value_type_of_the_dependencies_in_any_field()
    {
        // A value-type field forces its type to load with the containing type (for the layout).
        const BindingFlags all = BindingFlags.Instance | BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;
        foreach (var type in _surface.Types.Where(t => t.IsVisible))
            foreach (var field in type.GetFields(all))
                Assert.False(field.FieldType.IsValueType && FromIsolated(field.FieldType), $"{type.FullName}.{field.Name} is a dependency value type");
    }

    [Fact]
    public void Public_types_expose_no_dependency_type()
    {
        const BindingFlags visible = BindingFlags.Instance | BindingFlags.Static | BindingFlags.Public | BindingFlags.DeclaredOnly;
        foreach (var type in _surface.Types.Where(t => t.IsVisible))
        {
            foreach (var property in type.GetProperties(visible))
                Assert.False(FromIsolated(property.PropertyType), $"{type.FullName}.{property.Name}");
            foreach (var field in type.GetFields(visible))
                Assert.False(FromIsolated(field.FieldType), $"{type.FullName}.{field.Name}");
            foreach (var method in type.GetMethods(visible))
                Assert.False(FromIsolated(method.ReturnType) || method.GetParameters().Any(p => FromIsolated(p.ParameterType)), $"{type.FullName}.{method.Name}");
        }
    }

    [Fact]
    public void The_cmdlet_assembly_references_only_the_core_from_the_dependency_folder()
    {
        // PowerShell provides netstandard and System.Management.Automation; the loader serves LiveAccess.Core
        // from deps, and Core's own references (YamlDotNet, CsvHelper, System.Text.Json) then resolve in its context.
        var references = _surface.Assembly.GetReferencedAssemblies().Select(a => a.Name).OrderBy(n => n, StringComparer.Ordinal);
        Assert.Equal(new[] { "LiveAccess.Core", "System.Management.Automation", "netstandard" }, references);
    }
}
