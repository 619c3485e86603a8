using System.Collections.Frozen;

namespace QingdaoReader.Serving;

/// <summary>The media type a static host sends for a file of the built site, by the file's extension.</summary>
public static class MediaTypes
{
    /// <summary>Sent for an extension the table does not know: the browser downloads rather than guesses.</summary>
    public const string Unknown = "application/octet-stream";

    // Keys are lower-case extensions with their dot, as Path.GetExtension gives them.
    private static readonly FrozenDictionary<string, string> ByExtension = new Dictionary<string, string>
    {
        [".html"] = "text/html; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".json"] = "application/json",
        [".svg"] = "image/svg+xml",
        [".xml"] = "application/xml; charset=utf-8",
        [".txt"] = "text/plain; charset=utf-8",
        [".csv"] = "text/csv; charset=utf-8",
        [".tsv"] = "text/tab-separated-values; charset=utf-8",
        [".png"] = "image/png",
        [".jpg"] = "image/jpeg",
        [".jpeg"] = "image/jpeg",
        [".ico"] = "image/x-icon",
    }.ToFrozenDictionary();

    /// <summary>The media type for a file path; the extension's case does not matter.</summary>
    public static string For(string file) =>
        ByExtension.GetValueOrDefault(Path.GetExtension(file).ToLowerInvariant(), Unknown);
}
