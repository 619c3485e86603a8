using QingdaoReader.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace QingdaoReader.Config;

/// <summary>Reads <c>site.config.yml</c>; a typo in a key is an error that suggests the closest known key.</summary>
public static class SiteConfigLoader
{
    public const string FileName = "site.config.yml";

    public static SiteConfig Load(string siteDir)
    {
        var path = Path.Combine(siteDir, FileName);
        if (!File.Exists(path))
            throw new UserError(new SourceLocation(path), $"no {FileName} in {Path.GetFullPath(siteDir)}",
                "run the command in the site folder, or create a site with `qreader init`");
        var text = TextFileReader.ReadUtf8(path);
        return Parse(text, path);
    }

    public static SiteConfig Parse(string yaml, string path)
    {
        if (string.IsNullOrWhiteSpace(yaml)) return new SiteConfig();
        return YamlReader.Deserialize<SiteConfig>(yaml, path, 0, "site setting") ?? new SiteConfig();
    }
}
