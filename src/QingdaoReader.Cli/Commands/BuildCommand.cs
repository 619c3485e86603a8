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
            var quiet = parse.GetValue(CommandLine.Quiet);
            var verbose = parse.GetValue(CommandLine.Verbose);
            var options = new BuildOptions
            {
                Output = parse.GetValue(output),
                BaseUrl = parse.GetValue(baseUrl),
                Drafts = parse.GetValue(drafts),
                Progress = verbose && !quiet ? slug => stdout.WriteLine($"  compiling {slug}") : null,
            };
            var result = ReferenceEquals(stdout, Console.Out) && !quiet && !verbose && !Console.IsOutputRedirected
                ? BuildWithProgress(builder, parse.GetValue(Site)!, options)
                : builder.Build(parse.GetValue(Site)!, options);
            if (verbose && !quiet)
                foreach (var (stage, time) in result.Stages) stdout.WriteLine($"  {time.TotalMilliseconds,7:F1} ms  {stage}");
            if (!quiet)
                stdout.WriteLine($"Built {result.Readings} reading(s), {result.Pages} pages, {result.GlossaryTerms} glossary terms into {result.OutputDir} in {result.Elapsed.TotalMilliseconds:F0} ms");
            return 0;
        });
        return command;
    }

    // On a terminal, a live status line names each reading as it is compiled (Spectre.Console); elsewhere, plain lines.
    private static BuildResult BuildWithProgress(SiteBuilder builder, string site, BuildOptions options)
    {
        BuildResult? result = null;
        Spectre.Console.AnsiConsole.Status().Start("Loading the Chinese language data…", ctx =>
        {
            var done = 0;
            result = builder.Build(site, options with
            {
                Progress = slug => { ctx.Status = $"Annotating readings ({Interlocked.Increment(ref done)}): {Spectre.Console.Markup.Escape(slug)}"; },
            });
        });
        return result!;
    }
}
