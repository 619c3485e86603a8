using AngleSharp.Dom;
using QingdaoReader.Output;
using QingdaoReader.Rendering;
using QingdaoReader.Tests.Rendering;
using QingdaoReader.Tests.Support;

namespace QingdaoReader.Tests.Building;

/// <summary>
/// The project's own site as built (<see cref="ProjectSite.Root"/>) carries the page contract: its scripts hold it,
/// and its pages have the classes, attributes, ids and settings the contract names.
/// </summary>
public class PageContractSiteTests
{
    private static readonly SeedPages site = new();

    private static string Asset(string name) => File.ReadAllText(Path.Combine(site.Output, OutputLayout.AssetsFolder, name));

    [Theory]
    [InlineData(PageScripts.ReaderScript)]
    [InlineData(PageScripts.SettingsScript)]
    public void The_built_scripts_carry_the_contract(string script)
    {
        var contract = PageContractTests.ContractIn(Asset(script));
        var groups = PageContract.Groups.ToDictionary(g => g.Group, g => g.Names);
        Assert.NotEmpty(contract.EnumerateObject());
        foreach (var group in contract.EnumerateObject())
            Assert.Equal(groups[group.Name].ToDictionary(n => n.Name, n => n.Value), PageContractTests.Group(contract, group.Name));
    }

    [Fact]
    public void The_reader_parts_are_joined_not_copied()
    {
        Assert.False(Directory.Exists(Path.Combine(site.Output, OutputLayout.AssetsFolder, PageScripts.ReaderParts)));
        var reader = Asset(PageScripts.ReaderScript);
        foreach (var part in Directory.GetFiles(Repo.Path_("templates", "assets", PageScripts.ReaderParts), "*.js"))
            Assert.Contains("// ---- reader/" + Path.GetFileName(part) + "\n", reader);
    }

    [Fact]
    public void The_reading_page_has_what_the_contract_names()
    {
        var page = site.ReadingPage;
        var article = page.QuerySelector($"article.{PageContract.ReadingClass}")!;
        var words = article.GetAttribute(PageContract.WordsSourceAttribute)!;
        Assert.StartsWith(PageContract.WordsCallback + "(",
            File.ReadAllText(Path.Combine(site.Output, Path.GetDirectoryName(ProjectSite.ReadingPage)!, words)));

        var terms = article.QuerySelectorAll($"a.{PageContract.TermClass}[{PageContract.TermAttribute}]");
        Assert.NotEmpty(terms);
        Assert.All(terms, t => Assert.NotNull(page.GetElementById(PageContract.TermPopupIdPrefix + t.GetAttribute(PageContract.TermAttribute))));

        var paragraphs = article.QuerySelectorAll($".{PageContract.ParagraphClass}[id]");
        Assert.NotEmpty(paragraphs);
        Assert.All(paragraphs, p => Assert.StartsWith(PageContract.ParagraphIdPrefix, p.Id));
        Assert.NotEmpty(article.QuerySelectorAll($".{PageContract.ParagraphClass} > .{PageContract.TranslationClass}"));
        Assert.NotEmpty(article.QuerySelectorAll($"{PageContract.WordElement} rt [{PageContract.SpokenAttribute}]"));
        Assert.Contains(article.QuerySelectorAll("rt"), rt => rt.TextContent.Contains(PageContract.SyllableJoiner));

        foreach (var selector in new[] { $".{PageContract.ReadingTitleClass}", $"section.{PageContract.SectionClass}[aria-labelledby]",
                     $".{PageContract.ContentsClass} a[href^='#']", $"#{PageContract.ContentsTitleId}", $".{PageContract.SettingsButtonClass}",
                     $".{PageContract.VocabularyExportClass} button" })
            Assert.True(page.QuerySelector(selector) is not null, $"the reading page has no {selector}");
    }

    [Fact]
    public void The_settings_form_offers_the_contracts_settings_with_their_defaults()
    {
        var inputs = site.ReadingPage.QuerySelectorAll($".{PageContract.SettingsFormClass} input").ToList();
        Assert.Equal(PageContract.Settings.Select(s => s.Name).Order(StringComparer.Ordinal),
            inputs.Select(i => i.GetAttribute("name")!).Distinct().Order(StringComparer.Ordinal));
        foreach (var setting in PageContract.Settings)
        {
            var own = inputs.Where(i => i.GetAttribute("name") == setting.Name).ToList();
            if (setting.Unticked is null)
            {
                Assert.All(own, i => Assert.Equal("radio", i.GetAttribute("type")));
                Assert.Contains(setting.Default, own.Select(i => i.GetAttribute("value")));
            }
            else
            {
                // A checkbox: ticked gives its value, cleared the contract's; the default is one of the two.
                var box = Assert.Single(own);
                Assert.Equal("checkbox", box.GetAttribute("type"));
                Assert.NotEqual(setting.Unticked, box.GetAttribute("value"));
                Assert.Contains(setting.Default, new[] { setting.Unticked, box.GetAttribute("value") });
            }
        }
    }

    [Fact]
    public void The_glossary_page_has_what_the_filter_needs()
    {
        var page = site.GlossaryPage;
        Assert.NotNull(page.QuerySelector($".{PageContract.GlossaryFilterClass} select[name=category]"));
        Assert.NotNull(page.QuerySelector($".{PageContract.GlossaryFilterClass} input.{PageContract.GlossaryQueryClass}"));
        Assert.NotNull(page.QuerySelector($".{PageContract.GlossaryStatusClass}[role=status]"));
        var entries = page.QuerySelectorAll($".{PageContract.GlossaryEntryClass}[{PageContract.CategoryAttribute}][{PageContract.FindAttribute}]");
        Assert.Equal(page.QuerySelectorAll($".{PageContract.GlossaryEntryClass}").Length, entries.Length);
        Assert.All(entries, e => Assert.All(e.QuerySelectorAll("a").Select(a => a.GetAttribute("href") ?? ""), h => Assert.False(h.StartsWith("#") && page.GetElementById(h[1..]) is null, h)));
        Assert.All(page.QuerySelectorAll($".{PageContract.GlossaryThemeClass}"), t => Assert.NotNull(t.QuerySelector("h2")));
    }
}
