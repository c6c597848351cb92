namespace HelloWorld;

/// <summary>Prints one line: the least a .NET program of this build can do, timed against liveaccess.</summary>
internal static class Program
{
    private static void Main() => System.Console.WriteLine("Hello, World!");
}
