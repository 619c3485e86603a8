using System.CommandLine;
using System.Globalization;
using System.Text;
using QingdaoReader.Building;
using QingdaoReader.Chinese;
using QingdaoReader.Config;
using QingdaoReader.Content;
using QingdaoReader.Diagnostics;
using QingdaoReader.Glossary;
using QingdaoReader.Text;

namespace QingdaoReader.Cli.Commands;

/// <summary>
/// <c>qreader pinyin "银行行长在明朝"</c> (or text on standard input): each line as the site reads it, its words over
/// their pinyin; <c>--explain</c> adds, for each polyphonic character, what decided its reading. Inside a site folder
/// the site's glossary terms and <c>content/pinyin.txt</c> apply, as in a build.
/// </summary>
public static class PinyinCommand
{
    public static Command Create(TextReader stdin, TextWriter stdout)
    {
        var text = new Argument<string[]>("text") { Description = "The Chinese text (default: standard input)", Arity = ArgumentArity.ZeroOrMore };
        var explain = new Option<bool>("--explain") { Description = "Say what decided the reading of each polyphonic character" };
        var command = new Command("pinyin", "Print text with its pinyin, word by word, as the site shows it") { text, explain, BuildCommand.Site };
        command.SetAction(parse =>
        {
            string[] given = parse.GetValue(text) ?? [];
            string input = given.Length > 0 ? string.Join(' ', given) : stdin.ReadToEnd();
            if (!ChineseScript.ContainsHan(input))
                throw new UserError(new SourceLocation(given.Length > 0 ? "(command line)" : "(standard input)"), "no Chinese text to read",
                    "give the text as an argument, e.g. qreader pinyin \"银行行长在明朝\", or pipe it in");
            var (language, overrides) = Engine(parse.GetValue(BuildCommand.Site)!);
            foreach (string line in input.ReplaceLineEndings("\n").Split('\n'))
            {
                if (!ChineseScript.ContainsHan(line))
                {
                    if (line.Trim().Length > 0) stdout.WriteLine(line);
                    continue;
                }
                var (words, decisions) = language.Explain(line, overrides);
                WriteAligned(stdout, words);
                if (parse.GetValue(explain))
                {
                    foreach (var d in decisions) stdout.WriteLine("  " + Describe(d));
                }
            }
            return 0;
        });
        return command;
    }

    /// <summary>The shared engine, with the site's glossary terms and pinyin overrides when <paramref name="site"/> is a site folder.</summary>
    private static (ChineseLanguage Language, PinyinOverrides? Overrides) Engine(string site)
    {
        var language = ChineseLanguage.Shared;
        if (!Site.Exists(site)) return (language, null);
        var services = (ChineseLanguageServices)Site.Load(site).Language(LanguageServices.For);
        return (services.Language, services.OverridesFor(null));
    }

    /// <summary>The words on one line and their pinyin under them, each column as wide as the wider of the two.</summary>
    private static void WriteAligned(TextWriter stdout, IReadOnlyList<PronouncedWord> words)
    {
        var top = new StringBuilder();
        var bottom = new StringBuilder();
        foreach (var w in words)
        {
            string word = w.Text.Trim();
            if (word.Length == 0) continue;
            string pinyin = w.HasHan ? w.WordPinyin : word;
            int width = Math.Max(Width(word), Width(pinyin));
            top.Append(word).Append(' ', width - Width(word) + 1);
            bottom.Append(pinyin).Append(' ', width - Width(pinyin) + 1);
        }
        stdout.WriteLine(top.ToString().TrimEnd());
        stdout.WriteLine(bottom.ToString().TrimEnd());
    }

    /// <summary>Terminal columns: CJK characters and full-width punctuation take two.</summary>
    private static int Width(string text)
    {
        int width = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark) continue;
            width += ChineseScript.IsHan(rune.Value) || rune.Value is >= 0x3000 and <= 0x303F or >= 0xFF00 and <= 0xFF60 ? 2 : 1;
        }
        return width;
    }

    public static string Describe(PronunciationDecision d)
    {
        string why = d.Source switch
        {
            PronunciationSource.Override => "teacher's override (pinyin.txt)",
            PronunciationSource.Rule => $"context rule '{d.Rule}' for the character",
            PronunciationSource.WordRule => $"context rule '{d.Rule}' for the word {d.Word}",
            PronunciationSource.Model => $"polyphone model, probability {d.Probability!.Value.ToString("0.00", CultureInfo.InvariantCulture)}",
            PronunciationSource.Word => $"dictionary word {d.Word} (CC-CEDICT)",
            PronunciationSource.Name => $"name {d.Word} (CC-CEDICT)",
            PronunciationSource.Surname => $"surname reading in the name {d.Word}",
            PronunciationSource.GivenName => $"given name in {d.Word}",
            PronunciationSource.IdiomHalf => $"half of a CC-CEDICT idiom, in {d.Word}",
            PronunciationSource.Particle => "particle, neutral tone",
            PronunciationSource.Character => "the character's usual reading (Unihan)",
            _ => "no reading known",
        };
        return $"{d.Character} {d.Syllable,-7} {why}";
    }
}
