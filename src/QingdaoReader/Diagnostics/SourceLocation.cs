namespace QingdaoReader.Diagnostics;

/// <summary>Where something came from: a file, and the 1-based line and column when known.</summary>
public readonly record struct SourceLocation(string File, int Line = 0, int Column = 0)
{
    public override string ToString() =>
        Line <= 0 ? File : Column <= 0 ? $"{File}({Line})" : $"{File}({Line},{Column})";
}
