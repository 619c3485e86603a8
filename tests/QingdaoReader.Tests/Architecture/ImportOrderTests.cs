using System.Text.RegularExpressions;
using QingdaoReader.Tests.Support;

namespace QingdaoReader.Tests.Architecture;

/// <summary>
/// Imports only look forward: every folder of the library uses only the folders before it in <see cref="StageOrder"/>,
/// whether by a using directive, a using static, an alias or a fully qualified name in the code.
/// </summary>
public class ImportOrderTests
{
    private static readonly string Library = Repo.Path_("src", "QingdaoReader");

    // QingdaoReader.X as a namespace or type path anywhere in the code (using, using static, global::, qualified names),
    // and X.Type written relative to the QingdaoReader namespace (Parsing.BlockMarkup inside QingdaoReader.Rendering).
    private static readonly Regex Reference = new(@"\bQingdaoReader\.([A-Z][A-Za-z0-9]*)\b", RegexOptions.CultureInvariant);
    private static readonly Regex RelativeReference = new(@"(?<![\w.""])([A-Z][A-Za-z0-9]*)\.[A-Z]\w*", RegexOptions.CultureInvariant);

    /// <summary>Each folder's references to other folders, with the file and line that makes each.</summary>
    public static List<(string From, string To, string Where)> Edges(string root)
    {
        var folders = Directory.GetDirectories(root).Select(Path.GetFileName).Where(f => f is not ("bin" or "obj")).ToHashSet()!;
        var edges = new List<(string, string, string)>();
        foreach (var file in Directory.GetFiles(root, "*.cs", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(root, file);
            var from = relative.Split(Path.DirectorySeparatorChar)[0];
            if (!folders.Contains(from)) continue;
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                var code = StripComment(lines[i]);
                var seen = new HashSet<string>(StringComparer.Ordinal);
                foreach (Match m in Reference.Matches(code).Concat(RelativeReference.Matches(code)))
                {
                    var to = m.Groups[1].Value;
                    if (to != from && folders.Contains(to) && seen.Add(to)) edges.Add((from, to, $"{relative}({i + 1})"));
                }
            }
        }
        return edges;
    }

    // Code only: a line comment or a doc comment may name a later stage (a <see cref> is not an import).
    private static string StripComment(string line)
    {
        var at = line.IndexOf("//", StringComparison.Ordinal);
        return at < 0 ? line : line[..at];
    }

    [Fact]
    public void Every_folder_of_the_library_is_in_the_order()
    {
        var folders = Directory.GetDirectories(Library).Select(Path.GetFileName).OfType<string>().Where(f => f is not ("bin" or "obj")).Order().ToList();
        Assert.Equal(StageOrder.Folders.Order().ToList(), folders);
    }

    [Fact]
    public void No_folder_imports_a_later_one()
    {
        var backward = Edges(Library).Where(e => Index(e.To) > Index(e.From)).Select(e => $"{e.Where}: {e.From} uses {e.To}, which comes after it").ToList();
        Assert.True(backward.Count == 0, string.Join("\n", backward));
    }

    [Fact]
    public void Config_uses_nothing_of_ours_but_diagnostics_and_text()
    {
        Assert.Empty(Edges(Library).Where(e => e.From == "Config" && e.To is not ("Diagnostics" or "Text")));
    }

    [Fact]
    public void The_reader_finds_qualified_names_and_using_directives_and_skips_comments()
    {
        using var dir = new TempDir();
        Directory.CreateDirectory(Path.Combine(dir.Path, "Config"));
        Directory.CreateDirectory(Path.Combine(dir.Path, "Glossary"));
        Directory.CreateDirectory(Path.Combine(dir.Path, "Content"));
        File.WriteAllText(Path.Combine(dir.Path, "Config", "A.cs"),
            "using QingdaoReader.Content;\nnamespace QingdaoReader.Config;\n// QingdaoReader.Building is only named here\nclass A { QingdaoReader.Glossary.GlossaryEntry? e; }\n"
            + "class B { object o = Content.Markdown.X.Y; string s = w.Glossary.Term; }\n");
        var edges = Edges(dir.Path);
        Assert.Equal([("Config", "Content", "Config/A.cs(1)"), ("Config", "Glossary", "Config/A.cs(4)"), ("Config", "Content", "Config/A.cs(5)")], edges);
    }

    private static int Index(string folder) => StageOrder.Folders.ToList().IndexOf(folder);
}
