using Ponte.Domain.Common;
using Ponte.Domain.Organisations;
using Xunit;

namespace Ponte.Domain.Tests;

public sealed class TimeZoneTests
{
    [Theory]
    [InlineData("PT", "Europe/Lisbon")]
    [InlineData("FI", "Europe/Helsinki")]
    [InlineData("LV", "Europe/Riga")]
    [InlineData("EE", "Europe/Tallinn")]
    [InlineData("SE", "Europe/Stockholm")]
    [InlineData("ua", "Europe/Kyiv")]
    [InlineData("ZZ", "UTC")]
    [InlineData(null, "UTC")]
    public void A_country_gives_its_usual_zone(string? country, string zone) => Assert.Equal(zone, TimeZones.ForCountry(country));

    [Fact]
    public void Every_zone_of_the_country_table_exists_on_this_machine() =>
        Assert.All(TimeZones.ByCountry, kv => Assert.Equal(kv.Value, TimeZones.Canonical(kv.Value)));

    [Theory]
    [InlineData("Europe/Helsinki", "Europe/Helsinki")]
    [InlineData(" europe/helsinki ", "Europe/Helsinki")]
    [InlineData("UTC", "UTC")]
    [InlineData("America/Argentina/Buenos_Aires", "America/Argentina/Buenos_Aires")]
    [InlineData("Europe/Atlantis", null)]
    [InlineData("Pacific Standard Time", null)]
    [InlineData("../../etc/passwd", null)]
    [InlineData("/etc/localtime", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void Only_iana_zones_of_this_machine_are_valid(string? typed, string? canonical) => Assert.Equal(canonical, TimeZones.Canonical(typed));

    [Fact]
    public void A_new_organisation_takes_its_countrys_zone_unless_one_is_chosen()
    {
        Assert.Equal("Europe/Helsinki", Organisation.Create("Kotona", "FI", "Helsinki", ["fi"]).TimeZone);
        Assert.Equal("UTC", Organisation.Create("Nowhere", "ZZ", "Nowhere", ["en"]).TimeZone);
        Assert.Equal("Atlantic/Azores", Organisation.Create("Ponte Açores", "PT", "Ponta Delgada", ["pt"], "Atlantic/Azores").TimeZone);
    }

    [Fact]
    public void An_update_keeps_the_zone_unless_another_is_chosen_and_refuses_an_unknown_one()
    {
        var o = Organisation.Create("Kotona", "FI", "Helsinki", ["fi"], "Europe/Mariehamn");
        o.Update("Kotona ry", "FI", "Helsinki", ["fi"]);
        Assert.Equal("Europe/Mariehamn", o.TimeZone);
        o.Update("Kotona ry", "FI", "Helsinki", ["fi"], "Europe/Helsinki");
        Assert.Equal("Europe/Helsinki", o.TimeZone);

        var e = Assert.Throws<DomainValidationException>(() => o.Update("Kotona ry", "FI", "Helsinki", ["fi"], "Mars/Olympus_Mons"));
        Assert.Equal(("TimeZone", "TimeZone"), (e.Field, e.Code));
        Assert.Equal("Europe/Helsinki", o.TimeZone);
    }
}
