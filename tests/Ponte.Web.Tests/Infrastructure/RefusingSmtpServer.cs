using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Ponte.Web.Tests.Infrastructure;

/// <summary>
/// An SMTP server on a local port that refuses every recipient, naming her address in its answer
/// as real servers do ("550 5.1.1 &lt;x@example.org&gt;: Recipient address rejected").
/// </summary>
public sealed class RefusingSmtpServer : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();

    public RefusingSmtpServer()
    {
        _listener.Start();
        _ = AcceptAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException or SocketException)
            {
                return;
            }

            _ = ServeAsync(client);
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using (client)
        {
            try
            {
                var stream = client.GetStream();
                using var reader = new StreamReader(stream, Encoding.ASCII);
                await using var writer = new StreamWriter(stream, Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
                await writer.WriteLineAsync("220 refusing.example ESMTP");
                while (await reader.ReadLineAsync(_stop.Token) is { } line)
                {
                    var command = line.Split(' ', 2)[0].ToUpperInvariant();
                    var recipient = line.Contains(':', StringComparison.Ordinal) ? line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim() : string.Empty;
                    await writer.WriteLineAsync(command switch
                    {
                        "EHLO" or "HELO" => "250 refusing.example",
                        "RCPT" => $"550 5.1.1 {recipient}: Recipient address rejected: User unknown",
                        "QUIT" => "221 Bye",
                        _ => "250 OK",
                    });
                    if (command == "QUIT")
                        return;
                }
            }
            catch (Exception e) when (e is IOException or OperationCanceledException or ObjectDisposedException)
            {
                // The client went away or the server stops.
            }
        }
    }
}
