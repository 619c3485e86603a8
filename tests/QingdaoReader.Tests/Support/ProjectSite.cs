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

    private static int _builds;
    private static readonly Lazy<BuiltSite> RootSite = new(() => Build(null));
    private static readonly Lazy<BuiltSite> SubPathSite = new(() => Build(SubPathUrl));

    /// <summary>Built for the root of a host (base URL "/").</summary>
    public static BuiltSite Root => RootSite.Value;

    /// <summary>Built for <see cref="SubPathUrl"/>.</summary>
    public static BuiltSite SubPath => SubPathSite.Value;

    /// <summary>How many times this process built the project site through this class (two at most).</summary>
    public static int Builds => Volatile.Read(ref _builds);

    private static BuiltSite Build(string? baseUrl)
    {
        Interlocked.Increment(ref _builds);
        var output = new TempDir();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => output.Dispose();
        var result = RealEngine.Builder().Build(Repo.Root, new BuildOptions { Output = output.Path, BaseUrl = baseUrl });
        return new BuiltSite(output.Path, result);
    }
}

/// <summary>A built site's output folder, with its pages parsed once on first use (read-only: do not change them).</summary>
public sealed class BuiltSite(string output, BuildResult result)
{
    private readonly Lazy<IDocument> _reading = new(() => Html.Parse(File.ReadAllText(Path.Combine(output, ProjectSite.ReadingPage))));
    private readonly Lazy<IDocument> _glossary = new(() => Html.Parse(File.ReadAllText(Path.Combine(output, "glossary/index.html"))));

    public string Output { get; } = output;
    public BuildResult Result { get; } = result;
    public IDocument ReadingPage => _reading.Value;
    public IDocument GlossaryPage => _glossary.Value;
}
