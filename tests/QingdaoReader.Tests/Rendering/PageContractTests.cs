using System.Text.Json;
using System.Text.RegularExpressions;
using QingdaoReader.Chinese;
using QingdaoReader.Content;
using QingdaoReader.Output;
using QingdaoReader.Diagnostics;
using QingdaoReader.Rendering;
using QingdaoReader.Tests.Support;

namespace QingdaoReader.Tests.Rendering;

/// <summary>
/// The page contract against the page scripts' sources (templates/assets/settings.js and reader/*.js): they read
/// exactly the names it defines, and spell none of them out themselves.
/// </summary>
public partial class PageContractTests
{
    private static readonly string Assets = Repo.Path_("templates", "assets");

    // Each source file with its whole-line comments left out, as the build joins them.
    private static IReadOnlyList<(string File, string Code)> Sources() =>
        [.. new[] { Path.Combine(Assets, PageScripts.SettingsScript) }
            .Concat(Directory.GetFiles(Path.Combine(Assets, PageScripts.ReaderParts), "*.js").Order(StringComparer.Ordinal))
            .Select(f => (Path.GetFileName(f), string.Join('\n', File.ReadAllLines(f).Where(l => !l.TrimStart().StartsWith("//", StringComparison.Ordinal)))))];

    private static HashSet<string> Defined() =>
        [.. PageContract.Groups.SelectMany(g => g.Names.Select(n => g.Group + "." + n.Name).Prepend(g.Group))];

    [GeneratedRegex(@"\bcontract((?:\.\w+)+)")]
    private static partial Regex ContractUse();

    [Fact]
    public void The_scripts_read_exactly_the_names_the_contract_defines()
    {
        var used = Sources().SelectMany(s => ContractUse().Matches(s.Code).Select(m => (s.File, Path: m.Groups[1].Value[1..]))).ToList();
        Assert.NotEmpty(used);
        var defined = Defined();
        var unknown = used.Where(u => !defined.Contains(u.Path)).Select(u => $"{u.File}: contract.{u.Path}").Distinct().ToList();
        Assert.True(unknown.Count == 0, "the scripts read names the contract does not define: " + string.Join(", ", unknown));
        // A name is read when the scripts read it or its whole group (settings.js walks contract.settings).
        var paths = used.Select(u => u.Path).ToHashSet();
        var unread = PageContract.Groups.SelectMany(g => g.Names.Select(n => (g.Group, Path: g.Group + "." + n.Name)))
            .Where(n => !paths.Contains(n.Path) && !paths.Contains(n.Group)).Select(n => n.Path).ToList();
        Assert.True(unread.Count == 0, "the contract defines names no script reads: " + string.Join(", ", unread));
    }

    [GeneratedRegex("\"(?:[^\"\\\\\\n]|\\\\.)*\"|'(?:[^'\\\\\\n]|\\\\.)*'")]
    private static partial Regex StringLiteral();

    [Fact]
    public void The_scripts_spell_out_no_name_of_the_contract()
    {
        var values = PageContract.Groups.Where(g => g.Group is "classes" or "attributes" or "ids" or "storage")
            .SelectMany(g => g.Names.Select(n => n.Value)).ToList();
        var found = new List<string>();
        foreach (var (file, code) in Sources())
        {
            foreach (Match literal in StringLiteral().Matches(code))
            {
                var text = literal.Value[1..^1];
                // Names with a hyphen anywhere in a string (but "-s", in too many words); a one-word class as a selector (".para", "a.term").
                found.AddRange(values.Where(v => v.Contains('-') ? v.Length > 2 && text.Contains(v, StringComparison.Ordinal)
                    : Regex.IsMatch(text, $@"(?<![\w-])\.{Regex.Escape(v)}(?![\w-])")).Select(v => $"{file}: {literal.Value}"));
            }
            // The joiner and the Chinese sentence ends, in a string or a regular expression (! and ? are operators too).
            if (code.Contains(PageContract.SyllableJoiner) || code.Contains("\\u2060", StringComparison.OrdinalIgnoreCase)) found.Add($"{file}: the syllable joiner");
            if (Sentences.Enders.Where(c => c > 127).Any(code.Contains)) found.Add($"{file}: a sentence end");
        }
        Assert.True(found.Count == 0, "spelt out instead of read from the contract: " + string.Join(", ", found));
    }

    [GeneratedRegex(@"qr\.on\(""(\w+)""\)|input\.name === ""(\w+)""")]
    private static partial Regex SettingNamed();

    [Fact]
    public void A_setting_the_scripts_name_is_one_of_the_contract()
    {
        var named = Sources().SelectMany(s => SettingNamed().Matches(s.Code)).Select(m => m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value).ToHashSet();
        Assert.Superset(new HashSet<string> { "tones", "spoken" }, named);
        Assert.Subset(PageContract.Settings.Select(s => s.Name).ToHashSet(), named);
    }

