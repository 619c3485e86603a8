using QingdaoReader.Tests.Support;
using QingdaoReader.Text;

namespace QingdaoReader.Tests.Cli;

/// <summary><c>qreader pinyin</c>: text in, its words over their pinyin out, and with --explain what decided each polyphone.</summary>
public class PinyinCommandTests
{
    private static string[] Lines(string output) => output.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries);

    private static string[] Columns(string line) => line.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    [Fact]
    public void Prints_each_word_over_its_pinyin()
    {
        using var empty = new TempDir();
        var result = Support.Cli.Run("pinyin", "银行行长在明朝", "--site", empty.Path);
        Assert.Equal(0, result.ExitCode);
        var lines = Lines(result.Out);
        Assert.Equal(["银行行长", "在", "明朝"], Columns(lines[0]));
        Assert.Equal(["yínháng", "hángzhǎng", "zài", "Míngcháo"], Columns(lines[1]));
        // Each pinyin starts in the column of its word.
        Assert.Equal(DisplayColumn(lines[0], "明朝"), DisplayColumn(lines[1], "Míngcháo"));
    }

    [Fact]
    public void Explain_names_the_source_of_each_polyphonic_reading()
    {
        using var empty = new TempDir();
        var result = Support.Cli.Run("pinyin", "--explain", "银行行长在明朝", "--site", empty.Path);
        Assert.Equal(0, result.ExitCode);
        var explained = Lines(result.Out).Skip(2).Select(l => l.Trim()).ToList();
        Assert.Contains(explained, l => l.StartsWith("朝 cháo", StringComparison.Ordinal) && l.Contains("polyphone model, probability"));
        Assert.Contains(explained, l => l.StartsWith("行 háng", StringComparison.Ordinal) && l.Contains("dictionary word 银行行长"));
    }

    [Fact]
    public void Reads_standard_input_line_by_line_with_the_sites_overrides()
    {
        using var site = new TempDir();
        site.Write("site.config.yml", "title: Test\n");
        site.Write("content/pinyin.txt", "重庆: Chóngqìng\n行长: háng zhǎng\n");
        var result = Support.Cli.RunWithInput("重庆很大。\n\n行长来了。\n", "pinyin", "--explain", "--site", site.Path);
        Assert.Equal(0, result.ExitCode);
        var lines = Lines(result.Out);
        Assert.Equal("Chóngqìng", Columns(lines[1])[0]);
        Assert.Contains(lines, l => l.Trim().StartsWith("行 háng", StringComparison.Ordinal) && l.Contains("teacher's override"));
    }

    [Fact]
    public void Text_without_Chinese_is_a_user_error_without_a_stack_trace()
    {
        using var empty = new TempDir();
        var result = Support.Cli.Run("pinyin", "hello", "--site", empty.Path);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("no Chinese text to read", result.Err);
        Assert.DoesNotContain("   at ", result.Err);
    }

    /// <summary>The terminal column where <paramref name="part"/> starts: Han characters are two columns wide.</summary>
    private static int DisplayColumn(string line, string part)
    {
        int index = line.IndexOf(part, StringComparison.Ordinal);
        Assert.True(index >= 0, $"'{part}' not in '{line}'");
        return line[..index].Sum(c => ChineseScript.IsHan(c) ? 2 : 1);
    }
}
