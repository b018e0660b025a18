namespace OrderDesk.Tests.Support;

/// <summary>
/// Tests that load the whole machine (child processes under simulated load) run alone, after the parallel ones,
/// so they neither starve browser tests' timeouts nor get starved themselves.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SoloCollection
{
    public const string Name = "Solo";
}
