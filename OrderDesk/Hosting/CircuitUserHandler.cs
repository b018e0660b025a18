using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;
using OrderDesk.Data;

namespace OrderDesk.Hosting;

/// <summary>Makes the signed-in user the audit trail's "who" for everything a circuit does.</summary>
internal sealed class CircuitUserHandler(AuthenticationStateProvider authenticationState) : CircuitHandler
{
    public override Func<CircuitInboundActivityContext, Task> CreateInboundActivityHandler(
        Func<CircuitInboundActivityContext, Task> next) => async context =>
    {
        var state = await authenticationState.GetAuthenticationStateAsync();
        using var _ = CurrentUser.Use(state.User.Identity?.Name);
        await next(context);
    };
}
