namespace QingdaoReader.Tests.Support;

/// <summary>Checks that every internal link and asset of a built site resolves to a file under the site's sub-path.</summary>
public static class SubPathLinks
{
    /// <summary>
    /// Asserts on every <c>href</c> and <c>src</c> of every page; returns how many links it checked. Each page is parsed
    /// once, however many links point into it.
    /// </summary>
    public static int CheckAll(string output, Uri baseUrl)
    {
        var checkedLinks = 0;
        var pages = new Dictionary<string, (AngleSharp.Dom.IDocument Doc, HashSet<string> Ids)>(StringComparer.Ordinal);
        (AngleSharp.Dom.IDocument Doc, HashSet<string> Ids) Page(string file)
        {
            if (pages.TryGetValue(file, out var known)) return known;
            var doc = Html.Parse(File.ReadAllText(file));
            return pages[file] = (doc, doc.All.Select(e => e.Id).OfType<string>().ToHashSet(StringComparer.Ordinal));
        }
        foreach (var file in Directory.GetFiles(Path.GetFullPath(output), "*.html", SearchOption.AllDirectories))
        {
            var rel = Path.GetRelativePath(output, file).Replace('\\', '/');
            // 404.html is served at the depth of whatever address was missing.
            var pageUrl = rel == "404.html" ? new Uri(baseUrl, "some/deep/missing/page") : new Uri(baseUrl, rel.EndsWith("index.html") ? rel[..^10] : rel);
            var (doc, ids) = Page(file);
            foreach (var el in doc.QuerySelectorAll("[href], [src]"))
            {
                var value = el.GetAttribute("href") ?? el.GetAttribute("src")!;
                if (el.LocalName == "link" && el.GetAttribute("rel") == "canonical") continue;
                if (value.StartsWith('#'))
                {
                    Assert.True(ids.Contains(Uri.UnescapeDataString(value[1..])), $"{rel}: {value} has no target");
                    checkedLinks++;
                    continue;
                }
                var url = new Uri(pageUrl, value);
                if (url.Host != baseUrl.Host) continue; // external credits in the footer
                var target = FileFor(output, baseUrl, url);
                Assert.True(target is not null, $"{rel}: {value} leaves the site's sub-path");
                Assert.True(File.Exists(target), $"{rel}: {value} → {target} does not exist");
                if (url.Fragment.Length > 1 && target!.EndsWith(".html"))
                {
                    var id = Uri.UnescapeDataString(url.Fragment[1..]);
                    Assert.True(Page(Path.GetFullPath(target)).Ids.Contains(id), $"{rel}: {value} has no #{id}");
                }
                checkedLinks++;
            }
        }
        return checkedLinks;
    }

    /// <summary>The output file an URL under the base URL names, or null when it lies outside the site.</summary>
    public static string? FileFor(string output, Uri baseUrl, Uri url)
    {
        if (!url.AbsoluteUri.StartsWith(baseUrl.AbsoluteUri, StringComparison.Ordinal)) return null;
        var rel = Uri.UnescapeDataString(url.AbsolutePath[baseUrl.AbsolutePath.Length..]);
        var path = Path.Combine(output, rel);
        return rel.Length == 0 || rel.EndsWith('/') ? Path.Combine(path, "index.html") : path;
    }
}
