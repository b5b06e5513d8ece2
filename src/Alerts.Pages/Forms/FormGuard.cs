using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Alerts.Pages.Forms;

/// <summary>
/// Cross-site request forgery protection for the page's forms: a signed double-submit token. A
/// random value lives in a SameSite=Strict, HttpOnly cookie; each form carries
/// HMAC(secret, that value), which another site can neither read nor compute.
/// </summary>
public sealed class FormGuard
{
    public const string CookieName = "alerts_form";
    public const string FieldName = "form_token";

    private readonly byte[] _key;

    public FormGuard(IOptions<PageOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var secret = options.Value.FormSecret;
        _key = string.IsNullOrEmpty(secret) ? RandomNumberGenerator.GetBytes(32) : Encoding.UTF8.GetBytes(secret);
    }

    /// <summary>The token for the forms of this response; sets the cookie when the browser has none.</summary>
    public string Issue(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var nonce = context.Request.Cookies[CookieName];
        if (!IsNonce(nonce))
        {
            nonce = Base64Url(RandomNumberGenerator.GetBytes(32));
            context.Response.Cookies.Append(CookieName, nonce, new CookieOptions
            {
                HttpOnly = true,
                SameSite = SameSiteMode.Strict,
                Secure = context.Request.IsHttps,
                Path = "/",
                IsEssential = true,
            });
        }

        return Sign(nonce!);
    }

    /// <summary>True when the posted token matches the browser's cookie.</summary>
    public bool IsValid(HttpRequest request, IFormCollection form)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(form);
        var nonce = request.Cookies[CookieName];
        var posted = form[FieldName].ToString();
        return IsNonce(nonce)
            && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Sign(nonce!)), Encoding.ASCII.GetBytes(posted));
    }

    private string Sign(string nonce) => Base64Url(HMACSHA256.HashData(_key, Encoding.ASCII.GetBytes("form:" + nonce)));

    private static bool IsNonce(string? value) =>
        value is { Length: 43 } && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
