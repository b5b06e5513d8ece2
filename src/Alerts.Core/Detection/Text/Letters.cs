namespace Alerts.Core.Detection.Text;

/// <summary>
/// <see cref="char.IsLetter(char)"/> and <see cref="char.IsLetterOrDigit(char)"/> with one table lookup for the
/// Latin and Cyrillic blocks (nearly every character the rules read); the framework's own test looks up
/// Unicode categories for every character beyond Latin-1.
/// </summary>
internal static class Letters
{
    private const char MaxTabled = '\u04FF';

    private const byte Letter = 1;
    private const byte Digit = 2;

    private static readonly byte[] Kinds =
        [.. Enumerable.Range(0, MaxTabled + 1).Select(c => char.IsLetter((char)c) ? Letter : char.IsDigit((char)c) ? Digit : (byte)0)];

    public static bool IsLetter(char c) => c <= MaxTabled ? Kinds[c] == Letter : char.IsLetter(c);

    public static bool IsLetterOrDigit(char c) => c <= MaxTabled ? Kinds[c] != 0 : char.IsLetterOrDigit(c);
}
