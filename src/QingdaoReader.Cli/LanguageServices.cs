using QingdaoReader.Building;

namespace QingdaoReader.Cli;

/// <summary>The language data, loaded once per process.</summary>
public static class LanguageServices
{
    private static readonly Lazy<ILanguageServices> Instance = new(() => throw new NotImplementedException("engine pending merge"));
    public static ILanguageServices Shared => Instance.Value;
}
