using Inclusion.Sdk.Actors;
using Inclusion.Sdk.Territories;

namespace Inclusion.Sdk.Tests.Actors;

public class ActorTests
{
    private static readonly TerritoryId HauteCorse = TerritoryId.Parse(TerritoryLevel.Departement, "2B").Value;

    [Fact]
    public void Constructor_KeepsEveryPart()
    {
        var pivot = PivotIdentifier.Parse("13002526500013").Value;
        var tiersLieux = StructureTypology.Parse("TIERS_LIEUX").Value;

        var actor = new Actor(
            " mednum-42 ",
            " Espace numérique de Bastia ",
            ActorRoles.MediationProvider | ActorRoles.Distributor,
            pivot,
            [tiersLieux, tiersLieux],
            [HauteCorse]);

        Assert.Equal("mednum-42", actor.Id);
        Assert.Equal("Espace numérique de Bastia", actor.Name);
        Assert.Equal(pivot, actor.Pivot);
        Assert.Equal([tiersLieux], actor.Typologies);
        Assert.Equal([HauteCorse], actor.TerritoriesServed);
        Assert.True(actor.Has(ActorRoles.MediationProvider));
        Assert.True(actor.Has(ActorRoles.MediationProvider | ActorRoles.Distributor));
        Assert.False(actor.Has(ActorRoles.Funder | ActorRoles.Distributor));
        Assert.False(actor.Has(ActorRoles.None));
        Assert.Equal("Espace numérique de Bastia (mednum-42)", actor.ToString());
    }

    [Fact]
    public void Constructor_OptionalPartsDefaultToEmpty()
    {
        var actor = new Actor("dep-2b", "Collectivité de Corse", ActorRoles.Funder | ActorRoles.Commanditaire);

        Assert.Null(actor.Pivot);
        Assert.Empty(actor.Typologies);
        Assert.Empty(actor.TerritoriesServed);
    }

    [Theory]
    [InlineData(null, "Name")]
    [InlineData("id", null)]
    public void Constructor_NullIdOrName_Throws(string? id, string? name)
    {
        Assert.Throws<ArgumentNullException>(() => new Actor(id!, name!, ActorRoles.Funder));
    }

    [Theory]
    [InlineData("", "Name")]
    [InlineData("  ", "Name")]
    [InlineData("id", "")]
    [InlineData("id", " \t ")]
    public void Constructor_BlankIdOrName_Throws(string id, string name)
    {
        Assert.Throws<ArgumentException>(() => new Actor(id, name, ActorRoles.Funder));
    }

    [Fact]
    public void Constructor_NoRole_Throws()
    {
        var e = Assert.Throws<ArgumentException>(() => new Actor("id", "Name", ActorRoles.None));
        Assert.Equal("roles", e.ParamName);
        Assert.Throws<ArgumentException>(() => new Actor("id", "Name", (ActorRoles)(1 << 20)));
    }

    [Fact]
    public void Constructor_DefaultValues_Throw()
    {
        Assert.Throws<ArgumentException>(() => new Actor("id", "Name", ActorRoles.Funder, default(PivotIdentifier)));
        Assert.Throws<ArgumentException>(() => new Actor("id", "Name", ActorRoles.Funder, typologies: [default]));
        Assert.Throws<ArgumentException>(() => new Actor("id", "Name", ActorRoles.Funder, territoriesServed: [default]));
    }
}
