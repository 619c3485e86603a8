using QingdaoReader.Glossary;
using QingdaoReader.Tests.Support;

namespace QingdaoReader.Tests.Publishing;

public class PolicyGlossaryTests
{
    private static IReadOnlyList<GlossaryEntry> ProjectGlossary() => GlossaryLoader.Load(Repo.Path_("content"));

    [Fact]
    public void Init_with_the_policy_glossary_copies_every_entry_of_the_projects_glossary()
    {
        using var dir = new TempDir();
        var site = Path.Combine(dir.Path, "site");
        var r = Support.Cli.Run("init", site, "--glossary", "policy");
        Assert.Equal(0, r.ExitCode);
        var copied = GlossaryLoader.Load(Path.Combine(site, "content"));
        var project = ProjectGlossary();
        Assert.True(project.Count >= 400);
        Assert.Equal(project.Select(g => (g.Term, g.English, g.Note, g.Sources.Count, g.Theme)), copied.Select(g => (g.Term, g.English, g.Note, g.Sources.Count, g.Theme)));
        // One file per theme, as in the project, each saying where it comes from.
        var files = Directory.GetFiles(Path.Combine(site, "content", "glossary"), "*.yml").Select(Path.GetFileName).Order().ToList();
        Assert.Equal(Directory.GetFiles(Repo.Path_("content", "glossary"), "*.yml").Select(Path.GetFileName).Order().ToList(), files);
        Assert.All(Directory.GetFiles(Path.Combine(site, "content", "glossary")), f => Assert.StartsWith("# QingdaoReader's policy lexicon", File.ReadAllText(f)));
    }

    [Fact]
    public void Init_without_the_option_starts_with_one_example_term()
    {
        using var dir = new TempDir();
        var site = Path.Combine(dir.Path, "site");
        Assert.Equal(0, Support.Cli.Run("init", site).ExitCode);
        Assert.Equal(["高质量发展"], GlossaryLoader.Load(Path.Combine(site, "content")).Select(g => g.Term));
    }

    [Fact]
    public void An_unknown_glossary_choice_is_refused()
    {
        using var dir = new TempDir();
        var r = Support.Cli.Run("init", Path.Combine(dir.Path, "site"), "--glossary", "everything");
        Assert.NotEqual(0, r.ExitCode);
        Assert.False(File.Exists(Path.Combine(dir.Path, "site", "site.config.yml")));
    }

    [Fact]
    public void Unused_policy_terms_are_one_line_of_advice_but_a_teachers_unused_term_fails_strict()
    {
        using var dir = new TempDir();
        var site = Path.Combine(dir.Path, "site");
        Support.Cli.Run("init", site, "--glossary", "policy");
        var check = Support.Cli.Run("check", "--strict", "--site", site);
        Assert.Equal(0, check.ExitCode);
        var advice = Assert.Single(check.Out.Split('\n'), l => l.Contains("warning:"));
        Assert.Matches(@"\.yml: warning: \d+ term\(s\) of the policy glossary occur in no reading yet", advice);

        File.WriteAllText(Path.Combine(site, "content", "glossary.yml"), "- term: 青岛啤酒节\n  english: Qingdao Beer Festival\n");
        var strict = Support.Cli.Run("check", "--strict", "--site", site);
        Assert.Equal(1, strict.ExitCode);
        Assert.Contains("warning: the glossary term '青岛啤酒节' occurs in no reading", strict.Out);
    }

    [Fact]
    public void Glossary_policy_prints_the_projects_glossary()
    {
        var r = Support.Cli.Run("glossary", "policy");
        Assert.Equal(0, r.ExitCode);
        Assert.Equal(ProjectGlossary().Select(g => g.Term), GlossaryLoader.Parse(r.Out, "stdout").Select(g => g.Term));
    }

