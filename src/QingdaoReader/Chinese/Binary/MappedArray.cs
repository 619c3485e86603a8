using System.Runtime.CompilerServices;

namespace QingdaoReader.Chinese.Binary;

/// <summary>
/// An array inside the language data, read in place: the memory belongs to a <see cref="LanguageDataFile"/>, which
/// keeps it alive and unchanged for the life of the process (an embedded resource, or a pinned copy of a file).
/// </summary>
internal readonly unsafe struct MappedArray<T> where T : unmanaged
{
    private readonly T* _start;

    internal MappedArray(T* start, int length)
    {
        _start = start;
        Length = length;
    }

    public int Length { get; }

    public ReadOnlySpan<T> Span => new(_start, Length);

    public T this[int index]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            if ((uint)index >= (uint)Length) ThrowOutOfRange();
            return _start[index];
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ReadOnlySpan<T> Slice(int start, int length) => Span.Slice(start, length);

    private static void ThrowOutOfRange() => throw new IndexOutOfRangeException();

}
