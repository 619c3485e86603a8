using AngleSharp.Dom;
using QingdaoReader.Content;

namespace QingdaoReader.Parsing;

/// <summary>
/// A reading after the Parse stage: its body as sanitised HTML (the top-level elements are its blocks) and its blocks
/// paired with their translations and notes, each block with its line. The build and <c>qreader check</c> both start here.
/// </summary>
public sealed record ParsedReading(Reading Reading, IElement Body, IReadOnlyList<BlockGroup> Groups);
