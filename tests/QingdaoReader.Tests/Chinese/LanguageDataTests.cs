using System.Buffers.Binary;
using QingdaoReader.Chinese;
using QingdaoReader.Chinese.Binary;
using QingdaoReader.DataGen.LanguageData;
using QingdaoReader.Tests.Support;

namespace QingdaoReader.Tests.Chinese;

/// <summary>
/// language.bin, the engine's language data read in place: it must be what the generator makes of today's sources,
/// and a damaged, truncated, foreign or other-version file must be refused with a message that says which and what to do.
/// </summary>
public sealed class LanguageDataTests
{
    private static readonly Lazy<byte[]> Packed = new(() =>
        LanguageDataPacker.Pack(Repo.Path_("src/QingdaoReader/Chinese/Data"), Path.Combine(AppContext.BaseDirectory, "Resources", "jieba")));

    private static byte[] Embedded()
    {
        using var stream = typeof(LanguageDataFile).Assembly.GetManifestResourceStream("QingdaoReader.Chinese.Data.language.bin")!;
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return bytes;
    }

    [Fact]
    public void The_embedded_data_is_what_the_generator_makes_of_the_current_sources()
    {
        // Fails when a source (a .tsv.gz, the polyphone model, jieba's files) changed without `DataGen pack`.
        Assert.True(Packed.Value.AsSpan().SequenceEqual(Embedded()),
            "src/QingdaoReader/Chinese/Data/language.bin is out of date: run `dotnet run --project src/QingdaoReader.DataGen -- pack`");
    }

    [Fact]
    public void Every_section_reads_back_whole()
    {
        var data = LanguageDataFile.FromBytes(Packed.Value, "packed");
        var jieba = JiebaModel.Load(data);
        Assert.Equal([("青岛", "ns"), ("是", "v"), ("个", "q"), ("好", "a"), ("地方", "n")], jieba.Cut("青岛是个好地方"));
        var lexicon = Lexicon.Load(data);
        Assert.True(lexicon.TryGetWord("青岛", out var word));
        Assert.Equal(new string?[] { "qīng", "dǎo" }, word.Preferred.Syllables);
        Assert.False(lexicon.TryGetWord("青岛岛岛", out _));
        Assert.Equal("háng", lexicon.CharReadings('行')![1]);
        Assert.Equal(["shàn"], lexicon.SurnameReading("单")!);
        Assert.True(lexicon.IsSyllable("lü"));
        Assert.True(PolyphoneModel.Load(data).IsPolyphone('行'));
    }

    [Fact]
    public void A_changed_byte_is_refused_as_damaged()
    {
        var bytes = Packed.Value.ToArray();
        bytes[bytes.Length / 2] ^= 0x40;
        var error = Assert.Throws<LanguageDataException>(() => LanguageDataFile.FromBytes(bytes, "test.bin"));
        Assert.Contains("test.bin is damaged", error.Message);
        Assert.Contains("DataGen", error.Message);
    }

    [Fact]
    public void Another_version_is_refused_with_both_versions_named()
    {
        var bytes = Packed.Value.ToArray();
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(8), LanguageDataFormat.Version + 1);
        var error = Assert.Throws<LanguageDataException>(() => LanguageDataFile.FromBytes(bytes, "test.bin"));
        Assert.Contains($"version {LanguageDataFormat.Version + 1}", error.Message);
        Assert.Contains($"reads version {LanguageDataFormat.Version}", error.Message);
    }

    [Fact]
    public void A_truncated_file_is_refused()
    {
        var error = Assert.Throws<LanguageDataException>(() => LanguageDataFile.FromBytes(Packed.Value.AsSpan(0, Packed.Value.Length - 100), "test.bin"));
        Assert.Contains("truncated", error.Message);
    }

    [Fact]
    public void A_file_that_is_not_language_data_is_refused()
    {
        var error = Assert.Throws<LanguageDataException>(() => LanguageDataFile.FromBytes("青岛是个好地方, not data at all, but long enough for a header to be read from it"u8, "notes.txt"));
        Assert.Contains("not QingdaoReader language data", error.Message);
    }
}
