using QingdaoReader.Glossary;
using QingdaoReader.Tests.Support;

namespace QingdaoReader.Tests.Glossary;

/// <summary>
/// The policy lexicon the tool ships (content/glossary/, embedded): the lint over the shipped files. Every entry parses,
/// is sourced, resolves its aliases and related terms, and appears once; the embedded copy is the files' copy.
/// </summary>
public class PolicyLexiconTests
{
    private static readonly IReadOnlyList<GlossaryFile> Files = GlossaryLoader.ReadFiles(Repo.Path_("content"));

    [Fact]
    public void The_shipped_files_have_no_problem_and_hold_at_least_400_entries()
    {
        Assert.Empty(GlossaryLoader.Lint(Files).Select(p => $"{p.Location}: {p.Message}"));
        Assert.True(PolicyLexicon.Entries.Count >= 400, $"the lexicon has {PolicyLexicon.Entries.Count} entries");
        Assert.All(Files, f => Assert.StartsWith(Repo.Path_("content", "glossary"), f.Path));
    }

    [Fact]
    public void The_embedded_lexicon_is_the_content_folder()
    {
        Assert.Equal(Files.Select(f => (Path.GetFileName(f.Path), f.Text)), PolicyLexicon.Files.Select(f => (Path.GetFileName(f.Path), f.Text)));
    }

    [Fact]
    public void Every_entry_has_a_source_a_category_and_a_short_note()
    {
        Assert.All(PolicyLexicon.Entries, e =>
        {
            Assert.True(e.Sources.Count > 0, $"{e.Location}: '{e.Term}' has no source");
            Assert.False(string.IsNullOrWhiteSpace(e.Category), $"{e.Location}: '{e.Term}' has no category");
            Assert.False(string.IsNullOrWhiteSpace(e.Note), $"{e.Location}: '{e.Term}' has no note");
            var words = e.Note.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
            Assert.True(words <= 110, $"{e.Location}: the note of '{e.Term}' has {words} words");
        });
    }

    [Fact]
    public void Related_terms_are_entries_of_the_lexicon()
    {
        var terms = PolicyLexicon.Entries.Select(e => e.Term).ToHashSet(StringComparer.Ordinal);
        Assert.All(PolicyLexicon.Entries, e => Assert.All(e.Related, r => Assert.True(terms.Contains(r), $"{e.Location}: '{e.Term}' lists '{r}', which is no entry")));
    }

    [Fact]
    public void Every_theme_has_entries_and_every_form_names_one_entry()
    {
        Assert.All(PolicyLexicon.Entries.GroupBy(e => e.Theme), g => Assert.False(string.IsNullOrEmpty(g.Key)));
        var forms = PolicyLexicon.Entries.SelectMany(e => e.Forms).ToList();
        Assert.Equal(forms.Count, forms.Distinct().Count());
    }

    [Fact]
    public void An_entry_is_copied_whole_as_written()
    {
        var entry = PolicyLexicon.Entries.First(e => e.Sources.Count > 1);
        var text = PolicyLexicon.EntryText(entry);
        Assert.StartsWith("- term: ", text);
        var copy = Assert.Single(GlossaryLoader.Parse(text, "copy.yml"));
        Assert.Equal((entry.Term, entry.English, entry.Note, entry.Sources.Count, entry.Official), (copy.Term, copy.English, copy.Note, copy.Sources.Count, copy.Official));
    }
}
