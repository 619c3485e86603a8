namespace QingdaoReader.Chinese.Binary;

/// <summary>
/// The layout of <c>language.bin</c>, the engine's language data in one file that is read in place (no parsing at
/// start-up): shared by the reader (<see cref="LanguageDataFile"/>) and the writer in QingdaoReader.DataGen.
/// </summary>
/// <remarks>
/// Little-endian throughout. A 64-byte header (<see cref="Magic"/>, <see cref="Version"/>, section count, the length
/// and XxHash3 of everything after the header), then a table of sections (an 8-byte ASCII name, offset and length
/// from the start of the file), then the sections, each 8-byte aligned. A section is a sequence of values and arrays
/// (<see cref="SectionReader"/>): an array is its element count (int32), padding to 8 bytes, then its elements.
/// </remarks>
public static class LanguageDataFormat
{
    /// <summary>The first eight bytes of the file.</summary>
    public static ReadOnlySpan<byte> Magic => "QRLANG\0\0"u8;

    /// <summary>The layout's version: raise it whenever a section's contents change shape.</summary>
    public const int Version = 1;

    public const int HeaderSize = 64;
    public const int SectionEntrySize = 24;
    public const int SectionNameSize = 8;

    /// <summary>jieba's prefix dictionary (dict.txt) as a character trie.</summary>
    public const string JiebaDictionary = "jb.dict";
    /// <summary>jieba's part-of-speech HMM (pos_prob_start/trans/emit.json, char_state_tab.json).</summary>
    public const string JiebaHmm = "jb.hmm";
    /// <summary>CC-CEDICT words: an open-addressing hash table over the headwords and each word's data line.</summary>
    public const string Words = "lx.words";
    /// <summary>Unihan character readings, most frequent first, as indexes into <see cref="Syllables"/>.</summary>
    public const string Characters = "lx.chars";
    /// <summary>Every syllable the data uses, once.</summary>
    public const string Syllables = "lx.syl";
    /// <summary>Surname readings with the number of person names each surname begins (TSV lines).</summary>
    public const string Surnames = "lx.sur";
    /// <summary>Readings of the halves of four-character entries (TSV lines).</summary>
    public const string IdiomHalves = "lx.idiom";
    /// <summary>The polyphone model (g2pM's weights) in its own format (<see cref="PolyphoneModel"/>).</summary>
    public const string PolyphoneModel = "pm.model";

    /// <summary>The hash of a word for the word table: FNV-1a over its UTF-16 code units (stable across runs and platforms).</summary>
    public static uint WordHash(ReadOnlySpan<char> word)
    {
        uint hash = 2166136261;
        foreach (char c in word)
        {
            hash = (hash ^ (byte)c) * 16777619;
            hash = (hash ^ (byte)(c >> 8)) * 16777619;
        }
        return hash;
    }

    /// <summary>Marks "no node", "no row" or "no tag" in the tables.</summary>
    public const int None = -1;
}
