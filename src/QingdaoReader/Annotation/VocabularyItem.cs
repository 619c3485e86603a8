namespace QingdaoReader.Annotation;

/// <summary>A word of a reading's vocabulary: how it reads there, what it means, its HSK level (0 outside HSK), and
/// the first sentence it occurs in.</summary>
public sealed record VocabularyItem(string Word, string Pinyin, IReadOnlyList<string> Definitions, int Level, string Sentence);
