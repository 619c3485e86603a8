using System.Text;

namespace QingdaoReader.Diagnostics;

/// <summary>Reads a text file as strict UTF-8, with a clear error for binary files and other encodings.</summary>
public static class TextFileReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string ReadUtf8(string path)
    {
        if (!File.Exists(path))
            throw new UserError(new SourceLocation(path), "file not found", "check the path");
        var bytes = File.ReadAllBytes(path);
        return DecodeUtf8(bytes, path);
    }

    public static string DecodeUtf8(byte[] bytes, string path)
    {
        if (Array.IndexOf(bytes, (byte)0) >= 0)
            throw new UserError(new SourceLocation(path), "this is a binary file, not text", "give a UTF-8 text file");
        try
        {
            var text = StrictUtf8.GetString(bytes);
            return text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
        }
        catch (DecoderFallbackException e)
        {
            var line = 1 + bytes.AsSpan(0, Math.Min(e.Index < 0 ? 0 : e.Index, bytes.Length)).Count((byte)'\n');
            throw new UserError(new SourceLocation(path, line), "the file is not UTF-8 (it looks like GB18030/GBK, a common Chinese encoding)",
                "convert it with `qreader import --encoding gb18030 FILE`, or save it as UTF-8");
        }
    }
}
