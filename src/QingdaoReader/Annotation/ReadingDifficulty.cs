using QingdaoReader.Chinese;

namespace QingdaoReader.Annotation;

/// <summary>
/// How hard a reading is, in HSK 3.0 levels (1–6, 7 for the 7–9 band): of its running words that HSK lists, half are
/// at <see cref="Middle"/> or below and four in five at <see cref="Upper"/> or below ("HSK 3–6"); news text also has
/// many words outside HSK (names, set phrases), given as <see cref="OutsideShare"/>.
/// </summary>
public sealed record ReadingDifficulty(int Middle, int Upper, double OutsideShare)
{
    /// <summary>From the HSK level of each running word (0 outside HSK).</summary>
    public static ReadingDifficulty Of(IReadOnlyList<int> levels)
    {
        var listed = levels.Where(l => l > 0).Order().ToList();
        if (listed.Count == 0) return new ReadingDifficulty(0, 0, levels.Count == 0 ? 0 : 1);
        int At(double share) => listed[Math.Min(listed.Count - 1, (int)Math.Ceiling(share * listed.Count) - 1)];
        return new ReadingDifficulty(At(0.5), At(0.8), (double)(levels.Count - listed.Count) / levels.Count);
    }

    /// <summary>"HSK 3–6", "HSK 4", "HSK 6 to 7–9", or "beyond HSK" when no word is listed.</summary>
    public string Label => Middle == 0 ? "beyond HSK"
        : Middle == Upper ? HskLevels.Label(Middle)
        : Upper == HskLevels.Band79 ? $"HSK {Middle} to 7–9"
        : $"HSK {Middle}–{Upper}";

    /// <summary>The share of running words outside HSK, in percent.</summary>
    public int OutsidePercent => (int)Math.Round(OutsideShare * 100);
}
