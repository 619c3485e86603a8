using System.CommandLine;
using QingdaoReader.Building;

namespace QingdaoReader.Cli.Commands;

/// <summary><c>qreader build</c>: the whole site into <c>_site/</c>.</summary>
public static class BuildCommand
{
    public static readonly Option<string> Site = new("--site", "-s") { Description = "The site folder (holds site.config.yml)", DefaultValueFactory = _ => "." };

    public static Command Create(TextWriter stdout)
    {
        var output = new Option<string?>("--output", "-o") { Description = "Write the site here instead of the configured output folder" };
        var baseUrl = new Option<string?>("--base-url") { Description = "The URL the site is published at (overrides base_url)" };
        var drafts = new Option<bool>("--drafts") { Description = "Include readings marked draft: true" };
        var command = new Command("build", "Build the site from site.config.yml") { Site, output, baseUrl, drafts };
        command.SetAction(parse =>
        {
            var builder = new SiteBuilder(LanguageServices.For);
            var result = builder.Build(parse.GetValue(Site)!, new BuildOptions
            {
                Output = parse.GetValue(output),
                BaseUrl = parse.GetValue(baseUrl),
                Drafts = parse.GetValue(drafts),
            });
            if (!parse.GetValue(CommandLine.Quiet))
                stdout.WriteLine($"Built {result.Readings} reading(s), {result.Pages} pages, {result.GlossaryTerms} glossary terms into {result.OutputDir} in {result.Elapsed.TotalMilliseconds:F0} ms");
            return 0;
        });
        return command;
    }
}
