using QingdaoReader.Building;
using QingdaoReader.Checking;
using QingdaoReader.Chinese;
using QingdaoReader.Content;
using QingdaoReader.Glossary;

namespace QingdaoReader.Cli;

/// <summary>The Chinese engine, loaded once per process and shared by every command.</summary>
public static class LanguageServices
{
    public static ILanguageServices For(string contentDir) => new ChineseLanguageServices(ChineseLanguage.Shared, contentDir);

    /// <summary>Reads every reading with its overrides and reports the overrides that matched nothing.</summary>
    public static IReadOnlyList<Finding> CheckOverrides(string contentDir, IReadOnlyList<Reading> readings)
    {
        var services = new ChineseLanguageServices(ChineseLanguage.Shared, contentDir);
        try { services.UseUserWords(GlossaryLoader.Load(contentDir).Select(g => g.Term)); }
        catch (QingdaoReader.Diagnostics.UserError) { /* reported by the glossary check */ }
        foreach (var r in readings)
        {
            var reader = services.ReaderFor(r);
            reader.Read(r.Metadata.Title);
            if (r.Metadata.Subtitle is not null) reader.Read(r.Metadata.Subtitle);
            foreach (var line in r.Body.Split('\n')) if (ChineseScript.ContainsHan(line)) reader.Read(line);
        }
        if (readings.Count == 0) services.ReaderFor(null);
        return services.UnmatchedOverrides();
    }
}
