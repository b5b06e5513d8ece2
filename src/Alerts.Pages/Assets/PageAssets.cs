using System.Reflection;

namespace Alerts.Pages.Assets;

/// <summary>Static files of the page (embedded, so the Functions app and the runner serve the same bytes).</summary>
public static class PageAssets
{
    public const string StylesheetPath = "/assets/site.css";

    public static string Stylesheet { get; } = Read("Alerts.Pages.site.css");

    private static string Read(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"{name} is not embedded");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
