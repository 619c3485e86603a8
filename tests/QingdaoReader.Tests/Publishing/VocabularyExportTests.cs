using QingdaoReader.Rendering;
using QingdaoReader.Annotation;
using QingdaoReader.Output;

namespace QingdaoReader.Tests.Publishing;

/// <summary>The vocabulary files: one set of columns for both, and no cell a spreadsheet would run as a formula.</summary>
public class VocabularyExportTests
{
    private static string Csv(params VocabularyItem[] items)
    {
        using var w = new StringWriter();
        VocabularyExport.WriteCsv(items, w);
        return w.ToString();
    }

    [Fact]
    public void Both_files_have_the_same_columns_in_the_same_order()
    {
        var item = new VocabularyItem("改革", "gǎigé", ["reform", "to reform"], 5, "改革是动力。");
        using var anki = new StringWriter();
        VocabularyExport.WriteAnki([item], anki);
        var ankiLines = anki.ToString().Split('\n');
        var csvLines = Csv(item).Split("\r\n");
        Assert.Equal("word,pinyin,english,hsk,sentence", csvLines[0]);
        Assert.Equal("#columns:Word\tPinyin\tEnglish\tHSK\tSentence", ankiLines[2]);
        Assert.Equal(csvLines[1].Split(','), ankiLines[3].Split('\t'));
        Assert.Equal(["改革", "gǎigé", "reform; to reform", "HSK 5", "改革是动力。"], ankiLines[3].Split('\t'));
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")")]
    [InlineData("+1")]
    [InlineData("-1")]
    [InlineData("@SUM(A1)")]
    [InlineData("\t=1")]
    [InlineData("\r=1")]
    public void A_field_a_spreadsheet_would_run_as_a_formula_is_quoted_as_text(string sentence)
    {
        var line = Csv(new VocabularyItem("词", "cí", ["word"], 1, sentence)).Split("\r\n", 2)[1];
        var field = line[(line.IndexOf(",HSK 1,", StringComparison.Ordinal) + ",HSK 1,".Length)..];
        Assert.StartsWith("\"'", field);
    }
}
