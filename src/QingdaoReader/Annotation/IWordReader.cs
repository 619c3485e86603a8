using QingdaoReader.Chinese;

namespace QingdaoReader.Annotation;

/// <summary>Cuts a run of text into words and reads them. The concatenated word texts equal the input exactly.</summary>
public interface IWordReader
{
    IReadOnlyList<PronouncedWord> Read(string text);
}
