using System.Net.Http;
using QingdaoReader.Annotation;
using QingdaoReader.Building;
using QingdaoReader.Serving;
using QingdaoReader.Tests.Support;

namespace QingdaoReader.Tests.Publishing;

public class TeacherWorkflowTests
{
    [Fact]
    public void Init_makes_a_site_that_builds_and_new_adds_a_draft()
    {
        using var dir = new TempDir();
        var site = Path.Combine(dir.Path, "site");
        Assert.Equal(0, Support.Cli.Run("init", site).ExitCode);
        Assert.True(File.Exists(Path.Combine(site, "templates/reading.html")));
        var workflow = File.ReadAllText(Path.Combine(site, ".github/workflows/pages.yml"));
        Assert.Contains("actions/upload-pages-artifact", workflow);
        Assert.Contains("actions/deploy-pages", workflow);
        Assert.Contains("qreader build --base-url", workflow);
        Assert.Equal(0, Support.Cli.Run("build", "--site", site, "-q").ExitCode);
        Assert.True(File.Exists(Path.Combine(site, "_site/readings/example/index.html")));

        Assert.Equal(0, Support.Cli.Run("new", "my-text", "--site", site).ExitCode);
        Assert.Equal(0, Support.Cli.Run("build", "--site", site, "-q").ExitCode);
        Assert.False(Directory.Exists(Path.Combine(site, "_site/readings/my-text")), "a draft was published");
        Assert.Equal(0, Support.Cli.Run("build", "--site", site, "-q", "--drafts").ExitCode);
        Assert.True(File.Exists(Path.Combine(site, "_site/readings/my-text/index.html")));

        var again = Support.Cli.Run("init", site);
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("already exists", again.Err);
    }

    [Fact]
    public void Teacher_notes_highlights_and_questions_are_rendered()
    {
        using var dir = new TempDir();
        var site = Path.Combine(dir.Path, "site");
        Support.Cli.Run("init", site);
        Support.Cli.Run("build", "--site", site, "-q");
        var doc = Html.Parse(File.ReadAllText(Path.Combine(site, "_site/readings/example/index.html")));
        var note = doc.QuerySelector(".para .teacher-note")!;
        Assert.Contains("海滨", note.TextContent);
        Assert.Equal("高质量发展", RubyAnnotator.PlainText(doc.QuerySelector("mark")!));
        var questions = doc.QuerySelector(".questions")!;
        Assert.Equal(2, questions.QuerySelectorAll("li").Length);
        Assert.NotEmpty(questions.QuerySelectorAll("li ruby rt"));
    }

    [Fact]
    public void The_index_lists_title_date_source_length_and_difficulty()
    {
        using var dir = new TempDir();
        var site = Path.Combine(dir.Path, "site");
        Support.Cli.Run("init", site);
        Support.Cli.Run("build", "--site", site, "-q");
        var card = Html.Parse(File.ReadAllText(Path.Combine(site, "_site/index.html"))).QuerySelector(".reading-card")!;
        Assert.Equal("青岛的海", card.QuerySelector(".card-title")!.TextContent);
        var meta = card.QuerySelector(".card-meta")!.TextContent;
        Assert.Contains("2024-06-01", meta);
        Assert.Contains("示例", meta);
        Assert.Matches(@"\d+ characters", meta);
        Assert.Matches(@"(HSK \d(–\d| to 7–9)?|beyond HSK) \(\d+% of words outside HSK\)", meta);
    }

    [Fact]
    public async Task Serve_builds_serves_and_rebuilds_after_an_edit()
    {
        using var dir = new TempDir();
        var site = Path.Combine(dir.Path, "site");
        Support.Cli.Run("init", site);
        var builder = RealEngine.Builder(keepReadings: true);
        using var server = new SiteServer(site, builder, new BuildOptions(), SiteServer.FreePort(), TextWriter.Null);
        server.Start();
        using var http = new HttpClient();
        var page = await http.GetStringAsync(server.Url + "readings/example/");
        Assert.Equal("青岛的海", RubyAnnotator.PlainText(Html.Parse(page).QuerySelector(".reading-title")!));
        Assert.NotNull(Html.Parse(page).QuerySelector($"script[src='{SiteServer.LivePath}']"));

        var file = Path.Combine(site, "content/readings/example/index.md");
        var before = server.Rebuilds;
        File.WriteAllText(file, File.ReadAllText(file).Replace("title: 青岛的海", "title: 青岛的山"));
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (server.Rebuilds == before && DateTime.UtcNow < deadline) await Task.Delay(20);
        Assert.True(server.Rebuilds > before, "no rebuild after the edit");
        page = await http.GetStringAsync(server.Url + "readings/example/");
        Assert.Equal("青岛的山", RubyAnnotator.PlainText(Html.Parse(page).QuerySelector(".reading-title")!));

        // A broken edit keeps the last good site and reports the error.
        File.WriteAllText(file, "---\ntitle: 坏了\n");
        Assert.NotNull(server.Rebuild());
        Assert.Contains("not closed", server.LastError);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await http.GetAsync(server.Url + "readings/example/")).StatusCode);
        var missing = await http.GetAsync(server.Url + "no/such/page");
        Assert.Equal(System.Net.HttpStatusCode.NotFound, missing.StatusCode);
    }
}

