namespace QingdaoReader.Diagnostics;

/// <summary>
/// A file's last write time and length, to tell cheaply whether it changed since it was read. Take the stamp before
/// reading the file: a save during the read then shows as a change next time.
/// </summary>
public readonly record struct FileStamp(DateTime Time, long Length)
{
    /// <summary>The stamp of a missing file (length -1).</summary>
    public static readonly FileStamp Missing = new(default, -1);

    public bool Exists => Length >= 0;

    public static FileStamp Of(string path)
    {
        var file = new FileInfo(path);
        return file.Exists ? new FileStamp(file.LastWriteTimeUtc, file.Length) : Missing;
    }
}
