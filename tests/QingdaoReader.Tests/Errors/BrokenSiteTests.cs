using QingdaoReader.Tests.Support;

namespace QingdaoReader.Tests.Errors;

/// <summary>
/// Table-driven: every folder of Fixtures/broken is a good site with one mistake, and its expected.txt says the exit
/// code, the file and line the message must name, and words of the message and the hint.
/// </summary>
public class BrokenSiteTests
{
    private static readonly string Root = Repo.Path_("tests", "QingdaoReader.Tests", "Fixtures", "broken");

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var dir in Directory.GetDirectories(Root).Order(StringComparer.Ordinal)) data.Add(Path.GetFileName(dir));
        return data;
    }

    [Fact]
    public void There_is_a_case_for_each_kind_of_mistake()
    {
        Assert.True(Cases().Count >= 20, "too few broken-site cases");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_broken_site_gets_a_clear_error(string name)
    {
        var expected = File.ReadAllLines(Path.Combine(Root, name, "expected.txt"))
            .Select(l => l.Split(": ", 2)).ToLookup(p => p[0], p => p[1]);
        using var site = new SiteFixture("title: Test\n");
        site.Write("content/readings/a/index.md", "---\ntitle: 改革\n---\n\n改革是发展的动力。\n\n::: en\nReform drives development.\n:::\n");
        site.Write("content/glossary.yml", "- term: 改革\n  english: reform\n  category: policy slogan\n  note: Reform.\n");
        var caseDir = Path.Combine(Root, name);
        foreach (var source in Directory.GetFiles(caseDir, "*", SearchOption.AllDirectories).Where(f => Path.GetFileName(f) != "expected.txt"))
        {
            var target = Path.Combine(site.Path, Path.GetRelativePath(caseDir, source));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(source, target, true);
        }
        foreach (var remove in expected["remove"])
        {
            var path = Path.Combine(site.Path, remove);
            if (Directory.Exists(path)) Directory.Delete(path, true);
            else File.Delete(path);
        }

        var result = Support.Cli.Run("build", "--site", site.Path);

        Assert.Equal(int.Parse(expected["exit"].Single()), result.ExitCode);
        var error = result.Err.Trim();
        var file = Path.Combine(site.Path, expected["file"].Single());
        var line = int.Parse(expected["line"].Single());
        var firstLine = error.Split('\n')[0];
        Assert.True(firstLine.StartsWith(line > 0 ? $"{file}({line}" : file, StringComparison.Ordinal),
            $"expected {expected["file"].Single()} line {line}, got: {firstLine}");
        Assert.Contains(": error: ", firstLine);
        Assert.Contains(expected["message"].Single(), firstLine);
        foreach (var hint in expected["hint"]) Assert.Contains(hint, error.Split('\n').Skip(1).FirstOrDefault() ?? "");
        Assert.DoesNotContain("   at ", result.Err);
        Assert.False(Directory.Exists(Path.Combine(site.Path, "_site")), "a failed build wrote a site");
    }
}
