using System.CommandLine;
using System.Text;
using QingdaoReader.Building;
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

        var policy = new Command("policy", "Print the curated policy glossary of this version (what init --glossary policy copies), to compare with yours after an update");
        policy.SetAction(_ =>
        {
            stdout.Write(SiteScaffold.PolicyGlossary);
            return 0;
        });
        command.Subcommands.Add(policy);
        return command;
    }

    private static int Suggest(string site, string slug, bool write, int top, bool quiet, TextWriter stdout)
    {
        var config = SiteConfigLoader.Load(site);
        var contentDir = Path.Combine(site, config.Content);
        var path = Path.Combine(contentDir, ReadingLoader.ReadingsFolder, slug, ReadingLoader.ReadingFile);
        if (!File.Exists(path))
            throw new UserError(new SourceLocation(path), $"there is no reading '{slug}'", "give the name of a folder under content/readings/");
        var reading = ReadingLoader.Load(path, slug);
        var glossary = GlossaryLoader.Load(contentDir);
        // The glossary's terms are cut whole, as in the build, so a phrase that holds one is recognised as covered.
        var language = LanguageServices.WithGlossary(contentDir, glossary);
        var candidates = GlossaryCandidateFinder.Find(reading, glossary, language.ReaderFor(reading),
            word => language.Lookup(word) is { Definitions.Count: > 0 }).Take(Math.Max(0, top)).ToList();

        foreach (var c in candidates)
            stdout.WriteLine($"{c.FirstUse}: {c.Term} ×{c.Count} ({string.Join(", ", c.Reasons.Select(Describe))})");
        var glossaryPath = Path.Combine(contentDir, GlossaryLoader.FileName);
        if (write && candidates.Count > 0)
        {
            var existing = File.Exists(glossaryPath) ? File.ReadAllText(glossaryPath) : "";
            var separator = existing.Length == 0 || existing.EndsWith('\n') ? "" : "\n";
            File.AppendAllText(glossaryPath, separator + GlossaryCandidateFinder.ToYamlStubs(candidates), new UTF8Encoding(false));
        }
        if (!quiet)
        {
            stdout.WriteLine(candidates.Count == 0
                ? "No terms without a glossary entry found."
                : write
                    ? $"{candidates.Count} term(s) appended to {glossaryPath}: fill in english for each (the build refuses an entry without it), or delete it."
                    : $"{candidates.Count} term(s) without a glossary entry; --write appends them to {glossaryPath} for you to fill in.");
        }
        return 0;
    }

    private static string Describe(CandidateReason reason) => reason switch
    {
        CandidateReason.Quoted => "quoted",
        CandidateReason.NumberedSlogan => "number + 大/个",
        CandidateReason.PolicySuffix => "X化/X制/X区",
        CandidateReason.FourCharacterPhrase => "four-character phrase",
        CandidateReason.RepeatedPhrase => "repeated phrase",
        CandidateReason.NotInDictionary => "not in the dictionary",
        _ => reason.ToString(),
    };
}
