using QingdaoReader.Annotation;
using QingdaoReader.Glossary;
using QingdaoReader.Output;
using QingdaoReader.Rendering;

namespace QingdaoReader.Building;

/// <summary>The glossary as the pages show it: each entry with its pinyin (engine or override) and its occurrences.</summary>
public static class GlossaryPages
{
    public static string CategoryId(string category) =>
        "c-" + new string(category.ToLowerInvariant().Select(c => char.IsLetterOrDigit(c) ? c : '-').ToArray());

    /// <summary>Entry views by term, with their pinyin (the override, or the engine's reading) and no occurrences yet.</summary>
    public static Dictionary<string, GlossaryEntryView> Views(IReadOnlyList<GlossaryEntry> glossary, IWordReader reader)
    {
        var views = new Dictionary<string, GlossaryEntryView>(StringComparer.Ordinal);
        foreach (var entry in glossary)
        {
            var pinyin = entry.Pinyin ?? string.Join(" ", reader.Read(entry.Term).Where(w => w.HasHan).Select(w => w.WordPinyin));
            views[entry.Term] = new GlossaryEntryView(entry.Id, entry.Term, pinyin, entry.English, entry.Literal,
                entry.Category, CategoryId(entry.Category), entry.Note.Trim(), []);
        }
        return views;
    }

    /// <summary>The same views with the readings and paragraphs where each term occurs (as output paths; see <see cref="Relink"/>).</summary>
    public static Dictionary<string, GlossaryEntryView> WithOccurrences(Dictionary<string, GlossaryEntryView> views, IReadOnlyList<ReadingSummary> readings)
    {
        var result = new Dictionary<string, GlossaryEntryView>(StringComparer.Ordinal);
        foreach (var (term, view) in views)
        {
            var occurrences = new List<OccurrenceView>();
            foreach (var r in readings)
            {
                var page = OutputLayout.ReadingPage(r.Reading.Slug);
                var places = r.Terms.Where(t => t.Entry.Term == term).Select(t => t.AnchorId).Distinct()
                    .Select(anchor => new PlaceView(
                        r.ParagraphNumbers.TryGetValue(anchor, out var n) ? $"¶{n}" : anchor.Length == 0 ? "title" : "heading",
                        page + (anchor.Length > 0 ? "#" + anchor : "")))
                    .ToList();
                if (places.Count > 0) occurrences.Add(new OccurrenceView(r.Reading.Metadata.Title, page, places));
            }
            result[term] = view with { Occurrences = occurrences };
        }
        return result;
    }

    public static IReadOnlyList<OccurrenceView> Relink(IReadOnlyList<OccurrenceView> occurrences, string fromPage) =>
        occurrences.Select(o => o with
        {
            Url = Relink(o.Url, fromPage),
            Places = o.Places.Select(p => p with { Url = Relink(p.Url, fromPage) }).ToList(),
        }).ToList();

    private static string Relink(string url, string fromPage)
    {
        var hash = url.IndexOf('#');
        var path = hash < 0 ? url : url[..hash];
        return OutputLayout.Link(fromPage, path) + (hash < 0 ? "" : url[hash..]);
    }
}
