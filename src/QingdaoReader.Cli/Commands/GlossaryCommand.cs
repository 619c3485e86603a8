using System.CommandLine;
using System.Text;
using QingdaoReader.Building;
using QingdaoReader.Checking;
using QingdaoReader.Chinese;
using QingdaoReader.Config;
using QingdaoReader.Content;
using QingdaoReader.Diagnostics;
using QingdaoReader.Glossary;

namespace QingdaoReader.Cli.Commands;

/// <summary>
/// <c>qreader glossary suggest SLUG</c>: the terms of a reading worth a glossary entry that have none, with
/// <c>--write</c> appended as stubs; <c>qreader glossary policy</c>: the curated policy glossary this version carries.
/// </summary>
public static class GlossaryCommand
{
    public static Command Create(TextWriter stdout)
    {
        var command = new Command("glossary", "Work with the site's glossary");

        var slug = new Argument<string>("slug") { Description = "The reading, by its folder name under content/readings/" };
        var write = new Option<bool>("--write") { Description = "Append the listed terms to glossary.yml as entries to fill in" };
        var top = new Option<int>("--top") { Description = "List at most this many terms", DefaultValueFactory = _ => 30 };
        var suggest = new Command("suggest", "List the terms of a reading that look like policy terms or set phrases and have no glossary entry, most useful first")
            { slug, write, top, BuildCommand.Site };
        suggest.SetAction(parse => Suggest(parse.GetValue(BuildCommand.Site)!, parse.GetValue(slug)!, parse.GetValue(write),
            parse.GetValue(top), parse.GetValue(CommandLine.Quiet), stdout));
        command.Subcommands.Add(suggest);

        var lint = new Command("lint", "Check the glossary files alone: duplicates, aliases that name two entries, see: pointers to nowhere or in a circle, malformed patterns or sources, official entries without sources")
            { BuildCommand.Site };
        lint.SetAction(parse => Lint(parse.GetValue(BuildCommand.Site)!, parse.GetValue(CommandLine.Quiet), stdout));
        command.Subcommands.Add(lint);

        var policy = new Command("policy", "Print the curated policy glossary of this version (what init --glossary policy copies), to compare with yours after an update");
        policy.SetAction(_ =>
        {
            stdout.Write(SiteScaffold.PolicyGlossary());
            return 0;
        });
        command.Subcommands.Add(policy);
        return command;
    }

    private static int Suggest(string site, string slug, bool write, int top, bool quiet, TextWriter stdout)
    {
        var loaded = Site.Load(site);
        var contentDir = loaded.ContentDir;
        var found = ReadingSuggestions.For(loaded, slug, PolicyLexicon.Entries, LanguageServices.For);
        var fromLexicon = found.FromLexicon;
        var candidates = found.FromText.Take(Math.Max(0, top)).ToList();

        if (fromLexicon.Count > 0)
        {
            stdout.WriteLine($"From QingdaoReader's policy lexicon, ready to use ({fromLexicon.Count}; --write copies them whole):");
            foreach (var s in fromLexicon)
                stdout.WriteLine($"{s.FirstUse}: {s.Entry.Term} ×{s.Count}  {s.Entry.English}  [{s.Entry.Location.File}]");
            if (candidates.Count > 0) stdout.WriteLine();
        }
        if (candidates.Count > 0 && fromLexicon.Count > 0) stdout.WriteLine("Phrases of the text that look like terms (--write adds entries to fill in):");
        foreach (var c in candidates)
        {
            var hint = c.DictionaryHint is null ? "" : $"  CC-CEDICT: {Shorten(c.DictionaryHint, 60)}";
            stdout.WriteLine($"{c.FirstUse}: {c.Term} ×{c.Count}  {c.Pinyin}  ({string.Join(", ", c.Reasons.Select(Describe))}){hint}");
        }

        var glossaryPath = Path.Combine(contentDir, GlossaryLoader.FileName);
        var copied = new List<string>();
        if (write)
        {
            // Lexicon entries go whole into the site's file of the same theme when the site keeps a glossary folder.
            var folder = Path.Combine(contentDir, GlossaryLoader.FolderName);
            foreach (var group in fromLexicon.GroupBy(s => s.Entry.Location.File))
            {
                var target = Directory.Exists(folder) ? Path.Combine(folder, Path.GetFileName(group.Key)) : glossaryPath;
                Append(target, string.Concat(group.Select(s => PolicyLexicon.EntryText(s.Entry))));
                copied.Add(target);
            }
            if (candidates.Count > 0) Append(glossaryPath, GlossaryCandidateFinder.ToYamlStubs(candidates));
        }
        if (!quiet)
        {
            if (fromLexicon.Count == 0 && candidates.Count == 0) stdout.WriteLine("No terms without a glossary entry found.");
            else if (write)
            {
                if (fromLexicon.Count > 0) stdout.WriteLine($"{fromLexicon.Count} lexicon entr{(fromLexicon.Count == 1 ? "y" : "ies")} copied into {string.Join(", ", copied.Distinct())}.");
                if (candidates.Count > 0) stdout.WriteLine($"{candidates.Count} term(s) appended to {glossaryPath}: fill in english for each (the build refuses an entry without it), or delete it.");
            }
            else if (candidates.Count > 0) stdout.WriteLine($"{candidates.Count} term(s) without a glossary entry; --write appends them to {glossaryPath} for you to fill in.");
        }
        return 0;
    }

    private static int Lint(string site, bool quiet, TextWriter stdout)
    {
        var loaded = Site.Load(site);
        var problems = loaded.GlossaryProblems.Select(e => $"{e.Location}: error: {e.Message}").ToList();
        if (problems.Count == 0)
            problems.AddRange(loaded.Glossary.Where(g => g.Official && g.Sources.Count == 0)
                .Select(g => $"{g.Location}: error: the official glossary entry '{g.Term}' has no sources"));
        foreach (var p in problems) stdout.WriteLine(p);
        if (!quiet)
            stdout.WriteLine(problems.Count == 0
                ? $"{loaded.Glossary.Count} glossary entries in {loaded.GlossaryFiles.Count} file(s): no problem."
                : $"{problems.Count} problem(s).");
        return problems.Count == 0 ? 0 : 1;
    }

    private static void Append(string path, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var existing = File.Exists(path) ? File.ReadAllText(path) : "";
        var separator = existing.Length == 0 || existing.EndsWith('\n') ? "" : "\n";
        File.AppendAllText(path, separator + text, new UTF8Encoding(false));
    }

    private static string Shorten(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";

    private static string Describe(CandidateReason reason) => reason switch
    {
        CandidateReason.Quoted => "quoted",
        CandidateReason.NumberedSlogan => "number + 个/大/新",
        CandidateReason.PolicySuffix => "policy head (X化, X制, X区, X体系 …)",
        CandidateReason.FourCharacterPhrase => "four-character phrase",
        CandidateReason.RepeatedPhrase => "repeated phrase",
        CandidateReason.NotInDictionary => "not in the dictionary",
        CandidateReason.NounPhrase => "noun phrase",
        _ => reason.ToString(),
    };
}
