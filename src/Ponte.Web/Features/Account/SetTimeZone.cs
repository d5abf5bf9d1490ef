using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Ponte.Data;
using Ponte.Domain.Common;
using Ponte.Domain.Organisations;
using Ponte.Web.Infrastructure.Errors;

namespace Ponte.Web.Features.Account;

/// <summary>
/// The signed-in person sets the time zone she reads and types times in: an IANA zone in any
/// casing, or none for her organisation's. A zone this machine does not know changes nothing.
/// </summary>
public static class SetTimeZone
{
    /// <param name="TimeZone">An IANA zone ("Asia/Tokyo"); empty for her organisation's.</param>
    public sealed record Request(string? TimeZone);

    public sealed class Handler(HandlerContext context, UserManager<ApplicationUser> users) : IHandler
    {
        /// <summary>Her own zone as saved, null when she now follows her organisation's.</summary>
        public async Task<string?> HandleAsync(Request request, CancellationToken ct)
        {
            var zone = string.IsNullOrWhiteSpace(request.TimeZone)
                ? null
                : TimeZones.Canonical(request.TimeZone)
                    ?? throw new DomainValidationException(nameof(Request.TimeZone), "UnknownTimeZone", "This time zone is not known. Choose one from the list.");

            // Identity's store reads her account whatever organisation the request acts for.
            var id = context.Actor.UserId ?? throw new NotFoundException();
            var user = await users.Users.SingleOrDefaultAsync(u => u.Id == id, ct) ?? throw new NotFoundException();
            user.TimeZone = zone;
            await context.Db.SaveChangesAsync(ct);
            return zone;
        }
    }
}
