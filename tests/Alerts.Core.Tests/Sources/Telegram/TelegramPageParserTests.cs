using Alerts.Core.Sources.Telegram;

namespace Alerts.Core.Tests.Sources.Telegram;

public class TelegramPageParserTests
{
    [Fact]
    public void Parse_ChannelPage_ReadsTextPostsWithIdTimeAndLink()
    {
        var posts = TelegramPageParser.Parse(SourceFixtures.TelegramPage);

        Assert.Equal([1001L, 1003L], posts.Select(p => p.Number));
        var first = posts[0];
        Assert.Equal("koordshtab/1001", first.Post);
        Assert.Equal("https://t.me/koordshtab/1001", first.Entry.Link);
        Assert.Equal(new DateTimeOffset(2026, 11, 20, 9, 15, 0, TimeSpan.Zero), first.Entry.Published);
    }

    [Fact]
    public void Parse_Reply_TakesThePostsOwnTextNotTheQuote()
    {
        var reply = TelegramPageParser.Parse(SourceFixtures.TelegramPage)[1];
        Assert.Equal("Уточнення: повернулися 75 захисників.", Alerts.Core.Sources.Text.HtmlText.ToText(reply.Entry.BodyHtml));
    }

    [Fact]
    public void Parse_Text_KeepsLineBreaksAndDecodesEntities()
    {
        var text = Alerts.Core.Sources.Text.HtmlText.ToText(TelegramPageParser.Parse(SourceFixtures.TelegramPage)[0].Entry.BodyHtml);
        Assert.Equal("🇺🇦 Повернули додому 73 захисників!\nЦе вже 60-й обмін.\nДякуємо партнерам & посередникам.", text);
    }

    [Fact]
    public void TitleOf_LongFirstLine_IsCutAtAWord()
    {
        var line = string.Join(' ', Enumerable.Repeat("слово", 40));
        var title = TelegramPageParser.TitleOf(line + "\nsecond");
        Assert.True(title.Length <= 121, title);
        Assert.EndsWith("слово…", title, StringComparison.Ordinal);
    }
}
