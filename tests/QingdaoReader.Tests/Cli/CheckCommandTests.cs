using QingdaoReader.Tests.Support;

namespace QingdaoReader.Tests.Cli;

public class CheckCommandTests
{
    private const string Glossary = "- term: 改革\n  english: reform\n  category: policy slogan\n  note: Reform.\n";

    [Fact]
    public void The_projects_own_content_passes_strict_check()
    {
        var r = Support.Cli.Run("check", "--strict", "--site", Repo.Root);
        Assert.True(r.ExitCode == 0, r.Out + r.Err);
        // The one warning is advice: the lexicon's terms that no reading of the project uses yet wait for one.
        Assert.Contains("0 error(s), 1 warning(s)", r.Out);
        Assert.Matches(@"warning: \d+ term\(s\) of the policy glossary occur in no reading yet", r.Out);
    }

    [Fact]
    public void A_paragraph_without_translation_is_a_warning_with_its_line()
    {
        using var site = new SiteFixture();
        site.Write("content/glossary.yml", Glossary);
        site.Reading("a", "---\ntitle: 标题\n---\n\n改革是发展的动力。\n\n::: en\nReform drives development.\n:::\n\n开放是鲜明标识。\n");
        var r = Support.Cli.Run("check", "--site", site.Path);
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("content/readings/a/index.md(11): warning: a Chinese block with no English translation: 开放是鲜明标识。", r.Out);
        var strict = Support.Cli.Run("check", "--strict", "--site", site.Path);
        Assert.Equal(1, strict.ExitCode);
    }

    [Fact]
    public void An_english_block_without_chinese_is_an_error_with_its_line()
    {
        using var site = new SiteFixture();
        site.Write("content/glossary.yml", Glossary);
        site.Reading("a", "---\ntitle: 标题\n---\n\n::: en\nOrphan.\n:::\n\n改革。\n\n::: en\nReform.\n:::\n");
        var r = Support.Cli.Run("check", "--site", site.Path);
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("content/readings/a/index.md(5): error: an English block (::: en) with no Chinese paragraph before it", r.Out);
    }

    [Fact]
    public void A_glossary_term_in_no_reading_is_a_warning_with_its_line()
    {
        using var site = new SiteFixture();
        site.Write("content/glossary.yml", Glossary + "- term: 一带一路\n  english: Belt and Road Initiative\n  category: policy slogan\n  note: BRI.\n");
        site.Reading("a", "---\ntitle: 标题\n---\n\n改革。\n\n::: en\nReform.\n:::\n");
        var r = Support.Cli.Run("check", "--strict", "--site", site.Path);
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("content/glossary.yml(5): warning: the glossary term '一带一路' occurs in no reading", r.Out);
    }

    [Fact]
    public void A_duplicated_glossary_term_is_an_error()
    {
        using var site = new SiteFixture();
        site.Write("content/glossary.yml", Glossary + Glossary);
        site.Reading("a", "---\ntitle: 标题\n---\n\n改革。\n\n::: en\nReform.\n:::\n");
        var r = Support.Cli.Run("check", "--site", site.Path);
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("content/glossary.yml(5): error: the glossary term '改革' is listed twice (first at line 1)", r.Out);
    }

    [Fact]
    public void A_pinyin_override_that_matches_no_text_is_a_warning_with_its_line()
    {
        using var site = new SiteFixture();
        site.Write("content/glossary.yml", Glossary);
        site.Reading("a", "---\ntitle: 标题\n---\n\n改革是重要的。\n\n::: en\nReform matters.\n:::\n");
        site.Write("content/pinyin.txt", "# site-wide readings\n重要: zhòngyào\n重庆: Chóngqìng\n");
        var r = Support.Cli.Run("check", "--strict", "--site", site.Path);
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("content/pinyin.txt(3): warning: the pinyin override '重庆' matches no text", r.Out);
        Assert.DoesNotContain("'重要'", r.Out);
    }

    private const string CleanReading = "---\ntitle: 标题\n---\n\n改革是发展的动力。\n\n::: en\nReform drives development.\n:::\n";

    [Fact]
    public void An_entry_without_sources_is_a_warning_that_strict_lets_pass()
    {
        using var site = new SiteFixture();
        site.Write("content/glossary.yml", Glossary);
        site.Reading("a", CleanReading);
        var r = Support.Cli.Run("check", "--strict", "--site", site.Path);
        Assert.True(r.ExitCode == 0, r.Out + r.Err);
        Assert.Contains("content/glossary.yml(1): warning: the glossary entry '改革' has no sources", r.Out);
        Assert.Contains("0 error(s), 1 warning(s)", r.Out);
    }

    [Fact]
    public void An_official_entry_without_sources_is_a_warning_and_under_strict_an_error()
    {
        using var site = new SiteFixture();
        site.Write("content/glossary.yml", Glossary + "  official: true\n");
        site.Reading("a", CleanReading);
        var r = Support.Cli.Run("check", "--site", site.Path);
        Assert.True(r.ExitCode == 0, r.Out + r.Err);
        Assert.Contains("content/glossary.yml(1): warning: the official glossary entry '改革' has no sources", r.Out);
        var strict = Support.Cli.Run("check", "--strict", "--site", site.Path);
        Assert.Equal(1, strict.ExitCode);
        Assert.Contains("content/glossary.yml(1): error: the official glossary entry '改革' has no sources", strict.Out);
    }

