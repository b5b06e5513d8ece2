namespace Alerts.Core.Sources;

/// <summary>The default-source registry. Section "Sources"; defaults are documented in README "Settings".</summary>
public sealed class SourceRegistryOptions
{
    public const string Section = "Sources";

    /// <summary>
    /// Load the real default sources (default-sources.json) into an empty-of-them Sources table at
    /// start. Default true; tests and offline machines set it false so nothing reaches the internet.
    /// </summary>
    public bool LoadDefaults { get; set; } = true;
}
