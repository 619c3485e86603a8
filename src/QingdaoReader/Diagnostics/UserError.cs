namespace QingdaoReader.Diagnostics;

/// <summary>
/// A mistake in the user's input (content, config, templates, command line). The CLI prints it as
/// <c>file(line,col): error: message</c> with a hint and exits non-zero, without a stack trace.
/// </summary>
public sealed class UserError : Exception
{
    public UserError(SourceLocation? location, string message, string? hint = null, Exception? inner = null)
        : base(message, inner)
    {
        Location = location;
        Hint = hint;
    }

    public SourceLocation? Location { get; }

    /// <summary>What the user can do about it.</summary>
    public string? Hint { get; }

    public string Format()
    {
        var where = Location is { } l ? $"{l}: " : "";
        return Hint is null ? $"{where}error: {Message}" : $"{where}error: {Message}\n  hint: {Hint}";
    }
}
