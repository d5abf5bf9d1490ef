using Ponte.Domain.Applications;
using Ponte.Domain.Common;

namespace Ponte.Web.Features.Applications;

/// <summary>
/// The decision form and the API's decision call name the decision as a word; this reads it
/// and hands the request to <see cref="Accept"/>, <see cref="WaitList"/> or <see cref="Decline"/>.
/// </summary>
public static class Decide
{
    public sealed record Request(Guid ApplicationId, Guid? Version, string? Decision, string? Reason, string? MessageToApplicant);

    public sealed class Handler(Accept.Handler accept, WaitList.Handler waitList, Decline.Handler decline) : IHandler
    {
        public async Task<DecisionOutcome> HandleAsync(Request request, CancellationToken ct)
        {
            var (id, version, _, reason, message) = request;
            switch (Parse(request.Decision))
            {
                case Domain.Applications.Decision.Accept:
                    return await accept.HandleAsync(new Accept.Request(id, version, reason, message), ct);
                case Domain.Applications.Decision.WaitList:
                    await waitList.HandleAsync(new WaitList.Request(id, version, reason, message), ct);
                    return new DecisionOutcome(null, AccountOutcome.None);
                default:
                    await decline.HandleAsync(new Decline.Request(id, version, reason, message), ct);
                    return new DecisionOutcome(null, AccountOutcome.None);
            }
        }
    }

    /// <summary>Accept, WaitList or Decline, in any casing; anything else is refused against the field.</summary>
    public static Decision Parse(string? decision)
    {
        if (string.IsNullOrWhiteSpace(decision))
            throw new DomainValidationException(nameof(Decision), "Required", "A decision is required.");
        return Forms.ParseEnum<Decision>(decision)
            ?? throw new DomainValidationException(nameof(Decision), "Invalid", "The decision must be Accept, WaitList or Decline.");
    }
}
