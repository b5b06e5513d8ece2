namespace Alerts.Core.Detection;

/// <summary>What a sentence says about an exchange.</summary>
internal enum SentenceKind
{
    /// <summary>Not read yet.</summary>
    Unread,

    /// <summary>Reports something that happened now: its numbers count.</summary>
    Current,

    /// <summary>A swap of another conflict (US–Russia, Israel–Hamas...).</summary>
    OtherConflict,

    /// <summary>A proposal, a list, a postponed or cancelled exchange.</summary>
    Vetoed,

    /// <summary>Repatriation of bodies.</summary>
    Bodies,

    /// <summary>Plans, talks, expectations.</summary>
    Future,

    /// <summary>An earlier exchange recalled.</summary>
    Recap,

    /// <summary>Cumulative totals (since 2022, in total) and nothing else.</summary>
    Total,

    /// <summary>A claim that a fact check labels and examines ("CLAIM: posts say 500 were swapped").</summary>
    Claimed,
}
