using System.Reflection;
using QingdaoReader.Config;
using QingdaoReader.Content;
using QingdaoReader.Glossary;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace QingdaoReader.Tests.Config;

/// <summary>
/// YAML is read through the generated YAML contexts (no reflection, for the native executable). Every property of the
/// types our YAML files hold must still load: each test writes every key the type has (found here by reflection, as
/// the old reader did) with a value of its own and checks that each lands in its property.
/// </summary>
public class YamlContextTests
{
    private static IEnumerable<PropertyInfo> YamlProperties<T>() =>
        typeof(T).GetProperties().Where(p => p.CanWrite && p.GetCustomAttribute<YamlIgnoreAttribute>() is null);

    private static string Key(PropertyInfo p) => UnderscoredNamingConvention.Instance.Apply(p.Name);

    // A distinct value per key, in YAML, for the property kinds our files use.
    private static string YamlValue(PropertyInfo p) =>
        p.PropertyType == typeof(string) ? $"\"value of {Key(p)}\""
        : p.PropertyType == typeof(bool) ? "true"
        : p.PropertyType == typeof(List<string>) ? $"[first {Key(p)}, second {Key(p)}]"
        : p.PropertyType == typeof(IReadOnlyList<GlossarySource>) ? "[https://example.org/source]"
        : throw new InvalidOperationException($"no sample value for {p.PropertyType} ({p.Name}): add one here");

    private static void AssertLoaded(PropertyInfo p, object loaded)
    {
        var value = p.GetValue(loaded);
        if (p.PropertyType == typeof(string)) Assert.Equal($"value of {Key(p)}", value);
        else if (p.PropertyType == typeof(bool)) Assert.Equal(true, value);
        else if (p.PropertyType == typeof(List<string>)) Assert.Equal([$"first {Key(p)}", $"second {Key(p)}"], (List<string>)value!);
        else Assert.Equal("https://example.org/source", Assert.Single((IReadOnlyList<GlossarySource>)value!).Url);
    }

    private static string Mapping<T>(string indent = "") =>
        string.Join("\n", YamlProperties<T>().Select((p, i) => (i == 0 ? "" : indent) + $"{Key(p)}: {YamlValue(p)}")) + "\n";

    [Fact]
    public void Every_site_setting_loads()
    {
        var config = SiteConfigLoader.Parse(Mapping<SiteConfig>(), "site.config.yml");
        Assert.All(YamlProperties<SiteConfig>(), p => AssertLoaded(p, config));
        Assert.Equal(9, YamlProperties<SiteConfig>().Count());
    }

    [Fact]
    public void Every_front_matter_key_loads()
    {
        var reading = ReadingLoader.Parse("---\n" + Mapping<ReadingMetadata>() + "---\n\n正文。\n", "r/index.md", "r");
        Assert.All(YamlProperties<ReadingMetadata>(), p => AssertLoaded(p, reading.Metadata));
        Assert.Equal(10, YamlProperties<ReadingMetadata>().Count());
    }

    [Fact]
    public void Every_glossary_field_loads()
    {
        // `see:` makes an entry a pointer to another, folded into that entry's aliases: read apart below.
        var fields = YamlProperties<GlossaryEntry>().Where(p => p.Name != nameof(GlossaryEntry.See)).ToList();
        var yaml = "- " + string.Join("\n", fields.Select((p, i) => (i == 0 ? "" : "  ") + $"{Key(p)}: {YamlValue(p)}")) + "\n";
        var entry = Assert.Single(GlossaryLoader.Parse(yaml, "glossary.yml"));
        Assert.All(fields, p => AssertLoaded(p, entry));
        Assert.Equal(12, YamlProperties<GlossaryEntry>().Count());
        var pointed = Assert.Single(GlossaryLoader.Parse("- term: 发改委\n  see: 国家发展改革委\n- term: 国家发展改革委\n  english: NDRC\n", "glossary.yml"));
        Assert.Equal(["发改委"], pointed.Aliases);
    }

    [Fact]
    public void The_known_keys_are_the_properties_yaml_may_set()
    {
        Assert.Equal(YamlProperties<SiteConfig>().Select(Key), SiteConfigLoader.Yaml.KnownKeys(typeof(SiteConfig)));
        Assert.Equal(YamlProperties<ReadingMetadata>().Select(Key), ReadingLoader.Yaml.KnownKeys(typeof(ReadingMetadata)));
        Assert.Equal(YamlProperties<GlossaryEntry>().Select(Key), GlossaryLoader.Yaml.KnownKeys(typeof(List<GlossaryEntry>)));
    }
}
