namespace Alerts.Core.Detection.Rules;

/// <summary>English rules (see <see cref="LanguageRules"/> for what each list means).</summary>
internal static class EnglishRules
{
    public const string NumberWords = """
        1: one
        2: two
        3: three
        4: four
        5: five
        6: six
        7: seven
        8: eight
        9: nine
        10: ten
        11: eleven
        12: twelve
        13: thirteen
        14: fourteen
        15: fifteen
        16: sixteen
        17: seventeen
        18: eighteen
        19: nineteen
        20: twenty
        30: thirty
        40: forty
        50: fifty
        60: sixty
        70: seventy
        80: eighty
        90: ninety
        12: dozen
        hundred: hundred!
        thousand: thousand!
        """;

    public static LanguageRules Rules { get; } = new()
    {
        Exchange =
        [
            @"\b(?:prisoner|pow|prisoner-of-war|prisoners-of-war|captive)s? (?:exchange|swap)", @"\b(?:prisoners of war|prisoners|pows|captives)(?: \w+){0,4} (?:were|have been|had been) (?:exchanged|swapped)\b", @"\b\d+ (?:[\w-]+ ){0,2}(?:people|men|women|soldiers|servicemen|defenders|prisoners|pows|captives|civilians|ukrainians|russians) (?:\w+ )?(?:came|come|went) home\b", @"\b\d+ (?:\w+ ){0,2}(?:men|servicemen|soldiers|troops|defenders) (?:from|on|of) (?:each|both) sides? (?:were|have been|had been) (?:exchanged|swapped)\b", @"\b\d+ for \d+ (?:today|yesterday|this morning|tonight)\b", @"\bstage \d+ of \d+ (?:done|complete|completed|finished)\b",
            @"\b(?:exchange|swap|exchanges|swaps) of (?:prisoners|pows|captives|prisoners of war|servicemen|soldiers|troops)", @"\b(?:exchange|swap), \d+ for \d+,",
            @"\b(?:exchanged|swapped|traded|exchange|swap|trade)(?<!\b(?:letters|messages|greetings|parcels|cards|notes) \w+) (?!(?:\d+ )?(?:letters|messages|greetings|parcels|cards|notes)\b)(?:\d+ )?(?:\w+ ){0,2}(?:prisoners|pows|captives|servicemen|soldiers|troops)", @"\b(?:exchanged|swapped) (?:a total of )?\d+ (?:people|persons|individuals)\b",
            @"\b(?:hand|hands|handed|handing) over (?:\d+ )?(?:\w+ ){0,2}(?:prisoners|pows|captives|servicemen|soldiers|troops)",
            @"\b(?:returned|released|freed|came|come|coming|brought|back|returns|return|returning|frees|free|freeing|releases|release|releasing|brings|bring|bringing) (?:\w+ ){0,3}(?:from|out of) (?:\w+ ){0,2}captivity",
            @"\b(?:freed|released|returned|handed over|sent back|free|frees|release|releases|return|returns|hand over|hands over) \d+ (?:\w+ ){0,3}(?:prisoners of war|pows|captives)\b",
            @"\b(?:freed|released|returned|handed over|sent back|free|frees|release|releases|return|returns|hand over|hands over) \d+ (?:\w+ ){0,2}(?:ukrainian|russian) (?:\w+ )?(?:servicemen|soldiers|troops|defenders)\b",
            @"\b(?:prisoners|pows|captives|servicemen|soldiers|defenders|troops|ukrainians|russians|men) (?:\w+ ){0,4}(?:returned|released|freed|came|come|brought|back) home",
            @"\bbrought (?:\d+ )?(?:\w+ ){0,3}home\b",
            @"\b(?:defenders|soldiers|servicemen|pows|prisoners|troops) (?:are|is) (?:back )?home\b",
            @"\b\d+ (?:\w+ ){0,3}(?:are|is) (?:back )?home\b", @"\b(?:are|is|were|was) (?:now )?back (?:home|in ukraine|in russia|on (?:ukrainian|russian|home|native) (?:soil|land))\b",
            @"\b(?:returned|were returned|came back|brought back|handed over|transferred) (?:\w+ ){0,2}to (?:ukraine|russia)\b",
            @"\b(?:returned|released|freed|handed over|sent back|exchanged|swapped) (?:\w+ ){0,2}(?:to|by|on|from) (?:each|both) (?:sides?|country|countries)\b",
            @"\b(?:pows|prisoners of war|prisoners|captives) (?:\w+ ){0,3}(?:freed|released|returned|swapped|exchanged|handed over|sent back)\b",
            @"\b(?:servicemen|soldiers|troops|defenders|fighters|marines) (?:had |have |has )?(?:been |were |was )(?:returned|freed|released|handed over|exchanged|swapped|brought back|sent back)\b",
            @"\b\d+[- ]for[- ]\d+ (?:swap|exchange)", @"\b\d+ (?:\w+ )?(?:defenders|soldiers|servicemen|prisoners|pows|troops) (?:returned|freed|released) (?:on|yesterday|today|this)\b",
            @"\b(?:secured|secures|securing|won|wins|obtained) (?:the )?(?:release|return|freedom) of\b",
            @"\b(?:release|return|homecoming) of \d+ (?:\w+ ){0,3}(?:prisoners of war|pows|captives|servicemen|soldiers|defenders) (?:was|were|has been|have been)\b",
            @"\b(?:release|return|homecoming) of \d+ (?:\w+ ){0,3}(?:prisoners of war|pows|captives|servicemen|soldiers|defenders) from (?:russia|ukraine|russian captivity|ukrainian captivity)\b",
            @"\b(?:brought|brings|bring|bringing|got|gets) back \d+ (?:\w+ ){0,3}(?:people|prisoners|pows|captives|servicemen|soldiers|troops|defenders|ukrainians|russians|citizens)\b",
            @"\b(?:russia|ukraine|kyiv|moscow) (?:received|receives|got|gets) (?:back )?\d+ (?:\w+ ){0,2}(?:servicemen|soldiers|prisoners|pows|troops|captives|defenders)\b",
            @"\b(?:completed|carried out|conducted) (?:the |a |an |their |another )?(?:[\w-]+ ){0,3}(?:prisoner |pow )?(?:exchange|swap)\b(?! of (?:views|information|fire|letters|lists|strikes|blows|experience))",
            @"\b(?:handed|hands|hand|sent|sends|gave|gives) \d+ (?:\w+ ){0,3}(?:prisoners of war|prisoners|pows|captives|servicemen|soldiers|troops) back\b",
        ],
        WeakExchange = [@"\b(?:swap\b|exchange\b(?!(?<=\bin exchange) for (?!\d)))"], // "in exchange for the lifting of sanctions" is no swap
        OtherExchange =
        [
            @"\bexchange of (?:fire|blows|strikes|artillery|drone)", @"\b(?:exchanged|exchange|exchanges|exchanging|traded|trade|trades|trading) (?:\w+ (?:and )?){0,3}(?:fire|blows|strikes|accusations)", @"\b(?:exchanged|exchange|exchanges|exchanging) (?:\w+ )?(?:information|data|views|notes|messages|letters|lists|greetings)\b",
            @"\b(?:stock|currency|crypto|cryptocurrency|foreign|commodity|energy|gas) exchange", @"\bexchange rates?\b",
            @"\b(?:student|students|cultural|academic|information|intelligence|data|views|experience|knowledge|scientific) exchanges?",
            @"\bexchange (?:programmes?|programs?|semesters?|students?|scheme|visits?|trips?|year)\b",
            @"\bexchange of (?:information|views|data|experience|intelligence|notes|letters|messages|territory|land)",
            @"\b(?:ruble|rouble|hryvnia|dollar|bitcoin)\b",
        ],
        Completed =
        [
            @"\b(?:has|have) (?:now |finally )?gone ahead\b", @"\b(?:went|goes) ahead\b",
            @"\b(?:took place|has taken place|happened|was made possible|were made possible|became possible|was carried out|were carried out|been carried out|carried out (?:a|an|the|its|their|another|this)|completed|was held|were exchanged|exchanged|swapped|traded)\b",
            @"\b(?:returned|released(?<!\b(?:statement|report|video|footage|lists?|document|figures|data|photos?) released)|releasing|freeing|freed|came home|come home|brought home|brought back|got back|were handed over|handed over|arrived(?! (?:\w+ ){0,4}for (?:talks|negotiations|consultations|meetings|a visit))|are home|are back|is back|returning)\b",
        ],
        Future =
        [
            @"\b(?:will|would|shall|should|could|might|plans?|planned|planning|expects?|expected|hopes?|hoping|prepares?|preparing|upcoming|next|future|possible|potential)\b",
            @"\b(?:are|is|were|was) (?:\w+ )?to (?:be|have been) (?:swapped|exchanged|released|freed|returned|handed over)\b", @"\bin the coming (?:days|weeks|months)\b", @"\b(?:was|were) to (?:see|include|take place|happen|be carried out|be held)\b", @"\b(?:timing|date|dates|terms|timeline) of (?:the |a |any )?(?:next )?(?:prisoner |pow )?(?:exchange|swap)\b", @"\bbeing (?:prepared|planned|negotiated|arranged|finali[sz]ed|discussed|worked out)\b", @"\b(?:are|is) (?:\w+ )?to (?:release|free|swap|exchange|hand over|return)\b", @"\b(?:provides for|provided for|provide for|envisages|envisaged|envisage|calls for|foresees|foresaw|foresee)\b", @"\b(?:exchange (?:fund|pool)|replenish\w*)\b",
            @"\b(?:push|pushes|pushing|press|presses|pressing|seek|seeks|seeking) for\b", @"\b(?:talks|contacts|negotiations?|negotiating|discuss(?:ed|es|ing)?|agree|agrees|agreed|agreement on|to (?:swap|exchange)|set to|due to)\b",
            @"\b(?:there are|there have been) (?:\w+ )?(?:reports|rumou?rs|talk) of\b", @"\b(?:not yet|has yet to|have yet to) (?:been )?(?:agreed|set|scheduled|fixed)\b",
        ],
        Vetoed =
        [
            @"\b(?:propos\w*|offer(?:ed|s)?|suggest\w*|(?<!\b(?:about|over|on) )lists?|demand\w*|call(?:ed|s)? for|ready to|willing to|urge[sd]?|urging)\b",
            @"\b(?:postpon\w*|delay\w*|cancel\w*|called off|fell through|collapsed|broke down|disrupted|derailed|suspend\w*|halted|stalled|blocked)\b",
            @"\b(?:did not|didn't|has not|hasn't|have not|haven't|never) (?:take place|happen|taken place|happened|occur)",
            @"\bno (?:prisoner )?(?:exchange|swap)", @"\bhand(?:ed|s|ing)? over (?:the |its |their )?lists\b", @"\b(?:to|into|for|replenish\w*) the exchange (?:fund|pool)\b", @"\bno (?:\w+ ){0,3}(?:were|was) (?:exchanged|swapped|freed|released|returned)\b",
        ],
        ClaimLabel = [@"\b(?:claim|the claim|rumou?r):"],
        Habitual = [@"\b(?:film|documentary|book|memoir|exhibition|play)s?\b[^.!?]{0,40}? (?:about|on) (?:\w+ ){0,3}(?:exchange|swap)\b", @"\b(?:once|when|until) (?:\w+ ){0,2}(?:are|is|get|gets) (?:freed|released|exchanged|swapped|brought home)\b", @"\b(?:every|each) (?:day|week|month|year)\b", @"\ban? \d+-for-\d+ (?:swap|exchange) (?:is|would be)\b", @"\b(?:spend|spends) (?:their|his|her) (?:days|mornings|afternoons|evenings|nights)\b", @"\bon average\b"],
        Denied = [@"\b(?:incorrectly|wrongly|erroneously|mistakenly) (?:reported|said|stated)\b", @"\b(?:did not|didn't) (?:\w+ )?(?:swap|exchange)\b", @"\bno (?:living )?(?:prisoners|pows|captives) (?:were|have been) (?:exchanged|swapped)\b(?! (?:since|for|in))", @"\bno (?:prisoner |pow )?(?:exchange|swap) (?:took place|has taken place|happened|has happened|occurred|was held)\b(?! (?:since|for|in|this|last|over))", @"\bthere (?:is|was|has been) no (?:prisoner |pow )?(?:exchange|swap)\b(?! (?:since|for|in|this|last|over))"],
        VetoedEarlier = [@"\b(?:exchange|swap|deal|handover) (?:that|which) (?:was |had been |has been )?(?:called off|collapsed|cancel\w*|postponed|delayed|fell through|broke down|derailed)\b", @"\b(?:after|following|since) (?:an? |the )?(?:\w+ ){0,3}(?:exchange|swap|deal|attempt|handover)s? (?:was |were |had been |that was )?(?:called off|collapsed|cancel\w*|postponed|fell through|broke down|derailed)", @"\b(?:after|following) (?:an? |the )?(?:delayed|postponed|stalled) (?:prisoner )?(?:exchange|swap)", @"\b(?:exchange|swap) (?:that|which) had been (?:postponed|delayed|called off)\b", @"\b(?:after|following) (?:an? |the )?(?:\w+ ){0,2}(?:collapse|cancellation|postponement)\b"],
        Bodies = [@"\b(?:bodies|body|remains|dead|fallen|killed)\b", @"\brepatriat\w*"],
        FormerCaptives = [@"\b(?:those|men|guys|the men|everyone),? who (?:have |had )?(?:already )?(?:returned|come|came) (?:home|back)\b", @"\b(?:centre|center|clinic|programme|program|shelter|fund|care|services|treatment|support) for (?:[a-z]+ ){0,2}(?:freed|released|liberated) from (?:[a-z]+ )?captivity\b", @"\bwhose (?:\w+ ){1,8}?(?:returned|came back|were freed|were released) from (?:russian |ukrainian )?captivity\b", @"\bafter (?:\w+ )?(?:return|release) from (?:russian |ukrainian )?captivity\b", @"\b(?:who|that) (?:have |had |were |are )?(?:returned|been freed|been released|been exchanged|came back|come back) from (?:russian |ukrainian )?captivity\b", @"\bfor (?:\w+ )?(?:freed|released|former|returning) (?:prisoners|pows|captives|soldiers|servicemen)\b", @"\bwho spent (?:\w+ ){0,3}in (?:russian |ukrainian )?captivity before being (?:freed|released|exchanged|swapped) in\b", @"\b(?:soldiers|men|people|servicemen|veterans|those) (?:\w+ )?(?:freed|released|returned) from (?:russian |ukrainian )?captivity\b", @"\b(?:a|the) (?:\w+ )?(?:soldier|serviceman|servicewoman|marine|man|woman|veteran|medic|officer|pow|prisoner|captive) (?:who was )?(?:freed|released|returned|swapped) in (?:[\w'-]+ ){0,3}(?:exchange|swap)\b"],
        Recap =
        [
            @"\b(?:year|(?:19|20)\d\d) in review\b", @"\b(?:january|february|march|april|may|june|july|august|september|october|november|december): ",
            @"\bthe following (?:spring|summer|autumn|fall|winter|year|month|week)\b", @"\b(?:he|she|i) was (?:one of|among) (?:the )?\d+ (?:\w+ )?(?:freed|released|returned|exchanged|swapped|brought home)\b",
            @"\b(?:previous|prior|earlier|last) (?:prisoner )?(?:exchange|swap)(?! of (?:the|this) year)", @"\bpreviously\b(?! (?:listed|reported|registered|declared|considered|thought|believed) (?:as )?(?:missing|dead|killed))", @"\b(?:came|comes|days|weeks|months) (?:\w+ )?after the (?:two |2 )?(?:countries|sides)\b", @"\bthe (?:january|february|march|april|may|june|july|august|september|october|november|december) (?:prisoner |pow )?(?:swap|exchange)\b", @"\bduring (?:the )?(?:\w+ )?(?:exchanges|swaps)\b", @"\b(?:numerous|many|several|multiple|dozens of|hundreds of|scores of|past) (?:[\w-]+ )?(?:prisoner |pow )?(?:exchanges|swaps)\b", @"\b(?:a|an|one|\d+) (?:days?|weeks?) (?:after|before|earlier)\b", @"\brecap\b", @"\b(?:19|20)\d\d(?:-(?:19|20)\d\d)? (?:prisoner )?(?:exchanges|swaps)\b", @"\b(?:of|in|during|from|after) that (?:prisoner )?(?:swap|exchange)\b",
            @"\blast (?:year|month|week|summer|winter|spring|autumn|fall|time)\b", @"\b(?:alongside|during|in|between|after|before) (?:\w+ )?(?:prisoner|pow) (?:exchanges|swaps)\b", @"\bthe (?:\w+ )?(?:prisoner-of-war|prisoner|pow) (?:exchanges|swaps)\b", @"\bexchanges of prisoners\b", @"\babout (?:\w+ )?(?:prisoner|pow) (?:exchanges|swaps)\b", @"\b(?:separate from|not connected to|unrelated to|not linked to|no bearing on)\b", @"\b(?:january|february|march|april|may|june|july|august|september|october|november|december)'s (?:[\w-]+ )?(?:prisoner |pow )?(?:swap|exchange)\b", @"\bearlier (?:this|in the) (?:year|month)\b",
            @"\bin (?:19|20)\d\d\b", @"\ba (?:19|20)\d\d (?:prisoner |pow )?(?:exchange|swap)\b", @"\b(?:autumn|fall|spring|summer|winter|end|beginning|start|middle) of (?:19|20)\d\d\b",
            @"\b(?:january|february|march|april|june|july|august|september|october|november|december)'s\b", @"\b(?:january|february|march|april|may|june|july|august|september|october|november|december) (?:brought|saw)\b",
            @"\bover the (?:past|last) (?:\d+ |few |several )?(?:years?|months)\b", @"\bone of the (?:stages|exchanges|swaps)\b", @"\b(?:early|mid|late)[- ](?:january|february|march|april|may|june|july|august|september|october|november|december)\b", @"\b\d+ (?:years?|months?|weeks?) ago\b", @"\bat the time\b", @"\b(?:recall\w*|anniversary|remember\w*|commemorat\w*)\b",
        ],
        FirstSince = [@"\bfirst (?:[\w-]+ ){0,4}?since\b"],
        PreviousExchange = [@"\b(?:was|were|had been|has been|have been|being) (?:excluded|left out|dropped|removed|struck off) (?:from|of) (?:the |a |last \w+'s |\w+'s )?(?:latest |recent )?(?:prisoner |pow )?(?:exchange|swap)", @"\b(?:previous|prior|earlier|preceding) (?:prisoner )?(?:exchange|swap)", @"\b(?:it|this|which) follow(?:s|ed) (?:the|a|last) (?:[\w-]+ ){0,3}(?:swap|exchange)\b", @"\bmost recently\b", @"\b(?:days|weeks) after (?:the (?:two|2) (?:countries|sides) |they )?(?:completed|carried out|held|conducted) (?:a|an|the|their) (?:[\w-]+ ){0,2}(?:prisoner |pow )?(?:swap|exchange)\b", @"\b(?:a|an|one|\d+) (?:months?|years?) (?:after|before|earlier)\b(?<!\bin (?:a|an|one|\d+) (?:months?|years?) (?:after|before|earlier))"],
        Reminder = [@"\b(?:as a reminder|to recap)\b"],
        Agreement = [@"\b(?:agreed|agreement|deal struck|struck|negotiated|brokered)\b"],
        Stages = [@"\b(?:stage|phase|round|first day|second day|third day|final day)\b", @"\b(?:\d|two|three|four|five)-day (?:prisoner |pow )?(?:exchange|swap|deal)\b"],
        StageOrdinals = [["first", "1st"], ["second", "2nd"], ["third", "3rd"], ["fourth", "4th"]],
        LaterStage = [@"\b(?:second|third|fourth|final|last|closing|concluding) (?:phase|stage|round|day)\b", @"\b(?:day|stage|phase) [234]\b", @"\bthe (?:last|final|remaining) \d+\b", @"\b(?:completed|completing|completes) (?:a |the )?(?:\d+|two|three|four)-(?:day|stage|phase)\b"],
        EarlierStage = [@"\b(?:first|previous|earlier|initial|opening) (?:phase|stage|round|day)\b", @"\b(?:began|started|opened|kicked off) (?:on \w+ )?with\b"],
        AgreedClause = [@"\b(?:exchange|swap), (?:which|that) (?:\w+ ){0,2}?(?:agreed|negotiated)\b", @"\b(?:exchange|swap) (?:\w+ )?agreed (?:in|at|during|last|this|earlier|on) \w+\b"],
        Cumulative =
        [
            @"\bsince (?:the (?:start|beginning|outbreak)|(?:february |feb )?20\d\d|the (?:february|feb) 20\d\d|the full-scale|the war began)",
            @"\b(?:in|over|during|after) (?:more than |nearly |almost |about )?\d+ (?:years|months) of (?:the )?(?:full-scale )?(?:war|invasion|fighting)\b",
            @"\b(?:in total|a total of|altogether|overall|all told|so far|to date|in all|cumulative)\b", @"\b(?:across|throughout) the (?:whole |entire )?war\b", @"\bover the (?:whole |entire |past )?year\b", @"\bas a whole\b",
            @"\b(?:as of|as at) (?:\w+ )?\w+\b",
            @"\b(?:dozens|scores|hundreds|several|many|numerous|multiple|most|all|each|every one) of (?:the |its |their )?(?:\w+ )?(?:prisoner )?(?:exchanges|swaps)\b",
        ],
        OtherConflicts =
        [
            @"\b(?:hamas|israel\w*|gaza|hezbollah|armenia\w*|azerbaijan\w*|karabakh|whelan|gershkovich|griner|bout|krasikov|kurmasheva|navalny|belarusian opposition|venezuela\w*|iran\w*|taliban|syria\w*|sudan\w*|yemen\w*|houthis?)\b",
            @"\b(?:germany|german|germans)\b", @"\b(?:india|indian|pakistan\w*)\b", @"\b(?:us|u\.s\.?|united states|american|washington)(?:-| and |, | |'s)(?:russia|russian|moscow)", @"\b(?:russia|moscow)(?:-| and |, )(?:the )?(?:us|u\.s\.?|united states|washington)\b",
            @"\bamericans?\b", @"\b(?:swap|exchange|deal) with (?:the )?(?:united states|us|u\.s\.|washington)\b", @"\b(?:us|u\.s\.) (?:journalist|citizen|national|reporter|businessman|teacher|veteran)s?\b", @"\b(?:poland|polish|lithuania\w*|latvia\w*)\b", @"\b(?:thailand|thai|cambodia\w*|ethiopia\w*|eritrea\w*|tigray\w*|somalia\w*|colombia\w*|rwanda\w*|congo\w*)\b",
        ],
        WarContext = [@"\bukrain\w*", @"\bkyiv\b", @"\bkiev\b", @"\bzelensky\w*", @"\bdefenders\b", @"\bkursk\b", @"\bcoordination (?:headquarters|hq)\b", @"\bmoskalkova\b", @"\blubinets\b", ],
        GenericContext = [@"\bprisoners of war\b", @"\bpows?\b", @"\bservicemen\b"],
        Captures = [@"\bcaptured\b(?! (?:[a-z]+ )?(?:servicem[ae]n|soldiers|troops|fighters|marines|prisoners|pows|russians|ukrainians|personnel|combatants|defenders)\b)", @"\b(?:taken prisoner|took prisoner|surrendered|were taken captive)\b", @"\b(?:taken|took|taking|take) (?:\d+ )?(?:\w+ ){0,3}prisoners?\b"],
        MediatorCues =
        [
            @"\b(?:mediat\w*|brokered|broker|brokering|brokers|backed|made possible by|under the auspices of|thank(?:ed|s|ing)?|help(?:ed|ing)|facilitat\w*|with the (?:help|assistance|support|participation) of|thanks to|assisted by|helped by|through the efforts of|good offices)\b",
        ],
        SideRussia = [@"\bthe russian side (?:said|says|reported|confirmed)\b", @"\b(?:russian|russia's) (?:defen[cs]e )?ministry\b", @"\b(?:moscow|russia) (?:also )?(?:said|says|saying|confirms|confirmed|reported)\b", @"\btass\b", @"\bria novosti\b", @"\bmoskalkova\b", @"\bkremlin (?:said|says)\b"],
        SideUkraine = [@"\bthe ukrainian side (?:said|says|reported|confirmed)\b", @"\bcoordination (?:headquarters|hq)\b", @"\bzelensky\w*(?: said| wrote|:)", @"\b(?:ukraine's|ukrainian) president\b", @"\b(?:kyiv|ukraine) (?:also )?(?:said|says|saying|confirms|confirmed|reported)\b", @"\bukrainian officials said\b", @"\bukrinform\b", @"\blubinets\b", @"\bukraine's (?:ombudsman|military intelligence|hur|gur)\b", @"\bour defenders\b"],
        ToUkraine = [@"\b(?:to|in) ukraine\b", @"\bukraine (?:has |also )?(?:brought|got|gets|get|received|receives|secured)", @"\bfrom russian captivity\b", @"\bheld by russia\b", @"\bkyiv (?:has |also )?(?:brought|got|gets|get|received|receives|secured)", @"\b(?:ukraine|kyiv|ukraine's (?:defen[cs]e )?ministry|ukraine's (?:military intelligence|coordination headquarters)) (?:said|says|reported) (?:that )?it (?:had |has )?(?:brought|got|received|secured)", @"\b(?:return\w*|back|home) (?:of \d+ (?:\w+ ){0,3})?from russia\b"],
        ToRussia = [@"\b(?:to|in) russia\b", @"\brussia (?:has |also )?(?:brought|got|gets|get|received|receives|secured)", @"\bfrom ukrainian captivity\b", @"\bheld by ukraine\b", @"\bmoscow (?:has |also )?(?:brought|got|gets|get|received|receives|secured)", @"\b(?:russia|moscow|russia's (?:defen[cs]e )?ministry|the kremlin) (?:said|says|reported) (?:that )?it (?:had |has )?(?:brought|got|received|secured)", @"\b(?:return\w*|back|home) (?:of \d+ (?:\w+ ){0,3})?from ukraine\b"],
        Home = [@"\bhome\b", @"\bour\b", @"\bwe (?:have |'ve |had )?(?:got|gotten|brought|won|secured) (?:\w+ )?back\b"],
        Held = [@"\b(?:await|awaiting|waiting for|wait for|waiting to be) (?:their |his |her )?(?:release|return|exchange|exchanged|freed|released)\b", @"\b(?:remain|remains|still|are held|is holding|holds|holding|to hold|being held|held|are in|in captivity|captive|kept)\b", @"\bin (?:russian|ukrainian) (?:prisons|custody|hands|jails|detention|captivity)\b"],
        HeldByRussia = [@"\b(?:in|from) russian captivity\b", @"\bheld (?:by|in) russia\b", @"\brussia (?:holds|is holding|still holds|keeps)\b", @"\bin russian (?:prisons|custody|hands|jails|detention)\b"],
        HeldByUkraine = [@"\b(?:in|from) ukrainian captivity\b", @"\bheld (?:by|in) ukraine\b", @"\bukraine (?:holds|is holding|still holds|keeps)\b", @"\bin ukrainian (?:prisons|custody|hands|jails|detention)\b"],
        Returned = [@"\b(?:returned|released|freed|brought (?:home|back)|(?:got|get|gets|received) back|came home|come home|been returned|have returned|has returned|were returned|repatriated)\b(?<!\b(?:waiting|wait|waits) to be (?:returned|released|freed))"],
        EachSideAfter = [@"^ (?:\w+ ){0,6}?(?:each(?! other)|apiece)\b", @"^ (?:\w+ ){0,4}?(?:to|from|for|on) (?:each|both) (?:sides?|country|countries)\b", @"^ (?:\w+ ){0,4}?per side\b"],
        EachSideBefore = [@"\b(?:each other|one another)(?: \w+)? $", @"\beach (?:side |country )?(?:has |had )?(?:released|freed|returned|handed over|sent back|exchanged|swapped|got back|received|releasing|freeing|returning|handing over|sending back|receiving|getting back)(?: \w+){0,2} $", @"\bboth (?:sides|countries) (?:have |had )?(?:released|freed|returned|handed over|got back|received|exchanged|swapped)(?: \w+)? $", @"\beach (?:side |country )?(?:\w+ ){1,3}(?:group|batch|contingent) of $"],
        ResidentWords = ["resident", "native"],
        CaptivityWords = ["captivity"],
        RegionResidents = [],
        RegionAfter = [@"^ (?:\w+ ){0,3}?from (?:the )?\w+ (?:region|oblast|province|area)\b", @"^ (?:residents|natives|people) of (?:the )?\w+ (?:region|oblast|province)\b", @"^ \w+ (?:region|oblast|province) (?:residents|natives|men|soldiers|people)\b"],
        DealFormulaBefore = [@"\b(?:of|of a|of the|in a|in the|under the|agreed|struck|(?:prisoner|pow) (?:swap|exchange)) ""?(?:\d+(?:-for-| for ))?$"],
        DealFormulaAfter = [@"^(?:-for-\d+| for \d+)?""? (?:prisoner |pow )?(?:swap|exchange|deal|agreement|formula|format)\b"],
        DealTotal = [@"\b(?:in total|altogether|overall|in all) under the (?:\w+ )?(?:deal|agreement|arrangement)s?\b", @"\b(?:over|in|across|during|after) (?:the |these |those |the past |the last |all )?(?:\d+|two|three|four) (?:days|stages|phases|rounds)\b"],
        DealTotalOpening = [@"\b(?:bringing|brought|bring|brings) the (?:total|tally|number)\b", @"\b(?:a|the) deal that (?:freed|returned|released)\b", @"\b(?:\d+|two|three|four)-day (?:prisoner |pow )?(?:exchange|swap|deal) of(?= \d)"],
        PartAfter = [@"^ (?:of them|of whom|of those)\b", @"^ (?:[\w-]+ ){0,6}?(?:(?:are|were|is|was) )?among\b(?! them\b)"],
        PartBefore = [@"\b(?:including|among them|among whom|among those|of whom|of them|included)\b(?: \w+){0,2} $", @"\bamong the(?: \w+){1,2} $"],
        AmongBefore = [@"\bamong\b[^.!?]{0,100}(?:\b(?:were|was|are|is)|,(?! (?:when|as|after|while|where|before)\b))(?: \w+){0,2}(?: \d+(?: [\w-]+){1,2} and)? $"],
        SwappedForAfter = [@"^(?: [\w-]+){0,6} (?:were |was |have been |had been )?(?:exchanged|swapped|traded) for \d+\b", @"^ (?:prisoners|pows|captives|soldiers|servicemen|troops)(?: of war)? for \d+\b"],
        SameNumber = [@"\b(?:the same numbers?|an equal number|equal numbers|a like number)\b"],
        InReturn = [@"^\W*(?:in return|in exchange|in turn)\b"],
        NominalReturn = [],
        FutureBefore = [@"\bso that\b[^,.;!?]*$", @"\b(?:would|will|was to|were to) see\b[^,.;!?]*$", @"\b(?:envisages?|provides? for|calls? for|foresees?) (?:\w+ ){0,4}$", @"\b(?:to|will|would|shall|could|should|must|may|might|can) (?:be |have been |have |not be |soon be )?$"],
        PluralExchange = [@"\b(?:exchanges|swaps)\b"],
        OfferedBefore = [@"\b(?:swap|exchange|trade)(?: (?:all|the|all the))? (?:about )?$", @"\blists? of (?:about |some |more than )?$"],
        DayMoreBefore = [@"\b(?:today|tonight|this morning)(?: -|,)? (?:another|a further) $"],
        FigureAtBefore = [@"\b(?:brings|brought|bringing|bring|takes|took|taking|raises|raised|raising|pushes|pushed|pushing) the (?:total |overall )?(?:number|tally|total|count|figure)\b[^.:\n]{0,80} to (?:\w+ ){0,2}$", @"\b(?:tally|total|number|count|figure)\b[^.:\n]{0,60} (?:now )?(?:stands|stood|rose|rises|has risen|reached|reaches|was|is) (?:at |to )?(?:\w+ ){0,2}$", @"\b(?:put|puts|putting|estimate|estimates|estimated|place|places|placed) (?:the|that|this|its|their) (?:number|figure|total)\b[^.:\n]{0,80} at (?:\w+ ){0,2}$"],
        FigureReference = [@"\b(?:that|this|the same|the) (?:figure|number|estimate)\b(?= (?:\w+ )?(?:at|is|was|stands|has (?:dropped|fallen|risen)) )"],
        HeldClause = [@"^(?: [\w']+){0,2}, (?:who|that|which) (?:are|remain)\b"],
        Superlative = [@"\b(?:largest|biggest|most|record|first)(?: [\w-]+){0,3} ?$"],
        InTotal = [@"\b(?:in total|a total of|altogether|all told|in all)\b"],
        DemonymAfter = [],
        ThisSwapOpening = [@"^\W*(?:the|this|that|today's|saturday's|sunday's) (?:prisoner )?(?:swap|exchange)\b"],
        MilitaryWords = ["soldier", "warrior", "servicem", "servicewom", "service", "troop", "pow", "prisoner", "captive", "defender", "fighter", "marine", "guardsm", "military", "combatant", "fighters", "officer", "conscript", "border", "paratrooper", "personnel"],
        PeopleWords = ["people", "person", "ukrainians", "russians", "citizen", "individual", "men", "detainee"],
        CivilianWords = ["civilian", "non-combatant", "resident"],
        BodyWords = ["bodies", "body", "remains", "dead", "fallen"],
        UkrainianWords = ["ukrain", "defender", "afu", "zsu", "our"],
        RussianWords = ["russia", "kursk", "belgorod", "bryansk"],
        NotCountedWords = ["famil", "relative", "parent", "drawing", "painting", "photo", "letter", "picture", "year", "month", "day", "week", "hour", "minute", "km", "kilomet", "mile", "kg", "kilo", "pound", "lb", "percent", "%", "time", "rounds", "round", "stage", "exchange", "swap", "side"],
        ClauseBreak = [@"(?:, (?:while|whereas|but)|;| but that|,? and (?:\w+ )?that) "],
        AndJoint = [@"^(?:[\w-]+ ){0,2}?,? ?(?:and|as well as|plus)$"],
        HowMany = [@"\bhow many\b"],
        AndWords = ["and"],
        RelativeWords = ["who", "whom", "which"],
        ClauseSubjects = ["we", "they", "i"],
        StopWords = ["and", "or", "were", "was", "are", "is", "have", "has", "had", "who", "which", "that", "will", "to"],
        OwnWords = ["its", "their"],
        NotOwnersAfter = ["for", "from", "in", "by", "held", "against", "into"],
        UkraineNames = ["kyiv", "kiev"],
        RussiaNames = ["moscow", "kremlin"],
        SameForSameJoints = ["-for-", " for "],
        ThatMany = ["that many ", "so many "],
        Comparatives = [],
        Vague = ["several ", "a few ", "many ", "some ", "tens of ", "hundreds of "],
        EveWords = [],
        LastWeekday = ["last ", "this past "],
        EveEvents = [],
        Qualifiers =
        [
            (@"\b(?:about|around|approximately|roughly|nearly|almost|some|an estimated|estimated|close to) $", CountQualifier.Approx), (@"(?<!\S)~ ?$", CountQualifier.Approx),
            (@"\b(?:at least|more than|(?<!\bhand(?:ed|ing|s)? )over|above|in excess of|upwards of|no fewer than|no less than) $", CountQualifier.AtLeast),
            (@"\b(?:up to|fewer than|less than|under|at most|no more than) $", CountQualifier.AtMost),
        ],
        Months =
        [
            ["january", "jan"], ["february", "feb"], ["march", "mar"], ["april", "apr"], ["may"], ["june", "jun"],
            ["july", "jul"], ["august", "aug"], ["september", "sept", "sep"], ["october", "oct"], ["november", "nov"], ["december", "dec"],
        ],
        MonthPrepositions = ["in", "the", "since"],
        MonthAdjectives = [],
        Weekdays = [["monday", "monday's"], ["tuesday", "tuesday's"], ["wednesday", "wednesday's"], ["thursday", "thursday's"], ["friday", "friday's"], ["saturday", "saturday's"], ["sunday", "sunday's"]],
        RelativeDays = [(["today", "today's", "this morning", "this afternoon", "this evening", "tonight"], 0), (["yesterday", "yesterday's", "last night"], 1), (["day before yesterday"], 2)],
    };
}
