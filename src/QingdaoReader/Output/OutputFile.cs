namespace QingdaoReader.Output;

/// <summary>A file of the site, by its path in the output and the code that writes its text.</summary>
public sealed record OutputFile(string Path, Action<TextWriter> Write)
{
    public string Text() => TextOf(Write);

    public static string TextOf(Action<TextWriter> write)
    {
        var text = new StringWriter();
        write(text);
        return text.ToString();
    }
}
