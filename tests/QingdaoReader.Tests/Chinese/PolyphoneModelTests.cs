using System.Globalization;
using QingdaoReader.Chinese;
using QingdaoReader.Tests.Support;

namespace QingdaoReader.Tests.Chinese;

/// <summary>
/// The polyphone model (issue 12): the C# inference against the original's predictions (computed once by
/// src/QingdaoReader.DataGen/PolyphoneModel/convert_g2pm.py with NumPy and committed), the model file's checks, and
/// golden sentences for the combination of lexicon, model, rules and overrides.
/// </summary>
public class PolyphoneModelTests
{
    private static readonly string Fixtures = Repo.Path_("tests", "QingdaoReader.Tests", "Chinese", "Fixtures");

    private static PolyphoneModel Model => ChineseLanguage.Shared.Model!;

    public static TheoryData<int, string, string, string, string, float> ReferencePredictions()
    {
        var sentences = File.ReadLines(Path.Combine(Fixtures, "polyphone-model-sentences.txt"))
            .Where(l => l.Trim().Length > 0 && !l.StartsWith('#')).ToList();
        var data = new TheoryData<int, string, string, string, string, float>();
        foreach (var line in File.ReadLines(Path.Combine(Fixtures, "polyphone-model-expected.tsv")).Where(l => !l.StartsWith('#')))
        {
            var f = line.Split('\t');
            data.Add(int.Parse(f[1]), sentences[int.Parse(f[0]) - 1], f[2], f[3], f[4], float.Parse(f[5], CultureInfo.InvariantCulture));
        }
        return data;
    }

    [Fact]
    public void The_reference_fixture_covers_many_predictions()
    {
        // Fails if the fixture was emptied or truncated: the equivalence theory below would then pass vacuously.
        Assert.True(ReferencePredictions().Count >= 700, $"only {ReferencePredictions().Count} reference predictions");
    }

    [Theory]
    [MemberData(nameof(ReferencePredictions))]
    public void Inference_matches_the_original_model(int position, string sentence, string character, string overall, string restricted, float probability)
    {
        int[] runes = [.. sentence.EnumerateRunes().Select(r => r.Value)];
        Assert.Equal(character, char.ConvertFromUtf32(runes[position]));
        Assert.Equal(overall, Model.PredictUnrestricted(runes, position));
        var result = new PolyphonePrediction[1];
        Model.Predict(runes, [position], result);
        Assert.Equal(restricted, Pinyin.ToNumbered(result[0].Syllable).ToLowerInvariant());
        Assert.InRange(result[0].Probability, probability - 0.001f, probability + 0.001f);
    }

    [Fact]
    public void A_damaged_model_file_is_refused_with_a_clear_message()
    {
        var bytes = File.ReadAllBytes(Repo.Path_("src/QingdaoReader/Chinese/Data/polyphone-model.bin"));
        Assert.NotNull(PolyphoneModel.Load(bytes));

        var flipped = (byte[])bytes.Clone();
        flipped[^100] ^= 0x40;
        Assert.Contains("checksum", Assert.Throws<InvalidDataException>(() => PolyphoneModel.Load(flipped)).Message);

        var otherVersion = (byte[])bytes.Clone();
        otherVersion[4] = 99;
        Assert.Contains("version 99", Assert.Throws<InvalidDataException>(() => PolyphoneModel.Load(otherVersion)).Message);

        Assert.Contains("magic", Assert.Throws<InvalidDataException>(() => PolyphoneModel.Load("not a model"u8)).Message);
    }

    [Fact]
    public void Only_a_characters_own_readings_are_chosen()
    {
        Assert.Equal(["wèi", "wéi"], Model.Readings('为'));
        Assert.Empty(Model.Readings('我'));
        int[] runes = [.. "他们在大阪的一个町里".EnumerateRunes().Select(r => r.Value)];
        var result = new PolyphonePrediction[1];
        Model.Predict(runes, [8], result);
        Assert.Contains(result[0].Syllable, Model.Readings('町'));
    }

    public static TheoryData<string, string, string, string> GoldenSentences()
    {
        var data = new TheoryData<string, string, string, string>();
        foreach (var line in File.ReadLines(Path.Combine(Fixtures, "polyphone-golden.tsv")).Where(l => !l.StartsWith('#')))
        {
            var f = line.Split('\t');
            data.Add(f[0], f[1], f[2], f[3]);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(GoldenSentences))]
    public void Golden_sentences_read_right(string sentence, string character, string expected, string why)
    {
        Assert.Equal((expected, why), (Read.SyllableOf(sentence, character[0]), why));
    }

    [Fact]
    public void The_same_text_always_gets_the_same_readings()
    {
        string text = string.Concat(GoldenSentences().Select(row => (string)row[0]));
        string first = Read.Syllables(text);
        var parallel = Enumerable.Range(0, 8).AsParallel().Select(_ => Read.Syllables(text)).ToList();
        Assert.All(parallel, p => Assert.Equal(first, p));
    }

    [Fact]
    public void Explain_says_what_decided_each_polyphonic_character()
    {
        var overrides = ChineseLanguage.Shared.ParseOverrides("行长: háng zhǎng", "pinyin.txt");
        var (_, decisions) = ChineseLanguage.Shared.Explain("银行在明朝。他为人民服务，行长说。", overrides);
        var byOffset = decisions.ToDictionary(d => d.Offset);
        Assert.Equal(PronunciationSource.Word, byOffset[1].Source);                 // 行 in 银行
        Assert.Equal(("cháo", PronunciationSource.Model), (byOffset[4].Syllable, byOffset[4].Source)); // 朝 in 明朝
        Assert.InRange(byOffset[4].Probability!.Value, 0.5f, 1f);
        Assert.Equal(PronunciationSource.Character, byOffset[7].Source);            // 为: left to the rules, none applies
        Assert.Equal(PronunciationSource.Override, byOffset[13].Source);            // 行 in 行长, the teacher's override
        Assert.DoesNotContain(decisions, d => d.Character == "我");
    }

    [Fact]
    public void Without_the_model_the_lexicon_and_rules_still_read()
    {
        var plain = ChineseLanguage.Load(polyphoneModel: false);
        Assert.Null(plain.Model);
        var (_, decisions) = plain.Explain("他住在大阪的一个町里。");
        Assert.DoesNotContain(decisions, d => d.Source == PronunciationSource.Model);
        Assert.Contains(decisions, d => d.Character == "町" && d.Source == PronunciationSource.Character);
    }
}
