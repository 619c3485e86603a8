using System.CommandLine;
using System.Globalization;
using System.Text;
using QingdaoReader.Config;
using QingdaoReader.Content;
using QingdaoReader.Diagnostics;

namespace QingdaoReader.Cli.Commands;

/// <summary><c>qreader init [dir]</c> and <c>qreader new &lt;slug&gt;</c>.</summary>
public static class InitCommand
{
    public static Command Init(TextWriter stdout)
    {
        var dir = new Argument<string>("dir") { Description = "The folder for the new site", DefaultValueFactory = _ => "." };
        var glossary = new Option<string>("--glossary")
        {
            Description = "The glossary to start with: example (one term) or policy (the project's curated policy terms)",
            DefaultValueFactory = _ => "example",
        };
        glossary.AcceptOnlyFromAmong("example", "policy");
        var command = new Command("init", "Create a new site: config, templates and an example reading") { dir, glossary };
        command.SetAction(parse =>
        {
            var target = parse.GetValue(dir)!;
            var starter = parse.GetValue(glossary) == "policy" ? StarterGlossary.Policy : StarterGlossary.Example;
            var written = SiteScaffold.Init(target, starter);
            if (!parse.GetValue(CommandLine.Quiet))
            {
                var here = Path.GetFullPath(target).TrimEnd(Path.DirectorySeparatorChar) == Directory.GetCurrentDirectory().TrimEnd(Path.DirectorySeparatorChar);
                var next = here ? "qreader build" : $"cd {target} && qreader build";
                stdout.WriteLine($"Created a site in {Path.GetFullPath(target)} ({written.Count} files). Next: {next}");
            }
            return 0;
        });
        return command;
    }

    public static Command New(TextWriter stdout)
    {
        var slug = new Argument<string>("slug") { Description = "The reading's folder name, e.g. qingdao-port" };
        var command = new Command("new", "Create an empty reading (marked draft: true)") { slug, BuildCommand.Site };
        command.SetAction(parse =>
        {
            var name = parse.GetValue(slug)!;
            if (name.Length == 0 || name.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '-' or '_')))
                throw new UserError(null, $"'{name}' is not a usable reading name", "use lowercase letters, digits and hyphens, e.g. qingdao-port");
            var site = parse.GetValue(BuildCommand.Site)!;
            var config = SiteConfigLoader.Load(site);
            var target = Path.Combine(site, config.Content, ReadingLoader.ReadingsFolder, name, ReadingLoader.ReadingFile);
            if (File.Exists(target))
                throw new UserError(new SourceLocation(target), "this reading exists already; nothing was written", "choose another name");
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            var today = DateTime.Now.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            File.WriteAllText(target, SiteScaffold.EmptyReading(name, today), new UTF8Encoding(false));
            if (!parse.GetValue(CommandLine.Quiet))
                stdout.WriteLine($"Created {target} (a draft: build with --drafts to see it)");
            return 0;
        });
        return command;
    }
}
