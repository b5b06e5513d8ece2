using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.Loader;

namespace Alerts.Benchmarks.Comparison;

/// <summary>
/// One build of <c>Alerts.Core.dll</c> loaded in its own <see cref="AssemblyLoadContext"/>, so two
/// builds of the detector can run side by side in one process. Everything else (the framework, the
/// Microsoft.Extensions packages) comes from the default context.
/// </summary>
internal sealed class DetectorBuild
{
    private readonly Assembly core;
    private readonly object detector;

    public DetectorBuild(string name, string coreDllPath)
    {
        Name = name;
        var context = new AssemblyLoadContext(name);
        core = context.LoadFromAssemblyPath(Path.GetFullPath(coreDllPath));
        detector = Activator.CreateInstance(Type("Alerts.Core.Detection.ExchangeDetector"))!;
    }

    public string Name { get; }

    /// <summary>A call of <c>ExchangeDetector.Detect</c> on one item, compiled so the call costs no reflection.</summary>
    public Func<object> Detection(Article article)
    {
        var itemType = Type("Alerts.Core.Items.SourceItem");
        var item = Activator.CreateInstance(itemType)!;
        Set(item, "Id", article.Name);
        Set(item, "SourceId", "bench");
        Set(item, "Published", new DateTimeOffset(2026, 11, 22, 14, 0, 0, TimeSpan.Zero));
        Set(item, "Language", article.Language);
        Set(item, "Title", article.Title);
        Set(item, "Text", article.Text);
        var detect = detector.GetType().GetMethod("Detect", [itemType])!;
        var call = Expression.Call(Expression.Constant(detector), detect, Expression.Constant(item));
        return Expression.Lambda<Func<object>>(Expression.Convert(call, typeof(object))).Compile();
    }

    private Type Type(string fullName) =>
        core.GetType(fullName) ?? throw new InvalidOperationException($"{fullName} is not in {core.Location}.");

    private static void Set(object target, string property, object value) =>
        target.GetType().GetProperty(property)!.SetValue(target, value);
}
