namespace QingdaoReader.Output;

/// <summary>
/// One file of the output: its path in the output folder and how to write it, streamed as text, or, for a file copied
/// as it is (an image, a font), its bytes.
/// </summary>
public sealed record OutputFile(string Path, Action<TextWriter> Write)
{
    /// <summary>The bytes of a file copied as it is; <see cref="Write"/> is then not used.</summary>
    public byte[]? Content { get; init; }

    public static OutputFile OfText(string path, string text) => new(path, output => output.Write(text));

    public static OutputFile Copy(string path, byte[] content) => new(path, _ => { }) { Content = content };

    public string Text() => Content is null ? TextOf(Write) : System.Text.Encoding.UTF8.GetString(Content);

    public static string TextOf(Action<TextWriter> write)
    {
        var text = new StringWriter();
        write(text);
        return text.ToString();
    }
}
