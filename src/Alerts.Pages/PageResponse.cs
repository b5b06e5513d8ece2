using Alerts.Pages.Markup;
using Alerts.Pages.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Alerts.Pages;

/// <summary>HTML responses with the page's security headers: a strict content policy, no referrer, no caching.</summary>
public static class PageResponse
{
    /// <summary>No scripts at all; styles and images from the site only; forms post only to the site.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    public static IActionResult Html(HttpResponse response, PageText text, Html page, int status = StatusCodes.Status200OK)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(text);
        var headers = response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers.CacheControl = "no-store";
        headers.ContentLanguage = text.Language;
        headers.Vary = "Accept-Language, Cookie";
        return new ContentResult { Content = page.Value, ContentType = "text/html; charset=utf-8", StatusCode = status };
    }

    public static IActionResult Stylesheet(HttpResponse response, string css)
    {
        ArgumentNullException.ThrowIfNull(response);
        response.Headers.CacheControl = "public, max-age=3600";
        response.Headers.XContentTypeOptions = "nosniff";
        return new ContentResult { Content = css, ContentType = "text/css; charset=utf-8", StatusCode = StatusCodes.Status200OK };
    }
}
