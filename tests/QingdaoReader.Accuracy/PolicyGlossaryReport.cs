using AngleSharp.Html.Parser;
using QingdaoReader.Building;
using QingdaoReader.Checking;
using QingdaoReader.Chinese;
using QingdaoReader.Content;
using QingdaoReader.Glossary;
using QingdaoReader.Rendering;

namespace QingdaoReader.Accuracy;

/// <summary>
/// How much of a new political text's key policy vocabulary a site made with the policy lexicon covers: each text of a
/// folder (NN-name.md, with NN-name.terms.txt listing its key terms, one a line) is built as the only reading of a site
/// whose glossary is the lexicon (what <c>qreader init --glossary policy</c> writes), and its key terms are counted as
/// linked on the built page (parsed, not searched as text), as suggested whole among the top 30 of
/// <c>qreader glossary suggest</c>, or as neither. The top 30 are also checked for phrases that are only ever part of a
/// longer key term.
/// Usage: dotnet run -c Release --project tests/QingdaoReader.Accuracy -- glossary [--set policy-checkset|policy-dev] [--top 30] [--misses]
/// </summary>
public static class PolicyGlossaryReport
{
    public static int Run(string[] args)
    {
        var set = Option(args, "--set") ?? "policy-checkset";
        var top = int.Parse(Option(args, "--top") ?? "30", System.Globalization.CultureInfo.InvariantCulture);
        var misses = args.Contains("--misses");
        var folder = Path.Combine(AppContext.BaseDirectory, "Data", set);
        var repo = FindRepo();
        var texts = Directory.GetFiles(folder, "*.md").Where(f => File.Exists(Path.ChangeExtension(f, ".terms.txt"))).Order(StringComparer.Ordinal).ToList();
        Console.WriteLine($"set {set}: {texts.Count} texts; lexicon {PolicyLexicon.Entries.Count} entries; top {top} suggestions");
        Console.WriteLine($"{"text",-40} {"key",4} {"whole",6} {"within",7} {"inside",7} {"sugg.",6} {"neither",8} {"parts",6}");
        int keys = 0, whole = 0, within = 0, inside = 0, suggested = 0, parts = 0;
        var report = new List<string>();
        foreach (var text in texts)
        {
            var name = Path.GetFileNameWithoutExtension(text);
            var terms = File.ReadAllLines(Path.ChangeExtension(text, ".terms.txt")).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();
            var r = Measure(repo, text, terms, top);
            keys += terms.Count; whole += r.Whole.Count; within += r.Within.Count; inside += r.Inside.Count; suggested += r.Suggested.Count; parts += r.Parts.Count;
            var neither = terms.Count - r.Whole.Count - r.Within.Count - r.Inside.Count - r.Suggested.Count;
            Console.WriteLine($"{name,-40} {terms.Count,4} {r.Whole.Count,6} {r.Within.Count,7} {r.Inside.Count,7} {r.Suggested.Count,6} {neither,8} {r.Parts.Count,6}");
            if (misses)
            {
                report.Add($"== {name}");
                report.AddRange(r.Within.Select(t => $"   within  {t}"));
                report.AddRange(r.Inside.Select(t => $"   inside  {t}"));
                report.AddRange(r.Suggested.Select(t => $"   sugg.   {t}"));
                report.AddRange(terms.Except(r.Whole).Except(r.Within).Except(r.Inside).Except(r.Suggested).Select(t => $"   neither {t}"));
                report.AddRange(r.Parts.Select(t => $"   part    {t}"));
                report.Add("   top: " + string.Join(" ", r.Top));
            }
        }
        Console.WriteLine($"{"all",-40} {keys,4} {whole,6} {within,7} {inside,7} {suggested,6} {keys - whole - within - inside - suggested,8} {parts,6}");
        Console.WriteLine($"linked whole {Pct(whole, keys)}; whole or within a longer link {Pct(whole + within, keys)}; any link {Pct(whole + within + inside, keys)}; linked or suggested {Pct(whole + within + inside + suggested, keys)}");
        foreach (var line in report) Console.WriteLine(line);
        return 0;
    }

    private sealed record Result(List<string> Whole, List<string> Within, List<string> Inside, List<string> Suggested, List<string> Parts, List<string> Top);

