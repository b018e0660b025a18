using OrderDesk.Domain.Catalog;
using OrderDesk.Domain.Customers;
using OrderDesk.Domain.Shared;

namespace OrderDesk.Domain.Fulfillment;

/// <summary>
/// "Parcels like this go with that carrier and service." Rules are tried by <see cref="Position"/>; the first enabled
/// rule whose conditions all hold wins (see <see cref="CarrierRules"/>). A condition left empty always holds.
/// </summary>
public sealed class CarrierRule : IAudited
{
    public const int NameMaxLength = 100;
    public const HandlingFlags KnownHandling =
        HandlingFlags.Fragile | HandlingFlags.ThisSideUp | HandlingFlags.Liquid | HandlingFlags.KeepDry;

    public long Id { get; private set; }
    public string Name { get; private set; } = "";
    public int Position { get; private set; }
    public bool Enabled { get; private set; }
    public List<string> Provinces { get; private set; } = [];
    public List<string> Cities { get; private set; } = [];
    public bool RemoteOnly { get; private set; }
    /// <summary>Inclusive.</summary>
    public int? MinWeightGrams { get; private set; }
    /// <summary>Exclusive.</summary>
    public int? MaxWeightGrams { get; private set; }
    public int? MinVolumeCm3 { get; private set; }
    public int? MaxVolumeCm3 { get; private set; }
    public List<CustomerTier> CustomerTiers { get; private set; } = [];
    public Money? MinAmount { get; private set; }
    public Money? MaxAmount { get; private set; }
    /// <summary>Any of these flags on any line's SKU; <see cref="HandlingFlags.None"/> means no condition.</summary>
    public HandlingFlags RequiredHandling { get; private set; }
    public string CarrierCode { get; private set; } = "";
    public string Service { get; private set; } = "";

    private CarrierRule() { }

    /// <exception cref="DomainRuleException">With one <see cref="FieldProblem"/> per refused field.</exception>
    public CarrierRule(CarrierRuleSpec spec, int position, CarrierRuleContext context)
    {
        Change(spec, context);
        Position = position;
    }

    /// <summary>Replaces every setting at once; nothing changes if any field is refused.</summary>
    public void Change(CarrierRuleSpec spec, CarrierRuleContext context)
    {
        var problems = CarrierRuleProblems.Check(spec, context);
        if (problems.Count > 0)
            throw new DomainRuleException(string.Join(" ", problems.Select(p => p.Message)), problems);

        var carrier = context.Carriers.First(c => string.Equals(c.Code, spec.CarrierCode.Trim(), StringComparison.OrdinalIgnoreCase));
        Name = spec.Name.Trim();
        Enabled = spec.Enabled;
        Provinces = Clean(spec.Provinces);
        Cities = Clean(spec.Cities);
        RemoteOnly = spec.RemoteOnly;
        (MinWeightGrams, MaxWeightGrams) = (spec.MinWeightGrams, spec.MaxWeightGrams);
        (MinVolumeCm3, MaxVolumeCm3) = (spec.MinVolumeCm3, spec.MaxVolumeCm3);
        CustomerTiers = spec.CustomerTiers.Distinct().Order().ToList();
        (MinAmount, MaxAmount) = (spec.MinAmount, spec.MaxAmount);
        RequiredHandling = spec.RequiredHandling;
        CarrierCode = carrier.Code;
        Service = spec.Service.Trim();
    }

    public CarrierRuleSpec ToSpec() => new()
    {
        Name = Name, Enabled = Enabled, Provinces = [.. Provinces], Cities = [.. Cities], RemoteOnly = RemoteOnly,
        MinWeightGrams = MinWeightGrams, MaxWeightGrams = MaxWeightGrams, MinVolumeCm3 = MinVolumeCm3, MaxVolumeCm3 = MaxVolumeCm3,
        CustomerTiers = [.. CustomerTiers], MinAmount = MinAmount, MaxAmount = MaxAmount, RequiredHandling = RequiredHandling,
        CarrierCode = CarrierCode, Service = Service,
    };

    public void MoveTo(int position)
    {
        if (position < 0) throw new DomainRuleException("A rule's position cannot be negative.");
        Position = position;
    }

    public void Enable() => Enabled = true;

    public void Disable() => Enabled = false;

    private static List<string> Clean(IEnumerable<string> names) =>
        names.Select(n => n.Trim()).Where(n => n.Length > 0).Distinct().ToList();
}
