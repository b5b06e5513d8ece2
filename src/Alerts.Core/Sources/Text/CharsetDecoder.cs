using System.Text;
using System.Text.RegularExpressions;
using System.Text.Unicode;
using UtfUnknown;

namespace Alerts.Core.Sources.Text;

/// <summary>
/// Turns a response body into text: per-source override → byte-order mark → HTTP header →
/// XML declaration or HTML &lt;meta&gt; → detection. A BOM wins over the header because it is
/// unambiguous (as in the WHATWG encoding rules); a header or declaration claiming UTF-8 for
/// bytes that are not UTF-8 is ignored (a common misconfiguration of windows-1251 sites).
/// Bad bytes become U+FFFD, never an error.
/// </summary>
public static partial class CharsetDecoder
{
    private const int DeclarationWindow = 2048;

    static CharsetDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Decodes <paramref name="body"/>; <paramref name="overrideCharset"/> beats everything.</summary>
    public static string Decode(ReadOnlySpan<byte> body, string? headerCharset, string? overrideCharset = null)
    {
        if (overrideCharset is not null)
        {
            var forced = Find(overrideCharset)
                ?? throw new FormatException($"Unknown charset \"{overrideCharset}\" in the source's charset override");
            return forced.GetString(body);
        }

        if (FromBom(body, out var bomLength) is { } bom)
        {
            return bom.GetString(body[bomLength..]);
        }

        var chosen = Usable(Find(headerCharset), body)
            ?? Usable(Find(Declared(body)), body)
            ?? (Utf8.IsValid(body) ? Utf8Lenient : Detect(body))
            ?? Utf8Lenient;
        return chosen.GetString(body);
    }

    /// <summary>The encoding for a charset label with replacement fallback, or null when unknown.</summary>
    public static Encoding? Find(string? charset)
    {
        if (string.IsNullOrWhiteSpace(charset))
        {
            return null;
        }

        var name = charset.Trim().Trim('"', '\'');
        if (name.Equals("utf-8", StringComparison.OrdinalIgnoreCase) || name.Equals("utf8", StringComparison.OrdinalIgnoreCase))
        {
            return Utf8Lenient;
        }

        try
        {
            return Encoding.GetEncoding(name, EncoderFallback.ReplacementFallback, new DecoderReplacementFallback("\uFFFD"));
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static readonly UTF8Encoding Utf8Lenient = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    private static Encoding? Usable(Encoding? encoding, ReadOnlySpan<byte> body) =>
        encoding is null || (encoding.CodePage == Encoding.UTF8.CodePage && !Utf8.IsValid(body)) ? null : encoding;

    private static Encoding? FromBom(ReadOnlySpan<byte> body, out int length)
    {
        (Encoding? encoding, length) = body switch
        {
            [0xEF, 0xBB, 0xBF, ..] => ((Encoding?)Utf8Lenient, 3),
            [0xFF, 0xFE, ..] => (Encoding.Unicode, 2),
            [0xFE, 0xFF, ..] => (Encoding.BigEndianUnicode, 2),
            _ => (null, 0),
        };
        return encoding;
    }

    /// <summary>The charset named by an XML declaration or an HTML meta tag near the start.</summary>
    private static string? Declared(ReadOnlySpan<byte> body)
    {
        var head = Encoding.Latin1.GetString(body[..Math.Min(body.Length, DeclarationWindow)]);
        var match = XmlDeclaration().Match(head);
        if (!match.Success)
        {
            match = MetaCharset().Match(head);
        }

        return match.Success ? match.Groups["cs"].Value : null;
    }

    private static Encoding? Detect(ReadOnlySpan<byte> body)
    {
        var detected = CharsetDetector.DetectFromBytes(body.ToArray()).Detected;
        return detected is null ? null : Find(detected.EncodingName);
    }

    [GeneratedRegex("""^\s*<\?xml[^>]*\bencoding\s*=\s*["'](?<cs>[A-Za-z0-9._:-]+)["']""")]
    private static partial Regex XmlDeclaration();

    [GeneratedRegex("""<meta\b[^>]*?\bcharset\s*=\s*["']?(?<cs>[A-Za-z0-9._:-]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex MetaCharset();
}
