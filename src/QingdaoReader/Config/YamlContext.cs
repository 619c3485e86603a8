using QingdaoReader.Content;
using QingdaoReader.Glossary;
using YamlDotNet.Serialization;

namespace QingdaoReader.Config;

/// <summary>
/// The types our YAML files hold, for YamlDotNet's source generator: it writes their object factories and property
/// accessors at compile time, so reading YAML needs no reflection and works in the native executable.
/// </summary>
[YamlStaticContext]
[YamlSerializable(typeof(SiteConfig))]
[YamlSerializable(typeof(ReadingMetadata))]
[YamlSerializable(typeof(GlossaryEntry))]
public partial class YamlContext : StaticContext;
