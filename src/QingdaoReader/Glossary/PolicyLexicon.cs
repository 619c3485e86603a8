namespace QingdaoReader.Glossary;

/// <summary>
/// The curated policy lexicon this version of the tool carries: the project site's own <c>content/glossary/</c>, one
/// file per theme, embedded in the library. <c>qreader init --glossary policy</c> copies it, <c>qreader glossary
/// policy</c> prints it, and <c>qreader glossary suggest</c> offers the entries a text uses that a site lacks.
/// </summary>
public static class PolicyLexicon
{
    private const string ResourcePrefix = "QingdaoReader.Lexicon.";

    /// <summary>The lexicon's files, by name (<c>glossary/plans-and-regions.yml</c>), in name order.</summary>
    public static IReadOnlyList<GlossaryFile> Files { get; } = ReadFiles();

    /// <summary>The lexicon's entries, resolved as one glossary.</summary>
    public static IReadOnlyList<GlossaryEntry> Entries { get; } = GlossaryLoader.Parse(Files);

    /// <summary>
    /// An entry's YAML exactly as the lexicon writes it (comments and layout kept), from its <c>- term:</c> line to the
    /// next entry's, so that it can be copied whole into a site's glossary.
    /// </summary>
    public static string EntryText(GlossaryEntry entry) => EntryText(Files, entry);

    /// <summary>An entry's YAML as written in one of <paramref name="files"/>.</summary>
    public static string EntryText(IReadOnlyList<GlossaryFile> files, GlossaryEntry entry)
    {
        var file = files.First(f => f.Path == entry.Location.File);
        var lines = file.Text.Split('\n');
        var start = entry.Location.Line - 1;
        var end = start + 1;
        // The entry ends where the next top-level item (or a comment before it) starts.
        while (end < lines.Length && !lines[end].StartsWith("- ", StringComparison.Ordinal)) end++;
        while (end > start + 1 && (lines[end - 1].Length == 0 || lines[end - 1].StartsWith('#'))) end--;
        return string.Join('\n', lines[start..end]) + "\n";
    }

    private static List<GlossaryFile> ReadFiles()
    {
        var assembly = typeof(PolicyLexicon).Assembly;
        var files = new List<GlossaryFile>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream, new System.Text.UTF8Encoding(false));
            files.Add(new GlossaryFile(GlossaryLoader.FolderName + "/" + name[ResourcePrefix.Length..], reader.ReadToEnd()));
        }
        return files;
    }
}
