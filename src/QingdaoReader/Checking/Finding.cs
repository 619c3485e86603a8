using QingdaoReader.Diagnostics;

namespace QingdaoReader.Checking;

public enum Severity { Warning, Error }

/// <summary>A problem <c>qreader check</c> found in the content, with where it is.</summary>
public sealed record Finding(Severity Severity, SourceLocation Location, string Message)
{
    public override string ToString() => $"{Location}: {(Severity == Severity.Error ? "error" : "warning")}: {Message}";
}
