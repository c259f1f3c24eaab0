namespace Inclusion.Sdk.Strategy;

/// <summary>The reference figures of the seed text that an evaluation compares a territory with.</summary>
/// <remarks>Source: J. Houdremont, « Mise en œuvre d'une stratégie territoriale d'usage du numérique », IREV, Lille,
/// 28 November 2017, section « La participation ».</remarks>
public static class StrategyReferences
{
    /// <summary>10 %: « lorsque l'on atteint 10 % de la population contribuant aux diverses instances classiques de
    /// participation, ce taux est plus qu'honorable ».</summary>
    public const decimal ParticipationShare = 10m;

    /// <summary>2 %: « comme l'indique l'étude de Fréquence École, seuls 2 % des jeunes internautes ont des usages
    /// créatifs du web ».</summary>
    public const decimal CreativeUsesShare = 2m;
}
