namespace QingdaoReader.Content.Markdown;

/// <summary>Writes YAML scalars for front matter that round-trip whatever the text holds.</summary>
public static class FrontMatterWriter
{
    public static string Quote(string value) =>
        "\"" + value.Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("\n", "\\n").Replace("\t", "\\t").Replace("\r", "\\r") + "\"";
}
