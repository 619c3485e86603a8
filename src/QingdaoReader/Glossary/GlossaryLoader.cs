using QingdaoReader.Config;
using QingdaoReader.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace QingdaoReader.Glossary;

/// <summary>Reads <c>content/glossary.yml</c>: a list of entries, each with a term, its English, a note and its sources.</summary>
public static class GlossaryLoader
{
    public const string FileName = "glossary.yml";

    private static readonly YamlDotNet.Serialization.IDeserializer Deserializer = YamlReader.CreateDeserializer(GlossarySourcesYaml.Instance);

    public static IReadOnlyList<GlossaryEntry> Load(string contentDir)
    {
        var path = Path.Combine(contentDir, FileName);
        if (!File.Exists(path)) return [];
        return Parse(TextFileReader.ReadUtf8(path), path);
    }

    public static IReadOnlyList<GlossaryEntry> Parse(string yaml, string path)
    {
        if (string.IsNullOrWhiteSpace(yaml)) return [];
        var root = RootNode(yaml);
        if (root is not null && root is not YamlSequenceNode)
            throw new UserError(new SourceLocation(path, (int)root.Start.Line), "the glossary must be a list of entries",
                "start each entry with `- term:` at the beginning of a line, its other fields indented under it");
        var entries = YamlReader.Deserialize<List<GlossaryEntry>>(yaml, path, 0, "glossary field", Deserializer) ?? [];
        // The 1-based line where each entry of the list starts, for messages.
        var lines = root is YamlSequenceNode seq ? seq.Children.Select(n => (int)n.Start.Line).ToList() : [];
        var result = new List<GlossaryEntry>(entries.Count);
        var seen = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        for (var i = 0; i < entries.Count; i++)
        {
            var location = new SourceLocation(path, i < lines.Count ? lines[i] : 0);
            var e = entries[i] with { Location = location };
            if (string.IsNullOrWhiteSpace(e.Term))
                throw new UserError(location, "a glossary entry has no term", "add `term: ...` to the entry");
            if (string.IsNullOrWhiteSpace(e.English))
                throw new UserError(location, $"the glossary entry '{e.Term}' has no English", "add `english: ...`");
            if (seen.TryGetValue(e.Term, out var first))
                throw new UserError(location, $"the glossary term '{e.Term}' is listed twice (first at line {first.Line})",
                    "merge the two entries");
            seen[e.Term] = location;
            result.Add(e with { Term = e.Term.Trim() });
        }
        return result;
    }

    // The document's root node, or null when the text is not YAML (the deserializer then reports the error with its line).
    private static YamlNode? RootNode(string yaml)
    {
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            return stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
        }
        catch (YamlDotNet.Core.YamlException)
        {
            return null;
        }
    }
}
