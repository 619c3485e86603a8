namespace QingdaoReader.Tests.Support;

/// <summary>Paths in the repository the tests run from.</summary>
public static class Repo
{
    public static string Root { get; } = FindRoot();

    public static string SeedFile => Directory.GetFiles(Path.Combine(Root, "seeds"), "*.txt").Single();

    public static string Path_(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(System.IO.Path.Combine(dir.FullName, "QingdaoReader.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("QingdaoReader.sln not found above " + AppContext.BaseDirectory);
    }
}
