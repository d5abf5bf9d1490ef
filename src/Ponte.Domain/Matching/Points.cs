using System.Globalization;

namespace Ponte.Domain.Matching;

/// <summary>
/// A score in points with two decimals, held as whole cents so that sums are exact.
/// </summary>
public readonly record struct Points(long Cents) : IComparable<Points>
{
    public static readonly Points Zero = new(0);

    public static Points FromCents(long cents) => new(cents);

    /// <summary>Whole or two-decimal points, e.g. <c>Points.Of(12.5m)</c>; more decimals are refused.</summary>
    public static Points Of(decimal points)
    {
        var cents = points * 100m;
        if (cents != decimal.Truncate(cents))
            throw new ArgumentException("Points have at most two decimals.", nameof(points));
        return new Points(decimal.ToInt64(cents));
    }

    public decimal Value => Cents / 100m;

    public static Points operator +(Points a, Points b) => new(checked(a.Cents + b.Cents));

    public static Points operator -(Points a, Points b) => new(checked(a.Cents - b.Cents));

    public static bool operator <(Points a, Points b) => a.Cents < b.Cents;

    public static bool operator >(Points a, Points b) => a.Cents > b.Cents;

    public static bool operator <=(Points a, Points b) => a.Cents <= b.Cents;

    public static bool operator >=(Points a, Points b) => a.Cents >= b.Cents;

    public int CompareTo(Points other) => Cents.CompareTo(other.Cents);

    /// <summary>Invariant text with exactly two decimals, e.g. "12.50".</summary>
    public override string ToString() => FormatCents(Cents);

    public static string FormatCents(long cents)
    {
        var sign = cents < 0 ? "-" : string.Empty;
        var abs = cents < 0 ? -(decimal)cents : cents;
        var whole = decimal.Truncate(abs / 100m);
        var rest = abs - (whole * 100m);
        return string.Create(CultureInfo.InvariantCulture, $"{sign}{whole}.{rest:00}");
    }

    public enum ParseError
    {
        None = 0,
        NotANumber,
        TooManyDecimals,
        Negative,
        TooLarge,
    }

    /// <summary>The largest score accepted from outside: 1,000,000,000.00 points.</summary>
    public const long MaxCents = 100_000_000_000;

    /// <summary>
    /// Parses "12", "12.5" or "12.50" (invariant, no sign, no exponent) into cents. Trailing zeros
    /// beyond two decimals are accepted ("1.500"), other digits there are not.
    /// </summary>
    public static ParseError TryParse(ReadOnlySpan<char> text, out Points points)
    {
        points = Zero;
        text = text.Trim();
        var negative = false;
        if (text.Length > 0 && text[0] == '-')
        {
            negative = true;
            text = text[1..];
        }

        if (text.Length == 0)
            return ParseError.NotANumber;
        long whole = 0;
        var i = 0;
        var digits = 0;
        for (; i < text.Length && char.IsAsciiDigit(text[i]); i++)
        {
            if (whole > MaxCents)
                return ParseError.TooLarge;
            whole = (whole * 10) + (text[i] - '0');
            digits++;
        }

        long fraction = 0;
        var fractionDigits = 0;
        if (i < text.Length && text[i] == '.')
        {
            i++;
            for (; i < text.Length && char.IsAsciiDigit(text[i]); i++)
            {
                var d = text[i] - '0';
                if (fractionDigits >= 2)
                {
                    if (d != 0)
                        return ParseError.TooManyDecimals;
                }
                else
                {
                    fraction = (fraction * 10) + d;
                }

                fractionDigits++;
            }

            if (fractionDigits == 0 && digits == 0)
                return ParseError.NotANumber;
        }

        if (i != text.Length || (digits == 0 && fractionDigits == 0))
            return ParseError.NotANumber;
        if (fractionDigits == 1)
            fraction *= 10;
        if (whole > MaxCents / 100)
            return ParseError.TooLarge;
        var cents = (whole * 100) + fraction;
        if (cents > MaxCents)
            return ParseError.TooLarge;
        if (negative && cents != 0)
            return ParseError.Negative;
        points = new Points(cents);
        return ParseError.None;
    }
}
