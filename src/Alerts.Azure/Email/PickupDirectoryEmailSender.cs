using Alerts.Core.Delivery;
using Microsoft.Extensions.Options;

namespace Alerts.Azure.Email;

/// <summary>The local mail sink: writes each message as an .eml file any mail client opens.</summary>
public sealed class PickupDirectoryEmailSender(IOptions<SmtpOptions> options, TimeProvider time) : IEmailSender
{
    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var folder = Path.GetFullPath(options.Value.PickupDirectory);
        Directory.CreateDirectory(folder);
        var stamp = time.GetUtcNow().ToString("yyyyMMdd-HHmmss", System.Globalization.CultureInfo.InvariantCulture);
        var name = $"{stamp}-{Core.Items.ItemHash.Of(message.MessageId)[..12]}.eml";
        var path = Path.Combine(folder, name);
        var temp = path + ".tmp";
        await MimeMessages.Create(message, options.Value.From).WriteToAsync(temp, cancellationToken).ConfigureAwait(false);
        File.Move(temp, path, overwrite: true);
    }
}
