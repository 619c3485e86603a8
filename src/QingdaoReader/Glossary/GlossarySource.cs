namespace QingdaoReader.Glossary;

/// <summary>
/// Where a reader can check a glossary entry: a web page, a document by its title and date, or both. In glossary.yml
/// a source is a web address, a title with its date ("Report to the 20th National Congress of the CPC, 16 October
/// 2022"), or a mapping of <c>title</c>, <c>url</c> and <c>date</c> (see <see cref="GlossarySourcesYaml"/>).
/// </summary>
public sealed record GlossarySource(string? Title, string? Url, string? Date)
{
    /// <summary>What a reader sees of the source: its title, or its address when it has none.</summary>
    public string Label => Title ?? Url ?? "";

    // A year from 1800 to 2099 anywhere in the text: how we tell that a citation is dated, whatever the date's format.
    private static readonly System.Text.RegularExpressions.Regex Year = new(@"(?<!\d)(18|19|20)\d\d(?!\d)",
        System.Text.RegularExpressions.RegexOptions.Compiled);

    public static bool HasYear(string text) => Year.IsMatch(text);

    /// <summary>An absolute http or https address: the only kind a page may link to (no javascript: or file: links).</summary>
    public static bool IsWebAddress(string text) =>
        !text.Any(char.IsWhiteSpace)
        && Uri.TryCreate(text, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
        && uri.Host.Length > 0;
}
