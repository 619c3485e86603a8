using System.Buffers.Binary;
using System.IO.Hashing;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;

namespace QingdaoReader.Chinese.Binary;

/// <summary>
/// The engine's language data (<c>language.bin</c>, written by QingdaoReader.DataGen): CC-CEDICT, Unihan, jieba's
/// dictionary and HMM and the polyphone model, read in place. Opening it checks the header, the version and the
/// checksum; the sections are then read as spans over the file's memory, without parsing. Immutable.
/// </summary>
public sealed unsafe class LanguageDataFile
{
    private const string ResourceName = "QingdaoReader.Chinese.Data.language.bin";
    private static readonly Lazy<LanguageDataFile> EmbeddedFile = new(OpenEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly byte* _start;
    private readonly Dictionary<string, (int Offset, int Length)> _sections;
    // Keeps a pinned copy alive (a file read from disk); null for the embedded resource, which lives with the assembly.
    private readonly byte[]? _pinned;

    private LanguageDataFile(byte* start, long length, string source, byte[]? pinned)
    {
        _start = start;
        _pinned = pinned;
        Source = source;
        var file = new ReadOnlySpan<byte>(start, checked((int)length));
        _sections = ReadHeader(file, source);
    }

    /// <summary>Where the data came from, for messages.</summary>
    public string Source { get; }

    /// <summary>The data embedded in this assembly (mapped with it; checked once, on first use).</summary>
    public static LanguageDataFile Embedded => EmbeddedFile.Value;

    /// <summary>Reads a language data file from bytes (a pinned copy is kept): for tests of damaged or foreign files.</summary>
    public static LanguageDataFile FromBytes(ReadOnlySpan<byte> bytes, string source)
    {
        var pinned = GC.AllocateUninitializedArray<byte>(bytes.Length, pinned: true);
        bytes.CopyTo(pinned);
        return new LanguageDataFile((byte*)Unsafe.AsPointer(ref MemoryMarshal.GetArrayDataReference(pinned)), pinned.Length, source, pinned);
    }

    private static LanguageDataFile OpenEmbedded()
    {
        using var stream = typeof(LanguageDataFile).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new LanguageDataException($"the language data ({ResourceName}) is missing from the build; regenerate it with src/QingdaoReader.DataGen (see src/QingdaoReader/Chinese/README.md) and rebuild");
        // An embedded resource is mapped with the assembly: read it in place.
        if (stream is UnmanagedMemoryStream mapped) return new LanguageDataFile(mapped.PositionPointer, mapped.Length, "the embedded language.bin", null);
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return FromBytes(bytes, "the embedded language.bin");
    }

    /// <summary>Whether the file has a section of this name.</summary>
    public bool Has(string name) => _sections.ContainsKey(name);

    internal SectionReader Section(string name)
    {
        if (!_sections.TryGetValue(name, out var section))
            throw new LanguageDataException($"{Source} has no section '{name}'; regenerate language.bin (src/QingdaoReader.DataGen)");
        return new SectionReader(_start + section.Offset, section.Length, name);
    }

    /// <summary>A section's bytes, for data in a format of its own (the polyphone model).</summary>
    internal ReadOnlySpan<byte> Bytes(string name)
    {
        if (!_sections.TryGetValue(name, out var section))
            throw new LanguageDataException($"{Source} has no section '{name}'; regenerate language.bin (src/QingdaoReader.DataGen)");
        return new ReadOnlySpan<byte>(_start + section.Offset, section.Length);
    }

    private static Dictionary<string, (int, int)> ReadHeader(ReadOnlySpan<byte> file, string source)
    {
        const string regenerate = "regenerate it with src/QingdaoReader.DataGen (see src/QingdaoReader/Chinese/README.md) and rebuild";
        if (!BitConverter.IsLittleEndian)
            throw new LanguageDataException("the language data is little-endian; this machine is not, which QingdaoReader does not support");
        if (file.Length < LanguageDataFormat.HeaderSize || !file[..8].SequenceEqual(LanguageDataFormat.Magic))
            throw new LanguageDataException($"{source} is not QingdaoReader language data (no QRLANG header); {regenerate}");
        int version = BinaryPrimitives.ReadInt32LittleEndian(file[8..]);
        if (version != LanguageDataFormat.Version)
            throw new LanguageDataException($"{source} is language data version {version}, but this QingdaoReader reads version {LanguageDataFormat.Version}; {regenerate}");
        int count = BinaryPrimitives.ReadInt32LittleEndian(file[12..]);
        long length = BinaryPrimitives.ReadInt64LittleEndian(file[16..]);
        ulong checksum = BinaryPrimitives.ReadUInt64LittleEndian(file[24..]);
        if (length != file.Length - LanguageDataFormat.HeaderSize)
            throw new LanguageDataException($"{source} is {file.Length} bytes, but its header says {length + LanguageDataFormat.HeaderSize} (a truncated or padded copy); {regenerate}");
        if (XxHash3.HashToUInt64(file[LanguageDataFormat.HeaderSize..]) != checksum)
            throw new LanguageDataException($"{source} is damaged: its checksum does not match its contents; {regenerate}");
        var sections = new Dictionary<string, (int, int)>(StringComparer.Ordinal);
        for (int i = 0; i < count; i++)
        {
            var entry = file.Slice(LanguageDataFormat.HeaderSize + i * LanguageDataFormat.SectionEntrySize, LanguageDataFormat.SectionEntrySize);
            string name = Encoding.ASCII.GetString(entry[..LanguageDataFormat.SectionNameSize]).TrimEnd('\0');
            long offset = BinaryPrimitives.ReadInt64LittleEndian(entry[8..]);
            long size = BinaryPrimitives.ReadInt64LittleEndian(entry[16..]);
            if (offset < 0 || size < 0 || offset + size > file.Length || offset % 8 != 0)
                throw new LanguageDataException($"{source}: section '{name}' lies outside the file; {regenerate}");
            sections[name] = ((int)offset, (int)size);
        }
        return sections;
    }
}
