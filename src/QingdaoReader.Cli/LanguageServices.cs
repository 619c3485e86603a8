using QingdaoReader.Building;
using QingdaoReader.Checking;
using QingdaoReader.Chinese;
using QingdaoReader.Content;
using QingdaoReader.Glossary;
using QingdaoReader.Text;

namespace QingdaoReader.Cli;

/// <summary>The Chinese engine, loaded once per process and shared by every command.</summary>
public static class LanguageServices
{
    public static ILanguageServices For(string contentDir) => new ChineseLanguageServices(ChineseLanguage.Shared, contentDir);

    /// <summary>The shared engine for a site's content folder, with its glossary's terms cut whole as in a build.</summary>
    public static ChineseLanguageServices WithGlossary(string contentDir, IEnumerable<GlossaryEntry> glossary)
    {
        var services = new ChineseLanguageServices(ChineseLanguage.Shared, contentDir);
        services.UseUserWords(glossary.SelectMany(g => g.Forms));
        return services;
    }

    /// <summary>Reads every reading with its overrides and reports the overrides that matched nothing.</summary>
    public static IReadOnlyList<Finding> CheckOverrides(string contentDir, IReadOnlyList<Reading> readings)
    {
        IReadOnlyList<GlossaryEntry> glossary;
        try { glossary = GlossaryLoader.Load(contentDir); }
        catch (QingdaoReader.Diagnostics.UserError) { glossary = []; /* reported by the glossary check */ }
        var services = WithGlossary(contentDir, glossary);
        foreach (var r in readings)
        {
            var reader = services.ReaderFor(r);
            reader.Read(r.Metadata.Title);
            if (r.Metadata.Subtitle is not null) reader.Read(r.Metadata.Subtitle);
            foreach (var line in r.Body.Split('\n')) if (ChineseScript.ContainsHan(line)) reader.Read(line);
        }
        if (readings.Count == 0) services.ReaderFor(null);
        return ContentChecker.CheckUnmatchedOverrides(services.UnmatchedOverrides());
    }
}
