using System.CommandLine;
using QingdaoReader.Building;
using QingdaoReader.Serving;

namespace QingdaoReader.Cli.Commands;

/// <summary><c>qreader serve</c>: build, serve on 127.0.0.1, rebuild on change and reload open pages.</summary>
public static class ServeCommand
{
    public static Command Create(TextWriter stdout)
    {
        var port = new Option<int>("--port", "-p") { Description = "The port on 127.0.0.1", DefaultValueFactory = _ => 8080 };
        var drafts = new Option<bool>("--drafts") { Description = "Include readings marked draft: true" };
        var command = new Command("serve", "Preview the site: build, serve, rebuild on change") { BuildCommand.Site, port, drafts };
        command.SetAction(parse =>
        {
            var builder = new SiteBuilder(LanguageServices.For, keepReadings: true);
            using var server = new SiteServer(parse.GetValue(BuildCommand.Site)!, builder,
                new BuildOptions { Drafts = parse.GetValue(drafts) }, parse.GetValue(port), stdout);
            server.Start();
            stdout.WriteLine($"Serving {server.Url} (built in {server.LastBuild.TotalMilliseconds:F0} ms). Watching for changes; Ctrl+C stops.");
            var stop = new ManualResetEventSlim();
            Console.CancelKeyPress += (_, e) => { e.Cancel = true; stop.Set(); };
            stop.Wait();
            return 0;
        });
        return command;
    }
}
