namespace Inclusion.Sdk.Skills;

/// <summary>The four bands of DigComp 2.2's eight proficiency levels.</summary>
public enum ProficiencyBand
{
    /// <summary>Levels 1–2: simple tasks, with guidance (remembering).</summary>
    Foundation = 1,

    /// <summary>Levels 3–4: well-defined tasks, on one's own (understanding).</summary>
    Intermediate = 2,

    /// <summary>Levels 5–6: different tasks, guiding others (applying, evaluating).</summary>
    Advanced = 3,

    /// <summary>Levels 7–8: complex problems, contributing to the field (creating).</summary>
    HighlySpecialised = 4,
}
