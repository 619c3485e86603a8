using QingdaoReader.Glossary;

namespace QingdaoReader.Annotation;

/// <summary>A glossary term found in a reading, with the id of the paragraph or heading that holds it.</summary>
public sealed record TermOccurrence(GlossaryEntry Entry, string AnchorId);
