using QingdaoReader.Building;
using QingdaoReader.Chinese;

namespace QingdaoReader.Tests.Support;

/// <summary>A site builder over the real Chinese engine (shared by the process), as the CLI makes it.</summary>
public static class RealEngine
{
    public static SiteBuilder Builder(bool keepReadings = false) =>
        new(dir => new ChineseLanguageServices(ChineseLanguage.Shared, dir), keepReadings);
}
