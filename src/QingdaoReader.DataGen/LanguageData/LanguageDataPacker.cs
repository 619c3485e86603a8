using QingdaoReader.Chinese.Binary;

namespace QingdaoReader.DataGen.LanguageData;

/// <summary>
/// Makes <c>language.bin</c> from its sources: the lexicon files and the polyphone model in
/// src/QingdaoReader/Chinese/Data/, and jieba's dictionary and HMM from jieba.NET's Resources/. The same inputs
/// always give the same bytes.
/// </summary>
public static class LanguageDataPacker
{
    public static byte[] Pack(string dataDirectory, string jiebaDirectory)
    {
        var sections = new List<(string, byte[])>
        {
            (LanguageDataFormat.JiebaDictionary, JiebaSections.Dictionary(Path.Combine(jiebaDirectory, "dict.txt"))),
            (LanguageDataFormat.JiebaHmm, JiebaSections.Hmm(jiebaDirectory)),
        };
        sections.AddRange(new LexiconSections().Build(dataDirectory));
        sections.Add((LanguageDataFormat.PolyphoneModel, File.ReadAllBytes(Path.Combine(dataDirectory, "polyphone-model.bin"))));
        return LanguageDataWriter.Write(sections);
    }
}
