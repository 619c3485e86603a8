using QingdaoReader.Diagnostics;

namespace QingdaoReader.Glossary;

/// <summary>A policy term as the teacher wrote it in <c>content/glossary.yml</c>.</summary>
// Properties have setters, not init: the reader YamlDotNet generates for the YAML context sets them after construction.
[YamlDotNet.Serialization.YamlSerializable]
public sealed record GlossaryEntry
{
    public string Term { get; set; } = "";
    public string English { get; set; } = "";
    public string? Literal { get; set; }
    public string Category { get; set; } = "";
    public string Note { get; set; } = "";
    /// <summary>A reading that overrides the engine's, e.g. for a name.</summary>
    public string? Pinyin { get; set; }

    /// <summary>
    /// Other spellings and short forms of exactly this term (全国人大 for 全国人民代表大会): a text that uses one links to
    /// this entry, and a suggestion never offers it as a term of its own.
    /// </summary>
    public List<string> Aliases { get; set; } = [];

    /// <summary>
    /// Makes this entry a pointer: its term is another spelling of the entry named here, written where a reviewer looks
    /// for it. The loader folds it into that entry's aliases; it has no English or note of its own.
    /// </summary>
    public string? See { get; set; }

    /// <summary>
    /// Regular expressions for the numbered forms of the term that no list of aliases could hold: the plenums of each
    /// Central Committee (二十届四中全会), each Party congress (党的十八大), each session of the NPC (十四届全国人大四次会议).
    /// A text's match links to this entry; at one position a longer match wins, and a written form wins a tie.
    /// </summary>
    public List<string> Patterns { get; set; } = [];

    /// <summary>Other entries this term builds on (稳中求进工作总基调 → 稳中求进): shown as links beside the note.</summary>
    public List<string> Related { get; set; } = [];

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

    /// <summary>The theme the entry is filed under: its file's name in <c>content/glossary/</c> (set by the loader; empty for <c>glossary.yml</c>).</summary>
    [YamlDotNet.Serialization.YamlIgnore]
    public string Theme { get; set; } = "";

    /// <summary>The term and its aliases: every form a text may use for this entry.</summary>
    [YamlDotNet.Serialization.YamlIgnore]
    public IEnumerable<string> Forms => Aliases.Prepend(Term);

    /// <summary>Where the entry starts in the glossary file (set by the loader).</summary>
    [YamlDotNet.Serialization.YamlIgnore]
    public SourceLocation Location { get; set; }

    /// <summary>The fragment id of the entry on the glossary page: the term without punctuation (首台（套） → 首台套); the
    /// loader refuses two entries whose ids are the same.</summary>
    [YamlDotNet.Serialization.YamlIgnore]
    public string Id => "g-" + string.Concat(Term.Select(c => char.IsLetterOrDigit(c) ? c.ToString() : c switch
    {
        // Signs that make a term of their own (数据要素× beside 数据要素, 人工智能+) keep a letter in its id.
        '×' => "x",
        '+' or '＋' => "plus",
        _ => "",
    }));
}
