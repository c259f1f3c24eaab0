namespace Inclusion.Sdk.Surveys;

/// <summary>Codes, labels and the "at least basic" test of <see cref="DsiOverallLevel"/> and <see cref="DsiArea"/>.</summary>
/// <remarks>This class is stateless and thread-safe.</remarks>
public static class DsiLevels
{
    /// <summary>The levels from "could not be assessed" to "above basic".</summary>
    public static IReadOnlyList<DsiOverallLevel> All { get; } =
    [
        DsiOverallLevel.NotAssessed, DsiOverallLevel.NoSkills, DsiOverallLevel.Limited, DsiOverallLevel.Narrow,
        DsiOverallLevel.Low, DsiOverallLevel.Basic, DsiOverallLevel.AboveBasic,
    ];

    /// <summary>The Eurostat <c>indic_is</c> code of a level, for example <c>I_DSK2_B</c>.</summary>
    /// <param name="level">The level.</param>
    /// <returns>The code.</returns>
    public static string CodeOf(DsiOverallLevel level) => level switch
    {
        DsiOverallLevel.NotAssessed => "I_DSK2_NA",
        DsiOverallLevel.NoSkills => "I_DSK2_X",
        DsiOverallLevel.Limited => "I_DSK2_LM",
        DsiOverallLevel.Narrow => "I_DSK2_N",
        DsiOverallLevel.Low => "I_DSK2_LW",
        DsiOverallLevel.Basic => "I_DSK2_B",
        DsiOverallLevel.AboveBasic => "I_DSK2_AB",
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, "Not a DSI level."),
    };

    /// <summary>The code of the "at least basic" share (basic or above basic), the Digital Decade KPI.</summary>
    public static string AtLeastBasicCode => "I_DSK2_BAB";

    /// <summary>True for <see cref="DsiOverallLevel.Basic"/> and <see cref="DsiOverallLevel.AboveBasic"/>.</summary>
    /// <param name="level">The level.</param>
    /// <returns>Whether the level counts in the "at least basic" share.</returns>
    public static bool IsAtLeastBasic(DsiOverallLevel level) => level >= DsiOverallLevel.Basic;

    /// <summary>The English label of a level, as in Eurostat's glossary.</summary>
    /// <param name="level">The level.</param>
    /// <returns>The label.</returns>
    public static string LabelOf(DsiOverallLevel level) => level switch
    {
        DsiOverallLevel.NotAssessed => "could not be assessed",
        DsiOverallLevel.NoSkills => "no overall digital skills",
        DsiOverallLevel.Limited => "limited",
        DsiOverallLevel.Narrow => "narrow",
        DsiOverallLevel.Low => "low",
        DsiOverallLevel.Basic => "basic",
        DsiOverallLevel.AboveBasic => "above basic",
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, "Not a DSI level."),
    };

    /// <summary>The code stem of an area: <c>IL</c>, <c>CC</c>, <c>DCC</c>, <c>SF</c> or <c>PS</c>.</summary>
    /// <param name="area">The area.</param>
    /// <returns>The stem.</returns>
    public static string CodeOf(DsiArea area) => area switch
    {
        DsiArea.InformationAndDataLiteracy => "IL",
        DsiArea.CommunicationAndCollaboration => "CC",
        DsiArea.DigitalContentCreation => "DCC",
        DsiArea.Safety => "SF",
        DsiArea.ProblemSolving => "PS",
        _ => throw new ArgumentOutOfRangeException(nameof(area), area, "Not a DSI area."),
    };

    /// <summary>The overall level from the five area levels and internet use (the Eurostat rule).</summary>
    /// <param name="areaLevels">The levels of the five areas, in <see cref="DsiArea"/> order.</param>
    /// <param name="internetUser">Whether the respondent used the internet in the last 3 months.</param>
    /// <returns>The overall level.</returns>
    /// <exception cref="ArgumentException"><paramref name="areaLevels"/> does not hold exactly 5 levels.</exception>
    public static DsiOverallLevel Combine(ReadOnlySpan<AreaSkillLevel> areaLevels, bool internetUser)
    {
        if (areaLevels.Length != 5)
        {
            throw new ArgumentException("Expected the levels of the 5 areas.", nameof(areaLevels));
        }

        var atLeastBasic = 0;
        var above = 0;
        foreach (var level in areaLevels)
        {
            atLeastBasic += level >= AreaSkillLevel.Basic ? 1 : 0;
            above += level == AreaSkillLevel.AboveBasic ? 1 : 0;
        }

        return Combine(atLeastBasic, above == 5, internetUser);
    }

    internal static DsiOverallLevel Combine(int areasAtLeastBasic, bool allAbove, bool internetUser)
    {
        if (!internetUser)
        {
            return DsiOverallLevel.NotAssessed;
        }

        return areasAtLeastBasic switch
        {
            5 => allAbove ? DsiOverallLevel.AboveBasic : DsiOverallLevel.Basic,
            4 => DsiOverallLevel.Low,
            3 => DsiOverallLevel.Narrow,
            2 => DsiOverallLevel.Limited,
            _ => DsiOverallLevel.NoSkills,
        };
    }

    internal static (int Basic, int Above) Thresholds(DsiArea area) =>
        area is DsiArea.InformationAndDataLiteracy or DsiArea.CommunicationAndCollaboration ? (1, 2) : (1, 3);

    internal static bool TryParseArea(ReadOnlySpan<char> text, out DsiArea area)
    {
        foreach (var candidate in (ReadOnlySpan<DsiArea>)[DsiArea.InformationAndDataLiteracy, DsiArea.CommunicationAndCollaboration, DsiArea.DigitalContentCreation, DsiArea.Safety, DsiArea.ProblemSolving])
        {
            if (text.Equals(CodeOf(candidate), StringComparison.OrdinalIgnoreCase))
            {
                area = candidate;
                return true;
            }
        }

        area = default;
        return false;
    }
}
