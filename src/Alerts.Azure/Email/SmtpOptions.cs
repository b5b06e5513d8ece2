using System.ComponentModel.DataAnnotations;

namespace Alerts.Azure.Email;

/// <summary>How the SMTP connection is secured.</summary>
public enum SmtpSecurity
{
    None,
    StartTls,
    Tls,
}

/// <summary>Outgoing mail. Section "Smtp"; without a Host, mail goes to the local pickup folder.</summary>
public sealed class SmtpOptions
{
    public const string Section = "Smtp";

    /// <summary>SMTP server; empty sends mail to <see cref="PickupDirectory"/> instead. Default empty.</summary>
    public string? Host { get; set; }

    /// <summary>Default 587.</summary>
    [Range(1, 65535)]
    public int Port { get; set; } = 587;

    /// <summary>none, starttls or tls. Default starttls.</summary>
    public SmtpSecurity Security { get; set; } = SmtpSecurity.StartTls;

    /// <summary>Sender address. Default "Alerts &lt;alerts@localhost&gt;".</summary>
    [Required]
    public string From { get; set; } = "Alerts <alerts@localhost>";

    public string? Username { get; set; }

    public string? Password { get; set; }

    /// <summary>Folder the local mail sink writes .eml files to. Default ".alerts/mail".</summary>
    [Required]
    public string PickupDirectory { get; set; } = Path.Combine(".alerts", "mail");
}
