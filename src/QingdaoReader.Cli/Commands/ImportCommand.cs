using System.CommandLine;
using System.Text;
using QingdaoReader.Config;
using QingdaoReader.Content;
using QingdaoReader.Content.Import;
using QingdaoReader.Diagnostics;

namespace QingdaoReader.Cli.Commands;

/// <summary><c>qreader import raw.txt</c>: a raw newspaper article into <c>content/readings/&lt;slug&gt;/index.md</c>.</summary>
public static class ImportCommand
{
    public static Command Create(TextWriter stdout)
    {
        var file = new Argument<string>("file") { Description = "The raw article (UTF-8 text, or see --encoding)" };
        var slug = new Option<string?>("--slug") { Description = "The reading's folder name (default: the file name)" };
        var force = new Option<bool>("--force") { Description = "Overwrite an existing reading" };
        var date = new Option<string?>("--date") { Description = "The publication date to put in the front matter" };
        var encoding = new Option<string?>("--encoding") { Description = "The file's encoding when it is not UTF-8 (e.g. gb18030)" };
        var maxParagraph = new Option<int>("--max-paragraph")
        {
            Description = "Split paragraphs longer than this many characters at sentence ends (0 keeps the article's paragraphs as they are)",
            DefaultValueFactory = _ => ParagraphSplitter.DefaultMaxLength,
        };
        var command = new Command("import", "Turn a raw article into a reading") { file, slug, force, date, encoding, maxParagraph, BuildCommand.Site };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            var text = TextFileReader.Read(path, parse.GetValue(encoding));
            var split = ParagraphSplitter.Split(ReadingImporter.Parse(text, path), parse.GetValue(maxParagraph));
            var article = split.Article;
            var name = parse.GetValue(slug) ?? Slug(Path.GetFileNameWithoutExtension(path));
            var site = parse.GetValue(BuildCommand.Site)!;
            var config = SiteConfigLoader.Load(site);
            var target = Path.Combine(site, config.Content, ReadingLoader.ReadingsFolder, name, ReadingLoader.ReadingFile);
            if (File.Exists(target) && !parse.GetValue(force))
                throw new UserError(new SourceLocation(target), "this reading exists already; nothing was written",
                    "pass --force to overwrite it, or choose another --slug");
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllText(target, ReadingImporter.ToMarkdown(article, parse.GetValue(date)), new UTF8Encoding(false));
            if (!parse.GetValue(CommandLine.Quiet))
            {
                stdout.WriteLine($"Imported '{article.Title}' ({article.Blocks.Count} blocks) into {target}");
                if (LooksLikeBodyText(article.Title))
                {
                    // An article pasted as one single line has no title line: its whole text became the title.
                    var titleLine = text.Replace("\r\n", "\n").Split('\n').TakeWhile(l => l.Trim().Length == 0).Count() + 1;
                    stdout.WriteLine($"{new SourceLocation(path, titleLine)}: warning: the first line, taken as the title, is {article.Title.Length} characters of running text; put the title on a line of its own and import again with --force");
                }
                if (split.LongParagraphs > 0)
                    stdout.WriteLine($"Split {split.LongParagraphs} paragraph(s) over {parse.GetValue(maxParagraph)} characters into {split.ParagraphsMade} at sentence ends (--max-paragraph 0 keeps them whole).");
            }
            return 0;
        });
        return command;
    }

    private static bool LooksLikeBodyText(string title) =>
        title.Length > 80 && title.Count(c => c is '。' or '！' or '？') >= 2;

    public static string Slug(string name)
    {
        var sb = new StringBuilder();
        foreach (var c in name.ToLowerInvariant())
            sb.Append(char.IsAsciiLetterOrDigit(c) ? c : '-');
        var s = sb.ToString().Trim('-');
        while (s.Contains("--")) s = s.Replace("--", "-");
        return s.Length == 0 ? "reading" : s;
    }
}
