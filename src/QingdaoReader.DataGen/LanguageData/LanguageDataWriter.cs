using System.Buffers.Binary;
using System.IO.Hashing;
using System.Text;
using QingdaoReader.Chinese.Binary;

namespace QingdaoReader.DataGen.LanguageData;

/// <summary>Puts named sections together into one language data file: header, section table, sections (8-byte aligned).</summary>
internal static class LanguageDataWriter
{
    public static byte[] Write(IReadOnlyList<(string Name, byte[] Bytes)> sections)
    {
        int tableEnd = LanguageDataFormat.HeaderSize + sections.Count * LanguageDataFormat.SectionEntrySize;
        long offset = Align(tableEnd);
        var placed = new List<long>();
        foreach (var (_, bytes) in sections)
        {
            placed.Add(offset);
            offset = Align(offset + bytes.Length);
        }
        var file = new byte[offset];
        var span = file.AsSpan();
        for (int i = 0; i < sections.Count; i++)
        {
            var (name, bytes) = sections[i];
            if (name.Length > LanguageDataFormat.SectionNameSize || Encoding.ASCII.GetByteCount(name) != name.Length)
                throw new ArgumentException($"section name '{name}' is not ASCII of at most {LanguageDataFormat.SectionNameSize} characters");
            var entry = span.Slice(LanguageDataFormat.HeaderSize + i * LanguageDataFormat.SectionEntrySize, LanguageDataFormat.SectionEntrySize);
            Encoding.ASCII.GetBytes(name, entry);
            BinaryPrimitives.WriteInt64LittleEndian(entry[8..], placed[i]);
            BinaryPrimitives.WriteInt64LittleEndian(entry[16..], bytes.Length);
            bytes.CopyTo(span[(int)placed[i]..]);
        }
        LanguageDataFormat.Magic.CopyTo(span);
        BinaryPrimitives.WriteInt32LittleEndian(span[8..], LanguageDataFormat.Version);
        BinaryPrimitives.WriteInt32LittleEndian(span[12..], sections.Count);
        BinaryPrimitives.WriteInt64LittleEndian(span[16..], file.Length - LanguageDataFormat.HeaderSize);
        BinaryPrimitives.WriteUInt64LittleEndian(span[24..], XxHash3.HashToUInt64(span[LanguageDataFormat.HeaderSize..]));
        return file;
    }

    private static long Align(long at) => (at + 7) & ~7L;
}
