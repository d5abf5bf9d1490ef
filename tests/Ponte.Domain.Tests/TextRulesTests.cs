using Ponte.Domain.Common;
using Ponte.Domain.Organisations;
using Ponte.Domain.Profiles;
using Xunit;

namespace Ponte.Domain.Tests;

public sealed class TextRulesTests
{
    [Theory]
    [InlineData("Amina Yusuf")]
    [InlineData("Олена Коваленко")]
    [InlineData("سميرة حداد")]
    [InlineData("José María O'Neil-Núñez")]
    [InlineData("Nguyễn Thị Minh Khai")]
    [InlineData("👩🏽 Ana")]
    public void Ordinary_names_in_any_script_are_accepted(string name) => Assert.Null(TextRules.NameProblem(name));

    [Theory]
    [InlineData("\u200B")]
    [InlineData("\u200B\u200C\u200D\u2060\uFEFF")]
    [InlineData("\u3164\u3164")]
    [InlineData("\u00A0\u2003\u00AD")]
    [InlineData("\u0301\u0302")]
    [InlineData("\u2800")]
    public void A_name_of_invisible_characters_only_is_refused(string name) => Assert.Equal(TextRules.NameInvisible, TextRules.NameProblem(name));

    [Theory]
    [InlineData("Amina\u202A")]
    [InlineData("Amina\u202B")]
    [InlineData("Amina\u202C")]
    [InlineData("Amina\u202D")]
    [InlineData("\u202Eanima")]
    [InlineData("\u2066Amina")]
    [InlineData("Amina\u2067")]
    [InlineData("Amina\u2068")]
    [InlineData("Amina\u2069")]
    [InlineData("Amina\n[Fake] line")]
    [InlineData("Amina\0")]
    public void A_name_with_a_direction_override_or_control_character_is_refused(string name) =>
        Assert.Equal(TextRules.NameControl, TextRules.NameProblem(name));

    [Theory]
    [InlineData("+351 912 345 678")]
    [InlineData("(09) 123-4567")]
    [InlineData("040.123.4567")]
    [InlineData("+371 2 123 4567")]
    [InlineData("912345678")]
    [InlineData("+٩٦٢ ٧٩ ١٢٣ ٤٥٦٧")]
    public void Phone_numbers_of_usual_shapes_are_accepted(string phone) => Assert.True(TextRules.IsPhone(phone));

    [Theory]
    [InlineData("call me")]
    [InlineData("12345")]
    [InlineData("1234567890123456")]
    [InlineData("+351 +912")]
    [InlineData("912 345 678 ext")]
    [InlineData("912\n345678")]
    public void Anything_else_is_no_phone_number(string phone) => Assert.False(TextRules.IsPhone(phone));

    [Fact]
    public void An_organisation_refuses_an_invisible_name_and_ignores_missing_languages()
    {
        var refused = Assert.Throws<DomainValidationException>(() => Organisation.Create("\u200B", "PT", "Porto", ["pt"]));
        Assert.Equal(nameof(Organisation.Name), refused.Field);
        Assert.Equal(TextRules.NameInvisible, refused.Code);

        var none = Assert.Throws<DomainValidationException>(() => Organisation.Create("Ponte Porto", "PT", "Porto", [null, " "]));
        Assert.Equal("LanguagesRequired", none.Code);
        Assert.Equal(["pt"], Organisation.Create("Ponte Porto", "PT", "Porto", [null, "PT"]).StaffLanguages);
    }

    [Theory]
    [InlineData("\u202EAmina", "+351 912 345 678", nameof(Profile.FullName), TextRules.NameControl)]
    [InlineData("Amina", "ring twice", nameof(Profile.Phone), TextRules.Phone)]
    public void A_profile_refuses_a_bad_name_or_phone(string name, string phone, string field, string code)
    {
        var refused = Assert.Throws<DomainValidationException>(() => Profile.Create(
            name, "amina@example.org", phone, "en", Gender.Woman, "SY", "Lisboa", "1100-001",
            [LanguageSkill.Create("ar", LanguageLevel.Native)], WeeklyAvailability.Of([(DayOfWeek.Monday, DayPart.Morning)]),
            [], SupportAreas.JobSearch, MatchingPreferences.None, null));
        Assert.Equal(field, refused.Field);
        Assert.Equal(code, refused.Code);
    }
}

public sealed class EmailRuleTests
{
    [Theory]
    [InlineData("amina@example.org")]
    [InlineData("amina.yusuf+ponte@mail.example.pt")]
    [InlineData("o'neil@example.ie")]
    [InlineData("олена@приклад.укр")]
    public void Addresses_mail_can_be_sent_to_are_accepted(string email) => Assert.True(Profile.IsEmail(email));

    [Theory]
    [InlineData("a,b@example.org")]
    [InlineData("a(b)@example.org")]
    [InlineData("\"a\"@example.org")]
    [InlineData("a<b@example.org")]
    [InlineData("a;b@example.org")]
    [InlineData("a..b@example.org")]
    [InlineData(".a@example.org")]
    [InlineData("a.@example.org")]
    [InlineData("a@.example.org")]
    [InlineData("a@example.org\n")]
    [InlineData("a\0@example.org")]
    public void Addresses_only_quoting_could_carry_are_refused(string email) => Assert.False(Profile.IsEmail(email));
}
