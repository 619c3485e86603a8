using QingdaoReader.Config;
using QingdaoReader.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace QingdaoReader.Glossary;

/// <summary>One glossary file as read: its path and text.</summary>
public sealed record GlossaryFile(string Path, string Text)
{
    private const string ThemeComment = "# Theme:";

    /// <summary>
    /// The theme of the entries in the file: a <c># Theme: …</c> line among the comments that open it, or else its name
    /// (<c>glossary/plans-and-regions.yml</c> files them under "Plans and regions"); the single <c>glossary.yml</c> has none.
    /// </summary>
    public string Theme
    {
        get
        {
            foreach (var line in Text.Split('\n'))
            {
                var trimmed = line.Trim();
                if (trimmed.Length > 0 && !trimmed.StartsWith('#')) break;
                if (trimmed.StartsWith(ThemeComment, StringComparison.OrdinalIgnoreCase)) return trimmed[ThemeComment.Length..].Trim();
            }
            var name = System.IO.Path.GetFileNameWithoutExtension(Path);
            if (string.Equals(System.IO.Path.GetFileName(Path), GlossaryLoader.FileName, StringComparison.Ordinal)) return "";
            var words = name.Replace('_', '-').Split('-', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length == 0) return "";
            var text = string.Join(' ', words);
            return char.ToUpperInvariant(text[0]) + text[1..];
        }
    }
}

/// <summary>
/// Reads a site's glossary: <c>content/glossary.yml</c> and every <c>content/glossary/*.yml</c> (one file per theme),
/// each a list of entries with a term, its English, a note and its sources. Entries are then resolved as one glossary:
/// a term or alias is listed once across all files, a <c>see:</c> pointer leads to an entry (not nowhere, not in a
/// circle).
/// </summary>
public static class GlossaryLoader
{
    public const string FileName = "glossary.yml";

    /// <summary>The folder of themed glossary files inside the content folder.</summary>
    public const string FolderName = "glossary";

    /// <summary>How glossary files are read (public for the tests of their keys).</summary>
    public static YamlReader Yaml { get; } = new(new Config.YamlContext(), GlossarySourcesYaml.Instance);

    /// <summary>The site's glossary files: <c>glossary.yml</c> first, then the theme files in name order.</summary>
    public static IReadOnlyList<GlossaryFile> ReadFiles(string contentDir)
    {
        var files = new List<GlossaryFile>();
        var single = Path.Combine(contentDir, FileName);
        if (File.Exists(single)) files.Add(new GlossaryFile(single, TextFileReader.ReadUtf8(single)));
        var folder = Path.Combine(contentDir, FolderName);
        if (Directory.Exists(folder))
            foreach (var path in Directory.GetFiles(folder, "*.yml").Order(StringComparer.Ordinal))
                files.Add(new GlossaryFile(path, TextFileReader.ReadUtf8(path)));
        return files;
    }

    public static IReadOnlyList<GlossaryEntry> Load(string contentDir) => Parse(ReadFiles(contentDir));

    public static IReadOnlyList<GlossaryEntry> Parse(string yaml, string path) => Parse([new GlossaryFile(path, yaml)]);

    /// <summary>The resolved glossary, or the first problem as a <see cref="UserError"/> with its file and line.</summary>
    public static IReadOnlyList<GlossaryEntry> Parse(IReadOnlyList<GlossaryFile> files)
    {
        var (entries, problems) = ReadAll(files);
        if (problems.Count > 0) throw problems[0];
        return entries;
    }

    /// <summary>
    /// Every problem of the glossary files, not only the first (what <c>qreader glossary lint</c> and <c>check</c> list).
    /// A file whose YAML cannot be read gives one problem and no entries; the others are still checked.
    /// </summary>
    public static IReadOnlyList<UserError> Lint(IReadOnlyList<GlossaryFile> files) => Read(files).Problems;

    /// <summary>The entries that resolve and every problem, in one pass (a site's check wants both).</summary>
    public static (IReadOnlyList<GlossaryEntry> Entries, IReadOnlyList<UserError> Problems) Read(IReadOnlyList<GlossaryFile> files) => ReadAll(files);

    private static (IReadOnlyList<GlossaryEntry> Entries, List<UserError> Problems) ReadAll(IReadOnlyList<GlossaryFile> files)
    {
        var problems = new List<UserError>();
        var all = new List<GlossaryEntry>();
        foreach (var file in files)
        {
            try { all.AddRange(ParseFile(file, problems)); }
            catch (UserError e) { problems.Add(e); }
        }
        return (Resolve(all, problems), problems);
    }

