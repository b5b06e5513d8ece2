using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Alerts.Infra.Tests;

/// <summary>Reads which built-in roles a template's role assignments grant, and to whom.</summary>
internal static partial class RoleAssignments
{
    /// <summary>The role definition ids (GUIDs) granted to principals whose id expression contains <paramref name="principal"/>.</summary>
    public static IReadOnlySet<string> GrantedTo(ArmTemplate template, string principal) =>
        template.OfType("Microsoft.Authorization/roleAssignments")
            .Where(a => ((string?)a["properties"]?["principalId"])?.Contains(principal, StringComparison.Ordinal) == true)
            .SelectMany(a => RoleIds(template, (string)a["properties"]!["roleDefinitionId"]!))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Resolves <c>variables('x').y</c> and <c>variables('list')[copyIndex()]</c> to the GUIDs they name.</summary>
    private static IEnumerable<string> RoleIds(ArmTemplate template, string expression)
    {
        foreach (Match guid in Guid().Matches(expression))
        {
            yield return guid.Value;
        }

        foreach (Match member in VariableMember().Matches(expression))
        {
            var value = (string?)template.Variables[member.Groups["variable"].Value]?[member.Groups["member"].Value];
            if (value is not null)
            {
                foreach (var id in RoleIds(template, value))
                {
                    yield return id;
                }
            }
        }

        foreach (Match element in CopiedElement().Matches(expression))
        {
            var list = template.Variables[element.Groups["variable"].Value] as JsonArray ?? [];
            foreach (var item in list.Select(n => (string?)n).OfType<string>())
            {
                foreach (var id in RoleIds(template, item))
                {
                    yield return id;
                }
            }
        }
    }

    [GeneratedRegex("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", RegexOptions.IgnoreCase)]
    private static partial Regex Guid();

    [GeneratedRegex(@"variables\('(?<variable>\w+)'\)\.(?<member>\w+)")]
    private static partial Regex VariableMember();

    [GeneratedRegex(@"variables\('(?<variable>\w+)'\)\[copyIndex\(\)\]")]
    private static partial Regex CopiedElement();
}
