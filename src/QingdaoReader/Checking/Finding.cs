using QingdaoReader.Diagnostics;

namespace QingdaoReader.Checking;

public enum Severity { Warning, Error }

/// <summary>A problem <c>qreader check</c> found in the content, with where it is.</summary>
public sealed record Finding(Severity Severity, SourceLocation Location, string Message)
{
    /// <summary>
    /// Whether <c>--strict</c> fails on this finding when it is a warning. Advice the teacher may leave unanswered (an
    /// unofficial glossary entry without sources) is listed but does not stop a strict check.
    /// </summary>
    public bool FailsStrict { get; init; } = true;

    public override string ToString() => $"{Location}: {(Severity == Severity.Error ? "error" : "warning")}: {Message}";
}