    private static List<GlossaryEntry> ParseFile(GlossaryFile file, List<UserError> problems)
    {
        if (string.IsNullOrWhiteSpace(file.Text)) return [];
        var root = RootNode(file.Text);
        if (root is not null && root is not YamlSequenceNode)
            throw new UserError(new SourceLocation(file.Path, (int)root.Start.Line), "the glossary must be a list of entries",
                "start each entry with `- term:` at the beginning of a line, its other fields indented under it");
        var entries = Yaml.Deserialize<List<GlossaryEntry>>(file.Text, file.Path, 0, "glossary field") ?? [];
        // The 1-based line where each entry of the list starts, for messages.
        var lines = root is YamlSequenceNode seq ? seq.Children.Select(n => (int)n.Start.Line).ToList() : [];
        var theme = file.Theme;
        var result = new List<GlossaryEntry>(entries.Count);
        for (var i = 0; i < entries.Count; i++)
        {
            var location = new SourceLocation(file.Path, i < lines.Count ? lines[i] : 0);
            // A key written with no value (`term:`, `aliases:`) reads as null: it is taken as empty.
            var raw = entries[i];
            var e = raw with
            {
                Term = (raw.Term ?? "").Trim(), English = raw.English ?? "", Note = raw.Note ?? "", Category = raw.Category ?? "",
                Location = location, Theme = theme, See = string.IsNullOrWhiteSpace(raw.See) ? null : raw.See.Trim(),
                Aliases = (raw.Aliases ?? []).Where(a => a is not null).Select(a => a.Trim()).ToList(),
                Related = (raw.Related ?? []).Where(r => r is not null).Select(r => r.Trim()).ToList(),
                Patterns = (raw.Patterns ?? []).Where(x => x is not null).ToList(),
                Sources = raw.Sources ?? [],
            };
            foreach (var pattern in e.Patterns)
            {
                try { GlossaryMatcher.Compile(pattern); }
                catch (ArgumentException x)
                {
                    problems.Add(new UserError(location, $"the pattern '{pattern}' of '{e.Term}' is not a regular expression: {x.Message}",
                        "write it as .NET reads a regular expression, e.g. '[一二三四五六七八九十]+届[一二四五六七]中全会'"));
                }
            }
            if (e.Term.Length == 0)
            {
                problems.Add(new UserError(location, "a glossary entry has no term", "add `term: ...` to the entry"));
                continue;
            }
            if (e.See is not null)
            {
                if (e.English.Length > 0 || e.Note.Length > 0 || e.Aliases.Count > 0 || e.Sources.Count > 0)
                    problems.Add(new UserError(location, $"the glossary entry '{e.Term}' points to '{e.See}' and has fields of its own",
                        $"a `see:` entry only names another spelling; move its English, note, aliases and sources to '{e.See}'"));
            }
            else if (string.IsNullOrWhiteSpace(e.English))
            {
                problems.Add(new UserError(location, $"the glossary entry '{e.Term}' has no English", "add `english: ...`"));
                continue;
            }
            result.Add(e);
        }
        return result;
    }

