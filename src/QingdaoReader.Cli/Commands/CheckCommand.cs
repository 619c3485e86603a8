using System.CommandLine;
using QingdaoReader.Building;
using QingdaoReader.Checking;
using QingdaoReader.Config;
using QingdaoReader.Content;
using QingdaoReader.Diagnostics;
using QingdaoReader.Glossary;
using QingdaoReader.Parsing;

namespace QingdaoReader.Cli.Commands;

/// <summary>
/// <c>qreader check</c>: reports content problems with file and line; non-zero on errors (and, with --strict, on warnings,
/// except those that are only advice: an unofficial glossary entry without sources).
/// </summary>
public static class CheckCommand
{
    public static Command Create(TextWriter stdout)
    {
        var strict = new Option<bool>("--strict") { Description = "Fail on warnings too (a paragraph without translation, an unused glossary term, an unused pinyin override); an entry marked official: true without sources becomes an error" };
        var command = new Command("check", "Check the content without building") { BuildCommand.Site, strict };
        command.SetAction(parse =>
        {
            var site = parse.GetValue(BuildCommand.Site)!;
            var isStrict = parse.GetValue(strict);
            var findings = Run(site, isStrict);
            foreach (var f in findings) stdout.WriteLine(f.ToString());
            var errors = findings.Count(f => f.Severity == Severity.Error);
            var warnings = findings.Count - errors;
            if (!parse.GetValue(CommandLine.Quiet))
                stdout.WriteLine($"{errors} error(s), {warnings} warning(s)");
            var failingWarnings = findings.Any(f => f.Severity == Severity.Warning && f.FailsStrict);
            return errors > 0 || (isStrict && failingWarnings) ? 1 : 0;
        });
        return command;
    }

    public static IReadOnlyList<Finding> Run(string site, bool strict = false) =>
        SiteChecker.Check(Site.Load(site), strict, PolicyLexicon.Entries);
}
