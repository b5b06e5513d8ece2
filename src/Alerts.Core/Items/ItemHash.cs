using System.Security.Cryptography;
using System.Text;

namespace Alerts.Core.Items;

/// <summary>Short, stable hashes used as item identities and edit markers.</summary>
public static class ItemHash
{
    public static string Of(params string[] parts)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var part in parts)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(part));
            hash.AppendData([0]);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset().AsSpan(0, 16));
    }
}
