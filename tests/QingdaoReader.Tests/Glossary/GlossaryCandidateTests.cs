using QingdaoReader.Building;
using QingdaoReader.Chinese;
using QingdaoReader.Content;
using QingdaoReader.Diagnostics;
using QingdaoReader.Glossary;
using QingdaoReader.Tests.Support;

namespace QingdaoReader.Tests.Glossary;

public class GlossaryCandidateTests
{
    // A made-up reading: a quoted coinage with 制 used twice, a quoted numbered list, a recurring phrase, a set phrase,
    // a glossary term, and a note whose quoted words are the teacher's, not the text's.
    private const string Markdown = """
        ---
        title: 示例
        ---

        本市推行“河长制”，实行“三张清单”管理，推进数字化转型，推动高质量发展。

        ::: en
        The city runs a "river chief system".
        :::

        各部门因地制宜，加快数字化转型，推动高质量发展，全面落实“河长制”。

        ::: note
        注释里的“不算数”不是课文。
        :::
        """;

    private static readonly GlossaryEntry Glossed = new() { Term = "高质量发展", English = "high-quality development" };

    private static IReadOnlyList<GlossaryCandidate> Find()
    {
        var reading = ReadingLoader.Parse(Markdown, "content/readings/x/index.md", "x");
        var language = new ChineseLanguageServices(ChineseLanguage.Shared, "content");
        return GlossaryCandidateFinder.Find(reading, [Glossed], language.ReaderFor(reading), w => language.Lookup(w) is { Definitions.Count: > 0 });
    }

    [Fact]
    public void Policy_shaped_terms_are_found_with_their_count_and_first_line()
    {
        var candidates = Find();
        var river = candidates.Single(c => c.Term == "河长制");
        Assert.Equal(2, river.Count);
        Assert.Equal(new SourceLocation("content/readings/x/index.md", 5), river.FirstUse);
        Assert.Equal([CandidateReason.Quoted, CandidateReason.PolicySuffix], river.Reasons);
        Assert.Contains(CandidateReason.Quoted, candidates.Single(c => c.Term == "三张清单").Reasons);
        Assert.Contains(CandidateReason.FourCharacterPhrase, candidates.Single(c => c.Term == "因地制宜").Reasons);
        var repeated = candidates.Single(c => c.Term == "数字化转型");
        Assert.Equal(2, repeated.Count);
        Assert.Equal(5, repeated.FirstUse.Line);
    }

    [Fact]
    public void The_most_useful_come_first()
    {
        var candidates = Find();
        Assert.Equal("河长制", candidates[0].Term);
        Assert.Equal(candidates.OrderByDescending(c => c.Score).Select(c => c.Score), candidates.Select(c => c.Score));
    }

    [Fact]
    public void Glossary_terms_their_parts_notes_and_single_uses_of_ordinary_phrases_are_left_out()
    {
        var terms = Find().Select(c => c.Term).ToList();
        Assert.DoesNotContain(terms, t => t.Contains("高质量") || "高质量发展".Contains(t));
        Assert.DoesNotContain("不算数", terms);
        Assert.DoesNotContain("推行", terms);
        Assert.DoesNotContain(terms, t => t.Length < 2);
    }
}
