using QingdaoReader.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace QingdaoReader.Config;

/// <summary>Reads <c>site.config.yml</c>; a typo in a key is an error that suggests the closest known key.</summary>
public static class SiteConfigLoader
{
    public const string FileName = "site.config.yml";

    /// <summary>How site.config.yml is read (public for the tests of its keys).</summary>
    public static YamlReader Yaml { get; } = new(new YamlContext());

    public static SiteConfig Load(string siteDir)
    {
        var path = Path.Combine(siteDir, FileName);
        if (!File.Exists(path))
            throw new UserError(new SourceLocation(path), $"no {FileName} in {Path.GetFullPath(siteDir)}",
                "run the command in the site folder, or create a site with `qreader init`");
        var text = TextFileReader.ReadUtf8(path);
        return Parse(text, path);
    }

    /// <summary>The raw_html setting, checked.</summary>
    public static RawHtmlPolicy RawHtml(SiteConfig config, string path) =>
        Enum.TryParse<RawHtmlPolicy>(config.RawHtml, ignoreCase: true, out var p) && !int.TryParse(config.RawHtml, out _)
            ? p
            : throw new UserError(new SourceLocation(path, LineOf(path, "raw_html")), $"raw_html must be sanitize, escape or trust, not '{config.RawHtml}'",
                "sanitize is the safe default");

    private static int LineOf(string path, string key)
    {
        if (!File.Exists(path)) return 0;
        var lines = File.ReadAllLines(path);
        var i = Array.FindIndex(lines, l => l.TrimStart().StartsWith(key + ":", StringComparison.Ordinal));
        return i + 1;
    }

    public static SiteConfig Parse(string yaml, string path)
    {
        if (string.IsNullOrWhiteSpace(yaml))
            throw new UserError(new SourceLocation(path), $"{FileName} is empty", "give the site at least a title, e.g. `title: My readings`");
        return Yaml.Deserialize<SiteConfig>(yaml, path, 0, "site setting") ?? new SiteConfig();
    }
}
