namespace QingdaoReader.Chinese;

/// <summary>
/// The HSK 3.0 (2021) level of a word: 1–6, or 7 for the 7–9 band (<see cref="Band79"/>); 0 when the word is in no
/// HSK list. Read once from the embedded <c>Data/hsk3-levels.txt</c> (made by
/// <c>src/QingdaoReader.DataGen/Hsk/make_hsk_levels.py</c>; MIT, <c>Data/LICENSE-hsk3.txt</c>). Thread-safe to read.
/// </summary>
public sealed class HskLevels
{
    public const int NotListed = 0;
    public const int Band79 = 7;

    private static readonly Lazy<HskLevels> s_embedded = new(LoadEmbedded);

    private readonly Dictionary<string, int> _levels;

    private HskLevels(Dictionary<string, int> levels) => _levels = levels;

    /// <summary>The levels shipped with QingdaoReader.</summary>
    public static HskLevels Embedded => s_embedded.Value;

    public int Count => _levels.Count;

    /// <summary>The word's level, or <see cref="NotListed"/>.</summary>
    public int LevelOf(string word) => _levels.GetValueOrDefault(word, NotListed);

    /// <summary>"HSK 3", "HSK 7–9", or "not in HSK".</summary>
    public static string Label(int level) => level switch
    {
        NotListed => "not in HSK",
        Band79 => "HSK 7–9",
        _ => "HSK " + level,
    };

    /// <summary>Parses the file's lines: "level TAB word word …"; lines starting with # are comments.</summary>
    public static HskLevels Parse(TextReader text)
    {
        var levels = new Dictionary<string, int>(StringComparer.Ordinal);
        while (text.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var tab = line.IndexOf('\t');
            var level = int.Parse(line.AsSpan(0, tab), System.Globalization.CultureInfo.InvariantCulture);
            foreach (var word in line[(tab + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries)) levels.TryAdd(word, level);
        }
        return new HskLevels(levels);
    }

    private static HskLevels LoadEmbedded()
    {
        using var stream = typeof(HskLevels).Assembly.GetManifestResourceStream("QingdaoReader.Chinese.Data.hsk3-levels.txt")
            ?? throw new InvalidOperationException("The HSK levels resource is missing from the assembly.");
        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8);
        return Parse(reader);
    }
}
