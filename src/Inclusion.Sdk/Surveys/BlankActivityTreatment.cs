namespace Inclusion.Sdk.Surveys;

/// <summary>
/// What the survey reader does with an internet user of the last 3 months (<c>IU = 1</c>) whose activity cells are
/// all empty — a respondent who answered none of the activity questions. Either way the row is reported with its line
/// (<c>survey-file.blank-activities</c> or <c>survey-file.blank-activities-skipped</c>).
/// </summary>
/// <remarks>
/// Neither Eurostat's DSI 2.0 metadata nor INSEE's Insee Première describe item non-response to the activity block in
/// the sources read for this SDK: both count activities declared done, so an activity not declared is not a skill
/// ("having performed an activity ⇒ having the skill"). <see cref="CountAsNotDone"/> follows that reading and is the
/// default; <see cref="Skip"/> is the conservative alternative when empty cells mean "not asked" or a broken export.
/// See docs/researchers.md §1.
/// </remarks>
public enum BlankActivityTreatment
{
    /// <summary>Empty cells count as activities not done: the respondent is a user with no activity, so "no skills"
    /// (<c>I_DSK2_X</c>), counted in illectronisme (INSEE 2021: users with at most one domain) and in the denominator
    /// of every share. The default; warned as <c>survey-file.blank-activities</c>.</summary>
    CountAsNotDone = 0,

    /// <summary>The respondent is left out of every indicator — numerators and denominators — like a rejected row;
    /// warned as <c>survey-file.blank-activities-skipped</c>.</summary>
    Skip = 1,
}
