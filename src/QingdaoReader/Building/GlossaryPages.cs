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

    /// <summary>Entry views by term, with their pinyin (the override, or the engine's reading), their sources and no occurrences yet.</summary>
    public static Dictionary<string, GlossaryEntryView> Views(IReadOnlyList<GlossaryEntry> glossary, IWordReader reader)
    {
        var views = new Dictionary<string, GlossaryEntryView>(StringComparer.Ordinal);
        var ids = glossary.ToDictionary(e => e.Term, e => e.Id, StringComparer.Ordinal);
        foreach (var entry in glossary)
        {
            var pinyin = entry.Pinyin ?? string.Join(" ", reader.Read(entry.Term).Where(w => w.HasHan).Select(w => w.WordPinyin));
            views[entry.Term] = new GlossaryEntryView(entry.Id, entry.Term, pinyin, entry.English, entry.Literal,
                entry.Category, CategoryId(entry.Category), entry.Note.Trim(),
                entry.Sources.Select(s => new SourceView(s.Label, s.Url, s.Date)).ToList(), [])
            {
                Theme = entry.Theme,
                Aliases = entry.Aliases,
                Related = entry.Related.Where(ids.ContainsKey).Select(r => new RelatedTermView(r, ids[r])).ToList(),
                Find = FindKey(entry, pinyin),
            };
        }
        return views;
    }

    /// <summary>
    /// What the glossary filter finds an entry by: its term and aliases, its pinyin (the filter folds away tones and
    /// spaces), its English and literal rendering, each folded as <see cref="PageContract.FoldForFinding"/> folds.
    /// </summary>
    public static string FindKey(GlossaryEntry entry, string pinyin) =>
        string.Join("|", entry.Forms.Append(pinyin).Append(entry.English).Append(entry.Literal ?? "")
            .Select(PageContract.FoldForFinding).Where(k => k.Length > 0).Distinct(StringComparer.Ordinal));

    /// <summary>The id of a theme's section on the glossary page.</summary>
    public static string ThemeId(string theme) =>
        "t-" + new string(theme.ToLowerInvariant().Select(c => char.IsLetterOrDigit(c) ? c : '-').ToArray());

    /// <summary>
    /// An entry lists this many readings at most, the latest first, and says how many there are in all: a site of
    /// hundreds of readings would otherwise make a glossary page of tens of megabytes (1,000 readings: 22 MB).
    /// </summary>
    public const int ReadingsShown = 20;

    /// <summary>
    /// The same views with the readings and paragraphs where each term occurs (as output paths; see <see cref="Relink"/>).
    /// <paramref name="readings"/> come in the index's order, latest first.
    /// </summary>
    public static Dictionary<string, GlossaryEntryView> WithOccurrences(Dictionary<string, GlossaryEntryView> views, IReadOnlyList<ReadingSummary> readings)
    {
        var shown = new Dictionary<string, List<OccurrenceView>>(StringComparer.Ordinal);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var r in readings)
        {
            string? page = null;
            foreach (var t in r.Terms)
            {
                var term = t.Entry.Term;
                if (!views.ContainsKey(term)) continue;
                counts[term] = counts.GetValueOrDefault(term) + 1;
                if (!shown.TryGetValue(term, out var list)) shown[term] = list = [];
                if (list.Count >= ReadingsShown) continue;
                page ??= OutputLayout.ReadingPage(r.Reading.Slug);
                list.Add(new OccurrenceView(r.Reading.Metadata.Title, page, t.AnchorIds.Select(anchor => new PlaceView(
                    r.ParagraphNumbers.TryGetValue(anchor, out var n) ? $"¶{n}" : anchor.Length == 0 ? "title" : "heading",
                    page + (anchor.Length > 0 ? "#" + anchor : ""))).ToList()));
            }
        }
        var result = new Dictionary<string, GlossaryEntryView>(StringComparer.Ordinal);
        foreach (var (term, view) in views)
            result[term] = view with { Occurrences = shown.GetValueOrDefault(term) ?? [], ReadingCount = counts.GetValueOrDefault(term) };
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
