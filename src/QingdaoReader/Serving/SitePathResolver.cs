namespace QingdaoReader.Serving;

/// <summary>What a request path names: a file of the served folder, nothing there, or no usable path at all.</summary>
public enum RequestPathOutcome
{
    Found,
    NotFound,
    Malformed,
}

/// <summary>The outcome of resolving a request path; <see cref="File"/> is the file's real path when found.</summary>
public sealed record ResolvedRequestPath(RequestPathOutcome Outcome, string? File)
{
    public static readonly ResolvedRequestPath NotFound = new(RequestPathOutcome.NotFound, null);
    public static readonly ResolvedRequestPath Malformed = new(RequestPathOutcome.Malformed, null);
}

/// <summary>
/// Maps a request's URL path to a file of a served folder, and to nothing outside it. Used by <c>qreader serve</c>
/// and by the tests' static server, so both refuse the same requests.
/// </summary>
public sealed class SitePathResolver
{
    /// <summary>Longer (still percent-encoded) paths are refused: no page of a site has one.</summary>
    public const int MaxPathLength = 2048;

    // As Linux's own limit on links followed in one lookup: a loop of links ends here instead of spinning.
    private const int MaxLinks = 40;

    private static readonly char[] Separators = [Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar];

    public SitePathResolver(string root) => Root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));

    public string Root { get; }

    /// <summary>
    /// Resolves a URL path as sent (percent-encoded, such as <see cref="Uri.AbsolutePath"/>). A folder stands for its
    /// <c>index.html</c>. Found only when the file, with every symbolic link on the way followed, is the folder or lies
    /// under it.
    /// </summary>
    public ResolvedRequestPath Resolve(string escapedPath)
    {
        if (escapedPath.Length > MaxPathLength) return ResolvedRequestPath.Malformed;
        // Decoded exactly once: "%252e%252e" names a file called "%2e%2e", as a static host would read it.
        var path = Uri.UnescapeDataString(escapedPath);
        // NUL ends a path for the operating system; no control character belongs in a site's file name.
        if (path.Any(char.IsControl)) return ResolvedRequestPath.Malformed;
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        // Dot segments could only climb out; a backslash is a separator on Windows, and a colon names a drive or a
        // stream there. None of them is part of a built site's file name.
        if (segments.Any(s => s is "." or ".." || s.Contains('\\') || s.Contains(':'))) return ResolvedRequestPath.NotFound;

        // The root's real path too: the containment test compares real paths with real paths.
        var root = RealPath(Root);
        if (root is null) return ResolvedRequestPath.NotFound;
        var file = RealPath(Path.Join(root, string.Join(Path.DirectorySeparatorChar, segments)));
        if (file is null || !Inside(root, file)) return ResolvedRequestPath.NotFound;
        if (Directory.Exists(file))
        {
            // index.html may itself be a link pointing out.
            file = RealPath(Path.Join(file, "index.html"));
            if (file is null || !Inside(root, file)) return ResolvedRequestPath.NotFound;
        }
        return File.Exists(file) ? new ResolvedRequestPath(RequestPathOutcome.Found, file) : ResolvedRequestPath.NotFound;
    }

    /// <summary>The folder itself, or a path under it: "/site/_site-old" is not under "/site/_site".</summary>
    public static bool Inside(string root, string path)
    {
        if (path.Equals(root, StringComparison.Ordinal)) return true;
        var prefix = Path.EndsInDirectorySeparator(root) ? root : root + Path.DirectorySeparatorChar;
        return path.StartsWith(prefix, StringComparison.Ordinal);
    }

    /// <summary>
    /// The path with every symbolic link on the way followed, component by component, as the operating system does
    /// when it opens the path; ".." in a link's target applies to where the link led. The result holds no link, so
    /// the file opened is the file checked. Null when links loop or a component cannot be examined.
    /// </summary>
    public static string? RealPath(string fullPath)
    {
        var pending = new Stack<string>();
        var current = Path.GetPathRoot(fullPath);
        if (string.IsNullOrEmpty(current)) return null;
        Push(pending, fullPath[current.Length..]);
        var links = 0;
        while (pending.TryPop(out var part))
        {
            if (part is "" or ".") continue;
            if (part == "..")
            {
                current = Path.GetDirectoryName(current) ?? current;
                continue;
            }
            var next = Path.Join(current, part);
            string? target;
            try { target = new FileInfo(next).LinkTarget; }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return null; }
            if (target is null)
            {
                current = next;
                continue;
            }
            if (++links > MaxLinks) return null;
            // A relative target starts from the link's folder, which is where the walk stands.
            var targetRoot = Path.GetPathRoot(target);
            if (!string.IsNullOrEmpty(targetRoot)) current = targetRoot;
            Push(pending, target[(targetRoot?.Length ?? 0)..]);
        }
        return current;
    }

    private static void Push(Stack<string> pending, string relative)
    {
        var parts = relative.Split(Separators);
        for (var i = parts.Length - 1; i >= 0; i--) pending.Push(parts[i]);
    }
}
