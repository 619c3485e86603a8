using YamlDotNet.Core;

namespace QingdaoReader.Config;

/// <summary>
/// A value a type converter refused, with what to do about it. <see cref="YamlReader"/> reports it as a
/// <see cref="Diagnostics.UserError"/> at the value's own line, not at the key that holds it.
/// </summary>
public sealed class YamlValueException(Mark start, Mark end, string message, string hint) : YamlException(start, end, message)
{
    public string Hint { get; } = hint;
}