public class ServeRebuildTests
{
    [Fact]
    public void A_kept_builder_updates_the_output_in_place_and_drops_deleted_readings()
    {
        using var site = new SiteFixture();
        site.Reading("a", "---\ntitle: 甲\n---\n\n改革。\n\n::: en\nReform.\n:::\n");
        site.Reading("b", "---\ntitle: 乙\n---\n\n开放。\n\n::: en\nOpening.\n:::\n");
        var builder = new SiteBuilder(_ => new FakeLanguage(), keepReadings: true);
        builder.Build(site.Path);
        var pageA = Path.Combine(site.Path, "_site/readings/a/index.html");
        var stamp = File.GetLastWriteTimeUtc(pageA);
        Thread.Sleep(20);

        File.WriteAllText(Path.Combine(site.Path, "content/readings/b/index.md"), "---\ntitle: 丙\n---\n\n开放。\n\n::: en\nOpening.\n:::\n");
        var second = builder.Build(site.Path);
        Assert.Equal(1, second.ReadingsCompiled);
        Assert.Equal(stamp, File.GetLastWriteTimeUtc(pageA));
        Assert.Equal("丙", QingdaoReader.Annotation.RubyAnnotator.PlainText(Html.Parse(site.Read("_site/readings/b/index.html")).QuerySelector(".reading-title")!));

        Directory.Delete(Path.Combine(site.Path, "content/readings/b"), true);
        builder.Build(site.Path);
        Assert.False(File.Exists(Path.Combine(site.Path, "_site/readings/b/index.html")));
        Assert.True(File.Exists(pageA));
    }

    [Fact]
    public void An_edit_that_keeps_the_files_length_is_still_seen()
    {
        using var site = new SiteFixture();
        var file = site.Reading("a", "---\ntitle: 甲\n---\n\n改革。\n");
        var builder = new SiteBuilder(_ => new FakeLanguage(), keepReadings: true);
        builder.Build(site.Path);

        // 乙 and 甲 are both three bytes: the same length, a new time.
        File.WriteAllText(file, "---\ntitle: 乙\n---\n\n改革。\n");
        File.SetLastWriteTimeUtc(file, File.GetLastWriteTimeUtc(file).AddSeconds(2));
        Assert.Equal(1, builder.Build(site.Path).ReadingsCompiled);
        Assert.Equal("乙", QingdaoReader.Annotation.RubyAnnotator.PlainText(Html.Parse(site.Read("_site/readings/a/index.html")).QuerySelector(".reading-title")!));
    }

    [Fact]
    public void A_page_removed_from_the_output_comes_back_on_the_next_rebuild()
    {
        using var site = new SiteFixture();
        site.Reading("a", "---\ntitle: 甲\n---\n\n改革。\n");
        site.Reading("b", "---\ntitle: 乙\n---\n\n开放。\n");
        var builder = new SiteBuilder(_ => new FakeLanguage(), keepReadings: true);
        builder.Build(site.Path);
        File.Delete(Path.Combine(site.Path, "_site/readings/a/index.html"));
        File.WriteAllText(Path.Combine(site.Path, "_site/readings/a/vocabulary.csv"), "changed by hand, other length");

        var second = builder.Build(site.Path);
        Assert.Equal(0, second.ReadingsCompiled);
        Assert.Equal("甲", QingdaoReader.Annotation.RubyAnnotator.PlainText(Html.Parse(site.Read("_site/readings/a/index.html")).QuerySelector(".reading-title")!));
        Assert.StartsWith("word,pinyin,english", site.Read("_site/readings/a/vocabulary.csv"));
    }

    [Fact]
    public void An_edited_pinyin_override_file_is_used_by_the_next_rebuild()
    {
        using var site = new SiteFixture();
        site.Reading("a", "---\ntitle: 甲\n---\n\n我们去重庆。\n");
        var builder = RealEngine.Builder(keepReadings: true);
        builder.Build(site.Path);
        string Reading() => string.Join(" ", Html.Parse(site.Read("_site/readings/a/index.html")).QuerySelectorAll(".reading-body ruby")
            .Where(w => QingdaoReader.Annotation.RubyAnnotator.PlainText(w) == "重庆").Select(w => Html.WordPinyin(w)));
        Assert.Equal("Chóngqìng", Reading());

        site.Write("content/pinyin.txt", "重庆: Zhòngqìng\n");
        Assert.Equal(1, builder.Build(site.Path).ReadingsCompiled);
        Assert.Equal("Zhòngqìng", Reading());

        site.Write("content/readings/a/pinyin.txt", "重庆: Chóngqīng\n");
        builder.Build(site.Path);
        Assert.Equal("Chóngqīng", Reading());
    }
}
