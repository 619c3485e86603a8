using AngleSharp.Dom;
using QingdaoReader.Building;

namespace QingdaoReader.Tests.Support;

/// <summary>
/// The project's own site (this repository's content and templates) built with the real engine once per test run,
/// shared by every test class that reads it: at the root (<see cref="Root"/>, also served to the browser tests) and
/// under a GitHub Pages project sub-path (<see cref="SubPath"/>). The folders are deleted when the test process ends.
/// </summary>
public static class ProjectSite
{
    public const string ReadingPage = "readings/shandong-inspection-qingdao/index.html";
    public const string SubPathUrl = "https://teacher.github.io/readings/";

    private static readonly Lazy<BuiltSite> RootSite = new(() => Build(null));
    private static readonly Lazy<BuiltSite> SubPathSite = new(() => Build(SubPathUrl));

    /// <summary>Built for the root of a host (base URL "/").</summary>
    public static BuiltSite Root => RootSite.Value;

    /// <summary>Built for <see cref="SubPathUrl"/>.</summary>
    public static BuiltSite SubPath => SubPathSite.Value;

    private static BuiltSite Build(string? baseUrl)
    {
        var output = new TempDir();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => output.Dispose();
        RealEngine.Builder().Build(Repo.Root, new BuildOptions { Output = output.Path, BaseUrl = baseUrl });
        return new BuiltSite(output.Path);
    }
}

/// <summary>A built site's output folder.</summary>
public sealed class BuiltSite(string output)
{
    public string Output { get; } = output;

    /// <summary>One of its pages, parsed anew (a parsed page is not shared between test classes, which run in parallel).</summary>
    public IDocument Parse(string page) => Html.Parse(File.ReadAllText(Path.Combine(Output, page)));
}
