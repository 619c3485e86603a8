using YamlDotNet.Serialization;

namespace QingdaoReader.Config;

/// <summary>
/// The YAML types of the library, for YamlDotNet's source generator: it writes their object factories and property
/// accessors at compile time, so reading YAML needs no reflection and works in the native executable. The generator
/// makes one context per assembly and gathers into it every type marked <c>[YamlSerializable]</c>: each stage marks
/// its own (SiteConfig here, ReadingMetadata in Content, GlossaryEntry in Glossary), so Config names none of the later
/// stages' types.
/// </summary>
[YamlStaticContext]
public partial class YamlContext : StaticContext;
