using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Ponte.Data;
using Ponte.Web.Infrastructure.Tenancy;

namespace Ponte.Web.Features.Public;

/// <summary>Where a sent application form lands (Post/Redirect/Get), so reloading it sends nothing twice.</summary>
public sealed class ThanksModel(AppDbContext db, Acting acting) : PontePageModel
{
    public PublicProgramme? Form { get; private set; }

    public async Task<IActionResult> OnGetAsync(string publicKey, string role, CancellationToken ct)
    {
        Form = await PublicProgramme.FindAsync(db, acting, publicKey, role, ct);
        return Form is null ? new PageResult { StatusCode = StatusCodes.Status404NotFound } : Page();
    }
}
