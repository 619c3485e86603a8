namespace QingdaoReader.DataGen;

/// <summary>Command-line inputs of the generator: where each source lives and where the data files go.</summary>
public sealed record GeneratorOptions(string CedictDir, string UnihanFile, string JiebaDictFile, string OutDir)
{
    public static GeneratorOptions? Parse(string[] args)
    {
        string? cedict = null, unihan = null, jieba = null, output = null;
        for (int i = 0; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--cedict": cedict = args[i + 1]; break;
                case "--unihan": unihan = args[i + 1]; break;
                case "--jieba-dict": jieba = args[i + 1]; break;
                case "--out": output = args[i + 1]; break;
                default: return null;
            }
        }
        return cedict is null || unihan is null || jieba is null || output is null
            ? null
            : new GeneratorOptions(cedict, unihan, jieba, output);
    }
}
