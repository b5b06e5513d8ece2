using Alerts.Core.Detection;
using Alerts.Core.Items;

namespace Alerts.Core.Tests.Detection;

/// <summary>Detects one made-up item, as a source would hand it over.</summary>
internal static class Reports
{
    private static readonly ExchangeDetector Detector = new();

    public static Alerts.Core.Detection.Detection Detect(string title, string text, string? language = null, string published = "2026-11-22T12:00:00Z") =>
        Detector.Detect(new SourceItem
        {
            Id = "t",
            SourceId = "s",
            Published = DateTimeOffset.Parse(published, System.Globalization.CultureInfo.InvariantCulture),
            Language = language,
            Title = title,
            Text = text,
        });
}