    [Fact]
    public void An_official_entry_with_a_source_passes_strict_check()
    {
        using var site = new SiteFixture();
        site.Write("content/glossary.yml", Glossary + "  official: true\n  sources:\n    - https://www.gov.cn/\n");
        site.Reading("a", CleanReading);
        var r = Support.Cli.Run("check", "--strict", "--site", site.Path);
        Assert.True(r.ExitCode == 0, r.Out + r.Err);
        Assert.Contains("0 error(s), 0 warning(s)", r.Out);
    }

    [Fact]
    public void A_malformed_source_is_an_error_with_its_line()
    {
        using var site = new SiteFixture();
        site.Write("content/glossary.yml", Glossary + "  sources:\n    - Decision on reform\n");
        site.Reading("a", CleanReading);
        var r = Support.Cli.Run("check", "--site", site.Path);
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("content/glossary.yml(6", r.Out);
        Assert.Contains("error: the source 'Decision on reform' has no date", r.Out);
    }

    [Fact]
    public void A_term_found_only_inside_a_longer_term_is_unused_as_on_the_built_page()
    {
        using var site = new SiteFixture();
        site.Write("content/glossary.yml", "- term: 国内国际双循环\n  english: dual circulation at home and abroad\n  category: policy slogan\n  note: N.\n"
            + "- term: 双循环\n  english: dual circulation\n  category: policy slogan\n  note: N.\n");
        site.Reading("a", "---\ntitle: 标题\n---\n\n构建国内国际双循环。\n\n::: en\nBuild it.\n:::\n");
        var r = Support.Cli.Run("check", "--site", site.Path);
        Assert.Contains("warning: the glossary term '双循环' occurs in no reading", r.Out);
        Assert.DoesNotContain("'国内国际双循环' occurs in no reading", r.Out);
        // The build links the longer term only: the check and the page agree.
        new QingdaoReader.Building.SiteBuilder(_ => new FakeLanguage()).Build(site.Path);
        var terms = Html.Parse(site.Read("_site/readings/a/index.html")).QuerySelectorAll(".para a.term").Select(a => a.GetAttribute("data-term")).ToList();
        Assert.Equal(["g-国内国际双循环"], terms);
    }

    [Fact]
    public void Lists_and_tables_are_paired_with_their_translation_as_the_build_pairs_them()
    {
        using var site = new SiteFixture();
        site.Write("content/glossary.yml", Glossary);
        site.Reading("a", "---\ntitle: 标题\n---\n\n- 改革\n- 开放\n\n::: en\n- Reform\n- Opening\n:::\n\n| 项目 | 数量 |\n| --- | --- |\n| 码头 | 三 |\n\n::: en\nA table.\n:::\n\n- 安全\n- 效率\n");
        var r = Support.Cli.Run("check", "--site", site.Path);
        // Only the last list has no translation; the build makes a paragraph of each list and table.
        Assert.Contains("content/readings/a/index.md(21): warning: a Chinese block with no English translation: - 安全- 效率", r.Out);
        Assert.Single(r.Out.Split('\n'), l => l.Contains("no English translation"));
        new QingdaoReader.Building.SiteBuilder(_ => new FakeLanguage()).Build(site.Path);
        var paras = Html.Parse(site.Read("_site/readings/a/index.html")).QuerySelectorAll(".para").ToList();
        Assert.Equal(["ul", "table", "ul"], paras.Select(p => p.FirstElementChild!.LocalName));
        Assert.Equal([true, true, false], paras.Select(p => p.QuerySelector(".en") is not null));
    }

    [Fact]
    public void A_chinese_paragraph_in_raw_html_is_paired_and_checked_as_the_page_pairs_it()
    {
        using var site = new SiteFixture();
        site.Write("content/glossary.yml", Glossary);
        site.Reading("a", "---\ntitle: 标题\n---\n\n<p>改革是发展的动力。</p>\n\n::: en\nReform drives development.\n:::\n\n<p>开放是鲜明标识。</p>\n");
        var r = Support.Cli.Run("check", "--site", site.Path);
        // The page makes a paragraph of each, the first with its translation: so does the check.
        Assert.DoesNotContain("no Chinese paragraph before it", r.Out);
        Assert.Contains("content/readings/a/index.md(11): warning: a Chinese block with no English translation: <p>开放是鲜明标识。</p>", r.Out);
        Assert.Equal(0, r.ExitCode);
        new QingdaoReader.Building.SiteBuilder(_ => new FakeLanguage()).Build(site.Path);
        var paras = Html.Parse(site.Read("_site/readings/a/index.html")).QuerySelectorAll(".para").ToList();
        Assert.Equal([true, false], paras.Select(p => p.QuerySelector(".en") is not null));
    }
}
