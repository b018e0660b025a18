using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace OrderDesk.Tests.Support;

/// <summary>Makes a request look as if it came from another machine when it carries X-Test-Remote-Ip.</summary>
public sealed class RemoteAddressStartupFilter : IStartupFilter
{
    public const string Header = "X-Test-Remote-Ip";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(async (context, nextMiddleware) =>
        {
            if (context.Request.Headers.TryGetValue(Header, out var ip))
                context.Connection.RemoteIpAddress = IPAddress.Parse(ip.ToString());
            else
                context.Connection.RemoteIpAddress ??= IPAddress.Loopback;
            await nextMiddleware(context);
        });
        next(app);
    };
}
