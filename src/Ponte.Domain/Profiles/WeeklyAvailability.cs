namespace Ponte.Domain.Profiles;

public enum DayPart
{
    Morning = 0,
    Afternoon = 1,
    Evening = 2,
}

/// <summary>
/// The weekly slots a person can meet in: seven days by three parts of the day, stored as a
/// 21-bit mask (bit = day * 3 + part, Monday = 0).
/// </summary>
public readonly record struct WeeklyAvailability(int Mask)
{
    public const int SlotCount = 21;
    private const int AllSlots = (1 << SlotCount) - 1;

    public static WeeklyAvailability None => new(0);

    public static WeeklyAvailability Of(IEnumerable<(DayOfWeek Day, DayPart Part)> slots)
    {
        var mask = 0;
        foreach (var (day, part) in slots)
            mask |= 1 << Bit(day, part);
        return new WeeklyAvailability(mask);
    }

    public static WeeklyAvailability FromMask(int mask) => new(mask & AllSlots);

    public bool Has(DayOfWeek day, DayPart part) => (Mask & (1 << Bit(day, part))) != 0;

    public int Count => System.Numerics.BitOperations.PopCount((uint)Mask);

    public WeeklyAvailability Overlap(WeeklyAvailability other) => new(Mask & other.Mask);

    public IEnumerable<(DayOfWeek Day, DayPart Part)> Slots()
    {
        foreach (var day in WeekFromMonday)
            foreach (var part in Enum.GetValues<DayPart>())
                if (Has(day, part))
                    yield return (day, part);
    }

    public static readonly DayOfWeek[] WeekFromMonday =
    [
        DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday,
        DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday,
    ];

    private static int Bit(DayOfWeek day, DayPart part) => (((int)day + 6) % 7 * 3) + (int)part;
}
