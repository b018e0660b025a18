using Microsoft.Extensions.Options;

namespace OrderDesk.Features.Alerts.Channels;

/// <summary>Options that say themselves what is wrong with them, each problem naming its key.</summary>
public interface IChannelOptions
{
    IEnumerable<string> Problems();
}

/// <summary>Turns <see cref="IChannelOptions.Problems"/> into a start-up failure (with ValidateOnStart).</summary>
internal sealed class ChannelOptionsValidator<T> : IValidateOptions<T> where T : class, IChannelOptions
{
    public ValidateOptionsResult Validate(string? name, T options) =>
        options.Problems().ToList() is { Count: > 0 } problems ? ValidateOptionsResult.Fail(problems) : ValidateOptionsResult.Success;
}
