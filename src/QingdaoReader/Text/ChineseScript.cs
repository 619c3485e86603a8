using System.Globalization;
using System.Text;

namespace QingdaoReader.Text;

/// <summary>
/// What counts as a Han character, by Unicode block (BMP and supplementary ideographs): the one definition the
/// importer, the annotator and the Chinese engine share.
/// </summary>
public static class ChineseScript
{
    public static bool IsHan(int codePoint) =>
        codePoint is >= 0x4E00 and <= 0x9FFF     // CJK Unified Ideographs
            or >= 0x3400 and <= 0x4DBF           // Extension A
            or >= 0xF900 and <= 0xFAFF           // Compatibility Ideographs
            or >= 0x20000 and <= 0x323AF         // Extensions B–I
            or >= 0x2F800 and <= 0x2FA1F         // Compatibility Ideographs Supplement
            or 0x3007;                           // 〇 (líng)

    public static bool IsHan(Rune r) => IsHan(r.Value);

    public static bool IsHan(char c) => !char.IsSurrogate(c) && IsHan((int)c);

    public static bool ContainsHan(ReadOnlySpan<char> text)
    {
        foreach (var r in text.EnumerateRunes()) if (IsHan(r.Value)) return true;
        return false;
    }

    public static bool ContainsHan(string text) => ContainsHan(text.AsSpan());

    public static int CountHan(string text)
    {
        var n = 0;
        foreach (var r in text.EnumerateRunes()) if (IsHan(r)) n++;
        return n;
    }

    /// <summary>CJK characters and CJK punctuation: a line break next to one of these is not a word space.</summary>
    public static bool IsCjk(Rune r) =>
        IsHan(r) || r.Value is >= 0x3000 and <= 0x303F or >= 0xFF00 and <= 0xFFEF or >= 0x2E80 and <= 0x2FDF
        || r.Value is 0x201C or 0x201D or 0x2018 or 0x2019 or 0x2026 or 0x2014;
}
