using QingdaoReader.Glossary;

namespace QingdaoReader.Annotation;

/// <summary>A glossary term of a reading and the places (anchor ids, "" for the title) it occurs, each once, in order.</summary>
public sealed record TermPlaces(GlossaryEntry Entry, IReadOnlyList<string> AnchorIds)
{
    public static IReadOnlyList<TermPlaces> Of(IReadOnlyList<TermOccurrence> occurrences)
    {
        var byTerm = new Dictionary<string, (GlossaryEntry Entry, List<string> Anchors)>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var o in occurrences)
        {
            if (!byTerm.TryGetValue(o.Entry.Term, out var found)) { byTerm[o.Entry.Term] = found = (o.Entry, []); order.Add(o.Entry.Term); }
            if (!found.Anchors.Contains(o.AnchorId)) found.Anchors.Add(o.AnchorId);
        }
        return order.Select(t => new TermPlaces(byTerm[t].Entry, byTerm[t].Anchors)).ToList();
    }
}