    // One glossary out of all files' entries: pointers folded into their entries' aliases, every form listed once.
    private static List<GlossaryEntry> Resolve(List<GlossaryEntry> all, List<UserError> problems)
    {
        var entries = all.Where(e => e.See is null).ToList();
        var pointers = all.Where(e => e.See is not null).ToList();

        // Every form (term or alias) names one entry.
        var owner = new Dictionary<string, (GlossaryEntry Entry, bool IsTerm)>(StringComparer.Ordinal);
        var kept = new List<GlossaryEntry>(entries.Count);
        foreach (var e in entries)
        {
            if (owner.TryGetValue(e.Term, out var first))
            {
                problems.Add(first.IsTerm
                    ? new UserError(e.Location, $"the glossary term '{e.Term}' is listed twice (first at {Where(first.Entry, e)})", "merge the two entries")
                    : new UserError(e.Location, $"the glossary term '{e.Term}' is also an alias of '{first.Entry.Term}' ({Where(first.Entry, e)})",
                        "keep one entry: remove the alias, or merge the two entries"));
                continue;
            }
            owner[e.Term] = (e, true);
            kept.Add(e);
        }
        foreach (var e in kept)
        {
            foreach (var alias in e.Aliases)
            {
                if (alias.Length == 0 || alias == e.Term)
                {
                    problems.Add(new UserError(e.Location, $"the glossary entry '{e.Term}' lists '{alias}' as its own alias", "remove it from `aliases`"));
                    continue;
                }
                if (owner.TryGetValue(alias, out var other) && !ReferenceEquals(other.Entry, e))
                {
                    problems.Add(new UserError(e.Location, other.IsTerm
                            ? $"the alias '{alias}' of '{e.Term}' is a glossary term of its own ({Where(other.Entry, e)})"
                            : $"the alias '{alias}' of '{e.Term}' is also an alias of '{other.Entry.Term}' ({Where(other.Entry, e)})",
                        "a form can name only one entry: keep it in one place"));
                    continue;
                }
                owner[alias] = (e, false);
            }
        }

        // Pointers: follow each to the entry it ends at.
        var byPointer = new Dictionary<string, GlossaryEntry>(StringComparer.Ordinal);
        foreach (var p in pointers)
        {
            if (owner.TryGetValue(p.Term, out var clash) || byPointer.ContainsKey(p.Term))
            {
                problems.Add(new UserError(p.Location, $"the glossary term '{p.Term}' is listed twice" + (clash.Entry is null ? "" : $" (also at {Where(clash.Entry, p)})"),
                    "keep one entry for it"));
                continue;
            }
            byPointer[p.Term] = p;
        }
        var extraAliases = new Dictionary<GlossaryEntry, List<string>>(ReferenceEqualityComparer.Instance);
        var circles = new HashSet<string>(StringComparer.Ordinal);
        foreach (var p in byPointer.Values)
        {
            var path = new List<string> { p.Term };
            var at = p;
            GlossaryEntry? target = null;
            while (true)
            {
                var next = at.See!;
                if (owner.TryGetValue(next, out var found))
                {
                    target = found.Entry;
                    break;
                }
                if (!byPointer.TryGetValue(next, out var further))
                {
                    problems.Add(new UserError(p.Location, $"the glossary entry '{p.Term}' points to '{next}', which is no entry",
                        "write the entry it should point to, or correct `see:`"));
                    break;
                }
                if (path.Contains(next))
                {
                    // One report per circle, at the first of its entries to be read.
                    if (circles.Add(string.Join("\0", path.Order(StringComparer.Ordinal))))
                        problems.Add(new UserError(p.Location, $"the glossary entries {string.Join(" → ", path.Append(next).Select(t => $"'{t}'"))} point to each other in a circle",
                        "make one of them the entry, with the English and note, and point the others to it"));
                    break;
                }
                path.Add(next);
                at = further;
            }
            if (target is null) continue;
            if (!extraAliases.TryGetValue(target, out var list)) extraAliases[target] = list = [];
            list.Add(p.Term);
        }

        var result = kept.Select(e => extraAliases.TryGetValue(e, out var more) ? e with { Aliases = e.Aliases.Concat(more).Distinct().ToList() } : e).ToList();
        // Two terms that differ only in punctuation would share one place on the glossary page.
        var ids = new Dictionary<string, GlossaryEntry>(StringComparer.Ordinal);
        foreach (var e in result)
        {
            if (ids.TryGetValue(e.Id, out var same))
                problems.Add(new UserError(e.Location, $"the glossary terms '{same.Term}' ({Where(same, e)}) and '{e.Term}' differ only in punctuation",
                    "merge them, or make one an alias of the other"));
            else ids[e.Id] = e;
        }
        // A related term the glossary lacks is simply not linked (a lexicon entry copied alone keeps its list); the
        // lexicon's own related terms all resolve (PolicyLexiconTests).
        foreach (var e in result)
        {
            foreach (var r in e.Related)
            {
                if (r == e.Term || e.Aliases.Contains(r))
                    problems.Add(new UserError(e.Location, $"the glossary entry '{e.Term}' lists itself as related", "remove it from `related`"));
            }
        }
        return result;
    }

    // Where the first of two clashing entries is: its line, with its file when the two are in different files.
    private static string Where(GlossaryEntry first, GlossaryEntry second) =>
        first.Location.File == second.Location.File ? $"line {first.Location.Line}" : first.Location.ToString();

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
