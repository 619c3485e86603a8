using QingdaoReader.Diagnostics;
using QingdaoReader.Glossary;
using QingdaoReader.Tests.Support;

namespace QingdaoReader.Tests.Glossary;

/// <summary>
/// A glossary in several theme files (content/glossary/*.yml) read as one: themes from the file names, aliases and
/// <c>see:</c> pointers that resolve to one entry, and every clash or broken pointer reported with its file and line.
/// </summary>
public class GlossaryFilesTests
{
    private static GlossaryFile F(string name, string yaml) => new($"content/glossary/{name}.yml", yaml);

    private const string Institutions = """
        - term: 全国人民代表大会
          english: National People's Congress
          aliases: [全国人大]
        - term: 全国人大常委会
          see: 全国人民代表大会常务委员会
        - term: 全国人民代表大会常务委员会
          english: NPC Standing Committee
          related: [全国人民代表大会]
        """;

    private const string Formulations = """
        - term: 稳中求进
          english: seeking progress while maintaining stability
        - term: 稳中求进工作总基调
          english: the general principle of seeking progress while maintaining stability
          related: [稳中求进]
        """;

    [Fact]
    public void Theme_files_load_as_one_glossary_with_their_themes()
    {
        var entries = GlossaryLoader.Parse([F("institutions-and-meetings", Institutions), F("formulations", Formulations)]);
        Assert.Equal(["全国人民代表大会", "全国人民代表大会常务委员会", "稳中求进", "稳中求进工作总基调"], entries.Select(e => e.Term));
        Assert.Equal("Institutions and meetings", entries[0].Theme);
        Assert.Equal("Formulations", entries[3].Theme);
        Assert.Equal(new SourceLocation("content/glossary/formulations.yml", 3), entries[3].Location);
    }

    [Fact]
    public void A_see_pointer_becomes_an_alias_and_aliases_link_to_their_entry()
    {
        var entries = GlossaryLoader.Parse([F("institutions", Institutions)]);
        var npcsc = entries.Single(e => e.Term == "全国人民代表大会常务委员会");
        Assert.Equal(["全国人大常委会"], npcsc.Aliases);
        var matches = new GlossaryMatcher(entries).Matches("全国人大常委会听取报告，全国人大闭幕。");
        Assert.Equal([("全国人大常委会", "全国人民代表大会常务委员会"), ("全国人大", "全国人民代表大会")],
            matches.Select(m => ("全国人大常委会听取报告，全国人大闭幕。".Substring(m.Start, m.Length), m.Entry.Term)));
    }

    [Fact]
    public void A_nested_term_links_whole_and_the_longest_form_wins()
    {
        var entries = GlossaryLoader.Parse([F("formulations", Formulations)]);
        var m = Assert.Single(new GlossaryMatcher(entries).Matches("坚持稳中求进工作总基调"));
        Assert.Equal("稳中求进工作总基调", m.Entry.Term);
        Assert.Equal(["稳中求进"], m.Entry.Related);
    }

    [Fact]
    public void The_same_term_in_two_files_names_both()
    {
        var e = Assert.Throws<UserError>(() => GlossaryLoader.Parse([F("a", Formulations), F("b", "- term: 稳中求进\n  english: again\n")]));
        Assert.Equal(new SourceLocation("content/glossary/b.yml", 1), e.Location);
        Assert.Contains("content/glossary/a.yml(1)", e.Message);
    }

    [Theory]
    [InlineData("- term: 两会\n  english: two sessions\n  aliases: [全国人大]\n", "the alias '全国人大' of '两会' is also an alias of '全国人民代表大会'")]
    [InlineData("- term: 人大\n  english: people's congress\n  aliases: [全国人民代表大会]\n", "the alias '全国人民代表大会' of '人大' is a glossary term of its own")]
    [InlineData("- term: 国家主席\n  see: 主席\n", "the glossary entry '国家主席' points to '主席', which is no entry")]
    [InlineData("- term: 甲\n  see: 乙\n- term: 乙\n  see: 甲\n", "point to each other in a circle")]
    [InlineData("- term: 两会\n  english: two sessions\n  related: [两会]\n", "lists itself as related")]
    [InlineData("- term: 全国人民代表大会。\n  english: again\n", "differ only in punctuation")]
    [InlineData("- term: 党中央\n  see: 全国人民代表大会\n  english: the Party Centre\n", "points to '全国人民代表大会' and has fields of its own")]
    public void Clashing_and_broken_entries_are_refused_with_their_file_and_line(string yaml, string message)
    {
        var problems = GlossaryLoader.Lint([F("institutions", Institutions), F("more", yaml)]);
        var problem = Assert.Single(problems);
        Assert.Contains(message, problem.Message);
        Assert.Equal("content/glossary/more.yml", problem.Location?.File);
        Assert.True(problem.Location?.Line > 0);
    }

