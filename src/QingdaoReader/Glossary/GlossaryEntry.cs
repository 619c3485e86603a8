using QingdaoReader.Diagnostics;

namespace QingdaoReader.Glossary;

/// <summary>A policy term as the teacher wrote it in <c>content/glossary.yml</c>.</summary>
public sealed record GlossaryEntry
{
    public string Term { get; init; } = "";
    public string English { get; init; } = "";
    public string? Literal { get; init; }
    public string Category { get; init; } = "";
    public string Note { get; init; } = "";
    /// <summary>A reading that overrides the engine's, e.g. for a name.</summary>
    public string? Pinyin { get; init; }

    /// <summary>Where the note's facts and the English rendering can be checked (see <see cref="GlossarySourcesYaml"/>).</summary>
    public IReadOnlyList<GlossarySource> Sources { get; init; } = [];

    /// <summary>
    /// The entry explains an official term (its note states what documents say, its English follows official usage):
    /// <c>qreader check --strict</c> then fails when it has no sources, where for other entries that stays a warning.
    /// </summary>
    public bool Official { get; init; }

    /// <summary>Where the entry starts in the glossary file (set by the loader).</summary>
    [YamlDotNet.Serialization.YamlIgnore]
    public SourceLocation Location { get; init; }

    /// <summary>The fragment id of the entry on the glossary page: the term without punctuation (首台（套） → 首台套).</summary>
    [YamlDotNet.Serialization.YamlIgnore]
    public string Id => "g-" + new string(Term.Where(char.IsLetterOrDigit).ToArray());
}
