namespace Alerts.Benchmarks;

/// <summary>Typical articles of about 2 KB (written for the benchmarks).</summary>
internal static class Articles
{
    /// <summary>The three articles the detection benchmarks read, with their titles and languages.</summary>
    public static readonly Article[] All =
    [
        new("english", "en", "Ukraine and Russia swap 185 prisoners each in UAE-brokered deal", English),
        new("russian", "ru", "Из украинского плена возвращены 185 российских военнослужащих", Russian),
        new("unrelated", "en", "City council approves new budget for road repairs", Unrelated),
    ];

    public const string English = """
        Ukraine and Russia exchanged prisoners of war on Sunday, with 185 servicemen returned to each side, officials in both countries said.
        The swap was brokered by the United Arab Emirates, the foreign ministry in Abu Dhabi said in a statement, adding that it was the fifteenth exchange it had helped to arrange since the start of the war.
        Ukraine's Coordination Headquarters for the Treatment of Prisoners of War said that 20 civilians were also returned to Ukraine, among them residents of occupied towns in the south who had been held for more than two years.
        The freed Russian soldiers were taken to Belarus for medical checks and psychological support before flying home, the Russian defence ministry said.
        President Volodymyr Zelensky thanked the Emirates for their mediation and said work continued to bring everyone home. "Every exchange is the result of months of work," he wrote on social media, posting photographs of men wrapped in blue and yellow flags stepping off buses near the border.
        Relatives gathered at a hospital in Chernihiv region, holding portraits of sons and husbands still missing. Some of those released had been captured in Mariupol in 2022; others were taken prisoner in the Kursk region last year.
        About 6,500 Ukrainians remain in Russian captivity, according to estimates by Ukraine's human rights commissioner, while around 1,000 Russian servicemen are held in Ukraine.
        The previous exchange, on 2 October, returned 84 prisoners to each side. In total, more than 5,000 Ukrainians have been brought home since 2022, officials said.
        Talks on the next exchange are continuing, but no date has been set, a source in the Ukrainian delegation told reporters on condition of anonymity.
        """;

    public const string Russian = """
        22 ноября в результате переговорного процесса с подконтрольной киевскому режиму территории возвращены 185 российских военнослужащих. Взамен переданы 185 военнопленных ВСУ.
        Гуманитарную посредническую помощь в возвращении российских военнослужащих из плена оказали Объединённые Арабские Эмираты, сообщило Министерство обороны России.
        В настоящее время все военнослужащие находятся на территории Республики Беларусь, где им оказывается необходимая психологическая и медицинская помощь. Они будут доставлены на территорию Российской Федерации для лечения и реабилитации в медицинских учреждениях Минобороны.
        Уполномоченный по правам человека Татьяна Москалькова поблагодарила всех, кто участвовал в переговорах, и сообщила, что работа по возвращению соотечественников продолжается. По ее словам, около тысячи российских военнослужащих по-прежнему находятся в украинском плену.
        Родственники освобожденных встречали их на границе; многие не видели своих близких больше года. Предыдущий обмен состоялся 2 октября, тогда из плена вернулись 84 военнослужащих.
        Всего с начала специальной военной операции из плена возвращены более 2 тыс. российских военнослужащих.
        """;

    public const string Unrelated = """
        The city council approved a new budget for road repairs on Tuesday after a long debate about priorities for the coming year.
        Councillors voted 31 to 12 in favour of the plan, which sets aside money for resurfacing main roads, repairing bridges and replacing traffic lights in the northern districts.
        The mayor said the work would start in spring and take about two years. Residents have long complained about potholes, especially after the winter, when frost damages the asphalt.
        Opposition members argued that the money should go to public transport instead, saying that new trams would reduce traffic and pollution. A proposal to buy twenty new trams was rejected by a narrow margin.
        The budget also includes funds for parks, street lighting and a new cycling lane along the river embankment, which the council hopes to open by the summer.
        Local businesses welcomed the decision but asked the council to plan the works so that shops remain accessible during construction.
        The council will publish a detailed schedule of works next month, and residents will be able to comment on it online before it is adopted.
        The city's transport department said it would coordinate the repairs with utility companies to avoid digging up the same streets twice.
        """;
}

/// <summary>A benchmark article: a short name, its language, title and text.</summary>
internal sealed record Article(string Name, string Language, string Title, string Text);
