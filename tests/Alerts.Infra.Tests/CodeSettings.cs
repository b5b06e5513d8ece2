using System.ComponentModel.DataAnnotations;
using System.Reflection;
using System.Text.RegularExpressions;
using Alerts.Azure.Storage;
using Alerts.Core.Sources;
using Alerts.Functions;
using Microsoft.Azure.Functions.Worker;

namespace Alerts.Infra.Tests;

/// <summary>What the code binds, found by reflection: options sections, setting names, trigger attributes.</summary>
internal static partial class CodeSettings
{
    /// <summary>
    /// The Service Bus publisher's settings as agreed for the foundation (README "Settings"). Used only
    /// while no options class declares Section "ServiceBus"; once one does, its properties are used.
    /// </summary>
    public static readonly string[] AgreedServiceBusKeys = ["FullyQualifiedNamespace", "TopicName", "ClientId"];

    public const string ServiceBusSection = "ServiceBus";

    private static readonly Assembly[] Assemblies =
    [
        typeof(PollingOptions).Assembly,   // Alerts.Core
        typeof(QueueNames).Assembly,       // Alerts.Azure
        typeof(FunctionServices).Assembly, // Alerts.Functions
        typeof(Alerts.Pages.Forms.PageOptions).Assembly, // Alerts.Pages
    ];

    private static IEnumerable<Type> Types => Assemblies.SelectMany(a => a.GetTypes());

    /// <summary>Options classes by their <c>public const string Section</c>.</summary>
    public static IReadOnlyDictionary<string, Type> OptionsBySection { get; } = Types
        .Select(t => (Type: t, Section: Constant(t, "Section")))
        .Where(x => x.Section is not null)
        .ToDictionary(x => x.Section!, x => x.Type);

    /// <summary>Top-level setting names the code reads (<c>public const string SettingName</c>).</summary>
    public static IReadOnlySet<string> SettingNames { get; } = Types
        .Select(t => Constant(t, "SettingName"))
        .OfType<string>()
        .ToHashSet();

    /// <summary>The keys (Section__Property) a section binds, from its options class or, for Service Bus, the agreed names.</summary>
    public static IReadOnlySet<string> KeysOf(string section)
    {
        if (OptionsBySection.TryGetValue(section, out var type))
        {
            return BindableProperties(type).Select(p => p.Name).ToHashSet();
        }

        return section == ServiceBusSection ? AgreedServiceBusKeys.ToHashSet() : new HashSet<string>();
    }

    public static IEnumerable<string> Sections => OptionsBySection.Keys.Append(ServiceBusSection).Distinct();

    /// <summary>Section__Property for each [Required] property whose default is empty: it must be configured.</summary>
    public static IEnumerable<string> RequiredWithoutDefault() =>
        from pair in OptionsBySection
        let defaults = Activator.CreateInstance(pair.Value)
        from property in BindableProperties(pair.Value)
        where property.GetCustomAttribute<RequiredAttribute>() is not null
        where property.GetValue(defaults) is null or ""
        select $"{pair.Key}__{property.Name}";

    /// <summary>The %Setting% names in the Functions' timer schedules.</summary>
    public static IReadOnlyList<string> TimerScheduleSettings() =>
        FunctionParameters()
            .Select(p => p.GetCustomAttribute<TimerTriggerAttribute>()?.Schedule)
            .OfType<string>()
            .SelectMany(s => SettingReference().Matches(s).Select(m => m.Groups["name"].Value))
            .Distinct()
            .ToList();

    /// <summary>Every queue a function is triggered by or writes to, with the connection setting it names.</summary>
    public static IReadOnlyList<(string Queue, string? Connection)> QueueBindings()
    {
        var functions = FunctionMethods().ToList();
        var triggers = functions.SelectMany(m => m.GetParameters())
            .Select(p => p.GetCustomAttribute<QueueTriggerAttribute>())
            .OfType<QueueTriggerAttribute>()
            .Select(a => (a.QueueName, a.Connection));
        var outputs = functions.SelectMany(m => m.GetCustomAttributes<QueueOutputAttribute>())
            .Concat(typeof(FunctionServices).Assembly.GetTypes()
                .SelectMany(t => t.GetProperties())
                .SelectMany(p => p.GetCustomAttributes<QueueOutputAttribute>()))
            .Select(a => (a.QueueName, a.Connection));
        return [.. triggers.Concat(outputs).Distinct()];
    }

    public static IEnumerable<MethodInfo> FunctionMethods() =>
        typeof(FunctionServices).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(m => m.GetCustomAttribute<FunctionAttribute>() is not null);

    private static IEnumerable<ParameterInfo> FunctionParameters() => FunctionMethods().SelectMany(m => m.GetParameters());

    private static IEnumerable<PropertyInfo> BindableProperties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite);

    private static string? Constant(Type type, string name) =>
        type.GetField(name, BindingFlags.Public | BindingFlags.Static) is { IsLiteral: true } field
            && field.FieldType == typeof(string)
            ? (string?)field.GetRawConstantValue()
            : null;

    [GeneratedRegex("%(?<name>[^%]+)%")]
    private static partial Regex SettingReference();
}
