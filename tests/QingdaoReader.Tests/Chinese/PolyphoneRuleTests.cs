namespace QingdaoReader.Tests.Chinese;

/// <summary>One test per context rule, each with a case where the rule must not fire.</summary>
public sealed class PolyphoneRuleTests
{
    [Theory]
    [InlineData("以进一步全面深化改革为动力", "wéi")]
    [InlineData("坚持以人民为中心", "wéi")]
    [InlineData("以科技创新为引领、先进制造业为骨干的产业体系", "wéi")]
    [InlineData("为全国大局多作贡献", "wèi")]            // the preposition "for"
    [InlineData("以更大力度推动发展，为奋力谱写新篇章贡献力量", "wèi")] // the comma closes the 以 clause
    public void Yi_wei_frame(string text, string wei) => Assert.Equal(wei, Read.SyllableOf(text, '为'));

    [Theory]
    [InlineData("被评为先进集体", "wéi")]
    [InlineData("把青岛打造为国际大都市", "wéi")]
    [InlineData("比例为百分之八十", "wéi")]
    [InlineData("为企业解决实际困难", "wèi")]
    public void Wei_after_verbs_of_becoming_and_as_copula(string text, string wei) => Assert.Equal(wei, Read.SyllableOf(text, '为'));

    [Theory]
    [InlineData("推进重点产业链长制", "zhǎng")]   // 链长: head of an industrial chain
    [InlineData("局长刘大川表示", "zhǎng")]       // CC-CEDICT word 局长
    [InlineData("孩子长大了", "zhǎng")]            // grow up
    [InlineData("医院的护士长告诉记者", "zhǎng")]   // 长 closing a noun CC-CEDICT lacks: "head of"
    [InlineData("不用再排长队", "cháng")]          // inside the word 长队
    [InlineData("万里长城", "cháng")]
    [InlineData("这条路很长", "cháng")]
    public void Chang_zhang(string text, string reading) => Assert.Equal(reading, Read.SyllableOf(text, '长'));

    [Theory]
    [InlineData("要着眼国家战略需求", "zhuó")]
    [InlineData("着力解决一批问题", "zhuó")]
    [InlineData("他笑着说", "zhe")]
    [InlineData("冲着这个目标", "zhe")]
    [InlineData("奔着问题去", "zhe")]
    public void Zhe_zhuo(string text, string reading) => Assert.Equal(reading, Read.SyllableOf(text, '着'));

    [Fact]
    public void Chong_and_ben_before_zhe()
    {
        Assert.Equal("chòng", Read.SyllableOf("冲着这个目标", '冲'));
        Assert.Equal("bèn", Read.SyllableOf("奔着问题去", '奔'));
    }

    [Theory]
    [InlineData("我的书", '的', "de")]
    [InlineData("跑得很快", '得', "de")]
    [InlineData("吃了饭", '了', "le")]
    [InlineData("积极地推动发展", '地', "de")]
    [InlineData("扎实地推进工作", '地', "de")]
    public void Particles_are_neutral(string text, char ch, string reading) => Assert.Equal(reading, Read.SyllableOf(text, ch));

    [Theory]
    [InlineData("让老百姓的日子过得更好", "guò")]   // the verb before the complement particle 得
    [InlineData("他们参观过这个展览", "guo")]       // jieba tags 参观 n: still the particle
    [InlineData("这种情况以前也发生过", "guo")]     // the aspect particle after a verb
    [InlineData("教过的学生数以千计", "guo")]
    public void Guo_verb_or_particle(string text, string reading) => Assert.Equal(reading, Read.SyllableOf(text, '过'));

    [Theory]
    [InlineData("来到日照、济南等地进行调研", "dì")]
    [InlineData("打造对外开放新高地", "dì")]
    [InlineData("地上有水", "dì")]
    public void Di_as_a_noun(string text, string reading) => Assert.Equal(reading, Read.SyllableOf(text, '地'));

    [Theory]
    [InlineData("我们得加快进度", "děi")]
    [InlineData("取得了成绩", "dé")]
    public void De_dei(string text, string reading) => Assert.Equal(reading, Read.SyllableOf(text, '得'));

    [Fact]
    public void Measure_word_ge_after_a_numeral_has_its_citation_tone()
    {
        Assert.Equal("gè", Read.SyllableOf("提高一个百分点", '个'));
        Assert.Equal("ge", Read.SyllableOf("这个问题", '个'));
    }

    [Fact]
    public void Zhi_after_a_numeral_is_the_measure_word()
    {
        Assert.Equal("zhī", Read.SyllableOf("三只小猫", '只'));
        Assert.Equal("zhǐ", Read.SyllableOf("只有一个", '只'));
    }

    [Fact]
    public void Hang_for_the_bank_in_gaihang()
    {
        Assert.Equal("háng", Read.SyllableOf("该行行长告诉记者", '行'));
    }

    [Fact]
    public void Zhong_as_verb_or_measure_word()
    {
        Assert.Equal("zhòng", Read.SyllableOf("种粮大户", '种'));
        Assert.Equal("zhǒng", Read.SyllableOf("这种方式", '种'));
    }

    [Fact]
    public void Lone_xing_is_the_verb_to_promote()
    {
        Assert.Equal("xīng", Read.SyllableOf("聚焦固本兴新", '兴'));
        Assert.Equal("xìng", Read.SyllableOf("很高兴", '兴'));
    }

    [Theory]
    [InlineData("窗外狂风怒号", "háo")]     // after 怒: "to howl"
    [InlineData("传来阵阵悲号", "háo")]     // after 悲: "to wail"
    [InlineData("今天是3号", "hào")]        // the noun "number, date"
    [InlineData("他是一名老号手", "hào")]   // inside the word 号手
    [InlineData("会议号召大家", "hào")]     // inside the word 号召
    public void Hao_to_howl(string text, string reading) => Assert.Equal(reading, Read.SyllableOf(text, '号'));

    [Theory]
    [InlineData("量体裁衣地制定方案", "de")]  // a CC-CEDICT idiom jieba tags n, used adverbially
    [InlineData("循序渐进地推进改革", "de")]
    [InlineData("在此地", "dì")]
    [InlineData("全国两地", "dì")]
    public void De_after_an_idiom(string text, string reading) => Assert.Equal(reading, Read.SyllableOf(text, '地'));
}