    private static Result Measure(string repo, string textPath, List<string> terms, int top)
    {
        var site = Path.Combine(Path.GetTempPath(), "qreader-policy-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            var content = Path.Combine(site, "content");
            var readingDir = Path.Combine(content, ReadingLoader.ReadingsFolder, "text");
            Directory.CreateDirectory(readingDir);
            Directory.CreateDirectory(Path.Combine(content, GlossaryLoader.FolderName));
            foreach (var f in PolicyLexicon.Files) File.WriteAllText(Path.Combine(content, f.Path), f.Text);
            File.WriteAllText(Path.Combine(site, "site.config.yml"), "title: check\ncontent: content\ntemplates: " + Path.Combine(repo, "templates") + "\noutput: _site\n");
            // The check set's front matter also records where each text was found (url:), which a reading does not take.
            var lines = File.ReadAllLines(textPath).Where(l => !l.StartsWith("url:", StringComparison.Ordinal));
            File.WriteAllLines(Path.Combine(readingDir, ReadingLoader.ReadingFile), lines);

            var builder = new SiteBuilder(dir => new ChineseLanguageServices(ChineseLanguage.Shared, dir));
            builder.Build(site);
            var html = File.ReadAllText(Path.Combine(site, "_site", "readings", "text", "index.html"));
            var links = LinkedTexts(html);

            // What `qreader glossary suggest text` prints, through the same pipeline.
            var loaded = Site.Load(site);
            var found = ReadingSuggestions.For(loaded, "text", PolicyLexicon.Entries, dir => new ChineseLanguageServices(ChineseLanguage.Shared, dir));
            var suggestions = found.FromText.Take(top).Select(c => c.Term).ToList();
            var reading = loaded.Reading("text");

            var body = reading.Metadata.Title + "\n" + reading.Body;
            List<string> whole = [], within = [], inside = [], suggested = [];
            foreach (var term in terms)
            {
                var bare = Unquote(term);
                if (links.Any(l => Unquote(l.Text) == bare || l.Forms.Contains(bare))) whole.Add(term);
                // Linked as part of a longer term (二十届四中全会 in the link 党的二十届四中全会).
                else if (links.Any(l => Unquote(l.Text).Contains(bare, StringComparison.Ordinal))) within.Add(term);
                else if (links.Any(l => bare.Contains(Unquote(l.Text), StringComparison.Ordinal))) inside.Add(term);
                else if (suggestions.Any(s => Unquote(s) == bare)) suggested.Add(term);
            }
            // A suggestion that occurs only inside one longer key term, every time: a part of that term, not a term.
            var parts = suggestions.Where(s => terms.Any(t => t.Length > s.Length && t.Contains(s, StringComparison.Ordinal)
                && Count(body, s) == Count(body, t))).ToList();
            return new Result(whole, within, inside, suggested, parts, suggestions);
        }
        finally
        {
            try { Directory.Delete(site, recursive: true); } catch (IOException) { }
        }
    }

    // Each term link of the page: its text (the ruby bases, without the pinyin) and the forms of the entry it links.
    private static List<(string Text, HashSet<string> Forms)> LinkedTexts(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        var byId = PolicyLexicon.Entries.ToDictionary(e => e.Id, e => e.Forms.Select(Unquote).ToHashSet(StringComparer.Ordinal));
        var result = new List<(string, HashSet<string>)>();
        foreach (var a in document.QuerySelectorAll("a." + PageContract.TermClass))
        {
            var copy = (AngleSharp.Dom.IElement)a.Clone(deep: true);
            foreach (var rt in copy.QuerySelectorAll("rt, rp")) rt.Remove();
            var id = a.GetAttribute(PageContract.TermAttribute) ?? "";
            result.Add((copy.TextContent.Trim(), byId.GetValueOrDefault(id) ?? []));
        }
        return result;
    }

    private static string Unquote(string text) => new(text.Where(c => "“”「」『』‘’\"《》".IndexOf(c) < 0).ToArray());

    private static int Count(string text, string term)
    {
        var n = 0;
        for (var at = text.IndexOf(term, StringComparison.Ordinal); at >= 0; at = text.IndexOf(term, at + term.Length, StringComparison.Ordinal)) n++;
        return n;
    }

    private static string Pct(int n, int of) => of == 0 ? "–" : $"{100.0 * n / of:F1} % ({n}/{of})";

    private static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    private static string FindRepo()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "QingdaoReader.sln"))) return dir.FullName;
        throw new InvalidOperationException("run from inside the repository");
    }
}
