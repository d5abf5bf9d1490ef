namespace Ponte.Web.Infrastructure;

public sealed class PonteOptions
{
    public const string Section = "Ponte";

    /// <summary>Where the SQLite database and the mail outbox live. Empty: a folder under the user's local application data.</summary>
    public string DataDirectory { get; set; } = string.Empty;

    /// <summary>Load the demo network on first start. Never set in production.</summary>
    public bool DemoData { get; set; }

    /// <summary>The site's public address, used in links sent by email and in QR codes. Empty: the request's own address.</summary>
    public string PublicBaseUrl { get; set; } = string.Empty;

    /// <summary>The network coordinator a new site invites on its first start (no account exists otherwise in production).</summary>
    public FirstCoordinatorOptions FirstCoordinator { get; set; } = new();

    public string ResolvedDataDirectory()
    {
        var dir = string.IsNullOrWhiteSpace(DataDirectory)
            ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "Ponte")
            : Path.GetFullPath(DataDirectory);
        Directory.CreateDirectory(dir);
        return dir;
    }
}

public sealed class FirstCoordinatorOptions
{
    public string? Email { get; set; }

    public string? Name { get; set; }

    /// <summary>The language of the invitation and of her account: en, pt, uk or ar.</summary>
    public string? Culture { get; set; }
}

public sealed class SmtpOptions
{
    public const string Section = "Smtp";

    public string Host { get; set; } = string.Empty;

    public int Port { get; set; } = 587;

    public bool UseStartTls { get; set; } = true;

    public string UserName { get; set; } = string.Empty;

    public string Password { get; set; } = string.Empty;

    public string From { get; set; } = "Ponte <no-reply@ponte.example>";
}
