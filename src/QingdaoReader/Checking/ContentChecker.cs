using QingdaoReader.Chinese;
using QingdaoReader.Content;
using QingdaoReader.Diagnostics;
using QingdaoReader.Glossary;
using QingdaoReader.Parsing;
using QingdaoReader.Text;

namespace QingdaoReader.Checking;

/// <summary>
/// Checks what a teacher wrote, without building: every Chinese block has its English (a warning when not), every
/// English block follows a Chinese one (an error), every glossary term occurs in some reading (a warning), every
/// glossary entry has sources (see <see cref="CheckGlossarySources"/>).
/// Duplicated glossary terms are errors of the glossary loader and are reported the same way.
/// </summary>
public static class ContentChecker
{
    /// <summary>
    /// Chinese blocks without English and English without a Chinese block, as the build pairs them
    /// (<see cref="BlockPairing"/>): a warning for a Chinese paragraph, heading, list, quote or table that has no
    /// <c>::: en</c> after it; an error for a <c>::: en</c> that follows no Chinese block, or a second one after the same
    /// block. Each finding names the line its block starts on.
    /// </summary>
    public static IReadOnlyList<Finding> CheckTranslations(ParsedReading parsed)
    {
        var reading = parsed.Reading;
        var findings = new List<Finding>();
        foreach (var group in parsed.Groups)
        {
            var main = group.Main;
            var chinese = main.Kind is not (BlockKind.Translation or BlockKind.Note) && main.HasChinese;
            if (main.Kind == BlockKind.Translation) findings.Add(Orphan(reading, main));
            var translations = group.Translations.ToList();
            if (translations.Count == 0 && chinese && main.IsText) findings.Add(MissingTranslation(reading, main));
            for (var i = 0; i < translations.Count; i++)
            {
                if (!chinese) findings.Add(Orphan(reading, translations[i]));
                else if (i > 0) findings.Add(new Finding(Severity.Error, reading.Location(translations[i].Line),
                    "a second English block (::: en) after the same Chinese block"));
            }
        }
        return findings;
    }

    private static Finding Orphan(Reading reading, ReadingBlock translation) =>
        new(Severity.Error, reading.Location(translation.Line), "an English block (::: en) with no Chinese paragraph before it");

    /// <summary>
    /// Glossary terms that occur in no reading. A term the teacher wrote or edited is probably misspelled, so that is a
    /// warning <c>--strict</c> fails on. Unchanged copies of the curated policy glossary's entries
    /// (<paramref name="policyGlossary"/>, copied in by <c>qreader init --glossary policy</c>) are spelled right and
    /// simply wait for a text that uses them: they are summed up in one line of advice.
    /// </summary>
    public static IReadOnlyList<Finding> CheckGlossaryUse(IReadOnlyList<GlossaryEntry> glossary, IReadOnlyList<ParsedReading> readings,
        IReadOnlyList<GlossaryEntry>? policyGlossary = null)
    {
        // Found as the build finds them (GlossaryMatcher: longest first, in the text it links: ChineseText outside
        // links), so a term that occurs only inside a longer term or inside a link, and so never becomes a link, counts
        // as unused.
        var matcher = new GlossaryMatcher(glossary);
        var used = readings.SelectMany(Linkable).SelectMany(matcher.Matches).Select(m => m.Entry.Term).ToHashSet(StringComparer.Ordinal);
        var unused = glossary.Where(g => !used.Contains(g.Term)).ToList();
        var curated = (policyGlossary ?? []).Select(g => (g.Term, g.English, g.Note)).ToHashSet();
        var waiting = unused.Where(g => curated.Contains((g.Term, g.English, g.Note))).ToList();
        var findings = unused.Except(waiting)
            .Select(g => new Finding(Severity.Warning, g.Location, $"the glossary term '{g.Term}' occurs in no reading"))
            .ToList();
        if (waiting.Count > 0)
        {
            var names = string.Join(", ", waiting.Take(5).Select(g => g.Term)) + (waiting.Count > 5 ? ", …" : "");
            findings.Add(new Finding(Severity.Warning, new SourceLocation(waiting[0].Location.File),
                $"{waiting.Count} term(s) of the policy glossary occur in no reading yet ({names}); they wait for a text that uses them")
                { FailsStrict = false });
        }
        return findings;
    }

    /// <summary>
    /// Entries without <c>sources:</c>. An entry marked <c>official: true</c> states what official documents say, so
    /// under <paramref name="strict"/> its missing sources are an error (without it, a warning). For any other entry they
    /// are a warning that <c>--strict</c> lets pass: a teacher's own word list need not cite anything.
    /// </summary>
    public static IReadOnlyList<Finding> CheckGlossarySources(IReadOnlyList<GlossaryEntry> glossary, bool strict) =>
        glossary.Where(g => g.Sources.Count == 0)
            .Select(g => g.Official
                ? new Finding(strict ? Severity.Error : Severity.Warning, g.Location,
                    $"the official glossary entry '{g.Term}' has no sources")
                : new Finding(Severity.Warning, g.Location, $"the glossary entry '{g.Term}' has no sources") { FailsStrict = false })
            .ToList();

    /// <summary>Pinyin overrides that matched no text (as the engine reports them after reading every text).</summary>
    public static IReadOnlyList<Finding> CheckUnmatchedOverrides(IEnumerable<PinyinOverride> unmatched) =>
        unmatched.Select(o => new Finding(Severity.Warning, new SourceLocation(o.Source, o.Line),
            $"the pinyin override '{o.Word}' matches no text")).ToList();

    // Markdown may wrap a paragraph over several lines; terms are matched across those breaks.
    /// <summary>
    /// For each reading, the terms of the tool's policy lexicon it uses that the site's glossary lacks (a site made
    /// without the lexicon, or with an older copy): one line of advice naming <c>qreader glossary suggest</c>, which
    /// lists them and copies them whole with <c>--write</c>. Advice only: <c>--strict</c> lets it pass.
    /// </summary>
    public static IReadOnlyList<Finding> CheckLexiconTermsMissing(IReadOnlyList<GlossaryEntry> glossary, IReadOnlyList<ParsedReading> readings,
        IReadOnlyList<GlossaryEntry> lexicon)
    {
        var findings = new List<Finding>();
        foreach (var parsed in readings)
        {
            var r = parsed.Reading;
            var used = GlossaryCandidateFinder.MissingLexiconEntries(glossary, lexicon,
                ChineseText.Of(parsed).Where(run => !run.InLink).Select(run => (run.Text, run.Location))).Select(s => s.Entry).ToList();
            if (used.Count == 0) continue;
            var names = string.Join(", ", used.Take(5).Select(g => g.Term)) + (used.Count > 5 ? ", …" : "");
            findings.Add(new Finding(Severity.Warning, new SourceLocation(r.SourcePath),
                $"{used.Count} term(s) of QingdaoReader's policy lexicon occur here and are not in your glossary ({names}); `qreader glossary suggest {r.Slug} --write` copies them")
                { FailsStrict = false });
        }
        return findings;
    }

    // The text a glossary term can link in: the reading's Chinese text outside links.
    private static IEnumerable<string> Linkable(ParsedReading parsed) =>
        ChineseText.Of(parsed).Where(r => !r.InLink).Select(r => r.Text);

    private static Finding MissingTranslation(Reading reading, ReadingBlock block)
    {
        var text = block.Source.Text(reading.Body).TrimStart('#', ' ').Replace("\n", "");
        var excerpt = text.Length <= 16 ? text : text[..16] + "…";
        return new Finding(Severity.Warning, reading.Location(block.Line), $"a Chinese block with no English translation: {excerpt}");
    }
}
