using System.Buffers;
using System.Net;
using System.Net.Http.Headers;
using Alerts.Core.Net;
using Alerts.Core.Sources.Text;
using Microsoft.Extensions.Options;

namespace Alerts.Core.Sources.Http;

/// <summary>
/// One polite GET for any kind of source: conditional (ETag, If-Modified-Since), time-limited,
/// size-capped, decoded by <see cref="CharsetDecoder"/>. Failures become
/// <see cref="SourceReadException"/> with a one-line message (and the server's Retry-After).
/// </summary>
public sealed class SourceFetcher(IHttpClientFactory httpClients, IOptions<SourceHttpOptions> options, TimeProvider time)
{
    /// <summary>Name of the <see cref="HttpClient"/> for sources: public addresses only.</summary>
    public const string HttpClientName = "sources";

    /// <summary>The client for sources marked <see cref="Source.AllowPrivateNetwork"/> (local testing).</summary>
    public const string PrivateNetworkHttpClientName = "sources-private-network";

    /// <summary>Fetches <paramref name="url"/>; null when the server answered 304 Not Modified.</summary>
    public async Task<FetchedDocument?> FetchAsync(Source source, Uri url, SourceState? validators, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(url);
        var settings = options.Value;
        using var timeout = new CancellationTokenSource(settings.RequestTimeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            return await SendAsync(source, url, validators, settings, linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new SourceReadException($"{url} did not answer within {settings.RequestTimeout.TotalSeconds:0.#} s");
        }
        catch (HttpRequestException ex) when (FindRefusal(ex) is { } refused)
        {
            throw new SourceReadException(refused.Message, inner: refused);
        }
        catch (HttpRequestException ex)
        {
            throw new SourceReadException($"Could not fetch {url}: {ex.Message}", inner: ex);
        }
    }

    private async Task<FetchedDocument?> SendAsync(
        Source source, Uri url, SourceState? validators, SourceHttpOptions settings, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (validators?.ETag is { } etag && EntityTagHeaderValue.TryParse(etag, out var parsed))
        {
            request.Headers.IfNoneMatch.Add(parsed);
        }

        if (validators?.LastModified is { } lastModified)
        {
            request.Headers.IfModifiedSince = lastModified;
        }

        var client = httpClients.CreateClient(source.AllowPrivateNetwork ? PrivateNetworkHttpClientName : HttpClientName);
        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.NotModified)
        {
            return null;
        }

        var status = (int)response.StatusCode;
        if (status is >= 300 and < 400)
        {
            throw new SourceReadException($"{url} redirects too often or without a usable Location (HTTP {status}; limit {settings.MaxRedirects})");
        }

        if (!response.IsSuccessStatusCode)
        {
            var retryAfter = response.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable
                ? RetryAfter(response.Headers.RetryAfter)
                : null;
            throw new SourceReadException($"HTTP {status} {response.ReasonPhrase} from {url}", retryAfter);
        }

        using var body = await ReadCappedAsync(response.Content, url, settings.MaxBodyBytes, cancellationToken).ConfigureAwait(false);
        var contentType = response.Content.Headers.ContentType;
        var text = CharsetDecoder.Decode(body.GetBuffer().AsSpan(0, (int)body.Length), contentType?.CharSet, source.Charset);
        return new FetchedDocument(
            response.RequestMessage?.RequestUri ?? url,
            text,
            contentType?.MediaType,
            response.Headers.ETag?.ToString(),
            response.Content.Headers.LastModified);
    }

    /// <summary>The body, read in chunks and stopped as soon as it passes the cap (compressed or not).</summary>
    private static async Task<MemoryStream> ReadCappedAsync(HttpContent content, Uri url, int maxBytes, CancellationToken cancellationToken)
    {
        var length = content.Headers.ContentLength;
        if (length > maxBytes)
        {
            throw new SourceReadException($"{url} is too large: {length} bytes (limit {maxBytes})");
        }

        var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            var buffer = new MemoryStream(length is > 0 and var n ? (int)n : 16 * 1024);
            try
            {
                var chunk = ArrayPool<byte>.Shared.Rent(16 * 1024);
                try
                {
                    int read;
                    while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
                    {
                        if (buffer.Length + read > maxBytes)
                        {
                            throw new SourceReadException($"{url} is too large: more than {maxBytes} bytes");
                        }

                        buffer.Write(chunk, 0, read);
                    }
                }
                finally
                {
                    ArrayPool<byte>.Shared.Return(chunk);
                }

                return buffer;
            }
            catch
            {
                await buffer.DisposeAsync().ConfigureAwait(false);
                throw;
            }
        }
    }

    private TimeSpan? RetryAfter(RetryConditionHeaderValue? header) => header switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } when date > time.GetUtcNow() => date - time.GetUtcNow(),
        _ => null,
    };

    private static OutboundRequestRefusedException? FindRefusal(Exception? ex)
    {
        for (; ex is not null; ex = ex.InnerException)
        {
            if (ex is OutboundRequestRefusedException refused)
            {
                return refused;
            }
        }

        return null;
    }
}