    [Theory]
    [InlineData("- term:\n  english: x\n", "a glossary entry has no term")]
    [InlineData("- term: 甲\n  english:\n", "has no English")]
    [InlineData("- term: 甲\n  english: a\n  aliases:\n  related:\n  patterns:\n  note:\n", null)]
    [InlineData("- term: 甲\n  see:\n  english: a\n", null)]
    public void Keys_written_with_no_value_read_as_empty_not_as_a_crash(string yaml, string? message)
    {
        var problems = GlossaryLoader.Lint([F("empty", yaml)]);
        if (message is null) Assert.Empty(problems);
        else Assert.Contains(problems, p => p.Message.Contains(message) && p.Location?.Line == 1);
    }

    [Fact]
    public void Glossary_lint_lists_the_problems_with_file_and_line_and_fails()
    {
        using var site = new SiteFixture();
        site.Write("content/glossary.yml", "- term: 甲\n  see: 乙\n- term: 丙\n  english: c\n  official: true\n");
        var r = Support.Cli.Run("glossary", "lint", "--site", site.Path);
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("content/glossary.yml(1): error: the glossary entry '甲' points to '乙', which is no entry", r.Out);
        Assert.DoesNotContain("   at ", r.Out + r.Err);
        site.Write("content/glossary.yml", "- term: 丙\n  english: c\n  official: true\n");
        var official = Support.Cli.Run("glossary", "lint", "--site", site.Path);
        Assert.Equal(1, official.ExitCode);
        Assert.Contains("error: the official glossary entry '丙' has no sources", official.Out);
    }

    [Fact]
    public void Lint_lists_every_problem_not_only_the_first()
    {
        var problems = GlossaryLoader.Lint([F("a", Formulations), F("b", "- term: 稳中求进\n  english: again\n- term: x\n  see: y\n- term: z\n"),
            F("c", "not: [a list")]);
        Assert.Equal(4, problems.Count);
        Assert.Contains(problems, p => p.Message.Contains("listed twice"));
        Assert.Contains(problems, p => p.Message.Contains("which is no entry"));
        Assert.Contains(problems, p => p.Message.Contains("has no English"));
        Assert.Contains(problems, p => p.Location?.File == "content/glossary/c.yml");
    }

    [Fact]
    public void A_site_reads_glossary_yml_and_the_theme_folder_together()
    {
        using var dir = new TempDir();
        Directory.CreateDirectory(Path.Combine(dir.Path, "glossary"));
        File.WriteAllText(Path.Combine(dir.Path, "glossary.yml"), "- term: 河长制\n  english: river chief system\n");
        File.WriteAllText(Path.Combine(dir.Path, "glossary", "formulations.yml"), Formulations);
        File.WriteAllText(Path.Combine(dir.Path, "glossary", "notes.txt"), "not a glossary file");
        var entries = GlossaryLoader.Load(dir.Path);
        Assert.Equal(["河长制", "稳中求进", "稳中求进工作总基调"], entries.Select(e => e.Term));
        Assert.Equal(["", "Formulations", "Formulations"], entries.Select(e => e.Theme));
    }
}

public class GlossaryPatternTests
{
    private static readonly IReadOnlyList<GlossaryEntry> Lexicon = PolicyLexicon.Entries;

    [Theory]
    [InlineData("深入贯彻党的二十届四中全会精神", "党的二十届四中全会", "中央全会")]
    [InlineData("学习二十届三中全会精神", "二十届三中全会", "三中全会")]
    [InlineData("党的十八大以来", "党的十八大", "党代会")]
    [InlineData("党的二十大报告", "党的二十大", "党的二十大")]
    [InlineData("提交十四届全国人大四次会议审查", "十四届全国人大四次会议", "全国人民代表大会")]
    [InlineData("第十四届全国人民代表大会第四次会议", "第十四届全国人民代表大会第四次会议", "全国人民代表大会")]
    [InlineData("十四届全国人大常委会第十次会议", "十四届全国人大常委会第十次会议", "全国人大常委会")]
    [InlineData("全国政协十四届四次会议讨论", "全国政协十四届四次会议", "全国政协")]
    public void Numbered_meetings_link_to_the_entry_that_explains_them(string text, string linked, string term)
    {
        var m = Assert.Single(new GlossaryMatcher(Lexicon).Matches(text), x => text.Substring(x.Start, x.Length) == linked);
        Assert.Equal(term, m.Entry.Term);
    }

    [Fact]
    public void A_malformed_pattern_is_an_error_with_its_line()
    {
        var problem = Assert.Single(GlossaryLoader.Lint([new GlossaryFile("content/glossary/x.yml", "- term: 全会\n  english: plenum\n  patterns: ['[一二中全会']\n")]));
        Assert.Contains("is not a regular expression", problem.Message);
        Assert.Equal(1, problem.Location?.Line);
    }
}
