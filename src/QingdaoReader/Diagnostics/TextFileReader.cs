using System.Text;
using QingdaoReader.Text;

namespace QingdaoReader.Diagnostics;

/// <summary>Reads a text file as strict UTF-8, with a clear error for binary files and other encodings.</summary>
public static class TextFileReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Reads a text file in the named encoding (e.g. gb18030), or as strict UTF-8 when none is named.</summary>
    public static string Read(string path, string? encodingName)
    {
        if (encodingName is null) return ReadUtf8(path);
        if (!File.Exists(path)) throw new UserError(new SourceLocation(path), "file not found", "check the path");
        Encoding encoding;
        try
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            encoding = Encoding.GetEncoding(encodingName);
        }
        catch (ArgumentException)
        {
            throw new UserError(null, $"unknown encoding '{encodingName}'", "use e.g. gb18030, gbk, big5 or utf-8");
        }
        return encoding.GetString(File.ReadAllBytes(path));
    }

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
            if (LooksLikeGb18030(bytes))
                throw new UserError(new SourceLocation(path, line), "the file is not UTF-8: it looks like GB18030/GBK, a common Chinese encoding",
                    "convert it with `qreader import --encoding gb18030 FILE`, or save it as UTF-8");
            throw new UserError(new SourceLocation(path, line), "the file is not UTF-8 text",
                "save it as UTF-8 (or, for an article to import, name its encoding with --encoding)");
        }
    }

    /// <summary>
    /// GB18030 decodes any byte sequence, so the test is what comes out: Chinese text decodes to mostly Han characters,
    /// CJK punctuation and ASCII, without private-use or unassigned characters.
    /// </summary>
    public static bool LooksLikeGb18030(byte[] bytes)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var text = Encoding.GetEncoding("gb18030", EncoderFallback.ExceptionFallback, new DecoderReplacementFallback("\uFFFD")).GetString(bytes);
        int han = 0, odd = 0;
        foreach (var r in text.EnumerateRunes())
        {
            if (ChineseScript.IsHan(r)) han++;
            else if (r.Value == 0xFFFD || System.Globalization.CharUnicodeInfo.GetUnicodeCategory(r.Value) is
                     System.Globalization.UnicodeCategory.PrivateUse or System.Globalization.UnicodeCategory.OtherNotAssigned) odd++;
        }
        return han >= 2 && odd * 20 < han;
    }
}
