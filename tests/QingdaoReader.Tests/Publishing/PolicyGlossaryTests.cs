using QingdaoReader.Glossary;
using QingdaoReader.Tests.Support;

namespace QingdaoReader.Tests.Publishing;

public class PolicyGlossaryTests
{
    private static IReadOnlyList<GlossaryEntry> ProjectGlossary() =>
        GlossaryLoader.Parse(File.ReadAllText(Repo.Path_("content", "glossary.yml")), "glossary.yml");

    [Fact]
    public void Init_with_the_policy_glossary_copies_every_entry_of_the_projects_glossary()
    {
        using var dir = new TempDir();
        var site = Path.Combine(dir.Path, "site");
        var r = Support.Cli.Run("init", site, "--glossary", "policy");
        Assert.Equal(0, r.ExitCode);
        var copied = GlossaryLoader.Load(Path.Combine(site, "content"));
        var project = ProjectGlossary();
        Assert.True(project.Count > 80);
        Assert.Equal(project.Select(g => (g.Term, g.English, g.Note, g.Sources.Count)), copied.Select(g => (g.Term, g.English, g.Note, g.Sources.Count)));
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
        Assert.Matches(@"glossary\.yml: warning: \d+ term\(s\) of the policy glossary occur in no reading yet", advice);

        File.AppendAllText(Path.Combine(site, "content", "glossary.yml"), "- term: 青岛啤酒节\n  english: Qingdao Beer Festival\n");
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
        Support.Cli.Run("init", site);
        File.WriteAllText(Path.Combine(site, "content/readings/example/index.md"),
            "---\ntitle: 示例\n---\n\n本市推行“河长制”，推动高质量发展。\n\n各区落实“河长制”。\n");

        var listed = Support.Cli.Run("glossary", "suggest", "example", "--site", site);
        Assert.Equal(0, listed.ExitCode);
        var first = listed.Out.Split('\n')[0];
        Assert.Matches(@"content/readings/example/index\.md\(5\): 河长制 ×2 \(quoted, X化/X制/X区\)$", first);
        Assert.DoesNotContain("高质量", listed.Out);

        var written = Support.Cli.Run("glossary", "suggest", "example", "--write", "--site", site);
        Assert.Equal(0, written.ExitCode);
        var glossaryFile = Path.Combine(site, "content", "glossary.yml");
        var build = Support.Cli.Run("build", "--site", site, "-q");
        Assert.Equal(1, build.ExitCode);
        Assert.Matches(@"glossary\.yml\(\d+\): error: the glossary entry '河长制' has no English", build.Err);

        File.WriteAllText(glossaryFile, File.ReadAllText(glossaryFile).Replace("english: \"\"", "english: river chief system"));
        Assert.Contains("河长制", GlossaryLoader.Load(Path.Combine(site, "content")).Select(g => g.Term));
        var again = Support.Cli.Run("glossary", "suggest", "example", "--site", site);
        Assert.DoesNotContain("河长制", again.Out);
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
