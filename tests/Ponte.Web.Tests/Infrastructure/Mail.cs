using Ponte.Data.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Ponte.Web.Infrastructure.Email;

namespace Ponte.Web.Tests.Infrastructure;

public static class MailExtensions
{
    /// <summary>
    /// The full text of the newest message to <paramref name="to"/> (whose stored text contains
    /// <paramref name="containing"/>), as its recipient gets it: a one-time link is stored only
    /// protected, and once the message is written out it is read from the written file (the
    /// tests run without SMTP, where the file is the delivery).
    /// </summary>
    public static async Task<string> ReadMailAsync(this PonteFactory factory, string to, string containing = "")
    {
        var message = await factory.WithDbAsync(db => db.Outbox.AsNoTracking()
            .Where(m => m.To == to && m.Body.Contains(containing))
            .OrderByDescending(m => m.CreatedAt).ThenByDescending(m => m.Id)
            .FirstAsync());
        if (message.ProtectedBody is not null)
            return factory.Services.GetRequiredService<SecretLinks>().Unprotect(message.ProtectedBody);
        if (message.FileName is not null)
        {
            var file = Path.Combine(factory.DataDirectory, "outbox", message.FileName);
            return (await MimeKit.MimeMessage.LoadAsync(file)).TextBody ?? string.Empty;
        }

        return message.Body;
    }

    /// <summary>The path and query of the first link in the message that starts with <paramref name="path"/>.</summary>
    public static async Task<string> ReadLinkAsync(this PonteFactory factory, string to, string path)
    {
        var body = await factory.ReadMailAsync(to, path);
        var match = System.Text.RegularExpressions.Regex.Match(body, "http://localhost(" + System.Text.RegularExpressions.Regex.Escape(path) + @"\S*)");
        Assert.True(match.Success, body);
        return match.Groups[1].Value;
    }
}
