using System.Collections;
using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
using OrderDesk.Features.Fulfillment.Stations;

namespace OrderDesk.Tests.Unit.Localization;

/// <summary>Every text of every screen (each .resx) has a Chinese translation that fills in the same placeholders.</summary>
public sealed partial class ResxTranslationTests
{
    private static readonly System.Reflection.Assembly s_app = typeof(StationText).Assembly;

    public static TheoryData<string> BaseNames() => new(s_app.GetManifestResourceNames()
        .Where(n => n.EndsWith(".resources", StringComparison.Ordinal))
        .Select(n => n[..^".resources".Length]).Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(BaseNames))]
    public void EveryText_HasAChineseTranslation_WithTheSamePlaceholders(string baseName)
    {
        var resources = new ResourceManager(baseName, s_app);
        var english = Texts(resources, CultureInfo.InvariantCulture);
        var chinese = Texts(resources, CultureInfo.GetCultureInfo("zh-Hans"));

        Assert.NotEmpty(english);
        Assert.Empty(english.Keys.Except(chinese.Keys).Order(StringComparer.Ordinal));
        Assert.Empty(chinese.Keys.Except(english.Keys).Order(StringComparer.Ordinal));
        Assert.Empty(english.Where(e => Placeholders(e.Value) != Placeholders(chinese[e.Key]))
            .Select(e => $"{e.Key}: {e.Value} / {chinese[e.Key]}"));
    }

    private static Dictionary<string, string> Texts(ResourceManager resources, CultureInfo culture) =>
        resources.GetResourceSet(culture, createIfNotExists: true, tryParents: false)?.Cast<DictionaryEntry>()
            .ToDictionary(e => (string)e.Key, e => e.Value as string ?? "") ?? [];

    private static string Placeholders(string text) =>
        string.Join(" ", Placeholder().Matches(text).Select(m => m.Value).Distinct().Order(StringComparer.Ordinal));

    [GeneratedRegex(@"\{\d+(:[^}]*)?\}")]
    private static partial Regex Placeholder();
}
