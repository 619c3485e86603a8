using System.Runtime.CompilerServices;
using System.Text;

namespace QingdaoReader.Chinese.Binary;

/// <summary>
/// Reads one section of the language data in order: values, and arrays that stay where they are
/// (<see cref="MappedArray{T}"/>). The layout is <see cref="LanguageDataFormat"/>'s; a read past the section's end
/// is damaged data and says which section.
/// </summary>
internal unsafe ref struct SectionReader
{
    private readonly byte* _start;
    private readonly int _length;
    private readonly string _name;
    private int _at;

    internal SectionReader(byte* start, int length, string name)
    {
        _start = start;
        _length = length;
        _name = name;
    }

    public int Int() => Value<int>();

    public double Double() => Value<double>();

    public MappedArray<T> Array<T>() where T : unmanaged
    {
        int count = Int();
        Align();
        long bytes = (long)count * sizeof(T);
        if (count < 0 || _at + bytes > _length) throw Damaged();
        var array = new MappedArray<T>((T*)(_start + _at), count);
        _at += (int)bytes;
        Align();
        return array;
    }

    /// <summary>An array of UTF-8 strings (offsets, then bytes), decoded now: for the short lists the engine keeps as strings.</summary>
    public string[] Strings()
    {
        var ends = Array<int>();
        var bytes = Array<byte>();
        var result = new string[ends.Length];
        int from = 0;
        for (int i = 0; i < result.Length; i++)
        {
            int to = ends[i];
            if (to < from || to > bytes.Length) throw Damaged();
            result[i] = Encoding.UTF8.GetString(bytes.Slice(from, to - from));
            from = to;
        }
        return result;
    }

    /// <summary>Throws unless the whole section was read (a section of another shape is damaged data).</summary>
    public void End()
    {
        if (_at != _length) throw Damaged();
    }

    private T Value<T>() where T : unmanaged
    {
        if (_at + sizeof(T) > _length) throw Damaged();
        var value = Unsafe.ReadUnaligned<T>(_start + _at);
        _at += sizeof(T);
        return value;
    }

    private void Align() => _at = (_at + 7) & ~7;

    private LanguageDataException Damaged() =>
        new($"section '{_name}' of the language data does not have the layout this QingdaoReader reads (version {LanguageDataFormat.Version}); regenerate language.bin (src/QingdaoReader.DataGen, see src/QingdaoReader/Chinese/README.md)");
}
