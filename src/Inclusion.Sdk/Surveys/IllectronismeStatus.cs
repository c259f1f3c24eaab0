namespace Inclusion.Sdk.Surveys;

/// <summary>A person's class under an INSEE illectronisme definition.</summary>
public enum IllectronismeStatus
{
    /// <summary>In illectronisme: no internet use in the definition's window (12 months in 2019, 3 months in 2021).</summary>
    NonUser = 0,

    /// <summary>In illectronisme: an internet user without basic competences (2019: no domain; 2021: at most 1 of 5).</summary>
    UserWithoutBasicSkills = 1,

    /// <summary>Not in illectronisme, but lacking competence in some domain (2019: 1 to 3 of 4 domains with competence,
    /// "manquent d'au moins une compétence"; 2021: 2 to 4 of 5, "capacités numériques faibles").</summary>
    WeakSkills = 2,

    /// <summary>Competence in every domain.</summary>
    BasicSkills = 3,
}
