namespace Inclusion.Sdk.Surveys;

/// <summary>A respondent's level in one DSI 2.0 area.</summary>
public enum AreaSkillLevel
{
    /// <summary>No activity in the area: "no skills".</summary>
    None = 0,

    /// <summary>Basic: 1 activity (IL, CC) or 1–2 activities (DCC, SF, PS).</summary>
    Basic = 1,

    /// <summary>Above basic: 2 or more activities (IL, CC) or 3 or more (DCC, SF, PS).</summary>
    AboveBasic = 2,
}
