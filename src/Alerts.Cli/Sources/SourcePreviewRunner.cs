using Alerts.Core.Net;
using Alerts.Core.Sources;
using Microsoft.Extensions.DependencyInjection;

namespace Alerts.Cli.Sources;

/// <summary>What <c>alerts sources preview</c> was asked to read.</summary>
internal sealed record PreviewRequest(string Url, SourceKind? Kind, bool AllowPrivateNetwork, string? Charset, string? Language, HtmlSelectors? Selectors, string? SettingsFile);

/// <summary><c>alerts sources preview</c>: fetch once, print items as <c>detect</c> input, store nothing.</summary>
internal static class SourcePreviewRunner
{
    public static async Task<int> RunAsync(PreviewRequest request, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(request.Url, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
        {
            await stderr.WriteLineAsync($"alerts sources preview: \"{request.Url}\" is not an http(s) URL").ConfigureAwait(false);
            return 2;
        }

        var source = new Source
        {
            Id = "preview",
            Kind = request.Kind ?? SourcePreview.GuessKind(url, request.Selectors),
            Url = url.AbsoluteUri,
            Charset = request.Charset,
            Language = request.Language,
            Selectors = request.Selectors,
            AllowPrivateNetwork = request.AllowPrivateNetwork,
        };
        var problems = SourceRegistry.Validate(source);
        if (problems.Count > 0)
        {
            await stderr.WriteLineAsync($"alerts sources preview: {string.Join("; ", problems)}").ConfigureAwait(false);
            return 2;
        }

        try
        {
            await using var services = SourceCliServices.Readers(SourceCliServices.Configuration(request.SettingsFile));
            var items = await services.GetRequiredService<SourcePreview>().ReadAsync(source, cancellationToken).ConfigureAwait(false);
            foreach (var item in items)
            {
                await stdout.WriteLineAsync(SourceJson.DetectInput(item)).ConfigureAwait(false);
            }

            await stderr.WriteLineAsync($"{items.Count} items from {url} (kind {source.Kind.ToString().ToLowerInvariant()})").ConfigureAwait(false);
            return 0;
        }
        catch (Exception ex) when (ex is SourceReadException or FormatException or OutboundRequestRefusedException or IOException)
        {
            var hint = ex.Message.StartsWith("Refused ", StringComparison.Ordinal) && !request.AllowPrivateNetwork
                ? " (use --allow-private-network to reach it for local testing)"
                : "";
            await stderr.WriteLineAsync($"alerts sources preview: {ex.Message}{hint}").ConfigureAwait(false);
            return 1;
        }
    }
}
