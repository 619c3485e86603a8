using QingdaoReader.Content;
using QingdaoReader.Tests.Support;

namespace QingdaoReader.Tests.Cli;

public class ImportCommandTests
{
    [Fact]
    public void Import_writes_a_reading_that_loads()
    {
        using var site = new SiteFixture();
        var r = Support.Cli.Run("import", Repo.SeedFile, "--slug", "seed", "--site", site.Path);
        Assert.Equal(0, r.ExitCode);
        var reading = ReadingLoader.Load(System.IO.Path.Combine(site.Path, "content/readings/seed/index.md"), "seed");
        Assert.Equal("进一步全面深化改革，推进高水平对外开放", reading.Metadata.Title);
    }

    [Fact]
    public void Import_never_overwrites_without_force()
    {
        using var site = new SiteFixture();
        var existing = site.Reading("seed", "---\ntitle: 老师改过的\n---\n改过的正文。\n");
        var r = Support.Cli.Run("import", Repo.SeedFile, "--slug", "seed", "--site", site.Path);
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("--force", r.Err);
        Assert.Contains("index.md", r.Err);
        Assert.Equal("---\ntitle: 老师改过的\n---\n改过的正文。\n", File.ReadAllText(existing));

        var forced = Support.Cli.Run("import", Repo.SeedFile, "--slug", "seed", "--site", site.Path, "--force");
        Assert.Equal(0, forced.ExitCode);
        Assert.Contains("进一步全面深化改革", File.ReadAllText(existing));
    }

    [Fact]
    public void A_gb18030_file_is_refused_with_a_hint_and_imported_with_encoding()
    {
        using var site = new SiteFixture();
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        var gb = System.Text.Encoding.GetEncoding("gb18030").GetBytes("标题\n\n改革是发展的动力。\n");
        var file = System.IO.Path.Combine(site.Path, "gb.txt");
        File.WriteAllBytes(file, gb);
        var refused = Support.Cli.Run("import", file, "--site", site.Path);
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("--encoding gb18030", refused.Err);
        Assert.DoesNotContain("   at ", refused.Err);
        var ok = Support.Cli.Run("import", file, "--site", site.Path, "--encoding", "gb18030");
        Assert.Equal(0, ok.ExitCode);
        Assert.Contains("改革是发展的动力。", site.Read("content/readings/gb/index.md"));
    }

    [Fact]
    public void A_missing_file_is_a_clear_error()
    {
        using var site = new SiteFixture();
        var r = Support.Cli.Run("import", "/no/such/file.txt", "--site", site.Path);
        Assert.Equal(1, r.ExitCode);
        Assert.StartsWith("/no/such/file.txt: error: file not found", r.Err);
    }

    [Fact]
    public void A_one_line_article_is_imported_as_paragraphs_and_import_says_how_many()
    {
        using var site = new SiteFixture();
        var sentences = Enumerable.Range(1, 20).Select(i => $"第{i}项工作稳步推进，相关部门加强协调配合，帮助企业解决实际困难。");
        var file = System.IO.Path.Combine(site.Path, "one-line.txt");
        File.WriteAllText(file, "上半年工作综述\n" + string.Concat(sentences) + "\n");

        var r = Support.Cli.Run("import", file, "--site", site.Path);
        Assert.Equal(0, r.ExitCode);
        var paragraphs = Paragraphs(site.Read("content/readings/one-line/index.md"));
        Assert.True(paragraphs.Length >= 3, $"{paragraphs.Length} paragraphs");
        Assert.Contains($"Split 1 paragraph(s) over 300 characters into {paragraphs.Length}", r.Out);

        var kept = Support.Cli.Run("import", file, "--site", site.Path, "--force", "--max-paragraph", "0");
        Assert.Equal(0, kept.ExitCode);
        Assert.Single(Paragraphs(site.Read("content/readings/one-line/index.md")));
        Assert.DoesNotContain("Split", kept.Out);
    }

    [Fact]
    public void An_article_without_a_title_line_is_imported_with_a_warning_naming_the_line()
    {
        using var site = new SiteFixture();
        var file = System.IO.Path.Combine(site.Path, "no-title.txt");
        File.WriteAllText(file, "\n" + string.Concat(Enumerable.Range(1, 5).Select(i => $"第{i}项工作稳步推进，相关部门加强协调配合。")) + "\n");
        var r = Support.Cli.Run("import", file, "--site", site.Path);
        Assert.Equal(0, r.ExitCode);
        Assert.Contains($"{file}(2): warning: the first line, taken as the title, is", r.Out);

        File.WriteAllText(file, "工作综述\n" + string.Concat(Enumerable.Range(1, 5).Select(i => $"第{i}项工作稳步推进，相关部门加强协调配合。")) + "\n");
        Assert.DoesNotContain("warning", Support.Cli.Run("import", file, "--site", site.Path, "--force").Out);
    }

    private static string[] Paragraphs(string markdown)
    {
        var html = new QingdaoReader.Content.Markdown.MarkdownRenderer().ToHtml(ReadingLoader.Parse(markdown, "index.md", "x").Body);
        return Html.Parse(html).QuerySelectorAll("p").Select(p => p.TextContent).ToArray();
    }
}
