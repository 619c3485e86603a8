using System.Text;
using System.Text.RegularExpressions;
using QingdaoReader.Diagnostics;

namespace QingdaoReader.Rendering;

/// <summary>
/// The page's two scripts as the build writes them from the templates' assets, each with the page contract
/// (<see cref="PageContract.Json"/>) as <c>contract</c>: <c>settings.js</c>, and <c>reader.js</c> joined from the
/// files of <c>assets/reader/</c> in file name order (00-core.js first). Joined, not loaded as ES modules: Chromium
/// does not load module scripts from file:// (they are fetched with CORS, and a file has no origin), and a built site
/// must read offline from its folder. A site whose templates have a reader.js of their own (and no reader/ folder)
/// keeps it. Every other asset is copied as it is.
/// </summary>
public static partial class PageScripts
{
    public const string SettingsScript = "settings.js";
    public const string ReaderScript = "reader.js";
    /// <summary>The folder of reader.js's parts, inside the assets folder.</summary>
    public const string ReaderParts = "reader";

    /// <summary>Whether an asset (a path relative to the assets folder) is a source of the scripts rather than copied.</summary>
    public static bool IsSource(string relativePath) =>
        relativePath is SettingsScript or ReaderScript || relativePath.StartsWith(ReaderParts + "/", StringComparison.Ordinal);

    /// <summary>The scripts to write into the output's assets folder: (file name, text).</summary>
    public static IReadOnlyList<(string Name, string Text)> Build(string assetsDir)
    {
        var scripts = new List<(string, string)>();
        var settings = Path.Combine(assetsDir, SettingsScript);
        if (File.Exists(settings))
            scripts.Add((SettingsScript, WithContract($"templates/assets/{SettingsScript}", [(SettingsScript, TextFileReader.ReadUtf8(settings))])));
        var partsDir = Path.Combine(assetsDir, ReaderParts);
        var own = Path.Combine(assetsDir, ReaderScript);
        if (Directory.Exists(partsDir))
        {
            if (File.Exists(own))
                throw new UserError(new SourceLocation(own), $"the templates have both {ReaderScript} and a {ReaderParts}/ folder to make it from",
                    $"keep one: the build joins {ReaderParts}/*.js into {ReaderScript}");
            var parts = Directory.EnumerateFiles(partsDir, "*.js").Order(StringComparer.Ordinal)
                .Select(f => ($"{ReaderParts}/{Path.GetFileName(f)}", TextFileReader.ReadUtf8(f))).ToList();
            scripts.Add((ReaderScript, WithContract($"templates/assets/{ReaderParts}/*.js (in file name order)", parts)));
        }
        else if (File.Exists(own))
        {
            scripts.Add((ReaderScript, WithContract($"templates/assets/{ReaderScript}", [(ReaderScript, TextFileReader.ReadUtf8(own))])));
        }
        return scripts;
    }

    // One function around the sources: `contract` and the parts' shared names stay out of the page's global scope.
    // The contract there holds the groups the sources read (settings.js, loaded before the first paint, needs two), and
    // the sources' whole-line comments are left out (they are for whoever edits the sources, and the page loads less).
    private static string WithContract(string from, IReadOnlyList<(string Name, string Text)> sources)
    {
        var js = new StringBuilder();
        var groups = sources.SelectMany(s => GroupUse().Matches(s.Text)).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
        js.Append("// Written by the build from ").Append(from).Append(" and the page contract\n")
          .Append("// (src/QingdaoReader/Rendering/PageContract.cs): edit those, not this file.\n")
          .Append("(function () {\n\"use strict\";\nvar contract = ").Append(PageContract.JsonOf(groups)).Append(";\n");
        foreach (var (name, text) in sources)
        {
            if (sources.Count > 1) js.Append("// ---- ").Append(name).Append('\n');
            foreach (var line in text.ReplaceLineEndings("\n").Split('\n'))
                if (line.Length > 0 && !line.TrimStart().StartsWith("//", StringComparison.Ordinal)) js.Append(line).Append('\n');
        }
        js.Append("})();\n");
        return js.ToString();
    }

    [GeneratedRegex(@"\bcontract\.(\w+)")]
    private static partial Regex GroupUse();
}
