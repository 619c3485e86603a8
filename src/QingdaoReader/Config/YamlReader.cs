using QingdaoReader.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace QingdaoReader.Config;

/// <summary>
/// The one way we read YAML: snake_case keys, unknown keys rejected, errors with file and line. Types are read through a
/// context that YamlDotNet's source generator writes (<see cref="YamlContext"/>), not reflection, so the native
/// executable reads YAML as <c>dotnet run</c> does.
/// </summary>
public sealed class YamlReader
{
    private readonly StaticContext _context;
    private readonly IDeserializer _deserializer;

    /// <param name="context">The generated context that knows the types to read.</param>
    /// <param name="converters">Converters for values that are not plain scalars, lists or mappings.</param>
    public YamlReader(StaticContext context, params IYamlTypeConverter[] converters)
    {
        _context = context;
        var builder = new StaticDeserializerBuilder(context).WithNamingConvention(UnderscoredNamingConvention.Instance);
        foreach (var converter in converters) builder = builder.WithTypeConverter(converter);
        _deserializer = builder.Build();
    }

    /// <param name="lineOffset">Lines before the YAML text in its file (front matter starts after the opening ---).</param>
    /// <param name="what">What a key names, for messages: "site setting", "front matter key", "glossary field".</param>
    public T? Deserialize<T>(string yaml, string path, int lineOffset, string what)
    {
        var tabbed = Array.FindIndex(yaml.Split('\n'), l => l.Length > l.TrimStart(' ', '\t').Length && l[..(l.Length - l.TrimStart(' ', '\t').Length)].Contains('\t'));
        if (tabbed >= 0)
        {
            var line = tabbed + 1 + lineOffset;
            throw new UserError(new SourceLocation(path, line), "YAML does not allow tab characters for indentation",
                "indent with spaces");
        }
        try
        {
            return _deserializer.Deserialize<T>(yaml);
        }
        catch (YamlException e)
        {
            // A converter refused a value and said why: report it where the value is.
            if (Inner(e) is YamlValueException refused)
                throw new UserError(new SourceLocation(path, (int)refused.Start.Line + lineOffset, (int)refused.Start.Column),
                    refused.Message, refused.Hint);
            // YamlDotNet may notice an unclosed bracket only after the last line: point at the last line instead.
            var yamlLines = yaml.TrimEnd('\n').Split('\n');
            var errorLine = Math.Min((int)e.Start.Line, yamlLines.Length);
            var line = errorLine + lineOffset;
            var message = Inner(e).Message;
            if (message.Contains("No node deserializer", StringComparison.Ordinal) || message.Contains("Failed to create an instance", StringComparison.Ordinal)
                || message.Contains("Expected 'Scalar'", StringComparison.Ordinal) || message.Contains("Exception during deserialization", StringComparison.Ordinal))
            {
                var keyLine = errorLine >= 1 ? yamlLines[errorLine - 1] : "";
                var key = keyLine.Contains(':') ? keyLine[..keyLine.IndexOf(':')].Trim().TrimStart('-', ' ') : "this value";
                throw new UserError(new SourceLocation(path, line, (int)e.Start.Column), $"'{key}' has the wrong kind of value",
                    "give it a single value (text, number or true/false) unless it is meant to be a list like authors: [a, b]");
            }
            var unknown = System.Text.RegularExpressions.Regex.Match(message, "Property '([^']+)' not found on type");
            if (unknown.Success)
            {
                var key = unknown.Groups[1].Value;
                var known = KnownKeys(typeof(T));
                var closest = ClosestKey.Find(key, known);
                throw new UserError(new SourceLocation(path, line, (int)e.Start.Column), $"unknown {what} '{key}'",
                    closest is null ? $"known keys: {string.Join(", ", known)}" : $"did you mean '{closest}'?");
            }
            throw new UserError(new SourceLocation(path, line, (int)e.Start.Column), $"malformed YAML: {Clean(message)}",
                "check the indentation and quoting on that line");
        }
    }

    /// <summary>The keys a YAML mapping of <paramref name="type"/> (or of a list's items) may have, as written in YAML.</summary>
    public IReadOnlyList<string> KnownKeys(Type type)
    {
        var itemType = _context.GetFactory().IsList(type) ? _context.GetFactory().GetValueType(type) : type;
        return _context.GetTypeInspector().GetProperties(itemType, null).Where(p => p.CanWrite)
            .Select(p => UnderscoredNamingConvention.Instance.Apply(p.Name)).ToList();
    }

    private static Exception Inner(Exception e)
    {
        while (e.InnerException is not null && e is YamlException && e.InnerException is YamlException) e = e.InnerException;
        return e.InnerException is YamlException ? e.InnerException : e;
    }

    private static string Clean(string message)
    {
        var i = message.IndexOf("):", StringComparison.Ordinal);
        return (i >= 0 && message.StartsWith('(') ? message[(i + 2)..] : message).Trim();
    }
}