    [Fact]
    public void The_sentence_ends_are_the_builds()
    {
        var text = Group(JsonDocument.Parse(PageContract.Json).RootElement, "text");
        Assert.Equal(Sentences.Enders, text["sentenceEnders"]);
        Assert.Equal(Sentences.Closers, text["sentenceClosers"]);
        Assert.Equal(PageContract.SyllableJoiner.ToString(), text["syllableJoiner"]);
    }

    [Fact]
    public void The_vocabulary_columns_formula_guard_and_HSK_labels_are_the_builds()
    {
        var contract = JsonDocument.Parse(PageContract.Json).RootElement;
        var vocabulary = Group(contract, "vocabulary");
        Assert.Equal(VocabularyExport.Columns.Select(c => c.Name.ToLowerInvariant()), vocabulary["columns"].Split(','));
        Assert.Equal(VocabularyExport.FormulaStarts, vocabulary["formulaStarts"]);
        Assert.Equal(Sentences.SplitEnders, vocabulary["sentenceEnders"]);
        var hsk = Group(contract, "hsk");
        Assert.Equal(Enumerable.Range(0, 8).Select(HskLevels.Label), Enumerable.Range(0, 8).Select(l => hsk[l.ToString(System.Globalization.CultureInfo.InvariantCulture)]));
    }

    [Fact]
    public void Templates_see_the_contract_in_snake_case()
    {
        var contract = PageContract.ToScript();
        var attributes = Assert.IsType<Scriban.Runtime.ScriptObject>(contract["attributes"]);
        var ids = Assert.IsType<Scriban.Runtime.ScriptObject>(contract["ids"]);
        Assert.Equal(PageContract.WordsSourceAttribute, attributes["words_source"]);
        Assert.Equal(PageContract.TermPopupIdPrefix, ids["term_popup_prefix"]);
    }

    internal static Dictionary<string, string> Group(JsonElement contract, string group) =>
        contract.GetProperty(group).EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!);

    /// <summary>The contract a script the build wrote carries: the object literal after <c>var contract = </c>.</summary>
    internal static JsonElement ContractIn(string script)
    {
        var m = Regex.Match(script, @"\nvar contract = (\{.*\});\n");
        Assert.True(m.Success, "the script carries no contract");
        return JsonDocument.Parse(m.Groups[1].Value).RootElement;
    }
}

/// <summary>How the build makes the page scripts from the templates' assets.</summary>
public class PageScriptsTests
{
    [Fact]
    public void Reader_js_is_its_parts_in_file_name_order_inside_one_function_with_the_contract_they_read()
    {
        using var assets = new TempDir();
        assets.Write("reader/20-second.js", "second(contract.storage.known);\n");
        assets.Write("reader/10-first.js", "// a note for whoever edits this\nfirst(contract.classes.term);\n");
        assets.Write("reader/notes.txt", "not a part");
        var reader = PageScripts.Build(assets.Path).Single(s => s.Name == PageScripts.ReaderScript).Text;

        Assert.True(reader.IndexOf("first(", StringComparison.Ordinal) < reader.IndexOf("second(", StringComparison.Ordinal));
        Assert.DoesNotContain("a note for whoever", reader);
        Assert.DoesNotContain("not a part", reader);
        Assert.StartsWith("(function () {", reader.Split('\n').First(l => !l.StartsWith("//", StringComparison.Ordinal)));
        Assert.EndsWith("})();\n", reader);
        var contract = PageContractTests.ContractIn(reader);
        Assert.Equal(["classes", "storage"], contract.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Equal(PageContract.TermClass, PageContractTests.Group(contract, "classes")["term"]);
    }

    [Fact]
    public void Settings_js_gets_the_contract_and_a_site_with_its_own_reader_js_keeps_it()
    {
        using var assets = new TempDir();
        assets.Write("settings.js", "apply(contract.settings);\n");
        assets.Write("reader.js", "(function () { mine(); })();\n");
        var scripts = PageScripts.Build(assets.Path).ToDictionary(s => s.Name, s => s.Text);

        Assert.Contains("apply(contract.settings);", scripts["settings.js"]);
        Assert.Equal(PageContract.Settings.First().Default, PageContractTests.Group(PageContractTests.ContractIn(scripts["settings.js"]), "settings")[PageContract.Settings.First().Name]);
        Assert.Contains("(function () { mine(); })();", scripts["reader.js"]);
    }

    [Fact]
    public void A_reader_js_beside_a_reader_folder_is_an_error_that_names_it()
    {
        using var assets = new TempDir();
        var own = assets.Write("reader.js", "mine();\n");
        assets.Write("reader/00-core.js", "core();\n");
        var error = Assert.Throws<UserError>(() => PageScripts.Build(assets.Path));
        Assert.Equal(own, error.Location!.Value.File);
    }

    [Theory]
    [InlineData("settings.js", true)]
    [InlineData("reader.js", true)]
    [InlineData("reader/70-popups.js", true)]
    [InlineData("reader.css", false)]
    [InlineData("favicon.svg", false)]
    public void Only_the_scripts_sources_are_kept_from_the_copied_assets(string asset, bool source) =>
        Assert.Equal(source, PageScripts.IsSource(asset));
}
