using System.ComponentModel.DataAnnotations;

namespace Alerts.Pages.Forms;

/// <summary>Settings of the public page. Section "Pages"; defaults documented in README "Settings".</summary>
public sealed class PageOptions
{
    public const string Section = "Pages";

    /// <summary>
    /// Key of the forms' anti-forgery tokens (HMAC-SHA256), at least 32 characters. Default: a random
    /// key per process start, which is right for one local instance; set it when several instances
    /// serve the page (forms signed by one are then accepted by the others).
    /// </summary>
    [MinLength(32)]
    public string? FormSecret { get; set; }
}
