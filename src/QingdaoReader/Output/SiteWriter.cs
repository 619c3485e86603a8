using System.Text;
using QingdaoReader.Diagnostics;

namespace QingdaoReader.Output;

/// <summary>
/// Writes a built site so that a failed build never costs the previous one: files go to a fresh folder beside the
/// output, which replaces the output only when everything is written. Cleaning touches nothing but the output folder.
/// For <c>qreader serve</c>'s rebuilds there is an in-place mode: only files whose content changed are written, and
/// files no longer produced are removed at commit (a preview server keeps serving; speed matters more there).
/// </summary>
public sealed class SiteWriter : IDisposable
{
    private static readonly UTF8Encoding Utf8 = new(false);
    private readonly string _output;
    private readonly string _staging;
    private readonly bool _inPlace;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, byte> _written = new(StringComparer.Ordinal);
    private bool _committed;

    /// <param name="inPlace">Update an existing output of ours in place (serve's rebuilds) instead of staging a new one.</param>
    public SiteWriter(string outputDir, bool inPlace = false)
    {
        _output = Path.GetFullPath(outputDir);
        if (inPlace && File.Exists(Path.Combine(_output, MarkerFile)))
        {
            _inPlace = true;
            _staging = _output;
            _written[Path.Combine(_output, MarkerFile)] = 0;
            return;
        }
        var parent = Path.GetDirectoryName(_output.TrimEnd(Path.DirectorySeparatorChar))
            ?? throw new UserError(new SourceLocation(outputDir), "the output folder cannot be the file system root");
        Directory.CreateDirectory(parent);
        _staging = Path.Combine(parent, $".site-build-{Environment.ProcessId}-{Guid.NewGuid():N}"[..30]);
        RefuseForeignFolder(_output);
        Directory.CreateDirectory(_staging);
        File.WriteAllText(Path.Combine(_staging, MarkerFile), "Built by QingdaoReader. This folder is replaced on every build.\n");
    }

    // Replacing the output folder deletes what it held: never do that to a folder some build of ours did not write.
    private static void RefuseForeignFolder(string output)
    {
        if (File.Exists(output))
            throw new UserError(new SourceLocation(output), "the output path is a file, not a folder", "choose a folder for --output");
        if (!Directory.Exists(output) || File.Exists(Path.Combine(output, MarkerFile))) return;
        if (Directory.EnumerateFileSystemEntries(output).Any())
            throw new UserError(new SourceLocation(output), "the output folder holds files that QingdaoReader did not write; nothing was deleted",
                "choose an empty or new folder with --output, or delete this one yourself if it is an old build");
    }

    public string OutputDir => _output;

    /// <summary>Marks a folder as ours: only a folder holding it (or an empty one) is ever replaced by a build.</summary>
    public const string MarkerFile = ".qreader-output";

    public void WriteText(string relativePath, string content) => WriteBytes(relativePath, Utf8.GetBytes(content));

    /// <summary>The one way an output file is written: its bytes as they are, or its text streamed.</summary>
    public void Write(OutputFile file)
    {
        if (file.Content is { } bytes) WriteBytes(file.Path, bytes);
        else Write(file.Path, file.Write);
    }

    /// <summary>
    /// Writes a file as <paramref name="write"/> produces it: streamed to disk (UTF-8), so a long page never exists as
    /// one string. In place (serve), the text is made first and written only if it changed.
    /// </summary>
    public void Write(string relativePath, Action<TextWriter> write)
    {
        if (_inPlace)
        {
            WriteText(relativePath, OutputFile.TextOf(write));
            return;
        }
        var path = Resolve(relativePath);
        _written[path] = 0;
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        // The writer's own buffer (64 K chars) is the only one: the file stream below it is unbuffered.
        using var stream = new FileStream(path, new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write, BufferSize = 0 });
        using var file = new StreamWriter(stream, Utf8, bufferSize: 1 << 16);
        write(file);
    }

    /// <summary>
    /// Writes what this output held after the last build (serve's unchanged readings). In place, a file of the same
    /// length is trusted and kept without being read: a rebuild of a site of hundreds of readings would otherwise read
    /// back and compare every page.
    /// </summary>
    public void WriteKnown(string relativePath, byte[] content)
    {
        if (_inPlace)
        {
            var path = Resolve(relativePath);
            var file = new FileInfo(path);
            if (file.Exists && file.Length == content.Length)
            {
                _written[path] = 0;
                return;
            }
        }
        WriteBytes(relativePath, content);
    }

    public void WriteBytes(string relativePath, byte[] content)
    {
        var path = Resolve(relativePath);
        _written[path] = 0;
        if (_inPlace && File.Exists(path) && new FileInfo(path).Length == content.Length && File.ReadAllBytes(path).AsSpan().SequenceEqual(content))
            return;
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, content);
    }

    private string Resolve(string relativePath)
    {
        var full = Path.GetFullPath(Path.Combine(_staging, relativePath));
        if (!full.StartsWith(_staging + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            throw new InvalidOperationException($"refusing to write outside the output folder: {relativePath}");
        return full;
    }

    /// <summary>Replaces the output folder with what was written.</summary>
    public void Commit()
    {
        if (_inPlace)
        {
            foreach (var stale in Directory.EnumerateFiles(_output, "*", SearchOption.AllDirectories).Where(f => !_written.ContainsKey(f)).ToList())
                File.Delete(stale);
            _committed = true;
            return;
        }
        var old = _output + ".old-" + Guid.NewGuid().ToString("N")[..8];
        if (Directory.Exists(_output)) Directory.Move(_output, old);
        Directory.Move(_staging, _output);
        _committed = true;
        if (Directory.Exists(old)) DeleteTree(old);
    }

    // The old output of a big site is thousands of files: their folders are emptied in parallel, then removed.
    // Links are removed, never followed.
    private static void DeleteTree(string root)
    {
        var folders = new List<string>();
        var pending = new Stack<string>([root]);
        while (pending.TryPop(out var dir))
        {
            folders.Add(dir);
            foreach (var sub in new DirectoryInfo(dir).EnumerateDirectories())
                if (!sub.Attributes.HasFlag(FileAttributes.ReparsePoint)) pending.Push(sub.FullName);
        }
        Parallel.ForEach(folders, dir =>
        {
            foreach (var file in Directory.EnumerateFiles(dir)) File.Delete(file);
        });
        Directory.Delete(root, recursive: true);
    }

    public void Dispose()
    {
        if (!_committed && !_inPlace && Directory.Exists(_staging)) Directory.Delete(_staging, recursive: true);
    }
}
