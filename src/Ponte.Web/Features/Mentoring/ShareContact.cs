using Ponte.Domain.Common;
using Ponte.Domain.Mentoring;

namespace Ponte.Web.Features.Mentoring;

/// <summary>A participant chooses which of her contact details (email, phone, both, none) the others of her process see once it is active.</summary>
public static class ShareContact
{
    public sealed record Request(Guid ProcessId, ContactSharing? Sharing);

    public sealed class Handler(HandlerContext context, ProcessAccess access) : IHandler
    {
        public async Task<MentoringProcess> HandleAsync(Request request, CancellationToken ct)
        {
            var process = await access.GetAsync(request.ProcessId, ct);
            var sharing = request.Sharing ?? throw new DomainValidationException("Sharing", "Required", "Choose what you share.");
            access.MeLinked(process);
            process.ShareContact(sharing, context.Actor);
            await context.Db.SaveChangesAsync(ct);
            return process;
        }
    }
}
