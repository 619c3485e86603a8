using System.CommandLine;

namespace QingdaoReader.Cli.Commands;

/// <summary><c>qreader glossary policy</c>: the curated policy glossary this version of the tool carries.</summary>
public static class GlossaryCommand
{
    public static Command Create(TextWriter stdout)
    {
        var command = new Command("glossary", "Work with the site's glossary");
        var policy = new Command("policy", "Print the curated policy glossary of this version (what init --glossary policy copies), to compare with yours after an update");
        policy.SetAction(_ =>
        {
            stdout.Write(SiteScaffold.PolicyGlossary);
            return 0;
        });
        command.Subcommands.Add(policy);
        return command;
    }
}
