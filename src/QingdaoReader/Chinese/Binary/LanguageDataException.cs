namespace QingdaoReader.Chinese.Binary;

/// <summary>The language data file is missing, damaged, or of another version: the message says which and what to do.</summary>
public sealed class LanguageDataException(string message) : Exception(message);
