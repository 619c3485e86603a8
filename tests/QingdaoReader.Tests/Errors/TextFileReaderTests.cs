using System.Text;
using QingdaoReader.Diagnostics;

namespace QingdaoReader.Tests.Errors;

public class TextFileReaderTests
{
    [Fact]
    public void Gb18030_chinese_is_recognised_and_named()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var bytes = Encoding.GetEncoding("gb18030").GetBytes("第一行\n改革是发展的动力。\n");
        var e = Assert.Throws<UserError>(() => TextFileReader.DecodeUtf8(bytes, "a.txt"));
        Assert.Contains("GB18030", e.Message);
        Assert.Equal(1, e.Location?.Line);
    }

    [Fact]
    public void Other_non_utf8_text_is_not_called_chinese()
    {
        var bytes = Encoding.Latin1.GetBytes("caf\u00e9 cr\u00e8me\n");
        var e = Assert.Throws<UserError>(() => TextFileReader.DecodeUtf8(bytes, "a.txt"));
        Assert.DoesNotContain("GB18030", e.Message);
        Assert.Contains("not UTF-8", e.Message);
    }

    [Fact]
    public void A_utf8_byte_order_mark_is_dropped()
    {
        var bytes = new UTF8Encoding(true).GetPreamble().Concat(Encoding.UTF8.GetBytes("改革")).ToArray();
        Assert.Equal("改革", TextFileReader.DecodeUtf8(bytes, "a.txt"));
    }
}
