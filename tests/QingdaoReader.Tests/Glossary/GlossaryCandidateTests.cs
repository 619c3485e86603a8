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

    private static QingdaoReader.Parsing.ParsedReading Parse(Reading reading) =>
        new QingdaoReader.Parsing.ReadingParser(QingdaoReader.Config.RawHtmlPolicy.Sanitize).Parse(reading);

    private static IReadOnlyList<GlossaryCandidate> Find()
    {
        var reading = ReadingLoader.Parse(Markdown, "content/readings/x/index.md", "x");
        var language = new ChineseLanguageServices(ChineseLanguage.Shared, "content");
        return GlossaryCandidateFinder.Find(Parse(reading), [Glossed], language.ReaderFor(reading).Read, language.Lookup);
    }

    [Fact]
    public void Policy_shaped_terms_are_found_with_their_count_and_first_line()
    {
        var candidates = Find();
        var river = candidates.Single(c => c.Term == "河长制");
        Assert.Equal(2, river.Count);
        Assert.Equal(new SourceLocation("content/readings/x/index.md", 5), river.FirstUse);
        Assert.Contains(CandidateReason.Quoted, river.Reasons);
        Assert.Contains(CandidateReason.PolicySuffix, river.Reasons);
        Assert.Contains(CandidateReason.Quoted, candidates.Single(c => c.Term == "三张清单").Reasons);
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

    // A made-up readout in the style of central documents: whole terms that recur (政府工作报告, 全国人大常委会), a
    // numbered shorthand in quotes, a congress and a plenum joined by 和 (where a pattern would cut 二十大和二), and the
    // everyday phrases such texts are full of (有关规定, 社会发展).
    private const string Readout = """
        ---
        title: 会议
        ---

        会议强调，要深入学习贯彻党的二十大和二十届二中全会精神，认真落实政府工作报告部署，推进“两新”工作。

        各地要把政府工作报告确定的目标任务落到实处，全面贯彻党的二十大和二十届二中全会精神，做好“两新”工作。

        全国人大常委会听取了有关规定的执行情况，推动经济社会发展。全国人大常委会将继续落实有关规定，促进社会发展。
        """;

    private static GlossarySuggestions Suggest(IReadOnlyList<GlossaryEntry> glossary, IReadOnlyList<GlossaryEntry> lexicon)
    {
        var reading = ReadingLoader.Parse(Readout, "content/readings/r/index.md", "r");
        var language = new ChineseLanguageServices(ChineseLanguage.Shared, "content");
        language.UseUserWords(glossary.Concat(lexicon).SelectMany(g => g.Forms));
        return GlossaryCandidateFinder.Find(Parse(reading), glossary, lexicon, language.ReaderFor(reading).Read, language.Lookup);
    }

    [Fact]
    public void Whole_terms_come_out_and_never_a_fragment_across_a_conjunction()
    {
        var terms = Suggest([], []).FromText.Select(c => c.Term).ToList();
        Assert.Contains("政府工作报告", terms);
        Assert.Contains("两新", terms);
        Assert.DoesNotContain(terms, t => t.StartsWith("二十大和", StringComparison.Ordinal) || t.EndsWith("和", StringComparison.Ordinal));
        Assert.DoesNotContain("政府工作", terms);
        Assert.DoesNotContain("全国人大", terms);
    }

    [Fact]
    public void No_suggestion_is_a_part_of_a_longer_one_it_always_occurs_in()
    {
        var reading = ReadingLoader.Parse(Readout, "content/readings/r/index.md", "r");
        var text = reading.Body;
        var candidates = Suggest([], []).FromText;
        static int Count(string text, string term) => (text.Length - text.Replace(term, "").Length) / term.Length;
        foreach (var c in candidates)
            Assert.DoesNotContain(candidates, o => o.Term.Length > c.Term.Length && o.Term.Contains(c.Term) && Count(text, o.Term) == Count(text, c.Term));
    }

    [Fact]
    public void Everyday_phrases_rank_below_the_terms()
    {
        var candidates = Suggest([], []).FromText.Select(c => c.Term).ToList();
        var report = candidates.IndexOf("政府工作报告");
        Assert.True(report >= 0, string.Join(" ", candidates));
        foreach (var generic in new[] { "有关规定", "社会发展", "经济社会发展" })
        {
            var at = candidates.IndexOf(generic);
            Assert.True(at < 0 || at > report, $"{generic} ranks above 政府工作报告: {string.Join(" ", candidates)}");
        }
    }

    [Fact]
    public void Lexicon_entries_the_site_lacks_come_first_and_their_text_is_not_suggested_again()
    {
        var npcsc = new GlossaryEntry { Term = "全国人民代表大会常务委员会", English = "Standing Committee of the National People's Congress", Aliases = ["全国人大常委会"] };
        var report = new GlossaryEntry { Term = "政府工作报告", English = "Report on the Work of the Government" };
        var found = Suggest([], [npcsc, report]);
        Assert.Equal(["全国人民代表大会常务委员会", "政府工作报告"], found.FromLexicon.Select(s => s.Entry.Term).Order(StringComparer.Ordinal));
        Assert.Equal(2, found.FromLexicon.Single(s => s.Entry == npcsc).Count);
        Assert.DoesNotContain(found.FromText, c => c.Term.Contains("全国人大") || c.Term.Contains("政府工作"));

        // A site that has the entry (here under its alias as the term) is offered it no more.
        var own = new GlossaryEntry { Term = "全国人大常委会", English = "NPC Standing Committee" };
        Assert.DoesNotContain(Suggest([own], [npcsc, report]).FromLexicon, s => s.Entry == npcsc);
    }

    [Fact]
    public void Each_candidate_carries_its_pinyin_and_a_dictionary_hint_where_cc_cedict_has_the_phrase()
    {
        var reading = ReadingLoader.Parse("---\ntitle: 示例\n---\n\n各地要“因地制宜”，推行“河长制”。\n\n坚持“因地制宜”，落实“河长制”。\n", "content/readings/x/index.md", "x");
        var language = new ChineseLanguageServices(ChineseLanguage.Shared, "content");
        var candidates = GlossaryCandidateFinder.Find(Parse(reading), [], language.ReaderFor(reading).Read, language.Lookup);
        var idiom = candidates.Single(c => c.Term == "因地制宜");
        Assert.Equal("yīndìzhìyí", idiom.Pinyin.Replace(" ", ""));
        Assert.NotNull(idiom.DictionaryHint);
        Assert.Null(candidates.Single(c => c.Term == "河长制").DictionaryHint);
    }

    [Fact]
    public void A_set_phrase_the_dictionary_explains_is_left_to_its_popup_unless_the_text_quotes_it()
    {
        // 因地制宜 occurs once, unquoted: the page's word popup already gives CC-CEDICT's sense.
        Assert.DoesNotContain(Find(), c => c.Term == "因地制宜");
    }
}
