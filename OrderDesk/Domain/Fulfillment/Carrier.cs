using OrderDesk.Domain.Shared;

namespace OrderDesk.Domain.Fulfillment;

/// <summary>
/// A parcel carrier and the services it sells. Exactly one enabled carrier is the default: the one used when
/// no carrier rule matches. Services are stored as "中文/English" (e.g. "标快/Standard"), shown in the UI's language.
/// </summary>
public sealed class Carrier : IAudited
{
    public const int CodeMaxLength = 16;

    public long Id { get; private set; }
    public string Code { get; private set; } = "";
    public string Name { get; private set; } = "";
    public string NameZh { get; private set; } = "";
    public List<string> Services { get; private set; } = [];
    public bool IsDefault { get; private set; }
    public bool Enabled { get; private set; }

    private Carrier() { }

    public Carrier(string code, string name, string nameZh, IEnumerable<string> services)
    {
        code = (code ?? "").Trim().ToUpperInvariant();
        if (code.Length is 0 or > CodeMaxLength) throw new DomainRuleException($"A carrier code has 1 to {CodeMaxLength} characters.");
        if (string.IsNullOrWhiteSpace(name)) throw new DomainRuleException($"Carrier {code} needs a name.");
        var list = services.Select(s => s.Trim()).Where(s => s.Length > 0).Distinct().ToList();
        if (list.Count == 0) throw new DomainRuleException($"Carrier {code} needs at least one service.");
        Code = code;
        Name = name.Trim();
        NameZh = string.IsNullOrWhiteSpace(nameZh) ? Name : nameZh.Trim();
        Services = list;
        Enabled = true;
    }

    /// <summary>The service used when this carrier is chosen as the default.</summary>
    public string DefaultService => Services[0];

    public bool Offers(string service) => Services.Contains(service);

    /// <summary>Makes this the default; the caller clears the previous default in the same save (see <see cref="StopBeingDefault"/>).</summary>
    public void MakeDefault()
    {
        if (!Enabled) throw new DomainRuleException($"Carrier {Code} is disabled; enable it before making it the default.");
        IsDefault = true;
    }

    public void StopBeingDefault() => IsDefault = false;

    public void Enable() => Enabled = true;

    public void Disable()
    {
        if (IsDefault) throw new DomainRuleException($"Carrier {Code} is the default; choose another default before disabling it.");
        Enabled = false;
    }

    /// <summary>The name in the UI's language: Chinese for zh cultures, English otherwise.</summary>
    public string DisplayName(bool chinese) => chinese ? NameZh : Name;

    /// <summary>"标快/Standard" → "标快" in Chinese, "Standard" otherwise; a service without a slash shows as is.</summary>
    public static string ServiceName(string service, bool chinese)
    {
        var slash = service.IndexOf('/');
        if (slash < 0) return service;
        return chinese ? service[..slash] : service[(slash + 1)..];
    }
}
