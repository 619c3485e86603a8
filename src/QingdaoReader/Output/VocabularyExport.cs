using QingdaoReader.Annotation;
using QingdaoReader.Chinese;

namespace QingdaoReader.Output;

/// <summary>A reading's vocabulary as CSV (spreadsheets) and as tab-separated text that Anki imports as notes.</summary>
public static class VocabularyExport
{
    public const string CsvFile = "vocabulary.csv";
    public const string AnkiFile = "vocabulary-anki.tsv";

    /// <summary>
    /// The vocabulary's columns, in order: word, pinyin, senses, HSK level ("HSK 4", "HSK 7–9", "not in HSK"), first
    /// sentence. The one definition both files and their headers follow.
    /// </summary>
    public static readonly IReadOnlyList<(string Name, Func<VocabularyItem, string> Value)> Columns =
    [
        ("Word", i => i.Word),
        ("Pinyin", i => i.Pinyin),
        ("English", i => string.Join("; ", i.Definitions)),
        ("HSK", i => HskLevels.Label(i.Level)),
        ("Sentence", i => i.Sentence),
    ];

    /// <summary>
    /// The CSV's header line (without its line end): the columns' names in lower case. The reading page's own export
    /// (reader.js) writes the same, read from the page contract with <see cref="FormulaStarts"/>.
    /// </summary>
    public static string CsvHeader { get; } = string.Join(",", Columns.Select(c => c.Name.ToLowerInvariant()));

    public static void WriteCsv(IEnumerable<VocabularyItem> items, TextWriter output) =>
        Write(items, output, CsvHeader + "\r\n", ",", "\r\n", Csv);

    /// <summary>Anki's "Import File" reads one note a line, fields separated by tabs; the header lines set that up.</summary>
    public static void WriteAnki(IEnumerable<VocabularyItem> items, TextWriter output) =>
        Write(items, output, "#separator:tab\n#html:false\n#columns:" + string.Join("\t", Columns.Select(c => c.Name)) + "\n", "\t", "\n", Tsv);

    // One line per word, each text field made safe by `field`.
    private static void Write(IEnumerable<VocabularyItem> items, TextWriter output, string header, string separator, string lineEnd,
        Func<string, string> field)
    {
        output.Write(header);
        foreach (var i in items)
        {
            output.Write(string.Join(separator, Columns.Select(c => field(c.Value(i)))));
            output.Write(lineEnd);
        }
    }

    /// <summary>
    /// A spreadsheet runs a cell that starts with = + - @ (or a tab or carriage return before one) as a formula: such a
    /// CSV field is quoted and starts with an apostrophe, which shows it as text (OWASP, CSV injection).
    /// </summary>
    public const string FormulaStarts = "=+-@\t\r";

    private static string Csv(string s)
    {
        var formula = s.Length > 0 && FormulaStarts.Contains(s[0]);
        return formula || s.IndexOfAny([',', '"', '\n', '\r']) >= 0
            ? "\"" + (formula ? "'" : "") + s.Replace("\"", "\"\"") + "\""
            : s;
    }

    private static string Tsv(string s) => s.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ');
}
