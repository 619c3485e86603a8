namespace QingdaoReader.Output;

/// <summary>
/// The one place that knows where pages go in the output and how pages link to each other.
/// Links are relative to the page (../../glossary/), so the site works under any base path (a GitHub Pages project
/// site, a sub-folder) without rewriting; absolute URLs (feed, sitemap, canonical) come from the base URL.
/// </summary>
public sealed class OutputLayout
{
    public OutputLayout(string baseUrl)
    {
        BaseUrl = baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/";
    }

    public string BaseUrl { get; }

    /// <summary>The path part of the base URL ("/repo/" for https://user.github.io/repo/): the 404 page links from it,
    /// since a host serves that page at whatever depth the missing address had.</summary>
    public string BasePath => Uri.TryCreate(BaseUrl, UriKind.Absolute, out var u) && u.Scheme.StartsWith("http") ? u.AbsolutePath : BaseUrl.StartsWith('/') ? BaseUrl : "/" + BaseUrl;

    public const string IndexPage = "index.html";
    public const string GlossaryPage = "glossary/index.html";
    public const string NotFoundPage = "404.html";
    public const string AssetsFolder = "assets";

    public static string ReadingPage(string slug) => $"readings/{slug}/index.html";

    public static string ReadingFile(string slug, string file) => $"readings/{slug}/{file}";

    /// <summary>The relative prefix from a page to the site root: "" for index.html, "../../" for readings/x/index.html.</summary>
    public static string RootFrom(string pagePath)
    {
        var depth = pagePath.Count(c => c == '/');
        return string.Concat(Enumerable.Repeat("../", depth));
    }

    /// <summary>The link from one page to another output path, folder-style for index pages.</summary>
    public static string Link(string fromPage, string toPath) => RootFrom(fromPage) + FolderStyle(toPath);

    public string Absolute(string toPath) =>
        BaseUrl.StartsWith("http", StringComparison.OrdinalIgnoreCase) || BaseUrl.StartsWith('/')
            ? BaseUrl + FolderStyle(toPath)
            : "/" + FolderStyle(toPath);

    /// <summary>An output path as a link names it: a folder for an index page ("glossary/"), the file otherwise.</summary>
    public static string FolderStyle(string path) =>
        path == IndexPage ? "" : path.EndsWith("/index.html", StringComparison.Ordinal) ? path[..^"index.html".Length] : path;
}
