using System.Text.RegularExpressions;

namespace Alerts.Core.Detection.Rules;

/// <summary>Countries that mediate exchanges or serve as transit, by ISO 3166-1 alpha-2 code, named in each language.</summary>
internal static class Countries
{
    private static readonly (string Code, string Pattern)[] Names =
    [
        ("AE", @"uae|u\.a\.e|united arab emirates|emirat\w*|abu dhabi|оаэ|оае|эмират\w*|емірат\w*|абу-даби|абу-дабі"),
        ("QA", @"qatar\w*|doha|катар\w*|доха|дохи"),
        ("TR", @"turkey|t[uü]rkiye|turkish|ankara|erdogan|турци\w*|турецк\w*|туреччин\w*|турецьк\w*|анкар\w*|эрдоган\w*|ердоган\w*|turks|турки|турков|туркам|турками|турків"),
        ("SA", @"saudi\w*|riyadh|саудовск\w*|саудівськ\w*|эр-рияд\w*|ер-ріяд\w*|рияд\w*|ріяд\w*|саудит\w*"),
        ("VA", @"vatican|holy see|pope|pontiff|ватикан\w*|святой престол|святого престола|святейш\w* престол\w*|святіш\w* престол\w*|понтифік\w*|понтифик\w*|святий престол|свят\w* престол\w*|апостольськ\w* престол\w*|апостольск\w* престол\w*|apostolic see|святого престолу|папа римский|папы римского|папа римський|папи римського|апостольск\w* нунци\w*|апостольськ\w* нунці\w*|кардинал\w* дзуппи|кардинал\w* дзуппі"),
        ("US", @"united states|u\.s|the us|us-(?:mediated|brokered)|washington|сша|соедин[её]нн\w* штат\w*|сполучен\w* штат\w*|вашингтон\w*|americans|американц\w*|американці\w*"),
        ("CH", @"switzerland|swiss|швейцари\w*|швейцарі\w*"),
        ("HU", @"hungary|hungarian|венгри\w*|угорщин\w*"),
        ("KZ", @"kazakhstan|казахстан\w*"),
        ("NO", @"norway|norwegian|норвеги\w*|норвегі\w*"),
        ("CN", @"china|chinese|кита\w*"),
    ];

    /// <summary>The countries' rules, in table order (tagged like every other rule: see <see cref="RuleBook.Starts"/>).</summary>
    public static readonly (string Code, RuleSet Rule)[] Named =
        [.. Names.Select(n => (n.Code, new RuleSet([$@"\b(?:{n.Pattern})\b"], RegexOptions.Compiled | RegexOptions.CultureInvariant)))];

    public static readonly RuleSet Belarus = new([@"\b(?:belarus\w*|беларус\w*|белорус\w*|білорус\w*|біларус\w*)"], RegexOptions.Compiled | RegexOptions.CultureInvariant);
}
