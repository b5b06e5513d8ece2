using Alerts.Pages.Forms;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace Alerts.Pages.Tests.Forms;

public sealed class FormGuardTests
{
    private readonly FormGuard _guard = new(Options.Create(new PageOptions { FormSecret = new string('k', 32) }));

    [Fact]
    public void IsValid_TokenIssuedForTheBrowsersCookie_Accepts()
    {
        var (cookie, token) = Issue(_guard);

        Assert.True(_guard.IsValid(Post(cookie, token), Fields(token)));
    }

    [Fact]
    public void Issue_BrowserAlreadyHasCookie_KeepsItAndSetsNoNewOne()
    {
        var (cookie, token) = Issue(_guard);
        var context = new DefaultHttpContext();
        context.Request.Headers.Cookie = $"{FormGuard.CookieName}={cookie}";

        Assert.Equal(token, _guard.Issue(context));
        Assert.False(context.Response.Headers.ContainsKey("Set-Cookie"));
    }

    [Fact]
    public void Issue_NewBrowser_SetsHttpOnlyStrictCookie()
    {
        var context = new DefaultHttpContext();

        _guard.Issue(context);

        var header = SetCookieHeaderValue.Parse(context.Response.Headers.SetCookie.ToString());
        Assert.True(header.HttpOnly);
        Assert.Equal(Microsoft.Net.Http.Headers.SameSiteMode.Strict, header.SameSite);
    }

    [Fact]
    public void IsValid_NoCookie_Rejects()
    {
        var (_, token) = Issue(_guard);

        Assert.False(_guard.IsValid(Post(null, token), Fields(token)));
    }

    [Fact]
    public void IsValid_TokenOfAnotherCookie_Rejects()
    {
        var (_, token) = Issue(_guard);
        var (otherCookie, _) = Issue(_guard);

        Assert.False(_guard.IsValid(Post(otherCookie, token), Fields(token)));
    }

    [Fact]
    public void IsValid_TokenSignedWithAnotherSecret_Rejects()
    {
        var other = new FormGuard(Options.Create(new PageOptions()));
        var (cookie, token) = Issue(other);

        Assert.False(_guard.IsValid(Post(cookie, token), Fields(token)));
    }

    [Fact]
    public void IsValid_CookieValueAsToken_Rejects()
    {
        var (cookie, _) = Issue(_guard);

        Assert.False(_guard.IsValid(Post(cookie, cookie), Fields(cookie)));
    }

    private static (string Cookie, string Token) Issue(FormGuard guard)
    {
        var context = new DefaultHttpContext();
        var token = guard.Issue(context);
        var cookie = SetCookieHeaderValue.Parse(context.Response.Headers.SetCookie.ToString()).Value.ToString();
        return (cookie, token);
    }

    private static HttpRequest Post(string? cookie, string token)
    {
        var context = new DefaultHttpContext();
        context.Request.Method = "POST";
        if (cookie is not null)
        {
            context.Request.Headers.Cookie = $"{FormGuard.CookieName}={cookie}";
        }

        context.Request.Form = Fields(token);
        return context.Request;
    }

    private static FormCollection Fields(string token) => new(new Dictionary<string, StringValues> { [FormGuard.FieldName] = token });
}
