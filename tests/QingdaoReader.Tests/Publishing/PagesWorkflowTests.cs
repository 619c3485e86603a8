using System.Xml.Linq;
using QingdaoReader.Cli;
using QingdaoReader.Cli.Commands;
using QingdaoReader.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace QingdaoReader.Tests.Publishing;

/// <summary>The two GitHub Pages workflows: this repository's (builds from source) and the one <c>qreader init</c> writes.</summary>
public class PagesWorkflowTests
{
    private static YamlMappingNode Parse(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    private static YamlMappingNode Map(YamlNode node, string key) => (YamlMappingNode)((YamlMappingNode)node)[key];

    private static string Scalar(YamlNode node, string key) => ((YamlScalarNode)((YamlMappingNode)node)[key]).Value!;

    private static List<YamlMappingNode> BuildSteps(YamlMappingNode workflow) =>
        ((YamlSequenceNode)Map(Map(workflow, "jobs"), "build")["steps"]).Children.Cast<YamlMappingNode>().ToList();

    private static string? Run(YamlMappingNode step) => step.Children.TryGetValue("run", out var r) ? ((YamlScalarNode)r).Value : null;

    private static string? Uses(YamlMappingNode step) => step.Children.TryGetValue("uses", out var u) ? ((YamlScalarNode)u).Value : null;

    public static IEnumerable<object[]> Workflows() =>
    [
        ["repository", File.ReadAllText(Repo.Path_(".github", "workflows", "pages.yml"))],
        ["init", SiteScaffold.PagesWorkflow],
    ];

    [Theory]
    [MemberData(nameof(Workflows))]
    public void A_running_deployment_is_never_cancelled_and_the_build_marker_is_not_uploaded(string which, string yaml)
    {
        var workflow = Parse(yaml);
        Assert.Equal("false", Scalar(Map(workflow, "concurrency"), "cancel-in-progress"));
        var steps = BuildSteps(workflow);
        var upload = steps.FindIndex(s => Uses(s)?.StartsWith("actions/upload-pages-artifact@") == true);
        var build = steps.FindIndex(s => Run(s)?.Contains(" build --base-url") == true);
        var removal = steps.FindIndex(s => Run(s)?.Trim() == "rm -f _site/.qreader-output");
        Assert.True(build >= 0 && removal > build && removal < upload, $"{which}: the marker is not removed between build and upload");
        Assert.Equal(".qreader-output", QingdaoReader.Output.SiteWriter.MarkerFile);
    }

    [Fact]
    public void The_init_workflow_installs_the_version_that_wrote_it_and_puts_it_on_the_path()
    {
        var csproj = XDocument.Load(Repo.Path_("src", "QingdaoReader.Cli", "QingdaoReader.Cli.csproj"));
        var version = csproj.Descendants("Version").Single().Value;
        Assert.Equal(version, ToolInfo.Version);

        var workflow = Parse(SiteScaffold.PagesWorkflow);
        Assert.Equal(version, Scalar(Map(workflow, "env"), "QREADER_VERSION"));
        var steps = BuildSteps(workflow);
        var install = steps.Select(Run).OfType<string>().Single(r => r.Contains("dotnet tool install"));
        Assert.Contains("dotnet tool install --global QingdaoReader.Tool --version \"$QREADER_VERSION\"", install);
        Assert.Contains("echo \"$HOME/.dotnet/tools\" >> \"$GITHUB_PATH\"", install);
        var firstQreader = steps.FindIndex(s => Run(s)?.StartsWith("qreader ") == true);
        Assert.True(steps.FindIndex(s => Run(s) == install) < firstQreader, "qreader runs before it is installed");
        Assert.Contains(csproj.Descendants("RepositoryUrl").Single().Value, SiteScaffold.PagesWorkflow);
    }

    [Fact]
    public void The_package_describes_itself()
    {
        var properties = XDocument.Load(Repo.Path_("src", "QingdaoReader.Cli", "QingdaoReader.Cli.csproj")).Descendants("PropertyGroup").Elements()
            .ToDictionary(e => e.Name.LocalName, e => e.Value);
        foreach (var key in new[] { "Description", "Authors", "PackageLicenseExpression", "PackageReadmeFile", "RepositoryUrl", "PackageTags" })
            Assert.False(string.IsNullOrWhiteSpace(properties.GetValueOrDefault(key)), $"{key} is missing");
        Assert.NotEqual("Package Description", properties["Description"]);
        Assert.StartsWith("https://github.com/", ToolInfo.RepositoryUrl);
    }
}
