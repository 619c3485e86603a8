using QingdaoReader.Config;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.Serialization;

namespace QingdaoReader.Glossary;

/// <summary>
/// Reads a glossary entry's <c>sources:</c>, a list whose items are each a web address, a title with its date, or a
/// mapping of <c>title</c>, <c>url</c> and <c>date</c>; one source may also stand alone without the list dash. A source
/// must be checkable: it has a web address or a date (a year somewhere in its title or date). Mistakes are thrown as
/// <see cref="YamlValueException"/> at the offending value, which YamlReader reports with the file and line.
/// </summary>
public sealed class GlossarySourcesYaml : IYamlTypeConverter
{
    public static readonly GlossarySourcesYaml Instance = new();

    private static readonly string[] Fields = ["title", "url", "date"];

    private const string Example = "e.g. `- https://www.gov.cn/…` or `- Report to the 20th National Congress of the CPC, 16 October 2022`";

    public bool Accepts(Type type) => type == typeof(IReadOnlyList<GlossarySource>);

    public object? ReadYaml(IParser parser, Type type, ObjectDeserializer rootDeserializer)
    {
        if (parser.Current is Scalar) return new List<GlossarySource> { ReadSource(parser) };
        if (parser.TryConsume<SequenceStart>(out var start))
        {
            var sources = new List<GlossarySource>();
            while (!parser.TryConsume<SequenceEnd>(out _)) sources.Add(ReadSource(parser));
            if (sources.Count == 0)
                throw new YamlValueException(start.Start, start.End, "'sources' is an empty list",
                    $"list at least one source, {Example}");
            return sources;
        }
        throw Refuse(parser.Current!, "'sources' must be a list of sources", $"write each source on its own line starting with `- `, {Example}");
    }

    public void WriteYaml(IEmitter emitter, object? value, Type type, ObjectSerializer serializer) =>
        throw new NotSupportedException("glossary sources are only read");

    private static GlossarySource ReadSource(IParser parser)
    {
        if (parser.TryConsume<Scalar>(out var scalar)) return FromText(scalar);
        if (parser.TryConsume<MappingStart>(out var mapping)) return FromMapping(parser, mapping);
        throw Refuse(parser.Current!, "a source must be a web address, a title with its date, or title/url/date fields",
            "a list inside a source is not allowed: give each source its own `- ` line");
    }

    private static GlossarySource FromText(Scalar scalar)
    {
        var text = scalar.Value.Trim();
        if (text.Length == 0) throw Refuse(scalar, "a source is empty", $"write the source after the dash, {Example}");
        if (GlossarySource.IsWebAddress(text)) return new GlossarySource(null, text, null);
        if (LooksLikeAddress(text))
            throw Refuse(scalar, $"the source '{text}' is not a web address that can be linked",
                "write the whole address, starting with https:// or http://, without spaces");
        if (!GlossarySource.HasYear(text))
            throw Refuse(scalar, $"the source '{text}' has no date",
                "add the document's date after its title (e.g. `…, 16 October 2022`) or give its web address");
        return new GlossarySource(text, null, null);
    }

    private static GlossarySource FromMapping(IParser parser, MappingStart mapping)
    {
        string? title = null, url = null, date = null;
        while (!parser.TryConsume<MappingEnd>(out _))
        {
            var key = parser.Consume<Scalar>();
            if (!parser.TryConsume<Scalar>(out var value))
                throw Refuse(parser.Current!, $"the source's '{key.Value}' must be a single value", "write it on the same line as its key");
            var text = value.Value.Trim();
            switch (key.Value)
            {
                case "title": title = text.Length > 0 ? text : null; break;
                case "url":
                    if (!GlossarySource.IsWebAddress(text))
                        throw Refuse(value, $"the source's url '{text}' is not a web address that can be linked",
                            "write the whole address, starting with https:// or http://, without spaces");
                    url = text;
                    break;
                case "date":
                    if (!GlossarySource.HasYear(text))
                        throw Refuse(value, $"the source's date '{text}' has no year",
                            "write it as 2022-10-16, 16 October 2022, October 2022 or 2022");
                    date = text;
                    break;
                default:
                    var closest = ClosestKey.Find(key.Value, Fields);
                    throw Refuse(key, $"unknown source field '{key.Value}'",
                        closest is null ? "a source has title, url and date" : $"did you mean '{closest}'?");
            }
        }
        if (url is null && title is null)
            throw Refuse(mapping, "a source has neither a title nor a url", "give the document's title and date, or its url");
        if (url is null && date is null && !GlossarySource.HasYear(title!))
            throw Refuse(mapping, $"the source '{title}' has neither a date nor a url",
                "add `date:` (e.g. 2022-10-16) or `url:` so that a reader can find the document");
        return new GlossarySource(title, url, date);
    }

    // "www.gov.cn/…" or "gov.cn/page": meant as an address, but a browser would take it for a path inside the site.
    private static bool LooksLikeAddress(string text) =>
        !text.Any(char.IsWhiteSpace) && (text.Contains("://", StringComparison.Ordinal) || text.StartsWith("www.", StringComparison.OrdinalIgnoreCase)
            || System.Text.RegularExpressions.Regex.IsMatch(text, @"^[a-z0-9-]+(\.[a-z0-9-]+)+/", System.Text.RegularExpressions.RegexOptions.IgnoreCase));

    private static YamlValueException Refuse(ParsingEvent at, string message, string hint) => new(at.Start, at.End, message, hint);
}
