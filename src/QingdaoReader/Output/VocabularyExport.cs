using System.Text;
using QingdaoReader.Building;

namespace QingdaoReader.Output;

/// <summary>A reading's vocabulary as CSV (spreadsheets) and as tab-separated text that Anki imports as notes.</summary>
public static class VocabularyExport
{
    public const string CsvFile = "vocabulary.csv";
    public const string AnkiFile = "vocabulary-anki.tsv";

    public static string ToCsv(IEnumerable<VocabularyItem> items)
    {
        var sb = new StringBuilder("word,pinyin,english,difficulty,sentence\r\n");
        foreach (var i in items)
            sb.Append(Csv(i.Word)).Append(',').Append(Csv(i.Pinyin)).Append(',').Append(Csv(string.Join("; ", i.Definitions)))
              .Append(',').Append(i.Level).Append(',').Append(Csv(i.Sentence)).Append("\r\n");
        return sb.ToString();
    }

    /// <summary>Anki's "Import File" reads one note a line, fields separated by tabs; the header lines set that up.</summary>
    public static string ToAnki(IEnumerable<VocabularyItem> items)
    {
        var sb = new StringBuilder("#separator:tab\n#html:false\n#columns:Word\tPinyin\tEnglish\tDifficulty\tSentence\n");
        foreach (var i in items)
            sb.Append(Tsv(i.Word)).Append('\t').Append(Tsv(i.Pinyin)).Append('\t').Append(Tsv(string.Join("; ", i.Definitions)))
              .Append('\t').Append(i.Level).Append('\t').Append(Tsv(i.Sentence)).Append('\n');
        return sb.ToString();
    }

    private static string Csv(string s) =>
        s.IndexOfAny([',', '"', '\n', '\r']) >= 0 || s.StartsWith('=') || s.StartsWith('+') || s.StartsWith('-') || s.StartsWith('@')
            ? "\"" + (s.Length > 0 && "=+-@".Contains(s[0]) ? "'" : "") + s.Replace("\"", "\"\"") + "\""
            : s;

    private static string Tsv(string s) => s.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ');
}
