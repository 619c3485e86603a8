using CsCheck;
using QingdaoReader.Building;
using QingdaoReader.Tests.Support;

namespace QingdaoReader.Tests.Building;

/// <summary>
/// Table-driven: every folder of Fixtures/sites is a small site (<c>site/</c>) with the pages a build must give
/// (<c>expected/</c>, and <c>expected-drafts/</c> for a build with <c>--drafts</c>), compared structurally
/// (<see cref="HtmlShape"/>); other text files (feed, sitemap, vocabulary) are compared as text. The project's
/// templates are used. A case with <c>fake-words.txt</c> is read by a fake engine that knows only those words, so that
/// its pages change with the stages it is about and not with the Chinese engine. Set QREADER_UPDATE_GOLDEN=1 to write
/// the expected files from the current build instead (then review every changed file by hand: see the README there).
/// </summary>
public class GoldenSiteTests
{
    private static readonly string Root = Repo.Path_("tests", "QingdaoReader.Tests", "Fixtures", "sites");
    private static bool Update => Environment.GetEnvironmentVariable("QREADER_UPDATE_GOLDEN") == "1";

    public static TheoryData<string, bool> Cases()
    {
        var data = new TheoryData<string, bool>();
        foreach (var dir in Directory.GetDirectories(Root).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(dir), false);
            if (Directory.Exists(Path.Combine(dir, "expected-drafts"))) data.Add(Path.GetFileName(dir), true);
        }
        return data;
    }

    [Fact]
    public void There_are_cases_for_the_normal_path()
    {
        var names = Cases().Select(c => (string)c[0]).ToHashSet();
        Assert.Superset(new HashSet<string> { "minimal-reading", "glossary-terms", "blocks-lists-tables-notes", "drafts" }, names);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_fixture_site_builds_the_expected_pages(string name, bool drafts)
    {
        using var site = CaseSite(name);
        using var output = new TempDir();
        Builder(name).Build(site.Path, new BuildOptions { Output = output.Path, Drafts = drafts });
        var expectedDir = Path.Combine(Root, name, drafts ? "expected-drafts" : "expected");
        if (Update)
        {
            if (Directory.Exists(expectedDir)) Directory.Delete(expectedDir, recursive: true);
            foreach (var file in Compared(output.Path))
            {
                var target = Path.Combine(expectedDir, file);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(Path.Combine(output.Path, file), target);
            }
        }
        Assert.True(Directory.Exists(expectedDir), $"{expectedDir} is missing: run with QREADER_UPDATE_GOLDEN=1 and review what it writes");
        AssertSameSite(expectedDir, output.Path, name);
    }

    /// <summary>
    /// The fixture sites as <c>qreader serve</c> keeps them: random sequences of edits (a reading changed, removed and
    /// put back; the glossary emptied and restored; a reading made a draft) rebuilt by one kept builder give what a
    /// fresh build of the same files gives, byte for byte.
    /// </summary>
    [Fact]
    public void Serve_matches_a_fresh_build_of_the_fixture_sites_after_any_edits()
    {
        var names = Directory.GetDirectories(Root).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray();
        var edits = Gen.Select(Gen.Int[0, 4], Gen.Int[0, 9]).Array[1, 4];
        edits.Sample(sequence =>
        {
            foreach (var name in names) ServeMatchesBuild(name!, sequence);
        }, iter: 6, threads: 1);
    }

    // One case: built by a kept builder, edited and rebuilt after each edit, then compared with a fresh build.
    private static void ServeMatchesBuild(string name, (int Edit, int N)[] sequence)
    {
        using var site = CaseSite(name);
        var serve = Builder(name, keepReadings: true);
        serve.Build(site.Path);
        var readings = Directory.GetFiles(Path.Combine(site.Path, "content", "readings"), "index.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        var original = readings.ToDictionary(r => r, File.ReadAllText);
        var glossary = Path.Combine(site.Path, "content", "glossary.yml");
        var glossaryText = File.Exists(glossary) ? File.ReadAllText(glossary) : null;
        foreach (var (edit, n) in sequence)
        {
            var reading = readings[n % readings.Count];
            switch (edit)
            {
                case 0: if (File.Exists(reading)) File.AppendAllText(reading, $"\n新的一段{n}。\n\n::: en\nA new paragraph {n}.\n:::\n"); break;
                case 1: if (File.Exists(reading) && readings.Count(File.Exists) > 1) File.Delete(reading); break;
                case 2: File.WriteAllText(reading, original[reading]); break;
                case 3: if (glossaryText is not null) File.WriteAllText(glossary, n % 2 == 0 ? "[]\n" : glossaryText); break;
                case 4: if (File.Exists(reading)) File.WriteAllText(reading, File.ReadAllText(reading).Replace("---\ntitle:", "---\ndraft: true\ntitle:")); break;
            }
            serve.Build(site.Path);
        }
        using var fresh = new TempDir();
        Builder(name).Build(site.Path, new BuildOptions { Output = fresh.Path });
        ServeMatchesBuildTests.AssertSameFiles(fresh.Path, Path.Combine(site.Path, "_site"));
    }

    private static SiteFixture CaseSite(string name)
    {
        var site = new SiteFixture();
        SiteFixture.CopyDir(Path.Combine(Root, name, "site"), site.Path);
        return site;
    }

    private static SiteBuilder Builder(string name, bool keepReadings = false)
    {
        var words = Path.Combine(Root, name, "fake-words.txt");
        if (!File.Exists(words)) return RealEngine.Builder(keepReadings);
        var table = File.ReadAllLines(words).Where(l => l.Contains(':'))
            .Select(l => l.Split(':', 2)).Select(p => (p[0].Trim(), p[1].Trim())).ToArray();
        return new SiteBuilder(_ => new FakeLanguage(table), keepReadings);
    }

    // Assets come from the templates (copied, or the page scripts made from them), and the marker says only that a build wrote the folder:
    // neither is what a case is about.
    private static List<string> Compared(string dir) =>
        Directory.GetFiles(dir, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(dir, f).Replace('\\', '/'))
            .Where(f => !f.StartsWith("assets/", StringComparison.Ordinal) && f != ".qreader-output")
            .Order(StringComparer.Ordinal).ToList();

    private static void AssertSameSite(string expectedDir, string actualDir, string name)
    {
        Assert.Equal(Compared(expectedDir), Compared(actualDir));
        foreach (var file in Compared(expectedDir))
        {
            var expected = File.ReadAllText(Path.Combine(expectedDir, file));
            var actual = File.ReadAllText(Path.Combine(actualDir, file));
            if (file.EndsWith(".html", StringComparison.Ordinal))
            {
                var difference = HtmlShape.Difference(Html.Parse(expected), Html.Parse(actual));
                Assert.True(difference is null, $"{name}/{file}: {difference}");
            }
            else Assert.True(expected.ReplaceLineEndings() == actual.ReplaceLineEndings(), $"{name}/{file} differs");
        }
    }
}
