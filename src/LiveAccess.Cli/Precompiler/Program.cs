using System;
using System.IO;
using LiveAccess.Core.Rules.Precompiled;

namespace LiveAccess.Precompiler;

/// <summary>Writes the precompiled defaults to the file named by the only argument (replaced whole or not at all).</summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        if (args.Length != 1)
        {
            Console.Error.WriteLine("usage: LiveAccess.Precompiler OUTPUT");
            return 2;
        }
        var target = Path.GetFullPath(args[0]);
        var temporary = target + ".tmp";
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            using (var file = File.Create(temporary)) PrecompiledDefaults.Write(file);
            File.Move(temporary, target, overwrite: true);
            return 0;
        }
        catch (Exception ex)
        {
            // The build shows this: a default rule set that does not load is a broken build.
            Console.Error.WriteLine("LiveAccess.Precompiler: " + ex);
            File.Delete(temporary);
            return 1;
        }
    }
}
