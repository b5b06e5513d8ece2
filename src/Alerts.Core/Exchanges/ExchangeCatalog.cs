namespace Alerts.Core.Exchanges;

/// <summary>One page of a list, with the total to page through it.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int PageNumber, int PageSize, int Total);

/// <summary>Reads exchanges for the API: pages of a date range, newest first.</summary>
public sealed class ExchangeCatalog(IExchangeStore exchanges)
{
    public const int MaxPageSize = 100;

    public async Task<Page<ExchangeEvent>> ListAsync(DateOnly? from, DateOnly? to, int page, int pageSize, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(page, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(pageSize, MaxPageSize);
        var all = await exchanges.ListAsync(from ?? DateOnly.MinValue, to ?? DateOnly.MaxValue, cancellationToken).ConfigureAwait(false);
        return new Page<ExchangeEvent>(all.Skip((page - 1) * pageSize).Take(pageSize).ToList(), page, pageSize, all.Count);
    }
}
