namespace QingdaoReader.Rendering;

/// <summary>
/// A reading's word data as the script file beside its page, loaded by reader.js when the page is idle or at the first
/// popup, so the page itself stays light.
/// </summary>
public static class WordDataScript
{
    public const string FileName = "words.js";

    /// <summary>Writes the word data's JSON as a script that hands it to reader.js's
    /// <see cref="PageContract.WordsCallback"/> (a script rather than a JSON file, so the popups work from <c>file://</c> too).</summary>
    public static void Write(string json, TextWriter output)
    {
        output.Write(PageContract.WordsCallback);
        output.Write('(');
        output.Write(json);
        output.Write(");\n");
    }
}
