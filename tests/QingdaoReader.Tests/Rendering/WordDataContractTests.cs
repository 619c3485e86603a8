using System.Text.Json;
using System.Text.RegularExpressions;
using QingdaoReader.Annotation;
using QingdaoReader.Chinese;
using QingdaoReader.Rendering;
using QingdaoReader.Tests.Support;

namespace QingdaoReader.Tests.Rendering;

/// <summary>
/// The word data's shape is written once (Annotation/WordDataField): the writer puts each field where the page
/// contract says, and the scripts read fields by their names, never by a position.
/// </summary>
public class WordDataContractTests
{
    [Fact]
    public void The_contract_names_each_field_at_the_position_the_writer_puts_it()
    {
        using var contract = JsonDocument.Parse(PageContract.Json);
        var fields = contract.RootElement.GetProperty("wordData");
        var words = new Dictionary<string, WordInfo>
        {
            ["改革"] = new("gǎigé", ["to reform"], 2, []),
            ["链长制"] = new("liànzhǎngzhì", [], 0, ["链长", "制"]),
        };
        using var json = JsonDocument.Parse(WordData.ToJson(words));
        int At(string name) => int.Parse(fields.GetProperty(name).GetString()!);
        var reform = json.RootElement.GetProperty("改革");
        Assert.Equal("gǎigé", reform[At("pinyin")].GetString());
        Assert.Equal("to reform", reform[At("senses")][0].GetString());
        Assert.Equal(2, reform[At("level")].GetInt32());
        Assert.Equal(3, reform.GetArrayLength()); // no parts: the optional last field is left out
        Assert.Equal("制", json.RootElement.GetProperty("链长制")[At("parts")][1].GetString());
        Assert.Equal(Enum.GetValues<WordDataField>().Length, fields.EnumerateObject().Count());
    }

    [Fact]
    public void No_script_reads_a_word_entry_by_a_number()
    {
        // A word entry indexed by a number: the names the scripts give entries (data, info, entry, e), or a look-up's
        // result (W.of(w)[3]); the word data part reads entries through F alone.
        var positional = new Regex(@"(\b(data|info|entry|e|d)|\.of\([^)]*\))\[\d+\]", RegexOptions.CultureInvariant);
        var found = Directory.GetFiles(Repo.Path_("templates", "assets"), "*.js", SearchOption.AllDirectories)
            .SelectMany(f => File.ReadAllLines(f).Select((l, i) => (f, i, l)))
            .Where(x => positional.IsMatch(x.l)).Select(x => $"{Path.GetFileName(x.f)}({x.i + 1}): {x.l.Trim()}").ToList();
        Assert.True(found.Count == 0, string.Join("\n", found));
    }
}
