using System.Reflection;

namespace QingdaoReader.Cli;

/// <summary>
/// The tool's version, package name and the repository it is built from. They are set once, as MSBuild properties in
/// QingdaoReader.Cli.csproj (<c>Version</c>, <c>PackageId</c>, <c>RepositoryUrl</c>), which also feed the NuGet package; they reach the
/// code as assembly metadata so that the workflow <c>qreader init</c> writes pins the very version that wrote it.
/// </summary>
public static class ToolInfo
{
    public static string Version { get; } = Metadata("ToolVersion");

    /// <summary>The project's GitHub repository, e.g. https://github.com/OWNER/REPO, without a trailing slash.</summary>
    public static string RepositoryUrl { get; } = Metadata("RepositoryUrl").TrimEnd('/');

    /// <summary>The NuGet package the tool is installed from.</summary>
    public static string PackageId { get; } = Metadata("PackageId");

    private static string Metadata(string key) =>
        typeof(ToolInfo).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == key)?.Value
        ?? throw new InvalidOperationException($"the tool was built without the assembly metadata {key}");
}
