using System.Text;
using Alerts.Core.Items;

namespace Alerts.Core.Sources.Text;

/// <summary>
/// Stable item identities: the feed's guid, else the canonical link (tracking parameters such
/// as utm_* removed, fragment dropped, host lower-cased), else a hash of the content.
/// </summary>
public static class ItemIdentity
{
    private static readonly HashSet<string> TrackingParameters = new(StringComparer.OrdinalIgnoreCase)
    {
        "fbclid", "gclid", "dclid", "gbraid", "wbraid", "yclid", "msclkid", "mc_cid", "mc_eid", "igshid",
        "_ga", "_gl", "_hsenc", "_hsmi", "ref_src", "ref_url", "cmpid", "ito", "ocid", "spm", "smid",
        "twclid", "ttclid", "mkt_tok", "oly_anon_id", "oly_enc_id", "vero_id", "rb_clickid", "s_cid", "wt_mc",
        "xtor", "at_medium", "at_campaign", "at_source", "at_content", "ns_source", "ns_mchannel", "ns_campaign",
    };

    /// <summary>The identity of an item: guid, else canonical link, else content hash.</summary>
    public static string Of(string? guid, string? link, string title, string text)
    {
        if (!string.IsNullOrWhiteSpace(guid))
        {
            return ItemHash.Of("guid", guid.Trim());
        }

        if (!string.IsNullOrWhiteSpace(link))
        {
            return ItemHash.Of("link", CanonicalLink(link));
        }

        return ItemHash.Of("content", title, text);
    }

    /// <summary>
    /// The link without tracking parameters or fragment, resolved against <paramref name="baseUrl"/>
    /// when relative; unparseable links come back trimmed.
    /// </summary>
    public static string CanonicalLink(string link, Uri? baseUrl = null)
    {
        ArgumentNullException.ThrowIfNull(link);
        var trimmed = link.Trim();
        // "/news/1" parses as an absolute file path on Unix: only a written scheme makes a link absolute.
        var absolute = Uri.TryCreate(trimmed, UriKind.Absolute, out var url)
            && !(url.IsFile && !trimmed.StartsWith("file:", StringComparison.OrdinalIgnoreCase));
        if (!absolute && !(baseUrl is not null && Uri.TryCreate(baseUrl, trimmed, out url)))
        {
            return trimmed;
        }

        if (url is null)
        {
            return trimmed;
        }

        if (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps)
        {
            return url.AbsoluteUri;
        }

        var builder = new UriBuilder(url) { Fragment = "", Query = CleanQuery(url.Query) };
        if (url.IsDefaultPort)
        {
            builder.Port = -1;
        }

        return builder.Uri.AbsoluteUri;
    }

    private static string CleanQuery(string query)
    {
        if (query.Length <= 1)
        {
            return "";
        }

        var kept = new StringBuilder();
        foreach (var pair in query[1..].Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var name = Uri.UnescapeDataString(pair.Split('=', 2)[0]);
            if (name.StartsWith("utm_", StringComparison.OrdinalIgnoreCase) || TrackingParameters.Contains(name))
            {
                continue;
            }

            kept.Append(kept.Length == 0 ? "" : "&").Append(pair);
        }

        return kept.ToString();
    }
}
