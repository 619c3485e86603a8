using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace QingdaoReader.Accuracy;

/// <summary>
/// pinyin-pro run live: node/pinyin-pro.mjs reads every text of the gold files in one node process, so the side-by-side
/// figures come from the same run as the engine's. Null when node or the npm package is missing; the report then
/// falls back to the stored output in Data/pinyin-pro/ (<see cref="StoredReadings"/>).
/// </summary>
public static class LiveReadings
{
    public const string ExpectedVersion = "3.29.4";

    /// <summary>Runs pinyin-pro over <paramref name="texts"/>; returns a reader and the version, or null with the reason.</summary>
    public static (Func<string, List<string>>? Reader, string Description) TryRun(IReadOnlyCollection<string> texts)
    {
        string? nodeDir = FindNodeDirectory();
        if (nodeDir is null) return (null, "node/pinyin-pro.mjs not found");
        if (!Directory.Exists(Path.Combine(nodeDir, "node_modules", "pinyin-pro")))
            return (null, $"pinyin-pro is not installed (npm install --prefix {Path.GetRelativePath(Environment.CurrentDirectory, nodeDir)})");
        var psi = new ProcessStartInfo("node", ["pinyin-pro.mjs"])
        {
            WorkingDirectory = nodeDir,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardInputEncoding = new UTF8Encoding(false),
            StandardOutputEncoding = Encoding.UTF8,
        };
        Process? process;
        try { process = Process.Start(psi); }
        catch (Win32Exception) { return (null, "node is not on PATH"); }
        if (process is null) return (null, "node did not start");
        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            foreach (string text in texts) process.StandardInput.Write(text + "\n");
            process.StandardInput.Close();
            process.WaitForExit();
            string[] lines = stdout.Result.Split('\n');
            if (process.ExitCode != 0 || lines.Length < texts.Count + 1)
                return (null, $"node pinyin-pro.mjs failed (exit {process.ExitCode}): {stderr.Result.Trim()}");
            string version = lines[0].Trim();
            if (version != "pinyin-pro " + ExpectedVersion)
                return (null, $"{version} is installed, the report compares against {ExpectedVersion}");
            var byText = new Dictionary<string, List<string>>(StringComparer.Ordinal);
            int i = 1;
            foreach (string text in texts) byText[text] = [.. lines[i++].Split(' ', StringSplitOptions.RemoveEmptyEntries)];
            return (t => byText.TryGetValue(t, out var s) ? s : [], $"{version}, run live with node");
        }
    }

    /// <summary>The project's node/ folder, found by walking up from the build output.</summary>
    private static string? FindNodeDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "node");
            if (File.Exists(Path.Combine(candidate, "pinyin-pro.mjs"))) return candidate;
        }
        return null;
    }
}