    [Fact]
    public void Glossary_suggest_lists_terms_and_write_appends_stubs_the_build_asks_to_fill_in()
    {
        using var dir = new TempDir();
        var site = Path.Combine(dir.Path, "site");
        Support.Cli.Run("init", site, "--glossary", "policy");
        File.WriteAllText(Path.Combine(site, "content/readings/example/index.md"),
            "---\ntitle: 示例\n---\n\n本市推行“湾长制”，推动高质量发展。\n\n各区落实“湾长制”。\n");

        var listed = Support.Cli.Run("glossary", "suggest", "example", "--site", site);
        Assert.Equal(0, listed.ExitCode);
        var first = listed.Out.Split('\n')[0];
        Assert.Matches(@"content/readings/example/index\.md\(5\): 湾长制 ×2  \w+ ?\w+ ?\w+  \(quoted, policy head", first);
        Assert.DoesNotContain("高质量", listed.Out);

        var written = Support.Cli.Run("glossary", "suggest", "example", "--write", "--site", site);
        Assert.Equal(0, written.ExitCode);
        var glossaryFile = Path.Combine(site, "content", "glossary.yml");
        var build = Support.Cli.Run("build", "--site", site, "-q");
        Assert.Equal(1, build.ExitCode);
        Assert.Matches(@"glossary\.yml\(\d+\): error: the glossary entry '湾长制' has no English", build.Err);

        File.WriteAllText(glossaryFile, File.ReadAllText(glossaryFile).Replace("english: \"\"", "english: bay chief system"));
        Assert.Contains("湾长制", GlossaryLoader.Load(Path.Combine(site, "content")).Select(g => g.Term));
        var again = Support.Cli.Run("glossary", "suggest", "example", "--site", site);
        Assert.DoesNotContain("湾长制", again.Out);
    }

    [Fact]
    public void In_a_site_without_the_lexicon_its_entries_come_first_and_write_copies_them_whole()
    {
        using var dir = new TempDir();
        var site = Path.Combine(dir.Path, "site");
        Support.Cli.Run("init", site);
        File.WriteAllText(Path.Combine(site, "content/readings/example/index.md"),
            "---\ntitle: 示例\n---\n\n全国人大常委会审议了政府工作报告，强调坚持稳中求进工作总基调，推动高质量发展。\n\n"
            + "::: en\nThe NPC Standing Committee reviewed the government work report.\n:::\n");
        var listed = Support.Cli.Run("glossary", "suggest", "example", "--site", site);
        Assert.Equal(0, listed.ExitCode);
        var lines = listed.Out.Split('\n');
        Assert.StartsWith("From QingdaoReader's policy lexicon", lines[0]);
        var offered = lines.Skip(1).TakeWhile(l => l.Length > 0).Select(l => l.Split(": ", 2)[1].Split(' ')[0]).ToList();
        Assert.Equal(["全国人大常委会", "政府工作报告", "稳中求进工作总基调"], offered.Order(StringComparer.Ordinal));

        // check says so too, once per reading, as advice that --strict lets pass.
        var check = Support.Cli.Run("check", "--strict", "--site", site);
        Assert.Equal(0, check.ExitCode);
        Assert.Contains("index.md: warning: 3 term(s) of QingdaoReader's policy lexicon occur here and are not in your glossary", check.Out);
        Assert.Contains("`qreader glossary suggest example --write` copies them", check.Out);

        Assert.Equal(0, Support.Cli.Run("glossary", "suggest", "example", "--write", "--site", site).ExitCode);
        var glossary = GlossaryLoader.Load(Path.Combine(site, "content"));
        foreach (var term in offered)
        {
            var mine = glossary.Single(g => g.Term == term);
            var shipped = PolicyLexicon.Entries.Single(g => g.Term == term);
            Assert.Equal((shipped.English, shipped.Note, shipped.Sources.Count, shipped.Aliases.Count), (mine.English, mine.Note, mine.Sources.Count, mine.Aliases.Count));
        }
        Assert.Equal(0, Support.Cli.Run("build", "--site", site, "-q").ExitCode);
        Assert.DoesNotContain("From QingdaoReader's policy lexicon", Support.Cli.Run("glossary", "suggest", "example", "--site", site).Out);
    }

    [Fact]
    public void Glossary_suggest_for_a_missing_reading_is_a_user_error()
    {
        using var dir = new TempDir();
        var site = Path.Combine(dir.Path, "site");
        Support.Cli.Run("init", site);
        var r = Support.Cli.Run("glossary", "suggest", "nothing", "--site", site);
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("content/readings/nothing/index.md: error: there is no reading 'nothing'", r.Err);
        Assert.DoesNotContain("   at ", r.Err);
    }
}
