namespace QingdaoReader.Benchmarks;

/// <summary>The repository the benchmarks run from (they read its seed reading, glossary and templates).</summary>
internal static class Repo
{
    public static string Root { get; } = Find();

    private static string Find()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "QingdaoReader.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("QingdaoReader.sln not found above " + AppContext.BaseDirectory);
    }
}
