using QingdaoReader.Diagnostics;

namespace QingdaoReader.Glossary;

/// <summary>A policy term as the teacher wrote it in <c>content/glossary.yml</c>.</summary>
// Properties have setters, not init: the reader YamlDotNet generates for YamlContext sets them after construction.
public sealed record GlossaryEntry
{
    public string Term { get; set; } = "";
    public string English { get; set; } = "";
    public string? Literal { get; set; }
    public string Category { get; set; } = "";
    public string Note { get; set; } = "";
    /// <summary>A reading that overrides the engine's, e.g. for a name.</summary>
    public string? Pinyin { get; set; }

    /// <summary>Where the note's facts and the English rendering can be checked (see <see cref="GlossarySourcesYaml"/>).</summary>
    // GlossarySourcesYaml reads this property's values, so the YAML context need not know GlossarySource.
#pragma warning disable YDNG001
    public IReadOnlyList<GlossarySource> Sources { get; set; } = [];
#pragma warning restore YDNG001

    /// <summary>
    /// The entry explains an official term (its note states what documents say, its English follows official usage):
    /// <c>qreader check --strict</c> then fails when it has no sources, where for other entries that stays a warning.
    /// </summary>
    public bool Official { get; set; }

    /// <summary>Where the entry starts in the glossary file (set by the loader).</summary>
    [YamlDotNet.Serialization.YamlIgnore]
    public SourceLocation Location { get; set; }

    /// <summary>The fragment id of the entry on the glossary page: the term without punctuation (首台（套） → 首台套).</summary>
    [YamlDotNet.Serialization.YamlIgnore]
    public string Id => "g-" + new string(Term.Where(char.IsLetterOrDigit).ToArray());
}
