using System.Globalization;
using Ponte.Data;
using Ponte.Domain.Common;
using Ponte.Domain.Participants;

namespace Ponte.Web.Features.Mentors;

/// <summary>
/// Records when the criminal-record certificate was seen and the references checked (no date
/// withdraws the check); her readiness is evaluated again in the same save.
/// </summary>
public static class RecordSafetyChecks
{
    /// <summary>The dates as yyyy-MM-dd; null withdraws that check.</summary>
    public sealed record Request(Guid MentorId, Guid? Version, string? CriminalRecordCertificateSeenOn, string? ReferencesCheckedOn);

    public sealed class Handler(HandlerContext context) : IHandler
    {
        public async Task<ReadinessSnapshot> HandleAsync(Request request, CancellationToken ct)
        {
            var db = context.Db;
            var mentor = await MentorQueries.FindParticipantAsync(db, request.MentorId, ct);
            var criminalRecord = Date(request.CriminalRecordCertificateSeenOn, nameof(Participant.CriminalRecordCertificateSeenOn));
            var references = Date(request.ReferencesCheckedOn, nameof(Participant.ReferencesCheckedOn));
            var now = context.Now;
            db.ExpectVersion(mentor, request.Version);
            mentor.RecordSafetyChecks(criminalRecord, references, context.Actor, now);
            var snapshot = await MentorReadiness.ReevaluateAsync(db, mentor, context.Actor, now, ct);
            await db.SaveChangesAsync(ct);
            return snapshot;
        }
    }

    /// <summary>A check's date as yyyy-MM-dd, or null; anything else is refused against the field.</summary>
    public static DateOnly? Date(string? value, string field)
    {
        if (value is null)
            return null;
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return date;
        throw new DomainValidationException(field, "DateFormat", "Enter a date as yyyy-MM-dd.");
    }
}
