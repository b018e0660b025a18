namespace OrderDesk.Hosting;

/// <summary>The one folder that holds every SQLite file, resolved against the content root.</summary>
public sealed class DataDirectory
{
    public string Path { get; }

    public DataDirectory(OrderDeskOptions options, string contentRoot)
    {
        Path = System.IO.Path.GetFullPath(System.IO.Path.Combine(contentRoot, options.DataDirectory));
        Directory.CreateDirectory(Path);
    }

    public string DomainDatabase => System.IO.Path.Combine(Path, "orderdesk.db");
    public string JobsDatabase => System.IO.Path.Combine(Path, "jobs.db");
    /// <summary>The built-in platform simulators' own state (demo mode and tests).</summary>
    public string SimulatorDatabase => System.IO.Path.Combine(Path, "simulators.db");

    public string DomainConnectionString => $"Data Source={DomainDatabase};Cache=Private;Pooling=True;Default Timeout=30";
}
