using System.Diagnostics;
using QingdaoReader.Cli;
using QingdaoReader.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace QingdaoReader.Tests.Publishing;

/// <summary>
/// Packing and installing the tool takes about a minute, so it runs only when asked:
/// <c>QREADER_E2E=1 dotnet test --filter FullyQualifiedName~PublishedPathTests</c>.
/// </summary>
public sealed class EndToEndFactAttribute : FactAttribute
{
    public EndToEndFactAttribute()
    {
        if (Environment.GetEnvironmentVariable("QREADER_E2E") != "1")
            Skip = "packs and installs the tool (about a minute); set QREADER_E2E=1 to run it";
    }
}

/// <summary>The tool packed from this repository once, for the tests of the published path.</summary>
public sealed class PackedToolFixture : IDisposable
{
    private readonly TempDir _dir = new();

    public string Feed => Path.Combine(_dir.Path, "feed");

    /// <summary>The output of dotnet pack, and whether it succeeded (asserted by each test, which then says why).</summary>
    public (bool Ok, string Log) Pack { get; }

    public PackedToolFixture()
    {
        if (Environment.GetEnvironmentVariable("QREADER_E2E") != "1") return;
        var r = PublishedPathTests.Run("dotnet", Repo.Root, null, "pack", Repo.Path_("src", "QingdaoReader.Cli"), "-c", "Release", "-o", Feed);
        Pack = (r.ExitCode == 0, r.Out + r.Err);
    }

    public void Dispose() => _dir.Dispose();
}

/// <summary>
/// A teacher's path from nothing to a published site, with the tool as a teacher gets it: packed from this
/// repository, installed as a .NET tool, then init, import, glossary suggest, check and build run as processes, and
/// the run steps of the workflow init wrote run in an empty folder as the GitHub runner would run them.
/// </summary>
public class PublishedPathTests(PackedToolFixture tool) : IClassFixture<PackedToolFixture>
{
    private static readonly Uri Base = new("https://teacher.github.io/readings/");

    internal sealed record Result(int ExitCode, string Out, string Err);

