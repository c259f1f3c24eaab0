using Inclusion.Sdk.Utility;

namespace Inclusion.Sdk.Surveys;

/// <summary>The INSEE illectronisme classification, 2019 and 2021 variants (definitions-confirmed.md §B).</summary>
/// <remarks>
/// <para>2021 test cases (§B.1): a user active only in communication → illectronisme; information and communication →
/// weak skills; 4 domains → weak skills; 5 → basic; a non-user → illectronisme. The field of INSEE's figures is people
/// aged 15 or more in ordinary households (not Eurostat's 16–74).</para>
/// <para>This class is stateless and thread-safe.</para>
/// </remarks>
public static class Illectronisme
{
    /// <summary>The number of domains of a definition: 4 (2019) or 5 (2021).</summary>
    /// <param name="definition">The definition.</param>
    /// <returns>The number of domains.</returns>
    public static int DomainCount(IllectronismeDefinition definition) => definition == IllectronismeDefinition.Insee2019 ? 4 : 5;

    /// <summary>Classifies a person.</summary>
    /// <param name="definition">The definition.</param>
    /// <param name="internetUse">When the person last used the internet.</param>
    /// <param name="domainsWithCompetence">The number of domains with at least one activity (0 to <see cref="DomainCount"/>).</param>
    /// <returns>The status.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="domainsWithCompetence"/> is outside the range, or
    /// <paramref name="definition"/> is not a definition.</exception>
    public static IllectronismeStatus Classify(IllectronismeDefinition definition, InternetUse internetUse, int domainsWithCompetence)
    {
        Preconditions.CheckArgument(Enum.IsDefined(definition), nameof(definition), "Not an illectronisme definition.");
        var domains = DomainCount(definition);
        Preconditions.CheckArgumentRange(nameof(domainsWithCompetence), domainsWithCompetence, 0, domains);
        var user = definition == IllectronismeDefinition.Insee2019
            ? internetUse is InternetUse.LastThreeMonths or InternetUse.ThreeToTwelveMonths
            : internetUse == InternetUse.LastThreeMonths;
        if (!user)
        {
            return IllectronismeStatus.NonUser;
        }

        var withoutBasic = definition == IllectronismeDefinition.Insee2019 ? domainsWithCompetence == 0 : domainsWithCompetence <= 1;
        return withoutBasic ? IllectronismeStatus.UserWithoutBasicSkills
            : domainsWithCompetence == domains ? IllectronismeStatus.BasicSkills
            : IllectronismeStatus.WeakSkills;
    }

    /// <summary>True for <see cref="IllectronismeStatus.NonUser"/> and <see cref="IllectronismeStatus.UserWithoutBasicSkills"/>.</summary>
    /// <param name="status">The status.</param>
    /// <returns>Whether the person counts in illectronisme.</returns>
    public static bool IsIllectronisme(IllectronismeStatus status) => status <= IllectronismeStatus.UserWithoutBasicSkills;
}
