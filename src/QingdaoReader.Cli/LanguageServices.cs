using QingdaoReader.Building;
using QingdaoReader.Chinese;

namespace QingdaoReader.Cli;

/// <summary>The Chinese engine, loaded once per process and shared by every command.</summary>
public static class LanguageServices
{
    public static ILanguageServices For(string contentDir) => new ChineseLanguageServices(ChineseLanguage.Shared, contentDir);
}