    private static Result Run(string file, string arguments, string workingDirectory) =>
        Run(file, workingDirectory, null, arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries));

    internal static Result Run(string file, string workingDirectory, IDictionary<string, string>? env, params string[] arguments)
    {
        var psi = new ProcessStartInfo(file, arguments)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        psi.Environment["DOTNET_NOLOGO"] = "1";
        psi.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        foreach (var (k, v) in env ?? new Dictionary<string, string>()) psi.Environment[k] = v;
        using var process = Process.Start(psi)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        // A guard against a hung install, not a measurement.
        if (!process.WaitForExit(TimeSpan.FromMinutes(10))) process.Kill(entireProcessTree: true);
        process.WaitForExit();
        return new Result(process.ExitCode, stdout.Result, stderr.Result);
    }

    private static string OneLineArticle() =>
        "港口工作综述\n" + string.Concat(Enumerable.Range(1, 24).Select(i =>
            $"第{i}项工作稳步推进，相关部门落实“河长制”，加快数字化转型，帮助企业解决实际困难。")) + "\n";

    [EndToEndFact]
    public void A_teacher_goes_from_an_empty_folder_to_a_site_under_a_sub_path()
    {
        Assert.True(tool.Pack.Ok, tool.Pack.Log);
        using var root = new TempDir();
        var feed = tool.Feed;
        var tools = Path.Combine(root.Path, "tools");
        var install = Run("dotnet", root.Path, null, "tool", "install", ToolInfo.PackageId, "--tool-path", tools, "--add-source", feed, "--version", ToolInfo.Version);
        Assert.True(install.ExitCode == 0, install.Out + install.Err);
        var qreader = Path.Combine(tools, "qreader");

        var site = Directory.CreateDirectory(Path.Combine(root.Path, "site")).FullName;
        var init = Run(qreader, "init --glossary policy", site);
        Assert.Equal(0, init.ExitCode);
        Assert.EndsWith("Next: qreader build", init.Out.Trim());
        Assert.Contains("新质生产力", File.ReadAllText(Path.Combine(site, "content", "glossary.yml")));

        File.WriteAllText(Path.Combine(root.Path, "article.txt"), OneLineArticle());
        var import = Run(qreader, "import ../article.txt --slug port", site);
        Assert.True(import.ExitCode == 0, import.Err);
        Assert.Matches(@"Split 1 paragraph\(s\) over 300 characters into \d+", import.Out);

        var suggest = Run(qreader, "glossary suggest port", site);
        Assert.Equal(0, suggest.ExitCode);
        Assert.Contains("河长制 ×24", suggest.Out);

        var check = Run(qreader, "check", site);
        Assert.Equal(0, check.ExitCode);
        Assert.Contains("a Chinese block with no English translation", check.Out);

        var build = Run(qreader, $"build --base-url {Base}", site);
        Assert.True(build.ExitCode == 0, build.Err);
        var page = Html.Parse(File.ReadAllText(Path.Combine(site, "_site", "readings", "port", "index.html")));
        Assert.True(page.QuerySelectorAll(".para").Length >= 3);
        var links = SubPathLinks.CheckAll(Path.Combine(site, "_site"), Base);
        Assert.True(links > 20, $"only {links} links checked");
    }

    [EndToEndFact]
    public void The_run_steps_of_the_workflow_init_writes_install_the_pinned_tool_and_build_the_site()
    {
        Assert.True(tool.Pack.Ok, tool.Pack.Log);
        using var root = new TempDir();
        var feed = tool.Feed;
        var site = Directory.CreateDirectory(Path.Combine(root.Path, "site")).FullName;
        Assert.Equal(0, Support.Cli.Run("init", site, "--glossary", "policy", "-q").ExitCode);
        // The runner's package source is nuget.org; here it is the package just packed.
        File.WriteAllText(Path.Combine(site, "nuget.config"),
            $"<configuration><packageSources><clear /><add key=\"packed\" value=\"{feed}\" /></packageSources></configuration>");

        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(Path.Combine(site, ".github", "workflows", "pages.yml"))));
        var workflow = (YamlMappingNode)stream.Documents[0].RootNode;
        var env = ((YamlMappingNode)workflow["env"]).Children.ToDictionary(k => ((YamlScalarNode)k.Key).Value!, v => ((YamlScalarNode)v.Value).Value!);
        var steps = (YamlSequenceNode)((YamlMappingNode)((YamlMappingNode)workflow["jobs"])["build"])["steps"];
        var home = Directory.CreateDirectory(Path.Combine(root.Path, "home")).FullName;
        var githubPath = Path.Combine(root.Path, "github_path");
        File.WriteAllText(githubPath, "");
        var ran = 0;
        foreach (var step in steps.Children.Cast<YamlMappingNode>())
        {
            if (!step.Children.TryGetValue("run", out var run)) continue;
            // What actions/configure-pages gives a project site: the address without a trailing slash.
            var script = ((YamlScalarNode)run).Value!.Replace("${{ steps.pages.outputs.base_url }}", Base.AbsoluteUri.TrimEnd('/'));
            Assert.DoesNotContain("${{", script);
            var stepEnv = new Dictionary<string, string>(env)
            {
                ["HOME"] = home,
                ["GITHUB_PATH"] = githubPath,
                // Like the runner, each step sees the folders earlier steps added to GITHUB_PATH.
                ["PATH"] = string.Join(':', File.ReadAllLines(githubPath).Reverse().Append(Environment.GetEnvironmentVariable("PATH"))),
            };
            var result = Run("bash", site, stepEnv, "--noprofile", "--norc", "-eo", "pipefail", "-c", script);
            Assert.True(result.ExitCode == 0, $"step `{script.Trim()}` failed:\n{result.Out}\n{result.Err}");
            ran++;
        }
        Assert.Equal(4, ran); // install, check, build, the marker's removal
        Assert.True(File.Exists(Path.Combine(home, ".dotnet", "tools", "qreader")));
        var output = Path.Combine(site, "_site");
        Assert.False(File.Exists(Path.Combine(output, ".qreader-output")), "the build marker would be uploaded");
        var links = SubPathLinks.CheckAll(output, Base);
        Assert.True(links > 20, $"only {links} links checked");
    }
}
