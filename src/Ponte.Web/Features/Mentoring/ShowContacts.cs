using Ponte.Data;
using Ponte.Domain.Mentoring;

namespace Ponte.Web.Features.Mentoring;

/// <summary>A manager lets the participants of a process see each other's shared contact details again, after a safeguarding step hid them.</summary>
public static class ShowContacts
{
    public sealed record Request(Guid ProcessId, Guid? Version);

    public sealed class Handler(HandlerContext context, ProcessAccess access) : IHandler
    {
        public async Task<MentoringProcess> HandleAsync(Request request, CancellationToken ct)
        {
            var db = context.Db;
            var process = await access.GetAsync(request.ProcessId, ct);
            if (!access.IsManager)
                throw ProcessAccess.ManagersOnly();
            db.ExpectVersion(process, request.Version);
            process.ShowContacts();
            await db.SaveChangesAsync(ct);
            return process;
        }
    }
}
