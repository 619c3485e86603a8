using QingdaoReader.Building;
using QingdaoReader.Chinese;
using QingdaoReader.Diagnostics;
using QingdaoReader.Glossary;
using QingdaoReader.Parsing;

namespace QingdaoReader.Checking;

/// <summary>
/// <c>qreader check</c>'s pipeline: a site's readings parsed as the build parses them (its raw HTML policy included),
/// so a finding and the page agree; every problem of its glossary files; the glossary's use, sources and the lexicon's
/// terms it lacks; and the pinyin overrides no text matched.
/// </summary>
public static class SiteChecker
{
    /// <param name="lexicon">The tool's policy lexicon, to tell its waiting entries from a teacher's unused ones.</param>
    public static IReadOnlyList<Finding> Check(Site site, bool strict, IReadOnlyList<GlossaryEntry> lexicon)
    {
        var findings = new List<Finding>();
        var readings = site.Readings();
        var parser = new ReadingParser(site.RawHtml);
        var parsed = readings.Select(parser.Parse).ToList();
        foreach (var p in parsed) findings.AddRange(ContentChecker.CheckTranslations(p));
        // Every problem of the glossary files at once (a duplicate, an alias that names two entries, a pointer to nowhere).
        findings.AddRange(site.GlossaryProblems.Select(e => new Finding(Severity.Error, e.Location ?? new SourceLocation(site.ContentDir), e.Message)));
        if (site.GlossaryProblems.Count == 0)
        {
            findings.AddRange(ContentChecker.CheckGlossaryUse(site.Glossary, parsed, lexicon));
            findings.AddRange(ContentChecker.CheckLexiconTermsMissing(site.Glossary, parsed, lexicon));
            findings.AddRange(ContentChecker.CheckGlossarySources(site.Glossary, strict));
        }
        findings.AddRange(CheckOverrides(site, parsed));
        return findings;
    }

    // Reads every reading's Chinese text (ChineseText: what the build reads) with its overrides, and reports the
    // overrides that matched nothing.
    private static IReadOnlyList<Finding> CheckOverrides(Site site, IReadOnlyList<ParsedReading> readings)
    {
        var services = (ChineseLanguageServices)site.Language(dir => new ChineseLanguageServices(ChineseLanguage.Shared, dir));
        foreach (var parsed in readings)
        {
            var reader = services.ReaderFor(parsed.Reading);
            foreach (var run in ChineseText.Of(parsed)) reader.Read(run.Text);
        }
        if (readings.Count == 0) services.ReaderFor(null);
        return ContentChecker.CheckUnmatchedOverrides(services.UnmatchedOverrides());
    }
}
