using System.Text.Json.Nodes;

namespace OrderDesk.Tests.Unit.Ingestion.Platforms;

/// <summary>Realistic platform payloads under Fixtures/Platforms, and edited copies of them for table-driven cases.</summary>
public static class PlatformFixtures
{
    public static string Read(string name) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Platforms", name)).TrimEnd();

    public static string Edit(string name, Action<JsonObject> change)
    {
        var json = JsonNode.Parse(Read(name))!.AsObject();
        change(json);
        return json.ToJsonString();
    }
}
