using System.Runtime.InteropServices;
using System.Text;

namespace QingdaoReader.DataGen.LanguageData;

/// <summary>
/// Writes one section of the language data in the layout <c>SectionReader</c> reads
/// (<see cref="QingdaoReader.Chinese.Binary.LanguageDataFormat"/>): values, and arrays as their element count,
/// padding to 8 bytes, then the elements.
/// </summary>
internal sealed class SectionWriter
{
    private readonly MemoryStream _bytes = new();

    public SectionWriter Int(int value) => Raw(MemoryMarshal.AsBytes(new ReadOnlySpan<int>(in value)));

    public SectionWriter Double(double value) => Raw(MemoryMarshal.AsBytes(new ReadOnlySpan<double>(in value)));

    public SectionWriter Array<T>(ReadOnlySpan<T> values) where T : unmanaged
    {
        Int(values.Length);
        Align();
        Raw(MemoryMarshal.AsBytes(values));
        Align();
        return this;
    }

    /// <summary>UTF-8 strings: the end offset of each, then the bytes.</summary>
    public SectionWriter Strings(IReadOnlyList<string> values)
    {
        var ends = new int[values.Count];
        var bytes = new MemoryStream();
        for (int i = 0; i < values.Count; i++)
        {
            bytes.Write(Encoding.UTF8.GetBytes(values[i]));
            ends[i] = checked((int)bytes.Length);
        }
        Array<int>(ends);
        return Array<byte>(bytes.ToArray());
    }

    public byte[] ToArray() => _bytes.ToArray();

    private SectionWriter Raw(ReadOnlySpan<byte> bytes)
    {
        _bytes.Write(bytes);
        return this;
    }

    private void Align()
    {
        while (_bytes.Length % 8 != 0) _bytes.WriteByte(0);
    }
}
