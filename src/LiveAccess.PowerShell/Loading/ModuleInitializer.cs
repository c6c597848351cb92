using System.Management.Automation;

namespace LiveAccess.PowerShell.Loading;

/// <summary>
/// Runs when the module is imported and removed: sets up (and takes down) the isolated loading of
/// the module's dependencies before any cmdlet touches LiveAccess.Core.
/// </summary>
public sealed class ModuleInitializer : IModuleAssemblyInitializer, IModuleAssemblyCleanup
{
    /// <inheritdoc />
    public void OnImport() => DependencyLoader.Install();

    /// <inheritdoc />
    public void OnRemove(PSModuleInfo psModuleInfo) => DependencyLoader.Uninstall();
}
