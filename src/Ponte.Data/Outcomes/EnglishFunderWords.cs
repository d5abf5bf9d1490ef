namespace Ponte.Data.Outcomes;

/// <summary>The report's words in English, for <c>ponte report</c> (the site words it in the reader's language from its resources).</summary>
public static class EnglishFunderWords
{
    private static readonly Dictionary<string, string> Names = new(StringComparer.Ordinal)
    {
        ["EECO01"] = "Total participants",
        ["EECO02"] = "Unemployed, including long-term unemployed",
        ["EECO03"] = "Long-term unemployed",
        ["EECO04"] = "Inactive",
        ["EECO05"] = "Employed, including self-employed",
        ["EECO06"] = "Children below 18 years of age",
        ["EECO07"] = "Young people between 18 and 29 years of age",
        ["EECO08"] = "Participants 55 years of age and above",
        ["EECO09"] = "With primary or lower secondary education (ISCED 0–2)",
        ["EECO10"] = "With upper secondary or post-secondary non-tertiary education (ISCED 3–4)",
        ["EECO11"] = "With tertiary education (ISCED 5–8)",
        ["EECO12"] = "Participants with disabilities",
        ["EECO13"] = "Third-country nationals",
        ["EECO14"] = "Participants with a foreign background",
        ["EECO16"] = "Homeless or affected by housing exclusion",
        ["EECR01"] = "Participants engaged in job searching upon leaving",
        ["EECR02"] = "Participants in education or training upon leaving",
        ["EECR03"] = "Participants gaining a qualification upon leaving",
        ["EECR04"] = "Participants in employment, including self-employment, upon leaving",
        ["EECR05"] = "Participants in employment, including self-employment, six months after leaving",
        ["LEFT"] = "Participants who left",
        ["COMPETITIVENESS"] = "Immigrant women with increased competitiveness on the labour market",
        ["MENTORS"] = "Volunteer mentors",
        ["RCO81"] = "Participations in joint actions across borders",
        ["SATISFACTION.mentee"] = "Satisfaction of mentees (mean, 1–5)",
        ["SATISFACTION.mentor"] = "Satisfaction of mentors (mean, 1–5)",
        ["INTEGRATION_RATE"] = "Share in work, education or training upon leaving",
    };

    public static FunderWords For(string scope) => new(
        (code, role) => Names.GetValueOrDefault(role is null ? code : $"{code}.{role}", code),
        ["Code", "Indicator", "Period", "Women", "Men", "Non-binary", "Not known", "Cumulative", "Target", "Progress"],
        $"Indicators: {scope}");
}
