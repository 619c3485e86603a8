using QingdaoReader.Config;
using QingdaoReader.Diagnostics;

namespace QingdaoReader.Content;

/// <summary>Finds the readings of a site (<c>content/readings/&lt;slug&gt;/index.md</c>) and splits front matter from body.</summary>
public static class ReadingLoader
{
    /// <summary>How front matter is read (public for the tests of its keys).</summary>
    public static YamlReader Yaml { get; } = new(new Config.YamlContext());

    public const string ReadingsFolder = "readings";
    public const string ReadingFile = "index.md";

    /// <param name="load">Reads one reading file (path, slug); by default <see cref="Load"/>. A preview server passes one
    /// that remembers unchanged files.</param>
    public static IReadOnlyList<Reading> LoadAll(string contentDir, Func<string, string, Reading>? load = null)
    {
        load ??= Load;
        var dir = Path.Combine(contentDir, ReadingsFolder);
        if (!Directory.Exists(dir))
            throw new UserError(new SourceLocation(dir), "the readings folder is missing",
                "create it, or add a reading with `qreader new <slug>` or `qreader import <file>`");
        var readings = new List<Reading>();
        foreach (var folder in Directory.GetDirectories(dir).Order(StringComparer.Ordinal))
        {
            var file = Path.Combine(folder, ReadingFile);
            if (!File.Exists(file)) continue;
            readings.Add(load(file, Path.GetFileName(folder)));
        }
        return readings;
    }

    public static Reading Load(string path, string slug) => Parse(TextFileReader.ReadUtf8(path), path, slug);

    public static Reading Parse(string text, string path, string slug)
    {
        text = text.Replace("\r\n", "\n");
        if (string.IsNullOrWhiteSpace(text))
            throw new UserError(new SourceLocation(path, 1), "the reading is empty", "start it with front matter: ---, title: ..., ---");
        if (!text.StartsWith("---\n", StringComparison.Ordinal))
            throw new UserError(new SourceLocation(path, 1), "the reading has no front matter",
                "start the file with a line ---, then `title: ...`, then a closing line ---");
        var end = FindClosingFence(text);
        if (end < 0)
            throw new UserError(new SourceLocation(path, 1), "the front matter is not closed",
                "add a line --- after the last front matter key");
        var yaml = text[4..end];
        var afterFence = text.IndexOf('\n', end);
        var body = afterFence < 0 ? "" : text[(afterFence + 1)..];
        var bodyLine = text[..(afterFence < 0 ? text.Length : afterFence + 1)].Count(c => c == '\n') + 1;
        var meta = Yaml.Deserialize<ReadingMetadata>(yaml, path, 1, "front matter key") ?? new ReadingMetadata();
        if (string.IsNullOrWhiteSpace(meta.Title))
            throw new UserError(new SourceLocation(path, 2), "the front matter has no title", "add `title: ...`");
        return new Reading(slug, path, meta, body, bodyLine);
    }

    private static int FindClosingFence(string text)
    {
        var i = 4;
        while (i < text.Length)
        {
            var next = text.IndexOf('\n', i);
            var line = next < 0 ? text[i..] : text[i..next];
            if (line.TrimEnd() is "---" or "...") return i;
            if (next < 0) break;
            i = next + 1;
        }
        return -1;
    }
}
