using System.Globalization;
using System.Net;
using System.Runtime.CompilerServices;
using System.Text;

namespace Alerts.Pages.Markup;

/// <summary>A piece of HTML that is safe to write as is: built only from literals and escaped values.</summary>
public readonly record struct Html(string Value)
{
    public static Html Empty { get; } = new("");

    public override string ToString() => Value ?? "";

    /// <summary>Builds HTML from an interpolated string: every hole is escaped unless it is already <see cref="Html"/>.</summary>
    public static Html Of(HtmlBuilder builder) => builder.Build();

    public static Html Join(IEnumerable<Html> parts) => new(string.Concat(parts.Select(p => p.Value)));

    /// <summary>Escapes text for element content and double-quoted attribute values.</summary>
    public static string Encode(string? text) => WebUtility.HtmlEncode(text ?? "");

    /// <summary>The URL when it is absolute http(s) without credentials; null for anything else (javascript:, data:, relative).</summary>
    public static string? SafeUrl(string? url) =>
        Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
        && string.IsNullOrEmpty(uri.UserInfo)
            ? uri.AbsoluteUri
            : null;
}

/// <summary>The interpolated-string handler behind <see cref="Html.Of"/>: escapes every value it is given.</summary>
[InterpolatedStringHandler]
public readonly struct HtmlBuilder
{
    private readonly StringBuilder _builder;

    public HtmlBuilder(int literalLength, int formattedCount) => _builder = new StringBuilder(literalLength + (formattedCount * 16));

    public void AppendLiteral(string value) => _builder.Append(value);

    public void AppendFormatted(Html value) => _builder.Append(value.Value);

    public void AppendFormatted(IEnumerable<Html> values)
    {
        foreach (var value in values ?? [])
        {
            _builder.Append(value.Value);
        }
    }

    public void AppendFormatted(string? value) => _builder.Append(Html.Encode(value));

    public void AppendFormatted(int value) => _builder.Append(value.ToString(CultureInfo.InvariantCulture));

    /// <summary>Coordinates in SVG: invariant, at most two decimals.</summary>
    public void AppendFormatted(double value) => _builder.Append(value.ToString("0.##", CultureInfo.InvariantCulture));

    /// <summary>Any other value is text, escaped; a list of <see cref="Html"/> typed as a concrete collection is still HTML.</summary>
    public void AppendFormatted<T>(T value)
    {
        if (value is IEnumerable<Html> many)
        {
            AppendFormatted(many);
            return;
        }

        _builder.Append(Html.Encode(Convert.ToString(value, CultureInfo.InvariantCulture)));
    }

    public void AppendFormatted<T>(T value, string? format)
        where T : IFormattable => _builder.Append(Html.Encode(value.ToString(format, CultureInfo.InvariantCulture)));

    public Html Build() => new(_builder.ToString());
}
