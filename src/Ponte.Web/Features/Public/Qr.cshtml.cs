using Microsoft.AspNetCore.Mvc;
using Ponte.Data;
using Ponte.Web.Infrastructure.Tenancy;
using QRCoder;

namespace Ponte.Web.Features.Public;

/// <summary>A QR code (PNG) of the public form's absolute address, for posters and leaflets.</summary>
public sealed class QrModel(AppDbContext db, Acting acting, Ponte.Web.Infrastructure.Http.PublicUrl publicUrl) : PontePageModel
{
    public async Task<IActionResult> OnGetAsync(string publicKey, string role, CancellationToken ct)
    {
        var form = await PublicProgramme.FindAsync(db, acting, publicKey, role, ct);
        if (form is null)
            return NotFound();

        var url = BaseUrl() + form.FormPath;
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(url, QRCodeGenerator.ECCLevel.M);
        var png = new PngByteQRCode(data).GetGraphic(10);

        // The address of a form never changes, so printers and browsers may keep the image.
        Response.Headers.CacheControl = "public, max-age=86400";
        Response.Headers.ETag = $"\"{Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(png))[..16]}\"";
        return File(png, "image/png");
    }

    private string BaseUrl() => publicUrl.Base;
}
