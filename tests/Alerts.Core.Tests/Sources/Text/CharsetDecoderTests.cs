using System.Text;
using Alerts.Core.Sources.Text;

namespace Alerts.Core.Tests.Sources.Text;

public class CharsetDecoderTests
{
    private const string Russian = "Состоялся обмен военнопленными: возвращены девяносто пять российских военнослужащих, посредничество оказали Эмираты.";

    [Theory]
    [InlineData("windows-1251")]
    [InlineData("koi8-r")]
    public void Decode_HeaderCharset_IsUsed(string charset) =>
        Assert.Equal(Russian, CharsetDecoder.Decode(SourceFixtures.Encode(Russian, charset), charset));

    [Theory]
    [InlineData("windows-1251")]
    [InlineData("koi8-r")]
    public void Decode_XmlDeclaration_IsUsedWithoutHeader(string charset)
    {
        var xml = SourceFixtures.CyrillicRss(charset);
        Assert.Equal(xml, CharsetDecoder.Decode(SourceFixtures.Encode(xml, charset), null));
    }

    [Fact]
    public void Decode_MetaCharset_IsUsedWithoutHeader()
    {
        var html = $"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\"></head><body>{Russian}</body></html>";
        Assert.Equal(html, CharsetDecoder.Decode(SourceFixtures.Encode(html, "windows-1251"), null));
    }

    [Theory]
    [InlineData("windows-1251", "utf-8")]
    [InlineData("windows-1251", null)]
    [InlineData("koi8-r", null)]
    public void Decode_WrongOrMissingHeaderAndNoDeclaration_DetectsTheCharset(string actual, string? header) =>
        Assert.Equal(Russian, CharsetDecoder.Decode(SourceFixtures.Encode(Russian, actual), header));

    [Fact]
    public void Decode_Override_BeatsHeaderAndDeclaration()
    {
        var xml = SourceFixtures.CyrillicRss("utf-8");
        Assert.Equal(xml, CharsetDecoder.Decode(SourceFixtures.Encode(xml, "koi8-r"), "utf-8", overrideCharset: "koi8-r"));
    }

    [Fact]
    public void Decode_UnknownOverride_IsAClearError() =>
        Assert.Contains("no-such-charset", Assert.Throws<FormatException>(() => CharsetDecoder.Decode([65], null, "no-such-charset")).Message, StringComparison.Ordinal);

    [Fact]
    public void Decode_Bom_BeatsAWrongHeader()
    {
        var body = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("Привет")).ToArray();
        Assert.Equal("Привет", CharsetDecoder.Decode(body, "windows-1251"));
    }

    [Fact]
    public void Decode_BadBytesInDeclaredCharset_AreReplacedNotFatal()
    {
        byte[] body = [.. Encoding.UTF8.GetBytes("ok "), 0xFF, 0xFE, 0xC3, .. Encoding.UTF8.GetBytes(" fine")];
        var text = CharsetDecoder.Decode(body, "us-ascii");
        Assert.StartsWith("ok ", text, StringComparison.Ordinal);
        Assert.EndsWith(" fine", text, StringComparison.Ordinal);
        Assert.Contains('\uFFFD', text);
    }
}
