namespace Alerts.Core.Sources;

/// <summary>Source URLs, checked once with a clear message.</summary>
public static class SourceUrls
{
    public static Uri Parse(Source source)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (!Uri.TryCreate(source.Url, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
        {
            throw new FormatException($"\"{source.Url}\" is not an http(s) URL");
        }

        return url;
    }

    /// <summary>The URL with one query parameter set (Telegram's ?before=, for paging).</summary>
    public static Uri WithQuery(Uri url, string name, string value)
    {
        ArgumentNullException.ThrowIfNull(url);
        var query = System.Web.HttpUtility.ParseQueryString(url.Query);
        query[name] = value;
        return new UriBuilder(url) { Query = query.ToString() }.Uri;
    }
}
