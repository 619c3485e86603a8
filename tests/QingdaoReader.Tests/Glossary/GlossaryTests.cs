using QingdaoReader.Diagnostics;
using QingdaoReader.Glossary;
using QingdaoReader.Tests.Support;

namespace QingdaoReader.Tests.Glossary;

public class GlossaryTests
{
    private static GlossaryEntry E(string term) => new() { Term = term, English = term };

    [Fact]
    public void Longest_term_wins_at_a_position()
    {
        var m = new GlossaryMatcher([E("双循环"), E("国内国际双循环")]).Matches("畅通国内国际双循环的节点");
        Assert.Equal("国内国际双循环", Assert.Single(m).Entry.Term);
    }

    [Fact]
    public void A_term_gives_way_to_a_longer_one_that_starts_inside_it_and_runs_past_it()
    {
        var m = Assert.Single(new GlossaryMatcher([E("中共中央"), E("中央经济工作会议")]).Matches("中共中央经济工作会议在北京举行"));
        Assert.Equal("中央经济工作会议", m.Entry.Term);
        Assert.Equal(2, m.Start);
        // A shorter one inside stays unlinked; one that does not run past keeps its place.
        var kept = new GlossaryMatcher([E("中共中央"), E("中央")]).Matches("中共中央政治局");
        Assert.Equal("中共中央", Assert.Single(kept).Entry.Term);
    }

    [Fact]
    public void Terms_with_punctuation_inside_match_as_written()
    {
        var m = new GlossaryMatcher([E("首台（套）"), E("打头阵、当先锋")]).Matches("新增一批首台（套）、首版次，聚力“打头阵、当先锋”");
        Assert.Equal(["首台（套）", "打头阵、当先锋"], m.Select(x => x.Entry.Term).ToArray());
        Assert.Equal(4, m[0].Start);
    }

    [Fact]
    public void All_occurrences_are_found()
    {
        var m = new GlossaryMatcher([E("新质生产力")]).Matches("发展新质生产力，培育新质生产力。");
        Assert.Equal(2, m.Count);
    }

    [Fact]
    public void The_seed_glossary_loads_with_lines_and_has_no_duplicates()
    {
        var entries = GlossaryLoader.Load(Repo.Path_("content"));
        Assert.True(entries.Count >= 45, $"only {entries.Count} entries");
        Assert.Equal(entries.Count, entries.Select(e => e.Term).Distinct().Count());
        Assert.All(entries, e => Assert.True(e.Location.Line > 0));
        Assert.Contains(entries, e => e.Term == "新质生产力");
    }

    [Fact]
    public void A_duplicated_term_names_both_lines()
    {
        const string yaml = "- term: 双循环\n  english: dual circulation\n- term: 一带一路\n  english: BRI\n- term: 双循环\n  english: again\n";
        var e = Assert.Throws<UserError>(() => GlossaryLoader.Parse(yaml, "glossary.yml"));
        Assert.Equal(5, e.Location?.Line);
        Assert.Contains("line 1", e.Message);
    }

    [Fact]
    public void An_unknown_field_suggests_the_right_one()
    {
        var e = Assert.Throws<UserError>(() => GlossaryLoader.Parse("- term: 双循环\n  englsh: dual circulation\n", "glossary.yml"));
        Assert.Equal(2, e.Location?.Line);
        Assert.Contains("english", e.Hint);
    }
}
