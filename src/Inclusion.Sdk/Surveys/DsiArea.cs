namespace Inclusion.Sdk.Surveys;

/// <summary>The five areas of the Eurostat Digital Skills Indicator 2.0 (DigComp 2.0 areas).</summary>
public enum DsiArea
{
    /// <summary>Information and data literacy (<c>IL</c>); basic = exactly 1 activity, above basic = 2 or more.</summary>
    InformationAndDataLiteracy = 0,

    /// <summary>Communication and collaboration (<c>CC</c>); basic = exactly 1 activity, above basic = 2 or more.</summary>
    CommunicationAndCollaboration = 1,

    /// <summary>Digital content creation (<c>DCC</c>); basic = 1 or 2 activities, above basic = 3 or more.</summary>
    DigitalContentCreation = 2,

    /// <summary>Safety (<c>SF</c>); basic = 1 or 2 activities, above basic = 3 or more.</summary>
    Safety = 3,

    /// <summary>Problem solving (<c>PS</c>); basic = 1 or 2 activities, above basic = 3 or more.</summary>
    ProblemSolving = 4,
}
