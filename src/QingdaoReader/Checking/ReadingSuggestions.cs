using QingdaoReader.Building;
using QingdaoReader.Glossary;
using QingdaoReader.Parsing;

namespace QingdaoReader.Checking;

/// <summary>
/// <c>qreader glossary suggest</c>'s pipeline for one reading of a site: the reading parsed as the build parses it (the
/// site's raw HTML policy), its words cut as the build cuts them (the glossary's and the lexicon's terms whole), then
/// <see cref="GlossaryCandidateFinder"/>. The command and the accuracy harness both call it, so the figures measured are
/// what the command prints.
/// </summary>
public static class ReadingSuggestions
{
    public static GlossarySuggestions For(Site site, string slug, IReadOnlyList<GlossaryEntry> lexicon, Func<string, ILanguageServices> languageFor)
    {
        var reading = site.Reading(slug);
        var language = site.Language(languageFor, lexicon);
        var parsed = new ReadingParser(site.RawHtml).Parse(reading);
        return GlossaryCandidateFinder.Find(parsed, site.Glossary, lexicon, language.ReaderFor(reading).Read, language.Lookup);
    }
}
