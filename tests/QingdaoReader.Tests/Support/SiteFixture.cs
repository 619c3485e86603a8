namespace QingdaoReader.Tests.Support;

/// <summary>A small site in a scratch folder: config, templates copied from the repository, and given content.</summary>
public sealed class SiteFixture : IDisposable
{
    private readonly TempDir _dir = new();

    public SiteFixture(string? config = null, bool copyTemplates = true)
    {
        _dir.Write("site.config.yml", config ?? "title: Test site\n");
        Directory.CreateDirectory(System.IO.Path.Combine(Path, "content", "readings"));
        if (copyTemplates) CopyDir(Repo.Path_("templates"), System.IO.Path.Combine(Path, "templates"));
    }

    public string Path => _dir.Path;

    public string Write(string relative, string content) => _dir.Write(relative, content);

    public string Reading(string slug, string markdown) => Write($"content/readings/{slug}/index.md", markdown);

    public string Read(string relative) => File.ReadAllText(System.IO.Path.Combine(Path, relative));

    public static void CopyDir(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = System.IO.Path.Combine(to, System.IO.Path.GetRelativePath(from, file));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
            File.Copy(file, target, true);
        }
    }

    public void Dispose() => _dir.Dispose();
}
