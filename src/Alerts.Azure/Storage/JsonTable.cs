using System.Net;
using System.Text;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;

namespace Alerts.Azure.Storage;

/// <summary>
/// A table of JSON documents: each entity holds the serialized object (split over several
/// properties when longer than one property allows) plus the plain properties queries filter on.
/// ETags are the versions the core's optimistic concurrency uses.
/// </summary>
public sealed class JsonTable<T>(TableClient table)
    where T : class
{
    private const int ChunkChars = 30_000;
    private const int MaxChunks = 30;

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public TableClient Client => table;

    public async Task<(T Value, string ETag)?> GetAsync(string partitionKey, string rowKey, CancellationToken cancellationToken)
    {
        var response = await table.GetEntityIfExistsAsync<TableEntity>(TableKey.Encode(partitionKey), TableKey.Encode(rowKey), cancellationToken: cancellationToken).ConfigureAwait(false);
        return response.HasValue ? (Read(response.Value!), response.Value!.ETag.ToString()) : null;
    }

    /// <summary>Conditional insert: false when the row exists (HTTP 409).</summary>
    public async Task<bool> TryAddAsync(string partitionKey, string rowKey, T value, IDictionary<string, object>? columns, CancellationToken cancellationToken)
    {
        try
        {
            await table.AddEntityAsync(Write(partitionKey, rowKey, value, columns), cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status == (int)HttpStatusCode.Conflict)
        {
            return false;
        }
    }

    /// <summary>Replace when <paramref name="etag"/> is current (or insert when it is null); false on 412/409/404.</summary>
    public async Task<bool> TrySaveAsync(string partitionKey, string rowKey, T value, string? etag, IDictionary<string, object>? columns, CancellationToken cancellationToken)
    {
        if (etag is null)
        {
            return await TryAddAsync(partitionKey, rowKey, value, columns, cancellationToken).ConfigureAwait(false);
        }

        try
        {
            await table.UpdateEntityAsync(Write(partitionKey, rowKey, value, columns), new ETag(etag), TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status is (int)HttpStatusCode.PreconditionFailed or (int)HttpStatusCode.NotFound)
        {
            return false;
        }
    }

    /// <summary>Insert or replace regardless of version.</summary>
    public Task UpsertAsync(string partitionKey, string rowKey, T value, IDictionary<string, object>? columns, CancellationToken cancellationToken) =>
        table.UpsertEntityAsync(Write(partitionKey, rowKey, value, columns), TableUpdateMode.Replace, cancellationToken);

    public async Task<List<(T Value, string ETag)>> QueryAsync(string? filter, CancellationToken cancellationToken)
    {
        var results = new List<(T, string)>();
        await foreach (var entity in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            results.Add((Read(entity), entity.ETag.ToString()));
        }

        return results;
    }

    private static TableEntity Write(string partitionKey, string rowKey, T value, IDictionary<string, object>? columns)
    {
        var entity = columns is null ? new TableEntity() : new TableEntity(columns);
        entity.PartitionKey = TableKey.Encode(partitionKey);
        entity.RowKey = TableKey.Encode(rowKey);
        var json = JsonSerializer.Serialize(value, Json);
        var chunks = (json.Length + ChunkChars - 1) / ChunkChars;
        if (chunks > MaxChunks)
        {
            throw new InvalidOperationException($"{typeof(T).Name} {rowKey} is too large to store ({json.Length} characters)");
        }

        for (var i = 0; i < Math.Max(chunks, 1); i++)
        {
            entity[$"Json{i}"] = json.Substring(i * ChunkChars, Math.Min(ChunkChars, json.Length - (i * ChunkChars)));
        }

        return entity;
    }

    private static T Read(TableEntity entity)
    {
        var json = new StringBuilder();
        for (var i = 0; entity.TryGetValue($"Json{i}", out var chunk) && chunk is string s; i++)
        {
            json.Append(s);
        }

        return JsonSerializer.Deserialize<T>(json.ToString(), Json)
            ?? throw new InvalidOperationException($"Row {entity.RowKey} of {typeof(T).Name} is empty");
    }
}
